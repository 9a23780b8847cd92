export { ClientContacts } from './ClientContacts.tsx';

// One Bilingual type for the whole domain; re-exported so the mediation files keep their local import.
export type { Bilingual } from '../text.ts';
export type { Locale } from '../../contract/primitives.ts';

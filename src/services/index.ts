export { createDispatcher, type Dispatch, type Dispatcher } from './dispatcher.ts';
export type { ServiceOptions } from './context.ts';

// The ordered list of migrations the app knows. Names sort in order; the last is the app's schema version.
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_initial.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
};

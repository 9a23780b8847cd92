// The ordered list of migrations the app knows. Names sort in order; the last is the app's schema version.
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_initial.ts';
import * as m0002 from './0002_reminder_states.ts';
import * as m0003 from './0003_mediation_preps.ts';
import * as m0004 from './0004_health_revisions.ts';
import * as m0005 from './0005_fts_secure_delete.ts';
import * as m0006 from './0006_authors_and_team.ts';
import * as m0007 from './0007_change_stamp_and_sie.ts';
import * as m0008 from './0008_rls_through_parent_exists.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_reminder_states': m0002,
  '0003_mediation_preps': m0003,
  '0004_health_revisions': m0004,
  '0005_fts_secure_delete': m0005,
  '0006_authors_and_team': m0006,
  '0007_change_stamp_and_sie': m0007,
  '0008_rls_through_parent_exists': m0008,
};

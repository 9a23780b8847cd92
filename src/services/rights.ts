// What a channel needs of the ledger it runs on, decided once, before any handler: some channels work on a
// ledger file only (its backups, its integrity check, the raw bulk writers), the team channels on the
// shared ledger only, and some are for owners. The database enforces the same rights for the data itself
// (row-level security, migration 0006); this answers early and clearly (FORBIDDEN) and lets the windows
// hide what a person may not do.
import { DEFAULT_MESSAGES, RapportError, type Channel } from '../contract/index.ts';
import { serverTarget, type Session } from './context.ts';

/** Channels that read or write the ledger file itself. */
export const FILE_ONLY: ReadonlySet<Channel> = new Set<Channel>([
  'ledger:create', 'ledger:check', 'ledger:remember',
  'backup:list', 'backup:create', 'backup:restore', 'backup:restoreFile', 'backup:diagnosticCopy',
  'ledger:pushToServer',
]);

/** Channels that need an owner on the shared ledger (the administrator may too). */
export const OWNER_ONLY: ReadonlySet<Channel> = new Set<Channel>([
  'clients:create', 'clients:delete', 'settings:update', 'team:add', 'team:remove', 'team:assign', 'team:unassign',
]);

const isTeamChannel = (channel: Channel) => channel.startsWith('team:');

export const onServer = (session: Session): boolean => serverTarget(session) !== null;

/** Why this session may not run this channel, or null. */
export function refusal(session: Session, channel: Channel): RapportError | null {
  if (!onServer(session)) {
    return isTeamChannel(channel)
      ? new RapportError('INVALID', 'A ledger file has no team: team commands work on the agency\'s shared ledger (postgres://…).')
      : null;
  }
  if (FILE_ONLY.has(channel)) return new RapportError('NOT_ON_SERVER', DEFAULT_MESSAGES.NOT_ON_SERVER);
  const ledger = session.ledger;
  if (OWNER_ONLY.has(channel) && ledger?.kind === 'server' && ledger.person?.role === 'consultant') {
    return new RapportError('FORBIDDEN', 'Only an owner of the agency\'s ledger may do this. Nothing was changed.');
  }
  return null;
}

// The team of the agency's shared ledger through the one dispatcher. `team:init` and `team:upgrade` are
// the administrator's (the login that owns the database): they open their own connection, since there is
// no ledger to unlock yet, or not one a person could open. The rest run on the unlocked ledger, as the
// connected person; the database checks they are an owner (and rights.ts says so first).
import { RapportError } from '../../contract/errors.ts';
import type { TeamList } from '../../contract/team.ts';
import { openServerLedger, type ServerLedger } from '../../store/server/open.ts';
import { addPerson, assign, findPerson, grantTeam, initTeam, listTeam, loginFor, removePerson, unassign } from '../../store/server/team.ts';
import { getClient } from '../../store/repositories/clients.ts';
import { pushRows } from '../../store/server/push.ts';
import { isServerLedger } from '../../store/server/url.ts';
import { buildLedgerJson } from '../transfer/json-export.ts';
import { requireFileLedger, requireLedger, serverTarget, type Handlers, type Session } from '../context.ts';

function requireServerLedger(session: Session): ServerLedger {
  const ledger = requireLedger(session);
  if (ledger.kind !== 'server') throw new RapportError('INVALID', 'A ledger file has no team.');
  return ledger;
}

const teamOf = async (ledger: ServerLedger): Promise<TeamList> => ({ me: ledger.person, people: await listTeam(ledger.db) });

/** As the administrator, whose URL carries its own password; refused for a person of the team. */
async function asAdmin<T>(session: Session, create: boolean, fn: (ledger: ServerLedger) => Promise<T>): Promise<T> {
  const target = serverTarget(session);
  if (!target) throw new RapportError('INVALID', 'A ledger file has no team.');
  const admin = await openServerLedger(target.url, { admin: { create }, password: target.password, ca: target.ca });
  try {
    if (admin.person !== null) throw new RapportError('FORBIDDEN', 'This needs the login that owns the database (its administrator), not a person of the team.');
    return await fn(admin);
  } finally {
    await admin.close();
  }
}

export const teamHandlers: Pick<Handlers, (`team:${string}` & keyof Handlers) | 'ledger:pushToServer'> = {
  // On the open ledger file: its rows go to the server in one transaction; the file is only read.
  'ledger:pushToServer': async (session, input) => {
    // Moving in reads the open ledger *file* (the source), never another server.
    requireFileLedger(session);
    const { data } = await buildLedgerJson(session);
    if (!isServerLedger(input.url)) throw new RapportError('INVALID', 'url: the shared ledger is a postgres:// address.');
    const target = await openServerLedger(input.url, { password: input.password ?? null });
    try {
      if (target.person?.role === 'consultant') throw new RapportError('FORBIDDEN', 'Only an owner of the agency\'s ledger may move a ledger in. Nothing was changed.');
      return await pushRows(target.db, data, input.dryRun);
    } finally {
      await target.close();
    }
  },

  'team:init': (session, input) => asAdmin(session, true, async (admin) => {
    const login = input.login ?? loginFor(input.owner);
    await initTeam(admin.db, { login, name: input.owner }, input.password);
    return { me: null, people: await listTeam(admin.db) };
  }),

  'team:upgrade': (session) => asAdmin(session, false, async (admin) => {
    await grantTeam(admin.db); // tables a migration added are the team's too
    return { applied: admin.migration.applied, schemaVersion: admin.migration.schemaVersion };
  }),

  'team:list': (session) => teamOf(requireServerLedger(session)),

  'team:add': async (session, input) => {
    const ledger = requireServerLedger(session);
    await addPerson(ledger.db, { login: input.login ?? loginFor(input.name), name: input.name, role: input.role }, input.password);
    return teamOf(ledger);
  },

  'team:remove': async (session, input) => {
    const ledger = requireServerLedger(session);
    await removePerson(ledger.db, (await findPerson(ledger.db, input.who)).login);
    return teamOf(ledger);
  },

  'team:assign': async (session, input) => {
    const ledger = requireServerLedger(session);
    await getClient(ledger.db, input.clientId); // NOT_FOUND before FORBIDDEN-looking silence
    await assign(ledger.db, input.clientId, (await findPerson(ledger.db, input.who)).login);
    return teamOf(ledger);
  },

  'team:unassign': async (session, input) => {
    const ledger = requireServerLedger(session);
    await getClient(ledger.db, input.clientId);
    await unassign(ledger.db, input.clientId, (await findPerson(ledger.db, input.who)).login);
    return teamOf(ledger);
  },
};

// Handlers for the ledger's records: reference lists, settings, clients, contacts, events, search.
import { readReference } from '../../store/repositories/reference.ts';
import { readSettings, writeSettings } from '../../store/repositories/settings.ts';
import { createClient, deleteClient, getClient, listClients, updateClient } from '../../store/repositories/clients.ts';
import { createContact, deleteContact, getContact, listContacts, updateContact } from '../../store/repositories/contacts.ts';
import { createEvent, deleteEvent, eventYears, getEvent, listEvents, updateEvent } from '../../store/repositories/events.ts';
import { search } from '../../store/repositories/search.ts';
import { RapportError } from '../../contract/errors.ts';
import { clientHealth, portfolio } from '../health.ts';
import { completePrep, createPrep, getPrep, listPreps, removePrep, updatePrep } from '../mediation.ts';
import { decideReminder } from '../../store/repositories/reminders.ts';
import { requireLedger, type Handlers } from '../context.ts';

type RecordChannels = Exclude<keyof Handlers, `ledger:${string}` | `report:${string}` | `backup:${string}` | `export:${string}` | 'mediation:exportTalkSheet' | `import:${string}` | `team:${string}`>;

export const recordHandlers: Pick<Handlers, RecordChannels> = {
  'reference:get': (s) => readReference(requireLedger(s).db),

  'settings:get': (s) => readSettings(requireLedger(s).db),
  'settings:update': async (s, patch) => {
    const { db } = requireLedger(s);
    const next = { ...(await readSettings(db)), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    if (next.defaultCadenceMaxDays < next.defaultCadenceIdealDays) {
      throw new RapportError('INVALID', 'defaultCadenceMaxDays: The maximum must not be shorter than the ideal.');
    }
    await writeSettings(db, patch);
    return readSettings(db);
  },

  'clients:list': (s, input) => listClients(requireLedger(s).db, input.includeArchived),
  'clients:get': (s, { id }) => getClient(requireLedger(s).db, id),
  'clients:create': async (s, input) => {
    const { db } = requireLedger(s);
    // A new client starts with the agency's default cadence unless one was given.
    const defaults = await readSettings(db);
    const cadenceIdealDays = input.cadenceIdealDays ?? defaults.defaultCadenceIdealDays;
    const cadenceMaxDays = input.cadenceMaxDays ?? Math.max(defaults.defaultCadenceMaxDays, cadenceIdealDays);
    if (cadenceMaxDays < cadenceIdealDays) {
      throw new RapportError('INVALID', 'cadenceMaxDays: The maximum must not be shorter than the ideal.');
    }
    return createClient(db, { ...input, cadenceIdealDays, cadenceMaxDays }, s.now());
  },
  'clients:update': (s, { id, patch, expectedUpdatedAt }) => updateClient(requireLedger(s).db, id, patch, s.now(), expectedUpdatedAt),
  'clients:delete': async (s, { id }) => {
    await deleteClient(requireLedger(s).db, id);
    return { id };
  },

  'contacts:list': (s, { clientId }) => listContacts(requireLedger(s).db, clientId),
  'contacts:get': (s, { id }) => getContact(requireLedger(s).db, id),
  'contacts:create': (s, { clientId, ...contact }) => createContact(requireLedger(s).db, clientId, contact, s.now()),
  'contacts:update': (s, { id, patch, expectedUpdatedAt }) => updateContact(requireLedger(s).db, id, patch, s.now(), expectedUpdatedAt),
  'contacts:delete': async (s, { id }) => {
    await deleteContact(requireLedger(s).db, id);
    return { id };
  },

  'events:list': (s, input) => listEvents(requireLedger(s).db, input),
  'events:years': (s, { clientId }) => eventYears(requireLedger(s).db, clientId),
  'events:get': (s, { id }) => getEvent(requireLedger(s).db, id),
  'events:create': (s, { clientId, event }) => createEvent(requireLedger(s).db, clientId, event, s.now()),
  'events:update': (s, { id, event, expectedUpdatedAt }) => updateEvent(requireLedger(s).db, id, event, s.now(), expectedUpdatedAt),
  'events:delete': async (s, { id }) => {
    await deleteEvent(requireLedger(s).db, id);
    return { id };
  },

  'health:get': (s, { clientId }) => clientHealth(requireLedger(s).db, clientId, s.now()),
  'portfolio:get': (s, { includeArchived }) => portfolio(requireLedger(s).db, includeArchived, s.now()),
  'reminders:snooze': (s, r) => decideReminder(requireLedger(s).db, { ...r, state: 'snoozed' }, s.now()),
  'reminders:done': (s, r) => decideReminder(requireLedger(s).db, { ...r, state: 'done', until: null }, s.now()),

  'mediation:list': (s, filter) => listPreps(requireLedger(s).db, filter),
  'mediation:get': (s, { id }) => getPrep(requireLedger(s).db, id),
  'mediation:create': (s, { eventId }) => createPrep(requireLedger(s).db, eventId, s.now()),
  'mediation:update': (s, input) => updatePrep(requireLedger(s).db, input, s.now()),
  'mediation:complete': (s, input) => completePrep(requireLedger(s).db, input, s.now()),
  'mediation:delete': async (s, { id }) => {
    await removePrep(requireLedger(s).db, id);
    return { id };
  },

  'search:query': async (s, { query, clientId, limit }) => ({ hits: await search(requireLedger(s).db, query, limit, clientId) }),
};

// CLIENT and contact arguments: a numeric id, or a name (case-insensitive exact match).
import type { Client } from '../contract/clients.ts';
import type { Contact } from '../contract/contacts.ts';
import { nameKey } from '../domain/text.ts';
import type { Dispatcher } from '../services/dispatcher.ts';
import { failure, unwrap } from './errors.ts';
import type { Messages } from './i18n.ts';

const fold = nameKey; // the same key the import and the client form compare names by

export async function resolveClient(d: Dispatcher, query: string, t: Messages): Promise<Client> {
  const q = query.trim();
  if (/^\d+$/.test(q)) {
    const found = await d.call('clients:get', { id: Number(q) });
    if (!found.ok && found.error.code === 'NOT_FOUND') throw failure(t.noClientId(q), 'NOT_FOUND');
    return unwrap(found, t);
  }
  const all = unwrap(await d.call('clients:list', { includeArchived: true }), t);
  const matches = all.filter((c) => fold(c.name) === fold(q));
  if (matches.length === 1) return unwrap(await d.call('clients:get', { id: (matches[0] as Client).id }), t);
  if (matches.length > 1) {
    throw failure(t.ambiguousClient(q, matches.map((c) => c.id).sort((a, b) => a - b).map((id) => `#${id}`).join(', ')));
  }
  const near = all.filter((c) => fold(c.name).includes(fold(q))).slice(0, 5);
  const hint = near.length ? t.didYouMean(near.map((c) => `${c.name} (#${c.id})`).join(', ')) : '';
  throw failure(t.noClientName(q) + hint, 'NOT_FOUND');
}

/** A contact of the client: an id, an exact name, or a unique part of a name ("Sabine"). */
export function resolveContact(contacts: readonly Contact[], query: string, t: Messages): Contact {
  const q = query.trim();
  if (/^\d+$/.test(q)) {
    const byId = contacts.find((c) => c.id === Number(q));
    if (byId) return byId;
    throw failure(t.noContact(q), 'NOT_FOUND');
  }
  const exact = contacts.filter((c) => fold(c.name) === fold(q));
  const candidates = exact.length ? exact : contacts.filter((c) => fold(c.name).split(/\s+/).includes(fold(q)) || fold(c.name).includes(fold(q)));
  if (candidates.length === 1) return candidates[0] as Contact;
  if (candidates.length > 1) throw failure(t.ambiguousContact(q, candidates.map((c) => `${c.name} (#${c.id})`).join(', ')));
  throw failure(t.noContact(q), 'NOT_FOUND');
}

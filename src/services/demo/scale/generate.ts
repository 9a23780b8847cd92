// The large agency, as rows: deterministic from a seed, believable in German or English, with the skew of a
// real book of business (Zipf-like: a few clients with tens of thousands of events, a long tail with few).
// Pure: no store, no clock; the caller loads the rows (bulk.ts) and reports progress.
import type { BulkClient, BulkContact, BulkEvent } from '../../../store/repositories/bulk.ts';
import { addDays } from '../../../domain/dates.ts';
import { PERSONAL_CHANNELS } from '../../../domain/personal-contact.ts';
import { CHANNEL_TITLE, MOOD_EMOTIONS, PERSONAL_NOTES, WRITTEN_NOTES } from '../phrases.ts';
import { ROOT_CAUSE_KEYS } from '../keys.ts';
import { createRng, type Rng } from '../random.ts';
import type { DemoLang, Mood } from '../types.ts';
import { CITIES, FIRST_NAMES, GESTURES, LAST_NAMES, LEGAL_FORMS, PREFIXES, PROJECTS, ROLES, TOPICS } from './vocab.ts';

export interface ScaleSizes { clients: number; contacts: number; events: number }

/** The agency for N events: 500 clients and 5,000 contacts at a million, proportionally fewer below. */
export function scaleSizes(events: number): ScaleSizes {
  const clients = Math.max(20, Math.min(500, Math.round(events / 2000)));
  return { clients, contacts: clients * 10, events };
}

export interface ScaleOptions {
  events: number;
  seed: number;
  lang: DemoLang;
  /** ISO day the agency's history ends (the events stop there). */
  today: string;
}

export interface ScaleClient { client: BulkClient; contacts: BulkContact[]; events: BulkEvent[] }

/** The Zipf exponent: at 500 clients and 1M events the top three hold 46k, 28k and 22k events. */
const SKEW = 0.7;

/** Events per client: weights 1/rank^SKEW, rounded, the remainder to the largest, at least 3 each. */
export function eventShares(clients: number, events: number): number[] {
  const weights = Array.from({ length: clients }, (_, i) => 1 / (i + 1) ** SKEW);
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.max(3, Math.floor((events * w) / total)));
  shares[0] = Math.max(3, shares[0]! + events - shares.reduce((a, b) => a + b, 0));
  return shares;
}

const EMPTY = {
  body: null, ends_on: null, outcome: null, value: null, glasl_stage: null, status: null, resolved_on: null,
  resolution: null, our_understanding: null, their_understanding: null, gesture: null, direction: null,
  is_personal: null, is_unscheduled: null, personal_note: null, ladder_stage: null, channel: null,
  initiated_by: null, response_hours: null, milestone_type: null,
} as const;

const MOODS: readonly Mood[] = ['warm', 'steady', 'steady', 'warm', 'strained', 'cold', 'repairing', 'fresh'];
const CHANNELS = ['call', 'meeting', 'video', 'mail', 'mail', 'message', 'visit'] as const;
const MILESTONES = ['anniversary', 'renewal', 'contract_change', 'people_change', 'other'] as const;
const personal = new Set<string>(PERSONAL_CHANNELS);

const fill = (template: string, name: string) => template.replaceAll('{name}', name);

function clientName(i: number, rng: Rng, lang: DemoLang): string {
  // City and prefix both move with every client (a diagonal walk), so even 20 clients sound varied; the
  // pair stays unique for the first 625.
  const city = CITIES[i % CITIES.length]!;
  const prefix = PREFIXES[(i + Math.floor(i / CITIES.length)) % PREFIXES.length]!;
  return `${prefix[lang]} ${city} ${rng.pick(LEGAL_FORMS)}`;
}

/**
 * Every client with its contacts and events, client by client (so a caller can load and report progress
 * without holding a million events at once). Ids are 1-based and dense in generation order.
 */
export function* generateScale(options: ScaleOptions): Generator<ScaleClient> {
  const { lang, today } = options;
  const sizes = scaleSizes(options.events);
  const shares = eventShares(sizes.clients, sizes.events);
  const rng = createRng(options.seed);
  // ISO days counted back from today, computed once: formatting a date per event dominated the generator.
  const back: string[] = [];
  const dayBack = (n: number) => (back[n] ??= addDays(today, -n));
  const recent = dayBack(120);
  let contactId = 0;
  let eventId = 0;
  for (let c = 0; c < sizes.clients; c += 1) {
    const id = c + 1;
    const count = shares[c]!;
    // Bigger accounts are older: up to twelve years of history for the largest.
    const years = Math.max(1, Math.min(12, Math.round(2 + 10 * (count / shares[0]!) + rng.next() * 3)));
    const span = years * 365 + rng.int(0, 200);
    const since = dayBack(span);
    const ideal = rng.pick([14, 21, 30, 45, 60]);
    const client: BulkClient = {
      id, name: clientName(c, rng, lang), since, owner: rng.pick(FIRST_NAMES), status: rng.chance(0.04) ? 'paused' : 'active',
      contract_value: rng.int(12, 400) * 1000, currency: 'EUR', renewal_date: addDays(today, rng.int(-30, 330)), notice_days: rng.pick([30, 60, 90]),
      cadence_ideal_days: ideal, cadence_max_days: ideal * 2, notes: null,
    };
    const people = Math.max(2, Math.round(sizes.contacts * (count / sizes.events) * 0.5 + 5 + rng.int(-2, 2)));
    const contacts: BulkContact[] = [];
    for (let k = 0; k < people; k += 1) {
      contactId += 1;
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      contacts.push({
        id: contactId, client_id: id, name: `${first} ${last}`, role: rng.pick(ROLES)[lang],
        email: `${first}.${last}@example.com`.toLowerCase(), phone: null, personal_notes: null,
      });
    }
    const olderMood = rng.pick(['warm', 'steady'] as const);
    const recentMood = rng.pick(MOODS);
    const recentFrom = dayBack(rng.int(90, 400));
    const days = Array.from({ length: count }, () => rng.int(0, span)).sort((a, b) => a - b);
    const events: BulkEvent[] = [];
    for (const d of days) {
      eventId += 1;
      const on = dayBack(span - d);
      const mood: Mood = on >= recentFrom ? recentMood : olderMood;
      const who = rng.pick(contacts);
      const name = who.name.split(' ')[0]!;
      const emotionsOf = MOOD_EMOTIONS[mood];
      const emotions = rng.chance(emotionsOf.noticed * 0.5)
        ? [[rng.pick(emotionsOf.keys), rng.int(emotionsOf.intensity[0], emotionsOf.intensity[1])] as const] : [];
      const base = { ...EMPTY, id: eventId, client_id: id, occurred_on: on, emotions, participants: [who.id], rootCauses: [] as string[] };
      const roll = rng.next();
      const isRecent = on >= recent;
      if (roll < 0.72) {
        const channel = rng.pick(CHANNELS);
        const byClient = rng.chance(0.4);
        const notes = (personal.has(channel) ? PERSONAL_NOTES : WRITTEN_NOTES)[mood][lang];
        events.push({
          ...base, kind: 'touchpoint', title: `${CHANNEL_TITLE[lang][channel]}: ${rng.pick(TOPICS)[lang]}`, body: fill(rng.pick(notes), name),
          channel, initiated_by: byClient ? 'client' : 'us', response_hours: byClient && !personal.has(channel) ? rng.int(1, 48) : null,
        });
      } else if (roll < 0.82) {
        const g = rng.pick(GESTURES);
        events.push({
          ...base, kind: 'appreciation', title: g.title[lang], gesture: g.gesture[lang], body: fill(g.body[lang], name),
          direction: rng.chance(0.85) ? 'shown' : 'received', is_personal: g.personal ? 1 : 0, is_unscheduled: rng.chance(0.5) ? 1 : 0,
        });
      } else if (roll < 0.89) {
        const p = rng.pick(PROJECTS);
        events.push({
          ...base, kind: 'project', title: p[lang], body: null, ends_on: addDays(on, rng.int(20, 160)),
          outcome: rng.chance(0.7) ? (lang === 'de' ? 'Termingerecht abgeschlossen' : 'Delivered on time') : null, value: rng.int(5, 120) * 1000,
        });
      } else if (roll < 0.94) {
        const type = rng.pick(MILESTONES);
        events.push({ ...base, kind: 'milestone', title: lang === 'de' ? `Meilenstein: ${rng.pick(TOPICS).de}` : `Milestone: ${rng.pick(TOPICS).en}`, milestone_type: type });
      } else if (roll < 0.98) {
        const open = isRecent && rng.chance(0.4);
        events.push({
          ...base, kind: 'misunderstanding', title: lang === 'de' ? `Missverständnis zu ${rng.pick(TOPICS).de}` : `Misunderstanding about ${rng.pick(TOPICS).en}`,
          body: fill(rng.pick(WRITTEN_NOTES.strained[lang]), name), status: open ? 'open' : 'resolved', resolved_on: open ? null : addDays(on, rng.int(1, 20)),
          our_understanding: lang === 'de' ? 'Wir dachten, der Umfang sei klar.' : 'We thought the scope was clear.',
          their_understanding: lang === 'de' ? 'Sie erwarteten mehr Abstimmung.' : 'They expected more alignment.',
        });
      } else {
        const open = isRecent && rng.chance(0.5);
        events.push({
          ...base, kind: 'crisis', title: lang === 'de' ? `Krise: ${rng.pick(TOPICS).de}` : `Crisis: ${rng.pick(TOPICS).en}`,
          body: fill(rng.pick(PERSONAL_NOTES.strained[lang]), name), glasl_stage: rng.int(1, 6), status: open ? 'open' : 'resolved',
          resolved_on: open ? null : addDays(on, rng.int(3, 60)), resolution: open ? null : (lang === 'de' ? 'In einem offenen Gespräch geklärt.' : 'Cleared up in an open conversation.'),
          rootCauses: [rng.pick(ROOT_CAUSE_KEYS)],
        });
      }
    }
    yield { client, contacts, events };
  }
}

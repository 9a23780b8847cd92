// "Appreciation due": nothing personal shown for longer than `dueDays` (default 90). Counted from the
// last personal gesture we showed (a flagged mass gesture does not count), or from the start of the
// relationship when there has been none — a new client is not overdue on day one.
import { daysBetween } from '../dates.ts';
import type { ClientFacts, Events } from '../inputs.ts';
import { happened, ofKind } from '../inputs.ts';
import { daysDe, daysEn, spanDe, spanEn, type Bilingual } from '../text.ts';

export interface AppreciationDue {
  /** The day of the last personal gesture, or null. */
  last: string | null;
  /** Days since then (or since the start), never negative. */
  days: number;
  dueDays: number;
  due: boolean;
  sentence: Bilingual;
}

export function lastPersonalGesture(events: Events, today: string, massGestureIds: ReadonlySet<number>): string | null {
  let last: string | null = null;
  for (const e of ofKind(happened(events, today), 'appreciation')) {
    if (e.direction === 'received' || !e.isPersonal || massGestureIds.has(e.id)) continue;
    const day = e.occurredOn.slice(0, 10);
    if (last === null || day > last) last = day;
  }
  return last;
}

export function appreciationDue(
  client: Pick<ClientFacts, 'since'>,
  events: Events,
  today: string,
  dueDays: number,
  massGestureIds: ReadonlySet<number> = new Set(),
): AppreciationDue {
  const last = lastPersonalGesture(events, today, massGestureIds);
  const days = Math.max(0, daysBetween(last ?? client.since.slice(0, 10), today));
  const due = days > dueDays;
  const sentence: Bilingual =
    last === null
      ? {
          en: `No personal gesture since the start ${spanEn(days)} ago${due ? `: appreciation is due (the limit is ${daysEn(dueDays)})` : ''}.`,
          de: `Keine persönliche Geste seit Beginn vor ${spanDe(days, true)}${due ? `: Wertschätzung ist fällig (die Grenze liegt bei ${daysDe(dueDays, true)})` : ''}.`,
        }
      : {
          en: `Last personal gesture ${days === 0 ? 'today' : `${spanEn(days)} ago`}${due ? `: appreciation is due (the limit is ${daysEn(dueDays)})` : ''}.`,
          de: `Letzte persönliche Geste ${days === 0 ? 'heute' : `vor ${spanDe(days, true)}`}${due ? `: Wertschätzung ist fällig (die Grenze liegt bei ${daysDe(dueDays, true)})` : ''}.`,
        };
  return { last, days, dueDays, due, sentence };
}

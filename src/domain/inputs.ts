// The plain data every rule takes, so the app, the CLI and the PDF report call the same functions with
// what they already hold: a client (or its list row), its events (the whole timeline or a recent window),
// the reference lists and `today`.
import type { Client } from '../contract/clients.ts';
import type { TimelineEvent } from '../contract/events.ts';
import { daysBetween } from './dates.ts';

/**
 * The client facts the rules read. A `Client` or a `ClientSummary` fits; the summary's
 * `lastPersonalContact` stands in for history older than the events passed in.
 */
export type ClientFacts = Pick<
  Client,
  'since' | 'status' | 'cadenceIdealDays' | 'cadenceMaxDays' | 'renewalDate' | 'noticeDays'
> & { lastPersonalContact?: string | null };

export type Events = readonly TimelineEvent[];

export type EventOf<K extends TimelineEvent['kind']> = Extract<TimelineEvent, { kind: K }>;

/** Events of one kind. */
export const ofKind = <K extends TimelineEvent['kind']>(events: Events, kind: K): EventOf<K>[] =>
  events.filter((e): e is EventOf<K> => e.kind === kind);

/** Events that have happened by `today` (a planned, future-dated event counts for nothing yet). */
export const happened = <E extends TimelineEvent>(events: readonly E[], today: string): E[] =>
  events.filter((e) => e.occurredOn.slice(0, 10) <= today);

/**
 * Events in "the last `days` days": from `days - 1` days ago up to and including today, so a window of
 * 180 days holds exactly 180 calendar days. `skip` days at the recent end are left out (for comparing
 * the earlier half of a window with the later).
 */
export function inWindow<E extends TimelineEvent>(events: readonly E[], today: string, days: number, skip = 0): E[] {
  return events.filter((e) => {
    const age = daysBetween(e.occurredOn.slice(0, 10), today);
    return age >= skip && age < days;
  });
}

/** Ids as a set, whatever the caller holds. */
export const idSet = (ids: Iterable<number> | undefined): ReadonlySet<number> => new Set(ids ?? []);

// A mass gesture is not appreciation (seeds 001, 003): the same gesture logged for many clients in the
// same ISO week — the Christmas card run, the newsletter "thank you". Detection looks across ALL clients,
// so it takes every client's appreciation events and returns the ids to flag; the health and ladder
// rules then count those events for nothing.
//
// Rule: group the gestures we showed by (normalised gesture text, ISO week of the day); a group that
// spans at least `minClients` different clients (default 5) is a mass gesture, and all its events are
// flagged, including any that were marked personal. Normalising ignores case, accents, punctuation and
// spacing, so "Christmas card", "christmas-card " and "Christmas Card!" are one gesture.
import type { TimelineEvent } from '../../contract/events.ts';
import { isoWeek } from '../dates.ts';

export const DEFAULT_MASS_GESTURE_MIN_CLIENTS = 5;

export interface MassGestureGroup {
  /** The normalised gesture text. */
  gesture: string;
  /** `YYYY-Www`. */
  week: string;
  clientIds: number[];
  eventIds: number[];
}

export function normaliseGesture(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every group of the same gesture in the same week that reaches `minClients` clients. */
export function massGestureGroups(
  events: readonly TimelineEvent[],
  minClients: number = DEFAULT_MASS_GESTURE_MIN_CLIENTS,
): MassGestureGroup[] {
  const groups = new Map<string, { gesture: string; week: string; clients: Set<number>; events: number[] }>();
  for (const e of events) {
    if (e.kind !== 'appreciation' || e.direction === 'received') continue;
    const gesture = normaliseGesture(e.gesture);
    if (gesture === '') continue;
    const week = isoWeek(e.occurredOn.slice(0, 10));
    const key = `${week}\u0000${gesture}`;
    const g = groups.get(key) ?? { gesture, week, clients: new Set<number>(), events: [] };
    g.clients.add(e.clientId);
    g.events.push(e.id);
    groups.set(key, g);
  }
  const threshold = Math.max(2, Math.floor(minClients));
  return [...groups.values()]
    .filter((g) => g.clients.size >= threshold)
    .map((g) => ({
      gesture: g.gesture,
      week: g.week,
      clientIds: [...g.clients].sort((a, b) => a - b),
      eventIds: [...g.events].sort((a, b) => a - b),
    }))
    .sort((a, b) => (a.week === b.week ? a.gesture.localeCompare(b.gesture) : a.week < b.week ? -1 : 1));
}

/** The ids of the appreciation events that belong to a mass gesture, ascending. */
export function flagMassGestures(
  events: readonly TimelineEvent[],
  minClients: number = DEFAULT_MASS_GESTURE_MIN_CLIENTS,
): number[] {
  return massGestureGroups(events, minClients)
    .flatMap((g) => g.eventIds)
    .sort((a, b) => a - b);
}

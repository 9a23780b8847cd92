// Presentation helpers over a client row: how long since the last personal contact compared with the
// relationship's own cadence, and how near the renewal is (the 180/90/60/30-day countdown).
import type { ClientSummary } from '../../../src/contract/schemas.ts';
import { daysBetween } from '../../../src/domain/dates.ts';
import { keepInTouchState, type KeepInTouchState } from '../../../src/domain/keep-in-touch.ts';

export type ContactLevel = 'none' | KeepInTouchState;

/** The keep-in-touch state of a list row; the rule itself lives in the domain (keep-in-touch.ts). */
export function contactState(client: Pick<ClientSummary, 'lastPersonalContact' | 'cadenceIdealDays' | 'cadenceMaxDays'>, today: string) {
  if (!client.lastPersonalContact) return { days: null, level: 'none' as ContactLevel };
  const days = daysBetween(client.lastPersonalContact.slice(0, 10), today);
  return { days, level: keepInTouchState(days, client.cadenceIdealDays, client.cadenceMaxDays) as ContactLevel };
}

export const CONTACT_COLORS: Record<ContactLevel, string | undefined> = {
  none: 'dimmed',
  ok: undefined,
  due: 'orange.7',
  overdue: 'red.7',
};

/** Days until the renewal, and the colour of its countdown step (null when not within 180 days). */
export function renewalState(renewalDate: string | null, today: string) {
  if (!renewalDate) return { days: null, color: null };
  const days = daysBetween(today, renewalDate);
  const color = days < 0 ? 'gray' : days <= 30 ? 'red' : days <= 60 ? 'orange' : days <= 90 ? 'yellow' : days <= 180 ? 'petrol' : null;
  return { days, color };
}

/** Most in need of attention first: open crises, then how far past the cadence the last contact lies. */
export function attentionOrder(a: ClientSummary, b: ClientSummary, today: string): number {
  if (a.openCrises !== b.openCrises) return b.openCrises - a.openCrises;
  // Never contacted counts as most overdue.
  const ratio = (c: ClientSummary) => {
    const { days } = contactState(c, today);
    return days === null ? Number.POSITIVE_INFINITY : days / c.cadenceMaxDays;
  };
  const ra = ratio(a);
  const rb = ratio(b);
  if (ra !== rb) return ra > rb ? -1 : 1;
  return a.name.localeCompare(b.name);
}

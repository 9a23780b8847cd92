// Keep-in-touch: days since the last real personal contact against the relationship's own cadence
// (an ideal and a maximum number of days). Shared by the attention factor and the reminder, so the
// score and the reminder can never disagree about whether contact is due.
import { daysBetween } from './dates.ts';
import type { ClientFacts, Events } from './inputs.ts';
import { happened } from './inputs.ts';
import { isPersonalContact } from './personal-contact.ts';
import { agoDe, agoEn, spanDe, spanEn, type Bilingual } from './text.ts';

/** `ok` up to the ideal day, `due` after it up to the maximum, `overdue` after the maximum. */
export type KeepInTouchState = 'ok' | 'due' | 'overdue';

export interface KeepInTouch {
  /** The day of the last personal contact, or null when there has been none. */
  last: string | null;
  /** Days since the last personal contact, or since the start when there has been none (never negative). */
  days: number;
  ideal: number;
  max: number;
  state: KeepInTouchState;
  sentence: Bilingual;
}

/**
 * The last real personal contact by `today` (see personal-contact.ts). Gestures flagged as mass
 * gestures are not personal contact, whatever their flag says. When the events hold none, the
 * client row's `lastPersonalContact` (computed over the whole ledger) stands in.
 */
export function lastPersonalContact(
  client: Pick<ClientFacts, 'lastPersonalContact'>,
  events: Events,
  today: string,
  massGestureIds: ReadonlySet<number> = new Set(),
): string | null {
  let last: string | null = null;
  for (const e of happened(events, today)) {
    if (massGestureIds.has(e.id)) continue;
    const probe = {
      kind: e.kind,
      channel: e.kind === 'touchpoint' ? e.channel : null,
      isPersonal: e.kind === 'appreciation' ? e.isPersonal : null,
      direction: e.kind === 'appreciation' ? e.direction : null,
    };
    const day = e.occurredOn.slice(0, 10);
    if (isPersonalContact(probe) && (last === null || day > last)) last = day;
  }
  const hint = client.lastPersonalContact?.slice(0, 10) ?? null;
  return last ?? (hint !== null && hint <= today ? hint : null);
}

export function keepInTouchState(days: number, ideal: number, max: number): KeepInTouchState {
  return days > max ? 'overdue' : days > ideal ? 'due' : 'ok';
}

/** The cadence as the client holds it, repaired if the maximum lies below the ideal. */
export const cadenceOf = (c: Pick<ClientFacts, 'cadenceIdealDays' | 'cadenceMaxDays'>) => {
  const ideal = Math.max(1, c.cadenceIdealDays);
  return { ideal, max: Math.max(ideal, c.cadenceMaxDays) };
};

export function keepInTouch(
  client: ClientFacts,
  events: Events,
  today: string,
  massGestureIds?: ReadonlySet<number>,
): KeepInTouch {
  const { ideal, max } = cadenceOf(client);
  const last = lastPersonalContact(client, events, today, massGestureIds);
  const days = Math.max(0, daysBetween(last ?? client.since.slice(0, 10), today));
  const state = keepInTouchState(days, ideal, max);
  return { last, days, ideal, max, state, sentence: keepInTouchSentence(last, days, ideal, max) };
}

function keepInTouchSentence(last: string | null, days: number, ideal: number, max: number): Bilingual {
  const cadenceEn = days > ideal ? `your cadence is every ${ideal} days, at the latest after ${max}` : `your cadence is every ${ideal} days`;
  const cadenceDe = days > ideal ? `Ihr Rhythmus ist alle ${ideal} Tage, spätestens nach ${max}` : `Ihr Rhythmus ist alle ${ideal} Tage`;
  if (last === null) {
    if (days === 0) {
      return {
        en: `No personal contact yet; the relationship begins today; ${cadenceEn}.`,
        de: `Noch kein persönlicher Kontakt; die Beziehung beginnt heute; ${cadenceDe}.`,
      };
    }
    return {
      en: `No personal contact recorded since the start ${spanEn(days)} ago; ${cadenceEn}.`,
      de: `Noch kein persönlicher Kontakt seit Beginn vor ${spanDe(days, true)}; ${cadenceDe}.`,
    };
  }
  if (days <= ideal) {
    return {
      en: `Last personal contact ${agoEn(days)}; ${cadenceEn}.`,
      de: `Letzter persönlicher Kontakt ${agoDe(days)}; ${cadenceDe}.`,
    };
  }
  return {
    en: `No personal contact for ${spanEn(days)}; ${cadenceEn}.`,
    de: `Kein persönlicher Kontakt seit ${spanDe(days, true)}; ${cadenceDe}.`,
  };
}

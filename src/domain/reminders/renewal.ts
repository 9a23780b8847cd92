// Renewal countdown: from 180 days before the renewal date the reminder shows the step reached — the
// smallest step that is still ≥ the days left (91 days: the 180-day step; exactly 90: the 90-day step;
// 10: the 30-day step). With a notice period it names the last day to give notice. Once the date has
// passed without the contract being updated, the reminder stays, marked passed.
import { addDays, daysBetween } from '../dates.ts';
import type { ClientFacts } from '../inputs.ts';
import { daysDe, daysEn, type Bilingual } from '../text.ts';
import type { RenewalReminder } from './types.ts';

/** The countdown step for `inDays` days left, or null when further out than the largest step. */
export function renewalStep(inDays: number, steps: readonly number[]): number | null {
  const fitting = steps.filter((s) => inDays <= s);
  return fitting.length === 0 ? null : Math.min(...fitting);
}

export function renewalReminder(
  client: Pick<ClientFacts, 'renewalDate' | 'noticeDays'>,
  today: string,
  steps: readonly number[],
): RenewalReminder | null {
  if (!client.renewalDate) return null;
  const on = client.renewalDate.slice(0, 10);
  const inDays = daysBetween(today, on);
  const passed = inDays < 0;
  const step = passed ? null : renewalStep(inDays, steps);
  if (!passed && step === null) return null;
  const noticeBy = client.noticeDays != null && client.noticeDays > 0 ? addDays(on, -client.noticeDays) : null;

  let sentence: Bilingual;
  if (passed) {
    sentence = {
      en: `The renewal date ${on} passed ${daysEn(-inDays)} ago; update the contract.`,
      de: `Der Verlängerungstermin ${on} ist seit ${daysDe(-inDays, true)} vorbei; aktualisieren Sie den Vertrag.`,
    };
  } else {
    sentence =
      inDays === 0
        ? { en: `Renewal today (${on}).`, de: `Verlängerung heute (${on}).` }
        : {
            en: `Renewal in ${daysEn(inDays)}, on ${on} (the ${step}-day step).`,
            de: `Verlängerung in ${daysDe(inDays, true)}, am ${on} (${step}-Tage-Schritt).`,
          };
    if (noticeBy !== null) {
      const noticeIn = daysBetween(today, noticeBy);
      const notice: Bilingual =
        noticeIn > 0
          ? { en: ` Notice by ${noticeBy}, in ${daysEn(noticeIn)}.`, de: ` Kündigung bis ${noticeBy}, in ${daysDe(noticeIn, true)}.` }
          : noticeIn === 0
            ? { en: ` Notice by today (${noticeBy}).`, de: ` Kündigung bis heute (${noticeBy}).` }
            : { en: ` The notice period ended on ${noticeBy}.`, de: ` Die Kündigungsfrist endete am ${noticeBy}.` };
      sentence = { en: sentence.en + notice.en, de: sentence.de + notice.de };
    }
  }
  return { kind: 'renewal', on, inDays, step, passed, noticeBy, sentence };
}

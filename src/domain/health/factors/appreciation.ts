// Appreciation: real appreciation in the window (default the last 180 days), credited by what each
// gesture was (appreciation/rules.ts: personal & unscheduled 1, personal but expected 0.5, routine 0.2
// with all routine gestures capped at 0.4 together, mass gestures 0, gestures received not ours):
//
//   value = min(1, credit / target)          (target 2: two real thank-yous a half-year)
//
// A relationship younger than the due period (90 days) is not expected to have shown any yet: its
// value is at least params.noDataValue (0.4), as if there were no data. The sentence names the personal share and says when
// appreciation is due.
import { appreciationDue } from '../../appreciation/due.ts';
import { tallyGestures } from '../../appreciation/gestures.ts';
import { daysBetween } from '../../dates.ts';
import { inWindow } from '../../inputs.ts';
import { daysDe, daysEn, num, spanDe, spanEn, type Bilingual } from '../../text.ts';
import { noDataNote, type FactorAssessment, type FactorContext } from '../factor.ts';

export function appreciationFactor(ctx: FactorContext): FactorAssessment {
  const r = ctx.params.appreciation;
  const t = tallyGestures(inWindow(ctx.events, ctx.today, r.windowDays), ctx.massGestureIds, r);
  const due = appreciationDue(ctx.client, ctx.events, ctx.today, r.dueDays, ctx.massGestureIds);
  const young = daysBetween(ctx.client.since.slice(0, 10), ctx.today) < r.dueDays;
  const earned = Math.min(1, t.credit / r.target);
  const value = young ? Math.max(earned, ctx.params.noDataValue) : earned;

  // What the gestures are worth against the target, in words a reader follows ("counted 0.4 of 2" did not say of what).
  const counted = {
    en: `worth ${num(t.credit, 'en')} of the ${num(r.target, 'en')} real gestures that give full points`,
    de: `zählt wie ${num(t.credit, 'de')} der ${num(r.target, 'de')} echten Gesten, die volle Punkte geben`,
  };
  const parts: Bilingual[] = [];
  if (t.shown === 0) {
    parts.push({
      en: `No appreciation shown in the last ${r.windowDays} days (${counted.en}).`,
      de: `Keine Wertschätzung in den letzten ${r.windowDays} Tagen gezeigt (${counted.de}).`,
    });
  } else {
    parts.push({
      en: `${t.shown} ${t.shown === 1 ? 'gesture' : 'gestures'} in the last ${r.windowDays} days, ${t.personalUnscheduled} of them personal and unscheduled (${counted.en}).`,
      de: `${t.shown} ${t.shown === 1 ? 'Geste' : 'Gesten'} in den letzten ${r.windowDays} Tagen, davon ${t.personalUnscheduled} persönlich und ungeplant (${counted.de}).`,
    });
  }
  if (t.routineCapped) {
    parts.push({
      en: `${t.routine} routine ${t.routine === 1 ? 'gesture counts' : 'gestures count'} for ${num(r.routineCap, 'en')} at most.`,
      de: `${t.routine} ${t.routine === 1 ? 'routinemäßige Geste zählt' : 'routinemäßige Gesten zählen'} höchstens ${num(r.routineCap, 'de')}.`,
    });
  }
  if (t.mass > 0) {
    parts.push({
      en: `${t.mass} ${t.mass === 1 ? 'was a mass gesture' : 'were mass gestures'} and ${t.mass === 1 ? 'does' : 'do'} not count.`,
      de: `${t.mass} ${t.mass === 1 ? 'war eine Massengeste und zählt' : 'waren Massengesten und zählen'} nicht.`,
    });
  }
  if (due.due) {
    parts.push({
      en: `Nothing personal for ${spanEn(due.days)}: appreciation is due (the limit is ${daysEn(r.dueDays)}).`,
      de: `Seit ${spanDe(due.days, true)} nichts Persönliches: Wertschätzung ist fällig (die Grenze liegt bei ${daysDe(r.dueDays, true)}).`,
    });
  } else if (young && earned < value) {
    parts.push({
      en: `The relationship is ${daysEn(due.days)} old, too early to expect more: ${noDataNote(value).en}.`,
      de: `Die Beziehung ist ${daysDe(due.days)} alt, zu früh, um mehr zu erwarten: ${noDataNote(value).de}.`,
    });
  }
  return {
    key: 'appreciation',
    value,
    measure: { amount: t.credit, unit: 'credit' },
    noData: young && earned < value,
    sentence: { en: parts.map((s) => s.en).join(' '), de: parts.map((s) => s.de).join(' ') },
  };
}

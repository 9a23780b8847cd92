// Friction: what is open and unresolved. Resolved crises and misunderstandings stay on the timeline as
// proof of repair and weigh nothing. Each open issue weighs
//
//   crisis            stage / crisisStageDivisor × ageFactor      (divisor 8: stage 4 fresh weighs 0.5)
//   misunderstanding  misunderstandingWeight × ageFactor          (0.1)
//   ageFactor = 1 + issueAgeExtra × min(daysOpen, issueAgeFullDays) / issueAgeFullDays
//               (1 when new, 1.5 after 90 days: an issue left open hardens)
//
//   value = max(0, 1 − Σ weights)
//
// Open crises at a high Glasl stage, or with the renewal near, also cap the score whatever the average:
// those are the severe-signal rules (../rules.ts), with their own sentence; this factor only weighs.
import { daysBetween } from '../../dates.ts';
import { ofKind } from '../../inputs.ts';
import { daysDe, daysEn, plural, type Bilingual } from '../../text.ts';
import type { FactorAssessment, FactorContext } from '../factor.ts';
import type { HealthParams } from '../params.ts';

const ageFactor = (days: number, p: HealthParams) =>
  1 + (p.issueAgeExtra * Math.min(Math.max(0, days), p.issueAgeFullDays)) / p.issueAgeFullDays;

/** The weight of one open crisis at a Glasl stage, open for `days` days. */
export const crisisWeight = (stage: number, days: number, p: HealthParams): number =>
  (Math.max(0, stage) / p.crisisStageDivisor) * ageFactor(days, p);

/** The weight of one open misunderstanding, open for `days` days. */
export const misunderstandingWeight = (days: number, p: HealthParams): number =>
  p.misunderstandingWeight * ageFactor(days, p);

export function frictionFactor(ctx: FactorContext): FactorAssessment {
  const p = ctx.params;
  const age = (on: string) => Math.max(0, daysBetween(on.slice(0, 10), ctx.today));
  const crises = ofKind(ctx.events, 'crisis');
  const open = crises.filter((c) => c.status === 'open');
  const resolved = crises.length - open.length;
  const openMis = ofKind(ctx.events, 'misunderstanding').filter((m) => m.status === 'open');

  let weight = 0;
  for (const c of open) weight += crisisWeight(c.glaslStage, age(c.occurredOn), p);
  for (const m of openMis) weight += misunderstandingWeight(age(m.occurredOn), p);
  const value = Math.max(0, 1 - weight);

  const highest = open.reduce((h, c) => Math.max(h, c.glaslStage), 0);
  const stageName = (l: 'en' | 'de') => {
    const row = ctx.reference.glaslStages.find((g) => g.stage === highest);
    return row ? ` (${l === 'en' ? row.labelEn : row.labelDe})` : '';
  };
  const oldest = (list: readonly { occurredOn: string }[]) => list.reduce((o, e) => Math.max(o, age(e.occurredOn)), 0);
  const n = open.length + openMis.length;
  const items: Bilingual[] = [];
  if (open.length === 1) {
    items.push({
      en: `a crisis at Glasl stage ${highest}${stageName('en')}, open for ${daysEn(oldest(open))}`,
      de: `eine Krise auf Glasl-Stufe ${highest}${stageName('de')}, seit ${daysDe(oldest(open), true)} offen`,
    });
  } else if (open.length > 1) {
    items.push({
      en: `${open.length} crises, the highest at Glasl stage ${highest}${stageName('en')}, the oldest open for ${daysEn(oldest(open))}`,
      de: `${open.length} Krisen, die höchste auf Glasl-Stufe ${highest}${stageName('de')}, die älteste seit ${daysDe(oldest(open), true)} offen`,
    });
  }
  if (openMis.length === 1) {
    items.push({
      en: `a misunderstanding, open for ${daysEn(oldest(openMis))}`,
      de: `ein Missverständnis, seit ${daysDe(oldest(openMis), true)} offen`,
    });
  } else if (openMis.length > 1) {
    items.push({
      en: `${openMis.length} misunderstandings, the oldest open for ${daysEn(oldest(openMis))}`,
      de: `${openMis.length} Missverständnisse, das älteste seit ${daysDe(oldest(openMis), true)} offen`,
    });
  }
  if (items.length === 0) items.push({ en: 'no crisis, no misunderstanding', de: 'keine Krise, kein Missverständnis' });
  const parts: Bilingual[] = [
    {
      en: `${n} open ${n === 1 ? 'issue' : 'issues'}: ${items.map((i) => i.en).join('; ')}.`,
      de: `${n} ${n === 1 ? 'offenes Thema' : 'offene Themen'}: ${items.map((i) => i.de).join('; ')}.`,
    },
  ];
  if (resolved > 0) {
    parts.push({
      en: `${plural(resolved, 'resolved crisis no longer weighs', 'resolved crises no longer weigh')}.`,
      de: `${plural(resolved, 'gelöste Krise zählt', 'gelöste Krisen zählen')} nicht mehr.`,
    });
  }
  return {
    key: 'friction',
    value,
    measure: { amount: n, unit: 'open issues' },
    noData: false,
    sentence: { en: parts.map((s) => s.en).join(' '), de: parts.map((s) => s.de).join(' ') },
  };
}

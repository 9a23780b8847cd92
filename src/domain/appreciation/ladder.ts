// Where the relationship stands on the appreciation ladder (seed 000, "Die 7 Stufen der Wertschätzung"),
// and why. The stages' names are data (reference list); the evidence for each stage is this rule set,
// read over the appreciation window (default the last 180 days). A stage counts only when every stage
// below it holds too: the ladder is climbed, not jumped.
//
//   1 attention     always: the client is noticed (they are on the list, with a timeline)
//   2 mindfulness   we listened: emotions were recorded at an event in the window
//   3 respect       no misunderstanding has been left open longer than 30 days
//   4 recognition   we showed appreciation in the window (any gesture that is not a mass gesture)
//   5 appreciation  a personal, unscheduled gesture in the window (routine ones never reach this stage)
//   6 trust         net emotional value over the window at least +0.30, and no open crisis
//   7 bond          at least a year together, and the client shows appreciation too (a gesture
//                   received in the window) or the net emotional value is at least +0.60
//
// An appreciation event may also carry a stage the consultant recorded; it is reported beside the
// inferred one, not instead of it, so a disagreement is visible.
import type { Reference } from '../../contract/reference.ts';
import { daysBetween, fullYears } from '../dates.ts';
import type { ClientFacts, Events } from '../inputs.ts';
import { happened, inWindow, ofKind } from '../inputs.ts';
import { pooledNev, type NevReference } from '../nev.ts';
import { daysDe, daysEn, signed, type Bilingual } from '../text.ts';
import { tallyGestures } from './gestures.ts';
import { DEFAULT_APPRECIATION_RULES, type AppreciationRules } from './rules.ts';

export const LADDER_THRESHOLDS = {
  respectOpenMisunderstandingDays: 30,
  trustNev: 0.3,
  bondNev: 0.6,
  bondYears: 1,
} as const;

export type LadderReference = NevReference & Pick<Reference, 'appreciationStages'>;

export interface LadderInput {
  client: Pick<ClientFacts, 'since'>;
  events: Events;
  reference: LadderReference;
  today: string;
  rules?: AppreciationRules;
  massGestureIds?: ReadonlySet<number>;
}

export interface LadderPosition {
  stage: number;
  key: string;
  label: Bilingual;
  /** Why the relationship stands here. */
  reason: Bilingual;
  /** The next stage and what it needs, or null at the top. */
  next: { stage: number; key: string; label: Bilingual; needs: Bilingual } | null;
  /** The latest stage a consultant recorded on an appreciation event, if any. */
  recorded: { stage: number; on: string } | null;
}

interface Step {
  met: boolean;
  reason: Bilingual;
  needs: Bilingual;
}

export function appreciationLadder(input: LadderInput): LadderPosition {
  const { client, reference, today } = input;
  const rules = input.rules ?? DEFAULT_APPRECIATION_RULES;
  const mass = input.massGestureIds ?? new Set<number>();
  const past = happened(input.events, today);
  const recent = inWindow(past, today, rules.windowDays);
  const w = rules.windowDays;

  const listened = recent.filter((e) => pooledNev([e], reference).emotions > 0).length;
  const staleMisunderstandings = ofKind(past, 'misunderstanding')
    .filter((e) => e.status === 'open')
    .map((e) => daysBetween(e.occurredOn.slice(0, 10), today))
    .filter((age) => age > LADDER_THRESHOLDS.respectOpenMisunderstandingDays);
  const oldestStale = Math.max(0, ...staleMisunderstandings);
  const tally = tallyGestures(recent, mass, rules);
  const recognised = tally.shown - tally.mass;
  const nev = pooledNev(recent, reference).value;
  const openCrises = ofKind(past, 'crisis').filter((e) => e.status === 'open').length;
  const years = fullYears(client.since.slice(0, 10), today);
  const nevText = (l: 'en' | 'de') => (nev === null ? (l === 'en' ? 'not recorded' : 'nicht erfasst') : signed(nev, l));

  const steps: Step[] = [
    {
      met: true,
      reason: { en: 'Every relationship starts here: the client is noticed.', de: 'Jede Beziehung beginnt hier: der Kunde wird wahrgenommen.' },
      needs: { en: '', de: '' },
    },
    {
      met: listened > 0,
      reason: {
        en: `Emotions were recorded at ${listened} ${listened === 1 ? 'event' : 'events'} in the last ${w} days: someone is listening.`,
        de: `Emotionen wurden bei ${listened} ${listened === 1 ? 'Ereignis' : 'Ereignissen'} in den letzten ${w} Tagen erfasst: jemand hört zu.`,
      },
      needs: {
        en: `Record how the client feels at a touchpoint; none in the last ${w} days.`,
        de: `Erfasst, wie es dem Kunden bei einem Kontakt geht; nichts in den letzten ${w} Tagen.`,
      },
    },
    {
      met: staleMisunderstandings.length === 0,
      reason: {
        en: `No misunderstanding has been left open longer than ${LADDER_THRESHOLDS.respectOpenMisunderstandingDays} days.`,
        de: `Kein Missverständnis ist länger als ${LADDER_THRESHOLDS.respectOpenMisunderstandingDays} Tage offen geblieben.`,
      },
      needs: {
        en: `Clear up the misunderstanding open for ${daysEn(oldestStale)}.`,
        de: `Klären Sie das Missverständnis, das seit ${daysDe(oldestStale, true)} offen ist.`,
      },
    },
    {
      met: recognised > 0,
      reason: {
        en: `${recognised} ${recognised === 1 ? 'gesture' : 'gestures'} of appreciation in the last ${w} days.`,
        de: `${recognised} ${recognised === 1 ? 'Geste' : 'Gesten'} der Wertschätzung in den letzten ${w} Tagen.`,
      },
      needs: {
        en: `Show appreciation: no gesture in the last ${w} days${tally.mass > 0 ? ' (mass gestures do not count)' : ''}.`,
        de: `Zeigen Sie Wertschätzung: keine Geste in den letzten ${w} Tagen${tally.mass > 0 ? ' (Massengesten zählen nicht)' : ''}.`,
      },
    },
    {
      met: tally.personalUnscheduled > 0,
      reason: {
        en: `${tally.personalUnscheduled} personal, unscheduled ${tally.personalUnscheduled === 1 ? 'gesture' : 'gestures'} in the last ${w} days.`,
        de: `${tally.personalUnscheduled} persönliche, ungeplante ${tally.personalUnscheduled === 1 ? 'Geste' : 'Gesten'} in den letzten ${w} Tagen.`,
      },
      needs: {
        en: `A personal, unscheduled thank-you; the ${recognised} routine or expected ${recognised === 1 ? 'gesture does' : 'gestures do'} not reach this stage.`,
        de: `Ein persönliches, ungeplantes Dankeschön; ${recognised} routinemäßige oder erwartete ${recognised === 1 ? 'Geste reicht' : 'Gesten reichen'} dafür nicht.`,
      },
    },
    {
      met: nev !== null && nev >= LADDER_THRESHOLDS.trustNev && openCrises === 0,
      reason: {
        en: `Net emotional value ${nevText('en')} over the last ${w} days and no open crisis.`,
        de: `Emotionaler Nettowert ${nevText('de')} in den letzten ${w} Tagen und keine offene Krise.`,
      },
      needs: {
        en: `Net emotional value of at least ${signed(LADDER_THRESHOLDS.trustNev, 'en')} (now ${nevText('en')}) and no open crisis (now ${openCrises}).`,
        de: `Emotionaler Nettowert von mindestens ${signed(LADDER_THRESHOLDS.trustNev, 'de')} (jetzt ${nevText('de')}) und keine offene Krise (jetzt ${openCrises}).`,
      },
    },
    {
      met: years >= LADDER_THRESHOLDS.bondYears && (tally.received > 0 || (nev !== null && nev >= LADDER_THRESHOLDS.bondNev)),
      reason:
        tally.received > 0
          ? {
              en: `${years} ${years === 1 ? 'year' : 'years'} together, and the client shows appreciation too (${tally.received} in the last ${w} days).`,
              de: `${years} ${years === 1 ? 'Jahr' : 'Jahre'} zusammen, und der Kunde zeigt ebenfalls Wertschätzung (${tally.received} in den letzten ${w} Tagen).`,
            }
          : {
              en: `${years} ${years === 1 ? 'year' : 'years'} together with a net emotional value of ${nevText('en')}.`,
              de: `${years} ${years === 1 ? 'Jahr' : 'Jahre'} zusammen bei einem emotionalen Nettowert von ${nevText('de')}.`,
            },
      needs: {
        en: `At least ${LADDER_THRESHOLDS.bondYears} year together (now ${years}) and the client's own appreciation, or a net emotional value of ${signed(LADDER_THRESHOLDS.bondNev, 'en')} (now ${nevText('en')}).`,
        de: `Mindestens ${LADDER_THRESHOLDS.bondYears} Jahr zusammen (jetzt ${years}) und Wertschätzung vom Kunden, oder ein emotionaler Nettowert von ${signed(LADDER_THRESHOLDS.bondNev, 'de')} (jetzt ${nevText('de')}).`,
      },
    },
  ];

  let reached = 1;
  while (reached < steps.length && steps[reached]?.met) reached += 1;
  const describe = (stage: number) => {
    const row = reference.appreciationStages.find((s) => s.stage === stage);
    return {
      key: row?.key ?? `stage_${stage}`,
      label: { en: row?.labelEn ?? `Stage ${stage}`, de: row?.labelDe ?? `Stufe ${stage}` },
    };
  };
  const nextStep = steps[reached];
  const recordedEvent = ofKind(past, 'appreciation')
    .filter((e) => e.ladderStage !== null)
    .sort((a, b) => (a.occurredOn === b.occurredOn ? b.id - a.id : a.occurredOn < b.occurredOn ? 1 : -1))[0];
  return {
    stage: reached,
    ...describe(reached),
    reason: (steps[reached - 1] as Step).reason,
    next: nextStep ? { stage: reached + 1, ...describe(reached + 1), needs: nextStep.needs } : null,
    recorded:
      recordedEvent && recordedEvent.ladderStage !== null
        ? { stage: recordedEvent.ladderStage, on: recordedEvent.occurredOn.slice(0, 10) }
        : null,
  };
}

// What every health factor reports: its value (0 … 1, 1 best), what it measured (a number with a unit),
// and a sentence a person understands, in English and German, with the numbers in it. The score adds
// the weight and the points.
import type { Reference } from '../../contract/reference.ts';
import type { ClientFacts, Events } from '../inputs.ts';
import type { NevReference } from '../nev.ts';
import { num, type Bilingual } from '../text.ts';
import type { Band } from './bands.ts';
import type { HealthParams } from './params.ts';
import type { FactorKey } from './weights.ts';

export type MeasureUnit = 'days' | 'nev' | 'open issues' | 'credit' | 'hours';

export interface Measure {
  /** The number the sentence talks about, or null when there was nothing to measure. */
  amount: number | null;
  unit: MeasureUnit;
}

export interface FactorAssessment {
  key: FactorKey;
  /** 0 … 1, 1 best. */
  value: number;
  measure: Measure;
  /** True when there was no data to judge and the factor counts `params.noDataValue`. */
  noData: boolean;
  sentence: Bilingual;
  /** Set (by the score) when a severe-signal rule reading this factor's facts capped the band (friction). */
  forcesBand?: Band;
}

export interface HealthFactor extends FactorAssessment {
  weight: number;
  /** This factor's share of the score: value × weight / Σ weights × 100 (one decimal). */
  points: number;
}

export type HealthReference = NevReference & Pick<Reference, 'glaslStages'>;

/** What a factor reads; `events` holds only events that have happened by `today`. */
export interface FactorContext {
  client: ClientFacts;
  events: Events;
  today: string;
  reference: HealthReference;
  params: HealthParams;
  massGestureIds: ReadonlySet<number>;
}

/** How a factor without data is counted, with the value in the sentence. */
export const noDataNote = (value: number): Bilingual => ({
  en: `counted as ${num(value, 'en', 2)} of 1 (not knowing is not good news)`,
  de: `zählt ${num(value, 'de', 2)} von 1 (nichts zu wissen ist keine gute Nachricht)`,
});

export const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

// The bands a score falls into. Thresholds are lower bounds, inclusive: 80 is thriving, 79 steady.
//   thriving ≥ 80 · steady ≥ 60 · cooling ≥ 40 · at risk ≥ 20 · in crisis < 20
// Severe signals (rules.ts) cap the score into a band whatever the average: an open crisis at Glasl 5 or
// higher into "in crisis", at Glasl 3–4 or with a near renewal into "at risk".
import type { Bilingual } from '../text.ts';

export const BAND_KEYS = ['thriving', 'steady', 'cooling', 'at_risk', 'in_crisis'] as const;
export type Band = (typeof BAND_KEYS)[number];

export const BANDS: readonly { key: Band; min: number; label: Bilingual }[] = [
  { key: 'thriving', min: 80, label: { en: 'thriving', de: 'blühend' } },
  { key: 'steady', min: 60, label: { en: 'steady', de: 'stabil' } },
  { key: 'cooling', min: 40, label: { en: 'cooling', de: 'abkühlend' } },
  { key: 'at_risk', min: 20, label: { en: 'at risk', de: 'gefährdet' } },
  { key: 'in_crisis', min: 0, label: { en: 'in crisis', de: 'in der Krise' } },
];

export function bandFor(score: number): Band {
  for (const b of BANDS) if (score >= b.min) return b.key;
  return 'in_crisis';
}

export function bandLabel(band: Band): Bilingual {
  for (const b of BANDS) if (b.key === band) return b.label;
  return { en: band, de: band };
}

/** The highest score within a band: one below the lower bound of the band above it (100 for the best). */
export function bandMax(band: Band): number {
  const i = BANDS.findIndex((b) => b.key === band);
  const above = i > 0 ? BANDS[i - 1] : undefined;
  return above ? above.min - 1 : 100;
}

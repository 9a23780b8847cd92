// Glasl's nine stages as data: level, label and the fitting intervention. The ledger seeds the same
// table (migrations/0001_initial.ts, glasl_stages) so a consultancy can rename it; the diagnosis needs
// it without a ledger, so it lives here too and a test keeps both in step. Sources differ by about one
// stage at the boundaries (docs/domain.md); this is the mapping the seed chose.
import type { Bilingual } from './bilingual.ts';

export type GlaslStageNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
export type GlaslLevel = 'win-win' | 'win-lose' | 'lose-lose';
export type InterventionKey =
  | 'direct_talk'
  | 'moderator'
  | 'process_consultation'
  | 'mediation'
  | 'arbitration'
  | 'orderly_exit';

export interface GlaslStageInfo {
  stage: GlaslStageNumber;
  level: GlaslLevel;
  label: Bilingual;
  intervention: InterventionKey;
}

export const GLASL_STAGES: readonly GlaslStageInfo[] = [
  { stage: 1, level: 'win-win', label: { en: 'Hardening', de: 'Verhärtung' }, intervention: 'direct_talk' },
  { stage: 2, level: 'win-win', label: { en: 'Debate and polemics', de: 'Debatte & Polemik' }, intervention: 'direct_talk' },
  { stage: 3, level: 'win-win', label: { en: 'Actions, not words', de: 'Taten statt Worte' }, intervention: 'moderator' },
  { stage: 4, level: 'win-lose', label: { en: 'Images and coalitions', de: 'Images & Koalitionen' }, intervention: 'process_consultation' },
  { stage: 5, level: 'win-lose', label: { en: 'Loss of face', de: 'Gesichtsverlust' }, intervention: 'mediation' },
  { stage: 6, level: 'win-lose', label: { en: 'Threat strategies', de: 'Drohstrategien' }, intervention: 'mediation' },
  { stage: 7, level: 'lose-lose', label: { en: 'Limited destructive blows', de: 'Begrenzte Vernichtungsschläge' }, intervention: 'arbitration' },
  { stage: 8, level: 'lose-lose', label: { en: 'Fragmentation', de: 'Zersplitterung' }, intervention: 'orderly_exit' },
  { stage: 9, level: 'lose-lose', label: { en: 'Together into the abyss', de: 'Gemeinsam in den Abgrund' }, intervention: 'orderly_exit' },
];

/** What each intervention is and why it fits: the second half of every diagnosis reason. */
export const INTERVENTIONS: Readonly<Record<InterventionKey, { label: Bilingual; why: Bilingual }>> = {
  direct_talk: {
    label: { en: 'Talk it out directly', de: 'Direkt miteinander sprechen' },
    why: {
      en: 'Both sides can still picture a solution that is good for both; a direct, well-prepared talk is enough.',
      de: 'Beide Seiten können sich noch eine Lösung vorstellen, die beiden nützt; ein direktes, gut vorbereitetes Gespräch reicht.',
    },
  },
  moderator: {
    label: { en: 'Bring a moderator', de: 'Eine Moderation hinzuziehen' },
    why: {
      en: 'Actions have started to replace words; a moderator keeps the talk going and makes sure both sides are heard.',
      de: 'Taten ersetzen allmählich das Gespräch; eine Moderation hält es in Gang und sorgt dafür, dass beide Seiten gehört werden.',
    },
  },
  process_consultation: {
    label: { en: 'A neutral third party: process consultation', de: 'Eine neutrale dritte Partei: Prozessbegleitung' },
    why: {
      en: 'Fixed images of each other and coalitions have formed; a neutral third party helps both sides see the dynamic they are caught in.',
      de: 'Feste Bilder voneinander und Koalitionen sind entstanden; eine neutrale dritte Partei hilft beiden Seiten, die Dynamik zu sehen, in der sie stecken.',
    },
  },
  mediation: {
    label: { en: 'A neutral mediator', de: 'Eine neutrale Mediation' },
    why: {
      en: 'Face has been lost or threats were made; the sides can no longer talk safely on their own, a neutral mediator restores a safe frame.',
      de: 'Es gab Gesichtsverlust oder Drohungen; allein können die Seiten nicht mehr sicher miteinander reden, eine neutrale Mediation schafft wieder einen sicheren Rahmen.',
    },
  },
  arbitration: {
    label: { en: 'Arbitration or court', de: 'Schiedsverfahren oder Gericht' },
    why: {
      en: 'Damage is being done on purpose; a binding decision by a third party protects both sides from further blows.',
      de: 'Es wird gezielt Schaden angerichtet; eine verbindliche Entscheidung durch Dritte schützt beide Seiten vor weiteren Schlägen.',
    },
  },
  orderly_exit: {
    label: { en: 'Plan an orderly exit', de: 'Einen geordneten Ausstieg planen' },
    why: {
      en: 'Harming the other side has become the goal, even at your own cost; protect people, data and reputation and plan an orderly exit, with a power intervention (management, lawyers) where needed.',
      de: 'Der anderen Seite zu schaden ist zum Ziel geworden, auch auf eigene Kosten; schütze Menschen, Daten und Ruf und plane einen geordneten Ausstieg, wo nötig mit einem Machteingriff (Geschäftsführung, Anwälte).',
    },
  },
};

/** The table row of a stage (the table is complete, so this never fails for 1..9). */
export function glaslStage(stage: GlaslStageNumber): GlaslStageInfo {
  const info = GLASL_STAGES.find((s) => s.stage === stage);
  if (!info) throw new Error(`Unknown Glasl stage ${String(stage)}`);
  return info;
}

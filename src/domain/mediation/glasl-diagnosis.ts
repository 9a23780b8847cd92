// Places a conflict on Glasl's nine stages from the questionnaire and recommends the fitting
// intervention, saying why. The rules, in order:
//
// 1. A sign answered "yes" is evidence for its stage. A sign answered "partly" is evidence for the
//    stage just below it: the conflict stands at that threshold but has not crossed it.
// 2. The highest evidence sets the stage. Escalation is cumulative, so a clearly present severe sign
//    outweighs missing milder ones: threats without hardening is still stage 6.
// 3. No evidence at all gives stage 1: hardening is the lowest stage, and someone filling in the
//    questionnaire has a tension worth a look.
// 4. Inconsistencies are reported, never resolved by guessing: milder signs answered "no" below the
//    stage are `gaps` and lower the confidence; unanswered questions count as "no" and are listed.
import type { Bilingual } from './bilingual.ts';
import { GLASL_QUESTIONS } from './glasl-questions.ts';
import type { GlaslAnswers, GlaslQuestion, GlaslQuestionKey } from './glasl-questions.ts';
import { INTERVENTIONS, glaslStage } from './glasl-stages.ts';
import type { GlaslLevel, GlaslStageNumber, InterventionKey } from './glasl-stages.ts';

export type DiagnosisConfidence = 'high' | 'medium' | 'low';

export interface GlaslDiagnosis {
  stage: GlaslStageNumber;
  level: GlaslLevel;
  intervention: InterventionKey;
  reason: Bilingual;
  confidence: DiagnosisConfidence;
  /** The answers that set the stage (empty when no sign was present). */
  decisive: GlaslQuestionKey[];
  /** Milder signs answered "no" below the stage: escalation skipped them, or an answer is off. */
  gaps: GlaslQuestionKey[];
  unanswered: GlaslQuestionKey[];
  /** The next stage when one of its signs is already partly present, else null. */
  approaching: GlaslStageNumber | null;
}

const clampStage = (n: number): GlaslStageNumber => Math.min(9, Math.max(1, n)) as GlaslStageNumber;

/** The stage an answer points to, or null when it is no evidence. */
function evidence(q: GlaslQuestion, answers: GlaslAnswers): GlaslStageNumber | null {
  const a = answers[q.key];
  if (a === 'yes') return q.stage;
  if (a === 'partly') return clampStage(q.stage - 1);
  return null;
}

const quoteEn = (qs: readonly GlaslQuestion[]): string => qs.map((q) => `“${q.sign.en}”`).join(', ');
const quoteDe = (qs: readonly GlaslQuestion[]): string => qs.map((q) => `„${q.sign.de}“`).join(', ');

// Three steps down at most: more than two gaps means the answers do not describe one escalation.
function confidenceOf(decisiveClear: boolean, hasEvidence: boolean, gaps: number, unanswered: number, total: number): DiagnosisConfidence {
  if (unanswered === total || gaps > 2) return 'low';
  if ((hasEvidence && !decisiveClear) || gaps > 0 || unanswered > 0) return 'medium';
  return 'high';
}

export function diagnose(answers: GlaslAnswers, questions: readonly GlaslQuestion[] = GLASL_QUESTIONS): GlaslDiagnosis {
  const scored = questions.map((q) => ({ q, at: evidence(q, answers) }));
  const top = scored.reduce<number>((m, s) => (s.at !== null && s.at > m ? s.at : m), 0);
  const stage = clampStage(top === 0 ? 1 : top);
  const info = glaslStage(stage);
  const intervention = INTERVENTIONS[info.intervention];

  const decisive = scored.filter((s) => s.at !== null && s.at === top).map((s) => s.q);
  const clear = decisive.filter((q) => answers[q.key] === 'yes');
  const partly = decisive.filter((q) => answers[q.key] === 'partly');
  const gaps = questions.filter((q) => q.stage < stage && answers[q.key] === 'no');
  const unanswered = questions.filter((q) => answers[q.key] !== 'yes' && answers[q.key] !== 'partly' && answers[q.key] !== 'no');
  const approaching = questions.some((q) => q.stage === stage + 1 && answers[q.key] === 'partly') ? clampStage(stage + 1) : null;

  const en: string[] = [`Stage ${stage}, ${info.label.en.toLowerCase()} (${info.level}):`];
  const de: string[] = [`Stufe ${stage}, ${info.label.de} (${info.level}):`];
  if (decisive.length === 0) {
    en.push('no sign is clearly present. Hardening is the lowest stage: a tension worth a diagnosis starts there.');
    de.push('Kein Zeichen ist klar vorhanden. Verhärtung ist die niedrigste Stufe: Eine Spannung, die eine Diagnose wert ist, beginnt dort.');
  } else {
    if (clear.length > 0) {
      en.push(`you answered yes to ${quoteEn(clear)}.`);
      de.push(`Sie haben ${quoteDe(clear)} mit Ja beantwortet.`);
    }
    if (partly.length > 0) {
      // All partly-decisive signs share one stage: the threshold the conflict stands at.
      const next = partly[0]?.stage ?? stage;
      en.push(`${quoteEn(partly)} ${partly.length === 1 ? 'is' : 'are'} partly present: the conflict stands at the threshold of stage ${next}.`);
      de.push(`${quoteDe(partly)} ${partly.length === 1 ? 'ist' : 'sind'} teilweise vorhanden: Der Konflikt steht an der Schwelle zu Stufe ${next}.`);
    }
    en.push('Escalation is cumulative, so the most severe sign present sets the stage.');
    de.push('Eskalation ist kumulativ: Das schwerste vorhandene Zeichen bestimmt die Stufe.');
  }
  if (gaps.length > 0) {
    en.push(`Check again: you answered no to ${quoteEn(gaps)}, which usually come${gaps.length === 1 ? 's' : ''} earlier. The stage stands, because a severe sign counts even when milder ones were skipped.`);
    de.push(`Prüfen Sie es noch einmal: Sie haben ${quoteDe(gaps)} verneint, was meist früher auftritt. Die Stufe bleibt, denn ein schweres Zeichen zählt auch, wenn mildere übersprungen wurden.`);
  }
  if (unanswered.length > 0) {
    en.push(`${unanswered.length} of ${questions.length} questions are unanswered and were read as no.`);
    de.push(`${unanswered.length} von ${questions.length} Fragen sind offen und wurden als Nein gewertet.`);
  }
  en.push(`Recommended: ${intervention.label.en}. ${intervention.why.en}`);
  de.push(`Empfehlung: ${intervention.label.de}. ${intervention.why.de}`);

  return {
    stage,
    level: info.level,
    intervention: info.intervention,
    reason: { en: en.join(' '), de: de.join(' ') },
    confidence: confidenceOf(clear.length > 0, decisive.length > 0, gaps.length, unanswered.length, questions.length),
    decisive: decisive.map((q) => q.key),
    gaps: gaps.map((q) => q.key),
    unanswered: unanswered.map((q) => q.key),
    approaching,
  };
}

// The escalation questionnaire as data: one observable sign per Glasl stage, mildest first. Each
// question asks about behaviour someone could have seen, not about how bad it feels, so two people
// answering for the same conflict tend to agree. `stage` is the stage whose threshold the sign marks;
// the diagnosis reads only this field, so a consultancy can reword, reorder or add questions.
import type { Bilingual } from './bilingual.ts';
import type { GlaslStageNumber } from './glasl-stages.ts';

export type GlaslQuestionKey =
  | 'positions_harden'
  | 'polemic_debate'
  | 'actions_replace_talk'
  | 'images_and_coalitions'
  | 'public_loss_of_face'
  | 'threats_ultimatums'
  | 'deliberate_damage'
  | 'attacks_on_core'
  | 'going_down_together';

/** Graded on purpose: "partly" is the honest answer when a sign is starting to show. */
export type GlaslAnswer = 'no' | 'partly' | 'yes';
export type GlaslAnswers = Partial<Record<GlaslQuestionKey, GlaslAnswer>>;

export interface GlaslQuestion {
  key: GlaslQuestionKey;
  stage: GlaslStageNumber;
  /** The question as asked. */
  text: Bilingual;
  /** The sign in a few words, as the diagnosis reason names it. */
  sign: Bilingual;
}

export const GLASL_QUESTIONS: readonly GlaslQuestion[] = [
  {
    key: 'positions_harden',
    stage: 1,
    text: {
      en: 'Are positions hardening: do the same points come back in every talk, with neither side moving?',
      de: 'Verhärten sich die Standpunkte: Kommen dieselben Punkte in jedem Gespräch wieder, ohne dass sich eine Seite bewegt?',
    },
    sign: { en: 'positions are hardening', de: 'die Standpunkte verhärten sich' },
  },
  {
    key: 'polemic_debate',
    stage: 2,
    text: {
      en: 'Have talks turned into debates: arguing to win, with polemics, sharp remarks or point-scoring instead of listening?',
      de: 'Sind Gespräche zu Debatten geworden: Man argumentiert, um zu gewinnen, mit Polemik, spitzen Bemerkungen oder Rechthaberei statt zuzuhören?',
    },
    sign: { en: 'talks have become debates with polemics', de: 'Gespräche sind zu Debatten mit Polemik geworden' },
  },
  {
    key: 'actions_replace_talk',
    stage: 3,
    text: {
      en: 'Have actions replaced talk: decisions taken without the other side, facts created, calls or mails left unanswered?',
      de: 'Ersetzen Taten das Gespräch: Entscheidungen ohne die andere Seite, vollendete Tatsachen, unbeantwortete Anrufe oder Mails?',
    },
    sign: { en: 'actions have replaced talk', de: 'Taten ersetzen das Gespräch' },
  },
  {
    key: 'images_and_coalitions',
    stage: 4,
    text: {
      en: 'Have fixed images of the other side formed ("they are just like that"), and are people looking for allies against them: colleagues, bosses, other agencies?',
      de: 'Haben sich feste Bilder von der anderen Seite gebildet („die sind halt so“), und werden Verbündete gegen sie gesucht: Kollegen, Vorgesetzte, andere Agenturen?',
    },
    sign: { en: 'fixed images and coalitions have formed', de: 'feste Bilder und Koalitionen haben sich gebildet' },
  },
  {
    key: 'public_loss_of_face',
    stage: 5,
    text: {
      en: 'Has someone been exposed or humiliated in front of others: in a meeting, in front of their boss, in a mail with many people in copy?',
      de: 'Wurde jemand vor anderen bloßgestellt oder gedemütigt: im Meeting, vor der eigenen Chefin, in einer Mail mit vielen in Kopie?',
    },
    sign: { en: 'someone lost face in public', de: 'jemand hat öffentlich das Gesicht verloren' },
  },
  {
    key: 'threats_ultimatums',
    stage: 6,
    text: {
      en: 'Have threats or ultimatums been made: ending the contract, stopping payment, legal steps, with a deadline?',
      de: 'Gab es Drohungen oder Ultimaten: Kündigung, Zahlungsstopp, rechtliche Schritte, mit einer Frist?',
    },
    sign: { en: 'threats or ultimatums were made', de: 'es gab Drohungen oder Ultimaten' },
  },
  {
    key: 'deliberate_damage',
    stage: 7,
    text: {
      en: 'Has one side deliberately done damage, accepting a loss of its own: withheld payments or work, bad-mouthed the other to third parties?',
      de: 'Hat eine Seite gezielt Schaden angerichtet und dabei eigene Verluste in Kauf genommen: Zahlungen oder Leistungen zurückgehalten, die andere bei Dritten schlechtgemacht?',
    },
    sign: { en: 'damage was done on purpose', de: 'es wurde gezielt Schaden angerichtet' },
  },
  {
    key: 'attacks_on_core',
    stage: 8,
    text: {
      en: 'Are attacks aimed at the core of the other side: their reputation in the market, their key people, their survival as a business?',
      de: 'Zielen Angriffe auf den Kern der anderen Seite: ihren Ruf im Markt, ihre Schlüsselpersonen, ihr Überleben als Unternehmen?',
    },
    sign: { en: 'attacks aim at the other side’s core', de: 'Angriffe zielen auf den Kern der anderen Seite' },
  },
  {
    key: 'going_down_together',
    stage: 9,
    text: {
      en: 'Is someone willing to go down themselves, as long as the other side goes down too?',
      de: 'Ist jemand bereit, selbst unterzugehen, solange die andere Seite mit untergeht?',
    },
    sign: { en: 'someone is willing to go down together', de: 'jemand ist bereit, gemeinsam unterzugehen' },
  },
];

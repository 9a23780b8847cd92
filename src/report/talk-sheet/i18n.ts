// Every word the talk sheet prints, in German and English. The names follow the prep workspace's, so
// the sheet reads like the screen it came from. Ledger text never passes through here.
import type { TK_MODES } from '../../contract/mediation.ts';
import type { Locale } from '../../contract/primitives.ts';

type TkMode = (typeof TK_MODES)[number];

const en = {
  docTitle: 'Talk sheet',
  fileTitle: 'Talk sheet',
  confidential: 'Internal – for the talk',
  madeOn: (date: string) => `Made on ${date}`,
  page: (n: number, total: number) => `Page ${n} of ${total}`,
  kinds: { crisis: 'Crisis', misunderstanding: 'Misunderstanding' },
  since: (date: string) => `since ${date}`,
  resolved: 'resolved',
  held: 'Talk held',
  talk: {
    date: 'Date of the talk',
    place: 'Place',
    ourPeople: 'Our people',
    theirPeople: (client: string) => `From ${client}`,
    thirdParty: 'Neutral third party',
    noDate: 'not set',
  },
  sections: {
    diagnosis: 'Diagnosis and recommendation',
    conversations: 'The three conversations',
    interests: 'Interests and BATNA',
    speaking: 'What we will say',
    questions: 'Questions to ask',
    sought: 'Agreements sought',
  },
  notPrepared: 'Not prepared.',
  diagnosis: {
    stage: (n: number, name: string) => `Glasl stage ${n}: ${name}`,
    basis: {
      diagnosis: { high: 'from the diagnosis, clear picture', medium: 'from the diagnosis, fairly clear', low: 'from the diagnosis, unclear picture' },
      recorded: 'as recorded on the crisis; not checked in this preparation',
    },
    recommended: 'Recommended',
    thirdPartyMissing: 'No neutral third party is named yet.',
    underneath: 'Under the pretext',
  },
  us: 'Us',
  them: (client: string) => client,
  conversations: {
    happened: 'What happened',
    feelings: 'Feelings',
    identity: 'Identity',
    thirdStory: 'The third story',
    intentImpact: 'Intent and impact',
    intent: 'What we intended',
    impact: 'What it did to them',
    contribution: 'Our contribution',
  },
  interests: {
    position: 'Position',
    interests: 'Interests',
    batna: 'BATNA',
    batnaLong: 'Best alternative without agreement',
    mode: 'Conflict mode',
    modeUs: 'intended',
    modeThem: 'expected',
  },
  modes: {
    competing: 'Competing',
    collaborating: 'Collaborating',
    compromising: 'Compromising',
    avoiding: 'Avoiding',
    accommodating: 'Accommodating',
  } satisfies Record<TkMode, string>,
  speaking: { opening: 'Opening', statements: 'Statements (I-messages)' },
  sought: {
    success: 'What success looks like',
    options: 'Options for mutual gain',
    criteria: 'Objective criteria',
    offers: 'What we can offer',
    agreed: 'Agreed in the talk',
    by: (date: string) => `by ${date}`,
    done: 'done',
  },
};

export type TalkSheetDict = typeof en;

const de: TalkSheetDict = {
  docTitle: 'Gesprächsleitfaden',
  fileTitle: 'Gesprächsleitfaden',
  confidential: 'Intern – für das Gespräch',
  madeOn: (date) => `Erstellt am ${date}`,
  page: (n, total) => `Seite ${n} von ${total}`,
  kinds: { crisis: 'Krise', misunderstanding: 'Missverständnis' },
  since: (date) => `seit ${date}`,
  resolved: 'gelöst',
  held: 'Gespräch geführt',
  talk: {
    date: 'Datum des Gesprächs',
    place: 'Ort',
    ourPeople: 'Unsere Leute',
    theirPeople: (client) => `Von ${client}`,
    thirdParty: 'Neutrale dritte Partei',
    noDate: 'noch offen',
  },
  sections: {
    diagnosis: 'Diagnose und Empfehlung',
    conversations: 'Die drei Gespräche',
    interests: 'Interessen und BATNA',
    speaking: 'Was wir sagen',
    questions: 'Fragen, die wir stellen',
    sought: 'Angestrebte Vereinbarungen',
  },
  notPrepared: 'Nicht vorbereitet.',
  diagnosis: {
    stage: (n, name) => `Glasl-Stufe ${n}: ${name}`,
    basis: {
      diagnosis: { high: 'aus der Diagnose, klares Bild', medium: 'aus der Diagnose, recht klares Bild', low: 'aus der Diagnose, unklares Bild' },
      recorded: 'wie an der Krise erfasst; in dieser Vorbereitung nicht geprüft',
    },
    recommended: 'Empfehlung',
    thirdPartyMissing: 'Noch ist keine neutrale dritte Partei benannt.',
    underneath: 'Unter dem Vorwand',
  },
  us: 'Wir',
  them: (client) => client,
  conversations: {
    happened: 'Was passiert ist',
    feelings: 'Gefühle',
    identity: 'Identität',
    thirdStory: 'Die dritte Geschichte',
    intentImpact: 'Absicht und Wirkung',
    intent: 'Was wir beabsichtigt haben',
    impact: 'Was es bei ihnen ausgelöst hat',
    contribution: 'Unser Beitrag',
  },
  interests: {
    position: 'Position',
    interests: 'Interessen',
    batna: 'BATNA',
    batnaLong: 'Beste Alternative ohne Einigung',
    mode: 'Konfliktstil',
    modeUs: 'beabsichtigt',
    modeThem: 'erwartet',
  },
  modes: {
    competing: 'Durchsetzen',
    collaborating: 'Zusammenarbeiten',
    compromising: 'Kompromiss',
    avoiding: 'Vermeiden',
    accommodating: 'Entgegenkommen',
  },
  speaking: { opening: 'Einstieg', statements: 'Aussagen (Ich-Botschaften)' },
  sought: {
    success: 'Woran wir Erfolg erkennen',
    options: 'Optionen zum beiderseitigen Vorteil',
    criteria: 'Objektive Kriterien',
    offers: 'Was wir anbieten können',
    agreed: 'Im Gespräch vereinbart',
    by: (date) => `bis ${date}`,
    done: 'erledigt',
  },
};

const DICTS: Record<Locale, TalkSheetDict> = { en, de };

export const talkSheetDict = (lang: Locale): TalkSheetDict => DICTS[lang];

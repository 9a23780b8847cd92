// What the coach says: why each kind of flag lands as an accusation (the tips per rule: phrasing-tips.ts)
// (Nonviolent Communication: observation → feeling → need → request). The app talks to the user with
// "Sie", like every German text of Rapport. A blaming you-statement's reason never quotes the words: they
// are marked in the draft itself, and repeating a whole sentence back reads like an echo.
import type { Bilingual } from './bilingual.ts';
import type { FlagKind } from './phrasing-rules.ts';

export type Register = 'sie' | 'du';

export const EXPLANATIONS: Readonly<Record<FlagKind, Bilingual>> = {
  absolute: {
    en: '“{m}” is an absolute: it turns one incident into a rule. The other side will argue about the exception instead of hearing what matters to you. Even about yourself or your wishes it invites “that is not true”; keep it only if you mean it literally.',
    de: '„{m}“ ist eine Verallgemeinerung: Sie macht aus einem Vorfall eine Regel. Die andere Seite streitet dann über die Ausnahme, statt zu hören, was Ihnen wichtig ist. Auch über Sie selbst oder Ihre Wünsche lädt sie zu „Das stimmt doch nicht“ ein; lassen Sie sie nur stehen, wenn Sie sie wörtlich meinen.',
  },
  blaming_you: {
    en: 'This puts the blame on the other person. Blame makes people defend themselves instead of listening, and it mixes up the impact on you with their intent. Say what happened and what it did to you; leave room for their part of the story.',
    de: 'Das schiebt der anderen Person die Schuld zu. Schuldzuweisungen bringen Menschen dazu, sich zu verteidigen statt zuzuhören, und sie setzen die Wirkung auf Sie mit der Absicht der anderen gleich. Sagen Sie, was passiert ist und was es bei Ihnen ausgelöst hat; lassen Sie Raum für die Sicht der anderen Seite.',
  },
  label: {
    en: '“{m}” is a judgement, not an observation. A label invites a fight about the label; a concrete observation (what, when) can be checked and agreed on.',
    de: '„{m}“ ist ein Urteil, keine Beobachtung. Ein Etikett lädt zum Streit über das Etikett ein; eine konkrete Beobachtung (was, wann) lässt sich prüfen und teilen.',
  },
  demand: {
    en: '“{m}” is a demand: it leaves the other side only to obey or to refuse. A request says what you would like and leaves room for yes, no or a counter-offer, and a yes given freely holds.',
    de: '„{m}“ ist eine Forderung: Sie lässt der anderen Seite nur Gehorsam oder Widerstand. Eine Bitte sagt, was Sie sich wünschen, und lässt Raum für Ja, Nein oder ein Gegenangebot; ein freiwilliges Ja hält.',
  },
};


/** The reason of a pseudo-feeling rule, in either draft language. */
export const PSEUDO_FEELING_REASON: Bilingual = {
  en: 'This sounds like a feeling but says what the other person did to you (Rosenberg calls these faux feelings), so it lands as an accusation.',
  de: 'Das klingt nach einem Gefühl, sagt aber, was die andere Person Ihnen angetan hat (Rosenberg nennt das Pseudogefühle), und kommt deshalb als Vorwurf an.',
};

const fill = (template: string, match: string): string => template.replaceAll('{m}', match);

export function explanationFor(kind: FlagKind, match: string, override?: Bilingual, note?: Bilingual): Bilingual {
  const base = override ?? EXPLANATIONS[kind];
  return {
    en: fill(base.en + (note?.en ?? ''), match),
    de: fill(base.de + (note?.de ?? ''), match),
  };
}

// "du", "dich", "dir", "dein…" or "ihr habt/seid/müsst" mean the draft talks to someone informally;
// everything else, English drafts included, gets the business default "Sie".
const INFORMAL = /(?<![\p{L}])(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e[nmrs]?)?|[Ee]uch|[Ii]hr\s+(?:habt|seid|müsst))(?![\p{L}])/u;

export function registerOf(text: string, lang: 'de' | 'en'): Register {
  return lang === 'de' && INFORMAL.test(text) ? 'du' : 'sie';
}

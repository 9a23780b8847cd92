// English rules of the phrasing coach. Case-insensitive: English has no formal "you" to tell apart.
import type { PhrasingRule } from './phrasing-rules.ts';
import { ENDS_WITH_BANG, SENTENCE_START, rx } from './phrasing-rules.ts';

const r = (source: string): RegExp => rx(source, 'giu');

/** Words that may sit between "you" and the verb without changing who is blamed. */
const ADV = '(?: (?:have|had|just|simply|completely|totally|again|once again|clearly|obviously|even|already|always|never|constantly|repeatedly|really|also|then|still)){0,3}';
const YOU = "you(?:'ve|'d)?";
/** After these, "you have to" / "you don't understand" describe or suppose, they do not order or accuse. */
const NOT_AFTER_HEDGE = '(?<!(?:what|whatever|if|whether|when|understand|know|see|realise|realize|appreciate|that)(?: that)?,? )';

// Things only the speaker can feel but that say what the other did (Rosenberg's "faux feelings").
// "neglected" is left out on purpose: the app records it as a client emotion (NEV, "vernachlässigt").
const PSEUDO_FEELINGS =
  'ignored|let down|betrayed|used|manipulated|attacked|misunderstood|cheated|disrespected|abandoned|taken for granted|unappreciated|unheard|pressured|pressuri[sz]ed|rejected|patroni[sz]ed|blamed|lied to|left out|bullied|steamrolled';

export const RULES_EN: readonly PhrasingRule[] = [
  // Absolutes. "I never want to lose this partnership" is flagged too: the coach cannot tell a heartfelt
  // wish from a verdict without guessing, and the explanation says to keep it if it is meant literally.
  { id: 'en.absolute.always', kind: 'absolute', pattern: r('always') },
  { id: 'en.absolute.never', kind: 'absolute', pattern: r('never') },
  { id: 'en.absolute.every_time', kind: 'absolute', pattern: r('(?:every|each)(?: single)? time|every single') },
  { id: 'en.absolute.constantly', kind: 'absolute', pattern: r('constantly|continually|all the time') },
  { id: 'en.absolute.not_once', kind: 'absolute', pattern: r('not (?:even )?once|not (?:even )?a single') },

  // Blaming you-statements: "you" as the subject of a verb that assigns fault.
  {
    id: 'en.blame.you_verb',
    kind: 'blaming_you',
    // "Can you ignore the first draft?" asks for something; "Why did you ignore my mail?" still blames.
    pattern: r(`(?<!(?:can|could|would|will|may|might) )${YOU}${ADV} (?:fail(?:ed|s)? to|ignored?|ignores|missed|forgot(?:ten)?|ruin(?:ed|s)?|mess(?:ed)? up|screw(?:ed)? up|botched|broke|broken|blew|let (?:us|me|the team|everyone) down|drop(?:ped)? the ball|wasted|lied|lie to|misled|mislead|overlooked|sabotaged|undermined?|undermines|went behind|go behind|ghosted|dumped|neglected|humiliated|embarrassed (?:us|me))`),
  },
  {
    id: 'en.blame.you_did_not',
    kind: 'blaming_you',
    pattern: r(`${NOT_AFTER_HEDGE}${YOU} (?:don't|didn't|do not|did not|won't|will not|never|can't|cannot|couldn't|wouldn't)(?: (?:even|ever|just|really|bother to)){0,2} (?:bother|care|listen|read|answer|reply|respond|deliver|call back|get back to|show up|follow up|follow through|keep (?:your|to)|understand|take responsibility|apologi[sz]e)`),
  },
  { id: 'en.blame.you_keep', kind: 'blaming_you', pattern: r(`${YOU} keep (?:on )?\\p{L}+ing`) },
  { id: 'en.blame.made_me', kind: 'blaming_you', pattern: r("you(?:'ve| have)? made (?:me|us)|you make (?:me|us)|you(?:'re| are) making (?:me|us)") },
  { id: 'en.blame.fault', kind: 'blaming_you', pattern: r("your (?:own )?(?:fault|mistake)|you(?:'re| are) to blame|because of you") },
  { id: 'en.blame.should_have', kind: 'blaming_you', pattern: r("you should(?:n't| not)? have|you could(?: at least)? have|you were supposed to") },
  { id: 'en.blame.again', kind: 'blaming_you', pattern: r("you(?:'ve| have)? (?:done|did) it again|(?:once|yet) again,? you") },
  {
    id: 'en.blame.pseudo_feeling',
    kind: 'blaming_you',
    pattern: r(`I(?:'m| am)? (?:feel|felt|feeling)(?: (?:so|completely|totally|really|very|quite|a bit|somewhat|rather))* (?:${PSEUDO_FEELINGS})`),
    explanation: {
      en: '“{m}” sounds like a feeling but says what the other person did to you (Rosenberg calls these faux feelings), so it lands as an accusation. Name the feeling underneath: hurt, worried, frustrated, disappointed.',
      de: '„{m}“ klingt nach einem Gefühl, sagt aber, was die andere Person dir angetan hat (Rosenberg nennt das Pseudogefühle), und kommt deshalb als Vorwurf an. Nenne das Gefühl darunter: verletzt, besorgt, frustriert, enttäuscht.',
    },
  },

  // Labels and judgements of the person or the work.
  {
    id: 'en.label.judgement',
    kind: 'label',
    pattern: r('unprofessional(?:ism)?|incompeten(?:t|ce)|lazy|unreliable|careless|sloppy|useless|clueless|arrogant|disrespectful|rude|amateurish|amateurs?|ridiculous|pathetic|irresponsible|chaotic|dishonest|liars?|idiots?|idiotic|stupid|typical|unacceptable|inept|negligent|shoddy|selfish|greedy|disgrace(?:ful)?|outrageous|absurd'),
  },
  { id: 'en.label.phrase', kind: 'label', pattern: r('(?:a|this|that|such a|what a|a complete|a total) (?:joke|disaster|mess|nightmare|shambles)|not (?:very |at all )?professional|not good enough') },

  // Demands: modal orders, first-person demands, ultimatums, urgency aimed at the other side, imperatives.
  {
    id: 'en.demand.modal',
    kind: 'demand',
    pattern: r(`${NOT_AFTER_HEDGE}(?:you (?:must|have to|need to|ought to|had better|have got to|should(?!(?:n't| not)? have)(?:n't| not)?)|you've got to|you'd better)`),
    notInQuestion: true,
  },
  { id: 'en.demand.first_person', kind: 'demand', pattern: r('I (?:demand|insist|expect you to|want you to|need you to|require you to)|I expect (?:an?|your) (?:answer|apology|explanation|reply|response|fix|update|solution|refund)') },
  { id: 'en.demand.ultimatum', kind: 'demand', pattern: r('or else|no excuses|last chance') },
  {
    // "I replied immediately" is not a demand; urgency counts only when aimed at the other side.
    id: 'en.demand.urgency',
    kind: 'demand',
    pattern: r('immediately|right now|right away|at once|asap|without delay|this instant'),
    notInQuestion: true,
    sentenceMust: /(?<![\p{L}])(?:you|your|yours|yourself|yourselves|need|needs|want|wants|expect|expects|require|requires|must)(?![\p{L}])|!/iu,
    note: {
      en: ' Name the date you need and why it matters, and ask whether it works.',
      de: ' Nenne das Datum, das du brauchst, und warum es wichtig ist, und frag, ob es passt.',
    },
  },
  { id: 'en.demand.stop', kind: 'demand', pattern: r(`${SENTENCE_START}(?:please )?stop \\p{L}+ing`) },
  {
    id: 'en.demand.imperative',
    kind: 'demand',
    pattern: r(`${SENTENCE_START}(?:just |please )?(?:stop|fix|send|deliver|call|get|do|make|listen|answer|reply|respond|change|give|tell|explain|cancel|don't|take|read|show|sort|finish|hurry)${ENDS_WITH_BANG}`),
  },
];

// English rules of the phrasing coach. Case-insensitive: English has no formal "you" to tell apart.
import type { PhrasingRule } from './phrasing-rules.ts';
import { ENDS_WITH_BANG, SENTENCE_START, rx } from './phrasing-rules.ts';
import { PSEUDO_FEELING_REASON } from './phrasing-texts.ts';
import { rewriteDidWrongEn, rewriteNotDoneEn } from './phrasing-rewrite.ts';

const r = (source: string): RegExp => rx(source, 'giu');

/** Words that may sit between "you" and the verb without changing who is blamed. */
// "never" is not among them: "you never let us down" is praise.
const ADV = '(?: (?:have|had|just|simply|completely|totally|again|once again|clearly|obviously|even|already|always|constantly|repeatedly|really|also|then|still)){0,3}';
const YOU = "you(?:'ve|'d)?";
/** After these, "you have to" / "you don't understand" describe or suppose, they do not order or accuse. */
const NOT_AFTER_HEDGE = '(?<!(?:what|whatever|if|whether|when|understand|know|see|realise|realize|appreciate|that)(?: that)?,? )';
/** After these, "you didn't get my mail" supposes, it does not charge. */
const NOT_AFTER_SUPPOSITION = '(?<!(?:what|whatever|if|whether|when|understand|know|see|realise|realize|appreciate|that|perhaps|maybe|probably|possibly|sure|assume|guess|suppose|think|hope|case|unless)(?: that)?,? )';

// Things only the speaker can feel but that say what the other did (Rosenberg's "faux feelings").
// "neglected" is left out on purpose: the app records it as a client emotion (NEV, "vernachlässigt").
const PSEUDO_FEELINGS =
  'ignored|let down|betrayed|used|manipulated|attacked|misunderstood|cheated|disrespected|abandoned|taken for granted|unappreciated|unheard|pressured|pressuri[sz]ed|rejected|patroni[sz]ed|blamed|lied to|left out|bullied|steamrolled';

/** Your people, blamed like you: "your team ignored …", "your developers never …". */
const OWNER = 'your (?:own )?(?:team|people|agency|company|developers|designers|engineers|copywriters|staff|account (?:manager|lead|team)|project (?:manager|lead)|side|office|colleagues|manager|boss|department|support(?: team)?|lawyers)';
const SUBJ = `(?<subj>${OWNER}|you(?:'ve|'d)?)`;
/** The rest of the clause: up to ten words, stopping before a conjunction that starts a new clause. */
const REST = String.raw`(?<rest>(?: (?!(?:and|but|or|so|because|although|though|while|when|whenever|which|who|that|since|after|before|until|till|if|unless|as|then)(?![\p{L}]))[\p{L}\p{N}\u2019\x27-]+){0,10})`;
/** After "you didn't / never", these release, comfort or praise: "you didn't have to", "you never let us down". */
const FAIR = String.raw`(?:even|ever|just|really|actually|yet|properly|fully|once|bother(?:ed)?|have to|need to|need|have|know|hesitate|cease|mind|owe|disappoint|fail|mean|intend|deserve|give up|complain|stop|quit|let (?:us|me|anyone|anybody) down|do anything|miss a beat|worry|hurt|cause|hold back|take it personally|doubt|falter|waver|forget (?:us|me)|judge|blame|lose|been|say anything wrong|miss (?:anything|much|out)|complained|stopped|hesitated|ceased|failed|disappointed|gave up|quit|doubted|faltered|wavered|lost|blamed|judged|held back|owed|minded|meant|intended|deserved|needed|had|knew|worried|hurt|caused)(?![\p{L}])`;
/** With "always", blame is in what follows: "you always deliver late", not "you always deliver great work". */
const ALWAYS_BAD = "late|too late|at the last minute|last-minute|wrong|without (?:asking|telling|warning|checking)|behind|over budget|an excuse|excuses";
const ALWAYS_VERBS = 'change|cancel|ignore|forget|interrupt|miss|blame|complain|postpone|delay|push back|move|say|promise|claim|argue|overrule|override|question|wait until';

export const RULES_EN: readonly PhrasingRule[] = [
  // Absolutes. "I never want to lose this partnership" is flagged too: the coach cannot tell a heartfelt
  // wish from a verdict without guessing, and the explanation says to keep it if it is meant literally.
  { id: 'en.absolute.always', kind: 'absolute', pattern: r('always'), tip: 'always' },
  { id: 'en.absolute.never', kind: 'absolute', pattern: r('never'), tip: 'never' },
  { id: 'en.absolute.every_time', kind: 'absolute', pattern: r('(?:every|each)(?: single)? time|every single'), tip: 'every_time' },
  { id: 'en.absolute.constantly', kind: 'absolute', pattern: r('constantly|continually|all the time'), tip: 'constantly' },
  { id: 'en.absolute.not_once', kind: 'absolute', pattern: r('not (?:even )?once|not (?:even )?a single'), tip: 'not_once' },

  // Blaming you-statements: "you" as the subject of a verb that assigns fault.
  {
    id: 'en.blame.you_verb',
    kind: 'blaming_you',
    // "Can you ignore the first draft?" asks for something; "Why did you ignore my mail?" still blames.
    pattern: r(`(?<!(?:can|could|would|will|may|might) )${YOU}${ADV} (?:fail(?:ed|s)? to|ignored?|ignores|missed|forgot(?:ten)?|ruin(?:ed|s)?|mess(?:ed)? up|screw(?:ed)? up|botched|broke|broken|blew|let (?:us|me|the team|everyone) down|drop(?:ped)? the ball|wasted|lied|lie to|misled|mislead|overlooked|sabotaged|undermined?|undermines|went behind|go behind|ghosted|dumped|neglected|humiliated|embarrassed (?:us|me))`),
    tip: 'did_wrong',
  },
  {
    id: 'en.blame.not_done',
    kind: 'blaming_you',
    pattern: r(`${NOT_AFTER_SUPPOSITION}${SUBJ} (?<neg>didn't|did not|haven't|have not|hasn't|has not|still haven't|still hasn't|failed to|forgot to|neglected to)(?: (?:even|ever|just|really|bother to|actually|yet|properly|fully)){0,2} (?!${FAIR})(?<verb>\\p{L}+)${REST}`),
    explanation: {
      en: 'A you-statement about what the other side did not do reads as a charge: they hear “guilty” and start to defend themselves before they hear what you needed.',
      de: 'Eine Sie-Botschaft über das, was die andere Seite nicht getan hat, klingt wie eine Anklage: Sie hört „schuldig“ und verteidigt sich, bevor sie hört, was Sie gebraucht hätten.',
    },
    tip: 'not_done',
    rewrite: rewriteNotDoneEn,
  },
  {
    id: 'en.blame.never_done',
    kind: 'blaming_you',
    pattern: r(`${NOT_AFTER_SUPPOSITION}${SUBJ} (?<neg>never)(?: (?:even|ever|really|once|actually|properly|bother(?:ed)? to)){0,2} (?!${FAIR})(?<verb>\\p{L}+)${REST}`),
    explanation: {
      en: '“You never …” joins blame to an absolute: one missing step becomes a verdict on the person, and a single counter-example ends the conversation.',
      de: '„You never …“ verbindet Schuldzuweisung und Verallgemeinerung: Aus einem fehlenden Schritt wird ein Urteil über die Person, und ein einziges Gegenbeispiel beendet das Gespräch.',
    },
    tip: 'never_done',
    rewrite: rewriteNotDoneEn,
  },
  {
    id: 'en.blame.always',
    kind: 'blaming_you',
    pattern: r(`(?:${OWNER}|you)(?:'re| are| is)? always(?: [\\p{L}\\u2019-]+){0,6}? (?:${ALWAYS_BAD})|(?:${OWNER}|you) always (?:${ALWAYS_VERBS})\\p{L}*`),
    explanation: {
      en: '“You always …” turns a pattern you see into a trait of the person; they will defend their character instead of looking at the occasions.',
      de: '„You always …“ macht aus einem Muster, das Sie sehen, eine Eigenschaft der Person; sie verteidigt dann ihren Charakter, statt auf die Anlässe zu schauen.',
    },
    tip: 'always_late',
  },
  {
    // "you ignored our comments", "your team missed the deadline": what they did, with the rest of the clause.
    id: 'en.blame.did_wrong',
    kind: 'blaming_you',
    pattern: r(`(?<!(?:can|could|would|will|may|might) )${SUBJ}${ADV} (?<verb>ignored|missed|overlooked|forgot)(?! to (?:mention|say))${REST}`),
    tip: 'did_wrong',
    rewrite: rewriteDidWrongEn,
  },
  {
    id: 'en.blame.you_did_not',
    kind: 'blaming_you',
    pattern: r(`${NOT_AFTER_HEDGE}${YOU} (?:don't|didn't|do not|did not|won't|will not|never|can't|cannot|couldn't|wouldn't)(?: (?:even|ever|just|really|bother to)){0,2} (?:bother|care|listen|read|answer|reply|respond|deliver|call back|get back to|show up|follow up|follow through|keep (?:your|to)|understand|take responsibility|apologi[sz]e)`),
    tip: 'not_done',
  },
  { id: 'en.blame.you_keep', kind: 'blaming_you', pattern: r(`${YOU} keep (?:on )?\\p{L}+ing`), tip: 'keeps_doing' },
  { id: 'en.blame.made_me', kind: 'blaming_you', pattern: r("you(?:'ve| have)? made (?:me|us)|you make (?:me|us)|you(?:'re| are) making (?:me|us)"), tip: 'own_feeling' },
  { id: 'en.blame.fault', kind: 'blaming_you', pattern: r("your (?:own )?(?:fault|mistake)|you(?:'re| are) to blame|because of you"), tip: 'fault' },
  { id: 'en.blame.should_have', kind: 'blaming_you', pattern: r("you should(?:n't| not)? have|you could(?: at least)? have|you were supposed to"), tip: 'hindsight' },
  { id: 'en.blame.again', kind: 'blaming_you', pattern: r("you(?:'ve| have)? (?:done|did) it again|(?:once|yet) again,? you"), tip: 'again' },
  {
    id: 'en.blame.pseudo_feeling',
    kind: 'blaming_you',
    pattern: r(`I(?:'m| am)? (?:feel|felt|feeling)(?: (?:so|completely|totally|really|very|quite|a bit|somewhat|rather))* (?:${PSEUDO_FEELINGS})`),
    explanation: PSEUDO_FEELING_REASON,
    tip: 'faux_feeling',
  },

  // Labels and judgements of the person or the work.
  {
    id: 'en.label.judgement',
    kind: 'label',
    pattern: r('unprofessional(?:ism)?|incompeten(?:t|ce)|lazy|unreliable|careless|sloppy|useless|clueless|arrogant|disrespectful|rude|amateurish|amateurs?|ridiculous|pathetic|irresponsible|chaotic|dishonest|liars?|idiots?|idiotic|stupid|typical|unacceptable|inept|negligent|shoddy|selfish|greedy|disgrace(?:ful)?|outrageous|absurd'),
    tip: 'label_trait',
  },
  { id: 'en.label.phrase', kind: 'label', pattern: r('(?:a|this|that|such a|what a|a complete|a total) (?:joke|disaster|mess|nightmare|shambles)|not (?:very |at all )?professional|not good enough'), tip: 'label_verdict' },

  // Demands: modal orders, first-person demands, ultimatums, urgency aimed at the other side, imperatives.
  {
    id: 'en.demand.modal',
    kind: 'demand',
    pattern: r(`${NOT_AFTER_HEDGE}(?:you (?:must|have to|need to|ought to|had better|have got to|should(?!(?:n't| not)? have)(?:n't| not)?)|you've got to|you'd better)`),
    notInQuestion: true,
    tip: 'modal',
  },
  { id: 'en.demand.first_person', kind: 'demand', pattern: r('I (?:demand|insist|expect you to|want you to|need you to|require you to)|I expect (?:an?|your) (?:answer|apology|explanation|reply|response|fix|update|solution|refund)'), tip: 'first_person_demand' },
  { id: 'en.demand.ultimatum', kind: 'demand', pattern: r('or else|no excuses|last chance'), tip: 'ultimatum' },
  {
    // "I replied immediately" is not a demand; urgency counts only when aimed at the other side.
    id: 'en.demand.urgency',
    kind: 'demand',
    pattern: r('immediately|right now|right away|at once|asap|without delay|this instant'),
    notInQuestion: true,
    sentenceMust: /(?<![\p{L}])(?:you|your|yours|yourself|yourselves|need|needs|want|wants|expect|expects|require|requires|must)(?![\p{L}])|!/iu,
    tip: 'urgency',
  },
  { id: 'en.demand.stop', kind: 'demand', pattern: r(`${SENTENCE_START}(?:please )?stop \\p{L}+ing`), tip: 'stop' },
  {
    id: 'en.demand.imperative',
    kind: 'demand',
    pattern: r(`${SENTENCE_START}(?:just |please )?(?:stop|fix|send|deliver|call|get|do|make|listen|answer|reply|respond|change|give|tell|explain|cancel|don't|take|read|show|sort|finish|hurry)${ENDS_WITH_BANG}`),
    tip: 'imperative',
  },
];

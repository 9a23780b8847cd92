// I-statement rewrites for blaming you-statements, built by rule from the parts of the matched words.
// Each builder handles the common shapes it can say grammatically and returns null for anything else:
// no rewrite is better than a broken sentence, and the tip still says what to do. Rewrites follow the
// draft's language and its own register ("dass Sie …" / "dass du …"); they are the user's words to the
// other side, never a generated thank-you.
import type { RewriteContext } from './phrasing-rules.ts';

// ---- shared ---------------------------------------------------------------------------------------

const words = (s: string | undefined): string[] => (s ?? '').trim().split(/\s+/u).filter(Boolean);

// ---- German: "Sie haben uns nie rechtzeitig informiert" → "Ich hätte mir gewünscht, rechtzeitig informiert zu werden" ----

/** Particles that make sense only beside the accusation; the wish drops them. */
const FILLER_DE = new Set([
  'leider', 'ja', 'doch', 'halt', 'eben', 'wieder', 'schon', 'einfach', 'bisher', 'bislang', 'wirklich', 'überhaupt',
  'erneut', 'auch', 'mal', 'einmal', 'noch', 'immer', 'natürlich', 'offenbar', 'offensichtlich', 'anscheinend',
  'tatsächlich', 'gar', 'ständig', 'dauernd', 'jemals', 'je', 'mehr',
]);

/** Participles whose object "uns" / "mich" is an accusative, so "… zu werden" is a correct passive wish. */
const PASSIVE_DE = new Set([
  'informiert', 'eingeladen', 'unterstützt', 'angerufen', 'zurückgerufen', 'gefragt', 'eingebunden', 'einbezogen',
  'beteiligt', 'gewarnt', 'vorgewarnt', 'benachrichtigt', 'eingeweiht', 'berücksichtigt', 'kontaktiert', 'beraten',
  'gehört', 'angehört', 'ernst genommen', 'abgeholt', 'begleitet', 'verstanden', 'mitgenommen', 'aufgeklärt',
  'erinnert', 'betreut', 'ehrlich informiert', 'offen einbezogen', 'vorbereitet', 'eingeplant', 'beachtet',
]);

/** Blame participles turned into what the speaker wished for instead. */
const ANTONYM_DE: Readonly<Record<string, string>> = {
  ignoriert: 'berücksichtigt',
  übersehen: 'beachtet',
  übergangen: 'einbezogen',
  'im Stich gelassen': 'unterstützt',
  'hängen gelassen': 'unterstützt',
  hängengelassen: 'unterstützt',
  belogen: 'ehrlich informiert',
  angelogen: 'ehrlich informiert',
  hintergangen: 'offen einbezogen',
  verschwiegen: 'mitgeteilt',
};

const HAETTE: Readonly<Record<string, string>> = { haben: 'hätten', hat: 'hätte', hast: 'hättest', habt: 'hättet' };

/** After the words: the clause must end, or go on in a way that still reads after the wish. */
function clauseEndsDe(after: string): boolean {
  if (/^["”“»«’)]*\s*(?:[.!…]|$)/u.test(after)) return true;
  if (/^\s*[;:–—]/u.test(after)) return true;
  return /^,\s*(?:(?:obwohl|weil|als|dass|nachdem|bevor|wodurch|sodass|so dass|wenn|obgleich|ehe|denn|da)|(?:und|aber) (?:ich|wir|es|das|jetzt|nun|dadurch|deshalb|deswegen|daher|dann|so|da))(?![\p{L}])/u.test(after);
}

/** The text before the words in the sentence decides how the wish begins, or whether it can. */
function openingDe(before: string): 'Ich' | 'ich' | null {
  const b = before.replace(/^["“„»«(\s]+/u, '');
  if (b === '') return 'Ich';
  if (/(?:^|,\s*)(?:[Uu]nd|[Aa]ber|[Dd]och|[Dd]enn)\s+$/u.test(b) || /,\s*$/u.test(b)) return 'ich';
  return null;
}

/**
 * The perfect-tense shape: groups `subj` ("Sie haben", "Du hast", "Ihr Team hat"), `mid1`, optional `neg`,
 * `mid2`, `part` (the participle). With a negation the wish is the positive; without one only a blame
 * participle with a known opposite (ignoriert → berücksichtigt) can be turned.
 */
export function rewritePerfectDe(ctx: RewriteContext): string | null {
  if (ctx.question) return null;
  const opening = openingDe(ctx.before);
  if (!opening || !clauseEndsDe(ctx.after)) return null;
  const subj = words(ctx.groups['subj']);
  const aux = subj[subj.length - 1] ?? '';
  const hatte = HAETTE[aux];
  if (!hatte) return null; // inverted "haben Sie": something stands before it, handled above anyway
  // Mid-sentence, "du" / "ihr" / "dein Team" are lower case; the formal "Sie" and "Ihr Team" are not.
  const who = subj.slice(0, -1).join(' ').replace(/^(?:Du|Dein|Deine|Euer|Eure)(?![\p{L}])|^Ihr$/u, (w) => w.toLowerCase());
  let part = (ctx.groups['part'] ?? '').replace(/\s+/gu, ' ');
  const neg = ctx.groups['neg']?.replace(/\s+/gu, ' ');
  let mid = [...words(ctx.groups['mid1']), ...words(ctx.groups['mid2'])];
  if (neg) {
    // "keine Antwort" could be singular or plural ("keine Antworten"): "eine" would be wrong for the plural.
    const article = /^kein(en|em|es)?$/u.exec(neg);
    if (/^kein/u.test(neg) && !article) return null;
    if (article) mid = [...words(ctx.groups['mid1']), `ein${article[1] ?? ''}`, ...words(ctx.groups['mid2'])];
  } else {
    const opposite = ANTONYM_DE[part];
    if (!opposite) return null;
    part = opposite;
  }
  mid = mid.filter((w) => !FILLER_DE.has(w));
  const rest = mid.join(' ').replace(/\bbis (?:heute|jetzt)\b/gu, '').replace(/\s+/gu, ' ').trim();
  const restWords = words(rest);
  const lastTwo = [restWords[restWords.length - 1], part].filter(Boolean).join(' ');
  const wish = `${opening} hätte mir gewünscht, `;
  // "uns" / "mich" first and a participle that takes an accusative: the passive needs no "you" at all.
  if ((restWords[0] === 'uns' || restWords[0] === 'mich') && (PASSIVE_DE.has(part) || PASSIVE_DE.has(lastTwo))) {
    const inner = restWords.slice(1).join(' ');
    return `${wish}${inner ? `${inner} ` : ''}${part} zu werden`;
  }
  return `${wish}dass ${who} ${rest ? `${rest} ` : ''}${part} ${hatte}`;
}

// ---- English: "you didn't send the draft" → "I was waiting for the draft" ----

interface VerbForms {
  base: string;
  past: string;
  pp: string;
}
const regular = (base: string, past = `${base}ed`): VerbForms => ({ base, past, pp: past });

/** Verbs with a fitting I-statement, by what the speaker was waiting for. */
const SEND = [regular('send', 'sent'), regular('deliver'), regular('share', 'shared'), regular('provide', 'provided'), regular('submit', 'submitted'), regular('forward'), { base: 'give', past: 'gave', pp: 'given' }, regular('return')];
const ANSWER = [regular('reply', 'replied'), regular('respond'), regular('answer'), { base: 'get', past: 'got', pp: 'got' }, { base: 'write', past: 'wrote', pp: 'written' }];
const CALL = [regular('call'), { base: 'ring', past: 'rang', pp: 'rung' }, regular('phone', 'phoned')];
const TELL = [
  { base: 'tell', past: 'told', pp: 'told' }, regular('inform'), regular('warn'), regular('notify', 'notified'), regular('update', 'updated'),
  regular('involve', 'involved'), regular('consult'), regular('ask'), regular('include', 'included'), regular('invite', 'invited'),
];
const LISTEN = [regular('listen'), { base: 'hear', past: 'heard', pp: 'heard' }];
const READ = [{ base: 'read', past: 'read', pp: 'read' }];

/** Irregular past forms: after "never" they are not a base form to build "… to <verb>" from. */
const IRREGULAR_PAST = new Set(
  'was were came went wrote took gave sent told made got saw knew thought brought bought kept left met paid said found spoke broke forgot understood did had showed shown rang ran began chose drove ate fell felt fought held hid led lost meant rode rose sang sat slept stood stole struck swore taught threw woke wore won became'.split(' '),
);

type Tense = 'base' | 'past' | 'pp';
function formOf(table: readonly VerbForms[], verb: string, tense: Tense): VerbForms | undefined {
  return table.find((v) => v[tense] === verb || (tense === 'past' && v.base === verb));
}

const OBJECT_PRONOUN = /^(?:us|me|them|him|her)$/iu;
const NOT_AN_OBJECT = /^(?:it|them|anything|something|nothing|everything|this|that|us|me|on|in|at|by|to|for|before|after|with|about|of|from|again|back|up|out|yet|either|any)$/iu;
const TIME_ONLY = /^(?:(?:again|once|yesterday|today|this week|last week|in time|on time|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last \p{L}+|this \p{L}+|as promised|as agreed)\s*)*$/iu;

/** After the words: the clause ends, or a new clause with its own subject begins. */
function clauseEndsEn(after: string): boolean {
  if (/^["”“»«’)]*\s*(?:[.!…,;:–—]|$)/u.test(after)) return true;
  const next = /^\s+(and|but|or|then|so)\s+(\p{L}+)/iu.exec(after);
  if (next) return /^(?:I|we|you|they|he|she|it|the|our|my|your|their|this|that|there|now|nobody|no)$/iu.test(next[2] ?? '');
  return /^\s+(?:because|although|though|while|when|whenever|which|who|that|since|after|before|until|till|if|unless|as|yet)(?![\p{L}])/iu.test(after);
}

/** `subj` as it reads after "counting on": "you" / "your team". */
const isYou = (subj: string): boolean => /^you(?:'ve|’ve|'d|’d)?$/iu.test(subj);
const agent = (subj: string): string => (isYou(subj) ? 'you' : subj.replace(/^Your/u, 'your'));

/**
 * The negated shape: groups `subj`, `neg` ("didn't", "never", "haven't", "failed to"), `verb`, `rest`.
 * Known verbs become what the speaker was waiting for; any other base form becomes "I was counting on you to …".
 */
export function rewriteNotDoneEn(ctx: RewriteContext): string | null {
  if (ctx.question || !clauseEndsEn(ctx.after)) return null;
  const subj = (ctx.groups['subj'] ?? '').replace(/\s+/gu, ' ');
  const neg = (ctx.groups['neg'] ?? '').toLowerCase().replace(/[’]/gu, "'").replace(/\s+/gu, ' ');
  const verb = (ctx.groups['verb'] ?? '').toLowerCase();
  let rest = words(words(ctx.groups['rest']).join(' ').replace(/(?: (?:yet|again|at all|either))+$/iu, ''));
  // "a single one of my emails", "any of it": the wish would say the opposite of what is meant.
  if (rest.some((w) => /^(?:single|any|anything|one)$/iu.test(w))) return null;
  const owner = !isYou(subj);
  // Which form follows the negation, and whether the wish looks back (past) or forward (a habit).
  const present = neg === 'never' && !verb.endsWith('ed') && !IRREGULAR_PAST.has(verb) && !owner;
  const tense: Tense = /^(?:didn't|did not|failed to|forgot to|neglected to)$/u.test(neg) ? 'base' : /^(?:haven't|have not|hasn't|has not|still haven't|still hasn't)$/u.test(neg) ? 'pp' : 'past';
  const wouldHave = present ? 'I would like' : 'I would have liked';
  const stripObject = () => {
    if (rest[0] && OBJECT_PRONOUN.test(rest[0])) rest = rest.slice(1);
  };
  const lookup = (table: readonly VerbForms[]) => formOf(table, verb, present ? 'base' : tense);

  if (lookup(SEND)) {
    const object = rest[0] && OBJECT_PRONOUN.test(rest[0]) ? rest.slice(1) : rest;
    if (object.length > 0 && !NOT_AN_OBJECT.test(object[0] ?? '')) {
      // "the draft" is waited for; "the draft on time" is counted on ("waiting for the draft on time" limps).
      const timed = object.some((w) => /^(?:on|in|by|before|after|at|until|yesterday|today|tomorrow|last|this|next|as)$/iu.test(w));
      return timed ? `I was counting on receiving ${object.join(' ')}` : `I was waiting for ${object.join(' ')}`;
    }
    // No object to wait for ("you never deliver on time"): the general shape below.
  }
  if (lookup(ANSWER)) {
    if ((verb === 'get' || verb === 'got' || verb === 'write' || verb === 'wrote' || verb === 'written') && rest[0]?.toLowerCase() !== 'back') return null;
    if (rest[0]?.toLowerCase() === 'back') rest = rest.slice(1);
    if (rest[0]?.toLowerCase() === 'to') rest = rest.slice(1);
    stripObject();
    if (rest.length > 0 && NOT_AN_OBJECT.test(rest[0] ?? '')) return null;
    const to = rest.length ? ` to ${rest.join(' ')}` : '';
    return present ? `I would like an answer${to}` : `I was waiting for an answer${to}`;
  }
  if (lookup(CALL)) {
    stripObject();
    const back = rest[0]?.toLowerCase() === 'back' ? ' back' : '';
    if (back) rest = rest.slice(1);
    if (!TIME_ONLY.test(rest.join(' '))) return null;
    return present ? `I would like a call${back}${rest.length ? ` ${rest.join(' ')}` : ''}` : `I was waiting for a call${back}${rest.length ? ` ${rest.join(' ')}` : ''}`;
  }
  const told = lookup(TELL);
  if (told) {
    if (verb === 'let') return null;
    if (!rest[0] || !/^(?:us|me)$/iu.test(rest[0])) return null;
    rest = rest.slice(1);
    if (rest[0] && /^(?:anything|something|nothing|it)$/iu.test(rest[0])) return null;
    if (rest[0]?.toLowerCase() === 'of') rest = ['about', ...rest.slice(1)];
    const allowed = told.base === 'tell' || rest.length === 0 || /^(?:about|on|in|into|to|before|beforehand|earlier|sooner|ahead|at|when|early|as|until|by)$/iu.test(rest[0] ?? '');
    if (!allowed) return null;
    return `${wouldHave} to be ${told.pp}${rest.length ? ` ${rest.join(' ')}` : ''}`;
  }
  if (lookup(LISTEN)) {
    if (rest.length > 0 && !/^(?:to|us|me)$/iu.test(rest[0] ?? '')) return null;
    return `${wouldHave} to feel heard`;
  }
  if (lookup(READ)) {
    if (rest.length === 0 || rest.length > 5 || NOT_AN_OBJECT.test(rest[0] ?? '')) return null;
    if (rest.some((w) => /^(?:on|in|at|by|before|after|with|about|for|from|until)$/iu.test(w))) return null;
    return `I was hoping ${rest.join(' ')} would be read`;
  }
  // Any other verb in its base form.
  if (tense === 'base' || present) {
    if (verb.endsWith('ed') || IRREGULAR_PAST.has(verb)) return null;
    if (rest.some((w) => /^(?:you|your|yourself)$/iu.test(w))) return null;
    const tail = `${verb}${rest.length ? ` ${rest.join(' ')}` : ''}`;
    return present ? `I would like you to ${tail}` : `I was counting on ${agent(subj)} to ${tail}`;
  }
  return null;
}

const MISSED_DATE = /^(?:the|our|my|your|this|that|a|an)(?: [\p{L}-]+)? (?:deadline|date|milestone|handover|due date|delivery date|launch date|release date|go-live)$/iu;
const MISSED_MEETING = /^(?:the|our|my|your|this|that|a|an|today's|yesterday's)(?: [\p{L}-]+)? (?:meeting|call|appointment|workshop|review|session|check-in)$/iu;
const TRAILING_TIME = /(?: (?:again|twice|once more|yesterday|today|this week|last week|completely|entirely))+$/iu;

/** The shape "you ignored / missed / forgot …": groups `subj`, `verb`, `rest`. */
export function rewriteDidWrongEn(ctx: RewriteContext): string | null {
  if (ctx.question || !clauseEndsEn(ctx.after)) return null;
  const subj = (ctx.groups['subj'] ?? '').replace(/\s+/gu, ' ');
  const verb = (ctx.groups['verb'] ?? '').toLowerCase();
  const rest = words(ctx.groups['rest']).join(' ').replace(TRAILING_TIME, '');
  const first = rest.split(' ')[0] ?? '';
  switch (verb) {
    case 'ignored':
    case 'overlooked':
      if (/^(?:us|me)$/iu.test(rest)) return 'I was hoping for a response';
      if (!rest || NOT_AN_OBJECT.test(first)) return null;
      return `I was hoping for a response to ${rest}`;
    case 'missed':
      if (MISSED_DATE.test(rest)) return `I was counting on ${rest} being met`;
      if (MISSED_MEETING.test(rest)) return `I was expecting to see ${agent(subj)} at ${rest}`;
      return null;
    case 'forgot': {
      const toVerb = /^to (\p{L}+)(.*)$/u.exec(rest);
      if (toVerb) {
        const v = toVerb[1] ?? '';
        if (v.endsWith('ed') || IRREGULAR_PAST.has(v) || /(?:^| )(?:you|your)(?: |$)/iu.test(rest)) return null;
        return `I was counting on ${agent(subj)} ${rest}`;
      }
      if (!rest || NOT_AN_OBJECT.test(first)) return null;
      return `I was counting on ${rest}`;
    }
    default:
      return null;
  }
}

// German rules of the phrasing coach. Case-sensitive on purpose:
// - "Sie" with a capital S in mid-sentence is the formal you; "sie" is she/they and never flagged.
// - At a sentence start "Sie" is ambiguous. The rules read it as the formal you only with a plural verb
//   ("Sie haben es versäumt": you or they, and blaming "them" to the client's face accuses too), never
//   with a singular one ("Sie hat es versäumt": she).
// - "Ihre Schuld" at a sentence start (your / their fault) is flagged for the same reason;
//   "ihre Schuld" in mid-sentence (her / their fault) is not.
// - "ihr" counts as you (plural) only with a second-person plural verb ("ihr habt"), never as "her".
// - A capitalised verb at a sentence start is a question ("Haben Sie die Mail übersehen?"), so
//   inverted forms ("haben Sie … verpasst") are written in lower case and fire only in mid-sentence.
// Not handled: text in capitals only ("SIE HABEN ES VERSÄUMT").
import type { PhrasingRule } from './phrasing-rules.ts';
import { ENDS_WITH_BANG, SENTENCE_START, adjDe, capFirst, gap, rx } from './phrasing-rules.ts';
import { rewritePerfectDe } from './phrasing-rewrite.ts';
import { PSEUDO_FEELING_REASON } from './phrasing-texts.ts';

const r = (source: string): RegExp => rx(source, 'gu');
const any = (words: readonly string[]): string => words.map(capFirst).join('|');

/** Participles that assign fault: "Sie haben … versäumt". */
const BLAME_PARTICIPLES =
  'versäumt|vergessen|ignoriert|verbockt|vermasselt|versaut|verpatzt|verpasst|übersehen|ruiniert|kaputt(?: )?gemacht|im Stich gelassen|hängen(?: )?gelassen|enttäuscht|gebrochen|angelogen|belogen|hintergangen|blamiert|bloßgestellt|sabotiert|verschlampt|verschwiegen|verschleppt|übergangen|falsch gemacht';

/**
 * Who is blamed in the perfect tense: you (formal, informal, plural; "haben Sie" inverted in mid-sentence)
 * or your people ("Ihr Team hat", "Ihre Leute haben"). Mid-sentence "ihr Team" (her team) is not flagged.
 */
const OWNER = '(?:Ihr|[Dd]ein|[Ee]uer) (?:Team|Projektleiter|Kundenberater|Account-Manager|Vertrieb|Support|Büro|Chef|Grafiker|Texter|Entwickler)|(?:Ihre|[Dd]eine|[Ee]ure) (?:Leute|Agentur|Firma|Kollegen|Kolleginnen|Entwickler|Projektleiterin|Mitarbeiter|Mitarbeitenden|Abteilung|Buchhaltung|Chefin|Grafikerin|Texterin)';
const SUBJ = `(?<subj>[Dd]u hast|hast du|Sie haben|haben Sie|[Ii]hr habt|habt ihr|(?:${OWNER}) (?:hat|haben))`;

/** A word shaped like a past participle: ge…t / ge…en (also separable: zurückgerufen), …iert, be-/ver-/er-… */
const PARTICIPLE = String.raw`(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|\p{Ll}+iert|(?:be|ver|er|ent|zer|emp|miss|über|unter|hinter)\p{Ll}{2,}(?:t|en))`;

/** Negated, these are fair or kind: "Sie haben uns nie enttäuscht", "Sie haben nicht gezögert". */
const FAIR_WHEN_NEGATED =
  '(?:enttäuscht|vergessen|gezögert|gezweifelt|geschadet|aufgegeben|nachgelassen|versagt|verdient|gewusst|gewollt|gemeint|geahnt|beschwert|beklagt|gemeckert|verloren|bereut|übertrieben|verurteilt|kritisiert|geschont|verursacht|verschuldet|gemusst)(?![\\p{L}])';

/** The participle closes the clause: punctuation, a line break, the end, or a conjunction follows. */
const CLAUSE_END = String.raw`(?=[^\S\n]*(?:[.,;:!?…)"”“»«–—\n]|$)|\s+(?:und|oder|aber|sondern|obwohl|weil|als|sodass|bevor|nachdem|wie)(?![\p{L}]))`;

/** "Ich weiß, Sie haben das nicht geplant", "Vielleicht haben Sie die Mail nicht bekommen": a supposition, not a charge. */
const NOT_AFTER_SUPPOSITION = '(?<!(?:weiß|verstehe|glaube|denke|vermute|sicher|bestimmt|[Vv]ielleicht|[Ww]ahrscheinlich|[Ff]alls|[Ww]enn|[Oo]b),? )';

/** Up to eight words without a negation: "Sie haben uns nie enttäuscht" is praise, not blame. */
const UNNEGATED_GAP = String.raw`(?: (?!(?:nie|niemals|nicht|kein\p{L}*)(?![\p{L}]))[\p{L}\p{N}-]+){0,8}?`;

/** Verbs of answering and delivering whose negation in the present tense is a charge ("Sie antworten nicht"). */
const PRESENT_SIE = 'antworten|beantworten|melden|reagieren|liefern|informieren|halten|lesen|rufen|hören|kümmern|schicken|senden|beteiligen|fragen|berücksichtigen|unterstützen|einbinden|binden';
const PRESENT_DU = 'antwortest|beantwortest|meldest|reagierst|lieferst|informierst|hältst|liest|rufst|hörst|kümmerst|schickst|sendest|beteiligst|fragst|berücksichtigst|unterstützt|bindest';
const PRESENT_IHR = 'antwortet|beantwortet|meldet|reagiert|liefert|informiert|haltet|lest|ruft|hört|kümmert|schickt|sendet|beteiligt|fragt|berücksichtigt|unterstützt|bindet';

const NOT_DONE_REASON = {
  en: 'A you-statement about what the other side does not do reads as a charge: they hear “guilty” and start to defend themselves before they hear what you needed.',
  de: 'Eine Sie- oder Du-Botschaft über das, was die andere Seite nicht tut, klingt wie eine Anklage: Sie hört „schuldig“ und verteidigt sich, bevor sie hört, was Sie gebraucht hätten.',
};

const negatedPerfect = (neg: string): RegExp =>
  r(`${NOT_AFTER_SUPPOSITION}${SUBJ}(?<mid1>${gap(6)}) (?<neg>${neg})(?<mid2>${gap(6)}) (?!${FAIR_WHEN_NEGATED})(?<part>${PARTICIPLE})${CLAUSE_END}`);

// Pseudo-feelings (Rosenberg): they say what the other did. "vernachlässigt" is left out on purpose:
// the app records it as a client emotion (NEV).
const PSEUDO_FEELINGS =
  'ignoriert|übergangen|im Stich gelassen|hängen(?: )?gelassen|hintergangen|ausgenutzt|benutzt|manipuliert|angegriffen|missverstanden|betrogen|bevormundet|unter Druck gesetzt|nicht ernst genommen|nicht gehört|nicht gesehen|abgewiesen|verraten|abgeschoben|vorgeführt|abgekanzelt|überrumpelt';

/** Empathy, not an order: "Ich weiß, Sie müssen auch an Ihr Budget denken." ("Sie müssen das nicht …" releases, see below.) */
const NOT_AFTER_HEDGE = '(?<!(?:weiß|verstehe|sehe|glaube|dass|ob|wenn|falls),? )';

const LABEL_ADJECTIVES = [
  'unprofessionell', 'inkompetent', 'faul', 'unzuverlässig', 'schlampig', 'nachlässig', 'respektlos', 'arrogant',
  'chaotisch', 'unfähig', 'dilettantisch', 'amateurhaft', 'lächerlich', 'unverschämt', 'frech', 'ignorant', 'typisch',
  'katastrophal', 'stur', 'egoistisch', 'rücksichtslos', 'unfair', 'dreist', 'überheblich', 'desinteressiert',
  'unterirdisch', 'unseriös', 'planlos', 'ahnungslos',
];

export const RULES_DE: readonly PhrasingRule[] = [
  // Absolutes. "immer noch", "noch immer" (still) and "immer mehr/weniger" (more and more) are not.
  { id: 'de.absolute.immer', kind: 'absolute', pattern: r('(?<![Nn]och )[Ii]mmer(?! (?:noch|mehr|weniger))'), tip: 'always' },
  { id: 'de.absolute.nie', kind: 'absolute', pattern: r('[Nn]ie(?:mals)?'), tip: 'never' },
  { id: 'de.absolute.jedes_mal', kind: 'absolute', pattern: r('[Jj]edes(?: einzelne)? Mal|[Jj]edesmal'), tip: 'every_time' },
  { id: 'de.absolute.staendig', kind: 'absolute', pattern: r(`${adjDe('ständig')}|${adjDe('andauernd')}|${adjDe('dauernd')}|[Ss]tets|[Aa]usnahmslos`), tip: 'constantly' },
  { id: 'de.absolute.kein_einziges', kind: 'absolute', pattern: r('(?:[Kk]ein(?:e|en|em|er)?|[Nn]icht ein(?:e|en)?) einzige(?:n|s|r|m)?(?: Mal)?'), tip: 'not_once' },

  // Blaming you-statements.
  {
    id: 'de.blame.perfect',
    kind: 'blaming_you',
    pattern: r(`${SUBJ}(?<mid1>${UNNEGATED_GAP}) (?<part>${BLAME_PARTICIPLES})`),
    tip: 'did_wrong',
    rewrite: rewritePerfectDe,
  },
  {
    // "Sie haben … nicht …", "Sie haben keine Rückmeldung gegeben": what the other side did not do.
    id: 'de.blame.not_done',
    kind: 'blaming_you',
    // "nicht nur … sondern" praises.
    pattern: negatedPerfect('nicht(?: mehr| einmal| mal)?(?! nur(?![\\p{L}]))|kein(?:e[nmrs]?)?'),
    explanation: {
      en: 'A you-statement about what the other side did not do reads as a charge: they hear “guilty” and start to defend themselves before they hear what you needed.',
      de: 'Eine Sie- oder Du-Botschaft über das, was die andere Seite nicht getan hat, klingt wie eine Anklage: Sie hört „schuldig“ und verteidigt sich, bevor sie hört, was Sie gebraucht hätten.',
    },
    tip: 'not_done',
    rewrite: rewritePerfectDe,
  },
  {
    // The tester's sentence: "Sie haben uns nie rechtzeitig informiert."
    id: 'de.blame.never_done',
    kind: 'blaming_you',
    pattern: negatedPerfect('noch nie|nie(?:mals)?'),
    explanation: {
      en: '“You never …” joins blame to an absolute: one missing step becomes a verdict on the person, and a single counter-example ends the conversation.',
      de: '„Sie haben nie …“ verbindet Schuldzuweisung und Verallgemeinerung: Aus einem fehlenden Schritt wird ein Urteil über die Person, und ein einziges Gegenbeispiel beendet das Gespräch.',
    },
    tip: 'never_done',
    rewrite: rewritePerfectDe,
  },
  {
    // Present tense: "Sie antworten nicht", "Seit dem Wechsel beantworten Sie unsere Mails nicht mehr".
    id: 'de.blame.present_not',
    kind: 'blaming_you',
    pattern: r(`${NOT_AFTER_SUPPOSITION}(?:Sie (?:${PRESENT_SIE})|(?:${PRESENT_SIE}) Sie|[Dd]u (?:${PRESENT_DU})|(?:${PRESENT_DU}) du|[Ii]hr (?:${PRESENT_IHR})|(?:${PRESENT_IHR}) ihr)${UNNEGATED_GAP} (?:nicht|nie|niemals|kein\\p{L}*)(?! nur(?![\\p{L}]))`),
    explanation: NOT_DONE_REASON,
    tip: 'not_done',
  },
  {
    // "Sie liefern immer zu spät": a habit pinned on the person.
    id: 'de.blame.always_late',
    kind: 'blaming_you',
    pattern: r(`(?:Sie \\p{Ll}+e?n|[Dd]u \\p{Ll}+st|[Ii]hr \\p{Ll}+t|(?:${OWNER}) \\p{Ll}+(?:t|en))${gap(4)} (?:immer|ständig|dauernd|jedes Mal|stets)${gap(4)} (?:zu spät|in letzter Minute|auf den letzten Drücker|kurzfristig|ohne Absprache|ohne Rücksprache|ohne Vorwarnung|falsch|unvollständig|unpünktlich)`),
    explanation: {
      en: '“You always … late” turns a pattern you see into a trait of the person; they will defend their character instead of looking at the occasions.',
      de: '„Sie … immer zu spät“ macht aus einem Muster, das Sie sehen, eine Eigenschaft der Person; sie verteidigt dann ihren Charakter, statt auf die Anlässe zu schauen.',
    },
    tip: 'always_late',
  },
  {
    id: 'de.blame.present',
    kind: 'blaming_you',
    pattern: r('[Dd]u (?:ignorierst|vergisst|verschleppst|blockierst|übergehst|unterbrichst|lügst|verdrehst|sabotierst)|Sie (?:ignorieren|vergessen|verschleppen|blockieren|übergehen|unterbrechen|lügen|verdrehen|sabotieren)|[Ii]hr (?:ignoriert|vergesst|verschleppt|blockiert|übergeht|unterbrecht|lügt|verdreht|sabotiert)'),
    tip: 'doing_to_me',
  },
  {
    id: 'de.blame.schon_wieder',
    kind: 'blaming_you',
    pattern: r(`(?:[Dd]u \\p{L}+|Sie (?:\\p{L}+e?n|sind)|[Ii]hr (?:habt|seid|macht|schickt|liefert|ändert|verschiebt|kommt)|hast du|haben Sie|habt ihr)${gap(3)} schon wieder`),
    tip: 'again',
  },
  { id: 'de.blame.not_listening', kind: 'blaming_you', pattern: r(`(?:[Dd]u hörst|Sie hören|[Ii]hr hört)${gap(3)} (?:nicht|nie|niemals) zu`), tip: 'not_heard' },
  { id: 'de.blame.let_down', kind: 'blaming_you', pattern: r(`(?:[Dd]u lässt|Sie lassen|[Ii]hr lasst)${gap(5)} (?:hängen|im Stich)`), tip: 'let_down' },
  { id: 'de.blame.not_keeping', kind: 'blaming_you', pattern: r('(?:[Dd]u hältst dich|Sie halten sich|[Ii]hr haltet euch) (?:nicht|nie) an'), tip: 'agreement' },
  { id: 'de.blame.make_me', kind: 'blaming_you', pattern: r('(?:[Dd]u machst|Sie machen|[Ii]hr macht) (?:mich|uns)(?: \\p{L}+)? (?:wütend|sauer|fertig|verrückt|krank|rasend|wahnsinnig)'), tip: 'own_feeling' },
  {
    id: 'de.blame.fault',
    kind: 'blaming_you',
    pattern: r(`(?:[Dd]eine|Ihre|[Ee]ure) (?:eigene )?Schuld|(?:[Dd]u bist|Sie sind|[Ii]hr seid)${gap(2)} schuld|[Ss]chuld (?:daran )?(?:sind Sie|bist du|seid ihr)|[Dd]einetwegen|Ihretwegen|[Ee]uretwegen|[Ww]egen (?:dir|Ihnen|euch)`),
    tip: 'fault',
  },
  { id: 'de.blame.should_have', kind: 'blaming_you', pattern: r(`(?:[Dd]u hättest|hättest du|Sie hätten|hätten Sie|[Ii]hr hättet|hättet ihr)${gap(8)} (?:müssen|sollen|können)`), tip: 'hindsight' },
  {
    id: 'de.blame.pseudo_feeling',
    kind: 'blaming_you',
    pattern: r(`(?:[Ii]ch fühle mich|[Ii]ch fühlte mich|fühle ich mich|fühlte ich mich|[Ii]ch habe mich|habe ich mich|[Ii]ch kam mir|[Ii]ch komme mir)${gap(4)} (?:${PSEUDO_FEELINGS})`),
    explanation: PSEUDO_FEELING_REASON,
    tip: 'faux_feeling',
  },

  // Labels and judgements. Adjectives in every case ending; nouns are capitalised anyway.
  { id: 'de.label.adjective', kind: 'label', pattern: r(`${LABEL_ADJECTIVES.map(adjDe).join('|')}|[Ii]nakzeptab(?:el|le[nmrs]?)|[Mm]iserab(?:el|le[nmrs]?)`), tip: 'label_trait' },
  { id: 'de.label.noun', kind: 'label', pattern: r('Inkompetenz|Katastrophe|Zumutung|Frechheit|Unverschämtheit|Dilettant(?:en|in|innen)?|Amateur(?:e|en|in|innen)?|Chaot(?:en|in|innen)?|Idiot(?:en|in|innen)?|Schlamperei|Unprofessionalität|ein Witz'), tip: 'label_verdict' },
  { id: 'de.label.not_professional', kind: 'label', pattern: r(`[Nn]icht (?:sehr |besonders |gerade )?${adjDe('professionell')}`), tip: 'label_standard' },

  // Demands.
  {
    id: 'de.demand.modal',
    kind: 'demand',
    pattern: r(`${NOT_AFTER_HEDGE}(?:(?:[Dd]u musst|musst du|Sie müssen|müssen Sie|[Ii]hr müsst|müsst ihr)(?!${gap(3)} (?:nicht|kein\\p{L}*)(?![\\p{L}]))|[Dd]u sollst|sollst du|Sie sollen|[Ii]hr sollt|[Dd]u solltest|solltest du|Sie sollten|[Ii]hr solltet)`),
    notInQuestion: true,
    tip: 'modal',
  },
  {
    id: 'de.demand.first_person',
    kind: 'demand',
    pattern: r('[Ii]ch (?:verlange|fordere|bestehe darauf)|[Ii]ch erwarte(?:,? dass| von (?:dir|Ihnen|euch)| eine?n?| Ihre?n?| deine?n?| eure?n?| umgehend| sofort)|[Ii]ch will, dass (?:du|Sie|ihr)'),
    tip: 'first_person_demand',
  },
  { id: 'de.demand.ultimatum', kind: 'demand', pattern: r(`${any(['gefälligst'])}|[Kk]eine Ausreden|[Ll]etzte Chance|ohne Wenn und Aber`), tip: 'ultimatum' },
  {
    // "Ich habe sofort angerufen" is not a demand; urgency counts only when aimed at the other side.
    id: 'de.demand.urgency',
    kind: 'demand',
    pattern: r(`${any(['sofort', 'umgehend', 'unverzüglich'])}|auf der Stelle|ASAP|asap`),
    notInQuestion: true,
    sentenceMust: /(?<![\p{L}])(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\p{L}*|Sie|Ihnen|Ihr\p{L}*|[Ee]uch|[Ee]ure?\p{L}*|brauche|brauchen|benötige|benötigen|erwarte|erwarten|will|wollen|verlange|muss|müssen)(?![\p{L}])|!/u,
    tip: 'urgency',
  },
  // Imperatives. Formal: "Gehen Sie dieses Risiko nicht ein!" (seed 002): a verb in -en before "Sie" at
  // the sentence start, and the sentence ends in "!" (with "?" it is a question: "Haben Sie Zeit?").
  { id: 'de.demand.imperative_sie', kind: 'demand', pattern: r(`${SENTENCE_START}(?:\\p{Lu}\\p{Ll}*e?n|Bitte,? \\p{Ll}+e?n) Sie${ENDS_WITH_BANG}`), tip: 'imperative' },
  { id: 'de.demand.stop', kind: 'demand', pattern: r(`hören Sie${gap(3)} auf|${SENTENCE_START}(?:Bitte )?(?:Hören Sie|Hör|Hört)${gap(3)} auf`), notInQuestion: true, tip: 'stop' },
  {
    id: 'de.demand.imperative_du',
    kind: 'demand',
    pattern: r(`${SENTENCE_START}(?:Bitte |Jetzt )?(?:Lass|Lasst|Mach|Macht|Schick|Schickt|Ruf|Ruft|Gib|Gebt|Sag|Sagt|Liefer|Liefere|Liefert|Antworte|Antwortet|Erklär|Erkläre|Erklärt|Kümmer|Kümmere|Kümmert|Komm|Kommt|Sorg|Sorge|Sorgt)${ENDS_WITH_BANG}`),
    tip: 'imperative',
  },
];

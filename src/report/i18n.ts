// Every word the report prints, in German and English, and the formatters for dates, numbers and money.
// Dates follow the locale (de 22.11.2026, en 22 Nov 2026); numbers and currency go through Intl.
// Ledger text never passes through here: it is set as it was written.
import type { EventKind, MILESTONE_TYPES, TOUCHPOINT_CHANNELS } from '../contract/events.ts';
import type { Locale } from '../contract/primitives.ts';
import type { GestureClass } from '../domain/appreciation/gestures.ts';
import type { Band } from '../domain/health/bands.ts';
import type { FactorKey } from '../domain/health/weights.ts';
import type { KeepInTouchState } from '../domain/keep-in-touch.ts';
import type { ReportSection } from './sections.ts';

type MilestoneType = (typeof MILESTONE_TYPES)[number];
type TouchpointChannel = (typeof TOUCHPOINT_CHANNELS)[number];

// ---------------------------------------------------------------------------------------------------
// Formatters

export interface Fmt {
  locale: Locale;
  /** 22.11.2026 / 22 Nov 2026. */
  date(iso: string): string;
  /** Short month for a chart axis: Nov / Nov. */
  month(month: string): string;
  /** Nov 2026 / Nov. 2026. */
  monthYear(month: string): string;
  int(n: number): string;
  dec(n: number, digits?: number): string;
  /** Exactly `digits` decimals: 1,00 / 0.25. */
  fixed(n: number, digits: number): string;
  /** +0,40 / –0.25 (an en dash as the minus: Noto Sans has no U+2212); 0,00 without a sign. */
  signed(n: number, digits?: number): string;
  money(n: number, currency: string): string;
  /** A share 0 … 1 as a whole percentage. */
  percent(share: number): string;
  /** 1 Tag / 12 Tage · 1 day / 12 days. */
  days(n: number): string;
  /** German dative after in/seit/nach/vor (12 Tagen); English as `days`. */
  daysDat(n: number): string;
  years(n: number): string;
}

const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
const MONTHS: Record<Locale, readonly string[]> = {
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
// Noto Sans has no U+2212 MINUS SIGN; the en dash is the usual typographic stand-in.
const MINUS = '\u2013';

const fmtCache = new Map<Locale, Fmt>();

export function formatter(locale: Locale): Fmt {
  const cached = fmtCache.get(locale);
  if (cached) return cached;
  const tag = INTL_LOCALE[locale];
  // Dates by hand, not Intl: the calendar day as stored, and the same text whatever ICU the runtime
  // ships (en-GB's Intl writes "Sept" in some versions, "Sep" in others).
  const date = (iso: string) => {
    const [y, m, d] = iso.slice(0, 10).split('-') as [string, string, string];
    return locale === 'de' ? `${d}.${m}.${y}` : `${Number(d)} ${MONTHS.en[Number(m) - 1] ?? m} ${y}`;
  };
  const intF = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const decF = new Map<number, Intl.NumberFormat>();
  const dec = (n: number, digits = 1) => {
    let f = decF.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(tag, { minimumFractionDigits: 0, maximumFractionDigits: digits });
      decF.set(digits, f);
    }
    return f.format(n).replace('-', MINUS);
  };
  const moneyF = new Map<string, Intl.NumberFormat>();
  const monthIndex = (month: string) => Number(month.slice(5, 7)) - 1;
  const f: Fmt = {
    locale,
    date,
    month: (m) => MONTHS[locale][monthIndex(m)] ?? m,
    monthYear: (m) => `${MONTHS[locale][monthIndex(m)] ?? m} ${m.slice(0, 4)}`,
    int: (n) => intF.format(n).replace('-', MINUS),
    dec,
    fixed: (n, digits) =>
      new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n).replace('-', MINUS),
    signed: (n, digits = 2) => {
      const fixed = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Math.abs(n));
      const zero = Number(Math.abs(n).toFixed(digits)) === 0;
      return `${zero ? '' : n > 0 ? '+' : MINUS}${fixed}`;
    },
    money: (n, currency) => {
      let m = moneyF.get(currency);
      if (!m) {
        try {
          m = new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
        } catch {
          m = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
        }
        moneyF.set(currency, m);
      }
      return m.format(n);
    },
    percent: (share) => `${intF.format(Math.round(share * 100))}\u00a0%`,
    days: (n) => (locale === 'de' ? (n === 1 ? '1 Tag' : `${intF.format(n)} Tage`) : n === 1 ? '1 day' : `${intF.format(n)} days`),
    daysDat: (n) => (locale === 'de' ? (n === 1 ? '1 Tag' : `${intF.format(n)} Tagen`) : n === 1 ? '1 day' : `${intF.format(n)} days`),
    years: (n) => (locale === 'de' ? (n === 1 ? '1 Jahr' : `${n} Jahre`) : n === 1 ? '1 year' : `${n} years`),
  };
  fmtCache.set(locale, f);
  return f;
}

/** "a, b and c" / "a, b und c". */
export function listOf(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'de' ? ' und ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------------
// The dictionary

/** The notice period in a renewal rule: `left` as `days` writes it, its last day today, passed, or none. */
export type RuleNotice = { left: string } | 'today' | 'passed' | null;

export interface Dict {
  docTitle: string;
  confidential: string;
  contents: string;
  internalNote: string;
  /** The mark beside an internal section's title and in the header of its pages. */
  internalMark: string;
  internalHeader: string;
  /** The internal sections beyond the talking points. */
  motivators: { none: string; noneListed: string; more: (n: number) => string };
  emotions: { none: string };
  notes: string;
  page: (n: number, total: number) => string;
  madeOn: (date: string) => string;
  cover: {
    period: string;
    basis: { lastRenewal: (date: string) => string; relationship: string; custom: string };
    created: string;
    together: string;
    togetherValue: (years: string, since: string) => string;
    owner: string;
    renewal: string;
    noRenewal: string;
    preparedBy: string;
  };
  sections: Record<ReportSection, string>;
  intros: Record<Exclude<ReportSection, 'cover'>, string>;
  kinds: Record<EventKind, string>;
  milestoneTypes: Record<MilestoneType, string>;
  channels: Record<TouchpointChannel, string>;
  gestureClasses: Record<GestureClass, string>;
  factors: Record<FactorKey, string>;
  bands: Record<Band, string>;
  status: { open: string; resolved: string };
  glance: {
    together: string;
    sinceDate: (date: string) => string;
    projects: string;
    projectsSub: (inPeriod: number, value: string | null) => string;
    contract: string;
    perYear: string;
    noContract: string;
    renewalOn: (date: string, inDays: string) => string;
    renewalPassed: (date: string) => string;
    touchpoints: string;
    touchpointsSub: (personal: number, client: number) => string;
    repair: string;
    repairValue: (resolved: number) => string;
    openCount: (open: number) => string;
    name: string;
    repairSub: (median: string | null) => string;
    lastContact: string;
    lastContactValue: (days: string) => string;
    lastContactSub: (date: string, cadence: number) => string;
    noContact: string;
    people: string;
    role: string;
    motivators: string;
    inPeriod: string;
    noPeople: string;
  };
  health: {
    score: string;
    outOf: string;
    /** Severe signals (src/domain/health/rules.ts), worded here from their numbers; the first is the primary driver. */
    rulesTitle: string;
    rulePrimary: string;
    ruleAlso: string;
    rules: {
      openCrisisGlasl: (stage: number, name: string | null, band: string, worst: boolean) => string;
      /** `inDays` as `daysDat` writes it, or null when the renewal is today. */
      renewalWithCrisis: (inDays: string | null, notice: RuleNotice, band: string) => string;
    };
    /** The factors' sum above the capped score. */
    ruleCapped: (weighted: string, score: string) => string;
    /** A rule holds, but the factors alone already stay within its band. */
    ruleHolds: (score: string) => string;
    factor: string;
    value: string;
    weight: string;
    points: string;
    noData: string;
    scale: string;
    method: string;
  };
  nev: {
    legendMonth: string;
    legendRolling: (months: number) => string;
    period: string;
    none: string;
    observed: (n: number) => string;
    clusters: string;
    mostSeen: string;
    method: string;
    noMonths: string;
  };
  highlights: { date: string; kind: string; event: string; none: string; more: (shown: number, total: number) => string };
  issues: {
    summary: (resolved: number, open: number, median: string | null) => string;
    none: string;
    resolvedAfter: (days: string) => string;
    openFor: (days: string) => string;
    stage: (n: number, label: string) => string;
    causes: string;
    ours: string;
    theirs: string;
    resolution: (date: string) => string;
    intervention: string;
    range: (fastest: string, slowest: string) => string;
    moreTitle: string;
    moreOmitted: (n: number) => string;
  };
  appreciation: {
    tally: Record<'personalUnscheduled' | 'personalScheduled' | 'routine' | 'received', string>;
    mass: (n: number) => string;
    ladder: string;
    stageOf: (stage: number, total: number) => string;
    next: (label: string) => string;
    top: string;
    date: string;
    gesture: string;
    personal: string;
    listTitle: string;
    none: string;
    notListed: (n: number) => string;
    lastPersonal: (date: string, days: string) => string;
    noPersonal: string;
  };
  open: {
    issues: string;
    noIssues: string;
    reminders: string;
    noReminders: string;
    agreements: string;
    noAgreements: string;
    contract: string;
    value: string;
    renewal: string;
    notice: string;
    noticeBy: string;
    noticeDays: (n: number) => string;
    anniversary: string;
    anniversaryValue: (date: string, years: string) => string;
    cadence: string;
    cadenceValue: (ideal: number, max: number) => string;
    none: string;
    since: (date: string, days: string) => string;
  };
  reminders: {
    keepInTouch: (state: Exclude<KeepInTouchState, 'ok'>, days: string, ideal: number, max: number) => string;
    keepInTouchNone: (days: string, ideal: number) => string;
    appreciationDue: (days: string, due: number) => string;
    appreciationNone: (days: string) => string;
    renewalAhead: (date: string, inDays: string) => string;
    renewalPassed: (date: string, days: string) => string;
    noticeAhead: (date: string, inDays: string) => string;
    noticePassed: (date: string) => string;
    anniversary: (years: string, date: string, inDays: string) => string;
  };
  appendix: {
    title: string;
    intro: string;
    contributors: string;
    contributorsNote: string;
    person: string;
    events: string;
    preps: string;
    contacts: string;
    span: string;
    /** One day, or first – last. */
    range: (first: string, last: string) => string;
  };
  talk: {
    topics: Record<TalkTopic, string>;
    openCrisis: (title: string, days: string, stage: number, label: string, intervention: string | null) => string;
    openMisunderstanding: (title: string, days: string) => string;
    renewalNoticeOpen: (inDays: string, date: string, noticeBy: string, noticeIn: string) => string;
    renewalNoticePassed: (inDays: string, date: string, noticeDays: number) => string;
    renewalPlain: (inDays: string, date: string) => string;
    renewalPassed: (date: string) => string;
    repair: (crises: number, misunderstandings: number, median: string) => string;
    noCrisis: (years: string) => string;
    routine: (routine: number, shown: number) => string;
    noGesture: string;
    personal: (personal: number, received: number) => string;
    nevFalling: (recent: string, before: string) => string;
    nevRising: (recent: string, before: string) => string;
    nevNegative: (value: string) => string;
    attention: (days: string, ideal: number) => string;
    projects: (n: number, value: string | null) => string;
    noProjects: string;
    people: (name: string, motivators: string) => string;
    peopleNoMotivators: (names: string) => string;
    anniversary: (years: string, date: string) => string;
    slowAnswers: (hours: string) => string;
    none: string;
  };
}

export type TalkTopic =
  | 'openCrisis' | 'openMisunderstanding' | 'renewal' | 'repair' | 'appreciation' | 'mood' | 'attention'
  | 'projects' | 'people' | 'anniversary' | 'responsiveness';

const de: Dict = {
  docTitle: 'Beziehungsbericht',
  confidential: 'Vertraulich',
  contents: 'Inhalt',
  internalNote: 'Zur internen Vorbereitung: Impulse für das Gespräch, keine Formulierungen.',
  internalMark: 'Intern',
  internalHeader: 'Intern – nicht für den Kunden',
  motivators: {
    none: 'Keine Ansprechpartner erfasst.',
    noneListed: 'Für keinen Ansprechpartner ist erfasst, was ihn bewegt.',
    more: (n) => `Und ${n} weitere ohne erfasste Motive.`,
  },
  emotions: { none: 'Im Zeitraum wurden keine Emotionen erfasst.' },
  notes: 'Notizen',
  page: (n, total) => `Seite ${n} von ${total}`,
  madeOn: (date) => `Erstellt am ${date}`,
  cover: {
    period: 'Zeitraum',
    basis: {
      lastRenewal: (date) => `seit der letzten Verlängerung am ${date}`,
      relationship: 'die gesamte Beziehung',
      custom: 'gewählter Zeitraum',
    },
    created: 'Erstellt am',
    together: 'Zusammen seit',
    togetherValue: (years, since) => `${since} · ${years}`,
    owner: 'Betreut von',
    renewal: 'Nächste Verlängerung',
    noRenewal: 'kein Termin erfasst',
    preparedBy: 'Erstellt von',
  },
  sections: {
    cover: 'Titelseite',
    glance: 'Die Beziehung auf einen Blick',
    health: 'Beziehungsgesundheit',
    nev: 'Emotionaler Nettowert',
    highlights: 'Höhepunkte der Zusammenarbeit',
    crises: 'Krisen und Missverständnisse',
    appreciation: 'Gezeigte Wertschätzung',
    openPoints: 'Offene Punkte und Vereinbarungen',
    motivators: 'Was die Ansprechpartner bewegt',
    emotions: 'Emotionen im Einzelnen',
    talkingPoints: 'Gesprächspunkte für die Verlängerung',
  },
  intros: {
    glance: 'Die wichtigsten Zahlen der Beziehung und die Menschen, mit denen wir arbeiten.',
    health: 'Ein Wert von 0 bis 100 aus fünf gewichteten Faktoren, jeder mit seiner Begründung.',
    nev: 'Wie sich der Kunde bei unseren Kontakten gefühlt hat: wertschaffende Emotionen abzüglich zerstörender, von –1 bis +1.',
    highlights: 'Projekte, Meilensteine und besondere Momente aus dem Zeitraum.',
    crises: 'Was die Beziehung belastet hat, und wie und wie schnell es gelöst wurde.',
    appreciation: 'Persönliche, ungeplante Gesten zählen; Routine und Massengesten kaum.',
    openPoints: 'Was noch offen ist, welche Termine anstehen und was vereinbart wurde.',
    motivators: 'Was jedem Ansprechpartner persönlich wichtig ist, wie wir es erfasst haben.',
    emotions: 'Die erfassten Emotionen nach Gruppen und die häufigsten, jede gezählt.',
    talkingPoints: 'Aus den Daten abgeleitete Fragen für das Verlängerungsgespräch.',
  },
  kinds: {
    project: 'Projekt',
    crisis: 'Krise',
    misunderstanding: 'Missverständnis',
    appreciation: 'Wertschätzung',
    touchpoint: 'Kontakt',
    milestone: 'Meilenstein',
  },
  milestoneTypes: {
    anniversary: 'Jahrestag',
    renewal: 'Verlängerung',
    contract_change: 'Vertrag',
    people_change: 'Personalwechsel',
    other: 'Meilenstein',
  },
  channels: {
    call: 'Anruf', meeting: 'Treffen', video: 'Videocall', mail: 'E-Mail', message: 'Nachricht', visit: 'Besuch', other: 'Kontakt',
  },
  gestureClasses: {
    'personal-unscheduled': 'persönlich, ungeplant',
    'personal-scheduled': 'persönlich, geplant',
    routine: 'Routine',
    mass: 'Massengeste',
    received: 'vom Kunden',
  },
  factors: {
    attention: 'Aufmerksamkeit',
    emotionalBalance: 'Emotionale Balance',
    friction: 'Reibung',
    appreciation: 'Wertschätzung',
    responsiveness: 'Reaktionszeit',
  },
  bands: {
    thriving: 'blühend',
    steady: 'stabil',
    cooling: 'abkühlend',
    at_risk: 'gefährdet',
    in_crisis: 'in der Krise',
  },
  status: { open: 'offen', resolved: 'gelöst' },
  glance: {
    together: 'Zusammen',
    sinceDate: (date) => `seit ${date}`,
    projects: 'Projekte',
    projectsSub: (n, value) => `${n} im Zeitraum${value ? ` · ${value}` : ''}`,
    contract: 'Vertragswert',
    perYear: 'pro Jahr',
    noContract: 'kein Vertragswert erfasst',
    renewalOn: (date, inDays) => `Verlängerung am ${date} (in ${inDays})`,
    renewalPassed: (date) => `Verlängerung war am ${date}`,
    touchpoints: 'Kontakte im Zeitraum',
    touchpointsSub: (personal, client) => `${personal} persönlich · ${client} vom Kunden angestoßen`,
    repair: 'Krisen & Missverständnisse',
    repairValue: (resolved) => `${resolved} gelöst`,
    openCount: (open) => `${open} offen`,
    name: 'Name',
    repairSub: (median) => (median ? `im Median ${median} bis zur Lösung` : 'seit Beginn der Beziehung'),
    lastContact: 'Persönlicher Kontakt',
    lastContactValue: (days) => (days.startsWith('0 ') ? 'heute' : `vor ${days}`),
    lastContactSub: (date, cadence) => `am ${date} · Rhythmus ${cadence} Tage`,
    noContact: 'noch keiner',
    people: 'Ansprechpartner',
    role: 'Rolle',
    motivators: 'Was sie bewegt',
    inPeriod: 'Kontakte',
    noPeople: 'Keine Ansprechpartner erfasst.',
  },
  health: {
    score: 'Gesundheitswert',
    outOf: 'von 100',
    rulesTitle: 'Was diese Gesundheit bestimmt',
    rulePrimary: 'Hauptgrund',
    ruleAlso: 'Außerdem',
    rules: {
      openCrisisGlasl: (stage, name, band, worst) =>
        `Eine offene Krise auf Glasl-Stufe ${stage}${name ? ` (${name})` : ''} ${worst ? 'bringt die Beziehung in die Krise' : `hält die Beziehung bei „${band}“ oder darunter`}, unabhängig vom Durchschnitt.`,
      renewalWithCrisis: (inDays, notice, band) =>
        `${inDays === null ? 'Die Verlängerung ist heute' : `Die Verlängerung ist in ${inDays}`}${
          notice === null ? '' : notice === 'today' ? ' (Kündigung nur noch heute möglich)' : notice === 'passed' ? ' (die Kündigungsfrist ist verstrichen)' : ` (Kündigung noch ${notice.left} möglich)`
        }, und eine Krise ist offen: höchstens „${band}“.`,
    },
    ruleCapped: (weighted, score) => `Die Faktoren ergeben ${weighted}; die Regel begrenzt den Wert auf ${score}.`,
    ruleHolds: (score) => `Die Faktoren allein ergeben ${score}, innerhalb des Bands, das die Regel zulässt.`,
    factor: 'Faktor',
    value: 'Wert',
    weight: 'Gewicht',
    points: 'Punkte',
    noData: 'keine Daten',
    scale: 'Bänder',
    method: 'Jeder Faktor liefert einen Wert von 0 bis 1; der Gesundheitswert ist ihr gewichtetes Mittel mal 100. Die Punkte zeigen, wie viel jeder Faktor zum Wert beiträgt. Ein schweres Signal (eine offene Krise auf hoher Glasl-Stufe oder eine offene Krise kurz vor der Verlängerung) begrenzt den Wert, unabhängig vom Mittel.',
  },
  nev: {
    legendMonth: 'Monatswert',
    legendRolling: (m) => `gleitender ${m}-Monats-Wert`,
    period: 'Im Zeitraum',
    none: 'Im Zeitraum wurden keine Emotionen erfasst.',
    observed: (n) => `${n} ${n === 1 ? 'erfasste Emotion' : 'erfasste Emotionen'}`,
    clusters: 'Nach Gruppen',
    mostSeen: 'Am häufigsten',
    method: 'Jede beobachtete Emotion zählt mit dem Gewicht ihrer Gruppe und ihrer Intensität; der Wert ist (positiv – negativ) / (positiv + negativ). Monate ohne erfasste Emotionen bleiben leer.',
    noMonths: 'Für diesen Zeitraum liegen keine Monatswerte vor.',
  },
  highlights: {
    date: 'Datum',
    kind: 'Art',
    event: 'Ereignis',
    none: 'Im Zeitraum sind keine Projekte, Meilensteine oder besonderen Momente erfasst.',
    more: (shown, total) => `Eine Auswahl: ${shown} von ${total} Ereignissen im Zeitraum.`,
  },
  issues: {
    summary: (resolved, open, median) =>
      `${resolved} ${resolved === 1 ? 'Thema' : 'Themen'} gelöst${median ? `, im Median nach ${median}` : ''}; ${open} ${open === 1 ? 'ist' : 'sind'} noch offen.`,
    none: 'Im Zeitraum gab es weder Krisen noch Missverständnisse.',
    resolvedAfter: (days) => `gelöst nach ${days}`,
    openFor: (days) => `offen seit ${days}`,
    stage: (n, label) => `Glasl-Stufe ${n}: ${label}`,
    causes: 'Ursachen',
    ours: 'Unser Verständnis',
    theirs: 'Verständnis des Kunden',
    resolution: (date) => `Lösung am ${date}`,
    intervention: 'Passende Intervention',
    range: (fastest, slowest) => `schnellste Lösung nach ${fastest}, längste nach ${slowest}`,
    moreTitle: 'Weitere gelöste Themen im Zeitraum',
    moreOmitted: (n) => `Dazu ${n} ältere gelöste ${n === 1 ? 'Thema' : 'Themen'}, hier nicht aufgeführt.`,
  },
  appreciation: {
    tally: {
      personalUnscheduled: 'persönlich & ungeplant',
      personalScheduled: 'persönlich & geplant',
      routine: 'Routine',
      received: 'vom Kunden erhalten',
    },
    mass: (n) => (n === 1 ? '1 Geste wurde als Massengeste erkannt und zählt nicht.' : `${n} Gesten wurden als Massengesten erkannt und zählen nicht.`),
    ladder: 'Stufe der Wertschätzung',
    stageOf: (stage, total) => `Stufe ${stage} von ${total}`,
    next: (label) => `Zur nächsten Stufe (${label}):`,
    top: 'Die höchste Stufe ist erreicht.',
    date: 'Datum',
    gesture: 'Geste',
    personal: 'Was sie persönlich machte',
    listTitle: 'Persönliche Gesten im Zeitraum',
    none: 'Im Zeitraum ist keine persönliche Geste erfasst.',
    notListed: (n) => `Routine- und Massengesten (${n}, etwa Karten zu festen Anlässen) sind hier nicht einzeln aufgeführt.`,
    lastPersonal: (date, days) => `Letzte persönliche Geste am ${date}, vor ${days}.`,
    noPersonal: 'Noch keine persönliche Geste erfasst.',
  },
  open: {
    issues: 'Offene Themen',
    noIssues: 'Keine offenen Krisen oder Missverständnisse.',
    reminders: 'Was ansteht',
    noReminders: 'Nichts ist fällig.',
    agreements: 'Vereinbarungen im Zeitraum',
    noAgreements: 'Im Zeitraum sind keine Vertragsänderungen oder Verlängerungen erfasst.',
    contract: 'Vertrag und Termine',
    value: 'Vertragswert pro Jahr',
    renewal: 'Verlängerung',
    notice: 'Kündigungsfrist',
    noticeBy: 'Kündigung möglich bis',
    noticeDays: (n) => `${n} Tage`,
    anniversary: 'Nächster Jahrestag',
    anniversaryValue: (date, years) => `${date} (${years})`,
    cadence: 'Kontaktrhythmus',
    cadenceValue: (ideal, max) => `alle ${ideal} Tage, höchstens ${max}`,
    none: '—',
    since: (date, days) => `seit ${date} (${days})`,
  },
  reminders: {
    keepInTouch: (state, days, ideal, max) =>
      state === 'overdue'
        ? `Persönlicher Kontakt überfällig: seit ${days} keiner, höchstens ${max} Tage sind vereinbart.`
        : `Persönlicher Kontakt fällig: seit ${days} keiner, Rhythmus ${ideal} Tage.`,
    keepInTouchNone: (days, ideal) => `Noch kein persönlicher Kontakt in ${days}; Rhythmus ${ideal} Tage.`,
    appreciationDue: (days, due) => `Wertschätzung fällig: die letzte persönliche Geste ist ${days} her (fällig nach ${due} Tagen).`,
    appreciationNone: (days) => `Wertschätzung fällig: keine persönliche Geste in ${days} seit Beginn.`,
    renewalAhead: (date, inDays) => `Verlängerung am ${date}, in ${inDays}.`,
    renewalPassed: (date, days) => `Der Verlängerungstermin ${date} ist seit ${days} vorbei; den Vertrag aktualisieren.`,
    noticeAhead: (date, inDays) => `Kündigung noch bis ${date} möglich, in ${inDays}.`,
    noticePassed: (date) => `Die Kündigungsfrist ist am ${date} abgelaufen.`,
    anniversary: (years, date, inDays) => `${years} zusammen am ${date}, in ${inDays}.`,
  },
  appendix: {
    title: 'Anhang',
    intro: 'Woher die Einträge stammen, auf denen dieser Bericht beruht.',
    contributors: 'Wer beigetragen hat',
    contributorsNote: 'Alle, die im Beziehungsbuch der Agentur für diesen Kunden etwas erfasst oder geändert haben. Gezählt wird, was jemand selbst angelegt hat; die Daten reichen vom ersten bis zum letzten Tag, an dem die Person etwas angelegt oder geändert hat. Zu jedem Eintrag ist bekannt, wer ihn angelegt und wer ihn zuletzt geändert hat.',
    person: 'Person',
    events: 'Ereignisse',
    preps: 'Vorbereitungen',
    contacts: 'Kontakte',
    span: 'Erster – letzter Beitrag',
    range: (first, last) => (first === last ? first : `${first} – ${last}`),
  },
  talk: {
    topics: {
      openCrisis: 'Offene Krise',
      openMisunderstanding: 'Offenes Missverständnis',
      renewal: 'Termin',
      repair: 'Was die Beziehung trägt',
      appreciation: 'Wertschätzung',
      mood: 'Stimmung',
      attention: 'Nähe',
      projects: 'Zusammenarbeit',
      people: 'Menschen',
      anniversary: 'Anlass',
      responsiveness: 'Erreichbarkeit',
    },
    openCrisis: (title, days, stage, label, intervention) =>
      `„${title}“ ist seit ${days} offen (Glasl-Stufe ${stage}, ${label}). Vor dem Verlängerungsgespräch ansprechen?${intervention ? ` Passend auf dieser Stufe: ${intervention}` : ''}`,
    openMisunderstanding: (title, days) => `„${title}“ ist seit ${days} ungeklärt. Wie sieht der Kunde es heute?`,
    renewalNoticeOpen: (inDays, date, noticeBy, noticeIn) =>
      `Verlängerung in ${inDays} (${date}); gekündigt werden kann noch bis ${noticeBy}, in ${noticeIn}. Das Gespräch vorher führen?`,
    renewalNoticePassed: (inDays, date, noticeDays) =>
      `Verlängerung in ${inDays} (${date}); die Kündigungsfrist von ${noticeDays} Tagen ist verstrichen. Worüber sprechen wir, bevor der neue Zeitraum beginnt?`,
    renewalPlain: (inDays, date) => `Verlängerung in ${inDays} (${date}). Was soll im nächsten Vertragsjahr anders, was genauso bleiben?`,
    renewalPassed: (date) => `Der Verlängerungstermin ${date} ist vorbei, der Vertrag noch nicht aktualisiert. Wie ist der Stand?`,
    repair: (crises, mis, median) => {
      const parts = [
        crises > 0 ? `${crises} ${crises === 1 ? 'Krise' : 'Krisen'}` : '',
        mis > 0 ? `${mis} ${mis === 1 ? 'Missverständnis' : 'Missverständnisse'}` : '',
      ].filter(Boolean);
      return `${parts.join(' und ')} gelöst, im Median nach ${median}. Was hat dabei geholfen, und was nehmen beide Seiten mit?`;
    },
    noCrisis: (years) => `${years} ohne Krise. Was macht die Beziehung aus Sicht des Kunden stabil?`,
    routine: (routine, shown) =>
      `Wertschätzung in den letzten sechs Monaten überwiegend Routine (${routine} von ${shown} ${shown === 1 ? 'Geste' : 'Gesten'}). Was wäre für diese Menschen persönlich?`,
    noGesture: 'Keine Geste der Wertschätzung in den letzten sechs Monaten. Was wäre für diese Menschen persönlich?',
    personal: (personal, received) =>
      `${personal} persönliche ${personal === 1 ? 'Geste' : 'Gesten'} in den letzten sechs Monaten${received > 0 ? `; der Kunde hat ${received === 1 ? 'einmal' : `${received}-mal`} selbst Wertschätzung gezeigt` : ''}. Was davon ist angekommen?`,
    nevFalling: (recent, before) => `Der emotionale Nettowert ist gefallen: ${recent} in den letzten drei Monaten gegenüber ${before} davor. Wann und wodurch hat sich die Stimmung verändert?`,
    nevRising: (recent, before) => `Der emotionale Nettowert ist gestiegen: ${recent} in den letzten drei Monaten gegenüber ${before} davor. Was hat sich verbessert, und wie halten wir das?`,
    nevNegative: (value) => `In den letzten drei Monaten überwiegen zerstörende Emotionen (Nettowert ${value}). Was belastet den Kunden am meisten?`,
    attention: (days, ideal) => `Seit ${days} kein persönlicher Kontakt (Rhythmus ${ideal} Tage). Vor dem Gespräch einen persönlichen Anlass finden?`,
    projects: (n, value) => `${n} ${n === 1 ? 'Projekt' : 'Projekte'} im Zeitraum${value ? ` (${value})` : ''}. Welches hat dem Kunden am meisten bedeutet, und was steht als Nächstes an?`,
    noProjects: 'Kein neues Projekt im Zeitraum. Wo sieht der Kunde gerade Bedarf?',
    people: (name, motivators) => `Was ${name} bewegt: ${motivators}. Wie zahlt unser Angebot darauf ein?`,
    peopleNoMotivators: (names) => `Die engsten Kontakte im Zeitraum: ${names}. Was ist ihnen persönlich wichtig?`,
    anniversary: (years, date) => `Am ${date} werden es ${years}. Ein Anlass, der persönlich gewürdigt werden kann?`,
    slowAnswers: (hours) => `Antwortzeiten im Median ${hours} Stunden. Empfindet der Kunde uns als gut erreichbar?`,
    none: 'Die Daten des Zeitraums geben keine besonderen Gesprächspunkte her.',
  },
};

const en: Dict = {
  docTitle: 'Relationship report',
  confidential: 'Confidential',
  contents: 'Contents',
  internalNote: 'For internal preparation: prompts for the conversation, not scripts.',
  internalMark: 'Internal',
  internalHeader: 'Internal – not for the client',
  motivators: {
    none: 'No contacts recorded.',
    noneListed: 'For none of the contacts is it recorded what moves them.',
    more: (n) => `And ${n} more with no motivators recorded.`,
  },
  emotions: { none: 'No emotions were recorded in the period.' },
  notes: 'Notes',
  page: (n, total) => `Page ${n} of ${total}`,
  madeOn: (date) => `Prepared on ${date}`,
  cover: {
    period: 'Period',
    basis: {
      lastRenewal: (date) => `since the last renewal on ${date}`,
      relationship: 'the whole relationship',
      custom: 'chosen period',
    },
    created: 'Prepared on',
    together: 'Together since',
    togetherValue: (years, since) => `${since} · ${years}`,
    owner: 'Relationship owner',
    renewal: 'Next renewal',
    noRenewal: 'no date recorded',
    preparedBy: 'Prepared by',
  },
  sections: {
    cover: 'Cover',
    glance: 'The relationship at a glance',
    health: 'Relationship health',
    nev: 'Net emotional value',
    highlights: 'Highlights of our work together',
    crises: 'Crises and misunderstandings',
    appreciation: 'Appreciation shown',
    openPoints: 'Open points and agreements',
    motivators: 'What moves the contacts',
    emotions: 'Emotions in detail',
    talkingPoints: 'Talking points for the renewal',
  },
  intros: {
    glance: 'The relationship in figures, and the people we work with.',
    health: 'A score from 0 to 100 built from five weighted factors, each with its reason.',
    nev: 'How the client felt at our touchpoints: value-building emotions minus destroying ones, from –1 to +1.',
    highlights: 'Projects, milestones and special moments of the period.',
    crises: 'What strained the relationship, and how and how fast it was resolved.',
    appreciation: 'Personal, unscheduled gestures count; routine and mass gestures hardly do.',
    openPoints: 'What is still open, which dates are coming up and what was agreed.',
    motivators: 'What matters to each contact personally, as we have recorded it.',
    emotions: 'The recorded emotions by group and the most frequent ones, each counted.',
    talkingPoints: 'Questions for the renewal conversation, drawn from the data.',
  },
  kinds: {
    project: 'Project',
    crisis: 'Crisis',
    misunderstanding: 'Misunderstanding',
    appreciation: 'Appreciation',
    touchpoint: 'Touchpoint',
    milestone: 'Milestone',
  },
  milestoneTypes: {
    anniversary: 'Anniversary',
    renewal: 'Renewal',
    contract_change: 'Contract',
    people_change: 'People change',
    other: 'Milestone',
  },
  channels: {
    call: 'Call', meeting: 'Meeting', video: 'Video call', mail: 'Email', message: 'Message', visit: 'Visit', other: 'Touchpoint',
  },
  gestureClasses: {
    'personal-unscheduled': 'personal, unscheduled',
    'personal-scheduled': 'personal, scheduled',
    routine: 'routine',
    mass: 'mass gesture',
    received: 'from the client',
  },
  factors: {
    attention: 'Attention',
    emotionalBalance: 'Emotional balance',
    friction: 'Friction',
    appreciation: 'Appreciation',
    responsiveness: 'Responsiveness',
  },
  bands: {
    thriving: 'thriving',
    steady: 'steady',
    cooling: 'cooling',
    at_risk: 'at risk',
    in_crisis: 'in crisis',
  },
  status: { open: 'open', resolved: 'resolved' },
  glance: {
    together: 'Together for',
    sinceDate: (date) => `since ${date}`,
    projects: 'Projects',
    projectsSub: (n, value) => `${n} in the period${value ? ` · ${value}` : ''}`,
    contract: 'Contract value',
    perYear: 'per year',
    noContract: 'no contract value recorded',
    renewalOn: (date, inDays) => `renews on ${date} (in ${inDays})`,
    renewalPassed: (date) => `renewal was due on ${date}`,
    touchpoints: 'Touchpoints in the period',
    touchpointsSub: (personal, client) => `${personal} personal · ${client} started by the client`,
    repair: 'Crises & misunderstandings',
    repairValue: (resolved) => `${resolved} resolved`,
    openCount: (open) => `${open} open`,
    name: 'Name',
    repairSub: (median) => (median ? `median ${median} to resolution` : 'since the relationship began'),
    lastContact: 'Personal contact',
    lastContactValue: (days) => (days.startsWith('0 ') ? 'today' : `${days} ago`),
    lastContactSub: (date, cadence) => `on ${date} · cadence ${cadence} days`,
    noContact: 'none yet',
    people: 'The people we work with',
    role: 'Role',
    motivators: 'What moves them',
    inPeriod: 'Contacts',
    noPeople: 'No contacts recorded.',
  },
  health: {
    score: 'Health score',
    outOf: 'of 100',
    rulesTitle: 'What decides this health',
    rulePrimary: 'Primary driver',
    ruleAlso: 'Also',
    rules: {
      openCrisisGlasl: (stage, name, band, worst) =>
        `An open crisis at Glasl stage ${stage}${name ? ` (${name})` : ''} ${worst ? 'puts the relationship in crisis' : `keeps the relationship at “${band}” or below`}, whatever the average.`,
      renewalWithCrisis: (inDays, notice, band) =>
        `${inDays === null ? 'The renewal is today' : `The renewal is in ${inDays}`}${
          notice === null ? '' : notice === 'today' ? ' (last day to give notice today)' : notice === 'passed' ? ' (the last day to give notice has passed)' : ` (last day to give notice in ${notice.left})`
        } while a crisis is open: at best “${band}”.`,
    },
    ruleCapped: (weighted, score) => `The factors add up to ${weighted}; the rule caps the score at ${score}.`,
    ruleHolds: (score) => `The factors alone give ${score}, within the band the rule allows.`,
    factor: 'Factor',
    value: 'Value',
    weight: 'Weight',
    points: 'Points',
    noData: 'no data',
    scale: 'Bands',
    method: 'Each factor gives a value from 0 to 1; the health score is their weighted mean times 100. The points show how much each factor adds to the score. A severe signal (an open crisis at a high Glasl stage, or a crisis open close to the renewal) caps the score, whatever the mean.',
  },
  nev: {
    legendMonth: 'monthly value',
    legendRolling: (m) => `rolling ${m}-month value`,
    period: 'In the period',
    none: 'No emotions were recorded in the period.',
    observed: (n) => `${n} ${n === 1 ? 'emotion observed' : 'emotions observed'}`,
    clusters: 'By cluster',
    mostSeen: 'Seen most often',
    method: 'Each observed emotion counts with its cluster’s weight and its intensity; the value is (positive – negative) / (positive + negative). Months without recorded emotions stay empty.',
    noMonths: 'No monthly values for this period.',
  },
  highlights: {
    date: 'Date',
    kind: 'Kind',
    event: 'Event',
    none: 'No projects, milestones or special moments were recorded in the period.',
    more: (shown, total) => `A selection: ${shown} of ${total} events in the period.`,
  },
  issues: {
    summary: (resolved, open, median) =>
      `${resolved} ${resolved === 1 ? 'issue' : 'issues'} resolved${median ? `, median ${median} to resolution` : ''}; ${open} still open.`,
    none: 'There were no crises and no misunderstandings in the period.',
    resolvedAfter: (days) => `resolved after ${days}`,
    openFor: (days) => `open for ${days}`,
    stage: (n, label) => `Glasl stage ${n}: ${label}`,
    causes: 'Root causes',
    ours: 'Our understanding',
    theirs: 'The client’s understanding',
    resolution: (date) => `Resolved on ${date}`,
    intervention: 'Fitting intervention',
    range: (fastest, slowest) => `fastest resolution after ${fastest}, longest after ${slowest}`,
    moreTitle: 'Other issues resolved in the period',
    moreOmitted: (n) => `Plus ${n} older resolved ${n === 1 ? 'issue' : 'issues'}, not listed here.`,
  },
  appreciation: {
    tally: {
      personalUnscheduled: 'personal & unscheduled',
      personalScheduled: 'personal & scheduled',
      routine: 'routine',
      received: 'received from the client',
    },
    mass: (n) => `${n} ${n === 1 ? 'gesture was' : 'gestures were'} recognised as a mass gesture and ${n === 1 ? 'does' : 'do'} not count.`,
    ladder: 'Stage of appreciation',
    stageOf: (stage, total) => `Stage ${stage} of ${total}`,
    next: (label) => `To reach the next stage (${label}):`,
    top: 'The top stage has been reached.',
    date: 'Date',
    gesture: 'Gesture',
    personal: 'What made it personal',
    listTitle: 'Personal gestures in the period',
    none: 'No personal gesture was recorded in the period.',
    notListed: (n) => `Routine and mass gestures (${n}, such as cards for fixed occasions) are not listed here.`,
    lastPersonal: (date, days) => `Last personal gesture on ${date}, ${days} ago.`,
    noPersonal: 'No personal gesture recorded yet.',
  },
  open: {
    issues: 'Open issues',
    noIssues: 'No open crises or misunderstandings.',
    reminders: 'Coming up',
    noReminders: 'Nothing is due.',
    agreements: 'Agreements in the period',
    noAgreements: 'No contract changes or renewals were recorded in the period.',
    contract: 'Contract and dates',
    value: 'Contract value per year',
    renewal: 'Renewal',
    notice: 'Notice period',
    noticeBy: 'Notice possible until',
    noticeDays: (n) => `${n} days`,
    anniversary: 'Next anniversary',
    anniversaryValue: (date, years) => `${date} (${years})`,
    cadence: 'Contact cadence',
    cadenceValue: (ideal, max) => `every ${ideal} days, at most ${max}`,
    none: '—',
    since: (date, days) => `since ${date} (${days})`,
  },
  reminders: {
    keepInTouch: (state, days, ideal, max) =>
      state === 'overdue'
        ? `Personal contact overdue: none for ${days}; the agreed maximum is ${max} days.`
        : `Personal contact due: none for ${days}; the cadence is ${ideal} days.`,
    keepInTouchNone: (days, ideal) => `No personal contact yet in ${days}; the cadence is ${ideal} days.`,
    appreciationDue: (days, due) => `Appreciation due: the last personal gesture was ${days} ago (due after ${due} days).`,
    appreciationNone: (days) => `Appreciation due: no personal gesture in the ${days} since the start.`,
    renewalAhead: (date, inDays) => `Renewal on ${date}, in ${inDays}.`,
    renewalPassed: (date, days) => `The renewal date ${date} passed ${days} ago; update the contract.`,
    noticeAhead: (date, inDays) => `Notice can still be given until ${date}, in ${inDays}.`,
    noticePassed: (date) => `The notice period ended on ${date}.`,
    anniversary: (years, date, inDays) => `${years} together on ${date}, in ${inDays}.`,
  },
  appendix: {
    title: 'Appendix',
    intro: 'Where the records this report is built on come from.',
    contributors: 'Who contributed',
    contributorsNote: 'Everyone who logged or changed something for this client in the agency’s shared ledger. The counts are what each person created; the dates run from the first to the last day they created or changed something. For every record the ledger knows who created it and who changed it last.',
    person: 'Person',
    events: 'Events',
    preps: 'Talk preps',
    contacts: 'Contacts',
    span: 'First – last contribution',
    range: (first, last) => (first === last ? first : `${first} – ${last}`),
  },
  talk: {
    topics: {
      openCrisis: 'Open crisis',
      openMisunderstanding: 'Open misunderstanding',
      renewal: 'Timing',
      repair: 'What carries the relationship',
      appreciation: 'Appreciation',
      mood: 'Mood',
      attention: 'Closeness',
      projects: 'Work together',
      people: 'People',
      anniversary: 'Occasion',
      responsiveness: 'Responsiveness',
    },
    openCrisis: (title, days, stage, label, intervention) =>
      `“${title}” has been open for ${days} (Glasl stage ${stage}, ${label}). Raise it before the renewal conversation?${intervention ? ` Fitting at this stage: ${intervention}` : ''}`,
    openMisunderstanding: (title, days) => `“${title}” has been unresolved for ${days}. How does the client see it today?`,
    renewalNoticeOpen: (inDays, date, noticeBy, noticeIn) =>
      `Renewal in ${inDays} (${date}); notice can still be given until ${noticeBy}, in ${noticeIn}. Hold the conversation before then?`,
    renewalNoticePassed: (inDays, date, noticeDays) =>
      `Renewal in ${inDays} (${date}); the ${noticeDays}-day notice period has passed. What do we talk about before the new term begins?`,
    renewalPlain: (inDays, date) => `Renewal in ${inDays} (${date}). What should change in the next contract year, and what should stay as it is?`,
    renewalPassed: (date) => `The renewal date ${date} has passed and the contract has not been updated. Where do things stand?`,
    repair: (crises, mis, median) => {
      const parts = [
        crises > 0 ? `${crises} ${crises === 1 ? 'crisis' : 'crises'}` : '',
        mis > 0 ? `${mis} ${mis === 1 ? 'misunderstanding' : 'misunderstandings'}` : '',
      ].filter(Boolean);
      return `${parts.join(' and ')} resolved, median ${median} to resolution. What helped, and what do both sides take from it?`;
    },
    noCrisis: (years) => `${years} without a crisis. What makes the relationship steady from the client’s point of view?`,
    routine: (routine, shown) =>
      `Appreciation mostly routine in the last six months (${routine} of ${shown} ${shown === 1 ? 'gesture' : 'gestures'}). What would be personal for these people?`,
    noGesture: 'No gesture of appreciation in the last six months. What would be personal for these people?',
    personal: (personal, received) =>
      `${personal} personal ${personal === 1 ? 'gesture' : 'gestures'} in the last six months${received > 0 ? `; the client showed appreciation ${received === 1 ? 'once' : `${received} times`} too` : ''}. What of it reached them?`,
    nevFalling: (recent, before) => `Net emotional value has fallen: ${recent} in the last three months against ${before} before. When and why did the mood change?`,
    nevRising: (recent, before) => `Net emotional value has risen: ${recent} in the last three months against ${before} before. What improved, and how do we keep it?`,
    nevNegative: (value) => `Destroying emotions have outweighed the others in the last three months (net value ${value}). What weighs on the client most?`,
    attention: (days, ideal) => `No personal contact for ${days} (cadence ${ideal} days). Find a personal occasion before the conversation?`,
    projects: (n, value) => `${n} ${n === 1 ? 'project' : 'projects'} in the period${value ? ` (${value})` : ''}. Which one mattered most to the client, and what comes next?`,
    noProjects: 'No new project in the period. Where does the client see a need right now?',
    people: (name, motivators) => `What moves ${name}: ${motivators}. How does our offer speak to that?`,
    peopleNoMotivators: (names) => `The closest contacts in the period: ${names}. What matters to them personally?`,
    anniversary: (years, date) => `On ${date} it will be ${years}. An occasion to mark personally?`,
    slowAnswers: (hours) => `Median answer time ${hours} hours. Does the client find us easy to reach?`,
    none: 'The period’s data suggests no particular talking points.',
  },
};

export const DICTIONARIES: Record<Locale, Dict> = { de, en };

export const dict = (locale: Locale): Dict => DICTIONARIES[locale];

// From what the ledger holds to what the report shows: a pure function over plain data, built on the
// same domain rules the app and the CLI use (health, NEV, appreciation, reminders). No I/O here;
// `buildReportData` (data.ts) fetches the inputs through the dispatcher and calls this.
import type { Client } from '../contract/clients.ts';
import type { Contact } from '../contract/contacts.ts';
import type { TimelineEvent } from '../contract/events.ts';
import type { Locale } from '../contract/primitives.ts';
import type { Reference } from '../contract/reference.ts';
import type { ReportContributor } from '../contract/report.ts';
import { lastPersonalGesture } from '../domain/appreciation/due.ts';
import { classifyGesture, tallyGestures } from '../domain/appreciation/gestures.ts';
import { appreciationLadder } from '../domain/appreciation/ladder.ts';
import { DEFAULT_APPRECIATION_RULES } from '../domain/appreciation/rules.ts';
import { addDays, addMonths, anniversaryOn, daysBetween, fullYears, monthOf, todayIso } from '../domain/dates.ts';
import { median } from '../domain/health/factors/responsiveness.ts';
import { computeHealth } from '../domain/health/score.ts';
import { happened, inWindow, ofKind, type ClientFacts } from '../domain/inputs.ts';
import { keepInTouch } from '../domain/keep-in-touch.ts';
import { nevTrend, pooledNev } from '../domain/nev.ts';
import { isPersonalContact } from '../domain/personal-contact.ts';
import { dueReminders } from '../domain/reminders/due.ts';
import { selectHighlights } from './highlights.ts';
import { dict, formatter } from './i18n.ts';
import {
  REPORT_DATA_VERSION,
  type Contributor, type Glance, type PeriodBasis, type ReportAppreciation, type ReportContact, type ReportData, type ReportGesture,
  type ReportHealth, type ReportIssue, type ReportIssues, type ReportNev, type ReportOpenPoints, type ReportReminder,
} from './model.ts';
import { normaliseSections, type ReportPreset, type ReportSection } from './sections.ts';
import { deriveTalkingPoints } from './talking-points.ts';
import { clip } from './text.ts';

export interface ReportInputs {
  lang: Locale;
  sections?: readonly ReportSection[];
  /** Whose report it is when `sections` is not given (default: the client's). */
  preset?: ReportPreset;
  /** `YYYY-MM-DD`. */
  today: string;
  from?: string;
  to?: string;
  agencyName: string | null;
  client: Client;
  contacts: readonly Contact[];
  /** The client's events (any order; later ones than the period's end are ignored). */
  events: readonly TimelineEvent[];
  reference: Reference;
  /** Appreciation events flagged as mass gestures across all clients (`flagMassGestures`). */
  massGestureIds?: Iterable<number>;
  /** Who wrote for the client on the agency's shared ledger (`clientContributors`); none on a file. */
  contributors?: readonly ReportContributor[];
}

/** At most this many months in the NEV chart, at least this many. */
const NEV_MONTHS = { min: 6, max: 24 } as const;
const ROLLING_MONTHS = 3;
const GESTURE_LIST_LIMIT = 14;
/** Issues told in full; older resolved ones go into a compact list of at most ISSUE_LINES. */
const ISSUE_CARDS = 8;
const ISSUE_LINES = 30;
const BODY_MAX = 700;
const RESOLUTION_MAX = 900;

const byDateAsc = (a: TimelineEvent, b: TimelineEvent) =>
  a.occurredOn === b.occurredOn ? a.id - b.id : a.occurredOn < b.occurredOn ? -1 : 1;

/**
 * Events as they stood on `asOf`: later events are dropped, and an issue resolved after `asOf` was
 * still open then (a report for last year shows last year's open crises as open).
 */
export function eventsAsOf(events: readonly TimelineEvent[], asOf: string): TimelineEvent[] {
  return happened([...events], asOf).map((e) => {
    if ((e.kind === 'crisis' || e.kind === 'misunderstanding') && e.status === 'resolved' && (e.resolvedOn ?? '') > asOf) {
      return { ...e, status: 'open' as const, resolvedOn: null, resolution: null };
    }
    return e;
  });
}

/** The default period start: the last renewal before `asOf`, else the start of the relationship. */
export function defaultPeriodStart(
  client: Pick<Client, 'since'>,
  events: readonly TimelineEvent[],
  asOf: string,
): { from: string; basis: PeriodBasis; renewalOn: string | null } {
  const since = client.since.slice(0, 10);
  let last: string | null = null;
  for (const e of events) {
    if (e.kind !== 'milestone' || e.milestoneType !== 'renewal') continue;
    const day = e.occurredOn.slice(0, 10);
    if (day < asOf && day >= since && (last === null || day > last)) last = day;
  }
  return last ? { from: last, basis: 'lastRenewal', renewalOn: last } : { from: since, basis: 'relationship', renewalOn: null };
}

const monthsSpanned = (from: string, to: string) => {
  const [fy, fm] = monthOf(from).split('-').map(Number) as [number, number];
  const [ty, tm] = monthOf(to).split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
};

/**
 * The appendix's people, most events first. Stamps are UTC instants; the day shown is this computer's, as
 * for the report's `today`, not UTC's (an entry made in Berlin at half past midnight keeps its own day).
 */
function contributorsOf(list: readonly ReportContributor[], lang: ReportInputs['lang']): Contributor[] {
  return list
    .map(({ firstAt, lastAt, ...person }) => ({ ...person, firstOn: todayIso(new Date(firstAt)), lastOn: todayIso(new Date(lastAt)) }))
    .sort((a, b) => b.events - a.events || b.preps + b.contacts - (a.preps + a.contacts) || a.name.localeCompare(b.name, lang));
}

export function assembleReport(input: ReportInputs): ReportData {
  const lang = input.lang;
  const t = dict(lang);
  const pick = (b: { labelEn: string; labelDe: string }) => (lang === 'de' ? b.labelDe : b.labelEn);
  const today = input.today.slice(0, 10);
  const to = (input.to ?? today).slice(0, 10);
  const asOf = to < today ? to : today;
  const client = input.client;
  const since = client.since.slice(0, 10);
  const events = eventsAsOf(input.events, asOf).sort(byDateAsc);
  const mass = new Set(input.massGestureIds ?? []);

  const start = input.from
    ? { from: input.from.slice(0, 10), basis: 'custom' as PeriodBasis, renewalOn: null }
    : defaultPeriodStart(client, events, asOf);
  const basis: PeriodBasis = input.from && input.from.slice(0, 10) <= since && !input.to ? 'relationship' : start.basis;
  const period = { from: start.from, to, basis, renewalOn: start.renewalOn };
  const inPeriod = events.filter((e) => e.occurredOn.slice(0, 10) >= period.from && e.occurredOn.slice(0, 10) <= period.to);

  const facts: ClientFacts = {
    since: client.since,
    status: client.status,
    cadenceIdealDays: client.cadenceIdealDays,
    cadenceMaxDays: client.cadenceMaxDays,
    renewalDate: client.renewalDate,
    noticeDays: client.noticeDays,
  };

  // ---- the people
  const participation = new Map<number, number>();
  for (const e of inPeriod) for (const id of e.participantIds) participation.set(id, (participation.get(id) ?? 0) + 1);
  const motivatorLabel = new Map(input.reference.motivators.map((m) => [m.key, pick(m)]));
  const contacts: ReportContact[] = input.contacts
    .map((c) => ({
      name: c.name,
      role: c.role,
      motivators: c.motivators.map((k) => motivatorLabel.get(k)).filter((x): x is string => x !== undefined),
      eventsInPeriod: participation.get(c.id) ?? 0,
    }))
    .sort((a, b) => b.eventsInPeriod - a.eventsInPeriod || a.name.localeCompare(b.name, lang));

  // ---- issues
  const glaslOf = new Map(input.reference.glaslStages.map((g) => [g.stage, g]));
  const causeLabel = new Map(input.reference.rootCauses.map((r) => [r.key, pick(r)]));
  const toIssue = (e: TimelineEvent): ReportIssue | null => {
    if (e.kind !== 'crisis' && e.kind !== 'misunderstanding') return null;
    const on = e.occurredOn.slice(0, 10);
    const resolved = e.status === 'resolved' && e.resolvedOn !== null;
    const glasl = e.kind === 'crisis' ? glaslOf.get(e.glaslStage) : undefined;
    return {
      kind: e.kind,
      title: e.title,
      body: clip(e.body, BODY_MAX),
      occurredOn: on,
      status: resolved ? 'resolved' : 'open',
      resolvedOn: resolved ? (e.resolvedOn as string).slice(0, 10) : null,
      resolution: resolved ? clip(e.resolution, RESOLUTION_MAX) : null,
      days: Math.max(0, daysBetween(on, resolved ? (e.resolvedOn as string) : asOf)),
      glaslStage: e.kind === 'crisis' ? e.glaslStage : null,
      glaslLabel: glasl ? pick(glasl) : null,
      intervention: glasl && !resolved ? (lang === 'de' ? glasl.interventionDe : glasl.interventionEn) : null,
      causes: e.kind === 'crisis' ? e.rootCauses.map((c) => causeLabel.get(c.key) ?? c.key) : [],
      ourUnderstanding: e.kind === 'misunderstanding' ? clip(e.ourUnderstanding, BODY_MAX) : null,
      theirUnderstanding: e.kind === 'misunderstanding' ? clip(e.theirUnderstanding, BODY_MAX) : null,
    };
  };
  const allIssues = events.map(toIssue).filter((x): x is ReportIssue => x !== null);
  const touchesPeriod = (i: ReportIssue) =>
    (i.occurredOn >= period.from && i.occurredOn <= period.to) ||
    i.status === 'open' ||
    (i.resolvedOn !== null && i.resolvedOn >= period.from && i.resolvedOn <= period.to);
  const shownIssues = allIssues.filter(touchesPeriod);
  const resolvedDays = (list: readonly ReportIssue[]) => list.filter((i) => i.status === 'resolved').map((i) => i.days);
  const shownDays = resolvedDays(shownIssues);
  const openShown = shownIssues.filter((i) => i.status === 'open');
  const resolvedShown = shownIssues.filter((i) => i.status === 'resolved');
  const fullResolved = resolvedShown.slice(Math.max(0, resolvedShown.length - Math.max(0, ISSUE_CARDS - openShown.length)));
  const cards = new Set<ReportIssue>([...openShown, ...fullResolved]);
  const rest = resolvedShown.filter((i) => !cards.has(i));
  const issues: ReportIssues = {
    items: shownIssues.filter((i) => cards.has(i)),
    more: rest.slice(Math.max(0, rest.length - ISSUE_LINES)),
    omitted: Math.max(0, rest.length - ISSUE_LINES),
    resolved: shownDays.length,
    open: shownIssues.length - shownDays.length,
    medianDays: median(shownDays),
    fastestDays: shownDays.length ? Math.min(...shownDays) : null,
    slowestDays: shownDays.length ? Math.max(...shownDays) : null,
  };

  // ---- at a glance
  const projects = ofKind(events, 'project');
  const projectsInPeriod = ofKind(inPeriod, 'project');
  const sum = (xs: readonly { value: number | null }[]) => xs.reduce((s, p) => s + (p.value ?? 0), 0);
  const touchpoints = ofKind(inPeriod, 'touchpoint');
  const k = keepInTouch(facts, events, asOf, mass);
  const lastPersonal = k.last;
  const count = (kind: 'crisis' | 'misunderstanding') => {
    const list = allIssues.filter((i) => i.kind === kind);
    const resolved = list.filter((i) => i.status === 'resolved').length;
    return { total: list.length, resolved, open: list.length - resolved };
  };
  const renewal = client.renewalDate
    ? (() => {
        const on = (client.renewalDate as string).slice(0, 10);
        const noticeBy = client.noticeDays != null && client.noticeDays > 0 ? addDays(on, -client.noticeDays) : null;
        return { on, inDays: daysBetween(asOf, on), noticeBy, noticeInDays: noticeBy ? daysBetween(asOf, noticeBy) : null };
      })()
    : null;
  const glance: Glance = {
    yearsTogether: fullYears(since, asOf),
    daysTogether: Math.max(0, daysBetween(since, asOf)),
    projects: { inPeriod: projectsInPeriod.length, total: projects.length, valueInPeriod: sum(projectsInPeriod), valueTotal: sum(projects) },
    touchpoints: {
      inPeriod: touchpoints.length,
      personal: touchpoints.filter((e) => isPersonalContact({ kind: e.kind, channel: e.channel })).length,
      clientInitiated: touchpoints.filter((e) => e.initiatedBy === 'client').length,
    },
    eventsInPeriod: inPeriod.length,
    eventsTotal: events.length,
    crises: count('crisis'),
    misunderstandings: count('misunderstanding'),
    medianDaysToResolve: median(resolvedDays(allIssues)),
    lastPersonalContact: lastPersonal ? { on: lastPersonal, days: Math.max(0, daysBetween(lastPersonal, asOf)) } : null,
    keepInTouch: { state: k.state, days: k.days, ideal: k.ideal, max: k.max },
    renewal,
    contacts,
  };

  // ---- health
  const h = computeHealth({ client: facts, events, reference: input.reference, today: asOf, massGestureIds: mass });
  const health: ReportHealth = {
    score: h.score,
    band: h.band,
    bandLabel: t.bands[h.band],
    weightedScore: h.weightedScore,
    rules: h.rules.map((r) => {
      const stage = glaslOf.get(r.stage);
      return { ...r, stageLabel: stage ? pick(stage) : null };
    }),
    factors: h.factors.map((f) => ({
      key: f.key,
      value: f.value,
      weight: f.weight,
      points: f.points,
      noData: f.noData,
      amount: f.measure.amount,
      sentence: f.sentence[lang],
    })),
  };

  // ---- net emotional value
  const months = Math.min(NEV_MONTHS.max, Math.max(NEV_MONTHS.min, monthsSpanned(period.from, asOf)));
  const trend = nevTrend(events, input.reference, { today: asOf, months, rollingMonths: ROLLING_MONTHS });
  const periodNev = pooledNev(inPeriod, input.reference);
  const clusterLabel = new Map(input.reference.emotionClusters.map((c) => [c.key, pick(c)]));
  const emotionCounts = new Map<string, number>();
  const emotionCluster = new Map(input.reference.emotions.map((e) => [e.key, e.clusterKey]));
  const valenceOf = new Map(input.reference.emotionClusters.map((c) => [c.key, Math.sign(c.valence)]));
  for (const e of inPeriod) for (const o of e.emotions) if (emotionCluster.has(o.key)) emotionCounts.set(o.key, (emotionCounts.get(o.key) ?? 0) + 1);
  const emotionLabel = new Map(input.reference.emotions.map((e) => [e.key, pick(e)]));
  const lastMonth = monthOf(asOf);
  const windowNev = (fromMonth: string, toMonth: string) =>
    pooledNev(events.filter((e) => monthOf(e.occurredOn) >= fromMonth && monthOf(e.occurredOn) <= toMonth), input.reference).value;
  const nev: ReportNev = {
    months: trend.map((m) => ({ month: m.month, value: m.value, rolling: m.rolling, events: m.events })),
    rollingMonths: ROLLING_MONTHS,
    periodValue: periodNev.value,
    emotions: periodNev.emotions,
    clusters: periodNev.clusters.map((c) => ({ key: c.key, label: clusterLabel.get(c.key) ?? c.key, valence: c.valence, count: c.count })),
    topEmotions: [...emotionCounts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 6)
      .map(([key, n]) => ({ label: emotionLabel.get(key) ?? key, valence: valenceOf.get(emotionCluster.get(key) ?? '') ?? 0, count: n })),
    recentValue: windowNev(addMonths(lastMonth, -2), lastMonth),
    previousValue: windowNev(addMonths(lastMonth, -5), addMonths(lastMonth, -3)),
  };

  // ---- appreciation
  const rules = DEFAULT_APPRECIATION_RULES;
  const tally = tallyGestures(inPeriod, mass, rules);
  const recentTally = tallyGestures(inWindow(events, asOf, rules.windowDays), mass, rules);
  const ladder = appreciationLadder({ client: facts, events, reference: input.reference, today: asOf, rules, massGestureIds: mass });
  const lastGesture = lastPersonalGesture(events, asOf, mass);
  const listed: ReportGesture[] = [];
  let notListed = 0;
  for (const e of ofKind(inPeriod, 'appreciation')) {
    const cls = classifyGesture(e, mass);
    if (cls === 'routine' || cls === 'mass') {
      notListed += 1;
      continue;
    }
    listed.push({ date: e.occurredOn.slice(0, 10), title: e.title, gesture: e.gesture, cls, note: clip(e.personalNote, 400) });
  }
  const appreciation: ReportAppreciation = {
    tally: {
      personalUnscheduled: tally.personalUnscheduled,
      personalScheduled: tally.personalScheduled,
      routine: tally.routine,
      mass: tally.mass,
      received: tally.received,
    },
    recent: {
      windowDays: rules.windowDays,
      shown: recentTally.shown,
      personal: recentTally.personalScheduled + recentTally.personalUnscheduled,
      routine: recentTally.routine,
      mass: recentTally.mass,
      received: recentTally.received,
    },
    ladder: {
      stage: ladder.stage,
      label: ladder.label[lang],
      reason: ladder.reason[lang],
      next: ladder.next ? { stage: ladder.next.stage, label: ladder.next.label[lang], needs: ladder.next.needs[lang] } : null,
      stages: [...input.reference.appreciationStages].sort((a, b) => a.stage - b.stage).map((s) => ({ stage: s.stage, label: pick(s) })),
    },
    lastPersonal: lastGesture ? { on: lastGesture, days: Math.max(0, daysBetween(lastGesture, asOf)) } : null,
    gestures: listed.slice(-GESTURE_LIST_LIMIT),
    notListed,
    omitted: Math.max(0, listed.length - GESTURE_LIST_LIMIT),
  };

  // ---- open points and agreements
  const f = formatter(lang);
  const reminders: ReportReminder[] = [];
  for (const r of dueReminders({ client: facts, events, today: asOf, massGestureIds: mass })) {
    if (r.kind === 'keep-in-touch') {
      reminders.push({
        kind: r.kind,
        text: r.lastContact === null ? t.reminders.keepInTouchNone(f.daysDat(r.days), r.idealDays) : t.reminders.keepInTouch(r.state, f.daysDat(r.days), r.idealDays, r.maxDays),
      });
    } else if (r.kind === 'appreciation-due') {
      reminders.push({
        kind: r.kind,
        text: r.lastGesture === null ? t.reminders.appreciationNone(f.daysDat(r.days)) : t.reminders.appreciationDue(f.days(r.days), r.dueDays),
      });
    } else if (r.kind === 'renewal') {
      let text = r.passed ? t.reminders.renewalPassed(f.date(r.on), f.daysDat(-r.inDays)) : t.reminders.renewalAhead(f.date(r.on), f.daysDat(r.inDays));
      if (!r.passed && r.noticeBy) {
        const noticeIn = daysBetween(asOf, r.noticeBy);
        text += ` ${noticeIn >= 0 ? t.reminders.noticeAhead(f.date(r.noticeBy), f.daysDat(noticeIn)) : t.reminders.noticePassed(f.date(r.noticeBy))}`;
      }
      reminders.push({ kind: r.kind, text });
    } else {
      reminders.push({ kind: r.kind, text: t.reminders.anniversary(f.years(r.years), f.date(r.on), f.daysDat(r.inDays)) });
    }
  }
  const nextYears = fullYears(since, asOf) + 1;
  const openPoints: ReportOpenPoints = {
    issues: allIssues.filter((i) => i.status === 'open'),
    reminders,
    agreements: ofKind(inPeriod, 'milestone')
      .filter((m) => m.milestoneType === 'contract_change' || m.milestoneType === 'renewal')
      .map((m) => ({ date: m.occurredOn.slice(0, 10), title: m.title, detail: clip(m.body, 400) })),
    nextAnniversary: since <= asOf ? { on: anniversaryOn(since, nextYears), years: nextYears } : null,
  };

  const base: Omit<ReportData, 'talkingPoints'> = {
    version: REPORT_DATA_VERSION,
    lang,
    sections: normaliseSections(input.sections, input.preset),
    today,
    asOf,
    period,
    agencyName: input.agencyName,
    client: {
      id: client.id,
      name: client.name,
      since,
      owner: client.owner,
      status: client.status,
      contractValue: client.contractValue,
      currency: client.currency,
      renewalDate: client.renewalDate,
      noticeDays: client.noticeDays,
      cadenceIdealDays: client.cadenceIdealDays,
      cadenceMaxDays: client.cadenceMaxDays,
    },
    glance,
    health,
    nev,
    highlights: { items: selectHighlights(inPeriod, input.reference, mass), consideredEvents: inPeriod.length },
    issues,
    appreciation,
    openPoints,
    contributors: contributorsOf(input.contributors ?? [], lang),
  };
  return { ...base, talkingPoints: deriveTalkingPoints(base) };
}


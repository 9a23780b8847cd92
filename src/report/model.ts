// The report as plain data: everything the document shows, already computed and chosen, so rendering
// is a pure function of this object (and this object can be inspected, cached or tested on its own).
// Ledger text (titles, bodies, resolutions, names) is carried verbatim; derived sentences are already
// in the report's language.
import type { EventKind } from '../contract/events.ts';
import type { Locale } from '../contract/primitives.ts';
import type { HealthRule } from '../contract/health.ts';
import type { ReportContributor } from '../contract/report.ts';
import type { Band } from '../domain/health/bands.ts';
import type { GestureClass } from '../domain/appreciation/gestures.ts';
import type { FactorKey } from '../domain/health/weights.ts';
import type { ReportSection } from './sections.ts';

export const REPORT_DATA_VERSION = 1;

/** Why the period starts where it does. */
export type PeriodBasis = 'lastRenewal' | 'relationship' | 'custom';

export interface ReportPeriod {
  from: string;
  to: string;
  basis: PeriodBasis;
  /** The renewal milestone the period starts at, when `basis` is `lastRenewal`. */
  renewalOn: string | null;
}

export interface ReportClient {
  id: number;
  name: string;
  since: string;
  owner: string | null;
  status: 'active' | 'paused' | 'archived';
  contractValue: number | null;
  currency: string;
  renewalDate: string | null;
  noticeDays: number | null;
  cadenceIdealDays: number;
  cadenceMaxDays: number;
}

export interface ReportContact {
  name: string;
  role: string | null;
  /** Motivator labels in the report's language. */
  motivators: string[];
  /** Events in the period this person took part in. */
  eventsInPeriod: number;
}

export interface Glance {
  yearsTogether: number;
  daysTogether: number;
  projects: { inPeriod: number; total: number; valueInPeriod: number; valueTotal: number };
  touchpoints: { inPeriod: number; personal: number; clientInitiated: number };
  eventsInPeriod: number;
  eventsTotal: number;
  crises: { total: number; resolved: number; open: number };
  misunderstandings: { total: number; resolved: number; open: number };
  /** Median days from occurrence to resolution over all resolved crises and misunderstandings. */
  medianDaysToResolve: number | null;
  lastPersonalContact: { on: string; days: number } | null;
  /** Personal contact against the relationship's cadence, as of the period's end. */
  keepInTouch: { state: 'ok' | 'due' | 'overdue'; days: number; ideal: number; max: number };
  renewal: { on: string; inDays: number; noticeBy: string | null; noticeInDays: number | null } | null;
  contacts: ReportContact[];
}

export interface ReportFactor {
  key: FactorKey;
  /** 0 … 1, 1 best. */
  value: number;
  weight: number;
  /** Share of the score (one decimal). */
  points: number;
  noData: boolean;
  /** What the factor measured (days, NEV, open issues, credit, hours), or null without data. */
  amount: number | null;
  sentence: string;
}

/** A severe signal (src/domain/health/rules.ts) as the engine sends it, with its Glasl stage's name in the report's language. */
export type ReportHealthRule = HealthRule & { stageLabel: string | null };

export interface ReportHealth {
  /** The weighted score, capped by the rules that hold. */
  score: number;
  band: Band;
  bandLabel: string;
  /** What the factors add up to before the rules: above `score` when a rule capped it. */
  weightedScore: number;
  /** The severe signals that hold, the strongest cap first: the first is the primary driver. Worded by the PDF. */
  rules: ReportHealthRule[];
  factors: ReportFactor[];
}

export interface ReportNevMonth {
  /** `YYYY-MM`. */
  month: string;
  value: number | null;
  rolling: number | null;
  events: number;
}

export interface ReportNev {
  months: ReportNevMonth[];
  rollingMonths: number;
  /** The pooled NEV over the period, or null when nothing was observed. */
  periodValue: number | null;
  /** Observed emotions in the period. */
  emotions: number;
  clusters: { key: string; label: string; valence: number; count: number }[];
  /** The emotions seen most often in the period, with their cluster's sign. */
  topEmotions: { label: string; valence: number; count: number }[];
  /** Pooled NEV of the last three months up to the period's end, and of the three months before. */
  recentValue: number | null;
  previousValue: number | null;
}

export interface Highlight {
  date: string;
  kind: EventKind;
  /** A finer tag: the milestone type or the gesture class, when there is one. */
  tag: string | null;
  title: string;
  detail: string | null;
  /** A project's value, in the client's currency. */
  value: number | null;
}

export interface ReportIssue {
  kind: 'crisis' | 'misunderstanding';
  title: string;
  body: string | null;
  occurredOn: string;
  status: 'open' | 'resolved';
  resolvedOn: string | null;
  resolution: string | null;
  /** Days to resolution, or days open so far. */
  days: number;
  glaslStage: number | null;
  glaslLabel: string | null;
  /** The fitting intervention for the stage (reference data), for open crises. */
  intervention: string | null;
  causes: string[];
  ourUnderstanding: string | null;
  theirUnderstanding: string | null;
}

export interface ReportIssues {
  /** Shown in full: every open issue and the most recent resolved ones, oldest first. */
  items: ReportIssue[];
  /** Older resolved issues of the period, one line each, oldest first. */
  more: ReportIssue[];
  /** Resolved issues beyond both lists. */
  omitted: number;
  /** Over all the period's issues. */
  resolved: number;
  open: number;
  medianDays: number | null;
  fastestDays: number | null;
  slowestDays: number | null;
}

export type TallyKey = 'personalUnscheduled' | 'personalScheduled' | 'routine' | 'mass' | 'received';

export interface ReportGesture {
  date: string;
  title: string;
  gesture: string;
  cls: GestureClass;
  note: string | null;
}

export interface ReportAppreciation {
  tally: Record<TallyKey, number>;
  /** The last 180 days (the rules' window), for the "mostly routine lately" prompt. */
  recent: { windowDays: number; shown: number; personal: number; routine: number; mass: number; received: number };
  ladder: {
    stage: number;
    label: string;
    reason: string;
    next: { stage: number; label: string; needs: string } | null;
    stages: { stage: number; label: string }[];
  };
  lastPersonal: { on: string; days: number } | null;
  gestures: ReportGesture[];
  /** Routine and mass gestures in the period: summarised, not listed. */
  notListed: number;
  /** Personal or received gestures beyond the list's length (the most recent are listed). */
  omitted: number;
}

export interface ReportReminder {
  kind: 'keep-in-touch' | 'appreciation-due' | 'renewal' | 'anniversary';
  text: string;
}

export interface ReportAgreement {
  date: string;
  title: string;
  detail: string | null;
}

export interface ReportOpenPoints {
  issues: ReportIssue[];
  reminders: ReportReminder[];
  agreements: ReportAgreement[];
  nextAnniversary: { on: string; years: number } | null;
}

export interface TalkingPoint {
  key: string;
  topic: string;
  text: string;
}

/** A person in the appendix's "who contributed", with their stamps as calendar days. */
export type Contributor = Omit<ReportContributor, 'firstAt' | 'lastAt'> & {
  /** `YYYY-MM-DD` on this computer's calendar, like `today`: the day of their first and of their last stamp. */
  firstOn: string;
  lastOn: string;
};

export interface ReportData {
  version: typeof REPORT_DATA_VERSION;
  lang: Locale;
  sections: ReportSection[];
  /** The day the report was made. */
  today: string;
  /** The day the figures are computed for: the period's end. */
  asOf: string;
  period: ReportPeriod;
  agencyName: string | null;
  client: ReportClient;
  glance: Glance;
  health: ReportHealth;
  nev: ReportNev;
  highlights: { items: Highlight[]; consideredEvents: number };
  issues: ReportIssues;
  appreciation: ReportAppreciation;
  openPoints: ReportOpenPoints;
  talkingPoints: TalkingPoint[];
  /**
   * The appendix: who wrote or changed this client's records, most events first. Empty on a ledger file
   * (one writer), and then the appendix is left out.
   */
  contributors: Contributor[];
}

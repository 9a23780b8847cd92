// The renewal report: which sections exist and what a caller may ask for.
import { z } from 'zod';
import { HealthBand } from './health.ts';
import { Id, IsoDate, Locale, Timestamp } from './primitives.ts';

/** The sections a renewal report can hold, in the order they appear. */
export const REPORT_SECTIONS = [
  'cover', 'glance', 'health', 'nev', 'highlights', 'crises', 'appreciation', 'openPoints', 'motivators', 'emotions', 'talkingPoints',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/**
 * Sections for the agency's own preparation, not for the client's eyes: what moves each contact, the
 * emotions counted one by one ("verärgert 8"), and the talking points. They come last, on pages of their
 * own whose header marks them internal, so they can be taken out of a printout.
 */
export const INTERNAL_SECTIONS = ['motivators', 'emotions', 'talkingPoints'] as const satisfies readonly ReportSection[];
export const isInternalSection = (s: ReportSection): boolean => (INTERNAL_SECTIONS as readonly ReportSection[]).includes(s);

/**
 * Who a report is for. `client`: a report that may leave the house, without the internal sections (the
 * default: a report handed over must be safe without anyone thinking of it). `internal`: everything.
 */
export const REPORT_PRESETS = ['client', 'internal'] as const;
export type ReportPreset = (typeof REPORT_PRESETS)[number];
export const PRESET_SECTIONS: Readonly<Record<ReportPreset, readonly ReportSection[]>> = {
  client: REPORT_SECTIONS.filter((s) => !isInternalSection(s)),
  internal: REPORT_SECTIONS,
};

/** The preset a choice of sections amounts to (order and repeats do not matter), else `custom`. */
export function presetOf(sections: readonly ReportSection[]): ReportPreset | 'custom' {
  const chosen = new Set(sections);
  const same = (list: readonly ReportSection[]) => list.length === chosen.size && list.every((s) => chosen.has(s));
  return REPORT_PRESETS.find((p) => same(PRESET_SECTIONS[p])) ?? 'custom';
}

export const ReportRequest = z
  .strictObject({
    clientId: Id,
    lang: Locale,
    /** First day of the period; default: the last renewal, else the start of the relationship. */
    from: IsoDate.optional(),
    /** Last day of the period; default: today. Health and trends are computed as of this day. */
    to: IsoDate.optional(),
    /** The sections to include (canonical order is kept); default: the preset's. */
    sections: z.array(z.enum(REPORT_SECTIONS)).max(REPORT_SECTIONS.length).optional(),
    /** Who the report is for, when `sections` is not given; default: `client` (no internal sections). */
    preset: z.enum(REPORT_PRESETS).optional(),
    /** The report's "today" (`YYYY-MM-DD`); default: the dispatcher's clock. For tests and reproducible output. */
    today: IsoDate.optional(),
  })
  .refine((r) => r.from === undefined || r.to === undefined || r.from <= r.to, {
    message: 'The period cannot end before it starts.',
    path: ['to'],
  })
  .refine((r) => r.preset === undefined || r.sections === undefined || r.sections.length === 0, {
    message: 'Choose a preset or sections, not both.',
    path: ['preset'],
  });
export type ReportRequest = z.input<typeof ReportRequest>;

/**
 * Export: the engine renders, then asks the caller's save target where to write (the desktop shell shows
 * a save dialog; the CLI passes --out). The page never names a path.
 */
export const ReportExportResult = z.strictObject({
  saved: z.boolean(),
  fileName: z.string(),
  pages: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});

/** Why the period starts where it does: the last renewal, the start of the relationship, or the caller's day. */
export const PERIOD_BASES = ['lastRenewal', 'relationship', 'custom'] as const;

const Count = z.number().int().nonnegative();
/** Days, possibly a median of an even count (x.5). */
const Days = z.number().nonnegative();
/** Ledger text as the report shows it, shortened for a one-line preview. */
const Line = z.string().max(400);

const ReportPeriodPreview = z.strictObject({
  from: IsoDate,
  to: IsoDate,
  basis: z.enum(PERIOD_BASES),
  /** The renewal milestone the period starts at, when `basis` is `lastRenewal`. */
  renewalOn: IsoDate.nullable(),
});

const section = <S extends ReportSection, T extends z.ZodRawShape>(name: S, shape: T) =>
  z.strictObject({ section: z.literal(name), hasContent: z.boolean(), ...shape });

/**
 * What one section of the PDF will hold, in a few key figures. `hasContent: false` means the PDF prints
 * the section's "nothing recorded" note.
 */
export const ReportSectionPreview = z.discriminatedUnion('section', [
  section('cover', { agencyName: z.string().nullable(), owner: z.string().nullable(), renewalDate: IsoDate.nullable() }),
  section('glance', {
    yearsTogether: Count, eventsInPeriod: Count, eventsTotal: Count, projectsInPeriod: Count, touchpointsInPeriod: Count,
  }),
  section('health', { score: z.number().min(0).max(100), band: HealthBand, bandLabel: Line }),
  section('nev', { periodValue: z.number().nullable(), emotions: Count, months: Count }),
  section('highlights', { count: Count, considered: Count, titles: z.array(Line).max(3) }),
  section('crises', { shown: Count, resolved: Count, open: Count, medianDays: Days.nullable() }),
  section('appreciation', {
    shown: Count, personal: Count, received: Count, ladderStage: Count, ladderLabel: Line,
  }),
  section('openPoints', { issues: Count, reminders: Count, agreements: Count }),
  section('motivators', { contacts: Count, withMotivators: Count }),
  section('emotions', { emotions: Count, negative: Count, topLabels: z.array(Line).max(3) }),
  section('talkingPoints', { count: Count, lines: z.array(z.strictObject({ topic: Line, text: Line })).max(3) }),
]);
export type ReportSectionPreview = z.output<typeof ReportSectionPreview>;

/** `report:preview`: what the PDF for a request will contain, from the same data the PDF is built from. */
export const ReportPreview = z.strictObject({
  clientId: Id,
  clientName: z.string(),
  lang: Locale,
  /** The report's "today" and the day its figures are computed for (the period's end, at most today). */
  today: IsoDate,
  asOf: IsoDate,
  period: ReportPeriodPreview,
  /** Where the period would start without a `from` (for the same end day), to offer "reset to default". */
  defaultPeriod: ReportPeriodPreview,
  /** The chosen sections in the PDF's order. */
  sections: z.array(ReportSectionPreview).max(REPORT_SECTIONS.length),
  /** The name the save dialog will suggest. */
  fileName: z.string(),
});
export type ReportPreview = z.output<typeof ReportPreview>;

/**
 * On the agency's shared ledger, one person who wrote or changed something for a client, as the connected
 * person may see it: the records they created (events up to the report's day, talk preps for those events,
 * contacts) and the first and last time they created or changed any of the client's records. A ledger file
 * has one writer and no such list. The ledger keeps who created a record and who changed it last, not every
 * change in between.
 */
export const ReportContributor = z.strictObject({
  login: z.string(),
  /** The team's display name; a person who has left the team keeps their login as name. */
  name: z.string(),
  events: Count,
  preps: Count,
  contacts: Count,
  firstAt: Timestamp,
  lastAt: Timestamp,
});
export type ReportContributor = z.output<typeof ReportContributor>;

/** The stages of an export, in order; `choosing` is the save dialog. */
export const REPORT_STAGES = ['gathering', 'layout', 'choosing', 'writing', 'done'] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

/** The `report:progress` push event: how far an export is. */
export const ReportProgress = z.strictObject({
  stage: z.enum(REPORT_STAGES),
  fraction: z.number().min(0).max(1),
});
export type ReportProgress = z.output<typeof ReportProgress>;

// The renewal report: which sections exist and what a caller may ask for.
import { z } from 'zod';
import { Id, IsoDate, Locale } from './primitives.ts';

/** The sections a renewal report can hold, in the order they appear. */
export const REPORT_SECTIONS = [
  'cover', 'glance', 'health', 'nev', 'highlights', 'crises', 'appreciation', 'openPoints', 'talkingPoints',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const ReportRequest = z
  .strictObject({
    clientId: Id,
    lang: Locale,
    /** First day of the period; default: the last renewal, else the start of the relationship. */
    from: IsoDate.optional(),
    /** Last day of the period; default: today. Health and trends are computed as of this day. */
    to: IsoDate.optional(),
    /** The sections to include (canonical order is kept); default: all. */
    sections: z.array(z.enum(REPORT_SECTIONS)).max(REPORT_SECTIONS.length).optional(),
    /** The report's "today" (`YYYY-MM-DD`); default: the dispatcher's clock. For tests and reproducible output. */
    today: IsoDate.optional(),
  })
  .refine((r) => r.from === undefined || r.to === undefined || r.from <= r.to, {
    message: 'The period cannot end before it starts.',
    path: ['to'],
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

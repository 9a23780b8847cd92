// What a caller asks for: a strict zod schema, so the IPC channel and the CLI command that come later
// validate a report request exactly like every other input (pure: zod and the contract only).
import { z } from 'zod';
import { Id, IsoDate, Locale } from '../contract/primitives.ts';
import { REPORT_SECTIONS } from './sections.ts';

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

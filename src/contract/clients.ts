import { z } from 'zod';
import { Id, IsoDate, LIMITS, optionalText, patchText, text, Timestamp } from './primitives.ts';

export const CLIENT_STATUSES = ['active', 'paused', 'archived'] as const;
export const ClientStatus = z.enum(CLIENT_STATUSES);

const Cadence = {
  cadenceIdealDays: z.number().int().min(1).max(730),
  cadenceMaxDays: z.number().int().min(1).max(1460),
};

// No defaults here: zod applies defaults even inside .partial(), and a patch must leave
// unmentioned fields alone. Defaults belong to creation only (below).
const ClientShape = {
  name: text(LIMITS.name, 1),
  since: IsoDate,
  owner: patchText(LIMITS.name),
  status: ClientStatus,
  contractValue: z.number().int().min(0).max(1_000_000_000).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'A three-letter currency code, e.g. EUR.'),
  renewalDate: IsoDate.nullable(),
  noticeDays: z.number().int().min(0).max(730).nullable(),
  cadenceIdealDays: Cadence.cadenceIdealDays,
  cadenceMaxDays: Cadence.cadenceMaxDays,
  notes: patchText(LIMITS.longText),
};

const ClientFields = z.strictObject({
  ...ClientShape,
  owner: optionalText(LIMITS.name),
  notes: optionalText(LIMITS.longText),
  status: ClientShape.status.default('active'),
  contractValue: ClientShape.contractValue.default(null),
  currency: ClientShape.currency.default('EUR'),
  renewalDate: ClientShape.renewalDate.default(null),
  noticeDays: ClientShape.noticeDays.default(null),
  cadenceIdealDays: ClientShape.cadenceIdealDays.optional(),
  cadenceMaxDays: ClientShape.cadenceMaxDays.optional(),
});

const cadenceOrdered = (c: { cadenceIdealDays?: number | undefined; cadenceMaxDays?: number | undefined }) =>
  c.cadenceIdealDays === undefined || c.cadenceMaxDays === undefined || c.cadenceMaxDays >= c.cadenceIdealDays;
const cadenceIssue = { message: 'The maximum must not be shorter than the ideal.', path: ['cadenceMaxDays'] };

export const ClientCreateInput = ClientFields.refine(cadenceOrdered, cadenceIssue);
export type ClientCreateInput = z.input<typeof ClientCreateInput>;

export const ClientUpdateInput = z.strictObject({
  id: Id,
  patch: z.strictObject(ClientShape).partial().refine(cadenceOrdered, cadenceIssue),
  /** The version the form loaded: CONFLICT when the client changed since (nothing written). */
  expectedUpdatedAt: Timestamp.optional(),
});
export type ClientUpdateInput = z.input<typeof ClientUpdateInput>;

export const Client = z.strictObject({
  id: Id,
  name: z.string(),
  since: z.string(),
  owner: z.string().nullable(),
  status: ClientStatus,
  contractValue: z.number().int().nullable(),
  currency: z.string(),
  renewalDate: z.string().nullable(),
  noticeDays: z.number().int().nullable(),
  cadenceIdealDays: z.number().int(),
  cadenceMaxDays: z.number().int(),
  notes: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Client = z.infer<typeof Client>;

/** A row of the clients list: the client plus what the list shows at a glance. */
export const ClientSummary = Client.extend({
  eventCount: z.number().int().nonnegative(),
  openCrises: z.number().int().nonnegative(),
  lastPersonalContact: z.string().nullable(),
});
export type ClientSummary = z.infer<typeof ClientSummary>;

export const ClientListInput = z.strictObject({
  includeArchived: z.boolean().default(false),
});

export const ByIdInput = z.strictObject({ id: Id });
export const Deleted = z.strictObject({ id: Id });

import { z } from 'zod';
import { Id, IsoDate, LIMITS, optionalText, patchText, text, Timestamp } from './primitives.ts';

export const ImportantDate = z.strictObject({
  label: text(LIMITS.title, 1),
  date: IsoDate,
  /** Recurs every year (birthdays, company anniversaries). */
  yearly: z.boolean().default(true),
});

// No defaults in the shape: a patch must leave unmentioned fields alone (zod applies defaults inside .partial()).
const ContactShape = {
  name: text(LIMITS.name, 1),
  role: patchText(LIMITS.name),
  email: patchText(LIMITS.name),
  phone: patchText(LIMITS.name),
  personalNotes: patchText(LIMITS.longText),
  importantDates: z.array(ImportantDate).max(50),
  motivators: z.array(z.string().min(1).max(64)).max(10),
};

export const ContactCreateInput = z.strictObject({
  clientId: Id,
  ...ContactShape,
  role: optionalText(LIMITS.name),
  email: optionalText(LIMITS.name),
  phone: optionalText(LIMITS.name),
  personalNotes: optionalText(LIMITS.longText),
  importantDates: ContactShape.importantDates.default([]),
  motivators: ContactShape.motivators.default([]),
});
export type ContactCreateInput = z.input<typeof ContactCreateInput>;
/** `expectedUpdatedAt` as for events: CONFLICT when the contact changed since the form loaded it. */
export const ContactUpdateInput = z.strictObject({ id: Id, patch: z.strictObject(ContactShape).partial(), expectedUpdatedAt: Timestamp.optional() });
export type ContactUpdateInput = z.input<typeof ContactUpdateInput>;

export const Contact = z.strictObject({
  id: Id,
  clientId: Id,
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  personalNotes: z.string().nullable(),
  importantDates: z.array(z.strictObject({ label: z.string(), date: z.string(), yearly: z.boolean() })),
  motivators: z.array(z.string()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Contact = z.infer<typeof Contact>;

export const ContactListInput = z.strictObject({ clientId: Id });

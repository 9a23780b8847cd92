// The contact form's values, the patch of an edit (only what changed), the client-side rules, and the next
// occurrence of an important date.
import type { Contact, ContactCreateInput, ContactUpdateInput } from '../../../../src/contract/contacts.ts';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { anniversaryOn, daysBetween, fullYears } from '../../../../src/domain/dates.ts';
import type { Messages } from '../../i18n/messages.ts';
import { textLength, tooLong } from '../EventEditor/formKit.tsx';

export interface ImportantDateValue {
  label: string;
  date: string | null;
  yearly: boolean;
}

export interface ContactFormValues {
  name: string;
  role: string;
  email: string;
  phone: string;
  personalNotes: string;
  importantDates: ImportantDateValue[];
  motivators: string[];
}

export const emptyContact = (): ContactFormValues => ({
  name: '', role: '', email: '', phone: '', personalNotes: '', importantDates: [], motivators: [],
});

export const valuesFromContact = (c: Contact): ContactFormValues => ({
  name: c.name,
  role: c.role ?? '',
  email: c.email ?? '',
  phone: c.phone ?? '',
  personalNotes: c.personalNotes ?? '',
  importantDates: c.importantDates.map((d) => ({ label: d.label, date: d.date, yearly: d.yearly })),
  motivators: [...c.motivators],
});

const orNull = (s: string): string | null => (s.trim() ? s.trim() : null);
const dates = (v: ContactFormValues) =>
  v.importantDates.map((d) => ({ label: d.label.trim(), date: d.date ?? '', yearly: d.yearly }));

export function toCreateInput(clientId: number, v: ContactFormValues): ContactCreateInput {
  return {
    clientId,
    name: v.name.trim(),
    role: orNull(v.role),
    email: orNull(v.email),
    phone: orNull(v.phone),
    personalNotes: orNull(v.personalNotes),
    importantDates: dates(v),
    motivators: v.motivators,
  };
}

/** Only the fields that changed: the patch leaves everything else as it is. */
export function toPatch(initial: ContactFormValues, v: ContactFormValues): ContactUpdateInput['patch'] {
  const patch: ContactUpdateInput['patch'] = {};
  if (v.name.trim() !== initial.name.trim()) patch.name = v.name.trim();
  for (const field of ['role', 'email', 'phone', 'personalNotes'] as const) {
    if (orNull(v[field]) !== orNull(initial[field])) patch[field] = orNull(v[field]);
  }
  if (JSON.stringify(dates(v)) !== JSON.stringify(dates(initial))) patch.importantDates = dates(v);
  const sorted = (a: string[]) => [...a].sort().join('|');
  if (sorted(v.motivators) !== sorted(initial.motivators)) patch.motivators = v.motivators;
  return patch;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateContact(v: ContactFormValues, t: Messages, num: (n: number) => string): Partial<Record<string, string>> {
  const e = t.editor.errors;
  const errors: Partial<Record<string, string>> = {};
  if (!textLength(v.name)) errors.name = t.contacts.nameRequired;
  else if (tooLong(t, num, v.name, LIMITS.name)) errors.name = e.tooLong(num(LIMITS.name));
  for (const field of ['role', 'email', 'phone'] as const) {
    const message = tooLong(t, num, v[field], LIMITS.name);
    if (message) errors[field] = message;
  }
  if (!errors.email && v.email.trim() && !EMAIL.test(v.email.trim())) errors.email = e.email;
  const notes = tooLong(t, num, v.personalNotes, LIMITS.longText);
  if (notes) errors.personalNotes = notes;
  if (v.importantDates.length > 50) errors.importantDates = e.tooMany(num(50));
  v.importantDates.forEach((d, i) => {
    if (!textLength(d.label)) errors[`importantDates.${i}.label`] = t.contacts.occasionRequired;
    else if (tooLong(t, num, d.label, LIMITS.title)) errors[`importantDates.${i}.label`] = e.tooLong(num(LIMITS.title));
    if (!d.date) errors[`importantDates.${i}.date`] = e.dateRequired;
  });
  return errors;
}

/** Engine path → form path (the form's lists have the same order as what was sent). */
export function contactFormPath(path: string): string | null {
  const [head, index, leaf] = path.split('.');
  switch (head) {
    case 'name': case 'role': case 'email': case 'phone': case 'personalNotes': case 'motivators':
      return head;
    case 'importantDates':
      return index !== undefined && (leaf === 'label' || leaf === 'date') ? `importantDates.${index}.${leaf}` : 'importantDates';
    default:
      return null;
  }
}

/**
 * When an important date comes next: for a yearly one the next anniversary on or after today (29 February
 * falls on 1 March in common years), otherwise the date itself. `days` is negative for a past one-off.
 */
export function nextOccurrence(date: string, yearly: boolean, today: string): { on: string; days: number } {
  if (!yearly || date >= today) return { on: date, days: daysBetween(today, date) };
  let years = fullYears(date, today);
  let on = anniversaryOn(date, years);
  if (on < today) on = anniversaryOn(date, ++years);
  return { on, days: daysBetween(today, on) };
}

// The words of an import report, in the user's language: a reason names the field ("since: …") and says
// what is wrong. English keeps the field keys the CLI's --map uses; German uses the field's German name.
// Messages that come from the shared zod schemas are translated where known and otherwise kept.
import type { ImportField } from '../contract/import.ts';

export type ValueProblem = 'ambiguousDate' | 'notDate' | 'notKind' | 'notChannel' | 'notAmount';

const en = {
  field: (f: ImportField) => f as string,
  value: {
    ambiguousDate: (v: string) => `"${v}" could be month/day or day/month; write it as YYYY-MM-DD`,
    notDate: (v: string) => `"${v}" is not a date (YYYY-MM-DD, DD.MM.YYYY or MM/DD/YYYY)`,
    notKind: (v: string) => `"${v}" is not a kind an import can create (touchpoint, project, milestone, or an activity type such as call, meeting, email)`,
    notChannel: (v: string) => `"${v}" is not a channel (call, meeting, video, mail, message, visit, other)`,
    notAmount: (v: string) => `"${v}" is not a whole amount`,
  } satisfies Record<ValueProblem, (v: string) => string>,
  noYear: (v: string) => `"${v}" has no year`,
  required: 'this field is required',
  noClient: 'no client for this line (map a client column or choose a client)',
  clientExists: 'already in the ledger',
  contactExists: 'already in the ledger for this client',
  eventExists: 'already in the timeline (same day and title)',
  settingsKept: "the agency's settings stay as they are",
  notYourClient: 'not one of your clients; only an owner of the agency\'s ledger adds clients',
  sameAs: (line: number) => `the same as line ${line}`,
  zod: {} as Record<string, string>,
};

const FIELDS_DE: Record<ImportField, string> = {
  client: 'Kunde', since: 'Kunde seit', owner: 'Betreuung', renewalDate: 'Verlängerung', contractValue: 'Vertragswert',
  currency: 'Währung', notes: 'Notizen', name: 'Name', firstName: 'Vorname', lastName: 'Nachname', role: 'Rolle',
  email: 'E-Mail', phone: 'Telefon', birthday: 'Geburtstag', date: 'Datum', kind: 'Art', title: 'Titel',
  description: 'Beschreibung', channel: 'Kanal',
};

const de: typeof en = {
  field: (f) => FIELDS_DE[f],
  value: {
    ambiguousDate: (v) => `„${v}“ kann Monat/Tag oder Tag/Monat sein; bitte als JJJJ-MM-TT schreiben`,
    notDate: (v) => `„${v}“ ist kein Datum (JJJJ-MM-TT, TT.MM.JJJJ oder MM/TT/JJJJ)`,
    notKind: (v) => `„${v}“ ist keine Art, die ein Import anlegen kann (Kontakt, Projekt, Meilenstein oder eine Aktivität wie Anruf, Termin, E-Mail)`,
    notChannel: (v) => `„${v}“ ist kein Kanal (Telefonat, Termin, Video, Mail, Nachricht, Besuch, Sonstiges)`,
    notAmount: (v) => `„${v}“ ist kein ganzer Betrag`,
  },
  noYear: (v) => `„${v}“ hat kein Jahr`,
  required: 'dieses Feld ist nötig',
  noClient: 'kein Kunde für diese Zeile (ordnen Sie eine Kundenspalte zu oder wählen Sie einen Kunden)',
  clientExists: 'schon im Ledger',
  contactExists: 'bei diesem Kunden schon im Ledger',
  eventExists: 'schon in der Zeitleiste (gleicher Tag und Titel)',
  settingsKept: 'die Einstellungen der Agentur bleiben, wie sie sind',
  notYourClient: 'nicht einer Ihrer Kunden; neue Kunden legt nur eine Inhaberin oder ein Inhaber des Beziehungsbuchs der Agentur an',
  sameAs: (line) => `dasselbe wie Zeile ${line}`,
  zod: {
    'This field is required.': 'dieses Feld ist nötig',
    'This day does not exist.': 'diesen Tag gibt es nicht',
    'The year is out of range.': 'das Jahr liegt außerhalb des Bereichs',
    'Use the form YYYY-MM-DD.': 'bitte im Format JJJJ-MM-TT',
    'A three-letter currency code, e.g. EUR.': 'ein Währungscode aus drei Buchstaben, z. B. EUR',
  },
};

export type PlanTexts = typeof en;
export const PLAN_TEXTS: Record<'de' | 'en', PlanTexts> = { de, en };

/** A zod message in the texts' language: known ones translated, "At most N characters." too. */
export function zodMessage(texts: PlanTexts, message: string): string {
  const known = texts.zod[message];
  if (known) return known;
  const most = /^At most (\d+) characters\.$/.exec(message);
  if (most && texts === de) return `höchstens ${most[1]} Zeichen`;
  return message;
}

// Which Rapport field each source column feeds. Column names of common CRM exports (HubSpot, Pipedrive,
// Salesforce) and plain English/German headers are recognised case-, space- and punctuation-insensitively;
// whatever is not recognised stays "unknown" for the user to map or ignore, never silently dropped.
// A mapping is an array aligned with the header array, so a header is never used as an object key.

import { ALL_FIELDS, IMPORT_TARGETS, TARGET_FIELDS, type ColumnMapping, type ImportField, type ImportTarget } from '../contract/import.ts';

export { ALL_FIELDS, IMPORT_TARGETS, TARGET_FIELDS, type ColumnMapping, type ImportField, type ImportTarget };

/** Lower case, without spaces, dashes, dots, underscores; umlauts folded so "E-Mail" = "email", "Straße" ~ "strasse". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\s\-_.:/()#]+/g, '');
}

const CLIENT_NAMES = [
  'client', 'clientname', 'customer', 'customername', 'company', 'companyname', 'associatedcompany',
  'accountname', 'account', 'organization', 'organisation', 'organizationname', 'organisationname',
  'personorganization', 'dealorganization', 'firma', 'firmenname', 'unternehmen', 'kunde', 'kundenname', 'organisation',
];

const ALIASES: Record<ImportTarget, Partial<Record<ImportField, readonly string[]>>> = {
  client: {
    client: [...CLIENT_NAMES, 'name'],
    since: ['since', 'clientsince', 'customersince', 'kundeseit', 'seit', 'createdate', 'createddate', 'organizationaddtime', 'beginn', 'start'],
    owner: ['owner', 'companyowner', 'accountowner', 'organizationowner', 'owneremail', 'betreuer', 'betreuerin', 'verantwortlich', 'accountmanager'],
    renewalDate: ['renewaldate', 'renewal', 'contractend', 'contractenddate', 'verlangerung', 'verlangerungsdatum', 'vertragsende'],
    contractValue: ['contractvalue', 'vertragswert', 'annualcontractvalue'],
    currency: ['currency', 'wahrung'],
    notes: ['notes', 'note', 'notecontent', 'description', 'comments', 'notizen', 'notiz', 'beschreibung', 'bemerkung', 'bemerkungen'],
  },
  contact: {
    client: CLIENT_NAMES,
    name: ['name', 'fullname', 'personname', 'contactname', 'ansprechpartner', 'ansprechpartnerin', 'kontakt', 'kontaktname', 'vollername'],
    firstName: ['firstname', 'givenname', 'personfirstname', 'vorname'],
    lastName: ['lastname', 'surname', 'familyname', 'personlastname', 'nachname'],
    role: ['role', 'jobtitle', 'title', 'position', 'personjobtitle', 'rolle', 'funktion', 'berufsbezeichnung'],
    email: ['email', 'emailaddress', 'personemail', 'mail', 'emailadresse', 'workemail'],
    phone: ['phone', 'phonenumber', 'personphone', 'mobilephone', 'mobilephonenumber', 'mobile', 'telefon', 'telefonnummer', 'tel', 'mobil', 'handy'],
    birthday: ['birthday', 'birthdate', 'dateofbirth', 'geburtstag', 'geburtsdatum'],
    notes: ['notes', 'note', 'notecontent', 'description', 'comments', 'notizen', 'notiz', 'beschreibung', 'bemerkung', 'bemerkungen'],
  },
  event: {
    client: CLIENT_NAMES,
    date: ['date', 'activitydate', 'activityduedate', 'duedate', 'eventdate', 'occurredon', 'datum', 'termin'],
    kind: ['kind', 'type', 'activitytype', 'eventtype', 'art', 'typ'],
    title: ['title', 'subject', 'activitysubject', 'titel', 'betreff'],
    description: ['description', 'notes', 'note', 'notecontent', 'activitynote', 'comments', 'body', 'text', 'beschreibung', 'notiz', 'notizen', 'bemerkung'],
    channel: ['channel', 'kanal'],
  },
};

/** The field a header feeds for this target, or null when it is not recognised. */
export function recognize(target: ImportTarget, header: string): ImportField | null {
  const key = normalizeHeader(header);
  for (const field of TARGET_FIELDS[target]) {
    if (ALIASES[target][field]?.includes(key)) return field;
  }
  return null;
}

const has = (keys: readonly string[], names: readonly string[]) => keys.some((k) => names.includes(k));

/** Which kind of records the headers describe: events (a date and a subject), contacts (a person), else clients. */
export function detectTarget(headers: readonly string[]): ImportTarget {
  const keys = headers.map(normalizeHeader);
  const ev = ALIASES.event;
  if (has(keys, ev.date!) && has(keys, ev.title!)) return 'event';
  const c = ALIASES.contact;
  // Phone is no sign of a person: company exports carry one too.
  const personish = [...c.firstName!, ...c.lastName!, ...c.email!, 'personname', 'contactname', 'fullname', 'ansprechpartner', 'jobtitle'];
  if (has(keys, personish)) return 'contact';
  return 'client';
}

/** The suggested mapping: each header's recognised field; a field is taken by its first column only. */
export function suggestMapping(target: ImportTarget, headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((h) => {
    const field = recognize(target, h);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** Headers nothing maps to (the user decides: map them or leave them out). */
export function unmappedHeaders(headers: readonly string[], mapping: ColumnMapping): { index: number; header: string }[] {
  return headers.flatMap((header, index) => (mapping[index] == null ? [{ index, header }] : []));
}

/** Problems with a mapping before any row is looked at: fields of another target, a field twice, a missing must. */
export function mappingProblems(target: ImportTarget, headers: readonly string[], mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  if (mapping.length !== headers.length) problems.push(`The mapping has ${mapping.length} columns, the file ${headers.length}.`);
  const allowed = TARGET_FIELDS[target] as readonly ImportField[];
  const seen = new Set<ImportField>();
  mapping.forEach((field, i) => {
    if (field === null) return;
    const header = headers[i] ?? `#${i + 1}`;
    if (!allowed.includes(field)) problems.push(`Column "${header}": ${field} is not a field of ${target}s.`);
    if (seen.has(field)) problems.push(`Column "${header}": ${field} is mapped twice.`);
    seen.add(field);
  });
  const must: Record<ImportTarget, ImportField[][]> = {
    client: [['client']],
    contact: [['name', 'firstName', 'lastName']],
    event: [['date'], ['title']],
  };
  for (const anyOf of must[target]) {
    if (!anyOf.some((f) => seen.has(f))) problems.push(`No column is mapped to ${anyOf.join(' / ')}.`);
  }
  return problems;
}

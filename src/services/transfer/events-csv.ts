// Timeline events as CSV for spreadsheets: one row per event, oldest first, headers and labels in the
// chosen language, every cell neutralised against formula injection, a UTF-8 BOM for Excel.
import type { Locale } from '../../contract/primitives.ts';
import { dict } from '../../report/i18n.ts';
import { readEventsForCsv, type EventExportRow } from '../../store/repositories/transfer.ts';
import { neutralizeFormula, toCsv } from '../../transfer/csv-write.ts';
import type { Session } from '../context.ts';
import { requireLedger } from '../context.ts';

const COLUMNS = [
  'date', 'client', 'kind', 'title', 'description', 'status', 'glaslStage', 'emotions', 'participants', 'rootCauses',
  'endsOn', 'outcome', 'value', 'resolvedOn', 'resolution', 'ourUnderstanding', 'theirUnderstanding',
  'gesture', 'direction', 'personalNote', 'ladderStage', 'channel', 'initiatedBy', 'responseHours', 'milestoneType',
] as const;
type Column = (typeof COLUMNS)[number];

const HEADERS: Record<Locale, Record<Column, string>> = {
  en: {
    date: 'Date', client: 'Client', kind: 'Kind', title: 'Title', description: 'Description', status: 'Status',
    glaslStage: 'Glasl stage', emotions: 'Emotions', participants: 'Participants', rootCauses: 'Root causes',
    endsOn: 'Ends on', outcome: 'Outcome', value: 'Value', resolvedOn: 'Resolved on', resolution: 'Resolution',
    ourUnderstanding: 'Our understanding', theirUnderstanding: 'Their understanding', gesture: 'Gesture',
    direction: 'Direction', personalNote: 'Personal note', ladderStage: 'Appreciation stage', channel: 'Channel',
    initiatedBy: 'Initiated by', responseHours: 'Response (hours)', milestoneType: 'Milestone type',
  },
  de: {
    date: 'Datum', client: 'Kunde', kind: 'Art', title: 'Titel', description: 'Beschreibung', status: 'Status',
    glaslStage: 'Glasl-Stufe', emotions: 'Emotionen', participants: 'Beteiligte', rootCauses: 'Ursachen',
    endsOn: 'Endet am', outcome: 'Ergebnis', value: 'Wert', resolvedOn: 'Gelöst am', resolution: 'Lösung',
    ourUnderstanding: 'Unser Verständnis', theirUnderstanding: 'Ihr Verständnis', gesture: 'Geste',
    direction: 'Richtung', personalNote: 'Persönliche Notiz', ladderStage: 'Wertschätzungsstufe', channel: 'Kanal',
    initiatedBy: 'Initiiert von', responseHours: 'Antwortzeit (Stunden)', milestoneType: 'Art des Meilensteins',
  },
};

const WORDS: Record<Locale, { shown: string; received: string; us: string; client: string }> = {
  en: { shown: 'shown', received: 'received', us: 'us', client: 'client' },
  de: { shown: 'gezeigt', received: 'erhalten', us: 'wir', client: 'Kunde' },
};

const lookup = (table: Record<string, string>, key: string | null): string => (key === null ? '' : table[key] ?? key);
const num = (n: number | null): string => (n === null ? '' : String(n));

function cells(e: EventExportRow, lang: Locale): Record<Column, string> {
  const d = dict(lang);
  const w = WORDS[lang];
  const label = (x: { label_en: string; label_de: string }) => (lang === 'de' ? x.label_de : x.label_en);
  return {
    date: e.occurred_on,
    client: e.client_name,
    kind: lookup(d.kinds, e.kind),
    title: e.title,
    description: e.body ?? '',
    status: e.status === null ? '' : lookup(d.status, e.status),
    glaslStage: num(e.glasl_stage),
    emotions: e.emotions.map((x) => `${label(x)} (${x.intensity})`).join('; '),
    participants: e.participants.join('; '),
    rootCauses: e.root_causes.map((x) => (x.note ? `${label(x)}: ${x.note}` : label(x))).join('; '),
    endsOn: e.ends_on ?? '',
    outcome: e.outcome ?? '',
    value: num(e.value),
    resolvedOn: e.resolved_on ?? '',
    resolution: e.resolution ?? '',
    ourUnderstanding: e.our_understanding ?? '',
    theirUnderstanding: e.their_understanding ?? '',
    gesture: e.gesture ?? '',
    direction: lookup({ shown: w.shown, received: w.received }, e.direction),
    personalNote: e.personal_note ?? '',
    ladderStage: num(e.ladder_stage),
    channel: lookup(d.channels, e.channel),
    initiatedBy: lookup({ us: w.us, client: w.client }, e.initiated_by),
    responseHours: num(e.response_hours),
    milestoneType: lookup(d.milestoneTypes, e.milestone_type),
  };
}

/** The CSV text (with BOM) and how many events it holds. */
export async function renderEventsCsv(session: Session, input: { clientId?: number | undefined; lang: Locale }): Promise<{ text: string; events: number }> {
  const rows = await readEventsForCsv(requireLedger(session).db, input.clientId);
  const table = [
    COLUMNS.map((c) => HEADERS[input.lang][c]),
    ...rows.map((e) => {
      const c = cells(e, input.lang);
      return COLUMNS.map((k) => neutralizeFormula(c[k]));
    }),
  ];
  // German spreadsheets split on `;` (the comma is their decimal mark); the import detects either.
  return { text: `\uFEFF${toCsv(table, input.lang === 'de' ? ';' : ',')}`, events: rows.length };
}

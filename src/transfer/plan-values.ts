// Turning a spreadsheet cell into a Rapport value: dates in the forms CRMs write, event kinds and channels
// in the words CRMs and people use. A value that could mean two things is refused with a reason, not guessed.
import type { TOUCHPOINT_CHANNELS } from '../contract/events.ts';

import type { ValueProblem } from './plan-texts.ts';

/** A value, or what is wrong with it (worded by the report in the user's language). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ValueProblem; raw: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = (problem: ValueProblem, raw: string): Parsed<never> => ({ ok: false, problem, raw: raw.trim() });
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * ISO (`2024-03-05`, also with a time after it), German `05.03.2024`, and slashed dates: `03/25/2024` is
 * US month/day (Salesforce), `25/03/2024` day/month; `03/04/2024` could be either and is refused.
 */
export function parseImportDate(raw: string): Parsed<string> {
  const v = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(v);
  if (m) return ok(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: .*)?$/.exec(v);
  if (m) return ok(`${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/.exec(v);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a <= 12 && b <= 12 && a !== b) return no('ambiguousDate', v);
    const [month, day] = a > 12 ? [b, a] : [a, b];
    return ok(`${m[3]}-${pad(month)}-${pad(day)}`);
  }
  return no('notDate', v);
}

export const CSV_EVENT_KINDS = ['touchpoint', 'project', 'milestone'] as const;
export type CsvEventKind = (typeof CSV_EVENT_KINDS)[number];
type Channel = (typeof TOUCHPOINT_CHANNELS)[number];

// CRM activity types are touchpoints on a channel; Rapport's own kind names in both languages too.
const KIND_WORDS: Record<string, { kind: CsvEventKind; channel?: Channel }> = {
  touchpoint: { kind: 'touchpoint' }, kontakt: { kind: 'touchpoint' }, activity: { kind: 'touchpoint' }, aktivitat: { kind: 'touchpoint' },
  task: { kind: 'touchpoint' }, aufgabe: { kind: 'touchpoint' },
  call: { kind: 'touchpoint', channel: 'call' }, anruf: { kind: 'touchpoint', channel: 'call' }, telefonat: { kind: 'touchpoint', channel: 'call' },
  meeting: { kind: 'touchpoint', channel: 'meeting' }, termin: { kind: 'touchpoint', channel: 'meeting' }, treffen: { kind: 'touchpoint', channel: 'meeting' },
  email: { kind: 'touchpoint', channel: 'mail' }, mail: { kind: 'touchpoint', channel: 'mail' },
  video: { kind: 'touchpoint', channel: 'video' }, videocall: { kind: 'touchpoint', channel: 'video' },
  message: { kind: 'touchpoint', channel: 'message' }, nachricht: { kind: 'touchpoint', channel: 'message' }, sms: { kind: 'touchpoint', channel: 'message' },
  visit: { kind: 'touchpoint', channel: 'visit' }, besuch: { kind: 'touchpoint', channel: 'visit' },
  project: { kind: 'project' }, projekt: { kind: 'project' },
  milestone: { kind: 'milestone' }, meilenstein: { kind: 'milestone' },
};

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s\-_]+/g, '');

/** A kind cell: empty means touchpoint; CRM activity types carry their channel. */
export function parseKind(raw: string): Parsed<{ kind: CsvEventKind; channel?: Channel }> {
  if (raw.trim() === '') return ok({ kind: 'touchpoint' });
  const hit = Object.prototype.hasOwnProperty.call(KIND_WORDS, fold(raw)) ? KIND_WORDS[fold(raw)] : undefined;
  if (hit) return ok(hit);
  return no('notKind', raw);
}

const CHANNEL_WORDS: Record<string, Channel> = {
  call: 'call', phone: 'call', anruf: 'call', telefon: 'call', telefonat: 'call',
  meeting: 'meeting', termin: 'meeting', treffen: 'meeting',
  video: 'video', videocall: 'video', mail: 'mail', email: 'mail',
  message: 'message', nachricht: 'message', chat: 'message', sms: 'message',
  visit: 'visit', besuch: 'visit', other: 'other', sonstiges: 'other', andere: 'other',
};

export function parseChannel(raw: string): Parsed<Channel | null> {
  if (raw.trim() === '') return ok(null);
  const hit = Object.prototype.hasOwnProperty.call(CHANNEL_WORDS, fold(raw)) ? CHANNEL_WORDS[fold(raw)] : undefined;
  return hit ? ok(hit) : no('notChannel', raw);
}

/** A whole amount: "12000", "12.000", "12,000", "12 000 €"; cents are refused rather than rounded. */
export function parseAmount(raw: string): Parsed<number> {
  const v = raw.replace(/[\s€$£]|EUR|USD|CHF|GBP/g, '');
  if (/^\d{1,3}([.,']\d{3})+$/.test(v) || /^\d+$/.test(v)) return ok(Number(v.replace(/[.,']/g, '')));
  return no('notAmount', raw);
}

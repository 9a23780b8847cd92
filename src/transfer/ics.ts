// iCalendar (RFC 5545) for reminders and renewal dates: all-day events, text escaped, lines folded at
// 75 octets (UTF-8, never inside a character), CRLF line ends. Pure.

export interface CalendarItem {
  /** Stable across exports of the same item, so a calendar app updates instead of duplicating. */
  uid: string;
  /** The day, `YYYY-MM-DD` (an all-day event). */
  day: string;
  summary: string;
  description?: string | null;
  categories?: readonly string[];
}

export interface Calendar {
  /** The product identifier (PRODID), e.g. "-//Rapport//Rapport 1.0//EN". */
  prodId: string;
  name: string;
  /** When the file is made (DTSTAMP of every event). */
  stamp: Date;
  items: readonly CalendarItem[];
}

/** TEXT escaping: backslash, semicolon, comma, and newlines as `\n` (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Fold one content line: at most 75 octets per physical line, continuation lines start with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; continuation lines 74 plus their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (iso: string) => iso.replaceAll('-', '');
const pad = (n: number) => String(n).padStart(2, '0');
const utcStamp = (d: Date) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;

/** The day after `iso` (an all-day event's DTEND is exclusive). */
function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The whole calendar as text. */
export function toIcs(calendar: Calendar): string {
  const stamp = utcStamp(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  for (const item of calendar.items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(item.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(item.day)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(item.day))}`,
      `SUMMARY:${escapeText(item.summary)}`,
    );
    if (item.description) lines.push(`DESCRIPTION:${escapeText(item.description)}`);
    if (item.categories && item.categories.length > 0) lines.push(`CATEGORIES:${item.categories.map(escapeText).join(',')}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).map((l) => `${l}\r\n`).join('');
}

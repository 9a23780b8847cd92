// The .ics export: a calendar parsed back (unfolded) has one VEVENT per reminder and renewal, all-day
// dates, stable UIDs, escaped text, and no physical line over 75 octets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoAgency } from '../../src/services/demo/index.ts';
import { escapeText, foldLine, toIcs } from '../../src/transfer/ics.ts';
import { expectOk, openTestLedger } from '../support/temp-ledger.ts';

const today = new Date('2026-11-22T12:00:00');
let t: Awaited<ReturnType<typeof openTestLedger>>;

beforeAll(async () => {
  t = await openTestLedger({ now: () => today, saveTarget: async (name) => ({ path: join(t.dir, name), replace: true }) });
  await buildDemoAgency(t.dispatcher, { lang: 'de', today });
}, 240_000);
afterAll(async () => t.cleanup());

/** Unfold (RFC 5545 3.1) and split into content lines. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

function events(ics: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') { out.push(current!); current = null; }
    else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i)] = line.slice(i + 1);
    }
  }
  return out;
}

describe('ics text', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a character, and unfolds to the same line', () => {
    const line = `SUMMARY:${'Grünwiese Ölmühle 😊 '.repeat(12)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes all-day events with an exclusive end, DTSTAMP and the text escaped', () => {
    const ics = toIcs({
      prodId: '-//Test//EN', name: 'T', stamp: new Date('2026-01-02T03:04:05Z'),
      items: [{ uid: 'x-1@rapport', day: '2026-12-31', summary: 'Müller; Söhne, "AG"', description: 'eins\nzwei \\ drei' }],
    });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const [e] = events(ics);
    expect(e).toMatchObject({
      UID: 'x-1@rapport', DTSTAMP: '20260102T030405Z', 'DTSTART;VALUE=DATE': '20261231', 'DTEND;VALUE=DATE': '20270101',
    });
    expect(unescape(e!.SUMMARY!)).toBe('Müller; Söhne, "AG"');
    expect(unescape(e!.DESCRIPTION!)).toBe('eins\nzwei \\ drei');
  });
});

describe('export:ics', () => {
  it('has one VEVENT per due reminder and per coming renewal, with stable UIDs', async () => {
    const result = expectOk(await t.dispatcher.call('export:ics', { lang: 'de' }));
    expect(result).toMatchObject({ saved: true, fileName: 'rapport-reminders-2026-11-22.ics' });
    const ics = readFileSync(join(t.dir, result.fileName), 'utf8');
    for (const physical of ics.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);

    const { clients } = expectOk(await t.dispatcher.call('portfolio:get', {}));
    const reminders = clients.flatMap((c) => c.reminders.filter((r) => r.kind !== 'renewal').map((r) => ({ c, r })));
    const renewals = clients.filter((c) => c.renewalDate !== null && c.renewalDate >= '2026-11-22');
    const notices = renewals.filter((c) => c.noticeDays && c.noticeDays > 0 && addDaysIso(c.renewalDate!, -c.noticeDays) >= '2026-11-22');
    const vevents = events(ics);
    expect(reminders.length).toBeGreaterThan(0);
    expect(renewals.length).toBeGreaterThan(0);
    expect(result.counts).toEqual({ reminders: reminders.length, renewals: renewals.length });
    expect(vevents).toHaveLength(reminders.length + renewals.length + notices.length);
    const uids = vevents.map((e) => e.UID);
    expect(new Set(uids).size).toBe(uids.length);
    for (const { c, r } of reminders) {
      const e = vevents.find((v) => v.UID === `${r.kind}-${c.id}-${r.on}@rapport`);
      expect(e, `${r.kind} for ${c.name}`).toBeDefined();
      expect(unescape(e!.SUMMARY!)).toContain(c.name);
      expect(unescape(e!.DESCRIPTION!)).toBe(r.sentence.de);
    }
    for (const c of renewals) {
      const e = vevents.find((v) => v.UID === `renewal-${c.id}-${c.renewalDate}@rapport`)!;
      expect(e['DTSTART;VALUE=DATE']).toBe(c.renewalDate!.replaceAll('-', ''));
      expect(unescape(e.SUMMARY!)).toBe(`Vertragsverlängerung: ${c.name}`);
    }
    // Exported again: the same UIDs (a calendar app updates instead of doubling).
    const again = expectOk(await t.dispatcher.call('export:ics', { lang: 'en' }));
    expect(events(readFileSync(join(t.dir, again.fileName), 'utf8')).map((e) => e.UID)).toEqual(uids);
  });
});

function addDaysIso(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

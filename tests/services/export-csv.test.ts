// export:eventsCsv on a real encrypted ledger: one client or all, labels in the chosen language, every
// cell neutralised, quoting that survives commas and line breaks, a BOM; NOT_FOUND for an unknown client.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, openTestLedger } from '../support/temp-ledger.ts';

const today = new Date('2026-11-22T12:00:00');
let t: Awaited<ReturnType<typeof openTestLedger>>;
let first: number;

beforeAll(async () => {
  t = await openTestLedger({ now: () => today, saveTarget: async (name) => join(t.dir, name) });
  const d = t.dispatcher;
  const a = expectOk(await d.call('clients:create', { name: 'Grünwiese, Öl & Söhne', since: '2020-01-01' }));
  const b = expectOk(await d.call('clients:create', { name: '+Plus GmbH', since: '2021-01-01' }));
  first = a.id;
  expectOk(await d.call('events:create', { clientId: a.id, event: {
    kind: 'touchpoint', title: '=1+1', body: 'Zeile eins\r\nZeile "zwei"', occurredOn: '2024-03-01', channel: 'call', initiatedBy: 'client',
    emotions: [{ key: 'valued', intensity: 4 }, { key: 'happy', intensity: 5 }],
  } }));
  expectOk(await d.call('events:create', { clientId: a.id, event: {
    kind: 'crisis', title: 'Budget', occurredOn: '2024-02-01', glaslStage: 3, rootCauses: [{ key: 'price_pretext', note: '-20 %' }],
  } }));
  expectOk(await d.call('events:create', { clientId: b.id, event: { kind: 'milestone', title: '@start', occurredOn: '2021-01-01', milestoneType: 'other' } }));
});
afterAll(async () => t.cleanup());

const read = (fileName: string) => readFileSync(join(t.dir, fileName), 'utf8');

describe('export:eventsCsv', () => {
  it('all clients in English: BOM, headers, oldest first, labels, formulas neutralised', async () => {
    const r = expectOk(await t.dispatcher.call('export:eventsCsv', { lang: 'en' }));
    expect(r).toMatchObject({ saved: true, fileName: 'rapport-events-2026-11-22.csv', counts: { events: 3 } });
    const text = read(r.fileName);
    expect(Buffer.byteLength(text, 'utf8')).toBe(r.bytes);
    const lines = text.slice(1).split('\r\n');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toMatch(/^Date,Client,Kind,Title,Description,Status,Glasl stage,Emotions,Participants,Root causes,/);
    expect(lines[1]).toMatch(/^2021-01-01,'\+Plus GmbH,Milestone,'@start,/);
    expect(lines[2]).toMatch(/^2024-02-01,"Grünwiese, Öl & Söhne",Crisis,Budget,,open,3,,,Price as the stated reason: -20 %,/);
    expect(text).toContain(`2024-03-01,"Grünwiese, Öl & Söhne",Touchpoint,'=1+1,"Zeile eins\r\nZeile ""zwei""",,,happy (5); valued (4),`);
  });

  it('one client in German, split on semicolons as German spreadsheets expect', async () => {
    const r = expectOk(await t.dispatcher.call('export:eventsCsv', { lang: 'de', clientId: first }));
    expect(r.fileName).toBe('rapport-events-Grunwiese-Ol-Sohne-2026-11-22.csv');
    const text = read(r.fileName);
    expect(text.startsWith('\uFEFFDatum;Kunde;Art;Titel;Beschreibung;Status;Glasl-Stufe;Emotionen;')).toBe(true);
    expect(text).toContain('Krise;Budget;;offen;3;;;Der Preis als genannter Grund: -20 %;');
    expect(text).toContain('glücklich (5); wertgeschätzt (4)');
    expect(text).not.toContain('Plus GmbH');
  });

  it('an unknown client is NOT_FOUND', async () => {
    const r = await t.dispatcher.call('export:eventsCsv', { lang: 'en', clientId: 999 });
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
  });
});

// The report's appendix, "who contributed" (issue #17): on the agency's shared ledger, on a real PostgreSQL
// server, an owner's report of a client where a consultant and the owner both wrote lists both, with the
// records each created and the days of their first and last stamp; the consultant's own report of it sees
// the same (row-level security shows her the client whole). A ledger file has one writer and no appendix.
// With REPORT_PDF_DIR set, the server's PDFs are kept there for looking at (pdftoppm -png -r 60 …).
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates.ts';
import { buildReportData } from '../../src/report/index.ts';
import { reportSource } from '../../src/services/handlers/report.ts';
import type { Dispatcher } from '../../src/services/index.ts';
import { clientContributors } from '../../src/store/repositories/contributors.ts';
import { teamOnServer, type TeamOnServer } from '../support/ledger-kinds.ts';
import { expectOk, openTestLedger, rawOf, tempDir } from '../support/temp-ledger.ts';
import { pdfText } from './support.ts';

const TODAY = '2026-11-22';
/** The period ends before Anna's last event: it is not in the report, so it does not count. */
const TO = '2026-09-30';

const out = tempDir();
/** Where a dispatcher's exports go: the suggested name, after whose report it is. */
const saveTo = (who: string) => async (name: string) => ({ path: join(out.dir, `${who}-${name}`), replace: true });

afterAll(() => out.cleanup());

/** Export through the channel (the worker renders, the save target writes) and read the PDF's text back. */
async function exportText(d: Dispatcher, who: string, lang: 'de' | 'en', clientId: number): Promise<string> {
  // The internal preset: the appendix follows the internal pages too.
  const result = expectOk(await d.call('report:exportPdf', { clientId, lang, today: TODAY, to: TO, preset: 'internal' }));
  expect(result.saved).toBe(true);
  const file = join(out.dir, `${who}-${result.fileName}`);
  const keep = process.env.REPORT_PDF_DIR;
  if (keep) {
    mkdirSync(keep, { recursive: true });
    copyFileSync(file, join(keep, `contributors-${who}-${lang}.pdf`));
  }
  return pdfText(readFileSync(file), out.dir, `${who}-${lang}-text.pdf`);
}

describe("the appendix on the agency's shared ledger", () => {
  let team: TeamOnServer;
  let owner: Dispatcher;
  let anna: Dispatcher;
  let ownerLogin: string;
  let annaLogin: string;
  let clientId: number;
  /** The days the test's stamps can fall on (a run across midnight has two). */
  const days = new Set<string>();

  beforeAll(async () => {
    days.add(todayIso());
    team = await teamOnServer({
      clients: [
        { name: 'Nordlicht Versicherung AG', since: '2021-03-01', currency: 'EUR' },
        { name: 'Südwind AG', since: '2022-01-01', currency: 'EUR' },
      ],
      owner: { saveTarget: saveTo('owner') },
      consultant: { saveTarget: saveTo('anna') },
    });
    ({ dispatcher: owner, login: ownerLogin } = team.owner);
    ({ dispatcher: anna, login: annaLogin } = team.consultant);
    const [nordlicht, other] = team.clientIds as [number, number];
    clientId = nordlicht;
    // Another client with the owner's events only: they must not count for Nordlicht.
    expectOk(await owner.call('events:create', { clientId: other, event: { kind: 'touchpoint', title: 'Anruf', occurredOn: '2026-04-01', channel: 'call' } }));

    const event = (d: Dispatcher, e: Record<string, unknown>) => d.call('events:create', { clientId, event: e as never });
    expectOk(await event(owner, { kind: 'touchpoint', title: 'Jahresgespräch', occurredOn: '2026-03-01', channel: 'meeting' }));
    expectOk(await event(owner, { kind: 'project', title: 'Kampagne Frühjahr', occurredOn: '2026-05-01' }));
    const call = expectOk(await event(anna, { kind: 'touchpoint', title: 'Rückruf', occurredOn: '2026-02-10', channel: 'call' }));
    const crisis = expectOk(await event(anna, { kind: 'crisis', title: 'Verspätete Lieferung', occurredOn: '2026-06-01', glaslStage: 2 }));
    expectOk(await event(anna, { kind: 'appreciation', title: 'Karte', occurredOn: '2026-07-01', gesture: 'Handgeschriebene Karte', isPersonal: true, isUnscheduled: true }));
    expectOk(await event(anna, { kind: 'touchpoint', title: 'Nach dem Zeitraum', occurredOn: '2026-10-05', channel: 'call' }));
    expectOk(await anna.call('contacts:create', { clientId, name: 'Jana Koch', role: 'Marketingleiterin' }));
    // The owner prepares the talk about Anna's crisis and corrects her call: a change, not a record of hers.
    expectOk(await owner.call('mediation:create', { eventId: crisis.id }));
    expectOk(await owner.call('events:update', { id: call.id, event: { kind: 'touchpoint', title: 'Rückruf (Anna)', occurredOn: '2026-02-10', channel: 'call' } }));
    days.add(todayIso());
  });
  afterAll(async () => {
    await team?.close();
  });

  const request = { clientId: 0, lang: 'de' as const, today: TODAY, to: TO };

  it("lists the owner and the consultant in the owner's report, with what each created up to the period's end", async () => {
    const data = await buildReportData(reportSource(owner.session), { ...request, clientId });
    expect(data.contributors.map(({ login, name, events, preps, contacts }) => ({ login, name, events, preps, contacts }))).toEqual([
      { login: annaLogin, name: 'Anna Berg', events: 3, preps: 0, contacts: 1 },
      { login: ownerLogin, name: 'Olga Owner', events: 2, preps: 1, contacts: 0 },
    ]);
    for (const p of data.contributors) {
      expect(days).toContain(p.firstOn);
      expect(days).toContain(p.lastOn);
      expect(p.firstOn <= p.lastOn).toBe(true);
    }
  });

  it("gives the consultant's report of her client the same list: the database shows her the client whole", async () => {
    const mine = await buildReportData(reportSource(anna.session), { ...request, clientId });
    const owners = await buildReportData(reportSource(owner.session), { ...request, clientId });
    expect(mine.contributors).toEqual(owners.contributors);
  });

  it('counts through the store as the connected login: a client the consultant may not see has no authors for her', async () => {
    const ledger = anna.session.ledger;
    if (ledger?.kind !== 'server') throw new Error('expected the shared ledger');
    const clients = expectOk(await owner.call('clients:list', {}));
    const other = clients.find((c) => c.name === 'Südwind AG')!;
    expect(await clientContributors(ledger.db, other.id, TODAY)).toEqual([]);
  });

  it('prints the appendix on a page of its own after the talking points, named on the cover, in German and English', async () => {
    const de = await exportText(owner, 'owner', 'de', clientId);
    expect(de).toContain('Anhang: Wer beigetragen hat');
    expect(de).toMatch(/Anna Berg\s+3\s+0\s+1\s/);
    expect(de).toMatch(/Olga Owner\s+2\s+1\s+0\s/);
    const pages = de.split('\f').filter((p) => p.trim() !== '');
    const last = pages[pages.length - 1]!;
    expect(last).toContain('Wer beigetragen hat');
    expect(last).not.toContain('Gesprächspunkte');
    expect(pages[pages.length - 2]).toContain('Gesprächspunkte');

    const en = await exportText(owner, 'owner', 'en', clientId);
    expect(en).toContain('Appendix: Who contributed');
    expect(en).toMatch(/Olga Owner\s+2\s+1\s+0\s/);
  });
});

describe('the appendix on a ledger file', () => {
  it('is left out: one writer, nobody to name, even when rows carry a login from elsewhere', async () => {
    const file = await openTestLedger({ saveTarget: async () => ({ path: join(out.dir, 'file.pdf'), replace: true }) });
    try {
      const d = file.dispatcher;
      const client = expectOk(await d.call('clients:create', { name: 'Nordlicht Versicherung AG', since: '2021-03-01', currency: 'EUR' }));
      expectOk(await d.call('events:create', { clientId: client.id, event: { kind: 'touchpoint', title: 'Jahresgespräch', occurredOn: '2026-03-01', channel: 'meeting' } }));
      const data = await buildReportData(reportSource(d.session), { clientId: client.id, lang: 'de', today: TODAY });
      expect(data.contributors).toEqual([]);
      expect(expectOk(await d.call('report:exportPdf', { clientId: client.id, lang: 'de', today: TODAY })).saved).toBe(true);
      const text = pdfText(readFileSync(join(out.dir, 'file.pdf')), out.dir, 'file-text.pdf');
      expect(text).not.toContain('Wer beigetragen hat');
      expect(text).not.toContain('Anhang');

      // The same statement on SQLite: rows imported from a server's export can name a login, and the store
      // would count it; the report still names nobody, because a file has one writer.
      const ledger = d.session.ledger;
      if (ledger?.kind !== 'file') throw new Error('expected a ledger file');
      expect(await clientContributors(ledger.db, client.id, TODAY)).toEqual([]);
      rawOf(d).prepare("update events set created_by = 'olga', updated_by = 'olga'").run();
      expect((await clientContributors(ledger.db, client.id, TODAY)).map((p) => [p.login, p.name, p.events])).toEqual([['olga', 'olga', 1]]);
      expect((await buildReportData(reportSource(d.session), { clientId: client.id, lang: 'de', today: TODAY })).contributors).toEqual([]);
    } finally {
      await file.cleanup();
    }
  });
});

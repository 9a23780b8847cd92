// The demo agency: built twice with the same day it is the same ledger; its plan tells the stories
// the health scoring needs (thriving, cooling, open crisis, repaired, new …).
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClientCreateInput } from '../../src/contract/clients.ts';
import { ContactCreateInput } from '../../src/contract/contacts.ts';
import { EVENT_KINDS, EventCreateInput } from '../../src/contract/events.ts';
import { createDispatcher } from '../../src/services/dispatcher.ts';
import { buildDemoAgency, demoSummary, planDemoAgency } from '../../src/services/demo/index.ts';
import { PASSPHRASE, normalise, readAll, tempDir } from './support.ts';

const TODAY = new Date(2025, 0, 15, 10, 30);

async function buildInto(ledgerPath: string, lang: 'de' | 'en', today: Date) {
  const d = createDispatcher({ ledgerPath });
  try {
    const created = await d.call('ledger:create', { passphrase: PASSPHRASE });
    if (!created.ok) throw new Error(created.error.code);
    const summary = await buildDemoAgency(d, { lang, today });
    return { summary, content: await readAll(d) };
  } finally {
    await d.close();
  }
}

describe('buildDemoAgency', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it('builds the same ledger content twice for the same language and day', async () => {
    const a = await buildInto(join(dir, 'a.ledger'), 'de', TODAY);
    const b = await buildInto(join(dir, 'b.ledger'), 'de', new Date(2025, 0, 15, 23, 59)); // same calendar day, other hour
    expect(a.summary).toEqual(b.summary);
    expect(a.content.events.length).toBe(a.summary.events);
    expect(JSON.stringify(normalise(a.content))).toBe(JSON.stringify(normalise(b.content)));
    // Every event the plan holds went through the dispatcher.
    expect(a.content.clients).toHaveLength(a.summary.clients);
    expect(a.content.contacts).toHaveLength(a.summary.contacts);
  });

  it('refuses a ledger that already has clients', async () => {
    const d = createDispatcher({ ledgerPath: join(dir, 'c.ledger') });
    try {
      expect((await d.call('ledger:create', { passphrase: PASSPHRASE })).ok).toBe(true);
      expect((await d.call('clients:create', { name: 'Echter Kunde', since: '2020-01-01' })).ok).toBe(true);
      await expect(buildDemoAgency(d, { lang: 'en', today: TODAY })).rejects.toThrow(/already has clients/);
      const list = await d.call('clients:list', { includeArchived: true });
      expect(list.ok && list.value.length).toBe(1);
    } finally {
      await d.close();
    }
  });
});

describe('the demo plan', () => {
  const de = planDemoAgency({ lang: 'de', today: TODAY });
  const en = planDemoAgency({ lang: 'en', today: TODAY });

  it('is deterministic and the same story in both languages', () => {
    expect(JSON.stringify(planDemoAgency({ lang: 'de', today: TODAY }))).toBe(JSON.stringify(de));
    const shape = (p: typeof de) => p.clients.map((c) => ({
      key: c.key, since: c.client.since, renewal: c.client.renewalDate, contacts: c.contacts.length,
      events: c.events.map((e) => [e.kind, e.occurredOn, e.with ?? []]),
    }));
    expect(shape(en)).toEqual(shape(de));
    const s = demoSummary(en);
    expect({ ...demoSummary(de), lang: 'en', agencyName: s.agencyName }).toEqual(s);
  });

  it('has what the brief asks for', () => {
    const s = demoSummary(de);
    expect(s.today).toBe('2025-01-15');
    expect(s.clients).toBeGreaterThanOrEqual(8);
    expect(s.events).toBeGreaterThanOrEqual(300);
    for (const kind of EVENT_KINDS) expect(s.byKind[kind], kind).toBeGreaterThan(0);
    expect(s.crises.open.length).toBeGreaterThan(0);
    expect(s.crises.resolved.length).toBeGreaterThan(0);
    expect(new Set([...s.crises.open, ...s.crises.resolved]).size).toBeGreaterThanOrEqual(5);
    expect(Math.max(...s.crises.open)).toBeGreaterThanOrEqual(5);
    expect(s.misunderstandings.open).toBeGreaterThan(0);
    expect(s.misunderstandings.resolved).toBeGreaterThan(0);
    expect(s.appreciation.personal).toBeGreaterThan(0);
    expect(s.appreciation.routine).toBeGreaterThan(0);
    expect(s.renewalsWithin90Days).toBeGreaterThanOrEqual(2);

    const owners = new Set(de.clients.map((c) => c.client.owner));
    expect(owners.size).toBeGreaterThanOrEqual(3);
    const years = de.clients.map((c) => c.client.since).sort();
    expect(Number(s.today.slice(0, 4)) - Number(years[0]!.slice(0, 4))).toBeGreaterThanOrEqual(7);
    expect(new Set(de.clients.map((c) => c.client.cadenceIdealDays)).size).toBeGreaterThanOrEqual(4);
    for (const c of de.clients) {
      expect(c.contacts.length, c.key).toBeGreaterThanOrEqual(2);
      expect(c.contacts.length, c.key).toBeLessThanOrEqual(4);
      for (const p of c.contacts) {
        expect(p.contact.role, p.key).toBeTruthy();
        expect(p.contact.personalNotes, p.key).toBeTruthy();
        expect(p.contact.motivators!.length, p.key).toBeGreaterThan(0);
      }
    }
  });

  it('tells different stories: thriving, cooling, open crisis, repaired, new', () => {
    const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
    const personal = (key: string) => {
      const c = de.clients.find((x) => x.key === key)!;
      const last = c.events.filter((e) =>
        (e.kind === 'touchpoint' && ['call', 'meeting', 'video', 'visit'].includes(e.channel))
        || (e.kind === 'appreciation' && e.isPersonal && e.direction !== 'received')).at(-1);
      return { client: c, sinceLast: days(last!.occurredOn, de.today) };
    };
    const thriving = personal('hofmann');
    expect(thriving.sinceLast).toBeLessThanOrEqual(thriving.client.client.cadenceIdealDays!);
    const cooling = personal('stadtwerke');
    expect(cooling.sinceLast).toBeGreaterThan(120);
    const crisis = de.clients.find((c) => c.key === 'nordlicht')!;
    expect(crisis.events.some((e) => e.kind === 'crisis' && e.status === 'open' && e.glaslStage >= 6)).toBe(true);
    const repaired = de.clients.find((c) => c.key === 'gruenwiese')!;
    expect(repaired.events.some((e) => e.kind === 'crisis' && e.status === 'resolved' && e.glaslStage >= 4)).toBe(true);
    expect(repaired.events.some((e) => e.kind === 'crisis' && e.status === 'open')).toBe(false);
    const fresh = de.clients.find((c) => c.key === 'velotech')!;
    expect(days(fresh.client.since, de.today)).toBeLessThan(90);
  });

  it('writes German natively and English without German leftovers', () => {
    const text = (p: typeof de) => JSON.stringify(p.clients.map((c) => [c.client, c.contacts, c.events]));
    expect(text(de)).toMatch(/[äöüß]/);
    expect(text(de)).toMatch(/[„“]/);
    expect(text(en)).not.toMatch(/[äöüÄÖÜß„]/);
    expect(text(en)).not.toMatch(/\b(und|der|die|das|mit|nicht|Kunde)\b/);
  });

  it('stays valid for any day it is built on (leap days, year ends, weekends)', () => {
    const days = [new Date(2024, 1, 29), new Date(2024, 11, 31), new Date(2025, 0, 1), new Date(2025, 5, 14), new Date(2027, 2, 1)];
    for (let i = 0; i < 12; i++) days.push(new Date(2026, i, 3 + i * 2));
    for (const today of days) {
      for (const lang of ['de', 'en'] as const) {
        const plan = planDemoAgency({ lang, today });
        for (const c of plan.clients) {
          expect(ClientCreateInput.safeParse(c.client).success, c.key).toBe(true);
          for (const p of c.contacts) expect(ContactCreateInput.safeParse({ clientId: 1, ...p.contact }).success, p.key).toBe(true);
          for (const { with: people, ...event } of c.events) {
            const parsed = EventCreateInput.safeParse({ clientId: 1, event: { ...event, participantIds: (people ?? []).map((_, i) => i + 1) } });
            expect(parsed.success, `${plan.today} ${c.key}: ${event.title}`).toBe(true);
          }
        }
      }
    }
  });
});

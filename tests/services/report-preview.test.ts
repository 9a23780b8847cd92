// `report:preview` on the demo agency in a real encrypted ledger: it must tell what the PDF will hold,
// so every figure is compared with the ReportData the PDF is rendered from (buildReportData).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESET_SECTIONS, REPORT_SECTIONS, type ReportPreview, type ReportSectionPreview } from '../../src/contract/report.ts';
import { buildReportData, fetchAllEvents, reportFileName, type ReportData } from '../../src/report/index.ts';
import type { Dispatcher } from '../../src/services/index.ts';
import { expectOk } from '../support/temp-ledger.ts';
import { DEMO_TODAY, openDemoLedger } from '../report/support.ts';

type Of<S extends ReportSectionPreview['section']> = Extract<ReportSectionPreview, { section: S }>;
const sectionOf = <S extends ReportSectionPreview['section']>(p: ReportPreview, s: S): Of<S> => {
  const found = p.sections.find((x) => x.section === s);
  if (!found) throw new Error(`no ${s} section in the preview`);
  return found as Of<S>;
};

/** Every figure of the preview, as the report data says it. */
function expectMatches(p: ReportPreview, d: ReportData) {
  expect(p.clientId).toBe(d.client.id);
  expect(p.clientName).toBe(d.client.name);
  expect(p.lang).toBe(d.lang);
  expect(p.period).toEqual(d.period);
  expect(p.asOf).toBe(d.asOf);
  expect(p.sections.map((s) => s.section)).toEqual(d.sections);
  expect(p.fileName).toBe(reportFileName(d));
  for (const s of p.sections) {
    switch (s.section) {
      case 'cover':
        expect(s).toMatchObject({ agencyName: d.agencyName, owner: d.client.owner, renewalDate: d.client.renewalDate });
        break;
      case 'glance':
        expect(s).toMatchObject({
          yearsTogether: d.glance.yearsTogether, eventsInPeriod: d.glance.eventsInPeriod, eventsTotal: d.glance.eventsTotal,
          projectsInPeriod: d.glance.projects.inPeriod, touchpointsInPeriod: d.glance.touchpoints.inPeriod,
        });
        break;
      case 'health':
        expect(s).toMatchObject({ score: d.health.score, band: d.health.band, bandLabel: d.health.bandLabel });
        break;
      case 'nev':
        expect(s).toMatchObject({ hasContent: d.nev.emotions > 0, periodValue: d.nev.periodValue, emotions: d.nev.emotions });
        break;
      case 'highlights':
        expect(s.count).toBe(d.highlights.items.length);
        expect(s.titles).toEqual(d.highlights.items.slice(0, 3).map((h) => h.title.replace(/\s+/g, ' ').trim().slice(0, 160)));
        break;
      case 'crises':
        expect(s).toMatchObject({ resolved: d.issues.resolved, open: d.issues.open, medianDays: d.issues.medianDays });
        expect(s.shown).toBe(d.issues.items.length + d.issues.more.length + d.issues.omitted);
        break;
      case 'appreciation': {
        const t = d.appreciation.tally;
        expect(s).toMatchObject({
          personal: t.personalScheduled + t.personalUnscheduled, received: t.received,
          shown: t.personalScheduled + t.personalUnscheduled + t.routine + t.mass, ladderStage: d.appreciation.ladder.stage,
        });
        break;
      }
      case 'openPoints':
        expect(s).toMatchObject({
          issues: d.openPoints.issues.length, reminders: d.openPoints.reminders.length, agreements: d.openPoints.agreements.length,
        });
        break;
      case 'motivators':
        expect(s).toMatchObject({ contacts: d.glance.contacts.length, withMotivators: d.glance.contacts.filter((c) => c.motivators.length > 0).length });
        break;
      case 'emotions':
        expect(s).toMatchObject({ hasContent: d.nev.emotions > 0, emotions: d.nev.emotions });
        expect(s.negative).toBe(d.nev.clusters.filter((c) => c.valence < 0).reduce((n, c) => n + c.count, 0));
        expect(s.topLabels).toEqual(d.nev.topEmotions.slice(0, 3).map((e) => e.label));
        break;
      case 'talkingPoints':
        expect(s.count).toBe(d.talkingPoints.length);
        expect(s.lines.map((l) => l.topic)).toEqual(d.talkingPoints.slice(0, 3).map((tp) => tp.topic));
        break;
    }
  }
}

describe('report:preview on the demo agency', () => {
  let dispatcher: Dispatcher;
  let cleanup: () => Promise<void>;
  /** A client whose timeline has a renewal milestone, and one without. */
  let renewed: { id: number; renewalOn: string };
  let unrenewed: { id: number; since: string };

  beforeAll(async () => {
    const ledger = await openDemoLedger('de');
    dispatcher = ledger.dispatcher;
    cleanup = ledger.cleanup;
    const clients = expectOk(await dispatcher.call('clients:list', {}));
    for (const c of clients) {
      const events = await fetchAllEvents(dispatcher, { clientId: c.id, kinds: ['milestone'] });
      const renewals = events
        .filter((e) => e.kind === 'milestone' && e.milestoneType === 'renewal' && e.occurredOn < DEMO_TODAY && e.occurredOn >= c.since)
        .map((e) => e.occurredOn)
        .sort();
      const last = renewals.at(-1);
      if (last && !renewed) renewed = { id: c.id, renewalOn: last };
      if (!last && !unrenewed) unrenewed = { id: c.id, since: c.since };
    }
    if (!renewed || !unrenewed) throw new Error('the demo agency should have clients with and without a past renewal');
  }, 180_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it('tells, section by section, what buildReportData gives the PDF; the default period starts at the last renewal', async () => {
    const request = { clientId: renewed.id, lang: 'de' as const, today: DEMO_TODAY };
    const preview = expectOk(await dispatcher.call('report:preview', request));
    const data = await buildReportData(dispatcher, request);
    expectMatches(preview, data);
    // By default the client preset: every section but the internal ones.
    expect(preview.sections.map((s) => s.section)).toEqual([...PRESET_SECTIONS.client]);
    const internal = expectOk(await dispatcher.call('report:preview', { ...request, preset: 'internal' }));
    expectMatches(internal, await buildReportData(dispatcher, { ...request, preset: 'internal' }));
    expect(internal.sections.map((s) => s.section)).toEqual([...REPORT_SECTIONS]);
    expect(sectionOf(internal, 'motivators').withMotivators).toBeGreaterThan(0);
    expect(sectionOf(internal, 'emotions').negative).toBeGreaterThan(0);
    expect(preview.period).toEqual({ from: renewed.renewalOn, to: DEMO_TODAY, basis: 'lastRenewal', renewalOn: renewed.renewalOn });
    expect(preview.defaultPeriod).toEqual(preview.period);
    // The demo relationships are lived in: the story sections have something to say.
    expect(sectionOf(preview, 'glance').hasContent).toBe(true);
    expect(sectionOf(internal, 'talkingPoints').lines.length).toBeGreaterThan(0);
  });

  it('without a past renewal the default period is the whole relationship', async () => {
    const request = { clientId: unrenewed.id, lang: 'en' as const, today: DEMO_TODAY };
    const preview = expectOk(await dispatcher.call('report:preview', request));
    expect(preview.period).toMatchObject({ from: unrenewed.since, to: DEMO_TODAY, basis: 'relationship', renewalOn: null });
    expect(preview.lang).toBe('en');
    expectMatches(preview, await buildReportData(dispatcher, request));
  });

  it('a chosen period and a subset of sections: only those, in the canonical order, and the default is still told', async () => {
    const request = {
      clientId: renewed.id, lang: 'en' as const, today: DEMO_TODAY, from: '2020-01-01', to: '2025-12-31',
      sections: ['talkingPoints', 'crises', 'health'] as ('talkingPoints' | 'crises' | 'health')[],
    };
    const preview = expectOk(await dispatcher.call('report:preview', request));
    expect(preview.sections.map((s) => s.section)).toEqual(['health', 'crises', 'talkingPoints']);
    expect(preview.period).toMatchObject({ from: '2020-01-01', to: '2025-12-31', basis: 'custom' });
    expect(preview.asOf).toBe('2025-12-31');
    expect(preview.defaultPeriod.basis).not.toBe('custom');
    expect(preview.defaultPeriod.to).toBe('2025-12-31');
    expect(preview.defaultPeriod.from <= '2025-12-31').toBe(true);
    expectMatches(preview, await buildReportData(dispatcher, request));
  });

  it('marks empty sections: a new client has no highlights, crises or appreciation yet', async () => {
    const client = expectOk(await dispatcher.call('clients:create', { name: 'Neukunde Brandt', since: '2026-11-01' }));
    const preview = expectOk(await dispatcher.call('report:preview', { clientId: client.id, lang: 'de', today: DEMO_TODAY }));
    expect(sectionOf(preview, 'highlights').hasContent).toBe(false);
    expect(sectionOf(preview, 'crises')).toMatchObject({ hasContent: false, shown: 0, medianDays: null });
    expect(sectionOf(preview, 'appreciation').hasContent).toBe(false);
    expect(sectionOf(preview, 'nev')).toMatchObject({ hasContent: false, periodValue: null });
    expect(sectionOf(preview, 'cover').hasContent).toBe(true);
    expect(preview.period).toMatchObject({ from: '2026-11-01', basis: 'relationship' });
  });

  it('refuses a period that ends before it starts (INVALID) and an unknown client (NOT_FOUND)', async () => {
    const backwards = await dispatcher.call('report:preview', { clientId: renewed.id, lang: 'de', from: '2026-05-01', to: '2026-04-30' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    const unknown = await dispatcher.call('report:preview', { clientId: 987_654, lang: 'de' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const smuggled = await dispatcher.call('report:preview', { clientId: renewed.id, lang: 'de', path: '/tmp/x.pdf' } as never);
    expect(smuggled).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });
});

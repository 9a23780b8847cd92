// `rapport demo --lang de|en` through the real command: a full agency in each language,
// refused on a ledger that already has clients.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_KINDS, type TimelineEvent } from '../../src/contract/events.ts';
import { ledgerFileSet, rapport, readAll, sha256, tempDir, withUnlocked } from './support.ts';

const crisesOf = (events: TimelineEvent[]) => events.filter((e): e is Extract<TimelineEvent, { kind: 'crisis' }> => e.kind === 'crisis');

describe.each([
  { lang: 'de', umlauts: true, crisisClient: 'Nordlicht Versicherung AG' },
  { lang: 'en', umlauts: false, crisisClient: 'Northgate Mutual Insurance' },
] as const)('rapport demo --lang $lang', ({ lang, umlauts, crisisClient }) => {
  const { dir, cleanup } = tempDir();
  const ledger = join(dir, `demo-${lang}.ledger`);
  afterAll(cleanup);

  it('creates the ledger and fills it with a believable agency', async () => {
    const r = rapport(['--ledger', ledger, 'demo', '--lang', lang]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(lang === 'de' ? /Demo-Agentur „Albers & Weidner Kommunikation“/ : /Demo agency "Whitmore & Ashby Communications"/);

    const list = rapport(['--ledger', ledger, 'client', 'list', '--json']);
    expect(list.status).toBe(0);
    const active = JSON.parse(list.stdout) as { name: string; renewalDate: string | null }[];
    expect(active.length).toBeGreaterThanOrEqual(8);

    const { clients, contacts, events } = await withUnlocked(ledger, readAll);
    expect(clients.length).toBeGreaterThanOrEqual(8);
    expect(new Set(clients.map((c) => c.owner)).size).toBeGreaterThanOrEqual(3);
    expect(contacts.length).toBeGreaterThanOrEqual(clients.length * 2);
    expect(events.length).toBeGreaterThanOrEqual(300);
    for (const kind of EVENT_KINDS) expect(events.some((e) => e.kind === kind), kind).toBe(true);

    const crises = crisesOf(events);
    const open = crises.filter((c) => c.status === 'open');
    const resolved = crises.filter((c) => c.status === 'resolved');
    expect(open.length).toBeGreaterThan(0);
    expect(resolved.length).toBeGreaterThan(0);
    expect(new Set(crises.map((c) => c.glaslStage)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(open.map((c) => c.glaslStage)).size + new Set(resolved.map((c) => c.glaslStage)).size).toBeGreaterThanOrEqual(4);
    expect(crises.every((c) => c.rootCauses.length > 0)).toBe(true);

    const misunderstandings = events.filter((e) => e.kind === 'misunderstanding');
    expect(new Set(misunderstandings.map((m) => m.kind === 'misunderstanding' && m.status))).toEqual(new Set(['open', 'resolved']));
    const appreciation = events.filter((e) => e.kind === 'appreciation');
    expect(appreciation.some((a) => a.kind === 'appreciation' && a.isPersonal && a.isUnscheduled)).toBe(true);
    expect(appreciation.some((a) => a.kind === 'appreciation' && !a.isPersonal && !a.isUnscheduled)).toBe(true);
    const touchpoints = events.filter((e) => e.kind === 'touchpoint');
    expect(touchpoints.some((t) => t.emotions.length > 0 && t.participantIds.length > 0)).toBe(true);

    const text = JSON.stringify([clients, contacts, events]);
    if (umlauts) expect(text).toMatch(/[äöüÄÖÜß]/);
    else expect(text).not.toMatch(/[äöüÄÖÜß]/);
  });

  it('lists every client with its health and band, and explains one client’s health', () => {
    const list = rapport(['--ledger', ledger, 'client', 'list', '--json']);
    const rows = JSON.parse(list.stdout) as { name: string; health: { score: number; band: string } }[];
    expect(rows.every((r) => r.health.score >= 0 && r.health.score <= 100)).toBe(true);
    expect(new Set(rows.map((r) => r.health.band)).size).toBeGreaterThanOrEqual(3);
    const text = rapport(['--ledger', ledger, '--lang', lang, 'client', 'list']);
    expect(text.stdout).toContain(lang === 'de' ? 'GESUNDH.' : 'HEALTH');

    const h = rapport(['--ledger', ledger, '--lang', lang, 'health', crisisClient]);
    expect(h.stderr).toBe('');
    expect(h.status).toBe(0);
    expect(h.stdout).toContain(crisisClient);
    expect(h.stdout).toMatch(lang === 'de' ? /Reibung.*Glasl-Stufe 6/ : /Friction.*Glasl stage 6/);
    const j = rapport(['--ledger', ledger, 'health', crisisClient, '--json']);
    const health = JSON.parse(j.stdout) as {
      score: number; weightedScore: number; rules: { code: string; stage: number; cap: string; maxScore: number }[];
      factors: { key: string; sentence: { en: string; de: string } }[];
    };
    expect(health.factors.map((f) => f.key)).toEqual(['attention', 'emotionalBalance', 'friction', 'appreciation', 'responsiveness']);
    // The severe signals: the Glasl 6 crisis caps the score (the factors alone give more), the near renewal holds too.
    expect(health.score).toBe(19);
    expect(health.weightedScore).toBeGreaterThan(19);
    expect(health.rules.map((r) => [r.code, r.stage, r.cap, r.maxScore])).toEqual([
      ['openCrisisGlasl', 6, 'in_crisis', 19], ['renewalWithCrisis', 6, 'at_risk', 39],
    ]);
    // Worded one line each under the headline, the primary driver first, then the cap; no factor named as the cause.
    const lines = h.stdout.split('\n');
    const rules = lines.slice(1, lines.indexOf(''));
    expect(rules).toEqual(lang === 'de'
      ? [
        '  Hauptgrund: Eine offene Krise auf Glasl-Stufe 6 (Drohstrategien) bringt die Beziehung in die Krise, unabhängig vom Durchschnitt.',
        '  Außerdem: Die Verlängerung ist in 85 Tagen (Kündigung noch 25 Tage möglich), und eine Krise ist offen: höchstens „gefährdet“.',
        `  Die Faktoren ergeben ${health.weightedScore}; die Regel begrenzt den Wert auf 19.`,
      ]
      : [
        '  Primary driver: An open crisis at Glasl stage 6 (Threat strategies) puts the relationship in crisis, whatever the average.',
        '  Also: The renewal is in 85 days (last day to give notice in 25 days) while a crisis is open: at best “at risk”.',
        `  The factors add up to ${health.weightedScore}; the rule caps the score at 19.`,
      ]);
    expect(h.stdout).not.toMatch(/set by|bestimmt\)/);
    expect(rapport(['--ledger', ledger, 'health', 'no such client']).status).toBe(1);
  });

  it('writes the renewal report for one client, and for every renewal within 90 days', () => {
    const out = join(dir, `report-${lang}.pdf`);
    const one = rapport(['--ledger', ledger, '--lang', lang, 'report', crisisClient, '--out', out]);
    expect(one.stderr.trim()).toMatch(lang === 'de' ? /^Achtung: Die Datei ist NICHT verschlüsselt/ : /^Note: the file is NOT encrypted/); // and nothing else
    expect(one.stderr.trim().split('\n')).toHaveLength(1);
    expect(one.status).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain(crisisClient);
    expect(text).toMatch(lang === 'de' ? /Beziehungsbericht/i : /Relationship report/i);
    // By default the client preset: no talking points, no page marked internal; --preset internal has them.
    const talking = lang === 'de' ? 'Gesprächspunkte für die Verlängerung' : 'Talking points for the renewal';
    const mark = lang === 'de' ? 'INTERN – NICHT FÜR DEN KUNDEN' : 'INTERNAL – NOT FOR THE CLIENT';
    expect(text).not.toContain(talking);
    expect(text).not.toContain(mark);
    const internalOut = join(dir, `report-${lang}-internal.pdf`);
    expect(rapport(['--ledger', ledger, '--lang', lang, 'report', crisisClient, '--preset', 'internal', '--out', internalOut]).status).toBe(0);
    const internalText = execFileSync('pdftotext', ['-layout', internalOut, '-'], { encoding: 'utf8' });
    expect(internalText).toContain(talking);
    expect(internalText).toContain(mark);
    const unknown = rapport(['--ledger', ledger, 'report', crisisClient, '--preset', 'board', '--out', join(dir, 'never.pdf')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('board');

    const folder = join(dir, `reports-${lang}`);
    const all = rapport(['--ledger', ledger, '--lang', lang, 'report', '--all', '--out-dir', folder]);
    expect(all.status).toBe(0);
    const written = readdirSync(folder);
    expect(written.length).toBeGreaterThanOrEqual(3); // the demo has three renewals within 90 days
    expect(written.every((f) => f.endsWith('.pdf'))).toBe(true);

    expect(rapport(['--ledger', ledger, 'report', crisisClient]).status).toBe(2); // no --out
    expect(rapport(['--ledger', ledger, 'report', '--out', out]).status).toBe(2); // no client
  }, 240_000); // six real CLI starts, each compiled by tsx, on a loaded 2-core machine

  it('shows a demo client’s timeline with the open crisis', () => {
    const r = rapport(['--ledger', ledger, '--lang', lang, 'timeline', crisisClient.toLowerCase(), '--kind', 'crisis']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain(crisisClient);
    expect(r.stdout).toMatch(/Glasl 6 \((Drohstrategien|Threat strategies)\) · (offen|open)/);
    expect(r.stdout).toMatch(/Glasl 3 .*(gelöst|resolved)/);
  });

  it('refuses to fill a ledger that already has clients, changing nothing', () => {
    const before = ledgerFileSet(ledger).map(sha256);
    const r = rapport(['--ledger', ledger, 'demo', '--lang', lang]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(lang === 'de' ? /enthält schon Kunden/ : /already has clients/);
    expect(sha256(ledger)).toBe(before[0]);
  });
});

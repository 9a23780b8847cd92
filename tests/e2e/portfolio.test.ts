// The portfolio and relationship health over the demo agency: the bands true to the engine, each filter,
// "This week" with snooze (gone, then back once the snooze has run out) and done (gone, undo brings it
// back), the explanation drawer with all five factors in the UI language, and weights that change scores.
// A portfolio of 500 relationships: its rows are virtual, yet every one can be reached, sorted and opened.
import { rawOf } from '../support/temp-ledger.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../src/contract/index.ts';
import { addDays, daysBetween } from '../../src/domain/dates.ts';
import { buildDemoAgency } from '../../src/services/demo/index.ts';
import { bulkWriter, withBulkSettings, type BulkClient } from '../../src/store/repositories/bulk.ts';
import { day, must, PASSPHRASE, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

type Portfolio = ChannelOutput<'portfolio:get'>;
type Row = Portfolio['clients'][number];
type Reminder = Row['reminders'][number];

/** The day the demo is built for: the machine's today, which the harness's dispatcher uses too. */
const TODAY = new Date();
const FACTOR_KEYS = ['attention', 'emotionalBalance', 'friction', 'appreciation', 'responsiveness'];

/** The parts of an engine sentence around its ISO days (the UI writes the days the reader's way). */
const fragments = (sentence: string) => sentence.split(/\d{4}-\d{2}-\d{2}/).map((s) => s.trim()).filter((s) => s.length > 0);

/**
 * "This week", defined independently of the renderer: due by today + 7 (a renewal also by its notice day);
 * follow-ups, then keep-in-touch, renewals, anniversaries, appreciation; each kind the earliest first.
 */
const KIND_RANK: Record<string, number> = { 'follow-up': 0, 'keep-in-touch': 1, renewal: 2, anniversary: 3, 'appreciation-due': 4 };
function weekKeys(p: Portfolio): string[] {
  const end = addDays(p.today, 7);
  const keys: { key: string; by: string; rank: number; name: string }[] = [];
  for (const c of p.clients) {
    for (const r of c.reminders) {
      let by = r.on;
      if (r.kind === 'renewal' && c.noticeDays) {
        const notice = addDays(r.on, -c.noticeDays);
        if (notice >= p.today && notice < r.on) by = notice;
      }
      if (by <= end) keys.push({ key: `${c.id}|${r.kind}|${r.on}`, by, rank: KIND_RANK[r.kind] ?? 9, name: c.name });
    }
  }
  return keys
    .sort((a, b) => a.rank - b.rank || (a.by < b.by ? -1 : a.by > b.by ? 1 : a.name.localeCompare(b.name)))
    .map((k) => k.key);
}

describe('the portfolio and relationship health', () => {
  const ledger = tempLedger();
  let app: Rapport;

  const portfolio = () => must(app.dispatcher, 'portfolio:get', {});
  /** The rows on screen, read in one go (the table re-renders while data settles). */
  const rows = () =>
    app.page.evaluate<{ id: number; band: string; score: number; text: string }[]>(
      `[...document.querySelectorAll('[data-testid="client-row"]')].map((r) => ({
        id: Number(r.getAttribute('data-client-id')), band: r.getAttribute('data-band'), score: Number(r.getAttribute('data-score')), text: r.innerText,
      }))`,
    );
  const rowIds = async () => (await rows()).map((r) => r.id).sort((a, b) => a - b);
  const ids = (list: Row[]) => list.map((c) => c.id).sort((a, b) => a - b);
  const weekOnScreen = () =>
    app.page.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="week"] [data-testid="reminder"]')].map((r) =>
        r.getAttribute('data-client-id') + '|' + r.getAttribute('data-kind') + '|' + r.getAttribute('data-on'))`,
    );
  const reminderOf = (p: Portfolio, key: string): Reminder | undefined => {
    const [clientId, kind, on] = key.split('|');
    return p.clients.find((c) => c.id === Number(clientId))?.reminders.find((r) => r.kind === kind && r.on === on);
  };
  /** Back to the portfolio: the screen asks the engine again when it opens. */
  async function reopenPortfolio() {
    await app.page.getByTestId('nav-clients').click();
    await app.page.locator('h1', { hasText: /Clients|Kunden/ }).waitFor();
    await app.page.getByTestId('nav-portfolio').click();
    await app.page.getByTestId('client-row').first().waitFor();
  }

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      await buildDemoAgency(d, { lang: 'en', today: TODAY });
    });
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en', colorScheme: 'light' });
    await app.unlock();
    await app.page.getByTestId('client-row').first().waitFor();
  });

  afterEach(() => {
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  it('shows every relationship with the band and score the engine computes, a spread of bands', async () => {
    const { page } = app;
    const p = await portfolio();
    const onScreen = await rows();
    expect(onScreen.map((r) => r.id).sort((a, b) => a - b)).toEqual(ids(p.clients));
    for (const r of onScreen) {
      const c = p.clients.find((x) => x.id === r.id) as Row;
      expect(r.band).toBe(c.health.band);
      expect(r.score).toBe(c.health.score);
      expect(r.text).toContain(c.name);
      expect(r.text).toContain(c.health.bandLabel.en);
      expect(r.text).toContain(String(c.health.score));
    }
    // The demo agency spreads over the bands, from thriving to at risk.
    expect(new Set(p.clients.map((c) => c.health.band)).size).toBeGreaterThanOrEqual(3);
    for (const band of ['thriving', 'steady', 'cooling', 'at_risk', 'in_crisis']) {
      const count = p.clients.filter((c) => c.health.band === band).length;
      expect(await page.getByTestId(`band-count-${band}`).getAttribute('data-count')).toBe(String(count));
    }
    const crises = p.clients.reduce((s, c) => s + c.openCrises, 0);
    expect(await page.getByTestId('stat-crises').innerText()).toContain(String(crises));
    // Open crises come first, then the weakest health.
    const withCrisis = p.clients.filter((c) => c.openCrises > 0).length;
    expect(onScreen.slice(0, withCrisis).every((r) => (p.clients.find((c) => c.id === r.id)?.openCrises ?? 0) > 0)).toBe(true);
    // The highest open Glasl stage beside the crisis count.
    for (const c of p.clients.filter((x) => x.openCrises > 0)) {
      const open = await must(app.dispatcher, 'events:list', { clientId: c.id, kinds: ['crisis'], status: 'open', limit: 50 });
      const stage = Math.max(...open.items.map((e) => (e.kind === 'crisis' ? e.glaslStage : 0)));
      const row = page.locator(`[data-testid="client-row"][data-client-id="${c.id}"]`);
      await expect.poll(() => row.getByTestId('crisis-stage').getAttribute('data-stage')).toBe(String(stage));
    }
    // The NEV trend of every row (one health:get each, once the row is on screen).
    await page.getByTestId('client-row').last().scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[data-testid="trend"][data-direction]').count()).toBe(p.clients.length);
    // The renewal countdown for renewals within 180 days.
    for (const c of p.clients) {
      const days = c.renewalDate ? daysBetween(p.today, c.renewalDate) : null;
      const row = page.locator(`[data-testid="client-row"][data-client-id="${c.id}"]`);
      expect(await row.getByTestId('renewal-countdown').count()).toBe(days !== null && days <= 180 ? 1 : 0);
      expect(await row.getByTestId('row-reminders').innerText()).toBe(String(c.reminders.length));
    }
  });

  it('names the primary driver of a severe signal on its row and atop the drawer, in English and German', async () => {
    const { page } = app;
    const p = await portfolio();
    const severe = p.clients.find((c) => c.health.rules[0]?.code === 'openCrisisGlasl' && c.health.rules[0].cap === 'in_crisis') as Row;
    expect(severe, 'the demo has an open crisis at Glasl 5 or higher').toBeDefined();
    expect(severe.health.band).toBe('in_crisis');
    const stage = severe.health.rules[0]?.stage;
    const renewal = severe.health.rules.find((r) => r.code === 'renewalWithCrisis');
    expect(renewal, 'the demo crisis renews soon').toBeDefined();
    const row = page.locator(`[data-testid="client-row"][data-client-id="${severe.id}"]`);
    await expect.poll(() => row.getByTestId('health-driver').innerText()).toBe(`Glasl ${stage} · renewal in ${renewal?.days} d`);
    expect(await row.getByTestId('health-driver').getAttribute('data-code')).toBe('openCrisisGlasl');
    // Only rows where a rule holds name a driver.
    expect(await page.getByTestId('health-driver').count()).toBe(p.clients.filter((c) => c.health.rules.length > 0).length);
    // The trend's colour follows its direction, never the band.
    const colours = await page.evaluate<[string | null, string | null][]>(
      `[...document.querySelectorAll('[data-testid="trend"][data-direction]')].map((t) => [t.getAttribute('data-direction'), t.getAttribute('data-color')])`,
    );
    const byDirection: Record<string, string> = { up: 'green', down: 'red', flat: 'gray', none: 'gray' };
    for (const [direction, colour] of colours) expect(colour).toBe(byDirection[direction ?? '']);

    // At the top of the explanation: the rule as a sentence, the primary driver first, and what it did to the score.
    const drawer = page.getByTestId('health-explanation');
    await row.getByTestId('health-badge').click();
    await drawer.waitFor();
    const rules = drawer.getByTestId('health-rule');
    expect(await rules.count()).toBe(severe.health.rules.length);
    expect(await rules.first().getAttribute('data-primary')).toBe('true');
    expect(await rules.first().innerText()).toContain(`An open crisis at Glasl stage ${stage}`);
    expect(await drawer.getByTestId('health-rules-cap').innerText()).toBe(
      `The factors add up to ${severe.health.weightedScore}; the rule caps the score at ${severe.health.score}.`,
    );
    expect(await drawer.getByTestId('health-driver').innerText()).toContain(`Glasl ${stage}`);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // In German: the same driver, in German words.
    await page.locator('header').getByText('DE', { exact: true }).click();
    await expect.poll(() => row.getByTestId('health-driver').innerText()).toBe(`Glasl ${stage} · Verlängerung in ${renewal?.days} T`);
    await row.getByTestId('health-badge').click();
    await drawer.waitFor();
    expect(await drawer.getByTestId('health-rule').first().innerText()).toContain(`Eine offene Krise auf Glasl-Stufe ${stage}`);
    expect(await drawer.getByTestId('health-rules-cap').innerText()).toBe(
      `Die Faktoren ergeben ${severe.health.weightedScore}; die Regel begrenzt den Wert auf ${severe.health.score}.`,
    );
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await page.locator('header').getByText('EN', { exact: true }).click();
    await expect.poll(() => row.getByTestId('health-driver').innerText()).toContain('renewal');
  });

  it('narrows to at risk, renewal within 90 days, neglected, and by owner', async () => {
    const { page } = app;
    const p = await portfolio();
    const expected = {
      atRisk: p.clients.filter((c) => c.health.band === 'at_risk' || c.health.band === 'in_crisis'),
      renewal: p.clients.filter((c) => {
        const d = c.renewalDate ? daysBetween(p.today, c.renewalDate) : null;
        return d !== null && d >= 0 && d <= 90;
      }),
      neglected: p.clients.filter((c) => c.reminders.some((r) => r.kind === 'keep-in-touch')),
    };
    for (const [filter, list] of Object.entries(expected)) {
      expect(list.length, filter).toBeGreaterThan(0);
      expect(list.length, filter).toBeLessThan(p.clients.length);
      await page.getByTestId(`filter-${filter}`).click();
      await expect.poll(rowIds).toEqual(ids(list));
      expect(await page.getByTestId('portfolio-count').innerText()).toBe(`${list.length} of ${p.clients.length} relationships`);
    }
    await page.getByTestId('filter-all').click();
    await expect.poll(async () => (await rows()).length).toBe(p.clients.length);

    // The summary cards apply their filter too.
    await page.getByTestId('stat-neglected').click();
    await expect.poll(rowIds).toEqual(ids(expected.neglected));
    await page.getByTestId('stat-neglected').click();
    await expect.poll(async () => (await rows()).length).toBe(p.clients.length);

    // By owner, and an owner together with a filter.
    const owners = [...new Set(p.clients.map((c) => c.owner).filter((o): o is string => !!o))];
    expect(owners.length).toBeGreaterThan(1);
    for (const owner of owners) {
      await page.getByTestId('portfolio-owner').click();
      await page.getByRole('option', { name: owner, exact: true }).click();
      await expect.poll(rowIds).toEqual(ids(p.clients.filter((c) => c.owner === owner)));
    }
    const owner = expected.atRisk[0]?.owner as string;
    await page.getByTestId('portfolio-owner').click();
    await page.getByRole('option', { name: owner, exact: true }).click();
    await page.getByTestId('filter-atRisk').click();
    await expect.poll(rowIds).toEqual(ids(expected.atRisk.filter((c) => c.owner === owner)));
    await page.getByTestId('portfolio-owner-clear').click();
    await page.getByTestId('filter-all').click();
    await expect.poll(async () => (await rows()).length).toBe(p.clients.length);
  });

  it('lists what is due this week; a snoozed reminder goes and comes back after the snooze, a done one goes', async () => {
    const { page, dispatcher } = app;
    let p = await portfolio();
    const expected = weekKeys(p);
    expect(expected.length).toBeGreaterThan(2);
    await page.getByTestId('portfolio-tab-week').click();
    await page.getByTestId('week').waitFor();
    await expect.poll(weekOnScreen).toEqual(expected);
    expect(await page.getByTestId('week-count').innerText()).toBe(String(expected.length));

    // Snooze for a week: gone from the list and from the engine's due reminders.
    const snoozed = expected[0] as string;
    const item = (key: string) => {
      const [clientId, kind, on] = key.split('|');
      return page.locator(`[data-testid="week"] [data-testid="reminder"][data-client-id="${clientId}"][data-kind="${kind}"][data-on="${on}"]`);
    };
    const sentence = reminderOf(p, snoozed)?.sentence.en ?? '';
    for (const part of fragments(sentence)) expect(await item(snoozed).getByTestId('reminder-sentence').innerText()).toContain(part);
    await item(snoozed).getByTestId('reminder-snooze').click();
    await page.getByTestId('snooze-week').click();
    await item(snoozed).waitFor({ state: 'detached' });
    const toast = page.getByTestId('reminder-toast').last();
    await toast.waitFor();
    expect(await toast.innerText()).toContain(`Snoozed until`);
    p = await portfolio();
    expect(reminderOf(p, snoozed)).toBeUndefined();

    // A week later (the snooze has run out: until today), it is back.
    const [clientId, kind, on] = snoozed.split('|') as [string, Reminder['kind'], string];
    await must(dispatcher, 'reminders:snooze', { clientId: Number(clientId), kind, on, until: p.today });
    p = await portfolio();
    expect(reminderOf(p, snoozed)).toBeDefined();
    await reopenPortfolio();
    await page.getByTestId('portfolio-tab-week').click();
    await item(snoozed).waitFor();
    await expect.poll(weekOnScreen).toEqual(weekKeys(p));

    // Done: gone for good; Undo in the toast brings it back.
    const done = weekKeys(p).find((k) => k !== snoozed) as string;
    await item(done).getByTestId('reminder-done').click();
    await item(done).waitFor({ state: 'detached' });
    p = await portfolio();
    expect(reminderOf(p, done)).toBeUndefined();
    await page.getByTestId('reminder-toast').filter({ hasText: 'Marked as done.' }).getByTestId('reminder-undo').click();
    await item(done).waitFor();
    p = await portfolio();
    expect(reminderOf(p, done)).toBeDefined();

    // Done again, for good this time: it stays away after a fresh start of the screen.
    await item(done).getByTestId('reminder-done').click();
    await item(done).waitFor({ state: 'detached' });
    await reopenPortfolio();
    await page.getByTestId('portfolio-tab-week').click();
    await page.getByTestId('week').waitFor();
    await expect.poll(weekOnScreen).toEqual(weekKeys(await portfolio()));
    expect(await weekOnScreen()).not.toContain(done);
    await page.getByTestId('portfolio-tab-relationships').click();
  });

  it('explains a health in one click: all five factors with their sentences in the UI language', async () => {
    const { page } = app;
    const p = await portfolio();
    const weakest = [...p.clients].sort((a, b) => a.health.score - b.health.score)[0] as Row;
    const h = await must(app.dispatcher, 'health:get', { clientId: weakest.id });
    const drawer = page.getByTestId('health-explanation');

    const check = async (lang: 'en' | 'de') => {
      await drawer.waitFor();
      expect(await drawer.getAttribute('data-score')).toBe(String(h.score));
      expect(await page.getByTestId('health-score').innerText()).toBe(String(h.score));
      expect(await page.getByTestId('health-band').innerText()).toBe(h.bandLabel[lang]);
      const factors = drawer.getByTestId('health-factor');
      expect(await factors.count()).toBe(5);
      const keys: (string | null)[] = [];
      for (let i = 0; i < 5; i++) keys.push(await factors.nth(i).getAttribute('data-key'));
      expect(keys).toEqual(FACTOR_KEYS);
      for (const f of h.factors) {
        const text = await drawer.locator(`[data-testid="health-factor"][data-key="${f.key}"] [data-testid="factor-sentence"]`).innerText();
        for (const part of fragments(f.sentence[lang])) expect(text).toContain(part);
        const other = f.sentence[lang === 'en' ? 'de' : 'en'];
        if (other !== f.sentence[lang]) expect(text).not.toContain(other);
      }
      expect(await drawer.getByTestId('ladder').getAttribute('data-stage')).toBe(String(h.ladder.stage));
      expect(await drawer.getByTestId('ladder-stage').innerText()).toContain(h.ladder.label[lang]);
      await drawer.getByTestId('nev-chart').waitFor();
      await expect.poll(() => drawer.getByTestId('health-reminders').getByTestId('reminder').count()).toBe(h.reminders.length);
    };

    await page.locator(`[data-testid="client-row"][data-client-id="${weakest.id}"]`).getByTestId('health-badge').click();
    expect(await page.getByTestId('health-drawer-name').innerText()).toBe(weakest.name);
    await check('en');
    expect(await drawer.innerText()).toContain('What the score is made of');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // In German, the same explanation in German.
    await page.locator('header').getByText('DE', { exact: true }).click();
    await page.locator(`[data-testid="client-row"][data-client-id="${weakest.id}"]`).click();
    await check('de');
    expect(await drawer.innerText()).toContain('Woraus sich der Wert zusammensetzt');

    // And on to the client page.
    await drawer.getByTestId('open-client').click();
    await page.getByTestId('client-name-heading').waitFor();
    expect(await page.getByTestId('client-name-heading').innerText()).toBe(weakest.name);
    await page.locator('header').getByText('EN', { exact: true }).click();
    await page.getByTestId('nav-portfolio').click();
    await page.getByTestId('client-row').first().waitFor();
  });

  it('heads the client page with its health: score, band, trend and the top reason, one click from the explanation', async () => {
    const { page } = app;
    const p = await portfolio();
    const severe = p.clients.find((c) => c.health.rules[0]?.cap === 'in_crisis') as Row;
    const calm = p.clients.find((c) => c.status === 'active' && c.health.rules.length === 0) as Row;
    expect(severe, 'the demo has a relationship in crisis by rule').toBeDefined();
    expect(calm, 'the demo has an active relationship no rule holds for').toBeDefined();
    const header = page.getByTestId('header-health');
    /** Opens the client page from its portfolio row; gives the trend's direction the row showed. */
    const open = async (row: Row) => {
      await page.getByTestId('nav-portfolio').click();
      const onBoard = page.locator(`[data-testid="client-row"][data-client-id="${row.id}"]`);
      const direction = await onBoard.getByTestId('trend').getAttribute('data-direction');
      await onBoard.locator('[data-nav="name"]').click();
      await expect.poll(() => page.getByTestId('client-name-heading').innerText()).toBe(row.name);
      await header.waitFor();
      return direction;
    };

    // A rule holds: its driver is the top reason, in the rule's colour.
    const direction = await open(severe);
    const stage = severe.health.rules[0]?.stage;
    const renewal = severe.health.rules.find((r) => r.code === 'renewalWithCrisis');
    expect(await header.getByTestId('header-health-score').innerText()).toBe(String(severe.health.score));
    expect(await header.getByTestId('header-health-band').innerText()).toBe(severe.health.bandLabel.en);
    expect(await header.getByTestId('header-health-reason').innerText()).toBe(
      `Primary driver: Glasl ${stage}${renewal ? ` · renewal in ${renewal.days} d` : ''}`,
    );
    // The same trend as on the portfolio row.
    expect(await header.getByTestId('header-health-trend').getAttribute('data-direction')).toBe(direction);
    // One click opens the explanation, without a link to the page it was opened from.
    const drawer = page.getByTestId('health-explanation');
    await header.click();
    await drawer.waitFor();
    expect(await drawer.getAttribute('data-score')).toBe(String(severe.health.score));
    expect(await drawer.getByTestId('open-client').count()).toBe(0);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // No rule: the factor that costs the most points is the reason, in its own words, in German too.
    await open(calm);
    const h = await must(app.dispatcher, 'health:get', { clientId: calm.id });
    const total = h.factors.reduce((sum, f) => sum + f.weight, 0);
    const lost = (f: (typeof h.factors)[number]) => (f.weight / total) * 100 - f.points;
    const costliest = h.factors.reduce((worst, f) => (lost(f) > lost(worst) ? f : worst));
    expect(lost(costliest), 'the calm relationship still loses points somewhere').toBeGreaterThanOrEqual(0.5);
    const reason = header.getByTestId('header-health-reason');
    expect(await reason.getAttribute('data-code')).toBe(costliest.key);
    for (const part of fragments(costliest.sentence.en)) expect(await reason.innerText()).toContain(part);
    await page.locator('header').getByText('DE', { exact: true }).click();
    await expect.poll(() => header.getByTestId('header-health-band').innerText()).toBe(h.bandLabel.de);
    for (const part of fragments(costliest.sentence.de)) expect(await reason.innerText()).toContain(part);
    await page.locator('header').getByText('EN', { exact: true }).click();
    await page.getByTestId('nav-portfolio').click();
    await page.getByTestId('client-row').first().waitFor();
  });

  it('weights changed in the settings change the scores', async () => {
    const { page } = app;
    const before = await portfolio();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('health-weights').waitFor();
    // Only attention counts.
    for (const key of FACTOR_KEYS) {
      const input = page.getByTestId(`weight-${key}`);
      await input.fill(key === 'attention' ? '100' : '0');
    }
    expect(await page.getByTestId('weight-share-attention').innerText()).toContain('100');
    await page.getByTestId('weights-save').click();
    await expect.poll(async () => (await must(app.dispatcher, 'settings:get', {})).healthWeights).toEqual({
      attention: 100, emotionalBalance: 0, friction: 0, appreciation: 0, responsiveness: 0,
    });
    const after = await portfolio();
    const changed = after.clients.filter((c) => c.health.score !== before.clients.find((b) => b.id === c.id)?.health.score);
    expect(changed.length).toBeGreaterThan(0);

    await page.getByTestId('nav-portfolio').click();
    await page.getByTestId('client-row').first().waitFor();
    await expect.poll(async () => (await rows()).map((r) => `${r.id}:${r.score}`).sort()).toEqual(
      after.clients.map((c) => `${c.id}:${c.health.score}`).sort(),
    );

    // Back to the defaults.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('weights-reset').click();
    await page.getByTestId('weights-save').click();
    await expect.poll(async () => (await must(app.dispatcher, 'settings:get', {})).healthWeights.attention).toBe(35);
    expect((await portfolio()).clients.map((c) => c.health.score)).toEqual(before.clients.map((c) => c.health.score));
  });
});

describe('a large portfolio: virtual rows', () => {
  const COUNT = 500;
  /** The most client rows the DOM may hold at once (the screen's rows and a margin either side). */
  const MAX_ROW_NODES = 60;
  const ledger = tempLedger();
  let app: Rapport;
  const name = (i: number) => `Client ${String(i).padStart(3, '0')}`;

  const rowNodes = () => app.page.locator('[data-testid="client-row"]').count();
  const focusedName = () => app.page.evaluate<string | null>('document.activeElement?.textContent ?? null');
  /** Each header cell's left edge and width beside those of the first drawn row's cells. */
  const columns = () =>
    app.page.evaluate<{ head: number[][]; row: number[][] }>(`(() => {
      const box = (el) => { const r = el.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.width)]; };
      const table = document.querySelector('[data-testid="portfolio-table"]');
      return {
        head: [...table.querySelectorAll('thead th')].map(box),
        row: [...table.querySelector('[data-testid="client-row"]').querySelectorAll('td')].map(box),
      };
    })()`);

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      const raw = rawOf(d);
      const clients: BulkClient[] = Array.from({ length: COUNT }, (_, k) => ({
        id: k + 1, name: name(k + 1), since: '2015-03-01', owner: k % 3 === 0 ? null : `Owner ${k % 7}`, status: 'active',
        contract_value: null, currency: 'EUR', renewal_date: k % 5 === 0 ? day(20 + k) : null, notice_days: null,
        cadence_ideal_days: 30, cadence_max_days: 60, notes: null,
      }));
      withBulkSettings(raw, () => bulkWriter(raw, new Date().toISOString()).clients(clients));
    });
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en', colorScheme: 'light' });
    await app.unlock();
    await app.page.getByTestId('client-row').first().waitFor();
  });

  afterEach(() => {
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  it('draws only the rows near the screen, with the header aligned; the last client is reached by scrolling and opens', async () => {
    const { page } = app;
    const table = page.getByTestId('portfolio-table');
    expect(await table.getAttribute('data-row-count')).toBe(String(COUNT));
    expect(await page.getByTestId('relationships-count').innerText()).toBe(String(COUNT));
    expect(await rowNodes()).toBeGreaterThan(3);
    expect(await rowNodes()).toBeLessThanOrEqual(MAX_ROW_NODES);

    // Header and cells share their columns.
    const { head, row } = await columns();
    expect(head).toHaveLength(7);
    expect(row).toEqual(head);

    // By name: the first client on top, then the last at the page's end.
    await page.getByTestId('portfolio-sort-name').click();
    await expect.poll(() => page.getByTestId('client-row').first().locator('button').first().innerText()).toBe(name(1));
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    const last = page.locator(`[data-testid="client-row"][data-index="${COUNT - 1}"]`);
    await last.waitFor();
    expect(await last.getAttribute('data-client-id')).toBe(String(COUNT));
    expect(await rowNodes()).toBeLessThanOrEqual(MAX_ROW_NODES);
    // The header sticks under the app header while the rows scroll beneath it.
    const headTop = await page.evaluate<number>(`Math.round(document.querySelector('[data-testid="portfolio-table"] thead th').getBoundingClientRect().top)`);
    expect(headTop).toBe(56);
    const { head: headBelow, row: rowBelow } = await columns();
    expect(rowBelow).toEqual(headBelow);

    // A click on the last row explains its health.
    await last.click();
    await page.getByTestId('health-explanation').waitFor();
    expect(await page.getByTestId('health-drawer-name').innerText()).toBe(name(COUNT));
    await page.keyboard.press('Escape');
    await page.getByTestId('health-explanation').waitFor({ state: 'detached' });

    // The keyboard walks the virtual rows: Home to the first client, ↓ to the next, End back to the last.
    await last.locator('[data-nav="name"]').focus();
    await page.keyboard.press('Home');
    await expect.poll(focusedName).toBe(name(1));
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedName).toBe(name(2));
    await page.keyboard.press('End');
    await expect.poll(focusedName).toBe(name(COUNT));
    expect(await rowNodes()).toBeLessThanOrEqual(MAX_ROW_NODES);

    // The other way round: the last client comes first; a filter narrows the virtual rows too.
    await page.getByTestId('portfolio-sort-name').click();
    await page.evaluate('window.scrollTo(0, 0)');
    await expect.poll(() => page.getByTestId('client-row').first().getAttribute('data-client-id')).toBe(String(COUNT));
    await page.getByTestId('filter-renewal').click();
    const soon = Array.from({ length: COUNT }, (_, k) => k).filter((k) => k % 5 === 0 && 20 + k <= 90).length;
    await expect.poll(rowNodes).toBe(soon);
    expect(await table.getAttribute('data-row-count')).toBe(String(soon));
    await page.getByTestId('filter-all').click();
    expect(await table.getAttribute('data-row-count')).toBe(String(COUNT));
  });
});

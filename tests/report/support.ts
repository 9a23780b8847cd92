// Shared by the report tests, the bench and the demo-rendering script: a real encrypted ledger in a temp
// folder, filled with the demo agency through the dispatcher, and the poppler tools to read a PDF back.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoAgency } from '../../src/services/demo/index.ts';
import type { EventFieldsInput } from '../../src/contract/events.ts';
import type { Dispatcher } from '../../src/services/index.ts';
import { openTestLedger } from '../support/temp-ledger.ts';

/** The demo is built for this day; every date in it is relative to it. */
export const DEMO_TODAY = '2026-11-22';

export async function openDemoLedger(lang: 'de' | 'en', today = DEMO_TODAY) {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const ledger = await openTestLedger({ now: () => new Date(y, m - 1, d, 10, 0) });
  await buildDemoAgency(ledger.dispatcher, { lang, today: new Date(y, m - 1, d, 10, 0) });
  return ledger;
}

/** The id of the first client whose name matches. */
export async function clientId(dispatcher: Dispatcher, name: RegExp): Promise<number> {
  const list = await dispatcher.call('clients:list', { includeArchived: true });
  if (!list.ok) throw new Error(list.error.code);
  const found = list.value.find((c) => name.test(c.name));
  if (!found) throw new Error(`no demo client matches ${name}`);
  return found.id;
}

/** `pdftotext -layout` of a PDF held in memory. */
export function pdfText(pdf: Buffer, dir: string, name = 'report.pdf'): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** The page count `pdfinfo` reports. */
export function pdfPages(pdf: Buffer, dir: string, name = 'report.pdf'): number {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const match = /^Pages:\s+(\d+)/m.exec(info);
  if (!match) throw new Error('pdfinfo gave no page count');
  return Number(match[1]);
}

/** A repeatable pseudo-random sequence (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POSITIVE = ['happy', 'pleased', 'trusting', 'valued', 'cared_for', 'focused', 'safe', 'interested', 'energetic'];
const NEGATIVE = ['irritated', 'hurried', 'neglected', 'unhappy', 'unsatisfied', 'stressed', 'disappointed', 'frustrated'];

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A long relationship with `count` events (default 2,000) spread over eight years before `today`:
 * mostly touchpoints with emotions, and projects, gestures, crises, misunderstandings and milestones
 * among them, all written through the dispatcher. Returns the client's id.
 */
export async function seedLargeClient(dispatcher: Dispatcher, options: { count?: number; today?: string; name?: string } = {}): Promise<number> {
  const count = options.count ?? 2000;
  const today = options.today ?? DEMO_TODAY;
  const end = Date.parse(`${today}T00:00:00Z`);
  const start = end - 8 * 365 * 86_400_000;
  const since = isoDay(start);
  const rand = rng(2000);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const created = await dispatcher.call('clients:create', {
    name: options.name ?? 'Großkunde Müller & Söhne KG',
    since,
    owner: 'Katrin Albers',
    contractValue: 420_000,
    renewalDate: isoDay(end + 45 * 86_400_000),
    noticeDays: 90,
    cadenceIdealDays: 14,
    cadenceMaxDays: 30,
  });
  if (!created.ok) throw new Error(created.error.code);
  const clientId = created.value.id;
  const contact = await dispatcher.call('contacts:create', {
    clientId, name: 'Jürgen Weiß', role: 'Geschäftsführer', motivators: ['secure', 'succeed'],
  });
  if (!contact.ok) throw new Error(contact.error.code);
  const participantIds = [contact.value.id];
  const step = (end - start) / count;
  for (let i = 0; i < count; i += 1) {
    const day = isoDay(start + Math.floor(i * step));
    const mood = rand();
    const emotions = (mood < 0.25 ? [pick(NEGATIVE), pick(NEGATIVE)] : [pick(POSITIVE), pick(POSITIVE)])
      .filter((k, j, all) => all.indexOf(k) === j)
      .map((key) => ({ key, intensity: 1 + Math.floor(rand() * 5) }));
    let event: EventFieldsInput;
    const roll = i % 100;
    if (roll === 7) {
      event = { kind: 'project', title: `Projekt ${i}: Kampagne „Frühjahr“`, occurredOn: day, value: 10_000 + Math.floor(rand() * 90_000), outcome: 'Pünktlich geliefert, über den Erwartungen.', participantIds };
    } else if (roll === 23 || roll === 71) {
      const resolved = i < count - 150;
      const resolvedOn = isoDay(Date.parse(`${day}T00:00:00Z`) + (5 + Math.floor(rand() * 40)) * 86_400_000);
      event = {
        kind: 'crisis', title: `Verstimmung Nr. ${i} über Abrechnung`, occurredOn: day, glaslStage: 1 + Math.floor(rand() * 5),
        body: 'Der Kunde fühlte sich übergangen.', rootCauses: [{ key: 'insufficient_care', note: null }], emotions, participantIds,
        ...(resolved && resolvedOn <= today ? { status: 'resolved' as const, resolvedOn, resolution: 'Persönliches Gespräch, Entschuldigung, neue Absprache zur Abrechnung.' } : {}),
      };
    } else if (roll === 41) {
      event = {
        kind: 'misunderstanding', title: `Missverständnis ${i}: Umfang der Leistung`, occurredOn: day,
        ourUnderstanding: 'Pauschal inklusive.', theirUnderstanding: 'Nach Aufwand.', emotions, participantIds,
        ...(i < count - 300 ? { status: 'resolved' as const, resolvedOn: day, resolution: 'Leistungsverzeichnis ergänzt.' } : {}),
      };
    } else if (roll % 12 === 5) {
      const personal = rand() < 0.5;
      event = { kind: 'appreciation', title: personal ? `Handgeschriebene Karte ${i}` : `Weihnachtsgruß ${i}`, occurredOn: day, gesture: personal ? 'Karte' : 'Newsletter', isPersonal: personal, isUnscheduled: personal && rand() < 0.6, personalNote: personal ? 'Mit Bezug auf das Gespräch über seine Tochter.' : null, participantIds };
    } else if (roll === 97) {
      event = { kind: 'milestone', title: `Meilenstein ${i}`, occurredOn: day, milestoneType: pick(['renewal', 'contract_change', 'people_change', 'anniversary'] as const), body: 'Vertrag um ein Jahr verlängert.' };
    } else {
      event = {
        kind: 'touchpoint', title: `Abstimmung ${i}: Redaktionsplan`, occurredOn: day, channel: pick(['call', 'meeting', 'mail', 'video', 'visit', 'message'] as const),
        initiatedBy: rand() < 0.4 ? 'client' : 'us', responseHours: rand() < 0.3 ? Math.floor(rand() * 72) : null, emotions, participantIds,
      };
    }
    const result = await dispatcher.call('events:create', { clientId, event });
    if (!result.ok) throw new Error(`event ${i}: ${result.error.code} ${result.error.message}`);
  }
  return clientId;
}

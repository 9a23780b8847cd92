// The whole demo agency as data: ten client stories in the chosen language, each with its
// hand-written beats and its routine timeline, every date relative to `today`.
import { EVENT_KINDS, type EventKind } from '../../contract/events.ts';
import { AGENCY } from './agency.ts';
import { createKit, type StoryKit } from './kit.ts';
import { routineEvents } from './routine.ts';
import { feldmann } from './stories/feldmann.ts';
import { gruenwiese } from './stories/gruenwiese.ts';
import { hansen } from './stories/hansen.ts';
import { hofmann } from './stories/hofmann.ts';
import { kessler } from './stories/kessler.ts';
import { lernwerk } from './stories/lernwerk.ts';
import { nordlicht } from './stories/nordlicht.ts';
import { praxisklinik } from './stories/praxisklinik.ts';
import { stadtwerke } from './stories/stadtwerke.ts';
import { velotech } from './stories/velotech.ts';
import type { ClientStory, DemoLang, DemoPlan, PlannedClient } from './types.ts';

/** Oldest relationship first, so ids follow the agency's history. */
const STORIES: readonly [string, (kit: StoryKit) => ClientStory][] = [
  ['hofmann', hofmann],
  ['kessler', kessler],
  ['stadtwerke', stadtwerke],
  ['hansen', hansen],
  ['praxisklinik', praxisklinik],
  ['nordlicht', nordlicht],
  ['gruenwiese', gruenwiese],
  ['feldmann', feldmann],
  ['lernwerk', lernwerk],
  ['velotech', velotech],
];

export interface DemoOptions {
  lang: DemoLang;
  /** The day the demo is built for; every date is relative to it. Default: the real today (local calendar day). */
  today?: Date;
}

export function planDemoAgency(options: DemoOptions): DemoPlan {
  const today = options.today ?? new Date();
  const agency = AGENCY[options.lang];
  let todayIso = '';
  const clients: PlannedClient[] = STORIES.map(([key, story]) => {
    const kit = createKit(options.lang, today, key, agency.consultants);
    todayIso = kit.cal.today;
    const s = story(kit);
    const events = [...s.events, ...routineEvents(kit, s)]
      .map((event, order) => ({ event, order }))
      .sort((a, b) => (a.event.occurredOn < b.event.occurredOn ? -1 : a.event.occurredOn > b.event.occurredOn ? 1 : a.order - b.order))
      .map((x) => x.event);
    for (const e of events) {
      if (e.occurredOn > kit.cal.today || e.occurredOn < s.client.since) {
        throw new Error(`demo story ${key}: "${e.title}" on ${e.occurredOn} lies outside ${s.client.since}…${kit.cal.today}`);
      }
      for (const who of e.with ?? []) {
        if (!s.contacts.some((c) => c.key === who)) throw new Error(`demo story ${key}: unknown contact ${who}`);
      }
    }
    return { key: s.key, client: s.client, contacts: s.contacts, events };
  });
  return { lang: options.lang, today: todayIso, agencyName: agency.name, consultants: agency.consultants, clients };
}

/** What a demo ledger holds, counted from its plan: handy for tests and for the CLI's report. */
export interface DemoSummary {
  lang: DemoLang;
  today: string;
  agencyName: string;
  clients: number;
  archivedClients: number;
  contacts: number;
  events: number;
  byKind: Record<EventKind, number>;
  /** Glasl stages of the crises, by status. */
  crises: { open: number[]; resolved: number[] };
  misunderstandings: { open: number; resolved: number };
  appreciation: { personal: number; routine: number; received: number };
  /** Clients whose contract renews within 90 days of today. */
  renewalsWithin90Days: number;
}

export function demoSummary(plan: DemoPlan): DemoSummary {
  const byKind = Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as Record<EventKind, number>;
  const crises = { open: [] as number[], resolved: [] as number[] };
  const misunderstandings = { open: 0, resolved: 0 };
  const appreciation = { personal: 0, routine: 0, received: 0 };
  const in90 = new Date(Date.parse(`${plan.today}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
  for (const c of plan.clients) {
    for (const e of c.events) {
      byKind[e.kind] += 1;
      if (e.kind === 'crisis') crises[e.status === 'resolved' ? 'resolved' : 'open'].push(e.glaslStage);
      if (e.kind === 'misunderstanding') misunderstandings[e.status === 'resolved' ? 'resolved' : 'open'] += 1;
      if (e.kind === 'appreciation') {
        if (e.direction === 'received') appreciation.received += 1;
        else if (e.isPersonal) appreciation.personal += 1;
        else appreciation.routine += 1;
      }
    }
  }
  crises.open.sort((a, b) => a - b);
  crises.resolved.sort((a, b) => a - b);
  return {
    lang: plan.lang,
    today: plan.today,
    agencyName: plan.agencyName,
    clients: plan.clients.length,
    archivedClients: plan.clients.filter((c) => c.client.status === 'archived').length,
    contacts: plan.clients.reduce((n, c) => n + c.contacts.length, 0),
    events: plan.clients.reduce((n, c) => n + c.events.length, 0),
    byKind,
    crises,
    misunderstandings,
    appreciation,
    renewalsWithin90Days: plan.clients.filter((c) => c.client.renewalDate && c.client.renewalDate <= in90).length,
  };
}

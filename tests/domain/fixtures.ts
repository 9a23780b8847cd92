// Constructed histories for the domain rules: a reference list like the seeded one, a client, and event
// builders that fill in what a ledger row would hold.
import type { Client } from '../../src/contract/clients.ts';
import type { TimelineEvent } from '../../src/contract/events.ts';
import type { Reference } from '../../src/contract/reference.ts';
import { addDays } from '../../src/domain/dates.ts';

const labels = (en: string, de: string) => ({ labelEn: en, labelDe: de });

export const REFERENCE: Reference = {
  emotionClusters: [
    { key: 'advocacy', ...labels('Advocacy', 'Fürsprache'), valence: 1, weight: 3, sort: 1 },
    { key: 'recommendation', ...labels('Recommendation', 'Empfehlung'), valence: 1, weight: 2, sort: 2 },
    { key: 'attention', ...labels('Attention', 'Aufmerksamkeit'), valence: 1, weight: 1, sort: 3 },
    { key: 'destroying', ...labels('Destroying', 'Zerstörend'), valence: -1, weight: 2, sort: 4 },
  ],
  emotions: [
    ['happy', 'advocacy'],
    ['pleased', 'advocacy'],
    ['trusting', 'recommendation'],
    ['valued', 'recommendation'],
    ['cared_for', 'recommendation'],
    ['interested', 'attention'],
    ['energetic', 'attention'],
    ['irritated', 'destroying'],
    ['neglected', 'destroying'],
    ['frustrated', 'destroying'],
  ].map(([key, clusterKey], i) => ({ key: key as string, clusterKey: clusterKey as string, ...labels(key as string, key as string), sort: i })),
  motivators: [],
  appreciationStages: [
    [1, 'attention', 'Attention', 'Aufmerksamkeit & Beachtung'],
    [2, 'mindfulness', 'Mindfulness', 'Achtsamkeit'],
    [3, 'respect', 'Respect', 'Respekt & Achtung'],
    [4, 'recognition', 'Recognition', 'Anerkennung'],
    [5, 'appreciation', 'Appreciation', 'Wertschätzung'],
    [6, 'trust', 'Trust', 'Vertrauen'],
    [7, 'bond', 'Bond', 'Verbundenheit'],
  ].map(([stage, key, en, de]) => ({
    stage: stage as number,
    key: key as string,
    ...labels(en as string, de as string),
    descriptionEn: '',
    descriptionDe: '',
  })),
  glaslStages: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((stage) => ({
    stage,
    level: stage <= 3 ? ('win-win' as const) : stage <= 6 ? ('win-lose' as const) : ('lose-lose' as const),
    ...labels(`Stage ${stage} en`, `Stufe ${stage} de`),
    interventionKey: 'x',
    interventionEn: '',
    interventionDe: '',
  })),
  rootCauses: [],
};

export const TODAY = '2026-06-15';
export const daysAgo = (n: number, today = TODAY) => addDays(today, -n);

export function client(over: Partial<Client> = {}): Client {
  return {
    id: 1,
    name: 'Nordlicht GmbH',
    since: '2019-03-01',
    owner: null,
    status: 'active',
    contractValue: null,
    currency: 'EUR',
    renewalDate: null,
    noticeDays: null,
    cadenceIdealDays: 30,
    cadenceMaxDays: 60,
    notes: null,
    createdAt: '2019-03-01T10:00:00.000Z',
    updatedAt: '2019-03-01T10:00:00.000Z',
    ...over,
  };
}

let nextId = 1000;
const meta = (clientId = 1) => ({
  id: nextId++,
  clientId,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  body: null,
  participantIds: [],
});

type Emotions = [string, number][];
const emo = (e: Emotions = []) => e.map(([key, intensity]) => ({ key, intensity }));

type Of<K extends TimelineEvent['kind']> = Extract<TimelineEvent, { kind: K }>;

export const ev = {
  touchpoint(on: string, over: Partial<Omit<Of<'touchpoint'>, 'emotions'>> & { emotions?: Emotions } = {}): Of<'touchpoint'> {
    const { emotions, ...rest } = over;
    return {
      ...meta(rest.clientId),
      kind: 'touchpoint',
      title: 'Call',
      occurredOn: on,
      channel: 'call',
      initiatedBy: 'us',
      responseHours: null,
      ...rest,
      emotions: emo(emotions),
    };
  },
  appreciation(on: string, over: Partial<Omit<Of<'appreciation'>, 'emotions'>> & { emotions?: Emotions } = {}): Of<'appreciation'> {
    const { emotions, ...rest } = over;
    return {
      ...meta(rest.clientId),
      kind: 'appreciation',
      title: 'Thank you',
      occurredOn: on,
      gesture: 'Handwritten card',
      direction: 'shown',
      isPersonal: true,
      isUnscheduled: true,
      personalNote: 'After the launch',
      ladderStage: null,
      ...rest,
      emotions: emo(emotions),
    };
  },
  routineGift(on: string, over: Partial<Of<'appreciation'>> = {}): Of<'appreciation'> {
    return ev.appreciation(on, { gesture: 'Christmas card', isPersonal: false, isUnscheduled: false, personalNote: null, ...over, emotions: [] });
  },
  crisis(on: string, glaslStage: number, over: Partial<Omit<Of<'crisis'>, 'emotions'>> & { emotions?: Emotions } = {}): Of<'crisis'> {
    const { emotions, ...rest } = over;
    return {
      ...meta(rest.clientId),
      kind: 'crisis',
      title: 'Crisis',
      occurredOn: on,
      glaslStage,
      rootCauses: [],
      status: 'open',
      resolvedOn: null,
      resolution: null,
      ...rest,
      emotions: emo(emotions),
    };
  },
  misunderstanding(on: string, over: Partial<Of<'misunderstanding'>> = {}): Of<'misunderstanding'> {
    return {
      ...meta(over.clientId),
      kind: 'misunderstanding',
      title: 'Misread',
      occurredOn: on,
      ourUnderstanding: null,
      theirUnderstanding: null,
      status: 'open',
      resolvedOn: null,
      resolution: null,
      emotions: [],
      ...over,
    };
  },
  project(on: string): Of<'project'> {
    return { ...meta(), kind: 'project', title: 'Relaunch', occurredOn: on, emotions: [], endsOn: null, outcome: null, value: null };
  },
};

/** A thriving relationship as of `today`: recent calls with warm emotions, real thank-yous, quick answers. */
export function goodHistory(today = TODAY): TimelineEvent[] {
  return [
    ev.touchpoint(addDays(today, -100), { emotions: [['trusting', 4], ['interested', 3]], responseHours: 4 }),
    ev.touchpoint(addDays(today, -40), { emotions: [['happy', 4]], responseHours: 3, initiatedBy: 'client' }),
    ev.appreciation(addDays(today, -60)),
    ev.appreciation(addDays(today, -20), { gesture: 'Flowers after the award' }),
    ev.touchpoint(addDays(today, -10), { emotions: [['valued', 5], ['pleased', 3]], responseHours: 2 }),
  ];
}

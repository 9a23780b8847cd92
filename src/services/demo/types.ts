// The demo agency as a plan: plain data, language already chosen, contacts referred to by key.
// `buildDemoAgency` turns a plan into dispatcher calls.
import type { ClientCreateInput } from '../../contract/clients.ts';
import type { ContactCreateInput } from '../../contract/contacts.ts';
import type { EventFieldsInput } from '../../contract/events.ts';

export type DemoLang = 'de' | 'en';

/** Picks the text of the demo's language; both are written natively, never translated by machine. */
export type Say = (de: string, en: string) => string;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event of the plan: participants are contact keys of the same client. */
export type PlannedEvent = DistributiveOmit<EventFieldsInput, 'participantIds'> & { with?: readonly string[] };

export interface PlannedContact {
  key: string;
  /** How the consultants address this person in notes ("Sabine", "Herr Dr. Brenner"). */
  addressedAs: string;
  contact: Omit<ContactCreateInput, 'clientId'>;
}

/** One stretch of a relationship: how often we were in touch, how personal, and how it felt. */
export interface Phase {
  /** Days before today the phase begins and ends (end may be 0: today). */
  fromAgo: number;
  toAgo: number;
  /** Average days between touchpoints. */
  every: number;
  /** Share of touchpoints that were personal (call, meeting, video, visit). */
  personal: number;
  mood: Mood;
  /** Share of touchpoints the client started. */
  clientStarts: number;
  /** Our answer time in hours when the client wrote first: [min, max]. */
  answerHours: readonly [number, number];
  /** The contacts we dealt with in this phase. */
  contacts: readonly string[];
  /** Months (1–12) in which the client does not want to be disturbed (a vineyard's harvest). */
  quietMonths?: readonly number[];
}

export type Mood = 'fresh' | 'warm' | 'steady' | 'strained' | 'cold' | 'repairing';

export interface RoutineSpec {
  /** What the everyday conversations were about. */
  topics: readonly string[];
  phases: readonly Phase[];
  /** The relationship ended this many days ago (no more Christmas cards, anniversaries, renewals). */
  endedAgo?: number;
  /** A milestone on each past contract renewal. */
  renewals: boolean;
  /** Who signs for the client in renewal notes. */
  renewalWith?: readonly string[];
}

export interface ClientStory {
  key: string;
  client: ClientCreateInput;
  contacts: PlannedContact[];
  /** The hand-written beats of the story. */
  events: PlannedEvent[];
  routine: RoutineSpec;
}

export interface PlannedClient {
  key: string;
  client: ClientCreateInput;
  contacts: PlannedContact[];
  /** Oldest first. */
  events: PlannedEvent[];
}

export interface DemoPlan {
  lang: DemoLang;
  today: string;
  agencyName: string;
  consultants: readonly string[];
  clients: PlannedClient[];
}

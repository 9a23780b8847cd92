// The toolkit a client's story is written with: the chosen language, days relative to today,
// and short builders for contacts and each kind of event.
import type { TouchpointChannel } from '../../contract/events.ts';
import type { z } from 'zod';
import { calendarFor, type Calendar } from './calendar.ts';
import type { EmotionKey, MotivatorKey, RootCauseKey } from './keys.ts';
import { createRng, seedOf, type Rng } from './random.ts';
import type { DemoLang, PlannedContact, PlannedEvent, Say } from './types.ts';

export type Emotions = Partial<Record<EmotionKey, number>>;
type Channel = z.infer<typeof TouchpointChannel>;
type MilestoneType = 'anniversary' | 'renewal' | 'contract_change' | 'people_change' | 'other';

interface Common {
  body?: string;
  with?: readonly string[];
  emotions?: Emotions;
}

export interface PersonInput {
  name: string;
  role: string;
  notes: string;
  dates?: readonly { label: string; date: string; yearly?: boolean }[];
  motivators: readonly MotivatorKey[];
  /** Leave out the e-mail address (some people are reached only by phone or through an assistant). */
  noEmail?: boolean;
}

export interface StoryKit {
  readonly lang: DemoLang;
  readonly say: Say;
  readonly cal: Calendar;
  /** Random but repeatable, seeded by the client's key. */
  readonly rng: Rng;
  /** The agency's consultants (owners of relationships), in the demo's language. */
  readonly consultants: readonly string[];
  readonly currency: string;
  ago(days: number): string;
  ahead(days: number): string;
  /** A date of birth: the person turns `age` in `inDays` days (negative: that birthday is past). */
  born(age: number, inDays: number): string;
  /** A contact with a plausible e-mail address at `domain` and a phone number in `area`. */
  person(key: string, addressedAs: string, domain: string, area: string, p: PersonInput): PlannedContact;
  /** A touchpoint; it moves off a weekend unless `anyDay` (the story says it happened on a Saturday). */
  touch(ago: number, channel: Channel, title: string, o?: Common & { by?: 'us' | 'client'; answerHours?: number; anyDay?: boolean }): PlannedEvent;
  project(ago: number, title: string, o?: Common & { endsAgo?: number; outcome?: string; value?: number }): PlannedEvent;
  crisis(ago: number, stage: number, title: string, o: Common & {
    causes: Partial<Record<RootCauseKey, string | null>>;
    resolvedAgo?: number;
    resolution?: string;
  }): PlannedEvent;
  misunderstanding(ago: number, title: string, o: Common & {
    ours: string;
    theirs: string;
    resolvedAgo?: number;
    resolution?: string;
  }): PlannedEvent;
  appreciation(ago: number, title: string, gesture: string, o: Common & {
    personal: boolean;
    unscheduled: boolean;
    note?: string;
    ladder?: number;
    received?: boolean;
  }): PlannedEvent;
  milestone(ago: number, type: MilestoneType, title: string, o?: Common): PlannedEvent;
}

const emotionList = (e: Emotions | undefined) =>
  Object.entries(e ?? {}).map(([key, intensity]) => ({ key, intensity: intensity as number }));

const common = (kit: { ago(n: number): string }, ago: number, title: string, o: Common | undefined) => ({
  title,
  body: o?.body ?? null,
  occurredOn: kit.ago(ago),
  emotions: emotionList(o?.emotions),
  ...(o?.with ? { with: o.with } : {}),
});

/** Umlauts and ß spelled out, accents dropped: the local part of an e-mail address. */
const mailPart = (s: string) =>
  s.toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');

const TITLES = new Set(['dr.', 'med.', 'prof.', 'dipl.-ing.']);

export function createKit(lang: DemoLang, today: Date, clientKey: string, consultants: readonly string[]): StoryKit {
  const cal = calendarFor(today);
  const rng = createRng(seedOf(clientKey));
  const say: Say = (de, en) => (lang === 'de' ? de : en);
  const ago = (n: number) => cal.ago(n);
  const base = { ago };
  return {
    lang, say, cal, rng, consultants,
    currency: lang === 'de' ? 'EUR' : 'GBP',
    ago,
    ahead: (n) => cal.ahead(n),
    born: (age, inDays) => cal.addYears(cal.ahead(inDays), -age),
    person(key, addressedAs, domain, area, p) {
      const parts = p.name.split(/\s+/).filter((w) => !TITLES.has(w.toLowerCase()));
      const first = parts[0] ?? p.name;
      const last = parts[parts.length - 1] ?? p.name;
      const digits = String(rng.int(100_000, 9_999_999));
      const phone = lang === 'de' ? `+49 ${area} ${digits}` : `+44 ${area} ${digits.slice(0, 3)} ${digits.slice(3)}`;
      return {
        key,
        addressedAs,
        contact: {
          name: p.name,
          role: p.role,
          email: p.noEmail ? null : `${mailPart(first)}.${mailPart(last)}@${domain}`,
          phone,
          personalNotes: p.notes,
          importantDates: (p.dates ?? []).map((d) => ({ label: d.label, date: d.date, yearly: d.yearly ?? true })),
          motivators: [...p.motivators],
        },
      };
    },
    touch: (n, channel, title, o) => ({
      kind: 'touchpoint', ...common(base, n, title, o),
      ...(o?.anyDay ? {} : { occurredOn: cal.workday(cal.ago(n)) }),
      channel,
      initiatedBy: o?.by ?? 'us', responseHours: o?.answerHours ?? null,
    }),
    project: (n, title, o) => ({
      kind: 'project', ...common(base, n, title, o),
      endsOn: o?.endsAgo === undefined ? null : cal.ago(o.endsAgo),
      outcome: o?.outcome ?? null, value: o?.value ?? null,
    }),
    crisis: (n, stage, title, o) => ({
      kind: 'crisis', ...common(base, n, title, o), glaslStage: stage,
      rootCauses: Object.entries(o.causes).map(([key, note]) => ({ key, note: note ?? null })),
      ...(o.resolvedAgo === undefined
        ? { status: 'open' as const, resolvedOn: null, resolution: null }
        : { status: 'resolved' as const, resolvedOn: cal.ago(o.resolvedAgo), resolution: o.resolution ?? null }),
    }),
    misunderstanding: (n, title, o) => ({
      kind: 'misunderstanding', ...common(base, n, title, o),
      ourUnderstanding: o.ours, theirUnderstanding: o.theirs,
      ...(o.resolvedAgo === undefined
        ? { status: 'open' as const, resolvedOn: null, resolution: null }
        : { status: 'resolved' as const, resolvedOn: cal.ago(o.resolvedAgo), resolution: o.resolution ?? null }),
    }),
    appreciation: (n, title, gesture, o) => ({
      kind: 'appreciation', ...common(base, n, title, o), gesture,
      direction: o.received ? 'received' : 'shown',
      isPersonal: o.personal, isUnscheduled: o.unscheduled,
      personalNote: o.note ?? null, ladderStage: o.ladder ?? null,
    }),
    milestone: (n, type, title, o) => ({ kind: 'milestone', ...common(base, n, title, o), milestoneType: type }),
  };
}

// The prep as the workspace sees it: its sections in order, what makes a section "started" or "ready",
// and how a section goes on the wire (blank list rows and half-typed agreements stay on screen only).
import type { Prep, PrepBody } from '../../../../src/contract/mediation.ts';
import { GLASL_QUESTIONS } from '../../../../src/domain/mediation/index.ts';

export type Body = PrepBody;
export type SectionKey = keyof Body;

/** The rail's order: understand, diagnose, dig, the three conversations, interests, words, setting, after. */
export const SECTION_KEYS = [
  'situation', 'diagnosis', 'rootCauses', 'conversations', 'interests', 'speaking', 'logistics', 'after',
] as const satisfies readonly SectionKey[];

export type Completion = 'empty' | 'started' | 'done';

const filled = (s: string | null | undefined): boolean => !!s && s.trim().length > 0;
const some = (xs: readonly (string | null | undefined)[]): boolean => xs.some(filled);
const state = (started: boolean, done: boolean): Completion => (done ? 'done' : started ? 'started' : 'empty');

/** Per section: "ready" means the essentials a consultant would want before walking into the room. */
export function completionOf(key: SectionKey, body: Body, prep: Pick<Prep, 'status' | 'eventId'>): Completion {
  switch (key) {
    case 'situation': {
      const s = body.situation;
      // The issue itself is picked when the prep starts; more than that, or any fact, is a start.
      const chosen = s.eventIds.filter((id) => id !== prep.eventId).length > 0;
      return state(chosen || some(s.facts) || some(s.interpretations), some(s.facts) && s.eventIds.length > 0);
    }
    case 'diagnosis': {
      const answered = GLASL_QUESTIONS.filter((q) => body.diagnosis.answers[q.key] !== undefined).length;
      return state(answered > 0, answered === GLASL_QUESTIONS.length);
    }
    case 'rootCauses':
      return state(body.rootCauses.length > 0, body.rootCauses.length > 0 && body.rootCauses.every((r) => filled(r.note)));
    case 'conversations': {
      const c = body.conversations;
      const texts = [c.myStory, c.theirStory, c.thirdStory, c.intent, c.impact, c.contribution, c.ourFeelings, c.identityUs, c.identityThem];
      const feelings = filled(c.ourFeelings) || c.theirFeelings.length > 0;
      return state(some(texts) || c.theirFeelings.length > 0, filled(c.myStory) && filled(c.theirStory) && filled(c.contribution) && feelings && (filled(c.identityUs) || filled(c.identityThem)));
    }
    case 'interests': {
      const i = body.interests;
      const texts = [i.ourPosition, i.ourInterests, i.theirPosition, i.theirInterests, i.ourBatna, i.theirBatna];
      return state(
        some(texts) || some(i.options) || some(i.criteria) || i.tkIntended !== null || i.tkExpected !== null,
        filled(i.ourInterests) && filled(i.theirInterests) && some(i.options) && filled(i.ourBatna),
      );
    }
    case 'speaking': {
      const s = body.speaking;
      const whole = s.statements.some((st) => filled(st.observation) && filled(st.feeling) && filled(st.need) && filled(st.request));
      const any = s.statements.some((st) => some([st.observation, st.feeling, st.need, st.request]));
      return state(any || some([s.opening, s.success]) || some(s.questions) || some(s.offers), whole && filled(s.opening));
    }
    case 'logistics': {
      const l = body.logistics;
      const people = filled(l.ourPeople) || l.participantIds.length > 0;
      return state(people || filled(l.thirdParty) || l.date !== null || filled(l.place), people && l.date !== null);
    }
    case 'after': {
      const a = body.after;
      return state(filled(a.outcome) || a.agreements.length > 0 || a.emotions.length > 0, prep.status === 'held');
    }
  }
}

const cleanList = (xs: readonly string[]): string[] => xs.map((x) => x.trim()).filter((x) => x.length > 0);

/** A section as `mediation:update` receives it. */
export function toWire<K extends SectionKey>(key: K, value: Body[K]): Body[K] {
  switch (key) {
    case 'situation': {
      const s = value as Body['situation'];
      return { ...s, facts: cleanList(s.facts), interpretations: cleanList(s.interpretations) } as Body[K];
    }
    case 'interests': {
      const i = value as Body['interests'];
      return { ...i, options: cleanList(i.options), criteria: cleanList(i.criteria) } as Body[K];
    }
    case 'speaking': {
      const s = value as Body['speaking'];
      return { ...s, questions: cleanList(s.questions), offers: cleanList(s.offers) } as Body[K];
    }
    case 'after': {
      const a = value as Body['after'];
      return { ...a, agreements: a.agreements.filter((x) => x.what.trim().length > 0) } as Body[K];
    }
    default:
      return value;
  }
}

// Mediation prep: a workspace per crisis or misunderstanding. The body is one document of sections that
// the UI saves as the consultant types; each section is replaced whole when it is sent.
import { z } from 'zod';
import { Id, IsoDate, LIMITS, optionalText, Timestamp } from './primitives.ts';
import { ObservedEmotion } from './events.ts';
import { GLASL_QUESTIONS } from '../domain/mediation/glasl-questions.ts';

const QUESTION_KEYS: ReadonlySet<string> = new Set(GLASL_QUESTIONS.map((q) => q.key));
export const TK_MODES = ['competing', 'collaborating', 'compromising', 'avoiding', 'accommodating'] as const;
export const PREP_STATUSES = ['open', 'held'] as const;

const note = optionalText(LIMITS.shortText);
const list = (max = 30) => z.array(z.string().max(LIMITS.shortText).transform((s) => s.trim())).max(max).default([]);

export const Situation = z.strictObject({
  /** Timeline events the consultant chose as relevant. */
  eventIds: z.array(Id).max(50).default([]),
  /** Observations only: what a camera would have recorded. */
  facts: list(),
  /** What we make of them, kept apart from the facts. */
  interpretations: list(),
});

export const Diagnosis = z.strictObject({
  answers: z.record(z.string(), z.enum(['no', 'partly', 'yes']))
    .refine((a) => Object.keys(a).every((k) => QUESTION_KEYS.has(k)), 'Unknown question.'),
});

// No default here: zod applies defaults inside .partial(), and an update that leaves a section out
// must leave it alone. The stored document's defaults are in PrepBody.
export const RootCauseNotes = z.array(z.strictObject({ key: z.string().min(1).max(64), note })).max(20);

export const Conversations = z.strictObject({
  myStory: note, theirStory: note, thirdStory: note,
  intent: note, impact: note, contribution: note,
  ourFeelings: note,
  /** NEV emotion keys we observed on their side. */
  theirFeelings: z.array(z.string().min(1).max(64)).max(20).default([]),
  identityUs: note, identityThem: note,
});

export const Interests = z.strictObject({
  ourPosition: note, ourInterests: note, theirPosition: note, theirInterests: note,
  options: list(), criteria: list(),
  ourBatna: note, theirBatna: note,
  tkIntended: z.enum(TK_MODES).nullable().default(null),
  tkExpected: z.enum(TK_MODES).nullable().default(null),
});

export const Statement = z.strictObject({ observation: note, feeling: note, need: note, request: note });

export const Speaking = z.strictObject({
  statements: z.array(Statement).max(20).default([]),
  opening: note,
  questions: list(),
  offers: list(),
  success: note,
});

export const Logistics = z.strictObject({
  ourPeople: note,
  participantIds: z.array(Id).max(50).default([]),
  thirdParty: note,
  date: IsoDate.nullable().default(null),
  place: note,
});

export const Agreement = z.strictObject({
  what: z.string().trim().min(1, 'What was agreed?').max(LIMITS.shortText),
  who: z.string().trim().max(LIMITS.name).default(''),
  byWhen: IsoDate.nullable().default(null),
  done: z.boolean().default(false),
});

export const Aftermath = z.strictObject({
  outcome: note,
  emotions: z.array(ObservedEmotion).max(20).default([]),
  agreements: z.array(Agreement).max(30).default([]),
});

const SECTIONS = {
  situation: Situation, diagnosis: Diagnosis, rootCauses: RootCauseNotes, conversations: Conversations,
  interests: Interests, speaking: Speaking, logistics: Logistics, after: Aftermath,
};

export const PrepBody = z.strictObject({
  situation: Situation.default(Situation.parse({})),
  diagnosis: Diagnosis.default({ answers: {} }),
  rootCauses: RootCauseNotes.default([]),
  conversations: Conversations.default(Conversations.parse({})),
  interests: Interests.default(Interests.parse({})),
  speaking: Speaking.default(Speaking.parse({})),
  logistics: Logistics.default(Logistics.parse({})),
  after: Aftermath.default(Aftermath.parse({})),
});
export type PrepBody = z.infer<typeof PrepBody>;

/** What the diagnosis concluded, recomputed by the engine from the answers. */
export const DiagnosisResult = z.strictObject({
  stage: z.number().int().min(1).max(9),
  level: z.enum(['win-win', 'win-lose', 'lose-lose']),
  intervention: z.string(),
  reason: z.strictObject({ en: z.string(), de: z.string() }),
  confidence: z.enum(['high', 'medium', 'low']),
});

export const Prep = z.strictObject({
  id: Id,
  clientId: Id,
  clientName: z.string(),
  eventId: Id,
  eventKind: z.enum(['crisis', 'misunderstanding']),
  eventTitle: z.string(),
  /** The crisis's current Glasl stage (null for a misunderstanding). */
  glaslStage: z.number().int().nullable(),
  eventStatus: z.enum(['open', 'resolved']),
  status: z.enum(PREP_STATUSES),
  body: PrepBody,
  diagnosis: DiagnosisResult.nullable(),
  talkEventId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Prep = z.infer<typeof Prep>;

export const PrepSummary = Prep.omit({ body: true, diagnosis: true }).extend({
  talkDate: z.string().nullable(),
  openAgreements: z.number().int().nonnegative(),
});
export type PrepSummary = z.infer<typeof PrepSummary>;

export const PrepListInput = z.strictObject({
  clientId: Id.optional(),
  status: z.enum(PREP_STATUSES).optional(),
});
export const PrepCreateInput = z.strictObject({ eventId: Id });
export const PrepUpdateInput = z.strictObject({
  id: Id,
  sections: z.strictObject(SECTIONS).partial(),
});
export type PrepUpdateInput = z.input<typeof PrepUpdateInput>;

/** After the talk: what happened, what was agreed, and whether the issue is resolved now. */
export const PrepCompleteInput = z.strictObject({
  id: Id,
  talkOn: IsoDate,
  /** The timeline entry for the talk, in the user's words and language. */
  talkTitle: z.string().trim().min(1, 'This field is required.').max(LIMITS.title),
  outcome: optionalText(LIMITS.longText),
  emotions: z.array(ObservedEmotion).max(20).default([]),
  agreements: z.array(Agreement).max(30).default([]),
  resolution: z.strictObject({ resolvedOn: IsoDate, resolution: z.string().trim().min(1, 'How was it resolved?').max(LIMITS.shortText) }).nullable().default(null),
});

import { z } from 'zod';
import { Id, IsoDate, LIMITS, optionalText, text, Timestamp } from './primitives.ts';

export const EVENT_KINDS = ['project', 'crisis', 'misunderstanding', 'appreciation', 'touchpoint', 'milestone'] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const ISSUE_STATUSES = ['open', 'resolved'] as const;
export const IssueStatus = z.enum(ISSUE_STATUSES);
export const TOUCHPOINT_CHANNELS = ['call', 'meeting', 'video', 'mail', 'message', 'visit', 'other'] as const;
export const TouchpointChannel = z.enum(TOUCHPOINT_CHANNELS);
export const INITIATORS = ['us', 'client'] as const;
export const MILESTONE_TYPES = ['anniversary', 'renewal', 'contract_change', 'people_change', 'other'] as const;
export const APPRECIATION_DIRECTIONS = ['shown', 'received'] as const;

export const ObservedEmotion = z.strictObject({
  key: z.string().min(1).max(64),
  /** 1 faint … 5 overwhelming. */
  intensity: z.number().int().min(1).max(5),
});
export type ObservedEmotion = z.infer<typeof ObservedEmotion>;

/** Fields every kind shares. */
const Common = {
  title: text(LIMITS.title, 1),
  body: optionalText(LIMITS.longText),
  occurredOn: IsoDate,
  emotions: z.array(ObservedEmotion).max(20).default([]),
  participantIds: z.array(Id).max(50).default([]),
};

const Resolution = {
  status: IssueStatus.default('open'),
  resolvedOn: IsoDate.nullable().default(null),
  resolution: optionalText(LIMITS.shortText),
};

export const ProjectFields = z.strictObject({
  kind: z.literal('project'),
  ...Common,
  endsOn: IsoDate.nullable().default(null),
  outcome: optionalText(LIMITS.shortText),
  value: z.number().int().min(0).max(1_000_000_000).nullable().default(null),
});
export const CrisisFields = z.strictObject({
  kind: z.literal('crisis'),
  ...Common,
  glaslStage: z.number().int().min(1).max(9),
  rootCauses: z.array(z.strictObject({ key: z.string().min(1).max(64), note: optionalText(LIMITS.shortText) })).max(20).default([]),
  ...Resolution,
});
export const MisunderstandingFields = z.strictObject({
  kind: z.literal('misunderstanding'),
  ...Common,
  ourUnderstanding: optionalText(LIMITS.shortText),
  theirUnderstanding: optionalText(LIMITS.shortText),
  ...Resolution,
});
export const AppreciationFields = z.strictObject({
  kind: z.literal('appreciation'),
  ...Common,
  gesture: text(LIMITS.title, 1),
  direction: z.enum(APPRECIATION_DIRECTIONS).default('shown'),
  isPersonal: z.boolean(),
  isUnscheduled: z.boolean(),
  personalNote: optionalText(LIMITS.shortText),
  ladderStage: z.number().int().min(1).max(7).nullable().default(null),
});
export const TouchpointFields = z.strictObject({
  kind: z.literal('touchpoint'),
  ...Common,
  channel: TouchpointChannel,
  initiatedBy: z.enum(INITIATORS).default('us'),
  /** How long the answer took, in hours (responsiveness). */
  responseHours: z.number().min(0).max(24 * 365).nullable().default(null),
});
export const MilestoneFields = z.strictObject({
  kind: z.literal('milestone'),
  ...Common,
  milestoneType: z.enum(MILESTONE_TYPES).default('other'),
});

// Rules that span fields; each issue names its field so the form can show it there.
const withRules = <T extends z.ZodType<Record<string, unknown>>>(schema: T) =>
  schema.superRefine((raw, ctx) => {
    const e = raw as Record<string, unknown> & { occurredOn: string };
    if (e.kind === 'project' && typeof e.endsOn === 'string' && e.endsOn < e.occurredOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'A project cannot end before it starts.' });
    }
    if (e.kind === 'crisis' || e.kind === 'misunderstanding') {
      if (e.status === 'resolved') {
        if (e.resolvedOn == null) ctx.addIssue({ code: 'custom', path: ['resolvedOn'], message: 'When was it resolved?' });
        if (e.resolution == null) ctx.addIssue({ code: 'custom', path: ['resolution'], message: 'How was it resolved?' });
      }
      if (typeof e.resolvedOn === 'string' && e.resolvedOn < e.occurredOn) {
        ctx.addIssue({ code: 'custom', path: ['resolvedOn'], message: 'It cannot be resolved before it began.' });
      }
      if (e.status === 'open' && e.resolvedOn != null) {
        ctx.addIssue({ code: 'custom', path: ['resolvedOn'], message: 'An open issue has no resolution date.' });
      }
    }
    const keys = (e.emotions as ObservedEmotion[]).map((x) => x.key);
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', path: ['emotions'], message: 'Each emotion once.' });
    }
  });

export const EventFields = z.discriminatedUnion('kind', [
  ProjectFields,
  CrisisFields,
  MisunderstandingFields,
  AppreciationFields,
  TouchpointFields,
  MilestoneFields,
]);
export type EventFields = z.infer<typeof EventFields>;
export type EventFieldsInput = z.input<typeof EventFields>;

export const EventCreateInput = z.strictObject({ clientId: Id, event: withRules(EventFields) });
export type EventCreateInput = z.input<typeof EventCreateInput>;
/** Update replaces the event's fields (its kind may not change). */
/**
 * `expectedUpdatedAt`: the version the editor loaded. When the stored event has changed since (another person,
 * the CLI, another window), the update is refused with CONFLICT and nothing is written.
 */
export const EventUpdateInput = z.strictObject({ id: Id, event: withRules(EventFields), expectedUpdatedAt: Timestamp.optional() });
export type EventUpdateInput = z.input<typeof EventUpdateInput>;

/** Who logged an event and who changed it last: on the agency's shared ledger only (a file has one writer). */
export const Author = z.strictObject({ login: z.string(), name: z.string() });
export type Author = z.infer<typeof Author>;

const Meta = {
  id: Id, clientId: Id, createdAt: Timestamp, updatedAt: Timestamp,
  loggedBy: Author.optional(), changedBy: Author.optional(),
};
const OutCommon = {
  title: z.string(),
  body: z.string().nullable(),
  occurredOn: z.string(),
  emotions: z.array(z.strictObject({ key: z.string(), intensity: z.number().int() })),
  participantIds: z.array(Id),
};
const OutResolution = { status: IssueStatus, resolvedOn: z.string().nullable(), resolution: z.string().nullable() };

export const TimelineEvent = z.discriminatedUnion('kind', [
  z.strictObject({ ...Meta, kind: z.literal('project'), ...OutCommon, endsOn: z.string().nullable(), outcome: z.string().nullable(), value: z.number().int().nullable() }),
  z.strictObject({ ...Meta, kind: z.literal('crisis'), ...OutCommon, glaslStage: z.number().int(), rootCauses: z.array(z.strictObject({ key: z.string(), note: z.string().nullable() })), ...OutResolution }),
  z.strictObject({ ...Meta, kind: z.literal('misunderstanding'), ...OutCommon, ourUnderstanding: z.string().nullable(), theirUnderstanding: z.string().nullable(), ...OutResolution }),
  z.strictObject({ ...Meta, kind: z.literal('appreciation'), ...OutCommon, gesture: z.string(), direction: z.enum(APPRECIATION_DIRECTIONS), isPersonal: z.boolean(), isUnscheduled: z.boolean(), personalNote: z.string().nullable(), ladderStage: z.number().int().nullable() }),
  z.strictObject({ ...Meta, kind: z.literal('touchpoint'), ...OutCommon, channel: TouchpointChannel, initiatedBy: z.enum(INITIATORS), responseHours: z.number().nullable() }),
  z.strictObject({ ...Meta, kind: z.literal('milestone'), ...OutCommon, milestoneType: z.enum(MILESTONE_TYPES) }),
]);
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** Keyset cursor: newest first, so the next page starts strictly before (occurredOn, id). */
export const EventCursor = z.strictObject({ occurredOn: IsoDate, id: Id });

export const EventListInput = z.strictObject({
  clientId: Id,
  limit: z.number().int().min(1).max(LIMITS.pageSize).default(100),
  before: EventCursor.optional(),
  kinds: z.array(EventKind).max(EVENT_KINDS.length).optional(),
  status: IssueStatus.optional(),
  contactId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Full-text filter within the client's timeline (same word rules as global search). */
  query: z.string().max(LIMITS.searchQuery).optional(),
});
export type EventListInput = z.input<typeof EventListInput>;

export const EventPage = z.strictObject({
  items: z.array(TimelineEvent),
  nextCursor: EventCursor.nullable(),
});
export type EventPage = z.infer<typeof EventPage>;

export const EventYearsInput = z.strictObject({ clientId: Id });
/** The years a timeline spans, newest first, for "jump to year". */
export const EventYears = z.array(z.strictObject({ year: z.number().int(), count: z.number().int().nonnegative() }));

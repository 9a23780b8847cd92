// The event form's values, how they come from an event and go back to the contract's EventFields, and
// the client-side rules. The rules mirror src/contract/events.ts (same LIMITS, same cross-field rules) but
// speak the user's language; the engine checks again, and its INVALID reply is mapped onto the fields too.
import { LIMITS } from '../../../../src/contract/primitives.ts';
import type {
  EVENT_KINDS, EventFieldsInput, MILESTONE_TYPES, TimelineEvent, TOUCHPOINT_CHANNELS,
} from '../../../../src/contract/events.ts';
import type { Messages } from '../../i18n/messages.ts';
import { textLength, tooLong } from './formKit.tsx';

export type EventKind = (typeof EVENT_KINDS)[number];
export type Channel = (typeof TOUCHPOINT_CHANNELS)[number];
export type MilestoneType = (typeof MILESTONE_TYPES)[number];

/** One flat record for every kind: switching the kind of a new event keeps what was typed. */
export interface EventFormValues {
  kind: EventKind;
  title: string;
  occurredOn: string | null;
  body: string;
  /** Contact ids as strings (MultiSelect values). */
  participantIds: string[];
  emotions: { key: string; intensity: number }[];
  // project
  endsOn: string | null;
  outcome: string;
  value: number | string;
  // crisis
  glaslStage: string | null;
  /** Ticked root causes, by key. */
  rootCauses: string[];
  /** A note per root cause key (kept while unticked, sent only when ticked). */
  rootCauseNotes: Record<string, string>;
  // crisis, misunderstanding
  status: 'open' | 'resolved';
  resolvedOn: string | null;
  resolution: string;
  ourUnderstanding: string;
  theirUnderstanding: string;
  // appreciation
  gesture: string;
  direction: 'shown' | 'received';
  isPersonal: boolean;
  isUnscheduled: boolean;
  personalNote: string;
  ladderStage: string | null;
  // touchpoint
  channel: Channel;
  initiatedBy: 'us' | 'client';
  responseHours: number | string;
  // milestone
  milestoneType: MilestoneType;
}

export function emptyValues(kind: EventKind, today: string): EventFormValues {
  return {
    kind,
    title: '',
    occurredOn: today,
    body: '',
    participantIds: [],
    emotions: [],
    endsOn: null,
    outcome: '',
    value: '',
    glaslStage: null,
    rootCauses: [],
    rootCauseNotes: {},
    status: 'open',
    resolvedOn: null,
    resolution: '',
    ourUnderstanding: '',
    theirUnderstanding: '',
    gesture: '',
    direction: 'shown',
    isPersonal: false,
    isUnscheduled: false,
    personalNote: '',
    ladderStage: null,
    channel: 'call',
    initiatedBy: 'us',
    responseHours: '',
    milestoneType: 'other',
  };
}

/** The form's values for editing a stored event. */
export function valuesFromEvent(event: TimelineEvent, today: string): EventFormValues {
  const v = emptyValues(event.kind, today);
  v.title = event.title;
  v.occurredOn = event.occurredOn;
  v.body = event.body ?? '';
  v.participantIds = event.participantIds.map(String);
  v.emotions = event.emotions.map((e) => ({ key: e.key, intensity: e.intensity }));
  switch (event.kind) {
    case 'project':
      v.endsOn = event.endsOn;
      v.outcome = event.outcome ?? '';
      v.value = event.value ?? '';
      break;
    case 'crisis':
      v.glaslStage = String(event.glaslStage);
      v.rootCauses = event.rootCauses.map((c) => c.key);
      v.rootCauseNotes = Object.fromEntries(event.rootCauses.map((c) => [c.key, c.note ?? '']));
      v.status = event.status;
      v.resolvedOn = event.resolvedOn;
      v.resolution = event.resolution ?? '';
      break;
    case 'misunderstanding':
      v.ourUnderstanding = event.ourUnderstanding ?? '';
      v.theirUnderstanding = event.theirUnderstanding ?? '';
      v.status = event.status;
      v.resolvedOn = event.resolvedOn;
      v.resolution = event.resolution ?? '';
      break;
    case 'appreciation':
      v.gesture = event.gesture;
      v.direction = event.direction;
      v.isPersonal = event.isPersonal;
      v.isUnscheduled = event.isUnscheduled;
      v.personalNote = event.personalNote ?? '';
      v.ladderStage = event.ladderStage === null ? null : String(event.ladderStage);
      break;
    case 'touchpoint':
      v.channel = event.channel;
      v.initiatedBy = event.initiatedBy;
      v.responseHours = event.responseHours ?? '';
      break;
    case 'milestone':
      v.milestoneType = event.milestoneType;
      break;
  }
  return v;
}

const orNull = (s: string): string | null => (s.trim() ? s.trim() : null);
const numberOrNull = (v: number | string): number | null => (v === '' || v === null || v === undefined ? null : Number(v));

/** The contract's fields for the chosen kind (the engine validates them again). */
export function toEventFields(v: EventFormValues): EventFieldsInput {
  const common = {
    title: v.title.trim(),
    body: orNull(v.body),
    occurredOn: v.occurredOn ?? '',
    emotions: v.emotions.map((e) => ({ key: e.key, intensity: e.intensity })),
    participantIds: v.participantIds.map(Number),
  };
  const resolution = v.status === 'resolved'
    ? { status: 'resolved' as const, resolvedOn: v.resolvedOn, resolution: orNull(v.resolution) }
    : { status: 'open' as const, resolvedOn: null, resolution: null };
  switch (v.kind) {
    case 'project':
      return { kind: 'project', ...common, endsOn: v.endsOn, outcome: orNull(v.outcome), value: numberOrNull(v.value) };
    case 'crisis':
      return {
        kind: 'crisis', ...common,
        glaslStage: Number(v.glaslStage),
        rootCauses: v.rootCauses.map((key) => ({ key, note: orNull(v.rootCauseNotes[key] ?? '') })),
        ...resolution,
      };
    case 'misunderstanding':
      return {
        kind: 'misunderstanding', ...common,
        ourUnderstanding: orNull(v.ourUnderstanding), theirUnderstanding: orNull(v.theirUnderstanding),
        ...resolution,
      };
    case 'appreciation':
      return {
        kind: 'appreciation', ...common,
        gesture: v.gesture.trim(), direction: v.direction, isPersonal: v.isPersonal, isUnscheduled: v.isUnscheduled,
        personalNote: orNull(v.personalNote),
        ladderStage: v.ladderStage === null ? null : Number(v.ladderStage),
      };
    case 'touchpoint':
      return { kind: 'touchpoint', ...common, channel: v.channel, initiatedBy: v.initiatedBy, responseHours: numberOrNull(v.responseHours) };
    case 'milestone':
      return { kind: 'milestone', ...common, milestoneType: v.milestoneType };
  }
}

/** A stored event as the fields that re-create or replace it (undo after delete, resolve). */
export function fieldsOfEvent(event: TimelineEvent): EventFieldsInput {
  // Strip what the ledger added (id, clientId, timestamps); everything else is the event's own.
  const { id: _id, clientId: _clientId, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = event;
  return fields as EventFieldsInput;
}

/**
 * Which form field an engine path belongs to, given the values that were sent (root causes are sent
 * as a list of the ticked ones, the form keeps their notes by key).
 */
export function formPathFor(path: string, sent: EventFormValues): string | null {
  const [head, index, leaf] = path.split('.');
  switch (head) {
    case 'title': case 'body': case 'occurredOn': case 'endsOn': case 'outcome': case 'value':
    case 'glaslStage': case 'status': case 'resolvedOn': case 'resolution': case 'ourUnderstanding':
    case 'theirUnderstanding': case 'gesture': case 'direction': case 'isPersonal': case 'isUnscheduled':
    case 'personalNote': case 'ladderStage': case 'channel': case 'initiatedBy': case 'responseHours':
    case 'milestoneType': case 'emotions': case 'participantIds':
      return head;
    case 'rootCauses': {
      const key = index !== undefined ? sent.rootCauses[Number(index)] : undefined;
      return key && leaf === 'note' ? `rootCauseNotes.${key}` : 'rootCauses';
    }
    default:
      return null;
  }
}

type Errors = Partial<Record<string, string>>;

/** The client-side rules, mirroring the contract; only the chosen kind's fields count. */
export function validateEvent(v: EventFormValues, t: Messages, num: (n: number) => string): Errors {
  const e = t.editor.errors;
  const errors: Errors = {};
  const long = (field: keyof EventFormValues & string, max: number) => {
    const message = tooLong(t, num, String(v[field] ?? ''), max);
    if (message) errors[field] = message;
  };

  if (!textLength(v.title)) errors.title = e.titleRequired;
  else long('title', LIMITS.title);
  if (!v.occurredOn) errors.occurredOn = e.dateRequired;
  long('body', LIMITS.longText);
  if (v.emotions.length > 20) errors.emotions = e.tooMany(num(20));
  if (v.participantIds.length > 50) errors.participantIds = e.tooMany(num(50));

  switch (v.kind) {
    case 'project': {
      if (v.endsOn && v.occurredOn && v.endsOn < v.occurredOn) errors.endsOn = e.endBeforeStart;
      long('outcome', LIMITS.shortText);
      const value = numberOrNull(v.value);
      if (value !== null && (!Number.isInteger(value) || value < 0 || value > 1_000_000_000)) {
        errors.value = e.number(num(0), num(1_000_000_000));
      }
      break;
    }
    case 'crisis':
    case 'misunderstanding':
      if (v.kind === 'crisis') {
        const stage = Number(v.glaslStage);
        if (!v.glaslStage || !(stage >= 1 && stage <= 9)) errors.glaslStage = e.glaslRequired;
        for (const key of v.rootCauses) {
          const message = tooLong(t, num, v.rootCauseNotes[key] ?? '', LIMITS.shortText);
          if (message) errors[`rootCauseNotes.${key}`] = message;
        }
      } else {
        long('ourUnderstanding', LIMITS.shortText);
        long('theirUnderstanding', LIMITS.shortText);
      }
      if (v.status === 'resolved') {
        if (!v.resolvedOn) errors.resolvedOn = e.resolvedOnRequired;
        else if (v.occurredOn && v.resolvedOn < v.occurredOn) errors.resolvedOn = e.resolvedBeforeStart;
        if (!textLength(v.resolution)) errors.resolution = e.resolutionRequired;
        else long('resolution', LIMITS.shortText);
      }
      break;
    case 'appreciation':
      if (!textLength(v.gesture)) errors.gesture = e.gestureRequired;
      else long('gesture', LIMITS.title);
      long('personalNote', LIMITS.shortText);
      break;
    case 'touchpoint': {
      const hours = numberOrNull(v.responseHours);
      if (hours !== null && (!(hours >= 0) || hours > 24 * 365)) errors.responseHours = e.number(num(0), num(24 * 365));
      break;
    }
    case 'milestone':
      break;
  }
  return errors;
}

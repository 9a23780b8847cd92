// The timeline's highlights: a handful of events that tell the period's story. Projects and contract
// milestones first, then moments of real appreciation and touchpoints where the client was strongly
// moved; routine contact and routine gestures never. Crises have their own section.
import type { TimelineEvent } from '../contract/events.ts';
import { classifyGesture } from '../domain/appreciation/gestures.ts';
import { eventNev, type NevReference } from '../domain/nev.ts';
import type { Highlight } from './model.ts';
import { clip } from './text.ts';

export const HIGHLIGHT_LIMIT = 14;
const DETAIL_MAX = 320;

const MILESTONE_WEIGHT: Record<string, number> = {
  contract_change: 8,
  renewal: 7,
  people_change: 6,
  other: 5,
  anniversary: 4,
};

interface Candidate {
  event: TimelineEvent;
  weight: number;
  highlight: Highlight;
}

function candidate(e: TimelineEvent, ref: NevReference, mass: ReadonlySet<number>): Candidate | null {
  const base = { date: e.occurredOn.slice(0, 10), kind: e.kind, title: e.title, value: null };
  switch (e.kind) {
    case 'project':
      return {
        event: e,
        weight: 10 + (e.value ? Math.log10(Math.max(1, e.value)) : 0),
        highlight: { ...base, tag: null, detail: clip(e.outcome ?? e.body, DETAIL_MAX), value: e.value },
      };
    case 'milestone':
      return {
        event: e,
        weight: MILESTONE_WEIGHT[e.milestoneType] ?? 4,
        highlight: { ...base, tag: e.milestoneType, detail: clip(e.body, DETAIL_MAX) },
      };
    case 'appreciation': {
      const cls = classifyGesture(e, mass);
      if (cls === 'routine' || cls === 'mass') return null;
      const weight = cls === 'received' ? 6 : cls === 'personal-unscheduled' ? 5 : 3;
      const detail = e.personalNote ? `${e.gesture}: ${e.personalNote}` : e.gesture === e.title ? e.body : e.gesture;
      return { event: e, weight, highlight: { ...base, tag: cls, detail: clip(detail, DETAIL_MAX) } };
    }
    case 'touchpoint': {
      const strong = e.emotions.some((x) => x.intensity >= 4);
      const nev = eventNev(e, ref).value;
      if (!strong || nev === null || nev < 0.6) return null;
      return { event: e, weight: 2 + nev, highlight: { ...base, tag: e.channel, detail: clip(e.body, DETAIL_MAX) } };
    }
    default:
      return null;
  }
}

/** At most this many of one kind in the first pass, so a long list of projects leaves room for the rest. */
const PER_KIND: Record<string, number> = { project: 6, milestone: 6, appreciation: 4, touchpoint: 3 };

/**
 * Up to `limit` highlights of the period's events, oldest first: the weightiest of each kind within
 * its share first, then the remaining places by weight alone.
 */
export function selectHighlights(
  events: readonly TimelineEvent[],
  ref: NevReference,
  massGestureIds: ReadonlySet<number>,
  limit = HIGHLIGHT_LIMIT,
): Highlight[] {
  const candidates = events.map((e) => candidate(e, ref, massGestureIds)).filter((c): c is Candidate => c !== null);
  const byWeight = [...candidates].sort((a, b) =>
    b.weight !== a.weight
      ? b.weight - a.weight
      : a.event.occurredOn !== b.event.occurredOn
        ? (a.event.occurredOn < b.event.occurredOn ? 1 : -1)
        : b.event.id - a.event.id,
  );
  const chosen = new Set<Candidate>();
  const perKind = new Map<string, number>();
  for (const c of byWeight) {
    if (chosen.size >= limit) break;
    const n = perKind.get(c.event.kind) ?? 0;
    if (n >= (PER_KIND[c.event.kind] ?? limit)) continue;
    chosen.add(c);
    perKind.set(c.event.kind, n + 1);
  }
  for (const c of byWeight) {
    if (chosen.size >= limit) break;
    chosen.add(c);
  }
  return [...chosen]
    .sort((a, b) => (a.event.occurredOn === b.event.occurredOn ? a.event.id - b.event.id : a.event.occurredOn < b.event.occurredOn ? -1 : 1))
    .map((c) => c.highlight);
}

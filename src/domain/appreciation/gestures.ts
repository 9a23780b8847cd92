// What each appreciation moment was, and what the moments of a window add up to (rules.ts explains
// the credits).
import type { Events, EventOf } from '../inputs.ts';
import { ofKind } from '../inputs.ts';
import type { AppreciationRules } from './rules.ts';

export type GestureClass = 'personal-unscheduled' | 'personal-scheduled' | 'routine' | 'mass' | 'received';

export function classifyGesture(e: EventOf<'appreciation'>, massGestureIds: ReadonlySet<number>): GestureClass {
  if (e.direction === 'received') return 'received';
  if (massGestureIds.has(e.id)) return 'mass';
  if (!e.isPersonal) return 'routine';
  return e.isUnscheduled ? 'personal-unscheduled' : 'personal-scheduled';
}

export interface GestureTally {
  /** Gestures we showed (mass ones included). */
  shown: number;
  personalUnscheduled: number;
  personalScheduled: number;
  routine: number;
  mass: number;
  /** Gestures the client showed us (not credit, but a sign of a bond). */
  received: number;
  /** Σ personal credits + min(routineCap, Σ routine credits). */
  credit: number;
  /** True when the routine gestures reached the cap. */
  routineCapped: boolean;
}

export function tallyGestures(events: Events, massGestureIds: ReadonlySet<number>, rules: AppreciationRules): GestureTally {
  const t: GestureTally = {
    shown: 0,
    personalUnscheduled: 0,
    personalScheduled: 0,
    routine: 0,
    mass: 0,
    received: 0,
    credit: 0,
    routineCapped: false,
  };
  for (const e of ofKind(events, 'appreciation')) {
    const cls = classifyGesture(e, massGestureIds);
    if (cls === 'received') {
      t.received += 1;
      continue;
    }
    t.shown += 1;
    if (cls === 'mass') t.mass += 1;
    else if (cls === 'routine') t.routine += 1;
    else if (cls === 'personal-scheduled') t.personalScheduled += 1;
    else t.personalUnscheduled += 1;
  }
  const routineCredit = t.routine * rules.routine;
  t.routineCapped = t.routine > 0 && routineCredit >= rules.routineCap;
  t.credit =
    t.personalUnscheduled * rules.personalUnscheduled +
    t.personalScheduled * rules.personalScheduled +
    Math.min(rules.routineCap, routineCredit);
  return t;
}

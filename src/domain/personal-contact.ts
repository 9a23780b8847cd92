// What counts as personal contact: the thing a keep-in-touch cadence measures. A newsletter or a
// routine mail does not reset it; a call, a meeting, a visit or a personal gesture does.
import type { EventKind } from '../contract/events.ts';

export const PERSONAL_CHANNELS = ['call', 'meeting', 'video', 'visit'] as const;

export interface PersonalContactProbe {
  kind: EventKind;
  channel?: string | null;
  isPersonal?: boolean | null;
  direction?: string | null;
}

export function isPersonalContact(e: PersonalContactProbe): boolean {
  if (e.kind === 'touchpoint') return (PERSONAL_CHANNELS as readonly string[]).includes(e.channel ?? '');
  if (e.kind === 'appreciation') return e.isPersonal === true && e.direction !== 'received';
  return false;
}

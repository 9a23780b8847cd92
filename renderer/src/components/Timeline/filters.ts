// What the reader narrowed the timeline to, and how that becomes an `events:list` filter.
import type { EventKind } from '../../../../src/contract/schemas.ts';
import type { TimelineFilter } from '../../api/queries.ts';

export interface TimelineFilters {
  kinds: EventKind[];
  status: 'open' | 'resolved' | null;
  contactId: number | null;
  from: string | null;
  to: string | null;
  /** The full-text search, as typed (debounced before it reaches the engine). */
  query: string;
}

export const NO_FILTERS: TimelineFilters = { kinds: [], status: null, contactId: null, from: null, to: null, query: '' };

/** How many filters are set, the text search aside. */
export const activeFilterCount = (f: TimelineFilters): number =>
  f.kinds.length + (f.status ? 1 : 0) + (f.contactId !== null ? 1 : 0) + (f.from ? 1 : 0) + (f.to ? 1 : 0);

export const isFiltered = (f: TimelineFilters): boolean => activeFilterCount(f) > 0 || f.query.trim() !== '';

/**
 * The engine's filter: only what is set, kinds in a stable order (one cache entry per meaning). `jumpTo` (a
 * year's last day or a search hit's day) narrows the upper end of the period further.
 */
export function toListFilter(f: TimelineFilters, query: string, jumpTo: string | null): TimelineFilter {
  const out: TimelineFilter = {};
  if (f.kinds.length) out.kinds = [...f.kinds].sort();
  if (f.status) out.status = f.status;
  if (f.contactId !== null) out.contactId = f.contactId;
  if (f.from) out.from = f.from;
  const to = f.to && jumpTo ? (f.to < jumpTo ? f.to : jumpTo) : (f.to ?? jumpTo);
  if (to) out.to = to;
  const q = query.trim();
  if (q) out.query = q;
  return out;
}

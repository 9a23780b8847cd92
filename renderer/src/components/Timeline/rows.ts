// The timeline as rows of one virtual list: a year header, a month header, then that month's events,
// newest first. Headers are rows too, so the list never renders more than what is on screen.
import type { TimelineEvent } from '../../../../src/contract/schemas.ts';

export type TimelineRow =
  | { type: 'year'; key: string; year: number }
  | { type: 'month'; key: string; month: string }
  | { type: 'event'; key: string; event: TimelineEvent };

/** Rows for events sorted newest first (the order `events:list` returns). */
export function buildRows(events: readonly TimelineEvent[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let year = '';
  let month = '';
  for (const event of events) {
    const y = event.occurredOn.slice(0, 4);
    const m = event.occurredOn.slice(0, 7);
    if (y !== year) {
      rows.push({ type: 'year', key: `y${y}`, year: Number(y) });
      year = y;
    }
    if (m !== month) {
      rows.push({ type: 'month', key: `m${m}`, month: m });
      month = m;
    }
    rows.push({ type: 'event', key: `e${event.id}`, event });
  }
  return rows;
}

/** A rough height per row before it is measured (the list measures every row it renders). */
export function estimateRowSize(row: TimelineRow | undefined): number {
  if (!row) return 96;
  if (row.type === 'year') return 56;
  if (row.type === 'month') return 34;
  return 104;
}

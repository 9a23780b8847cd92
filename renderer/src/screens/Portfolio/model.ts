// The portfolio's rules, pure: which relationships a filter keeps, how they sort, and what falls due this
// week. The e2e tests check the screen against the engine's own portfolio with the same definitions.
import { addDays, daysBetween } from '../../../../src/domain/dates.ts';
import { actBy, isWeak, type PortfolioRow, type ReminderKind } from '../../components/Health/model.ts';
import type { ReminderEntry } from '../../components/Health/ReminderList.tsx';

export type Filter = 'all' | 'atRisk' | 'renewal' | 'neglected';
export const FILTERS: readonly Filter[] = ['all', 'atRisk', 'renewal', 'neglected'];
/** The owner filter's value for relationships nobody looks after. */
export const NO_OWNER = '\u0000none';

/** Days until the renewal (negative once passed), or null without a renewal date. */
export const renewalIn = (row: Pick<PortfolioRow, 'renewalDate'>, today: string): number | null =>
  row.renewalDate ? daysBetween(today, row.renewalDate.slice(0, 10)) : null;

/** The renewal falls within the next 90 days (today included). */
export function renewsSoon(row: Pick<PortfolioRow, 'renewalDate'>, today: string): boolean {
  const days = renewalIn(row, today);
  return days !== null && days >= 0 && days <= 90;
}

/** A keep-in-touch reminder is due (and not snoozed or done). */
export const isNeglected = (row: Pick<PortfolioRow, 'reminders'>): boolean => row.reminders.some((r) => r.kind === 'keep-in-touch');

export function matchesFilter(row: PortfolioRow, filter: Filter, today: string): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'atRisk':
      return isWeak(row.health.band);
    case 'renewal':
      return renewsSoon(row, today);
    case 'neglected':
      return isNeglected(row);
  }
}

export const matchesOwner = (row: PortfolioRow, owner: string | null): boolean =>
  owner === null || (owner === NO_OWNER ? !row.owner : row.owner === owner);

export type SortKey = 'attention' | 'name' | 'health' | 'together' | 'lastContact' | 'crises' | 'renewal' | 'reminders';
export interface Sort {
  by: SortKey;
  dir: 'asc' | 'desc';
}
/** The first click on a column sorts the way an owner reads it: worst health, oldest contact, soonest renewal first. */
export const FIRST_DIR: Record<SortKey, 'asc' | 'desc'> = {
  attention: 'asc',
  name: 'asc',
  health: 'asc',
  together: 'desc',
  lastContact: 'asc',
  crises: 'desc',
  renewal: 'asc',
  reminders: 'desc',
};
export const DEFAULT_SORT: Sort = { by: 'attention', dir: 'asc' };

const byName = (a: PortfolioRow, b: PortfolioRow) => a.name.localeCompare(b.name);

/** Most in need of attention first: open crises, then the weakest health. */
export function attentionOrder(a: PortfolioRow, b: PortfolioRow): number {
  if (a.openCrises !== b.openCrises) return b.openCrises - a.openCrises;
  if (a.health.score !== b.health.score) return a.health.score - b.health.score;
  return byName(a, b);
}

/** The value a column sorts by; null sorts last whichever the direction. */
function sortValue(row: PortfolioRow, by: Exclude<SortKey, 'attention' | 'name'>, today: string): number | string | null {
  switch (by) {
    case 'health':
      return row.health.score;
    case 'together':
      return daysBetween(row.since.slice(0, 10), today);
    case 'lastContact':
      return row.lastPersonalContact ? row.lastPersonalContact.slice(0, 10) : '';
    case 'crises':
      return row.openCrises;
    case 'renewal':
      return row.renewalDate ? row.renewalDate.slice(0, 10) : null;
    case 'reminders':
      return row.reminders.length;
  }
}

export function sortRows(rows: readonly PortfolioRow[], sort: Sort, today: string): PortfolioRow[] {
  const { by, dir } = sort;
  const sign = dir === 'asc' ? 1 : -1;
  if (by === 'attention') return [...rows].sort((a, b) => sign * attentionOrder(a, b));
  if (by === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const va = sortValue(a, by, today);
    const vb = sortValue(b, by, today);
    if (va === null || vb === null) return va === vb ? attentionOrder(a, b) : va === null ? 1 : -1;
    if (va === vb) return attentionOrder(a, b);
    return sign * (va < vb ? -1 : 1);
  });
}

/** Promises first, then contact, the contract, the day that will not come again, appreciation. */
export const KIND_ORDER: Record<ReminderKind, number> = { 'follow-up': 0, 'keep-in-touch': 1, renewal: 2, anniversary: 3, 'appreciation-due': 4 };

/** The last day "this week" covers: today and the next seven days. */
export const weekEnd = (today: string): string => addDays(today, 7);

/**
 * What needs attention this week: every reminder that asks for action by the end of the week (its own
 * day, or a renewal's last day to give notice). The most pressing first: by kind (a promise made in a
 * talk before a cadence, before the renewal, the anniversary and appreciation), then the earliest.
 */
export function weekEntries(rows: readonly PortfolioRow[], today: string): (ReminderEntry & { actBy: string })[] {
  const end = weekEnd(today);
  return rows
    .flatMap((row) =>
      row.reminders.map((reminder) => ({ clientId: row.id, clientName: row.name, reminder, actBy: actBy(reminder, row, today) })),
    )
    .filter((e) => e.actBy <= end)
    .sort(
      (a, b) =>
        KIND_ORDER[a.reminder.kind] - KIND_ORDER[b.reminder.kind] ||
        (a.actBy !== b.actBy ? (a.actBy < b.actBy ? -1 : 1) : a.clientName.localeCompare(b.clientName)),
    );
}

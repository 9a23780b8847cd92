// Reminders and renewal dates as an .ics calendar: what the portfolio shows as due (the same rules, the
// same snoozes), plus every coming renewal and its notice deadline. All-day events; UIDs stable per item
// so re-importing the file updates a calendar instead of doubling it.
import { RapportError } from '../../contract/errors.ts';
import type { Locale } from '../../contract/primitives.ts';
import { addDays, todayIso } from '../../domain/dates.ts';
import { toIcs, type CalendarItem } from '../../transfer/ics.ts';
import type { Session } from '../context.ts';
import { appVersion } from './json-export.ts';

const TEXT: Record<Locale, {
  calendar: string; renewal: (client: string) => string; notice: (client: string) => string;
  noticeText: (renewal: string) => string; kinds: Record<string, string>;
}> = {
  en: {
    calendar: 'Rapport reminders',
    renewal: (c) => `Renewal: ${c}`,
    notice: (c) => `Last day to give notice: ${c}`,
    noticeText: (r) => `The contract renews on ${r}.`,
    kinds: {
      'keep-in-touch': 'Keep in touch', anniversary: 'Anniversary', renewal: 'Renewal',
      'appreciation-due': 'Appreciation due', 'follow-up': 'Follow-up',
    },
  },
  de: {
    calendar: 'Rapport-Erinnerungen',
    renewal: (c) => `Vertragsverlängerung: ${c}`,
    notice: (c) => `Letzter Tag für die Kündigung: ${c}`,
    noticeText: (r) => `Der Vertrag verlängert sich am ${r}.`,
    kinds: {
      'keep-in-touch': 'In Kontakt bleiben', anniversary: 'Jahrestag', renewal: 'Vertragsverlängerung',
      'appreciation-due': 'Wertschätzung fällig', 'follow-up': 'Nachfassen',
    },
  },
};

/** UID characters: the parts are ids, kinds and ISO days, so this only guards against surprises. */
const uid = (...parts: (string | number)[]) => `${parts.join('-').replace(/[^A-Za-z0-9-]/g, '')}@rapport`;

export async function renderCalendar(session: Session, input: { lang: Locale }): Promise<{ text: string; reminders: number; renewals: number }> {
  const portfolio = await session.call('portfolio:get', { includeArchived: false });
  if (!portfolio.ok) throw new RapportError(portfolio.error.code, portfolio.error.message);
  const t = TEXT[input.lang];
  const today = todayIso(session.now());
  const items: CalendarItem[] = [];
  let reminders = 0;
  let renewals = 0;
  for (const client of portfolio.value.clients) {
    for (const r of client.reminders) {
      // The renewal countdown is covered by the renewal entry below: one calendar entry per renewal.
      if (r.kind === 'renewal') continue;
      reminders += 1;
      items.push({
        uid: uid(r.kind, client.id, r.on),
        // An overdue reminder goes on today: a calendar entry in the past would be missed.
        day: r.on < today ? today : r.on,
        summary: `${t.kinds[r.kind] ?? r.kind}: ${client.name}`,
        description: r.sentence[input.lang],
        categories: ['Rapport'],
      });
    }
    if (client.renewalDate !== null && client.renewalDate >= today) {
      renewals += 1;
      items.push({
        uid: uid('renewal', client.id, client.renewalDate),
        day: client.renewalDate,
        summary: t.renewal(client.name),
        description: client.reminders.find((r) => r.kind === 'renewal')?.sentence[input.lang] ?? null,
        categories: ['Rapport'],
      });
      if (client.noticeDays !== null && client.noticeDays > 0) {
        const noticeBy = addDays(client.renewalDate, -client.noticeDays);
        if (noticeBy >= today) {
          items.push({
            uid: uid('notice', client.id, client.renewalDate),
            day: noticeBy,
            summary: t.notice(client.name),
            description: t.noticeText(client.renewalDate),
            categories: ['Rapport'],
          });
        }
      }
    }
  }
  items.sort((a, b) => a.day.localeCompare(b.day) || a.uid.localeCompare(b.uid));
  const text = toIcs({ prodId: `-//Rapport//Rapport ${appVersion()}//${input.lang.toUpperCase()}`, name: t.calendar, stamp: session.now(), items });
  return { text, reminders, renewals };
}

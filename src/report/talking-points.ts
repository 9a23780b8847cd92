// Talking points for the renewal conversation, drawn from the report's own figures. Each is a prompt —
// a fact and a question — never a script: Rapport does not write what to say to the client.
// Order: what must be cleared first (open crises), the calendar, then what carries or strains the
// relationship. At most MAX points, so the list stays a page one can bring to the meeting.
import { daysBetween } from '../domain/dates.ts';
import { dict, formatter, listOf, type TalkTopic } from './i18n.ts';
import type { ReportData, TalkingPoint } from './model.ts';

export const MAX_TALKING_POINTS = 9;

/** How far ahead a renewal or an anniversary is worth a point. */
const RENEWAL_HORIZON_DAYS = 365;
const ANNIVERSARY_HORIZON_DAYS = 120;
/** A change of the three-month NEV at least this large is a rise or a fall. */
const NEV_CHANGE = 0.2;
/** Routine and mass gestures at least this share of the recent ones: "mostly routine". */
const ROUTINE_SHARE = 0.5;

/** A motivator label set inside a sentence: "Sich wohlfühlen" → "sich wohlfühlen" (nouns keep their capital). */
export function inSentence(label: string, lang: 'de' | 'en'): string {
  if (lang === 'en') return label.charAt(0).toLowerCase() + label.slice(1);
  return /^(Sich|Im|Der|Die|Das|Ein|Eine|Etwas)\b/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

export function deriveTalkingPoints(d: Omit<ReportData, 'talkingPoints'>): TalkingPoint[] {
  const t = dict(d.lang);
  const f = formatter(d.lang);
  const out: TalkingPoint[] = [];
  const add = (key: TalkTopic, text: string, suffix = '') => out.push({ key: `${key}${suffix}`, topic: t.talk.topics[key], text });

  // Open crises, the highest stage first; then open misunderstandings, the oldest first.
  const open = d.openPoints.issues;
  const crises = open.filter((i) => i.kind === 'crisis').sort((a, b) => (b.glaslStage ?? 0) - (a.glaslStage ?? 0) || b.days - a.days);
  crises.slice(0, 2).forEach((c, i) =>
    add('openCrisis', t.talk.openCrisis(c.title, f.daysDat(c.days), c.glaslStage ?? 0, c.glaslLabel ?? '', c.intervention), `-${i}`),
  );
  const misunderstandings = open.filter((i) => i.kind === 'misunderstanding').sort((a, b) => b.days - a.days);
  misunderstandings.slice(0, 2).forEach((m, i) => add('openMisunderstanding', t.talk.openMisunderstanding(m.title, f.daysDat(m.days)), `-${i}`));

  // The calendar: renewal and notice period.
  const r = d.glance.renewal;
  if (r) {
    if (r.inDays < 0) add('renewal', t.talk.renewalPassed(f.date(r.on)));
    else if (r.inDays <= RENEWAL_HORIZON_DAYS) {
      if (r.noticeBy !== null && r.noticeInDays !== null && d.client.noticeDays) {
        add(
          'renewal',
          r.noticeInDays >= 0
            ? t.talk.renewalNoticeOpen(f.daysDat(r.inDays), f.date(r.on), f.date(r.noticeBy), f.daysDat(r.noticeInDays))
            : t.talk.renewalNoticePassed(f.daysDat(r.inDays), f.date(r.on), d.client.noticeDays),
        );
      } else add('renewal', t.talk.renewalPlain(f.daysDat(r.inDays), f.date(r.on)));
    }
  }

  // The repair record: resolved issues over the whole relationship.
  const g = d.glance;
  if (g.crises.resolved + g.misunderstandings.resolved > 0 && g.medianDaysToResolve !== null) {
    add('repair', t.talk.repair(g.crises.resolved, g.misunderstandings.resolved, f.daysDat(Math.round(g.medianDaysToResolve))));
  } else if (g.crises.total === 0 && g.yearsTogether >= 1) {
    add('repair', t.talk.noCrisis(f.years(g.yearsTogether)));
  }

  // Mood: a clear rise or fall over the last three months, or a negative period.
  const n = d.nev;
  if (n.recentValue !== null && n.previousValue !== null && Math.abs(n.recentValue - n.previousValue) >= NEV_CHANGE) {
    const args = [f.signed(n.recentValue), f.signed(n.previousValue)] as const;
    add('mood', n.recentValue < n.previousValue ? t.talk.nevFalling(...args) : t.talk.nevRising(...args));
  } else if (n.recentValue !== null && n.recentValue < 0) {
    add('mood', t.talk.nevNegative(f.signed(n.recentValue)));
  }

  // Closeness: personal contact against the cadence.
  const k = g.keepInTouch;
  if (k.state !== 'ok') add('attention', t.talk.attention(f.daysDat(k.days), k.ideal));

  // Appreciation in the rules' window (six months).
  const a = d.appreciation.recent;
  if (a.shown === 0) add('appreciation', t.talk.noGesture);
  else if ((a.routine + a.mass) / a.shown >= ROUTINE_SHARE) add('appreciation', t.talk.routine(a.routine + a.mass, a.shown));
  else add('appreciation', t.talk.personal(a.personal, a.received));

  // Responsiveness, when answers have been slow.
  const resp = d.health.factors.find((x) => x.key === 'responsiveness');
  if (resp && !resp.noData && resp.amount !== null && resp.value < 0.5) add('responsiveness', t.talk.slowAnswers(f.dec(resp.amount)));

  // The work itself.
  const p = g.projects;
  add('projects', p.inPeriod > 0 ? t.talk.projects(p.inPeriod, p.valueInPeriod > 0 ? f.money(p.valueInPeriod, d.client.currency) : null) : t.talk.noProjects);

  // The people at the table and what moves them.
  const close = g.contacts.filter((c) => c.eventsInPeriod > 0);
  const withMotivators = close.find((c) => c.motivators.length > 0);
  if (withMotivators) {
    add('people', t.talk.people(withMotivators.name, listOf(withMotivators.motivators.slice(0, 3).map((m) => inSentence(m, d.lang)), d.lang)));
  }
  else if (close.length > 0) add('people', t.talk.peopleNoMotivators(listOf(close.slice(0, 3).map((c) => c.name), d.lang)));

  // An anniversary coming up.
  const ann = d.openPoints.nextAnniversary;
  if (ann) {
    const inDays = daysBetween(d.asOf, ann.on);
    if (inDays >= 0 && inDays <= ANNIVERSARY_HORIZON_DAYS) add('anniversary', t.talk.anniversary(f.years(ann.years), f.date(ann.on)));
  }

  return out.slice(0, MAX_TALKING_POINTS);
}

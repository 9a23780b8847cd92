// One section of the preview in the reader's language: its icon, its name (as the PDF heads it) and the
// one-line summary of what the PDF will show.
import {
  IconBolt, IconChecklist, IconFileDescription, IconHeart, IconHeartbeat, IconLayoutDashboard, IconMessages, IconMoodSmile, IconStar,
  IconTarget, IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { ReportSection, ReportSectionPreview } from '../../../../src/contract/report.ts';
import type { Formatters } from '../../i18n/I18nProvider.tsx';
import type { Messages } from '../../i18n/messages.ts';

export const SECTION_LOOK: Record<ReportSection, { icon: Icon; color: string }> = {
  cover: { icon: IconFileDescription, color: 'petrol' },
  glance: { icon: IconLayoutDashboard, color: 'indigo' },
  health: { icon: IconHeartbeat, color: 'teal' },
  nev: { icon: IconMoodSmile, color: 'yellow' },
  highlights: { icon: IconStar, color: 'indigo' },
  crises: { icon: IconBolt, color: 'red' },
  appreciation: { icon: IconHeart, color: 'pink' },
  openPoints: { icon: IconChecklist, color: 'orange' },
  motivators: { icon: IconUsers, color: 'grape' },
  emotions: { icon: IconTarget, color: 'yellow' },
  talkingPoints: { icon: IconMessages, color: 'petrol' },
};

/** The summary line; null when the section has nothing to show (the card then says so). */
export function summaryLine(s: ReportSectionPreview, t: Messages, fmt: Formatters, nev: (v: number) => string): string | null {
  const m = t.reports.summary;
  switch (s.section) {
    case 'cover':
      return m.cover(s.agencyName, s.owner, s.renewalDate ? fmt.date(s.renewalDate) : null);
    case 'glance':
      return s.hasContent ? m.glance(s.yearsTogether, s.eventsInPeriod, s.eventsTotal, s.projectsInPeriod, s.touchpointsInPeriod) : null;
    case 'health':
      return m.health(s.score, t.health.bands[s.band]);
    case 'nev':
      return s.hasContent && s.periodValue !== null ? m.nev(nev(s.periodValue), s.emotions) : null;
    case 'highlights':
      return s.hasContent ? m.highlights(s.count, s.considered) : null;
    case 'crises':
      return s.hasContent
        ? [m.crises(s.resolved, s.open), s.medianDays !== null ? m.median(fmt.number(s.medianDays)) : null].filter(Boolean).join(' · ')
        : null;
    case 'appreciation':
      return s.hasContent ? m.appreciation(s.shown, s.personal, s.received) : null;
    case 'openPoints':
      return s.hasContent ? m.openPoints(s.issues, s.reminders, s.agreements) : null;
    case 'motivators':
      return s.contacts > 0 ? m.motivators(s.withMotivators, s.contacts) : null;
    case 'emotions':
      return s.hasContent ? m.emotions(s.emotions, s.negative) : null;
    case 'talkingPoints':
      return s.hasContent ? m.talkingPoints(s.count) : null;
  }
}

/** A few lines of the section's own text (titles, talking points), in the report's language. */
export function detailLines(s: ReportSectionPreview, t: Messages): string[] {
  switch (s.section) {
    case 'highlights':
      return s.titles;
    case 'talkingPoints':
      return s.lines.map((l) => `${l.topic}: ${l.text}`);
    case 'appreciation':
      return s.hasContent ? [t.reports.summary.ladder(s.ladderStage, s.ladderLabel)] : [];
    default:
      return [];
  }
}

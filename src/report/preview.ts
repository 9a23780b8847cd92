// The preview of a report: the few figures per section the Reports screen shows before an export. Taken
// from the very ReportData the PDF is rendered from, so the preview cannot tell a different story.
import type { ReportPreview, ReportSectionPreview } from '../contract/report.ts';
import { defaultPeriodStart, eventsAsOf, type ReportInputs } from './assemble.ts';
import type { ReportData } from './model.ts';
import type { ReportSection } from './sections.ts';

/** One line of ledger text for the preview: whitespace folded, at most `max` characters. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function sectionPreview(d: ReportData, section: ReportSection): ReportSectionPreview {
  switch (section) {
    case 'cover':
      return { section, hasContent: true, agencyName: d.agencyName, owner: d.client.owner, renewalDate: d.client.renewalDate?.slice(0, 10) ?? null };
    case 'glance':
      return {
        section,
        hasContent: d.glance.eventsTotal > 0,
        yearsTogether: d.glance.yearsTogether,
        eventsInPeriod: d.glance.eventsInPeriod,
        eventsTotal: d.glance.eventsTotal,
        projectsInPeriod: d.glance.projects.inPeriod,
        touchpointsInPeriod: d.glance.touchpoints.inPeriod,
      };
    case 'health':
      return { section, hasContent: true, score: d.health.score, band: d.health.band, bandLabel: d.health.bandLabel };
    case 'nev':
      return { section, hasContent: d.nev.emotions > 0, periodValue: d.nev.periodValue, emotions: d.nev.emotions, months: d.nev.months.length };
    case 'highlights':
      return {
        section,
        hasContent: d.highlights.items.length > 0,
        count: d.highlights.items.length,
        considered: d.highlights.consideredEvents,
        titles: d.highlights.items.slice(0, 3).map((h) => oneLine(h.title)),
      };
    case 'crises': {
      const shown = d.issues.items.length + d.issues.more.length + d.issues.omitted;
      return { section, hasContent: shown > 0, shown, resolved: d.issues.resolved, open: d.issues.open, medianDays: d.issues.medianDays };
    }
    case 'appreciation': {
      const t = d.appreciation.tally;
      const personal = t.personalScheduled + t.personalUnscheduled;
      const shown = personal + t.routine + t.mass;
      return {
        section,
        hasContent: shown + t.received > 0,
        shown,
        personal,
        received: t.received,
        ladderStage: d.appreciation.ladder.stage,
        ladderLabel: oneLine(d.appreciation.ladder.label),
      };
    }
    case 'openPoints': {
      const o = d.openPoints;
      return {
        section,
        hasContent: o.issues.length + o.reminders.length + o.agreements.length > 0,
        issues: o.issues.length,
        reminders: o.reminders.length,
        agreements: o.agreements.length,
      };
    }
    case 'motivators': {
      const withMotivators = d.glance.contacts.filter((c) => c.motivators.length > 0).length;
      return { section, hasContent: withMotivators > 0, contacts: d.glance.contacts.length, withMotivators };
    }
    case 'emotions':
      return {
        section,
        hasContent: d.nev.emotions > 0,
        emotions: d.nev.emotions,
        negative: d.nev.clusters.filter((c) => c.valence < 0).reduce((sum, c) => sum + c.count, 0),
        topLabels: d.nev.topEmotions.slice(0, 3).map((e) => oneLine(e.label, 80)),
      };
    case 'talkingPoints':
      return {
        section,
        hasContent: d.talkingPoints.length > 0,
        count: d.talkingPoints.length,
        lines: d.talkingPoints.slice(0, 3).map((p) => ({ topic: oneLine(p.topic, 80), text: oneLine(p.text) })),
      };
  }
}

/**
 * The preview of `data` (assembled from `inputs`). `fileName` is the name the save dialog will suggest.
 * The default period is worked out for the same end day, from the same events.
 */
export function previewReport(data: ReportData, inputs: Pick<ReportInputs, 'client' | 'events'>, fileName: string): ReportPreview {
  const start = defaultPeriodStart(inputs.client, eventsAsOf(inputs.events, data.asOf), data.asOf);
  return {
    clientId: data.client.id,
    clientName: data.client.name,
    lang: data.lang,
    today: data.today,
    asOf: data.asOf,
    period: { ...data.period },
    defaultPeriod: { from: start.from, to: data.period.to, basis: start.basis, renewalOn: start.renewalOn },
    sections: data.sections.map((s) => sectionPreview(data, s)),
    fileName,
  };
}

/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The whole document: an optional cover page, then one flowing A4 page sequence with a running
// header (agency · client · report title) and a footer with the page number, section after section, and
// on the agency's shared ledger an appendix naming who contributed.
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { dict, formatter } from '../i18n.ts';
import type { ReportData } from '../model.ts';
import { INTERNAL_SECTIONS, type ReportSection } from '../sections.ts';
import { ContributorsBody } from './appendix.tsx';
import { OpenPointsBody, TalkingPointsBody } from './closing.tsx';
import { Section } from './components.tsx';
import type { Ctx } from './context.ts';
import { CoverPage, TitleBlock } from './cover.tsx';
import { GlanceBody, HealthBody, NevBody } from './figures.tsx';
import { AppreciationBody, CrisesBody, HighlightsBody } from './story.tsx';
import { s } from './theme.ts';

type BodySection = Exclude<ReportSection, 'cover'>;

const BODIES: Record<BodySection, (p: { ctx: Ctx }) => ReactNode> = {
  glance: GlanceBody,
  health: HealthBody,
  nev: NevBody,
  highlights: HighlightsBody,
  crises: CrisesBody,
  appreciation: AppreciationBody,
  openPoints: OpenPointsBody,
  talkingPoints: TalkingPointsBody,
};

/** Sections that start on a page of their own (the internal talking points can be taken out). */
const NEW_PAGE: readonly BodySection[] = ['talkingPoints'];

/** What the flowing pages hold: the numbered sections, then the unnumbered appendix. */
type Part = { n: number; section: BodySection } | { n: null; section: 'appendix' };

/**
 * The parts in runs, a new run at each part that starts a page (unless nothing precedes it). Each run is a
 * direct child of the page with `break`: react-pdf looks at a nested `break` only inside a view it has to
 * split, so in a short report, whose last pages fit at once, a section meant for a page of its own ran on
 * under the one before.
 */
function pageRuns(parts: readonly Part[]): Part[][] {
  const runs: Part[][] = [];
  parts.forEach((part, i) => {
    const opensPage = part.section === 'appendix' || NEW_PAGE.includes(part.section);
    const current = runs[runs.length - 1];
    if (current && !(opensPage && i > 0)) current.push(part);
    else runs.push([part]);
  });
  return runs;
}

export function ReportDocument({ data }: { data: ReportData }) {
  const ctx: Ctx = { d: data, t: dict(data.lang), f: formatter(data.lang) };
  const { t, f } = ctx;
  const hasCover = data.sections.includes('cover');
  const body = data.sections.filter((x): x is BodySection => x !== 'cover');
  const numbered = body.map((section, i) => ({ n: i + 1, section }));
  // Not a section to choose: it tells where the chosen sections' records come from, so it follows them
  // whenever there are any (a cover alone has none) and the ledger has authors to name.
  const appendix = body.length > 0 && data.contributors.length > 0;
  const parts: Part[] = [...numbered, ...(appendix ? [{ n: null, section: 'appendix' } as const] : [])];
  const headerLeft = [data.agencyName, data.client.name].filter(Boolean).join('  ·  ');

  return (
    <Document
      title={`${t.docTitle}: ${data.client.name}`}
      author={data.agencyName ?? undefined}
      subject={`${t.docTitle} ${f.date(data.period.from)} – ${f.date(data.period.to)}`}
      creator="Rapport"
      producer="Rapport"
      language={data.lang}
    >
      {hasCover ? <CoverPage ctx={ctx} contents={numbered} appendix={appendix} /> : null}
      {body.length > 0 || !hasCover ? (
        // The classic paginator, not react-pdf 4.9's `experimentalPagination`: that one is faster but left
        // a section heading alone at a page foot and moved whole sections to a new page without need.
        <Page size="A4" style={s.page} wrap>
          <View style={s.header} fixed>
            <Text style={s.headerLeft}>{headerLeft}</Text>
            <Text style={s.headerRight}>{t.docTitle}</Text>
          </View>
          <Text style={s.footer} fixed>{`${t.confidential}  ·  ${t.madeOn(f.date(data.today))}`}</Text>
          <Text style={s.pageNumber} fixed render={({ pageNumber, totalPages }) => t.page(pageNumber, totalPages)} />
          {pageRuns(parts).map((run, k) => (
            <View key={k} style={s.flow} break={k > 0}>
              {k === 0 && !hasCover ? <TitleBlock ctx={ctx} /> : null}
              {run.map((part, j) => {
                const atPageTop = k > 0 && j === 0;
                if (part.section === 'appendix') {
                  // On a page of its own: the talking points before it can be taken out without it, and
                  // the other way round.
                  return (
                    <Section key="appendix" n={null} title={t.appendix.title} intro={t.appendix.intro} atPageTop={atPageTop}>
                      <ContributorsBody ctx={ctx} />
                    </Section>
                  );
                }
                const Body = BODIES[part.section];
                return (
                  <Section
                    key={part.section}
                    n={part.n}
                    title={t.sections[part.section]}
                    intro={t.intros[part.section]}
                    atPageTop={atPageTop}
                    {...(INTERNAL_SECTIONS.includes(part.section) ? { tag: t.internalNote } : {})}
                  >
                    <Body ctx={ctx} />
                  </Section>
                );
              })}
            </View>
          ))}
        </Page>
      ) : null}
    </Document>
  );
}

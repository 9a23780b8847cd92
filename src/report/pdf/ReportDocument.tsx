/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The whole document: an optional cover page, then one flowing A4 page sequence with a running
// header (agency · client · report title) and a footer with the page number, section after section.
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { dict, formatter } from '../i18n.ts';
import type { ReportData } from '../model.ts';
import { INTERNAL_SECTIONS, type ReportSection } from '../sections.ts';
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

export function ReportDocument({ data }: { data: ReportData }) {
  const ctx: Ctx = { d: data, t: dict(data.lang), f: formatter(data.lang) };
  const { t, f } = ctx;
  const hasCover = data.sections.includes('cover');
  const body = data.sections.filter((x): x is BodySection => x !== 'cover');
  const numbered = body.map((section, i) => ({ n: i + 1, section }));
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
      {hasCover ? <CoverPage ctx={ctx} contents={numbered} /> : null}
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
          <View style={s.flow}>
            {hasCover ? null : <TitleBlock ctx={ctx} />}
            {numbered.map(({ n, section }) => {
              const Body = BODIES[section];
              return (
                <Section
                  key={section}
                  n={n}
                  title={t.sections[section]}
                  intro={t.intros[section]}
                  newPage={NEW_PAGE.includes(section) && n > 1}
                  {...(INTERNAL_SECTIONS.includes(section) ? { tag: t.internalNote } : {})}
                >
                  <Body ctx={ctx} />
                </Section>
              );
            })}
          </View>
        </Page>
      ) : null}
    </Document>
  );
}

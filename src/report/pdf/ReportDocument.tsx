/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The whole document: an optional cover page, then flowing A4 page sequences with a running header
// (agency · client · report title) and a footer with the page number, section after section: the
// client's sections, then the internal ones on pages marked internal, and on the agency's shared ledger
// an appendix naming who contributed.
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { dict, formatter } from '../i18n.ts';
import type { ReportData } from '../model.ts';
import { isInternalSection, type ReportSection } from '../sections.ts';
import { ContributorsBody } from './appendix.tsx';
import { OpenPointsBody, TalkingPointsBody } from './closing.tsx';
import { Section } from './components.tsx';
import type { Ctx } from './context.ts';
import { CoverPage, TitleBlock } from './cover.tsx';
import { EmotionsBody, GlanceBody, HealthBody, MotivatorsBody, NevBody } from './figures.tsx';
import { AppreciationBody, CrisesBody, HighlightsBody } from './story.tsx';
import { C, s } from './theme.ts';

type BodySection = Exclude<ReportSection, 'cover'>;

const BODIES: Record<BodySection, (p: { ctx: Ctx }) => ReactNode> = {
  glance: GlanceBody,
  health: HealthBody,
  nev: NevBody,
  highlights: HighlightsBody,
  crises: CrisesBody,
  appreciation: AppreciationBody,
  openPoints: OpenPointsBody,
  motivators: MotivatorsBody,
  emotions: EmotionsBody,
  talkingPoints: TalkingPointsBody,
};

/** What the flowing pages hold: the numbered sections, then the unnumbered appendix. */
type Part = { n: number; section: BodySection } | { n: null; section: 'appendix' };

/**
 * One page sequence: the running header (on internal pages under a band that says so), the footer and
 * page number, and its parts flowing. Each sequence starts on a new page, so the internal sections, which
 * come last, can be taken out of a printout whole, and the appendix can stay with either part.
 */
function FlowPage({ ctx, parts, internal, title }: { ctx: Ctx; parts: readonly Part[]; internal: boolean; title: boolean }) {
  const { d, t, f } = ctx;
  const headerLeft = [d.agencyName, d.client.name].filter(Boolean).join('  ·  ');
  const footer = `${internal ? t.internalHeader : t.confidential}  ·  ${t.madeOn(f.date(d.today))}`;
  return (
    // The classic paginator, not react-pdf 4.9's `experimentalPagination`: that one is faster but left
    // a section heading alone at a page foot and moved whole sections to a new page without need.
    <Page size="A4" style={s.page} wrap>
      {internal ? (
        <View style={s.internalBand} fixed>
          <Text style={s.internalBandText}>{t.internalHeader}</Text>
        </View>
      ) : null}
      <View style={s.header} fixed>
        <Text style={s.headerLeft}>{headerLeft}</Text>
        <Text style={internal ? [s.headerRight, { color: C.negative }] : s.headerRight}>
          {internal ? `${t.internalMark}  ·  ${t.docTitle}` : t.docTitle}
        </Text>
      </View>
      <Text style={internal ? [s.footer, { color: C.negative, fontWeight: 700 }] : s.footer} fixed>{footer}</Text>
      <Text style={s.pageNumber} fixed render={({ pageNumber, totalPages }) => t.page(pageNumber, totalPages)} />
      <View style={s.flow}>
        {title ? <TitleBlock ctx={ctx} /> : null}
        {parts.map((part, j) => {
          const atPageTop = j === 0 && !title;
          if (part.section === 'appendix') {
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
              {...(isInternalSection(part.section) ? { mark: t.internalMark } : {})}
              {...(part.section === 'talkingPoints' ? { tag: t.internalNote } : {})}
            >
              <Body ctx={ctx} />
            </Section>
          );
        })}
      </View>
    </Page>
  );
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
  // The internal sections come last in the canonical order: the client's pages, then the internal ones,
  // then the appendix on a page of its own.
  const outside = numbered.filter((p) => !isInternalSection(p.section));
  const inside = numbered.filter((p) => isInternalSection(p.section));
  const sequences: { parts: Part[]; internal: boolean }[] = [
    ...(outside.length > 0 || (inside.length === 0 && !hasCover) ? [{ parts: outside, internal: false }] : []),
    ...(inside.length > 0 ? [{ parts: inside, internal: true }] : []),
    ...(appendix ? [{ parts: [{ n: null, section: 'appendix' } as const], internal: false }] : []),
  ];

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
      {sequences.map((q, k) => (
        <FlowPage key={k} ctx={ctx} parts={q.parts} internal={q.internal} title={k === 0 && !hasCover} />
      ))}
    </Document>
  );
}

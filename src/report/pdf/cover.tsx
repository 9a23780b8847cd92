/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The cover: agency, client, period and date, and what the report contains. When the cover is left
// out, a compact title block opens the first page instead.
import { Page, Text, View } from '@react-pdf/renderer';
import { isInternalSection, type ReportSection } from '../sections.ts';
import { Label } from './components.tsx';
import type { Ctx } from './context.ts';
import { SERIF_STACK } from '../fonts.ts';
import { C, FS, PAGE, s, XS } from './theme.ts';

export function periodText({ d, t, f }: Ctx): { range: string; basis: string } {
  const range = `${f.date(d.period.from)} – ${f.date(d.period.to)}`;
  const basis =
    d.period.basis === 'lastRenewal' && d.period.renewalOn
      ? t.cover.basis.lastRenewal(f.date(d.period.renewalOn))
      : d.period.basis === 'relationship'
        ? t.cover.basis.relationship
        : t.cover.basis.custom;
  return { range, basis };
}

const COVER_WIDTH = PAGE.width - 2 * (PAGE.marginX + 6);

function CoverFact({ label, value }: { label: string; value: string }) {
  return (
    <View style={{ width: COVER_WIDTH / 2, paddingRight: 16, marginBottom: 16 }}>
      <Label>{label}</Label>
      <Text style={{ fontSize: 10.5, marginTop: 3, color: C.ink }}>{value}</Text>
    </View>
  );
}

export function CoverPage({ ctx, contents, appendix }: { ctx: Ctx; contents: { n: number; section: ReportSection }[]; appendix: boolean }) {
  const { d, t, f } = ctx;
  const { range, basis } = periodText(ctx);
  const together = d.glance.yearsTogether > 0 ? f.years(d.glance.yearsTogether) : f.days(d.glance.daysTogether);
  const renewal = d.client.renewalDate ? f.date(d.client.renewalDate) : t.cover.noRenewal;
  return (
    <Page size="A4" style={s.coverPage}>
      <View style={{ height: 10, backgroundColor: C.accent }} />
      <View style={{ flexGrow: 1, paddingHorizontal: (PAGE.width - COVER_WIDTH) / 2, paddingTop: 56, paddingBottom: 44, justifyContent: 'space-between' }}>
        <View>
          {d.agencyName ? <Text style={{ fontSize: 10, fontWeight: 700, letterSpacing: 0.6, textTransform: 'uppercase', color: C.ink2 }}>{d.agencyName}</Text> : null}
        </View>

        <View>
          <Text style={{ fontSize: 9, fontWeight: 700, letterSpacing: 1.6, textTransform: 'uppercase', color: C.accent, marginBottom: 12 }}>
            {t.docTitle}
          </Text>
          <Text style={{ fontFamily: SERIF_STACK, fontWeight: 700, fontSize: FS.title, lineHeight: 1.15, color: C.ink }}>{d.client.name}</Text>
          <Text style={{ fontSize: 11.5, color: C.ink2, marginTop: 14 }}>{range}</Text>
          <Text style={{ fontSize: 9.5, color: C.muted, marginTop: 2 }}>{basis}</Text>
          <View style={{ height: 1.5, width: 44, backgroundColor: C.accent, marginTop: 26, marginBottom: 24 }} />
          <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
            <CoverFact label={t.cover.together} value={t.cover.togetherValue(together, f.date(d.client.since))} />
            <CoverFact label={t.cover.owner} value={d.client.owner ?? '—'} />
            <CoverFact label={t.cover.renewal} value={renewal} />
            <CoverFact label={t.cover.created} value={f.date(d.today)} />
          </View>
        </View>

        <View>
          {contents.length > 0 ? (
            <View style={{ borderTopWidth: 0.6, borderTopColor: C.hairline, paddingTop: 12, marginBottom: 28 }}>
              <Label style={{ marginBottom: 6 }}>{t.contents}</Label>
              {contents.map((c) => (
                <View key={c.section} style={{ flexDirection: 'row', paddingVertical: 1.5 }}>
                  <Text style={{ width: 18, color: C.accent, fontWeight: 700 }}>{String(c.n)}</Text>
                  <Text style={{ color: C.ink2 }}>{t.sections[c.section]}</Text>
                  {isInternalSection(c.section) ? (
                    <Text style={{ color: C.negative, ...XS, fontWeight: 700, letterSpacing: 0.8, textTransform: 'uppercase', marginLeft: 8, marginTop: 1.5 }}>
                      {t.internalMark}
                    </Text>
                  ) : null}
                </View>
              ))}
              {appendix ? (
                <View style={{ flexDirection: 'row', paddingVertical: 1.5 }}>
                  <Text style={{ width: 18 }} />
                  <Text style={{ color: C.ink2 }}>{`${t.appendix.title}: ${t.appendix.contributors}`}</Text>
                </View>
              ) : null}
            </View>
          ) : null}
          <View style={{ flexDirection: 'row', justifyContent: 'space-between', ...XS, color: C.muted }}>
            <Text>{t.confidential}</Text>
            <Text>{d.agencyName ?? ''}</Text>
          </View>
        </View>
      </View>
    </Page>
  );
}

/** The first page's title when there is no cover. */
export function TitleBlock({ ctx }: { ctx: Ctx }) {
  const { d, t } = ctx;
  const { range, basis } = periodText(ctx);
  return (
    <View style={{ marginBottom: 22 }}>
      <Text style={{ fontSize: 8, fontWeight: 700, letterSpacing: 1.4, textTransform: 'uppercase', color: C.accent, marginBottom: 6 }}>{t.docTitle}</Text>
      <Text style={{ fontFamily: SERIF_STACK, fontWeight: 700, fontSize: 20, lineHeight: 1.2 }}>{d.client.name}</Text>
      <Text style={{ color: C.ink2, marginTop: 4 }}>{`${range} · ${basis}`}</Text>
    </View>
  );
}

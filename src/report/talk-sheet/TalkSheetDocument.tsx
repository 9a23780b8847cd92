/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The talk sheet: one A4 page sequence with the report's running header and page-number footer. First
// who, when and where; then the diagnosis and what it recommends; the three conversations and the
// interests, us beside them; what we will say and ask; and what we hope to agree. Parts the prep left
// empty show one dimmed "not prepared" line, so a gap is visible instead of silently missing.
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { GlaslLevel } from '../../domain/mediation/glasl-stages.ts';
import { SERIF_STACK } from '../fonts.ts';
import { formatter, type Fmt } from '../i18n.ts';
import { Chip, Label, LedgerText } from '../pdf/components.tsx';
import { BAND_COLOR, BAND_SOFT, C, CONTENT_WIDTH, SM, XS, s } from '../pdf/theme.ts';
import { GroupLabel, Items, Line, NotPrepared, Quote, SheetSection, UsThemGrid, type LeadItem } from './blocks.tsx';
import { talkSheetDict, type TalkSheetDict } from './i18n.ts';
import type { TalkSheetData } from './model.ts';

interface Ctx {
  d: TalkSheetData;
  t: TalkSheetDict;
  f: Fmt;
}

// The health band colours already say green / amber / red; the three Glasl levels borrow them.
const LEVEL_COLOR: Record<GlaslLevel, { ink: string; soft: string }> = {
  'win-win': { ink: BAND_COLOR.steady, soft: BAND_SOFT.steady },
  'win-lose': { ink: BAND_COLOR.at_risk, soft: BAND_SOFT.at_risk },
  'lose-lose': { ink: BAND_COLOR.in_crisis, soft: BAND_SOFT.in_crisis },
};

function TitleBlock({ ctx }: { ctx: Ctx }) {
  const { d, t, f } = ctx;
  const tk = t.talk;
  const people = d.talk.theirPeople.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(', ');
  const facts: { label: string; value: string | null; wide?: boolean }[] = [
    { label: tk.date, value: d.talk.date ? f.date(d.talk.date) : null },
    { label: tk.place, value: d.talk.place },
    { label: tk.thirdParty, value: d.talk.thirdParty },
    { label: tk.ourPeople, value: d.talk.ourPeople, wide: true },
    { label: tk.theirPeople(d.client.name), value: people || null, wide: true },
  ];
  const shown = facts.filter((x, i) => x.value !== null || i === 0);
  const sub = [d.client.name, `${t.kinds[d.issue.kind]} ${t.since(f.date(d.issue.occurredOn))}`, d.issue.status === 'resolved' ? t.resolved : null, d.status === 'held' ? t.held : null]
    .filter(Boolean)
    .join('  ·  ');
  return (
    <View style={{ marginBottom: 4 }}>
      <Text style={{ fontSize: 8, lineHeight: 1.3, fontWeight: 700, letterSpacing: 1.4, textTransform: 'uppercase', color: C.accent, marginBottom: 5 }}>{t.docTitle}</Text>
      <LedgerText style={{ fontFamily: SERIF_STACK, fontWeight: 700, fontSize: 19, lineHeight: 1.2 }}>{d.issue.title}</LedgerText>
      <Text style={{ color: C.ink2, marginTop: 3, ...SM }}>{sub}</Text>
      <View style={{ flexDirection: 'row', flexWrap: 'wrap', backgroundColor: C.soft, borderRadius: 3, paddingTop: 8, paddingHorizontal: 10, marginTop: 10 }}>
        {shown.map((x, i) => (
          <View key={i} style={{ width: x.wide ? (CONTENT_WIDTH - 20) / 2 : (CONTENT_WIDTH - 20) / 3, paddingRight: 10, paddingBottom: 8 }}>
            <Label>{x.label}</Label>
            {x.value !== null ? (
              <LedgerText style={{ marginTop: 1.5, fontWeight: 700 }}>{x.value}</LedgerText>
            ) : (
              <Text style={{ marginTop: 1.5, color: C.muted }}>{tk.noDate}</Text>
            )}
          </View>
        ))}
      </View>
    </View>
  );
}

function DiagnosisBody({ ctx }: { ctx: Ctx }) {
  const { d, t } = ctx;
  const g = d.diagnosis;
  const causes = d.rootCauses.map((r) => ({ lead: r.label, text: r.note }));
  if (!g) {
    return (
      <>
        <NotPrepared>{t.notPrepared}</NotPrepared>
        {causes.length > 0 ? <Causes ctx={ctx} causes={causes} /> : null}
      </>
    );
  }
  const colour = LEVEL_COLOR[g.level];
  const basis = g.basis === 'diagnosis' ? t.diagnosis.basis.diagnosis[g.confidence ?? 'medium'] : t.diagnosis.basis.recorded;
  return (
    <>
      <View style={{ borderLeftWidth: 3, borderLeftColor: colour.ink, paddingLeft: 10, paddingVertical: 2 }} wrap={false}>
        <View style={{ flexDirection: 'row', alignItems: 'center' }}>
          <Text style={{ fontWeight: 700, fontSize: 10.5, lineHeight: 1.3, marginRight: 8 }}>{t.diagnosis.stage(g.stage, g.stageName)}</Text>
          <Chip text={g.level} color={colour.ink} background={colour.soft} />
        </View>
        <Text style={{ ...XS, color: C.muted, marginTop: 1 }}>{basis}</Text>
        <Text style={{ marginTop: 5 }}>
          <Text style={{ fontWeight: 700, color: C.accentDark }}>{`${t.diagnosis.recommended}: ${g.intervention}. `}</Text>
          <Text style={{ color: C.ink2 }}>{g.why}</Text>
        </Text>
        {g.thirdPartyAdvised && !d.talk.thirdParty ? (
          <Text style={{ ...SM, color: C.negative, fontWeight: 700, marginTop: 4 }}>{t.diagnosis.thirdPartyMissing}</Text>
        ) : null}
      </View>
      {causes.length > 0 ? <Causes ctx={ctx} causes={causes} /> : null}
    </>
  );
}

function Causes({ ctx, causes }: { ctx: Ctx; causes: LeadItem[] }) {
  return (
    <View style={{ marginTop: 8 }}>
      <GroupLabel first>{ctx.t.diagnosis.underneath}</GroupLabel>
      <Items items={causes} marker="bullet" />
    </View>
  );
}

function ConversationsBody({ ctx }: { ctx: Ctx }) {
  const { d, t } = ctx;
  const c = d.conversations;
  const l = t.conversations;
  const theirFeelings = c.theirFeelings.join(', ') || null;
  const any = [c.myStory, c.theirStory, c.thirdStory, c.intent, c.impact, c.contribution, c.ourFeelings, theirFeelings, c.identityUs, c.identityThem].some(Boolean);
  if (!any) return <NotPrepared>{t.notPrepared}</NotPrepared>;
  return (
    <>
      <UsThemGrid
        us={t.us}
        them={t.them(d.client.name)}
        rows={[
          { label: l.happened, us: c.myStory, them: c.theirStory },
          { label: l.intentImpact, us: c.intent, them: c.impact },
          { label: l.feelings, us: c.ourFeelings, them: theirFeelings },
          { label: l.identity, us: c.identityUs, them: c.identityThem },
        ]}
      />
      <Line label={l.thirdStory} text={c.thirdStory} />
      <Line label={l.contribution} text={c.contribution} />
    </>
  );
}

function InterestsBody({ ctx }: { ctx: Ctx }) {
  const { d, t } = ctx;
  const i = d.interests;
  const l = t.interests;
  const mode = (m: string | null, which: string) => (m ? `${m} (${which})` : null);
  const rows = [
    { label: l.position, us: i.ourPosition, them: i.theirPosition },
    { label: l.interests, us: i.ourInterests, them: i.theirInterests },
    { label: l.batna, us: i.ourBatna, them: i.theirBatna },
    { label: l.mode, us: mode(i.tkIntended, l.modeUs), them: mode(i.tkExpected, l.modeThem) },
  ];
  if (!rows.some((r) => r.us || r.them)) return <NotPrepared>{t.notPrepared}</NotPrepared>;
  return <UsThemGrid us={t.us} them={t.them(d.client.name)} rows={rows} />;
}

function SpeakingBody({ ctx }: { ctx: Ctx }) {
  const { d, t } = ctx;
  const sp = d.speaking;
  if (!sp.opening && sp.statements.length === 0) return <NotPrepared>{t.notPrepared}</NotPrepared>;
  return (
    <>
      {sp.opening ? (
        <>
          <GroupLabel first>{t.speaking.opening}</GroupLabel>
          <Quote>{sp.opening}</Quote>
        </>
      ) : null}
      {sp.statements.length > 0 ? (
        <>
          <GroupLabel first={!sp.opening}>{t.speaking.statements}</GroupLabel>
          <Items items={sp.statements} marker="number" />
        </>
      ) : null}
    </>
  );
}

function QuestionsBody({ ctx }: { ctx: Ctx }) {
  const q = ctx.d.speaking.questions;
  return q.length === 0 ? <NotPrepared>{ctx.t.notPrepared}</NotPrepared> : <Items items={q} marker="box" />;
}

function SoughtBody({ ctx }: { ctx: Ctx }) {
  const { d, t, f } = ctx;
  const so = d.sought;
  const l = t.sought;
  const groups = [
    { label: l.options, items: so.options },
    { label: l.offers, items: so.offers },
    { label: l.criteria, items: so.criteria },
  ].filter((g) => g.items.length > 0);
  const agreed = so.agreed.map((a) => [a.what, a.who, a.byWhen ? l.by(f.date(a.byWhen)) : null, a.done ? l.done : null].filter(Boolean).join('  ·  '));
  if (!so.success && groups.length === 0 && agreed.length === 0) return <NotPrepared>{t.notPrepared}</NotPrepared>;
  return (
    <>
      {so.success ? (
        <View style={{ backgroundColor: C.accentSoft, borderRadius: 3, paddingVertical: 6, paddingHorizontal: 9, marginBottom: 2 }} wrap={false}>
          <Label style={{ color: C.accentDark }}>{l.success}</Label>
          <LedgerText style={{ marginTop: 2, fontWeight: 700, color: C.ink }}>{so.success}</LedgerText>
        </View>
      ) : null}
      {groups.map((g, i) => (
        <View key={g.label}>
          <GroupLabel first={!so.success && i === 0}>{g.label}</GroupLabel>
          <Items items={g.items} marker="bullet" />
        </View>
      ))}
      {agreed.length > 0 ? (
        <View>
          <GroupLabel first={!so.success && groups.length === 0}>{l.agreed}</GroupLabel>
          <Items items={agreed} marker="bullet" />
        </View>
      ) : null}
    </>
  );
}

export function TalkSheetDocument({ data }: { data: TalkSheetData }) {
  const ctx: Ctx = { d: data, t: talkSheetDict(data.lang), f: formatter(data.lang) };
  const { t, f } = ctx;
  const headerLeft = [data.agencyName, data.client.name].filter(Boolean).join('  ·  ');
  const sections = [
    { title: t.sections.diagnosis, Body: DiagnosisBody },
    { title: t.sections.conversations, Body: ConversationsBody },
    { title: t.sections.interests, Body: InterestsBody },
    { title: t.sections.speaking, Body: SpeakingBody },
    { title: t.sections.questions, Body: QuestionsBody },
    { title: t.sections.sought, Body: SoughtBody },
  ];
  return (
    <Document
      title={`${t.docTitle}: ${data.issue.title}`}
      author={data.agencyName ?? undefined}
      subject={`${t.docTitle} · ${data.client.name}`}
      creator="Rapport"
      producer="Rapport"
      language={data.lang}
    >
      <Page size="A4" style={[s.page, { paddingTop: 70, paddingBottom: 58 }]} wrap>
        <View style={[s.header, { top: 28 }]} fixed>
          <Text style={s.headerLeft}>{headerLeft}</Text>
          <Text style={s.headerRight}>{t.docTitle}</Text>
        </View>
        <Text style={[s.footer, { bottom: 26 }]} fixed>{`${t.confidential}  ·  ${t.madeOn(f.date(data.today))}`}</Text>
        <Text style={[s.pageNumber, { bottom: 26 }]} fixed render={({ pageNumber, totalPages }) => t.page(pageNumber, totalPages)} />
        <View style={s.flow}>
          <TitleBlock ctx={ctx} />
          {sections.map(({ title, Body }, i) => (
            <SheetSection key={title} n={i + 1} title={title}>
              <Body ctx={ctx} />
            </SheetSection>
          ))}
        </View>
      </Page>
    </Document>
  );
}

/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The story of the period: its highlights, its crises and how they were repaired, and the
// appreciation shown. Every title, body and resolution is ledger text, set verbatim.
import { Text, View } from '@react-pdf/renderer';
import type { GestureClass } from '../../domain/appreciation/gestures.ts';
import type { Highlight, ReportIssue } from '../model.ts';
import { Ladder } from './charts.tsx';
import { Chip, Label, LedgerText, Note, SubHeading, Table, Tile } from './components.tsx';
import type { Ctx } from './context.ts';
import { C, CONTENT_WIDTH, GUTTER, HALF, SM, XS } from './theme.ts';

const KIND_COLOR: Record<Highlight['kind'], string> = {
  project: C.accent,
  milestone: '#5B6B8C',
  appreciation: '#8A5A9E',
  touchpoint: C.ink2,
  crisis: C.negative,
  misunderstanding: '#B8860B',
};

function tagLabel(h: Highlight, { t }: Ctx): string | null {
  if (!h.tag) return null;
  if (h.kind === 'milestone') return t.milestoneTypes[h.tag as keyof typeof t.milestoneTypes] ?? null;
  if (h.kind === 'appreciation') return t.gestureClasses[h.tag as GestureClass] ?? null;
  if (h.kind === 'touchpoint') return t.channels[h.tag as keyof typeof t.channels] ?? null;
  return null;
}

export function HighlightsBody({ ctx }: { ctx: Ctx }) {
  const { d, t, f } = ctx;
  const items = d.highlights.items;
  if (items.length === 0) return <Note style={{ marginTop: 0 }}>{t.highlights.none}</Note>;
  return (
    <>
      <Table
        columns={[
          { label: t.highlights.date, width: 0.15 },
          { label: t.highlights.kind, width: 0.17 },
          { label: t.highlights.event, width: 0.68 },
        ]}
        rows={items.map((h) => {
          const tag = tagLabel(h, ctx);
          return [
            <Text key="d" style={{ color: C.ink2 }}>{f.date(h.date)}</Text>,
            <View key="k">
              <Text style={{ fontWeight: 700, color: KIND_COLOR[h.kind], ...SM }}>{t.kinds[h.kind]}</Text>
              {tag && tag !== t.kinds[h.kind] ? <Text style={{ ...XS, color: C.muted }}>{tag}</Text> : null}
            </View>,
            <View key="e">
              <LedgerText style={{ fontWeight: 700 }}>{h.title}</LedgerText>
              {h.detail ? <LedgerText style={{ color: C.ink2, ...SM, marginTop: 1 }}>{h.detail}</LedgerText> : null}
              {h.value ? <Text style={{ color: C.muted, ...SM, marginTop: 1 }}>{f.money(h.value, d.client.currency)}</Text> : null}
            </View>,
          ];
        })}
      />
      {d.highlights.consideredEvents > items.length ? <Note>{t.highlights.more(items.length, d.highlights.consideredEvents)}</Note> : null}
    </>
  );
}

export function StatusChip({ issue, ctx }: { issue: ReportIssue; ctx: Ctx }) {
  const { t, f } = ctx;
  return issue.status === 'resolved' ? (
    <Chip text={t.issues.resolvedAfter(f.daysDat(issue.days))} color={C.positive} background={C.positiveSoft} />
  ) : (
    <Chip text={t.issues.openFor(f.daysDat(issue.days))} color={C.negative} background={C.negativeSoft} />
  );
}

function IssueCard({ issue, ctx }: { issue: ReportIssue; ctx: Ctx }) {
  const { t, f } = ctx;
  const meta: string[] = [];
  if (issue.glaslStage !== null) meta.push(t.issues.stage(issue.glaslStage, issue.glaslLabel ?? ''));
  if (issue.causes.length) meta.push(`${t.issues.causes}: ${issue.causes.join(', ')}`);
  return (
    <View wrap={false} style={{ paddingVertical: 10, borderBottomWidth: 0.5, borderBottomColor: C.hairline }}>
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', marginBottom: 3 }}>
        <Text style={{ ...SM, color: C.muted }}>
          <Text style={{ fontWeight: 700, color: issue.kind === 'crisis' ? C.negative : KIND_COLOR.misunderstanding }}>{t.kinds[issue.kind]}</Text>
          {`  ·  ${f.date(issue.occurredOn)}`}
        </Text>
        <StatusChip issue={issue} ctx={ctx} />
      </View>
      <LedgerText style={{ fontWeight: 700, fontSize: 10.2 }}>{issue.title}</LedgerText>
      {meta.length ? <Text style={{ ...SM, color: C.muted, marginTop: 1 }}>{meta.join('  ·  ')}</Text> : null}
      {issue.body ? <LedgerText style={{ color: C.ink2, marginTop: 4 }}>{issue.body}</LedgerText> : null}
      {issue.ourUnderstanding || issue.theirUnderstanding ? (
        <View style={{ flexDirection: 'row', marginTop: 5 }}>
          <View style={{ width: HALF, marginRight: GUTTER }}>
            <Label>{t.issues.ours}</Label>
            <LedgerText style={{ color: C.ink2, ...SM, marginTop: 1 }}>{issue.ourUnderstanding ?? '—'}</LedgerText>
          </View>
          <View style={{ width: HALF }}>
            <Label>{t.issues.theirs}</Label>
            <LedgerText style={{ color: C.ink2, ...SM, marginTop: 1 }}>{issue.theirUnderstanding ?? '—'}</LedgerText>
          </View>
        </View>
      ) : null}
      {issue.status === 'resolved' && issue.resolvedOn ? (
        <View style={{ marginTop: 6, paddingVertical: 5, paddingHorizontal: 8, backgroundColor: C.positiveSoft, borderLeftWidth: 2, borderLeftColor: C.positive }}>
          <Label style={{ color: C.positive }}>{t.issues.resolution(f.date(issue.resolvedOn))}</Label>
          {issue.resolution ? <LedgerText style={{ marginTop: 1 }}>{issue.resolution}</LedgerText> : null}
        </View>
      ) : issue.intervention ? (
        <View style={{ marginTop: 6, paddingVertical: 5, paddingHorizontal: 8, backgroundColor: C.soft, borderLeftWidth: 2, borderLeftColor: C.negative }}>
          <Label>{t.issues.intervention}</Label>
          <Text style={{ marginTop: 1 }}>{issue.intervention}</Text>
        </View>
      ) : null}
    </View>
  );
}

export function CrisesBody({ ctx }: { ctx: Ctx }) {
  const { d, t, f } = ctx;
  const i = d.issues;
  if (i.items.length === 0) return <Note style={{ marginTop: 0 }}>{t.issues.none}</Note>;
  const median = i.medianDays !== null ? f.daysDat(Math.round(i.medianDays)) : null;
  return (
    <>
      <View style={{ paddingBottom: 4 }}>
        <Text style={{ fontWeight: 700 }}>{t.issues.summary(i.resolved, i.open, median)}</Text>
        {i.fastestDays !== null && i.slowestDays !== null && i.resolved > 1 ? (
          <Text style={{ color: C.ink2, ...SM }}>{t.issues.range(f.daysDat(i.fastestDays), f.daysDat(i.slowestDays))}</Text>
        ) : null}
      </View>
      {i.items.map((issue, k) => (
        <IssueCard key={k} issue={issue} ctx={ctx} />
      ))}
      {i.more.length > 0 ? (
        <>
          <SubHeading>{t.issues.moreTitle}</SubHeading>
          <Table
            columns={[
              { label: t.highlights.date, width: 0.15 },
              { label: t.highlights.event, width: 0.57 },
              { label: t.status.resolved, width: 0.28, align: 'right' },
            ]}
            rows={i.more.map((issue) => [
              <Text key="d" style={{ color: C.ink2 }}>{f.date(issue.occurredOn)}</Text>,
              <View key="e">
                <Text style={{ ...XS, fontWeight: 700, color: issue.kind === 'crisis' ? C.negative : KIND_COLOR.misunderstanding }}>
                  {issue.glaslStage !== null ? `${t.kinds[issue.kind]} · ${t.issues.stage(issue.glaslStage, issue.glaslLabel ?? '')}` : t.kinds[issue.kind]}
                </Text>
                <LedgerText style={{ fontWeight: 700 }}>{issue.title}</LedgerText>
              </View>,
              <StatusChip key="s" issue={issue} ctx={ctx} />,
            ])}
          />
          {i.omitted > 0 ? <Note>{t.issues.moreOmitted(i.omitted)}</Note> : null}
        </>
      ) : null}
    </>
  );
}

export function AppreciationBody({ ctx }: { ctx: Ctx }) {
  const { d, t, f } = ctx;
  const a = d.appreciation;
  return (
    <>
      <View style={{ flexDirection: 'row', marginHorizontal: -5 }} wrap={false}>
        {(['personalUnscheduled', 'personalScheduled', 'routine', 'received'] as const).map((k) => (
          <Tile key={k} perRow={4} valueFirst label={t.appreciation.tally[k]} value={f.int(a.tally[k])} valueColor={k === 'personalUnscheduled' && a.tally[k] > 0 ? C.accent : undefined} />
        ))}
      </View>
      {a.tally.mass > 0 ? <Note style={{ marginTop: 0 }}>{t.appreciation.mass(a.tally.mass)}</Note> : null}
      <Text style={{ color: C.ink2, ...SM, marginBottom: 2 }}>
        {a.lastPersonal ? t.appreciation.lastPersonal(f.date(a.lastPersonal.on), f.daysDat(a.lastPersonal.days)) : t.appreciation.noPersonal}
      </Text>

      <SubHeading>{t.appreciation.ladder}</SubHeading>
      <View wrap={false}>
        <Ladder stages={a.ladder.stages} reached={a.ladder.stage} width={CONTENT_WIDTH} />
        <View style={{ marginTop: 8, flexDirection: 'row' }}>
          <View style={{ width: HALF, marginRight: GUTTER }}>
            <Text style={{ fontWeight: 700 }}>{`${t.appreciation.stageOf(a.ladder.stage, a.ladder.stages.length)}: ${a.ladder.label}`}</Text>
            <Text style={{ color: C.ink2, ...SM, marginTop: 1 }}>{a.ladder.reason}</Text>
          </View>
          <View style={{ width: HALF }}>
            {a.ladder.next ? (
              <>
                <Text style={{ fontWeight: 700 }}>{t.appreciation.next(a.ladder.next.label)}</Text>
                <Text style={{ color: C.ink2, ...SM, marginTop: 1 }}>{a.ladder.next.needs}</Text>
              </>
            ) : (
              <Text style={{ color: C.ink2 }}>{t.appreciation.top}</Text>
            )}
          </View>
        </View>
      </View>

      <SubHeading>{t.appreciation.listTitle}</SubHeading>
      {a.gestures.length === 0 ? (
        <Note style={{ marginTop: 0 }}>{t.appreciation.none}</Note>
      ) : (
        <Table
          columns={[
            { label: t.appreciation.date, width: 0.15 },
            { label: t.appreciation.gesture, width: 0.4 },
            { label: t.appreciation.personal, width: 0.45 },
          ]}
          rows={a.gestures.map((g) => [
            <Text key="d" style={{ color: C.ink2 }}>{f.date(g.date)}</Text>,
            <View key="g">
              <LedgerText style={{ fontWeight: 700 }}>{g.title}</LedgerText>
              {g.gesture !== g.title ? <LedgerText style={{ color: C.ink2, ...SM }}>{g.gesture}</LedgerText> : null}
            </View>,
            <View key="n">
              <Text style={{ ...XS, fontWeight: 700, color: g.cls === 'received' ? '#8A5A9E' : C.accent }}>{t.gestureClasses[g.cls]}</Text>
              {g.note ? <LedgerText style={{ color: C.ink2, ...SM }}>{g.note}</LedgerText> : null}
            </View>,
          ])}
        />
      )}
      {a.notListed > 0 ? <Note>{t.appreciation.notListed(a.notListed)}</Note> : null}
    </>
  );
}

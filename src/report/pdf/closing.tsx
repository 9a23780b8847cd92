/** @jsxRuntime automatic */
/** @jsxImportSource react */
// What is still open, what is coming up and what was agreed; then the talking points for the renewal
// conversation (for the agency's own preparation, on a page of their own so it can stay in the house).
import { Text, View } from '@react-pdf/renderer';
import { Facts, Label, LedgerText, Note, SubHeading, Table } from './components.tsx';
import type { Ctx } from './context.ts';
import { StatusChip } from './story.tsx';
import { C, CONTENT_WIDTH, SM, XS } from './theme.ts';

export function OpenPointsBody({ ctx }: { ctx: Ctx }) {
  const { d, t, f } = ctx;
  const o = d.openPoints;
  const c = d.client;
  const r = d.glance.renewal;
  const contract = [
    { label: t.open.value, value: c.contractValue !== null ? f.money(c.contractValue, c.currency) : t.open.none },
    { label: t.open.renewal, value: c.renewalDate ? f.date(c.renewalDate) : t.open.none },
    { label: t.open.notice, value: c.noticeDays ? t.open.noticeDays(c.noticeDays) : t.open.none },
    ...(r?.noticeBy ? [{ label: t.open.noticeBy, value: f.date(r.noticeBy) }] : []),
    ...(o.nextAnniversary ? [{ label: t.open.anniversary, value: t.open.anniversaryValue(f.date(o.nextAnniversary.on), f.years(o.nextAnniversary.years)) }] : []),
    { label: t.open.cadence, value: t.open.cadenceValue(c.cadenceIdealDays, c.cadenceMaxDays) },
  ];
  return (
    <>
      <SubHeading first>{t.open.issues}</SubHeading>
      {o.issues.length === 0 ? (
        <Note style={{ marginTop: 0 }}>{t.open.noIssues}</Note>
      ) : (
        <Table
          columns={[
            { label: t.highlights.date, width: 0.15 },
            { label: t.highlights.event, width: 0.55 },
            { label: t.status.open, width: 0.3, align: 'right' },
          ]}
          rows={o.issues.map((i) => [
            <Text key="d" style={{ color: C.ink2 }}>{f.date(i.occurredOn)}</Text>,
            <View key="e">
              <Text style={{ ...XS, fontWeight: 700, color: i.kind === 'crisis' ? C.negative : '#B8860B' }}>
                {i.glaslStage !== null ? `${t.kinds[i.kind]} · ${t.issues.stage(i.glaslStage, i.glaslLabel ?? '')}` : t.kinds[i.kind]}
              </Text>
              <LedgerText style={{ fontWeight: 700 }}>{i.title}</LedgerText>
            </View>,
            <StatusChip key="s" issue={i} ctx={ctx} />,
          ])}
        />
      )}

      <SubHeading>{t.open.reminders}</SubHeading>
      {o.reminders.length === 0 ? (
        <Note style={{ marginTop: 0 }}>{t.open.noReminders}</Note>
      ) : (
        o.reminders.map((rem, k) => (
          <View key={k} style={{ flexDirection: 'row', marginBottom: 3 }} wrap={false}>
            <Text style={{ width: 12, color: C.accent, fontWeight: 700 }}>•</Text>
            <Text style={{ width: CONTENT_WIDTH - 12 }}>{rem.text}</Text>
          </View>
        ))
      )}

      <SubHeading>{t.open.contract}</SubHeading>
      <Facts items={contract} />

      <SubHeading>{t.open.agreements}</SubHeading>
      {o.agreements.length === 0 ? (
        <Note style={{ marginTop: 0 }}>{t.open.noAgreements}</Note>
      ) : (
        <Table
          columns={[
            { label: t.highlights.date, width: 0.15 },
            { label: t.highlights.event, width: 0.85 },
          ]}
          rows={o.agreements.map((a) => [
            <Text key="d" style={{ color: C.ink2 }}>{f.date(a.date)}</Text>,
            <View key="e">
              <LedgerText style={{ fontWeight: 700 }}>{a.title}</LedgerText>
              {a.detail ? <LedgerText style={{ color: C.ink2, ...SM }}>{a.detail}</LedgerText> : null}
            </View>,
          ])}
        />
      )}
    </>
  );
}

export function TalkingPointsBody({ ctx }: { ctx: Ctx }) {
  const { d, t } = ctx;
  if (d.talkingPoints.length === 0) return <Note style={{ marginTop: 0 }}>{t.talk.none}</Note>;
  return (
    <>
      {d.talkingPoints.map((p, k) => (
        <View key={p.key} wrap={false} style={{ flexDirection: 'row', paddingVertical: 8, borderBottomWidth: 0.5, borderBottomColor: C.hairline }}>
          <View style={{ width: 26 }}>
            <View style={{ width: 17, height: 17, borderRadius: 8.5, backgroundColor: C.accent, alignItems: 'center', justifyContent: 'center' }}>
              <Text style={{ color: C.white, ...XS, fontWeight: 700, lineHeight: 1 }}>{String(k + 1)}</Text>
            </View>
          </View>
          {/* An explicit width, not flex: a flexed text box can end up narrower than the width its lines were broken for. */}
          <View style={{ width: CONTENT_WIDTH - 26 }}>
            <Label style={{ color: C.accent, marginBottom: 2 }}>{p.topic}</Label>
            <Text>{p.text}</Text>
          </View>
        </View>
      ))}
    </>
  );
}

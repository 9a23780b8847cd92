/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The relationship in figures: at a glance, its health with every factor's reason, and the net
// emotional value over time.
import { Text, View } from '@react-pdf/renderer';
import { SERIF_STACK } from '../fonts.ts';
import type { RuleNotice } from '../i18n.ts';
import type { ReportHealthRule } from '../model.ts';
import { BandScale, NevChart, NevLegend, ValueBar } from './charts.tsx';
import { Chip, Label, LedgerText, Note, SubHeading, Table, Tile } from './components.tsx';
import type { Ctx } from './context.ts';
import { BAND_COLOR, BAND_SOFT, C, CONTENT_WIDTH, GUTTER, HALF, s, SM } from './theme.ts';

const CONTACT_LIMIT = 8;

export function GlanceBody({ ctx }: { ctx: Ctx }) {
  const { d, t, f } = ctx;
  const g = d.glance;
  const together = g.yearsTogether > 0 ? f.years(g.yearsTogether) : f.days(g.daysTogether);
  const renewal = g.renewal
    ? g.renewal.inDays >= 0
      ? t.glance.renewalOn(f.date(g.renewal.on), f.daysDat(g.renewal.inDays))
      : t.glance.renewalPassed(f.date(g.renewal.on))
    : null;
  const resolved = g.crises.resolved + g.misunderstandings.resolved;
  const open = g.crises.open + g.misunderstandings.open;
  const contacts = g.contacts.slice(0, CONTACT_LIMIT);
  return (
    <>
      <View style={s.tiles}>
        <Tile label={t.glance.together} value={together} sub={t.glance.sinceDate(f.date(d.client.since))} />
        <Tile
          label={t.glance.projects}
          value={f.int(g.projects.total)}
          sub={t.glance.projectsSub(g.projects.inPeriod, g.projects.valueInPeriod > 0 ? f.money(g.projects.valueInPeriod, d.client.currency) : null)}
        />
        <Tile
          label={t.glance.contract}
          value={d.client.contractValue !== null ? f.money(d.client.contractValue, d.client.currency) : '—'}
          sub={d.client.contractValue !== null ? `${t.glance.perYear}${renewal ? ` · ${renewal}` : ''}` : (renewal ?? t.glance.noContract)}
        />
        <Tile label={t.glance.touchpoints} value={f.int(g.touchpoints.inPeriod)} sub={t.glance.touchpointsSub(g.touchpoints.personal, g.touchpoints.clientInitiated)} />
        <Tile
          label={t.glance.repair}
          value={t.glance.repairValue(resolved)}
          sub={
            <>
              {open > 0 ? <Text style={{ color: C.negative, fontWeight: 700 }}>{`${t.glance.openCount(open)} · `}</Text> : null}
              {t.glance.repairSub(g.medianDaysToResolve !== null ? f.days(Math.round(g.medianDaysToResolve)) : null)}
            </>
          }
        />
        <Tile
          label={t.glance.lastContact}
          value={g.lastPersonalContact ? t.glance.lastContactValue(f.daysDat(g.lastPersonalContact.days)) : t.glance.noContact}
          valueColor={g.keepInTouch.state === 'overdue' ? C.negative : undefined}
          sub={g.lastPersonalContact ? t.glance.lastContactSub(f.date(g.lastPersonalContact.on), g.keepInTouch.ideal) : null}
        />
      </View>
      <SubHeading>{t.glance.people}</SubHeading>
      {contacts.length === 0 ? (
        <Note style={{ marginTop: 0 }}>{t.glance.noPeople}</Note>
      ) : (
        <Table
          columns={[
            { label: t.glance.name, width: 0.4 },
            { label: t.glance.role, width: 0.45 },
            { label: t.glance.inPeriod, width: 0.15, align: 'right' },
          ]}
          rows={contacts.map((c) => [
            <LedgerText key="n" style={{ fontWeight: 700 }}>{c.name}</LedgerText>,
            <LedgerText key="r" style={{ color: C.ink2 }}>{c.role ?? '—'}</LedgerText>,
            <Text key="e">{f.int(c.eventsInPeriod)}</Text>,
          ])}
        />
      )}
    </>
  );
}

const FACTOR_COLS = { label: 118, num: 52, bar: CONTENT_WIDTH - 118 - 3 * 52 } as const;

const RULES_PAD = 10;
const RULE_CHIP = 76;

/**
 * The severe signals that hold (src/domain/health/rules.ts), worded from their numbers: the primary driver
 * first, then what the rule did to the score. Nothing when no rule holds.
 */
function HealthRules({ ctx }: { ctx: Ctx }) {
  const { d, t, f } = ctx;
  const h = d.health;
  const primary = h.rules[0];
  if (!primary) return null;
  const sentence = (r: ReportHealthRule): string => {
    switch (r.code) {
      case 'openCrisisGlasl':
        return t.health.rules.openCrisisGlasl(r.stage, r.stageLabel, t.bands[r.cap], r.cap === 'in_crisis');
      case 'renewalWithCrisis': {
        const left = r.noticeDays === null ? null : r.days - r.noticeDays;
        const notice: RuleNotice = left === null ? null : left > 0 ? { left: f.days(left) } : left === 0 ? 'today' : 'passed';
        return t.health.rules.renewalWithCrisis(r.days === 0 ? null : f.daysDat(r.days), notice, t.bands[r.cap]);
      }
    }
  };
  const capped = h.weightedScore > h.score;
  const textWidth = CONTENT_WIDTH - 2 * RULES_PAD - 2.5 - RULE_CHIP;
  return (
    <View
      wrap={false}
      style={{
        marginBottom: 12, paddingVertical: 8, paddingHorizontal: RULES_PAD, backgroundColor: C.soft,
        borderLeftWidth: 2.5, borderLeftColor: BAND_COLOR[primary.cap], borderRadius: 2,
      }}
    >
      <Label style={{ marginBottom: 5 }}>{t.health.rulesTitle}</Label>
      {h.rules.map((r, i) => (
        <View key={r.code} style={{ flexDirection: 'row', alignItems: 'flex-start', marginBottom: 3 }}>
          <View style={{ width: RULE_CHIP, paddingTop: 0.5 }}>
            <Chip
              text={i === 0 ? t.health.rulePrimary : t.health.ruleAlso}
              color={i === 0 ? C.white : BAND_COLOR[r.cap]}
              background={i === 0 ? BAND_COLOR[r.cap] : C.white}
            />
          </View>
          <Text style={{ width: textWidth, ...SM }}>{sentence(r)}</Text>
        </View>
      ))}
      <Text style={{ ...SM, color: C.ink2, marginTop: 1, marginLeft: RULE_CHIP, width: textWidth }}>
        {capped ? t.health.ruleCapped(f.int(h.weightedScore), f.int(h.score)) : t.health.ruleHolds(f.int(h.score))}
      </Text>
    </View>
  );
}

export function HealthBody({ ctx }: { ctx: Ctx }) {
  const { d, t, f } = ctx;
  const h = d.health;
  const color = BAND_COLOR[h.band];
  const numStyle = { width: FACTOR_COLS.num, textAlign: 'right' as const };
  return (
    <>
      <View style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 12 }} wrap={false}>
        <View style={{ width: 150, paddingVertical: 10, paddingHorizontal: 12, backgroundColor: BAND_SOFT[h.band], borderRadius: 3 }}>
          <Label>{t.health.score}</Label>
          <View style={{ flexDirection: 'row', alignItems: 'flex-end', marginTop: 2 }}>
            <Text style={{ fontFamily: SERIF_STACK, fontWeight: 700, fontSize: 34, lineHeight: 1.1, color }}>{String(h.score)}</Text>
            <Text style={{ color: C.ink2, marginLeft: 5, marginBottom: 6 }}>{t.health.outOf}</Text>
          </View>
          <Chip text={h.bandLabel} color={C.white} background={color} />
        </View>
        <View style={{ width: CONTENT_WIDTH - 150 - 22, marginLeft: 22 }}>
          <Label style={{ marginBottom: 6 }}>{t.health.scale}</Label>
          <BandScale score={h.score} band={h.band} labels={t.bands} width={CONTENT_WIDTH - 150 - 22} />
        </View>
      </View>
      <HealthRules ctx={ctx} />
      <View style={{ flexDirection: 'row', borderBottomWidth: 0.8, borderBottomColor: C.ink2, paddingBottom: 4 }} minPresenceAhead={50}>
        <Label style={{ width: FACTOR_COLS.label }}>{t.health.factor}</Label>
        <Label style={{ width: FACTOR_COLS.bar }}>{t.health.value}</Label>
        <Label style={numStyle}>{' '}</Label>
        <Label style={numStyle}>{t.health.weight}</Label>
        <Label style={numStyle}>{t.health.points}</Label>
      </View>
      {h.factors.map((x) => (
        <View key={x.key} wrap={false} style={{ paddingVertical: 6, borderBottomWidth: 0.5, borderBottomColor: C.hairline }}>
          <View style={{ flexDirection: 'row', alignItems: 'center' }}>
            <Text style={{ width: FACTOR_COLS.label, fontWeight: 700 }}>{t.factors[x.key]}</Text>
            <View style={{ width: FACTOR_COLS.bar }}>
              <ValueBar value={x.value} width={FACTOR_COLS.bar - 24} noData={x.noData} />
            </View>
            <Text style={[numStyle, x.noData ? { color: C.muted, ...SM } : {}]}>{x.noData ? t.health.noData : f.fixed(x.value, 2)}</Text>
            <Text style={[numStyle, { color: C.ink2 }]}>{f.int(x.weight)}</Text>
            <Text style={[numStyle, { fontWeight: 700 }]}>{f.fixed(x.points, 1)}</Text>
          </View>
          <View style={{ paddingLeft: FACTOR_COLS.label, marginTop: 3 }}>
            <Text style={{ ...SM, color: C.ink2, lineHeight: 1.4 }}>{x.sentence}</Text>
          </View>
        </View>
      ))}
      <Note>{t.health.method}</Note>
    </>
  );
}

export function NevBody({ ctx }: { ctx: Ctx }) {
  const { d, t, f } = ctx;
  const n = d.nev;
  const v = n.periodValue;
  const hasMonths = n.months.some((m) => m.value !== null || m.rolling !== null);
  return (
    <>
      <View style={{ flexDirection: 'row', alignItems: 'baseline', marginBottom: 10 }} wrap={false}>
        <Label style={{ marginRight: 8 }}>{t.nev.period}</Label>
        {v !== null ? (
          <>
            <Text style={{ fontFamily: SERIF_STACK, fontWeight: 700, fontSize: 16, color: v >= 0 ? C.positive : C.negative }}>{f.signed(v)}</Text>
            <Text style={{ color: C.ink2, marginLeft: 8 }}>{t.nev.observed(n.emotions)}</Text>
          </>
        ) : (
          <Text style={{ color: C.ink2 }}>{t.nev.none}</Text>
        )}
      </View>
      {hasMonths ? (
        <View wrap={false}>
          <NevChart months={n.months} fmt={f} width={CONTENT_WIDTH} height={176} />
          <NevLegend month={t.nev.legendMonth} rolling={t.nev.legendRolling(n.rollingMonths)} />
        </View>
      ) : (
        <Note>{t.nev.noMonths}</Note>
      )}
      <Note>{t.nev.method}</Note>
    </>
  );
}

/** What moves each contact (internal): the motivators recorded for them, the closest contacts first. */
export function MotivatorsBody({ ctx }: { ctx: Ctx }) {
  const { d, t } = ctx;
  const all = d.glance.contacts;
  const listed = all.filter((c) => c.motivators.length > 0);
  if (all.length === 0) return <Note style={{ marginTop: 0 }}>{t.motivators.none}</Note>;
  if (listed.length === 0) return <Note style={{ marginTop: 0 }}>{t.motivators.noneListed}</Note>;
  return (
    <>
      <Table
        columns={[
          { label: t.glance.name, width: 0.27 },
          { label: t.glance.role, width: 0.28 },
          { label: t.glance.motivators, width: 0.45 },
        ]}
        rows={listed.map((c) => [
          <LedgerText key="n" style={{ fontWeight: 700 }}>{c.name}</LedgerText>,
          <LedgerText key="r" style={{ color: C.ink2 }}>{c.role ?? '—'}</LedgerText>,
          <Text key="m" style={{ color: C.ink2 }}>{c.motivators.join(' · ')}</Text>,
        ])}
      />
      {all.length > listed.length ? <Note>{t.motivators.more(all.length - listed.length)}</Note> : null}
    </>
  );
}

/** The emotions one by one (internal): counts by group and the most frequent, negative ones included. */
export function EmotionsBody({ ctx }: { ctx: Ctx }) {
  const { d, t, f } = ctx;
  const n = d.nev;
  return (
    <>
      {n.emotions === 0 ? <Note style={{ marginTop: 0 }}>{t.emotions.none}</Note> : (
        <View style={{ flexDirection: 'row' }} wrap={false}>
          <View style={{ width: HALF, marginRight: GUTTER }}>
            <Label style={{ marginBottom: 5 }}>{t.nev.clusters}</Label>
            {n.clusters.map((c) => (
              <View key={c.key} style={{ flexDirection: 'row', alignItems: 'center', paddingVertical: 2.5, borderBottomWidth: 0.5, borderBottomColor: C.hairline }}>
                <View style={{ width: 6, height: 6, borderRadius: 3, backgroundColor: c.valence >= 0 ? C.positive : C.negative, marginRight: 6 }} />
                <Text style={{ flex: 1 }}>{c.label}</Text>
                <Text style={{ fontWeight: 700 }}>{f.int(c.count)}</Text>
              </View>
            ))}
          </View>
          <View style={{ width: HALF }}>
            <Label style={{ marginBottom: 5 }}>{t.nev.mostSeen}</Label>
            <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
              {n.topEmotions.map((e) => (
                <Text
                  key={e.label}
                  style={{
                    ...SM,
                    paddingHorizontal: 6,
                    paddingVertical: 2,
                    marginRight: 5,
                    marginBottom: 5,
                    borderRadius: 2,
                    color: e.valence >= 0 ? C.positive : C.negative,
                    backgroundColor: e.valence >= 0 ? C.positiveSoft : C.negativeSoft,
                  }}
                >
                  {`${e.label} ${f.int(e.count)}`}
                </Text>
              ))}
            </View>
          </View>
        </View>
      )}
    </>
  );
}

// The Net Emotional Value of a relationship over the last 12 months: the 3-month rolling value as a line,
// each month's own value as a dot, a zero line for balance, gaps where no emotion was observed.
import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Paper, Stack, Text } from '@mantine/core';
import { useHealth, useReference } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useHealthFormat } from './format.ts';
import type { NevPoint } from './model.ts';
import classes from './Health.module.css';

/** Which clusters count for and against, with their weights, from the reference list (data). */
function useClusterNote(): string | null {
  const { t, locale } = useI18n();
  const reference = useReference();
  const h = useHealthFormat();
  const clusters = reference.data?.emotionClusters;
  if (!clusters || clusters.length === 0) return null;
  const sorted = [...clusters].sort((a, b) => a.sort - b.sort);
  const label = (c: (typeof sorted)[number]) => t.health.clusterWeight(locale === 'de' ? c.labelDe : c.labelEn, h.points(c.weight));
  const positive = sorted.filter((c) => c.valence > 0).map(label).join(', ');
  const negative = sorted.filter((c) => c.valence < 0).map(label).join(', ');
  return t.health.nevNote(positive, negative);
}

export function NevChart({ trend, height = 190 }: { trend: readonly NevPoint[]; height?: number }) {
  const { t } = useI18n();
  const h = useHealthFormat();
  const note = useClusterNote();
  const empty = trend.every((p) => p.nev === null && p.rolling === null);
  const data = trend.map((p) => ({ month: h.month(p.month), rolling: p.rolling, nev: p.nev }));

  return (
    <Stack gap={6} data-testid="nev-chart" data-empty={empty || undefined}>
      {empty ? (
        <Paper withBorder p="md" className={classes.chartEmpty}>
          <Text size="sm" c="dimmed">
            {t.health.nevEmpty}
          </Text>
        </Paper>
      ) : (
        <LineChart
          h={height}
          data={data}
          dataKey="month"
          series={[
            { name: 'rolling', label: t.health.nevRolling, color: 'petrol.5' },
            { name: 'nev', label: t.health.nevMonthly, color: 'grape.5' },
          ]}
          connectNulls={false}
          curveType="monotone"
          withLegend
          legendProps={{ verticalAlign: 'top', height: 34 }}
          gridAxis="x"
          tickLine="none"
          yAxisProps={{ domain: [-1, 1], ticks: [-1, -0.5, 0, 0.5, 1], width: 44 }}
          xAxisProps={{ interval: 'preserveStartEnd', tickMargin: 6 }}
          valueFormatter={(v) => h.nev(v)}
          referenceLines={[{ y: 0, color: 'gray.6', strokeDasharray: '0' }]}
          dotProps={{ r: 3, strokeWidth: 1 }}
          activeDotProps={{ r: 5, strokeWidth: 1 }}
          lineProps={(series) => (series.name === 'nev' ? { strokeWidth: 0, activeDot: { r: 5 } } : {})}
          tooltipAnimationDuration={0}
          lineChartProps={{ accessibilityLayer: true, margin: { top: 10, right: 14, bottom: 0, left: 0 } }}
          aria-label={t.health.nevTitle}
        />
      )}
      {note ? (
        <Text size="xs" c="dimmed" data-testid="nev-note">
          {note}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The NEV chart of one client, read with its health (for the client page). */
export function ClientNevChart({ clientId, height }: { clientId: number; height?: number }) {
  const health = useHealth(clientId);
  return health.data ? <NevChart trend={health.data.nevTrend} height={height} /> : null;
}

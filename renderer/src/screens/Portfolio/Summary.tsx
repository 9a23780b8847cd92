// The ten-second glance: how the relationships spread over the health bands, renewals within 90 days,
// open crises, neglected relationships. A card that stands for a filter applies it when clicked.
import { Group, Paper, Progress, Text, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertOctagon, IconCalendarDue, IconHeartbeat, IconMessageCircleOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { StatCard } from '../../components/StatCard/StatCard.tsx';
import { BAND_COLORS, BAND_ORDER, isWeak, type HealthBand, type PortfolioRow } from '../../components/Health/model.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { isNeglected, renewalIn, renewsSoon, type Filter } from './model.ts';
import classes from './Portfolio.module.css';

function Pressable({ filter, active, onFilter, label, children }: {
  filter: Filter;
  active: Filter;
  onFilter: (f: Filter) => void;
  label: string;
  children: ReactNode;
}) {
  const pressed = active === filter;
  return (
    <UnstyledButton
      className={classes.pressable}
      data-pressed={pressed || undefined}
      aria-pressed={pressed}
      aria-label={label}
      onClick={() => onFilter(pressed ? 'all' : filter)}
    >
      {children}
    </UnstyledButton>
  );
}

function BandsCard({ rows }: { rows: readonly PortfolioRow[] }) {
  const { t, fmt } = useI18n();
  const counts = new Map<HealthBand, number>(BAND_ORDER.map((b) => [b, 0]));
  for (const r of rows) counts.set(r.health.band, (counts.get(r.health.band) ?? 0) + 1);
  const weak = rows.filter((r) => isWeak(r.health.band)).length;
  const total = rows.length || 1;
  return (
    <Paper withBorder p="md" className={classes.statCard} data-testid="stat-bands">
      <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
        <Text className={classes.statLabel}>{t.portfolio.board.bands}</Text>
        <ThemeIcon variant="light" color={weak > 0 ? 'orange' : 'teal'} size={30} radius="md">
          <IconHeartbeat size={17} stroke={1.7} />
        </ThemeIcon>
      </Group>
      <Progress.Root size={12} radius="sm" mt={10} mb={8} aria-label={t.portfolio.board.bandsLegend}>
        {BAND_ORDER.filter((b) => (counts.get(b) ?? 0) > 0).map((b) => (
          <Tooltip key={b} label={`${t.health.bands[b]}: ${fmt.number(counts.get(b) ?? 0)}`}>
            <Progress.Section value={((counts.get(b) ?? 0) / total) * 100} color={BAND_COLORS[b]} aria-label={`${t.health.bands[b]}: ${fmt.number(counts.get(b) ?? 0)}`} />
          </Tooltip>
        ))}
      </Progress.Root>
      <div className={classes.legend}>
        {BAND_ORDER.map((b) => (
          <span key={b} className={classes.legendItem} data-testid={`band-count-${b}`} data-count={counts.get(b) ?? 0} data-empty={(counts.get(b) ?? 0) === 0 || undefined}>
            <span className={classes.dot} style={{ backgroundColor: `var(--mantine-color-${BAND_COLORS[b]}-filled)` }} />
            <b>{fmt.number(counts.get(b) ?? 0)}</b> {t.health.bands[b]}
          </span>
        ))}
      </div>
    </Paper>
  );
}

export function Summary({ rows, today, filter, onFilter }: {
  rows: readonly PortfolioRow[];
  today: string;
  filter: Filter;
  onFilter: (f: Filter) => void;
}) {
  const { t, fmt } = useI18n();
  const b = t.portfolio.board;
  const crises = rows.reduce((s, r) => s + r.openCrises, 0);
  const inCrisis = rows.filter((r) => r.openCrises > 0).length;
  const renewals = rows
    .filter((r) => renewsSoon(r, today))
    .sort((x, y) => (renewalIn(x, today) ?? 0) - (renewalIn(y, today) ?? 0));
  const next = renewals[0];
  const neglected = rows.filter(isNeglected).length;
  const weak = rows.filter((r) => isWeak(r.health.band)).length;

  return (
    <div className={classes.summaryFrame}>
      <div className={classes.summary}>
        <Pressable filter="atRisk" active={filter} onFilter={onFilter} label={`${b.bands}: ${b.bandsDetail(weak)}`}>
          <BandsCard rows={rows} />
        </Pressable>
        <Pressable filter="renewal" active={filter} onFilter={onFilter} label={`${b.renewals}: ${fmt.number(renewals.length)}`}>
          <StatCard
            label={t.portfolio.stats.renewals}
            value={fmt.number(renewals.length)}
            detail={next?.renewalDate ? t.portfolio.stats.renewalsNext(fmt.relative(next.renewalDate.slice(0, 10), today)) : t.portfolio.stats.renewalsNone}
            icon={IconCalendarDue}
            color={renewals.length > 0 ? 'orange' : 'gray'}
            testId="stat-renewals"
          />
        </Pressable>
        <StatCard
          label={t.portfolio.stats.crises}
          value={fmt.number(crises)}
          detail={t.portfolio.stats.crisesDetail(inCrisis)}
          icon={IconAlertOctagon}
          color={crises > 0 ? 'red' : 'gray'}
          testId="stat-crises"
        />
        <Pressable filter="neglected" active={filter} onFilter={onFilter} label={`${b.neglected}: ${fmt.number(neglected)}`}>
          <StatCard
            label={b.neglected}
            value={fmt.number(neglected)}
            detail={neglected > 0 ? b.neglectedDetail : b.neglectedNone}
            icon={IconMessageCircleOff}
            color={neglected > 0 ? 'yellow' : 'gray'}
            testId="stat-neglected"
          />
        </Pressable>
      </div>
    </div>
  );
}

// Every relationship with its health: band and score (one click opens the reasons), the NEV trend, how
// long together, the last personal contact, open crises with their Glasl stage, the renewal countdown
// (180/90/60/30) and the reminders due.
import { Anchor, Badge, Group, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowDownRight, IconArrowRight, IconArrowUp, IconArrowUpRight, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { fullYears } from '../../../../src/domain/dates.ts';
import { useReference } from '../../api/queries.ts';
import { BandBadge } from '../../components/Health/BandBadge.tsx';
import { NevSparkline } from '../../components/Health/NevSparkline.tsx';
import { useHealthFormat } from '../../components/Health/format.ts';
import { nevDirection, type PortfolioRow, type TrendDirection } from '../../components/Health/model.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { contactState, renewalState } from '../../lib/relationship.ts';
import { useNavigation } from '../../navigation.tsx';
import type { Sort, SortKey } from './model.ts';
import classes from './Portfolio.module.css';

const TREND_COLORS: Record<TrendDirection, string> = { up: 'teal', down: 'red', flat: 'petrol', none: 'gray' };
const TREND_ICONS = { up: IconArrowUpRight, down: IconArrowDownRight, flat: IconArrowRight } as const;

/** The NEV trend of the last 12 months: on the portfolio row itself, so a row asks the engine nothing. */
function TrendCell({ trend }: { trend: PortfolioRow['nevTrend'] }) {
  const { t } = useI18n();
  const h = useHealthFormat();
  const { direction, last } = trend ? nevDirection(trend) : { direction: 'none' as const, last: null };
  const label = last === null ? t.portfolio.board.trend.none : t.portfolio.board.trendLabel(t.portfolio.board.trend[direction], h.nev(last));
  const Arrow = direction === 'none' ? null : TREND_ICONS[direction];
  return (
    <div className={classes.trend} data-testid="trend" data-direction={trend ? direction : undefined}>
      {trend ? (
        <Tooltip label={label}>
          <Group gap={6} wrap="nowrap" aria-label={label} role="img">
            {last !== null ? <NevSparkline trend={trend} color={TREND_COLORS[direction]} /> : null}
            {Arrow ? <Arrow size={16} stroke={2} color={`var(--mantine-color-${TREND_COLORS[direction]}-text)`} /> : <Text size="xs" c="dimmed">—</Text>}
          </Group>
        </Tooltip>
      ) : (
        <span className={classes.sparkPlaceholder} />
      )}
    </div>
  );
}

/** Open crises, and the highest Glasl stage among them (on the portfolio row). */
function CrisisCell({ row }: { row: PortfolioRow }) {
  const { t, fmt, locale } = useI18n();
  const stage = row.openCrisisStage ?? 0;
  const reference = useReference();
  const glasl = reference.data?.glaslStages.find((g) => g.stage === stage);
  return (
    <Group gap={6} wrap="nowrap" justify="flex-end">
      <Badge color="red" variant="filled" size="md" className={classes.countBadge} data-testid="open-crises">
        {fmt.number(row.openCrises)}
      </Badge>
      {stage > 0 ? (
        <Tooltip label={glasl ? `${stage} · ${locale === 'de' ? glasl.labelDe : glasl.labelEn}` : t.portfolio.board.glasl(stage)}>
          <Text size="xs" c="red" fw={600} className={classes.nowrap} data-testid="crisis-stage" data-stage={stage}>
            {t.portfolio.board.glasl(stage)}
          </Text>
        </Tooltip>
      ) : null}
    </Group>
  );
}

const CONTACT_TEXT: Record<string, string | undefined> = { none: 'dimmed', ok: undefined, due: 'orange', overdue: 'red' };

export function PortfolioTable({ rows, today, sort, onSort, onExplain }: {
  rows: readonly PortfolioRow[];
  today: string;
  sort: Sort;
  onSort: (by: SortKey) => void;
  onExplain: (row: PortfolioRow) => void;
}) {
  const { t, fmt } = useI18n();
  const { go } = useNavigation();
  const b = t.portfolio.board;
  const h = useHealthFormat();

  const header = (key: SortKey | null, text: string, hint?: string, className?: string) => {
    if (!key) {
      return (
        <Table.Th className={className} title={hint}>
          {text}
        </Table.Th>
      );
    }
    const active = sort.by === key;
    const Arrow = !active ? IconArrowsSort : sort.dir === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th className={className} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton
          className={classes.sortButton}
          data-active={active || undefined}
          onClick={() => onSort(key)}
          title={hint ? `${hint} · ${b.sortBy(text)}` : b.sortBy(text)}
          data-testid={`portfolio-sort-${key}`}
        >
          <span>{text}</span>
          <Arrow size={13} stroke={2} className={classes.sortIcon} aria-hidden="true" />
        </UnstyledButton>
      </Table.Th>
    );
  };

  const cell = (content: ReactNode, className?: string) => <Table.Td className={className ?? classes.cell}>{content}</Table.Td>;

  return (
    <Table.ScrollContainer minWidth={900} className={classes.tableWrapper}>
      <Table highlightOnHover verticalSpacing={8} horizontalSpacing={10} className={classes.table} aria-label={t.portfolio.title}>
        <Table.Thead>
          <Table.Tr>
            {header('name', b.columns.client, undefined, classes.nameColumn)}
            {header('health', b.columns.health, b.columnHints.health)}
            {header(null, b.columns.trend, b.columnHints.trend)}
            {header('lastContact', b.columns.lastContact)}
            {header('crises', b.columns.crises, b.columnHints.crises, classes.numeric)}
            {header('renewal', b.columns.renewal)}
            {header('reminders', b.columns.reminders, b.columnHints.reminders, classes.numeric)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const years = fullYears(row.since, today);
            const level = row.status === 'active' ? contactState(row, today).level : 'ok';
            const renewal = renewalState(row.renewalDate, today);
            const open = () => go({ section: 'client', clientId: row.id, from: 'portfolio' });
            return (
              <Table.Tr
                key={row.id}
                className={classes.row}
                onClick={() => onExplain(row)}
                data-testid="client-row"
                data-client-id={row.id}
                data-band={row.health.band}
                data-score={row.health.score}
              >
                <Table.Td>
                  <Stack gap={1}>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor
                        component="button"
                        type="button"
                        className={classes.name}
                        onClick={(e) => {
                          e.stopPropagation();
                          open();
                        }}
                      >
                        {row.name}
                      </Anchor>
                      {row.status !== 'active' ? (
                        <Badge size="xs" color="gray" variant="light" className={classes.nowrap}>
                          {t.client.statuses[row.status]}
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed" className={classes.sub} data-testid="row-owner">
                      {row.owner ?? b.noOwner} · {t.client.together(years)}
                    </Text>
                  </Stack>
                </Table.Td>
                {cell(
                  <UnstyledButton
                    className={classes.healthButton}
                    onClick={(e) => {
                      e.stopPropagation();
                      onExplain(row);
                    }}
                    aria-label={b.explain(fmt.number(row.health.score), h.label(row.health.bandLabel))}
                    data-testid="health-badge"
                  >
                    <span className={classes.healthScore} data-band={row.health.band}>
                      {fmt.number(row.health.score)}
                    </span>
                    <BandBadge band={row.health.band} label={row.health.bandLabel} size="sm" />
                  </UnstyledButton>,
                )}
                {cell(<TrendCell trend={row.nevTrend} />)}
                {cell(
                  row.lastPersonalContact ? (
                    <>
                      <Text size="sm" c={CONTACT_TEXT[level]} fw={level === 'overdue' ? 600 : undefined}>
                        {fmt.relative(row.lastPersonalContact.slice(0, 10), today)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {fmt.date(row.lastPersonalContact.slice(0, 10))}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t.client.noContact}
                    </Text>
                  ),
                )}
                {cell(
                  row.openCrises > 0 ? (
                    <CrisisCell row={row} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {fmt.number(0)}
                    </Text>
                  ),
                  classes.numeric,
                )}
                {cell(
                  row.renewalDate ? (
                    <>
                      <Text size="sm">{fmt.date(row.renewalDate.slice(0, 10))}</Text>
                      {renewal.color ? (
                        <Badge size="sm" color={renewal.color} variant="light" mt={2} data-testid="renewal-countdown">
                          {fmt.relative(row.renewalDate.slice(0, 10), today)}
                        </Badge>
                      ) : null}
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t.client.noRenewal}
                    </Text>
                  ),
                )}
                {cell(
                  row.reminders.length > 0 ? (
                    <Tooltip
                      label={
                        <Stack gap={2}>
                          {row.reminders.map((r) => (
                            <span key={`${r.kind}|${r.on}`}>{t.reminders.kinds[r.kind]}</span>
                          ))}
                        </Stack>
                      }
                    >
                      <Badge size="md" variant="light" color="orange" circle aria-label={b.reminders(row.reminders.length)} data-testid="row-reminders">
                        {fmt.number(row.reminders.length)}
                      </Badge>
                    </Tooltip>
                  ) : (
                    <Text size="sm" c="dimmed" data-testid="row-reminders">
                      {fmt.number(0)}
                    </Text>
                  ),
                  classes.numeric,
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

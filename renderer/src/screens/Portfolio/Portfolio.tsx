// The owner's glance over the whole agency: how every relationship is doing and why, what renews soon,
// where a crisis is open, who was neglected, and what needs attention this week.
import { Badge, Button, EmptyState, Group, Paper, SegmentedControl, Select, Tabs, Text, Tooltip } from '@mantine/core';
import { IconCalendarWeek, IconFilterOff, IconHeartHandshake, IconPlus, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { showsError } from '../../api/agency.ts';
import { usePortfolio, useReference } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { HealthExplainDrawer } from '../../components/Health/HealthExplainDrawer.tsx';
import type { PortfolioRow } from '../../components/Health/model.ts';
import { ReminderList } from '../../components/Health/ReminderList.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { PageHeader } from '../../components/PageHeader/PageHeader.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useNavigation } from '../../navigation.tsx';
import {
  DEFAULT_SORT, FILTERS, FIRST_DIR, matchesFilter, matchesOwner, NO_OWNER, sortRows, weekEnd, weekEntries,
  type Filter, type Sort, type SortKey,
} from './model.ts';
import { PortfolioTable } from './PortfolioTable.tsx';
import { Summary } from './Summary.tsx';
import classes from './Portfolio.module.css';

type View = 'relationships' | 'week';

export function Portfolio() {
  const { t, fmt } = useI18n();
  const { go } = useNavigation();
  const portfolio = usePortfolio();
  // Trends and crisis stages are on the rows; only the Glasl labels come from the reference lists.
  const reference = useReference();
  const [view, setView] = useState<View>('relationships');
  const [filter, setFilter] = useState<Filter>('all');
  const [owner, setOwner] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [explain, setExplain] = useState<{ id: number; name: string } | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const b = t.portfolio.board;

  const rows = useMemo(() => portfolio.data?.clients ?? [], [portfolio.data]);
  const today = portfolio.data?.today ?? '';
  const owners = useMemo(() => {
    const named = [...new Set(rows.map((r) => r.owner).filter((o): o is string => !!o))].sort((x, y) => x.localeCompare(y));
    return [...named.map((o) => ({ value: o, label: o })), ...(rows.some((r) => !r.owner) ? [{ value: NO_OWNER, label: b.noOwner }] : [])];
  }, [rows, b.noOwner]);
  const shown = useMemo(
    () => sortRows(rows.filter((r) => matchesFilter(r, filter, today) && matchesOwner(r, owner)), sort, today),
    [rows, filter, owner, sort, today],
  );
  const week = useMemo(() => (today ? weekEntries(rows, today) : []), [rows, today]);
  // Counted once per portfolio, not on every render (opening the drawer, typing in the owner field).
  const filterCounts = useMemo(
    () => new Map(FILTERS.map((f) => [f, rows.filter((r) => matchesFilter(r, f, today)).length])),
    [rows, today],
  );

  if (portfolio.isPending || reference.isPending) {
    return (
      <>
        <PageHeader title={t.portfolio.title} />
        <LoadingRows />
      </>
    );
  }
  if (showsError(portfolio)) {
    return (
      <>
        <PageHeader title={t.portfolio.title} />
        <ErrorAlert error={portfolio.error} onRetry={() => void portfolio.refetch()} />
      </>
    );
  }

  if (rows.length === 0) {
    return (
      <>
        <PageHeader title={t.portfolio.title} />
        <Paper withBorder p="xl" py={56}>
          <EmptyState
            icon={<IconHeartHandshake size={28} stroke={1.5} />}
            variant="light"
            title={t.portfolio.emptyTitle}
            description={t.portfolio.emptyText}
            data-testid="portfolio-empty"
          >
            <EmptyState.Actions>
              <Button leftSection={<IconPlus size={16} />} onClick={() => go({ section: 'clients', createOpen: true })}>
                {t.portfolio.emptyAction}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      </>
    );
  }

  const crises = rows.reduce((sum, c) => sum + c.openCrises, 0);
  const onSort = (by: SortKey) =>
    setSort((s) => (s.by === by ? { by, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { by, dir: FIRST_DIR[by] }));
  const openExplain = (row: Pick<PortfolioRow, 'id' | 'name'>) => {
    setExplain({ id: row.id, name: row.name });
    setDrawerOpen(true);
  };
  const chooseFilter = (f: Filter) => {
    setFilter(f);
    setView('relationships');
  };
  const nameOf = (id: number) => rows.find((r) => r.id === id)?.name ?? '';

  return (
    <>
      <PageHeader title={t.portfolio.title} subtitle={t.portfolio.subtitle(rows.length, crises)} />
      <Summary rows={rows} today={today} filter={filter} onFilter={chooseFilter} />
      <Tabs value={view} onChange={(v) => setView(v === 'week' ? 'week' : 'relationships')} keepMounted={false} className={classes.tabs}>
        <Tabs.List mb="sm">
          <Tabs.Tab
            value="relationships"
            leftSection={<IconUsers size={16} stroke={1.7} />}
            rightSection={
              <Badge size="sm" variant="light" color="gray" className={classes.tabCount} data-testid="relationships-count">
                {fmt.number(rows.length)}
              </Badge>
            }
            data-testid="portfolio-tab-relationships"
          >
            {b.relationships}
          </Tabs.Tab>
          <Tabs.Tab
            value="week"
            leftSection={<IconCalendarWeek size={16} stroke={1.7} />}
            rightSection={
              <Badge
                size="sm"
                variant={week.length > 0 ? 'filled' : 'light'}
                color={week.length > 0 ? 'orange' : 'gray'}
                className={classes.tabCount}
                data-testid="week-count"
              >
                {fmt.number(week.length)}
              </Badge>
            }
            data-testid="portfolio-tab-week"
          >
            {b.week}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="relationships">
          <Group justify="space-between" gap="sm" mb="sm" wrap="wrap">
            <SegmentedControl
              value={filter}
              onChange={(v) => setFilter(v as Filter)}
              aria-label={b.filterLabel}
              size="sm"
              data-testid="portfolio-filter"
              data={FILTERS.map((f) => ({
                value: f,
                label: (
                  <Tooltip label={b.filterHints[f]} openDelay={600}>
                    <span data-testid={`filter-${f}`}>
                      {b.filters[f]}
                      <span className={classes.filterCount}>{fmt.number(filterCounts.get(f) ?? 0)}</span>
                    </span>
                  </Tooltip>
                ),
              }))}
            />
            <Group gap="sm" wrap="nowrap">
              <Text size="sm" c="dimmed" data-testid="portfolio-count" className={classes.nowrap}>
                {b.count(shown.length, rows.length)}
              </Text>
              <Select
                value={owner}
                onChange={setOwner}
                data={owners}
                placeholder={b.anyOwner}
                aria-label={b.owner}
                clearable
                clearButtonProps={{ 'aria-label': b.anyOwner, 'data-testid': 'portfolio-owner-clear' } as Record<string, string>}
                size="sm"
                w={210}
                comboboxProps={{ withinPortal: true }}
                data-testid="portfolio-owner"
              />
            </Group>
          </Group>
          {shown.length > 0 ? (
            <PortfolioTable rows={shown} today={today} sort={sort} onSort={onSort} onExplain={openExplain} />
          ) : (
            <Paper withBorder p="xl" className={classes.panel}>
              <EmptyState
                icon={<IconFilterOff size={24} stroke={1.5} />}
                variant="light"
                title={b.noMatchTitle}
                description={b.noMatchText}
                data-testid="portfolio-no-match"
              >
                <EmptyState.Actions>
                  <Button
                    variant="light"
                    onClick={() => {
                      setFilter('all');
                      setOwner(null);
                    }}
                  >
                    {b.showAll}
                  </Button>
                </EmptyState.Actions>
              </EmptyState>
            </Paper>
          )}
        </Tabs.Panel>

        <Tabs.Panel value="week">
          <Paper withBorder px="md" py="sm" className={classes.panel} data-testid="week">
            <Text fw={650} mb={2}>
              {b.weekTitle}
            </Text>
            <Text size="sm" c="dimmed" mb="xs">
              {b.weekIntro(fmt.date(weekEnd(today)))}
            </Text>
            <ReminderList
              entries={week}
              today={today}
              onOpenClient={(id) => openExplain({ id, name: nameOf(id) })}
              empty={
                <EmptyState variant="light" title={b.weekEmptyTitle} description={b.weekEmptyText} data-testid="week-empty" py="lg" />
              }
            />
          </Paper>
        </Tabs.Panel>
      </Tabs>
      <HealthExplainDrawer
        clientId={explain?.id ?? null}
        clientName={explain?.name}
        opened={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        from="portfolio"
      />
    </>
  );
}

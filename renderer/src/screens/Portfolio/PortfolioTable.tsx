// Every relationship with its health: band and score (one click opens the reasons), the NEV trend, how
// long together, the last personal contact, open crises with their Glasl stage, the renewal countdown
// (180/90/60/30) and the reminders due. A severe signal that holds (an open crisis at a high Glasl stage, a
// near renewal with a crisis open) is named under the client, in a few words: "Glasl 6 · renewal in 85 d".
// The trend's colour follows its direction (improving green, worsening red, steady grey), never the band.
//
// Large portfolios stay fast: the rows are virtual (only those near the screen are in the DOM, between two
// spacer rows that hold the height of the rest), each row is memoised, the formatters and reference labels
// are made once per table, and the cells' tooltips mount only when first hovered. The table lays out its
// columns at fixed widths, so the sticky header and the cells stay aligned whichever rows are drawn.
import { Anchor, Badge, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  Fragment, memo, useCallback, useEffect, useLayoutEffect, useRef, useState,
  type FocusEvent, type KeyboardEvent, type ReactNode,
} from 'react';
import { fullYears } from '../../../../src/domain/dates.ts';
import { useReference } from '../../api/queries.ts';
import { BandBadge } from '../../components/Health/BandBadge.tsx';
import { TrendMark } from '../../components/Health/TrendMark.tsx';
import { useHealthFormat } from '../../components/Health/format.ts';
import { useRuleText } from '../../components/Health/HealthRules.tsx';
import { nevDirection, TREND_COLORS, type PortfolioRow } from '../../components/Health/model.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { contactState, renewalState } from '../../lib/relationship.ts';
import { useNavigation } from '../../navigation.tsx';
import { LazyTooltip } from './LazyTooltip.tsx';
import type { Sort, SortKey } from './model.ts';
import frozen from '../../styles/frozen.module.css';
import classes from './Portfolio.module.css';

const CONTACT_TEXT: Record<string, string | undefined> = { none: 'dimmed', ok: undefined, due: 'orange', overdue: 'red' };

/** The app header's height (Frame.tsx): the table header sticks under it. */
const APP_HEADER = 56;
/** A row's height before it is measured (two lines of text at verticalSpacing 8). */
const ROW_ESTIMATE = 61;
/** Rows drawn beyond either edge of the screen. */
const OVERSCAN = 8;
/** Up to this many rows every row is drawn: a small agency's table stays whole (and findable with Ctrl+F). */
const DRAW_ALL_UP_TO = 40;
/**
 * Below this width the table scrolls sideways inside its frame, the client's name frozen at its left edge
 * (and the header no longer sticks under the app header: the scrolling frame would hold it).
 */
export const TABLE_MIN_WIDTH = 960;
const COLUMNS = 7;

type HealthFormat = ReturnType<typeof useHealthFormat>;

/** The NEV trend of the last 12 months: on the portfolio row itself, so a row asks the engine nothing. */
function TrendCell({ trend, h }: { trend: PortfolioRow['nevTrend']; h: HealthFormat }) {
  const { t } = useI18n();
  if (!trend) {
    return (
      <div className={classes.trend} data-testid="trend">
        <span className={classes.sparkPlaceholder} />
      </div>
    );
  }
  const b = t.portfolio.board;
  const { direction, last } = nevDirection(trend);
  const known = trend.filter((p): p is typeof p & { rolling: number } => p.rolling !== null);
  const first = known[0];
  const latest = known.at(-1);
  const span = first && latest && first !== latest ? b.trendSpan(h.month(first.month), h.month(latest.month), h.nev(first.rolling), h.nev(latest.rolling)) : null;
  const label = last === null ? b.trend.none : b.trendLabel(b.trend[direction], h.nev(last));
  // The tooltip: the direction, then every month's value on the line, then the scale.
  const details = () => (
    <Stack gap={2} data-testid="trend-tooltip">
      <span>{label}</span>
      {last !== null ? (
        <>
          <div className={classes.sparkValues}>
            {trend.map((p) => (
              <Fragment key={p.month}>
                <span>{h.month(p.month)}</span>
                <span className={classes.sparkValue}>{p.rolling === null ? t.app.none : h.nev(p.rolling)}</span>
              </Fragment>
            ))}
          </div>
          <Text size="xs" c="dimmed" mt={2}>{b.trendScale}</Text>
        </>
      ) : null}
    </Stack>
  );
  return (
    <div className={classes.trend} data-testid="trend" data-direction={direction} data-color={TREND_COLORS[direction]}>
      <LazyTooltip label={details} multiline w={300}>
        <Group gap={6} wrap="nowrap" aria-label={span ? `${label}; ${span}` : label} role="img">
          <TrendMark trend={trend} direction={direction} known={last !== null} />
        </Group>
      </LazyTooltip>
    </div>
  );
}

/** Open crises, and the highest Glasl stage among them (on the portfolio row). */
function CrisisCell({ row, glasl }: { row: PortfolioRow; glasl: (stage: number) => string }) {
  const { t, fmt } = useI18n();
  const stage = row.openCrisisStage ?? 0;
  return (
    <Group gap={6} wrap="nowrap" justify="flex-end">
      <Badge color="red" variant="filled" size="md" className={classes.countBadge} data-testid="open-crises">
        {fmt.number(row.openCrises)}
      </Badge>
      {stage > 0 ? (
        <LazyTooltip label={() => glasl(stage)}>
          <Text size="xs" c="red" fw={600} className={classes.nowrap} data-testid="crisis-stage" data-stage={stage}>
            {t.portfolio.board.glasl(stage)}
          </Text>
        </LazyTooltip>
      ) : null}
    </Group>
  );
}

interface RowProps {
  row: PortfolioRow;
  index: number;
  today: string;
  h: HealthFormat;
  glasl: (stage: number) => string;
  rules: ReturnType<typeof useRuleText>;
  onExplain: (row: PortfolioRow) => void;
  onOpen: (id: number) => void;
  measure: (el: HTMLTableRowElement | null) => void;
}

/** One relationship; memoised, so scrolling and sorting draw only the rows that come into view. */
const ClientRow = memo(function ClientRow({ row, index, today, h, glasl, rules, onExplain, onOpen, measure }: RowProps) {
  const { t, fmt } = useI18n();
  const b = t.portfolio.board;
  const years = fullYears(row.since, today);
  const level = row.status === 'active' ? contactState(row, today).level : 'ok';
  const renewal = renewalState(row.renewalDate, today);
  const driver = rules.short(row.health.rules);
  const primary = row.health.rules[0];
  const cell = (content: ReactNode, className?: string) => <Table.Td className={className ?? classes.cell}>{content}</Table.Td>;
  return (
    <Table.Tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      className={classes.row}
      onClick={() => onExplain(row)}
      data-testid="client-row"
      data-client-id={row.id}
      data-band={row.health.band}
      data-score={row.health.score}
    >
      <Table.Td className={frozen.frozen}>
        <Stack gap={1}>
          <Group gap="xs" wrap="nowrap">
            <Anchor
              component="button"
              type="button"
              className={classes.name}
              data-nav="name"
              onClick={(e) => {
                e.stopPropagation();
                onOpen(row.id);
              }}
            >
              {row.name}
            </Anchor>
            {row.status !== 'active' ? (
              <Badge size="xs" color="gray" variant="light" className={classes.statusBadge}>
                {t.client.statuses[row.status]}
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed" className={classes.sub} data-testid="row-owner">
            {row.owner ?? b.noOwner} · {t.client.together(years)}
          </Text>
          {driver && primary ? (
            <LazyTooltip label={() => <Stack gap={4}>{row.health.rules.map((r) => <span key={r.code}>{rules.sentence(r)}</span>)}</Stack>} multiline w={340}>
              <Text
                size="xs"
                c={primary.cap === 'in_crisis' ? 'red' : 'orange'}
                className={classes.driver}
                data-testid="health-driver"
                data-code={primary.code}
              >
                {driver}
              </Text>
            </LazyTooltip>
          ) : null}
        </Stack>
      </Table.Td>
      {cell(
        <UnstyledButton
          className={classes.healthButton}
          data-nav="health"
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
      {cell(<TrendCell trend={row.nevTrend} h={h} />)}
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
          <CrisisCell row={row} glasl={glasl} />
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
          <LazyTooltip
            label={() => (
              <Stack gap={2}>
                {row.reminders.map((r) => (
                  <span key={`${r.kind}|${r.on}`}>{t.reminders.kinds[r.kind]}</span>
                ))}
              </Stack>
            )}
          >
            <Badge size="md" variant="light" color="orange" circle className={classes.reminderBadge} aria-label={b.reminders(row.reminders.length)} data-testid="row-reminders">
              {fmt.number(row.reminders.length)}
            </Badge>
          </LazyTooltip>
        ) : (
          <Text size="sm" c="dimmed" data-testid="row-reminders">
            {fmt.number(0)}
          </Text>
        ),
        classes.numeric,
      )}
    </Table.Tr>
  );
});

/** Every index: what the range extractor gives for a table small enough to draw whole. */
const everyRow = (range: Range) => Array.from({ length: range.count }, (_, i) => i);

export function PortfolioTable({ rows, today, sort, onSort, onExplain }: {
  rows: readonly PortfolioRow[];
  today: string;
  sort: Sort;
  onSort: (by: SortKey) => void;
  onExplain: (row: PortfolioRow) => void;
}) {
  const { t, locale } = useI18n();
  const { go } = useNavigation();
  const b = t.portfolio.board;
  const h = useHealthFormat();
  const rules = useRuleText();
  const reference = useReference();

  // The Glasl stage's name in the reader's language, looked up once for the whole table.
  const glaslStages = reference.data?.glaslStages;
  const glasl = useCallback(
    (stage: number) => {
      const g = glaslStages?.find((s) => s.stage === stage);
      return g ? `${stage} · ${locale === 'de' ? g.labelDe : g.labelEn}` : t.portfolio.board.glasl(stage);
    },
    [glaslStages, locale, t],
  );

  // Stable callbacks for the memoised rows, always calling the newest props.
  const latest = useRef({ onExplain, go });
  useEffect(() => {
    latest.current = { onExplain, go };
  });
  const explain = useCallback((row: PortfolioRow) => latest.current.onExplain(row), []);
  const open = useCallback((id: number) => latest.current.go({ section: 'client', clientId: id, from: 'portfolio' }), []);

  // ---- layout: where the rows start on the page, whether the table must scroll sideways ----
  const frameRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [headHeight, setHeadHeight] = useState(40);
  const [narrow, setNarrow] = useState(false);
  const measureLayout = useCallback(() => {
    const body = bodyRef.current;
    if (body) {
      const next = Math.round(body.getBoundingClientRect().top + window.scrollY);
      setScrollMargin((prev) => (Math.abs(prev - next) < 1 ? prev : next));
    }
    const head = headRef.current;
    if (head) setHeadHeight(Math.round(head.getBoundingClientRect().height));
    const frame = frameRef.current;
    if (frame) setNarrow(frame.clientWidth < TABLE_MIN_WIDTH);
  }, []);
  // Measured when the rows change and whenever the page around the table changes size (never per scroll).
  useLayoutEffect(measureLayout, [measureLayout, rows]);
  useEffect(() => {
    const observer = new ResizeObserver(() => measureLayout());
    const page = frameRef.current?.closest('main') ?? frameRef.current;
    if (page) observer.observe(page);
    window.addEventListener('resize', measureLayout);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measureLayout);
    };
  }, [measureLayout]);

  // ---- the virtual rows ----
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey,
    overscan: OVERSCAN,
    scrollMargin,
    scrollPaddingStart: APP_HEADER + headHeight,
    scrollPaddingEnd: 8,
    rangeExtractor: rows.length <= DRAW_ALL_UP_TO ? everyRow : defaultRangeExtractor,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const spaceBefore = first ? first.start - scrollMargin : 0;
  const spaceAfter = last ? Math.max(0, virtualizer.getTotalSize() - (last.end - scrollMargin)) : 0;

  // ---- keyboard: Tab walks the rows' buttons; ↑ ↓ Home End move to the same button in another row ----
  const focusRow = (index: number, nav: string) => {
    virtualizer.scrollToIndex(index, { align: 'auto' });
    let tries = 0;
    const tick = () => {
      const el = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"] [data-nav="${nav}"]`);
      if (el) el.focus({ preventScroll: true });
      else if (++tries < 30) requestAnimationFrame(tick);
    };
    tick();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = e.target as HTMLElement;
    const nav = target.getAttribute('data-nav');
    const index = Number(target.closest('tr')?.getAttribute('data-index'));
    if (!nav || Number.isNaN(index) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    if (next >= 0 && next < rows.length && next !== index) focusRow(next, nav);
  };
  // A row reached with Tab comes out from under the sticky header.
  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) => {
    const index = Number(e.target.closest('tr')?.getAttribute('data-index'));
    if (!Number.isNaN(index) && e.target.matches(':focus-visible')) virtualizer.scrollToIndex(index, { align: 'auto' });
  };

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

  return (
    <div
      ref={frameRef}
      className={`${classes.tableWrapper} ${frozen.frame}`}
      data-narrow={narrow || undefined}
      data-testid="portfolio-frame"
      // Scrolled sideways: the frozen name column casts its edge shadow (set on the element, no re-render).
      onScroll={(e) => e.currentTarget.toggleAttribute('data-scrolled', e.currentTarget.scrollLeft > 0)}
    >
      <Table
        highlightOnHover
        verticalSpacing={8}
        horizontalSpacing={10}
        layout="fixed"
        stickyHeader={!narrow}
        stickyHeaderOffset={APP_HEADER}
        className={classes.table}
        aria-label={t.portfolio.title}
        aria-rowcount={rows.length + 1}
        data-testid="portfolio-table"
        data-row-count={rows.length}
      >
        <colgroup>
          <col className={classes.colName} />
          <col className={classes.colHealth} />
          <col className={classes.colTrend} />
          <col className={classes.colContact} />
          <col className={classes.colCrises} />
          <col className={classes.colRenewal} />
          <col className={classes.colReminders} />
        </colgroup>
        <Table.Thead ref={headRef}>
          <Table.Tr>
            {header('name', b.columns.client, undefined, `${classes.nameColumn} ${frozen.frozen}`)}
            {header('health', b.columns.health, b.columnHints.health)}
            {header(null, b.columns.trend, b.columnHints.trend)}
            {header('lastContact', b.columns.lastContact)}
            {header('crises', b.columns.crises, b.columnHints.crises, classes.numeric)}
            {header('renewal', b.columns.renewal)}
            {header('reminders', b.columns.reminders, b.columnHints.reminders, classes.numeric)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={bodyRef} onKeyDown={onKeyDown} onFocus={onFocus}>
          {spaceBefore > 0 ? (
            <tr aria-hidden="true" className={classes.spacer} style={{ height: spaceBefore }}>
              <td colSpan={COLUMNS} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <ClientRow
                key={item.key}
                row={row}
                index={item.index}
                today={today}
                h={h}
                glasl={glasl}
                rules={rules}
                onExplain={explain}
                onOpen={open}
                measure={virtualizer.measureElement}
              />
            );
          })}
          {spaceAfter > 0 ? (
            <tr aria-hidden="true" className={classes.spacer} style={{ height: spaceAfter }}>
              <td colSpan={COLUMNS} />
            </tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </div>
  );
}

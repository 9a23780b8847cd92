// The relationship timeline: a vertical story grouped by year and month, newest first.
//
// Long stories stay fast: the list is virtual (only the rows on screen are in the DOM) over an infinite query
// that holds at most TIMELINE_MAX_PAGES pages of TIMELINE_PAGE_SIZE events. Scrolling down fetches older pages
// and drops the newest; scrolling back up fetches them again. The virtualizer keeps the row under the reader's
// eyes in place when pages are added or dropped at either end (`anchorTo: 'end'` anchors on edge changes).
import { Button, EmptyState, Group, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { IconArrowBarToUp, IconFilterOff, IconSeedling, IconTimeline } from '@tabler/icons-react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { Client, TimelineEvent } from '../../../../src/contract/schemas.ts';
import { todayIso } from '../../../../src/domain/dates.ts';
import { showsError } from '../../api/agency.ts';
import { useContacts, useEventYears, useReference, useTimeline } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { ClientTarget } from '../../navigation.tsx';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../LoadingRows/LoadingRows.tsx';
import { usePlainKeys } from '../Shortcuts/usePlainKeys.ts';
import { EventCard } from './EventCard.tsx';
import { isFiltered, NO_FILTERS, toListFilter, type TimelineFilters } from './filters.ts';
import { useMonthFormat } from './format.ts';
import { buildRows, estimateRowSize, type TimelineRow } from './rows.ts';
import { FilterChips, TimelineToolbar } from './TimelineToolbar.tsx';
import { YearRail } from './YearRail.tsx';
import classes from './Timeline.module.css';

export interface TimelineProps {
  client: Pick<Client, 'id' | 'since' | 'currency'>;
  /** A place to open the timeline at (a global search hit, a contact). */
  target?: ClientTarget;
  /** Open an event for editing (Enter, double click, the pencil); absent while no editor is wired in. */
  onOpenEvent?: (event: TimelineEvent) => void;
  /** Each event's actions menu (edit, resolve, delete), from the editor. */
  renderActions?: (event: TimelineEvent) => ReactNode;
}

/** Rows near either end of what is loaded at which the next page is fetched. */
const PREFETCH_ROWS = 12;

const yearOf = (row: TimelineRow | undefined): number | null => {
  if (!row) return null;
  if (row.type === 'year') return row.year;
  if (row.type === 'month') return Number(row.month.slice(0, 4));
  return Number(row.event.occurredOn.slice(0, 4));
};

const isEditable = (el: Element | null) =>
  el instanceof HTMLElement && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);

export function Timeline({ client, target, onOpenEvent, renderActions }: TimelineProps) {
  const { t, fmt } = useI18n();
  const formatMonth = useMonthFormat();
  const today = todayIso();

  // ---- what is asked for ----
  const [filters, setFilters] = useState<TimelineFilters>(() =>
    target?.kind === 'contact' ? { ...NO_FILTERS, contactId: target.contactId } : NO_FILTERS,
  );
  /** The jump: the timeline starts at this day (a year's last day, or a search hit's day). */
  const [jumpTo, setJumpTo] = useState<string | null>(() => (target?.kind === 'event' ? target.occurredOn : null));
  const [focusedId, setFocusedId] = useState<number | null>(() => (target?.kind === 'event' ? target.eventId : null));
  const [highlightId, setHighlightId] = useState<number | null>(() => (target?.kind === 'event' ? target.eventId : null));
  /** An event to scroll to once it is loaded; `tries` counts the pages fetched looking for it. */
  const [pending, setPending] = useState<{ id: number; tries: number } | null>(() =>
    target?.kind === 'event' ? { id: target.eventId, tries: 0 } : null,
  );
  const [filtersOpen, setFiltersOpen] = useState(false);
  const handledNonce = useRef(target?.nonce ?? 0);

  const [query] = useDebouncedValue(filters.query, 250);
  const listFilter = useMemo(() => toListFilter(filters, query, jumpTo), [filters, query, jumpTo]);
  const filterKey = JSON.stringify(listFilter);

  const timeline = useTimeline(client.id, listFilter);
  const years = useEventYears(client.id);
  const reference = useReference();
  const contactList = useContacts(client.id);
  const contacts = useMemo(() => contactList.data ?? [], [contactList.data]);
  const contactsById = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const yearCounts = useMemo(() => new Map((years.data ?? []).map((y) => [y.year, y.count])), [years.data]);
  const total = useMemo(() => (years.data ?? []).reduce((sum, y) => sum + y.count, 0), [years.data]);

  const events = useMemo(() => timeline.data?.pages.flatMap((p) => p.items) ?? [], [timeline.data]);
  const rows = useMemo(() => buildRows(events), [events]);
  const filtered = isFiltered(filters);

  // A new target (another search hit while this page is open) starts over at that place.
  useEffect(() => {
    if (!target || target.nonce === handledNonce.current) return;
    handledNonce.current = target.nonce;
    setFiltersOpen(false);
    if (target.kind === 'event') {
      setFilters(NO_FILTERS);
      setJumpTo(target.occurredOn);
      setFocusedId(target.eventId);
      setHighlightId(target.eventId);
      setPending({ id: target.eventId, tries: 0 });
    } else {
      setFilters({ ...NO_FILTERS, contactId: target.contactId });
      setJumpTo(null);
      setFocusedId(null);
      setHighlightId(null);
      setPending(null);
    }
  }, [target]);

  // ---- layout: the sticky toolbar and where the list starts on the page ----
  const toolbarRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [stickyTop, setStickyTop] = useState(120);
  const [scrollMargin, setScrollMargin] = useState(0);

  const measure = useCallback(() => {
    const toolbar = toolbarRef.current;
    if (toolbar) {
      const top = Number.parseFloat(getComputedStyle(toolbar).top) || 0;
      const next = Math.round(top + toolbar.getBoundingClientRect().height);
      setStickyTop((prev) => (prev === next ? prev : next));
    }
    const list = listRef.current;
    if (list) {
      const next = Math.round(list.getBoundingClientRect().top + window.scrollY);
      setScrollMargin((prev) => (Math.abs(prev - next) < 1 ? prev : next));
    }
  }, []);
  // Measured when what lies above the list may have changed (never on every scroll: that forces a layout per
  // frame), and whenever the toolbar or the page around the timeline changes size.
  const hasList = timeline.isSuccess && (timeline.data?.pages[0]?.items.length ?? 0) > 0;
  useLayoutEffect(measure, [measure, hasList, jumpTo, filters]);
  useEffect(() => {
    const observer = new ResizeObserver(() => measure());
    if (toolbarRef.current) observer.observe(toolbarRef.current);
    // Anything above the list that changes height (the header, the notes, the tabs) moves the list.
    const page = toolbarRef.current?.closest('[data-client-page]');
    if (page) observer.observe(page);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [measure]);

  // The toolbar shows a border and a shadow only while it sticks under the header (a sentinel just above it has
  // scrolled out of view).
  const sentinelRef = useRef<HTMLDivElement>(null);
  const [stuck, setStuck] = useState(false);
  useEffect(() => {
    const sentinel = sentinelRef.current;
    const toolbar = toolbarRef.current;
    if (!sentinel || !toolbar) return undefined;
    const top = Number.parseFloat(getComputedStyle(toolbar).top) || 0;
    const observer = new IntersectionObserver(([entry]) => setStuck(entry ? !entry.isIntersecting : false), {
      rootMargin: `-${Math.round(top) + 1}px 0px 0px 0px`,
      threshold: 0,
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, []);

  // ---- the virtual list ----
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const estimateSize = useCallback((index: number) => estimateRowSize(rows[index]), [rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    getItemKey,
    overscan: 6,
    scrollMargin,
    scrollPaddingStart: stickyTop + 8,
    scrollPaddingEnd: 16,
    anchorTo: 'end',
  });
  const virtualItems = virtualizer.getVirtualItems();
  const firstIndex = virtualItems[0]?.index ?? 0;
  const lastIndex = virtualItems.at(-1)?.index ?? 0;

  // Fetch older events near the bottom, newer ones (dropped earlier) near the top; one fetch at a time.
  const { hasNextPage, hasPreviousPage, isFetching, fetchNextPage, fetchPreviousPage } = timeline;
  const loaded = timeline.isSuccess && !timeline.isPlaceholderData;
  useEffect(() => {
    if (!loaded || isFetching || rows.length === 0) return;
    if (hasNextPage && lastIndex >= rows.length - PREFETCH_ROWS) void fetchNextPage();
    else if (hasPreviousPage && firstIndex <= PREFETCH_ROWS) void fetchPreviousPage();
  }, [loaded, isFetching, rows.length, firstIndex, lastIndex, hasNextPage, hasPreviousPage, fetchNextPage, fetchPreviousPage]);

  const scrollToListTop = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const top = Math.max(0, list.getBoundingClientRect().top + window.scrollY - stickyTop - 56);
    if (window.scrollY > top) window.scrollTo({ top });
  }, [stickyTop]);

  // A new search, filter or jump shows its answer from the top.
  const shownKey = useRef<string | null>(null);
  useEffect(() => {
    if (!loaded || shownKey.current === filterKey) return;
    const first = shownKey.current === null;
    shownKey.current = filterKey;
    if (!first && !pending) scrollToListTop();
  }, [loaded, filterKey, pending, scrollToListTop]);

  // The target event: once its page is here, scroll it to the middle; look a few pages further if needed.
  const fetchingNext = timeline.isFetchingNextPage;
  useEffect(() => {
    if (!pending || !loaded || isFetching) return;
    const index = rows.findIndex((r) => r.type === 'event' && r.event.id === pending.id);
    if (index >= 0) {
      virtualizer.scrollToIndex(index, { align: 'center' });
      setPending(null);
    } else if (hasNextPage && pending.tries < 10) {
      if (!fetchingNext) {
        void fetchNextPage();
        setPending({ id: pending.id, tries: pending.tries + 1 });
      }
    } else {
      setPending(null);
    }
  }, [pending, loaded, isFetching, rows, hasNextPage, fetchingNext, fetchNextPage, virtualizer]);

  // The focused event also holds the DOM focus while it is rendered (screen readers follow it).
  useEffect(() => {
    if (focusedId === null) return undefined;
    let frame = 0;
    let tries = 0;
    const tick = () => {
      const el = listRef.current?.querySelector<HTMLElement>(`[data-event-id="${focusedId}"]`);
      if (el) {
        if (document.activeElement !== el && !isEditable(document.activeElement)) el.focus({ preventScroll: true });
        return;
      }
      if (++tries < 30) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [focusedId]);

  // ---- the year in view, and the jump ----
  const offset = virtualizer.scrollOffset ?? 0;
  const topItem = rows.length ? virtualizer.getVirtualItemForOffset(offset + stickyTop + 1) : undefined;
  const activeYear = yearOf(rows[topItem?.index ?? 0]);
  const newestYear = years.data?.[0]?.year ?? null;

  const jump = useCallback((year: number) => {
    setJumpTo(year === newestYear ? null : `${year}-12-31`);
    setFocusedId(null);
    setHighlightId(null);
    setPending(null);
    scrollToListTop();
  }, [newestYear, scrollToListTop]);
  const backToNewest = () => {
    setJumpTo(null);
    setHighlightId(null);
    scrollToListTop();
  };
  const resetAll = () => {
    setFilters(NO_FILTERS);
    setJumpTo(null);
  };
  const changeFilters = useCallback((next: TimelineFilters) => {
    setFilters((prev) => {
      // Filters apply to the whole timeline, not to the year someone jumped to; the text search keeps the jump.
      if (next.kinds !== prev.kinds || next.status !== prev.status || next.contactId !== prev.contactId || next.from !== prev.from || next.to !== prev.to) {
        setJumpTo(null);
      }
      return next;
    });
  }, []);

  // ---- keyboard ----
  const move = (dir: 1 | -1) => {
    if (rows.length === 0) return;
    let i = focusedId !== null ? rows.findIndex((r) => r.type === 'event' && r.event.id === focusedId) : -1;
    if (i < 0) {
      // Nothing selected (or it scrolled out of memory): start with the first event in view.
      i = topItem?.index ?? 0;
      while (i < rows.length && rows[i]?.type !== 'event') i++;
    } else {
      i += dir;
      while (i >= 0 && i < rows.length && rows[i]?.type !== 'event') i += dir;
    }
    const row = rows[i];
    if (!row || row.type !== 'event') {
      if (dir > 0 && hasNextPage && !isFetching) void fetchNextPage();
      if (dir < 0 && hasPreviousPage && !isFetching) void fetchPreviousPage();
      return;
    }
    setFocusedId(row.event.id);
    setHighlightId(null);
    // Going up, show the month and year headers above the event too.
    let scrollIndex = i;
    if (dir < 0) while (scrollIndex > 0 && rows[scrollIndex - 1]?.type !== 'event') scrollIndex--;
    virtualizer.scrollToIndex(scrollIndex, { align: 'auto' });
  };
  const focusedEvent = (): TimelineEvent | undefined => {
    const row = rows.find((r) => r.type === 'event' && r.event.id === focusedId);
    return row?.type === 'event' ? row.event : undefined;
  };

  usePlainKeys({
    j: () => move(1),
    k: () => move(-1),
    '/': () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    Enter: (e) => {
      if (e.target instanceof HTMLElement && e.target.closest('button, a, [role="button"], [role="option"]')) return false;
      const event = focusedEvent();
      if (!event || !onOpenEvent) return false;
      onOpenEvent(event);
    },
    Escape: () => {
      if (focusedId === null && highlightId === null) return false;
      setFocusedId(null);
      setHighlightId(null);
    },
  });

  const select = useCallback((id: number) => {
    setFocusedId(id);
    setHighlightId((h) => (h === id ? h : null));
  }, []);

  // ---- rendering ----
  const summary = !filtered && years.data ? t.timeline.count(fmt.number(total), total) : null;
  const stickyStyle = { '--timeline-sticky-top': `${stickyTop}px` } as CSSProperties;

  let content;
  if (timeline.isPending) {
    content = <LoadingRows rows={4} />;
  } else if (showsError(timeline)) {
    content = <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />;
  } else if (events.length === 0 && !filtered && !jumpTo && !timeline.isPlaceholderData) {
    content = (
      <EmptyState
        icon={<IconTimeline size={26} stroke={1.5} />}
        withIndicatorBackground
        size="sm"
        title={t.timeline.emptyTitle}
        description={t.timeline.emptyText}
        py="xl"
        data-testid="timeline-empty"
      />
    );
  } else if (events.length === 0 && !timeline.isPlaceholderData) {
    content = (
      <EmptyState
        icon={<IconFilterOff size={26} stroke={1.5} />}
        withIndicatorBackground
        size="sm"
        title={t.timeline.noMatchTitle}
        description={t.timeline.noMatchText}
        py="xl"
        data-testid="timeline-no-match"
      >
        <Button variant="light" mt="md" onClick={resetAll} data-testid="timeline-no-match-reset">
          {t.timeline.reset}
        </Button>
      </EmptyState>
    );
  }

  return (
    <section
      className={classes.timeline}
      style={stickyStyle}
      aria-label={t.timeline.title}
      data-testid="timeline"
      data-busy={isFetching || timeline.isPlaceholderData || filters.query !== query || undefined}
    >
      <div ref={sentinelRef} className={classes.sentinel} aria-hidden="true" />
      <div ref={toolbarRef} className={classes.toolbar} data-stuck={stuck || undefined} data-testid="timeline-toolbar">
        <TimelineToolbar
          filters={filters}
          onChange={changeFilters}
          contacts={contacts}
          searchRef={searchRef}
          summary={summary}
          busy={timeline.isPlaceholderData || filters.query !== query}
          filtersOpen={filtersOpen}
          onFiltersOpenChange={setFiltersOpen}
        />
        <FilterChips filters={filters} onChange={changeFilters} contacts={contacts} />
      </div>
      <div className={classes.body}>
        <div className={classes.main}>
          {jumpTo ? (
            <div className={classes.jumpBanner} data-testid="timeline-jump-banner">
              <IconArrowBarToUp size={16} stroke={1.7} aria-hidden="true" />
              <Text size="sm" className={classes.jumpText}>
                {t.timeline.jumped(fmt.date(jumpTo))}
              </Text>
              <Button size="compact-sm" variant="light" onClick={backToNewest} data-testid="timeline-back-to-newest">
                {t.timeline.backToNewest}
              </Button>
            </div>
          ) : null}
          {content ?? (
            <>
              <div
                ref={listRef}
                className={classes.list}
                style={{ height: virtualizer.getTotalSize() }}
                data-testid="timeline-list"
                data-loaded-events={events.length}
                data-busy={isFetching || undefined}
                aria-busy={isFetching || undefined}
              >
                {virtualItems.map((item) => {
                  const row = rows[item.index];
                  if (!row) return null;
                  return (
                    <div
                      key={item.key}
                      data-index={item.index}
                      ref={virtualizer.measureElement}
                      className={classes.vrow}
                      style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
                    >
                      {row.type === 'year' ? (
                        <div className={classes.yearRow} data-testid="timeline-year" data-year={row.year}>
                          <span className={classes.yearLabel}>{row.year}</span>
                          {!filtered && yearCounts.has(row.year) ? (
                            <Text span size="xs" c="dimmed">
                              {t.timeline.eventsInYear(fmt.number(yearCounts.get(row.year) ?? 0), yearCounts.get(row.year) ?? 0)}
                            </Text>
                          ) : null}
                        </div>
                      ) : row.type === 'month' ? (
                        <div className={classes.monthRow} data-testid="timeline-month" data-month={row.month}>
                          {formatMonth(row.month)}
                        </div>
                      ) : (
                        <EventCard
                          event={row.event}
                          reference={reference.data}
                          contacts={contactsById}
                          currency={client.currency}
                          today={today}
                          focused={row.event.id === focusedId}
                          highlighted={row.event.id === highlightId}
                          onSelect={select}
                          onOpen={onOpenEvent}
                          renderActions={renderActions}
                        />
                      )}
                    </div>
                  );
                })}
              </div>
              {hasNextPage ? (
                <Group gap="xs" className={classes.end} data-testid="timeline-loading-more">
                  <Loader size={14} />
                  <Text size="sm" c="dimmed">
                    {t.timeline.loading}
                  </Text>
                </Group>
              ) : events.length > 0 ? (
                <Group gap="xs" className={classes.end} data-testid="timeline-end">
                  <IconSeedling size={16} stroke={1.7} aria-hidden="true" />
                  <Text size="sm" c="dimmed">
                    {filtered ? t.timeline.endOfMatches : t.timeline.beginning(fmt.date(client.since))}
                  </Text>
                </Group>
              ) : null}
            </>
          )}
        </div>
        {years.data && years.data.length > 1 ? <YearRail years={years.data} activeYear={activeYear} onJump={jump} /> : null}
      </div>
    </section>
  );
}

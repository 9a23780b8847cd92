// Finding things on one timeline: the text search, the filter panel (kinds, status, contact, period) and the
// active filters as removable chips.
import {
  Anchor, Badge, Button, Chip, CloseButton, Group, Kbd, Loader, Pill, Popover, SegmentedControl, Select, Stack, Text,
  TextInput, Tooltip, UnstyledButton,
} from '@mantine/core';
import { DateField } from '../DateField/DateField.tsx';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { memo, type RefObject } from 'react';
import { EVENT_KINDS } from '../../../../src/contract/events.ts';
import type { Contact, EventKind } from '../../../../src/contract/schemas.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { KIND_COLORS } from '../../theme.ts';
import { openShortcuts } from '../Shortcuts/Shortcuts.tsx';
import { activeFilterCount, isFiltered, NO_FILTERS, type TimelineFilters } from './filters.ts';
import { KIND_ICONS } from './kinds.ts';
import classes from './Timeline.module.css';

interface ToolbarProps {
  filters: TimelineFilters;
  onChange(next: TimelineFilters): void;
  contacts: readonly Contact[];
  searchRef: RefObject<HTMLInputElement | null>;
  /** "86 events" when nothing is filtered. */
  summary: string | null;
  busy: boolean;
  filtersOpen: boolean;
  onFiltersOpenChange(open: boolean): void;
}

export const TimelineToolbar = memo(function TimelineToolbar({ filters, onChange, contacts, searchRef, summary, busy, filtersOpen, onFiltersOpenChange }: ToolbarProps) {
  const { t, locale } = useI18n();
  const dateFormat = locale === 'de' ? 'D. MMM YYYY' : 'D MMM YYYY';
  const set = (patch: Partial<TimelineFilters>) => onChange({ ...filters, ...patch });
  const count = activeFilterCount(filters);

  return (
    <Group gap="sm" wrap="nowrap" className={classes.toolbarRow}>
      <TextInput
        ref={searchRef}
        className={classes.search}
        placeholder={t.timeline.search}
        aria-label={t.timeline.searchLabel}
        value={filters.query}
        onChange={(e) => set({ query: e.currentTarget.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            if (filters.query) set({ query: '' });
            else e.currentTarget.blur();
          }
        }}
        leftSection={<IconSearch size={16} stroke={1.7} />}
        rightSection={
          filters.query ? (
            <CloseButton size="sm" aria-label={t.timeline.clearSearch} onClick={() => set({ query: '' })} />
          ) : (
            <Kbd size="xs" aria-hidden="true">/</Kbd>
          )
        }
        data-testid="timeline-search"
      />
      <Popover
        opened={filtersOpen}
        onChange={onFiltersOpenChange}
        position="bottom-start"
        width={420}
        shadow="md"
        withArrow
        trapFocus={false}
      >
        <Popover.Target>
          <Button
            variant={count > 0 ? 'light' : 'default'}
            leftSection={<IconAdjustmentsHorizontal size={16} stroke={1.7} />}
            rightSection={count > 0 ? <Badge size="xs" circle variant="filled">{count}</Badge> : null}
            onClick={() => onFiltersOpenChange(!filtersOpen)}
            aria-expanded={filtersOpen}
            data-testid="timeline-filter-button"
          >
            {t.timeline.filters}
          </Button>
        </Popover.Target>
        <Popover.Dropdown data-testid="timeline-filter-panel">
          <Stack gap="md">
            <div>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={6} className={classes.panelLabel}>
                {t.timeline.kinds}
              </Text>
              <Chip.Group multiple value={filters.kinds} onChange={(kinds) => set({ kinds: kinds as EventKind[] })}>
                <Group gap={6}>
                  {EVENT_KINDS.map((kind) => {
                    const Icon = KIND_ICONS[kind];
                    return (
                      <Chip
                        key={kind}
                        value={kind}
                        size="xs"
                        color={KIND_COLORS[kind]}
                        variant="light"
                        icon={<Icon size={12} stroke={2} />}
                        wrapperProps={{ 'data-testid': `filter-kind-${kind}` }}
                      >
                        {/* The kind's icon in both states: Mantine shows `icon` only when checked. */}
                        {filters.kinds.includes(kind) ? (
                          t.events.kinds[kind]
                        ) : (
                          <span className={classes.chipLabel}>
                            <Icon size={12} stroke={2} color={`var(--mantine-color-${KIND_COLORS[kind]}-text)`} />
                            {t.events.kinds[kind]}
                          </span>
                        )}
                      </Chip>
                    );
                  })}
                </Group>
              </Chip.Group>
            </div>
            <div>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={6} className={classes.panelLabel}>
                {t.timeline.status}
              </Text>
              <SegmentedControl
                fullWidth
                size="xs"
                value={filters.status ?? 'all'}
                onChange={(v) => set({ status: v === 'open' || v === 'resolved' ? v : null })}
                data={[
                  { value: 'all', label: t.timeline.statusAll },
                  { value: 'open', label: t.timeline.statuses.open },
                  { value: 'resolved', label: t.timeline.statuses.resolved },
                ]}
                data-testid="filter-status"
              />
              <Text size="xs" c="dimmed" mt={4}>
                {t.timeline.statusHint}
              </Text>
            </div>
            <Select
              label={t.timeline.contact}
              placeholder={t.timeline.anyone}
              size="xs"
              clearable
              searchable
              data={contacts.map((c) => ({ value: String(c.id), label: c.role ? `${c.name} · ${c.role}` : c.name }))}
              value={filters.contactId !== null ? String(filters.contactId) : null}
              onChange={(v) => set({ contactId: v ? Number(v) : null })}
              comboboxProps={{ withinPortal: false }}
              nothingFoundMessage={t.app.none}
              data-testid="filter-contact"
            />
            <div>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={6} className={classes.panelLabel}>
                {t.timeline.period}
              </Text>
              <Group gap="xs" grow>
                <DateField
                  size="xs"
                  placeholder={t.timeline.from}
                  aria-label={t.timeline.from}
                  clearable
                  valueFormat={dateFormat}
                  value={filters.from}
                  maxDate={filters.to ?? undefined}
                  onChange={(v) => set({ from: v ? String(v).slice(0, 10) : null })}
                  popoverProps={{ withinPortal: false }}
                  data-testid="filter-from"
                />
                <DateField
                  size="xs"
                  placeholder={t.timeline.to}
                  aria-label={t.timeline.to}
                  clearable
                  valueFormat={dateFormat}
                  value={filters.to}
                  minDate={filters.from ?? undefined}
                  onChange={(v) => set({ to: v ? String(v).slice(0, 10) : null })}
                  popoverProps={{ withinPortal: false }}
                  data-testid="filter-to"
                />
              </Group>
            </div>
            <Group justify="space-between">
              <Button variant="subtle" size="xs" color="gray" disabled={count === 0} onClick={() => set({ ...NO_FILTERS, query: filters.query })}>
                {t.timeline.reset}
              </Button>
              <Button size="xs" variant="light" onClick={() => onFiltersOpenChange(false)}>
                {t.timeline.done}
              </Button>
            </Group>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <div className={classes.toolbarSpacer} />
      {busy ? <Loader size={14} aria-label={t.timeline.loading} /> : null}
      <Tooltip label={t.timeline.focusHint}>
        <UnstyledButton className={classes.keysHint} onClick={openShortcuts} aria-label={t.shortcuts.open} data-testid="timeline-keys-hint">
          <Kbd size="xs">j</Kbd>
          <Kbd size="xs">k</Kbd>
          <Kbd size="xs">?</Kbd>
        </UnstyledButton>
      </Tooltip>
      {summary ? (
        <Text size="sm" c="dimmed" className={classes.summary} data-testid="timeline-summary">
          {summary}
        </Text>
      ) : null}
    </Group>
  );
});

/** The filters in force, each removable, and one reset for all. */
export const FilterChips = memo(function FilterChips({ filters, onChange, contacts }: { filters: TimelineFilters; onChange(next: TimelineFilters): void; contacts: readonly Contact[] }) {
  const { t, fmt } = useI18n();
  if (!isFiltered(filters)) return null;
  const set = (patch: Partial<TimelineFilters>) => onChange({ ...filters, ...patch });
  const chips: { key: string; label: string; remove(): void }[] = [];
  const q = filters.query.trim();
  if (q) chips.push({ key: 'query', label: t.timeline.chipQuery(q), remove: () => set({ query: '' }) });
  for (const kind of filters.kinds) {
    chips.push({ key: `kind-${kind}`, label: t.events.kinds[kind], remove: () => set({ kinds: filters.kinds.filter((k) => k !== kind) }) });
  }
  if (filters.status) chips.push({ key: 'status', label: t.timeline.chipStatus(t.timeline.statuses[filters.status]), remove: () => set({ status: null }) });
  if (filters.contactId !== null) {
    const name = contacts.find((c) => c.id === filters.contactId)?.name ?? '…';
    chips.push({ key: 'contact', label: t.timeline.chipContact(name), remove: () => set({ contactId: null }) });
  }
  if (filters.from) chips.push({ key: 'from', label: t.timeline.chipFrom(fmt.date(filters.from)), remove: () => set({ from: null }) });
  if (filters.to) chips.push({ key: 'to', label: t.timeline.chipTo(fmt.date(filters.to)), remove: () => set({ to: null }) });

  return (
    <Group gap={6} className={classes.chips} data-testid="filter-chips">
      {chips.map((chip) => (
        <Pill
          key={chip.key}
          withRemoveButton
          onRemove={chip.remove}
          removeButtonProps={{ 'aria-label': t.timeline.removeFilter(chip.label) }}
          className={classes.chip}
          data-testid="filter-chip"
          data-filter={chip.key}
        >
          {chip.label}
        </Pill>
      ))}
      <Anchor component="button" type="button" size="xs" onClick={() => onChange(NO_FILTERS)} data-testid="filter-reset">
        {t.timeline.reset}
      </Anchor>
    </Group>
  );
});

// The global search (mod+K): clients, contacts and events of the whole ledger, grouped, and a hit opens in
// its place: the client page, with the event scrolled to and highlighted, or the contact's events.
// It is also the command palette: the frame's commands (go to a section, lock, light or dark, the shortcuts)
// match by their words, a client found offers "new event for …" and "report for …", and with nothing typed
// the clients opened recently in this session come first (kept in memory only, never on disk).
import '@mantine/spotlight/styles.css';
import { Group, Kbd, Loader, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { IconBuilding, IconClockHour4, IconPlus, IconReportAnalytics, IconSearch, IconUser, type Icon } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import type { SearchHit } from '../../../../src/contract/schemas.ts';
import { useClients, useGlobalSearch } from '../../api/queries.ts';
import { useEventEditor } from '../EventEditor/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fold } from '../../lib/fold.ts';
import { modKeyLabel } from '../../lib/platform.ts';
import { nextTargetNonce, useNavigation } from '../../navigation.tsx';
import { KIND_COLORS } from '../../theme.ts';
import { KIND_ICONS } from '../Timeline/kinds.ts';
import classes from './GlobalSearch.module.css';

export const [globalSearchStore, globalSearch] = createSpotlight();

/** Something the palette can do, with the words it is found by. */
export interface Command {
  id: string;
  label: string;
  icon: Icon;
  run: () => void;
}

/** The clients opened in this session, newest first (ids only, in memory). */
const RECENT_MAX = 5;
let recent: number[] = [];
const remember = (clientId: number) => {
  recent = [clientId, ...recent.filter((id) => id !== clientId)].slice(0, RECENT_MAX);
};

/** Every word typed is in the label, folded (lib/fold.ts). */
const matches = (label: string, query: string) => {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const hay = fold(label);
  return words.every((w) => hay.includes(w));
};

function CommandRow({ icon: Icon, label }: { icon: Icon; label: ReactNode }) {
  return (
    <div className={classes.hit}>
      <ThemeIcon size={28} radius="xl" variant="light" color="petrol">
        <Icon size={15} stroke={1.8} />
      </ThemeIcon>
      <Text size="sm" fw={500} className={classes.hitBody}>
        {label}
      </Text>
    </div>
  );
}

const ENTITIES: SearchHit['entity'][] = ['client', 'contact', 'event'];

function HitIcon({ hit }: { hit: SearchHit }) {
  if (hit.entity === 'event' && hit.kind) {
    const Icon = KIND_ICONS[hit.kind];
    return (
      <ThemeIcon size={28} radius="xl" variant="light" color={KIND_COLORS[hit.kind]}>
        <Icon size={15} stroke={1.8} />
      </ThemeIcon>
    );
  }
  const Icon = hit.entity === 'client' ? IconBuilding : IconUser;
  return (
    <ThemeIcon size={28} radius="xl" variant="light" color="gray">
      <Icon size={15} stroke={1.8} />
    </ThemeIcon>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  const { t, fmt } = useI18n();
  const meta: string[] = [];
  if (hit.entity === 'event') {
    meta.push(hit.clientName);
    if (hit.kind) meta.push(t.events.kinds[hit.kind]);
  } else if (hit.entity === 'contact') {
    meta.push(t.search.contactAt(hit.clientName));
  } else {
    meta.push(t.search.client);
  }
  const snippet = hit.snippet.trim();
  return (
    <div className={classes.hit}>
      <HitIcon hit={hit} />
      <div className={classes.hitBody}>
        <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
          <Text size="sm" fw={600} className={classes.hitTitle} data-testid="search-hit-title">
            {hit.title}
          </Text>
          {hit.occurredOn ? (
            <Text size="xs" c="dimmed" className={classes.hitDate}>
              {fmt.date(hit.occurredOn.slice(0, 10))}
            </Text>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed" className={classes.hitMeta}>
          {meta.join(' · ')}
        </Text>
        {snippet && snippet !== hit.title ? (
          <Text size="xs" c="dimmed" lineClamp={1} className={classes.snippet} fs="italic">
            {snippet}
          </Text>
        ) : null}
      </div>
    </div>
  );
}

/** The search field in the header that opens the global search. */
export function GlobalSearchButton() {
  const { t } = useI18n();
  return (
    <UnstyledButton className={classes.trigger} onClick={globalSearch.open} aria-label={t.search.label} data-testid="global-search-button">
      <IconSearch size={15} stroke={1.8} />
      <span className={classes.triggerLabel}>{t.search.trigger}</span>
      <Group gap={3} wrap="nowrap" aria-hidden="true">
        <Kbd size="xs">{modKeyLabel}</Kbd>
        <Kbd size="xs">K</Kbd>
      </Group>
    </UnstyledButton>
  );
}

export function GlobalSearch({ commands }: { commands: readonly Command[] }) {
  const { t } = useI18n();
  const { go, active, route } = useNavigation();
  const editor = useEventEditor();
  const clients = useClients();
  const openedClient = route.section === 'client' ? route.clientId : null;
  useEffect(() => {
    if (openedClient !== null) remember(openedClient);
  }, [openedClient]);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const q = debounced.trim();
  const search = useGlobalSearch(debounced);
  const hits = q.length >= 2 ? (search.data?.hits ?? []) : [];
  const waiting = query.trim().length >= 2 && (query.trim() !== q || search.isFetching);

  const typed = query.trim();
  const found = typed.length > 0 ? commands.filter((c) => matches(c.label, typed)) : [];
  // For the clients found: what one does with a client, one step away.
  const clientHits = hits.filter((h) => h.entity === 'client').slice(0, 3);
  const forClients: Command[] = clientHits.flatMap((h) => [
    { id: `new-${h.clientId}`, label: t.search.commands.newEvent(h.title), icon: IconPlus, run: () => {
      go({ section: 'client', clientId: h.clientId, from: active });
      editor.openNew(h.clientId);
    } },
    { id: `report-${h.clientId}`, label: t.search.commands.report(h.title), icon: IconReportAnalytics, run: () => go({ section: 'reports', clientId: h.clientId }) },
  ]);
  const recentClients = typed.length === 0
    ? recent.map((id) => clients.data?.find((c) => c.id === id)).filter((c) => c !== undefined)
    : [];
  const actions = [...found, ...forClients];

  // Right under the clients found (a client's own hit first, what to do with it next), else at the top.
  const actionsGroup = actions.length > 0 ? (
    <Spotlight.ActionsGroup key="command" label={t.search.groups.command} role="group" aria-label={t.search.groups.command} data-testid="search-group-command">
      {actions.map((c) => (
        <Spotlight.Action key={c.id} onClick={c.run} data-testid="search-command" data-id={c.id}>
          <CommandRow icon={c.icon} label={c.label} />
        </Spotlight.Action>
      ))}
    </Spotlight.ActionsGroup>
  ) : null;
  const clientsFound = hits.some((h) => h.entity === 'client');

  const open = (hit: SearchHit) => {
    if (hit.entity === 'event') {
      go({
        section: 'client',
        clientId: hit.clientId,
        from: active,
        target: { kind: 'event', eventId: hit.id, occurredOn: (hit.occurredOn ?? '').slice(0, 10), nonce: nextTargetNonce() },
      });
    } else if (hit.entity === 'contact') {
      go({ section: 'client', clientId: hit.clientId, from: active, target: { kind: 'contact', contactId: hit.id, nonce: nextTargetNonce() } });
    } else {
      go({ section: 'client', clientId: hit.clientId, from: active });
    }
  };

  return (
    <Spotlight.Root
      store={globalSearchStore}
      query={query}
      onQueryChange={setQuery}
      shortcut="mod + K"
      tagsToIgnore={[]}
      scrollable
      maxHeight={480}
      size={640}
      yOffset={72}
      data-testid="global-search"
    >
      <Spotlight.Search
        placeholder={t.search.placeholder}
        aria-label={t.search.label}
        leftSection={<IconSearch size={18} stroke={1.6} />}
        rightSection={waiting ? <Loader size={14} /> : null}
        data-testid="global-search-input"
      />
      <Spotlight.ActionsList>
        {recentClients.length > 0 ? (
          <Spotlight.ActionsGroup label={t.search.recent} role="group" aria-label={t.search.recent} data-testid="search-group-recent">
            {recentClients.map((c) => (
              <Spotlight.Action key={`recent-${c.id}`} onClick={() => go({ section: 'client', clientId: c.id, from: active })} data-testid="search-recent" data-id={c.id}>
                <CommandRow icon={IconClockHour4} label={c.name} />
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        ) : null}
        {clientsFound ? null : actionsGroup}
        {ENTITIES.map((entity) => {
          const group = hits.filter((h) => h.entity === entity);
          if (group.length === 0) return null;
          return [
            <Spotlight.ActionsGroup
              key={entity}
              label={t.search.groups[entity]}
              role="group"
              aria-label={t.search.groups[entity]}
              data-testid={`search-group-${entity}`}
            >
              {group.map((hit) => (
                <Spotlight.Action
                  key={`${hit.entity}-${hit.id}`}
                  onClick={() => open(hit)}
                  data-testid="search-hit"
                  data-entity={hit.entity}
                  data-id={hit.id}
                >
                  <Hit hit={hit} />
                </Spotlight.Action>
              ))}
            </Spotlight.ActionsGroup>,
            entity === 'client' ? actionsGroup : null,
          ];
        })}
        {hits.length === 0 && actions.length === 0 && recentClients.length === 0 ? (
          <Spotlight.Empty data-testid="search-empty">
            {q.length >= 2 && !waiting ? t.search.nothing(q) : t.search.hint}
          </Spotlight.Empty>
        ) : null}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}

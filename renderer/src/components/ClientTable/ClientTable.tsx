import { Anchor, Badge, Group, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ClientSummary } from '../../../../src/contract/schemas.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fullYears, todayIso } from '../../../../src/domain/dates.ts';
import { CONTACT_COLORS, contactState, renewalState } from '../../lib/relationship.ts';
import { useNavigation, type Section } from '../../navigation.tsx';
import frozen from '../../styles/frozen.module.css';
import textStyles from '../../styles/text.module.css';
import classes from './ClientTable.module.css';

export type ClientColumn = 'since' | 'owner' | 'status' | 'renewal' | 'openCrises' | 'events' | 'lastContact';

/** Columns the table can sort by (the Clients screen sorts; the portfolio keeps its own order). */
export type ClientSortKey = 'name' | 'since' | 'renewal' | 'lastContact' | 'openCrises';
export interface ClientSort {
  by: ClientSortKey;
  dir: 'asc' | 'desc';
}
const SORTABLE = new Set<string>(['name', 'since', 'renewal', 'lastContact', 'openCrises']);

export function ClientTable({
  clients, columns, from, label, sort, onSort, actions, actionsLabel,
}: {
  clients: ClientSummary[];
  columns: ClientColumn[];
  from: Section;
  label: string;
  /** With `onSort`, sortable headers become buttons and show the current order. */
  sort?: ClientSort;
  onSort?: (by: ClientSortKey) => void;
  /** A last cell per row (e.g. an actions menu); clicks in it do not open the client. */
  actions?: (client: ClientSummary) => ReactNode;
  actionsLabel?: string;
}) {
  const { t, fmt } = useI18n();
  const { go } = useNavigation();
  const today = todayIso();
  const open = (client: ClientSummary) => go({ section: 'client', clientId: client.id, from });

  // Short headers keep the columns narrow; the full wording is the header's tooltip.
  const headers: Record<ClientColumn, [short: string, full: string]> = {
    since: [t.client.since, t.client.since],
    owner: [t.client.owner, t.client.owner],
    status: [t.client.status, t.client.status],
    renewal: [t.client.renewal, t.client.renewal],
    openCrises: [t.client.openCrisesShort, t.client.openCrises],
    events: [t.client.events, t.client.events],
    lastContact: [t.client.lastContactShort, t.client.lastContact],
  };

  const cell = (client: ClientSummary, column: ClientColumn) => {
    switch (column) {
      case 'since':
        return (
          <>
            <Text size="sm">{fmt.date(client.since)}</Text>
            <Text size="xs" c="dimmed">
              {t.client.years(fullYears(client.since, today))}
            </Text>
          </>
        );
      case 'owner':
        return client.owner ? <Text size="sm">{client.owner}</Text> : <Text size="sm" c="dimmed">{t.client.noOwner}</Text>;
      case 'status':
        return (
          <Badge color={client.status === 'active' ? 'petrol' : 'gray'} variant="light">
            {t.client.statuses[client.status]}
          </Badge>
        );
      case 'renewal': {
        if (!client.renewalDate) return <Text size="sm" c="dimmed">{t.client.noRenewal}</Text>;
        const { days, color } = renewalState(client.renewalDate, today);
        return (
          <>
            <Text size="sm">{fmt.date(client.renewalDate)}</Text>
            {color && days !== null ? (
              <Badge size="sm" color={color} variant="light" mt={2}>
                {fmt.relative(client.renewalDate, today)}
              </Badge>
            ) : null}
          </>
        );
      }
      case 'openCrises':
        return client.openCrises > 0 ? (
          <Badge color="red" variant="filled" size="md" data-testid="open-crises">
            {fmt.number(client.openCrises)}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {fmt.number(0)}
          </Text>
        );
      case 'events':
        return <Text size="sm">{fmt.number(client.eventCount)}</Text>;
      case 'lastContact': {
        // The cadence applies to active relationships; a paused one is not "overdue".
        const level = client.status === 'active' ? contactState(client, today).level : 'ok';
        if (!client.lastPersonalContact) return <Text size="sm" c="dimmed">{t.client.noContact}</Text>;
        return (
          <>
            <Text size="sm" c={CONTACT_COLORS[level]} fw={level === 'overdue' ? 600 : undefined}>
              {fmt.relative(client.lastPersonalContact.slice(0, 10), today)}
            </Text>
            <Text size="xs" c="dimmed">
              {fmt.date(client.lastPersonalContact.slice(0, 10))}
              {level === 'overdue' ? ` · ${t.client.overdue}` : ''}
            </Text>
          </>
        );
      }
    }
  };

  const header = (key: ClientSortKey | ClientColumn, text: string, title: string, className?: string) => {
    if (!onSort || !SORTABLE.has(key)) {
      return (
        <Table.Th key={key} className={className} title={title}>
          {text}
        </Table.Th>
      );
    }
    const by = key as ClientSortKey;
    const active = sort?.by === by;
    const Arrow = !active ? IconArrowsSort : sort.dir === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th key={key} className={className} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton
          className={classes.sortButton}
          data-active={active || undefined}
          onClick={() => onSort(by)}
          title={t.clients.sortBy(title)}
          data-testid={`sort-${by}`}
        >
          <span>{text}</span>
          <Arrow size={13} stroke={2} className={classes.sortIcon} aria-hidden="true" />
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    // Narrower than its columns, the table scrolls sideways inside its frame with the names frozen at the left.
    <Table.ScrollContainer
      minWidth={760}
      type="native"
      className={`${classes.wrapper} ${frozen.frame}`}
      onScroll={(e) => e.currentTarget.toggleAttribute('data-scrolled', e.currentTarget.scrollLeft > 0)}
      data-testid="client-table-frame"
    >
      <Table highlightOnHover verticalSpacing={10} horizontalSpacing={actions ? 'sm' : undefined} className={classes.table} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {header('name', t.client.name, t.client.name, `${classes.nameColumn} ${frozen.frozen}`)}
            {columns.map((c) => header(c, headers[c][0], headers[c][1], c === 'openCrises' || c === 'events' ? classes.numeric : undefined))}
            {actions ? (
              <Table.Th className={classes.actions}>
                <VisuallyHidden>{actionsLabel}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.id} className={classes.row} onClick={() => open(client)} data-testid="client-row">
              <Table.Td className={`${classes.nameColumn} ${frozen.frozen}`}>
                <Group gap="xs" wrap="nowrap">
                  <Anchor
                    component="button"
                    type="button"
                    className={classes.name}
                    onClick={(e) => {
                      e.stopPropagation();
                      open(client);
                    }}
                  >
                    {client.name}
                  </Anchor>
                  {client.status !== 'active' && !columns.includes('status') ? (
                    <Badge size="sm" color="gray" variant="light" className={textStyles.keep}>
                      {t.client.statuses[client.status]}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              {columns.map((c) => (
                <Table.Td key={c} className={c === 'openCrises' || c === 'events' ? classes.numeric : classes.cell}>
                  {cell(client, c)}
                </Table.Td>
              ))}
              {actions ? (
                <Table.Td className={classes.actions} onClick={(e) => e.stopPropagation()}>
                  {actions(client)}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { ClientSummary } from '../../../../src/contract/schemas.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fullYears, todayIso } from '../../../../src/domain/dates.ts';
import { CONTACT_COLORS, contactState, renewalState } from '../../lib/relationship.ts';
import { useNavigation, type Section } from '../../navigation.tsx';
import classes from './ClientTable.module.css';

export type ClientColumn = 'since' | 'owner' | 'status' | 'renewal' | 'openCrises' | 'events' | 'lastContact';

export function ClientTable({ clients, columns, from, label }: { clients: ClientSummary[]; columns: ClientColumn[]; from: Section; label: string }) {
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

  return (
    <Table.ScrollContainer minWidth={760} className={classes.wrapper}>
      <Table highlightOnHover verticalSpacing={10} className={classes.table} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.nameColumn}>{t.client.name}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} className={c === 'openCrises' || c === 'events' ? classes.numeric : undefined} title={headers[c][1]}>
                {headers[c][0]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.id} className={classes.row} onClick={() => open(client)} data-testid="client-row">
              <Table.Td>
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
                    <Badge size="sm" color="gray" variant="light" className={classes.statusBadge}>
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
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

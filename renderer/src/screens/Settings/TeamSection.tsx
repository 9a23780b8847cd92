// Settings → Team, on the agency's shared ledger: the people, their roles and whose clients are whose.
// Owners change it; a consultant sees it (their own assignments only, as the database lets them).
import { ActionIcon, Badge, Button, Group, Modal, MultiSelect, PasswordInput, SegmentedControl, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import type { TeamMember, TeamRole } from '../../../../src/contract/team.ts';
import { useAddPerson, useAssign, useConnectedPerson, useMayManage, useRemovePerson, useTeam, useUnassign } from '../../api/agency.ts';
import { useClients } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { SettingsSection } from './SettingsSection.tsx';

function Assignments({ member, editable }: { member: TeamMember; editable: boolean }) {
  const { t } = useI18n();
  const clients = useClients();
  const assign = useAssign();
  const unassign = useUnassign();
  const names = new Map((clients.data ?? []).map((c) => [c.id, c.name]));
  if (member.role === 'owner') return <Text size="sm" c="dimmed">{t.agency.team.allClients}</Text>;
  if (!editable) {
    const mine = member.clientIds.map((id) => names.get(id)).filter(Boolean);
    return <Text size="sm" c={mine.length ? undefined : 'dimmed'}>{mine.length ? mine.join(', ') : t.agency.team.noClients}</Text>;
  }
  const change = async (next: string[]) => {
    const wanted = new Set(next.map(Number));
    const had = new Set(member.clientIds);
    for (const id of wanted) if (!had.has(id)) await assign.mutateAsync({ clientId: id, who: member.login });
    for (const id of had) if (!wanted.has(id)) await unassign.mutateAsync({ clientId: id, who: member.login });
  };
  return (
    <Stack gap={4}>
      <MultiSelect
        aria-label={`${t.agency.team.assign}: ${member.name}`}
        placeholder={member.clientIds.length ? undefined : t.agency.team.assignPlaceholder}
        data={(clients.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        value={member.clientIds.map(String)}
        onChange={(v) => void change(v).catch(() => undefined)}
        searchable
        clearable
        disabled={assign.isPending || unassign.isPending}
        data-testid={`assign-${member.login}`}
        size="xs"
      />
      {assign.isError || unassign.isError ? <ErrorAlert error={assign.error ?? unassign.error} /> : null}
    </Stack>
  );
}

function AddPerson({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const a = t.agency.team;
  const add = useAddPerson();
  const [name, setName] = useState('');
  const [login, setLogin] = useState('');
  const [role, setRole] = useState<TeamRole>('consultant');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const min = LIMITS.passphraseMin;
  const close = () => {
    setName(''); setLogin(''); setPassword(''); setSubmitted(false); add.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (name.trim().length < 2 || password.length < min || add.isPending) return;
    add.mutate({ name: name.trim(), role, password, ...(login.trim() ? { login: login.trim() } : {}) }, {
      onSuccess: () => {
        notifications.show({ color: 'petrol', message: a.added(name.trim()) });
        close();
      },
    });
  };
  return (
    <Modal opened={opened} onClose={close} title={a.addTitle} size="md">
      <form onSubmit={onSubmit} noValidate data-testid="team-add-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">{a.addHint}</Text>
          <TextInput label={a.name} value={name} onChange={(e) => setName(e.currentTarget.value)} required autoFocus
            error={submitted && name.trim().length < 2 ? t.agency.connect.required : null} data-testid="team-add-name" />
          <TextInput label={a.login} description={a.loginHint} value={login} onChange={(e) => setLogin(e.currentTarget.value.toLowerCase())}
            spellCheck={false} autoComplete="off" data-testid="team-add-login" />
          <Stack gap={4}>
            <Text size="sm" fw={500}>{a.role}</Text>
            <SegmentedControl value={role} onChange={(v) => setRole(v as TeamRole)} aria-label={a.role}
              data={[{ value: 'consultant', label: t.agency.frame.role.consultant }, { value: 'owner', label: t.agency.frame.role.owner }]} />
          </Stack>
          <PasswordInput label={a.password} description={a.passwordHint(min)} value={password} required autoComplete="new-password"
            onChange={(e) => setPassword(e.currentTarget.value)} error={submitted && password.length < min ? t.create.tooShort(min) : null}
            data-testid="team-add-password" />
          {add.isError ? <ErrorAlert error={add.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t.app.cancel}</Button>
            <Button type="submit" leftSection={<IconUserPlus size={16} />} loading={add.isPending} data-testid="team-add-submit">{a.submit}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RemovePerson({ member, onClose }: { member: TeamMember | null; onClose: () => void }) {
  const { t } = useI18n();
  const remove = useRemovePerson();
  if (!member) return null;
  return (
    <Modal opened onClose={onClose} title={t.agency.team.removeTitle(member.name)}>
      <Stack gap="md">
        <Text size="sm">{t.agency.team.removeBody}</Text>
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t.app.cancel}</Button>
          <Button color="red" loading={remove.isPending} data-testid="team-remove-confirm" onClick={() => remove.mutate({ who: member.login }, {
            onSuccess: () => {
              notifications.show({ color: 'petrol', message: t.agency.team.removed(member.name) });
              onClose();
            },
          })}>
            {t.agency.team.removeConfirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function TeamSection() {
  const { t } = useI18n();
  const a = t.agency.team;
  const me = useConnectedPerson();
  const mayManage = useMayManage();
  const team = useTeam(true);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TeamMember | null>(null);

  return (
    <SettingsSection title={a.title} hint={a.hint} stacked data-testid="team-section">
      {team.isPending ? <LoadingRows rows={2} /> : null}
      {team.isError ? <ErrorAlert error={team.error} onRetry={() => void team.refetch()} /> : null}
      {team.data ? (
        <Table verticalSpacing="xs" highlightOnHover data-testid="team-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{a.name}</Table.Th>
              <Table.Th>{a.login}</Table.Th>
              <Table.Th>{a.role}</Table.Th>
              <Table.Th w="40%">{a.clients}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.data.people.map((member) => (
              <Table.Tr key={member.login} data-testid="team-row" data-login={member.login}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500}>{member.name}</Text>
                    {me?.login === member.login ? <Badge size="xs" variant="light">{a.you}</Badge> : null}
                  </Group>
                </Table.Td>
                <Table.Td><Text size="sm" ff="monospace">{member.login}</Text></Table.Td>
                <Table.Td>
                  <Badge variant="light" color={member.role === 'owner' ? 'petrol' : 'gray'}>{t.agency.frame.role[member.role]}</Badge>
                </Table.Td>
                <Table.Td><Assignments member={member} editable={mayManage} /></Table.Td>
                <Table.Td>
                  {mayManage && me?.login !== member.login ? (
                    <Tooltip label={a.remove}>
                      <ActionIcon variant="subtle" color="red" aria-label={`${a.remove}: ${member.name}`} onClick={() => setRemoving(member)}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <Group justify="space-between">
        <Text size="xs" c="dimmed">{team.data ? a.people(team.data.people.length) : ''}{mayManage ? '' : ` · ${a.consultantNote}`}</Text>
        {mayManage ? (
          <Button leftSection={<IconUserPlus size={16} />} variant="light" onClick={() => setAdding(true)} data-testid="team-add">{a.add}</Button>
        ) : null}
      </Group>
      <AddPerson opened={adding} onClose={() => setAdding(false)} />
      <RemovePerson member={removing} onClose={() => setRemoving(null)} />
    </SettingsSection>
  );
}

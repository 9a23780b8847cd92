// 1. The situation: the events that matter from the client's timeline, and what happened kept apart from
// what we make of it (facts are what a camera would have recorded; interpretations are ours to check).
import { ActionIcon, Badge, Checkbox, Group, Paper, ScrollArea, SimpleGrid, Stack, Text, TextInput, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconEye, IconBulb, IconSearch, IconX } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import type { TimelineEvent } from '../../../../src/contract/events.ts';
import { useAllEvents } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { KIND_COLORS } from '../../theme.ts';
import { KIND_ICONS } from '../Timeline/kinds.ts';
import { ListEditor } from './ListEditor.tsx';
import { usePrepContext } from './PrepContext.tsx';
import { Block, SectionFrame } from './SectionFrame.tsx';
import classes from './MediationPrep.module.css';

const MAX_EVENTS = 50;

function EventLine({ event, selected, onToggle }: { event: TimelineEvent; selected: boolean; onToggle: () => void }) {
  const { t, fmt } = useI18n();
  const Icon = KIND_ICONS[event.kind];
  return (
    <UnstyledButton
      className={classes.eventLine}
      onClick={onToggle}
      data-selected={selected || undefined}
      data-testid="situation-event"
      data-event-id={event.id}
      aria-pressed={selected}
    >
      <Group gap="sm" wrap="nowrap">
        {/* Only a picture of the choice: the button itself is the control (aria-pressed), so nothing focusable inside it. */}
        <Checkbox.Indicator checked={selected} size="xs" aria-hidden />
        <ThemeIcon size={26} radius="xl" variant="light" color={KIND_COLORS[event.kind]} style={{ flex: 'none' }}>
          <Icon size={14} stroke={1.8} />
        </ThemeIcon>
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={500} truncate="end">
            {event.title}
          </Text>
          <Text size="xs" c="dimmed">
            {t.events.kinds[event.kind]} · {fmt.date(event.occurredOn)}
          </Text>
        </div>
      </Group>
    </UnstyledButton>
  );
}

export function SituationSection() {
  const { t, fmt } = useI18n();
  const { prep, body, update } = usePrepContext();
  const situation = body.situation;
  const events = useAllEvents(prep.clientId);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim().toLowerCase());
  const all = useMemo(() => events.data ?? [], [events.data]);
  const byId = useMemo(() => new Map(all.map((e) => [e.id, e])), [all]);
  const chosen = new Set(situation.eventIds);

  const matches = useMemo(() => {
    if (!deferred) return all;
    return all.filter((e) => `${e.title} ${e.body ?? ''} ${t.events.kinds[e.kind]}`.toLowerCase().includes(deferred));
  }, [all, deferred, t]);

  const toggle = (id: number) => {
    const next = chosen.has(id) ? situation.eventIds.filter((x) => x !== id) : [...situation.eventIds, id].slice(0, MAX_EVENTS);
    update('situation', { ...situation, eventIds: next });
  };
  const selected = situation.eventIds
    .map((id) => byId.get(id))
    .filter((e): e is TimelineEvent => e !== undefined)
    .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));

  return (
    <SectionFrame section="situation">
      <Block title={t.prep.situation.events} hint={t.prep.situation.eventsHint} testId="situation-events">
        {selected.length > 0 ? (
          <Stack gap={4} data-testid="situation-selected">
            {selected.map((e) => {
              const Icon = KIND_ICONS[e.kind];
              return (
                <Group key={e.id} gap="xs" wrap="nowrap" className={classes.chosen} data-testid="situation-chosen" data-event-id={e.id}>
                  <Icon size={15} stroke={1.8} color={`var(--mantine-color-${KIND_COLORS[e.kind]}-6)`} style={{ flex: 'none' }} />
                  <Text size="sm" fw={500} truncate="end" style={{ flex: 1, minWidth: 0 }}>
                    {e.title}
                  </Text>
                  {e.id === prep.eventId ? (
                    <Badge size="xs" color="gray" variant="light">
                      {t.prep.situation.theIssue}
                    </Badge>
                  ) : null}
                  <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
                    {fmt.date(e.occurredOn)}
                  </Text>
                  <ActionIcon size="sm" variant="subtle" color="gray" onClick={() => toggle(e.id)} aria-label={t.prep.situation.remove(e.title)}>
                    <IconX size={14} />
                  </ActionIcon>
                </Group>
              );
            })}
          </Stack>
        ) : null}
        <Paper withBorder radius="md" p={0} className={classes.picker}>
          <TextInput
            variant="unstyled"
            px="sm"
            leftSection={<IconSearch size={15} />}
            placeholder={t.prep.situation.search}
            aria-label={t.prep.situation.search}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            className={classes.pickerSearch}
            data-testid="situation-search"
          />
          <ScrollArea.Autosize mah={260} type="auto">
            <Stack gap={0} p={4}>
              {events.isPending ? (
                <Text size="sm" c="dimmed" p="sm">
                  {t.app.loading}
                </Text>
              ) : matches.length === 0 ? (
                <Text size="sm" c="dimmed" p="sm">
                  {all.length === 0 ? t.prep.situation.noEvents : t.prep.situation.noMatch}
                </Text>
              ) : (
                matches.map((e) => <EventLine key={e.id} event={e} selected={chosen.has(e.id)} onToggle={() => toggle(e.id)} />)
              )}
            </Stack>
          </ScrollArea.Autosize>
        </Paper>
        <Text size="xs" c="dimmed">
          {t.prep.situation.count(situation.eventIds.length, MAX_EVENTS)}
        </Text>
      </Block>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div className={classes.column} data-column="facts">
          <Block
            title={
              <Group gap={6} wrap="nowrap">
                <IconEye size={16} stroke={1.7} />
                {t.prep.situation.facts}
              </Group>
            }
            hint={t.prep.situation.factsHint}
          >
            <ListEditor
              items={situation.facts}
              onChange={(facts) => update('situation', { ...situation, facts })}
              addLabel={t.prep.situation.addFact}
              placeholder={t.prep.situation.factPlaceholder}
              itemLabel={t.prep.situation.factN}
              testId="facts"
            />
          </Block>
        </div>
        <div className={classes.column} data-column="interpretations">
          <Block
            title={
              <Group gap={6} wrap="nowrap">
                <IconBulb size={16} stroke={1.7} />
                {t.prep.situation.interpretations}
              </Group>
            }
            hint={t.prep.situation.interpretationsHint}
          >
            <ListEditor
              items={situation.interpretations}
              onChange={(interpretations) => update('situation', { ...situation, interpretations })}
              addLabel={t.prep.situation.addInterpretation}
              placeholder={t.prep.situation.interpretationPlaceholder}
              itemLabel={t.prep.situation.interpretationN}
              testId="interpretations"
            />
          </Block>
        </div>
      </SimpleGrid>
    </SectionFrame>
  );
}

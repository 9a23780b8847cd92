// A held talk: when it was, what came of it, the agreements (ticked off as they are kept; the open ones with
// a date are follow-up reminders), whether the issue is resolved, and the way to the timeline.
import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconTimeline } from '@tabler/icons-react';
import { todayIso } from '../../../../src/domain/dates.ts';
import { useEvent, useReference } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { nextTargetNonce, useNavigation } from '../../navigation.tsx';
import { usePrepContext } from './PrepContext.tsx';
import classes from './MediationPrep.module.css';

export function HeldSummary() {
  const { t, fmt, locale } = useI18n();
  const { go } = useNavigation();
  const { prep, body, update } = usePrepContext();
  const talk = useEvent(prep.talkEventId);
  const issue = useEvent(prep.eventId);
  const reference = useReference();
  const l = t.prep.held;
  const a = body.after;
  const emotionName = (key: string) => {
    const e = reference.data?.emotions.find((x) => x.key === key);
    return e ? (locale === 'de' ? e.labelDe : e.labelEn) : key;
  };
  const today = todayIso();
  const resolved = issue.data && (issue.data.kind === 'crisis' || issue.data.kind === 'misunderstanding') && issue.data.status === 'resolved' ? issue.data : null;

  const toTimeline = () => {
    if (talk.data) {
      go({
        section: 'client', clientId: prep.clientId, from: 'mediation',
        target: { kind: 'event', eventId: talk.data.id, occurredOn: talk.data.occurredOn, nonce: nextTargetNonce() },
      });
    } else {
      go({ section: 'client', clientId: prep.clientId, from: 'mediation' });
    }
  };

  return (
    <Stack gap="lg" data-testid="held-summary">
      <Paper withBorder p="md" className={classes.held}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon color="green" variant="light" radius="xl" size={34} style={{ flex: 'none' }}>
            <IconCircleCheck size={20} stroke={1.7} />
          </ThemeIcon>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Text fw={650}>{talk.data ? l.heldOn(fmt.date(talk.data.occurredOn)) : l.held}</Text>
            {talk.data ? (
              <Text size="sm" c="dimmed">
                {talk.data.title}
              </Text>
            ) : null}
            <Group gap="xs" mt="sm">
              <Button size="xs" variant="light" leftSection={<IconTimeline size={15} />} onClick={toTimeline} data-testid="held-timeline">
                {l.showOnTimeline}
              </Button>
              <Anchor component="button" type="button" size="sm" onClick={() => go({ section: 'client', clientId: prep.clientId, from: 'mediation' })} data-testid="held-client">
                {l.openClient(prep.clientName)} <IconArrowRight size={13} style={{ verticalAlign: 'middle' }} />
              </Anchor>
            </Group>
          </div>
        </Group>
      </Paper>

      <div>
        <Text fw={600} size="sm" mb={4}>
          {t.prep.after.outcome}
        </Text>
        <Text size="sm" className={classes.prewrap} data-testid="held-outcome">
          {a.outcome ?? l.noOutcome}
        </Text>
        {a.emotions.length > 0 ? (
          <Group gap={6} mt="xs">
            {a.emotions.map((e) => (
              <Badge key={e.key} variant="light" color="gray">
                {emotionName(e.key)} · {e.intensity}/5
              </Badge>
            ))}
          </Group>
        ) : null}
      </div>

      <div data-testid="held-agreements">
        <Text fw={600} size="sm" mb={6}>
          {l.agreements(a.agreements.filter((x) => !x.done).length, a.agreements.length)}
        </Text>
        {a.agreements.length === 0 ? (
          <Text size="sm" c="dimmed">
            {l.noAgreements}
          </Text>
        ) : (
          <Stack gap={6}>
            {a.agreements.map((x, i) => {
              const overdue = !x.done && x.byWhen !== null && x.byWhen < today;
              return (
                <Group key={i} gap="sm" wrap="nowrap" className={classes.heldAgreement} data-testid="held-agreement" data-done={x.done || undefined}>
                  <Checkbox
                    checked={x.done}
                    onChange={(e) => update('after', { ...a, agreements: a.agreements.map((y, j) => (j === i ? { ...y, done: e.currentTarget.checked } : y)) })}
                    aria-label={l.markDone(x.what)}
                    data-testid="held-agreement-done"
                  />
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" td={x.done ? 'line-through' : undefined} c={x.done ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
                      {x.what}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[x.who || null, x.byWhen ? l.by(fmt.date(x.byWhen)) : null].filter(Boolean).join(' · ') || l.noOwner}
                    </Text>
                  </div>
                  {overdue ? (
                    <Badge color="red" variant="light">
                      {l.overdue}
                    </Badge>
                  ) : x.byWhen && !x.done ? (
                    <Badge color="petrol" variant="light">
                      {l.followUp}
                    </Badge>
                  ) : null}
                </Group>
              );
            })}
          </Stack>
        )}
      </div>

      <div data-testid="held-issue" data-status={prep.eventStatus}>
        {resolved ? (
          <Text size="sm">
            <Text span fw={600}>
              {l.resolvedOn[prep.eventKind](fmt.date(resolved.resolvedOn ?? ''))}
            </Text>{' '}
            {resolved.resolution}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {l.stillOpen[prep.eventKind]}
          </Text>
        )}
      </div>
    </Stack>
  );
}

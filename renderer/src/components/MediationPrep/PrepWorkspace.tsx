// The workspace of one talk preparation. A rail of eight sections that can be opened in any order, each
// with its completion mark; the sections save themselves as the consultant types (usePrepDraft); the
// header says whether everything is saved. Leaving and coming back resumes at the first unfinished section.
import {
  ActionIcon, Anchor, Badge, Button, Group, Loader, Menu, Modal, Paper, Progress, Stack, Text, Title, Tooltip, UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle, IconArrowLeft, IconCircle, IconCircleCheckFilled, IconCircleHalf2, IconCloudCheck, IconDots, IconTrash,
} from '@tabler/icons-react';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Prep } from '../../../../src/contract/mediation.ts';
import { diagnose, glaslStage, type GlaslAnswers, type GlaslStageNumber } from '../../../../src/domain/mediation/index.ts';
import { isApiError } from '../../api/client.ts';
import { useDeletePrep, useEvent, usePrep } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/messages.ts';
import { useNavigation } from '../../navigation.tsx';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../LoadingRows/LoadingRows.tsx';
import { AfterSection, EMPTY_RECORD, type RecordForm } from './AfterSection.tsx';
import { ConversationsSection } from './ConversationsSection.tsx';
import { DiagnosisSection } from './DiagnosisSection.tsx';
import { LEVEL_COLORS } from './GlaslScale.tsx';
import { InterestsSection } from './InterestsSection.tsx';
import { LogisticsSection } from './LogisticsSection.tsx';
import { completionOf, SECTION_KEYS, type Completion, type SectionKey } from './model.ts';
import { PrepContext, type PrepContextValue } from './PrepContext.tsx';
import { RootCausesSection } from './RootCausesSection.tsx';
import { SituationSection } from './SituationSection.tsx';
import { SpeakingSection } from './SpeakingSection.tsx';
import { TalkSheetButton } from './TalkSheetButton.tsx';
import { usePrepDraft, type SaveState } from './usePrepDraft.ts';
import classes from './MediationPrep.module.css';

const STATE_ICONS: Record<Completion, ReactNode> = {
  empty: <IconCircle size={18} stroke={1.5} />,
  started: <IconCircleHalf2 size={18} stroke={1.6} />,
  done: <IconCircleCheckFilled size={18} />,
};

function SaveIndicator({ save, onRetry }: { save: SaveState; onRetry: () => void }) {
  const { t, fmt } = useI18n();
  const time = (d: Date) => d.toLocaleTimeString(fmt.intlLocale, { hour: '2-digit', minute: '2-digit' });
  return (
    <Group gap={6} wrap="nowrap" className={classes.save} data-testid="prep-save-state" data-status={save.status} aria-live="polite">
      {save.status === 'saving' ? (
        <>
          <Loader size={12} color="gray" />
          <Text size="xs" c="dimmed">
            {t.prep.save.saving}
          </Text>
        </>
      ) : save.status === 'error' ? (
        <>
          <IconAlertTriangle size={15} color="var(--mantine-color-red-6)" />
          <Text size="xs" c="red" title={isApiError(save.error) ? save.error.message : undefined}>
            {t.prep.save.failed}
          </Text>
          <Button size="compact-xs" variant="light" color="red" onClick={onRetry}>
            {t.app.retry}
          </Button>
        </>
      ) : (
        <>
          <IconCloudCheck size={15} stroke={1.6} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed">
            {save.status === 'saved' ? t.prep.save.savedAt(time(save.at)) : t.prep.save.auto}
          </Text>
        </>
      )}
    </Group>
  );
}

function Rail({ section, states, onOpen }: { section: SectionKey; states: Record<SectionKey, Completion>; onOpen: (k: SectionKey) => void }) {
  const { t } = useI18n();
  const ready = SECTION_KEYS.filter((k) => states[k] === 'done').length;
  // Begun sections count too: after eight answers "1 of 8 ready" alone read as if nothing had been done.
  const started = SECTION_KEYS.filter((k) => states[k] === 'started').length;
  return (
    <Paper withBorder p="xs" className={classes.rail} component="nav" aria-label={t.prep.railLabel} data-testid="prep-rail">
      <Stack gap={2}>
        {SECTION_KEYS.map((key, i) => (
          <UnstyledButton
            key={key}
            className={classes.railItem}
            data-active={key === section || undefined}
            data-state={states[key]}
            aria-current={key === section ? 'step' : undefined}
            onClick={() => onOpen(key)}
            data-testid={`prep-nav-${key}`}
          >
            <span className={classes.railNumber}>{i + 1}</span>
            <span className={classes.railLabel}>{t.prep.sections[key]}</span>
            <Tooltip label={t.prep.states[states[key]]} position="right">
              <span className={classes.railState} data-state={states[key]} aria-label={t.prep.states[states[key]]}>
                {STATE_ICONS[states[key]]}
              </span>
            </Tooltip>
          </UnstyledButton>
        ))}
      </Stack>
      <div className={classes.railFooter}>
        <Text size="xs" c="dimmed" mb={6} data-testid="prep-progress">
          {t.prep.progress(ready, SECTION_KEYS.length, started)}
        </Text>
        <Progress value={(ready / SECTION_KEYS.length) * 100} size="sm" radius="xl" aria-hidden="true" />
      </div>
    </Paper>
  );
}

function DeletePrep({ prep }: { prep: Prep }) {
  const { t } = useI18n();
  const { go } = useNavigation();
  const remove = useDeletePrep();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size={30} aria-label={t.prep.more} data-testid="prep-menu">
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item color="red" leftSection={<IconTrash size={15} />} onClick={() => setAsking(true)} data-testid="prep-delete">
            {t.prep.delete.action}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t.prep.delete.title} centered>
        <Stack gap="lg">
          <Text size="sm">{prep.status === 'held' ? t.prep.delete.textHeld : t.prep.delete.text}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t.app.cancel}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              data-testid="prep-delete-confirm"
              onClick={() =>
                remove.mutate(
                  { id: prep.id, clientId: prep.clientId },
                  {
                    onSuccess: () => {
                      notifications.show({ message: t.prep.delete.done });
                      go({ section: 'mediation' });
                    },
                  },
                )
              }
            >
              {t.prep.delete.confirm}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function Workspace({ prep, initial }: { prep: Prep; initial: Prep }) {
  const { t, fmt, locale } = useI18n();
  const { go } = useNavigation();
  const draft = usePrepDraft(initial);
  const { body, update, flush, save } = draft;
  const issue = useEvent(prep.eventId);
  const [draftLang, setDraftLang] = useState<Locale>(locale);
  const [record, setRecord] = useState<RecordForm>(EMPTY_RECORD);
  const answers = body.diagnosis.answers;
  const diagnosis = useMemo(() => (Object.keys(answers).length > 0 ? diagnose(answers as GlaslAnswers) : null), [answers]);
  const stage = diagnosis?.stage ?? prep.glaslStage;

  const states = useMemo(
    () => Object.fromEntries(SECTION_KEYS.map((k) => [k, completionOf(k, body, prep)])) as Record<SectionKey, Completion>,
    [body, prep],
  );
  const [section, setSection] = useState<SectionKey>(() =>
    initial.status === 'held' ? 'after' : (SECTION_KEYS.find((k) => completionOf(k, initial.body, initial) !== 'done') ?? 'situation'),
  );
  const open = useCallback((key: SectionKey) => {
    void flush();
    setSection(key);
    window.scrollTo({ top: 0 });
    document.querySelector('main')?.scrollTo?.({ top: 0 });
  }, [flush]);

  const context: PrepContextValue = {
    prep, body, update, flush, diagnosis, stage, issue: issue.data, draftLang, setDraftLang, go: open,
  };
  const stageInfo = prep.eventKind === 'crisis' && prep.glaslStage ? glaslStage(Math.min(9, Math.max(1, prep.glaslStage)) as GlaslStageNumber) : null;

  return (
    <PrepContext value={context}>
      <Stack gap={4} mb="lg">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Anchor component="button" type="button" size="sm" onClick={() => go({ section: 'mediation' })} data-testid="prep-back">
            <Group gap={4} wrap="nowrap">
              <IconArrowLeft size={14} />
              {t.mediation.title}
            </Group>
          </Anchor>
          <Group gap="sm" wrap="nowrap">
            <SaveIndicator save={save} onRetry={() => void flush()} />
            <TalkSheetButton prepId={prep.id} flush={flush} />
            <DeletePrep prep={prep} />
          </Group>
        </Group>
        <Title order={1} fz="h2" className={classes.title} data-testid="prep-title">
          {prep.eventTitle}
        </Title>
        <Group gap="xs" mt={2}>
          <Badge color={prep.eventKind === 'crisis' ? 'red' : 'orange'} variant="light">
            {t.events.kinds[prep.eventKind]}
          </Badge>
          {stageInfo ? (
            <Badge color={LEVEL_COLORS[stageInfo.level]} variant="light" data-testid="prep-stage">
              {t.events.glasl(stageInfo.stage)} · {stageInfo.label[locale]}
            </Badge>
          ) : null}
          {prep.status === 'held' ? (
            <Badge color="green" variant="light" data-testid="prep-held">
              {t.prep.statusHeld}
            </Badge>
          ) : null}
          <Text size="sm" c="dimmed">
            <Anchor component="button" type="button" size="sm" onClick={() => go({ section: 'client', clientId: prep.clientId, from: 'mediation' })} data-testid="prep-client">
              {prep.clientName}
            </Anchor>
            {issue.data ? ` · ${t.mediation.since(fmt.date(issue.data.occurredOn))}` : ''}
          </Text>
        </Group>
      </Stack>

      <div className={classes.layout}>
        <Rail section={section} states={states} onOpen={open} />
        <Paper withBorder p="xl" className={classes.content} onBlur={() => void flush()} data-testid="prep-workspace" data-section={section}>
          {section === 'situation' ? <SituationSection /> : null}
          {section === 'diagnosis' ? <DiagnosisSection /> : null}
          {section === 'rootCauses' ? <RootCausesSection /> : null}
          {section === 'conversations' ? <ConversationsSection /> : null}
          {section === 'interests' ? <InterestsSection /> : null}
          {section === 'speaking' ? <SpeakingSection /> : null}
          {section === 'logistics' ? <LogisticsSection /> : null}
          {section === 'after' ? <AfterSection form={record} setForm={setRecord} /> : null}
        </Paper>
      </div>
    </PrepContext>
  );
}

/** The workspace of a prep, by id: loads it, then keeps the draft for as long as it is open. */
export function PrepWorkspace({ prepId }: { prepId: number }) {
  const { t } = useI18n();
  const { go } = useNavigation();
  const prep = usePrep(prepId);
  // The first answer seeds the draft; later answers (saves) only refresh the header and the marks.
  const [initial, setInitial] = useState<Prep | null>(null);
  if (prep.data && prep.isFetchedAfterMount && initial === null) setInitial(prep.data);

  if (prep.isError) {
    const missing = isApiError(prep.error) && prep.error.code === 'NOT_FOUND';
    return (
      <Stack gap="md" align="flex-start">
        <Anchor component="button" type="button" size="sm" onClick={() => go({ section: 'mediation' })}>
          ← {t.mediation.title}
        </Anchor>
        {missing ? <Text>{t.prep.notFound}</Text> : <ErrorAlert error={prep.error} onRetry={() => void prep.refetch()} />}
      </Stack>
    );
  }
  if (!prep.data || !initial) return <LoadingRows rows={6} />;
  return <Workspace prep={prep.data} initial={initial} />;
}

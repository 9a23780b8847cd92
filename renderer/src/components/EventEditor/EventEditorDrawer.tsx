// The event editor: a drawer with the common fields and the kind's own, for a new event or an existing one.
// A dirty form closed by mistake asks first, and what was typed stays as an in-memory draft (see drafts.ts).
import {
  Alert, Box, Button, Drawer, Group, MultiSelect, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { DateField } from '../DateField/DateField.tsx';
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCalendar, IconRestore } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { EVENT_KINDS, type TimelineEvent } from '../../../../src/contract/events.ts';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { todayIso } from '../../../../src/domain/dates.ts';
import { isApiError } from '../../api/client.ts';
import { readEventAfterConflict, useClient, useContacts, useCreateEvent, useUpdateEvent } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { KIND_COLORS } from '../../theme.ts';
import { errorMessage } from '../ErrorAlert/ErrorAlert.tsx';
import { LiveNotice } from '../LiveBanner/LiveNotice.tsx';
import { ConflictNotice } from './ConflictNotice.tsx';
import type { DraftStore } from './drafts.ts';
import { EmotionPicker } from './EmotionPicker.tsx';
import { applyIssues, dateValueFormat, DiscardDialog, WithCounter } from './formKit.tsx';
import {
  emptyValues, formPathFor, toEventFields, validateEvent, valuesFromEvent, type EventFormValues, type EventKind,
} from './formModel.ts';
import {
  AppreciationSection, CrisisSection, MilestoneSection, MisunderstandingSection, ProjectEnd, ProjectSection, TouchpointSection,
} from './KindSections.tsx';
import { KIND_ICONS } from './labels.ts';
import classes from './EventEditor.module.css';

export type EditorTarget =
  | { mode: 'new'; clientId: number; kind: EventKind }
  | { mode: 'edit'; event: TimelineEvent };

const draftKeyOf = (target: EditorTarget, kind: EventKind): string =>
  target.mode === 'new' ? `new:${target.clientId}:${kind}` : `edit:${target.event.id}`;

export function EventEditorDrawer({
  target, drafts, onClosed,
}: { target: EditorTarget; drafts: DraftStore<EventFormValues>; onClosed: (saved?: TimelineEvent) => void }) {
  const { t, fmt, locale } = useI18n();
  const clientId = target.mode === 'new' ? target.clientId : target.event.clientId;
  const client = useClient(clientId);
  const contacts = useContacts(clientId);
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);
  // The sentence sits below the last field: a long form would keep it out of sight after Save (centred,
  // as the sticky footer covers the bottom of the view).
  useEffect(() => {
    if (formError) formErrorRef.current?.scrollIntoView({ block: 'center' });
  }, [formError]);
  // The version this edit is made on; a save on an older one than stored is refused (CONFLICT).
  const baseVersion = useRef(target.mode === 'edit' ? target.event.updatedAt : undefined);
  const [theirs, setTheirs] = useState<TimelineEvent | null>(null);
  const today = todayIso();

  const initialKind = target.mode === 'new' ? target.kind : target.event.kind;
  const pristine = useMemo(
    () => (target.mode === 'edit' ? valuesFromEvent(target.event, today) : emptyValues(initialKind, today)),
    // The form is created once per opening: the target does not change while it is open.
    [],
  );
  const restored = useRef(drafts.get(draftKeyOf(target, initialKind)));
  const [showRestored, setShowRestored] = useState(restored.current !== undefined);

  const form = useForm<EventFormValues>({
    mode: 'controlled',
    initialValues: pristine,
    validate: (values) => validateEvent(values, t, fmt.number),
  });

  useEffect(() => {
    // A draft from an earlier opening in this session comes back; the form stays dirty, so closing asks again.
    if (restored.current) form.setValues(restored.current.values);
  }, []);

  const v = form.values;
  const kind = v.kind;

  // A date that contradicts another (an end before the start, resolved before it began) is said at the
  // field at once, also when it was the other date that moved.
  useEffect(() => {
    const errors = validateEvent(form.getValues(), t, fmt.number);
    for (const field of ['endsOn', 'resolvedOn'] as const) {
      const message = errors[field];
      if (message && form.getValues()[field]) form.setFieldError(field, message);
      else if (!message && form.errors[field]) form.clearFieldError(field);
    }
  }, [v.occurredOn, v.endsOn, v.resolvedOn, v.status, v.kind]);
  const draftKey = draftKeyOf(target, kind);

  const requestClose = () => {
    if (create.isPending || update.isPending) return;
    if (form.isDirty()) setAsking(true);
    else {
      drafts.delete(draftKey);
      onClosed();
    }
  };

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      setTheirs(null);
      const event = toEventFields(values);
      try {
        const saved = target.mode === 'new'
          ? await create.mutateAsync({ clientId, event })
          : await update.mutateAsync({ id: target.event.id, event, expectedUpdatedAt: baseVersion.current });
        drafts.delete(draftKey);
        notifications.show({
          color: 'petrol',
          message: target.mode === 'new' ? t.editor.created(saved.title) : t.editor.saved(saved.title),
        });
        onClosed(saved);
      } catch (error) {
        if (target.mode === 'edit' && isApiError(error) && error.code === 'CONFLICT') {
          // Changed since it was opened: keep what was typed (the form and its draft), show the saved version.
          drafts.set(draftKey, values);
          try {
            setTheirs(await readEventAfterConflict(queryClient, target.event.id));
          } catch (again) {
            setFormError(errorMessage(t, again));
          }
          return;
        }
        // The engine refused: put its reasons on the fields; whatever has no field is said below.
        const unplaced = applyIssues(error, (path, message) => form.setFieldError(path, message), (p) => formPathFor(p, values), t, fmt.number);
        const placed = isApiError(error) && error.code === 'INVALID' && unplaced.length === 0;
        setFormError(placed ? t.editor.errors.fixFields : [errorMessage(t, error), ...unplaced.map((u) => u.message)].join(' '));
        if (placed) focusFirstError();
      }
    },
    () => focusFirstError(),
  );

  const currency = client.data?.currency ?? null;
  const Icon = KIND_ICONS[kind];
  const title = target.mode === 'new' ? t.editor.newTitles[kind] : t.editor.editTitles[kind];
  const contactOptions = (contacts.data ?? []).map((c) => ({ value: String(c.id), label: c.role ? `${c.name} · ${c.role}` : c.name }));
  const dateFormat = dateValueFormat(locale);
  const saving = create.isPending || update.isPending;

  return (
    <>
      <Drawer
        opened
        onClose={requestClose}
        position="right"
        size={700}
        closeOnEscape={!asking}
        title={
          <Group gap="sm" wrap="nowrap">
            <Icon size={20} stroke={1.7} color={`var(--mantine-color-${KIND_COLORS[kind]}-filled)`} />
            <div style={{ minWidth: 0 }}>
              <Title order={2} fz="h3" data-testid="editor-heading">
                {title}
              </Title>
              {client.data ? (
                <Text size="xs" c="dimmed" truncate="end">
                  {client.data.name}
                </Text>
              ) : null}
            </div>
          </Group>
        }
        closeButtonProps={{ 'aria-label': t.editor.close }}
        classNames={{ body: classes.drawerBody, header: classes.drawerHeader }}
      >
        <form
          onSubmit={submit}
          noValidate
          className={classes.form}
          data-testid="editor-form"
          data-kind={kind}
          // Ctrl/⌘ + Enter saves from any field.
          onKeyDown={getHotkeyHandler([['mod+Enter', (e) => (e.target as HTMLElement | null)?.closest('form')?.requestSubmit()]])}
        >
          <Stack gap="lg" className={classes.fields}>
            {theirs ? (
              <ConflictNotice
                theirs={theirs}
                onKeepMine={() => {
                  baseVersion.current = theirs.updatedAt;
                  setTheirs(null);
                  void submit();
                }}
                onTakeTheirs={() => {
                  baseVersion.current = theirs.updatedAt;
                  form.setValues(valuesFromEvent(theirs, today));
                  form.resetDirty(valuesFromEvent(theirs, today));
                  drafts.delete(draftKey);
                  setTheirs(null);
                }}
              />
            ) : null}

            {showRestored ? (
              <Alert color="petrol" variant="light" icon={<IconRestore size={18} />} data-testid="draft-restored">
                <Group justify="space-between" gap="sm" wrap="nowrap">
                  <Text size="sm">{t.editor.draftRestored}</Text>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => {
                      drafts.delete(draftKey);
                      form.setValues(pristine);
                      form.resetDirty(pristine);
                      setShowRestored(false);
                    }}
                    data-testid="draft-discard"
                  >
                    {t.editor.discardDraft}
                  </Button>
                </Group>
              </Alert>
            ) : null}

            {target.mode === 'new' ? (
              <div>
                <Text size="sm" fw={500} mb={6} id="editor-kind-label">
                  {t.editor.kind}
                </Text>
                <SegmentedControl
                  fullWidth
                  size="xs"
                  value={kind}
                  onChange={(k) => form.setFieldValue('kind', k as EventKind)}
                  aria-labelledby="editor-kind-label"
                  data-testid="editor-kind"
                  data={EVENT_KINDS.map((k) => {
                    const KindIcon = KIND_ICONS[k];
                    return {
                      value: k,
                      label: (
                        <Group gap={5} wrap="nowrap" justify="center">
                          <KindIcon size={14} stroke={1.8} />
                          <span>{t.events.kinds[k]}</span>
                        </Group>
                      ),
                    };
                  })}
                />
                <Text size="xs" c="dimmed" mt={6}>
                  {t.editor.kindHints[kind]}
                </Text>
              </div>
            ) : null}

            <WithCounter value={v.title} max={LIMITS.title} testId="editor-title-counter">
              <TextInput
                label={t.editor.title}
                placeholder={t.editor.titlePlaceholders[kind]}
                withAsterisk
                data-autofocus
                data-testid="editor-title"
                {...form.getInputProps('title')}
              />
            </WithCounter>

            <SimpleGrid cols={2} spacing="md">
              <DateField
                label={t.editor.occurredOn[kind]}
                valueFormat={dateFormat}
                leftSection={<IconCalendar size={16} stroke={1.6} />}
                withAsterisk
                data-testid="editor-date"
                {...form.getInputProps('occurredOn')}
              />
              {kind === 'project' ? <ProjectEnd form={form} /> : null}
            </SimpleGrid>

            <Box className={classes.section} data-testid={`section-${kind}`}>
              {kind === 'project' ? <ProjectSection form={form} currency={currency} /> : null}
              {kind === 'crisis' ? <CrisisSection form={form} /> : null}
              {kind === 'misunderstanding' ? <MisunderstandingSection form={form} /> : null}
              {kind === 'appreciation' ? <AppreciationSection form={form} /> : null}
              {kind === 'touchpoint' ? <TouchpointSection form={form} /> : null}
              {kind === 'milestone' ? <MilestoneSection form={form} /> : null}
            </Box>

            <MultiSelect
              label={t.editor.participants}
              placeholder={v.participantIds.length ? undefined : contactOptions.length ? t.editor.participantsPlaceholder : t.editor.participantsEmpty}
              data={contactOptions}
              searchable
              clearable
              hidePickedOptions
              nothingFoundMessage={t.editor.noMatch}
              disabled={contactOptions.length === 0 && v.participantIds.length === 0}
              comboboxProps={{ zIndex: 350 }}
              data-testid="editor-participants"
              {...form.getInputProps('participantIds')}
            />

            <EmotionPicker
              value={v.emotions}
              onChange={(next) => form.setFieldValue('emotions', next)}
              error={form.errors.emotions as string | undefined}
            />

            <WithCounter value={v.body} max={LIMITS.longText} testId="editor-body-counter">
              <Textarea
                label={t.editor.body}
                placeholder={t.editor.bodyPlaceholder}
                autosize
                minRows={3}
                maxRows={12}
                data-testid="editor-body"
                {...form.getInputProps('body')}
              />
            </WithCounter>


            {formError ? (
              <Alert ref={formErrorRef} color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert" data-testid="editor-form-error">
                {formError}
              </Alert>
            ) : null}
          </Stack>

          <Group justify="flex-end" gap="sm" wrap="nowrap" className={classes.footer}>
            {/* The drawer covers the window's banner: the server being away is said here too. */}
            <LiveNotice />
            <Button variant="default" onClick={requestClose} data-testid="editor-cancel">
              {t.app.cancel}
            </Button>
            <Button type="submit" loading={saving} data-testid="editor-save">
              {target.mode === 'new' ? t.editor.create : t.editor.save}
            </Button>
          </Group>
        </form>
      </Drawer>
      <DiscardDialog
        opened={asking}
        text={t.editor.unsavedText}
        discardLabel={t.editor.discardDraft}
        onKeep={() => setAsking(false)}
        onDiscard={() => {
          drafts.delete(draftKey);
          setAsking(false);
          onClosed();
        }}
        extra={
          <Button
            onClick={() => {
              drafts.set(draftKey, form.getValues());
              setAsking(false);
              onClosed();
            }}
            data-testid="discard-keep-draft"
          >
            {t.editor.closeKeepDraft}
          </Button>
        }
      />
    </>
  );
}

/** Move the focus to the first field that shows an error (after a failed submit). */
function focusFirstError() {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('[data-testid="editor-form"] [aria-invalid="true"]');
    field?.focus();
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}

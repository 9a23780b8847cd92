// 8. After the talk: what came of it, the emotions we saw, the agreements (what, who, by when), and, if it
// is over, how the crisis or misunderstanding was resolved. Recording it is one engine transaction: the
// talk becomes a touchpoint on the timeline, agreements with a date become follow-up reminders, the issue
// is resolved. Outcome, emotions and agreements are saved as typed; the rest is asked for when recording.
import { ActionIcon, Alert, Button, Group, List, Modal, Paper, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { DateField } from '../DateField/DateField.tsx';
import { notifications } from '@mantine/notifications';
import { IconCalendar, IconCheck, IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { todayIso } from '../../../../src/domain/dates.ts';
import { useCompletePrep } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { errorDetail, errorMessage } from '../ErrorAlert/ErrorAlert.tsx';
import { EmotionPicker } from '../EventEditor/EmotionPicker.tsx';
import { dateFormat } from './dates.ts';
import { HeldSummary } from './HeldSummary.tsx';
import type { Body } from './model.ts';
import { usePrepContext } from './PrepContext.tsx';
import { Block, SectionFrame } from './SectionFrame.tsx';
import classes from './MediationPrep.module.css';

type Agreement = Body['after']['agreements'][number];
const MAX_AGREEMENTS = 30;

/** What is asked only when the talk is recorded; kept by the workspace while its sections change. */
export interface RecordForm {
  talkOn: string | null;
  talkTitle: string | null;
  resolve: boolean;
  resolution: string;
  resolvedOn: string | null;
}
export const EMPTY_RECORD: RecordForm = { talkOn: null, talkTitle: null, resolve: false, resolution: '', resolvedOn: null };

type Errors = Partial<Record<'talkOn' | 'talkTitle' | 'resolution' | 'resolvedOn', string>> & { agreements?: Record<number, string> };

function AgreementRow({ value, onChange, onRemove, error, index }: {
  value: Agreement; onChange: (a: Agreement) => void; onRemove: () => void; error: string | undefined; index: number;
}) {
  const { t, locale } = useI18n();
  const l = t.prep.after;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" className={classes.agreement} data-testid="agreement">
      <TextInput
        style={{ flex: 2, minWidth: 0 }}
        placeholder={l.agreementWhat}
        aria-label={l.agreementWhatN(index + 1)}
        value={value.what}
        onChange={(e) => onChange({ ...value, what: e.currentTarget.value })}
        maxLength={LIMITS.shortText}
        error={error}
        data-testid="agreement-what"
      />
      <TextInput
        style={{ flex: 1, minWidth: 0 }}
        placeholder={l.agreementWho}
        aria-label={l.agreementWho}
        value={value.who}
        onChange={(e) => onChange({ ...value, who: e.currentTarget.value })}
        maxLength={LIMITS.name}
        data-testid="agreement-who"
      />
      <DateField
        style={{ flex: 1, minWidth: 0 }}
        placeholder={l.agreementBy}
        aria-label={l.agreementBy}
        valueFormat={dateFormat(locale)}
        leftSection={<IconCalendar size={15} stroke={1.6} />}
        clearable
        value={value.byWhen}
        onChange={(v) => onChange({ ...value, byWhen: v ? String(v).slice(0, 10) : null })}
        data-testid="agreement-by"
      />
      <ActionIcon variant="subtle" color="gray" mt={6} onClick={onRemove} aria-label={l.removeAgreement} data-testid="agreement-remove">
        <IconX size={15} />
      </ActionIcon>
    </Group>
  );
}

export function AfterSection({ form, setForm }: { form: RecordForm; setForm: (f: RecordForm) => void }) {
  const { t, fmt, locale } = useI18n();
  const { prep, body, update, issue, flush } = usePrepContext();
  const complete = useCompletePrep();
  const [errors, setErrors] = useState<Errors>({});
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const a = body.after;
  const l = t.prep.after;

  if (prep.status === 'held') {
    return (
      <SectionFrame section="after">
        <HeldSummary />
      </SectionFrame>
    );
  }

  const talkOn = form.talkOn ?? body.logistics.date ?? todayIso();
  const talkTitle = form.talkTitle ?? l.defaultTitle(prep.eventTitle);
  const startedOn = issue?.occurredOn ?? null;
  const canResolve = prep.eventStatus === 'open';
  const resolvedOn = form.resolvedOn ?? talkOn;
  const setAfter = (patch: Partial<Body['after']>) => update('after', { ...a, ...patch });
  const setAgreement = (i: number, next: Agreement) => setAfter({ agreements: a.agreements.map((x, j) => (j === i ? next : x)) });
  const kept = a.agreements.filter((x) => x.what.trim() || x.who.trim() || x.byWhen);
  const followUps = kept.filter((x) => x.byWhen !== null).length;

  const validate = (): boolean => {
    const e: Errors = {};
    if (!talkOn) e.talkOn = l.errors.talkOnRequired;
    else if (startedOn && talkOn < startedOn) e.talkOn = l.errors.beforeStart(fmt.date(startedOn));
    if (!talkTitle.trim()) e.talkTitle = l.errors.titleRequired;
    const agreementErrors: Record<number, string> = {};
    a.agreements.forEach((x, i) => {
      if (!x.what.trim() && (x.who.trim() || x.byWhen)) agreementErrors[i] = l.errors.whatRequired;
    });
    if (Object.keys(agreementErrors).length > 0) e.agreements = agreementErrors;
    if (canResolve && form.resolve) {
      if (!form.resolution.trim()) e.resolution = l.errors.resolutionRequired;
      if (!resolvedOn) e.resolvedOn = l.errors.resolvedOnRequired;
      else if (startedOn && resolvedOn < startedOn) e.resolvedOn = l.errors.beforeStart(fmt.date(startedOn));
    }
    setErrors(e);
    return Object.keys(e).length === 0;
  };

  const record = async () => {
    setFailure(null);
    try {
      await flush();
      await complete.mutateAsync({
        id: prep.id,
        talkOn,
        talkTitle: talkTitle.trim(),
        outcome: a.outcome,
        emotions: a.emotions,
        agreements: a.agreements.filter((x) => x.what.trim()).map((x) => ({ ...x, what: x.what.trim(), who: x.who.trim() })),
        resolution: canResolve && form.resolve ? { resolvedOn, resolution: form.resolution.trim() } : null,
      });
      setConfirming(false);
      notifications.show({ color: 'green', icon: <IconCheck size={16} />, message: l.recordedToast(followUps) });
    } catch (error) {
      setConfirming(false);
      setFailure(error);
    }
  };

  return (
    <SectionFrame section="after">
      <Group grow align="flex-start" gap="md">
        <DateField
          label={l.talkOn}
          description={startedOn ? l.notBefore(fmt.date(startedOn)) : undefined}
          valueFormat={dateFormat(locale)}
          leftSection={<IconCalendar size={16} stroke={1.6} />}
          value={talkOn}
          onChange={(v) => setForm({ ...form, talkOn: v ? String(v).slice(0, 10) : null })}
          error={errors.talkOn}
          withAsterisk
          data-testid="after-talk-on"
        />
        <TextInput
          label={l.talkTitle}
          description={l.talkTitleHint}
          value={talkTitle}
          onChange={(e) => setForm({ ...form, talkTitle: e.currentTarget.value })}
          maxLength={LIMITS.title}
          error={errors.talkTitle}
          withAsterisk
          data-testid="after-title"
        />
      </Group>

      <Textarea
        label={l.outcome}
        description={l.outcomeHint}
        placeholder={l.outcomePlaceholder}
        value={a.outcome ?? ''}
        onChange={(e) => setAfter({ outcome: e.currentTarget.value })}
        autosize
        minRows={3}
        maxRows={12}
        maxLength={LIMITS.shortText}
        data-testid="after-outcome"
      />

      <EmotionPicker value={a.emotions} onChange={(emotions) => setAfter({ emotions })} />

      <Block title={l.agreements} hint={l.agreementsHint} testId="agreements">
        <Stack gap="xs">
          {a.agreements.map((x, i) => (
            <AgreementRow
              key={i}
              index={i}
              value={x}
              onChange={(next) => setAgreement(i, next)}
              onRemove={() => setAfter({ agreements: a.agreements.filter((_, j) => j !== i) })}
              error={errors.agreements?.[i]}
            />
          ))}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              onClick={() => setAfter({ agreements: [...a.agreements, { what: '', who: '', byWhen: null, done: false }] })}
              disabled={a.agreements.length >= MAX_AGREEMENTS}
              data-testid="agreement-add"
            >
              {l.addAgreement}
            </Button>
          </Group>
        </Stack>
      </Block>

      {canResolve ? (
        <Paper withBorder p="md" className={classes.resolveBox} data-on={form.resolve || undefined}>
          <Switch
            checked={form.resolve}
            onChange={(e) => setForm({ ...form, resolve: e.currentTarget.checked })}
            label={l.resolve[prep.eventKind]}
            description={l.resolveHint}
            data-testid="after-resolve"
          />
          {form.resolve ? (
            <Stack gap="sm" mt="md">
              <Textarea
                label={l.resolution}
                placeholder={l.resolutionPlaceholder}
                value={form.resolution}
                onChange={(e) => setForm({ ...form, resolution: e.currentTarget.value })}
                autosize
                minRows={2}
                maxLength={LIMITS.shortText}
                error={errors.resolution}
                withAsterisk
                data-testid="after-resolution"
              />
              <DateField
                label={l.resolvedOn}
                description={startedOn ? l.notBefore(fmt.date(startedOn)) : undefined}
                valueFormat={dateFormat(locale)}
                leftSection={<IconCalendar size={16} stroke={1.6} />}
                value={resolvedOn}
                minDate={startedOn ?? undefined}
                onChange={(v) => setForm({ ...form, resolvedOn: v ? String(v).slice(0, 10) : null })}
                error={errors.resolvedOn}
                withAsterisk
                styles={{ wrapper: { maxWidth: 260 } }}
                data-testid="after-resolved-on"
              />
            </Stack>
          ) : null}
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          {l.alreadyResolved}
        </Text>
      )}

      {failure ? (
        <Alert color="red" variant="light" role="alert" title={t.failure.title} data-testid="after-error">
          {errorMessage(t, failure)} {errorDetail(failure) ?? ''}
        </Alert>
      ) : null}

      <Group justify="flex-end">
        <Button
          color="green"
          leftSection={<IconCheck size={16} />}
          onClick={() => {
            if (validate()) setConfirming(true);
          }}
          data-testid="after-record"
        >
          {l.record}
        </Button>
      </Group>

      <Modal opened={confirming} onClose={() => !complete.isPending && setConfirming(false)} title={l.confirmTitle} centered size="lg">
        <Stack gap="md" data-testid="after-confirm">
          <Text size="sm">{l.confirmIntro}</Text>
          <List size="sm" spacing={6}>
            <List.Item>{l.confirmTalk(fmt.date(talkOn), talkTitle.trim())}</List.Item>
            <List.Item>{l.confirmFollowUps(kept.length, followUps)}</List.Item>
            <List.Item>
              {canResolve && form.resolve ? l.confirmResolve[prep.eventKind](fmt.date(resolvedOn)) : l.confirmStaysOpen[prep.eventKind]}
            </List.Item>
          </List>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={complete.isPending}>
              {t.app.cancel}
            </Button>
            <Button color="green" onClick={() => void record()} loading={complete.isPending} data-testid="after-confirm-record">
              {l.confirm}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SectionFrame>
  );
}

// Create or edit a client. A new client starts with the agency's default cadence from the settings; an
// edit sends only the fields that changed (the contract's patch leaves the others alone).
import {
  Alert, Button, Group, Input, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput,
} from '@mantine/core';
import { DateField } from '../DateField/DateField.tsx';
import { useForm } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { CLIENT_STATUSES, type Client, type ClientUpdateInput } from '../../../../src/contract/clients.ts';
import type { Settings } from '../../../../src/contract/schemas.ts';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { todayIso } from '../../../../src/domain/dates.ts';
import { isApiError } from '../../api/client.ts';
import { useCreateClient, useUpdateClient } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { errorMessage } from '../ErrorAlert/ErrorAlert.tsx';
import { applyIssues, dateValueFormat, DiscardDialog, numberSeparators, textLength, tooLong, WithCounter } from '../EventEditor/formKit.tsx';

type Status = (typeof CLIENT_STATUSES)[number];

interface Values {
  name: string;
  since: string | null;
  owner: string;
  status: Status;
  contractValue: number | string;
  currency: string;
  renewalDate: string | null;
  noticeDays: number | string;
  cadenceIdealDays: number | string;
  cadenceMaxDays: number | string;
  notes: string;
}

const CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD', 'SEK', 'DKK', 'NOK', 'PLN', 'CZK'];
const numberOrNull = (v: number | string): number | null => (v === '' || v === null || v === undefined ? null : Number(v));
const orNull = (s: string): string | null => (s.trim() ? s.trim() : null);

function valuesOf(client: Client | null, settings: Settings): Values {
  return {
    name: client?.name ?? '',
    since: client?.since ?? todayIso(),
    owner: client?.owner ?? '',
    status: client?.status ?? 'active',
    contractValue: client?.contractValue ?? '',
    currency: client?.currency ?? 'EUR',
    renewalDate: client?.renewalDate ?? null,
    noticeDays: client?.noticeDays ?? '',
    cadenceIdealDays: client?.cadenceIdealDays ?? settings.defaultCadenceIdealDays,
    cadenceMaxDays: client?.cadenceMaxDays ?? settings.defaultCadenceMaxDays,
    notes: client?.notes ?? '',
  };
}

/** The fields of `v` that differ from `initial`, in the contract's shape. */
function patchOf(initial: Values, v: Values): ClientUpdateInput['patch'] {
  const patch: ClientUpdateInput['patch'] = {};
  if (v.name.trim() !== initial.name.trim()) patch.name = v.name.trim();
  if (v.since !== initial.since && v.since) patch.since = v.since;
  if (orNull(v.owner) !== orNull(initial.owner)) patch.owner = orNull(v.owner);
  if (v.status !== initial.status) patch.status = v.status;
  if (numberOrNull(v.contractValue) !== numberOrNull(initial.contractValue)) patch.contractValue = numberOrNull(v.contractValue);
  if (v.currency !== initial.currency) patch.currency = v.currency;
  if (v.renewalDate !== initial.renewalDate) patch.renewalDate = v.renewalDate;
  if (numberOrNull(v.noticeDays) !== numberOrNull(initial.noticeDays)) patch.noticeDays = numberOrNull(v.noticeDays);
  if (Number(v.cadenceIdealDays) !== Number(initial.cadenceIdealDays)) patch.cadenceIdealDays = Number(v.cadenceIdealDays);
  if (Number(v.cadenceMaxDays) !== Number(initial.cadenceMaxDays)) patch.cadenceMaxDays = Number(v.cadenceMaxDays);
  if (orNull(v.notes) !== orNull(initial.notes)) patch.notes = orNull(v.notes);
  return patch;
}

const FORM_PATHS = new Set([
  'name', 'since', 'owner', 'status', 'contractValue', 'currency', 'renewalDate', 'noticeDays', 'cadenceIdealDays', 'cadenceMaxDays', 'notes',
]);

/**
 * The client form. Without `client` it creates one; with `client` it edits it. The surrounding dialog
 * closes through `closeRequest`, so a form with unsaved input asks first.
 */
export function ClientForm({
  settings, client = null, onCreated, onSaved, onCancel, closeRequest,
}: {
  settings: Settings;
  client?: Client | null;
  onCreated?: (client: Client) => void;
  onSaved?: (client: Client) => void;
  onCancel: () => void;
  closeRequest?: { current: (() => void) | null };
}) {
  const { t, fmt, locale } = useI18n();
  const create = useCreateClient();
  const update = useUpdateClient();
  const [initial] = useState(() => valuesOf(client, settings));
  const [formError, setFormError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const range = (min: number, max: number) => (v: number | string) => {
    const n = numberOrNull(v);
    return n !== null && (!Number.isInteger(n) || n < min || n > max) ? t.editor.errors.number(fmt.number(min), fmt.number(max)) : null;
  };
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      name: (v) => (!textLength(v) ? t.clientForm.nameRequired : tooLong(t, fmt.number, v, LIMITS.name)),
      since: (v) => (v ? null : t.clientForm.sinceRequired),
      owner: (v) => tooLong(t, fmt.number, v, LIMITS.name),
      contractValue: range(0, 1_000_000_000),
      noticeDays: range(0, 730),
      cadenceIdealDays: (v) => (numberOrNull(v) === null ? t.editor.errors.required : range(1, 730)(v)),
      cadenceMaxDays: (v, values) =>
        numberOrNull(v) === null
          ? t.editor.errors.required
          : range(1, 1460)(v) ?? (Number(v) < Number(values.cadenceIdealDays) ? t.clientForm.maxBeforeIdeal : null),
      notes: (v) => tooLong(t, fmt.number, v, LIMITS.longText),
    },
  });
  const v = form.values;
  const saving = create.isPending || update.isPending;

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      if (client) {
        const patch = patchOf(initial, values);
        const saved = Object.keys(patch).length > 0 ? await update.mutateAsync({ id: client.id, patch }) : client;
        onSaved?.(saved);
      } else {
        const created = await create.mutateAsync({
          name: values.name.trim(),
          since: values.since ?? todayIso(),
          owner: orNull(values.owner),
          contractValue: numberOrNull(values.contractValue),
          currency: values.currency,
          renewalDate: values.renewalDate,
          noticeDays: numberOrNull(values.noticeDays),
          cadenceIdealDays: Number(values.cadenceIdealDays),
          cadenceMaxDays: Number(values.cadenceMaxDays),
          notes: orNull(values.notes),
        });
        onCreated?.(created);
      }
    } catch (error) {
      const unplaced = applyIssues(error, (path, message) => form.setFieldError(path, message), (p) => (FORM_PATHS.has(p) ? p : null), t, fmt.number);
      const placed = isApiError(error) && error.code === 'INVALID' && unplaced.length === 0;
      setFormError(placed ? t.editor.errors.fixFields : [errorMessage(t, error), ...unplaced.map((u) => u.message)].join(' '));
    }
  });

  const cancel = () => {
    // While the question is open, Escape answers it ("keep editing"), it does not ask again.
    if (saving || asking) return;
    if (form.isDirty()) setAsking(true);
    else onCancel();
  };
  useEffect(() => {
    if (closeRequest) closeRequest.current = cancel;
  });

  const dateFormat = dateValueFormat(locale);
  const separators = numberSeparators(locale);
  const currencies = CURRENCIES.includes(v.currency) ? CURRENCIES : [v.currency, ...CURRENCIES];

  return (
    <form onSubmit={submit} noValidate data-testid="client-form">
      <Stack gap="md">
        <SimpleGrid cols={client ? 2 : 1} spacing="md">
          <TextInput
            label={t.clientForm.name}
            placeholder={t.clientForm.namePlaceholder}
            withAsterisk
            data-autofocus
            data-testid="client-name"
            {...form.getInputProps('name')}
          />
          {client ? (
            <div>
              <Text size="sm" fw={500} mb={4} id="client-status-label">
                {t.client.status}
              </Text>
              <SegmentedControl
                fullWidth
                data={CLIENT_STATUSES.map((s) => ({ value: s, label: t.client.statuses[s] }))}
                aria-labelledby="client-status-label"
                data-testid="client-status"
                {...form.getInputProps('status')}
              />
            </div>
          ) : null}
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="md">
          <DateField
            label={t.clientForm.since}
            description={t.clientForm.sinceHint}
            valueFormat={dateFormat}
            leftSection={<IconCalendar size={16} stroke={1.6} />}
            maxDate={todayIso()}
            withAsterisk
            data-testid="client-since"
            {...form.getInputProps('since')}
          />
          <TextInput
            label={t.clientForm.owner}
            description={t.clientForm.ownerHint}
            data-testid="client-owner"
            {...form.getInputProps('owner')}
          />
        </SimpleGrid>
        <Input.Wrapper label={t.clientForm.contract} description={t.clientForm.contractHint} inputWrapperOrder={['label', 'description', 'input']}>
          <SimpleGrid cols={3} spacing="md" mt={6}>
            <Group gap={6} wrap="nowrap" align="flex-end">
              <NumberInput
                label={t.clientForm.contractValue}
                min={0}
                max={1_000_000_000}
                allowDecimal={false}
                allowNegative={false}
                {...separators}
                style={{ flex: 1 }}
                data-testid="client-value"
                {...form.getInputProps('contractValue')}
              />
              <Select
                aria-label={t.clientForm.currency}
                data={currencies}
                allowDeselect={false}
                w={84}
                comboboxProps={{ zIndex: 350 }}
                data-testid="client-currency"
                {...form.getInputProps('currency')}
              />
            </Group>
            <DateField
              label={t.clientForm.renewal}
              placeholder={t.clientForm.renewalPlaceholder}
              valueFormat={dateFormat}
              leftSection={<IconCalendar size={16} stroke={1.6} />}
              clearable
              data-testid="client-renewal"
              {...form.getInputProps('renewalDate')}
            />
            <NumberInput
              label={t.clientForm.notice}
              min={0}
              max={730}
              allowDecimal={false}
              allowNegative={false}
              data-testid="client-notice"
              {...form.getInputProps('noticeDays')}
            />
          </SimpleGrid>
        </Input.Wrapper>
        <Input.Wrapper label={t.clientForm.cadence} description={t.clientForm.cadenceHint} inputWrapperOrder={['label', 'description', 'input']}>
          <SimpleGrid cols={2} spacing="md" mt={6}>
            <NumberInput label={t.clientForm.cadenceIdeal} min={1} max={730} allowDecimal={false} data-testid="client-cadence-ideal" {...form.getInputProps('cadenceIdealDays')} />
            <NumberInput label={t.clientForm.cadenceMax} min={1} max={1460} allowDecimal={false} data-testid="client-cadence-max" {...form.getInputProps('cadenceMaxDays')} />
          </SimpleGrid>
        </Input.Wrapper>
        <WithCounter value={v.notes} max={LIMITS.longText}>
          <Textarea
            label={t.client.notes}
            placeholder={t.clientForm.notesPlaceholder}
            autosize
            minRows={2}
            maxRows={6}
            data-testid="client-notes"
            {...form.getInputProps('notes')}
          />
        </WithCounter>
        {formError ? (
          <Alert color="red" variant="light" role="alert" data-testid="client-form-error">
            {formError}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={cancel}>
            {t.app.cancel}
          </Button>
          <Button type="submit" loading={saving} data-testid="client-submit">
            {client ? t.clientForm.saveChanges : t.clientForm.submit}
          </Button>
        </Group>
      </Stack>
      <DiscardDialog
        opened={asking}
        text={t.clientForm.unsavedText}
        onKeep={() => setAsking(false)}
        onDiscard={() => {
          setAsking(false);
          onCancel();
        }}
      />
    </form>
  );
}

/**
 * The client form in a dialog. Closing it (Escape, the ×, a click outside) goes through the form, which asks
 * first when something was typed.
 */
export function ClientFormModal({
  opened, settings, client = null, onClosed, onCreated, onSaved,
}: {
  opened: boolean;
  settings: Settings | undefined;
  client?: Client | null;
  onClosed: () => void;
  onCreated?: (client: Client) => void;
  onSaved?: (client: Client) => void;
}) {
  const { t } = useI18n();
  const closeRequest = useRef<(() => void) | null>(null);
  return (
    <Modal
      opened={opened && !!settings}
      onClose={() => (closeRequest.current ? closeRequest.current() : onClosed())}
      title={client ? t.clientForm.editTitle : t.clientForm.title}
      size="xl"
      centered
    >
      {settings ? (
        <ClientForm
          settings={settings}
          client={client}
          onCancel={onClosed}
          onCreated={onCreated}
          onSaved={onSaved}
          closeRequest={closeRequest}
        />
      ) : null}
    </Modal>
  );
}

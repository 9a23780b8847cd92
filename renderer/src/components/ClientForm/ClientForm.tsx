import { Alert, Button, Group, Input, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import type { ClientSummary, Settings } from '../../../../src/contract/schemas.ts';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { useCreateClient } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { todayIso } from '../../../../src/domain/dates.ts';
import { errorDetail, errorMessage } from '../ErrorAlert/ErrorAlert.tsx';

interface Values {
  name: string;
  since: string | null;
  owner: string;
  renewalDate: string | null;
  cadenceIdealDays: number | string;
  cadenceMaxDays: number | string;
}

/** The "New client" form: name required, the cadence starting from the agency's defaults. */
export function ClientForm({ settings, onCreated, onCancel }: { settings: Settings; onCreated: (client: Pick<ClientSummary, 'id' | 'name'>) => void; onCancel: () => void }) {
  const { t, locale } = useI18n();
  const create = useCreateClient();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: '',
      since: todayIso(),
      owner: '',
      renewalDate: null,
      cadenceIdealDays: settings.defaultCadenceIdealDays,
      cadenceMaxDays: settings.defaultCadenceMaxDays,
    },
    validate: {
      name: (v) => (v.trim() ? null : t.clientForm.nameRequired),
      since: (v) => (v ? null : t.clientForm.sinceRequired),
      cadenceMaxDays: (v, values) =>
        Number(v) < Number(values.cadenceIdealDays) ? t.clientForm.maxBeforeIdeal : null,
    },
  });

  const submit = form.onSubmit((values) => {
    create.mutate(
      {
        name: values.name.trim(),
        since: values.since ?? todayIso(),
        owner: values.owner.trim() || null,
        renewalDate: values.renewalDate,
        cadenceIdealDays: Number(values.cadenceIdealDays),
        cadenceMaxDays: Number(values.cadenceMaxDays),
      },
      { onSuccess: (client) => onCreated(client) },
    );
  });

  const dateFormat = locale === 'de' ? 'DD.MM.YYYY' : 'D MMM YYYY';
  const detail = errorDetail(create.error);

  return (
    <form onSubmit={submit} noValidate data-testid="client-form">
      <Stack gap="md">
        <TextInput
          label={t.clientForm.name}
          placeholder={t.clientForm.namePlaceholder}
          withAsterisk
          maxLength={LIMITS.name}
          data-autofocus
          data-testid="client-name"
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={2} spacing="md">
          <DatePickerInput
            label={t.clientForm.since}
            description={t.clientForm.sinceHint}
            valueFormat={dateFormat}
            leftSection={<IconCalendar size={16} stroke={1.6} />}
            maxDate={todayIso()}
            withAsterisk
            data-testid="client-since"
            {...form.getInputProps('since')}
          />
          <DatePickerInput
            label={t.clientForm.renewal}
            description={t.app.optional}
            placeholder={t.clientForm.renewalPlaceholder}
            valueFormat={dateFormat}
            leftSection={<IconCalendar size={16} stroke={1.6} />}
            clearable
            {...form.getInputProps('renewalDate')}
          />
        </SimpleGrid>
        <TextInput
          label={t.clientForm.owner}
          description={t.clientForm.ownerHint}
          maxLength={LIMITS.name}
          data-testid="client-owner"
          {...form.getInputProps('owner')}
        />
        <Input.Wrapper label={t.clientForm.cadence} description={t.clientForm.cadenceHint} inputWrapperOrder={['label', 'description', 'input']}>
          <SimpleGrid cols={2} spacing="md" mt={6}>
            <NumberInput label={t.clientForm.cadenceIdeal} min={1} max={730} allowDecimal={false} {...form.getInputProps('cadenceIdealDays')} />
            <NumberInput label={t.clientForm.cadenceMax} min={1} max={1460} allowDecimal={false} {...form.getInputProps('cadenceMaxDays')} />
          </SimpleGrid>
        </Input.Wrapper>
        {create.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(t, create.error)}
            {detail ? ` ${detail}` : ''}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t.app.cancel}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="client-submit">
            {t.clientForm.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

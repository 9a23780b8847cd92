import { Button, Group, Input, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceDesktop, IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { LedgerStatus, Settings as SettingsValue } from '../../../../src/contract/schemas.ts';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { useDisconnectLedger, useMayManage } from '../../api/agency.ts';
import { useSettings, useUpdateSettings } from '../../api/queries.ts';
import { ErrorAlert, errorDetail, errorMessage } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { HealthWeightsForm } from '../../components/Health/HealthWeights.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { PageHeader } from '../../components/PageHeader/PageHeader.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { LOCALES, type Locale } from '../../i18n/messages.ts';
import { SettingsSection } from './SettingsSection.tsx';
import classes from './Settings.module.css';
import { ImportSection } from './ImportSection.tsx';
import { ExportSection } from './ExportSection.tsx';
import { TeamSection } from './TeamSection.tsx';
import { SecuritySection } from './SecuritySection.tsx';
import { BackupsSection } from './BackupsSection.tsx';

interface Values {
  agencyName: string;
  defaultCadenceIdealDays: number | string;
  defaultCadenceMaxDays: number | string;
  autoLockMinutes: number | string;
}

const toValues = (s: SettingsValue): Values => ({
  agencyName: s.agencyName ?? '',
  defaultCadenceIdealDays: s.defaultCadenceIdealDays,
  defaultCadenceMaxDays: s.defaultCadenceMaxDays,
  autoLockMinutes: s.autoLockMinutes,
});

function LedgerSettings({ settings }: { settings: SettingsValue }) {
  const { t } = useI18n();
  const update = useUpdateSettings();
  // On the agency's ledger only owners change its settings (the engine refuses others: FORBIDDEN).
  const mayManage = useMayManage();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: toValues(settings),
    validate: {
      defaultCadenceMaxDays: (v, values) => (Number(v) < Number(values.defaultCadenceIdealDays) ? t.settings.maxBeforeIdeal : null),
    },
  });
  // When the stored settings change (saved here or elsewhere), the form starts from them again.
  useEffect(() => {
    form.setInitialValues(toValues(settings));
    form.setValues(toValues(settings));
  }, [settings]);

  const submit = form.onSubmit((values) =>
    update.mutate(
      {
        agencyName: values.agencyName,
        defaultCadenceIdealDays: Number(values.defaultCadenceIdealDays),
        defaultCadenceMaxDays: Number(values.defaultCadenceMaxDays),
        autoLockMinutes: Number(values.autoLockMinutes),
      },
      { onSuccess: () => notifications.show({ color: 'petrol', message: t.settings.saved }) },
    ),
  );
  const detail = errorDetail(update.error);

  return (
    <form onSubmit={submit} noValidate data-testid="settings-form">
      <fieldset disabled={!mayManage} className={classes.fieldset}>
      <Stack gap="md">
        <SettingsSection title={t.settings.agency} hint={t.settings.agencyHint}>
          <TextInput label={t.settings.agencyName} maxLength={LIMITS.name} data-testid="settings-agency" {...form.getInputProps('agencyName')} />
        </SettingsSection>
        <SettingsSection title={t.settings.cadence} hint={t.settings.cadenceHint}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NumberInput label={t.settings.cadenceIdeal} min={1} max={730} allowDecimal={false} {...form.getInputProps('defaultCadenceIdealDays')} />
            <NumberInput label={t.settings.cadenceMax} min={1} max={1460} allowDecimal={false} {...form.getInputProps('defaultCadenceMaxDays')} />
          </SimpleGrid>
        </SettingsSection>
        <SettingsSection title={t.settings.security} hint={t.settings.autoLockHint}>
          <NumberInput label={t.settings.autoLock} min={1} max={240} allowDecimal={false} maw={260} data-testid="settings-autolock" {...form.getInputProps('autoLockMinutes')} />
        </SettingsSection>
        {update.isError ? (
          <Text c="red" size="sm" role="alert">
            {errorMessage(t, update.error)}
            {detail ? ` ${detail}` : ''}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={update.isPending} disabled={!form.isDirty()} data-testid="settings-save">
            {t.settings.save}
          </Button>
        </Group>
        {mayManage ? null : <Text size="xs" c="dimmed" ta="right">{t.agency.team.ownerOnly}</Text>}
      </Stack>
      </fieldset>
    </form>
  );
}

function UseLocalLedger() {
  const { t } = useI18n();
  const disconnect = useDisconnectLedger();
  return (
    <Group>
      <Button variant="default" size="xs" leftSection={<IconDeviceDesktop size={14} />} loading={disconnect.isPending}
        onClick={() => disconnect.mutate()} data-testid="settings-use-local">
        {t.agency.unlock.useLocal}
      </Button>
    </Group>
  );
}

export function Settings({ status }: { status: LedgerStatus }) {
  const { t, locale, setLocale } = useI18n();
  const settings = useSettings();
  const mayManage = useMayManage();
  const { colorScheme, setColorScheme } = useMantineColorScheme();

  return (
    <>
      <PageHeader title={t.settings.title} subtitle={t.settings.subtitle} />
      <Stack gap="md">
        {settings.isPending ? <LoadingRows rows={3} /> : null}
        {settings.isError ? <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} /> : null}
        {settings.data ? <LedgerSettings settings={settings.data} /> : null}
        {/* ---- health weights (components/Health): their own Save, every score changes with them ---- */}
        {settings.data ? (
          <SettingsSection title={t.health.weightsTitle} hint={t.health.weightsHint}>
            <fieldset disabled={!mayManage} className={classes.fieldset}>
              <HealthWeightsForm weights={settings.data.healthWeights} />
            </fieldset>
          </SettingsSection>
        ) : null}
        {/* ---- end health weights ---- */}
        <SettingsSection title={t.settings.appearance} hint={t.settings.appearanceHint}>
          <Input.Wrapper label={t.prefs.language}>
            <SegmentedControl
              display="flex"
              w="fit-content"
              mt={4}
              value={locale}
              onChange={(v) => setLocale(v as Locale)}
              data={LOCALES.map((l) => ({ value: l, label: l === 'de' ? 'Deutsch' : 'English' }))}
              aria-label={t.prefs.language}
            />
          </Input.Wrapper>
          <Input.Wrapper label={t.prefs.appearance}>
            <SegmentedControl
              display="flex"
              w="fit-content"
              mt={4}
              value={colorScheme}
              onChange={(v) => setColorScheme(v as MantineColorScheme)}
              data={[
                { value: 'light', label: t.prefs.light },
                { value: 'dark', label: t.prefs.dark },
                { value: 'auto', label: t.prefs.auto },
              ]}
              aria-label={t.prefs.appearance}
              data-testid="settings-scheme"
            />
          </Input.Wrapper>
        </SettingsSection>
        {/* Keeping the ledger safe, then moving data in and out of it. */}
        {status.server ? <TeamSection /> : null}
        <SecuritySection status={status} />
        {/* Backups are a ledger file's own (the agency's server is backed up by its administrator). */}
        {status.server ? null : <BackupsSection />}
        <ImportSection />
        <ExportSection />
        <SettingsSection title={t.settings.ledger}>
          <Input.Wrapper label={status.server ? t.agency.frame.shared : t.settings.ledgerFile}>
            <Text size="sm" c="dimmed" className={classes.file} data-testid="settings-ledger-name">
              {status.fileName}
            </Text>
          </Input.Wrapper>
          {status.server?.chosen ? <UseLocalLedger /> : null}
        </SettingsSection>
      </Stack>
    </>
  );
}

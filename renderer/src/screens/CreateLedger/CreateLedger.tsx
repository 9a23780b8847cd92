import { Button, Checkbox, PasswordInput, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { LedgerStatus } from '../../../../src/contract/schemas.ts';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { useCreateLedger } from '../../api/queries.ts';
import { Working } from '../../components/AuthLayout/AuthLayout.tsx';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { PassphraseStrength } from '../../components/PassphraseStrength/PassphraseStrength.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** First run, "On this computer": a new encrypted ledger file under a passphrase. */
export function CreateLedgerForm({ status }: { status: LedgerStatus }) {
  const { t } = useI18n();
  const create = useCreateLedger();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [remember, setRemember] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const min = LIMITS.passphraseMin;

  const tooShort = passphrase.length < min;
  const mismatch = confirm !== passphrase;
  const passphraseError = submitted && tooShort ? t.create.tooShort(min) : null;
  const confirmError = submitted && !tooShort && mismatch ? t.create.mismatch : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (tooShort || mismatch || create.isPending) return;
    create.mutate({ passphrase, remember: status.canRemember && remember });
  };

  return (
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Stack gap="xs">
            <PasswordInput
              label={t.create.passphrase}
              description={t.create.passphraseHint(min)}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              error={passphraseError}
              autoFocus
              autoComplete="new-password"
              disabled={create.isPending}
              data-testid="create-passphrase"
            />
            <PassphraseStrength value={passphrase} min={min} />
          </Stack>
          <PasswordInput
            label={t.create.confirm}
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={confirmError}
            autoComplete="new-password"
            disabled={create.isPending}
            data-testid="create-confirm"
          />
          {status.canRemember ? (
            <Checkbox
              label={t.create.remember}
              description={t.create.rememberHint}
              checked={remember}
              onChange={(e) => setRemember(e.currentTarget.checked)}
              disabled={create.isPending}
            />
          ) : null}
          {create.isError ? <ErrorAlert error={create.error} title={t.create.title} /> : null}
          {create.isPending ? <Working label={t.create.working} /> : null}
          <Button type="submit" fullWidth leftSection={<IconLock size={16} />} loading={create.isPending}>
            {t.create.submit}
          </Button>
        </Stack>
      </form>
  );
}

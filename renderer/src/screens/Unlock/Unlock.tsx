import { Alert, Button, Checkbox, Divider, PasswordInput, Stack } from '@mantine/core';
import { IconDeviceDesktop, IconDeviceLaptop, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import type { LedgerStatus } from '../../../../src/contract/schemas.ts';
import { isApiError } from '../../api/client.ts';
import { useDisconnectLedger } from '../../api/agency.ts';
import { useUnlock } from '../../api/queries.ts';
import { AuthLayout, Working } from '../../components/AuthLayout/AuthLayout.tsx';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function Unlock({ status, lockReason = null }: { status: LedgerStatus; lockReason?: string | null }) {
  const { t } = useI18n();
  const unlock = useUnlock();
  const disconnect = useDisconnectLedger();
  // The agency's shared ledger opens with the login's password, not a passphrase of a file.
  const server = status.server ? t.agency.unlock : null;
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const wrongKey = isApiError(unlock.error) && unlock.error.code === 'WRONG_KEY_OR_DAMAGED';
  const otherError = unlock.isError && !wrongKey;
  const offerRemember = status.canRemember && !status.remembered;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (unlock.isPending) return;
    if (!passphrase) {
      setEmpty(true);
      input.current?.focus();
      return;
    }
    unlock.mutate(
      { method: 'passphrase', passphrase, ...(offerRemember && remember ? { remember: true } : {}) },
      {
        onSuccess: () => setPassphrase(''),
        // Keep what was typed, selected, so the next attempt starts by typing over it.
        onError: () => requestAnimationFrame(() => input.current?.select()),
      },
    );
  };

  return (
    <AuthLayout
      title={server?.title ?? t.unlock.title}
      intro={server?.subtitle ?? t.unlock.subtitle}
      footer={server ? server.server(status.fileName) : t.unlock.fileName(status.fileName)}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {lockReason && t.unlock.lockedBecause[lockReason] ? (
            <Alert variant="light" color="petrol" icon={<IconLock size={16} />} data-testid="lock-reason">
              {t.unlock.lockedBecause[lockReason]}
            </Alert>
          ) : null}
          <PasswordInput
            ref={input}
            label={server?.password ?? t.unlock.passphrase}
            value={passphrase}
            onChange={(e) => {
              setPassphrase(e.currentTarget.value);
              setEmpty(false);
              if (unlock.isError) unlock.reset();
            }}
            error={wrongKey ? t.unlock.wrong : empty ? t.unlock.empty : null}
            autoFocus
            autoComplete="current-password"
            readOnly={unlock.isPending}
            data-testid="unlock-passphrase"
          />
          {offerRemember ? (
            <Checkbox
              label={t.unlock.remember}
              checked={remember}
              onChange={(e) => setRemember(e.currentTarget.checked)}
              disabled={unlock.isPending}
            />
          ) : null}
          {otherError ? <ErrorAlert error={unlock.error} title={t.unlock.title} /> : null}
          {unlock.isPending ? (
            <Working label={unlock.variables?.method === 'device' ? (server?.workingDevice ?? t.unlock.workingDevice) : (server?.working ?? t.unlock.working)} />
          ) : null}
          <Button type="submit" fullWidth leftSection={<IconLockOpen size={16} />} loading={unlock.isPending}>
            {t.unlock.submit}
          </Button>
          {status.remembered ? (
            <>
              <Divider label={t.unlock.or} labelPosition="center" />
              <Button
                variant="default"
                fullWidth
                leftSection={<IconDeviceLaptop size={16} />}
                onClick={() => unlock.mutate({ method: 'device' })}
                disabled={unlock.isPending}
              >
                {server?.withDevice ?? t.unlock.withDevice}
              </Button>
            </>
          ) : null}
          {status.server?.chosen ? (
            <Button variant="subtle" size="xs" leftSection={<IconDeviceDesktop size={14} />} onClick={() => disconnect.mutate()}
              loading={disconnect.isPending} disabled={unlock.isPending} data-testid="use-local-ledger">
              {server?.useLocal}
            </Button>
          ) : null}
        </Stack>
      </form>
    </AuthLayout>
  );
}

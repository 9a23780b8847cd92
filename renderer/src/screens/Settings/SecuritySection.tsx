// Settings → Security: change the passphrase (the data key is rewrapped, the ledger file stays as it is),
// "remember on this device" on and off, and "Lock now" with its shortcut. Passphrases live only in this
// component's state while typed, are cleared after each attempt's outcome, and each mutation is reset once
// it settles, so none stays in the query client.
import { Alert, Button, Divider, Group, Kbd, PasswordInput, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconKey, IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { LedgerStatus } from '../../../../src/contract/schemas.ts';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { isApiError } from '../../api/client.ts';
import { useChangePassphrase, useLock, useRememberDevice } from '../../api/queries.ts';
import { errorMessage } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { PassphraseStrength } from '../../components/PassphraseStrength/PassphraseStrength.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { modKeyLabel } from '../../lib/platform.ts';
import classes from './SecuritySection.module.css';
import { SettingsSection } from './SettingsSection.tsx';

const isWrongKey = (e: unknown) => isApiError(e) && e.code === 'WRONG_KEY_OR_DAMAGED';

function ChangePassphrase() {
  const { t } = useI18n();
  const s = t.security;
  const change = useChangePassphrase();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<{ field: 'current' | 'form'; message: string } | null>(null);
  const min = LIMITS.passphraseMin;

  const tooShort = next.length < min;
  const currentError = failure?.field === 'current' ? failure.message : submitted && current.length === 0 ? s.currentRequired : null;
  const nextError = submitted && tooShort ? t.create.tooShort(min) : submitted && next === current ? s.same : null;
  const repeatError = submitted && !tooShort && repeat !== next ? t.create.mismatch : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (current.length === 0 || tooShort || next === current || repeat !== next || change.isPending) return;
    change.mutate(
      { current, next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
          setSubmitted(false);
          notifications.show({ color: 'petrol', message: s.changed });
        },
        onError: (e) => {
          // A wrong current passphrase: only that field is cleared, so it can simply be typed again.
          if (isWrongKey(e)) {
            setCurrent('');
            setFailure({ field: 'current', message: s.wrongCurrent });
          } else {
            setFailure({ field: 'form', message: errorMessage(t, e) });
          }
        },
        onSettled: () => change.reset(),
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="security-change-form">
      <Stack gap="sm">
        <Text fw={600} size="sm">
          {s.changeTitle}
        </Text>
        <PasswordInput
          label={s.current}
          value={current}
          onChange={(e) => {
            setCurrent(e.currentTarget.value);
            if (failure?.field === 'current') setFailure(null);
          }}
          error={currentError}
          autoComplete="current-password"
          disabled={change.isPending}
          maw={420}
          data-testid="security-current"
        />
        <Stack gap="xs" maw={420}>
          <PasswordInput
            label={s.next}
            description={t.create.passphraseHint(min)}
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={nextError}
            autoComplete="new-password"
            disabled={change.isPending}
            data-testid="security-next"
          />
          <PassphraseStrength value={next} min={min} />
        </Stack>
        <PasswordInput
          label={s.repeat}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={repeatError}
          autoComplete="new-password"
          disabled={change.isPending}
          maw={420}
          data-testid="security-repeat"
        />
        {failure?.field === 'form' ? (
          <Text c="red" size="sm" role="alert">
            {failure.message}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" leftSection={<IconKey size={16} />} loading={change.isPending} data-testid="security-change">
            {change.isPending ? s.working : s.change}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RememberDevice({ status }: { status: LedgerStatus }) {
  const { t } = useI18n();
  const s = t.security;
  const remember = useRememberDevice();
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const available = status.canRemember;

  const settle = () => remember.reset();
  const turnOff = () => {
    setError(null);
    remember.mutate(
      { on: false },
      {
        onSuccess: () => notifications.show({ color: 'petrol', message: s.forgotten }),
        onError: (e) => setError(errorMessage(t, e)),
        onSettled: settle,
      },
    );
  };
  const turnOn = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length === 0 || remember.isPending) {
      setError(s.currentRequired);
      return;
    }
    setError(null);
    remember.mutate(
      { on: true, passphrase },
      {
        onSuccess: () => {
          setAsking(false);
          notifications.show({ color: 'petrol', message: s.remembered });
        },
        onError: (e) => setError(isWrongKey(e) ? t.errors.WRONG_KEY_OR_DAMAGED : errorMessage(t, e)),
        onSettled: () => {
          setPassphrase('');
          settle();
        },
      },
    );
  };
  const cancel = () => {
    setAsking(false);
    setPassphrase('');
    setError(null);
  };

  return (
    <Stack gap="sm">
      <Switch
        label={s.rememberTitle}
        // While the passphrase is asked for, the form below explains; otherwise the current state.
        description={asking || (!available && !status.remembered) ? undefined : status.remembered ? s.rememberOn : s.rememberOff}
        checked={status.remembered || asking}
        // Without a trustworthy keychain it can only be switched off (e.g. after the keychain changed).
        disabled={remember.isPending || (!available && !status.remembered)}
        onChange={(e) => {
          if (e.currentTarget.checked) {
            setAsking(true);
            setError(null);
          } else if (asking) cancel();
          else turnOff();
        }}
        data-testid="security-remember"
        data-remembered={status.remembered}
      />
      {!available ? (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} className={classes.note} data-testid="security-remember-unavailable">
          <Text size="sm">{s.rememberUnavailable}</Text>
        </Alert>
      ) : null}
      {asking && !status.remembered ? (
        <form onSubmit={turnOn} noValidate data-testid="security-remember-form">
          <Stack gap="xs" maw={420}>
            <PasswordInput
              label={t.unlock.passphrase}
              description={s.rememberConfirm}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              error={error}
              autoComplete="current-password"
              autoFocus
              disabled={remember.isPending}
              data-testid="security-remember-passphrase"
            />
            <Group gap="xs">
              <Button type="submit" size="sm" loading={remember.isPending} data-testid="security-remember-submit">
                {s.rememberSubmit}
              </Button>
              <Button variant="default" size="sm" onClick={cancel} disabled={remember.isPending}>
                {s.cancel}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : error ? (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

function LockNow() {
  const { t } = useI18n();
  const s = t.security;
  const lock = useLock();
  return (
    <Stack gap="xs" align="flex-start">
      <Text fw={600} size="sm">
        {s.lockTitle}
      </Text>
      <Text size="sm" c="dimmed">
        {s.lockHint}
      </Text>
      <Button
        variant="default"
        leftSection={<IconLock size={16} />}
        rightSection={
          <Group gap={3} wrap="nowrap" aria-hidden="true">
            <Kbd size="xs">{modKeyLabel}</Kbd>
            <Kbd size="xs">L</Kbd>
          </Group>
        }
        onClick={() => {
          if (!lock.isPending) lock.mutate();
        }}
        loading={lock.isPending}
        aria-keyshortcuts="Control+L Meta+L"
        data-testid="security-lock-now"
      >
        {s.lockNow}
      </Button>
    </Stack>
  );
}

export function SecuritySection({ status }: { status: LedgerStatus }) {
  const { t } = useI18n();
  return (
    <SettingsSection title={t.security.title} hint={t.security.hint} gap="lg" data-testid="security-section">
      <ChangePassphrase />
      <Divider />
      {/* The shared ledger's password is remembered when connecting (first-run screen), not here. */}
      {status.server ? null : (
        <>
          <RememberDevice status={status} />
          <Divider />
        </>
      )}
      <LockNow />
    </SettingsSection>
  );
}

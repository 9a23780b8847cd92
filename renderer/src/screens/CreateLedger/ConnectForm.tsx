import { Button, Checkbox, FileInput, Group, NumberInput, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconCertificate, IconPlugConnected } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { LedgerStatus } from '../../../../src/contract/schemas.ts';
import { useConnectLedger } from '../../api/agency.ts';
import { Working } from '../../components/AuthLayout/AuthLayout.tsx';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const PEM = /^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/;
const MAX_CA_BYTES = 64_000;

type Fields = { host: string; port: number; database: string; login: string; password: string };
const REQUIRED = ['host', 'database', 'login', 'password'] as const;

/** First run, "The agency's ledger": where the server is and who you are; proven before anything is kept. */
export function ConnectForm({ status }: { status: LedgerStatus }) {
  const { t } = useI18n();
  const c = t.agency.connect;
  const connect = useConnectLedger();
  const [fields, setFields] = useState<Fields>({ host: '', port: 5432, database: '', login: '', password: '' });
  const [ca, setCa] = useState<{ file: File; pem: string | null } | null>(null);
  const [remember, setRemember] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const set = <K extends keyof Fields>(key: K) => (value: Fields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    if (connect.isError) connect.reset();
  };
  const missing = (key: (typeof REQUIRED)[number]) => (submitted && !String(fields[key]).trim() ? c.required : null);

  const pickCa = async (file: File | null) => {
    if (!file) return setCa(null);
    const text = file.size <= MAX_CA_BYTES ? await file.text() : '';
    setCa({ file, pem: PEM.test(text) ? text : null });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (connect.isPending || REQUIRED.some((key) => !String(fields[key]).trim()) || (ca && !ca.pem)) return;
    connect.mutate({
      host: fields.host.trim(), port: fields.port, database: fields.database.trim(), login: fields.login.trim(),
      password: fields.password, remember: status.canRemember && remember, ...(ca?.pem ? { ca: ca.pem } : {}),
    });
  };

  const busy = connect.isPending;
  return (
    <form onSubmit={onSubmit} noValidate data-testid="connect-form">
      <Stack gap="sm">
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }} label={c.host} placeholder={c.hostHint} value={fields.host} autoFocus required
            onChange={(e) => set('host')(e.currentTarget.value)} error={missing('host')} disabled={busy}
            autoComplete="off" spellCheck={false} data-testid="connect-host"
          />
          <NumberInput
            w={96} label={c.port} value={fields.port} min={1} max={65535} allowDecimal={false} hideControls
            onChange={(v) => set('port')(typeof v === 'number' ? v : 5432)} disabled={busy} data-testid="connect-port"
          />
        </Group>
        <TextInput
          label={c.database} value={fields.database} required onChange={(e) => set('database')(e.currentTarget.value)}
          error={missing('database')} disabled={busy} autoComplete="off" spellCheck={false} data-testid="connect-database"
        />
        <TextInput
          label={c.login} value={fields.login} required onChange={(e) => set('login')(e.currentTarget.value)}
          error={missing('login')} disabled={busy} autoComplete="username" spellCheck={false} data-testid="connect-login"
        />
        <PasswordInput
          label={c.password} value={fields.password} required onChange={(e) => set('password')(e.currentTarget.value)}
          error={missing('password')} disabled={busy} autoComplete="current-password" data-testid="connect-password"
        />
        <FileInput
          label={c.ca} description={c.caHint} placeholder={c.caPick} accept=".pem,.crt,.cer" clearable
          leftSection={<IconCertificate size={16} />} value={ca?.file ?? null} onChange={(f) => void pickCa(f)}
          error={ca && !ca.pem ? c.caUnreadable : null} disabled={busy} data-testid="connect-ca"
        />
        {status.canRemember ? (
          <Checkbox label={c.remember} description={c.rememberHint} checked={remember} disabled={busy}
            onChange={(e) => setRemember(e.currentTarget.checked)} data-testid="connect-remember" />
        ) : (
          <Text size="xs" c="dimmed">{c.rememberUnavailable}</Text>
        )}
        {connect.isError ? <ErrorAlert error={connect.error} title={c.title} /> : null}
        {busy ? <Working label={c.working} /> : null}
        <Button type="submit" fullWidth leftSection={<IconPlugConnected size={16} />} loading={busy} data-testid="connect-submit">
          {c.submit}
        </Button>
      </Stack>
    </form>
  );
}

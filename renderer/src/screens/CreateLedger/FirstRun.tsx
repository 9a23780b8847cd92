import { SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import type { LedgerStatus } from '../../../../src/contract/schemas.ts';
import { AuthLayout } from '../../components/AuthLayout/AuthLayout.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ConnectForm } from './ConnectForm.tsx';
import { CreateLedgerForm } from './CreateLedger.tsx';

type Where = 'local' | 'server';

/** First run: a ledger on this computer, or the agency's shared one on its server. */
export function FirstRun({ status }: { status: LedgerStatus }) {
  const { t } = useI18n();
  const [where, setWhere] = useState<Where>('local');
  const local = where === 'local';
  return (
    <AuthLayout
      title={local ? t.create.title : t.agency.connect.title}
      intro={local ? t.create.intro : t.agency.connect.intro}
      footer={local ? t.create.fileName(status.fileName) : t.agency.connect.privacy}
    >
      <SegmentedControl
        fullWidth
        value={where}
        onChange={(value) => setWhere(value as Where)}
        aria-label={t.agency.choice.label}
        data={[
          { value: 'local', label: t.agency.choice.local },
          { value: 'server', label: t.agency.choice.server },
        ]}
        data-testid="first-run-choice"
      />
      {local ? <CreateLedgerForm status={status} /> : <ConnectForm status={status} />}
    </AuthLayout>
  );
}

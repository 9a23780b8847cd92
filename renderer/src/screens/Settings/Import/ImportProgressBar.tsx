// The rows of a big file checked and written, while a dry run or the import runs: the engine pushes
// `import:progress` about a hundred times per pass. Shown only while `running`; a late push changes nothing.
import { Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../../../../src/contract/transfer.ts';
import { listenForImportProgress } from '../../../api/queries.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';

export function ImportProgressBar({ running }: { running: boolean }) {
  const { t, fmt } = useI18n();
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  useEffect(() => {
    if (!running) {
      setProgress(null);
      return undefined;
    }
    return listenForImportProgress(setProgress);
  }, [running]);

  if (!running || !progress || progress.total === 0) return null;
  // Two passes, one bar: checking fills the first half, writing the second.
  const share = progress.done / progress.total;
  const value = (progress.stage === 'checking' ? share / 2 : 0.5 + share / 2) * 100;
  return (
    <Stack gap={4} data-testid="import-progress">
      <Progress value={value} size="sm" animated aria-label={t.dataImport.check} />
      <Text size="xs" c="dimmed">
        {t.dataImport.progress(progress.stage, fmt.number(progress.done), fmt.number(progress.total))}
      </Text>
    </Stack>
  );
}

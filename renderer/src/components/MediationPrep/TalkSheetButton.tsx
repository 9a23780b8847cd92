// "Export talk sheet": saves what was typed last, then has the engine render the sheet in the UI's
// language and save it where the save dialog says; a notification tells how it went.
import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { isApiError } from '../../api/client.ts';
import { useExportTalkSheet } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function TalkSheetButton({ prepId, flush }: { prepId: number; flush: () => Promise<unknown> }) {
  const { t, locale } = useI18n();
  const exporting = useExportTalkSheet();
  const l = t.prep.talkSheet;
  const run = async () => {
    try {
      await flush();
      const result = await exporting.mutateAsync({ prepId, lang: locale });
      notifications.show(
        result.saved ? { color: 'petrol', message: l.saved(result.fileName, result.pages) } : { color: 'gray', message: l.cancelled },
      );
    } catch (error) {
      notifications.show({
        color: 'red',
        title: l.failed,
        message: isApiError(error) ? error.message : String(error),
      });
    }
  };
  return (
    <Tooltip label={l.hint} withinPortal>
      <Button
        variant="default"
        size="compact-sm"
        h={30}
        leftSection={<IconFileTypePdf size={16} stroke={1.6} />}
        loading={exporting.isPending}
        onClick={() => void run()}
        data-testid="prep-talk-sheet"
      >
        {l.action}
      </Button>
    </Tooltip>
  );
}

// The event changed since the editor opened it (a colleague on the shared ledger, the CLI, another window):
// the save was refused and nothing was written. Both versions are on screen, the person's own still in the
// form, and they choose: save theirs over it, or take the saved one.
import { Alert, Blockquote, Button, Group, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../../../../src/contract/events.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function ConflictNotice({ theirs, onKeepMine, onTakeTheirs }: {
  theirs: TimelineEvent;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t, fmt } = useI18n();
  const when = fmt.since(theirs.updatedAt);
  const who = theirs.changedBy?.name;
  const ref = useRef<HTMLDivElement>(null);
  // The save button is at the bottom of a long form; the notice is at its top. Bring it into view.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
  }, [theirs.updatedAt]);
  return (
    <Alert ref={ref} color="orange" variant="light" icon={<IconGitMerge size={18} />} role="alert" data-testid="editor-conflict">
      <Stack gap="xs">
        <Text size="sm" fw={600}>{who ? t.editor.conflict.byPerson(who, when) : t.editor.conflict.elsewhere(when)}</Text>
        <Text size="sm">{t.editor.conflict.kept}</Text>
        <Text size="xs" c="dimmed">{t.editor.conflict.theirs}</Text>
        <Blockquote p="xs" data-testid="editor-conflict-theirs">
          <Text size="sm" fw={600}>{theirs.title}</Text>
          {theirs.body ? <Text size="sm" lineClamp={4}>{theirs.body}</Text> : null}
        </Blockquote>
        <Group gap="sm">
          <Button size="xs" onClick={onKeepMine} data-testid="editor-conflict-keep-mine">{t.editor.conflict.keepMine}</Button>
          <Button size="xs" variant="default" onClick={onTakeTheirs} data-testid="editor-conflict-take-theirs">{t.editor.conflict.takeTheirs}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}

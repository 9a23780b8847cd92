import { Button, Group, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';

/** A confirmation with an Undo button, as the message of a notification. */
export function UndoToast({ message, undoLabel, onUndo }: { message: string; undoLabel: string; onUndo: () => void }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="reminder-toast">
      <Text size="sm">{message}</Text>
      <Button size="compact-sm" variant="subtle" leftSection={<IconArrowBackUp size={14} />} onClick={onUndo} data-testid="reminder-undo">
        {undoLabel}
      </Button>
    </Group>
  );
}

// An editable list of short texts (facts, options, criteria, questions …): add, edit, remove; Enter in a
// row starts the next one.
import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const MAX_ITEMS = 30;

interface ListEditorProps {
  items: readonly string[];
  onChange: (items: string[]) => void;
  addLabel: string;
  placeholder?: string | undefined;
  /** Read by screen readers for each row: "Fact 2". */
  itemLabel: (n: number) => string;
  testId: string;
  empty?: string | undefined;
}

export function ListEditor({ items, onChange, addLabel, placeholder, itemLabel, testId, empty }: ListEditorProps) {
  const { t } = useI18n();
  const refs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const focusNext = useRef<number | null>(null);

  useEffect(() => {
    if (focusNext.current !== null) {
      refs.current[focusNext.current]?.focus();
      focusNext.current = null;
    }
  });

  const set = (i: number, value: string) => onChange(items.map((x, j) => (j === i ? value : x)));
  const add = (at = items.length) => {
    if (items.length >= MAX_ITEMS) return;
    focusNext.current = at;
    onChange([...items.slice(0, at), '', ...items.slice(at)]);
  };
  const remove = (i: number) => onChange(items.filter((_, j) => j !== i));

  return (
    <Stack gap={6} data-testid={testId}>
      {items.length === 0 && empty ? (
        <Text size="xs" c="dimmed" fs="italic">
          {empty}
        </Text>
      ) : null}
      {items.map((item, i) => (
        <Group key={i} gap={4} wrap="nowrap" align="flex-start">
          <Textarea
            ref={(el) => {
              refs.current[i] = el;
            }}
            value={item}
            onChange={(e) => set(i, e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                add(i + 1);
              }
            }}
            placeholder={i === 0 ? placeholder : undefined}
            aria-label={itemLabel(i + 1)}
            autosize
            minRows={1}
            maxRows={6}
            maxLength={LIMITS.shortText}
            style={{ flex: 1 }}
            data-testid={`${testId}-item`}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={6}
            onClick={() => remove(i)}
            aria-label={t.prep.list.remove(itemLabel(i + 1))}
            data-testid={`${testId}-remove`}
          >
            <IconX size={15} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={() => add()}
          disabled={items.length >= MAX_ITEMS}
          data-testid={`${testId}-add`}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

// Small pieces every writing form shares (events, contacts, clients): the locale's date and number
// formats, a character counter that appears near a limit, the discard-changes dialog, and the mapping of
// an engine INVALID reply ("event.endsOn: A project cannot end before it starts.") onto the form field.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { isApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/messages.ts';

/** dayjs formats for Mantine's date inputs (the DatesProvider sets the dayjs locale). */
export const dateValueFormat = (locale: Locale): string => (locale === 'de' ? 'DD.MM.YYYY' : 'D MMM YYYY');

/** Separators for NumberInput, so 1.500,5 reads right in German and 1,500.5 in English. */
export const numberSeparators = (locale: Locale) =>
  locale === 'de' ? { thousandSeparator: '.', decimalSeparator: ',' } : { thousandSeparator: ',', decimalSeparator: '.' };

/** The length the engine checks: it trims first. */
export const textLength = (s: string): number => s.trim().length;

/** "Too long" for a text field, or null. */
export function tooLong(t: Messages, fmtNumber: (n: number) => string, value: string, max: number): string | null {
  return textLength(value) > max ? t.editor.errors.tooLong(fmtNumber(max)) : null;
}

/**
 * A counter under a text field that shows itself from 80 % of the limit on, turns orange near the end and
 * red beyond it. The field's own error says what to do; the counter says how far off it is.
 */
export function WithCounter({ value, max, children, testId }: { value: string; max: number; children: ReactNode; testId?: string }) {
  const { t, fmt } = useI18n();
  const length = textLength(value);
  const show = length >= Math.floor(max * 0.8);
  const color = length > max ? 'red' : length >= max * 0.95 ? 'orange' : 'dimmed';
  return (
    <div>
      {children}
      {show ? (
        <Text size="xs" c={color} ta="right" mt={4} aria-live="polite" data-testid={testId}>
          {t.editor.counter(fmt.number(length), fmt.number(max))}
        </Text>
      ) : null}
    </div>
  );
}

export interface FieldIssue {
  /** The path inside the submitted object, the envelope (`event.`, `patch.`) taken off: `endsOn`, `rootCauses.2.note`. */
  path: string;
  message: string;
}

/** The issues of an INVALID reply: "path: message; path: message". Empty for other errors. */
export function invalidIssues(error: unknown): FieldIssue[] {
  if (!isApiError(error) || error.code !== 'INVALID' || !error.message) return [];
  return error.message
    .split('; ')
    .map((part) => {
      const colon = part.indexOf(': ');
      if (colon < 0) return { path: '', message: part };
      const path = part.slice(0, colon).replace(/^(event|patch)\./, '');
      return { path, message: part.slice(colon + 2) };
    });
}

/**
 * The engine's English rule text, in the user's language where we know the rule; otherwise the
 * engine's own wording behind a localised "not valid".
 */
export function localizeIssue(t: Messages, fmtNumber: (n: number) => string, message: string): string {
  const e = t.editor.errors;
  const max = /^At most (\d+) characters\.$/.exec(message);
  if (max) return e.tooLong(fmtNumber(Number(max[1])));
  switch (message) {
    case 'This field is required.':
      return e.required;
    case 'A project cannot end before it starts.':
      return e.endBeforeStart;
    case 'It cannot be resolved before it began.':
      return e.resolvedBeforeStart;
    case 'When was it resolved?':
      return e.resolvedOnRequired;
    case 'How was it resolved?':
      return e.resolutionRequired;
    case 'This day does not exist.':
    case 'Use the form YYYY-MM-DD.':
      return e.invalidDate;
    case 'Each emotion once.':
      return e.emotionTwice;
    case 'participants must be contacts of this client.':
      return e.participants;
    case 'The maximum must not be shorter than the ideal.':
      return t.clientForm.maxBeforeIdeal;
    default:
      return e.generic(message);
  }
}

/**
 * Put an INVALID reply's issues on the form's fields. `mapPath` turns an engine path into a form path
 * (or null when the form has no such field). Returns the issues that found no field, for a form-level
 * message, so the user always sees where.
 */
export function applyIssues(
  error: unknown,
  setFieldError: (path: string, message: string) => void,
  mapPath: (path: string) => string | null,
  t: Messages,
  fmtNumber: (n: number) => string,
): FieldIssue[] {
  const unplaced: FieldIssue[] = [];
  for (const issue of invalidIssues(error)) {
    const target = issue.path ? mapPath(issue.path) : null;
    const message = localizeIssue(t, fmtNumber, issue.message);
    if (target) setFieldError(target, message);
    else unplaced.push({ ...issue, message });
  }
  return unplaced;
}

/** "Discard your changes?": asked when a dirty form is closed. */
export function DiscardDialog({
  opened, text, onKeep, onDiscard, discardLabel, extra,
}: { opened: boolean; text: string; onKeep: () => void; onDiscard: () => void; discardLabel?: string; extra?: ReactNode }) {
  const { t } = useI18n();
  return (
    // Escape answers "keep editing", but only a key pressed inside this dialog: the Escape that closed
    // the form and opened this question must not also close it again (closeOnEscape would see it too).
    <Modal opened={opened} onClose={onKeep} closeOnEscape={false} title={t.editor.unsavedTitle} size={extra ? 600 : 'md'} centered zIndex={400}>
      <Stack
        gap="lg"
        data-testid="discard-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onKeep();
          }
        }}
      >
        <Text size="sm">{text}</Text>
        <Group justify="flex-end" gap="sm" wrap={extra ? 'nowrap' : 'wrap'}>
          <Button variant={extra ? 'subtle' : 'filled'} color="red" onClick={onDiscard} data-testid="discard-confirm" mr={extra ? 'auto' : undefined}>
            {discardLabel ?? t.editor.discard}
          </Button>
          <Button variant="default" onClick={onKeep} data-autofocus data-testid="discard-keep">
            {t.editor.keepEditing}
          </Button>
          {extra}
        </Group>
      </Stack>
    </Modal>
  );
}

// The phrasing coach in the UI: a text field whose draft is read live by the domain's rule-based coach
// (checkPhrasing). Flagged words are marked in a preview of the draft, rendered as runs of text (never as
// HTML), and each flag is listed with its explanation and the I-statement shape, in the UI language.
import { Badge, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconBulb, IconCircleCheck, IconMessageExclamation } from '@tabler/icons-react';
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { checkPhrasing, type FlagKind, type PhrasingFlag } from '../../../../src/domain/mediation/index.ts';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/messages.ts';
import { segmentsOf } from './segments.ts';
import classes from './PhrasingCoach.module.css';

export const FLAG_COLORS: Record<FlagKind, string> = {
  absolute: 'yellow',
  blaming_you: 'red',
  label: 'grape',
  demand: 'orange',
};

/** The coach's flags for a draft, computed from a deferred copy so typing never waits for the rules. */
export function useCoach(text: string, lang: Locale): { text: string; flags: PhrasingFlag[] } {
  const deferred = useDeferredValue(text);
  const flags = useMemo(() => (deferred.trim() ? checkPhrasing(deferred, lang) : []), [deferred, lang]);
  return { text: deferred, flags };
}

/** The draft with its flagged words marked; the innermost flag decides a run's colour. */
export function MarkedDraft({ text, flags }: { text: string; flags: readonly PhrasingFlag[] }) {
  const { t } = useI18n();
  const segments = useMemo(() => segmentsOf(text, flags), [text, flags]);
  return (
    <Text component="div" className={classes.preview} data-testid="coach-preview">
      {segments.map((s) => {
        if (s.flags.length === 0) return <span key={s.start}>{s.text}</span>;
        const innermost = s.flags
          .map((i) => flags[i] as PhrasingFlag)
          .sort((a, b) => a.end - a.start - (b.end - b.start))[0] as PhrasingFlag;
        return (
          <mark
            key={s.start}
            className={classes.mark}
            data-kind={innermost.kind}
            data-testid="coach-mark"
            title={s.kinds.map((k) => t.coach.kinds[k]).join(' · ')}
          >
            {s.text}
          </mark>
        );
      })}
    </Text>
  );
}

/** What the coach says about a draft: nothing for an empty one, a quiet tick for a clean one, else the flags. */
export function CoachFeedback({ text, flags, testId }: { text: string; flags: readonly PhrasingFlag[]; testId?: string | undefined }) {
  const { t, locale } = useI18n();
  if (!text.trim()) return null;
  if (flags.length === 0) {
    return (
      <Group gap={5} className={classes.clean} data-testid={testId} data-flags="0" aria-live="polite">
        <IconCircleCheck size={14} stroke={1.8} />
        <Text size="xs" c="inherit">
          {t.coach.clean}
        </Text>
      </Group>
    );
  }
  return (
    <div className={classes.feedback} data-testid={testId} data-flags={flags.length} aria-live="polite">
      <Group gap={6} mb={6} wrap="nowrap">
        <IconMessageExclamation size={16} stroke={1.7} color="var(--mantine-color-orange-6)" style={{ flex: 'none' }} />
        <Text size="xs" fw={600}>
          {t.coach.found(flags.length)}
        </Text>
      </Group>
      <MarkedDraft text={text} flags={flags} />
      <Stack gap={6} mt={8}>
        {flags.map((f) => (
          <div key={`${f.start}-${f.end}-${f.kind}`} className={classes.flag} data-testid="coach-flag" data-kind={f.kind}>
            <Group gap={6} wrap="nowrap" align="baseline">
              <Badge size="xs" color={FLAG_COLORS[f.kind]} variant="light" style={{ flex: 'none' }}>
                {t.coach.kinds[f.kind]}
              </Badge>
              <Text size="xs" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {t.coach.quote(f.match)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed" mt={4} data-testid="coach-explanation">
              {f.explanation[locale]}
            </Text>
            <Group gap={6} wrap="nowrap" align="flex-start" className={classes.suggestion}>
              <IconBulb size={14} stroke={1.7} className={classes.suggestionIcon} />
              <Text size="xs" inherit data-testid="coach-suggestion">
                {f.suggestion[locale]}
              </Text>
            </Group>
          </div>
        ))}
      </Stack>
    </div>
  );
}

interface CoachedTextareaProps {
  label: ReactNode;
  description?: ReactNode;
  placeholder?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** The language the draft is written in (the rules differ); explanations follow the UI language. */
  lang: Locale;
  testId: string;
  minRows?: number;
  max?: number;
}

/** A text field for something to be said in the talk, read live by the phrasing coach. */
export function CoachedTextarea({ label, description, placeholder, value, onChange, lang, testId, minRows = 2, max = LIMITS.shortText }: CoachedTextareaProps) {
  const coach = useCoach(value, lang);
  return (
    <div>
      <Textarea
        label={label}
        description={description}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        autosize
        minRows={minRows}
        maxRows={10}
        maxLength={max}
        data-testid={testId}
        data-flags={coach.flags.length}
      />
      <CoachFeedback text={coach.text} flags={coach.flags} testId={`${testId}-coach`} />
    </div>
  );
}

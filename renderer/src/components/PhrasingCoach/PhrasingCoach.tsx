// The phrasing coach in the UI: a text field whose draft is read live by the domain's rule-based coach
// (checkPhrasing). Flagged words are marked inline, in the field itself: a backdrop under the transparent
// textarea carries the same text as runs (never as HTML), with the flagged runs marked. Below the field each
// flag says why it lands as an accusation, offers an I-statement where one can be built ("Use this wording"
// replaces the flagged words; "Keep mine" leaves them and folds the flag away) and gives its rule's tip.
import { Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconBulb, IconCircleCheck, IconMessageExclamation } from '@tabler/icons-react';
import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
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

/** A flag "kept as written" stays kept wherever the same words come back. */
const keyOf = (f: PhrasingFlag): string => `${f.rule}\u0000${f.match}`;

/** Long flagged words shortened for the flag's heading; the full words are marked in the field. */
function excerpt(match: string): string {
  const w = match.split(/\s+/u);
  return w.length <= 5 ? match : `${w.slice(0, 3).join(' ')} … ${w[w.length - 1] ?? ''}`;
}

/** The draft with its flagged words marked; the innermost flag decides a run's colour. */
export function MarkedDraft({ text, flags, kept, active, className, testId = 'coach-preview' }: {
  text: string;
  flags: readonly PhrasingFlag[];
  kept?: ReadonlySet<string> | undefined;
  active?: string | null | undefined;
  className?: string | undefined;
  testId?: string | undefined;
}) {
  const { t } = useI18n();
  const segments = useMemo(() => segmentsOf(text, flags), [text, flags]);
  return (
    <div className={className ?? classes.preview} data-testid={testId} aria-hidden={className ? true : undefined}>
      {segments.map((s) => {
        if (s.flags.length === 0) return <span key={s.start}>{s.text}</span>;
        // The innermost flag still open decides the colour; a run whose flags were all kept is only dotted.
        const covering = s.flags.map((i) => flags[i] as PhrasingFlag).sort((a, b) => a.end - a.start - (b.end - b.start));
        const open = covering.filter((f) => !kept?.has(keyOf(f)));
        const innermost = (open[0] ?? covering[0]) as PhrasingFlag;
        const allKept = open.length === 0;
        return (
          <mark
            key={s.start}
            className={classes.mark}
            data-kind={innermost.kind}
            data-kept={allKept || undefined}
            data-active={covering.some((f) => keyOf(f) === active) || undefined}
            data-testid="coach-mark"
            title={s.kinds.map((k) => t.coach.kinds[k]).join(' · ')}
          >
            {s.text}
          </mark>
        );
      })}
      {/* A trailing line break needs a character after it to take up its line, as it does in the textarea. */}
      {text.endsWith('\n') ? '\u200b' : null}
    </div>
  );
}

const MIRRORED = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'tabSize',
  'paddingTop', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderRightWidth',
  'borderTopLeftRadius', 'borderTopRightRadius', 'borderBottomLeftRadius', 'borderBottomRightRadius',
] as const;

/** Lays the marked copy of the draft exactly under the textarea's text: same box, font, padding, scroll. */
function InlineMarks({ children, value, flags, kept, active, testId }: {
  children: ReactNode;
  testId: string;
  value: string;
  flags: readonly PhrasingFlag[];
  kept: ReadonlySet<string>;
  active: string | null;
}) {
  const wrap = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const area = wrap.current?.querySelector('textarea');
    const mirror = back.current;
    if (!area || !mirror) return;
    const place = () => {
      const cs = getComputedStyle(area);
      for (const p of MIRRORED) mirror.style[p] = cs[p];
      const borders = parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth);
      const scrollbar = Math.max(0, area.offsetWidth - area.clientWidth - borders);
      mirror.style.paddingRight = `${parseFloat(cs.paddingRight) + scrollbar}px`;
      const box = area.getBoundingClientRect();
      const origin = (wrap.current as HTMLDivElement).getBoundingClientRect();
      mirror.style.top = `${box.top - origin.top}px`;
      mirror.style.left = `${box.left - origin.left}px`;
      mirror.style.width = `${area.offsetWidth}px`;
      mirror.style.height = `${area.offsetHeight}px`;
      mirror.scrollTop = area.scrollTop;
    };
    place();
    const onScroll = () => {
      mirror.scrollTop = area.scrollTop;
    };
    area.addEventListener('scroll', onScroll);
    const observer = new ResizeObserver(place);
    observer.observe(area);
    return () => {
      area.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, []);
  useLayoutEffect(() => {
    const area = wrap.current?.querySelector('textarea');
    if (area && back.current) back.current.scrollTop = area.scrollTop;
  });
  return (
    <div ref={wrap} className={classes.field} data-testid={testId}>
      <div ref={back} className={classes.backdrop}>
        <MarkedDraft text={value} flags={flags} kept={kept} active={active} className={classes.backdropText} />
      </div>
      {children}
    </div>
  );
}

interface FeedbackProps {
  text: string;
  flags: readonly PhrasingFlag[];
  testId?: string | undefined;
  kept?: ReadonlySet<string> | undefined;
  onTake?: ((f: PhrasingFlag) => void) | undefined;
  onKeep?: ((f: PhrasingFlag) => void) | undefined;
  onShowKept?: (() => void) | undefined;
  onActive?: ((key: string | null) => void) | undefined;
}

/** What the coach says about a draft: nothing for an empty one, a quiet tick for a clean one, else the flags. */
export function CoachFeedback({ text, flags, testId, kept, onTake, onKeep, onShowKept, onActive }: FeedbackProps) {
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
  const open = flags.filter((f) => !kept?.has(keyOf(f)));
  const keptCount = flags.length - open.length;
  // "Keep mine": beside "Use this wording" when there is a rewrite, under the tip when there is none.
  const keep = (f: PhrasingFlag) =>
    onKeep ? (
      <Button size="compact-xs" variant="default" onClick={() => onKeep(f)} data-testid="coach-keep">
        {t.coach.keep}
      </Button>
    ) : null;
  return (
    <div className={classes.feedback} data-testid={testId} data-flags={flags.length} data-open={open.length} aria-live="polite">
      {open.length > 0 ? (
        <Group gap={6} mb={2} wrap="nowrap">
          <IconMessageExclamation size={16} stroke={1.7} color="var(--mantine-color-orange-6)" style={{ flex: 'none' }} />
          <Text size="xs" fw={600}>
            {t.coach.found(open.length)}
          </Text>
        </Group>
      ) : null}
      <Stack gap={6}>
        {open.map((f) => (
          <div
            key={`${f.start}-${f.end}-${f.kind}`}
            className={classes.flag}
            data-testid="coach-flag"
            data-kind={f.kind}
            data-rule={f.rule}
            onMouseEnter={() => onActive?.(keyOf(f))}
            onMouseLeave={() => onActive?.(null)}
          >
            <Group gap={6} wrap="nowrap" align="baseline">
              <Badge size="xs" color={FLAG_COLORS[f.kind]} variant="light" style={{ flex: 'none' }}>
                {t.coach.kinds[f.kind]}
              </Badge>
              <Text size="xs" fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="coach-quote">
                {t.coach.quote(excerpt(f.match))}
              </Text>
            </Group>
            <Text size="xs" c="dimmed" mt={4} data-testid="coach-explanation">
              {f.explanation[locale]}
            </Text>
            {f.rewrite ? (
              <div className={classes.rewrite} data-testid="coach-rewrite">
                <Text size="xs" c="dimmed">
                  {t.coach.instead}
                </Text>
                <Text size="sm" className={classes.rewriteText} data-testid="coach-rewrite-text">
                  {f.rewrite.text}
                </Text>
                {onKeep ? (
                  <Group gap="xs" mt={6}>
                    {onTake ? (
                      <Button size="compact-xs" variant="filled" color="teal" onClick={() => onTake(f)} data-testid="coach-take">
                        {t.coach.take}
                      </Button>
                    ) : null}
                    {keep(f)}
                  </Group>
                ) : null}
              </div>
            ) : null}
            <Group gap={6} wrap="nowrap" align="flex-start" className={classes.suggestion}>
              <IconBulb size={14} stroke={1.7} className={classes.suggestionIcon} />
              <Text size="xs" inherit data-testid="coach-tip">
                {f.tip[locale]}
              </Text>
            </Group>
            {onKeep && !f.rewrite ? (
              <Group gap="xs" mt={6}>
                {keep(f)}
              </Group>
            ) : null}
          </div>
        ))}
      </Stack>
      {keptCount > 0 ? (
        <Group gap="xs" mt={open.length ? 6 : 0} data-testid="coach-kept">
          <Text size="xs" c="dimmed">
            {t.coach.kept(keptCount)}
          </Text>
          {onShowKept ? (
            <Button size="compact-xs" variant="subtle" color="gray" onClick={onShowKept} data-testid="coach-show-kept">
              {t.coach.showKept}
            </Button>
          ) : null}
        </Group>
      ) : null}
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
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set());
  const [active, setActive] = useState<string | null>(null);
  // Marks only once the flags belong to the text on screen; while the rules catch up the field shows it plain.
  const current = coach.text === value ? coach.flags : [];
  const take = (f: PhrasingFlag) => {
    const r = f.rewrite;
    if (!r || value.slice(r.start, r.end) !== f.match) return;
    setActive(null);
    onChange(value.slice(0, r.start) + r.text + value.slice(r.end));
  };
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
        classNames={{ input: classes.input }}
        inputContainer={(children) => (
          <InlineMarks value={value} flags={current} kept={kept} active={active} testId={`${testId}-marks`}>
            {children}
          </InlineMarks>
        )}
      />
      <CoachFeedback
        text={coach.text}
        flags={coach.flags}
        testId={`${testId}-coach`}
        kept={kept}
        onTake={take}
        onKeep={(f) => setKept((k) => new Set(k).add(keyOf(f)))}
        onShowKept={() => setKept(new Set())}
        onActive={setActive}
      />
    </div>
  );
}

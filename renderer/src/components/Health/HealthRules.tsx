// The severe signals, worded at the edge: the engine sends each rule as a code and its numbers
// (src/contract/health.ts), and this is where it becomes a sentence in the reader's language, or the few words
// a portfolio row has room for. The first rule is the primary driver; the drawer shows them all at its top.
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useReference } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { isCapped, type ClientHealth, type HealthRule } from './model.ts';
import classes from './Health.module.css';

export function useRuleText() {
  const { t, fmt, locale } = useI18n();
  const reference = useReference();
  const stages = reference.data?.glaslStages;
  return useMemo(() => {
    const stageName = (stage: number) => {
      const g = stages?.find((s) => s.stage === stage);
      return g ? (locale === 'de' ? g.labelDe : g.labelEn) : null;
    };
    const sentence = (rule: HealthRule): string => {
      switch (rule.code) {
        case 'openCrisisGlasl':
          return t.health.rules.openCrisisGlasl(rule.stage, stageName(rule.stage), t.health.bands[rule.cap], rule.cap === 'in_crisis');
        case 'renewalWithCrisis':
          return t.health.rules.renewalWithCrisis(rule.days, rule.noticeDays === null ? null : rule.days - rule.noticeDays, t.health.bands[rule.cap]);
      }
    };
    /** "Glasl 6 · renewal in 85 d": the stage once, then the renewal when it is near. */
    const short = (rules: readonly HealthRule[]): string | null => {
      if (rules.length === 0) return null;
      const stage = Math.max(...rules.map((r) => r.stage));
      const parts = [t.health.driver.glasl(stage)];
      for (const r of rules) if (r.code === 'renewalWithCrisis') parts.push(t.health.driver.renewal(r.days));
      return parts.join(' · ');
    };
    const capNote = (h: Pick<ClientHealth, 'score' | 'weightedScore' | 'rules'>): string =>
      isCapped(h) ? t.health.ruleCapped(fmt.number(h.weightedScore), fmt.number(h.score)) : t.health.ruleHolds(fmt.number(h.score));
    return { sentence, short, capNote };
  }, [t, fmt, locale, stages]);
}

/** At the top of the explanation: the rules that hold, the primary driver first, and what they did to the score. */
export function HealthRules({ health }: { health: Pick<ClientHealth, 'score' | 'weightedScore' | 'rules'> }) {
  const { t } = useI18n();
  const text = useRuleText();
  if (health.rules.length === 0) return null;
  const capped = isCapped(health);
  return (
    <Paper withBorder p="sm" className={classes.rules} data-capped={capped || undefined} data-testid="health-rules">
      <Group gap={8} wrap="nowrap" align="flex-start">
        <IconAlertTriangle size={18} stroke={1.8} className={classes.rulesIcon} aria-hidden="true" />
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Text size="sm" fw={650}>
            {t.health.rulesTitle}
          </Text>
          {health.rules.map((rule, i) => (
            <Group key={rule.code} gap={8} wrap="nowrap" align="baseline" data-testid="health-rule" data-code={rule.code} data-primary={i === 0 || undefined}>
              <Badge
                size="xs"
                color={rule.cap === 'in_crisis' ? 'red' : 'orange'}
                variant={i === 0 ? 'filled' : 'outline'}
                className={classes.rulesBadge}
              >
                {i === 0 ? t.health.rulePrimary : t.health.ruleAlso}
              </Badge>
              <Text size="sm">{text.sentence(rule)}</Text>
            </Group>
          ))}
          <Text size="xs" c="dimmed" data-testid="health-rules-cap">
            {text.capNote(health)}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

// Health in the client page's header: the score, the band, the NEV trend and the top reason on one line,
// so nobody has to open a tab to learn that a relationship is in trouble. The line is a button: it opens
// the full explanation (the drawer the portfolio opens). The top reason is the primary severe signal when
// one holds ("Glasl 6 · renewal in 85 d"); otherwise the factor that costs the most points, in its own words.
import { Group, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useHealth } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BandBadge } from './BandBadge.tsx';
import { useHealthFormat } from './format.ts';
import { HealthExplainDrawer } from './HealthExplainDrawer.tsx';
import { useRuleText } from './HealthRules.tsx';
import { maxPoints, nevDirection, type ClientHealth } from './model.ts';
import { TrendMark } from './TrendMark.tsx';
import classes from './Health.module.css';

/** The factor that costs the relationship the most points (null when none costs any). */
function weakest(factors: ClientHealth['factors']) {
  let best: { factor: ClientHealth['factors'][number]; lost: number } | null = null;
  for (const f of factors) {
    const lost = maxPoints(f, factors) - f.points;
    if (lost >= 0.5 && (!best || lost > best.lost)) best = { factor: f, lost };
  }
  return best?.factor ?? null;
}

export function HeaderHealth({ clientId, clientName }: { clientId: number; clientName: string }) {
  const { t, fmt, locale } = useI18n();
  const h = useHealthFormat();
  const rules = useRuleText();
  const health = useHealth(clientId);
  const [open, setOpen] = useState(false);
  if (!health.data) return health.isPending ? <Skeleton height={28} width={320} radius="sm" /> : null;

  const d = health.data;
  const { direction, last } = nevDirection(d.nevTrend);
  const b = t.portfolio.board;
  const trendLabel = last === null ? b.trend.none : b.trendLabel(b.trend[direction], h.nev(last));
  const primary = d.rules[0];
  const factor = primary ? null : weakest(d.factors);
  const reason = primary
    ? rules.short(d.rules)
    : factor
      ? t.health.header.weakest(t.health.factors[factor.key], h.sentence(factor.sentence))
      : t.health.header.allWell;
  const label = b.explain(fmt.number(d.score), d.bandLabel[locale]);
  return (
    <>
      <UnstyledButton onClick={() => setOpen(true)} className={classes.header} aria-label={label} data-testid="header-health">
        <Group gap={10} wrap="nowrap" className={classes.headerLine}>
          <Text className={`${classes.score} ${classes.headerFixed}`} data-size="sm" data-band={d.band} data-testid="header-health-score">
            {fmt.number(d.score)}
          </Text>
          <BandBadge band={d.band} label={d.bandLabel} size="md" className={classes.headerFixed} data-testid="header-health-band" />
          <Group gap={4} wrap="nowrap" className={classes.headerFixed} role="img" aria-label={trendLabel} data-testid="header-health-trend" data-direction={direction}>
            <TrendMark trend={d.nevTrend} direction={direction} known={last !== null} />
          </Group>
          <Text
            size="sm"
            fw={primary ? 600 : 400}
            c={primary ? (primary.cap === 'in_crisis' ? 'red' : 'orange') : 'dimmed'}
            className={classes.headerReason}
            data-testid="header-health-reason"
            data-code={primary?.code ?? factor?.key ?? 'none'}
          >
            {primary ? `${t.health.rulePrimary}: ${reason}` : reason}
          </Text>
          <IconChevronRight size={16} stroke={1.8} className={classes.headerChevron} aria-hidden="true" />
        </Group>
      </UnstyledButton>
      <HealthExplainDrawer clientId={clientId} clientName={clientName} opened={open} onClose={() => setOpen(false)} />
    </>
  );
}

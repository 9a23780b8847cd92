// Glasl's nine stages as a staircase going down: three win–win steps, three win–lose, three lose–lose.
// The diagnosed stage is filled in its level's colour, the stages it passed are tinted.
import { Text, Tooltip } from '@mantine/core';
import type { CSSProperties } from 'react';
import { GLASL_STAGES, type GlaslLevel } from '../../../../src/domain/mediation/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import classes from './MediationPrep.module.css';

export const LEVEL_COLORS: Record<GlaslLevel, string> = { 'win-win': 'yellow', 'win-lose': 'orange', 'lose-lose': 'red' };
const LEVELS: GlaslLevel[] = ['win-win', 'win-lose', 'lose-lose'];

export function GlaslScale({ stage }: { stage: number | null }) {
  const { t, locale } = useI18n();
  return (
    <div className={classes.scale} role="img" aria-label={stage ? t.prep.diagnosis.scaleAt(stage) : t.prep.diagnosis.scale} data-testid="glasl-scale" data-stage={stage ?? ''}>
      <div className={classes.steps}>
        {GLASL_STAGES.map((s) => {
          const state = stage === null ? 'after' : s.stage === stage ? 'current' : s.stage < stage ? 'before' : 'after';
          return (
            <Tooltip key={s.stage} label={`${s.stage} · ${s.label[locale]}`}>
              <div
                className={classes.step}
                data-state={state}
                data-level={s.level}
                style={{ '--step-color': `var(--mantine-color-${LEVEL_COLORS[s.level]}-6)`, marginTop: (s.stage - 1) * 5 } as CSSProperties}
                data-testid={state === 'current' ? 'glasl-step-current' : undefined}
              >
                {s.stage}
              </div>
            </Tooltip>
          );
        })}
      </div>
      <div className={classes.levels}>
        {LEVELS.map((level) => {
          const current = stage !== null && GLASL_STAGES.find((s) => s.stage === stage)?.level === level;
          return (
            <Text
              key={level}
              size="xs"
              fw={current ? 700 : 500}
              c={current ? `${LEVEL_COLORS[level]}.7` : 'dimmed'}
              className={classes.level}
              data-current={current || undefined}
              data-testid={current ? 'glasl-level-current' : undefined}
            >
              {t.mediation.levels[level] ?? level}
            </Text>
          );
        })}
      </div>
    </div>
  );
}

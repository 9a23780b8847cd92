// The jump to any year: every year the relationship has events in, newest first, the one in view marked.
import { Text, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import classes from './Timeline.module.css';

export const YearRail = memo(function YearRail({ years, activeYear, onJump }: { years: readonly { year: number; count: number }[]; activeYear: number | null; onJump(year: number): void }) {
  const { t, fmt } = useI18n();
  if (years.length === 0) return null;
  return (
    <nav className={classes.rail} aria-label={t.timeline.years} data-testid="year-rail">
      <Text size="xs" fw={600} c="dimmed" className={classes.railTitle} aria-hidden="true">
        {t.timeline.railTitle}
      </Text>
      <div className={classes.railList}>
        {years.map(({ year, count }) => (
          <UnstyledButton
            key={year}
            className={classes.railYear}
            data-active={year === activeYear || undefined}
            aria-current={year === activeYear ? 'true' : undefined}
            aria-label={t.timeline.jumpTo(year, fmt.number(count))}
            title={t.timeline.jumpTo(year, fmt.number(count))}
            onClick={() => onJump(year)}
            data-testid={`year-jump-${year}`}
          >
            <span className={classes.railYearLabel}>{year}</span>
            <span className={classes.railCount}>{fmt.number(count)}</span>
          </UnstyledButton>
        ))}
      </div>
    </nav>
  );
});

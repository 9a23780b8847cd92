// The NEV trend as a mark: the 12-month sparkline and an arrow, coloured by where the balance is heading
// (improving green, worsening red, steady grey), never by the band. The portfolio row and the client header
// draw the same mark, so one relationship looks the same in both places.
import { Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { TREND_COLORS, type NevPoint, type TrendDirection } from './model.ts';
import { NevSparkline } from './NevSparkline.tsx';

const TREND_ICONS = { up: IconArrowUpRight, down: IconArrowDownRight, flat: IconArrowRight } as const;

export function TrendMark({ trend, direction, known }: { trend: readonly NevPoint[]; direction: TrendDirection; known: boolean }) {
  const Arrow = direction === 'none' ? null : TREND_ICONS[direction];
  return (
    <>
      {known ? <NevSparkline trend={trend} color={TREND_COLORS[direction]} /> : null}
      {Arrow ? <Arrow size={16} stroke={2} color={`var(--mantine-color-${TREND_COLORS[direction]}-text)`} /> : <Text size="xs" c="dimmed">—</Text>}
    </>
  );
}

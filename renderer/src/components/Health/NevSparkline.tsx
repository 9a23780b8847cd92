// A tiny NEV trend for a table row: the 3-month rolling values of 12 months on a fixed −1 … +1 scale
// (so a small wobble looks small), with the scale drawn: a faint line at +1 and at −1, the dashed baseline
// at 0 (balance); gaps where nothing was observed. The row's tooltip gives the values.
import type { NevPoint } from './model.ts';
import classes from './Health.module.css';

export function NevSparkline({ trend, color, width = 64, height = 24 }: {
  trend: readonly NevPoint[];
  /** A Mantine colour name; the line takes its filled shade. */
  color: string;
  width?: number;
  height?: number;
}) {
  const n = trend.length;
  const pad = 2;
  const x = (i: number) => (n <= 1 ? width / 2 : pad + (i / (n - 1)) * (width - 2 * pad));
  const y = (v: number) => pad + ((1 - Math.max(-1, Math.min(1, v))) / 2) * (height - 2 * pad);
  // Runs of known values become polylines; a lone value becomes a dot.
  const runs: { i: number; v: number }[][] = [];
  let run: { i: number; v: number }[] = [];
  trend.forEach((p, i) => {
    if (p.rolling === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ i, v: p.rolling });
  });
  if (run.length) runs.push(run);
  const stroke = `var(--mantine-color-${color}-filled)`;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className={classes.sparkline} aria-hidden="true">
      <line x1={pad} x2={width - pad} y1={y(1)} y2={y(1)} className={classes.sparkFrame} />
      <line x1={pad} x2={width - pad} y1={y(-1)} y2={y(-1)} className={classes.sparkFrame} />
      <line x1={pad} x2={width - pad} y1={y(0)} y2={y(0)} className={classes.sparkZero} />
      {runs.map((r) =>
        r.length === 1 ? (
          <circle key={r[0]?.i} cx={x(r[0]?.i ?? 0)} cy={y(r[0]?.v ?? 0)} r={1.8} fill={stroke} />
        ) : (
          <polyline
            key={r[0]?.i}
            points={r.map((p) => `${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ')}
            fill="none"
            stroke={stroke}
            strokeWidth={1.8}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        ),
      )}
    </svg>
  );
}

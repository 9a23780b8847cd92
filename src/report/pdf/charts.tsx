/** @jsxRuntime automatic */
/** @jsxImportSource react */
// Charts drawn as vectors with react-pdf's SVG primitives. Axis labels are ordinary <Text> placed over
// the drawing, so they use the report's fonts and come out as real text (searchable, pdftotext-able).
import { Circle, G, Line, Path, Polygon, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { BANDS, type Band } from '../../domain/health/bands.ts';
import type { Fmt } from '../i18n.ts';
import type { ReportNevMonth } from '../model.ts';
import { BAND_COLOR, BAND_SOFT, C, XS } from './theme.ts';

const labelStyle = { position: 'absolute' as const, fontSize: 6.6, color: C.muted, lineHeight: 1.1 };

// ---------------------------------------------------------------------------------------------------
// Net emotional value by month: bars for each month's own value, a line for the rolling value.

export function NevChart(props: { months: ReportNevMonth[]; fmt: Fmt; width: number; height: number }) {
  const { months, fmt, width, height } = props;
  const pad = { left: 30, right: 4, top: 8, bottom: 26 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const n = Math.max(1, months.length);
  const slot = plotW / n;
  const x = (i: number) => pad.left + slot * (i + 0.5);
  const y = (v: number) => pad.top + ((1 - Math.max(-1, Math.min(1, v))) / 2) * plotH;
  const barW = Math.min(16, slot * 0.5);
  const ticks = [1, 0.5, 0, -0.5, -1];
  const step = n <= 13 ? 1 : n <= 18 ? 2 : 3;

  // The rolling line, broken where a month has no value.
  const segments: string[] = [];
  let current = '';
  months.forEach((m, i) => {
    if (m.rolling === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? ' L' : 'M'} ${x(i).toFixed(2)} ${y(m.rolling).toFixed(2)}`;
  });
  if (current) segments.push(current);

  return (
    <View style={{ width, height, position: 'relative' }}>
      <Svg width={width} height={height}>
        <Rect x={pad.left} y={pad.top} width={plotW} height={plotH / 2} fill={C.positiveSoft} opacity={0.45} />
        <Rect x={pad.left} y={pad.top + plotH / 2} width={plotW} height={plotH / 2} fill={C.negativeSoft} opacity={0.45} />
        {ticks.map((v) => (
          <Line
            key={v}
            x1={pad.left}
            x2={pad.left + plotW}
            y1={y(v)}
            y2={y(v)}
            stroke={v === 0 ? C.ink2 : C.hairline}
            strokeWidth={v === 0 ? 0.9 : 0.5}
          />
        ))}
        {months.map((m, i) =>
          m.value === null ? null : (
            <Rect
              key={m.month}
              x={x(i) - barW / 2}
              y={Math.min(y(m.value), y(0))}
              width={barW}
              height={Math.max(0.8, Math.abs(y(m.value) - y(0)))}
              fill={m.value >= 0 ? '#A9D3B8' : '#E8AAA3'}
            />
          ),
        )}
        {segments.map((d, i) => (
          <Path key={i} d={d} stroke={C.accent} strokeWidth={1.8} fill="none" strokeLinejoin="round" strokeLinecap="round" />
        ))}
        {months.map((m, i) =>
          m.rolling === null ? null : <Circle key={m.month} cx={x(i)} cy={y(m.rolling)} r={2.1} fill={C.white} stroke={C.accent} strokeWidth={1.2} />,
        )}
      </Svg>
      {ticks.map((v) => (
        <Text key={v} style={[labelStyle, { left: 0, width: pad.left - 5, top: y(v) - 4, textAlign: 'right' }]}>
          {v === 0 ? '0' : fmt.signed(v, v % 1 === 0 ? 0 : 1)}
        </Text>
      ))}
      {months.map((m, i) =>
        i % step !== 0 && i !== n - 1 ? null : (
          <Text key={m.month} style={[labelStyle, { left: x(i) - 18, width: 36, top: pad.top + plotH + 4, textAlign: 'center' }]}>
            {fmt.month(m.month)}
            {i === 0 || m.month.endsWith('-01') ? `\n${m.month.slice(0, 4)}` : ''}
          </Text>
        ),
      )}
    </View>
  );
}

export function NevLegend({ month, rolling }: { month: string; rolling: string }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', marginTop: 4, marginLeft: 30 }}>
      <Svg width={16} height={8}>
        <Rect x={0} y={0} width={7} height={8} fill="#A9D3B8" />
        <Rect x={8} y={3} width={7} height={5} fill="#E8AAA3" />
      </Svg>
      <Text style={{ ...XS, color: C.ink2, marginLeft: 4, marginRight: 14 }}>{month}</Text>
      <Svg width={18} height={8}>
        <Line x1={0} y1={4} x2={18} y2={4} stroke={C.accent} strokeWidth={1.8} />
        <Circle cx={9} cy={4} r={2.1} fill={C.white} stroke={C.accent} strokeWidth={1.2} />
      </Svg>
      <Text style={{ ...XS, color: C.ink2, marginLeft: 4 }}>{rolling}</Text>
    </View>
  );
}

// ---------------------------------------------------------------------------------------------------
// A factor's value as a horizontal bar (0 … 1), coloured by the band the value would fall into.

export const bandOfValue = (value: number): Band => {
  const score = value * 100;
  for (const b of BANDS) if (score >= b.min) return b.key;
  return 'in_crisis';
};

export function ValueBar({ value, width, noData }: { value: number; width: number; noData: boolean }) {
  const h = 8;
  const fill = noData ? C.faint : BAND_COLOR[bandOfValue(value)];
  return (
    <Svg width={width} height={h}>
      <Rect x={0} y={0} width={width} height={h} fill={C.soft} />
      <Rect x={0} y={0} width={Math.max(1, width * Math.max(0, Math.min(1, value)))} height={h} fill={fill} />
      {[0.25, 0.5, 0.75].map((t) => (
        <Line key={t} x1={width * t} x2={width * t} y1={0} y2={h} stroke={C.white} strokeWidth={0.8} />
      ))}
    </Svg>
  );
}

// ---------------------------------------------------------------------------------------------------
// The five bands on a 0 … 100 scale with a marker at the score.

export function BandScale(props: { score: number; band: Band; labels: Record<Band, string>; width: number }) {
  const { score, band, labels, width } = props;
  const barY = 9;
  const barH = 9;
  const x = (v: number) => (Math.max(0, Math.min(100, v)) / 100) * width;
  const ranges = BANDS.map((b, i) => ({ key: b.key, from: b.min, to: i === 0 ? 100 : (BANDS[i - 1] as { min: number }).min }));
  const mx = x(score);
  return (
    <View style={{ width, height: 42, position: 'relative' }}>
      <Svg width={width} height={barY + barH + 2}>
        {ranges.map((r) => (
          <Rect
            key={r.key}
            x={x(r.from) + 0.5}
            y={barY}
            width={x(r.to) - x(r.from) - 1}
            height={barH}
            fill={r.key === band ? BAND_COLOR[r.key] : BAND_SOFT[r.key]}
          />
        ))}
        <G>
          <Polygon points={`${mx - 4},1 ${mx + 4},1 ${mx},${barY - 1}`} fill={C.ink} />
        </G>
      </Svg>
      {ranges.map((r) => (
        <Text
          key={r.key}
          style={[
            labelStyle,
            { top: barY + barH + 4, left: x(r.from), width: x(r.to) - x(r.from), textAlign: 'center' },
            r.key === band ? { color: C.ink, fontWeight: 700 } : {},
          ]}
        >
          {labels[r.key]}
        </Text>
      ))}
    </View>
  );
}

// ---------------------------------------------------------------------------------------------------
// The appreciation ladder: seven rising steps, the ones reached filled.

export function Ladder(props: { stages: { stage: number; label: string }[]; reached: number; width: number }) {
  const { stages, reached, width } = props;
  const n = Math.max(1, stages.length);
  const gap = 4;
  const colW = (width - gap * (n - 1)) / n;
  const maxH = 44;
  const h = (i: number) => 10 + (maxH - 10) * (i / Math.max(1, n - 1));
  return (
    <View style={{ width }}>
      <Svg width={width} height={maxH}>
        {stages.map((st, i) => (
          <Rect
            key={st.stage}
            x={i * (colW + gap)}
            y={maxH - h(i)}
            width={colW}
            height={h(i)}
            fill={st.stage === reached ? C.accentDark : st.stage < reached ? C.accent : C.hairline}
          />
        ))}
      </Svg>
      <View style={{ flexDirection: 'row', marginTop: 4 }}>
        {stages.map((st, i) => (
          <View key={st.stage} style={{ width: colW, marginRight: i === n - 1 ? 0 : gap }}>
            <Text style={{ ...XS, fontWeight: 700, color: st.stage <= reached ? C.accentDark : C.faint }}>{String(st.stage)}</Text>
            <Text style={{ fontSize: 6.6, lineHeight: 1.25, color: st.stage <= reached ? C.ink : C.muted }}>{st.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

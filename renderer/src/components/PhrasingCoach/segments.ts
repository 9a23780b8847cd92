// A draft cut into runs of text for display: each run is plain or covered by one or more coach flags.
// The UI renders each run as text (a <mark> for flagged runs), never as HTML, so a draft that contains
// markup is shown as the characters it is.
import type { FlagKind, PhrasingFlag } from '../../../../src/domain/mediation/index.ts';

export interface Segment {
  text: string;
  start: number;
  /** The kinds of the flags covering this run, in the order of the flags (empty: plain text). */
  kinds: FlagKind[];
  /** Indexes into the flag list of the flags covering this run. */
  flags: number[];
}

export function segmentsOf(text: string, flags: readonly Pick<PhrasingFlag, 'start' | 'end' | 'kind'>[]): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const cuts = new Set<number>([0, text.length]);
  for (const f of flags) {
    cuts.add(clamp(f.start));
    cuts.add(clamp(f.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = flags.map((f, index) => ({ f, index })).filter(({ f }) => f.start <= start && f.end >= end);
    const kinds = [...new Set(covering.map(({ f }) => f.kind))];
    out.push({ text: text.slice(start, end), start, kinds, flags: covering.map(({ index }) => index) });
  }
  return out;
}

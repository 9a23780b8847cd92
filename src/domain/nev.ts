// Net Emotional Value (seed 004, Beyond Philosophy): which of the listed emotions the client showed, and
// how strongly. No official formula is published ("positive emotions minus negative ones"), so ours is:
//
//   contribution of one observed emotion  c = valence(cluster) × weight(cluster) × intensity / 5
//   P = Σ c over c > 0 (positive mass)     N = Σ −c over c < 0 (negative mass)
//   NEV = (P − N) / (P + N)                in −1 … +1, null when nothing was observed
//
// Why this shape: it is "positive minus negative", weighted by how strongly each cluster drives loyalty,
// and divided by the total so an event with many emotions is not "more emotional value" than one with
// few — +1 means only value-building emotions, −1 only destroying ones, 0 a balance (like a net promoter
// score). The cluster weights come from the reference list (data, editable): the seeded Advocacy 3,
// Recommendation 2, Attention 1 carry seed 004's point that an emotionally bonded client is worth about
// twice a merely satisfied one, and Destroying 2 lets one strong negative emotion cancel two mild
// positive ones. Membership (which emotion belongs to which cluster) is read from the list too; only the
// sign of a cluster's valence is used, so the weight alone sets the strength.
//
// Over several events the masses are pooled before dividing (not an average of per-event values), so
// an event where the client was strongly moved counts for more than a faint one.
import type { ObservedEmotion, TimelineEvent } from '../contract/events.ts';
import type { Reference } from '../contract/reference.ts';
import { addMonths, monthOf } from './dates.ts';
import { happened } from './inputs.ts';

export type NevReference = Pick<Reference, 'emotionClusters' | 'emotions'>;

/** One cluster's share of an NEV: how many of its emotions were seen, and their weighted mass. */
export interface ClusterMass {
  key: string;
  valence: number;
  count: number;
  /** Σ weight × intensity / 5 of the cluster's observed emotions (unsigned). */
  mass: number;
}

export interface Nev {
  /** −1 … +1, or null when no listed emotion was observed. */
  value: number | null;
  positive: number;
  negative: number;
  /** Observed emotions that are on the list. */
  emotions: number;
  /** Every cluster of the list, in its order, even when empty (so all four stay visible). */
  clusters: ClusterMass[];
  /** Observed keys that are no longer on the list (ignored). */
  unknown: string[];
}

const INTENSITY_SCALE = 5;

function accumulate(observed: readonly ObservedEmotion[][], ref: NevReference): Nev {
  const clusters = [...ref.emotionClusters]
    .sort((a, b) => a.sort - b.sort)
    .map((c) => ({ key: c.key, valence: c.valence, weight: Number.isFinite(c.weight) ? Math.max(0, c.weight) : 0 }));
  const byCluster = new Map(clusters.map((c) => [c.key, { ...c, count: 0, mass: 0 }]));
  const clusterOf = new Map(ref.emotions.map((e) => [e.key, e.clusterKey]));
  const unknown = new Set<string>();
  let positive = 0;
  let negative = 0;
  let emotions = 0;
  for (const list of observed) {
    for (const o of list) {
      const cluster = byCluster.get(clusterOf.get(o.key) ?? '');
      if (!cluster) {
        unknown.add(o.key);
        continue;
      }
      const intensity = Math.min(INTENSITY_SCALE, Math.max(0, o.intensity)) / INTENSITY_SCALE;
      const mass = cluster.weight * intensity;
      const c = Math.sign(cluster.valence) * mass;
      cluster.count += 1;
      cluster.mass += mass;
      emotions += 1;
      if (c > 0) positive += c;
      else negative -= c;
    }
  }
  const total = positive + negative;
  return {
    value: total > 0 ? (positive - negative) / total : null,
    positive,
    negative,
    emotions,
    clusters: [...byCluster.values()].map(({ key, valence, count, mass }) => ({ key, valence, count, mass })),
    unknown: [...unknown].sort(),
  };
}

/** The NEV of one event. */
export const eventNev = (event: Pick<TimelineEvent, 'emotions'>, ref: NevReference): Nev => accumulate([event.emotions], ref);

/** The pooled NEV over several events. */
export const pooledNev = (events: readonly Pick<TimelineEvent, 'emotions'>[], ref: NevReference): Nev =>
  accumulate(events.map((e) => e.emotions), ref);

export interface NevMonth extends Nev {
  /** `YYYY-MM`. */
  month: string;
  /** Events of the month with at least one listed emotion. */
  events: number;
  /** The pooled NEV of this month and the `rollingMonths − 1` before it (null when none observed). */
  rolling: number | null;
}

export interface NevTrendOptions {
  today: string;
  /** How many months the series covers, ending with today's month (default 12). */
  months?: number;
  /** The rolling window in months (default 3): smooths the month-to-month noise of few touchpoints. */
  rollingMonths?: number;
}

/**
 * NEV per calendar month, with a rolling value, for one relationship. Months without observed emotions
 * have `value: null` (a gap, not a zero: nobody looked is not the same as a balanced client).
 */
export function nevTrend(events: readonly TimelineEvent[], ref: NevReference, options: NevTrendOptions): NevMonth[] {
  const months = Math.max(1, Math.floor(options.months ?? 12));
  const rolling = Math.max(1, Math.floor(options.rollingMonths ?? 3));
  const last = monthOf(options.today);
  const first = addMonths(last, -(months + rolling - 2));
  const byMonth = new Map<string, TimelineEvent[]>();
  for (const e of happened(events, options.today)) {
    const m = monthOf(e.occurredOn);
    if (m < first || m > last) continue;
    const list = byMonth.get(m) ?? [];
    list.push(e);
    byMonth.set(m, list);
  }
  const series: NevMonth[] = [];
  for (let i = months - 1; i >= 0; i -= 1) {
    const month = addMonths(last, -i);
    const own = byMonth.get(month) ?? [];
    const span: TimelineEvent[] = [];
    for (let k = 0; k < rolling; k += 1) span.push(...(byMonth.get(addMonths(month, -k)) ?? []));
    const nev = pooledNev(own, ref);
    series.push({
      month,
      ...nev,
      events: own.filter((e) => pooledNev([e], ref).emotions > 0).length,
      rolling: pooledNev(span, ref).value,
    });
  }
  return series;
}

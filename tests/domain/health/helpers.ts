import type { Client } from '../../../src/contract/clients.ts';
import type { TimelineEvent } from '../../../src/contract/events.ts';
import type { HealthFactor } from '../../../src/domain/health/factor.ts';
import { computeHealth, type HealthInput } from '../../../src/domain/health/score.ts';
import type { FactorKey } from '../../../src/domain/health/weights.ts';
import { REFERENCE, client } from '../fixtures.ts';

export function health(events: TimelineEvent[], today: string, over: Partial<HealthInput> & { client?: Client } = {}) {
  return computeHealth({ client: client(), events, reference: REFERENCE, today, ...over });
}

export function factor(h: { factors: HealthFactor[] }, key: FactorKey): HealthFactor {
  const f = h.factors.find((x) => x.key === key);
  if (!f) throw new Error(`no factor ${key}`);
  return f;
}

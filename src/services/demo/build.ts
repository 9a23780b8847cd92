// Fill an unlocked, empty ledger with the demo agency – only through the dispatcher, so every
// record passes the same validation as anything a user types.
import type { Channel, ChannelInput, ChannelOutput, ErrorCode, Result } from '../../contract/index.ts';
import { demoSummary, planDemoAgency, type DemoOptions, type DemoSummary } from './plan.ts';

/** The part of a dispatcher the demo needs. */
export interface DemoDispatcher {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
}

/** A dispatcher call failed while building; carries the channel and the error code. */
export class DemoBuildError extends Error {
  readonly code: ErrorCode;
  readonly channel: Channel;
  constructor(channel: Channel, code: ErrorCode, message: string) {
    super(`${channel}: ${message}`);
    this.name = 'DemoBuildError';
    this.channel = channel;
    this.code = code;
  }
}

export interface BuildOptions extends DemoOptions {
  /** Called after each client is written (progress for the CLI). */
  onClient?: (name: string, index: number, total: number) => void;
}

/**
 * Build the demo agency into the ledger the dispatcher has unlocked. Refuses (code INVALID) when the
 * ledger already holds clients, so a real ledger is never mixed with invented people.
 * The same `lang` and `today` always give the same content.
 */
export async function buildDemoAgency(dispatcher: DemoDispatcher, options: BuildOptions): Promise<DemoSummary> {
  const must = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await dispatcher.call(channel, input);
    if (!result.ok) throw new DemoBuildError(channel, result.error.code, result.error.message);
    return result.value;
  };

  const existing = await must('clients:list', { includeArchived: true });
  if (existing.length > 0) {
    throw new DemoBuildError('clients:list', 'INVALID', 'The ledger already has clients; the demo fills only an empty ledger.');
  }

  const plan = planDemoAgency(options);
  await must('settings:update', { agencyName: plan.agencyName });
  let index = 0;
  for (const planned of plan.clients) {
    const client = await must('clients:create', planned.client);
    const ids = new Map<string, number>();
    for (const p of planned.contacts) {
      const contact = await must('contacts:create', { clientId: client.id, ...p.contact });
      ids.set(p.key, contact.id);
    }
    for (const { with: people, ...event } of planned.events) {
      const participantIds = (people ?? []).map((key) => ids.get(key) as number);
      await must('events:create', { clientId: client.id, event: { ...event, participantIds } });
    }
    options.onClient?.(client.name, ++index, plan.clients.length);
  }
  return demoSummary(plan);
}

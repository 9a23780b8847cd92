// The one dispatcher: every path (IPC, CLI, tests) runs channel → validate → handler → validate output,
// and every failure comes back as a value with a code from the closed set. Handlers depend on the service
// context (context.ts), never on this file: the graph has no cycle (tests/docs/import-cycles.test.ts).
import {
  contract, DEFAULT_MESSAGES, isChannel, isRapportError, type RapportError,
  type Channel, type ChannelInput, type ChannelOutput, type Result,
} from '../contract/index.ts';
import { storageError } from '../store/connection.ts';
import { serverError } from '../store/server/errors.ts';
import type { Handler, ServiceOptions, Session } from './context.ts';
import { describeIssues } from './issues.ts';
import { handlers } from './handlers/index.ts';
import { onServer, refusal } from './rights.ts';

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

export interface Dispatcher {
  dispatch: Dispatch;
  /** Typed convenience over `dispatch` for callers inside the engine (CLI, tests). */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Lock and close (app quit, tests). */
  close(): Promise<void>;
  readonly session: Session;
}

function toErrorValue(e: unknown, server: boolean): { code: RapportError['code']; message: string } {
  if (isRapportError(e)) return { code: e.code, message: e.message };
  const mapped = server ? serverError(e) : storageError(e);
  if (mapped) return { code: mapped.code, message: mapped.message };
  // Unknown failures keep their detail out of the reply: no SQL text, no paths.
  return { code: 'INTERNAL', message: DEFAULT_MESSAGES.INTERNAL };
}

export function createDispatcher(options: ServiceOptions): Dispatcher {
  const session: Session = {
    options,
    ledger: null,
    connection: undefined,
    now: options.now ?? (() => new Date()),
    call: (channel, input) => run(channel, input) as never,
  };
  // One call at a time: the store is a single connection, and a lock must not interleave with a write.
  let queue: Promise<unknown> = Promise.resolve();

  const run = async (channel: string, rawInput: unknown): Promise<Result<unknown>> => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: DEFAULT_MESSAGES.UNKNOWN_CHANNEL } };
    const spec = contract[channel];
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) return { ok: false, error: { code: 'INVALID', message: describeIssues(parsed.error) } };
    const refused = refusal(session, channel);
    if (refused) return { ok: false, error: toErrorValue(refused, false) };
    try {
      const handler = handlers[channel] as Handler<Channel>;
      const value = await handler(session, parsed.data as never);
      const out = spec.output.safeParse(value);
      if (!out.success) {
        return { ok: false, error: { code: 'INTERNAL', message: DEFAULT_MESSAGES.INTERNAL } };
      }
      return { ok: true, value: out.data };
    } catch (e) {
      return { ok: false, error: toErrorValue(e, onServer(session)) };
    }
  };

  const dispatch: Dispatch = (channel, rawInput) => {
    const next = queue.then(() => run(channel, rawInput));
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    dispatch,
    call: (channel, input) => dispatch(channel, input) as never,
    session,
    async close() {
      await dispatch('ledger:lock', {});
    },
  };
}

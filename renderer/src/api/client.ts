// The typed API client: the ONLY module that touches `window.rapport` (the preload's frozen bridge).
// Everything else calls `call(channel, input)` or the TanStack Query hooks built on it.
import type { Channel, ChannelInput, ChannelOutput, ErrorCode, PushEvent, Result } from '../../../src/contract/index.ts';
import { ERROR_CODES, isRapportError, RapportError } from '../../../src/contract/errors.ts';

/** The surface the preload exposes (and the e2e harness injects): one frozen object, functions only. */
interface RapportBridge {
  call(channel: Channel, input: unknown): Promise<Result<unknown>>;
  /** Subscribe to a push event from the main process; the callback receives only the payload. */
  on(event: PushEvent, callback: (payload: unknown) => void): (() => void) | void;
}

/** A failure reported by the engine: the contract's own error, with a code from the closed set. */
export { RapportError as ApiError, isRapportError as isApiError };

const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

function bridge(): RapportBridge {
  const candidate = (globalThis as { rapport?: RapportBridge }).rapport;
  if (!candidate || typeof candidate.call !== 'function') {
    throw new RapportError('INTERNAL', 'The connection to the Rapport engine is missing.');
  }
  return candidate;
}

/** Call a channel. Resolves with the channel's output, rejects with a `RapportError` on `{ ok: false }`. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  let result: Result<unknown>;
  try {
    result = await bridge().call(channel, input);
  } catch (e) {
    if (isRapportError(e)) throw e;
    throw new RapportError('INTERNAL', 'The Rapport engine did not answer.');
  }
  if (result && result.ok === true) return result.value as ChannelOutput<C>;
  const error = result && result.ok === false ? result.error : undefined;
  throw new RapportError(isErrorCode(error?.code) ? error.code : 'INTERNAL', typeof error?.message === 'string' ? error.message : '');
}

/** Listen to a push event from the main process. Returns the unsubscribe function. */
export function onPush(event: PushEvent, callback: (payload: unknown) => void): () => void {
  let unsubscribe: (() => void) | void;
  try {
    unsubscribe = bridge().on(event, callback);
  } catch {
    return () => undefined;
  }
  return typeof unsubscribe === 'function' ? unsubscribe : () => undefined;
}

// Asking the caller's save target for a place to write, and checking the answer before anything is written:
// never one of the ledger's own files, never over an existing file unless the caller allowed replacing. Every
// handler that writes where the caller says goes through here, so the app and the CLI are guarded alike.
import { RapportError } from '../contract/errors.ts';
import { checkOutputTarget, type OutputTarget } from '../store/output-target.ts';
import type { Session } from './context.ts';

/**
 * The checked target for `suggestedFileName`, or null when the user cancelled. `missing` is the message when
 * there is no save target at all; `sidecars` are suffixes of files written beside the target (`.keys.json`).
 */
export async function chooseTarget(
  s: Session, suggestedFileName: string, missing: string, sidecars: readonly string[] = [],
): Promise<OutputTarget | null> {
  const ask = s.options.saveTarget;
  if (!ask) throw new RapportError('INVALID', missing);
  const answer = await ask(suggestedFileName);
  if (answer === null) return null;
  return checkOutputTarget(s.options.ledgerPath, answer, sidecars);
}

// The passphrase: from RAPPORT_PASSPHRASE, or asked for on the terminal without echo.
// It is never printed, logged or put into an error message.
import { CliError, EXIT, usage } from './errors.ts';
import type { Messages } from './i18n.ts';

export interface PassphraseSource {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  /** Where prompts go (stderr, so stdout stays clean for --json). */
  prompt: (text: string) => void;
}

/** Read one line from a TTY in raw mode, echoing nothing. */
export function askHidden(question: string, src: PassphraseSource, t: Messages): Promise<string> {
  const { stdin } = src;
  return new Promise((resolvePromise, reject) => {
    let value = '';
    const finish = (error: CliError | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      src.prompt('\n');
      if (error) reject(error);
      else resolvePromise(value);
    };
    const onData = (chunk: Buffer | string) => {
      const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      for (const ch of text) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish(null);
        if (ch === '\u0003') return finish(new CliError(EXIT.interrupted, t.cancelled));
        if (ch === '\u007f' || ch === '\b') {
          value = Array.from(value).slice(0, -1).join('');
          continue;
        }
        if (ch === '\u001b') return; // an escape sequence (arrow keys): ignore the rest of this chunk
        if (ch < ' ') continue;
        value += ch;
      }
    };
    // Echo off before the prompt appears, so nothing typed after it is ever shown.
    stdin.setRawMode(true);
    stdin.on('data', onData);
    stdin.resume();
    src.prompt(question);
  });
}

export async function readPassphrase(src: PassphraseSource, t: Messages, options: { create: boolean }): Promise<string> {
  const fromEnv = src.env.RAPPORT_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!src.stdin.isTTY) throw usage(t.noPassphrase);
  if (!options.create) return askHidden(t.passPrompt, src, t);
  const first = await askHidden(t.newPassPrompt, src, t);
  const second = await askHidden(t.repeatPrompt, src, t);
  if (first !== second) throw new CliError(EXIT.failure, t.passMismatch);
  return first;
}

/** What to say while asking for a new secret: without a terminal, the first prompt, and on a mismatch. */
export interface NewSecretTexts { missing: string; prompt: string; mismatch: string }

/**
 * A new passphrase or login password (passwd, team init, team add): RAPPORT_NEW_PASSPHRASE, or asked twice
 * on a terminal, the two answers compared.
 */
export async function readNewSecret(src: PassphraseSource, t: Messages, texts: NewSecretTexts): Promise<string> {
  const fromEnv = src.env.RAPPORT_NEW_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!src.stdin.isTTY) throw usage(texts.missing);
  const first = await askHidden(texts.prompt, src, t);
  const second = await askHidden(t.repeatPrompt, src, t);
  if (first !== second) throw new CliError(EXIT.failure, texts.mismatch);
  return first;
}

/** A new login password for the shared ledger. */
export const readNewPassword = (src: PassphraseSource, t: Messages): Promise<string> =>
  readNewSecret(src, t, { missing: t.team.noNewPassword, prompt: t.team.newPassPrompt, mismatch: t.passMismatch });

/** A login's password for the shared ledger when its URL carries none: RAPPORT_PASSPHRASE, or asked. */
export async function readServerPassword(src: PassphraseSource, t: Messages, label: string): Promise<string> {
  const fromEnv = src.env.RAPPORT_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!src.stdin.isTTY) throw usage(t.team.noPassword);
  return askHidden(t.team.passwordPrompt(label), src, t);
}

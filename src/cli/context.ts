// What every command works with: the language, the output, the environment, and the ledger –
// opened, unlocked and always closed again.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { createDispatcher, type Dispatcher } from '../services/dispatcher.ts';
import type { ServiceOptions } from '../services/context.ts';
import { failure, unwrap } from './errors.ts';
import type { Io } from './format.ts';
import type { Lang, Messages } from './i18n.ts';
import { readPassphrase } from './passphrase.ts';
import { resolveLedgerPath } from './paths.ts';

export interface CliContext {
  lang: Lang;
  t: Messages;
  io: Io;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  /** The clock (tests may fix it). */
  now: () => Date;
}

export const ledgerPathOf = (ctx: CliContext, cmd: Command): string =>
  resolveLedgerPath((cmd.optsWithGlobals() as { ledger?: string }).ledger, ctx.env);

const passphraseSource = (ctx: CliContext) => ({ env: ctx.env, stdin: ctx.stdin, prompt: (s: string) => ctx.io.err(s) });

export interface OpenOptions {
  /** Create the ledger when there is none (init, demo); otherwise a missing ledger is an error. */
  createIfAbsent?: boolean;
  /** Refuse an existing ledger (init). */
  mustBeNew?: boolean;
  /** Where exports go (report --out / --out-dir). */
  saveTarget?: ServiceOptions['saveTarget'];
  /** Where an import comes from (import FILE). */
  openSource?: ServiceOptions['openSource'];
}

/** Run `fn` with an unlocked ledger; the ledger is locked and closed afterwards, whatever happens. */
export async function withLedger<T>(
  ctx: CliContext,
  cmd: Command,
  options: OpenOptions,
  fn: (dispatcher: Dispatcher, info: { path: string; created: boolean }) => Promise<T>,
): Promise<T> {
  const { t } = ctx;
  const path = ledgerPathOf(ctx, cmd);
  const dispatcher = createDispatcher({ ledgerPath: path, now: ctx.now, saveTarget: options.saveTarget, openSource: options.openSource });
  try {
    const status = unwrap(await dispatcher.call('ledger:status', {}), t);
    let created = false;
    if (status.state === 'absent') {
      if (!options.createIfAbsent) throw failure(t.noLedger(path), 'NO_LEDGER');
      const passphrase = await readPassphrase(passphraseSource(ctx), t, { create: true });
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      unwrap(await dispatcher.call('ledger:create', { passphrase }), t);
      created = true;
    } else {
      if (options.mustBeNew) throw failure(t.ledgerExists(path), 'ALREADY_EXISTS');
      const passphrase = await readPassphrase(passphraseSource(ctx), t, { create: false });
      unwrap(await dispatcher.call('ledger:unlock', { method: 'passphrase', passphrase }), t);
    }
    return await fn(dispatcher, { path, created });
  } finally {
    await dispatcher.close();
  }
}

// rapport passwd: a new passphrase for the ledger. The data key is rewrapped; the database file is not
// touched (docs/security.md 9). The current passphrase comes as for every command (RAPPORT_PASSPHRASE or a
// hidden prompt), the new one from RAPPORT_NEW_PASSPHRASE or a hidden prompt asked twice.
import type { Command } from 'commander';
import { createDispatcher } from '../../services/dispatcher.ts';
import { ledgerPathOf, type CliContext } from '../context.ts';
import { failure, unwrap, usage } from '../errors.ts';
import { readNewSecret, readPassphrase, readServerPassword, type PassphraseSource } from '../passphrase.ts';
import { isServerLedger, parseServerUrl, redactServerUrl, serverLabel } from '../../store/server/url.ts';

const MIN_LENGTH = 8;

const readNewPassphrase = (src: PassphraseSource, { t }: CliContext): Promise<string> =>
  readNewSecret(src, t, { missing: t.passwd.noNewPassphrase, prompt: t.newPassPrompt, mismatch: t.passwd.mismatch });

export function registerPasswd(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  program
    .command('passwd')
    .description(t.passwd.cmd)
    .action(async (_opts: unknown, cmd: Command) => {
      const path = ledgerPathOf(ctx, cmd);
      const src: PassphraseSource = { env: ctx.env, stdin: ctx.stdin, prompt: (s) => io.err(s) };
      const dispatcher = createDispatcher({ ledgerPath: path, now: ctx.now });
      try {
        const status = unwrap(await dispatcher.call('ledger:status', {}), t);
        if (status.state === 'absent') throw failure(t.noLedger(path), 'NO_LEDGER');
        // On the shared ledger this is the login's password: the URL's own, or asked like a passphrase.
        const server = isServerLedger(path) ? parseServerUrl(path) : null;
        const current = server?.password ?? (server ? await readServerPassword(src, t, serverLabel(server)) : await readPassphrase(src, t, { create: false }));
        const next = await readNewPassphrase(src, ctx);
        if ([...next].length < MIN_LENGTH) throw usage(t.passwd.tooShort(MIN_LENGTH));
        if (next === current) throw usage(t.passwd.same);
        // The ledger stays locked: the change needs the current passphrase, not an open database.
        unwrap(await dispatcher.call('ledger:changePassphrase', { current, next }), t);
        io.out(`${t.passwd.done(server ? redactServerUrl(path) : path)}\n${status.remembered ? `${t.passwd.stillRemembered}\n` : ''}`);
      } finally {
        await dispatcher.close();
      }
    });
}

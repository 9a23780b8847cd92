// rapport restore FILE: verify that FILE opens with this ledger's key and passes its checks, keep the current
// ledger as a backup, then put FILE in its place. Works on a damaged ledger too (the passphrase unwraps the key
// even when the database behind it is damaged). A refused file changes nothing.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { isRapportError } from '../../contract/errors.ts';
import { createDispatcher } from '../../services/dispatcher.ts';
import { restoreFile } from '../../services/handlers/backup.ts';
import { backupsDir } from '../../store/backup.ts';
import { ledgerPathOf, type CliContext } from '../context.ts';
import { CliError, EXIT, failure, fromErrorValue, unwrap } from '../errors.ts';
import { readPassphrase } from '../passphrase.ts';

export function registerRestore(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  program
    .command('restore')
    .description(t.backup.restoreCmd)
    .argument('<file>', t.backup.restoreFile)
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const source = resolve(file);
      if (!existsSync(source) || !statSync(source).isFile()) throw failure(t.backup.missing(source), 'NOT_FOUND');
      const path = ledgerPathOf(ctx, cmd);
      const d = createDispatcher({ ledgerPath: path, now: ctx.now });
      try {
        const status = unwrap(await d.call('ledger:status', {}), t);
        if (status.state === 'absent') throw failure(t.noLedger(path), 'NO_LEDGER');
        const passphrase = await readPassphrase({ env: ctx.env, stdin: ctx.stdin, prompt: (s) => io.err(s) }, t, { create: false });
        const unlocked = await d.call('ledger:unlock', { method: 'passphrase', passphrase });
        // A damaged ledger (CORRUPT behind a key that unwrapped) is exactly what restore is for.
        if (!unlocked.ok && unwrap(await d.call('ledger:status', {}), t).state !== 'damaged') throw fromErrorValue(unlocked.error, t);
        try {
          const { kept } = await restoreFile(d.session, source);
          io.out(`${t.backup.restored(source, join(backupsDir(path), kept))}\n`);
        } catch (e) {
          if (!isRapportError(e)) throw e;
          const message = e.code === 'WRONG_KEY_OR_DAMAGED' || e.code === 'CORRUPT' ? t.backup.refused
            : e.code === 'INVALID' ? t.backup.notLedger : e.code === 'NOT_FOUND' ? t.backup.missing(source) : null;
          if (message) throw new CliError(EXIT.failure, `${message} (${e.code})`, e.code);
          throw fromErrorValue({ code: e.code, message: e.message }, t);
        }
      } finally {
        await d.close();
      }
    });
}

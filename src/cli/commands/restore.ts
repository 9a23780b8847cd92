// rapport restore FILE: verify that FILE opens with this ledger's key and passes its checks, keep the current
// ledger as a backup, then put FILE in its place. Works on a damaged ledger too (the passphrase unwraps the key
// even when the database behind it is damaged). A refused file changes nothing.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { isRapportError } from '../../contract/errors.ts';
import { createDispatcher } from '../../services/dispatcher.ts';
import { restoreFile, restoreIntoAbsent } from '../../services/handlers/backup.ts';
import { backupsDir, backupWrapperPath } from '../../store/backup.ts';
import { ledgerFiles } from '../../store/files.ts';
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
        if (status.state === 'absent') {
          // No database here (deleted, or a new machine): the key comes from the ledger's wrapper when it is
          // still there, else from the backup's own wrapper, which is installed with it.
          const passphrase = await readPassphrase({ env: ctx.env, stdin: ctx.stdin, prompt: (s) => io.err(s) }, t, { create: false });
          let unwrapped = false;
          try {
            mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
            await restoreIntoAbsent(d.session, source, passphrase, { onUnwrapped: () => { unwrapped = true; } });
          } catch (e) {
            if (!isRapportError(e)) throw e;
            if (e.code === 'KEYFILE_INVALID' && !existsSync(ledgerFiles(path).keys) && !existsSync(backupWrapperPath(source))) {
              throw new CliError(EXIT.key, `${t.backup.wrapperMissing(backupWrapperPath(source))} (KEYFILE_INVALID)`, e.code);
            }
            const message = !unwrapped ? null
              : e.code === 'WRONG_KEY_OR_DAMAGED' || e.code === 'CORRUPT' ? t.backup.refused
                : e.code === 'INVALID' ? t.backup.notLedger : e.code === 'NOT_FOUND' ? t.backup.missing(source) : null;
            if (message) throw new CliError(EXIT.failure, `${message} (${e.code})`, e.code);
            throw fromErrorValue({ code: e.code, message: e.message }, t);
          }
          io.out(`${t.backup.installed(source, path)}\n`);
          return;
        }
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

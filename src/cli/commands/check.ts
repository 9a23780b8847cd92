// rapport check: integrity, schema version, cipher and counts (ledger:check). Damage exits 3.
import type { Command } from 'commander';
import type { Dispatcher } from '../../services/dispatcher.ts';
import { newestGoodBackup, withLedger, type CliContext } from '../context.ts';
import { CliError, EXIT, unwrap } from '../errors.ts';
import { json, table } from '../format.ts';

export function registerCheck(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  program
    .command('check')
    .description(t.cmd.check)
    .option('--json', t.opt.json)
    .action(async (o: { json?: boolean }, cmd: Command) => {
      // Damaged at unlock: the backups are listed (newest first) and the last line names the one to restore.
      const onDamaged = async (d: Dispatcher) => {
        const list = unwrap(await d.call('backup:list', {}), t);
        if (o.json) return io.out(json({ damaged: true, backups: list }));
        io.out(`${t.backup.damagedList}\n`);
        io.out(list.length === 0 ? `${t.backup.none}\n` : `${list.map((b) => `  ${b.name}`).join('\n')}\n`);
      };
      await withLedger(ctx, cmd, { onDamaged }, async (d, { path }) => {
        const r = unwrap(await d.call('ledger:check', {}), t);
        if (o.json) io.out(json(r));
        else {
          const c = t.check;
          io.out(`${path}\n\n`);
          io.out(table([{ header: '' }, { header: '' }], [
            [c.quickCheck, r.quickCheck],
            [c.integrityCheck, r.integrityCheck],
            [c.foreignKeys, String(r.foreignKeyViolations)],
            [c.schemaVersion, String(r.schemaVersion)],
            [c.cipher, r.cipher],
            [c.sqlite, r.sqliteVersion],
            [c.clients, String(r.counts.clients)],
            [c.contacts, String(r.counts.contacts)],
            [c.events, String(r.counts.events)],
          ]).replace(/^\s*\n/, ''));
        }
        if (r.quickCheck !== 'ok' || r.integrityCheck !== 'ok' || r.foreignKeyViolations > 0) {
          throw new CliError(EXIT.key, `${t.damaged} (CORRUPT); ${t.backup.restoreWith(newestGoodBackup(d, path))}`, 'CORRUPT');
        }
      });
    });
}

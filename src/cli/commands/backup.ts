// rapport backup [--out FILE] [--list] [--json]: backup:create and backup:list, the channels the app uses.
// Without --out the backup goes into the backups folder beside the ledger; the path is printed either way.
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { backupsDir } from '../../store/backup.ts';
import type { Dispatcher } from '../../services/dispatcher.ts';
import { withLedger, type CliContext } from '../context.ts';
import { unwrap } from '../errors.ts';
import { json, table } from '../format.ts';

interface BackupOpts { out?: string; list?: boolean; json?: boolean; force?: boolean }

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function registerBackup(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  program
    .command('backup')
    .description(t.backup.cmd)
    .option('--out <file>', t.backup.out)
    .option('--force', t.opt.force)
    .option('--list', t.backup.list)
    .option('--json', t.opt.json)
    .action(async (opts: BackupOpts, cmd: Command) => {
      const out = opts.out ? resolve(opts.out) : null;
      const printList = async (d: Dispatcher) => {
        const list = unwrap(await d.call('backup:list', {}), t);
        if (opts.json) return io.out(json(list));
        if (list.length === 0) return io.out(`${t.backup.none}\n`);
        const h = t.backup.head;
        io.out(table(
          [{ header: h.created }, { header: h.reason }, { header: h.size, align: 'right' }, { header: h.name, flexible: true }],
          list.map((b) => [`${b.createdAt.slice(0, 16).replace('T', ' ')} UTC`, b.reason, size(b.bytes), b.name]),
          io.columns,
        ));
      };
      // On a damaged ledger --list still lists (the backups are what is needed now); the exit code stays 3
      // and the last line names the backup to restore and the command.
      const onDamaged = opts.list ? { onDamaged: async (d: Dispatcher) => { await printList(d); } } : {};
      await withLedger(ctx, cmd, { ...(out ? { saveTarget: async () => ({ path: out, replace: opts.force === true }) } : {}), ...onDamaged }, async (d, { path }) => {
        if (opts.list) {
          await printList(d);
          return;
        }
        const r = unwrap(await d.call('backup:create', { destination: out ? 'choose' : 'backups' }), t);
        const written = out ?? join(backupsDir(path), r.fileName);
        if (opts.json) io.out(json({ path: written, bytes: r.bytes }));
        else io.out(`${t.backup.written(written)}\n`);
      });
    });
}

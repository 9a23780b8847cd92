// rapport check: integrity, schema version, cipher and counts (ledger:check). Damage exits 3.
import type { Command } from 'commander';
import { withLedger, type CliContext } from '../context.ts';
import { CliError, EXIT, unwrap } from '../errors.ts';
import { json, table } from '../format.ts';

export function registerCheck(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  program
    .command('check')
    .description(t.cmd.check)
    .option('--json', t.opt.json)
    .action(async (o: { json?: boolean }, cmd: Command) => {
      await withLedger(ctx, cmd, {}, async (d, { path }) => {
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
          throw new CliError(EXIT.key, `${t.damaged} (CORRUPT)`, 'CORRUPT');
        }
      });
    });
}

// rapport export --out FILE [--format json|csv|ics] [--client CLIENT]: the same export channels the app
// uses; the save target is the path on the command line (an existing file only with --force). Every format
// is written unencrypted (JSON is the whole ledger): say so.
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { withLedger, type CliContext } from '../context.ts';
import { unwrap, usage } from '../errors.ts';
import { resolveClient } from '../resolve.ts';

interface ExportOpts { out?: string; format: 'json' | 'csv' | 'ics'; client?: string; force?: boolean }

export function registerExport(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  program
    .command('export')
    .description(t.export.cmd)
    .option('--out <file>', t.export.out)
    .addOption(new Option('--format <format>', t.export.format).choices(['json', 'csv', 'ics']).default('json'))
    .option('--client <client>', t.export.client)
    .option('--force', t.opt.force)
    .action(async (opts: ExportOpts, cmd: Command) => {
      const lang = (cmd.optsWithGlobals() as { lang?: 'de' | 'en' }).lang ?? ctx.lang;
      if (!opts.out) throw usage(t.export.needsOut);
      if (opts.client !== undefined && opts.format !== 'csv') throw usage(t.export.clientOnlyCsv);
      const out = resolve(opts.out);
      await withLedger(ctx, cmd, { saveTarget: async () => ({ path: out, replace: opts.force === true }) }, async (d) => {
        if (opts.format === 'json') {
          const r = unwrap(await d.call('export:json', {}), t);
          io.out(`${t.export.written(out, r.bytes)}\n`);
        } else if (opts.format === 'csv') {
          const clientId = opts.client === undefined ? undefined : (await resolveClient(d, opts.client, t)).id;
          const r = unwrap(await d.call('export:eventsCsv', { lang, ...(clientId === undefined ? {} : { clientId }) }), t);
          io.out(`${t.export.written(out, r.bytes)}\n`);
        } else {
          const r = unwrap(await d.call('export:ics', { lang }), t);
          io.out(`${t.export.written(out, r.bytes)}\n`);
        }
        io.err(`${t.export.notEncrypted}\n`);
      });
    });
}

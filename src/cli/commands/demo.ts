// rapport demo: create the ledger if needed and fill it with the demo agency (never a ledger with clients).
import type { Command } from 'commander';
import { buildDemoAgency, DemoBuildError } from '../../services/demo/index.ts';
import { withLedger, type CliContext } from '../context.ts';
import { failure, fromErrorValue, unwrap } from '../errors.ts';
import { json } from '../format.ts';
import type { Lang } from '../i18n.ts';

export function registerDemo(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description(ctx.t.cmd.demo)
    .option('--json', ctx.t.opt.json)
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const { t, io } = ctx;
      const lang = ((cmd.optsWithGlobals() as { lang?: Lang }).lang ?? ctx.lang) as Lang;
      await withLedger(ctx, cmd, { createIfAbsent: true }, async (d, { path, created }) => {
        const existing = unwrap(await d.call('clients:list', { includeArchived: true }), t);
        if (existing.length > 0) throw failure(t.demoNotEmpty);
        if (created && !opts.json) io.out(`${t.created(path)}\n`);
        try {
          const summary = await buildDemoAgency(d, {
            lang,
            today: ctx.now(),
            onClient: (name, i, n) => {
              if (!opts.json) io.err(`${t.demoBuilding(name, i, n)}\n`);
            },
          });
          if (opts.json) {
            io.out(json(summary));
            return;
          }
          io.out(`${t.demoDone(summary.agencyName, summary.clients, summary.contacts, summary.events)}\n`);
          io.out(`${Object.entries(summary.byKind).map(([k, n]) => `${t.kinds[k as keyof typeof t.kinds]} ${n}`).join(' · ')}\n`);
        } catch (e) {
          if (e instanceof DemoBuildError) throw fromErrorValue({ code: e.code, message: e.message }, t);
          throw e;
        }
      });
    });
}

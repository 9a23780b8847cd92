// rapport demo: create the ledger if needed and fill it with the demo agency (never a ledger with clients).
import type { Command } from 'commander';
import { buildDemoAgency, DemoBuildError } from '../../services/demo/index.ts';
import { buildScale } from '../../services/demo/scale/index.ts';
import { todayIso } from '../../domain/dates.ts';
import { withLedger, type CliContext } from '../context.ts';
import { failure, fromErrorValue, unwrap, usage } from '../errors.ts';
import { json } from '../format.ts';
import type { Lang } from '../i18n.ts';

export function registerDemo(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description(ctx.t.cmd.demo)
    .option('--json', ctx.t.opt.json)
    .option('--scale <events>', ctx.t.demoScaleOption)
    .option('--seed <n>', 'seed', '20261122')
    .action(async (opts: { json?: boolean; scale?: string; seed: string }, cmd: Command) => {
      const { t, io } = ctx;
      const lang = ((cmd.optsWithGlobals() as { lang?: Lang }).lang ?? ctx.lang) as Lang;
      const scale = opts.scale === undefined ? null : Number(opts.scale);
      if (scale !== null && (!Number.isInteger(scale) || scale < 1000 || scale > 5_000_000)) throw usage(t.demoScaleInvalid);
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed)) throw usage(t.demoScaleInvalid);
      await withLedger(ctx, cmd, { createIfAbsent: true }, async (d, { path, created }) => {
        const existing = unwrap(await d.call('clients:list', { includeArchived: true }), t);
        if (existing.length > 0) throw failure(t.demoNotEmpty);
        if (created && !opts.json) io.out(`${t.created(path)}\n`);
        if (scale !== null) {
          // The bulk load writes through the store's bulk writer on the open ledger, not event by event
          // through the dispatcher: a million durable single-event transactions would take hours.
          const ledger = d.session.ledger;
          if (ledger?.kind !== 'file') throw failure(t.noLedger(path), 'NO_LEDGER');
          const fmt = (n: number) => n.toLocaleString(lang === 'de' ? 'de-DE' : 'en');
          const summary = buildScale(ledger.raw, {
            events: scale, seed, lang, today: todayIso(ctx.now()), now: ctx.now(),
            onProgress: (p) => io.err(`${t.demoScaleProgress(fmt(p.events), fmt(p.sizes.events))}\n`),
          });
          if (opts.json) io.out(json(summary));
          else io.out(`${t.demoScaleDone(summary.clients, summary.contacts, summary.events, summary.largest.name, summary.largest.events)}\n`);
          return;
        }
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

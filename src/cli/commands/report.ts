// rapport report CLIENT --out FILE.pdf | --all --out-dir DIR [--preset client|internal]: the renewal report
// (default: the client preset, without the internal sections) through report:exportPdf,
// the same channel the app uses; here the save target is the path given on the command line (an existing
// file only with --force). PDFs are not encrypted: say so.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { addDays, todayIso } from '../../domain/dates.ts';
import { RapportError } from '../../contract/errors.ts';
import { REPORT_PRESETS, type ReportPreset } from '../../contract/report.ts';
import { assertNotOwnFile } from '../../store/output-target.ts';
import { ledgerPathOf, withLedger, type CliContext } from '../context.ts';
import { fromErrorValue, unwrap, usage } from '../errors.ts';
import { resolveClient } from '../resolve.ts';
import { checkDate } from './options.ts';

interface ReportOpts { out?: string; outDir?: string; all?: boolean; from?: string; to?: string; preset?: string; force?: boolean }

export function registerReport(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  program
    .command('report')
    .description(t.cmd.report)
    .argument('[client]')
    .option('--out <file>', t.report.out)
    .option('--out-dir <dir>', t.report.outDir)
    .option('--all', t.report.all)
    .option('--from <date>', t.report.from)
    .option('--to <date>', t.report.to)
    .option('--preset <who>', t.report.preset)
    .option('--force', t.opt.force)
    .action(async (query: string | undefined, opts: ReportOpts, cmd: Command) => {
      const lang = (cmd.optsWithGlobals() as { lang?: 'de' | 'en' }).lang ?? ctx.lang;
      if (opts.preset !== undefined && !(REPORT_PRESETS as readonly string[]).includes(opts.preset)) throw usage(t.report.badPreset(opts.preset));
      const choice = {
        ...(opts.from ? { from: checkDate('--from', opts.from, t) } : {}),
        ...(opts.to ? { to: checkDate('--to', opts.to, t) } : {}),
        ...(opts.preset ? { preset: opts.preset as ReportPreset } : {}),
      };
      const replace = opts.force === true;
      if (opts.all) {
        if (!opts.outDir) throw usage(t.report.needsOut);
        const dir = resolve(opts.outDir);
        // The folder itself must not be (or lie in) the ledger's own: nothing is made there. Each file is
        // checked again by report:exportPdf.
        try {
          assertNotOwnFile(ledgerPathOf(ctx, cmd), dir);
        } catch (e) {
          throw e instanceof RapportError ? fromErrorValue({ code: e.code, message: e.message }, t) : e;
        }
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        await withLedger(ctx, cmd, { saveTarget: async (name) => ({ path: join(dir, name), replace }) }, async (d) => {
          const today = todayIso(ctx.now());
          const { clients } = unwrap(await d.call('portfolio:get', {}), t);
          const due = clients.filter((c) => c.renewalDate !== null && c.renewalDate >= today && c.renewalDate <= addDays(today, 90));
          if (due.length === 0) return io.out(`${t.report.noneDue}\n`);
          for (const c of due) {
            const r = unwrap(await d.call('report:exportPdf', { clientId: c.id, lang, ...choice }), t);
            io.out(`${t.report.written(join(dir, r.fileName), r.pages)}\n`);
          }
          io.err(`${t.export.notEncryptedAll}\n`);
        });
        return;
      }
      if (!query) throw usage(t.report.needsClient);
      if (!opts.out) throw usage(t.report.needsOut);
      const out = resolve(opts.out);
      await withLedger(ctx, cmd, { saveTarget: async () => ({ path: out, replace }) }, async (d) => {
        const client = await resolveClient(d, query, t);
        const r = unwrap(await d.call('report:exportPdf', { clientId: client.id, lang, ...choice }), t);
        io.out(`${t.report.written(out, r.pages)}\n`);
        io.err(`${t.export.notEncrypted}\n`);
      });
    });
}

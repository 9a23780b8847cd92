// rapport talk-sheet PREP --out FILE.pdf: the talk sheet of a mediation prep through
// mediation:exportTalkSheet, the channel the app uses; the save target is the path on the command line (an
// existing file only with --force). The PDF is not encrypted: say so.
// PREP is the prep's id, or the start of its crisis title when only one prep's title starts so.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { PrepSummary } from '../../contract/mediation.ts';
import type { Dispatcher } from '../../services/dispatcher.ts';
import { withLedger, type CliContext } from '../context.ts';
import { failure, unwrap, usage } from '../errors.ts';
import type { Messages } from '../i18n.ts';

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase();

async function resolvePrep(d: Dispatcher, query: string, t: Messages): Promise<number> {
  const q = query.trim();
  const preps = unwrap(await d.call('mediation:list', {}), t);
  if (/^\d+$/.test(q)) {
    // An id that names no prep is still tried as a title below ("2026 …" could start one).
    if (preps.some((p) => p.id === Number(q))) return Number(q);
  }
  const exact = preps.filter((p) => fold(p.eventTitle) === fold(q));
  const matches: PrepSummary[] = exact.length > 0 ? exact : preps.filter((p) => q !== '' && fold(p.eventTitle).startsWith(fold(q)));
  const [only] = matches;
  if (matches.length === 1 && only) return only.id;
  if (matches.length > 1) throw failure(t.talkSheet.ambiguous(q, matches.map((p) => `#${p.id} ${p.eventTitle} (${p.clientName})`).join(', ')));
  throw failure(t.talkSheet.noPrep(q), 'NOT_FOUND');
}

export function registerTalkSheet(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  program
    .command('talk-sheet')
    .description(t.talkSheet.cmd)
    .argument('<prep>')
    .option('--out <file>', t.talkSheet.out)
    .option('--force', t.opt.force)
    .action(async (query: string, opts: { out?: string; force?: boolean }, cmd: Command) => {
      const lang = (cmd.optsWithGlobals() as { lang?: 'de' | 'en' }).lang ?? ctx.lang;
      if (!opts.out) throw usage(t.talkSheet.needsOut);
      const out = resolve(opts.out);
      await withLedger(ctx, cmd, { saveTarget: async () => ({ path: out, replace: opts.force === true }) }, async (d) => {
        const prepId = await resolvePrep(d, query, t);
        const r = unwrap(await d.call('mediation:exportTalkSheet', { prepId, lang }), t);
        io.out(`${t.talkSheet.written(out, r.pages)}\n`);
        io.err(`${t.export.notEncrypted}\n`);
      });
    });
}

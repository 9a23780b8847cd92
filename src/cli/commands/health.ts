// rapport health CLIENT: the score, the band and every factor with its reason, from the same function
// the app and the report use (health:get).
import type { Command } from 'commander';
import { withLedger, type CliContext } from '../context.ts';
import { unwrap } from '../errors.ts';
import { json, table } from '../format.ts';
import { resolveClient } from '../resolve.ts';

export function registerHealth(program: Command, ctx: CliContext): void {
  const { t, io, lang } = ctx;
  program
    .command('health')
    .description(t.cmd.health)
    .argument('<client>')
    .option('--json', t.opt.json)
    .action(async (query: string, opts: { json?: boolean }, cmd: Command) => {
      await withLedger(ctx, cmd, {}, async (d) => {
        const client = await resolveClient(d, query, t);
        const h = unwrap(await d.call('health:get', { clientId: client.id }), t);
        if (opts.json) return io.out(json({ client: { id: client.id, name: client.name }, ...h }));
        const out: string[] = [`${t.healthHead(client.name, h.score, h.bandLabel[lang])}`];
        if (h.forcedBy) out.push(t.forcedBy(t.factor[h.forcedBy] ?? h.forcedBy));
        out.push('');
        const hd = t.head;
        out.push(table(
          [
            { header: hd.factor }, { header: hd.score, align: 'right' }, { header: hd.weight, align: 'right' },
            { header: hd.points, align: 'right' }, { header: hd.why, flexible: true, min: 30 },
          ],
          h.factors.map((f) => [
            t.factor[f.key] ?? f.key, f.value.toFixed(2), String(f.weight), f.points.toFixed(1), f.sentence[lang],
          ]),
          io.columns,
        ).trimEnd());
        out.push('', `${t.reminders}:`);
        if (h.reminders.length === 0) out.push(`  ${t.noReminders}`);
        for (const r of h.reminders) out.push(`  ${r.on}  ${r.sentence[lang]}`);
        const observed = h.nevTrend.filter((m) => m.nev !== null);
        if (observed.length) {
          out.push('', `${t.nevTrend}:`, `  ${observed.map((m) => `${m.month}: ${m.nev!.toFixed(2)}`).join(' · ')}`);
        }
        io.out(`${out.join('\n')}\n`);
      });
    });
}

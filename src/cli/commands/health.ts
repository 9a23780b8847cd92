// rapport health CLIENT: the score, the band, the severe signals that decide it (primary driver first) and
// every factor with its reason, from the same function the app and the report use (health:get). --json
// prints health:get as it is (rules and weightedScore included).
import type { Command } from 'commander';
import type { HealthRule } from '../../contract/health.ts';
import { bandLabel } from '../../domain/health/bands.ts';
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
        if (h.rules.length > 0) {
          // The severe signals, one line each, the primary driver first; then what they did to the score.
          const ref = unwrap(await d.call('reference:get', {}), t);
          const stageName = (stage: number) => {
            const g = ref.glaslStages.find((x) => x.stage === stage);
            return g ? (lang === 'de' ? g.labelDe : g.labelEn) : null;
          };
          const sentence = (r: HealthRule): string => {
            const band = bandLabel(r.cap)[lang];
            switch (r.code) {
              case 'openCrisisGlasl':
                return t.rule.openCrisisGlasl(r.stage, stageName(r.stage), band, r.cap === 'in_crisis');
              case 'renewalWithCrisis':
                return t.rule.renewalWithCrisis(r.days, r.noticeDays === null ? null : r.days - r.noticeDays, band);
            }
          };
          h.rules.forEach((r, i) => out.push(`  ${i === 0 ? t.rule.primary : t.rule.also}: ${sentence(r)}`));
          out.push(`  ${h.weightedScore > h.score ? t.rule.capped(h.weightedScore, h.score) : t.rule.holds(h.score)}`);
        }
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

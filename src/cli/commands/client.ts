// rapport client add | list
import { daysBetween, todayIso } from '../../domain/dates.ts';
import type { Command } from 'commander';
import type { PortfolioRow } from '../../contract/health.ts';
import { withLedger, type CliContext } from '../context.ts';
import { unwrap, usage } from '../errors.ts';
import { json, money, table } from '../format.ts';
import { checkDate } from './options.ts';

function parseCadence(value: string | undefined, ctx: CliContext): { cadenceIdealDays?: number; cadenceMaxDays?: number } {
  if (value === undefined) return {};
  const m = /^(\d{1,4})(?:\/(\d{1,4}))?$/.exec(value.trim());
  if (!m) throw usage(ctx.t.badCadence(value));
  const ideal = Number(m[1]);
  const max = m[2] === undefined ? Math.max(ideal * 2, ideal) : Number(m[2]);
  if (ideal < 1 || max < ideal) throw usage(ctx.t.badCadence(value));
  return { cadenceIdealDays: ideal, cadenceMaxDays: max };
}

export function clientRows(clients: readonly PortfolioRow[], ctx: CliContext): string[][] {
  const { t } = ctx;
  const today = todayIso(ctx.now());
  return clients.map((c) => {
    const last = c.lastPersonalContact ? t.daysAgo(daysBetween(c.lastPersonalContact, today)) : '–';
    const renewal = c.renewalDate ? `${c.renewalDate} (${t.inDays(daysBetween(today, c.renewalDate))})` : '–';
    const status = c.status === 'archived' ? ` [${t.archived}]` : c.status === 'paused' ? ` [${t.paused}]` : '';
    return [
      String(c.id),
      c.name + status,
      String(c.health.score),
      c.health.bandLabel[ctx.lang],
      c.since,
      c.owner ?? '–',
      c.contractValue === null ? '–' : money(c.contractValue, c.currency, ctx.lang),
      String(c.eventCount),
      c.openCrises ? String(c.openCrises) : '–',
      last,
      renewal,
    ];
  });
}

export function registerClient(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  const group = program.command('client').description(t.cmd.client);

  group
    .command('add')
    .description(t.cmd.clientAdd)
    .argument('<name>')
    .option('--since <date>', t.opt.since)
    .option('--owner <name>', t.opt.owner)
    .option('--cadence <days>', t.opt.cadence)
    .option('--json', t.opt.json)
    .action(async (name: string, opts: { since?: string; owner?: string; cadence?: string; json?: boolean }, cmd: Command) => {
      const since = opts.since === undefined ? todayIso(ctx.now()) : checkDate('--since', opts.since, t);
      const cadence = parseCadence(opts.cadence, ctx);
      await withLedger(ctx, cmd, {}, async (d) => {
        const client = unwrap(await d.call('clients:create', { name, since, owner: opts.owner ?? null, ...cadence }), t);
        io.out(opts.json ? json(client) : `${t.clientAdded(client.id, client.name, client.since)}\n`);
      });
    });

  group
    .command('list')
    .description(t.cmd.clientList)
    .option('--all', t.opt.all)
    .option('--json', t.opt.json)
    .action(async (opts: { all?: boolean; json?: boolean }, cmd: Command) => {
      await withLedger(ctx, cmd, {}, async (d) => {
        // The portfolio is the client list with each relationship's health and due reminders.
        const { clients } = unwrap(await d.call('portfolio:get', { includeArchived: opts.all ?? false }), t);
        if (opts.json) return io.out(json(clients));
        if (clients.length === 0) return io.out(`${t.noClients}\n`);
        const h = t.head;
        io.out(table(
          [
            { header: h.id, align: 'right' }, { header: h.name, flexible: true, min: 24 },
            { header: h.health, align: 'right' }, { header: h.band }, { header: h.since },
            { header: h.owner, flexible: true, min: 10 }, { header: h.value, align: 'right' },
            { header: h.events, align: 'right' }, { header: h.crises, align: 'right' }, { header: h.lastContact, align: 'right' },
            { header: h.renewal },
          ],
          clientRows(clients, ctx),
          io.columns,
        ));
      });
    });
}

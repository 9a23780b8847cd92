// rapport search QUERY: full-text search over clients, contacts and events.
import type { Command } from 'commander';
import { withLedger, type CliContext } from '../context.ts';
import { unwrap } from '../errors.ts';
import { json, oneLine, table } from '../format.ts';
import { resolveClient } from '../resolve.ts';
import { checkInt } from './options.ts';

export function registerSearch(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  program
    .command('search')
    .description(t.cmd.search)
    .argument('<query...>')
    .option('--client <client>', t.opt.client)
    .option('--limit <n>', t.opt.limit)
    .option('--json', t.opt.json)
    .action(async (words: string[], o: { client?: string; limit?: string; json?: boolean }, cmd: Command) => {
      const limit = o.limit === undefined ? 30 : checkInt('--limit', o.limit, t, 1, 200);
      const query = words.join(' ');
      await withLedger(ctx, cmd, {}, async (d) => {
        const clientId = o.client === undefined ? undefined : (await resolveClient(d, o.client, t)).id;
        const { hits } = unwrap(await d.call('search:query', { query, limit, ...(clientId ? { clientId } : {}) }), t);
        if (o.json) return io.out(json(hits));
        if (hits.length === 0) return io.out(`${t.noHits}\n`);
        const h = t.head;
        io.out(table(
          [
            { header: h.type }, { header: h.client, flexible: true }, { header: h.date },
            { header: h.title, flexible: true }, { header: h.snippet, flexible: true },
          ],
          hits.map((hit) => [
            hit.entity === 'event' && hit.kind ? t.kinds[hit.kind] : t.entity[hit.entity === 'client' ? 'client' : 'contact'],
            hit.clientName,
            hit.occurredOn ?? '',
            oneLine(hit.title),
            oneLine(hit.snippet),
          ]),
          io.columns,
        ));
      });
    });
}

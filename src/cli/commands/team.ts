// rapport team init | upgrade | add | list | remove | assign | unassign: the agency's shared ledger.
import type { Command } from 'commander';
import { Option } from 'commander';
import type { TeamList } from '../../contract/team.ts';
import { createDispatcher } from '../../services/dispatcher.ts';
import { ledgerPathOf, withLedger, type CliContext } from '../context.ts';
import { unwrap, usage } from '../errors.ts';
import { json, table } from '../format.ts';
import { readNewPassword, readServerPassword } from '../passphrase.ts';
import { isServerLedger, parseServerUrl, serverLabel } from '../../store/server/url.ts';
import { resolveClient } from '../resolve.ts';

const passwordSource = (ctx: CliContext) => ({ env: ctx.env, stdin: ctx.stdin, prompt: (s: string) => ctx.io.err(s) });

export function registerTeam(program: Command, ctx: CliContext): void {
  const { t, io } = ctx;
  const tt = t.team;
  const group = program.command('team').description(tt.cmd);

  const printTeam = (team: TeamList, asJson: boolean | undefined) => {
    if (asJson) return io.out(json(team));
    io.out(table(
      [{ header: tt.head.name, flexible: true }, { header: tt.head.login }, { header: tt.head.role }, { header: tt.head.clients, flexible: true }],
      team.people.map((p) => [
        p.name + (team.me?.login === p.login ? tt.you : ''), p.login, tt.roles[p.role],
        p.role === 'owner' ? '*' : p.clientIds.map((id) => `#${id}`).join(', ') || '–',
      ]),
      io.columns,
    ));
  };

  // The administrator's commands: no person to unlock as, so the dispatcher opens its own admin connection.
  const asAdmin = async <T>(cmd: Command, fn: (d: ReturnType<typeof createDispatcher>) => Promise<T>): Promise<T> => {
    const d = createDispatcher({ ledgerPath: ledgerPathOf(ctx, cmd), now: ctx.now });
    try {
      return await fn(d);
    } finally {
      await d.close();
    }
  };

  group.command('init').description(tt.init)
    .requiredOption('--owner <name>', tt.owner)
    .option('--login <login>', tt.login)
    .option('--json', t.opt.json)
    .action(async (o: { owner: string; login?: string; json?: boolean }, cmd: Command) => {
      const password = await readNewPassword(passwordSource(ctx), t);
      const team = await asAdmin(cmd, async (d) =>
        unwrap(await d.call('team:init', { owner: o.owner, password, ...(o.login ? { login: o.login } : {}) }), t));
      const owner = team.people[0]!;
      io.out(o.json ? json(team) : `${tt.initDone(owner.name, owner.login)}\n`);
    });

  group.command('upgrade').description(tt.upgrade)
    .option('--json', t.opt.json)
    .action(async (o: { json?: boolean }, cmd: Command) => {
      const result = await asAdmin(cmd, async (d) => unwrap(await d.call('team:upgrade', {}), t));
      io.out(o.json ? json(result) : `${tt.upgraded(result.applied.length, result.schemaVersion)}\n`);
    });

  group.command('add').description(tt.add)
    .argument('<name>')
    .addOption(new Option('--role <role>', tt.role).choices(['owner', 'consultant']).makeOptionMandatory())
    .option('--login <login>', tt.login)
    .option('--json', t.opt.json)
    .action(async (name: string, o: { role: 'owner' | 'consultant'; login?: string; json?: boolean }, cmd: Command) => {
      await withLedger(ctx, cmd, {}, async (d) => {
        const password = await readNewPassword(passwordSource(ctx), t);
        const team = unwrap(await d.call('team:add', { name, role: o.role, password, ...(o.login ? { login: o.login } : {}) }), t);
        const added = team.people.find((p) => p.name === name.trim()) ?? team.people.at(-1)!;
        io.out(o.json ? json(team) : `${tt.added(added.name, added.login, tt.roles[added.role])}\n`);
      });
    });

  group.command('list').description(tt.list)
    .option('--json', t.opt.json)
    .action(async (o: { json?: boolean }, cmd: Command) => {
      await withLedger(ctx, cmd, {}, async (d) => printTeam(unwrap(await d.call('team:list', {}), t), o.json));
    });

  group.command('remove').description(tt.remove)
    .argument('<name>')
    .action(async (name: string, _o: unknown, cmd: Command) => {
      await withLedger(ctx, cmd, {}, async (d) => {
        unwrap(await d.call('team:remove', { who: name }), t);
        io.out(`${tt.removed(name)}\n`);
      });
    });

  group.command('push').description(tt.push)
    .argument('<url>')
    .option('--dry-run', tt.dryRun)
    .option('--json', t.opt.json)
    .action(async (url: string, o: { dryRun?: boolean; json?: boolean }, cmd: Command) => {
      if (isServerLedger(ledgerPathOf(ctx, cmd))) throw usage(tt.pushFileOnly);
      await withLedger(ctx, cmd, {}, async (d) => {
        const address = parseServerUrl(url);
        // RAPPORT_PASSPHRASE is the file's; the login's password is in the URL or asked on the terminal.
        const password = address.password ?? await readServerPassword({ ...passwordSource(ctx), env: {} }, t, serverLabel(address));
        const report = unwrap(await d.call('ledger:pushToServer', { url, password, dryRun: o.dryRun ?? false }), t);
        if (o.json) return io.out(json(report));
        io.out(`${tt.pushed(report.dryRun, report.created)}\n${report.skipped.map((s) => `${tt.pushSkipped(s.name)}\n`).join('')}`);
      });
    });

  for (const [verb, channel, done] of [['assign', 'team:assign', tt.assigned], ['unassign', 'team:unassign', tt.unassigned]] as const) {
    group.command(verb).description(tt[verb])
      .argument('<client>')
      .argument('<name>')
      .option('--json', t.opt.json)
      .action(async (clientQuery: string, name: string, o: { json?: boolean }, cmd: Command) => {
        await withLedger(ctx, cmd, {}, async (d) => {
          const client = await resolveClient(d, clientQuery, t);
          const team = unwrap(await d.call(channel, { clientId: client.id, who: name }), t);
          const person = team.people.find((p) => p.login === name.trim().toLowerCase() || p.name.toLowerCase() === name.trim().toLowerCase());
          io.out(o.json ? json(team) : `${done(client.name, person?.name ?? name)}\n`);
        });
      });
  }
}

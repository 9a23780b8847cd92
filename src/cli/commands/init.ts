// rapport init: a new encrypted ledger; an existing one is never touched.
import type { Command } from 'commander';
import { withLedger, type CliContext } from '../context.ts';

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description(ctx.t.cmd.init)
    .action(async (_opts: unknown, cmd: Command) => {
      await withLedger(ctx, cmd, { createIfAbsent: true, mustBeNew: true }, async (_d, { path }) => {
        ctx.io.out(`${ctx.t.created(path)}\n${ctx.t.keepSafe}\n`);
      });
    });
}

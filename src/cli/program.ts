// The `rapport` command line: global options, the command groups, and the mapping of every
// outcome to an exit code (0 ok, 1 failure, 2 usage, 3 wrong passphrase or damaged ledger).
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { registerBackup } from './commands/backup.ts';
import { registerCheck } from './commands/check.ts';
import { registerClient } from './commands/client.ts';
import { registerDemo } from './commands/demo.ts';
import { registerEvent } from './commands/event.ts';
import { registerExport } from './commands/export.ts';
import { registerHealth } from './commands/health.ts';
import { registerImport } from './commands/import.ts';
import { registerReport } from './commands/report.ts';
import { registerRestore } from './commands/restore.ts';
import { registerTalkSheet } from './commands/talk-sheet.ts';
import { registerInit } from './commands/init.ts';
import { registerPasswd } from './commands/passwd.ts';
import { registerSearch } from './commands/search.ts';
import { registerTeam } from './commands/team.ts';
import { registerTimeline } from './commands/timeline.ts';
import type { CliContext } from './context.ts';
import { CliError, EXIT } from './errors.ts';
import { safeIo, type Io } from './format.ts';
import { detectLang, MESSAGES } from './i18n.ts';

export interface CliDeps {
  env?: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadStream;
  io?: Io;
  now?: () => Date;
}

const processIo = (): Io => ({
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  status: process.stderr.isTTY ? (line) => void process.stderr.write(line === null ? '\r\x1b[K' : `\r\x1b[K${line}`) : undefined,
});

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export function buildProgram(ctx: CliContext): Command {
  const { t } = ctx;
  const program = new Command('rapport')
    .description(t.description)
    .version(version(), '-V, --version')
    .option('--ledger <file|url>', t.opt.ledger)
    .addOption(new Option('--lang <lang>', t.opt.lang).choices(['de', 'en']))
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.out(s),
      writeErr: (s) => ctx.io.err(s),
      outputError: (s, write) => write(`rapport: ${s.replace(/^error: /, '').trimEnd()} ${t.seeHelp}\n`),
    });
  registerInit(program, ctx);
  registerDemo(program, ctx);
  registerClient(program, ctx);
  registerEvent(program, ctx);
  registerTimeline(program, ctx);
  registerHealth(program, ctx);
  registerReport(program, ctx);
  registerExport(program, ctx);
  registerTalkSheet(program, ctx);
  registerSearch(program, ctx);
  registerImport(program, ctx);
  registerPasswd(program, ctx);
  registerCheck(program, ctx);
  registerBackup(program, ctx);
  registerRestore(program, ctx);
  registerTeam(program, ctx);
  return program;
}

/** Run the CLI on the arguments after the program name; resolves to the exit code. */
export async function runCli(args: readonly string[], deps: CliDeps = {}): Promise<number> {
  const env = deps.env ?? process.env;
  const lang = detectLang(args, env);
  const ctx: CliContext = {
    lang,
    t: MESSAGES[lang],
    io: safeIo(deps.io ?? processIo()), // no terminal control from the ledger reaches the terminal
    env,
    stdin: deps.stdin ?? process.stdin,
    now: deps.now ?? (() => new Date()),
  };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version end with 0; anything else commander refuses is a usage error (already printed).
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof CliError) {
      ctx.io.err(`rapport: ${e.message}\n`);
      return e.exitCode;
    }
    ctx.io.err(`rapport: ${ctx.t.internal}\n`);
    if (env.RAPPORT_DEBUG) ctx.io.err(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return EXIT.failure;
  }
}

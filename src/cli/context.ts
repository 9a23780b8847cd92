// What every command works with: the language, the output, the environment, and the ledger –
// opened, unlocked and always closed again.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { copyOfKey } from '../services/backup-state.ts';
import { createDispatcher, type Dispatcher } from '../services/dispatcher.ts';
import { listBackups, verifyBackup } from '../store/backup.ts';
import { ledgerFiles } from '../store/files.ts';
import type { ServiceOptions } from '../services/context.ts';
import { CliError, EXIT, failure, fromErrorValue, unwrap, usage } from './errors.ts';
import type { Io } from './format.ts';
import type { Lang, Messages } from './i18n.ts';
import { readPassphrase, readServerPassword } from './passphrase.ts';
import { isServerLedger, parseServerUrl, redactServerUrl, serverLabel } from '../store/server/url.ts';
import { resolveLedgerPath } from './paths.ts';

export interface CliContext {
  lang: Lang;
  t: Messages;
  io: Io;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  /** The clock (tests may fix it). */
  now: () => Date;
}

export const ledgerPathOf = (ctx: CliContext, cmd: Command): string =>
  resolveLedgerPath((cmd.optsWithGlobals() as { ledger?: string }).ledger, ctx.env);

const passphraseSource = (ctx: CliContext) => ({ env: ctx.env, stdin: ctx.stdin, prompt: (s: string) => ctx.io.err(s) });

export interface OpenOptions {
  /** Create the ledger when there is none (init, demo); otherwise a missing ledger is an error. */
  createIfAbsent?: boolean;
  /** Refuse an existing ledger (init). */
  mustBeNew?: boolean;
  /** Where exports go (report --out / --out-dir). */
  saveTarget?: ServiceOptions['saveTarget'];
  /** Where an import comes from (import FILE). */
  openSource?: ServiceOptions['openSource'];
  /** Push events of the engine (import progress). */
  emit?: ServiceOptions['emit'];
  /**
   * The ledger turned out damaged at unlock (the passphrase was right): run this instead of failing outright
   * (backup --list, check list the backups and name restore). `newest` is the newest backup that verifies.
   */
  onDamaged?: (dispatcher: Dispatcher, info: { path: string; newest: string | null }) => Promise<void>;
}

/**
 * The newest restorable backup beside the ledger; with `key`, the newest that also opens with it and checks
 * out (a good one). Null when there is none.
 */
export function newestBackup(path: string, key: Buffer | null): string | null {
  try {
    for (const b of listBackups(path)) {
      if (!b.restorable) continue;
      if (!key) return b.path;
      try {
        verifyBackup(b.path, key);
        return b.path;
      } catch {
        // not a good one: the next older
      }
    }
    return null;
  } finally {
    key?.fill(0);
  }
}

/** The newest good backup of a damaged ledger (the session holds the key that unwrapped). */
export const newestGoodBackup = (dispatcher: Dispatcher, path: string) => newestBackup(path, copyOfKey(dispatcher.session));

/** A ledger's database is missing, but its key wrapper or backups are there: restore, never a new one. */
export const leftBehind = (path: string): boolean =>
  existsSync(ledgerFiles(path).keys) || listBackups(path).some((b) => b.restorable);

/** The one line for a damaged ledger: damaged, and which backup to restore with which command. */
export const damagedLine = (t: Messages, newest: string | null) => `${t.corrupt} (CORRUPT); ${t.backup.restoreWith(newest)}`;

/** Waits before each new try of a call that found the ledger BUSY (another process writing): 7.75 s in all. */
export const BUSY_BACKOFF_MS = [250, 500, 1000, 2000, 4000] as const;

/**
 * The one place where the CLI retries: a call answered BUSY (another process held the write lock longer than
 * busy_timeout) changed nothing (its transaction rolled back), so it is tried again after a growing pause;
 * after the last try the BUSY result is returned (exit 1, t.busy).
 */
export function retryingWhenBusy(inner: Dispatcher, backoff: readonly number[] = BUSY_BACKOFF_MS): Dispatcher {
  const dispatch: Dispatcher['dispatch'] = async (channel, input) => {
    for (let attempt = 0; ; attempt++) {
      const result = await inner.dispatch(channel, input);
      if (result.ok || result.error.code !== 'BUSY' || attempt >= backoff.length) return result;
      await new Promise((resolve) => setTimeout(resolve, backoff[attempt]));
    }
  };
  return {
    dispatch,
    call: (channel, input) => dispatch(channel, input) as never,
    close: () => inner.close(),
    get session() { return inner.session; },
  };
}

/** Run `fn` with an unlocked ledger; the ledger is locked and closed afterwards, whatever happens. */
export async function withLedger<T>(
  ctx: CliContext,
  cmd: Command,
  options: OpenOptions,
  fn: (dispatcher: Dispatcher, info: { path: string; created: boolean }) => Promise<T>,
): Promise<T> {
  const { t } = ctx;
  const path = ledgerPathOf(ctx, cmd);
  const dispatcher = retryingWhenBusy(
    createDispatcher({ ledgerPath: path, now: ctx.now, saveTarget: options.saveTarget, openSource: options.openSource, emit: options.emit }),
  );
  try {
    if (isServerLedger(path)) {
      if (options.mustBeNew || options.createIfAbsent) throw usage(t.team.useTeamInit);
      const address = parseServerUrl(path);
      const password = address.password ?? await readServerPassword(passphraseSource(ctx), t, serverLabel(address));
      unwrap(await dispatcher.call('ledger:unlock', { method: 'passphrase', passphrase: password }), t);
      return await fn(dispatcher, { path: redactServerUrl(path), created: false });
    }
    const status = unwrap(await dispatcher.call('ledger:status', {}), t);
    let created = false;
    if (status.state === 'absent') {
      if (leftBehind(path)) {
        // A deleted ledger file (or an interrupted first run): restore is the way back, init never makes a
        // second key beside the first.
        const newest = newestBackup(path, null);
        if (options.createIfAbsent) throw failure(t.backup.initRefused(path, newest), 'ALREADY_EXISTS');
        throw failure(t.backup.absentButKept(path, newest), 'NO_LEDGER');
      }
      if (!options.createIfAbsent) throw failure(t.noLedger(path), 'NO_LEDGER');
      const passphrase = await readPassphrase(passphraseSource(ctx), t, { create: true });
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      unwrap(await dispatcher.call('ledger:create', { passphrase }), t);
      created = true;
    } else {
      if (options.mustBeNew) throw failure(t.ledgerExists(path), 'ALREADY_EXISTS');
      const keys = ledgerFiles(path).keys;
      if (!existsSync(keys)) throw new CliError(EXIT.key, `${t.backup.keyfileMissing(keys)} (KEYFILE_INVALID)`, 'KEYFILE_INVALID');
      const passphrase = await readPassphrase(passphraseSource(ctx), t, { create: false });
      const unlocked = await dispatcher.call('ledger:unlock', { method: 'passphrase', passphrase });
      if (!unlocked.ok) {
        const damaged = unlocked.error.code === 'CORRUPT' && unwrap(await dispatcher.call('ledger:status', {}), t).state === 'damaged';
        if (!damaged) throw fromErrorValue(unlocked.error, t);
        const newest = newestGoodBackup(dispatcher, path);
        if (options.onDamaged) await options.onDamaged(dispatcher, { path, newest });
        throw new CliError(EXIT.key, damagedLine(t, newest), 'CORRUPT');
      }
    }
    return await fn(dispatcher, { path, created });
  } finally {
    await dispatcher.close();
  }
}

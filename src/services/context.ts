import { DEFAULT_MESSAGES, RapportError, type Channel, type ChannelInput, type ChannelOutput, type ParsedInput, type PushEvent, type Result } from '../contract/index.ts';
import type { DeviceKeystore } from '../store/keystore.ts';
import type { FileLedger, Ledger } from '../store/ledger.ts';
import type { SaveTargetAnswer } from '../store/output-target.ts';
import { loadConnection, type SavedConnection } from '../store/server/saved-connection.ts';
import { isServerLedger } from '../store/server/url.ts';

/** What a dispatcher is bound to: one ledger path, an optional device keystore, a clock. */
export interface ServiceOptions {
  ledgerPath: string;
  keystore?: DeviceKeystore | undefined;
  /** Injected so tests are deterministic; the app passes nothing. */
  now?: () => Date;
  /**
   * Where an export goes: the desktop shell asks with a save dialog, the CLI answers with --out, tests
   * with a temp path. Resolves to null when the user cancels. Without it, nothing is exported. A plain path
   * never replaces an existing file (TARGET_EXISTS); `{ path, replace: true }` says the user agreed to replace
   * it (the native dialog asked; the CLI's --force). A path that belongs to the ledger is refused (OWN_FILE).
   */
  saveTarget?: (suggestedFileName: string) => Promise<SaveTargetAnswer>;
  /**
   * Where an import comes from: the desktop shell asks with an open dialog, the CLI answers with FILE,
   * tests with a temp path. Resolves to null when the user cancels. Without it, nothing is imported.
   */
  openSource?: (filters: { name: string; extensions: string[] }[]) => Promise<string | null>;
  /**
   * Push an event to the windows (the desktop shell forwards it over IPC; the e2e harness into the page),
   * e.g. `report:progress` while an export runs. Without it, nothing is pushed.
   */
  emit?: (event: PushEvent, payload: unknown) => void;
}

/** The running session: at most one open ledger. Handlers reach it only through `requireLedger`. */
export interface Session {
  readonly options: ServiceOptions;
  ledger: Ledger | null;
  /**
   * The agency's ledger the app was pointed at from its first-run screen (`ledger:connect`), or null for
   * the ledger file; undefined until first asked (then read once from the keychain-sealed file).
   */
  connection: SavedConnection | null | undefined;
  now(): Date;
  /**
   * Call another channel from inside a handler (validated like any call, but not queued: the handler
   * already holds the dispatcher's turn, so queueing would wait on itself).
   */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
}

/** What serves one channel: the session and the validated input in, the channel's output (validated after). */
export type Handler<C extends Channel> = (session: Session, input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
export type Handlers = { [C in Channel]: Handler<C> };

/** For handlers: the open ledger, or LOCKED. */
export function requireLedger(session: Session): Ledger {
  if (!session.ledger) throw new RapportError('LOCKED', DEFAULT_MESSAGES.LOCKED);
  return session.ledger;
}

/**
 * For handlers that work on the ledger file itself (backups, the integrity check, the raw bulk writers):
 * the open file ledger, LOCKED, or NOT_ON_SERVER on the agency's shared ledger (whose server its
 * administrator backs up and checks).
 */
export function requireFileLedger(session: Session): FileLedger {
  const ledger = requireLedger(session);
  if (ledger.kind !== 'file') throw new RapportError('NOT_ON_SERVER', DEFAULT_MESSAGES.NOT_ON_SERVER);
  return ledger;
}

/** The open file ledger, or null (none open, or the shared ledger): for background work that only files have. */
export const fileLedgerOf = (session: Session): FileLedger | null => (session.ledger?.kind === 'file' ? session.ledger : null);

/** Where this session's agency ledger is: a URL (with the password apart, when the app keeps it), or null for a file. */
export interface ServerTarget {
  url: string;
  password: string | null;
  ca?: string | undefined;
}

/**
 * The shared ledger this session works on: the postgres:// URL it was started with (CLI, RAPPORT_LEDGER),
 * else the connection chosen on the first-run screen, else null: the ledger file at `options.ledgerPath`.
 */
export function serverTarget(session: Session): ServerTarget | null {
  const { ledgerPath, keystore } = session.options;
  if (isServerLedger(ledgerPath)) return { url: ledgerPath, password: null };
  if (session.connection === undefined) session.connection = loadConnection(ledgerPath, keystore);
  return session.connection;
}

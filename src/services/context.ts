import type { DeviceKeystore } from '../store/keystore.ts';
import type { Ledger } from '../store/ledger.ts';

/** What a dispatcher is bound to: one ledger path, an optional device keystore, a clock. */
export interface ServiceOptions {
  ledgerPath: string;
  keystore?: DeviceKeystore | undefined;
  /** Injected so tests are deterministic; the app passes nothing. */
  now?: () => Date;
}

/** The running session: at most one open ledger. Handlers reach it only through `requireLedger`. */
export interface Session {
  readonly options: ServiceOptions;
  ledger: Ledger | null;
  now(): Date;
}

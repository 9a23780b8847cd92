// Load the large agency into an open database (the encrypted ledger, or the bench's plain baseline copy)
// through the store's bulk writer, in transactions of a few thousand rows, reporting progress.
import { RapportError } from '../../../contract/errors.ts';
import type { RawDatabase } from '../../../store/connection.ts';
import { bulkWriter, isEmptyForBulk, withBulkSettings, type BulkEvent } from '../../../store/repositories/bulk.ts';
import { generateScale, scaleSizes, type ScaleOptions, type ScaleSizes } from './generate.ts';

/** Rows per transaction: large enough that the per-commit fsync is noise, small enough to report progress. */
const BATCH = 25_000;

export interface ScaleProgress { clients: number; events: number; sizes: ScaleSizes }

export interface ScaleSummary extends ScaleSizes {
  /** The client with the most events (the timeline benchmark's subject) and how many it has. */
  largest: { id: number; name: string; events: number };
}

export function buildScale(raw: RawDatabase, options: ScaleOptions & { now: Date; onProgress?: (p: ScaleProgress) => void }): ScaleSummary {
  if (!isEmptyForBulk(raw)) throw new RapportError('INVALID', 'The large demo is only built into an empty ledger.');
  return withBulkSettings(raw, () => load(raw, options));
}

function load(raw: RawDatabase, options: ScaleOptions & { now: Date; onProgress?: (p: ScaleProgress) => void }): ScaleSummary {
  const sizes = scaleSizes(options.events);
  const writer = bulkWriter(raw, options.now.toISOString());
  let clients = 0;
  let events = 0;
  let contacts = 0;
  let largest = { id: 0, name: '', events: -1 };
  let pending: BulkEvent[] = [];
  const flush = () => {
    writer.events(pending);
    events += pending.length;
    pending = [];
    options.onProgress?.({ clients, events, sizes });
  };
  for (const c of generateScale(options)) {
    writer.clients([c.client]);
    writer.contacts(c.contacts);
    clients += 1;
    contacts += c.contacts.length;
    if (c.events.length > largest.events) largest = { id: c.client.id, name: c.client.name, events: c.events.length };
    for (const e of c.events) {
      pending.push(e);
      if (pending.length >= BATCH) flush();
    }
  }
  if (pending.length) flush();
  return { clients, contacts, events, largest };
}

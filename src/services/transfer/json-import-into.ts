// Where a JSON import lands, and by which rule. A ledger file is restored: into an empty file only, every id
// kept, so a round trip is exact. The agency's shared ledger already holds the team's clients, so there an
// import moves a ledger in, like `team push`: the server gives new ids, a client whose name is already in
// the shared ledger is skipped with everything that is its, the agency's settings stay as they are, and
// only an owner may do it (a consultant cannot create clients). Both write in one transaction.
import type { ExportRow, ExportTable } from '../../contract/export.ts';
import { RapportError } from '../../contract/errors.ts';
import { nameKey } from '../../domain/text.ts';
import type { Ledger } from '../../store/ledger.ts';
import { executedMigrations, schemaVersionOf } from '../../store/migrate.ts';
import { listClients } from '../../store/repositories/clients.ts';
import { readReference } from '../../store/repositories/reference.ts';
import { countRows, insertExportTables } from '../../store/repositories/transfer.ts';
import { pushRows } from '../../store/server/push.ts';

export interface ImportDestination {
  schemaVersion: number;
  refs: { emotions: Set<string>; motivators: Set<string>; rootCauses: Set<string> };
  /** Whether a client of the file is left out because the ledger has one of that name (the shared ledger). */
  skipsClient(name: string): boolean;
  /** Whether the file's settings are left out (the agency's are the team's). */
  skipsSettings: boolean;
  write(rows: Record<ExportTable, ExportRow[]>): Promise<void>;
}

/** The keys of the reference lists rows may point at, on either kind of ledger. */
async function referenceKeys(ledger: Ledger): Promise<ImportDestination['refs']> {
  const reference = await readReference(ledger.db);
  return {
    emotions: new Set(reference.emotions.map((e) => e.key)),
    motivators: new Set(reference.motivators.map((m) => m.key)),
    rootCauses: new Set(reference.rootCauses.map((c) => c.key)),
  };
}

export async function destinationOf(ledger: Ledger): Promise<ImportDestination> {
  if (ledger.kind === 'file') {
    const existing = countRows(ledger.raw, 'clients');
    if (existing > 0) {
      throw new RapportError('INVALID',
        `A ledger export restores into an empty ledger only, and this one already holds ${existing} client${existing === 1 ? '' : 's'}. `
        + 'Create a new ledger and import the file there; nothing was imported.');
    }
    return {
      schemaVersion: schemaVersionOf(executedMigrations(ledger.raw)),
      refs: await referenceKeys(ledger),
      skipsClient: () => false,
      skipsSettings: false,
      write: async (rows) => insertExportTables(ledger.raw, rows),
    };
  }
  if (ledger.person?.role === 'consultant') {
    throw new RapportError('FORBIDDEN', "Only an owner of the agency's ledger may import a ledger export. Nothing was imported.");
  }
  const taken = new Set((await listClients(ledger.db, true)).map((c) => nameKey(c.name)));
  return {
    schemaVersion: ledger.migration.schemaVersion,
    refs: await referenceKeys(ledger),
    // A name twice in the file is already refused as a duplicate; only the server's own names skip.
    skipsClient: (name) => taken.has(nameKey(name)),
    skipsSettings: true,
    write: async (rows) => {
      await pushRows(ledger.db, rows, false);
    },
  };
}

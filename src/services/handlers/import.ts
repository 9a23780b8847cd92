// import:open / import:preview / import:commit. The shell's open dialog (or the CLI's FILE argument) names
// the file; the page only ever sees its base name and a token.
import { RapportError } from '../../contract/errors.ts';
import { IMPORT_FORMATS, type ImportFormat } from '../../contract/transfer.ts';
import { requireLedger, type Handlers } from '../context.ts';
import { decodeText, detectFormat, dropSource, keepSource, limitFor, parseSource, readImportFile, takeSource } from '../transfer/import-source.ts';
import { runImport } from '../transfer/import.ts';
import { suggestMapping } from '../../transfer/mapping.ts';

/** File-dialog filters per format (name, extensions). */
export const IMPORT_FILTERS: Record<ImportFormat, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV', extensions: ['csv', 'txt'] },
  vcard: { name: 'vCard', extensions: ['vcf', 'vcard'] },
  json: { name: 'Rapport JSON', extensions: ['json'] },
};

export const importHandlers: Pick<Handlers, 'import:open' | 'import:preview' | 'import:commit'> = {
  'import:open': async (s, { kind }) => {
    const ledger = requireLedger(s);
    if (!s.options.openSource) throw new RapportError('INVALID', 'There is no way to choose a file here.');
    const filters = kind ? [IMPORT_FILTERS[kind]] : IMPORT_FORMATS.map((f) => IMPORT_FILTERS[f]);
    const path = await s.options.openSource(filters);
    if (path === null) return null;
    const bytes = readImportFile(path, limitFor(path, kind));
    const text = decodeText(bytes);
    const source = parseSource(path, text, kind ?? detectFormat(path, text));
    const token = keepSource(ledger, source);
    return {
      token,
      format: source.format,
      fileName: source.fileName,
      target: source.target,
      headers: source.headers,
      suggested: source.suggested,
      suggestions: {
        client: source.format === 'csv' ? suggestMapping('client', source.headers) : source.suggested,
        contact: source.format === 'csv' ? suggestMapping('contact', source.headers) : source.suggested,
        event: source.format === 'csv' ? suggestMapping('event', source.headers) : source.suggested,
      },
      sample: source.rows.slice(0, 5).map((r) => r.cells),
      rowCount: source.format === 'json' ? 0 : source.rows.length,
    };
  },
  'import:preview': (s, { token, ...options }) => runImport(s, takeSource(requireLedger(s), token), { ...options, dryRun: true }),
  'import:commit': async (s, { token, ...options }) => {
    const ledger = requireLedger(s);
    const report = await runImport(s, takeSource(ledger, token), { ...options, dryRun: false });
    // Once imported, the same file cannot be committed twice by a double click.
    if (report.imported) dropSource(ledger, token);
    return report;
  },
};

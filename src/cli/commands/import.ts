// rapport import FILE [--dry-run] [--client CLIENT] [--map "Column=field" …] [--as client|contact|event]:
// the same channels the app uses (import:open with FILE as the chosen file, then preview or commit), and
// the per-line report. Exit 0 when imported or a clean dry run, 1 when rejected lines stopped it.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ALL_FIELDS, IMPORT_TARGETS, type ColumnMapping, type ImportField, type ImportTarget } from '../../contract/import.ts';
import type { PushEvent } from '../../contract/index.ts';
import { ImportProgress, type ImportReport } from '../../contract/transfer.ts';
import { withLedger, type CliContext } from '../context.ts';
import { failure, unwrap, usage } from '../errors.ts';
import { oneLine, table } from '../format.ts';
import type { Messages } from '../i18n.ts';
import { resolveClient } from '../resolve.ts';
import { collect } from './options.ts';

interface ImportOpts { dryRun?: boolean; client?: string; map?: string[]; as?: string }

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase();

/** Apply --map "Column=field" to the suggested mapping; a column is found by its header, case-insensitively. */
export function applyMaps(headers: readonly string[], suggested: ColumnMapping, maps: readonly string[], t: Messages): ColumnMapping {
  const mapping = [...suggested];
  for (const m of maps) {
    const eq = m.lastIndexOf('=');
    if (eq <= 0) throw usage(t.import.badMap(m));
    const column = m.slice(0, eq);
    const field = m.slice(eq + 1).trim();
    const index = headers.findIndex((h) => fold(h) === fold(column));
    if (index < 0) throw usage(t.import.noColumn(column));
    if (field === '' || field === 'ignore') {
      mapping[index] = null;
      continue;
    }
    if (!(ALL_FIELDS as readonly string[]).includes(field)) throw usage(t.import.noField(field, ALL_FIELDS.join(', ')));
    // A field feeds from one column: mapping it here takes it away from the column that had it.
    mapping.forEach((f, i) => { if (f === field) mapping[i] = null; });
    mapping[index] = field as ImportField;
  }
  return mapping;
}

export function formatReport(report: ImportReport, t: Messages, columns?: number): string {
  const ti = t.import;
  const out: string[] = [];
  if (report.lines.length) {
    out.push(table(
      [
        { header: ti.line, align: 'right' }, { header: '' }, { header: '' },
        { header: '', flexible: true }, { header: '', flexible: true, min: 20 },
      ],
      report.lines.map((l) => [
        String(l.line), ti.outcome[l.outcome] ?? l.outcome, ti.entity[l.entity] ?? l.entity, oneLine(l.label), oneLine(l.reason),
      ]),
      columns,
    ).trimEnd());
  }
  if (report.truncated) out.push(ti.truncated(report.lines.length));
  out.push('', ti.counts(report.counts.create, report.counts.skip, report.counts.reject));
  if (report.counts.reject === 0) out.push(report.imported ? ti.done : ti.dry);
  return `${out.join('\n')}\n`;
}

/** The rejected lines, for the one-line failure message. */
export const rejectedLines = (report: ImportReport): string =>
  [...new Set(report.lines.filter((l) => l.outcome === 'reject').map((l) => l.line))].slice(0, 20).join(', ');

export function registerImport(program: Command, ctx: CliContext): void {
  const { t, io, lang } = ctx;
  program
    .command('import')
    .description(t.import.cmd)
    .argument('<file>')
    .option('--dry-run', t.import.dryRun)
    .option('--client <client>', t.import.client)
    .option('--map <column=field>', t.import.map, collect)
    .option('--as <target>', t.import.as)
    .action(async (file: string, o: ImportOpts, cmd: Command) => {
      if (o.as !== undefined && !(IMPORT_TARGETS as readonly string[]).includes(o.as)) throw usage(t.import.noField(o.as, IMPORT_TARGETS.join(', ')));
      const path = resolve(file);
      // Progress on the terminal's status line while a big file is checked and written (nothing when piped).
      const emit = io.status && ((event: PushEvent, payload: unknown) => {
        const p = event === 'import:progress' ? ImportProgress.safeParse(payload) : null;
        if (p?.success) io.status?.(t.import.progress(p.data.stage, p.data.done, p.data.total));
      });
      await withLedger(ctx, cmd, { openSource: async () => path, ...(emit ? { emit } : {}) }, async (d) => {
        const clientId = o.client === undefined ? undefined : (await resolveClient(d, o.client, t)).id;
        const source = unwrap(await d.call('import:open', {}), t);
        if (source === null) throw failure(t.import.cancelled);
        const target = (o.as as ImportTarget | undefined) ?? source.target ?? undefined;
        const mapping = source.format === 'json' ? undefined : applyMaps(source.headers, source.suggested, o.map ?? [], t);
        if (source.format !== 'json' && target) {
          io.out(`${t.import.head(source.fileName, source.format.toUpperCase(), t.import.targets[target] ?? target, source.rowCount)}\n`);
          const unmapped = source.headers.filter((_, i) => mapping?.[i] == null);
          io.out(`${t.import.columns}: ${source.headers.map((h, i) => `${h} → ${mapping?.[i] ?? t.import.ignored}`).join(' · ')}\n`);
          if (unmapped.length) io.out(`${t.import.unmapped(unmapped.map((h) => `"${h}"`).join(', '))}\n`);
          io.out('\n');
        }
        const input = { token: source.token, lang, ...(target ? { target } : {}), ...(mapping ? { mapping } : {}), ...(clientId ? { clientId } : {}) };
        const answer = await d.call(o.dryRun ? 'import:preview' : 'import:commit', input);
        io.status?.(null);
        const report = unwrap(answer, t);
        io.out(formatReport(report, t, io.columns));
        if (report.counts.reject > 0) throw failure(t.import.refused(rejectedLines(report)));
      });
    });
}

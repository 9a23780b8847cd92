// The lines of an import report, collected as they are planned: the counts cover every line, but only the
// lines a report can show are kept (rejects first, since they are what the user has to act on). Memory stays
// flat however many rows a file has; a 100,000-row file keeps at most 2 × IMPORT_REPORT_LINES lines.
import { IMPORT_REPORT_LINES, type ImportLine, type ImportReport } from '../contract/transfer.ts';

export interface ReportLines {
  add(line: ImportLine): void;
  /** True once any line was rejected: then nothing may be written. */
  readonly rejected: boolean;
  /** The counts, per-entity creates and the capped, line-ordered list for the report. */
  summary(): Pick<ImportReport, 'counts' | 'created' | 'lines' | 'truncated'>;
}

export function reportLines(cap = IMPORT_REPORT_LINES): ReportLines {
  const counts = { create: 0, skip: 0, reject: 0 };
  const created: ImportReport['created'] = {};
  // Lines arrive in source order, so the first `cap` of each kind are the ones the report would pick.
  const rejects: ImportLine[] = [];
  const others: ImportLine[] = [];
  return {
    add(line) {
      counts[line.outcome] += 1;
      if (line.outcome === 'create') created[line.entity] = (created[line.entity] ?? 0) + 1;
      const keep = line.outcome === 'reject' ? rejects : others;
      if (keep.length < cap) keep.push(line);
    },
    get rejected() {
      return counts.reject > 0;
    },
    summary() {
      const total = counts.create + counts.skip + counts.reject;
      const lines = [...rejects, ...others].slice(0, cap).sort((a, b) => a.line - b.line);
      return { counts: { ...counts }, created: { ...created }, lines, truncated: total > cap };
    },
  };
}

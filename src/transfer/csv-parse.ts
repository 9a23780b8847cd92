// A strict RFC 4180 reader for what CRMs and spreadsheets export: BOM, `,` or `;` (German Excel),
// quoted fields with doubled quotes and embedded line breaks, CRLF/LF/CR. Every record remembers the
// physical line it starts on, so a report can say "line 7". Headers stay an ordered array: never object
// keys, so a column named `__proto__` or `constructor` is kept and can be reported, not swallowed.

export type CsvDelimiter = ',' | ';';

export interface CsvRecord {
  /** 1-based physical line the record starts on (a quoted line break makes records span lines). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  headers: string[];
  headerLine: number;
  rows: CsvRecord[];
}

/** A syntax error that names the line where the broken record starts. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

const BOM = '\uFEFF';

/** `,` or `;`, whichever separates more fields on the header line (quotes respected); `,` on a tie. */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = text.startsWith(BOM) ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Every record of the text, blank lines left out. Throws CsvSyntaxError on a malformed quote. */
export function parseCsv(input: string, delimiter: CsvDelimiter = detectDelimiter(input)): CsvRecord[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) throw new CsvSyntaxError(start, `Line ${start}: a quoted field is never closed.`);
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\r') {
            line++;
            if (text[i + 1] === '\n') {
              cell += '\r\n';
              i += 2;
              continue;
            }
          } else if (ch === '\n') line++;
          cell += ch;
          i++;
        }
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(start, `Line ${line}: unexpected text after a closing quote.`);
        }
      } else {
        let j = i;
        while (j < n) {
          const ch = text[j];
          if (ch === delimiter || ch === '\n' || ch === '\r') break;
          if (ch === '"') throw new CsvSyntaxError(start, `Line ${line}: a quote inside an unquoted field.`);
          j++;
        }
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(cell);
      const ch = text[i];
      if (ch === delimiter) {
        i++;
        // A delimiter at the very end still opens one (empty) last field.
        if (i >= n) {
          cells.push('');
          endOfRecord = true;
        }
      } else {
        if (ch === '\r') i += text[i + 1] === '\n' ? 2 : 1;
        else if (ch === '\n') i++;
        if (ch !== undefined) line++;
        endOfRecord = true;
      }
    }
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells });
  }
  return records;
}

/** The header row and the data rows; rows are padded or checked against the header's width. */
export function readCsvTable(input: string): CsvTable {
  const delimiter = detectDelimiter(input);
  const records = parseCsv(input, delimiter);
  const [head, ...rows] = records;
  if (!head) throw new CsvSyntaxError(1, 'The file has no header line.');
  const headers = head.cells.map((h) => h.trim());
  for (const row of rows) {
    if (row.cells.length > headers.length && row.cells.slice(headers.length).some((c) => c.trim() !== '')) {
      throw new CsvSyntaxError(row.line, `Line ${row.line}: ${row.cells.length} fields, but the header has ${headers.length}.`);
    }
    row.cells = headers.map((_, k) => row.cells[k] ?? '');
  }
  return { delimiter, headers, headerLine: head.line, rows };
}

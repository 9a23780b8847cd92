// Writing CSV (RFC 4180) that spreadsheets open safely. Pure: the caller adds the UTF-8 BOM when it writes
// the file, so Excel reads umlauts.

/**
 * A cell a spreadsheet would run as a formula gets a leading apostrophe, so it is shown as text
 * (OWASP "CSV injection": =, +, -, @, and tab or CR first). Ledger text is never a formula.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** `,` by RFC 4180; `;` is what spreadsheets with a decimal comma (German Excel) split on. */
export type CsvDelimiter = ',' | ';';

/** One field: quoted when it holds the delimiter, a quote or a line break; quotes doubled inside. */
const field = (cell: string, delimiter: CsvDelimiter): string =>
  cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;

/** Rows to CSV text: delimiter-separated, CRLF after every record (RFC 4180). Cells are taken as they are. */
export function toCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ','): string {
  return rows.map((row) => `${row.map((cell) => field(cell, delimiter)).join(delimiter)}\r\n`).join('');
}

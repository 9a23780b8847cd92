import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, detectDelimiter, parseCsv, readCsvTable } from '../../src/transfer/csv-parse.ts';
import { toCsv } from '../../src/transfer/csv-write.ts';

describe('csv-parse', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and numbers records by their first line', () => {
    const text = 'Name,Notes\r\n"Nordlicht, AG","She said ""hi""\r\nand left"\r\nVelotech,plain\n';
    const records = parseCsv(text);
    expect(records).toEqual([
      { line: 1, cells: ['Name', 'Notes'] },
      { line: 2, cells: ['Nordlicht, AG', 'She said "hi"\r\nand left'] },
      { line: 4, cells: ['Velotech', 'plain'] },
    ]);
  });

  it('strips a BOM, skips blank lines and keeps line numbers physical', () => {
    const records = parseCsv('\uFEFFa,b\n\n1,2\r\n\r\n3,4');
    expect(records.map((r) => r.line)).toEqual([1, 3, 5]);
    expect(records[0]!.cells).toEqual(['a', 'b']);
  });

  it('detects the semicolon of German Excel and ignores delimiters inside quotes', () => {
    expect(detectDelimiter('Firma;E-Mail;Telefon\nA;b;c')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    const table = readCsvTable('Firma;Notiz\r\n"Müller; Söhne";"Grüße"\r\n');
    expect(table.delimiter).toBe(';');
    expect(table.rows[0]!.cells).toEqual(['Müller; Söhne', 'Grüße']);
  });

  it('names the line where an unterminated quote starts', () => {
    const text = 'a,b\n1,2\n3,"never closed\n4,5\n';
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
    try {
      parseCsv(text);
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(3);
      expect((e as Error).message).toMatch(/Line 3/);
    }
  });

  it('refuses text after a closing quote and a row wider than the header', () => {
    expect(() => parseCsv('"a"b,c\n')).toThrow(/closing quote/);
    expect(() => readCsvTable('a,b\n1,2\n1,2,3\n')).toThrow(/Line 3/);
  });

  it('keeps __proto__ and constructor as ordinary headers', () => {
    const table = readCsvTable('__proto__,constructor,Name\nx,y,z\n');
    expect(table.headers).toEqual(['__proto__', 'constructor', 'Name']);
    expect(table.rows[0]!.cells).toEqual(['x', 'y', 'z']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('round-trips arbitrary cells through toCsv (commas, quotes, CR/LF, umlauts, BOM)', () => {
    const cell = fc.stringMatching(/^[a-zäöüßÄÖÜ ,;"\r\n=+@\-'é€😀]{0,12}$/u);
    const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 })
      .map((rs) => rs.map((r) => r.slice(0, rs[0]!.length)).filter((r) => r.length === rs[0]!.length));
    fc.assert(
      fc.property(rows, fc.boolean(), (rs, bom) => {
        const text = (bom ? '\uFEFF' : '') + toCsv(rs);
        const back = parseCsv(text, ',').map((r) => r.cells);
        expect(back).toEqual(rs);
      }),
      { numRuns: 500 },
    );
  });
});

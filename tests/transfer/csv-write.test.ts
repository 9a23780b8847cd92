// CSV writing: RFC 4180 quoting and CRLF, umlauts untouched, and every formula prefix neutralised.
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, toCsv } from '../../src/transfer/csv-write.ts';

describe('toCsv', () => {
  it('leaves plain cells alone and ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', '']])).toBe('a,b\r\nc,\r\n');
    expect(toCsv([])).toBe('');
  });

  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    expect(toCsv([['Müller, Hans', 'say "hi"', 'two\nlines', 'cr\rhere', 'crlf\r\nend']])).toBe(
      '"Müller, Hans","say ""hi""","two\nlines","cr\rhere","crlf\r\nend"\r\n',
    );
    expect(toCsv([['"']])).toBe('""""\r\n');
  });

  it('keeps umlauts, ß and emoji as they are (the caller writes UTF-8 with a BOM)', () => {
    expect(toCsv([['Grünwiese', 'Straße', 'Ölmühle 😊']])).toBe('Grünwiese,Straße,Ölmühle 😊\r\n');
  });
});

describe('neutralizeFormula', () => {
  it.each(['=SUM(A1:A9)', '+49 30 1234', '-1', '@import', '\tTAB', '\rCR', '=HYPERLINK("http://x","y")'])(
    'prefixes %j with an apostrophe', (cell) => {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    },
  );

  it('leaves other cells alone, including prefixes that are not first', () => {
    for (const cell of ['', 'Nordlicht', 'a=b', ' =1', "'already", '1+1', 'ü=']) expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('survives quoting: a neutralised formula with a comma is one quoted field', () => {
    expect(toCsv([[neutralizeFormula('=1,2')]])).toBe(`"'=1,2"\r\n`);
  });
});

describe('toCsv with a semicolon', () => {
  it('quotes cells holding the semicolon, leaves commas alone', () => {
    expect(toCsv([['a;b', 'c,d', 'e']], ';')).toBe('"a;b";c,d;e\r\n');
  });
});

import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable, parseContentLine, unfoldLines } from '../../src/transfer/vcard-lines.ts';

const params = (text: string) => Object.fromEntries(parseContentLine(text)!.params);

describe('vcard-lines', () => {
  it('ends name and parameters at the first colon outside quotes; ";" and "," in quotes stay in the parameter', () => {
    expect(parseContentLine('EMAIL;ALTID="urn:x":anna@example.com')).toEqual({
      group: '', name: 'EMAIL', params: new Map([['ALTID', ['urn:x']]]), value: 'anna@example.com',
    });
    expect(parseContentLine('ADR;LABEL="Hof 3; 2. OG, links":;;Hof 3;Berlin')!.value).toBe(';;Hof 3;Berlin');
    expect(params('ADR;LABEL="Hof 3; 2. OG, links":;;Hof 3;Berlin')).toEqual({ LABEL: ['Hof 3; 2. OG, links'] });
    // An unclosed quote: the first colon, as the reader always did.
    expect(parseContentLine('NOTE;X-A="open:value')!.value).toBe('value');
    expect(parseContentLine('no colon here')).toBeNull();
  });

  it('reads groups and TYPE lists the 2.1, 3.0 and 4.0 ways', () => {
    expect(parseContentLine('item1.EMAIL;type=INTERNET;type=pref:a@b.de')).toMatchObject({ group: 'item1', name: 'EMAIL' });
    expect(params('item1.EMAIL;type=INTERNET;type=pref:a@b.de')).toEqual({ TYPE: ['INTERNET', 'pref'] });
    expect(params('EMAIL;TYPE=INTERNET,WORK:a@b.de')).toEqual({ TYPE: ['INTERNET', 'WORK'] });
    expect(params('TEL;TYPE=work,voice;PREF=1:tel:+49')).toEqual({ TYPE: ['work', 'voice'], PREF: ['1'] });
    expect(params('TEL;TYPE="voice,cell":+49 30 1234')).toEqual({ TYPE: ['voice', 'cell'] });
    // 2.1 bare parameters: TYPE unless the value is an encoding or a value kind.
    expect(params('TEL;WORK;VOICE:+49 30 1234')).toEqual({ TYPE: ['WORK', 'VOICE'] });
    expect(params('NOTE;QUOTED-PRINTABLE;CHARSET=ISO-8859-1:x')).toEqual({ ENCODING: ['QUOTED-PRINTABLE'], CHARSET: ['ISO-8859-1'] });
    expect(params('PHOTO;URL;GIF:http://x')).toEqual({ VALUE: ['URL'], TYPE: ['GIF'] });
  });

  it('unfolds space or tab continuations and keeps physical line numbers over CRLF, LF, CR and a BOM', () => {
    const text = '\uFEFFBEGIN:VCARD\r\nFN:Anna We\r\n ber\n\t jun.\rNOTE:x\r\n\r\nEND:VCARD';
    expect(unfoldLines(text)).toEqual([
      { line: 1, text: 'BEGIN:VCARD' }, { line: 2, text: 'FN:Anna Weber jun.' }, { line: 5, text: 'NOTE:x' }, { line: 7, text: 'END:VCARD' },
    ]);
  });

  it('joins a quoted-printable soft line break verbatim, but never a base64 line that ends in padding', () => {
    const text = [
      'NOTE;ENCODING=QUOTED-PRINTABLE:eins=', ' zwei=', 'Tel: drei', 'PHOTO;ENCODING=BASE64:', '  AAAA==', 'FN:x',
    ].join('\r\n');
    expect(unfoldLines(text)).toEqual([
      { line: 1, text: 'NOTE;ENCODING=QUOTED-PRINTABLE:eins zweiTel: drei' },
      { line: 4, text: 'PHOTO;ENCODING=BASE64: AAAA==' },
      { line: 6, text: 'FN:x' },
    ]);
  });

  it('decodes quoted-printable in the named charset, leaving stray "=" alone', () => {
    expect(decodeQuotedPrintable('Gr=C3=BC=c3=9Fe')).toBe('Grüße');
    expect(decodeQuotedPrintable('K=F6ln', 'ISO-8859-1')).toBe('Köln');
    // windows-1252 has € at 0x80, where ISO-8859-1 has a control character.
    expect(decodeQuotedPrintable('=80 5', 'windows-1252')).toBe('€ 5');
    expect(decodeQuotedPrintable('a=0D=0Ab=0Ac')).toBe('a\nb\nc');
    expect(decodeQuotedPrintable('1+1=2 =ZZ', 'x-unknown')).toBe('1+1=2 =ZZ');
    expect(decodeQuotedPrintable('Caf=E9', 'x-unknown')).toBe('Café');
  });
});

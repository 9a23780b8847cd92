import { describe, expect, it } from 'vitest';
import { normalizeBday, parseVCards, vcardRow, VCardSyntaxError } from '../../src/transfer/vcard.ts';

// Fixtures are inline, modelled on real exports. Outlook and Android write vCard 2.1 with quoted-printable,
// Apple and Google 3.0, Nextcloud and newer tools 4.0. Files reach parseVCards already decoded to text
// (UTF-8, else Windows-1252: see decodeText), so Outlook's raw 8-bit umlauts appear here as plain text.

/** Fold at 75 characters the way exporters do: every continuation line starts with one space. */
function fold(line: string, width = 75): string[] {
  const out = [line.slice(0, width)];
  for (let i = width; i < line.length; i += width - 1) out.push(` ${line.slice(i, i + width - 1)}`);
  return out;
}

// A JPEG-ish payload: base64 lines that end in '=' padding must not be taken for anything but PHOTO.
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 1200 }, (_, i) => (i * 37 + 11) % 256)]).toString('base64');

const APPLE = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//macOS 14.4//EN',
  'N:Weber;Anna;;Dr.;',
  'FN:Dr. Anna Weber',
  'ORG:Nordlicht Versicherung AG;Marketing',
  'TITLE:Leiterin Marketing',
  'item1.EMAIL;type=INTERNET;type=pref:anna.weber@nordlicht.example',
  'item1.X-ABLabel:_$!<Other>!$_',
  'item2.EMAIL;type=INTERNET:anna@ruderclub.example',
  'item2.X-ABLabel:Ruderclub',
  'TEL;type=CELL;type=VOICE;type=pref:+49 170 1234567',
  'item3.ADR;type=WORK;type=pref:;;Hafenstraße 5;Hamburg;;20457;Deutschland',
  'item3.X-ABADR:de',
  'item4.URL;type=pref:https://www.nordlicht.example',
  'item4.X-ABLabel:_$!<HomePage>!$_',
  'NOTE:Mag Rotwein\\, keinen Sekt.\\nRückfragen: über Frau Kühn.',
  'BDAY:1980-04-12',
  ...fold(`PHOTO;ENCODING=b;TYPE=JPEG:${PHOTO}`),
  'X-ABUID:7C3A1F2E-5B4D-4E8A-9F10-2B6C8D9E0A11:ABPerson',
  'END:VCARD',
  '',
].join('\r\n');

const GOOGLE = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Jonas Brandt',
  'N:Brandt;Jonas;;;',
  'EMAIL;TYPE=INTERNET;TYPE=WORK:jonas.brandt@velotech.example',
  'TEL;TYPE=CELL:+49 170 5551234',
  'item1.ADR:;;Am Kanal 3;Potsdam;;14467;Deutschland;Am Kanal 3\\n14467 Potsdam\\nDeutschland',
  'item1.X-ABLabel:',
  'ORG:Velotech GmbH',
  'TITLE:Einkauf',
  'item2.URL:https\\://velotech.example',
  'item2.X-ABLabel:Firma',
  // Google escapes ':' although RFC 2426 does not ask for it, and folds inside words.
  ...fold('NOTE:Kennengelernt auf der Eurobike 2023\\; Termin jeweils Di 10\\:30. Rückrufe bitte über das Büro\\, nicht mobil.'),
  'CATEGORIES:myContacts,Kunden',
  'END:VCARD',
  '',
].join('\n');

const OUTLOOK = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;LANGUAGE=de;CHARSET=Windows-1252:Müller;Jürgen',
  'FN;CHARSET=Windows-1252:Jürgen Müller',
  'ORG;CHARSET=Windows-1252:Müller & Söhne GmbH;Vertrieb',
  'TITLE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:Gesch=E4ftsf=FChrer',
  'TEL;WORK;VOICE:+49 221 1234567',
  'TEL;CELL;VOICE:+49 171 7654321',
  'ADR;WORK;PREF;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:;;Hauptstra=DFe 12;K=F6ln;;50667;Deutschland',
  // Soft line breaks ('=' at the end): what follows has no colon, or looks like a property ("Wichtig:"), or
  // begins with a space that is text, not folding.
  'LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:Hauptstra=DFe 12=0D=0A=',
  '50667 K=F6ln=0D=0A=',
  'Deutschland',
  'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:Kennengelernt auf der Messe in K=F6ln.=0D=0A=',
  'Wichtig: R=FCckruf nicht=',
  ' vor 9 Uhr, Gr=FC=DFe an Frau Sch=E4fer.',
  'EMAIL;PREF;INTERNET:juergen.mueller@mueller-soehne.example',
  'PHOTO;TYPE=JPEG;ENCODING=BASE64:',
  ...PHOTO.match(/.{1,72}/g)!.map((chunk) => `    ${chunk}`),
  '',
  'X-MS-OL-DEFAULT-POSTAL-ADDRESS:2',
  'REV:20240115T103000Z',
  'END:VCARD',
  '',
  // Older Windows address books name ISO-8859-1 and may leave FN out.
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Gro=DF;Sabine;;Prof. Dr.',
  'TEL;HOME;VOICE:030 1234567',
  'EMAIL;INTERNET:sabine.gross@example.de',
  'END:VCARD',
  '',
].join('\r\n');

const V4 = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'PRODID:-//Nextcloud Contacts v5.5.3',
  'UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1',
  'FN:Dr. Lena Krüger',
  'N;SORT-AS="Krueger,Lena":Krüger;Lena;;Dr.;',
  'ORG;SORT-AS="Krueger":Krüger & Partner;Beratung',
  'TITLE;LANGUAGE=de:Geschäftsführerin',
  'EMAIL;TYPE=work;PREF=1;ALTID="urn:x-kp:mail:1":lena.krueger@kp.example',
  // The same number twice, as URI and as text: one ALTID set, so one phone (RFC 6350 §5.4).
  'TEL;VALUE=uri;TYPE="voice,cell";PREF=1;ALTID=1:tel:+49-170-1234567',
  'TEL;VALUE=text;TYPE="voice,cell";PREF=1;ALTID=1:+49 170 1234567',
  'TEL;VALUE=uri;TYPE=work,voice:tel:+49-30-7654321',
  'ADR;TYPE=work;GEO="geo:52.5200,13.3880";LABEL="Friedrichstraße 10\\n10117 Berlin":;;Friedrichstraße 10;Berlin;;10117;Deutschland',
  'BDAY;VALUE=date:--0412',
  'NOTE;LANGUAGE=de;PID=1.1:Kontakt über die Messe\\; bevorzugt E-Mail.',
  'REV:20240115T103000Z',
  'END:VCARD',
  '',
].join('\r\n');

const SAMPLE = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Weber;Anna;;Dr.;',
  'FN:Dr. Anna Weber',
  'ORG:Nordlicht Versicherung AG;Marketing',
  'TITLE:Leiterin Marketing',
  'EMAIL;TYPE=INTERNET,WORK:anna.weber@nordlicht.example',
  'EMAIL;TYPE=HOME:anna@home.example',
  'TEL;TYPE=WORK:+49 40 1234',
  'BDAY:1980-04-12',
  'NOTE:Mag Rotwein\\, keinen Sekt.\\nKinder: zwei',
  'END:VCARD',
  '',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Jonas',
  '  Brandt',
  'item1.EMAIL:jonas@example.org',
  'BDAY:--0305',
  'END:VCARD',
].join('\r\n');

describe('vcard', () => {
  it('reads several cards with unfolding, escapes, ORG, TITLE, EMAIL, TEL, BDAY, NOTE and their lines', () => {
    const [a, b] = parseVCards(SAMPLE);
    expect(a).toMatchObject({
      line: 1, fn: 'Dr. Anna Weber', org: 'Nordlicht Versicherung AG', title: 'Leiterin Marketing',
      emails: ['anna.weber@nordlicht.example', 'anna@home.example'], phones: ['+49 40 1234'], bday: '1980-04-12',
      note: 'Mag Rotwein, keinen Sekt.\nKinder: zwei',
    });
    expect(b).toMatchObject({ line: 14, fn: 'Jonas Brandt', emails: ['jonas@example.org'], bday: '--03-05' });
  });

  it('uses N when FN is missing and keeps extra addresses in the note rather than dropping them', () => {
    const [c] = parseVCards('BEGIN:VCARD\nN:Hansen;Piet;;;\nEMAIL:a@x.de\nEMAIL:b@x.de\nEND:VCARD\n');
    const row = vcardRow(c!);
    expect(row[0]).toBe('Piet Hansen');
    expect(row[3]).toBe('a@x.de');
    expect(row[6]).toContain('b@x.de');
  });

  it('names the line of a card that never ends', () => {
    expect(() => parseVCards('BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\n')).toThrow(VCardSyntaxError);
    expect(() => parseVCards('BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\n')).toThrow(/Line 4/);
  });

  it('normalises birthdays', () => {
    expect(normalizeBday('19850412')).toBe('1985-04-12');
    expect(normalizeBday('1985-04-12T00:00:00Z')).toBe('1985-04-12');
    expect(normalizeBday('--04-12')).toBe('--04-12');
  });

  it('reads an Apple Contacts export: item groups, X-ABLabel and a folded PHOTO stay out of the way', () => {
    const [card] = parseVCards(APPLE);
    expect(card).toEqual({
      line: 1, fn: 'Dr. Anna Weber', structuredName: 'Dr. Anna Weber', org: 'Nordlicht Versicherung AG',
      title: 'Leiterin Marketing', role: '', emails: ['anna.weber@nordlicht.example', 'anna@ruderclub.example'],
      phones: ['+49 170 1234567'], bday: '1980-04-12', note: 'Mag Rotwein, keinen Sekt.\nRückfragen: über Frau Kühn.',
    });
  });

  it('reads a Google Contacts export, whose "\\:" is a colon, folded mid-word', () => {
    const [card] = parseVCards(GOOGLE);
    expect(card).toMatchObject({ fn: 'Jonas Brandt', org: 'Velotech GmbH', title: 'Einkauf', emails: ['jonas.brandt@velotech.example'] });
    expect(card!.note).toBe('Kennengelernt auf der Eurobike 2023; Termin jeweils Di 10:30. Rückrufe bitte über das Büro, nicht mobil.');
  });

  it('decodes Outlook quoted-printable in Windows-1252 and ISO-8859-1 across soft line breaks', () => {
    const [juergen, sabine] = parseVCards(OUTLOOK);
    expect(juergen).toMatchObject({
      line: 1, fn: 'Jürgen Müller', structuredName: 'Jürgen Müller', org: 'Müller & Söhne GmbH', title: 'Geschäftsführer',
      emails: ['juergen.mueller@mueller-soehne.example'], phones: ['+49 221 1234567', '+49 171 7654321'],
      // =0D=0A is a line break; the soft break before " vor" keeps that space.
      note: 'Kennengelernt auf der Messe in Köln.\nWichtig: Rückruf nicht vor 9 Uhr, Grüße an Frau Schäfer.',
    });
    // No FN: the QP-encoded N gives the name.
    expect(sabine!.line).toBe(OUTLOOK.split('\r\n').indexOf('BEGIN:VCARD', 1) + 1);
    expect(vcardRow(sabine!)[0]).toBe('Prof. Dr. Sabine Groß');
  });

  it('decodes UTF-8 quoted-printable by default, named or not, and a bare 2.1 QUOTED-PRINTABLE', () => {
    const android = [
      'BEGIN:VCARD', 'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=85berg;Zo=C3=AB;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB =C3=85berg',
      'NOTE;QUOTED-PRINTABLE:Gr=C3=BC=C3=9Fe aus Malm=C3=B6',
      // Claims UTF-8 but is Windows-1252 (=E9 alone is no UTF-8): read as Windows-1252 rather than garbled.
      'TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Caf=E9-Inhaberin',
      'END:VCARD',
    ].join('\r\n');
    expect(parseVCards(android)[0]).toMatchObject({
      fn: 'Zoë Åberg', structuredName: 'Zoë Åberg', note: 'Grüße aus Malmö', title: 'Café-Inhaberin',
    });
  });

  it('reads a vCard 4.0 value after the first colon outside quotes (ALTID="urn:…")', () => {
    const [card] = parseVCards(V4);
    expect(card).toMatchObject({
      fn: 'Dr. Lena Krüger', structuredName: 'Dr. Lena Krüger', org: 'Krüger & Partner', title: 'Geschäftsführerin',
      emails: ['lena.krueger@kp.example'], bday: '--04-12', note: 'Kontakt über die Messe; bevorzugt E-Mail.',
    });
  });

  it('keeps one phone of a vCard 4.0 ALTID set, so the alternative does not land in the note as a second number', () => {
    const [card] = parseVCards(V4);
    expect(card!.phones).toEqual(['+49-170-1234567', '+49-30-7654321']);
    expect(vcardRow(card!)[6]).toBe('Kontakt über die Messe; bevorzugt E-Mail.\n+49-30-7654321');
  });

  it('reads all four exports in one file, with a BOM and mixed line ends, each card numbered by its BEGIN line', () => {
    // Google's LF between the others' CRLF: line numbers stay physical either way.
    const all = `\uFEFF${APPLE}${GOOGLE}${OUTLOOK}${V4}`;
    const cards = parseVCards(all);
    expect(cards.map((c) => c.fn || c.structuredName)).toEqual(['Dr. Anna Weber', 'Jonas Brandt', 'Jürgen Müller', 'Prof. Dr. Sabine Groß', 'Dr. Lena Krüger']);
    const lines = all.slice(1).split(/\r\n|\n/);
    expect(cards.map((c) => lines[c.line - 1])).toEqual(Array(5).fill('BEGIN:VCARD'));
  });

  it('names the BEGIN line of a truncated Outlook card instead of tripping over its soft line breaks', () => {
    const truncated = OUTLOOK.split('\r\n').filter((l) => l !== 'END:VCARD').join('\r\n');
    expect(() => parseVCards(truncated)).toThrow(VCardSyntaxError);
    expect(() => parseVCards(truncated)).toThrow('Line 1: a card never ends (END:VCARD missing).');
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeBday, parseVCards, vcardRow, VCardSyntaxError } from '../../src/transfer/vcard.ts';

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
});

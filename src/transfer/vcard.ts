// vCard 2.1 / 3.0 / 4.0 contacts (what address books and phones export): unfolded, decoded, unescaped, one
// card per BEGIN:VCARD … END:VCARD, each remembering the line it begins on. Only the properties Rapport keeps
// are read; the card becomes the same row shape a CSV gives, so one planner handles both. The line level
// (folding, quoted parameters, quoted-printable) lives in vcard-lines.ts.
import { decodedValue, parseContentLine, unfoldLines } from './vcard-lines.ts';

export interface VCard {
  /** 1-based line of BEGIN:VCARD. */
  line: number;
  fn: string;
  /** From N (family;given;…) when FN is missing. */
  structuredName: string;
  org: string;
  title: string;
  role: string;
  emails: string[];
  phones: string[];
  /** `YYYY-MM-DD`, `--MM-DD` (no year) or the raw value when it is something else. */
  bday: string;
  note: string;
}

export class VCardSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'VCardSyntaxError';
    this.line = line;
  }
}

/** `\,` `\;` `\n` `\\` back to text, and `\:`, which Google Contacts writes in URLs and notes. */
export function unescapeValue(value: string): string {
  return value.replace(/\\([\\,;:nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Split on a separator that is not escaped with a backslash. */
function splitUnescaped(value: string, sep: ';' | ','): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      cur += ch + value[i + 1];
      i++;
    } else if (ch === sep) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** A BDAY as ISO where it can be: 19850412, 1985-04-12, 1985-04-12T00:00:00Z, --0412, --04-12. */
export function normalizeBday(raw: string): string {
  const v = raw.trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^--(\d{2})-?(\d{2})$/.exec(v);
  if (m) return `--${m[1]}-${m[2]}`;
  return v;
}

const blank = (line: number): VCard => ({
  line, fn: '', structuredName: '', org: '', title: '', role: '', emails: [], phones: [], bday: '', note: '',
});

/** Every card in the text. Throws VCardSyntaxError naming the line of a card that never ends. */
export function parseVCards(input: string): VCard[] {
  const cards: VCard[] = [];
  let card: VCard | null = null;
  // RFC 6350 §5.4: EMAIL/TEL lines sharing an ALTID are one address in other forms, not more addresses.
  let altIds = new Set<string>();
  for (const { line, text } of unfoldLines(input)) {
    const prop = parseContentLine(text);
    if (!prop) {
      if (card) throw new VCardSyntaxError(line, `Line ${line}: a property without a value.`);
      continue;
    }
    // The name comes without its group: Apple's "item1.EMAIL" is an EMAIL (its item1.X-ABLabel is ignored).
    const { name } = prop;
    const value = decodedValue(prop);
    if (name === 'BEGIN' && value.trim().toUpperCase() === 'VCARD') {
      if (card) throw new VCardSyntaxError(card.line, `Line ${card.line}: a card never ends (END:VCARD missing).`);
      card = blank(line);
      altIds = new Set();
      continue;
    }
    if (!card) continue;
    if (name === 'END' && value.trim().toUpperCase() === 'VCARD') {
      cards.push(card);
      card = null;
      continue;
    }
    const altId = prop.params.get('ALTID')?.[0];
    if (altId !== undefined && (name === 'EMAIL' || name === 'TEL')) {
      if (altIds.has(`${name}:${altId}`)) continue;
      altIds.add(`${name}:${altId}`);
    }
    switch (name) {
      case 'FN': card.fn = unescapeValue(value).trim(); break;
      case 'N': {
        const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitUnescaped(value, ';').map((p) => unescapeValue(p).trim());
        card.structuredName = [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
        break;
      }
      case 'ORG': card.org = splitUnescaped(value, ';').map((p) => unescapeValue(p).trim()).filter(Boolean)[0] ?? ''; break;
      case 'TITLE': card.title = unescapeValue(value).trim(); break;
      case 'ROLE': card.role = unescapeValue(value).trim(); break;
      case 'EMAIL': if (value.trim()) card.emails.push(unescapeValue(value).trim()); break;
      case 'TEL': if (value.trim()) card.phones.push(unescapeValue(value).trim().replace(/^tel:/i, '')); break;
      case 'BDAY': card.bday = normalizeBday(unescapeValue(value)); break;
      case 'NOTE': card.note = unescapeValue(value).trim(); break;
      default: break;
    }
  }
  if (card) throw new VCardSyntaxError(card.line, `Line ${card.line}: a card never ends (END:VCARD missing).`);
  return cards;
}

/** The columns a card becomes, in the order the import shows them. */
export const VCARD_HEADERS = ['FN', 'ORG', 'TITLE', 'EMAIL', 'TEL', 'BDAY', 'NOTE'] as const;

/** A card as a row under VCARD_HEADERS (first e-mail and phone; the others go to the note so nothing is lost). */
export function vcardRow(card: VCard): string[] {
  const extra = [...card.emails.slice(1), ...card.phones.slice(1)];
  const note = [card.note, ...extra].filter(Boolean).join('\n');
  return [
    card.fn || card.structuredName,
    card.org,
    card.title || card.role,
    card.emails[0] ?? '',
    card.phones[0] ?? '',
    card.bday,
    note,
  ];
}

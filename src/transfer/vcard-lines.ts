// The line level of a vCard (2.1, RFC 2426 for 3.0, RFC 6350 for 4.0): physical lines joined into
// content lines, each split into group, name, parameters and value. Kept apart from vcard.ts, which only
// decides what a card means. Pure.

/** A content line after unfolding, with the physical line it begins on (1-based). */
export interface Logical {
  line: number;
  text: string;
}

/** `group.NAME;PARAM=…:value`, split. */
export interface ContentLine {
  /** `item1` in Apple's `item1.EMAIL`; '' when there is none. */
  group: string;
  /** Upper case, group removed. */
  name: string;
  /** Parameter names in upper case → their values, quotes removed; repeated parameters are merged. */
  params: Map<string, string[]>;
  /** Still escaped and, where ENCODING says so, still quoted-printable. */
  value: string;
}

/**
 * Index of the colon that ends name and parameters: the first one outside double quotes, because a quoted
 * parameter value may hold `:` (`ALTID="urn:x"`, `GEO="geo:…"`). With an unclosed quote, the first colon
 * at all, which is what the reader did before it knew quotes.
 */
function valueColon(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  return text.indexOf(':');
}

/** Split on `sep` where it is not inside double quotes. */
function splitUnquoted(text: string, sep: ';' | ','): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === sep && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const unquote = (v: string): string => (v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v);

// vCard 2.1 lets TYPE, ENCODING and VALUE go without their name (`TEL;WORK;VOICE:`, `NOTE;QUOTED-PRINTABLE:`);
// the value says which one it is.
const BARE_ENCODING = new Set(['7BIT', '8BIT', 'QUOTED-PRINTABLE', 'BASE64']);
const BARE_VALUE = new Set(['INLINE', 'URL', 'CONTENT-ID', 'CID']);

function bareParamName(value: string): string {
  const v = value.toUpperCase();
  if (BARE_ENCODING.has(v)) return 'ENCODING';
  if (BARE_VALUE.has(v)) return 'VALUE';
  return 'TYPE';
}

/** Parameters of a head like `TEL;TYPE=work,voice;PREF=1` (the part before the value colon). */
function parseParams(parts: readonly string[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const part of parts) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? bareParamName(part.trim()) : part.slice(0, eq).trim().toUpperCase();
    const raw = eq < 0 ? part.trim() : part.slice(eq + 1);
    let values = splitUnquoted(raw, ',').map((v) => unquote(v.trim()));
    // RFC 6350 writes a TYPE list inside quotes too (`TYPE="voice,cell"`): still two types.
    if (name === 'TYPE') values = values.flatMap((v) => v.split(','));
    params.set(name, [...(params.get(name) ?? []), ...values.filter((v) => v !== '')]);
  }
  return params;
}

/** A content line split at its value colon; null when it has no colon at all. */
export function parseContentLine(text: string): ContentLine | null {
  const colon = valueColon(text);
  if (colon < 0) return null;
  const [head = '', ...paramParts] = splitUnquoted(text.slice(0, colon), ';');
  const dot = head.indexOf('.');
  return {
    group: dot < 0 ? '' : head.slice(0, dot),
    name: head.slice(dot + 1).trim().toUpperCase(),
    params: parseParams(paramParts),
    value: text.slice(colon + 1),
  };
}

const isQuotedPrintable = (params: Map<string, string[]>): boolean =>
  (params.get('ENCODING') ?? []).some((e) => e.toUpperCase() === 'QUOTED-PRINTABLE');

/** Whether the first physical line of a property says ENCODING=QUOTED-PRINTABLE (2.1 never folds the head). */
function startsQuotedPrintable(text: string): boolean {
  if (!/QUOTED-PRINTABLE/i.test(text)) return false;
  const colon = valueColon(text);
  return colon >= 0 && isQuotedPrintable(parseParams(splitUnquoted(text.slice(0, colon), ';').slice(1)));
}

/**
 * Physical lines to content lines. A line starting with a space or tab continues the previous one, that
 * one character dropped (RFC 6350 §3.2, and so in 3.0). A quoted-printable value (vCard 2.1) that ends in
 * `=` continues on the next line as it stands: that `=` is a soft line break, and the next line may well
 * begin with a space that belongs to the text, or look like a property of its own. BOM and blank lines
 * are dropped; CRLF, LF and CR all end a line.
 */
export function unfoldLines(input: string): Logical[] {
  const out: Logical[] = [];
  let qp = false;
  let softBreak = false;
  input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((text, k) => {
    let last = out[out.length - 1];
    let piece: string;
    if (last && softBreak) piece = text;
    else if (last && (text.startsWith(' ') || text.startsWith('\t'))) piece = text.slice(1);
    else if (text.trim() !== '') {
      last = { line: k + 1, text: '' };
      out.push(last);
      qp = startsQuotedPrintable(text);
      piece = text;
    } else return;
    // Only the short physical piece is looked at: a PHOTO folded over thousands of lines stays linear.
    softBreak = qp && piece.endsWith('=');
    last.text += softBreak ? piece.slice(0, -1) : piece;
  });
  return out;
}

/**
 * Bytes in `charset`. A charset TextDecoder does not know, or bytes that are not what the label claims
 * (UTF-8 declared, Windows-1252 written), are read as UTF-8 and then as Windows-1252, the same fallback the
 * import uses for whole files. ISO-8859-1 is read as Windows-1252 anyway (the WHATWG encoding rule).
 */
function decodeBytes(bytes: Uint8Array, charset: string): string {
  for (const label of [charset, 'utf-8']) {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      // unknown label or malformed bytes: try the next
    }
  }
  return new TextDecoder('windows-1252').decode(bytes);
}

/** `=XX` escapes back to text in `charset` (UTF-8 when the card names none); CRLF in the text becomes LF. */
export function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
  return value
    .replace(/(?:=[0-9A-Fa-f]{2})+/g, (run) => {
      const bytes = new Uint8Array(run.length / 3);
      for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(3 * i + 1, 3 * i + 3), 16);
      return decodeBytes(bytes, charset);
    })
    .replace(/\r\n?/g, '\n');
}

/** The value with any transfer encoding undone; escapes are left for the caller (they depend on the property). */
export function decodedValue(prop: ContentLine): string {
  if (!isQuotedPrintable(prop.params)) return prop.value;
  return decodeQuotedPrintable(prop.value, prop.params.get('CHARSET')?.[0] ?? 'utf-8');
}

// One voice in German: Rapport addresses people with "Sie", on every screen, in the coach, the diagnosis,
// the CLI, the report and the talk sheet (a consultancy hands those to clients). Every text the app says is
// a string literal or JSX text in src/ or renderer/src, so this reads them all with the TypeScript parser
// and fails on any du-form: du, dich, dir, dein…, euer/eure/euch, "ihr" with a verb of the ihr-form, and
// du-imperatives at the start of a sentence ("Schau …", "Prüf …"). Left out: the demo agency's stories
// (what consultants wrote, in their own voice) and the coach's own detection patterns (they must name the
// forms to find them in what a user typed).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ROOMS = ['src', 'renderer/src'];
const LEFT_OUT = [/^src\/services\/demo\//, /^src\/domain\/mediation\/phrasing-rules\.(de|en)\.ts$/, /\.test\.tsx?$/];

// Not inside a word, a compound ("Du-Botschaften" names a kind of sentence), an option or a placeholder.
const PRONOUNS = /(?<![\p{L}<-])([Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(e[nmrs]?)?|[Ee]uer|[Ee]ure[nmrs]?|[Ee]uch)(?![\p{L}>-])/u;
const IHR_VERB = /\bihr\s+(habt|seid|könnt|müsst|wollt|solltet|dürft|macht|wisst|werdet|hättet|wärt)\b/i;
// Du-imperatives; words that are also nouns at a sentence's start ("Suche", "Stelle", "Klick", "Ruf") are left out.
const IMPERATIVES = [
  'Schau', 'Mach', 'Lies', 'Gib', 'Nimm', 'Sieh', 'Denk', 'Frag', 'Sag', 'Prüf', 'Prüfe', 'Versuch', 'Versuche', 'Achte',
  'Beachte', 'Nutze', 'Wähle', 'Klicke', 'Öffne', 'Schreib', 'Schreibe', 'Geh', 'Komm', 'Hör', 'Sprich', 'Bleib',
  'Vermeide', 'Benenne', 'Formuliere', 'Beschreibe', 'Erzähl', 'Erzähle', 'Erkläre', 'Halte', 'Lass', 'Notiere',
  'Trag', 'Leg', 'Lege', 'Hol', 'Zeig', 'Zeige', 'Bedank', 'Bedanke', 'Entschuldige', 'Überleg', 'Überlege',
  'Wähl', 'Speicher', 'Speichere', 'Melde', 'Starte', 'Exportier', 'Exportiere',
  'Importier', 'Importiere', 'Sperr', 'Vergiss', 'Erinnere', 'Hilf', 'Warte', 'Antworte', 'Bereite', 'Ersetze', 'Beginne',
  // and the ihr-form's ("Klärt das Missverständnis", "…; aktualisiert den Vertrag")
  'Klärt', 'Aktualisiert', 'Prüft', 'Schaut', 'Sagt', 'Fragt', 'Plant', 'Nutzt', 'Bedankt', 'Meldet', 'Ruft', 'Schreibt',
  'Zeigt', 'Denkt', 'Achtet', 'Vermeidet', 'Bereitet', 'Erinnert', 'Haltet', 'Lasst', 'Nehmt', 'Gebt', 'Seht', 'Sprecht',
  'Kommt', 'Bleibt', 'Legt', 'Holt', 'Stellt', 'Wählt', 'Startet', 'Überlegt', 'Beschreibt', 'Benennt', 'Formuliert',
  'Erklärt', 'Erzählt', 'Notiert', 'Tragt', 'Wartet', 'Antwortet', 'Versucht', 'Beachtet', 'Öffnet', 'Klickt', 'Speichert',
  'Exportiert', 'Sperrt', 'Vergesst', 'Helft', 'Entschuldigt', 'Ersetzt', 'Beginnt', 'Feiert', 'Würdigt',
  'Dankt', 'Schickt', 'Vereinbart', 'Besprecht', 'Ladet', 'Kündigt', 'Verlängert', 'Aktualisiere',
];
// At a sentence's start (or a line's, a bullet's, a quote's) and not followed by "Sie": "Prüfen Sie" is
// the Sie-form; "Prüf" / "Prüfe" alone is not.
const IMPERATIVE = new RegExp(`(^|[.!?:;•–—„"(]\\s*|\\n\\s*)(${[...new Set(IMPERATIVES)].join('|')})(?![\\p{L}])(?!\\s+(Sie|wir)\\b)`, 'iu');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/**
 * Texts that are the user's own sentence, not the app's voice: the coach offers an I-statement in the
 * register of the draft (a draft to a colleague who is "du" gets "Wärst du bereit …").
 */
const USERS_REGISTER = new Set(['Wärst du']);

/** A key, an id or a type's value ("dir", "du" as a register): one lower-case token, not a text anyone reads. */
const isKey = (text: string) => /^[a-z_.-]+$/.test(text);

/** Every text in a file: string literals, template pieces and JSX text, with their line numbers. */
function textsOf(path: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true,
    path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
      || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      // Import paths and module names are not texts anyone reads.
      if (!(node.parent && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent)))) {
        found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** What in a text is a du-form, or null. */
export function duForm(text: string): string | null {
  return text.match(PRONOUNS)?.[0] ?? text.match(IHR_VERB)?.[0] ?? text.match(IMPERATIVE)?.[2] ?? null;
}

describe('German says Sie', () => {
  it('the scanner knows a du-form from the Sie-form', () => {
    expect(duForm('Schau, was darunter liegt.')).toBe('Schau');
    expect(duForm('Schauen Sie, was darunter liegt.')).toBeNull();
    expect(duForm('Kreuzen Sie an, was zutrifft. Prüf dann die Stufe.')).toBe('Prüf');
    expect(duForm('euer Rhythmus')).toBe('euer');
    expect(duForm('Ihr habt das zugesagt.')).toBe('Ihr habt');
    expect(duForm('Ihr Rhythmus in Ihren Einstellungen')).toBeNull();
    expect(duForm('Hast du kurz Zeit?')).toBe('du');
    expect(duForm('Direktor Meier, Durchsicht')).toBeNull();
    expect(duForm('Du-Botschaften und --out-dir <dir>')).toBeNull();
    expect(duForm('Ersetze „nie“ durch den Anlass.')).toBe('Ersetze');
    expect(duForm('Der Termin ist vorbei; aktualisiert den Vertrag.')).toBe('aktualisiert');
    expect(duForm('Klärt das Missverständnis.')).toBe('Klärt');
    expect(duForm('Klären Sie das Missverständnis.')).toBeNull();
    expect(duForm('Importiert: 3 neue Einträge. Geht auch mit dem Tastenkürzel.')).toBeNull();
  });

  it('no text in the app addresses anyone with du', () => {
    const hits: string[] = [];
    for (const room of ROOMS) {
      for (const path of sourceFiles(join(ROOT, room))) {
        const rel = relative(ROOT, path).split('\\').join('/');
        if (LEFT_OUT.some((r) => r.test(rel))) continue;
        for (const { line, text } of textsOf(path)) {
          const hit = isKey(text) || USERS_REGISTER.has(text) ? null : duForm(text);
          if (hit) hits.push(`${rel}:${line}: "${hit}" in ${JSON.stringify(text.slice(0, 120))}`);
        }
      }
    }
    expect(hits).toEqual([]);
  });
});

// Lint, and the layer rules of DESIGN.md: a wrong import between rooms fails the build.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'url', 'util', 'stream', 'worker_threads'];
const NODE_ONLY_SRC = ['**/store/**', '**/services/**', '**/report/**', '**/cli/**', '**/migrations/**'];
const native = ['better-sqlite3-multiple-ciphers', 'kysely', 'kysely/*', '@react-pdf/*'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Ledger text always renders as text.' }],
    },
  },
  {
    files: ['src/domain/**', 'src/contract/**'],
    rules: restrict(
      [...NODE_BUILTINS, 'electron', 'react', 'react-dom', '@mantine/*', ...native, ...NODE_ONLY_SRC, '**/electron/**', '**/renderer/**'],
      'src/domain and src/contract are pure: importable by the renderer, so no Node, Electron, UI or store.',
    ),
  },
  {
    files: ['src/store/**', 'src/services/**', 'src/report/**', 'src/cli/**'],
    rules: restrict(['electron', 'react-dom', 'react-dom/*', '@mantine/*', '**/electron/**', '**/renderer/**'],
      'The engine never imports Electron or the renderer.'),
  },
  {
    files: ['electron/**'],
    rules: restrict(['react', 'react-dom', '@mantine/*', '**/renderer/**'], 'The shell never imports the renderer.'),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      [...NODE_BUILTINS, 'electron', ...native, ...NODE_ONLY_SRC, '**/electron/**'],
      'The renderer may import only the pure parts of src/ (domain, contract).',
    ),
  },
  {
    files: ['migrations/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!kysely(/|$)|\\./)', message: 'A migration imports only kysely: it is a frozen snapshot.' }],
      }],
    },
  },
);

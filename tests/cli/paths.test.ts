// Where the CLI looks for the ledger when neither --ledger nor RAPPORT_LEDGER is given: the desktop app's place.
import { accessSync, constants, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLedgerPath, resolveLedgerPath } from '../../src/cli/paths.ts';
import { detectLang } from '../../src/cli/i18n.ts';
import { ROOT } from './support.ts';

describe('ledger path', () => {
  it('defaults to the app data folder of each platform', () => {
    expect(defaultLedgerPath({}, 'linux')).toBe(join(homedir(), '.config', 'Rapport', 'rapport.ledger'));
    expect(defaultLedgerPath({ XDG_CONFIG_HOME: '/x/cfg' }, 'linux')).toBe(join('/x/cfg', 'Rapport', 'rapport.ledger'));
    expect(defaultLedgerPath({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Rapport', 'rapport.ledger'));
    expect(defaultLedgerPath({ APPDATA: 'C:/Users/k/AppData/Roaming' }, 'win32')).toBe(join('C:/Users/k/AppData/Roaming', 'Rapport', 'rapport.ledger'));
  });

  it('prefers --ledger, then RAPPORT_LEDGER', () => {
    expect(resolveLedgerPath('a.ledger', { RAPPORT_LEDGER: '/b.ledger' })).toBe(resolve('a.ledger'));
    expect(resolveLedgerPath(undefined, { RAPPORT_LEDGER: '/b.ledger' })).toBe(resolve('/b.ledger'));
  });
});

describe('message language', () => {
  it('comes from --lang, else the locale', () => {
    expect(detectLang(['--lang', 'de', 'client', 'list'], { LANG: 'en_GB.UTF-8' })).toBe('de');
    expect(detectLang(['demo', '--lang=en'], { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(detectLang(['client', 'list'], { LANG: 'de_AT.UTF-8' })).toBe('de');
    expect(detectLang(['client', 'list'], { LC_ALL: 'C', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(detectLang([], {})).toBe('en');
  });
});

describe('package bin', () => {
  it('points `rapport` at an executable ESM script that loads the CLI through tsx', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin?: Record<string, string>; type?: string };
    expect(pkg.type).toBe('module');
    expect(pkg.bin?.rapport).toBe('bin/rapport.js');
    const bin = join(ROOT, 'bin', 'rapport.js');
    const text = readFileSync(bin, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(text).toContain("'tsx/esm/api'");
    expect(text).toContain('../src/cli/main.ts');
    if (process.platform !== 'win32') accessSync(bin, constants.X_OK);
  });
});

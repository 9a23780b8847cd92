// Issue "One ledger, many hands" 10b: look-alike names share one key, at import and in the CLI lookup.
import { describe, expect, test } from 'vitest';
import { nameKey } from '../../src/domain/text.ts';
import { buildPlan } from '../../src/transfer/plan.ts';

describe('nameKey', () => {
  test.each([
    ['Nordlicht\u200B AG'], ['Nordlicht AG\uFEFF'], ['Nord\u00ADlicht AG'], ['Nord\u200Clicht\u200D AG'], ['\u202ENordlicht AG'],
    ['Nordlicht\u2060 AG'], ['ＮＯＲＤＬＩＣＨＴ AG'], ['  nordlicht   ag '], ['NORDLICHT\u00A0AG'],
  ])('%j is the same name as "Nordlicht AG"', (name) => {
    expect(nameKey(name)).toBe(nameKey('Nordlicht AG'));
  });

  test('different names stay different; umlauts are kept', () => {
    expect(nameKey('Müller GmbH')).not.toBe(nameKey('Muller GmbH'));
    expect(nameKey('Müller GmbH')).toBe(nameKey('Mu\u0308ller GMBH'));
    expect(nameKey('Nordlicht AG')).not.toBe(nameKey('Nordlicht AB'));
  });
});

describe('import plan: a look-alike is a duplicate', () => {
  test('"Nordlicht\\u200B AG" is reported as already in the ledger as "Nordlicht AG"', () => {
    const plan = buildPlan(
      [{ line: 2, cells: ['Nordlicht\u200B AG'] }, { line: 3, cells: ['Hansen KG'] }, { line: 4, cells: ['hansen\u200D kg'] }],
      { clients: [{ id: 1, name: 'Nordlicht AG' }], contacts: [], events: [] },
      { target: 'client', mapping: ['client'], today: '2026-12-07', birthdayLabel: 'Geburtstag' },
    );
    expect(plan.summary().lines.map((l) => [l.line, l.outcome, l.reason])).toEqual([
      [2, 'skip', 'already in the ledger'],
      [3, 'create', null],
      [4, 'skip', 'the same as line 3'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { detectTarget, mappingProblems, normalizeHeader, suggestMapping, unmappedHeaders } from '../../src/transfer/mapping.ts';
import { parseAmount, parseImportDate, parseKind } from '../../src/transfer/plan-values.ts';

describe('mapping', () => {
  it('recognises a HubSpot contacts export', () => {
    const headers = ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Job Title', 'Associated Company', 'Lead Status'];
    expect(detectTarget(headers)).toBe('contact');
    expect(suggestMapping('contact', headers)).toEqual([null, 'firstName', 'lastName', 'email', 'phone', 'role', 'client', null]);
  });

  it('recognises a HubSpot companies export as clients', () => {
    const headers = ['Company name', 'Create Date', 'Company owner', 'Phone Number', 'Industry'];
    expect(detectTarget(headers)).toBe('client');
    expect(suggestMapping('client', headers)).toEqual(['client', 'since', 'owner', null, null]);
  });

  it('recognises Pipedrive persons and activities', () => {
    const persons = ['Person - Name', 'Person - Email', 'Person - Phone', 'Organization - Name'];
    expect(detectTarget(persons)).toBe('contact');
    expect(suggestMapping('contact', persons)).toEqual(['name', 'email', 'phone', 'client']);
    const activities = ['Activity - Subject', 'Activity - Type', 'Activity - Due date', 'Organization - Name', 'Note - Content'];
    expect(detectTarget(activities)).toBe('event');
    expect(suggestMapping('event', activities)).toEqual(['title', 'kind', 'date', 'client', 'description']);
  });

  it('recognises Salesforce contacts and tasks', () => {
    const contacts = ['Account Name', 'First Name', 'Last Name', 'Title', 'Email', 'Phone'];
    expect(detectTarget(contacts)).toBe('contact');
    expect(suggestMapping('contact', contacts)).toEqual(['client', 'firstName', 'lastName', 'role', 'email', 'phone']);
    const tasks = ['Subject', 'Activity Date', 'Account Name', 'Description', 'Assigned'];
    expect(detectTarget(tasks)).toBe('event');
    expect(suggestMapping('event', tasks)).toEqual(['title', 'date', 'client', 'description', null]);
  });

  it('recognises plain German headers, case- and space-insensitively', () => {
    const headers = ['FIRMA', ' Name ', 'e-mail', 'Telefon', 'Position'];
    expect(detectTarget(headers)).toBe('contact');
    expect(suggestMapping('contact', headers)).toEqual(['client', 'name', 'email', 'phone', 'role']);
    expect(detectTarget(['Datum', 'Titel', 'Beschreibung', 'Kunde'])).toBe('event');
    expect(normalizeHeader('Verlängerung')).toBe('verlangerung');
  });

  it('lists unknown columns, __proto__ included, and reports mapping problems', () => {
    const headers = ['__proto__', 'Name', 'constructor'];
    const mapping = suggestMapping('client', headers);
    expect(unmappedHeaders(headers, mapping).map((u) => u.header)).toEqual(['__proto__', 'constructor']);
    expect(mappingProblems('client', headers, mapping)).toEqual([]);
    expect(mappingProblems('client', headers, [null, null, null])).toEqual(['No column is mapped to client.']);
    expect(mappingProblems('client', headers, ['client', 'client', 'email'])).toHaveLength(2);
  });
});

describe('values', () => {
  it('reads ISO, German and US dates and refuses ambiguous ones', () => {
    expect(parseImportDate('2024-03-05')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseImportDate('2024-03-05 14:22')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseImportDate('5.3.2024')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseImportDate('03/25/2024')).toEqual({ ok: true, value: '2024-03-25' });
    expect(parseImportDate('25/03/2024')).toEqual({ ok: true, value: '2024-03-25' });
    expect(parseImportDate('03/03/2024')).toEqual({ ok: true, value: '2024-03-03' });
    const ambiguous = parseImportDate('03/04/2024');
    expect(ambiguous.ok).toBe(false);
    expect(parseImportDate('next tuesday').ok).toBe(false);
  });

  it('reads kinds and amounts', () => {
    expect(parseKind('Call')).toEqual({ ok: true, value: { kind: 'touchpoint', channel: 'call' } });
    expect(parseKind('Projekt')).toEqual({ ok: true, value: { kind: 'project' } });
    expect(parseKind('crisis').ok).toBe(false);
    expect(parseKind('__proto__').ok).toBe(false);
    expect(parseAmount('12.000 €')).toEqual({ ok: true, value: 12000 });
    expect(parseAmount('12,50').ok).toBe(false);
  });
});

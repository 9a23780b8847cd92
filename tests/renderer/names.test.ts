// A contact's avatar shows the initials of their name, never of their title.
import { describe, expect, it } from 'vitest';
import { initials } from '../../renderer/src/lib/names.ts';

describe('initials', () => {
  it('takes the first and last name, skipping titles', () => {
    expect(initials('Dr. Petra Albers')).toBe('PA');
    expect(initials('Prof. Dr. Henrik Brenner')).toBe('HB');
    expect(initials('Claudia Martens')).toBe('CM');
    expect(initials('Anna Maria von Berg')).toBe('AB');
    expect(initials('Mr Richard Brennan')).toBe('RB');
  });
  it('copes with one word, umlauts and stray spaces', () => {
    expect(initials('  Özlem  ')).toBe('Ö');
    expect(initials('Jörg Weiß')).toBe('JW');
    expect(initials('Dr.')).toBe('D');
  });
});

import { describe, expect, it } from 'vitest';
import { flagMassGestures, massGestureGroups, normaliseGesture } from '../../../src/domain/appreciation/mass-gesture.ts';
import { ev } from '../fixtures.ts';

const sameWeek = ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-20']; // Mon … Sun, W51

describe('mass gestures', () => {
  it('flags the same gesture logged for five clients in the same ISO week', () => {
    const cards = [1, 2, 3, 4, 5].map((clientId, i) =>
      ev.appreciation(sameWeek[i] as string, { clientId, gesture: i % 2 ? 'Christmas card' : ' christmas-CARD! ', isPersonal: i === 0 }),
    );
    const personal = ev.appreciation('2026-12-15', { clientId: 6, gesture: 'Lunch with Anna' });
    const flagged = flagMassGestures([...cards, personal]);
    expect(flagged).toEqual(cards.map((c) => c.id).sort((a, b) => a - b));
    expect(massGestureGroups([...cards, personal])).toEqual([
      { gesture: 'christmas card', week: '2026-W51', clientIds: [1, 2, 3, 4, 5], eventIds: flagged },
    ]);
  });

  it('does not flag four clients at N = 5, but does at N = 4', () => {
    const cards = [1, 2, 3, 4].map((clientId, i) => ev.appreciation(sameWeek[i] as string, { clientId, gesture: 'Christmas card' }));
    expect(flagMassGestures(cards)).toEqual([]);
    expect(flagMassGestures(cards, 4)).toHaveLength(4);
  });

  it('counts clients, not events, and splits by ISO week', () => {
    const oneClient = [1, 2, 3, 4, 5].map((_, i) => ev.appreciation(sameWeek[i] as string, { clientId: 1, gesture: 'Card' }));
    expect(flagMassGestures(oneClient)).toEqual([]);
    const spread = [1, 2, 3, 4, 5].map((clientId, i) =>
      ev.appreciation(i < 3 ? '2026-12-20' : '2026-12-21', { clientId, gesture: 'Card' }), // Sunday | Monday
    );
    expect(flagMassGestures(spread)).toEqual([]);
  });

  it('ignores gestures received from clients and other kinds of events', () => {
    const received = [1, 2, 3, 4, 5].map((clientId) => ev.appreciation('2026-12-15', { clientId, gesture: 'Card', direction: 'received' }));
    expect(flagMassGestures([...received, ev.touchpoint('2026-12-15')])).toEqual([]);
  });

  it('normalises case, accents, punctuation and spacing', () => {
    expect(normaliseGesture('  Weihnachts-Grüße!! ')).toBe('weihnachts grusse');
    expect(normaliseGesture('Café  Voucher')).toBe(normaliseGesture('cafe voucher'));
    expect(normaliseGesture('Straße')).toBe('strasse');
  });
});

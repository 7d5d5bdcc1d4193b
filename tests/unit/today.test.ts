import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { todayInNL } from '../../src/rules/dates';

/** The time-zone database's answer, what todayInNL computed before it did its own arithmetic. */
const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const viaIntl = (d: Date) => amsterdam.format(d);

describe('todayInNL (EU summer-time rule, no time-zone data)', () => {
  it('agrees with the time-zone database at every instant from 1996 to 2037 (random instants)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2037, 11, 31) }), (t) => {
        expect(todayInNL(new Date(t))).toBe(viaIntl(new Date(t)));
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('agrees a minute either side of every midnight and every clock change, 2020-2035', () => {
    for (let y = 2020; y <= 2035; y++) {
      for (const month of [2, 9]) {
        // Every Sunday of March and October at 00:00-02:00 UTC, and the surrounding midnights.
        for (let day = 20; day <= 31; day++) {
          for (const minutes of [-1, 0, 1, 59, 60, 61, 22 * 60 - 1, 22 * 60, 22 * 60 + 1, 23 * 60 - 1, 23 * 60, 23 * 60 + 1]) {
            const d = new Date(Date.UTC(y, month, day) + minutes * 60_000);
            expect(todayInNL(d), d.toISOString()).toBe(viaIntl(d));
          }
        }
      }
    }
  }, 60_000);

  it('examples: late evening UTC is already tomorrow in the Netherlands', () => {
    expect(todayInNL(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16'); // winter, UTC+1
    expect(todayInNL(new Date('2026-07-15T22:30:00Z'))).toBe('2026-07-16'); // summer, UTC+2
    expect(todayInNL(new Date('2026-07-15T21:30:00Z'))).toBe('2026-07-15');
    expect(todayInNL(new Date('2026-03-29T00:59:00Z'))).toBe('2026-03-29');
  });
});

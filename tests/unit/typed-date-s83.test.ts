/**
 * Session 83: typedDate (src/rules/dates.ts), the one helper for a stored date shown in a date field to be changed (the
 * timeline form wrote `iso.split('-').reverse().join('-')` three times). Day first; parseTypedDate reads it back.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromUtc, parseTypedDate, typedDate } from '../../src/rules/dates';

describe('typedDate', () => {
  it('writes day-month-year with leading zeros, as the date fields show it', () => {
    expect(typedDate('2026-03-09')).toBe('09-03-2026');
    expect(typedDate('2026-12-31')).toBe('31-12-2026');
    expect(typedDate('2028-02-29')).toBe('29-02-2028');
  });

  it('parseTypedDate reads every date back as the same date', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const iso = fromUtc(ms);
        expect(parseTypedDate(typedDate(iso))).toBe(iso);
      }),
    );
  });
});

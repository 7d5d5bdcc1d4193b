import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, formatDate, formatDateShort, isIsoDate, parseTypedDate, todayInNL } from '../../src/rules/dates';
import { addDays, addMonths, addWeeks, daysBetween, schoolYearStart } from '../../src/rules/calendar';
import { deadline } from '../../src/rules/deadlines';

const RUNS = { numRuns: 10_000 };

// The whole file runs in the Dutch time zone, so arithmetic on local midnight (the classic
// daylight-saving bug) would show; dates.ts must work on UTC whatever the device's zone is.
const savedTz = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Europe/Amsterdam';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = savedTz;
});

/** Any valid calendar date from 1950 to 2150, as ISO. */
const isoDate = fc
  .record({ y: fc.integer({ min: 1950, max: 2150 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}`);

describe('isIsoDate', () => {
  it.each([
    ['2026-03-03', true],
    ['2026-01-31', true],
    ['2026-12-31', true],
    ['2028-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400: leap
    ['2024-02-29', true],
    ['2026-02-29', false], // not a leap year
    ['2100-02-29', false], // divisible by 100, not by 400
    ['1900-02-29', false],
    ['2026-02-28', true],
    ['2026-04-31', false],
    ['2026-06-31', false],
    ['2026-00-10', false],
    ['2026-13-01', false],
    ['2026-03-00', false],
    ['2026-03-32', false],
    ['2026-3-3', false],
    ['03-03-2026', false],
    ['2026/03/03', false],
    ['20260303', false],
    [' 2026-03-03', false],
    ['2026-03-03 ', false],
    ['2026-03-03T00:00', false],
    ['', false],
    ['weet-niet', false],
    ['1899-12-31', false],
    ['2201-01-01', false],
  ])('%s → %s', (input, valid) => {
    expect(isIsoDate(input)).toBe(valid);
  });
});

describe('daysInMonth', () => {
  it('knows February in leap and common years', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('addDays and addWeeks', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'], // common year
    ['2028-02-28', 1, '2028-02-29'], // leap year
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-03-03', 0, '2026-03-03'],
    ['2026-03-03', 365, '2027-03-03'],
    ['2028-01-01', 366, '2029-01-01'],
  ])('addDays(%s, %i) = %s', (start, n, expected) => {
    expect(addDays(start, n)).toBe(expected);
  });

  it.each([
    ['2026-03-03', 6, '2026-04-14'], // admission decision
    ['2026-03-03', 10, '2026-05-12'], // admission decision, extended
    ['2026-10-01', 6, '2026-11-12'], // bezwaar against a refusal
    ['2026-11-16', 1, '2026-11-23'], // suspension
    ['2026-10-20', 6, '2026-12-01'], // TLV bezwaar
    ['2026-12-10', 6, '2027-01-21'], // across the year end
    ['2028-02-20', 1, '2028-02-27'],
    ['2028-02-25', 1, '2028-03-03'], // over a leap day
    ['2026-02-25', 1, '2026-03-04'], // no leap day
    ['2026-01-29', 5, '2026-03-05'],
  ])('addWeeks(%s, %i) = %s', (start, n, expected) => {
    expect(addWeeks(start, n)).toBe(expected);
  });

  describe('daylight saving time in the Netherlands does not shift a day', () => {
    it('really runs in the Dutch time zone', () => {
      expect(new Date(2026, 2, 29, 12).getTimezoneOffset()).toBe(-120); // summer time
      expect(new Date(2026, 2, 28, 12).getTimezoneOffset()).toBe(-60);
    });

    // Summer time starts Sunday 29 March 2026, ends Sunday 25 October 2026.
    it.each([
      ['2026-03-26', 1, '2026-04-02'],
      ['2026-03-28', 1, '2026-04-04'],
      ['2026-03-29', 1, '2026-04-05'],
      ['2026-03-03', 6, '2026-04-14'],
      ['2026-03-22', 2, '2026-04-05'],
      ['2026-10-20', 1, '2026-10-27'],
      ['2026-10-24', 1, '2026-10-31'],
      ['2026-10-25', 1, '2026-11-01'],
      ['2026-10-01', 6, '2026-11-12'],
      ['2026-03-01', 35, '2026-11-01'], // over both changes
    ])('addWeeks(%s, %i) = %s', (start, n, expected) => {
      expect(addWeeks(start, n)).toBe(expected);
      expect(daysBetween(start, expected)).toBe(n * 7);
    });

    it('adding weeks is exactly 7n days for every day of 2026, in the Dutch time zone', () => {
      for (let day = 0; day < 365; day++) {
        const d = addDays('2026-01-01', day);
        for (const n of [1, 2, 6, 10, 30]) expect(daysBetween(d, addWeeks(d, n))).toBe(7 * n);
        expect(addDays(addDays(d, 1), -1)).toBe(d);
      }
    });

    it('keeps the weekday over the changes', () => {
      const weekday = (iso: string) => formatDate(iso, 'nl').split(' ')[0];
      expect(weekday('2026-03-28')).toBe('zaterdag');
      expect(weekday(addWeeks('2026-03-28', 1))).toBe('zaterdag');
      expect(weekday('2026-10-24')).toBe('zaterdag');
      expect(weekday(addWeeks('2026-10-24', 1))).toBe('zaterdag');
      expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
      expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
      expect(addDays('2026-03-30', -1)).toBe('2026-03-29');
      expect(addDays('2026-10-26', -1)).toBe('2026-10-25');
    });
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'], // shorter month: its last day
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-11-23', 1, '2026-12-23'], // dossier request answered
    ['2026-12-15', 1, '2027-01-15'], // across the year end
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-10-31', 4, '2027-02-28'],
    ['2027-10-31', 4, '2028-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-03-03', 12, '2027-03-03'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-03-03', 0, '2026-03-03'],
  ])('addMonths(%s, %i) = %s', (start, n, expected) => {
    expect(addMonths(start, n)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-03-03', '2026-04-14', 42],
    ['2026-04-14', '2026-03-03', -42],
    ['2026-03-03', '2026-03-03', 0],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2026-03-28', '2026-03-30', 2], // over the start of summer time
    ['2026-10-24', '2026-10-26', 2], // over the end of summer time
    ['2026-11-23', '2026-12-23', 30],
  ])('daysBetween(%s, %s) = %i', (from, to, n) => {
    expect(daysBetween(from, to)).toBe(n);
  });
});

describe('schoolYearStart', () => {
  it.each([
    ['2026-07-31', '2025-08-01'],
    ['2026-08-01', '2026-08-01'],
    ['2026-08-02', '2026-08-01'],
    ['2026-11-23', '2026-08-01'],
    ['2026-12-31', '2026-08-01'],
    ['2027-01-01', '2026-08-01'],
    ['2027-07-31', '2026-08-01'],
    ['2027-08-01', '2027-08-01'],
    ['2026-01-01', '2025-08-01'],
  ])('%s is in the school year starting %s', (date, start) => {
    expect(schoolYearStart(date)).toBe(start);
  });
});

describe('parseTypedDate', () => {
  it.each([
    ['3-3-2026', '2026-03-03'],
    ['03-03-2026', '2026-03-03'],
    ['03/03/2026', '2026-03-03'],
    ['3/3/2026', '2026-03-03'],
    ['3.3.26', '2026-03-03'],
    ['3.3.2026', '2026-03-03'],
    ['3 3 2026', '2026-03-03'],
    ['3 maart 2026', '2026-03-03'],
    ['3 Maart 2026', '2026-03-03'],
    ['3 mrt 2026', '2026-03-03'],
    ['3 mrt. 2026', '2026-03-03'],
    ['3 mar 2026', '2026-03-03'],
    ['3 March 2026', '2026-03-03'],
    ['3 march, 2026', '2026-03-03'],
    ['  3   maart   2026 ', '2026-03-03'],
    ['2026-03-03', '2026-03-03'],
    ['2026-3-3', '2026-03-03'],
    ['1-12-2026', '2026-12-01'], // day first, as in the Netherlands
    ['12-1-2026', '2026-01-12'],
    ['29-2-2028', '2028-02-29'],
    ['29 februari 2028', '2028-02-29'],
    ['1 mei 2026', '2026-05-01'],
    ['1 May 2026', '2026-05-01'],
    ['15 okt 2026', '2026-10-15'],
    ['15 Oct 2026', '2026-10-15'],
    ['31 december 26', '2026-12-31'],
  ])('%j → %s', (input, expected) => {
    expect(parseTypedDate(input)).toBe(expected);
  });

  it.each([
    '31-2-2026', // no 31 February
    '29-2-2026', // not a leap year
    '31-4-2026',
    '0-3-2026',
    '3-13-2026',
    '32 maart 2026',
    '3 maa 2026x',
    '3 xyz 2026',
    '3 ma 2026', // too short to know the month
    'gisteren',
    'weet ik niet',
    '',
    '   ',
    '3-3',
    '2026',
    '3-3-202',
    '2026/03/03/01',
    '<script>',
  ])('%j → undefined', (input) => {
    expect(parseTypedDate(input)).toBeUndefined();
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-03-03', 'nl', 'dinsdag 3 maart 2026'],
    ['2026-03-03', 'en', 'Tuesday 3 March 2026'],
    ['2026-04-14', 'nl', 'dinsdag 14 april 2026'],
    ['2026-04-14', 'en', 'Tuesday 14 April 2026'],
    ['2026-11-23', 'nl', 'maandag 23 november 2026'],
    ['2026-11-23', 'en', 'Monday 23 November 2026'],
    ['2028-02-29', 'nl', 'dinsdag 29 februari 2028'],
    ['2026-03-29', 'nl', 'zondag 29 maart 2026'], // DST change day
    ['2026-10-25', 'en', 'Sunday 25 October 2026'], // DST change day
    ['2027-01-01', 'nl', 'vrijdag 1 januari 2027'],
  ])('formatDate(%s, %s) = %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it('falls back to Dutch for an unknown language', () => {
    expect(formatDate('2026-03-03', 'de')).toBe('dinsdag 3 maart 2026');
  });

  it('has a short form without weekday', () => {
    expect(formatDateShort('2026-03-03', 'nl')).toBe('3 maart 2026');
    expect(formatDateShort('2026-03-03', 'en')).toBe('3 March 2026');
  });

  // Dutch and English are written from the app's own names (no Intl at the plan's boot, issue 17):
  // they must be exactly what Intl writes, on every day (weekday, month, leap days, year changes).
  it('writes Dutch and English dates exactly as Intl does, every day of 2024-2032', () => {
    const intl = (lang: 'nl' | 'en', weekday: boolean) => {
      const f = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', ...(weekday ? { weekday: 'long' } : {}) });
      return (ms: number) => {
        const p = f.formatToParts(ms);
        const part = (t: string) => p.find((x) => x.type === t)?.value;
        return [part('weekday'), part('day'), part('month'), part('year')].filter(Boolean).join(' ');
      };
    };
    const wrong: string[] = [];
    for (const lang of ['nl', 'en'] as const) {
      const long = intl(lang, true);
      const short = intl(lang, false);
      for (let ms = Date.UTC(2024, 0, 1); ms <= Date.UTC(2032, 11, 31); ms += 86_400_000) {
        const iso = new Date(ms).toISOString().slice(0, 10);
        if (formatDate(iso, lang) !== long(ms)) wrong.push(`${lang} ${iso}: ${formatDate(iso, lang)} ≠ ${long(ms)}`);
        if (formatDateShort(iso, lang) !== short(ms)) wrong.push(`${lang} ${iso} short: ${formatDateShort(iso, lang)} ≠ ${short(ms)}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('throws on a date that is not ISO', () => {
    expect(() => formatDate('3-3-2026', 'nl')).toThrow(/not an ISO date/);
  });
});

describe('todayInNL', () => {
  it('uses the calendar date in Amsterdam, not the device time zone', () => {
    // 23:30 UTC on 22 November is 00:30 on 23 November in the Netherlands (winter time, UTC+1).
    expect(todayInNL(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(todayInNL(new Date('2026-11-22T22:59:00Z'))).toBe('2026-11-22');
    // Summer time, UTC+2.
    expect(todayInNL(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInNL(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});

describe('properties', () => {
  it('adding n weeks is exactly 7n days, whatever the date', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 60 }), (d, n) => {
        const later = addWeeks(d, n);
        return isIsoDate(later) && daysBetween(d, later) === 7 * n;
      }),
      RUNS,
    );
  });

  it('addDays is undone by adding the negative', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -2000, max: 2000 }), (d, n) => {
        const moved = addDays(d, n);
        return isIsoDate(moved) && addDays(moved, -n) === d && daysBetween(d, moved) === n;
      }),
      RUNS,
    );
  });

  it('addMonths keeps the day when it can and never overflows into the next month', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -24, max: 24 }), (d, n) => {
        const r = addMonths(d, n);
        if (!isIsoDate(r)) return false;
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const [ry, rm, rday] = r.split('-').map(Number) as [number, number, number];
        const expectedMonths = y * 12 + (m - 1) + n;
        if (ry * 12 + (rm - 1) !== expectedMonths) return false; // the right month, never the one after
        const max = daysInMonth(ry, rm);
        return day <= max ? rday === day : rday === max;
      }),
      RUNS,
    );
  });

  it('a deadline of n weeks is due exactly n weeks after its start', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 60 }), isoDate, (start, n, today) => {
        const dl = deadline(start, 'aanmelding-ontvangen', n, 'weeks', today);
        const expectedStatus = dl.daysLeft < 0 ? 'passed' : dl.daysLeft === 0 ? 'today' : 'upcoming';
        return (
          dl.due === addWeeks(start, n) &&
          daysBetween(start, dl.due) === 7 * n &&
          dl.daysLeft === daysBetween(today, dl.due) &&
          dl.status === expectedStatus &&
          dl.start === start &&
          dl.amount === n &&
          dl.unit === 'weeks'
        );
      }),
      RUNS,
    );
  });

  it('parseTypedDate reads back every date written as d-m-yyyy and as ISO', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        return parseTypedDate(`${day}-${m}-${y}`) === (y >= 1900 ? d : undefined) && parseTypedDate(d) === d;
      }),
      RUNS,
    );
  });
});

describe('deadline', () => {
  it('computes the due date, days left and status', () => {
    expect(deadline('2026-03-03', 'aanmelding-ontvangen', 6, 'weeks', '2026-03-20')).toEqual({
      start: '2026-03-03',
      startWhat: 'aanmelding-ontvangen',
      amount: 6,
      unit: 'weeks',
      due: '2026-04-14',
      daysLeft: 25,
      status: 'upcoming',
      certain: true,
    });
    expect(deadline('2026-03-03', 'aanmelding-ontvangen', 6, 'weeks', '2026-04-14')).toMatchObject({ daysLeft: 0, status: 'today' });
    expect(deadline('2026-03-03', 'aanmelding-ontvangen', 6, 'weeks', '2026-04-15')).toMatchObject({ daysLeft: -1, status: 'passed' });
    expect(deadline('2026-01-31', 'verstuurd-vandaag', 1, 'months', '2026-01-31')).toMatchObject({ due: '2026-02-28', daysLeft: 28 });
    expect(deadline('2026-11-16', 'schorsing-begin', 3, 'days', '2026-11-16')).toMatchObject({ due: '2026-11-19', daysLeft: 3 });
  });
});

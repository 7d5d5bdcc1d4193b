/**
 * Typed dates with a month name in every interface language (src/rules/dates.ts parseTypedDate):
 * Turkish, Polish and Ukrainian (also the genitive a date uses: "3 marca", "3 березня"), Arabic
 * (the names of Egypt/Gulf, the Levant and the Maghreb, Arabic-Indic digits), with and without
 * accents, short forms, and the way each language writes the year ("2026 r.", "2026 р.").
 */
import { describe, expect, it } from 'vitest';
import { formatDateShort, parseTypedDate } from '../../src/rules/dates';
import { LANGUAGES } from '../../src/languages';

describe('typed dates with month names', () => {
  it.each([
    // Turkish
    ['3 Mart 2026', '2026-03-03'],
    ['3 mart 2026', '2026-03-03'],
    ['15 Ekim 2026', '2026-10-15'],
    ['1 Şubat 2027', '2027-02-01'],
    ['1 subat 2027', '2027-02-01'], // typed without ş
    ['20 Ağustos 2026', '2026-08-20'],
    ['20 agustos 2026', '2026-08-20'],
    ['30 Kasım 2026', '2026-11-30'],
    ['30 KASIM 2026', '2026-11-30'],
    ['9 Eyl 2026', '2026-09-09'],
    ['5 Mayıs 2026', '2026-05-05'],
    // Polish: the genitive of a date, the nominative, short forms, no accents, "r."
    ['3 marca 2026', '2026-03-03'],
    ['3 marzec 2026', '2026-03-03'],
    ['3 marca 2026 r.', '2026-03-03'],
    ['12 października 2026', '2026-10-12'],
    ['12 pazdziernika 2026', '2026-10-12'],
    ['1 września 2026', '2026-09-01'],
    ['24 grudnia 2026', '2026-12-24'],
    ['7 lip 2026', '2026-07-07'],
    ['11 listopada 2026', '2026-11-11'],
    ['2 lutego 2027', '2027-02-02'],
    // Ukrainian: genitive, nominative, short with a dot, "р."
    ['3 березня 2026', '2026-03-03'],
    ['3 березень 2026', '2026-03-03'],
    ['3 березня 2026 р.', '2026-03-03'],
    ['1 вересня 2026', '2026-09-01'],
    ['15 жовт. 2026', '2026-10-15'],
    ['24 серпня 2026', '2026-08-24'],
    ['11 листопада 2026', '2026-11-11'],
    ['2 лютого 2027', '2027-02-02'],
    // Arabic: Egypt/Gulf, Levant (two-word names), Maghreb; Arabic-Indic digits; hamza typed or not
    ['3 مارس 2026', '2026-03-03'],
    ['15 أكتوبر 2026', '2026-10-15'],
    ['15 اكتوبر 2026', '2026-10-15'],
    ['1 أبريل 2026', '2026-04-01'],
    ['3 آذار 2026', '2026-03-03'],
    ['15 تشرين الأول 2026', '2026-10-15'],
    ['15 تشرين الثاني 2026', '2026-11-15'],
    ['1 كانون الثاني 2027', '2027-01-01'],
    ['20 آب 2026', '2026-08-20'],
    ['20 غشت 2026', '2026-08-20'],
    ['1 جانفي 2027', '2027-01-01'],
    ['٣ مارس ٢٠٢٦', '2026-03-03'],
    ['٣/٣/٢٠٢٦', '2026-03-03'],
    ['\u20683 مارس 2026\u2069', '2026-03-03'], // copied from the app's isolated text
  ])('%j → %s', (input, expected) => {
    expect(parseTypedDate(input)).toBe(expected);
  });

  it.each([
    '3 tesrin 2026', // not a month
    '15 تشرين 2026', // October or November: unsure
    '32 marca 2026',
    '29 lutego 2026', // 2026 is no leap year
    '3 ma 2026',
    '3 бе 2026',
  ])('%j → undefined', (input) => {
    expect(parseTypedDate(input)).toBeUndefined();
  });

  it('reads back every date of a year as the app writes it (short form), in every language', () => {
    for (const l of LANGUAGES) {
      for (let day = 0; day < 365; day++) {
        const iso = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
        const short = formatDateShort(iso, l.code);
        expect(parseTypedDate(short), `${l.code} ${short}`).toBe(iso);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { listText } from '../../src/ui/listText';

describe('lists of people in the language of the page', () => {
  it('Dutch and English join with a comma and the word for "and"', () => {
    expect(listText(['De school', 'Het schoolbestuur', 'De leerplichtambtenaar'], 'nl')).toBe('De school, Het schoolbestuur en De leerplichtambtenaar');
    expect(listText(['The school', 'The board'], 'en')).toBe('The school and The board');
    expect(listText(['De school'], 'nl')).toBe('De school');
  });
  it('Dutch and English (written without Intl) are exactly what Intl.ListFormat writes, for 0 to 6 items', () => {
    for (const [lang, locale] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
      const f = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
      for (let n = 0; n <= 6; n++) {
        const items = ['De school', 'het bestuur', 'Jan, de ib’er', 'de GGD', 'x', 'y'].slice(0, n);
        expect(listText(items, lang)).toBe(f.format(items));
      }
    }
  });
  it('Arabic joins with its own "and" (و), never a Latin comma', () => {
    const ar = listText(['المدرسة', 'شبكة التعاون', 'المجلس'], 'ar');
    expect(ar).toBe('المدرسة وشبكة التعاون والمجلس');
    expect(ar).not.toContain(',');
  });
  it('Ukrainian and Turkish use their own words for "and"', () => {
    expect(listText(['А', 'Б'], 'uk')).toBe('А і Б');
    expect(listText(['A', 'B'], 'tr')).toBe('A ve B');
  });
});

import { describe, expect, it } from 'vitest';
import { listText } from '../../src/ui/listText';

describe('lists of people in the language of the page', () => {
  it('Dutch and English join with a comma and the word for "and"', () => {
    expect(listText(['De school', 'Het schoolbestuur', 'De leerplichtambtenaar'], 'nl')).toBe('De school, Het schoolbestuur en De leerplichtambtenaar');
    expect(listText(['The school', 'The board'], 'en')).toBe('The school and The board');
    expect(listText(['De school'], 'nl')).toBe('De school');
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

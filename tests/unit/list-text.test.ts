import { describe, expect, it } from 'vitest';
import { contactsText, listText } from '../../src/ui/listText';
import { loadTexts, renderMarkdown } from '../../src/cli/plan';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';

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

describe('"Met wie": the contacts of a step as one phrase (session 38)', () => {
  it('every name after the first starts in lower case, a proper name keeps its capital', () => {
    expect(contactsText(['De school', 'Het ouder- en jeugdsteunpunt'], 'nl')).toBe('De school en het ouder- en jeugdsteunpunt');
    expect(contactsText(['Het schoolbestuur', 'De leerplichtambtenaar', 'De Geschillencommissie passend onderwijs'], 'nl')).toBe('Het schoolbestuur, de leerplichtambtenaar en de Geschillencommissie passend onderwijs');
    expect(contactsText(['The school', 'The samenwerkingsverband'], 'en')).toBe('The school and the samenwerkingsverband');
    expect(contactsText(['Okul', 'Geschillencommissie passend onderwijs (uyuşmazlık komisyonu)'], 'tr')).toBe('Okul ve Geschillencommissie passend onderwijs (uyuşmazlık komisyonu)');
    expect(contactsText(['Szkoła', 'Zarząd szkoły (schoolbestuur)'], 'pl')).toBe('Szkoła i zarząd szkoły (schoolbestuur)');
    expect(contactsText(['Школа', 'Правління школи (schoolbestuur)'], 'uk')).toBe('Школа і правління школи (schoolbestuur)');
    expect(contactsText(['De school'], 'nl')).toBe('De school');
  });

  it('the plan as text (npm run plan) says "De school en het …", as the page does (before: "De school, Het …")', async () => {
    const answers = { situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'nee', 'verwijdering-andere-school': 'ja', 'aanbod-geweigerd': 'nee' } as unknown as Answers;
    const md = renderMarkdown(buildPlan(answers, '2026-11-30'), await loadTexts('nl'));
    expect(md).toContain('Met wie: De school en het ouder- en jeugdsteunpunt');
    expect(md).not.toMatch(/Met wie: [^\n]*(, | en )(De|Het) /);
  });
});

/**
 * Session 53: the "verzoek-te-laat" warning. The 6 weeks of an objection to a school board are certain (FACTS A21/C09: 002:846-850); the
 * Geschillencommissie's 6 weeks are not in our sources (§X.2: ask the committee, onderwijsgeschillen.nl). The warning
 * used to say "after the 6 weeks" for both, as if the committee's term were certain. Each language now says the
 * committee's term (and the TLV objection's, FACTS E18 / §X.3) is uncertain and whom to ask.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/languages';

const texts = await Promise.all(
  LANGUAGES.map(async (l) => [l.code, (await import(`../../src/content/generated/steps.${l.code}.ts`)).default] as const),
);

describe('verzoek-te-laat: the Geschillencommissie term is hedged', () => {
  it('is in every language', () => expect(texts.map(([code]) => code)).toEqual(expect.arrayContaining(['nl', 'en', 'ar', 'tr', 'pl', 'uk'])));

  for (const [code, steps] of texts) {
    it(`${code}: names the committee's own site to ask about its term`, () => {
      const text: string = steps.warnings['verzoek-te-laat'].text;
      expect(text).toContain('onderwijsgeschillen.nl');
      expect(text).toContain('Geschillencommissie');
    });
  }

  it('nl: says the term for the committee is not in our sources and the objection term is 6 weeks', () => {
    const nl: string = texts.find(([c]) => c === 'nl')![1].warnings['verzoek-te-laat'].text;
    expect(nl).toMatch(/Voor een bezwaar bij het schoolbestuur geldt die termijn van 6 weken/);
    // The TLV objection's 6 weeks are not in the sources either (FACTS E18, §X.3).
    expect(nl).toMatch(/Voor een bezwaar tegen een TLV-besluit en voor de Geschillencommissie staat de termijn niet in onze bronnen/);
  });
});

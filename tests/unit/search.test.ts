import { describe, expect, it } from 'vitest';
import { normalize, questionDocs, search, stem } from '../../src/content/search';
import questionsNl from '../../src/content/generated/questions.nl';
import { questionById } from '../../src/flow/questions';
import searchNl from '../../src/content/generated/search.nl';
import searchEn from '../../src/content/generated/search.en';

describe('offline search', () => {
  it('ignores case and accents', () => {
    expect(normalize('Beëindigen, ZORGPLICHT!')).toBe('beeindigen zorgplicht');
  });

  it('finds sections and terms in Dutch, titles first', () => {
    const r = search(searchNl, 'toelaatbaarheidsverklaring');
    expect(r.length).toBeGreaterThan(3);
    expect(r.slice(0, 3).map((x) => x.id)).toContain('wat-is-tlv');
    expect(r.some((x) => x.kind === 'term' && x.id === 'toelaatbaarheidsverklaring')).toBe(true);
  });

  it('needs every word: more words, fewer results', () => {
    const one = search(searchNl, 'schorsing');
    const two = search(searchNl, 'schorsing week');
    expect(one.length).toBeGreaterThan(0);
    expect(two.length).toBeGreaterThan(0);
    expect(two.length).toBeLessThanOrEqual(one.length);
    for (const r of two) expect(normalize(`${r.title} ${r.text}`)).toMatch(/week/);
  });

  it('finds English texts with the Dutch term beside them', () => {
    expect(search(searchEn, 'zorgplicht').length).toBeGreaterThan(0);
    expect(search(searchEn, 'duty of care').length).toBeGreaterThan(0);
  });

  it('returns nothing for an empty or one-letter query, and a snippet around the word', () => {
    expect(search(searchNl, '')).toEqual([]);
    expect(search(searchNl, 'a')).toEqual([]);
    const section = search(searchNl, 'leerplichtambtenaar').find((r) => r.kind === 'section' && normalize(r.text).includes('leerplichtambtenaar'));
    expect(section?.snippet.toLowerCase()).toContain('leerplichtambtenaar');
  });

  // Issue 12: the app's own words, in the forms a parent types them.
  it('finds word forms: "thuiszitten", "thuis zitten", "geschorst", "schorsing", "verwijderd"', () => {
    const ids = (q: string) => search(searchNl, q).map((r) => r.id);
    // Before: 0 results for thuiszitten, thuis zitten, geschorst and verwijderd.
    expect(ids('thuiszitten')).toEqual(expect.arrayContaining(['thuiszitten', 'thuiszitter']));
    expect(ids('thuis zitten')).toEqual(expect.arrayContaining(['thuiszitten', 'thuiszitter']));
    expect(ids('geschorst')).toEqual(expect.arrayContaining(['schorsing', 'schorsing-verwijdering']));
    expect(ids('schorsing').slice(0, 2)).toEqual(expect.arrayContaining(['schorsing', 'schorsing-verwijdering']));
    expect(ids('verwijderd')).toEqual(expect.arrayContaining(['verwijdering', 'schorsing-verwijdering']));
  });

  it('stems the forms of one word alike, and keeps unrelated words apart', () => {
    expect(stem('thuiszitten')).toBe(stem('thuiszitter'));
    expect(stem('schorsing').startsWith(stem('geschorst'))).toBe(true);
    expect(stem('aanmelden')).toBe(stem('aanmelding'));
    expect(stem('kind')).toBe('kind');
    // Word forms do not make every text match: a word the texts never use still finds nothing.
    expect(search(searchNl, 'fietsenstalling')).toEqual([]);
    expect(search(searchNl, 'geschorst fietsenstalling')).toEqual([]);
  });

  it('searches the questions and their answer options, leading to the section that explains them', () => {
    const docs = [...searchNl, ...questionDocs(questionsNl, questionById)];
    const hits = search(docs, 'geschorst').filter((r) => r.kind === 'question');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(searchNl.some((d) => d.kind === 'section' && d.id === h.section)).toBe(true);
  });
});

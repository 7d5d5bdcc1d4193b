import { describe, expect, it } from 'vitest';
import { normalize, search } from '../../src/content/search';
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
});

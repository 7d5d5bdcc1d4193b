/**
 * Glossary auto-linking (src/content/compile/autolink.ts): whole words, any capitals, in every
 * script, including Turkish, where the capital of "i" is "İ" and the capital of "ı" is "I".
 */
import { describe, expect, it } from 'vitest';
import { autolinkSection, matchWord } from '../../src/content/compile/autolink';
import type { Block, Inline } from '../../src/content/types';

/** The ids and linked words of one paragraph after auto-linking. */
const links = (text: string, words: Record<string, string[]>): [string, string][] => {
  const [block] = autolinkSection([{ p: [text] }], Object.entries(words).map(([id, w]) => ({ id, words: w.map(matchWord) })));
  return ((block as { p: Inline[] }).p.filter((x) => typeof x !== 'string' && 'term' in x) as { term: string; c: Inline[] }[]).map((x) => [x.term, String(x.c[0])]);
};

describe('glossary auto-linking', () => {
  it('links a Turkish term written with a capital İ at the start of a sentence', () => {
    expect(links('İtiraz edebilirsiniz.', { bezwaar: ['itiraz'] })).toEqual([['bezwaar', 'İtiraz']]);
    expect(links('Okul yönetim kuruluna yazın. İtirazınızı gerekçelendirin.', { bezwaar: ['itirazınızı'] })).toEqual([['bezwaar', 'İtirazınızı']]);
    // The rest of the sentence stays as it was, around the link.
    const [block] = autolinkSection([{ p: ['Not: İtiraz 6 hafta içinde.'] }], [{ id: 'bezwaar', words: ['itiraz'] }]);
    expect((block as { p: Inline[] }).p).toEqual(['Not: ', { term: 'bezwaar', c: ['İtiraz'] }, ' 6 hafta içinde.']);
  });

  it('a match word written with İ in the glossary is the same word', () => {
    expect(matchWord(' İtirazınızı ')).toBe('itirazınızı');
    expect(links('itirazınızı gönderin', { bezwaar: [matchWord('İtirazınızı')] })).toEqual([['bezwaar', 'itirazınızı']]);
  });

  it('capital I still stands for i (Dutch, English) and for ı (Turkish); i and ı stay different letters', () => {
    expect(links("Vraag de IB'er.", { ib: ["ib'er"] })).toEqual([['ib', "IB'er"]]);
    expect(links('INSPECTIE', { inspectie: ['inspectie'] })).toEqual([['inspectie', 'INSPECTIE']]);
    expect(links('Kayıtlı değil. KAYITLI.', { inschrijving: ['kayıtlı'] })).toEqual([['inschrijving', 'Kayıtlı']]);
    expect(links('KAYITLI değil.', { inschrijving: ['kayıtlı'] })).toEqual([['inschrijving', 'KAYITLI']]);
    expect(links('Islak', { x: ['ıslak'] })).toEqual([['x', 'Islak']]);
    expect(links('kayitli', { inschrijving: ['kayıtlı'] })).toEqual([]);
    expect(links('kıt', { x: ['kit'] })).toEqual([]);
  });

  it('whole words only, in every script, first use per section only', () => {
    expect(links('Het OPP-gesprek en het OPP.', { opp: ['opp'] })).toEqual([['opp', 'OPP']]);
    expect(links('oppervlakte', { opp: ['opp'] })).toEqual([]);
    expect(links('Złóż SPRZECIW teraz.', { bezwaar: ['sprzeciw'] })).toEqual([['bezwaar', 'SPRZECIW']]);
    expect(links('Подайте Заперечення.', { bezwaar: ['заперечення'] })).toEqual([['bezwaar', 'Заперечення']]);
    expect(links('قدّم اعتراضاً', { bezwaar: ['اعتراضاً'] })).toEqual([['bezwaar', 'اعتراضاً']]);
    const blocks: Block[] = [{ p: ['OPP en OPP'] }, { p: ['OPP'] }];
    const out = autolinkSection(blocks, [{ id: 'opp', words: ['opp'] }]);
    expect(JSON.stringify(out).match(/"term"/g)?.length).toBe(1);
  });
});

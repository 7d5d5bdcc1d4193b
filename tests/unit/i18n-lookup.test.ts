import { describe, expect, it } from 'vitest';
import { addTexts, i18n, initI18n, makeT, setLanguage } from '../../src/app/i18n';

/**
 * src/app/i18n.ts keeps each text once looked up (issue 17: the plan asks for ~640 while it boots).
 * What it gives must always be what i18next gives now: after texts arrive, after a language switch,
 * and per value filled in.
 */
describe('looked-up texts', () => {
  it('follow texts that arrive later, the language, and the values filled in', async () => {
    await initI18n('nl');
    const t = makeT();
    // Not there yet: i18next gives the key; once the module is in, the text.
    expect(t.raw('steps:test-only.title')).toBe('test-only.title');
    addTexts('nl', 'steps', { 'test-only': { title: 'Eerst dit' } });
    expect(t.raw('steps:test-only.title')).toBe('Eerst dit');
    // Values filled in: each its own text.
    const a = t('question.dateMeans', { date: '1 december 2026' });
    const b = t('question.dateMeans', { date: '2 december 2026' });
    expect(a).toContain('1 december 2026');
    expect(b).toContain('2 december 2026');
    expect(a).toBe(i18n.t('question.dateMeans', { date: '1 december 2026' }));
    // Another language: its text, not the Dutch one kept from before.
    const nl = t('start.lead');
    await setLanguage('en');
    const en = makeT()('start.lead');
    expect(en).not.toBe(nl);
    expect(en).toBe(i18n.t('start.lead'));
    // Right to left: filled-in values are isolated (the escape depends on the language).
    await setLanguage('ar');
    expect(makeT()('question.dateMeans', { date: '1-12-2026' })).toContain('\u20681-12-2026\u2069');
    expect(makeT()('question.next')).not.toBe('Volgende');
    await setLanguage('nl');
    expect(makeT()('question.next')).toBe('Volgende');
    expect(makeT()('question.dateMeans', { date: '1 december 2026' })).toBe(a);
  });
});

/**
 * The fast path (a text read as stored, issue 17) against i18next itself, for every text of the
 * questions, steps and interface in every language: the same string, and exists() the same answer.
 */
describe('every text read as stored is what i18next gives', () => {
  const leaves = (o: unknown, prefix: string, out: string[] = []): string[] => {
    if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
    else out.push(prefix);
    return out;
  };
  it.each(['nl', 'en', 'tr', 'pl', 'uk', 'ar'] as const)('%s', async (lang) => {
    await initI18n('nl');
    // As src/main.tsx adds them when they load: questions and steps in their own namespace, pagetexts and then the
    // meeting page's texts into ui.
    for (const kind of ['questions', 'steps', 'pagetexts', 'meetingtexts'] as const) {
      for (const l of new Set(['nl', lang] as const)) addTexts(l, kind === 'pagetexts' || kind === 'meetingtexts' ? 'ui' : kind, (await import(`../../src/content/generated/${kind}.${l}.ts`)).default as object);
    }
    await setLanguage(lang);
    const keys = ['ui', 'questions', 'steps'].flatMap((ns) => leaves(i18n.store.data['nl']![ns], '').map((k) => `${ns}:${k}`));
    // A key only another language has, one not there at all, and an object (not a text).
    keys.push('ui:nowhere.at-all', 'questions:situatie', 'ui:question');
    expect(keys.length).toBeGreaterThan(1000);
    const t = makeT();
    const differ = keys.filter((k) => t.raw(k) !== i18n.t(k) || t.exists(k) !== i18n.exists(k));
    expect(differ).toEqual([]);
    // Asked twice (kept): still the same.
    expect(keys.filter((k) => t.raw(k) !== i18n.t(k))).toEqual([]);
    // Values filled in: every text with {{…}}, with all its values, with one missing, and with extra options.
    const withValues = keys.filter((k) => /\{\{/.test(String(i18n.t(k))));
    expect(withValues.length).toBeGreaterThan(50);
    const cases = withValues.flatMap((k) => {
      const names = [...String(i18n.getResource('nl', k.split(':')[0]!, k.split(':')[1]!) ?? '').matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => m[1]!.trim());
      const all = Object.fromEntries(names.map((n, i) => [n, i === 1 ? 12 : `w${i} 1-12-2026`]));
      const missing = Object.fromEntries(names.slice(1).map((n) => [n, 'x']));
      return [[k, all], [k, missing], [k, { ...all, count: 2 }], [k, { ...all, n: 3 }]] as const;
    });
    const wrong = cases.filter(([k, o]) => t.raw(k, o) !== i18n.t(k, o)).map(([k, o]) => `${k} ${JSON.stringify(o)}: ${t.raw(k, o)} / ${i18n.t(k, o)}`);
    expect(wrong).toEqual([]);
    // A count: every text with forms per count (key_one, key_few, …, in any language), for counts that
    // take every form in nl, en, tr, pl, uk and ar, with the other values filled in.
    const families = [...new Set(['ui', 'questions', 'steps'].flatMap((ns) => [...new Set(['nl', lang])].flatMap((l) => leaves(i18n.store.data[l]![ns], '').filter((k) => /_(zero|one|two|few|many|other)$/.test(k)).map((k) => `${ns}:${k.replace(/_(zero|one|two|few|many|other)$/, '')}`))))];
    expect(families.length).toBeGreaterThan(10);
    const counted = families.flatMap((k) => {
      const names = [...String(i18n.t(k, { count: 5 })).matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => m[1]!.trim());
      const values = Object.fromEntries(names.map((n) => [n, `v ${n}`]));
      return [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 100, 101, 102, 1.5, -1].map((count) => [k, { ...values, count }] as const);
    });
    const wrongCount = counted.filter(([k, o]) => t.raw(k, o) !== i18n.t(k, o)).map(([k, o]) => `${k} ${JSON.stringify(o)}: ${t.raw(k, o)} / ${i18n.t(k, o)}`);
    expect(wrongCount).toEqual([]);
  });
});

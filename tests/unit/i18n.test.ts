/**
 * The app's own translator (src/app/i18n.ts) against i18next, which it replaced in the first load:
 * every text of every namespace in Dutch and English, with placeholders filled, with counts 0, 1, 2
 * and 5 (plurals), with a forced language (lng), Dutch as the fallback, missing keys and exists().
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { addTexts, i18n, initI18n, setLanguage, type Lang } from '../../src/app/i18n';
import coreNl from '../../src/content/generated/core.nl';
import coreEn from '../../src/content/generated/core.en';
import uiNl from '../../src/content/generated/pagetexts.nl';
import uiEn from '../../src/content/generated/pagetexts.en';
import stepsNl from '../../src/content/generated/steps.nl';
import stepsEn from '../../src/content/generated/steps.en';
import questionsNl from '../../src/content/generated/questions.nl';
import questionsEn from '../../src/content/generated/questions.en';
import { dirOf } from '../../src/languages';

type Tree = { [k: string]: string | Tree };
const bundles: [Lang, string, object][] = [
  ...Object.entries(coreNl.resources).map(([ns, r]): [Lang, string, object] => ['nl', ns, r as object]),
  ...Object.entries(coreEn.resources).map(([ns, r]): [Lang, string, object] => ['en', ns, r as object]),
  ['nl', 'ui', uiNl],
  ['en', 'ui', uiEn],
  ['nl', 'steps', stepsNl],
  ['en', 'steps', stepsEn],
  ['nl', 'questions', questionsNl],
  ['en', 'questions', questionsEn],
];
// A text only English has is not possible (the build checks the ids), so make one Dutch-only text to test the fallback.
const extraNl: Tree = { testOnly: { dutch: 'alleen {{x}} in het Nederlands', n_one: '{{count}} ding', n_other: '{{count}} dingen' } };

const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
/** Every key a caller can ask for: plural forms by their base key too. */
const keysOf = (ns: string, tree: object) => [...new Set(leaves(tree as Tree).flatMap((k) => [k, k.replace(/_(zero|one|two|few|many|other)$/, '')]))].map((k) => `${ns}:${k}`);
const PARAMS = { date: '1 december 2026', name: 'Sam', kind_voornaam: 'Noor', due: '2 jan', what: 'x, y', title: 'T', step: '3', of: '9', file: 'a.json' };

const reference = i18next.createInstance();
beforeAll(async () => {
  await reference.init({
    lng: 'nl',
    fallbackLng: 'nl',
    ns: ['ui', 'questions', 'steps'],
    defaultNS: 'ui',
    resources: {},
    interpolation: { escapeValue: true, escape: (v: unknown) => (dirOf(reference.language) === 'rtl' ? `\u2068${String(v)}\u2069` : String(v)) },
    returnNull: false,
    initAsync: false,
  } as never);
  await initI18n('nl');
  for (const [lang, ns, res] of [...bundles, ['nl', 'ui', extraNl] as [Lang, string, object]]) {
    reference.addResourceBundle(lang, ns, res, true, true);
    addTexts(lang, ns, res);
  }
});

describe.each(['nl', 'en'] as Lang[])('in %s, the same texts as i18next', (lang) => {
  beforeAll(async () => {
    await setLanguage(lang);
    await reference.changeLanguage(lang);
  });
  const keys = [...new Set(bundles.flatMap(([, ns, res]) => keysOf(ns, res)))];

  it('for every key, with and without values', () => {
    expect(keys.length).toBeGreaterThan(500);
    let differences: string[] = [];
    for (const key of keys)
      for (const options of [undefined, PARAMS, { ...PARAMS, count: 0 }, { ...PARAMS, count: 1 }, { ...PARAMS, count: 2 }, { count: 5 }, { ...PARAMS, lng: 'nl' }]) {
        const want = reference.t(key, options as never) as unknown;
        if (typeof want !== 'string') continue; // a branch of the tree: nobody asks for it
        const got = i18n.t(key, options as never);
        if (got !== want) differences.push(`${key} ${JSON.stringify(options)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
    expect(differences.slice(0, 10)).toEqual([]);
    differences = keys.filter((k) => i18n.exists(k) !== reference.exists(k));
    expect(differences).toEqual([]);
  });

  it('falls back to Dutch, picks plurals, keeps unknown placeholders, gives the key when a text is missing', () => {
    for (const [key, options] of [
      ['testOnly.dutch', { x: 'dit' }],
      ['testOnly.dutch', {}],
      ['testOnly.n', { count: 1 }],
      ['testOnly.n', { count: 3 }],
      ['questions:geen.vraag', undefined],
      ['nergens.te.vinden', { count: 2 }],
    ] as [string, object | undefined][])
      expect(i18n.t(key, options as never)).toBe(reference.t(key, options as never));
    expect(i18n.t('testOnly.dutch', { x: 'dit' })).toBe('alleen dit in het Nederlands');
    expect(i18n.t('testOnly.n', { count: 3 })).toBe('3 dingen');
    expect(i18n.t('nergens.te.vinden')).toBe('nergens.te.vinden');
    // A branch of the tree gives its key (i18next gives a warning sentence; nobody asks for one).
    expect(i18n.t('ui:testOnly')).toBe('testOnly');
    expect(i18n.exists('testOnly.dutch')).toBe(true);
    expect(i18n.exists('questions:geen.vraag')).toBe(false);
  });
});

it('tells listeners when the language changes, and stops telling them after off()', async () => {
  let calls = 0;
  const on = () => void calls++;
  await setLanguage('nl');
  i18n.on('languageChanged', on);
  await setLanguage('en');
  await setLanguage('nl');
  await setLanguage('nl');
  i18n.off('languageChanged', on);
  await setLanguage('en');
  expect(calls).toBe(2);
  expect(i18n.language).toBe('en');
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/content/compile/load';
import { BASE_LANG, LANGUAGES } from '../../src/languages';
import { flatUnits, translatedTerms, type Term } from './lang-texts';

/**
 * A translation gives a Dutch term in brackets beside its own word for it: "zarahuvannia
 * (inschrijving)". The word before the bracket must be that term's word from the language's own
 * glossary, never the word the glossary gives another term. Session 24 found Arabic
 * "بعد التسجيل (inschrijving)": التسجيل is the Arabic glossary's word for aanmelding (the
 * registration), القيد its word for inschrijving (the enrolment), so a parent read that the 6 weeks
 * for the OPP start at the registration, weeks earlier than they do.
 *
 * The check: for every glossary entry X whose translated heading is "word (dutch…)", every "(dutch"
 * in a text of that language must not follow the heading word of another entry Y, unless X's own
 * heading word is there (one heading can end in another: "fiilen okuldan uzaklaştırma" /
 * "uzaklaştırma"), declined or not, or the stem of its first word stands in the 60 characters
 * before the bracket (a longer phrase: "exemption from compulsory education (vrijstelling)").
 * Limits: a crossed word inside such a phrase, or a crossed word the glossary does not use as a
 * heading, is not found.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OTHERS = LANGUAGES.map((l) => l.code).filter((c) => c !== BASE_LANG);
const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const headAtEnd = (before: string, head: string) => new RegExp(`(?<![\\p{L}])${esc(head)}\\p{L}{0,4}[\\s\\u00a0]*$`, 'u').test(before);
/**
 * The term's own heading, loosely: every word may be declined (its stem, then a few letters) and the
 * first may carry a one-letter prefix (Arabic بـ/لـ/و: "بموظف التعليم الإلزامي"; Ukrainian "заяви на
 * зарахування" for "заява на зарахування").
 */
const stem = (w: string) => w.slice(0, Math.max(3, w.length - 2));
const ownHeadAtEnd = (before: string, head: string) => {
  const words = head.split(/\s+/).map((w) => `${esc(stem(w))}\\p{L}{0,4}`);
  return new RegExp(`(?<![\\p{L}])\\p{L}?${words.join('\\s+')}[\\s\\u00a0]*$`, 'u').test(before);
};

/** Every place where a Dutch term in brackets follows the word of another glossary term. */
export function crossedTerms(lang: string, terms: Term[], units: [string, string][]): string[] {
  const problems: string[] = [];
  for (const [id, raw] of units) {
    const text = strip(raw).toLowerCase();
    for (const x of terms) {
      const re = new RegExp(`\\(${esc(x.dutch)}(?=[),])`, 'g');
      for (const m of text.matchAll(re)) {
        const before = text.slice(Math.max(0, m.index! - 60), m.index!);
        if (ownHeadAtEnd(before, x.head)) continue;
        // A longer phrase that holds the term's own word ("exemption from compulsory education (vrijstelling)").
        if (before.includes(stem(x.head.split(/\s+/)[0]!))) continue;
        const y = terms.find((t) => t.id !== x.id && headAtEnd(before, t.head));
        if (y) problems.push(`${lang} ${id}: "…${before.slice(-25)}(${x.dutch})": "${y.head}" is the glossary's word for ${y.dutch}; for ${x.dutch} it is "${x.head}"`);
      }
    }
  }
  return problems;
}

const base = loadLanguage(ROOT, BASE_LANG);

describe('the crossed-term check itself', () => {
  const terms: Term[] = [
    { id: 'aanmelding', dutch: 'aanmelding', head: 'التسجيل' },
    { id: 'inschrijving', dutch: 'inschrijving', head: 'القيد' },
    { id: 'schorsing', dutch: 'schorsing', head: 'geçici uzaklaştırma' },
    { id: 'feitelijke-verwijdering', dutch: 'feitelijke verwijdering', head: 'fiilen okuldan uzaklaştırma' },
  ];
  it('finds the word of another term before the bracket (with isolates around the Dutch)', () => {
    expect(crossedTerms('ar', terms, [['x', 'خلال 6 أسابيع بعد التسجيل (\u2068inschrijving\u2069).']])).toHaveLength(1);
  });
  it('lets the term\'s own word pass, also declined, and one heading that ends in another', () => {
    expect(crossedTerms('ar', terms, [['x', 'بعد القيد (inschrijving) وبعد التسجيل (aanmelding)']])).toEqual([]);
    expect(crossedTerms('tr', terms, [['x', 'geçici uzaklaştırmadan (schorsing)']])).toEqual([]);
    expect(crossedTerms('tr', [...terms, { id: 'u', dutch: 'verwijdering', head: 'uzaklaştırma' }], [['x', 'fiilen okuldan uzaklaştırma (feitelijke verwijdering)']])).toEqual([]);
    const uk: Term[] = [{ id: 'a', dutch: 'aanmelding', head: 'заява на зарахування' }, { id: 'i', dutch: 'inschrijving', head: 'зарахування' }];
    expect(crossedTerms('uk', uk, [['x', 'копія вашої заяви на зарахування (aanmelding)']])).toEqual([]);
    expect(crossedTerms('uk', uk, [['x', 'після зарахування (aanmelding)']])).toHaveLength(1);
    const en: Term[] = [{ id: 'v', dutch: 'vrijstelling', head: 'exemption' }, { id: 'l', dutch: 'leerplicht', head: 'compulsory education' }];
    expect(crossedTerms('en', en, [['x', 'an exemption from compulsory education (vrijstelling)']])).toEqual([]);
  });
});

describe.each(OTHERS)('translation %s: a Dutch term in brackets follows its own word', (lang) => {
  it('never follows the glossary word of another term', () => {
    const other = loadLanguage(ROOT, lang);
    const terms = translatedTerms(base, other);
    expect(terms.length).toBeGreaterThan(10);
    expect(crossedTerms(lang, terms, flatUnits(other))).toEqual([]);
  });
});

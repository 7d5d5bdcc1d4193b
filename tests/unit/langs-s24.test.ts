import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLanguage, type LanguageContent } from '../../src/content/compile/load';
import { BASE_LANG, LANGUAGES } from '../../src/languages';
import { plainText } from '../../src/content/compile/markdown';
import { flat } from '../../src/content/compile/validate';

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

interface Term {
  id: string;
  dutch: string;
  head: string;
}

/** Glossary entries whose heading is "translation (dutch, …)"; entries headed by the Dutch word itself are left out. */
export function translatedTerms(base: LanguageContent, other: LanguageContent): Term[] {
  const out: Term[] = [];
  for (const g of base.glossary) {
    const t = other.glossary.find((x) => x.id === g.id);
    if (!t) continue;
    const dutch = strip(g.term).replace(/\s*\(.*\)\s*$/, '').trim().toLowerCase();
    const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(strip(t.term));
    if (!m || !m[2]!.toLowerCase().includes(dutch)) continue;
    out.push({ id: g.id, dutch, head: m[1]!.trim().toLowerCase() });
  }
  return out;
}

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

/** Every text a parent reads in a language, by id (not imported from translation-facts.test.ts: that would run its tests here too). */
function flatUnits(c: LanguageContent): [string, string][] {
  const u: [string, string][] = [];
  for (const [name, part] of [['ui', c.ui], ['questions', c.questions], ['steps', c.steps], ['warnings', c.warnings]] as const)
    for (const [k, v] of Object.entries(flat(part))) u.push([`${name}:${k}`, v]);
  for (const g of c.glossary) u.push([`glossary:${g.id}`, g.text]);
  for (const ch of c.chapters) {
    u.push([`chapter:${ch.id}`, `${ch.title}\n${ch.intro}`]);
    for (const s of ch.sections) u.push([`section:${s.id}`, `${s.title}\n${plainText(s.blocks)}`]);
  }
  for (const l of c.letters) u.push([`letter:${l.id}`, [l.title, l.subject, l.when, l.to, l.send, l.deadline, l.after, ...l.attach, l.body].join('\n')]);
  for (const p of c.pages) u.push([`page:${p.id}`, [p.title, plainText(p.intro), ...p.sections.map((s) => `${s.title}\n${plainText(s.blocks)}`)].join('\n')]);
  return u;
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

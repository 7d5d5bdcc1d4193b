import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLanguage, type LanguageContent } from '../../src/content/compile/load';
import { plainText } from '../../src/content/compile/markdown';
import { flat } from '../../src/content/compile/validate';
import type { Block } from '../../src/content/types';
import { BASE_LANG, intlLocale, LANGUAGES } from '../../src/languages';

/**
 * The facts in a translation are the facts of the Dutch text. A wrong number in a translated
 * deadline ("4 weeks" where Dutch says 6) is as bad as a wrong deadline, so for every text id that
 * exists in Dutch and in another language this test compares:
 *
 * - numbers: the set of numbers (digit runs; Arabic-Indic and Persian digits read as 0-9) must be
 *   the same. A set, not a list: a translation may repeat a number ("groep 6 of 7 (6. veya 7. sınıf)")
 *   or say it once where Dutch says it twice; a number missing or a number Dutch does not have is a
 *   difference. Chapter sections and letter bodies are compared paragraph by paragraph (list item
 *   by list item) where both languages have the same blocks, so a number cannot move to another
 *   paragraph unseen.
 * - units of a term: "6 weken" must stay "6 weeks", never "6 days": every number directly followed by
 *   a unit of time (working days, school days, days, weeks, months; UNITS, per language) in Dutch is
 *   followed by the same unit in the translation ("6-week", "4 extra weeks" and the Arabic dual with
 *   the digit in brackets, "أسبوعين (2)", count too). Years are left out: "3 jaar" is an age as often
 *   as a term, and "2014 р." a year.
 * - months: a date "1 augustus" is a number and a month; where Dutch names a month, the translation
 *   names the same month (its name from Intl in that language, also the form inside a date: Polish
 *   "sierpnia", Ukrainian "серпня"), or keeps the Dutch name.
 * - placeholders: the same `{{…}}` and `$t(…)` in both (the content build checks ui.yaml only).
 * - Dutch terms kept untranslated. What the translations do: every abbreviation (OPP, TLV, SOP, GPO,
 *   LPA, …) is kept as it is, wherever Dutch uses it; a full Dutch term is given once, in brackets
 *   beside the translation ("education consultant (onderwijsconsulent)"), in the glossary heading and
 *   at its first mention in a text, not in every sentence. So the rules are:
 *     1. every abbreviation of a Dutch text is in its translation (per text id);
 *     2. every glossary heading in a translation contains the Dutch term;
 *     3. the bodies a parent must find or contact by their Dutch name (NAMED_BODIES) appear at least
 *        once in a translated chapter, plan step, warning, question, letter or page wherever the
 *        Dutch one names them.
 *
 * A legitimate difference goes in EXCEPTIONS with its reason; an exception that is no longer needed
 * fails the test, and a number written as a word must really be there as that word.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OTHERS = LANGUAGES.map((l) => l.code).filter((c) => c !== BASE_LANG);

/** A number that a translation writes as a word, or a number it adds to explain. */
interface NumberException {
  lang: string;
  id: string;
  /** The Dutch number and the word the translation writes instead (must be in the translated text). */
  asWord?: { number: string; word: string };
  /** Numbers the translation adds, with nothing changed of the Dutch numbers. */
  extra?: string[];
  reason: string;
}
export const EXCEPTIONS: NumberException[] = [
  {
    lang: 'en',
    id: 'letter:verzoek-opp.deadline',
    asWord: { number: '1', word: 'once' },
    reason: '"minstens 1 keer per schooljaar" is "at least once every school year": English has a word for one time.',
  },
  {
    lang: 'ar',
    id: 'letter:verzoek-opp.deadline',
    asWord: { number: '1', word: 'مرة واحدة' },
    reason: 'Arabic counts one time with the word "مرة واحدة" (once); "1 مرة" is not written.',
  },
  {
    lang: 'ar',
    id: 'section:tijdelijk-niet-naar-school#5',
    asWord: { number: '1', word: 'سنة دراسية واحدة' },
    reason: 'Arabic writes "one school year" as "سنة دراسية واحدة"; a digit before a singular noun is not Arabic.',
  },
];

/** Dutch names a parent must find, search or call by; kept in Dutch at least once where Dutch names them. */
const NAMED_BODIES = [
  'ouder- en jeugdsteunpunt',
  'geschillencommissie',
  'onderwijsconsulent',
  'samenwerkingsverband',
  'leerplichtambtenaar',
  'klachtencommissie',
  'landelijke bezwaaradviescommissie',
  'gemeente',
];

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
export const normaliseDigits = (s: string): string =>
  s.replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) - 0x660) % 0x90));
const PLACEHOLDER = /\{\{[^}]*\}\}|\$t\([^)]*\)/g;
const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

export const numbersOf = (s: string): string[] =>
  [...new Set(normaliseDigits(strip(s)).replace(PLACEHOLDER, ' ').match(/\d+/g) ?? [])].sort();
const placeholdersOf = (s: string): string[] => [...new Set((s.match(PLACEHOLDER) ?? []).map((p) => p.replace(/\s+/g, '')))].sort();
/** An abbreviation: two or more capitals (digits after the first allowed), not part of a longer word. */
export const abbreviationsOf = (s: string): string[] =>
  [...new Set(strip(s).replace(PLACEHOLDER, ' ').match(/(?<![\p{L}\p{N}])[A-Z][A-Z0-9]+(?![\p{L}])/gu) ?? [])].sort();
const fold = (s: string) => strip(s).toLowerCase();

/** A section's blocks as paragraphs and list items, with their shape (to know whether two languages align). */
function blockTexts(blocks: readonly Block[]): { shape: string; texts: string[] } {
  const texts: string[] = [];
  const shape: string[] = [];
  for (const b of blocks) {
    if ('ul' in b || 'ol' in b) {
      const items = 'ul' in b ? b.ul : b.ol;
      shape.push(`${'ul' in b ? 'ul' : 'ol'}${items.length}`);
      for (const item of items) texts.push(plainText([{ p: item }]));
    } else {
      shape.push(Object.keys(b)[0]!);
      texts.push(plainText([b]));
    }
  }
  return { shape: shape.join(','), texts };
}

/**
 * Every text of a language by id. Sections and letter bodies come as a list of parts, compared part
 * by part where both languages have the same parts, else as one text.
 */
export function textUnits(c: LanguageContent): Map<string, string | { shape: string; texts: string[] }> {
  const u = new Map<string, string | { shape: string; texts: string[] }>();
  for (const [k, v] of Object.entries(flat(c.ui))) u.set(`ui:${k}`, v);
  for (const [k, v] of Object.entries(flat(c.questions))) u.set(`questions:${k}`, v);
  for (const [k, v] of Object.entries(flat(c.steps))) u.set(`steps:${k}`, v);
  for (const [k, v] of Object.entries(flat(c.warnings))) u.set(`warnings:${k}`, v);
  for (const g of c.glossary) {
    u.set(`glossary:${g.id}.term`, g.term);
    u.set(`glossary:${g.id}.text`, g.text);
  }
  for (const ch of c.chapters) {
    u.set(`chapter:${ch.id}.title`, ch.title);
    u.set(`chapter:${ch.id}.intro`, ch.intro);
    for (const s of ch.sections) {
      u.set(`section:${s.id}.title`, s.title);
      u.set(`section:${s.id}`, blockTexts(s.blocks));
    }
  }
  for (const l of c.letters) {
    for (const f of ['title', 'subject', 'when', 'to', 'send', 'deadline', 'after'] as const) u.set(`letter:${l.id}.${f}`, l[f]);
    l.attach.forEach((a, i) => u.set(`letter:${l.id}.attach.${i}`, a));
    const paragraphs = l.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    u.set(`letter:${l.id}.body`, { shape: `p${paragraphs.length}`, texts: paragraphs });
  }
  for (const [k, v] of Object.entries(c.letterExample)) u.set(`letterExample:${k}`, v);
  for (const p of c.pages) {
    u.set(`page:${p.id}.title`, p.title);
    u.set(`page:${p.id}.intro`, blockTexts(p.intro));
    for (const s of p.sections) {
      u.set(`page:${p.id}#${s.id}.title`, s.title);
      u.set(`page:${p.id}#${s.id}`, blockTexts(s.blocks));
    }
  }
  return u;
}

/** Pairs of (id, Dutch text, translated text), split into paragraphs where both align. */
export function pairs(base: LanguageContent, other: LanguageContent): [string, string, string][] {
  const a = textUnits(base);
  const b = textUnits(other);
  const out: [string, string, string][] = [];
  for (const [id, v] of a) {
    const w = b.get(id);
    if (w === undefined) continue;
    if (typeof v === 'string' || typeof w === 'string') {
      out.push([id, typeof v === 'string' ? v : v.texts.join('\n\n'), typeof w === 'string' ? w : w.texts.join('\n\n')]);
    } else if (v.shape === w.shape) {
      v.texts.forEach((t, i) => out.push([`${id}#${i}`, t, w.texts[i]!]));
    } else {
      out.push([id, v.texts.join('\n\n'), w.texts.join('\n\n')]);
    }
  }
  // Plural forms Dutch does not have (Polish and Ukrainian "few"/"many", Arabic "zero"/"two"/…):
  // compared with the Dutch "other" form.
  for (const [id, w] of b) {
    const m = /^(ui:.*)_(zero|one|two|few|many)$/.exec(id);
    const other = m && !a.has(id) ? a.get(`${m[1]}_other`) : undefined;
    if (typeof other === 'string' && typeof w === 'string') out.push([id, other, w]);
  }
  return out;
}

/** Differences in numbers between a Dutch text and its translation, after the exceptions. */
export function numberProblems(lang: string, id: string, nl: string, other: string, exceptions = EXCEPTIONS, used?: Set<NumberException>): string[] {
  const a = numbersOf(nl);
  const b = new Set(numbersOf(other));
  let missing = a.filter((n) => !b.has(n));
  let extra = [...b].filter((n) => !a.includes(n));
  const problems: string[] = [];
  for (const e of exceptions) {
    if (e.lang !== lang || e.id !== id) continue;
    if (e.asWord && missing.includes(e.asWord.number)) {
      if (!fold(other).includes(fold(e.asWord.word))) problems.push(`${lang} ${id}: exception says ${e.asWord.number} is written "${e.asWord.word}", but that word is not there`);
      missing = missing.filter((n) => n !== e.asWord!.number);
      used?.add(e);
    }
    if (e.extra && e.extra.every((n) => extra.includes(n))) {
      extra = extra.filter((n) => !e.extra!.includes(n));
      used?.add(e);
    }
  }
  if (missing.length || extra.length)
    problems.push(`${lang} ${id}: Dutch has ${a.join(', ') || 'no numbers'}; ${lang} has ${[...b].sort().join(', ') || 'no numbers'} (missing: ${missing.join(', ') || '-'}; not in Dutch: ${extra.join(', ') || '-'})`);
  return problems;
}

/** The names of month m (0-11) in a language, lower case: alone and inside a date (Polish and Ukrainian decline it). */
export function monthNames(lang: string, m: number): string[] {
  const d = Date.UTC(2026, m, 15);
  const alone = new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', timeZone: 'UTC' }).format(d);
  const inDate = new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(d).find((p) => p.type === 'month')?.value ?? alone;
  return [...new Set([alone, inDate].map((x) => x.toLowerCase()))];
}
const DUTCH_MONTHS = Array.from({ length: 12 }, (_, m) => monthNames(BASE_LANG, m)[0]!);
export function monthProblems(lang: string, id: string, nl: string, other: string): string[] {
  const a = fold(nl);
  const b = fold(other);
  return DUTCH_MONTHS.flatMap((dutch, m) =>
    new RegExp(`(?<!\\p{L})${dutch}(?!\\p{L})`, 'u').test(a) && !b.includes(dutch) && !monthNames(lang, m).some((n) => b.includes(n))
      ? [`${lang} ${id}: Dutch names ${dutch}; ${lang} does not (${monthNames(lang, m).join(' / ')})`]
      : [],
  );
}

type Unit = 'werkdag' | 'schooldag' | 'dag' | 'week' | 'maand';
/** The words after a number that make it a term, per language, most specific first (lower case). */
const UNITS: Record<string, [Unit, RegExp][]> = {
  nl: [['werkdag', /^werkdag/], ['schooldag', /^schooldag/], ['dag', /^dag/], ['week', /^we(ek|ken)\b/], ['maand', /^maand/]],
  en: [['werkdag', /^(working|work) days?/], ['schooldag', /^school ?days?/], ['dag', /^days?\b/], ['week', /^(extra )?weeks?\b/], ['maand', /^months?\b/]],
  tr: [['werkdag', /^iş gün/], ['schooldag', /^okul gün/], ['dag', /^gün/], ['week', /^hafta/], ['maand', /^ay\b/]],
  pl: [['werkdag', /^(dni|dzień) robocz/], ['schooldag', /^(dni|dzień) szkoln/], ['dag', /^(dni\b|dzień)/], ['week', /^(tydz|tygod)/], ['maand', /^miesi/]],
  uk: [['werkdag', /^робоч/], ['schooldag', /^(навчальн(их|ий|і) дн|шкільн)/], ['dag', /^(дн|день)/], ['week', /^тиж/], ['maand', /^місяц/]],
  ar: [
    ['werkdag', /^(أيام|يوم|يوماً|يوما) عمل/],
    ['schooldag', /^(أيام|يوم|يوماً|يوما) (دراسية|دراسي|مدرسية|مدرسي)/],
    ['dag', /^(أيام|يومين|يوم|يوماً|يوما)/],
    ['week', /^(أسابيع|أسبوعين|أسبوع|أسبوعاً|أسبوعا)/],
    ['maand', /^(أشهر|شهرين|شهر|شهور)/],
  ],
};
/** "6 week", "10 schooldag": every number in the text directly followed by a unit of time. */
export function termsOf(lang: string, s: string): string[] {
  const units = UNITS[lang];
  if (!units) return [];
  const t = normaliseDigits(strip(s)).replace(PLACEHOLDER, ' ').toLowerCase();
  const out = new Set<string>();
  const unitOf = (words: string) => units.find(([, re]) => re.test(words))?.[0];
  for (const m of t.matchAll(/(\d+)(?:\s+|-)/g)) {
    const u = unitOf(t.slice(m.index! + m[0].length));
    if (u) out.add(`${m[1]} ${u}`);
  }
  // Arabic dual: the unit, then the digit in brackets ("خلال أسبوعين (2)").
  for (const m of t.matchAll(/(\S+) \((\d+)\)/g)) {
    const u = unitOf(m[1]!);
    if (u) out.add(`${m[2]} ${u}`);
  }
  return [...out].sort();
}
export function termProblems(lang: string, id: string, nl: string, other: string): string[] {
  const a = termsOf(BASE_LANG, nl);
  const b = termsOf(lang, other);
  const missing = a.filter((x) => !b.includes(x));
  const extra = b.filter((x) => !a.includes(x));
  return missing.length || extra.length ? [`${lang} ${id}: Dutch terms ${a.join(', ') || '-'}; ${lang} ${b.join(', ') || '-'} (missing: ${missing.join(', ') || '-'}; not in Dutch: ${extra.join(', ') || '-'})`] : [];
}

const base = loadLanguage(ROOT, BASE_LANG);
const others = OTHERS.map((code) => loadLanguage(ROOT, code));

describe('the checks themselves', () => {
  it('reads Arabic-Indic and Persian digits as digits and ignores placeholders and isolates', () => {
    expect(numbersOf('خلال ٦ أسابيع و۱۰ أيام')).toEqual(['10', '6']);
    expect(numbersOf('binnen {{dagen}} dagen, uiterlijk 1-8-2026')).toEqual(['1', '2026', '8']);
    expect(numbersOf('\u20686 weken\u2069')).toEqual(['6']);
  });
  it('finds a changed, a missing and an added number, and lets an exception pass only with its word', () => {
    expect(numberProblems('en', 'x', 'binnen 6 weken', 'within 4 weeks', [])).toHaveLength(1);
    expect(numberProblems('en', 'x', 'binnen 6 weken of 10 weken', 'within 6 weeks', [])[0]).toContain('missing: 10');
    expect(numberProblems('en', 'x', 'binnen 6 weken', 'within 6 weeks (8 at most)', [])[0]).toContain('not in Dutch: 8');
    expect(numberProblems('en', 'x', 'groep 6 of 7', 'groep 6 or 7 (year 6 or 7)', [])).toEqual([]);
    const ex: NumberException[] = [{ lang: 'en', id: 'x', asWord: { number: '1', word: 'once' }, reason: 'test' }];
    expect(numberProblems('en', 'x', '1 keer per jaar', 'once a year', ex)).toEqual([]);
    expect(numberProblems('en', 'x', '1 keer per jaar', 'twice a year', ex)).toHaveLength(1);
    expect(numberProblems('en', 'y', '1 keer per jaar', 'once a year', ex)).toHaveLength(1);
  });
  it('finds a term whose unit changed, and reads each language\'s way of writing it', () => {
    expect(termsOf('nl', 'binnen 6 weken, of 10 schooldagen, of 5 werkdagen, 3 maanden')).toEqual(['10 schooldag', '3 maand', '5 werkdag', '6 week']);
    expect(termProblems('en', 'x', 'binnen 6 weken', 'within 6 days')).toHaveLength(1);
    expect(termProblems('en', 'x', 'binnen 5 werkdagen', 'within 5 days')).toHaveLength(1);
    expect(termProblems('en', 'x', 'de termijn van 6 weken, hoogstens 4 weken extra', 'the 6-week term, 4 extra weeks at most')).toEqual([]);
    expect(termProblems('ar', 'x', 'binnen 2 weken', 'خلال أسبوعين (2)')).toEqual([]);
    expect(termProblems('ar', 'x', 'binnen 10 schooldagen', 'خلال ١٠ أيام دراسية')).toEqual([]);
    expect(termProblems('pl', 'x', 'binnen 10 schooldagen', 'w ciągu 10 dni')).toHaveLength(1);
    expect(termProblems('uk', 'x', 'binnen 6 weken', 'протягом 6 тижнів')).toEqual([]);
    expect(termProblems('tr', 'x', 'binnen 6 weken', '6 hafta içinde')).toEqual([]);
  });
  it('finds a month that is missing or changed, and accepts the declined form', () => {
    expect(monthProblems('pl', 'x', 'vanaf 1 augustus', 'od 1 sierpnia')).toEqual([]);
    expect(monthProblems('uk', 'x', 'tot 31 juli', 'до 31 липня')).toEqual([]);
    expect(monthProblems('en', 'x', 'tot 31 juli', 'until 31 June')).toHaveLength(1);
    expect(monthProblems('tr', 'x', 'bijvoorbeeld 3 maart 2026', 'örneğin 3-3-2026')).toHaveLength(1);
    expect(monthProblems('en', 'x', 'het meisje', 'the girl')).toEqual([]);
  });
  it('finds abbreviations, not capitals inside words or single capitals', () => {
    expect(abbreviationsOf('Het OPP en de TLV, in een SOP-gesprek met de IB’er. Zo.')).toEqual(['IB', 'OPP', 'SOP', 'TLV']);
    expect(abbreviationsOf('Ook B1 en WCAG 2.2 AA; niet Nederland of A.')).toEqual(['AA', 'B1', 'WCAG']);
  });
  it('compares plural forms Dutch does not have with the Dutch "other" form', () => {
    const pl = others.find((c) => c.lang === 'pl');
    if (pl) expect(pairs(base, pl).find(([id]) => id === 'ui:deadline.weeks_few')?.[1]).toBe(flat(base.ui)['deadline.weeks_other']);
  });
  it('finds the Dutch terms (the unit check is not empty)', () => {
    const terms = new Set(pairs(base, others[0]!).flatMap(([, a]) => termsOf(BASE_LANG, a)));
    expect([...terms].sort()).toEqual(expect.arrayContaining(['10 week', '3 dag', '4 week', '5 werkdag', '6 week', '8 week']));
  });
  it('compares sections paragraph by paragraph', () => {
    const ids = pairs(base, others[0]!).map(([id]) => id);
    expect(ids).toContain('section:tijdelijk-niet-naar-school#5');
    expect(ids.filter((id) => id.startsWith('letter:herinnering-besluit.body#')).length).toBeGreaterThan(5);
  });
});

describe.each(others.map((c) => [c.lang, c] as const))('translation %s against Dutch', (lang, other) => {
  const list = pairs(base, other);

  it('has the same numbers in every text (Arabic-Indic digits read as digits)', () => {
    const used = new Set<NumberException>();
    const problems = list.flatMap(([id, a, b]) => numberProblems(lang, id, a, b, EXCEPTIONS, used));
    expect(problems).toEqual([]);
    const stale = EXCEPTIONS.filter((e) => e.lang === lang && !used.has(e)).map((e) => `${e.lang} ${e.id}: exception no longer needed`);
    expect(stale).toEqual([]);
  });

  it('keeps the unit of every term ("6 weken" is never "6 days")', () => {
    expect(list.flatMap(([id, a, b]) => termProblems(lang, id, a, b))).toEqual([]);
  });

  it('names the same months in every text', () => {
    expect(list.flatMap(([id, a, b]) => monthProblems(lang, id, a, b))).toEqual([]);
  });

  it('has the same {{placeholders}} in every text', () => {
    const problems: string[] = [];
    for (const [id, a, b] of list) {
      const pa = placeholdersOf(a);
      const pb = placeholdersOf(b);
      // Plural forms other than "other": the translation may leave out {{count}} (Arabic "one": a word).
      const plural = /_(zero|one|two|few|many)$/.test(id);
      const ok = plural ? pb.every((p) => pa.includes(p)) : pa.join() === pb.join();
      if (!ok) problems.push(`${lang} ${id}: Dutch ${pa.join(' ') || '-'}; ${lang} ${pb.join(' ') || '-'}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps every abbreviation (OPP, TLV, SOP, …) of a Dutch text', () => {
    const problems: string[] = [];
    for (const [id, a, b] of list) {
      const kept = new Set(abbreviationsOf(b));
      const lost = abbreviationsOf(a).filter((x) => !kept.has(x));
      if (lost.length) problems.push(`${lang} ${id}: ${lost.join(', ')} missing`);
    }
    expect(problems).toEqual([]);
  });

  it('gives the Dutch term in every glossary heading', () => {
    const problems: string[] = [];
    for (const g of base.glossary) {
      const t = other.glossary.find((x) => x.id === g.id);
      const dutch = g.term.replace(/\s*\(.*\)\s*$/, '');
      if (t && !fold(t.term).includes(fold(dutch))) problems.push(`${lang} glossary ${g.id}: "${t.term}" does not say "${dutch}"`);
    }
    expect(problems).toEqual([]);
  });

  it('names the Dutch bodies a parent must find by name, at least once where Dutch names them', () => {
    const groups = (c: LanguageContent): Record<string, string> => ({
      ...Object.fromEntries(c.chapters.map((ch) => [`chapter:${ch.id}`, [ch.title, ch.intro, ...ch.sections.map((s) => `${s.title}\n${plainText(s.blocks)}`)].join('\n')])),
      ...Object.fromEntries(Object.entries(c.steps).map(([k, v]) => [`step:${k}`, Object.values(v).join('\n')])),
      ...Object.fromEntries(Object.entries(c.warnings).map(([k, v]) => [`warning:${k}`, Object.values(v).join('\n')])),
      ...Object.fromEntries(Object.entries(c.questions).map(([k, v]) => [`question:${k}`, Object.values(flat(v)).join('\n')])),
      ...Object.fromEntries(c.letters.map((l) => [`letter:${l.id}`, [l.title, l.subject, l.when, l.to, l.send, l.deadline, l.after, ...l.attach].join('\n')])),
      ...Object.fromEntries(c.pages.map((p) => [`page:${p.id}`, plainText([...p.intro, ...p.sections.flatMap((s) => s.blocks)])])),
    });
    const a = groups(base);
    const b = groups(other);
    const problems: string[] = [];
    for (const [id, text] of Object.entries(a))
      for (const name of NAMED_BODIES) if (fold(text).includes(name) && !fold(b[id] ?? '').includes(name)) problems.push(`${lang} ${id}: "${name}" not named`);
    expect(problems).toEqual([]);
  });

  // Session 62 (languages-s62 D8): the check above reads chapters, steps, warnings, questions, letters and pages, not ui.yaml,
  // where the plan's newer steps, the calendar lines and the first screen live. There, one ui text group (a plan step's
  // title, why, late and check; a calendar line; a field) names each body by its Dutch name at least once where the Dutch
  // names it, the school board (schoolbestuur: a bezwaar goes there) included. Failed before: en calendarEvents
  // bezwaar-weigering/bezwaar-verwijdering/klacht-loopt, letterField.schoolbestuur, s47 besluitGesprek, planFirst.siteGeschillen;
  // uk planFirst.findSwv.
  it('names the Dutch bodies in every ui text group where the Dutch names them, the schoolbestuur too', () => {
    const groups = (c: LanguageContent): Map<string, string> => {
      const m = new Map<string, string>();
      for (const [k, v] of Object.entries(flat(c.ui))) {
        const g = k.replace(/\.(title|why|late|check|text|note)$/, '');
        m.set(g, `${m.get(g) ?? ''}\n${v}`);
      }
      return m;
    };
    const a = groups(base);
    const b = groups(other);
    const problems: string[] = [];
    for (const [id, text] of a)
      for (const name of [...NAMED_BODIES, 'schoolbestuur']) if (b.has(id) && fold(text).includes(name) && !fold(b.get(id)!).includes(name)) problems.push(`${lang} ui:${id}: "${name}" not named`);
    expect(problems).toEqual([]);
  });
});

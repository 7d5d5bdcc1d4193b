import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compileContent, languagesToCompile } from '../../src/content/compile/compile';
import { FSI, isolateLtr, PDI, stripIsolates } from '../../src/content/compile/bidi';
import { LANGUAGES } from '../../src/languages';
import { formatDate, formatDateShort } from '../../src/rules/dates';
import { normalize, search } from '../../src/content/search';
import { makePseudoArabicRoot } from '../pseudo/pseudo-ar';
import { moduleJson } from './module-json';

// Each fixture copies and compiles all of content/ (a few seconds on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONTENT = join(ROOT, 'content');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** content/ copied to a temporary root; `lang` (if given) is a copy of en: a test-only fixture language. */
function fixture(lang?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'wegwijzer-lang-'));
  dirs.push(root);
  // Only the two base languages: the fixtures must not depend on which translations exist today.
  for (const base of ['nl', 'en']) cpSync(join(CONTENT, base), join(root, 'content', base), { recursive: true });
  if (lang) cpSync(join(CONTENT, 'en'), join(root, 'content', lang), { recursive: true });
  return root;
}
const edit = (root: string, file: string, f: (t: string) => string) => {
  const p = join(root, file);
  const before = readFileSync(p, 'utf8');
  const after = f(before);
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(p, after);
};

describe('the language list (src/languages.ts) and the content folders', () => {
  it('lists the six languages, each named in itself, Arabic right to left, Dutch first', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
    expect(LANGUAGES.map((l) => l.name)).toEqual(['Nederlands', 'English', 'العربية', 'Türkçe', 'Polski', 'Українська']);
    expect(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
    for (const l of LANGUAGES) expect(() => new Intl.DateTimeFormat(l.intl), l.intl).not.toThrow();
  });

  it('every folder under content/ is a language of the list, and every enabled language with a folder is compiled', () => {
    const folders = readdirSync(CONTENT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    for (const f of folders) expect(LANGUAGES.map((l) => l.code as string), `content/${f}`).toContain(f);
    const { langs, problems } = languagesToCompile(ROOT);
    expect(problems).toEqual([]);
    expect(langs).toEqual(LANGUAGES.filter((l) => l.enabled && folders.includes(l.code)).map((l) => l.code));
  });

  it('a language without a folder is simply not offered (the build stays green)', () => {
    const root = fixture();
    const result = compileContent(root);
    expect(result.problems).toEqual([]);
    expect(result.content.map((c) => c.lang)).toEqual(['nl', 'en']);
    expect(result.modules['languages.ts']).toContain('["nl","en"]');
    expect(Object.keys(result.modules).some((m) => m.includes('.tr.'))).toBe(false);
  });

  it('a folder that is not a language fails the build, naming it', () => {
    const root = fixture('xx');
    expect(compileContent(root).problems).toContain('content/xx: not a language in src/languages.ts');
  });

  it('a complete new language (fixture: tr = a copy of en) is compiled and offered', () => {
    const root = fixture('tr');
    const result = compileContent(root);
    expect(result.problems).toEqual([]);
    expect(result.content.map((c) => c.lang)).toEqual(['nl', 'en', 'tr']);
    for (const kind of ['core', 'chapters', 'glossary', 'pages', 'letters', 'search', 'steps', 'questions', 'pagetexts', 'toc', 'lang']) expect(Object.keys(result.modules)).toContain(`${kind}.tr.ts`);
    expect(result.modules['lang.tr.ts']).toContain("import('./chapters.tr')");
  });

  it('a missing text in a new language fails the build, naming the file (never a silent fallback)', () => {
    const root = fixture('pl');
    edit(root, 'content/pl/ui.yaml', (t) => t.replace(/^ {2}skip: .*\n/m, ''));
    edit(root, 'content/pl/questions.yaml', (t) => t.replace(/^ {4}why: .*\n/m, ''));
    const problems = compileContent(root).problems;
    // Loading stops at the first broken file; then the ui text is reported after that file is fixed.
    expect(problems.join('\n')).toMatch(/content\/pl\/questions\.yaml: questions\.[\w-]+\.why must be a text/);
    edit(root, 'content/pl/questions.yaml', () => readFileSync(join(CONTENT, 'en/questions.yaml'), 'utf8'));
    const again = compileContent(root).problems;
    expect(again.some((p) => p.startsWith('content/pl/ui.yaml:') && p.includes('"app.skip" is missing'))).toBe(true);
  });

  it('a missing chapter section, glossary link or placeholder in a new language fails, naming the file', () => {
    const root = fixture('uk');
    edit(root, 'content/uk/chapters/10-steunpunt.md', (t) => t.replace(/\n## [^\n]*\{#steunpunt-vinden\}[\s\S]*?(?=\n## )/, '\n'));
    edit(root, 'content/uk/chapters/01-passend-onderwijs.md', (t) => `${t.trimEnd()}\n\nSee [this](begrip:no-such-term).\n`);
    edit(root, 'content/uk/ui.yaml', (t) => t.replace(/^( {2}pageTitle: ").*(")$/m, '$1{{pagina}} – Wegwijzer$2'));
    const problems = compileContent(root).problems;
    expect(problems).toContain('content/uk/chapters: section "steunpunt-vinden" is missing (it exists in content/nl)');
    expect(problems.some((p) => p.startsWith('content/uk/chapters/01-passend-onderwijs.md') && p.includes('begrip:no-such-term'))).toBe(true);
    expect(problems.some((p) => p.startsWith('content/uk/ui.yaml: app.pageTitle uses {{pagina}}'))).toBe(true);
  });

  it('a disabled language is left out unless asked for with --with (a translation in progress)', async () => {
    vi.resetModules();
    vi.doMock('../../src/languages', async (orig) => {
      const m = await orig<typeof import('../../src/languages')>();
      return { ...m, LANGUAGES: m.LANGUAGES.map((l) => (l.code === 'tr' ? { ...l, enabled: false } : l)) };
    });
    const { compileContent: compile } = await import('../../src/content/compile/compile');
    const root = fixture('tr');
    edit(root, 'content/tr/ui.yaml', (t) => t.replace(/^ {2}skip: .*\n/m, ''));
    expect(compile(root).problems).toEqual([]);
    expect(compile(root).content.map((c) => c.lang)).toEqual(['nl', 'en']);
    expect(compile(root, { withLangs: ['tr'] }).problems.some((p) => p.includes('content/tr/ui.yaml'))).toBe(true);
    vi.doUnmock('../../src/languages');
  });
});

describe('plural forms per language', () => {
  it('Polish needs one, few, many and other for every plural text; a missing form fails naming it', () => {
    const root = fixture('pl');
    // The en copy has only _one/_other: Polish lacks _few and _many.
    const problems = compileContent(root).problems;
    expect(problems).toContain('content/pl/ui.yaml: text "plan.deadlineLeft_few" is missing (plural form "few" of pl)');
    expect(problems).toContain('content/pl/ui.yaml: text "search.results_many" is missing (plural form "many" of pl)');
  });

  it('pseudo-Arabic with all six forms compiles cleanly, isolated and right to left', () => {
    const root = makePseudoArabicRoot(CONTENT);
    dirs.push(root);
    const result = compileContent(root);
    expect(result.problems).toEqual([]);
    // nl and en first, then the (pseudo-)Arabic; real translations in content/ compile beside it.
    expect(result.content.map((c) => c.lang).slice(0, 3)).toEqual(['nl', 'en', 'ar']);
    expect(result.modules['lang.ar.ts']).toContain("import '../../ui/rtl.css'");
    expect(result.modules['lang.en.ts']).not.toContain('rtl.css');
    // Dutch terms in parentheses are isolated in the compiled Arabic; ids and placeholders are not touched.
    // Session 80 (s80-gaps, 4): with their brackets (bidi.ts BRACKETED); before, the brackets stood outside the isolate.
    expect(result.modules['chapters.ar.ts']).toMatch(new RegExp(`${FSI}\\([A-Za-z][^${PDI}]*\\)${PDI}`));
    expect(result.modules['core.ar.ts']).toContain('{{page}}');
    expect(result.modules['core.ar.ts']).not.toContain(`{{${FSI}`);
    expect(moduleJson(result.modules['chapters.ar.ts']!)).toContain('"sec":"');
    // Dutch texts are never isolated.
    expect(result.modules['chapters.nl.ts']).not.toContain(FSI);
  });
});

describe('bidi isolation of left-to-right runs', () => {
  // Session 80 (s80-gaps, 4): a bracketed Dutch term is isolated with its brackets (before: "(FSI…PDI)"); tests/unit/rtl-s80.test.ts.
  it('wraps Dutch terms (with their brackets), dates, e-mail and web addresses, not placeholders', () => {
    expect(isolateLtr('اطلب (ontwikkelingsperspectief, OPP) الآن')).toBe(`اطلب ${FSI}(ontwikkelingsperspectief, OPP)${PDI} الآن`);
    expect(isolateLtr('قبل 1-8-2026.')).toBe(`قبل ${FSI}1-8-2026${PDI}.`);
    expect(isolateLtr('اكتب إلى info@school.nl أو onderwijsgeschillen.nl/klacht')).toBe(`اكتب إلى ${FSI}info@school.nl${PDI} أو ${FSI}onderwijsgeschillen.nl/klacht${PDI}`);
    expect(isolateLtr('مرحبا {{name}}، {{count}} يوم')).toBe('مرحبا {{name}}، {{count}} يوم');
    expect(stripIsolates(isolateLtr('x (OPP) y'))).toBe('x (OPP) y');
  });
});

describe('dates and numbers in each language (Intl, one cached formatter per locale)', () => {
  it('keeps the Dutch and English forms and uses each locale for the others', () => {
    expect(formatDate('2026-03-03', 'nl')).toBe('dinsdag 3 maart 2026');
    expect(formatDate('2026-03-03', 'en')).toBe('Tuesday 3 March 2026');
    expect(formatDate('2026-03-03', 'tr')).toMatch(/3 Mart 2026 Salı/);
    expect(formatDate('2026-03-03', 'pl')).toMatch(/wtorek, 3 marca 2026/);
    expect(formatDate('2026-03-03', 'uk')).toMatch(/вівторок, 3 березня 2026/);
    // Arabic: Arabic month and weekday, Western digits (compare with the Dutch letters).
    expect(formatDate('2026-03-03', 'ar')).toMatch(/^الثلاثاء، 3 مارس 2026$/);
    expect(formatDateShort('2026-03-03', 'nl')).toBe('3 maart 2026');
  });
});

describe('search in every script', () => {
  it('keeps Arabic, Cyrillic, Turkish and Polish letters (they used to be stripped)', () => {
    expect(normalize('Українська мова')).toBe('украiнська мова'.replace('i', 'і'));
    expect(normalize('Iğdır, Łódź')).toBe('igdır łodz');
    expect(normalize('العربيَّة')).toBe('العربية');
    const docs = [{ kind: 'section' as const, id: 'x', title: 'Заява', text: 'Подайте заяву до школи' }];
    expect(search(docs, 'заяву').map((r) => r.id)).toEqual(['x']);
  });
});

describe('steunpunt links: taal', () => {
  it('accepts every language this build offers (all six once their folders exist), any case; others are reported', async () => {
    vi.resetModules();
    vi.doMock('../../src/content/generated/languages', () => ({ default: ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] }));
    const { parseLinkParams } = await import('../../src/app/link');
    for (const code of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) expect(parseLinkParams(`#/?taal=${code}`)).toEqual({ lang: code, ignored: [] });
    expect(parseLinkParams('#/?taal=AR').lang).toBe('ar');
    expect(parseLinkParams('#/?taal=de')).toEqual({ ignored: ['taal'] });
    vi.doUnmock('../../src/content/generated/languages');
  });

  it('a language of the list whose texts this build lacks is reported, not half-offered', async () => {
    vi.resetModules();
    vi.doMock('../../src/content/generated/languages', () => ({ default: ['nl', 'en'] }));
    const { parseLinkParams } = await import('../../src/app/link');
    expect(parseLinkParams('#/?taal=uk')).toEqual({ ignored: ['taal'] });
    expect(parseLinkParams('#/?taal=en').lang).toBe('en');
    vi.doUnmock('../../src/content/generated/languages');
  });
});

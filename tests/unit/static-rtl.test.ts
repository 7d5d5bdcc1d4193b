/**
 * Right-to-left static reading pages (Arabic): the values the build fills into a sentence (the date of
 * the last change or check, the chapter number, the page title) are isolated (FSI … PDI), as i18next
 * does in the app; the Dutch letter is a left-to-right block with Dutch markers for what is missing;
 * the Dutch source titles are one left-to-right island; the link "read this page in Dutch" is not marked
 * as Dutch (its words are Arabic). Left-to-right pages are unchanged: no isolation marks added.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile';
import type { LanguageContent } from '../../src/content/compile/load';
import { buildStaticSite, formatDate, isolateValues, type StaticSite } from '../../src/content/static/site';
import { LANGUAGES } from '../../src/languages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FSI = '\u2068';
const PDI = '\u2069';
const RTL = LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code);

let content: LanguageContent[];
let built: StaticSite;
beforeAll(() => {
  const r = compileContent(ROOT);
  expect(r.problems).toEqual([]);
  content = r.content;
  built = buildStaticSite(content, { css: ['assets/app.css'], csp: "default-src 'self'", dateOf: () => '2026-11-29' });
});

const file = (lang: string, path: string) => {
  const html = built.files[`${lang === 'nl' ? '' : `${lang}/`}${path}index.html`];
  expect(html, `${lang} ${path}`).toBeDefined();
  return html!;
};
const between = (html: string, re: RegExp) => re.exec(html)?.[1] ?? '';

describe('static pages in a right-to-left language', () => {
  it('has Arabic among the built languages (else this test proves nothing)', () => {
    expect(RTL).toContain('ar');
    expect(content.map((c) => c.lang)).toContain('ar');
  });

  it.each(RTL)('%s: the date line isolates the date, written with the app locale (Western digits)', (lang) => {
    const date = formatDate('2026-11-29', lang);
    expect(date).toMatch(/29/);
    expect(date).toMatch(/2026/);
    expect(date).not.toMatch(/[\u0660-\u0669]/);
    for (const path of ['lees/passend-onderwijs/', 'begrippen/', 'brief/klacht/', 'info/privacy/']) {
      const line = between(file(lang, path), /<p class="checked">([^<]*)<\/p>/);
      expect(line, `${lang} ${path}`).toContain(`${FSI}${date}${PDI}`);
    }
  });

  it.each(RTL)('%s: the chapter number and the page title are isolated', (lang) => {
    const html = file(lang, 'lees/passend-onderwijs/');
    expect(between(html, /<p class="caption">([^<]*)<\/p>/)).toContain(`${FSI}1${PDI}`);
    const title = between(html, /<title>([^<]*)<\/title>/);
    const chapter = content.find((c) => c.lang === lang)!.chapters.find((c) => c.id === 'passend-onderwijs')!;
    expect(title).toContain(`${FSI}${chapter.title}${PDI}`);
    expect((title.match(/\u2068/g) ?? []).length).toBe((title.match(/\u2069/g) ?? []).length);
  });

  it.each(RTL)('%s: the Dutch source titles are one left-to-right Dutch island, in their order', (lang) => {
    const html = file(lang, 'lees/niet-eens/');
    const ch = content.find((c) => c.lang === lang)!.chapters.find((c) => c.id === 'niet-eens')!;
    expect(ch.sources.length).toBeGreaterThan(1);
    const island = between(html, /<p class="sources">[^<]*<span lang="nl" dir="ltr">([^<]*)<\/span><\/p>/);
    expect(island.replace(/&amp;/g, '&')).toBe(ch.sources.join('; '));
  });

  it.each(RTL)('%s: the Dutch model letter and example are left to right with Dutch markers; the translation keeps its own', (lang) => {
    const html = file(lang, 'brief/herinnering-besluit/');
    const nl = content.find((c) => c.lang === 'nl')!.ui as { letterField: Record<string, string> };
    const local = content.find((c) => c.lang === lang)!.ui as { letterField: Record<string, string> };
    const letter = between(html, /<div class="letter" lang="nl" dir="ltr">([\s\S]*?)<\/div>/);
    expect(letter).toContain(`[${nl.letterField['school_naam']}]`);
    expect(letter).not.toContain(`[${local.letterField['school_naam']}]`);
    expect(html).toMatch(/<p class="letter-subject" lang="nl" dir="ltr">/);
    expect(html.match(/<div class="letter" lang="nl" dir="ltr">/g)).toHaveLength(2);
    const translation = between(html, /<div class="letter translation">([\s\S]*?)<\/div>/);
    expect(translation).toContain(`[${local.letterField['school_naam']}]`);
  });

  it.each(RTL)('%s: "read this page in Dutch" leads to Dutch (hreflang) but is not marked as Dutch text', (lang) => {
    const link = /<p class="dutch-leading[^"]*">[^<]*(<a [^>]*>)/.exec(file(lang, 'lees/passend-onderwijs/'))![1]!;
    expect(link).toContain('hreflang="nl"');
    expect(link).not.toMatch(/\slang="nl"/);
  });
});

describe('left-to-right pages keep their values as they are', () => {
  it('isolateValues leaves ltr values alone and wraps rtl values', () => {
    expect(isolateValues('nl', { date: '29 november 2026' })).toEqual({ date: '29 november 2026' });
    expect(isolateValues('ar', { date: 'x' })).toEqual({ date: `${FSI}x${PDI}` });
  });
  it('no isolation marks in the Dutch and English date lines, titles and sources', () => {
    for (const lang of ['nl', 'en']) {
      const html = file(lang, 'lees/niet-eens/');
      expect(between(html, /<p class="checked">([^<]*)<\/p>/)).toContain(formatDate('2026-11-29', lang));
      expect(between(html, /<p class="checked">([^<]*)<\/p>/)).not.toMatch(/[\u2066-\u2069]/);
      expect(between(html, /<title>([^<]*)<\/title>/)).not.toMatch(/[\u2066-\u2069]/);
      expect(html).not.toMatch(/<p class="sources">[^<]*<span/);
    }
    expect(formatDate('2026-11-29', 'nl')).toBe('29 november 2026');
  });
});

import { posix } from 'node:path';
/**
 * The static reading pages (src/content/static/site.ts), built from the real content: a page per
 * chapter with every section as an anchor, an anchor per term, a page per letter and per info page,
 * in every language; every link resolves; hreflang pairs are symmetric; a chapter's text is the
 * chapter's text in the compiled content (what the app renders); the pages keep the app's CSP.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile';
import { plainText } from '../../src/content/compile/markdown';
import type { LanguageContent } from '../../src/content/compile/load';
import { buildStaticSite, CHAPTER_SITUATION, LETTER_SITUATION, normalizeSiteUrl, type StaticSite } from '../../src/content/static/site';
import { describe as describeText } from '../../src/content/static/html';
import { languageInfo } from '../../src/languages';
import { alternatesOf, asymmetricAlternates, brokenLinks, canonicalOf, hrefsOf, idsOf, textOf, type Site } from '../static/crawl';
import { moduleJson } from './module-json';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SITE_URL = 'https://example.org/wegwijzer/';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

let content: LanguageContent[];
let modules: Record<string, string>;
let built: StaticSite;
let site: Site;

const asSite = (files: Record<string, string>): Site => ({
  html: Object.fromEntries(Object.entries(files).filter(([p]) => p.endsWith('.html'))),
  // What the app build writes next to the static pages.
  other: new Set([...Object.keys(files).filter((p) => !p.endsWith('.html')), 'favicon.svg', 'assets/app.css', 'assets/static.css']),
});

beforeAll(() => {
  const r = compileContent(ROOT);
  expect(r.problems).toEqual([]);
  content = r.content;
  modules = r.modules;
  built = buildStaticSite(content, { siteUrl: SITE_URL, css: ['assets/app.css', 'assets/static.css'], csp: CSP, dateOf: () => '2026-11-01' });
  site = asSite(built.files);
  site.html['index.html'] = '<!doctype html><title>app</title>';
});

const prefix = (lang: string) => (lang === content[0]!.lang ? '' : `${lang}/`);
const page = (lang: string, path: string) => {
  const html = built.files[`${prefix(lang)}${path}index.html`];
  expect(html, `${prefix(lang)}${path}index.html`).toBeDefined();
  return html!;
};

describe('static pages: one per chapter, term, letter and info page, in every language', () => {
  it('has at least the two languages of today, each with every chapter, section anchor, term, letter and info page', () => {
    expect(content.map((c) => c.lang)).toEqual(expect.arrayContaining(['nl', 'en']));
    let counted = 0;
    for (const c of content) {
      for (const ch of c.chapters) {
        const ids = idsOf(page(c.lang, `lees/${ch.id}/`));
        for (const s of ch.sections) expect(ids.has(s.id), `${c.lang} ${ch.id}#${s.id}`).toBe(true);
        counted += ch.sections.length;
      }
      const glossary = idsOf(page(c.lang, 'begrippen/'));
      for (const g of c.glossary) expect(glossary.has(g.id), `${c.lang} begrippen#${g.id}`).toBe(true);
      for (const l of c.letters) {
        const html = page(c.lang, `brief/${l.id}/`);
        // The model text is the Dutch letter, with the worked example under it.
        expect(idsOf(html).has('brief')).toBe(true);
        expect(idsOf(html).has('voorbeeld')).toBe(true);
        expect(html).toContain(`<h1>${l.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</h1>`);
      }
      for (const p of c.pages) page(c.lang, `info/${p.id}/`);
      page(c.lang, 'lees/');
      page(c.lang, 'brieven/');
    }
    const perLanguage = content[0]!.chapters.length + 1 + content[0]!.letters.length + 1 + content[0]!.pages.length + 1;
    expect(built.pages.length).toBe(perLanguage * content.length);
    console.log(`static pages: ${built.pages.length} pages, ${counted} section anchors in ${content.length} languages`);
  });

  it('puts the first language at the top and every other language under its code', () => {
    expect(built.files['lees/hulp-op-school/index.html']).toContain('<html lang="nl" dir="ltr">');
    expect(built.files['en/lees/hulp-op-school/index.html']).toContain('<html lang="en" dir="ltr">');
  });

  it('a new language folder gets its own pages, under its code, right to left where the language is, in every hreflang set', () => {
    // A stand-in for the languages that are coming (ar, tr, pl, uk): the Dutch texts under another code.
    const ar = { ...structuredClone(content[0]!), lang: 'ar' } as LanguageContent;
    const more = buildStaticSite([...content, ar], { siteUrl: SITE_URL, css: ['assets/app.css'], csp: CSP });
    const html = more.files['ar/lees/hulp-op-school/index.html']!;
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(more.files['en/lees/hulp-op-school/index.html']).toContain(`<link rel="alternate" hreflang="ar" href="${SITE_URL}ar/lees/hulp-op-school/" />`);
    const moreSite = asSite(more.files);
    moreSite.html['index.html'] = '';
    const pages = Object.keys(moreSite.html).filter((p) => p !== 'index.html');
    expect(asymmetricAlternates(moreSite, pages, SITE_URL)).toEqual([]);
    expect(brokenLinks(moreSite, pages, SITE_URL)).toEqual([]);
    expect(more.pages.length).toBe((built.pages.length / content.length) * (content.length + 1));
  });

  it('takes lang and dir from the languages list, and knows right to left for a language not in it yet', () => {
    expect(languageInfo('ar')?.dir).toBe('rtl');
    expect(languageInfo('tr')?.dir).toBe('ltr');
    expect(languageInfo('nl')).toMatchObject({ code: 'nl', name: 'Nederlands', dir: 'ltr' });
  });
});

describe('links', () => {
  it('every link on every static page resolves, anchors included (crawler)', () => {
    const pages = Object.keys(site.html).filter((p) => p !== 'index.html');
    expect(pages.length).toBe(built.pages.length);
    expect(brokenLinks(site, pages, SITE_URL)).toEqual([]);
  });

  it('the crawler finds a broken section link, a missing term anchor and a link to another origin', () => {
    const broken: Site = { html: { ...site.html }, other: site.other };
    const p = 'lees/hulp-op-school/index.html';
    broken.html[p] = broken.html[p]!.replace('href="#welke-hulp"', 'href="#bestaat-niet"')
      .replace(/href="\.\.\/\.\.\/begrippen\/#([a-z-]+)"/, 'href="../../begrippen/#geen-begrip"')
      .replace('</main>', '<a href="https://example.com/">x</a><a href="../nergens/">y</a></main>');
    const problems = brokenLinks(broken, [p], SITE_URL);
    expect(problems.some((x) => x.includes('#bestaat-niet'))).toBe(true);
    expect(problems.some((x) => x.includes('#geen-begrip'))).toBe(true);
    expect(problems.some((x) => x.includes('https://example.com/'))).toBe(true);
    expect(problems.some((x) => x.includes('../nergens/'))).toBe(true);
  });

  it('links are relative (the site works from any folder); only canonical and hreflang are absolute', () => {
    for (const [path, html] of Object.entries(site.html)) {
      if (path === 'index.html') continue;
      const absolute = hrefsOf(html).filter((h) => /^[a-z]+:/i.test(h));
      const allowed = new Set([canonicalOf(html), ...alternatesOf(html).map((a) => a.href)]);
      expect(absolute.filter((h) => !allowed.has(h)), path).toEqual([]);
    }
  });

  it('every page in a translation says once that the Dutch text counts, linking to the same page in Dutch; Dutch pages do not', () => {
    for (const [path, html] of Object.entries(built.files)) {
      if (!path.endsWith('.html')) continue;
      const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
      const notes = html.match(/class="dutch-leading[^"]*"/g)?.length ?? 0;
      if (lang === content[0]!.lang) {
        expect(notes, path).toBe(0);
        continue;
      }
      expect(notes, path).toBe(1);
      const href = /class="dutch-leading[^"]*">[^<]*<a href="([^"]+)"/.exec(html)![1]!;
      // The link resolves to the Dutch page of the same text.
      const target = posix.join(posix.dirname(path), href);
      expect(built.files[target.endsWith('/') ? `${target}index.html` : target], `${path} → ${href}`).toMatch(/<html lang="nl"/);
    }
  });

  it('"Lees ook" links and glossary words link to the section and the definition', () => {
    const html = page('nl', 'lees/hulp-op-school/');
    // "Lees ook: [Wat is een samenwerkingsverband?](lees:wat-is-samenwerkingsverband)" lives in chapter 1.
    expect(html).toContain('href="../passend-onderwijs/#wat-is-samenwerkingsverband"');
    expect(html).toMatch(/<a class="term-link" href="\.\.\/\.\.\/begrippen\/#[a-z0-9-]+">/);
    expect(page('en', 'lees/hulp-op-school/')).toMatch(/<a class="term-link" href="\.\.\/\.\.\/begrippen\/#[a-z0-9-]+">/);
  });

  it('"Maak je eigen plan" opens the app with the matching situation and the page language; the other link opens the same text', () => {
    for (const c of content) {
      for (const ch of c.chapters) {
        const html = page(c.lang, `lees/${ch.id}/`);
        const up = '../'.repeat(prefix(c.lang).split('/').filter(Boolean).length + 2);
        const situation = CHAPTER_SITUATION[ch.id];
        expect(html).toContain(`href="${up}#/?${situation ? `situatie=${situation}&amp;` : ''}taal=${c.lang}"`);
        expect(html).toContain(`href="${up}#/lees/${ch.id}?taal=${c.lang}"`);
      }
      for (const l of c.letters) {
        const situation = LETTER_SITUATION[l.id];
        const html = page(c.lang, `brief/${l.id}/`);
        if (situation) expect(html).toContain(`#/?situatie=${situation}&amp;taal=${c.lang}"`);
        expect(html).toContain(`#/brief/${l.id}?taal=${c.lang}"`);
      }
    }
    // Every situation in the maps is one the app's link accepts.
    for (const s of [...Object.values(CHAPTER_SITUATION), ...Object.values(LETTER_SITUATION)]) expect(['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv']).toContain(s);
    for (const id of Object.keys(LETTER_SITUATION)) expect(content[0]!.letters.map((l) => l.id)).toContain(id);
    for (const id of Object.keys(CHAPTER_SITUATION)) expect(content[0]!.chapters.map((ch) => ch.id)).toContain(id);
  });
});

describe('search engines', () => {
  it('hreflang pairs are symmetric, each page names itself, x-default is the first language', () => {
    const pages = Object.keys(site.html).filter((p) => p !== 'index.html');
    expect(asymmetricAlternates(site, pages, SITE_URL)).toEqual([]);
    const en = page('en', 'brief/klacht/');
    expect(alternatesOf(en)).toContainEqual({ hreflang: 'x-default', href: `${SITE_URL}brief/klacht/` });
    expect(alternatesOf(en).filter((a) => a.hreflang !== 'x-default').length).toBe(content.length);
  });

  it('the symmetry check fails on a page that does not link back', () => {
    const broken: Site = { html: { ...site.html }, other: site.other };
    broken.html['en/brief/klacht/index.html'] = broken.html['en/brief/klacht/index.html']!.replace(/<link rel="alternate" hreflang="nl"[^>]*>/, '');
    expect(asymmetricAlternates(broken, ['brief/klacht/index.html'], SITE_URL).join('\n')).toContain('does not link back');
  });

  it('each page has its own title and description, a canonical link to itself and an entry in sitemap.xml', () => {
    const titles = new Set<string>();
    for (const p of built.pages) {
      const html = built.files[`${p.path}index.html`]!;
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
      expect(title, p.path).toBeTruthy();
      expect(titles.has(`${p.lang}:${title}`), `duplicate title ${title}`).toBe(false);
      titles.add(`${p.lang}:${title}`);
      const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(description.length, p.path).toBeGreaterThan(40);
      expect(description.length, p.path).toBeLessThanOrEqual(170);
      expect(canonicalOf(html)).toBe(SITE_URL + p.path);
      expect(built.files['sitemap.xml']).toContain(`<loc>${SITE_URL}${p.path}</loc>`);
    }
    expect(built.files['robots.txt']).toContain(`Sitemap: ${SITE_URL}sitemap.xml`);
  });

  it('without SITE_URL: no canonical, no hreflang, no sitemap (no made-up origin)', () => {
    const plain = buildStaticSite(content, { css: ['assets/app.css'], csp: CSP });
    const html = plain.files['lees/hulp-op-school/index.html']!;
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('rel="alternate"');
    expect(plain.files['sitemap.xml']).toBeUndefined();
    expect(plain.files['robots.txt']).toBeUndefined();
    expect(normalizeSiteUrl('https://example.org/w')).toBe('https://example.org/w/');
    expect(normalizeSiteUrl(undefined)).toBeUndefined();
    expect(() => normalizeSiteUrl('/w/')).toThrow(/SITE_URL/);
  });

  it('a chapter has FAQPage data with exactly its sections whose title is a question (? or the Arabic ؟)', () => {
    for (const c of content) {
      const ch = c.chapters.find((x) => x.id === 'hulp-op-school')!;
      const html = page(c.lang, `lees/${ch.id}/`);
      const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { '@type': string; mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
      expect(data['@type']).toBe('FAQPage');
      expect(data.mainEntity.map((q) => q.name)).toEqual(ch.sections.filter((s) => /[?؟]$/.test(s.title.trim())).map((s) => s.title));
      expect(data.mainEntity[0]!.acceptedAnswer.text).toBe(plainText(ch.sections.find((s) => s.title === data.mainEntity[0]!.name)!.blocks));
    }
  });

  it('descriptions end at a sentence or a word, never mid-word', () => {
    expect(describeText('Kort.')).toBe('Kort.');
    const long = `${'Een zin van een paar woorden. '.repeat(10)}`;
    expect(describeText(long).endsWith('.')).toBe(true);
    expect(describeText('woord '.repeat(60)).endsWith(' …')).toBe(true);
  });
});

describe('the same text as the app', () => {
  it('each chapter page holds the chapter text of the compiled content, section by section, in every language', () => {
    for (const c of content) {
      for (const ch of c.chapters) {
        const html = page(c.lang, `lees/${ch.id}/`);
        for (const s of ch.sections) {
          const m = new RegExp(`<section id="${s.id}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
          expect(m, `${c.lang} ${ch.id}#${s.id}`).toBeTruthy();
          const shown = textOf(m![1]!.replace(/<p class="section-link static-only">[\s\S]*?<\/p>/, ''));
          const expected = `${s.title} ${plainText(s.blocks)}`.replace(/\s+/g, ' ').trim();
          expect(shown, `${c.lang} ${ch.id}#${s.id}`).toBe(expected);
        }
        expect(textOf(html)).toContain(ch.intro.replace(/\s+/g, ' '));
      }
    }
  });

  it('a chapter page and the begrippenlijst hold exactly the text of the modules the app loads (right to left: with the same Unicode isolates)', () => {
    /** The data of a generated module: what the app renders. */
    const data = <T>(name: string): T => JSON.parse(moduleJson(modules[name] ?? '')) as T;
    let isolated = 0;
    for (const c of content) {
      const chapters = data<LanguageContent['chapters']>(`chapters.${c.lang}.ts`);
      for (const ch of chapters) {
        const html = page(c.lang, `lees/${ch.id}/`);
        for (const s of ch.sections) {
          const m = new RegExp(`<section id="${s.id}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
          const shown = textOf(m![1]!.replace(/<p class="section-link static-only">[\s\S]*?<\/p>/, ''));
          expect(shown, `${c.lang} ${ch.id}#${s.id}`).toBe(`${s.title} ${plainText(s.blocks)}`.replace(/\s+/g, ' ').trim());
          if (/[\u2066-\u2069]/.test(shown)) isolated++;
        }
        expect(textOf(html)).toContain(ch.intro.replace(/\s+/g, ' '));
      }
      const glossary = data<{ id: string; term: string; text: string }[]>(`glossary.${c.lang}.ts`);
      const html = page(c.lang, 'begrippen/');
      for (const g of glossary) {
        const m = new RegExp(`<div id="${g.id}"><dt>([\\s\\S]*?)</dt><dd>([\\s\\S]*?)</dd></div>`).exec(html);
        expect(textOf(m![1]!), `${c.lang} ${g.id}`).toBe(g.term);
        expect(textOf(m![2]!).startsWith(g.text.replace(/\s+/g, ' ').trim()), `${c.lang} ${g.id}`).toBe(true);
      }
    }
    // Every right-to-left language has Dutch terms (OPP, TLV) in its chapters: they are isolated.
    if (content.some((c) => languageInfo(c.lang)?.dir === 'rtl')) expect(isolated).toBeGreaterThan(0);
  });

  it('glossary definitions and letter texts are the content texts', () => {
    for (const c of content) {
      const html = page(c.lang, 'begrippen/');
      for (const g of c.glossary) {
        const m = new RegExp(`<div id="${g.id}"><dt>([\\s\\S]*?)</dt><dd>([\\s\\S]*?)</dd></div>`).exec(html);
        expect(m, `${c.lang} ${g.id}`).toBeTruthy();
        expect(textOf(m![1]!)).toBe(g.term);
        expect(textOf(m![2]!).startsWith(g.text.replace(/\s+/g, ' ').trim())).toBe(true);
      }
      const nl = content.find((x) => x.lang === 'nl')!;
      for (const l of nl.letters) {
        const letter = page(c.lang, `brief/${l.id}/`);
        const example = /<h2 id="voorbeeld">[\s\S]*?<div class="letter" lang="nl"[^>]*>([\s\S]*?)<\/div>/.exec(letter)![1]!;
        // The worked example is the Dutch letter with the example family's values and nothing left to fill in.
        expect(example).not.toContain('{{');
        expect(textOf(example)).toContain(nl.letterExample['ouder_naam'] ?? '');
      }
    }
  });
});

describe('privacy and CSP', () => {
  it('no inline script but JSON-LD data, no style attribute, no event handler, nothing from another origin', () => {
    for (const [path, html] of Object.entries(built.files)) {
      if (!path.endsWith('.html')) continue;
      for (const m of html.matchAll(/<script([^>]*)>/g)) expect(m[1], path).toBe(' type="application/ld+json"');
      expect(html, path).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
      expect(html, path).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP.replace(/'/g, "'")}" />`);
      expect(html, path).toContain('<meta name="referrer" content="no-referrer" />');
    }
  });

  it('text from content is escaped (a "<" in a text can never become markup)', () => {
    const evil = structuredClone(content) as LanguageContent[];
    evil[0]!.chapters[0]!.title = 'A <script>alert(1)</script> & "b"';
    const html = buildStaticSite(evil, { css: [], csp: CSP }).files[`lees/${evil[0]!.chapters[0]!.id}/index.html`]!;
    expect(html).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;b&quot;');
    expect(html).not.toContain('<script>alert(1)');
  });
});

/**
 * The static reading pages in dist/ (src/content/static): read without JavaScript, every link
 * resolves, axe-core finds nothing, the text is the app's text, and one click leads into the app at
 * the same place. The service worker never puts the app in place of a static page.
 */
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compileContent } from '../../src/content/compile/compile';
import { ROOT, launchPersistent, watch, originOf } from './harness';
import { useBrowserSuite } from './suite';
import { asymmetricAlternates, brokenLinks, canonicalOf, readSite } from '../static/crawl';

const suite = useBrowserSuite();
const content = compileContent(ROOT).content;
const first = content[0]!.lang;
const prefix = (lang: string) => (lang === first ? '' : `${lang}/`);

/** One page of every kind, in every language. */
const SAMPLE = (lang: string) => [
  `${prefix(lang)}lees/`,
  `${prefix(lang)}lees/andere-school/`,
  `${prefix(lang)}begrippen/`,
  `${prefix(lang)}brieven/`,
  `${prefix(lang)}brief/bezwaar-tlv/`,
  `${prefix(lang)}info/privacy/`,
];

async function noScriptPage(width = 360): Promise<Page> {
  const ctx = await suite.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  return page;
}

/**
 * axe-core is a script, so it cannot run in a page with JavaScript off. The page loads with script
 * execution disabled (Chromium's own switch, as `javaScriptEnabled: false` uses), then only axe is
 * let in: the DOM it checks is the one a reader without JavaScript gets.
 */
async function axeWithoutPageScripts(page: Page, url: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  const res = await page.goto(url);
  const noscriptDom = await page.content();
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  await cdp.detach();
  return { status: res?.status(), result, noscriptDom };
}

async function scriptPage(width = 360): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width, height: 800 } });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  return page;
}

describe('dist/ has the static pages and every link on them resolves', () => {
  const site = readSite(join(ROOT, 'dist'));
  const pages = Object.keys(site.html).filter((p) => p !== 'index.html');

  it('a page per chapter (with every section anchor), the begrippenlijst (every term), every letter and info page, per language', () => {
    for (const c of content) {
      for (const ch of c.chapters) {
        const html = site.html[`${prefix(c.lang)}lees/${ch.id}/index.html`];
        expect(html, `${c.lang} ${ch.id}`).toBeDefined();
        for (const s of ch.sections) expect(html).toContain(`<section id="${s.id}"`);
      }
      const glossary = site.html[`${prefix(c.lang)}begrippen/index.html`]!;
      for (const g of c.glossary) expect(glossary).toContain(`<div id="${g.id}">`);
      for (const l of c.letters) expect(site.html[`${prefix(c.lang)}brief/${l.id}/index.html`], `${c.lang} ${l.id}`).toBeDefined();
      for (const p of c.pages) expect(site.html[`${prefix(c.lang)}info/${p.id}/index.html`], `${c.lang} ${p.id}`).toBeDefined();
    }
  });

  it('crawler: every href and src resolves to a file in dist/, every #anchor to an element', () => {
    const siteUrl = canonicalOf(site.html['lees/index.html'] ?? '')?.replace(/lees\/$/, '');
    expect(pages.length).toBeGreaterThanOrEqual(content.length * 30);
    expect(brokenLinks(site, pages, siteUrl)).toEqual([]);
    // Built with SITE_URL: the hreflang pairs are symmetric.
    if (siteUrl) expect(asymmetricAlternates(site, pages, siteUrl)).toEqual([]);
    console.log(`crawled ${pages.length} static pages${siteUrl ? ` (SITE_URL ${siteUrl})` : ' (no SITE_URL: no canonical/hreflang)'}`);
  });

  it('the service worker precaches none of them', async () => {
    const { readFileSync } = await import('node:fs');
    const sw = readFileSync(join(ROOT, 'dist/sw.js'), 'utf8');
    expect(sw).toContain('url:"index.html"');
    expect(sw).not.toMatch(/url:"(?:[a-z]{2}\/)?(?:lees|begrippen|brief|brieven|info)\//);
  });
});

describe('without JavaScript', () => {
  for (const lang of content.map((c) => c.lang)) {
    it(`every page type reads fully and has 0 axe-core violations (WCAG 2.2 AA) in ${lang}`, async () => {
      const page = await noScriptPage();
      for (const path of SAMPLE(lang)) {
        // Read with JavaScript off: the text, its headings, the links are all there.
        const res = await page.goto(`${suite.server.url}${path}`);
        expect(res?.status(), path).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect((await page.locator('h1').innerText()).length, path).toBeGreaterThan(3);
        expect(await page.locator('main a').count(), path).toBeGreaterThanOrEqual(2);
        expect(await page.locator('link[rel=stylesheet]').count()).toBe(2);
      }
      const axePage = await scriptPage();
      for (const path of SAMPLE(lang)) {
        const { status, result, noscriptDom } = await axeWithoutPageScripts(axePage, `${suite.server.url}${path}`);
        expect(status, path).toBe(200);
        expect(noscriptDom).toContain('<h1>');
        // The app's stylesheet applies: the header has the app's colour.
        expect(await axePage.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(11, 79, 108)');
        expect(result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  }

  it('a glossary word goes to its definition, a "Lees ook" link to the section, "Link naar dit deel" is the section address', async () => {
    const page = await noScriptPage();
    await page.goto(`${suite.server.url}lees/hulp-op-school/`);
    const term = page.locator('section#welke-hulp a.term-link').first();
    const href = (await term.getAttribute('href'))!;
    const id = href.split('#')[1]!;
    await term.click();
    await page.waitForURL(`**/begrippen/#${id}`);
    expect(await page.locator(`[id="${id}"] dt`).innerText()).toBeTruthy();
    await page.goto(`${suite.server.url}lees/hulp-op-school/`);
    await page.locator('section#welke-hulp .section-link a').click();
    expect(page.url()).toBe(`${suite.server.url}lees/hulp-op-school/#welke-hulp`);
  });
});

describe('printing', () => {
  it('a printed chapter has its text, sources and date, without the header, menu, footer or links into the app', async () => {
    const page = await noScriptPage(1280);
    await page.goto(`${suite.server.url}lees/niet-eens/`);
    await page.emulateMedia({ media: 'print' });
    const shown = async (selector: string) => (await page.locator(selector).first().boundingBox()) !== null;
    for (const hidden of ['.site-header', '.site-footer', '.make-plan', '.plan-top', '.section-link']) expect(await shown(hidden), hidden).toBe(false);
    for (const visible of ['h1', 'section#bezwaar-maken', '.sources', '.checked']) expect(await shown(visible), visible).toBe(true);
  });
});

describe('into the app', () => {
  const sectionTexts = (page: Page) =>
    page.$$eval('article section[id]', (els) =>
      els.map((e) => {
        const copy = e.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.static-only').forEach((x) => x.remove());
        // White space between elements differs (the static HTML has line breaks between blocks): compare without it.
        // Unicode isolates (right to left: Latin runs) are compared too: both come from the same compile step.
        return `${e.id}: ${(copy.textContent ?? '').replace(/\s+/g, '')}`;
      }),
    );

  for (const lang of content.map((c) => c.lang)) {
    it(`every static chapter has the same text as the chapter in the app, and "Open deze tekst in de app" lands on it (${lang})`, async () => {
      const page = await scriptPage();
      for (const chapter of content.find((c) => c.lang === lang)!.chapters) {
        await page.goto(`${suite.server.url}${prefix(lang)}lees/${chapter.id}/`);
        const title = await page.locator('h1').innerText();
        const staticText = await sectionTexts(page);
        expect(staticText.length).toBe(chapter.sections.length);
        await page.locator('a.open-in-app').click();
        // Compared without white space, with the Unicode isolates (right-to-left pages isolate Dutch terms, like the app).
        await page.waitForFunction(
          (t) => (document.querySelector('h1')?.textContent ?? '').replace(/\s/g, '') === t && document.querySelectorAll('article section[id]').length > 0,
          title.replace(/\s/g, ''),
        );
        expect(await page.evaluate(() => location.hash)).toBe(`#/lees/${chapter.id}`);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await sectionTexts(page), `${lang} ${chapter.id}`).toEqual(staticText);
      }
    });
  }

  it('"Maak je eigen plan" opens the app with the matching situation already chosen', async () => {
    const page = await scriptPage();
    await page.goto(`${suite.server.url}en/lees/school-vinden/`);
    await page.locator('.make-plan a.button').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en' && !!document.querySelector('h1'));
    await page.waitForFunction(() => (localStorage.getItem('wegwijzer.answers') ?? '').includes('aanmelden') || location.hash === '#/');
    await page.goto(`${suite.server.url}#/vraag/situatie`);
    await page.locator('input[value="aanmelden"]').waitFor();
    expect(await page.locator('input[value="aanmelden"]').isChecked()).toBe(true);
    expect(await page.locator('input[value="thuiszitten"]').isChecked()).toBe(false);
  });

  it('with the service worker in control, a static page still loads itself, not the app', async () => {
    const ctx = await launchPersistent();
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      const w = watch(page, originOf(suite.server.url));
      await page.goto(suite.server.url);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await page.reload();
      expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      await page.goto(`${suite.server.url}lees/andere-school/`);
      expect(await page.locator('h1').innerText()).toBe(content[0]!.chapters.find((c) => c.id === 'andere-school')!.title);
      expect(await page.locator('#app').count()).toBe(0);
      expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      expect(w.consoleErrors).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

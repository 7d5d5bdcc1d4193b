/**
 * The start page as HTML (issue 17, src/prerender/): index.html carries the start page's markup, so
 * a first visit paints it before the app's script has arrived, and the app hydrates it (keeps those
 * nodes). Every other visit (a deep link, a steunpunt link, stored answers, a contact card, another
 * language) shows the loading message until the app renders, as before: never another page first.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';
import { firstLoadFiles } from '../budget/first-load';
import { LARGEST } from '../bench/answers';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

/** Opens the app with its entry script held back; returns what the HTML alone shows, and a release. */
async function openHeld(hash: string, seed?: Record<string, string>, initScript?: string) {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  if (initScript) await ctx.addInitScript({ content: initScript });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  if (seed) {
    await page.goto(suite.server.url);
    await page.evaluate((s) => (localStorage.clear(), Object.entries(s).forEach(([k, v]) => localStorage.setItem(k, v))), seed);
    await page.goto('about:blank');
  }
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${suite.server.url}${hash}`, { waitUntil: 'commit' });
  // The inline check runs right after #app; the noscript note in the body comes after it (the one in the head holds nojs.css).
  await page.waitForFunction(() => document.querySelector('body > noscript') !== null);
  const before = await page.evaluate(() => {
    (window as unknown as { __h1: unknown }).__h1 = document.querySelector('#app h1');
    return { h1: document.querySelector('#app h1')?.textContent ?? null, text: document.getElementById('app')!.textContent!.trim() };
  });
  return { page, before, release };
}

const appHtml = (page: Page) => page.evaluate(() => document.getElementById('app')!.innerHTML);

describe('the start page as HTML', () => {
  it('index.html carries the start page, and the inline check is allowed by its hash only', () => {
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
    expect(html).toMatch(/<div id="app"><header class="site-header">/);
    expect(html).toContain('<h1 tabindex="-1">Wegwijzer passend onderwijs</h1>');
    expect(html).toContain('class="button start-button">Begin</button>');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!.split(' ');
    expect(scriptSrc).toEqual(["'self'", `'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`]);
  });

  it('a first visit shows the start page before the script, then hydrates it: same nodes, same page as a normal render, Begin works', async () => {
    const { page, before, release } = await openHeld('');
    expect(before.h1).toBe('Wegwijzer passend onderwijs');
    release();
    await page.waitForFunction(() => document.querySelector('footer'));
    await page.waitForTimeout(300);
    // Hydrated, not cleared and rendered again: the heading painted from the HTML is still the one in the page.
    expect(await page.evaluate(() => document.querySelector('#app h1') === (window as unknown as { __h1: unknown }).__h1)).toBe(true);
    const hydrated = await appHtml(page);

    // The same start page rendered the normal way (a situation from a steunpunt link is not an answer yet).
    const normal = await openHeld('', { 'wegwijzer.answers': JSON.stringify({ version: 2, answers: { situatie: ['tlv'] }, position: 'start', savedAt: '' }) });
    expect(normal.before.h1).toBeNull();
    normal.release();
    await normal.page.waitForFunction(() => document.querySelector('footer'));
    await normal.page.waitForTimeout(300);
    expect(hydrated).toBe(await appHtml(normal.page));
    expect(await page.title()).toBe(await normal.page.title());

    await page.click('.start-button');
    await page.waitForFunction(() => location.hash === '#/vraag/situatie');
    expect(await page.textContent('h1')).toBe('Wat speelt er nu bij jou en je kind?');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('without JavaScript: no dead "Begin" or menu, the note with the reading pages right under the introduction; with JavaScript nojs.css is never loaded', async () => {
    const ctx = await suite.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    suite.track(ctx, page);
    const css: number[] = [];
    page.on('response', (r) => r.url().endsWith('/nojs.css') && css.push(r.status()));
    await page.goto(suite.server.url);
    await page.screenshot({ path: join(ROOT, 'tests/browser/screenshots/start-nojs-360.png') });
    expect(css).toEqual([200]);
    expect(await page.locator('#app h1').textContent()).toBe('Wegwijzer passend onderwijs');
    expect(await page.locator('.page-start .lead').isVisible()).toBe(true);
    // Everything that needs the app (hash routes, buttons with handlers) is not shown.
    for (const dead of ['.start-button', '.site-nav', '.lang-menu', '.page-start h2', 'a[href="#/lees"]'])
      expect(await page.locator(dead).first().isVisible(), dead).toBe(false);
    const visibleHashLinks = await page.locator('a[href^="#/"]:visible').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(visibleHashLinks).toEqual(['#/']); // the name of the guide, leading to this page itself
    // The note, on the first screen, right under the introduction, inside the page's margins.
    // (Playwright's text and role queries skip <noscript>, so these are CSS selectors.)
    const note = page.locator('body > noscript p').first();
    expect(await note.textContent()).toContain('Deze wegwijzer heeft JavaScript nodig.');
    const box = (await note.boundingBox())!;
    const intro = (await page.locator('.page-start .checks').boundingBox())!;
    expect(box.y).toBeGreaterThan(intro.y + intro.height - 1);
    expect(box.y - (intro.y + intro.height)).toBeLessThan(60);
    expect(box.y + box.height).toBeLessThan(740);
    expect(box.x).toBeGreaterThanOrEqual(16);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Its links work without JavaScript: the static reading pages.
    const read = page.locator('body > noscript a[href="./lees/"]');
    expect(await read.textContent()).toBe('Lees alle teksten zonder JavaScript');
    expect(await read.isVisible()).toBe(true);
    await read.click();
    await page.waitForURL(/\/lees\/$/);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.locator('.page-index, article').count()).toBeGreaterThan(0);

    // With JavaScript the stylesheet is not requested, and the "Begin" button is there.
    const js = await openHeld('');
    js.release();
    await js.page.waitForFunction(() => document.querySelector('footer'));
    expect(await js.page.locator('.start-button').isVisible()).toBe(true);
    const loaded = await js.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(loaded.some((u) => u.endsWith('.css'))).toBe(true);
    expect(loaded.filter((u) => u.endsWith('/nojs.css'))).toEqual([]);
  });

  const FALLBACKS: [string, string, Record<string, string> | undefined, string][] = [
    ['a deep link', '#/vraag/situatie', undefined, 'Wat speelt er nu bij jou en je kind?'],
    ['a steunpunt link', '#/?situatie=tlv', undefined, 'Wegwijzer passend onderwijs'],
    ['a link in English', '#/?taal=en', undefined, 'Passend onderwijs guide'],
    ['English chosen before', '', { 'wegwijzer.lang': '"en"' }, 'Passend onderwijs guide'],
    ['a stored contact card', '#/', { 'wegwijzer.contact': JSON.stringify({ org: 'Steunpunt Noord' }) }, 'Wegwijzer passend onderwijs'],
    ['stored answers', '', { 'wegwijzer.answers': JSON.stringify({ version: 2, answers: { situatie: ['tlv'], 'tlv-fase': 'aangevraagd' }, position: 'start', savedAt: '' }) }, 'Wegwijzer passend onderwijs'],
  ];
  it('storage that throws: the loading message, then the start page with its notice, no error', async () => {
    const blocked = `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });`;
    const { page, before, release } = await openHeld('', undefined, blocked);
    expect(before).toEqual({ h1: null, text: 'Wegwijzer passend onderwijs wordt geladen…' });
    release();
    await page.getByText('Je browser laat ons niets bewaren').waitFor();
    expect(await page.textContent('h1')).toBe('Wegwijzer passend onderwijs');
  });

  for (const [name, hash, seed, h1] of FALLBACKS) {
    it(`${name}: the loading message until the app renders (never the start page first)`, async () => {
      const { page, before, release } = await openHeld(hash, seed);
      expect(before).toEqual({ h1: null, text: 'Wegwijzer passend onderwijs wordt geladen…' });
      release();
      await page.waitForFunction(() => document.querySelector('footer'));
      expect(await page.textContent('h1')).toBe(h1);
      if (seed?.['wegwijzer.contact']) expect(await page.textContent('main')).toContain('Steunpunt Noord');
      if (seed?.['wegwijzer.answers']) expect(await page.locator('.button-row').count()).toBe(1); // resume or restart
    });
  }
});

describe("a deep link's files, asked for at once by index.html's check (issue 17)", () => {
  const BACKGROUND = /\/(machine|workbox-window\.prod\.es5|questions\.nl)-[\w-]+\.js$/;
  const MACHINE = /\/assets\/machine-[\w-]+\.js$/;

  /** Opens #/plan cold with the largest answers stored (and a language), the machine held back. */
  async function openPlan(lang?: string) {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    suite.track(ctx, page);
    // Seeded from a static file of the same origin (no app runs); its favicon.ico request would 404.
    await page.route('**/favicon.ico', (r) => r.fulfill({ status: 204 }));
    await page.goto(`${suite.server.url}robots.txt`);
    await page.evaluate(
      ([answers, lang]) => {
        localStorage.setItem('wegwijzer.answers', JSON.stringify({ version: 2, answers, position: 'review', savedAt: '' }));
        if (lang) localStorage.setItem('wegwijzer.lang', JSON.stringify(lang));
      },
      [LARGEST, lang] as const,
    );
    await page.goto('about:blank');
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route(MACHINE, async (route) => (await held, await route.continue()));
    const asked: string[] = [];
    page.on('request', (r) => void (/\/assets\/.*\.(js|css)$/.test(r.url()) && asked.push(new URL(r.url()).pathname)));
    await page.goto(`${suite.server.url}#/plan`);
    await page.locator('.page-plan h1').waitFor();
    return { page, asked, release };
  }

  /** Today's date as Intl writes it in the Netherlands (weekday day month year), for the "made on" line. */
  const todayByIntl = (page: Page, locale: string) =>
    page.evaluate((locale) => {
      const p = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).formatToParts(new Date());
      return ['weekday', 'day', 'month', 'year'].map((t) => p.find((x) => x.type === t)!.value).join(' ');
    }, locale);

  it('the plan in Dutch: shown before the machine has loaded, every file it waits for preloaded and fetched once, today in the "made on" line', async () => {
    const { page, asked, release } = await openPlan();
    expect(await page.textContent('.page-plan h1')).toBe('Jouw plan');
    expect(await page.textContent('.page-plan p.muted')).toBe(`Gemaakt op ${await todayByIntl(page, 'nl-NL')}`);
    const firstLoad = new Set(firstLoadFiles(join(ROOT, 'dist')).map((f) => `/${f}`));
    const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload]')].map((l) => new URL((l as HTMLLinkElement).href).pathname));
    const own = asked.filter((f) => !firstLoad.has(f) && !BACKGROUND.test(f));
    // The plan's own chunk tree and texts: all of them from index.html's list, none found late.
    // (the plan's code and styles in shared-*.js/.css, src/prerender/chunks.ts; its step texts; the page texts)
    expect(own.length).toBeGreaterThanOrEqual(4);
    expect(own.filter((f) => !preloaded.includes(f))).toEqual([]);
    expect(own.some((f) => /shared-[\w-]+\.css$/.test(f))).toBe(true);
    // A preload the page could not use (a CORS-mode mismatch) would be fetched a second time.
    expect(asked.filter((f, i) => asked.indexOf(f) !== i)).toEqual([]);
    // The machine loads after the page; a change from the check page goes through it once it is there.
    release();
    await page.evaluate(() => (location.hash = '#/controleren'));
    await page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' }).waitFor();
    await page.locator('.change-link').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/vraag/'));
    await page.locator('main form').waitFor();
  });

  it('the plan in English (a stored language): the English plan and date, no Dutch files preloaded', async () => {
    const { page } = await openPlan('en');
    expect(await page.textContent('.page-plan h1')).toBe('Your plan');
    expect(await page.textContent('.page-plan p.muted:not(.lang-note)')).toBe(`Made on ${await todayByIntl(page, 'en-GB')}`);
    const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload]')].map((l) => (l as HTMLLinkElement).href));
    expect(preloaded.filter((h) => /\.nl-/.test(h))).toEqual([]);
  });
});

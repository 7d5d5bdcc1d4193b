/**
 * Right to left and the language menu, in real Chromium, against dist-rtl/: a TEST-ONLY build
 * with pseudo-Arabic ("ar" made from the English content, tests/pseudo/). Build it first:
 *
 *   npx tsx tests/pseudo/build-rtl.ts && npx vitest run --project browser tests/browser/rtl.test.ts
 *
 * Checks: the menu on every page type keeps the page, the step and the answers; <html lang dir>
 * after a switch and after a reload; 320 px without sideways scrolling in Arabic; axe-core 0
 * violations in Arabic; a Dutch letter stays left to right; screenshots at 360 px.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, launchPersistent, originOf, ROOT, watch, type Watched } from './harness';
import { LAZY_KINDS } from '../../src/content/compile/compile';

const DIST = join(ROOT, 'dist-rtl');
let url = '';
let server: ChildProcess | undefined;
let browser: Browser;
const open: { ctx: BrowserContext; watched: Watched }[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist-rtl/ is missing: run `npx tsx tests/pseudo/build-rtl.ts` first');
  const port = 5100 + Math.floor(Math.random() * 800);
  server = spawn(join(ROOT, 'node_modules/.bin/vite'), ['preview', '--outDir', 'dist-rtl', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: 'ignore' });
  url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 150));
  }
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});
afterEach(async () => {
  for (const o of open.splice(0)) {
    expect(o.watched.foreignRequests, 'requests to other origins').toEqual([]);
    expect(o.watched.consoleErrors.map((e) => e.slice(0, 300)), 'console errors').toEqual([]);
    await o.ctx.close().catch(() => undefined);
  }
});

async function newPage(width = 360, height = 780): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height } });
  const page = await ctx.newPage();
  open.push({ ctx, watched: watch(page, originOf(url)) });
  return page;
}

// A complete TLV walk under the current questionnaire (schema 2), so the check page and the plan open.
const complete = (JSON.parse(readFileSync(join(ROOT, 'tests/answers/tlv-besluit-oneens.json'), 'utf8')) as { answers: Record<string, unknown> }).answers;
const PAGE_TYPES = ['#/', '#/vraag/situatie', '#/vraag/opp', '#/vraag/opp-besproken', '#/controleren', '#/plan', '#/lees', '#/lees/andere-school', '#/begrippen', '#/zoeken', '#/brieven', '#/brief/bezwaar-tlv', '#/info/privacy', '#/voor-professionals', '#/wissen', '#/niet-gevonden'];

async function seed(page: Page, lang?: string, answers: Record<string, unknown> = complete, position = 'review') {
  await page.goto(url);
  await page.evaluate(
    ({ answers, position, lang }) => {
      localStorage.setItem('wegwijzer.answers', JSON.stringify({ version: 2, answers, position, savedAt: '' }));
      if (lang) localStorage.setItem('wegwijzer.lang', JSON.stringify(lang));
    },
    { answers, position, lang },
  );
  await page.goto('about:blank');
}
async function show(page: Page, h: string) {
  await page.goto('about:blank');
  await page.goto(`${url}${h}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(200);
}
const htmlLangDir = (page: Page) => page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`);
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.answers')!).answers);

async function choose(page: Page, code: string) {
  await page.locator('.lang-menu summary').click();
  await page.locator(`.lang-list button[lang="${code}"]`).click();
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

describe('the language menu', () => {
  it('is on every page type, names each language in itself, and switching keeps the page and the answers', async () => {
    const page = await newPage(360);
    await seed(page, 'nl');
    for (const [i, h] of PAGE_TYPES.entries()) {
      await show(page, h);
      const summary = page.locator('header .lang-menu summary');
      expect(await summary.isVisible(), h).toBe(true);
      await summary.focus();
      await page.keyboard.press('Enter');
      const names = await page.locator('.lang-list button').evaluateAll((bs) => bs.map((b) => `${b.getAttribute('lang')}:${b.textContent}`));
      expect(names, h).toEqual(['nl:Nederlands', 'en:English', 'ar:العربية']);
      expect(await page.locator('.lang-list button[aria-current="true"]').getAttribute('lang')).toBe('nl');
      await page.keyboard.press('Escape'); // harmless; the menu closes on a choice
      const before = await page.evaluate(() => location.hash);
      // Alternate the target language so every switch really changes something.
      const target = i % 2 ? 'en' : 'ar';
      await page.locator(`.lang-list button[lang="${target}"]`).click();
      await page.waitForFunction((c) => document.documentElement.lang === c, target);
      expect(await page.evaluate(() => location.hash), h).toBe(before);
      expect(await page.locator('.lang-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await choose(page, 'nl');
    }
    expect(await stored(page)).toEqual(complete);
  });

  it('mid-questionnaire: the step and the answers survive nl → ar → en → nl, and <html lang dir> follows, also after a reload', async () => {
    const page = await newPage(360);
    await seed(page, 'nl', { situatie: ['tlv'] }, 'tlv-fase');
    await page.goto(`${url}#/vraag/tlv-fase`);
    await page.locator('main h1').waitFor();
    expect(await htmlLangDir(page)).toBe('nl ltr');
    await choose(page, 'ar');
    expect(await htmlLangDir(page)).toBe('ar rtl');
    expect(await page.evaluate(() => location.hash)).toBe('#/vraag/tlv-fase');
    expect(await page.locator('.caption').innerText()).not.toMatch(/Stap|Step/);
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await htmlLangDir(page)).toBe('ar rtl');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    await choose(page, 'en');
    expect(await htmlLangDir(page)).toBe('en ltr');
    expect(await page.locator('.caption').innerText()).toMatch(/^Step 2 of/);
    await choose(page, 'nl');
    expect(await htmlLangDir(page)).toBe('nl ltr');
    expect(await page.locator('.caption').innerText()).toMatch(/^Stap 2 van/);
    expect(await stored(page)).toEqual({ situatie: ['tlv'] });
  });

  it('in every other language the page says once that the Dutch text is leading, with a link to the Dutch page', async () => {
    const page = await newPage(360);
    await seed(page, 'ar');
    await show(page, '#/plan');
    expect(await page.locator('.lang-note').count()).toBe(1);
    await page.locator('.lang-note a').click();
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    expect(await page.evaluate(() => location.hash)).toBe('#/plan');
    expect(await page.locator('.lang-note').count()).toBe(0);
    expect(await htmlLangDir(page)).toBe('nl ltr');
  });

  it('a steunpunt link with taal=ar opens in Arabic, right to left', async () => {
    const page = await newPage(360);
    await page.goto(`${url}#/?taal=ar`);
    await page.locator('main h1').waitFor();
    expect(await htmlLangDir(page)).toBe('ar rtl');
  });
});

describe('right to left (pseudo-Arabic)', () => {
  it('320 px: no sideways scrolling on any page type', async () => {
    const page = await newPage(320, 640);
    await seed(page, 'ar');
    const problems: string[] = [];
    for (const h of PAGE_TYPES) {
      await show(page, h);
      const { scroll, client, dir } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, dir: document.documentElement.dir }));
      expect(dir, h).toBe('rtl');
      if (scroll > client) problems.push(`${h}: scrollWidth ${scroll} > ${client}`);
      // Also when the menu is open.
      await page.locator('.lang-menu summary').click();
      const open = await page.evaluate(() => document.documentElement.scrollWidth);
      if (open > client) problems.push(`${h} (menu open): scrollWidth ${open} > ${client}`);
      // Overflow on the start side never scrolls: check that the open list is fully on screen.
      const box = (await page.locator('.lang-list').boundingBox())!;
      if (box.x < 0 || box.x + box.width > client) problems.push(`${h}: the open language list is cut off (x ${box.x}, width ${box.width})`);
    }
    expect(problems).toEqual([]);
  });

  it('axe-core: 0 violations (WCAG 2.1 AA) on every page type in Arabic, menu open too', async () => {
    const page = await newPage(360);
    await seed(page, 'ar');
    const summary: string[] = [];
    for (const h of PAGE_TYPES) {
      await show(page, h);
      if (h === '#/') await page.locator('.lang-menu summary').click();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      summary.push(...result.violations.map((v) => `${h} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    }
    expect(summary).toEqual([]);
  });

  it('mirrors: the back chevron points right, borders sit on the right; a Dutch letter stays left to right', async () => {
    const page = await newPage(360);
    await seed(page, 'ar');
    await show(page, '#/vraag/tlv-fase');
    const chevron = await page.locator('.back-link').evaluate((a) => {
      const before = getComputedStyle(a, '::before');
      return { transform: before.transform, right: before.right, paddingRight: getComputedStyle(a).paddingRight };
    });
    expect(chevron.transform).not.toBe('none');
    expect(chevron.transform).not.toMatch(/^matrix\(0\.7071\d*, 0\.7071/); // not the left-pointing 45°
    expect(chevron.paddingRight).toBe('16px');
    await show(page, '#/plan');
    const step = await page.locator('.step').first().evaluate((e) => ({ right: getComputedStyle(e).borderRightWidth, left: getComputedStyle(e).borderLeftWidth }));
    expect(step).toEqual({ right: '6px', left: '1px' });
    await show(page, '#/brief/bezwaar-tlv');
    // The Dutch letter (the editable text) is Dutch and left to right; its translation is Arabic, right to left.
    const letter = await page.locator('textarea#letter-edit').evaluate((e) => ({ dir: getComputedStyle(e).direction, lang: e.getAttribute('lang') }));
    expect(letter).toEqual({ dir: 'ltr', lang: 'nl' });
    const translation = await page.locator('.letter.translation').evaluate((e) => ({ dir: getComputedStyle(e).direction, lang: e.getAttribute('lang') }));
    expect(translation).toEqual({ dir: 'rtl', lang: 'ar' });
    // Dutch date in the Dutch letter; the date on screen in Arabic.
    expect(await page.locator('textarea#letter-edit').inputValue()).toMatch(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
  });

  it('dates on screen follow the language: an Arabic weekday and month on the plan', async () => {
    const page = await newPage(360);
    await seed(page, 'ar');
    await show(page, '#/plan');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/(الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)، \d{1,2} [\u0600-\u06FF]+ \d{4}/);
    expect(text).not.toMatch(/\b(maandag|dinsdag|woensdag|donderdag|vrijdag)\b/);
  });

  it('screenshots at 360 px: start, a question, the plan and a letter, right to left', async () => {
    const out = join(ROOT, 'tests/browser/screenshots');
    mkdirSync(out, { recursive: true });
    const page = await newPage(360, 780);
    await seed(page, 'ar');
    for (const [name, h] of [['start', '#/'], ['question', '#/vraag/tlv-fase'], ['plan', '#/plan'], ['letter', '#/brief/bezwaar-tlv']] as const) {
      await show(page, h);
      await page.screenshot({ path: join(out, `rtl-ar-360-${name}.png`), fullPage: name !== 'plan' });
      if (name === 'letter') await page.locator('textarea#letter-edit').screenshot({ path: join(out, 'rtl-ar-360-letter-text.png') });
    }
    await page.locator('.lang-menu summary').click();
    await page.screenshot({ path: join(out, 'rtl-ar-360-menu.png') });
  });
});

describe('offline: Dutch is precached, another language is kept once used', () => {
  it('precaches no other language; after choosing Arabic once, every Arabic page works offline', async () => {
    const ctx = await launchPersistent();
    const page = await ctx.newPage();
    open.push({ ctx, watched: watch(page, originOf(url)) });
    await page.goto(url);
    await page.locator('main h1').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true), undefined, { timeout: 30_000 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(r.url);
      return urls;
    });
    expect(precached.some((u) => u.includes('/assets/chapters.nl-'))).toBe(true);
    expect(precached.filter((u) => u.includes('/assets/i18n/'))).toEqual([]);
    await page.reload(); // now controlled by the worker
    await page.locator('main h1').waitFor();
    await choose(page, 'ar');
    // The whole language is fetched a moment after the choice, into the runtime cache.
    const cached = () => page.evaluate(async () => (await (await caches.open('wegwijzer-languages')).keys()).map((r) => r.url.split('/').slice(-3).join('/')));
    // The language's entry and one file per text kind; the contents (toc) travel in the page-texts file.
    const files = LAZY_KINDS.filter((k) => k !== 'toc').length + 1;
    for (let i = 0; i < 40 && (await cached()).length < files; i++) await page.waitForTimeout(500);
    expect((await cached()).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^i18n\/ar\/lang\.ar-/), expect.stringMatching(/^i18n\/ar\/chapters\.ar-/), expect.stringMatching(/^i18n\/ar\/search\.ar-/)]));
    expect((await cached()).length).toBe(files);
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await ctx.setOffline(true);
    await page.reload();
    await page.locator('main h1').waitFor();
    for (const h of ['#/lees/andere-school', '#/begrippen', '#/brief/bezwaar-tlv']) {
      await page.goto(`${url}${h}`);
      await page.locator('main h1').waitFor({ timeout: 8000 }).catch(async () => {
        const keys = await page.evaluate(async () => (await (await caches.open('wegwijzer-languages')).keys()).map((r) => r.url.split('/').pop()));
        const res = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));
        throw new Error(`${h}: cache ${keys.join(',')}; loaded ${res.join(',')}; no heading; main: ${(await page.locator('main').innerText()).slice(0, 200)}; failed: ${failed.join(' ')}`);
      });
      await page.waitForTimeout(300);
      expect(await htmlLangDir(page), h).toBe('ar rtl');
      expect(await page.locator('main').innerText(), h).not.toMatch(/kon niet laden|could not load/i);
    }
    expect(failed).toEqual([]);
    await ctx.setOffline(false);
  });
});

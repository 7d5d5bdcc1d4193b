/**
 * Session 60 (issue 17): a chapter, the begrippenlijst and the letters' neighbours load their own files, not the plan's
 * code. Session 59 moved the reading and letter rules into one stylesheet that LettersPage (in the `shared` chunk, with
 * the plan's rules) imported too; the bundler then put that stylesheet in `shared`, so every chapter and the
 * begrippenlijst fetched and ran `shared-*.js` (129 KB, 32 KB brotli) for a few CSS rules. The letters' rules are now in
 * src/ui/letter.css and src/ui/reading.css has a file of its own (src/prerender/chunks.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './suite';
import { assetRequests, seedStorage } from './harness';

const suite = useBrowserSuite();

/** Opens `route` cold (no service worker: it would fetch every file) and lists the app's files it requested. */
async function filesOf(route: string, ready: string): Promise<string[]> {
  return (await opened(route, ready)).files;
}

/** As filesOf, with the page, to use it further. */
async function opened(route: string, ready: string): Promise<{ page: Page; files: string[] }> {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  const files = assetRequests(page);
  await page.goto(`${suite.server.url}${route}`);
  await page.locator(ready).first().waitFor();
  // What the app loads after the page is shown (the questionnaire's texts, the machine) comes too.
  await page.waitForTimeout(2500);
  return { page, files };
}

const sharedCode = (files: string[]) => files.filter((f) => /^shared-[\w-]+\.js$/.test(f));

describe('the reading pages do not load the plan\u2019s code', () => {
  it('a chapter: its page, its rich text and the reading stylesheet, not shared-*.js', async () => {
    const files = await filesOf('#/lees/thuiszitten', '.link-box');
    expect(files.some((f) => /^ReadPage-[\w-]+\.js$/.test(f))).toBe(true);
    expect(sharedCode(files)).toEqual([]);
    expect(files.some((f) => /^reading-[\w-]+\.css$/.test(f))).toBe(true);
  });

  it('the begrippenlijst: not shared-*.js either', async () => {
    const files = await filesOf('#/begrippen', '.glossary dt');
    expect(files.some((f) => /^GlossaryPage-[\w-]+\.js$/.test(f))).toBe(true);
    expect(sharedCode(files)).toEqual([]);
  });

  it('a chapter and the begrippenlijst are drawn from their own small text file, without the page texts', async () => {
    // pagetexts.nl (25 KB brotli, mostly the plan's) is asked for only after the page is shown; with it blocked,
    // both pages are still drawn in full. Before, every lazy page waited for it.
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    suite.track(ctx, page);
    // The request is held, never answered: a 404 (as before session 61) is a console error of the browser's own, which
    // the suite's tracker counted whenever the after-paint request came before the test's end (CI 135, once).
    await page.route(/\/assets\/pagetexts\.nl-[\w-]+\.js$/, () => undefined);
    await page.goto(`${suite.server.url}#/lees/thuiszitten`);
    await page.locator('.link-box').first().waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('In dit hoofdstuk');
    expect(text).not.toMatch(/\bread\.[a-zA-Z]+/);
    await page.goto(`${suite.server.url}#/begrippen`);
    await page.locator('.glossary dt').first().waitFor();
    expect(await page.locator('h1').innerText()).not.toMatch(/glossary\./);
    expect(await page.locator('main').innerText()).not.toMatch(/\b(app|read|glossary)\.[a-zA-Z]+/);
  });

  it('the professionals\u2019 page: its link box without the share page', async () => {
    const files = await filesOf('#/voor-professionals', '#pro-link');
    expect(files.some((f) => /^ProfessionalsPage-[\w-]+\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => /^SharePage-/.test(f))).toEqual([]);
  });

  it('the professionals\u2019 page: not shared-*.js, and its situation boxes still tick (session 67)', async () => {
    // Until session 67 it loaded and ran shared-*.js (142 KB) for the one Checkbox it shares with the plan: the chunk rule
    // groups a module that lazy pages share with the plan there (src/prerender/chunks.ts). The question page now draws its
    // "Weet ik niet" with that Checkbox, so it is in the first load. This test failed before (one shared-*.js).
    const { page, files } = await opened('#/voor-professionals', '#pro-s-thuiszitten');
    const box = page.locator('#pro-s-thuiszitten');
    expect(sharedCode(files)).toEqual([]);
    expect(await box.isChecked()).toBe(false);
    await page.locator('label[for="pro-s-thuiszitten"]').click();
    expect(await box.isChecked()).toBe(true);
  });

  it('the question page\u2019s "Weet ik niet" beside a date is that Checkbox, marked invalid with the error', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    suite.track(ctx, page);
    await seedStorage(page, suite.server.url, { answers: { situatie: ['thuiszitten'], 'thuis-reden': 'anders' }, position: 'thuis-sinds', version: 2 });
    await page.goto(`${suite.server.url}#/vraag/thuis-sinds`);
    const unknown = page.locator('#thuis-sinds-unknown');
    await unknown.waitFor();
    expect(await unknown.getAttribute('aria-invalid')).toBeNull();
    // "Volgende" with nothing typed and nothing ticked: an error, the box marked with it.
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('.error-summary, [role="alert"]').first().waitFor();
    expect(await unknown.getAttribute('aria-invalid')).toBe('true');
    await page.locator('label[for="thuis-sinds-unknown"]').click();
    expect(await unknown.isChecked()).toBe(true);
  });

  it('the letters\u2019 overview: its own small file, not shared-*.js; a letter opened from it still works (session 67)', async () => {
    // Until session 67 the overview lived in LettersPage.tsx, which the build puts in `shared`: "Brieven" fetched and ran
    // 142 KB of the plan's script for a list of links. This test failed before (one shared-*.js).
    const { page, files } = await opened('#/brieven', '.letter-list a');
    expect(files.some((f) => /^LetterListPage-[\w-]+\.js$/.test(f))).toBe(true);
    expect(sharedCode(files)).toEqual([]);
    expect(await page.locator('.page-letters h2').count()).toBeGreaterThanOrEqual(5);
    await page.locator('.letter-list a[href="#/brief/verzoek-opp"]').click();
    await page.locator('.letter-edit').first().waitFor();
    expect(sharedCode(files).length).toBe(1);
  });

  it('a letter still comes with shared-*.js, which holds its page and the rules it fills in', async () => {
    const files = await filesOf('#/brief/verzoek-opp', '.letter-edit');
    expect(sharedCode(files).length).toBe(1);
  });
});

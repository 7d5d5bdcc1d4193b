/**
 * Session 83 (issue 17): the start page no longer loads the lazy pages' texts (`pagetexts.<lang>`) at idle.
 * They are 230 KB of script in Dutch (43 KB on the wire), mostly the plan's, and their evaluation (some 50 ms at 4× CPU)
 * could be running when the parent taps "Begin", the start page's usual next tap, which does not need them. The first
 * question page asks for them in an idle moment (with the check page), a page from the menu when it opens.
 * What must hold for the parent: the start page and everything reached from it in one tap is drawn whole, with no
 * missing text, and the questionnaire still has them loaded before the check page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './suite';
import { assetRequests } from './harness';

const suite = useBrowserSuite();
const PAGETEXTS = /^pagetexts\.nl-[\w-]+\.js$/;

async function coldStart(): Promise<{ page: Page; files: string[] }> {
  // No service worker: it would fetch every file (for offline use) whatever the page asks for.
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  const files = assetRequests(page);
  await page.goto(suite.server.url);
  await page.locator('h1').waitFor();
  // What the start page loads after its paint (the questionnaire's texts and machine, the worker's script) comes then.
  await expect.poll(() => files.some((f) => /^machine-[\w-]+\.js$/.test(f)), { timeout: 10_000 }).toBe(true);
  await page.waitForTimeout(1500);
  return { page, files };
}

/** A text key shown instead of its text (`section.key`), as a page shows one whose texts did not load. */
const RAW_KEY = /\b(plan|letterPage|letter|timeline|review|overview|wipe|backup|share|professionals|trustPages|searchPage|glossary|read|app)\.[a-z][a-zA-Z]+/;

describe('the start page leaves the lazy pages\u2019 texts to the pages that need them', () => {
  it('cold: the questionnaire\u2019s texts and machine load after the paint, the page texts do not', async () => {
    const { files } = await coldStart();
    expect(files.some((f) => /^questions\.nl-[\w-]+\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => PAGETEXTS.test(f))).toEqual([]);
  });

  it('"Begin": the first question is drawn, and its idle moments bring the page texts before the check page is reached', async () => {
    const { page, files } = await coldStart();
    await page.getByRole('button', { name: /Begin/ }).first().click();
    await page.locator('fieldset legend, h1').first().waitFor();
    await expect.poll(() => files.some((f) => PAGETEXTS.test(f)), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('main').innerText()).not.toMatch(RAW_KEY);
  });

  for (const [name, ready] of [
    ['Brieven', 'main h1'],
    ['Mijn tijdlijn', 'main h1'],
    ['Begrippen', '.glossary dt'],
    ['Zoeken', 'main h1'],
  ] as const) {
    it(`from the start page to "${name}" in one tap: drawn whole, no text missing`, async () => {
      const { page } = await coldStart();
      await page.locator('.site-nav').getByRole('link', { name }).click();
      await page.locator(ready).first().waitFor();
      // Until its texts are in, a lazy page shows the loading line; then the page itself.
      await expect.poll(async () => page.locator('main').innerText(), { timeout: 10_000 }).not.toMatch(/wordt geladen|Even laden/i);
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(RAW_KEY);
      expect(text.length).toBeGreaterThan(30);
    });
  }
});

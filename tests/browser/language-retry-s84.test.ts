/**
 * Session 84: a language file that failed once, on a browser that keeps a failed import (Chromium 150, CI stop 70).
 * The retry asks for the same file under a new query (src/app/i18n.ts), so it reaches the network on every browser.
 * The service worker then keeps that answer; a reload without network must still find the language, although the
 * page now asks for the file without the query (the language cache ignores it: vite.config.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { launchPersistent, originOf, watch } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();
const POLISH = /\/assets\/i18n\/pl\/lang\.pl-[^/?]*\.js(\?retry=\d+)?$/;

describe('a language that loaded at its second try', () => {
  it('is asked for under a new address, kept by the service worker, and there after an offline reload', async () => {
    const ctx = await launchPersistent();
    suite.own(ctx);
    const page = await ctx.newPage();
    const w = watch(page, originOf(suite.server.url));
    await page.goto(suite.server.url);
    await page.locator('main h1').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload(); // now controlled by the worker
    await page.locator('main h1').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // The first request for the Polish file fails (from the page or through the worker); later ones go through.
    const asked: string[] = [];
    await ctx.route(POLISH, (route: Route) => {
      asked.push(new URL(route.request().url()).search);
      return asked.length === 1 ? route.fulfill({ status: 503, body: 'no' }) : route.continue();
    });
    await page.locator('header .lang-menu summary').click();
    await page.locator('.lang-list button[lang="pl"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'pl', undefined, { timeout: 15_000 });
    expect(asked[0], 'the first try: the plain address').toBe('');
    expect(asked[1], 'the second try: a new address, which every browser fetches').toMatch(/^\?retry=\d+$/);
    expect(await page.locator('.notices .notice').count()).toBe(0);

    // The worker keeps the language once chosen (the entry, at its new address, and its other files).
    const cached = () => page.evaluate(async () => (await (await caches.open('wegwijzer-languages')).keys()).map((r) => r.url.split('/').pop()!));
    for (let i = 0; i < 40 && !(await cached()).some((u) => /^questions\.pl-/.test(u)); i++) await page.waitForTimeout(500);
    expect(await cached()).toEqual(expect.arrayContaining([expect.stringMatching(/^lang\.pl-[^?]*\.js\?retry=\d+$/), expect.stringMatching(/^questions\.pl-/)]));

    // No more routing: a routed request would reach the server even with the network off.
    await ctx.unrouteAll();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url().split('/').pop()!));
    await ctx.setOffline(true);
    await page.reload();
    await page.locator('main h1').waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'pl', undefined, { timeout: 10_000 });
    await page.waitForTimeout(1500); // past the retry's wait: no notice comes later either
    expect(await page.locator('.notices .notice').count(), 'no "could not load" notice offline').toBe(0);
    expect(await page.locator('main h1').innerText()).not.toBe('');
    expect(failed, 'every file came from the worker').toEqual([]);
    await ctx.setOffline(false);
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});

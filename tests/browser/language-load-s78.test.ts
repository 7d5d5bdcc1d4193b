/**
 * Session 78: a language whose file does not arrive. CI stop 65 saw "Failed to fetch dynamically imported module"
 * for lang.pl-….js while switching back to Polski: the tap did nothing and said nothing, and the rejection went
 * unhandled. Now the file is asked for once more a moment later; if that fails too, the page stays in its language
 * with a notice (an alert) and "Opnieuw proberen", which works once the network is back.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { watch, originOf } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();
const POLISH = /\/assets\/i18n\/pl\/lang\.pl-[^/?]*\.js(\?retry=\d+)?$/;

async function open(failures: number) {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers: 'block' });
  suite.own(ctx);
  const page = await ctx.newPage();
  // Not suite.track: the failed requests themselves are logged as console errors ("Failed to load resource").
  const w = watch(page, originOf(suite.server.url));
  const asked: string[] = [];
  let left = failures;
  await page.route(POLISH, (route: Route) => {
    asked.push(route.request().url());
    return left-- > 0 ? route.fulfill({ status: 503, body: 'no' }) : route.continue();
  });
  await page.goto(suite.server.url);
  await page.locator('main h1').waitFor();
  return { page, w, asked, setFailures: (n: number) => void (left = n) };
}

async function choosePolish(page: Page) {
  await page.locator('header .lang-menu summary').click();
  await page.locator('.lang-list button[lang="pl"]').click();
}

/** Console errors other than the failed requests' own lines. */
const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource/.test(e));

describe('a language file that does not arrive', () => {
  it('one failure: the second try a moment later brings the language, without a notice', async () => {
    const { page, w, asked } = await open(1);
    await choosePolish(page);
    await page.waitForFunction(() => document.documentElement.lang === 'pl', undefined, { timeout: 10_000 });
    expect(asked.length).toBe(2);
    expect(await page.locator('.notice').count()).toBe(0);
    expect(unexpected(w.consoleErrors)).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });

  it('it keeps failing: the page stays Dutch and says so; "Opnieuw proberen" works once the file comes', async () => {
    const { page, w, asked, setFailures } = await open(99);
    await choosePolish(page);
    const alert = page.locator('.notices [role="alert"]');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.locator('p').innerText()).toBe('De taal Polski kon niet laden. Misschien heb je even geen internet. Probeer het opnieuw.');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.locator('main h1').innerText()).toMatch(/[a-z]/);
    expect(asked.length).toBe(2);
    expect(await page.evaluate(() => localStorage.getItem('wegwijzer.lang'))).toBeNull();
    // The network is back.
    setFailures(0);
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'pl', undefined, { timeout: 10_000 });
    expect(await page.locator('.notices .notice').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('wegwijzer.lang'))).toBe('"pl"');
    expect(unexpected(w.consoleErrors), 'no unhandled rejection, no other error').toEqual([]);
  });
});

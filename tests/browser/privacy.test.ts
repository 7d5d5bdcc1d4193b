/**
 * Private by construction, checked: the built page forbids inline code and other origins (CSP in a
 * meta tag, since a static host sends no headers of its own) and sends no referrer; a full walk,
 * including every lazily loaded part (chapters, glossary, search, letters), sets no cookie and sends
 * no request to any other origin.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { originOf, ROOT } from './harness';
import { useBrowserSuite } from './suite';
import { hash } from './keyboard';

const suite = useBrowserSuite();

describe('the built index.html', () => {
  const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  const meta = (attr: string, value: string) => new RegExp(`<meta[^>]*${attr}="${value}"[^>]*>`, 'i').exec(html)?.[0];

  it("has a Content-Security-Policy meta tag without 'unsafe-inline' or 'unsafe-eval', same origin only", () => {
    const tag = meta('http-equiv', 'Content-Security-Policy');
    expect(tag, 'CSP meta tag').toBeDefined();
    const csp = /content="([^"]*)"/.exec(tag!)![1]!;
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'self'"]);
    // 'self', plus the hash of each inline script (the start page's check, src/prerender/plugin.ts): exactly those run.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
    expect(directives['script-src']).toEqual(["'self'", ...inline]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    // No other origin anywhere in the policy.
    expect(csp).not.toMatch(/https?:|\*/);
    // The CSP comes before any script, so it applies to all of them.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('sends no referrer, and has no inline script but the hashed start-page check, no inline style or external resource', () => {
    const referrer = meta('name', 'referrer');
    expect(referrer).toMatch(/content="no-referrer"/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      if (attrs === '') continue; // the inline check, allowed by its hash (above)
      expect(attrs).toMatch(/src="\.\//);
      expect(body!.trim()).toBe('');
    }
    expect(scripts.filter(([, attrs]) => attrs === '')).toHaveLength(1);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle="/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });
});

describe('a full walk', () => {
  it('sets no cookie and sends no request to another origin, including every lazy page', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 780 } });
    // CSP violations are reported in the page; collect them so a blocked inline style shows up here.
    await ctx.addInitScript({
      content: `window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`,
    });
    const page = await ctx.newPage();
    const origin = originOf(suite.server.url);
    suite.track(ctx, page, origin);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    // The questions, with the mouse, straight to the plan.
    await page.goto(suite.server.url);
    await page.getByRole('button', { name: 'Begin', exact: true }).click();
    await page.waitForFunction(() => location.hash === '#/vraag/situatie'); // the history entry follows the first paint
    for (let i = 0; i < 45 && (await hash(page)).startsWith('#/vraag/'); i++) {
      const before = await hash(page);
      const id = before.replace('#/vraag/', '');
      await page.locator('main form').waitFor();
      const first = page.locator('main form input').first();
      if ((await first.getAttribute('type')) === 'text') await first.fill('1-9-2026');
      else if (id === 'situatie') await page.check('main form input[value="tlv"]');
      else await first.check();
      await page.locator('main form button[type="submit"]').click();
      await page.waitForFunction((h) => location.hash !== h, before);
    }
    expect(await hash(page)).toBe('#/controleren');
    await page.getByRole('button', { name: 'Naar mijn plan' }).click();
    await page.getByText('Nu doen').first().waitFor();

    // Every chapter, the glossary, the search, every letter, the info pages; then in English.
    const visit = async (h: string) => {
      await page.goto(`${suite.server.url}${h}`);
      await page.locator('main h1').first().waitFor();
    };
    const links = async (prefix: string) => {
      // A language switch re-renders the page once its texts are in: read the links when they are there.
      const read = () => page.evaluate((p) => [...new Set([...document.querySelectorAll('main a')].map((a) => a.getAttribute('href') ?? '').filter((h) => h.startsWith(p)))], prefix);
      await expect.poll(async () => (await read()).length, { timeout: 15_000 }).toBeGreaterThan(0);
      return read();
    };
    for (const lang of ['nl', 'en']) {
      await visit(`#/lees?taal=${lang}`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      const chapters = await links('#/lees/');
      expect(chapters.length).toBeGreaterThanOrEqual(10);
      for (const c of chapters) await visit(c);
      await visit('#/begrippen');
      await visit('#/zoeken');
      // The search page and its index load lazily; a search typed while they arrive may be re-rendered away: search until results show.
      await expect
        .poll(
          async () => {
            await page.locator('#search-input').fill('tlv');
            await page.locator('#search-input').press('Enter');
            await page.waitForTimeout(300);
            return page.locator('.search-results a').count();
          },
          { timeout: 30_000 },
        )
        .toBeGreaterThan(0);
      await page.locator('.search-results a').first().click();
      await page.locator('main h1').first().waitFor();
      await visit('#/brieven');
      const letters = await links('#/brief/');
      expect(letters.length).toBeGreaterThan(5);
      for (const l of letters) await visit(l);
      for (const info of ['privacy', 'toegankelijkheid', 'over']) await visit(`#/info/${info}`);
      await visit('#/plan');
    }

    // The lazy parts were really loaded (so this walk covered them).
    // By file name: other languages' modules sit under assets/i18n/<code>/; the plan and letter pages in shared-* (src/prerender/chunks.ts).
    const assets = requests.filter((u) => u.includes('/assets/')).map((u) => u.replace(/^.*\//, ''));
    for (const part of ['chapters.nl', 'chapters.en', 'glossary.nl', 'search.nl', 'letters.nl', 'shared', 'SearchPage', 'ReviewPage']) {
      expect(assets.some((a) => a.startsWith(part)), `${part} loaded`).toBe(true);
    }
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(await ctx.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    // Everything kept is under "wegwijzer." in localStorage, nothing in other stores.
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !k.startsWith('wegwijzer.'))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
  });
});

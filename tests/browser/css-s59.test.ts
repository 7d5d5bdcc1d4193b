/**
 * Session 59 (issue 17): the first load's stylesheet holds what the first screens draw, not the reading and letter pages'
 * rules (now src/ui/reading.css, loaded with those pages and given to the static pages with static.css) nor the plan's
 * ticks and date boxes (src/ui/plan.css). This made room under the 45 KB budget (46,046 → 45,600 bytes brotli).
 * Each page that uses the moved rules must still have them when it is shown, on screen and, for the plan, on paper.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedStorage } from './harness';
import { LARGEST } from '../bench/answers';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

async function newPage(): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  return page;
}

/** Every selector of every rule the page has now, inside media rules too. */
const selectors = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const r of Array.from(rules)) {
        if (r instanceof CSSStyleRule) out.push(r.selectorText);
        else if ('cssRules' in r) walk((r as CSSGroupingRule).cssRules);
      }
    };
    for (const s of Array.from(document.styleSheets)) walk(s.cssRules);
    return out;
  });

const style = (page: Page, selector: string, prop: string) =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);

describe('the first load carries only the first screens\u2019 styles; the pages that need more bring them', () => {
  it('the start page has no rule for the glossary, the letters, the chapters or the plan\u2019s ticks', async () => {
    const page = await newPage();
    await page.goto(suite.server.url);
    await page.locator('h1').first().waitFor();
    const all = await selectors(page);
    expect(all.length).toBeGreaterThan(50);
    expect(all.some((s) => s.startsWith('.skip-link'))).toBe(true);
    for (const moved of ['.glossary dt', '.letter-edit', '.link-box', '.term-def', '.tick', '.deadline p']) {
      expect(all.some((s) => s.split(',').map((x) => x.trim()).includes(moved)), moved).toBe(false);
    }
  });

  it('the begrippenlijst, a chapter and a letter are styled when shown', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}#/begrippen`);
    await page.locator('.glossary dt').first().waitFor();
    expect(await style(page, '.glossary dt', 'font-weight')).toBe('700');

    await page.goto(`${suite.server.url}#/lees/thuiszitten`);
    await page.locator('.link-box').first().waitFor();
    expect(await style(page, '.link-box', 'border-inline-start-width')).toBe('6px');
    expect(await style(page, '.sources', 'margin-top')).not.toBe('0px');

    await page.goto(`${suite.server.url}#/brief/verzoek-opp`);
    await page.locator('.letter-edit').first().waitFor();
    expect(parseFloat(await style(page, '.letter-edit', 'min-height'))).toBeGreaterThanOrEqual(300);
    expect(await style(page, '.letter-actions', 'display')).toBe('flex');
  });

  it('the plan\u2019s ticks and date boxes, on screen and on paper', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: LARGEST, position: 'plan', version: 2 });
    await page.goto(`${suite.server.url}#/plan`);
    await page.locator('.step .tick').first().waitFor();
    expect(await style(page, '.step .tick', 'width')).toBe('32px');
    await page.locator('.deadline').first().waitFor();
    expect(await style(page, '.deadline', 'border-top-left-radius')).not.toBe('0px');
    await page.emulateMedia({ media: 'print' });
    // 13pt on paper, a plain box; the date box without its colour.
    expect(parseFloat(await style(page, '.step .tick', 'width'))).toBeCloseTo(17.33, 1);
    expect(await style(page, '.deadline', 'background-color')).toBe('rgba(0, 0, 0, 0)');
  });

  it('a static chapter page and a static letter page get the reading styles with static.css', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}lees/andere-school/`);
    await page.locator('.link-box').first().waitFor();
    expect(await style(page, '.link-box', 'border-inline-start-width')).toBe('6px');
    await page.goto(`${suite.server.url}brief/verzoek-opp/`);
    await page.locator('.letter').first().waitFor();
    expect(await style(page, '.letter', 'white-space')).toBe('pre-wrap');
    expect(await style(page, '.letter-facts dt', 'font-weight')).toBe('700');
  });
});

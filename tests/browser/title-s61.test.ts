/**
 * Session 61: the page title and the focused heading change together. CI once read the check page's title while focus
 * was already on the plan's heading ("Sprawdź swoje odpowiedzi" under "Twój plan"): the title was written in an effect
 * after the paint, the focus before it. A screen reader that reads the title on focus, and a test, saw the old page.
 * Here a listener records the title at the moment each new h1 takes focus, on a walk that mixes page changes (start →
 * question, check page → plan, plan → timeline) and a question patched in place.
 */
import { describe, expect, it } from 'vitest';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { seedStorage } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

const ANSWERS = {
  situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': '2026-11-20', 'thuis-hoeveel': 'helemaal', 'schorsing-datum': '2026-11-20', 'lessen-nu': 'nee', ingeschreven: 'ja',
  'verwijdering-besluit': 'nee', opp: 'nee', onderzoek: 'geen', 'swv-betrokken': 'nee', 'school-zegt': ['geen'], 'lpa-betrokken': 'nee', 'gesprek-gepland': 'nee', tekenen: 'nee',
  'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6', 'aanbod-geweigerd': 'nee',
};

declare global {
  interface Window { __focusTitles: { heading: string; title: string }[] }
}

async function watched(ctx: import('playwright-core').BrowserContext) {
  const page = await ctx.newPage();
  suite.track(ctx, page);
  await page.addInitScript(() => {
    window.__focusTitles = [];
    document.addEventListener('focusin', (e) => {
      const el = e.target as HTMLElement;
      if (el.tagName === 'H1') window.__focusTitles.push({ heading: el.textContent ?? '', title: document.title });
    }, true);
  });
  return page;
}

describe('page title and heading', () => {
  it('when a new h1 takes focus, the title already names it', async () => {
    const seen: { heading: string; title: string }[] = [];
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 800 } });
    let page = await watched(ctx);
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'controleren', version: ANSWERS_VERSION });
    await page.goto('about:blank');
    await page.goto(`${suite.server.url}#/controleren`);
    await page.locator('main .page-review > .button').waitFor();
    await page.locator('main .page-review > .button').click();
    await page.waitForFunction(() => location.hash === '#/plan' && document.activeElement?.tagName === 'H1');
    await page.locator('a[href="#/tijdlijn"]').first().click();
    await page.waitForFunction(() => location.hash === '#/tijdlijn' && document.activeElement?.tagName === 'H1');

    seen.push(...(await page.evaluate(() => window.__focusTitles)));
    await ctx.close();

    // A fresh start: the first question, then the next one patched into the same page.
    const fresh = await suite.browser.newContext({ viewport: { width: 360, height: 800 } });
    page = await watched(fresh);
    await page.goto(`${suite.server.url}#/`);
    await page.locator('main .start-button').click();
    await page.waitForFunction(() => location.hash === '#/vraag/situatie' && document.activeElement?.tagName === 'H1');
    await page.locator('main input[type="checkbox"]').first().check();
    await page.locator('main form button[type="submit"]').last().click();
    await page.waitForFunction(() => location.hash !== '#/vraag/situatie' && document.activeElement?.tagName === 'H1');

    seen.push(...(await page.evaluate(() => window.__focusTitles)));
    await fresh.close();
    expect(seen.map((s) => s.heading).filter(Boolean).length, JSON.stringify(seen)).toBeGreaterThanOrEqual(4);
    for (const s of seen) expect(s.title, `focus on "${s.heading}"`).toContain(s.heading.trim());
  });
});

/**
 * Session 82 (issue 17): a chapter lays out only what is near the screen below where it opens.
 * Chapter 3 is some 20 screens at 360 px. Opened at its top, its first layout had 804 objects and took 77–135 ms at 4×
 * CPU (a CDP trace); with the sections below the first one skipped until they come near (`content-visibility: auto`,
 * reading.css `.later`), 159 objects and 25–33 ms. Sections above a section the page opens at are always laid out: with
 * estimated heights the section moved once they were drawn (scroll-s55's plan → section test failed that way).
 * What must hold for the parent: the text is all there (read aloud, found, printed), a jump down the chapter from
 * "In dit hoofdstuk" lands on its section and stays, and nothing moves what is on the screen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

async function newPage(): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  return page;
}

/** Per section of the open chapter: its id, and whether the browser has laid out its content. */
const laidOut = (page: Page) =>
  page.$$eval('.page-chapter section', (els) => els.map((el) => [el.id, el.querySelector('h2')!.checkVisibility({ contentVisibilityAuto: true })] as const));

describe('a chapter lays out only what is near the screen', () => {
  it('opened at its top: the first section is drawn, the far ones are not, and all their text is in the page', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}#/lees/hulp-op-school`);
    await page.locator('#thuiszitten').waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const sections = await laidOut(page);
    expect(sections.length).toBe(16);
    expect(sections[0]).toEqual(['welke-hulp', true]);
    // Far below the first screen: not laid out (before this session every section was).
    expect(sections.slice(-4).map(([, drawn]) => drawn)).toEqual([false, false, false, false]);
    // Yet their text is in the page, for a screen reader and for find in page.
    expect(await page.locator('#schorsing-verwijdering h2').textContent()).toMatch(/schorsing/i);
  });

  for (const motion of ['reduce', 'no-preference'] as const) {
    it(`"In dit hoofdstuk" → a section far down (motion: ${motion}): it lands at the top and stays there, its heading focused`, async () => {
      const page = await newPage();
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto(`${suite.server.url}#/lees/hulp-op-school`);
      await page.locator('.link-box a[href="#/lees/thuiszitten"]').click();
      await page.waitForFunction(() => document.activeElement?.id === 'thuiszitten-title');
      // Once the scroll has come to rest (smooth without reduced motion): 30 frames of the section's top.
      const tops = await page.evaluate(
        () =>
          new Promise<number[]>((ok) => {
            const tops: number[] = [];
            let last = NaN;
            let still = 0;
            const tick = () => {
              const top = Math.round(document.getElementById('thuiszitten')!.getBoundingClientRect().top);
              if (still < 5) still = top === last ? still + 1 : 0;
              else tops.push(top);
              last = top;
              if (tops.length < 30) requestAnimationFrame(tick);
              else ok(tops);
            };
            requestAnimationFrame(tick);
          }),
      );
      for (const top of tops) expect(Math.abs(top)).toBeLessThan(100);
      expect(await page.evaluate(() => location.hash)).toBe('#/lees/thuiszitten');
    });
  }

  it('opened at a section: every section above it is laid out (their real height puts it at the top)', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}#/lees/handelingsverlegen`);
    await page.waitForFunction(() => document.activeElement?.id === 'handelingsverlegen-title');
    const sections = await laidOut(page);
    const at = sections.findIndex(([id]) => id === 'handelingsverlegen');
    expect(at).toBeGreaterThan(5);
    expect(sections.slice(0, at + 1).every(([, drawn]) => drawn)).toBe(true);
    expect(sections.at(-1)![1]).toBe(false);
    expect(Math.abs(await page.locator('#handelingsverlegen').evaluate((el) => el.getBoundingClientRect().top))).toBeLessThan(100);
  });

  it('printed: every section is drawn', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}#/lees/hulp-op-school`);
    await page.locator('#thuiszitten').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect((await laidOut(page)).every(([, drawn]) => drawn)).toBe(true);
  });
});

/**
 * Session 55 (issue 17): where a new page is painted.
 * - A link to a section of a chapter (`#/lees/thuiszitten`, the plan's "Lees meer") painted the chapter's top first and
 *   then scrolled to the section after the paint, smoothly (styles.css, no reduced motion): at 4× CPU that repainted the
 *   long chapter for more than a second (Lighthouse TBT on the bench's chapter page 189–307 ms before, 148–194 ms after,
 *   three cold runs each). Now the chapter's first painted frame already shows the section at the top, its heading focused.
 * - "Naar mijn plan" at the foot of the long check page: the plan was painted 400–600 px down (the check page's scroll,
 *   clamped) and the heading's focus then scrolled it up smoothly, 25 frames. Now every frame of the plan is at its top,
 *   where "Eerst dit" is.
 * - Back from a step's "Lees meer" ("Terug naar waar je was", or the browser's Back): the plan opened at its top, and the
 *   parent had to find the step again. Now it opens at that step, its heading focused.
 * Each frame is read in requestAnimationFrame, which runs before that frame's paint.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedStorage, wholePlan } from './harness';
import { LARGEST } from '../bench/answers';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

async function newPage(): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  return page;
}

/**
 * From now on, for 40 frames, before each paint: the plan's scroll and whether its h1 is there (`id` undefined), or the
 * top of the element with this id (null while it is not there). Written for the page's own context, so no eval (CSP).
 */
const recordFrames = (page: Page, id?: string) =>
  page.evaluate((id) => {
    const w = window as unknown as { frames_: unknown[] };
    w.frames_ = [];
    const tick = () => {
      const el = id ? document.getElementById(id) : null;
      w.frames_.push(id ? (el ? Math.round(el.getBoundingClientRect().top) : null) : [Math.round(window.scrollY), !!document.querySelector('.page-plan h1')]);
      if (w.frames_.length < 40) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, id);
const framesOf = async (page: Page, frames = 40): Promise<unknown[]> => {
  await page.waitForFunction((n) => (window as unknown as { frames_: unknown[] }).frames_.length >= n, frames);
  return page.evaluate(() => (window as unknown as { frames_: unknown[] }).frames_);
};

describe('a new page is painted where the parent should see it, at once', () => {
  it('a link to a section: the first frame with the section in it has the section at the top, and stays there', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { frames_: number[] };
      w.frames_ = [];
      const tick = () => {
        const el = document.getElementById('thuiszitten');
        if (el) w.frames_.push(Math.round(el.getBoundingClientRect().top));
        if (w.frames_.length < 30) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto(`${suite.server.url}#/lees/thuiszitten`);
    const frames = (await framesOf(page, 30)) as number[];
    // The section sits at the top (its scroll-margin at most), from the first frame on: no frame shows it lower down.
    expect(frames.length).toBe(30);
    for (const top of frames) expect(Math.abs(top)).toBeLessThan(100);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('thuiszitten-title');
  });

  it('"Naar mijn plan" at the foot of the check page: the plan is at its top in every frame, its h1 focused', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: LARGEST, position: 'review', version: 2 });
    await page.goto(`${suite.server.url}#/controleren`);
    const toPlan = page.getByRole('button', { name: /Naar mijn plan/ });
    await toPlan.waitFor();
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
    await page.waitForFunction(() => window.scrollY > 2000);
    await recordFrames(page);
    await toPlan.click();
    const frames = (await framesOf(page)) as [number, boolean][];
    const plan = frames.filter(([, isPlan]) => isPlan);
    expect(plan.length).toBeGreaterThan(10);
    expect(plan.map(([y]) => y)).toEqual(plan.map(() => 0));
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('from the plan to a section and back, twice (the second time the chapter is already loaded)', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: LARGEST, position: 'plan', version: 2 });
    await page.goto(`${suite.server.url}#/plan`);
    await wholePlan(page);
    const href = (await page.locator('.step a[href^="#/lees/"]').nth(3).getAttribute('href'))!;
    const id = href.split('/').pop()!;
    const stepTitle = (await page.locator(`.step:has(a[href="${href}"])`).first().getAttribute('id'))!.replace(/-item$/, '');
    for (let round = 0; round < 2; round++) {
      await recordFrames(page, id);
      await page.locator(`.step a[href="${href}"]`).first().click();
      const tops = ((await framesOf(page)) as (number | null)[]).filter((t): t is number => t !== null);
      expect(tops.length).toBeGreaterThan(10);
      for (const top of tops) expect(Math.abs(top)).toBeLessThan(100);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${id}-title`);
      await page.goBack();
      await page.locator('.page-plan h1').waitFor();
      // Back lands on the step the link was in (its heading focused), as the two tests below read frame by frame.
      await page.waitForFunction((t) => document.activeElement?.id === t, stepTitle);
    }
  });

  for (const way of ['link', 'Back'] as const) {
    it(`back from a step's "Lees meer" by ${way === 'link' ? '"Terug naar waar je was"' : 'Back'}: the plan opens at that step, in every frame`, async () => {
      const page = await newPage();
      await seedStorage(page, suite.server.url, { answers: LARGEST, position: 'plan', version: 2 });
      await page.goto(`${suite.server.url}#/plan`);
      await wholePlan(page);
      // A step well down the plan (the sixth with a "Lees meer").
      const item = page.locator('li.step').filter({ has: page.locator('a[href^="#/lees/"]') }).nth(5);
      const itemId = (await item.getAttribute('id'))!;
      const section = (await item.locator('a[href^="#/lees/"]').last().getAttribute('href'))!.split('/').pop()!;
      await item.locator('a[href^="#/lees/"]').last().click();
      await page.locator('.page-chapter h1').waitFor();
      await recordFrames(page, itemId);
      // Session 56: the link where the section's text ends (the one at the chapter's top is out of view).
      if (way === 'link') await page.locator(`section#${section}`).getByRole('link', { name: 'Terug naar waar je was' }).click();
      else await page.goBack();
      const tops = ((await framesOf(page)) as (number | null)[]).filter((t): t is number => t !== null);
      expect(tops.length).toBeGreaterThan(10);
      for (const top of tops) expect(Math.abs(top)).toBeLessThan(100);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(itemId.replace(/-item$/, ''));
      // Once: the plan opened again from elsewhere starts at its top.
      await page.goto(`${suite.server.url}#/brieven`);
      await page.locator('main h1').waitFor();
      await page.locator('.site-nav a[href="#/tijdlijn"]').click();
      await page.locator('main h1').waitFor();
      await page.evaluate(() => (location.hash = '#/plan'));
      await page.locator('.page-plan h1').waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  }
});

describe('session 56: the way back where the opened section ends', () => {
  it('a section opened from a plan step has "Terug naar waar je was" at its end, in view once the section is read; other sections have none', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: LARGEST, position: 'plan', version: 2 });
    await page.goto(`${suite.server.url}#/plan`);
    await wholePlan(page);
    const link = page.locator('li.step a[href^="#/lees/"]').nth(4);
    const section = (await link.getAttribute('href'))!.split('/').pop()!;
    await link.click();
    await page.locator('.page-chapter h1').waitFor();
    await page.waitForFunction((id) => document.activeElement?.id === `${id}-title`, section);
    const back = page.locator(`section#${section} .back-link`);
    expect(await back.count()).toBe(1);
    // The top one and the section's: no other section has one.
    expect(await page.locator('.page-chapter .back-link').count()).toBe(2);
    // The section's last element is the way back: reading to its end brings it into view.
    expect(await page.evaluate((id) => document.getElementById(id)!.lastElementChild!.querySelector('.back-link') !== null, section)).toBe(true);
    await back.scrollIntoViewIfNeeded();
    expect(await back.isVisible()).toBe(true);
    // A chapter opened at its top (from the list of chapters) has the way back once, at the top.
    await page.goto(`${suite.server.url}#/lees`);
    await page.locator('.chapter-list a').first().click();
    await page.locator('.page-chapter h1').waitFor();
    expect(await page.locator('.page-chapter section .back-link').count()).toBe(0);
  });
});

describe('session 57: a section opened by a link on a first load', () => {
  it('its heading has focus but no focus box until a key is pressed; Tab then shows a box on what it reaches', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}#/lees/thuiszitten`);
    await page.waitForFunction(() => document.activeElement?.id === 'thuiszitten-title');
    const boxOf = () => page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow);
    expect(await boxOf()).toBe('none');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('H2');
    const focused = await page.evaluate(() => { const s = getComputedStyle(document.activeElement!); return [s.boxShadow, s.outlineStyle, s.backgroundColor]; });
    expect(focused.some((v) => v !== 'none' && v !== 'rgba(0, 0, 0, 0)')).toBe(true);
  });
});

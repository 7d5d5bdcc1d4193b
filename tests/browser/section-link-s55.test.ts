/**
 * Session 55 (issue 17): a link to a section of a chapter (`#/lees/thuiszitten`, the plan's "Lees meer") painted the
 * chapter's top first and then scrolled to the section after the paint, smoothly (styles.css, no reduced motion): at
 * 4× CPU that repainted the long chapter for more than a second (Lighthouse TBT on the bench's chapter page 189–307 ms
 * before, 148–194 ms after, three cold runs each). Now the chapter's first painted frame already shows the section at
 * the top, with its heading focused.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

describe('a link to a section opens the chapter at that section', () => {
  it('the first frame with the section in it has the section at the top, and stays there', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    suite.track(ctx, page);
    // Each frame (requestAnimationFrame runs before that frame's paint): where the section is, once it is there.
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
    await page.waitForFunction(() => (window as unknown as { frames_: number[] }).frames_.length >= 30);
    const frames = await page.evaluate(() => (window as unknown as { frames_: number[] }).frames_);
    // The section sits at the top (its scroll-margin at most), from the first frame on: no frame shows it lower down.
    expect(frames.length).toBe(30);
    for (const top of frames) expect(Math.abs(top)).toBeLessThan(100);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('thuiszitten-title');
    await ctx.close();
  });
});

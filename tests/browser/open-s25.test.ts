/**
 * Session 25 (s25-open): the "this is a translation, the Dutch text is leading" note sat flush against the header at
 * 360 px (main's own padding is taken by .wrap): 0 px between the header's edge and the note's first line, the worst
 * in Arabic with its line height of 1.7. Now a gap, the same in both directions (margin-block-start), in the app and on
 * the static reading pages, which share the stylesheet. Looked at: /tmp screenshots at 360 px, ar, before and after.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

/** Pixels between the header's bottom edge and the top of the note, at 360 px. */
async function gap(path: string): Promise<{ gap: number; dir: string }> {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  await page.goto(`${suite.server.url}${path}`);
  await page.waitForSelector('main .lang-note');
  const r = await page.evaluate(() => ({
    gap: document.querySelector('main .lang-note')!.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    dir: document.documentElement.dir,
  }));
  await ctx.close();
  return r;
}

describe('the translation note has room under the header at 360 px', () => {
  for (const path of ['#/lees?taal=ar', '#/begrippen?taal=ar', '#/lees?taal=en', 'ar/lees/', 'ar/begrippen/']) {
    it(path, async () => {
      const r = await gap(path);
      if (path.includes('ar')) expect(r.dir).toBe('rtl');
      expect(r.gap).toBeGreaterThanOrEqual(8);
      expect(r.gap).toBeLessThanOrEqual(24);
    });
  }
});

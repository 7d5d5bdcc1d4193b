/**
 * Session 80 (s80-gaps, 4): in the Arabic plan at 360 px a bracketed Dutch term keeps its brackets on its own sides, as
 * in Dutch: the "(" left of "Landelijke", the ")" right of "LBT", and "(basis)" in "(speciaal (basis)onderwijs)" in that
 * order. Before (the brackets outside the isolate, src/content/compile/bidi.ts), the opening bracket stood mirrored to
 * the right of "Landelijke" at a line's start and "(basis)onderwijs" read "onderwijs(basis)". Needs dist/ (`npx vite build`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { ROOT, seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();
// A TLV granted on 20 October 2026, not agreed with, groep 7/8: tlv-bezwaar's check names the LBT, overstap-later's
// note (session 80) "speciaal (basis)onderwijs".
const answers = { ...(JSON.parse(readFileSync(join(ROOT, 'tests/answers/tlv-besluit-oneens.json'), 'utf8')) as { answers: Record<string, unknown> }).answers, groep: 'groep-7-8' };

/** Left and right (px) of each occurrence of `needle` in the text of the first <main> paragraph holding `para`. */
const boxes = (page: import('playwright-core').Page, para: string, needle: string) =>
  page.evaluate(({ para, needle }) => {
    const p = [...document.querySelectorAll('main p')].find((x) => x.textContent!.includes(para));
    if (!p) return [];
    const out: { left: number; right: number; top: number }[] = [];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.textContent!;
      for (let i = t.indexOf(needle); i >= 0; i = t.indexOf(needle, i + 1)) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + needle.length);
        const b = r.getBoundingClientRect();
        out.push({ left: b.left, right: b.right, top: b.top });
      }
    }
    return out;
  }, { para, needle });

describe('Arabic: bracketed Dutch terms at 360 px', () => {
  it('keep their brackets on the Dutch sides, also when they wrap', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await ctx.newPage();
    suite.track(ctx, page);
    await seedStorage(page, suite.server.url, { answers, lang: 'ar', version: ANSWERS_VERSION });
    await page.goto(`${suite.server.url}#/plan`);
    await wholePlan(page);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));

    // tlv-bezwaar's check: one pair of brackets, around "Landelijke … LBT".
    const word = await boxes(page, 'Landelijke', 'Landelijke');
    const lbt = await boxes(page, 'Landelijke', 'LBT');
    const bracketOpen = await boxes(page, 'Landelijke', '(');
    const bracketClose = await boxes(page, 'Landelijke', ')');
    expect([word.length, lbt.length, bracketOpen.length, bracketClose.length]).toEqual([1, 1, 1, 1]);
    expect(bracketOpen[0]!.right).toBeLessThanOrEqual(word[0]!.left + 1);
    expect(bracketClose[0]!.left).toBeGreaterThanOrEqual(lbt[0]!.right - 1);

    const inner = await boxes(page, 'basis)onderwijs', '(basis)');
    expect(inner.length, 'the note with "(speciaal (basis)onderwijs)"').toBeGreaterThan(0);
    const onderwijs = await boxes(page, 'basis)onderwijs', ')onderwijs');
    // "(basis)onderwijs)" has no space: one line, read left to right.
    expect(inner[0]!.top).toBe(onderwijs[0]!.top);
    expect(inner[0]!.left).toBeLessThan(onderwijs[0]!.left);
    await ctx.close();
  });
});

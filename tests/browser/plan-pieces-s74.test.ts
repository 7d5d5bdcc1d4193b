/**
 * Issue 17, session 74: below "Eerst dit" the plan is drawn a piece per frame (PlanPage's `InParts`), not in one task
 * (with the largest answers that task was 321 ms of script at Lighthouse's 4× CPU, most of the plan page's blocking
 * time). In real Chromium against dist/:
 * - no commit after the first screen adds more than a few steps' worth of elements, and in the end every step is there;
 * - printing right after the first screen prints the whole plan (the rest is drawn before the print is laid out);
 * - "Naar de stap" tapped before its step is drawn still brings the step into view and focuses its heading.
 * Each check is taken at the first screen's own commit (a MutationObserver callback) or in the frame after it, when no
 * piece is drawn yet (each test checks that), so none depends on how fast this machine is.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedStorage } from './harness';
import { useBrowserSuite } from './suite';
import { LARGEST } from '../bench/answers';

const suite = useBrowserSuite();
const NOW = new Date('2026-11-30T10:00:00+01:00');

/**
 * In the page, before the app: elements added per MutationObserver batch (one batch per commit), and, at the batch
 * that brings "Eerst dit", `atFirst(window)` run there and then.
 */
async function openPlan(atFirst: string, width = 360): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width, height: 740 } });
  await ctx.clock.setFixedTime(NOW);
  await ctx.addInitScript({
    content: `globalThis.__name = (f) => f;
      window.__batches = []; window.__at = {};
      new MutationObserver((ms) => {
        let n = 0;
        for (const m of ms) for (const a of m.addedNodes) if (a.nodeType === 1) n += 1 + a.querySelectorAll('*').length;
        if (n) window.__batches.push({ n, first: !!document.querySelector('.first-things') });
        if (!window.__at.done && document.querySelector('.first-things')) { window.__at.done = true; (${atFirst})(window); }
      }).observe(document, { childList: true, subtree: true });`,
  });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  await seedStorage(page, suite.server.url, { answers: LARGEST as never, position: 'plan' });
  await page.goto(`${suite.server.url}#/plan`);
  await page.locator('#print-personal').waitFor();
  return page;
}

const stepsNow = (page: Page) => page.locator('.page-plan li.step').count();

describe('the plan below its first screen, a piece per frame', () => {
  it('no commit after "Eerst dit" draws more than a few steps, and every step comes', async () => {
    const page = await openPlan('() => {}');
    await page.waitForTimeout(300);
    const batches = await page.evaluate(() => (window as unknown as { __batches: { n: number; first: boolean }[] }).__batches);
    const after = batches.slice(batches.findIndex((b) => b.first) + 1).map((b) => b.n);
    const steps = await stepsNow(page);
    // The largest answers give over twenty steps (about 560 elements below the first screen): in one commit before.
    expect(steps).toBeGreaterThan(20);
    expect(after.length, `commits after the first screen: ${after.join(', ')}`).toBeGreaterThan(8);
    expect(Math.max(...after), `elements per commit after the first screen: ${after.join(', ')}`).toBeLessThan(150);
    // In the order of the groups, each step once.
    const ids = await page.locator('.page-plan li.step').evaluateAll((li) => li.map((l) => l.id));
    expect(new Set(ids).size).toBe(ids.length);
    const groups = await page.locator('.page-plan .step-group').evaluateAll((s) => s.map((g) => g.className));
    expect(groups.length).toBeGreaterThan(1);
  });

  it('printing at the first screen prints every step', async () => {
    const page = await openPlan(`(w) => {
      w.__at.before = document.querySelectorAll('.page-plan li.step').length;
      w.dispatchEvent(new Event('beforeprint'));
      // What the print would lay out: the page after this event's microtasks.
      queueMicrotask(() => queueMicrotask(() => (w.__at.printed = document.querySelectorAll('.page-plan li.step').length)));
    }`);
    const at = await page.evaluate(() => (window as unknown as { __at: { before: number; printed: number } }).__at);
    expect(at.before, 'no step is drawn at the first screen\'s commit').toBe(0);
    expect(at.printed).toBe(await stepsNow(page));
    expect(at.printed).toBeGreaterThan(20);
  });

  it('"Naar de stap" tapped before the steps are drawn goes to the step', async () => {
    // After the page's own effects of the first frame (the heading's focus), before the first piece (a frame later).
    const page = await openPlan(`(w) => requestAnimationFrame(() => setTimeout(() => setTimeout(() => {
      w.__at.before = document.querySelectorAll('.page-plan li.step').length;
      const button = document.querySelector('.first-things button.link-button');
      w.__at.tapped = !!button;
      button?.click();
    })))`);
    const at = await page.evaluate(() => (window as unknown as { __at: { before: number; tapped: boolean } }).__at);
    expect(at.before).toBe(0);
    expect(at.tapped).toBe(true);
    await page.waitForFunction(() => document.activeElement?.matches('.page-plan li.step h3') ?? false, undefined, { timeout: 5000 });
    // In view once the scroll is over (it may be smooth).
    await page.waitForFunction(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }, undefined, { timeout: 5000 });
  });
});

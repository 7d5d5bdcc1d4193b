import { describe, expect, it } from 'vitest';
import { fakeWindow } from './fake-window';

/**
 * Issue 17, the "Begin" tap (the slowest tap of a walk): the machine's BEGIN moves the page to the
 * first question, and startOrResume then asks for that same page again. That second ask wrote the
 * waiting history entry inside the tap (history.pushState, 2-11 ms at 4× CPU) instead of after the
 * frame.
 */
describe('"Begin" on a fresh device', () => {
  it('shows the first question in the tap and writes one history entry after the frame', async () => {
    const { win, pushes, location } = fakeWindow('#/', {});
    const c = await import('../../src/app/controller');
    await c.boot(win);
    expect(c.getState().route.page).toBe('start');
    // The machine loads at idle on the start page; wait for it, so the tap below is the tap itself.
    c.startFlowSoon(win);
    await new Promise((r) => setTimeout(r, 1500));
    let emits = 0;
    c.subscribe(() => emits++);

    c.startOrResume(win);
    // In the tap: the page is the first question and no history entry yet.
    expect(c.getState().route).toEqual({ page: 'question', id: 'situatie' });
    expect(c.getState().position).toBe('situatie');
    expect(pushes).toEqual([]);
    expect(emits).toBeGreaterThan(0);
    // After the frame: exactly one entry, for the first question (back goes to the start page).
    await new Promise((r) => setTimeout(r, 50));
    expect(pushes).toEqual(['#/vraag/situatie']);
    expect(location.hash).toBe('#/vraag/situatie');
  });
});

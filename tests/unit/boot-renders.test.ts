import { describe, expect, it } from 'vitest';
import { LARGEST } from '../bench/answers';
import { fakeWindow } from './fake-window';

/**
 * Issue 17, the plan page's boot: the plan renders without waiting for the questionnaire's machine
 * (XState). When the machine arrives later and agrees that the parent is on the plan, with the same
 * answers, nothing changed: no new state, so the plan of ~40 steps is not rendered (and computed)
 * again. It was, twice, and that was about a third of the boot script.
 */
describe('the machine arriving on a page the answers allow', () => {
  it('changes no state: the plan is not rendered or computed again', async () => {
    const answers = JSON.stringify({ version: 2, answers: LARGEST, position: 'plan', savedAt: '' });
    const { win, fire } = fakeWindow('#/plan', { 'wegwijzer.answers': answers });
    const c = await import('../../src/app/controller');
    await c.boot(win);
    const before = c.getState();
    expect(before.route.page).toBe('plan');
    expect(before.position).toBe('plan');
    let emits = 0;
    c.subscribe(() => emits++);
    // On the plan the machine waits for the parent's first tap (not in the page's boot)…
    c.startFlowSoon(win);
    await new Promise((r) => setTimeout(r, 300));
    // …then loads (a dynamic import) and moves itself to the plan.
    fire('pointerdown');
    await new Promise((r) => setTimeout(r, 1000));
    const after = c.getState();
    expect(emits).toBe(0);
    expect(after.version).toBe(before.version);
    expect(after.answers).toBe(before.answers);
    // It is there (a SHOW is taken at once, not after a load), and a real change does emit.
    c.send({ type: 'SHOW', to: 'review' });
    expect(c.getState().position).toBe('review');
    expect(emits).toBeGreaterThan(0);
  });
});

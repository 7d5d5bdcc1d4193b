import { describe, expect, it } from 'vitest';
import { whenIdleInTurn } from '../../src/ui/lazy';

/** A window whose idle callbacks run only when the test says so, one per call. */
function idleWindow() {
  const queue: (() => void)[] = [];
  const win = {
    requestIdleCallback: (f: () => void) => queue.push(f),
    cancelIdleCallback: (id: number) => void (queue[id - 1] = () => {}),
  } as unknown as Window;
  return { win, queue, runOne: async () => (queue.shift()?.(), await new Promise((r) => setTimeout(r))) };
}

describe('whenIdleInTurn: the question page loads the check page, the plan and the step texts one at a time (issue 17)', () => {
  it('starts each load in an idle moment of its own, after the one before it is in', async () => {
    const { win, queue, runOne } = idleWindow();
    const started: string[] = [];
    let finishPlan = () => {};
    const loads = [
      () => void started.push('review'),
      () => (started.push('plan'), new Promise<void>((done) => (finishPlan = done))),
      () => void started.push('steps'),
    ];
    whenIdleInTurn(loads, 3000, 1000, win);
    expect(started).toEqual([]);
    expect(queue).toHaveLength(1);
    await runOne();
    expect(started).toEqual(['review']);
    expect(queue).toHaveLength(1);
    await runOne();
    expect(started).toEqual(['review', 'plan']);
    // The plan's files are not in yet: nothing else is asked for.
    expect(queue).toHaveLength(0);
    finishPlan();
    await new Promise((r) => setTimeout(r));
    expect(queue).toHaveLength(1);
    await runOne();
    expect(started).toEqual(['review', 'plan', 'steps']);
    expect(queue).toHaveLength(0);
  });

  it('a load that fails (offline, a new version) does not stop the ones after it', async () => {
    const { win, runOne } = idleWindow();
    const started: string[] = [];
    whenIdleInTurn([() => (started.push('a'), Promise.reject(new Error('offline'))), () => void started.push('b')], 3000, 1000, win);
    await runOne();
    await runOne();
    expect(started).toEqual(['a', 'b']);
  });

  it('cancelled (the parent left the question page): no load after that starts', async () => {
    const { win, queue, runOne } = idleWindow();
    const started: string[] = [];
    const cancel = whenIdleInTurn([() => void started.push('a'), () => void started.push('b')], 3000, 1000, win);
    await runOne();
    cancel();
    while (queue.length) await runOne();
    expect(started).toEqual(['a']);
  });
});

/**
 * Session 81 (issue 17): the timeline's plan code (src/meeting/plan.ts withMeetings and src/timeline/earlier.ts) loads only
 * with a timeline that holds events (src/app/timeline-code.ts). This holds the split to three things:
 * 1. the plan page reads the same plan as before, for every scenario: without events from the answers alone, with the
 *    code not loaded; with events from the loaded code, as before;
 * 2. with events and the code not loaded there is no plan at all (never one without the timeline's steps), and the gate
 *    that the plan and letter pages render through waits for it;
 * 3. the code the plan and letter pages import statically does not reach the timeline's plan code (else the bundler puts it
 *    back into their file, and the split is gone without a test noticing).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadScenarios } from '../scenarios/suite';
import { storedTimeline, timelinePlan } from '../scenarios/run';
import type { TimelineData } from '../../src/timeline/model';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';
import { COMPILE_HINT, compileHint } from '../../src/prerender/chunks';

const scenarios = loadScenarios();

/** A scenario's answers and timeline as the device stores them (its events logged one by one, as timelinePlan does). */
function stored(s: (typeof scenarios)[number]): { answers: Answers; timeline: TimelineData | undefined } {
  const { answers, data } = storedTimeline(s);
  return { answers, timeline: s.timeline?.length ? data : undefined };
}

/** timelineDoor and timeline-code as a fresh page has them: the timeline's code not loaded. */
async function freshDoor() {
  vi.resetModules();
  const code = await import('../../src/app/timeline-code');
  const door = await import('../../src/ui/components/timelineDoor');
  return { code, door };
}

describe('session 81: the plan without the timeline code is the same plan', () => {
  it('every scenario without events: planOf with the code not loaded gives the plan the timeline code gives', async () => {
    const { code, door } = await freshDoor();
    const without = scenarios.filter((s) => !s.timeline?.length);
    expect(without.length).toBeGreaterThan(700);
    for (const s of without) {
      const { answers } = stored(s);
      // As stored on a device that never logged an event, and on one whose events were all deleted (base kept).
      for (const timeline of [undefined, { events: [], base: { 'aanmelding-datum': '2026-01-05' } }]) {
        expect(door.planOf({ answers, timeline }, s.today as IsoDate), s.id).toEqual(timelinePlan(s));
      }
    }
    expect(code.timelineCode(), 'no plan without events loaded the code').toBeUndefined();
  });

  it('every scenario with events: the loaded code gives the plan as before', async () => {
    const { code, door } = await freshDoor();
    const withEvents = scenarios.filter((s) => s.timeline?.length);
    expect(withEvents.length).toBeGreaterThan(250);
    await code.loadTimelineCode();
    for (const s of withEvents) expect(door.planOf(stored(s), s.today as IsoDate), s.id).toEqual(timelinePlan(s));
  });

  it('with events and the code not loaded, planOf gives no plan (it throws); once loaded, the plan', async () => {
    const { code, door } = await freshDoor();
    const s = scenarios.find((x) => x.timeline?.length)!;
    expect(code.hasEvents(stored(s).timeline)).toBe(true);
    expect(() => door.planOf(stored(s), s.today as IsoDate)).toThrow(/not loaded/);
    await code.loadTimelineCode();
    expect(door.planOf(stored(s), s.today as IsoDate).steps.length).toBeGreaterThan(0);
  });

  it('hasEvents reads stored data without the timeline code: only an events list with entries counts', async () => {
    const { code } = await freshDoor();
    for (const raw of [undefined, null, 'x', {}, { events: [] }, { events: {} }, { base: { a: 1 } }]) expect(code.hasEvents(raw), JSON.stringify(raw)).toBe(false);
    // An entry this version cannot read still counts: the plan then waits for the code, which reads (and drops) it.
    for (const raw of [{ events: [{}] }, { events: [{ id: 'a', kind: 'gesprek', date: '2026-01-05' }], base: {} }]) expect(code.hasEvents(raw)).toBe(true);
  });
});

describe('session 81: the plan and letter pages do not import the timeline plan code statically', () => {
  const ROOT = resolve(__dirname, '../..');
  const FORBIDDEN = ['src/meeting/plan.ts', 'src/timeline/earlier.ts'];
  /** Every module a file reaches through static value imports (not `import type`, not `import()`). */
  function staticGraph(start: string): Set<string> {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(join(ROOT, file), 'utf8');
      for (const m of src.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gms)) {
        if (m[1]) continue;
        // `import { a, type B }` with only types is erased too; a value in the braces keeps it.
        const braces = /\{([^}]*)\}/.exec(m[0])?.[1];
        if (braces !== undefined && /^(?:import|export)\s*\{/.test(m[0]) && braces.split(',').every((x) => !x.trim() || /^type\s/.test(x.trim()))) continue;
        const base = resolve(dirname(join(ROOT, file)), m[2]!);
        const found = ['.ts', '.tsx', '/index.ts', ''].map((e) => base + e).find((p) => { try { return readFileSync(p) && /\.(ts|tsx)$/.test(p); } catch { return false; } });
        if (found) walk(found.slice(ROOT.length + 1));
      }
    };
    walk(start);
    return seen;
  }
  for (const page of ['src/ui/pages/PlanPage.tsx', 'src/ui/pages/LettersPage.tsx']) {
    it(`${page} reaches neither ${FORBIDDEN.join(' nor ')}`, () => {
      const graph = staticGraph(page);
      expect(graph.size).toBeGreaterThan(30);
      expect(graph.has('src/rules/plan.ts')).toBe(true);
      for (const f of FORBIDDEN) expect(graph.has(f), f).toBe(false);
    });
  }
  it('the meeting page does reach it (the walk sees through to the timeline code where it is imported)', () => {
    expect(staticGraph('src/ui/pages/MeetingPage.tsx').has('src/timeline/earlier.ts')).toBe(true);
  });
});

describe('session 81: the timeline plan code is compiled as it streams in, like shared', () => {
  it('its file gets the compile hint; the timeline and meeting pages still do not', () => {
    expect(compileHint({ name: 'plan', isEntry: false, fileName: 'assets/timeline-plan-B2EdRiX.js' })).toBe(COMPILE_HINT);
    for (const fileName of ['assets/TimelinePage-CuaBY5J.js', 'assets/MeetingPage-Ct5ijzn.js', 'assets/plan-CKqoAIi.js']) expect(compileHint({ name: 'x', isEntry: false, fileName }), fileName).toBe('');
  });
});

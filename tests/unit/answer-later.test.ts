import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { fakeWindow } from './fake-window';
import { flowMachine, positionOf, type FlowEvent } from '../../src/flow/machine';
import { questions, questionById, type Question } from '../../src/flow/questions';
import { canShow } from '../../src/flow/route';
import { DONT_KNOW, type AnswerValue } from '../../src/flow/answers';

/**
 * Issue 17: "Volgende" draws the next question from route.ts (positionAfterAnswer) and the machine
 * hears the answer right after that frame (controller.ts answerQuestion). These tests hold the
 * controller to the machine: every page and every answer it shows is the one the machine, told at
 * once, would show, whatever comes in between (Vorige, a jump, a change link, another answer).
 */

// Every event the app's machine receives, in order (the controller loads the machine lazily).
const received: FlowEvent[] = [];
vi.mock('../../src/flow/machine', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/flow/machine')>();
  return {
    ...real,
    startFlow: (answers: Parameters<typeof real.startFlow>[0]) => {
      const actor = real.startFlow(answers);
      const send = actor.send.bind(actor);
      actor.send = (event: FlowEvent) => (received.push(event), send(event));
      return actor;
    },
  };
});

const DATES = ['2024-02-29', '2025-09-02', '2026-10-01'];
function validValue(q: Question, pick: number): AnswerValue {
  const options = q.options ?? [];
  if (q.type === 'date') return q.dontKnow && pick % 4 === 0 ? DONT_KNOW : DATES[pick % DATES.length]!;
  if (q.type === 'multi') {
    const free = options.filter((o) => !(q.exclusive ?? []).includes(o));
    return free.filter((_, i) => (pick >> i) & 1).length ? free.filter((_, i) => (pick >> i) & 1) : [free[pick % free.length]!];
  }
  return options[pick % options.length]!;
}

const frame = () => new Promise((r) => setTimeout(r, 5));

async function bootFresh() {
  const { win } = fakeWindow('#/', {});
  const c = await import('../../src/app/controller');
  await c.boot(win);
  c.startFlowSoon(win);
  await new Promise((r) => setTimeout(r, 1500));
  return { c, win };
}

describe('an answer drawn before the machine hears it', () => {
  it('the machine hears "Volgende" after the frame, and the page is the next one in the tap', async () => {
    const { c, win } = await bootFresh();
    c.startOrResume(win);
    await frame();
    received.length = 0;
    c.answerQuestion(['thuiszitten'], win);
    // In the tap: the next question is on screen and saved, the machine not yet told.
    expect(c.getState().route).toEqual({ page: 'question', id: 'thuis-reden' });
    expect(c.getState().position).toBe('thuis-reden');
    expect(JSON.parse(win.localStorage.getItem('wegwijzer.answers') ?? 'null')).not.toBeNull();
    expect(received).toEqual([]);
    await frame();
    expect(received).toEqual([{ type: 'ANSWER', value: ['thuiszitten'] }]);
    // Anything that moves the machine first hands it the waiting answer: "Vorige" right after the tap.
    received.length = 0;
    c.answerQuestion(validValue(questionById.get('thuis-reden')!, 0), win);
    const next = c.getState().position;
    expect(next).not.toBe('thuis-reden');
    c.send({ type: 'BACK' });
    expect(received.map((e) => e.type)).toEqual(['ANSWER', 'BACK']);
    expect(c.getState().position).toBe('thuis-reden');
    await frame();
    expect(received.map((e) => e.type)).toEqual(['ANSWER', 'BACK']);
  });

  it('shows what the machine would show, after every tap and every other event in between', async () => {
    const { c, win } = await bootFresh();
    type Step = { kind: 'answer'; pick: number } | { kind: 'back' } | { kind: 'show'; to: number } | { kind: 'edit'; q: number } | { kind: 'frame' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      { weight: 8, arbitrary: fc.nat().map((pick) => ({ kind: 'answer' as const, pick })) },
      { weight: 1, arbitrary: fc.constant({ kind: 'back' as const }) },
      { weight: 1, arbitrary: fc.nat().map((to) => ({ kind: 'show' as const, to })) },
      { weight: 1, arbitrary: fc.nat().map((q) => ({ kind: 'edit' as const, q })) },
      { weight: 3, arbitrary: fc.constant({ kind: 'frame' as const }) },
    );
    const positions = ['review', 'plan', ...questions.map((q) => q.id)];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv'), fc.array(step, { minLength: 5, maxLength: 60 }), async (situation, steps) => {
        c.wipeAll(win);
        c.startOrResume(win);
        await frame();
        const reference = createActor(flowMachine, { input: { answers: {} } }).start();
        reference.send({ type: 'BEGIN' });
        const same = (when: string) => {
          const snap = reference.getSnapshot();
          expect(c.getState().position, when).toBe(positionOf(snap));
          expect(JSON.stringify(c.getState().answers), when).toBe(JSON.stringify(snap.context.answers));
        };
        for (const s of [{ kind: 'answer', pick: -1 } as Step, ...steps]) {
          const at = c.getState().position;
          const q = questionById.get(at);
          if (s.kind === 'answer' && q) {
            const value = q.id === 'situatie' ? [situation] : validValue(q, s.pick);
            c.answerQuestion(value, win);
            reference.send({ type: 'ANSWER', value });
          } else if (s.kind === 'back') {
            c.send({ type: 'BACK' });
            reference.send({ type: 'BACK' });
          } else if (s.kind === 'show') {
            const to = positions[s.to % positions.length]!;
            c.send({ type: 'SHOW', to });
            reference.send({ type: 'SHOW', to });
          } else if (s.kind === 'edit') {
            const id = questions[s.q % questions.length]!.id;
            if (!canShow(id, reference.getSnapshot().context.answers)) continue;
            c.send({ type: 'EDIT', question: id });
            reference.send({ type: 'EDIT', question: id });
          } else if (s.kind === 'frame') await frame();
          same(`${s.kind} at ${at}`);
        }
        await frame();
        same('after the last frame');
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

/**
 * Random walks through the real questionnaire machine (src/flow/machine.ts): fast-check sends
 * thousands of random event sequences (BEGIN, ANSWER with valid and invalid values, BACK, SHOW,
 * EDIT, CONFIRM, RESTORE with junk, RESET) and checks after every single event that the machine
 * is in a sane place and never loses an answer the parent gave.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { flowMachine, positionOf, type FlowEvent } from '../../src/flow/machine';
import { questions, questionById, type Question } from '../../src/flow/questions';
import { applicableAnswers, canShow, firstUnanswered, isComplete, isValidAnswer, type Position } from '../../src/flow/route';
import { nextPosition, previousPosition } from '../../src/flow/walk';
import { DONT_KNOW, type AnswerValue, type Answers } from '../../src/flow/answers';

const RUNS = 10_000;
const MAX_LENGTH = 60;

const POSITIONS: readonly Position[] = ['start', ...questions.map((q) => q.id), 'reading', 'review', 'plan'];
const KNOWN = new Set<string>(POSITIONS);
const JUNK_IDS = ['', 'onbekend', '__proto__', 'constructor', 'vraag/opp', 'REVIEW'];
const JUNK_VALUES: unknown[] = ['', 'x', 'JA', ' ja', '2026-02-30', '2026-13-01', '31-12-2026', 'weet-niet ', [], [''], ['geen', 'klas-vol'], ['ja', 'ja'], 7, null, true, {}];
const DATES = ['2020-01-31', '2024-02-29', '2025-09-02', '2026-10-01', '2026-11-16', '2030-06-15'];

/**
 * An event is generated as a recipe; the concrete event is made against the current state, so
 * that "a valid answer to the question on screen" can be expressed. `pick` chooses among options.
 */
type Recipe =
  | { kind: 'BEGIN' | 'BACK' | 'CONFIRM' | 'RESET' }
  | { kind: 'ANSWER'; valid: boolean; pick: number; mask: number }
  | { kind: 'SHOW'; to: string }
  | { kind: 'EDIT'; question: string }
  | { kind: 'RESTORE'; answers: Record<string, unknown> };

function validValue(q: Question, pick: number, mask: number): AnswerValue {
  const options = q.options ?? [];
  switch (q.type) {
    case 'choice':
      return options[pick % options.length]!;
    case 'multi': {
      const exclusive = q.exclusive ?? [];
      const free = options.filter((o) => !exclusive.includes(o));
      // Either one exclusive option on its own, or a non-empty subset of the others.
      if (exclusive.length && pick % 4 === 0) return [exclusive[pick % exclusive.length]!];
      const chosen = free.filter((_, i) => (mask >> i) & 1);
      return chosen.length ? chosen : [free[pick % free.length]!];
    }
    case 'date':
      return q.dontKnow && pick % 5 === 0 ? DONT_KNOW : DATES[pick % DATES.length]!;
  }
}

function invalidValue(q: Question, pick: number): unknown {
  const candidates = [...JUNK_VALUES, ...(q.type === 'multi' ? [q.options?.[0] ?? 'x'] : [[q.options?.[0] ?? 'x']])];
  return candidates[pick % candidates.length];
}

/** Any answer value, well-formed or not, for RESTORE. */
const anyValue = fc.oneof(
  fc.constantFrom(...questions.flatMap((q) => (q.options ?? []).map((o) => o)), ...DATES, DONT_KNOW),
  fc.array(fc.constantFrom(...questions.flatMap((q) => q.options ?? [])), { maxLength: 4 }),
  fc.constantFrom(...JUNK_VALUES),
  fc.string({ maxLength: 12 }),
);
/** Mostly valid answers for the real questions (so RESTORE often gives a usable, even complete, set), plus junk. */
const restoreAnswers = fc.oneof(
  fc.dictionary(fc.constantFrom(...questions.map((q) => q.id), ...JUNK_IDS), anyValue, { maxKeys: 12 }),
  fc
    .tuple(fc.constantFrom('aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv', 'lezen'), fc.nat(), fc.nat(), fc.boolean())
    .map(([situation, pick, mask, full]) => {
      // Fill in every question with a valid value; `full` drops nothing, else some holes are left.
      const out: Record<string, unknown> = {};
      questions.forEach((q, i) => {
        if (!full && (pick >> i % 30) & 1) return;
        out[q.id] = q.id === 'situatie' ? [situation] : validValue(q, pick + i, mask + i);
      });
      return out;
    }),
);

const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<Recipe>({ kind: 'BEGIN' }) },
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('ANSWER' as const), valid: fc.boolean(), pick: fc.nat(), mask: fc.nat() }) },
  { weight: 4, arbitrary: fc.constant<Recipe>({ kind: 'BACK' }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('SHOW' as const), to: fc.constantFrom(...POSITIONS, ...JUNK_IDS) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('EDIT' as const), question: fc.constantFrom(...questions.map((q) => q.id), ...JUNK_IDS) }) },
  { weight: 2, arbitrary: fc.constant<Recipe>({ kind: 'CONFIRM' }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('RESTORE' as const), answers: restoreAnswers }) },
  { weight: 1, arbitrary: fc.constant<Recipe>({ kind: 'RESET' }) },
);

function toEvent(r: Recipe, at: Position): FlowEvent {
  switch (r.kind) {
    case 'ANSWER': {
      const q = questionById.get(at) ?? questions[r.pick % questions.length]!;
      return { type: 'ANSWER', value: (r.valid ? validValue(q, r.pick, r.mask) : invalidValue(q, r.pick)) as AnswerValue };
    }
    case 'SHOW':
      return { type: 'SHOW', to: r.to };
    case 'EDIT':
      return { type: 'EDIT', question: r.question };
    case 'RESTORE':
      // Junk goes in as it is: the machine must survive what a broken link or storage could hold.
      return { type: 'RESTORE', answers: r.answers as Answers };
    default:
      return { type: r.kind };
  }
}

/** Runs one sequence; returns a description of the first broken invariant, or undefined. */
function run(recipes: Recipe[]): string | undefined {
  const actor = createActor(flowMachine, { input: { answers: {} } });
  let error: unknown;
  actor.subscribe({ error: (e) => (error = e) });
  actor.start();
  const trail: string[] = [];
  for (const r of recipes) {
    const before = actor.getSnapshot();
    const from = positionOf(before);
    const answersBefore = before.context.answers;
    const editingBefore = before.context.editing;
    const event = toEvent(r, from);
    trail.push(`${from} --${JSON.stringify(event)}-->`);
    actor.send(event);
    const snap = actor.getSnapshot();
    const fail = (why: string) => `${why}\n  after: ${trail.join('\n         ')} ${String(snap.value)}\n  answers: ${JSON.stringify(snap.context.answers)}`;
    if (error !== undefined || snap.status !== 'active') return fail(`machine stopped: ${String(error)}`);

    // The state value is a single known position.
    if (typeof snap.value !== 'string' || !KNOWN.has(snap.value)) return fail(`unknown state ${JSON.stringify(snap.value)}`);
    const at = positionOf(snap);
    const answers = snap.context.answers;

    // A question on screen may be shown; or it is where a legal ANSWER or BACK just led.
    if (questionById.has(at) && !canShow(at, answers)) {
      const moved = at !== from;
      const legalAnswer = event.type === 'ANSWER' && moved && nextPosition(from, answers, editingBefore) === at;
      const legalBack = event.type === 'BACK' && moved && previousPosition(from, answersBefore) === at;
      const stayed = !moved && questionById.has(from);
      if (!legalAnswer && !legalBack && !stayed) return fail(`question ${at} shown although canShow is false`);
    }

    // The machine goes exactly where the pure routing (route.ts) says: forward after a valid answer
    // (never the check page while an asked question is open), back to the previous asked question.
    if (event.type === 'ANSWER' && questionById.has(from) && isValidAnswer(questionById.get(from)!, event.value)) {
      const next = nextPosition(from, answers, editingBefore);
      const expected = next === 'review' && !isComplete(answers) ? (firstUnanswered(answers)?.id ?? next) : next;
      if (at !== expected) return fail(`ANSWER at ${from} led to ${at}, route.ts says ${expected}`);
    }
    if (event.type === 'BACK' && (questionById.has(from) || from === 'review') && at !== previousPosition(from, answersBefore))
      return fail(`BACK from ${from} led to ${at}, route.ts says ${previousPosition(from, answersBefore)}`);

    // The check page and the plan only with every asked question answered.
    if ((at === 'review' || at === 'plan') && !isComplete(answers)) return fail(`${at} with incomplete answers`);
    if (at === 'plan' && from !== 'plan' && event.type !== 'CONFIRM' && event.type !== 'SHOW') return fail(`plan reached by ${event.type}`);

    // The answers the plan uses are always valid answers to real questions.
    for (const [id, v] of Object.entries(applicableAnswers(answers))) {
      const q = questionById.get(id);
      if (!q || !isValidAnswer(q, v)) return fail(`applicable answer ${id}=${JSON.stringify(v)} is not valid`);
    }

    // Nothing the parent said is lost: only ANSWER changes answers, and only the one question answered.
    if (event.type === 'RESET') {
      if (Object.keys(answers).length !== 0 || at !== 'start') return fail('RESET did not clear');
    } else if (event.type === 'RESTORE') {
      if (answers !== event.answers && JSON.stringify(answers) !== JSON.stringify(event.answers)) return fail('RESTORE did not take the given answers');
    } else {
      for (const [id, v] of Object.entries(answersBefore)) {
        const changedByAnswer = event.type === 'ANSWER' && id === from;
        if (!changedByAnswer && JSON.stringify(answers[id]) !== JSON.stringify(v)) return fail(`answer ${id} lost or changed by ${event.type}`);
      }
      for (const id of Object.keys(answers)) {
        if (!(id in answersBefore) && !(event.type === 'ANSWER' && id === from)) return fail(`answer ${id} appeared from nowhere`);
      }
      if (event.type === 'ANSWER') {
        const q = questionById.get(from);
        const accepted = JSON.stringify(answers) !== JSON.stringify(answersBefore) || at !== from;
        const valid = !!q && isValidAnswer(q, event.value);
        if (accepted && !valid) return fail(`invalid answer ${JSON.stringify(event.value)} accepted at ${from}`);
        if (valid && JSON.stringify(answers[from]) !== JSON.stringify(event.value)) return fail(`valid answer at ${from} not recorded`);
        if (valid && at === from) return fail(`valid answer at ${from} did not move on`);
      }
    }
  }
  actor.stop();
  return undefined;
}

describe('the machine under random event sequences', () => {
  it(`${RUNS} random sequences of up to ${MAX_LENGTH} events: no exception, every invariant after every event`, () => {
    let events = 0;
    let reachedPlan = 0;
    fc.assert(
      fc.property(fc.array(recipe, { minLength: 1, maxLength: MAX_LENGTH, size: 'max' }), (recipes) => {
        events += recipes.length;
        const problem = run(recipes);
        if (problem) throw new Error(problem);
        // Count how often a run got as far as the plan, so the test shows it explores deep states.
        const actor = createActor(flowMachine, { input: { answers: {} } }).start();
        for (const r of recipes) {
          actor.send(toEvent(r, positionOf(actor.getSnapshot())));
          if (positionOf(actor.getSnapshot()) === 'plan') {
            reachedPlan++;
            break;
          }
        }
      }),
      { numRuns: RUNS },
    );
    expect(events).toBeGreaterThan(RUNS);
    // Random walks do reach the plan (through RESTORE and CONFIRM); a walk that never did would prove little.
    expect(reachedPlan).toBeGreaterThan(0);
  }, 300_000);

  it('guided walks: mostly valid answers from the start reach the check page through the questions alone', () => {
    let reachedReview = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 19 })), { minLength: 10, maxLength: MAX_LENGTH, size: 'max' }), (steps) => {
        const recipes: Recipe[] = [{ kind: 'BEGIN' }];
        for (const [pick, mask, roll] of steps) {
          // Mostly valid answers, with now and then a wrong one, a step back or a jump to the check page.
          if (roll === 0) recipes.push({ kind: 'BACK' });
          else if (roll === 1) recipes.push({ kind: 'ANSWER', valid: false, pick, mask });
          else if (roll === 2) recipes.push({ kind: 'SHOW', to: 'review' });
          else if (roll === 3) recipes.push({ kind: 'EDIT', question: questions[pick % questions.length]!.id });
          else recipes.push({ kind: 'ANSWER', valid: true, pick, mask });
        }
        recipes.push({ kind: 'CONFIRM' });
        const problem = run(recipes);
        if (problem) throw new Error(problem);
        const actor = createActor(flowMachine, { input: { answers: {} } }).start();
        for (const r of recipes) actor.send(toEvent(r, positionOf(actor.getSnapshot())));
        if (['review', 'plan'].includes(positionOf(actor.getSnapshot()))) reachedReview++;
      }),
      { numRuns: 2_000 },
    );
    expect(reachedReview).toBeGreaterThan(100);
  }, 300_000);
});

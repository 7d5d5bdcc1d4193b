import { conditions, type ConditionName } from './conditions';
import { DONT_KNOW, answersMemo, type AnswerValue, type Answers } from './answers';
import { questionById, questions, type Question } from './questions';
import { isIsoDate } from '../isoDate';

/** Where the flow can be: a question id, or one of these pages. */
export type FlowPage = 'start' | 'reading' | 'review' | 'plan';
export type Position = FlowPage | string;

/**
 * The position a machine snapshot stands at (its state value is always a single string). Here, not
 * in machine.ts, so the app can read a snapshot without loading XState.
 */
export const positionOf = (snapshot: { value: unknown }): Position => snapshot.value as Position;

export const isAsked = (q: Question, answers: Answers): boolean => conditions[q.when](answers);

/**
 * An answer the questionnaire does not ask for here, kept because its question's `keptWhen` holds on the answers kept
 * so far plus this answer (written by the timeline: a dossier request in any situation, a refusal before an admission
 * at the next school). Session 25.
 */
export const isKeptUnasked = (q: Question, kept: Answers, value: AnswerValue): boolean =>
  q.keptWhen !== undefined && conditions[q.keptWhen]({ ...kept, [q.id]: value });

/** Is this a valid answer to the question? `today` (ISO) rules out future dates for past events. */
export function isValidAnswer(q: Question, value: unknown, today?: string): value is AnswerValue {
  switch (q.type) {
    case 'choice':
      return typeof value === 'string' && (q.options ?? []).includes(value);
    case 'multi':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        new Set(value).size === value.length &&
        value.every((v) => typeof v === 'string' && (q.options ?? []).includes(v)) &&
        (value.length === 1 || !value.some((v) => q.exclusive?.includes(v)))
      );
    case 'date':
      if (value === DONT_KNOW) return q.dontKnow === true;
      if (typeof value !== 'string' || !isIsoDate(value)) return false;
      return q.dates !== 'past' || today === undefined || value <= today;
  }
}

/**
 * The answers the plan may use: one forward pass in question order, keeping an answer only when its
 * question is still asked given the answers kept before it. Answers that no longer apply after a
 * change stay stored (nothing is lost if the parent changes back) but are not used.
 */
export const applicableAnswers: (answers: Answers) => Answers = answersMemo((answers) => {
  const kept: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const v = answers[q.id];
    if (v !== undefined && isValidAnswer(q, v) && (isAsked(q, kept) || isKeptUnasked(q, kept, v))) kept[q.id] = v;
  }
  return Object.freeze(kept);
});

/** The questions this parent is asked, in order, given the answers so far. */
export function askedQuestions(answers: Answers): Question[] {
  const kept = applicableAnswers(answers);
  return questions.filter((q) => isAsked(q, kept));
}

/**
 * The first asked question without an answer that applies. One pass over the answers kept (issue 17: this and
 * isComplete each worked them out three times, and a plan opened from a link asks isComplete twice at boot).
 */
const firstUnansweredIn = (kept: Answers): Question | undefined => questions.find((q) => kept[q.id] === undefined && isAsked(q, kept));

export const firstUnanswered = (answers: Answers): Question | undefined => firstUnansweredIn(applicableAnswers(answers));

/** Every asked question has an answer that applies: the check page and the plan can be shown. */
export function isComplete(answers: Answers): boolean {
  const kept = applicableAnswers(answers);
  return conditions.hasSituation(kept) && firstUnansweredIn(kept) === undefined;
}

/** Can the parent jump to this position (browser back/forward, a change link, resume)? */
export function canShow(at: Position, answers: Answers): boolean {
  if (at === 'start') return true;
  if (at === 'reading') return conditions.wantsToReadFirst(applicableAnswers(answers));
  if (at === 'review' || at === 'plan') return isComplete(answers);
  const q = questionById.get(at);
  const kept = applicableAnswers(answers);
  if (!q || !isAsked(q, kept)) return false;
  return kept[q.id] !== undefined || firstUnansweredIn(kept)?.id === q.id;
}

/**
 * "Stap x van y": x is the position within the parent's own path; y is the most questions that path
 * can still have, given the answers before this question. y never grows while the parent answers
 * forward: every answer can only rule questions out. Before the situation is chosen the length is
 * unknown: `of` is then undefined ("Stap 1").
 *
 * y counts the questions asked before this one, plus every question from here on that some
 * combination of the answers still to come could make asked (`searcher`). Mutually exclusive
 * branches both count, so y may drop by more than one at a branch; it never rises.
 */
export function progress(questionId: string, answers: Answers): { step: number; of?: number } {
  // A page renders more than once with the same answers object (never mutated: see answers.ts).
  if (lastProgress && lastProgress.questionId === questionId && lastProgress.answers === answers) return lastProgress.result;
  const asked = askedQuestions(answers);
  const index = asked.findIndex((q) => q.id === questionId);
  const kept = applicableAnswers(answers);
  if (!conditions.hasSituation(kept)) return { step: index + 1 };
  const at = questions.findIndex((q) => q.id === questionId);
  if (at < 0) return { step: index + 1, of: asked.length };
  // The answers before this question are given; those from here on are still open.
  const before = new Set(questions.slice(0, at).map((q) => q.id));
  const given = Object.fromEntries(Object.entries(kept).filter(([id]) => before.has(id)));
  const askedBefore = asked.filter((q) => before.has(q.id)).length;
  const open = new Set(questions.slice(at).map((q) => q.id));
  // Many questions share a condition: search each condition once.
  const search = searcher(given, open);
  const byCondition = new Map<ConditionName, boolean>();
  const could = (q: Question) => byCondition.get(q.when) ?? byCondition.set(q.when, search(q.when)).get(q.when)!;
  const possible = questions.slice(at).filter(could).length;
  const result = { step: index + 1, of: askedBefore + possible };
  lastProgress = { questionId, answers, result };
  return result;
}
let lastProgress: { questionId: string; answers: Answers; result: { step: number; of?: number } } | undefined;

/** A value standing for "a date" in the search below; conditions do not read dates. */
const SOME_DATE = '2000-01-01';
const valuesOf = (q: Question): (AnswerValue | undefined)[] => {
  if (q.type === 'date') return [SOME_DATE, DONT_KNOW, undefined];
  const options = q.options ?? [];
  if (q.type === 'choice') return [...options, undefined];
  // Multi: every valid choice (an exclusive option alone, or any non-empty set of the others), so a
  // condition that needs two options at once is found too.
  const free = options.filter((o) => !q.exclusive?.includes(o));
  const sets: AnswerValue[] = (q.exclusive ?? []).map((o) => [o]);
  for (let mask = 1; mask < 1 << free.length; mask++) sets.push(free.filter((_, i) => mask & (1 << i)));
  return [...sets, undefined];
};

/**
 * For one position: can some way of answering the open questions (each: one of its options, or not
 * asked at all) make a condition true? The condition reads the answers through `view`; an open
 * answer gets, on its first read, the value the search is trying, so only answers the condition
 * actually reads are branched on, in the order it reads them (depth first, no copies).
 */
function searcher(given: Answers, open: ReadonlySet<string>): (when: ConditionName) => boolean {
  return (when) => {
    search = { given, open, tried: [], values: [], assigned: new Map(), depth: 0 };
    const s = search;
    for (;;) {
      s.depth = 0;
      s.assigned.clear();
      if (conditions[when](view as Answers)) return true;
      // The next combination: advance the deepest read answer that has values left.
      let d = s.depth - 1;
      while (d >= 0 && s.tried[d]! + 1 >= s.values[d]!.length) d--;
      if (d < 0) return false;
      s.tried[d]!++;
      s.values.length = s.tried.length = d + 1;
    }
  };
}

/** The search going on now (the search is synchronous: one at a time). */
let search: { given: Answers; open: ReadonlySet<string>; tried: number[]; values: (AnswerValue | undefined)[][]; assigned: Map<string, AnswerValue | undefined>; depth: number } | undefined;

/**
 * The answers as a condition sees them during a search: one object for every search, with a getter
 * per question (made once, not per "Stap x van y": 130 property definitions were most of its time).
 */
const view: Record<string, AnswerValue | undefined> = {};
for (const q of questions) {
  Object.defineProperty(view, q.id, {
    enumerable: true,
    get: () => {
      const s = search!;
      if (!s.open.has(q.id)) return s.given[q.id];
      if (s.assigned.has(q.id)) return s.assigned.get(q.id);
      const d = s.depth++;
      if (s.values.length <= d) {
        s.values[d] = valuesOf(q);
        s.tried[d] = 0;
      }
      const v = s.values[d]![s.tried[d]!];
      s.assigned.set(q.id, v);
      return v;
    },
  });
}

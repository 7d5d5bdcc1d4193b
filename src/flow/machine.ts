import { assign, setup, type SnapshotFrom } from 'xstate';
import { conditions, type ConditionName } from './conditions';
import type { AnswerValue, Answers } from './answers';
import { questions, questionById } from './questions';
import { canShow, firstUnanswered, isComplete, isValidAnswer, nextPosition, previousPosition, type Position } from './route';

/**
 * The questionnaire as an XState machine: one state per question, plus start, reading, review and plan.
 * Every state lists where it can lead; guards decide which edge applies, using the named conditions
 * (conditions.ts) through the pure routing functions (route.ts). The machine knows ids, never texts.
 */
export interface FlowContext {
  answers: Answers;
  /** True while changing an answer from the check page: afterwards, return there. */
  editing: boolean;
}

export type FlowEvent =
  | { type: 'BEGIN' }
  | { type: 'ANSWER'; value: AnswerValue }
  | { type: 'BACK' }
  /** Jump to a position: browser back/forward, resume, a link. Refused when not allowed. */
  | { type: 'SHOW'; to: Position }
  /** Change an answer from the check page or the plan. */
  | { type: 'EDIT'; question: string }
  | { type: 'CONFIRM' }
  /** Replace all answers (a shared link the parent chose to use), then show the check page or the start. */
  | { type: 'RESTORE'; answers: Answers }
  | { type: 'RESET' };

type Edge = { from: string; to: Position };

const domainGuards = Object.fromEntries(
  (Object.keys(conditions) as ConditionName[]).map((name) => [name, ({ context }: { context: FlowContext }) => conditions[name](context.answers)]),
) as Record<ConditionName, (args: { context: FlowContext }) => boolean>;

const withAnswer = (answers: Answers, id: string, value: AnswerValue): Answers => ({ ...answers, [id]: value });

/**
 * Where an answer leads: the next position, but never the check page while an asked question is
 * still open (a gap left when an earlier change added questions and the parent then jumped ahead,
 * e.g. with the browser's back button): that question comes first.
 */
const afterAnswer = (from: string, answers: Answers, editing: boolean): Position => {
  const next = nextPosition(from, answers, editing);
  return next === 'review' && !isComplete(answers) ? (firstUnanswered(answers)?.id ?? next) : next;
};

const flow = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as { answers?: Answers } | undefined,
  },
  guards: {
    ...domainGuards,
    /** The answer is valid and, with it, the next position is `to`. */
    answerLeadsTo: ({ context, event }, { from, to }: Edge) => {
      if (event.type !== 'ANSWER') return false;
      const q = questionById.get(from);
      if (!q || !isValidAnswer(q, event.value)) return false;
      return afterAnswer(from, withAnswer(context.answers, from, event.value), context.editing) === to;
    },
    previousIs: ({ context }, { from, to }: Edge) => previousPosition(from, context.answers) === to,
    canShow: ({ context, event }, { to }: { to: Position }) => event.type === 'SHOW' && event.to === to && canShow(to, context.answers),
    canEdit: ({ context, event }, { to }: { to: Position }) => event.type === 'EDIT' && event.question === to && canShow(to, context.answers),
    isComplete: ({ context }) => canShow('review', context.answers),
    restoredIsComplete: ({ event }) => event.type === 'RESTORE' && canShow('review', event.answers),
  },
  actions: {
    recordAnswer: assign({
      answers: ({ context, event }, { question }: { question: string }) =>
        event.type === 'ANSWER' ? withAnswer(context.answers, question, event.value) : context.answers,
    }),
    startEditing: assign({ editing: true }),
    stopEditing: assign({ editing: false }),
    replaceAnswers: assign({ answers: ({ event }) => (event.type === 'RESTORE' ? event.answers : {}) }),
    clearAnswers: assign({ answers: {}, editing: false }),
  },
});

const allPositions: Position[] = ['start', ...questions.map((q) => q.id), 'reading', 'review', 'plan'];

function questionState(id: string, index: number) {
  // Usually a later question; an earlier one only to fill a gap before the check page (afterAnswer).
  const later: Position[] = [...questions.slice(index + 1), ...questions.slice(0, index)].map((q) => q.id).concat('reading', 'review');
  const earlier: Position[] = ['start', ...questions.slice(0, index).map((q) => q.id)];
  return {
    on: {
      ANSWER: later.map((to) => ({
        guard: { type: 'answerLeadsTo' as const, params: { from: id, to } },
        target: to,
        actions: [{ type: 'recordAnswer' as const, params: { question: id } }, ...(to === 'review' || to === 'reading' ? ['stopEditing' as const] : [])],
      })),
      BACK: earlier.map((to) => ({ guard: { type: 'previousIs' as const, params: { from: id, to } }, target: to })),
    },
  };
}

export const flowMachine = flow.createMachine({
  id: 'wegwijzer',
  initial: 'start',
  context: ({ input }) => ({ answers: input?.answers ?? {}, editing: false }),
  on: {
    SHOW: allPositions.map((to) => ({
      guard: { type: 'canShow' as const, params: { to } },
      target: `.${to}`,
      actions: 'stopEditing' as const,
    })),
    EDIT: questions.map((q) => ({
      guard: { type: 'canEdit' as const, params: { to: q.id } },
      target: `.${q.id}`,
      actions: 'startEditing' as const,
    })),
    RESTORE: [
      { guard: 'restoredIsComplete', target: '.review', actions: ['replaceAnswers', 'stopEditing'] },
      { target: '.start', actions: ['replaceAnswers', 'stopEditing'] },
    ],
    RESET: { target: '.start', actions: 'clearAnswers' },
  },
  states: {
    start: { on: { BEGIN: 'situatie' } },
    ...Object.fromEntries(questions.map((q, i) => [q.id, questionState(q.id, i)])),
    reading: { on: { BEGIN: 'situatie', BACK: 'situatie' } },
    review: {
      on: {
        CONFIRM: { guard: 'isComplete', target: 'plan' },
        BACK: allPositions.map((to) => ({ guard: { type: 'previousIs' as const, params: { from: 'review', to } }, target: to })),
      },
    },
    plan: { on: { BACK: 'review' } },
  },
});

export type FlowSnapshot = SnapshotFrom<typeof flowMachine>;

/** The position a snapshot stands at (its state value is always a single string). */
export const positionOf = (snapshot: FlowSnapshot): Position => snapshot.value as Position;

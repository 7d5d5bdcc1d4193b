import { and, assign, createActor, not, or, setup, type Actor, type SnapshotFrom } from 'xstate';
import { conditions, type ConditionName } from './conditions';
import type { AnswerValue, Answers } from './answers';
import { questions, questionById } from './questions';
import { applicableAnswers, canShow, isComplete, isValidAnswer, type Position } from './route';

export { positionOf } from './route';

/**
 * The questionnaire as an XState machine, generated from the question table (questions.ts), so a
 * new question needs no edit here. It reads as the brochure's map: one state per question, and
 * between two questions a checkpoint that asks the next question's own condition (conditions.ts):
 *
 *   aanmelding-hoe --ANSWER--> ask:aanmelding-datum --registeredInWriting--> aanmelding-datum
 *                                                  \--otherwise--> ask:aanmelding-bevestiging --> …
 *
 * Checkpoints (`ask:`, `back:`, `gap:`) only have eventless (`always`) transitions: the machine
 * passes through them within one event and never rests there, so a snapshot's value is always a
 * question id or one of start, reading, review and plan. Each state has one transition per event.
 *
 * - ANSWER (valid) records the answer and walks forward: the next question whose condition holds
 *   (while changing an answer from the check page: only one that has no answer yet), else the
 *   check page; never the check page while an asked question is still open (`gap:`).
 * - BACK walks backward to the previous question whose condition holds (`back:`).
 * - SHOW and EDIT jump, when route.ts's canShow allows it.
 *
 * Conditions are evaluated on the answers that still apply (route.ts applicableAnswers), computed
 * once per answers object. The machine knows ids, never texts.
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

/** applicableAnswers for the machine's context (computed once per answers object in route.ts). */
const kept = applicableAnswers;

type Args = { context: FlowContext; event: FlowEvent };

/** Every named condition as a guard, on the answers that apply. */
const domainGuards = Object.fromEntries(
  (Object.keys(conditions) as ConditionName[]).map((name) => [name, ({ context }: Args) => conditions[name](kept(context.answers))]),
) as Record<ConditionName, (args: Args) => boolean>;

const flow = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as { answers?: Answers } | undefined,
  },
  guards: {
    ...domainGuards,
    /** The event is a valid answer to the question on screen. */
    validAnswer: ({ event }, { question }: { question: string }) => {
      const q = questionById.get(question);
      return event.type === 'ANSWER' && !!q && isValidAnswer(q, event.value);
    },
    /** The question has no answer that applies. */
    unanswered: ({ context }, { question }: { question: string }) => kept(context.answers)[question] === undefined,
    editing: ({ context }) => context.editing,
    canShow: ({ context, event }, { to }: { to: Position }) => event.type === 'SHOW' && event.to === to && canShow(to, context.answers),
    canEdit: ({ context, event }, { to }: { to: Position }) => event.type === 'EDIT' && event.question === to && canShow(to, context.answers),
    isComplete: ({ context }) => isComplete(context.answers),
    restoredIsComplete: ({ event }) => event.type === 'RESTORE' && isComplete(event.answers),
  },
  actions: {
    recordAnswer: assign({
      answers: ({ context, event }, { question }: { question: string }) =>
        event.type === 'ANSWER' ? { ...context.answers, [question]: event.value } : context.answers,
    }),
    startEditing: assign({ editing: true }),
    stopEditing: assign({ editing: false }),
    replaceAnswers: assign({ answers: ({ event }) => (event.type === 'RESTORE' ? event.answers : {}) }),
    clearAnswers: assign({ answers: {}, editing: false }),
  },
});

const ids = questions.map((q) => q.id);
const allPositions: Position[] = ['start', ...ids, 'reading', 'review', 'plan'];
const FIRST = ids[0]!;
const toReview = { target: 'review', actions: 'stopEditing' as const };

/** A question on screen: one ANSWER (valid: record it, then look forward) and one BACK. */
const questionState = (id: string, i: number) => ({
  on: {
    ANSWER: {
      guard: { type: 'validAnswer' as const, params: { question: id } },
      target: i + 1 < ids.length ? `ask:${ids[i + 1]}` : 'ask:end',
      actions: { type: 'recordAnswer' as const, params: { question: id } },
    },
    BACK: i > 0 ? `back:${ids[i - 1]}` : 'start',
  },
});

/** Walking forward: ask this question if its condition holds (when changing an answer: only if it is open). */
const askState = (id: string, i: number) => {
  const q = questionById.get(id)!;
  const onward = i + 1 < ids.length ? { target: `ask:${ids[i + 1]}` } : { target: 'ask:end' };
  return {
    always: [
      // Right after the opening question: "ik wil eerst lezen" goes to reading.
      ...(i === 1 ? [{ guard: 'wantsToReadFirst' as const, ...{ target: 'reading', actions: 'stopEditing' as const } }] : []),
      { guard: and([q.when, or([not('editing'), { type: 'unanswered', params: { question: id } }])]), target: id },
      onward,
    ],
  };
};

/** Walking back: the previous question whose condition holds. */
const backState = (id: string, i: number) => ({
  always: [{ guard: questionById.get(id)!.when, target: id }, { target: i > 0 ? `back:${ids[i - 1]}` : 'start' }],
});

/** The check page only with every asked question answered; otherwise the first open one. */
const gapState = (id: string, i: number) => ({
  always: [
    { guard: and([questionById.get(id)!.when, { type: 'unanswered', params: { question: id } }]), target: id },
    i + 1 < ids.length ? { target: `gap:${ids[i + 1]}` } : toReview,
  ],
});

const generated = (prefix: string, make: (id: string, i: number) => object) =>
  Object.fromEntries(ids.map((id, i) => [`${prefix}${id}`, make(id, i)] as const).filter(([name]) => name !== `ask:${FIRST}`));

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
    EDIT: ids.map((id) => ({
      guard: { type: 'canEdit' as const, params: { to: id } },
      target: `.${id}`,
      actions: 'startEditing' as const,
    })),
    RESTORE: [
      { guard: 'restoredIsComplete', target: '.review', actions: ['replaceAnswers', 'stopEditing'] },
      { target: '.start', actions: ['replaceAnswers', 'stopEditing'] },
    ],
    RESET: { target: '.start', actions: 'clearAnswers' },
  },
  states: {
    start: { on: { BEGIN: FIRST } },
    ...Object.fromEntries(ids.map((id, i) => [id, questionState(id, i)])),
    ...generated('ask:', askState),
    'ask:end': { always: [{ guard: 'isComplete', ...toReview }, { target: `gap:${FIRST}` }] },
    ...generated('gap:', gapState),
    ...generated('back:', backState),
    reading: { on: { BEGIN: FIRST, BACK: FIRST } },
    review: {
      on: {
        CONFIRM: { guard: 'isComplete', target: 'plan' },
        BACK: `back:${ids.at(-1)}`,
      },
    },
    plan: { on: { BACK: 'review' } },
  },
});

export type FlowSnapshot = SnapshotFrom<typeof flowMachine>;


export type FlowActor = Actor<typeof flowMachine>;

/** A running questionnaire at the start, with these answers (the app loads this module, and XState, only when needed). */
export const startFlow = (answers: Answers): FlowActor => createActor(flowMachine, { input: { answers } }).start();

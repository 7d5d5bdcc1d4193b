import { assign, createActor, raise, setup, type Actor, type SnapshotFrom } from 'xstate';
import type { AnswerValue, Answers } from './answers';
import { questions, questionById } from './questions';
import { canShow, isComplete, isValidAnswer, type Position } from './route';
import { forwardFrom, previousPosition } from './walk';

export { positionOf } from './route';

/**
 * The questionnaire as an XState machine, generated from the question table (questions.ts), so a
 * new question needs no edit here. One state per question, plus start, reading, review (the check
 * page) and plan; each state has one transition per event, and where a step leads is walk.ts's
 * rule, on route.ts's conditions that the check page, the plan and "Stap x van y" use too:
 *
 *   aanmelding-hoe --ANSWER: record, raise GO(forwardFrom)--> GO to aanmelding-datum (or wherever walk.ts says)
 *
 * - ANSWER (valid) records the answer and walks forward: the next question whose condition holds
 *   (while changing an answer from the check page: only one that has no answer yet), else the
 *   check page; never the check page while an asked question is still open (walk.ts forwardFrom).
 * - BACK walks backward to the previous question whose condition holds (walk.ts previousPosition).
 * - SHOW and EDIT jump, when route.ts's canShow allows it.
 * - All four then raise GO, handled within the same event (a snapshot's value is always a position;
 *   nobody sees GO's half-step). GO is the machine's own: the root has one guarded transition per place.
 *
 * Until session 73 the walk was spelled out as checkpoint states (`ask:`, `back:`, `gap:`: 233 state
 * nodes; 584 transitions, 118 more for SHOW and EDIT) that asked each question's condition in turn. The same walk, but building
 * it was most of the question page's script after its first paint (issue 17; ROUNDS.md, thirty-
 * seventh round). Conditions are evaluated on the answers that still apply (route.ts
 * applicableAnswers), computed once per answers object. The machine knows ids, never texts.
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
  | { type: 'RESET' }
  /** The machine's own step after ANSWER and BACK (raised, never sent by the app): go to where route.ts says. */
  | { type: 'GO'; to: Position };

const flow = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as { answers?: Answers } | undefined,
  },
  guards: {
    /** The event is a valid answer to the question on screen. */
    validAnswer: ({ event }, { question }: { question: string }) => {
      const q = questionById.get(question);
      return event.type === 'ANSWER' && !!q && isValidAnswer(q, event.value);
    },
    /** SHOW: a known place the answers allow. */
    canShow: ({ context, event }) => event.type === 'SHOW' && POSITIONS.has(event.to) && canShow(event.to, context.answers),
    /** EDIT: a question the answers allow. */
    canEdit: ({ context, event }) => event.type === 'EDIT' && questionById.has(event.question) && canShow(event.question, context.answers),
    isComplete: ({ context }) => isComplete(context.answers),
    restoredIsComplete: ({ event }) => event.type === 'RESTORE' && isComplete(event.answers),
    goesTo: ({ event }, { to }: { to: Position }) => event.type === 'GO' && event.to === to,
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
    /** After a valid answer (already recorded): the next question route.ts asks, else the check page, else the first open one. */
    walkForward: raise(({ context }, { question }: { question: string }) => ({ type: 'GO' as const, to: forwardFrom(question, context.answers, context.editing) })),
    /** SHOW or EDIT, once its guard allowed it: go to the place asked for (only these two events have it). */
    goAsked: raise(({ event }) => ({ type: 'GO' as const, to: event.type === 'SHOW' ? event.to : event.type === 'EDIT' ? event.question : 'start' })),
    /** The previous question whose condition holds, or the start. */
    walkBack: raise(({ context }, { from }: { from: Position }) => ({ type: 'GO' as const, to: previousPosition(from, context.answers) })),
  },
});

const ids = questions.map((q) => q.id);
/** Every place the machine can be, and so where GO can lead. */
const allPositions: Position[] = ['start', ...ids, 'reading', 'review', 'plan'];
const POSITIONS = new Set<string>(allPositions);
const FIRST = ids[0]!;
/** Reading and the check page end a change made from the check page. */
const ENDS_EDITING = new Set<Position>(['reading', 'review']);

/** A question on screen: one ANSWER (valid: record it, then walk forward) and one BACK. */
const questionState = (id: string) => ({
  on: {
    ANSWER: {
      guard: { type: 'validAnswer' as const, params: { question: id } },
      actions: [
        { type: 'recordAnswer' as const, params: { question: id } },
        { type: 'walkForward' as const, params: { question: id } },
      ],
    },
    BACK: { actions: { type: 'walkBack' as const, params: { from: id } } },
  },
});

export const flowMachine = flow.createMachine({
  id: 'wegwijzer',
  initial: 'start',
  context: ({ input }) => ({ answers: input?.answers ?? {}, editing: false }),
  on: {
    SHOW: {
      guard: 'canShow',
      actions: ['stopEditing', 'goAsked'],
    },
    EDIT: {
      guard: 'canEdit',
      actions: ['startEditing', 'goAsked'],
    },
    GO: allPositions.map((to) => ({
      guard: { type: 'goesTo' as const, params: { to } },
      target: `.${to}`,
      ...(ENDS_EDITING.has(to) ? { actions: 'stopEditing' as const } : {}),
    })),
    RESTORE: [
      { guard: 'restoredIsComplete', target: '.review', actions: ['replaceAnswers', 'stopEditing'] },
      { target: '.start', actions: ['replaceAnswers', 'stopEditing'] },
    ],
    RESET: { target: '.start', actions: 'clearAnswers' },
  },
  states: {
    start: { on: { BEGIN: FIRST } },
    ...Object.fromEntries(ids.map((id) => [id, questionState(id)])),
    reading: { on: { BEGIN: FIRST, BACK: FIRST } },
    review: {
      on: {
        CONFIRM: { guard: 'isComplete', target: 'plan' },
        BACK: { actions: { type: 'walkBack' as const, params: { from: 'review' } } },
      },
    },
    plan: { on: { BACK: 'review' } },
  },
});

export type FlowSnapshot = SnapshotFrom<typeof flowMachine>;


export type FlowActor = Actor<typeof flowMachine>;

/** A running questionnaire at the start, with these answers (the app loads this module, and XState, only when needed). */
export const startFlow = (answers: Answers): FlowActor => createActor(flowMachine, { input: { answers } }).start();

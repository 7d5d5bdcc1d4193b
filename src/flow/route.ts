import { conditions } from './conditions';
import { DONT_KNOW, type AnswerValue, type Answers } from './answers';
import { questionById, questions, type Question } from './questions';
import { isIsoDate } from '../rules/dates';

/** Where the flow can be: a question id, or one of these pages. */
export type FlowPage = 'start' | 'reading' | 'review' | 'plan';
export type Position = FlowPage | string;

export const isAsked = (q: Question, answers: Answers): boolean => conditions[q.when](answers);

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
export function applicableAnswers(answers: Answers): Answers {
  const kept: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const v = answers[q.id];
    if (v !== undefined && isAsked(q, kept) && isValidAnswer(q, v)) kept[q.id] = v;
  }
  return kept;
}

/** The questions this parent is asked, in order, given the answers so far. */
export function askedQuestions(answers: Answers): Question[] {
  const kept = applicableAnswers(answers);
  return questions.filter((q) => isAsked(q, kept));
}

export function firstUnanswered(answers: Answers): Question | undefined {
  const kept = applicableAnswers(answers);
  return askedQuestions(answers).find((q) => kept[q.id] === undefined);
}

/** Every asked question has an answer that applies: the check page and the plan can be shown. */
export const isComplete = (answers: Answers): boolean =>
  conditions.hasSituation(applicableAnswers(answers)) && firstUnanswered(answers) === undefined;

/**
 * Where to go after answering `fromId`. Going forward, the next asked question (its old answer is
 * shown filled in). When changing an answer from the check page, only questions that are now asked
 * and have no answer yet, then back to the check page.
 */
export function nextPosition(fromId: string, answers: Answers, editing: boolean): Position {
  const kept = applicableAnswers(answers);
  if (fromId === 'situatie' && conditions.wantsToReadFirst(kept)) return 'reading';
  const from = questions.findIndex((q) => q.id === fromId);
  const next = questions.slice(from + 1).find((q) => isAsked(q, kept) && (!editing || kept[q.id] === undefined));
  return next ? next.id : 'review';
}

/** The previous asked question before a position (the check page counts as after the last one). */
export function previousPosition(at: Position, answers: Answers): Position {
  const asked = askedQuestions(answers);
  if (at === 'review' || at === 'plan') return asked.at(-1)?.id ?? 'start';
  const index = questions.findIndex((q) => q.id === at);
  const before = asked.filter((q) => questions.indexOf(q) < index);
  return before.at(-1)?.id ?? 'start';
}

/** Can the parent jump to this position (browser back/forward, a change link, resume)? */
export function canShow(at: Position, answers: Answers): boolean {
  if (at === 'start') return true;
  if (at === 'reading') return conditions.wantsToReadFirst(applicableAnswers(answers));
  if (at === 'review' || at === 'plan') return isComplete(answers);
  const q = questionById.get(at);
  if (!q || !isAsked(q, applicableAnswers(answers))) return false;
  return applicableAnswers(answers)[q.id] !== undefined || firstUnanswered(answers)?.id === q.id;
}

/**
 * "Stap x van y": position within the parent's own path, as far as it is known. Before the
 * situation is chosen the length of the path is unknown: `of` is then undefined ("Stap 1").
 */
export function progress(questionId: string, answers: Answers): { step: number; of?: number } {
  const asked = askedQuestions(answers);
  const index = asked.findIndex((q) => q.id === questionId);
  const known = conditions.hasSituation(applicableAnswers(answers));
  return known ? { step: index + 1, of: asked.length } : { step: index + 1 };
}

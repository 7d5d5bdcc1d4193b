import { conditions } from './conditions';
import type { Answers } from './answers';
import { questions } from './questions';
import { applicableAnswers, firstUnanswered, isAsked, isComplete, type Position } from './route';

/*
 * Where a tap in the questionnaire leads: the machine's ANSWER and BACK (machine.ts raises GO to these). Pure, like
 * route.ts, and apart from it because only the machine's own chunk needs it: route.ts is in the first load, which
 * should not carry what the first paint never runs (session 73, issue 17).
 */

/**
 * Where to go after answering `fromId`. Going forward, the next asked question (its old answer is
 * shown filled in). When changing an answer from the check page, only questions that are now asked
 * and have no answer yet, then back to the check page.
 */
export function nextPosition(fromId: string, answers: Answers, editing: boolean): Position {
  const kept = applicableAnswers(answers);
  if (fromId === 'situatie' && conditions.wantsToReadFirst(kept)) return 'reading';
  for (let i = indexOf(fromId) + 1; i < questions.length; i++) {
    const q = questions[i]!;
    if (isAsked(q, kept) && (!editing || kept[q.id] === undefined)) return q.id;
  }
  return 'review';
}

/** The previous asked question before a position (the check page counts as after the last one). */
export function previousPosition(at: Position, answers: Answers): Position {
  const kept = applicableAnswers(answers);
  // Walking back from the position (from after the last question for the check page and the plan); a page
  // that is no question (start, reading) has none before it. Session 73: the machine's BACK asks this on
  // every tap, and listing every asked question first was five times the calls of the walk it replaced.
  for (let i = at === 'review' || at === 'plan' ? questions.length : indexOf(at); --i >= 0; ) {
    if (isAsked(questions[i]!, kept)) return questions[i]!.id;
  }
  return 'start';
}

/** A question's place in the list; -1 for a page that is no question. */
const questionIndex = new Map(questions.map((q, i) => [q.id, i]));
const indexOf = (id: string): number => questionIndex.get(id) ?? -1;

/**
 * Forward from a question just answered: nextPosition, but never the check page while an asked question is still open
 * (an answer changed from the check page can open an earlier question): then that question.
 */
export function forwardFrom(question: string, answers: Answers, editing: boolean): Position {
  const next = nextPosition(question, answers, editing);
  return next === 'review' && !isComplete(answers) ? (firstUnanswered(answers)?.id ?? next) : next;
}

/**
 * One answer for a question from two random numbers, for the property hunts that walk the questionnaire (hunt-s46,
 * hunt-s47, hunt-s48, timeline-none-s44): a choice by `pick`, a date from `date(pick, more)` (each hunt its own range), and
 * for a multi-choice question either one exclusive option (one in four) or the options `more`'s bits choose (at least one).
 */
import type { Question } from '../../src/flow/questions';

export function pickAnswer(q: Question, pick: number, more: number, date: (pick: number, more: number) => string): unknown {
  if (q.type === 'date') return date(pick, more);
  if (q.type === 'choice') return q.options![pick % q.options!.length];
  const exclusive = q.exclusive ?? [];
  const free = q.options!.filter((o) => !exclusive.includes(o));
  const chosen = free.filter((_, k) => (more >> k) & 1);
  return exclusive.length && pick % 4 === 0 ? [exclusive[pick % exclusive.length]] : chosen.length ? chosen : [free[pick % free.length]];
}

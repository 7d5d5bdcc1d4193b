/**
 * Shared by the lawyer-review tests (lawyer-s21, lawyer-s22-open, followup-s23): events logged through the
 * timeline's own `addEvent`, as the app logs them, and the "te laat?" flags of the result.
 */
import type { Answers } from '../../src/flow/answers';
import { addEvent, EMPTY_TIMELINE, lateFlags, type TimelineData, type TimelineEvent } from '../../src/timeline/model';
import type { EventKind, Party } from '../../src/timeline/effects';

/** An event maker with ids `<prefix>0`, `<prefix>1`, … and these parties unless others are given. */
export function eventMaker(prefix: string, defaultParties: Party[]) {
  let n = 0;
  return (kind: EventKind, date: string, parties: Party[] = defaultParties): TimelineEvent => ({ id: `${prefix}${n++}`, kind, date, parties, note: '' });
}

/** The answers and timeline after logging `events` in order, starting from `start`. */
export function log(start: Answers, events: TimelineEvent[]): { answers: Answers; data: TimelineData } {
  let answers = start;
  let data: TimelineData = EMPTY_TIMELINE;
  for (const e of events) ({ answers, data } = addEvent(answers, data, e));
  return { answers, data };
}

export const flags = (s: { answers: Answers; data: TimelineData }, today: string) => lateFlags(s.answers, s.data.events, today);

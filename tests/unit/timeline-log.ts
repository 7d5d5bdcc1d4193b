/**
 * Shared by the lawyer-review tests (lawyer-s21, lawyer-s22-open, followup-s23): events logged through the
 * timeline's own `addEvent`, as the app logs them, and the "te laat?" flags of the result.
 */
import type { Answers } from '../../src/flow/answers';
import { addEvent, EMPTY_TIMELINE, isLegal, lateFlags, questionnaireAnswers, type TimelineData, type TimelineEvent } from '../../src/timeline/model';
import { EFFECTS, type EventKind, type How, type Party } from '../../src/timeline/effects';
import { buildPlan, type Plan } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';

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

export const flags = (s: { answers: Answers; data: TimelineData }, today: string) => lateFlags(s.answers, s.data.events, today, s.data.base);

/** The plan as the plan page builds it: the answers' plan with the timeline's steps (withMeetings). */
export const planAt = (s: { answers: Answers; data: TimelineData }, today: string): Plan =>
  withMeetings(buildPlan(s.answers, today), s.data.events, questionnaireAnswers(s.answers, s.data));

/** An event as the timeline form logs it: a legal kind with its own parties, any other with the school. */
export const ev = (id: string, kind: EventKind, date: string, how?: How): TimelineEvent =>
  ({ id, kind, date, parties: isLegal(kind) ? [...EFFECTS[kind].parties] : ['school'], note: '', ...(how ? { how } : {}) });

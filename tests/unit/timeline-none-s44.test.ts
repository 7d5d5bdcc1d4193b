/**
 * Session 44 (issue 17): withMeetings returns the plan as it is when nothing is logged, without its pass over the events.
 * That shortcut is right only while the pass itself changes nothing without events, for any answers: the plan's steps
 * from the questionnaire alone stay the plan's own. This test holds the pass (withEvents) to that over random answer sets
 * of every situation, with the questionnaire answers beside the plan's either the same or another set (a timeline's base
 * can make them differ), on four days of the year; and shows it is not blind: one logged event does change the plan.
 */
import { describe, expect, it } from 'vitest';
import { pickAnswer } from './random-answers';
import fc from 'fast-check';
import { questions } from '../../src/flow/questions';
import { isAsked } from '../../src/flow/route';
import { DONT_KNOW, type Answers } from '../../src/flow/answers';
import { buildPlan } from '../../src/rules/plan';
import { withEvents, withMeetings } from '../../src/meeting/plan';
import { addDays } from '../../src/rules/calendar';
import type { IsoDate } from '../../src/rules/dates';
import { ev, log, planAt } from './timeline-log';

const DAYS: IsoDate[] = ['2026-12-01', '2027-03-15', '2027-07-31', '2027-08-10'] as IsoDate[];

/** A questionnaire walked forward: each asked question answered (or left open), dates up to 400 days back. */
const answersOn = (today: IsoDate) =>
  fc.array(fc.nat(), { minLength: questions.length * 3, maxLength: questions.length * 3 }).map((r) => {
    const a: Record<string, unknown> = {};
    questions.forEach((q, i) => {
      const [skip, pick, more] = [r[i * 3]!, r[i * 3 + 1]!, r[i * 3 + 2]!];
      if (!isAsked(q, a as Answers) || skip % 20 === 0) return;
      a[q.id] = pickAnswer(q, pick, more, (pick, more) => pick % 6 === 0 ? DONT_KNOW : addDays(today, 5 - (more % 400)));
    });
    return a as Answers;
  });

describe('withMeetings without logged events (session 44)', () => {
  it('its pass changes nothing without events, so the shortcut gives the same plan', () => {
    for (const today of DAYS)
      fc.assert(
        fc.property(answersOn(today), answersOn(today), fc.boolean(), (answers, other, same) => {
          const plan = buildPlan(answers, today);
          expect(withEvents(plan, [], same ? answers : other)).toBe(plan);
          expect(withMeetings(plan, [], same ? answers : other)).toBe(plan);
        }),
        { numRuns: 500, seed: 44 },
      );
  });

  it('is not blind: an earlier written refusal logged before a later one adds its own step', () => {
    const s = log({ situatie: ['aanmelden'] } as Answers, [ev('a', 'besluit-geweigerd', '2026-11-02', 'brief'), ev('b', 'besluit-geweigerd', '2026-11-20', 'brief')]);
    expect(planAt(s, '2026-12-01').steps.map((x) => x.id)).toContain('eerdere-weigering');
  });
});

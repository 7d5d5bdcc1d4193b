/**
 * A logged story (timeline-log.ts `log`) read the way the app reads its stored state: the plan page (`planOf`), the
 * gesprekskaart (`cardOf`) and the letters read `answers` and the stored `timeline` (reconciled, read up to date). Shared by
 * the hunts and lawyer reviews from session 46 on, which each spelled these lines.
 */
import type { Answers } from '../../src/flow/answers';
import type { AppState } from '../../src/app/controller';
import type { IsoDate } from '../../src/rules/dates';
import type { Plan, PlanStep } from '../../src/rules/plan';
import type { Deadline } from '../../src/rules/deadlines';
import { expect } from 'vitest';
import { FILING_STEPS } from '../../src/rules/catalogue';
import { calendarSteps } from '../../src/rules/ics';
import { firstThings } from '../../src/ui/firstThings';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { TIMELINE_VERSION, type TimelineData } from '../../src/timeline/model';
import { planOf } from '../../src/ui/components/timelineDoor';

export type Story = { answers: Answers; data: TimelineData };

/** The part of the app's state a story fills: its answers and its timeline as stored. */
export const appOf = (s: Story): Pick<AppState, 'answers' | 'timeline'> => ({ answers: s.answers, timeline: { version: TIMELINE_VERSION, ...s.data } });

/** The plan the plan page shows for a story on `today`. */
export const planAtApp = (s: Story, today: IsoDate): Plan => planOf(appOf(s), today);

/**
 * The plan page, the first screen, the calendar and the gesprekskaart agree, for a story on `today` (session 50's three
 * lawyer reviews each spelled this): no step id twice; the calendar holds exactly the plan's open dated steps (and an
 * admission term whose 6 weeks passed on its possible 10-week day, maybeExtendedTo); the card's open dates are the plan's
 * and every open filing term is among them; the first screen's next date is the plan's nearest open term. Returns the plan.
 */
export function agreeingPlan(s: Story, today: IsoDate): Plan {
  const p = planAtApp(s, today);
  const ids = p.steps.map((x) => x.id);
  expect(new Set(ids).size).toBe(ids.length);
  const dated = p.steps.filter((x): x is PlanStep & { deadline: Deadline } => !!x.deadline);
  const open = dated.filter((x) => x.deadline.status !== 'passed');
  const inCalendar = dated.filter((x) => x.deadline.status !== 'passed' || x.deadline.maybeExtendedTo !== undefined);
  const days = inCalendar.map((x) => `${x.id}@${x.deadline.status === 'passed' ? x.deadline.maybeExtendedTo : x.deadline.due}`).sort();
  expect(calendarSteps(p).upcoming.map((x) => `${x.id}@${x.deadline.due}`).sort()).toEqual(days);
  const cardOpen = cardOf(appOf(s), today).dates.filter((d) => !d.passed).map((d) => `${d.step}@${d.due}`);
  for (const c of cardOpen) expect(days).toContain(c);
  for (const f of open.filter((x) => FILING_STEPS.includes(x.id))) expect(cardOpen).toContain(`${f.id}@${f.deadline.due}`);
  expect(firstThings(p).next?.deadline.due).toBe(open.map((x) => x.deadline.due).sort()[0]);
  return p;
}

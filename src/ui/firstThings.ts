import type { Plan, PlanStep } from '../rules/plan';
import type { Deadline } from '../rules/deadlines';
import type { Moment } from '../rules/catalogue';

/**
 * "Eerst dit": what a parent who reads only the first screen needs. It renders what the plan says,
 * in the plan's order: the first one or two "Nu doen" steps (or the first step when nothing is
 * urgent), the nearest date that has not passed, and whom to call. No law is computed here.
 * `meeting` is a planned talk at school (a step's moment) that comes before that date, or when no
 * date is ahead at all: the parent's next day to prepare for is then the talk, not "no date".
 */
export function firstThings(plan: Plan): { actions: PlanStep[]; next?: PlanStep & { deadline: Deadline }; meeting?: PlanStep & { moment: Moment } } {
  const now = plan.steps.filter((s) => s.group === 'nu');
  const actions = (now.length ? now : plan.steps).slice(0, 2);
  let next: (PlanStep & { deadline: Deadline }) | undefined;
  for (const s of plan.steps) {
    if (!s.deadline || s.deadline.status === 'passed') continue;
    if (!next || s.deadline.daysLeft < next.deadline.daysLeft) next = s as PlanStep & { deadline: Deadline };
  }
  let meeting: (PlanStep & { moment: Moment }) | undefined;
  for (const s of plan.steps) {
    if (!s.moment || s.moment.date < plan.today) continue;
    if (!meeting || s.moment.date < meeting.moment.date) meeting = s as PlanStep & { moment: Moment };
  }
  if (meeting && next && meeting.moment.date >= next.deadline.due) meeting = undefined;
  return { actions, ...(next ? { next } : {}), ...(meeting ? { meeting } : {}) };
}


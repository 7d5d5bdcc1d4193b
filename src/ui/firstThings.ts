import type { Plan, PlanStep } from '../rules/plan';
import type { Deadline } from '../rules/deadlines';

/**
 * "Eerst dit": what a parent who reads only the first screen needs. It renders what the plan says,
 * in the plan's order: the first one or two "Nu doen" steps (or the first step when nothing is
 * urgent), the nearest date that has not passed, and whom to call. No law is computed here.
 */
export function firstThings(plan: Plan): { actions: PlanStep[]; next?: PlanStep & { deadline: Deadline } } {
  const now = plan.steps.filter((s) => s.group === 'nu');
  const actions = (now.length ? now : plan.steps).slice(0, 2);
  let next: (PlanStep & { deadline: Deadline }) | undefined;
  for (const s of plan.steps) {
    if (!s.deadline || s.deadline.status === 'passed') continue;
    if (!next || s.deadline.daysLeft < next.deadline.daysLeft) next = s as PlanStep & { deadline: Deadline };
  }
  return { actions, ...(next ? { next } : {}) };
}


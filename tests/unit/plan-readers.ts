/**
 * Reading a plan's dates the way a parent meets them: every term on the plan, the first screen's, the calendar file's.
 * Shared by the property hunts of sessions 47 and 48 (tests/unit/hunt-s47.test.ts, hunt-s48.test.ts), which compare
 * these readings across stories, days, languages and devices.
 */
import type { Plan, PlanStep } from '../../src/rules/plan';
import { FILING_STEPS } from '../../src/rules/catalogue';
import { calendarSteps } from '../../src/rules/ics';
import { firstThings } from '../../src/ui/firstThings';

export type Dated = PlanStep & { deadline: NonNullable<PlanStep['deadline']> };
export const dated = (p: Plan) => p.steps.filter((s): s is Dated => !!s.deadline);
export const open = (p: Plan) => dated(p).filter((s) => s.deadline.status !== 'passed');
/** A step with a term for the parent to file something (bezwaar, the Geschillencommissie), or one counted from a decision made known. */
export const isFiling = (s: Pick<PlanStep, 'id' | 'deadline'>) => FILING_STEPS.includes(s.id) || s.deadline?.startWhat === 'besluit-bekend';
/** A term as the parent reads it: from which day, to which day, certain or not, and the 10-week day it may run to. */
export const term = (s: Dated) => `${s.deadline.start}>${s.deadline.due}${s.deadline.certain ? '' : '?'}${s.deadline.maybeExtendedTo ? `~${s.deadline.maybeExtendedTo}` : ''}`;
export const terms = (p: Plan) => dated(p).map(term).sort();
export const termsById = (p: Plan) => dated(p).map((s) => `${s.id}:${term(s)}`).sort();
/** The first screen's dates (as a set: a date shown as an action, as "next" or beside it is shown): the nearest, the others named beside it, the 10-week day, a choice. */
export function firstDates(p: Plan): string[] {
  const f = firstThings(p);
  const shown = [...f.actions.filter((x): x is Dated => !!x.deadline && x.deadline.status !== 'passed'), ...(f.next ? [f.next] : []), ...(f.also ?? []), ...(f.choice ? [f.choice.step] : [])];
  return [...new Set([...shown.map(term), ...(f.extended ? [`extended ${f.extended.deadline.maybeExtendedTo}`] : [])])].sort();
}
/** The calendar file's events: the steps planToIcs writes (calendarSteps), each on its day. */
export const calendar = (p: Plan) => calendarSteps(p).upcoming.map((s) => `${s.deadline.due}${s.deadline.certain ? '' : '?'}`).sort();

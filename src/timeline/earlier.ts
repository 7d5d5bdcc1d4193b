import { deadline, TERMS } from '../rules/deadlines';
import type { IsoDate } from '../rules/dates';
import type { PlanStep } from '../rules/plan';
import { inOrder, toldOnlyOrally, type Events } from './model';

/**
 * Session 25 (s25-months): an earlier refusal whose 6 weeks for bezwaar still run, once a later refusal was logged.
 *
 * The answers hold one refusal (weigering-datum): the latest logged one writes it. A parent who registers at the next
 * school after a refusal (A24-A26; FP-P3, 002:1532-1536) and is refused there too, within six weeks, still has the first
 * refusal's bezwaar (6 weeks from the decision, 002:748-750): a new refusal does not stop it. Before, logging the second
 * refusal silently took the first one's date out of the plan. This step comes from the timeline, beside the plan's own
 * bezwaar-weigering (which holds the latest refusal), like the steps of a recorded meeting (src/meeting/plan.ts).
 *
 * `planRefusal` is the refusal the plan's own bezwaar step counts from (when it shows): a refusal the parent answered in the
 * questionnaire after the logged ones.
 *
 * Shown only while its last day has not passed (nothing is lost by not showing a passed term of an older decision: the
 * plan's own step speaks about the latest one), and not when a bezwaar is logged between that refusal and the next one
 * (it can only be against that refusal). A bezwaar logged after the later refusal cannot be placed: the step stays and
 * its text says "have you already objected to this decision? Then nothing more to do"; the latest refusal's own bezwaar
 * step, which the plan then drops, comes back while that term runs (the safe side).
 */
export const EARLIER_REFUSAL = 'eerdere-weigering';
export const EARLIER_REFUSAL_TEXTS = 'ui:months.planStep.eerdereWeigering';

export function earlierRefusalSteps(events: Events, today: IsoDate, planRefusal?: IsoDate): PlanStep[] {
  const ordered = inOrder(events);
  const refusals = ordered.filter((e) => e.kind === 'besluit-geweigerd');
  const bezwaren = ordered.filter((e) => e.kind === 'bezwaar-ingediend');
  const open: { date: IsoDate; id: string }[] = [];
  refusals.forEach((r, i) => {
    // A refusal told only by phone is no decision and has no bezwaar (A20, FP02); it still ends the one before.
    if (toldOnlyOrally(r)) return;
    // The next refusal: the next one logged, or the plan's own when the questionnaire holds a later one (the logged
    // refusals are then all older: EFFECTS overtakenBy).
    const next = refusals[i + 1] ?? (planRefusal !== undefined && planRefusal > r.date ? { date: planRefusal } : undefined);
    // The latest refusal is the plan's own (bezwaar-weigering); one on the same day as the next is the same decision.
    if (!next || next.date === r.date) return;
    if (bezwaren.some((b) => b.date >= r.date && b.date < next.date)) return;
    const d = deadline(r.date, 'besluit-bekend', TERMS.objectionWeeks, 'weeks', today);
    if (d.status !== 'passed') open.push({ date: r.date, id: r.id });
  });
  // One step: the earliest open one ends first (two older refusals within six weeks: the second shows once the first passed).
  const r = open[0];
  if (!r) return [];
  const steps: PlanStep[] = [{
    id: EARLIER_REFUSAL, texts: EARLIER_REFUSAL_TEXTS, group: 'nu', section: 'weigering', letters: ['bezwaar-weigering-verwijdering'],
    contacts: ['schoolbestuur'], deadline: deadline(r.date, 'besluit-bekend', TERMS.objectionWeeks, 'weeks', today), params: { besluit: r.date },
  }];
  // A bezwaar logged on or after the latest refusal, while the earlier one's term runs, cannot be placed: sent from this
  // step's letter ("Ik heb deze brief verstuurd") it is against the earlier refusal, yet the plan reads it as against the
  // latest one and drops that one's bezwaar step. Both stay then, with their own dates (the safe side, as for a refusal
  // and a removal: bezwaar-twee-besluiten). `planRefusal` undefined: the plan does not show its bezwaar step.
  const latest = [...refusals].reverse().find((x) => !toldOnlyOrally(x));
  if (planRefusal === undefined && latest && latest.date > r.date && bezwaren.some((b) => b.date >= latest.date)) {
    const d = deadline(latest.date, 'besluit-bekend', TERMS.objectionWeeks, 'weeks', today);
    if (d.status !== 'passed') steps.push({ id: PLAN_REFUSAL, group: 'nu', section: 'weigering', letters: ['bezwaar-weigering-verwijdering'], contacts: ['schoolbestuur'], deadline: d, params: {} });
  }
  return steps;
}

/** The plan's own bezwaar step against a refusal (src/rules/catalogue.ts); its texts are that step's. */
const PLAN_REFUSAL = 'bezwaar-weigering';

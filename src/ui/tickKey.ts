import type { PlanStep } from '../rules/plan';

/**
 * The key a "gedaan" tick is stored under (wegwijzer.ticks). Session 25 (s25-months): a dated step is ticked for the
 * decision or event its term counts from, not for its id alone. Before, a parent who ticked "Maak bezwaar tegen de
 * weigering" for school A's refusal saw the same step for school B's later refusal (a new term of 6 weeks) struck through
 * as done. An undated step keeps its id. A tick made before this version on a dated step shows unticked (the safe side:
 * a running term is never shown as done). Fits the stored ticks' pattern /^[a-z0-9-]{1,64}$/.
 */
export function tickKey(step: Pick<PlanStep, 'id' | 'deadline'>): string {
  return step.deadline ? `${step.id}-${step.deadline.start}`.slice(0, 64) : step.id;
}

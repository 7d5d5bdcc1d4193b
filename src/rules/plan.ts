import { deadline, type Deadline } from './deadlines';
import { factsFrom, type Facts } from './facts';
import { stepRules, warningRules, type Contact, type Moment, type StepGroup } from './catalogue';
import type { Answers } from '../flow/answers';
import type { IsoDate } from './dates';
import { GROUP_ORDER, orderPlan } from './order';

export type { Contact, Moment, StepGroup } from './catalogue';

/** One step of the plan. Texts come from content/<lang>/steps.yaml by `id`. */
export interface PlanStep {
  id: string;
  group: StepGroup;
  /** Chapter section that explains the why. */
  section: string;
  letters: readonly string[];
  contacts: readonly Contact[];
  deadline?: Deadline;
  moment?: Moment;
  /**
   * Where the texts are when not in steps.yaml under `id`: a key prefix ("ui:meeting.planStep.afspraak").
   * Steps made from what the parent recorded (agreements from a meeting) have their own ids.
   */
  texts?: string;
  /**
   * One more text after the step's why, a full key ("ui:open34.spokenObjection"): what the timeline says about this step
   * (session 34: a bezwaar logged by phone does not count). Set by src/meeting/plan.ts withMeetings.
   */
  note?: string;
  /** Extra values for the step text's placeholders: ISO dates (formatted by the view) or ids. */
  params: Readonly<Record<string, string>>;
}

export interface PlanWarning {
  id: string;
  section: string;
}

export interface Plan {
  today: IsoDate;
  situations: readonly string[];
  steps: readonly PlanStep[];
  warnings: readonly PlanWarning[];
}

export const GROUPS: readonly StepGroup[] = GROUP_ORDER;

/** The plan for these answers on this day. Pure: no DOM, no clock, no storage. */
export function buildPlan(answers: Answers, today: IsoDate): Plan {
  const f: Facts = factsFrom(answers, today);
  const steps: PlanStep[] = [];
  for (const rule of stepRules) {
    if (!rule.applies(f)) continue;
    const computed = rule.deadline?.(f);
    const d = computed && { ...computed, certain: !rule.uncertain };
    const params = rule.params?.(f) ?? {};
    const moment = rule.moment?.(f);
    const texts = rule.texts?.(f);
    // A deadline that has passed moves its step to "Nu doen": the text then says what can still be done.
    const base = rule.groupFor?.(f) ?? rule.group;
    const group = d?.status === 'passed' && rule.lateGroup ? rule.lateGroup : base;
    steps.push({ id: rule.id, group, section: rule.section, letters: rule.letters ?? [], contacts: rule.contacts ?? [], ...(d ? { deadline: d } : {}), ...(moment ? { moment } : {}), ...(texts ? { texts } : {}), params });
  }
  const warnings = warningRules.filter((w) => w.applies(f)).map((w) => ({ id: w.id, section: w.section }));
  // The order (and the merging of repeats) is a rule of its own: order.ts.
  const ordered = orderPlan(steps, warnings);
  return { today, situations: f.list('situatie'), steps: ordered.steps, warnings: ordered.warnings };
}

export { deadline };

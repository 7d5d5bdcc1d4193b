/**
 * The texts the app's plan page shows, looked up as the app looks them up (src/app/i18n.ts: i18next,
 * with texts read as stored where i18next would give the same): for plancalc.tsx and reviewplan.tsx.
 * Each returns the texts, so the work cannot be left out by the bundler and the bench can count it.
 */
import { addTexts, initI18n, makeT, type T } from '../../../src/app/i18n';
import type { Plan, PlanStep } from '../../../src/rules/plan';
import { firstThings } from '../../../src/ui/firstThings';
import { formatDateInText } from '../../../src/rules/dateInText';
import { formatDate, isIsoDate } from '../../../src/rules/dates';

let t: T;

/** The app's Dutch texts with the plan's step texts and the lazy pages' texts, as they arrive in the app (main.tsx). */
export async function loadPlanTexts(): Promise<void> {
  const [steps, ui] = await Promise.all([import('../../../src/content/generated/steps.nl'), import('../../../src/content/generated/pagetexts.nl')]);
  await initI18n('nl');
  addTexts('nl', 'steps', steps.default as object);
  addTexts('nl', 'ui', ui.default as object);
  t = makeT();
}

/** A text of the app's first load (for warming the lookups the way a question page does). */
export const uiText = (key: string, values: Record<string, string>) => t.raw(key, values);

const params = (s: PlanStep) => Object.fromEntries(Object.entries(s.params).map(([k, v]) => [k, isIsoDate(v) ? formatDateInText(v, 'nl') : v]));
const key = (s: PlanStep, part: string) => `${s.texts ?? `steps:steps.${s.id}`}.${part}`;
const title = (s: PlanStep) => t.raw(key(s, 'title'), params(s));
const left = (s: PlanStep) => (s.deadline ? t('plan.deadlineLeft', { count: s.deadline.daysLeft }) : '');

/** The first screen's texts (PlanPage's FirstThings): heading, the nearest date, the actions and whom to call. */
export function firstTexts(plan: Plan): string[] {
  const { actions, next, extended, also, unknownClock } = firstThings(plan);
  const out = [t('plan.title'), t('plan.printIntro'), t('planFirst.title')];
  for (const s of [next, extended, ...(also ?? []), unknownClock]) if (s) out.push(title(s), left(s), s.deadline ? formatDate(s.deadline.due, 'nl') : '');
  out.push(t(actions.length > 1 ? 'planFirst.actionsMany' : 'planFirst.actionsOne'));
  for (const s of actions) {
    out.push(title(s), left(s), t('planFirst.toStep'));
    if (s.deadline) out.push(t('planFirst.due', { date: formatDate(s.deadline.due, 'nl') }));
    for (const c of s.contacts) out.push(t.raw(`ui:contact.${c}`));
  }
  out.push(t('planFirst.help'), t('planFirst.helpNoCard'), t('planFirst.findSwv'));
  return out;
}

/** Every step's and warning's texts (PlanPage's stepView and warnings). */
export function stepTexts(plan: Plan): string[] {
  const out: string[] = [];
  for (const s of plan.steps) {
    out.push(title(s), t.raw(key(s, 'why'), params(s)));
    if (s.note) out.push(t.raw(s.note, params(s)));
    if (s.deadline) {
      out.push(t('planExtras.dueOnly', { due: formatDateInText(s.deadline.due, 'nl') }), left(s));
      if (t.exists(key(s, 'check'))) out.push(t.raw(key(s, 'check'), params(s)));
    }
    for (const c of s.contacts) out.push(t.raw(`ui:contact.${c}`));
  }
  for (const w of plan.warnings) out.push(t.raw(`steps:warnings.${w.id}.title`), t.raw(`steps:warnings.${w.id}.text`));
  return out;
}

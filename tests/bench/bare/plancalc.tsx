/**
 * The bare stack computing the plan, then drawing it: plan.tsx plus the work no plan computed on the
 * device can skip. It loads the app's rules and its Dutch step and page texts, computes the plan for
 * the largest answers (`buildPlan`), and looks up every text the plan page shows for each step and
 * warning through i18next with its values (dates written as the app writes them); then it draws the
 * page the app drew, captured. What it leaves out is the app's own frame: its controller, storage,
 * routing and components. Its Lighthouse boot script is the floor for the plan page's goal (issue 17).
 */
import { render } from 'preact';
import i18next from 'i18next';
import { Workbox } from 'workbox-window';
import { buildPlan } from '../../../src/rules/plan';
import { formatDateInText } from '../../../src/rules/dateInText';
import { isIsoDate } from '../../../src/rules/dates';
import { LARGEST } from '../answers';
import { capturedPlan } from './captured';

async function main() {
  // The texts arrive as the app's do: the step texts and the page texts as their own files.
  const [steps, ui] = await Promise.all([import('../../../src/content/generated/steps.nl'), import('../../../src/content/generated/pagetexts.nl')]);
  await i18next.init({ lng: 'nl', resources: { nl: { steps: steps.default as object, ui: ui.default as object } }, interpolation: { escapeValue: false } });
  const today = new Date().toISOString().slice(0, 10);
  const plan = buildPlan(LARGEST, today);
  const texts: string[] = [];
  const t = (key: string, values?: Record<string, unknown>) => void texts.push(i18next.t(key, values ?? {}));
  for (const s of plan.steps) {
    const params = Object.fromEntries(Object.entries(s.params).map(([k, v]) => [k, isIsoDate(v) ? formatDateInText(v, 'nl') : v]));
    const key = (part: string) => `${s.texts ?? `steps:steps.${s.id}`}.${part}`;
    t(key('title'), params);
    t(key('why'), params);
    if (s.note) t(s.note, params);
    if (s.deadline) {
      t('ui:planExtras.dueOnly', { due: formatDateInText(s.deadline.due, 'nl') });
      t('ui:plan.deadlineLeft', { count: s.deadline.daysLeft });
      if (i18next.exists(key('check'))) t(key('check'), params);
    }
    for (const c of s.contacts) t(`ui:contact.${c}`);
  }
  for (const w of plan.warnings) (t(`steps:warnings.${w.id}.title`), t(`steps:warnings.${w.id}.text`));
  (window as unknown as { __texts: number }).__texts = texts.length;
  render(<>{capturedPlan()}</>, document.getElementById('app')!);
  performance.mark('app-rendered');
}
void main();
if ('serviceWorker' in navigator && location.protocol !== 'file:') void new Workbox('./sw.js').register().catch(() => undefined);

/**
 * The bare stack computing the plan, then drawing it: plan.tsx plus the work no plan computed on the
 * device can skip. It loads the app's rules and its Dutch step and page texts, computes the plan for
 * the largest answers (`buildPlan`), and looks up every text the plan page shows for its first screen, each step and
 * warning with its values, with the app's own lookups (plan-texts.ts; dates written as the app writes them); then it draws the
 * page the app drew, captured. What it leaves out is the app's own frame: its controller, storage,
 * routing and components. Its Lighthouse boot script is the floor for the plan page's goal (issue 17).
 */
import { render } from 'preact';
import { Workbox } from 'workbox-window';
import { buildPlan } from '../../../src/rules/plan';
import { LARGEST } from '../answers';
import { capturedPlan } from './captured-plan';
import { firstTexts, loadPlanTexts, stepTexts } from './plan-texts';

async function main() {
  // The texts arrive as the app's do: the step texts and the page texts as their own files.
  await loadPlanTexts();
  const plan = buildPlan(LARGEST, new Date().toISOString().slice(0, 10));
  (window as unknown as { __texts: number }).__texts = firstTexts(plan).length + stepTexts(plan).length;
  render(<>{capturedPlan()}</>, document.getElementById('app')!);
  performance.mark('app-rendered');
}
void main();
if ('serviceWorker' in navigator && location.protocol !== 'file:') void new Workbox('./sw.js').register().catch(() => undefined);

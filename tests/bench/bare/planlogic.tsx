/**
 * The bare stack computing the plan (as plancalc.tsx), and also doing at boot what the app's plan page cannot skip, with
 * the app's own code: open the device store and read what the parent keeps there (the answers with their migration
 * check, the ticks and the letter fields in the two-tab-safe records, the contact card, the language, the timeline:
 * src/app/storage.ts, sync.ts, contact.ts), check that the answers allow the plan (src/flow/route.ts canShow), and
 * compute the plan with the timeline's steps, data an older version stored read up to date (src/timeline/model.ts
 * upgradeStored, reconcile; src/meeting/plan.ts withMeetings), as the plan page's `planOf` does. Then the texts and
 * the captured page, as plancalc.tsx. What it leaves out is the app's frame: its controller, router, lazy pages and
 * components. Since the twenty-eighth round (ROUNDS.md) it also works out the timeline's "te laat?" flags that the plan shows
 * (TimelineOnPlan: lateFlags, which reads every date the answers hold): logic the app's plan page cannot skip, which this
 * floor used to. (`preact/hooks`, which sees every vnode, was loaded all along: src/app/i18n.ts imports it.) `npm run bench` measures it as "bare stack, plan logic": the floor for the plan page's boot script
 * (issue 17), as pagelogic.tsx is for a tap. It needs the answers stored (the bench stores the largest).
 */
import { render } from 'preact';
import { Workbox } from 'workbox-window';
import { buildPlan } from '../../../src/rules/plan';
import { withMeetings } from '../../../src/meeting/plan';
import { lateFlags, questionnaireAnswers, reconcile, sanitizeTimeline, upgradeStored } from '../../../src/timeline/model';
import { capturedPlan } from './captured-plan';
import { firstTexts, loadPlanTexts, stepTexts } from './plan-texts';
import { readKept } from './kept';

async function main() {
  const kept = readKept('planlogic');
  const { answers } = kept;
  await loadPlanTexts();
  // planOf (src/ui/components/timelineDoor.ts) without the controller it reads the state from.
  const stored = reconcile(answers, sanitizeTimeline(kept.timeline));
  const { answers: now, data } = upgradeStored(answers, stored) ?? { answers, data: stored };
  const today = new Date().toISOString().slice(0, 10);
  const plan = withMeetings(buildPlan(now, today), data.events, questionnaireAnswers(now, data));
  const flags = lateFlags(now, data.events, today, data.base);
  (window as unknown as { __texts: number; __kept: unknown }).__texts = firstTexts(plan).length + stepTexts(plan).length + flags.length;
  (window as unknown as { __kept: unknown }).__kept = kept;
  render(<>{capturedPlan()}</>, document.getElementById('app')!);
  performance.mark('app-rendered');
}
void main();
if ('serviceWorker' in navigator && location.protocol !== 'file:') void new Workbox('./sw.js').register().catch(() => undefined);

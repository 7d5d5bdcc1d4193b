/**
 * The bare stack tapping "Naar mijn plan" on the app's check page. Both pages are drawn as this build
 * drew them for the largest answers (captured by `npm run bench` in one visit: the check page with every
 * chapter, then the plan it opened). The tap does what no plan opened from the check page can skip,
 * with the app's own code: compute the plan (`buildPlan`), pick its first screen (`firstThings`), look
 * up that screen's texts with their values (the app's lookups, plan-texts.ts), and draw the heading
 * and "Eerst dit"; a frame later the rest of the page and its texts, as PlanPage does. The step and page texts are loaded
 * before the tap, as the app loads them while the parent answers. What it leaves out is the app's own
 * frame (machine, controller, storage, routing, components). `npm run bench` measures it as "bare stack,
 * check page → plan computed": the floor for the tap to the plan (issue 17).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Workbox } from 'workbox-window';
import { buildPlan, type Plan } from '../../../src/rules/plan';
import { LARGEST } from '../answers';
import { draw, firstScreen, type Node } from './captured';
import { firstTexts, loadPlanTexts, stepTexts, uiText } from './plan-texts';
import './.captured/reviewplan.css';

const captured = Object.values(import.meta.glob<{ review: Node[]; plan: Node[] }>('./.captured/reviewplan.json', { eager: true, import: 'default' }))[0] ?? { review: [], plan: [] };
const firstTree = firstScreen(captured.plan);

let plan: Plan | undefined;
/** What the tap did, for the bench: texts looked up, and the ms of computing the plan and of looking up the first screen's texts. */
const shown = { texts: 0, planMs: 0, textsMs: 0 };
(window as unknown as { __shown: typeof shown }).__shown = shown;

function Page() {
  const [view, setView] = useState<'review' | 'first' | 'all'>('review');
  useEffect(() => {
    if (view === 'review') return;
    document.querySelector<HTMLElement>('h1')?.focus();
    if (view !== 'first') return;
    // The rest a frame later (PlanPage's useAfterFirstPaint); the history entry after the frame, like the app's.
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => {
      history.pushState(null, '', '#/plan');
      shown.texts += stepTexts(plan!).length;
      setView('all');
    })));
    return () => (cancelAnimationFrame(frame), clearTimeout(timer));
  }, [view]);
  const toPlan = () => {
    const t0 = performance.now();
    plan = buildPlan(LARGEST, new Date().toISOString().slice(0, 10));
    const t1 = performance.now();
    shown.texts = firstTexts(plan).length;
    [shown.planMs, shown.textsMs] = [t1 - t0, performance.now() - t1];
    setView('first');
  };
  // The check page's "Naar mijn plan" (ReviewPage: the only .button in .page-review).
  const extra = (tag: string, attrs: Record<string, string>) => (tag === 'button' && attrs['class'] === 'button' ? { onClick: toPlan } : undefined);
  if (view === 'review') return <>{captured.review.map((n) => draw(n, extra))}</>;
  return <>{(view === 'first' ? firstTree : captured.plan).map((n) => draw(n))}</>;
}

async function main() {
  // Loaded before the tap, as the app loads them while the parent answers (App.tsx, on the first question).
  await loadPlanTexts();
  history.replaceState(null, '', '#/controleren');
  const root = document.getElementById('app')!;
  // The app reaches this tap after a walk of 20-50 pages: Preact's drawing and the text lookups have run
  // many times by then (the plan's code and texts have not). The same here, with the check page and the
  // texts a question page shows, so the tap is not measured colder than the app's (?cold leaves it out).
  if (!location.search.includes('cold'))
    for (let i = 0; i < 30; i++) {
      render(<>{captured.review.map((n) => draw(n))}</>, root);
      render(null, root);
      uiText('question.step', { step: String(i + 1), of: String(40 - i) });
      uiText('question.chapter', { number: String(1 + (i % 10)), title: 'Aanmelden' });
    }
  render(<Page />, root);
  performance.mark('app-rendered');
}
void main();
if ('serviceWorker' in navigator && location.protocol !== 'file:') void new Workbox('./sw.js').register().catch(() => undefined);

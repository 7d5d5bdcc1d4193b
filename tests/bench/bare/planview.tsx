/**
 * The app's own plan page without the app's frame: the device store read as planlogic.tsx reads it (kept.ts), then the
 * app's `PlanPage` component drawn straight into #app with those answers, ticks, contact card and timeline, its step and
 * page texts loaded through the app's own loader (src/ui/lazy.ts). What it leaves out is what wraps that page in the app:
 * main.tsx and the controller's boot (src/app/controller.ts), the router, `App` (header, footer, notices, the language
 * menu) and `lazyPage`. Counted beside the app and planlogic.tsx by `npm run bench -- --only=calls` (issue 17, twenty-ninth
 * round in ROUNDS.md): the app minus this is the frame; this minus planlogic.tsx is drawing the plan from its data with the
 * app's JSX instead of handing Preact the finished (captured) tree, which a page that computes its plan cannot do.
 */
import { render } from 'preact';
import { Workbox } from 'workbox-window';
import { addTexts, initI18n } from '../../../src/app/i18n';
import { loadContent } from '../../../src/ui/lazy';
import type { AppState } from '../../../src/app/controller';
import { PlanPage } from '../../../src/ui/pages/PlanPage';
import '../../../src/ui/styles.css';
import { readKept } from './kept';

async function main() {
  const { answers, ticks, letterFields, contact, timeline } = readKept('planview');
  const app: AppState = { route: { page: 'plan' }, answers, position: 'plan', persistent: true, notices: [], ticks, letterFields, contact, timeline, version: 0 };
  // The texts as main.tsx takes them in when the plan page's files arrive (lazyPage waits for the same three).
  await initI18n('nl');
  const [steps, ui] = await Promise.all([loadContent('steps', 'nl'), loadContent('pagetexts', 'nl'), loadContent('toc', 'nl')]);
  addTexts('nl', 'steps', steps as object);
  addTexts('nl', 'ui', ui as object);
  render(<PlanPage app={app} />, document.getElementById('app')!);
  performance.mark('app-rendered');
}
void main();
if ('serviceWorker' in navigator && location.protocol !== 'file:') void new Workbox('./sw.js').register().catch(() => undefined);

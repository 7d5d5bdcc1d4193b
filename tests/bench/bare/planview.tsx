/**
 * The app's own plan page without the app's frame: planlogic.tsx's reads of the device store (the same code), then the
 * app's `PlanPage` component drawn straight into #app with those answers, ticks, contact card and timeline, its step and
 * page texts loaded through the app's own loader (src/ui/lazy.ts). What it leaves out is what wraps that page in the app:
 * main.tsx and the controller's boot (src/app/controller.ts), the router, `App` (header, footer, notices, the language
 * menu) and `lazyPage`. Counted beside the app and planlogic.tsx by `npm run bench -- --only=calls` (issue 17, twenty-ninth
 * round in ROUNDS.md): the app minus this is the frame; this minus planlogic.tsx is drawing the plan from its data with the
 * app's JSX instead of handing Preact the finished (captured) tree, which a page that computes its plan cannot do.
 */
import { render } from 'preact';
import { Workbox } from 'workbox-window';
import { KEYS, flowCodec, loadFlow, loadJson, openStore } from '../../../src/app/storage';
import { SyncedRecord, plainCodec } from '../../../src/app/sync';
import { contactFromStore } from '../../../src/app/contact';
import { addTexts, initI18n } from '../../../src/app/i18n';
import { loadContent } from '../../../src/ui/lazy';
import { canShow } from '../../../src/flow/route';
import type { Answers } from '../../../src/flow/answers';
import type { AppState } from '../../../src/app/controller';
import { PlanPage } from '../../../src/ui/pages/PlanPage';
import '../../../src/ui/styles.css';

const isRecord = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, never>) : undefined);

async function main() {
  const { store } = openStore(() => localStorage);
  const loaded = loadFlow(store);
  const answers = new SyncedRecord(store, KEYS.answers, flowCodec(() => loaded.saved?.position ?? 'start')).load() as Answers;
  if (!canShow('plan', answers)) throw new Error('planview: no answers that allow the plan are stored');
  const app: AppState = {
    route: { page: 'plan' },
    answers,
    position: 'plan',
    persistent: true,
    notices: [],
    ticks: new SyncedRecord(store, KEYS.ticks, plainCodec(isRecord)).load() as Record<string, true>,
    letterFields: new SyncedRecord(store, KEYS.letterFields, plainCodec(isRecord)).load() as Record<string, string>,
    contact: loadJson(store, KEYS.contact, contactFromStore),
    timeline: loadJson(store, 'wegwijzer.timeline', (v) => v),
    version: 0,
  };
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

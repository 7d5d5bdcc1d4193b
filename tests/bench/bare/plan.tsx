/**
 * The bare stack drawing the app's plan page: the page as the app drew it for the largest answers
 * (its elements, attributes, texts and stylesheets, captured by `npm run bench` from this build into
 * .captured/), rendered by Preact from that tree. i18next starts and workbox-window registers as in
 * the bare stack; nothing is computed. Its Lighthouse boot script is what drawing this page costs on
 * the chosen stack, apart from the app's rules, text lookups and components (issue 17).
 */
import { render } from 'preact';
import i18next from 'i18next';
import { Workbox } from 'workbox-window';
import { capturedPlan } from './captured-plan';

void i18next.init({ lng: 'nl', resources: { nl: { translation: { title: 'Wegwijzer' } } } });
render(<>{capturedPlan()}</>, document.getElementById('app')!);
performance.mark('app-rendered');
if ('serviceWorker' in navigator && location.protocol !== 'file:') void new Workbox('./sw.js').register().catch(() => undefined);

import { hydrate, render } from 'preact';
import { App } from './ui/App';
import { boot, getState, startFlowSoon } from './app/controller';
import { registerServiceWorker } from './app/pwa';
import { afterSettled, loadContent, whenLoaded, whenPageShown } from './ui/lazy';
import { addTexts, currentLang } from './app/i18n';
import { followLinks } from './ui/components/Link';
import './ui/styles.css';
import './ui/languages.css';

// The plan's texts arrive with the plan page; i18next takes them in as the "steps" namespace.
whenLoaded((kind, lang, data) => {
  if (kind === 'steps' || kind === 'questions') addTexts(lang, kind, data as object);
  if (kind === 'pagetexts' || kind === 'readtexts' || kind === 'meetingtexts') addTexts(lang, 'ui', data as object);
});

const root = document.getElementById('app')!;
/** index.html carries the start page's markup for a first visit in Dutch (src/prerender/plugin.ts). */
const prerendered = !root.querySelector('.boot-message');

boot()
  .then(() => {
    // The markup was made for the start page in Dutch with nothing stored: index.html's check kept it
    // only then. A notice (storage that throws) makes it another page: rendered anew.
    // Every in-app link is routed by one listener (src/ui/components/Link.tsx), from when the app is drawn, as each
    // link's own handler was before: until then a link is followed by the browser.
    followLinks(document);
    if (prerendered && !getState().notices.length) hydrate(<App />, root);
    else {
      root.textContent = ''; // the "wordt geladen" message, or markup made for another state
      render(<App />, root);
    }
    performance.mark('app-rendered'); // read by npm run bench
    // Once the page's own files are in (the load event waits for index.html's preloads of a deep
    // link's files; on the start page it comes with the first paint), not beside them (issue 17):
    const later = () => {
      // the rest of the questionnaire texts,
      void loadContent('questions', currentLang()).catch(() => undefined);
      // the lazy pages' texts, not from the start page (session 83): its next tap is mostly "Begin", and these are 230 KB
      // of script (43 KB on the wire in Dutch, mostly the plan's) whose evaluation, some 50 ms at 4× CPU, could be running
      // when the parent taps. The first question page asks for them in an idle moment (App.tsx, ReviewPage.preload), a
      // page from the menu when it opens, and the service worker caches them for offline use either way.
      if (getState().route.page !== 'start') void loadContent('pagetexts', currentLang()).catch(() => undefined);
      // the questionnaire's machine (XState, not in the first load), before "Begin",
      startFlowSoon();
      // and the service worker.
      registerServiceWorker();
    };
    // After the page is painted, too: on a fast connection the load event can come before it. A deep
    // link's page is painted after its own files are in: wait for its heading (at most 4 s, for a page
    // whose files fail to load).
    const shown = Promise.race([whenPageShown, new Promise<void>((done) => setTimeout(done, 4000))]);
    // Then a moment more (SETTLE_MS), for the screen to show that frame.
    const afterLoadAndPaint = () => void shown.then(() => afterSettled(later));
    document.readyState == 'complete' ? afterLoadAndPaint() : addEventListener('load', afterLoadAndPaint);
  })
  .catch((error: unknown) => {
    // Never a blank page: say what happened and offer a way on. (Texts may not have loaded: both languages here.)
    console.warn(error);
    root.textContent = '';
    const p = document.createElement('p');
    p.textContent = 'Er ging iets mis bij het starten. Laad de pagina opnieuw. / Something went wrong while starting. Please reload the page.';
    const a = document.createElement('a');
    a.href = './';
    a.textContent = 'Opnieuw laden / Reload';
    root.append(p, a);
  });

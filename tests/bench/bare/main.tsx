/**
 * The bare chosen stack (Preact + XState + i18next + workbox-window) as the smallest questionnaire
 * that does what the app's question page does on a tap: five questions, one per page, "Stap x van y",
 * the hash in the history, focus on the new heading. `npm run bench` builds it (tests/bench/bare.ts)
 * and measures it beside the app: its numbers are the floor the app is compared with.
 *
 * `page.tsx` mounts the same stack with the app's own page (markup, stylesheets, five real questions):
 * the floor for a page the size of the app's.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { assign, createActor, setup } from 'xstate';
import i18next, { type Resource } from 'i18next';
import { Workbox } from 'workbox-window';

export const QUESTION_IDS = ['q1', 'q2', 'q3', 'q4', 'q5'];

/** The texts of the app's questions (src/content/types QuestionTexts, the fields drawn here). */
interface AppQuestion {
  title: string;
  why: string;
  hint?: string;
  options: Record<string, string>;
  optionHints?: Record<string, string>;
}
interface AppPage {
  ids: string[];
  questions: Record<string, AppQuestion>;
  /** What the app's own logic does in a tap (pagelogic.tsx): take the answer, and count the steps. */
  logic?: { answer(id: string, value: string): void; step(id: string): { step: number; of?: number } };
}

const texts = (lang: string, ids: string[]) => ({
  title: lang === 'nl' ? 'Wegwijzer' : 'Guide',
  begin: lang === 'nl' ? 'Begin' : 'Start',
  next: lang === 'nl' ? 'Volgende' : 'Next',
  step: lang === 'nl' ? 'Stap {{x}} van {{y}}' : 'Step {{x}} of {{y}}',
  done: lang === 'nl' ? 'Klaar' : 'Done',
  yes: lang === 'nl' ? 'Ja' : 'Yes',
  no: lang === 'nl' ? 'Nee' : 'No',
  ...Object.fromEntries(ids.map((id, i) => [id, `${lang === 'nl' ? 'Vraag' : 'Question'} ${i + 1}: ${lang === 'nl' ? 'is dit zo?' : 'is this so?'}`])),
});

export function mount(appPage?: AppPage) {
  const IDS = appPage?.ids ?? QUESTION_IDS;
  const resources: Resource = appPage
    ? { nl: { translation: texts('nl', IDS), questions: { ...appPage.questions } } }
    : { nl: { translation: texts('nl', IDS) }, en: { translation: texts('en', IDS) } };
  void i18next.init({ lng: 'nl', resources, interpolation: { escapeValue: false } });

  const machine = setup({
    types: { context: {} as { answers: Record<string, string> }, events: {} as { type: 'BEGIN' } | { type: 'ANSWER'; value: string } },
  }).createMachine({
    initial: 'start',
    context: { answers: {} },
    states: {
      start: { on: { BEGIN: IDS[0]! } },
      ...Object.fromEntries(
        IDS.map((id, i) => [id, { on: { ANSWER: { target: IDS[i + 1] ?? 'done', actions: assign({ answers: ({ context, event }) => ({ ...context.answers, [id]: event.type === 'ANSWER' ? event.value : '' }) }) } } }]),
      ),
      done: {},
    },
  });
  const actor = createActor(machine).start();
  const t = i18next.t.bind(i18next);

  function App() {
    const [snap, setSnap] = useState(actor.getSnapshot());
    useEffect(() => actor.subscribe((s) => (setSnap(s), history.pushState(null, '', `#/vraag/${String(s.value)}`))).unsubscribe, []);
    const h1 = useRef<HTMLHeadingElement>(null);
    useEffect(() => h1.current?.focus(), [snap.value]);
    const at = String(snap.value);
    const submit = (e: Event) => {
      e.preventDefault();
      const v = new FormData(e.currentTarget as HTMLFormElement).get(at);
      if (typeof v !== 'string') return;
      appPage?.logic?.answer(at, v);
      actor.send({ type: 'ANSWER', value: v });
    };
    // The app's page sits in the app's <main> (Root, below); the bare page is its own <main>.
    const Page = appPage ? 'div' : 'main';
    if (at === 'start')
      return (
        <Page class={appPage ? 'page-start' : undefined}>
          <h1 ref={h1} tabIndex={-1}>{t('title')}</h1>
          <button type="button" class={appPage ? 'button start-button' : 'start-button'} onClick={() => actor.send({ type: 'BEGIN' })}>{t('begin')}</button>
        </Page>
      );
    if (at === 'done') return <Page><h1 ref={h1} tabIndex={-1}>{t('done')}</h1></Page>;
    const counted = appPage?.logic?.step(at);
    const step = t('step', counted ? { x: counted.step, y: counted.of ?? '?' } : { x: IDS.indexOf(at) + 1, y: IDS.length });
    if (!appPage)
      return (
        <main>
          <p class="caption">{step}</p>
          <form onSubmit={submit}>
            <fieldset>
              <legend><h1 ref={h1} tabIndex={-1}>{t(at)}</h1></legend>
              {['ja', 'nee'].map((v) => (
                <label key={v}><input type="radio" name={at} value={v} /> {t(v === 'ja' ? 'yes' : 'no')}</label>
              ))}
            </fieldset>
            <button type="submit">{t('next')}</button>
          </form>
        </main>
      );
    // The app's question page (QuestionPage.tsx), drawn from the same texts with the same markup.
    const q = appPage.questions[at]!;
    const text = (k: string) => t(`questions:${at}.${k}`);
    return (
      <div class="page-question">
        <p class="back"><a href="#" class="back-link">Vorige</a></p>
        <form onSubmit={submit} novalidate>
          <div class="form-group">
            <fieldset aria-describedby={q.hint ? `${at}-hint` : undefined}>
              <legend>
                <p class="caption">{step}</p>
                <h1 ref={h1} tabIndex={-1}>{text('title')}</h1>
              </legend>
              {q.hint && <p class="hint" id={`${at}-hint`}>{text('hint')}</p>}
              <div class="options">
                {Object.keys(q.options).map((o, i) => {
                  const oid = i === 0 ? `${at}-field` : `${at}-${o}`;
                  const ohint = q.optionHints?.[o] ? text(`optionHints.${o}`) : '';
                  return (
                    <div class="option" key={o}>
                      <input id={oid} type="radio" name={at} value={o} aria-describedby={ohint ? `${oid}-hint` : undefined} />
                      <label for={oid}>{text(`options.${o}`)}</label>
                      {ohint && <p class="option-hint" id={`${oid}-hint`}>{ohint}</p>}
                    </div>
                  );
                })}
              </div>
              <p class="visually-hidden" aria-live="polite" />
            </fieldset>
          </div>
          <button type="submit" class="button">{t('next')}</button>
        </form>
        <details class="why" key={at}>
          <summary>Waarom vragen we dit?</summary>
          <p>{text('why')}</p>
        </details>
        <p class="read-more"><a href="#/lees/thuiszitten">Lees meer over dit onderwerp</a><span class="muted"> (Hoofdstuk 3: Wat voor hulp kan ik van een school verwachten?)</span></p>
        <p><a href="#/overzicht">Overzicht van de hoofdstukken</a></p>
      </div>
    );
  }

  // The app's chrome around the page: rendered once, like the app's (App.tsx memoizes it per page kind).
  const header = (
    <>
      <a class="skip-link" href="#main">Naar de inhoud</a>
      <header class="site-header">
        <div class="wrap header-row">
          <a href="#/" class="brand">
            <svg class="brand-mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false"><path d="M32 10v44M32 18h16l6 6-6 6H32M32 34H16l-6 6 6 6h16" fill="none" stroke="currentColor" stroke-width="5" stroke-linejoin="round" /></svg>
            <span><span class="brand-name">Wegwijzer passend onderwijs</span><span class="brand-tagline">Hulp voor ouders van een kind op de basisschool</span></span>
          </a>
          <details class="lang-menu"><summary class="lang-switch"><svg class="lang-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19M2.5 12h19M12 2.5c3 3 3 16 0 19M12 2.5c-3 3-3 16 0 19" /></svg><span>Taal · Language</span></summary></details>
        </div>
        <nav class="wrap site-nav" aria-label="Menu">
          <a href="#/lees">Lees meer</a><a href="#/begrippen">Begrippen</a><a href="#/zoeken">Zoeken</a><a href="#/brieven">Brieven</a><a href="#/tijdlijn">Mijn tijdlijn</a>
        </nav>
      </header>
    </>
  );
  const footer = (
    <footer class="site-footer">
      <div class="wrap footer-row">
        <a href="#/info/privacy">Privacy</a><a href="#/info/toegankelijkheid">Toegankelijkheid</a><a href="#/info/over">Over deze wegwijzer</a><a href="#/professionals">Voor professionals</a><a href="#/wissen" class="wipe-link">Wis mijn gegevens</a>
      </div>
    </footer>
  );
  const Root = () => (appPage ? <>{header}<main id="main" tabIndex={-1} class="wrap"><App /></main>{footer}</> : <App />);
  render(<Root />, document.getElementById('app')!);
  performance.mark('app-rendered');
  if ('serviceWorker' in navigator && location.protocol !== 'file:') void new Workbox('./sw.js').register().catch(() => undefined);
}

if (!document.documentElement.dataset.variant) mount();

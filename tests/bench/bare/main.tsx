/**
 * The bare chosen stack (Preact + XState + i18next + workbox-window) as the smallest questionnaire
 * that does what the app's question page does on a tap: five questions, one per page, "Stap x van y",
 * the hash in the history, focus on the new heading. `npm run bench` builds it (tests/bench/bare.ts)
 * and measures it beside the app: its numbers are the floor the app is compared with.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { assign, createActor, setup } from 'xstate';
import i18next from 'i18next';
import { Workbox } from 'workbox-window';

const IDS = ['q1', 'q2', 'q3', 'q4', 'q5'] as const;
const texts = (lang: string) => ({
  title: lang === 'nl' ? 'Wegwijzer' : 'Guide',
  begin: lang === 'nl' ? 'Begin' : 'Start',
  next: lang === 'nl' ? 'Volgende' : 'Next',
  step: lang === 'nl' ? 'Stap {{x}} van {{y}}' : 'Step {{x}} of {{y}}',
  done: lang === 'nl' ? 'Klaar' : 'Done',
  yes: lang === 'nl' ? 'Ja' : 'Yes',
  no: lang === 'nl' ? 'Nee' : 'No',
  ...Object.fromEntries(IDS.map((id, i) => [id, `${lang === 'nl' ? 'Vraag' : 'Question'} ${i + 1}: ${lang === 'nl' ? 'is dit zo?' : 'is this so?'}`])),
});
void i18next.init({ lng: 'nl', resources: { nl: { translation: texts('nl') }, en: { translation: texts('en') } }, interpolation: { escapeValue: false } });

const machine = setup({
  types: { context: {} as { answers: Record<string, string> }, events: {} as { type: 'BEGIN' } | { type: 'ANSWER'; value: string } },
}).createMachine({
  initial: 'start',
  context: { answers: {} },
  states: {
    start: { on: { BEGIN: IDS[0] } },
    ...Object.fromEntries(
      IDS.map((id, i) => [id, { on: { ANSWER: { target: IDS[i + 1] ?? 'done', actions: assign({ answers: ({ context, event }) => ({ ...context.answers, [id]: event.type === 'ANSWER' ? event.value : '' }) }) } } }]),
    ),
    done: {},
  },
});
const actor = createActor(machine).start();

function App() {
  const [snap, setSnap] = useState(actor.getSnapshot());
  useEffect(() => actor.subscribe((s) => (setSnap(s), history.pushState(null, '', `#/vraag/${String(s.value)}`))).unsubscribe, []);
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => h1.current?.focus(), [snap.value]);
  const t = i18next.t.bind(i18next);
  const at = String(snap.value);
  if (at === 'start')
    return (
      <main>
        <h1 ref={h1} tabIndex={-1}>{t('title')}</h1>
        <button type="button" class="start-button" onClick={() => actor.send({ type: 'BEGIN' })}>{t('begin')}</button>
      </main>
    );
  if (at === 'done') return <main><h1 ref={h1} tabIndex={-1}>{t('done')}</h1></main>;
  return (
    <main>
      <p class="caption">{t('step', { x: IDS.indexOf(at as (typeof IDS)[number]) + 1, y: IDS.length })}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const v = new FormData(e.currentTarget).get(at);
          if (typeof v === 'string') actor.send({ type: 'ANSWER', value: v });
        }}
      >
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
}

render(<App />, document.getElementById('app')!);
performance.mark('app-rendered');
if ('serviceWorker' in navigator && location.protocol !== 'file:') void new Workbox('./sw.js').register().catch(() => undefined);

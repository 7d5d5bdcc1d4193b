/**
 * Build time, in Node (loaded through Vite's SSR loader by ./run.ts, in a child process of the build):
 * returns the start page's markup as the app renders it for a first visit in Dutch — the real App,
 * the real controller state and the real texts, rendered by Preact's own render() into a small
 * fake DOM (./dom.ts). index.html carries it inside #app (./plugin.ts); its inline check keeps it
 * only for such a first visit, and src/main.tsx then hydrates it.
 */
import { render } from 'preact';
import { FakeDocument, FakeElement, innerHtml } from './dom';
import { MemoryStore } from '../app/storage';

export async function startPageHtml(): Promise<string> {
  const doc = new FakeDocument();
  const noop = () => undefined;
  const win = {
    localStorage: new MemoryStore(),
    location: { hash: '', href: 'http://localhost/', reload: noop },
    history: { replaceState: noop, pushState: noop },
    addEventListener: noop,
    removeEventListener: noop,
  } as unknown as Window;
  // Components read a few globals (document.title in an effect, the window for links).
  Object.assign(globalThis, { document: doc, window: win, location: win.location, history: win.history, localStorage: win.localStorage });
  const { boot } = await import('../app/controller');
  const { App } = await import('../ui/App');
  await boot(win);
  const root = new FakeElement('div', 'http://www.w3.org/1999/xhtml', doc);
  render(<App />, root as unknown as Element);
  const html = innerHtml(root);
  render(null, root as unknown as Element);
  return html;
}

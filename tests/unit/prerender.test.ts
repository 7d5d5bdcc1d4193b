import { runInNewContext } from 'node:vm';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_PAINTED, ROUTE_MODULES, fallbackScript, preloadsFor } from '../../src/prerender/plugin';
import type { Rollup } from 'vite';
import { FakeDocument, innerHtml } from '../../src/prerender/dom';

/** Runs index.html's inline check with this storage and hash; true when it put the loading message back. */
function fallsBack(hash: string, stored: Record<string, string> | 'throws'): boolean {
  const app = { innerHTML: '<h1>start</h1>' };
  const storage = stored === 'throws' ? undefined : Object.assign(Object.create(null), stored);
  const sandbox = { location: { hash }, document: { getElementById: (id: string) => (id === 'app' ? app : null) } };
  Object.defineProperty(sandbox, 'localStorage', {
    get() {
      if (!storage) throw new Error('SecurityError');
      return storage;
    },
  });
  runInNewContext(fallbackScript('Wordt geladen…'), sandbox);
  if (app.innerHTML !== '<h1>start</h1>') expect(app.innerHTML).toBe('<p class="boot-message">Wordt geladen…</p>');
  return app.innerHTML !== '<h1>start</h1>';
}

describe("index.html's check before the first paint (src/prerender/plugin.ts)", () => {
  it('keeps the start page only for a first visit in Dutch on the plain start route', () => {
    for (const hash of ['', '#', '#/']) {
      expect(fallsBack(hash, {}), hash).toBe(false);
      expect(fallsBack(hash, { 'wegwijzer.lang': '"nl"' }), hash).toBe(false);
      // Keys that do not change the start page.
      expect(fallsBack(hash, { 'wegwijzer.ticks': '{}', 'wegwijzer.timeline': '{}' }), hash).toBe(false);
    }
  });

  it('puts the loading message back for every other visit', () => {
    for (const hash of ['#/vraag/situatie', '#/plan', '#/?situatie=tlv', '#/?taal=en', '#/?org=Steunpunt', '#/deel/2-abc', '#//', '#/ ']) expect(fallsBack(hash, {}), hash).toBe(true);
    expect(fallsBack('', { 'wegwijzer.answers': '{"version":2,"answers":{}}' })).toBe(true);
    expect(fallsBack('#/', { 'wegwijzer.contact': '{"org":"x"}' })).toBe(true);
    // Anything but Dutch or nothing, unreadable values too (the app would read those as Dutch: a safe miss).
    for (const lang of ['"en"', '"ar"', 'en', 'garbage']) expect(fallsBack('', { 'wegwijzer.lang': lang }), lang).toBe(true);
    expect(fallsBack('', 'throws')).toBe(true);
  });
});

/** Runs the inline check with preloads; returns the modulepreload links it added to the head. */
function preloaded(hash: string, stored: Record<string, string> = {}): string[] {
  const links: { rel: string; href: string; as?: string; crossOrigin?: string }[] = [];
  const app = { innerHTML: '<h1>start</h1>' };
  const document = { getElementById: () => app, createElement: () => ({ rel: '', href: '' }), head: { append: (e: (typeof links)[number]) => links.push(e) } };
  const preloads = { vraag: ['./assets/machine-a.js', './assets/questions.nl-b.js'], lees: ['./assets/ReadPage-c.js', './assets/ReadPage-d.css'] };
  runInNewContext(fallbackScript('Wordt geladen…', preloads), { location: { hash }, document, localStorage: Object.assign(Object.create(null), stored) });
  // Scripts as module preloads, stylesheets as style preloads; both in CORS mode, as Vite's own
  // preload helper asks for them (else the browser fetches them twice).
  for (const l of links) expect(l.href.endsWith('.css') ? [l.rel, l.as] : [l.rel, l.as], l.href).toEqual(l.href.endsWith('.css') ? ['preload', 'style'] : ['modulepreload', undefined]);
  expect(links.every((l) => l.crossOrigin === '')).toBe(true);
  return links.map((l) => l.href);
}

describe("index.html's check asks a deep link's files at once", () => {
  it('preloads the page, machine and texts a Dutch deep link waits for; nothing on the start page or in another language', () => {
    expect(preloaded('#/vraag/situatie')).toEqual(['./assets/machine-a.js', './assets/questions.nl-b.js']);
    expect(preloaded('#vraag/situatie')).toEqual(['./assets/machine-a.js', './assets/questions.nl-b.js']);
    expect(preloaded('#/lees/thuiszitten', { 'wegwijzer.answers': '{}' })).toEqual(['./assets/ReadPage-c.js', './assets/ReadPage-d.css']);
    expect(preloaded('#/')).toEqual([]);
    expect(preloaded('#/zoeken')).toEqual([]);
    expect(preloaded('#/vraag/situatie', { 'wegwijzer.lang': '"en"' })).toEqual([]);
    expect(preloaded('#/vraag/situatie?taal=ar')).toEqual([]);
  });

  it("lists a page's chunk, every chunk it imports and their styles, without the entry's own files", () => {
    const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], css: string[] = [], isEntry = false) =>
      ({ type: 'chunk', fileName, moduleIds, imports, isEntry, viteMetadata: { importedCss: new Set(css) } }) as unknown as Rollup.OutputChunk;
    const bundle = Object.fromEntries(
      [
        chunk('assets/index-1.js', ['/r/src/main.tsx'], ['assets/shared-2.js'], [], true),
        chunk('assets/shared-2.js', ['/r/src/ui/App.tsx']),
        chunk('assets/PlanPage-3.js', ['/r/src/ui/pages/PlanPage.tsx'], ['assets/plan-4.js', 'assets/shared-2.js'], ['assets/PlanPage-5.css']),
        chunk('assets/plan-4.js', ['/r/src/rules/plan.ts'], ['assets/dates-6.js']),
        chunk('assets/dates-6.js', ['C:\\r\\src\\rules\\dates.ts']),
        chunk('assets/steps.nl-7.js', ['/r/src/content/generated/steps.nl.ts']),
      ].map((c) => [c.fileName, c]),
    );
    expect(preloadsFor(bundle, ['src/ui/pages/PlanPage.tsx', 'src/content/generated/steps.nl.ts'])).toEqual([
      './assets/PlanPage-3.js',
      './assets/PlanPage-5.css',
      './assets/plan-4.js',
      './assets/dates-6.js',
      './assets/steps.nl-7.js',
    ]);
    expect(preloadsFor(bundle, ['src/rules/dates.ts'])).toEqual(['./assets/dates-6.js']);
    expect(() => preloadsFor(bundle, ['src/ui/pages/Gone.tsx'])).toThrow(/in no chunk/);
  });

  it('names real source modules for every route', () => {
    for (const mods of Object.values(ROUTE_MODULES)) for (const m of mods) expect(existsSync(join(import.meta.dirname, '../..', m)), m).toBe(true);
  });
});

describe('the fake DOM serializer (src/prerender/dom.ts)', () => {
  it('escapes text and attributes, writes void elements without a closing tag and adds no whitespace', () => {
    const doc = new FakeDocument();
    const root = doc.createElement('div');
    const p = root.appendChild(doc.createElement('p'));
    p.setAttribute('title', 'a "b" & <c>');
    p.setAttribute('tabIndex', '-1');
    p.appendChild(doc.createTextNode('1 < 2 & 3 > 2\u00a0ok'));
    root.appendChild(doc.createElement('br'));
    const svg = root.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    svg.setAttribute('viewBox', '0 0 1 1');
    expect(innerHtml(root)).toBe('<p title="a &quot;b&quot; &amp; <c>" tabindex="-1">1 &lt; 2 &amp; 3 &gt; 2&nbsp;ok</p><br><svg viewBox="0 0 1 1"></svg>');
    // insertBefore moves a node that is elsewhere.
    root.insertBefore(root.childNodes[2]!, root.firstChild);
    expect(innerHtml(root).startsWith('<svg')).toBe(true);
  });

  it('leaves out only parts the first screen does not show', () => {
    const html = '<a class="skip-link" href="#main">Naar de inhoud</a><header><details class="lang-menu"><summary>Taal</summary><ul class="lang-list"><li>x</li></ul></details></header><main><h1>Start</h1></main><footer class="site-footer"><a>Privacy</a></footer>';
    expect(NOT_PAINTED.reduce((m, part) => m.replace(part, ''), html)).toBe('<header><details class="lang-menu"><summary>Taal</summary></details></header><main><h1>Start</h1></main>');
  });
});

import { runInNewContext } from 'node:vm';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_PAINTED, ROUTE_MODULES, fallbackScript } from '../../src/prerender/plugin';
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
  const links: { rel: string; href: string }[] = [];
  const app = { innerHTML: '<h1>start</h1>' };
  const document = { getElementById: () => app, createElement: () => ({ rel: '', href: '' }), head: { appendChild: (e: { rel: string; href: string }) => links.push(e) } };
  const preloads = { vraag: ['./assets/machine-a.js', './assets/questions.nl-b.js'], lees: ['./assets/ReadPage-c.js'] };
  runInNewContext(fallbackScript('Wordt geladen…', preloads), { location: { hash }, document, localStorage: Object.assign(Object.create(null), stored) });
  expect(links.every((l) => l.rel === 'modulepreload')).toBe(true);
  return links.map((l) => l.href);
}

describe("index.html's check asks a deep link's files at once", () => {
  it('preloads the page, machine and texts a Dutch deep link waits for; nothing on the start page or in another language', () => {
    expect(preloaded('#/vraag/situatie')).toEqual(['./assets/machine-a.js', './assets/questions.nl-b.js']);
    expect(preloaded('#vraag/situatie')).toEqual(['./assets/machine-a.js', './assets/questions.nl-b.js']);
    expect(preloaded('#/lees/thuiszitten', { 'wegwijzer.answers': '{}' })).toEqual(['./assets/ReadPage-c.js']);
    expect(preloaded('#/')).toEqual([]);
    expect(preloaded('#/zoeken')).toEqual([]);
    expect(preloaded('#/vraag/situatie', { 'wegwijzer.lang': '"en"' })).toEqual([]);
    expect(preloaded('#/vraag/situatie?taal=ar')).toEqual([]);
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

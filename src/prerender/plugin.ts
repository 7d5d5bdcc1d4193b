/**
 * The start page as HTML in index.html (issue 17): the markup the app renders for a first visit in
 * Dutch (./start.tsx, rendered at build time by the real components and texts), so a phone paints
 * the page before the script has arrived; src/main.tsx then hydrates it. A small inline script right
 * after #app puts the "wordt geladen" message back before anything is painted when the visit is not
 * such a first visit (a deep link, stored answers, a contact card, another language, no storage):
 * those render as before. The inline script is allowed by its hash in the Content-Security-Policy.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';

/** Stored keys that change the start page: any of them, and the visit renders as before. */
const FALLBACK_KEYS = ['wegwijzer.answers', 'wegwijzer.contact'];

/**
 * What a deep link's first render waits for, by the hash's first segment (src/app/router.ts): the
 * page's code and the Dutch texts. index.html's check asks for them at once (modulepreload), with
 * every chunk they import and their stylesheets (preloadsFor), beside the entry script, instead of
 * one after the other as each import is reached. The machine is not among them: a questionnaire
 * page the answers allow renders without it (src/app/controller.ts), and it loads after the paint.
 */
export const ROUTE_MODULES: Record<string, readonly string[]> = {
  vraag: ['src/content/generated/questions.nl.ts'],
  controleren: ['src/ui/pages/ReviewPage.tsx', 'src/content/generated/questions.nl.ts', 'src/content/generated/pagetexts.nl.ts'],
  plan: ['src/ui/pages/PlanPage.tsx', 'src/content/generated/steps.nl.ts', 'src/content/generated/pagetexts.nl.ts'],
  lees: ['src/ui/pages/ReadPage.tsx', 'src/content/generated/chapters.nl.ts', 'src/content/generated/readtexts.nl.ts'],
  brief: ['src/ui/pages/LettersPage.tsx', 'src/content/generated/letters.nl.ts', 'src/content/generated/pagetexts.nl.ts'],
};

/**
 * The built files a route's modules need, relative to index.html: the chunk holding each module,
 * every chunk it imports (statically, all the way down) and their stylesheets; without what the
 * entry loads anyway (its own static imports). A module in no chunk fails the build.
 */
export function preloadsFor(bundle: Rollup.OutputBundle, modules: readonly string[]): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  const loaded = new Set(entry ? [entry.fileName, ...entry.imports] : []);
  const files = new Set<string>();
  const add = (c: Rollup.OutputChunk | undefined) => {
    if (!c || files.has(c.fileName) || loaded.has(c.fileName)) return;
    files.add(c.fileName);
    for (const css of (c as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) files.add(css);
    c.imports.forEach((f) => add(byFile.get(f)));
  };
  for (const m of modules) {
    const chunk = chunks.find((c) => c.moduleIds.some((id) => id.split('\\').join('/').endsWith(`/${m}`)));
    if (!chunk) throw new Error(`prerender: ${m} is in no chunk of the bundle`);
    add(chunk);
  }
  return [...files].map((f) => `./${f}`);
}

/**
 * The inline check: a plain first visit keeps the prerendered markup, anything else gets `message`.
 * A deep link in Dutch also gets its page's files preloaded (`preloads`: route segment → file paths).
 */
export function fallbackScript(message: string, preloads: Record<string, string[]> = {}): string {
  const stored = FALLBACK_KEYS.map((k) => `s[${JSON.stringify(k)}]`).join('||');
  // Written without the common "./assets/" and ".js" (the script adds them): fewer bytes in index.html.
  const short = Object.fromEntries(
    Object.entries(preloads).map(([route, files]) => [
      route,
      files.map((f) => {
        if (!/^\.\/assets\/[^/]+\.(js|css)$/.test(f)) throw new Error(`prerender: cannot preload ${f}`);
        return f.slice(9).replace(/\.js$/, '');
      }),
    ]),
  );
  // Storage that throws (blocked): the app starts with a notice, so not this page either.
  // Another language (stored, or in the link) loads other texts: then nothing is preloaded.
  return `(function(f,o,d,m){try{var s=localStorage;o=!/^("nl")?$/.test(s["wegwijzer.lang"]||"");f=${stored}||o}catch(e){f=o=1}d=document;if(f||!/^(#\\/?)?$/.test(location.hash)){d.getElementById("app").innerHTML=${JSON.stringify(`<p class="boot-message">${message}</p>`)};m=!o&&!/taal=/.test(location.hash)&&/^#\\/?([a-z-]+)/.exec(location.hash);(m&&${JSON.stringify(short)}[m[1]]||[]).forEach(function(h){var e=d.createElement("link");e.rel=/css$/.test(h)?(e.as="style","preload"):(h+=".js","modulepreload");e.crossOrigin="";e.href="./assets/"+h;d.head.append(e)})}})()`;
}

/**
 * Parts the first screen does not show, left to the app (hydration creates them): the skip link
 * (visible on focus only), the language list inside the closed language menu and the footer (below
 * the start page). The first load may grow by 0.8 KB at most for this (issue 17).
 */
export const NOT_PAINTED = [/<a class="skip-link"[^>]*>[^<]*<\/a>/, /<ul class="lang-list">.*?<\/ul>/, /<footer class="site-footer">.*<\/footer>$/];

export function prerenderStart({ root }: { root: string }): Plugin {
  return {
    name: 'wegwijzer-prerender-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const app = /<div id="app">\s*<p class="boot-message">([^<]*)<\/p>\s*<\/div>/.exec(html);
        if (!app) throw new Error('prerender: index.html has no <div id="app"> with the boot message');
        // In a child process: the fake DOM's globals must not reach this build.
        const markup = execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/prerender/run.ts')], { cwd: root, encoding: 'utf8', maxBuffer: 8 * 1024 * 1024 });
        if (!markup.includes('class="page-start"')) throw new Error('prerender: the start page did not render');
        // The built files each deep link waits for.
        const preloads = Object.fromEntries(Object.entries(ROUTE_MODULES).map(([route, mods]) => [route, preloadsFor(ctx.bundle ?? {}, mods)]));
        const script = fallbackScript(app[1]!, preloads);
        const painted = NOT_PAINTED.reduce((m, part) => m.replace(part, ''), markup);
        const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
        return html
          .replace(app[0], `<div id="app">${painted}</div>\n    <script>${script}</script>`)
          .replace(/(http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/, `$1 ${hash}`);
      },
    },
  };
}

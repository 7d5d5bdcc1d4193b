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
import type { Plugin } from 'vite';

/** Stored keys that change the start page: any of them, and the visit renders as before. */
const FALLBACK_KEYS = ['wegwijzer.answers', 'wegwijzer.contact'];

/** The inline check: a plain first visit keeps the prerendered markup, anything else gets `message`. */
export function fallbackScript(message: string): string {
  const stored = FALLBACK_KEYS.map((k) => `s[${JSON.stringify(k)}]`).join('||');
  // Storage that throws (blocked): the app starts with a notice, so not this page either.
  return `(function(f){try{var s=localStorage;f=${stored}||!/^("nl")?$/.test(s["wegwijzer.lang"]||"")}catch(e){f=1}if(f||!/^(#\\/?)?$/.test(location.hash))document.getElementById("app").innerHTML=${JSON.stringify(`<p class="boot-message">${message}</p>`)}})()`;
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
      handler(html) {
        const app = /<div id="app">\s*<p class="boot-message">([^<]*)<\/p>\s*<\/div>/.exec(html);
        if (!app) throw new Error('prerender: index.html has no <div id="app"> with the boot message');
        // In a child process: the fake DOM's globals must not reach this build.
        const markup = execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/prerender/run.ts')], { cwd: root, encoding: 'utf8', maxBuffer: 8 * 1024 * 1024 });
        if (!markup.includes('class="page-start"')) throw new Error('prerender: the start page did not render');
        const script = fallbackScript(app[1]!);
        const painted = NOT_PAINTED.reduce((m, part) => m.replace(part, ''), markup);
        const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
        return html
          .replace(app[0], `<div id="app">${painted}</div>\n    <script>${script}</script>`)
          .replace(/(http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/, `$1 ${hash}`);
      },
    },
  };
}

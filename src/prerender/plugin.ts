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

/**
 * What a deep link's first render waits for, by the hash's first segment (src/app/router.ts): the
 * page's code, the machine and the Dutch texts. index.html's check asks for them at once (modulepreload),
 * beside the entry script, instead of one after the other as each import is reached.
 */
export const ROUTE_MODULES: Record<string, readonly string[]> = {
  vraag: ['src/flow/machine.ts', 'src/content/generated/questions.nl.ts'],
  controleren: ['src/flow/machine.ts', 'src/ui/pages/ReviewPage.tsx', 'src/content/generated/questions.nl.ts', 'src/content/generated/pagetexts.nl.ts', 'src/content/generated/toc.nl.ts'],
  plan: ['src/flow/machine.ts', 'src/ui/pages/PlanPage.tsx', 'src/content/generated/steps.nl.ts', 'src/content/generated/pagetexts.nl.ts', 'src/content/generated/toc.nl.ts'],
  lees: ['src/ui/pages/ReadPage.tsx', 'src/content/generated/chapters.nl.ts', 'src/content/generated/pagetexts.nl.ts', 'src/content/generated/toc.nl.ts'],
  brief: ['src/ui/pages/LettersPage.tsx', 'src/content/generated/letters.nl.ts', 'src/content/generated/pagetexts.nl.ts', 'src/content/generated/toc.nl.ts'],
};

/**
 * The inline check: a plain first visit keeps the prerendered markup, anything else gets `message`.
 * A deep link in Dutch also gets its page's files preloaded (`preloads`: route segment → file paths).
 */
export function fallbackScript(message: string, preloads: Record<string, string[]> = {}): string {
  const stored = FALLBACK_KEYS.map((k) => `s[${JSON.stringify(k)}]`).join('||');
  // Storage that throws (blocked): the app starts with a notice, so not this page either.
  // Another language (stored, or in the link) loads other texts: then nothing is preloaded.
  return `(function(f,o,d,m){try{var s=localStorage;o=!/^("nl")?$/.test(s["wegwijzer.lang"]||"");f=${stored}||o}catch(e){f=o=1}d=document;if(f||!/^(#\\/?)?$/.test(location.hash)){d.getElementById("app").innerHTML=${JSON.stringify(`<p class="boot-message">${message}</p>`)};m=!o&&!/taal=/.test(location.hash)&&/^#\\/?([a-z-]+)/.exec(location.hash);(m&&${JSON.stringify(preloads)}[m[1]]||[]).forEach(function(h){var e=d.createElement("link");e.rel="modulepreload";e.href=h;d.head.appendChild(e)})}})()`;
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
        // The built file of each module a deep link waits for (a module missing from the bundle is left out).
        const fileOf = new Map(Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' && c.facadeModuleId ? [[c.facadeModuleId.split('\\').join('/'), c.fileName] as const] : [])));
        const file = (m: string) => [...fileOf].find(([id]) => id.endsWith(`/${m}`))?.[1];
        const preloads = Object.fromEntries(Object.entries(ROUTE_MODULES).map(([route, mods]) => [route, mods.flatMap((m) => { const f = file(m); return f ? [`./${f}`] : []; })]));
        if (!preloads['vraag']?.length) throw new Error('prerender: the machine and question texts were not found in the bundle');
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

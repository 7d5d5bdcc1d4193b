/**
 * Vite plugin: writes the static reading pages (site.ts) into dist/ as part of `vite build`,
 * from the same content the app is built from. The pages use the app's stylesheet (the entry's
 * CSS, already in the cache of anyone who opened the app) plus a small stylesheet of their own
 * that only they load, so the app's first load does not grow.
 *
 * SITE_URL (an absolute address of the site's folder) turns on canonical links, hreflang
 * alternates, sitemap.xml and the Sitemap line in robots.txt; without it those are left out.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
// Only types from src/ here: vite.config.ts imports this file, and Vite's config loader warns about
// the extension-less imports of the content compiler. The code is loaded when the build runs (tsx).
import type * as Site from './site';
import type * as Compile from '../compile/compile';

/** The folders static pages live in (per language). The service worker leaves them alone. */
export const STATIC_FOLDERS = ['lees', 'begrippen', 'brieven', 'brief', 'info'] as const;

/** For workbox `globIgnores`: the static pages are not precached (README "Static reading pages"). */
export const STATIC_GLOB_IGNORES = [`{${STATIC_FOLDERS.join(',')}}/**`, `*/{${STATIC_FOLDERS.join(',')}}/**`, 'sitemap.xml'];
/** For workbox `navigateFallbackDenylist`: a static page must load itself, never the app shell in its place. */
export const STATIC_NAVIGATION_DENYLIST = [new RegExp(`/(?:[a-z]{2,3}/)?(?:${STATIC_FOLDERS.join('|')})/`)];

/** Last change of each content file, from git (one call); undefined outside a git checkout. */
function gitDates(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  try {
    const out = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', 'content'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    let date = '';
    for (const line of out.split('\n')) {
      if (line.startsWith('@')) date = line.slice(1);
      else if (line.trim() && !dates.has(line.trim())) dates.set(line.trim(), date);
    }
  } catch {
    /* not a git checkout: file times below */
  }
  return dates;
}

/**
 * `contentRoot`: where content/ is read from (default: `root`). Test builds with a pseudo-language
 * (tests/pseudo/build-rtl.ts) set it through WEGWIJZER_CONTENT_ROOT, so their static pages come from
 * the same content as their app, whatever translations content/ holds.
 */
export function staticPages({ root, csp, siteUrl = process.env['SITE_URL'], contentRoot = root }: { root: string; csp: string; siteUrl?: string; contentRoot?: string }): Plugin {
  return {
    name: 'wegwijzer-static-pages',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const { tsImport } = await import('tsx/esm/api');
      const here = pathToFileURL(join(root, 'src/content/static/plugin.ts')).href;
      const { compileContent } = (await tsImport('../compile/compile.ts', here)) as typeof Compile;
      const { buildStaticSite, normalizeSiteUrl } = (await tsImport('./site.ts', here)) as typeof Site;
      const result = compileContent(contentRoot);
      if (result.problems.length) this.error(`static pages: content has problems:\n${result.problems.join('\n')}`);
      // The app's stylesheet: the CSS of the first load (src/ui/styles.css), which is the entry chunk's
      // or, with the first load in its own file (src/prerender/chunks.ts), that file's.
      const css: string[] = [];
      const cssOf = (chunk: unknown) => [...((chunk as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata?.importedCss ?? [])];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry) {
          css.push(...cssOf(chunk));
          for (const file of chunk.imports) css.push(...cssOf(bundle[file]));
        }
      }
      if (!css.length) this.error('static pages: could not find the stylesheet of the app entry');
      // Its own rules after the reading pages' and the letters' (src/ui/reading.css, letter.css), which the app loads with
      // those pages, not at first.
      const own = this.emitFile({ type: 'asset', name: 'static.css', source: ['src/ui/reading.css', 'src/ui/letter.css', 'src/content/static/static.css'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n') });
      css.push(this.getFileName(own));

      const site = normalizeSiteUrl(siteUrl);
      if (!site) this.warn('SITE_URL is not set: static pages are built without canonical links, hreflang alternates and sitemap.xml (README "Static reading pages")');
      const git = gitDates(root);
      const dateOf = (file: string) => {
        const d = git.get(file);
        if (d) return d;
        try {
          return statSync(join(root, file)).mtime.toISOString().slice(0, 10);
        } catch {
          return undefined;
        }
      };
      const { files, pages } = buildStaticSite(result.content, { siteUrl: site, css, csp, dateOf });
      for (const [fileName, source] of Object.entries(files)) this.emitFile({ type: 'asset', fileName, source });
      this.info?.(`static pages: ${pages.length} pages in ${result.content.length} languages`);
    },
  };
}

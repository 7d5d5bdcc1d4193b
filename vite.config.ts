import { defineConfig } from "vitest/config";
import type { Plugin } from "vite";
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { staticPages, STATIC_GLOB_IGNORES, STATIC_NAVIGATION_DENYLIST } from './src/content/static/plugin.js';
import { LANGUAGE_CACHE, LANGUAGE_CHUNK_DIR } from './src/languages';
import { prerenderStart } from './src/prerender/plugin';
import { codeSplitting, compileHintPlugin } from './src/prerender/chunks';
import { quietI18next } from './src/prerender/quiet';

/** The content modules of every language but Dutch: built apart, so the precache can leave them out. */
const languageChunk = (id: string | null | undefined): string | undefined => /content\/generated\/\w+\.([a-z]{2,3})\.ts$/.exec(id ?? '')?.[1];

/**
 * Static build with a relative base, so the site works from any folder on any static host.
 * The Content-Security-Policy goes in a meta tag (static hosting has no headers of its own);
 * only in the build, because the dev server's hot reload needs inline scripts.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'wegwijzer-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta name="referrer"', `<meta http-equiv="Content-Security-Policy" content="${CSP}" />\n    <meta name="referrer"`),
  };
}

export default defineConfig({
  base: './',
  plugins: [
    preact(),
    // i18next's messages for developers, which it prints only with debug on: not in the first load (src/prerender/quiet.ts).
    quietI18next(),
    // The first load and the plan's code compiled while they stream in (V8's compile hint, src/prerender/chunks.ts).
    compileHintPlugin(),
    contentSecurityPolicy(),
    // The start page's markup in index.html, hydrated for a first visit (src/prerender/plugin.ts).
    prerenderStart({ root: import.meta.dirname }),
    // The reading pages as plain HTML (lees/, begrippen/, brief/, info/): README "Static reading pages".
    staticPages({ root: import.meta.dirname, csp: CSP, contentRoot: process.env['WEGWIJZER_CONTENT_ROOT'] || undefined }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['favicon.svg', 'robots.txt'],
      manifest: {
        name: 'Wegwijzer passend onderwijs',
        short_name: 'Wegwijzer',
        description: 'Hulp voor ouders van een kind op de basisschool: aanmelden, extra ondersteuning, thuiszitten en de toelaatbaarheidsverklaring.',
        lang: 'nl',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f6c',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything every page needs, including the lazily loaded Dutch content modules, so the whole app works offline.
        globPatterns: ['**/*.{js,css,html,svg,txt}'],
        // Not every language for every parent: another language's modules are kept once it is used
        // (choosing it fetches them all), then they work offline too. Hashed names: CacheFirst is safe.
        // The static reading pages are not precached either (see README), nor nojs.css (only read
        // without JavaScript, where there is no service worker).
        globIgnores: [...STATIC_GLOB_IGNORES, `${LANGUAGE_CHUNK_DIR}/**`, 'nojs.css'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.includes('/assets/i18n/'),
            handler: 'CacheFirst',
            // A retried language module has a query (src/app/i18n.ts); its file is the same.
            options: { cacheName: LANGUAGE_CACHE, expiration: { maxEntries: 150, purgeOnQuotaError: true }, matchOptions: { ignoreSearch: true } },
          },
        ],
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: STATIC_NAVIGATION_DENYLIST,
        // Hash routes never reach the worker; query strings (none expected) should not miss the cache.
        ignoreURLParametersMatching: [/.*/],
      },
    }),
  ],
  build: {
    target: 'es2020',
    // Browsers with CSS logical properties (margin-inline, inset-inline, …) and :is(): without this the
    // minifier adds a [dir=rtl] copy of every logical rule (+6 KB). iOS/Safari 15 and newer, Chrome/Edge 89, Firefox 89.
    cssTarget: ['chrome89', 'edge89', 'firefox89', 'safari15', 'ios15'],
    cssCodeSplit: true,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rollupOptions: {
      output: {
        // The first load in one file, code shared by lazy pages in another (src/prerender/chunks.ts).
        codeSplitting: codeSplitting(),
        // Seven hash characters, not eight: the entry names every lazy file (its preload map), and a hash does not
        // compress, so one character less is 92 bytes brotli off the first load (session 69). Rolldown refuses fewer
        // than seven for this many chunks; 64^7 names are plenty to tell two versions of a file apart.
        chunkFileNames: (chunk) => {
          const lang = languageChunk(chunk.facadeModuleId);
          // Session 81: the timeline's plan code, loaded only with logged events (src/app/timeline-code.ts), by what it is.
          if (/[\\/]src[\\/]meeting[\\/]plan\.ts$/.test(chunk.facadeModuleId ?? '')) return 'assets/timeline-plan-[hash:7].js';
          return lang && lang !== 'nl' ? `${LANGUAGE_CHUNK_DIR}/${lang}/[name]-[hash:7].js` : 'assets/[name]-[hash:7].js';
        },
        entryFileNames: 'assets/[name]-[hash:7].js',
        assetFileNames: 'assets/[name]-[hash:7][extname]',
      },
    },
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', // Compiling six languages in a beforeAll takes seconds; more on a busy machine.
        hookTimeout: 120_000, testTimeout: 60_000, setupFiles: ['tests/unit/setup-timeline-code.ts'] } },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false },
      },
    ],
  },
});

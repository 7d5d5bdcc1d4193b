import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * What a first visit loads before the page is usable: index.html and every script, module preload
 * and stylesheet it references. Used by `npm run budget` (the gate) and `npm run bench` (the table).
 */
export function firstLoadFiles(dist: string): string[] {
  // What <noscript> holds (nojs.css) loads only without JavaScript, never on a first load of the app;
  // index.html itself is counted whole, the <noscript> parts included.
  const html = readFileSync(join(dist, 'index.html'), 'utf8').replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  return ['index.html', ...new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!))];
}

/** Brotli at quality 11, as a static host would serve it. */
export const brotliSize = (data: Uint8Array): number => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * What a first visit loads before the page is usable: index.html and every script, module preload
 * and stylesheet it references. Used by `npm run budget` (the gate) and `npm run bench` (the table).
 */
export function firstLoadFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return ['index.html', ...new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!))];
}

/** Brotli at quality 11, as a static host would serve it. */
export const brotliSize = (data: Uint8Array): number => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

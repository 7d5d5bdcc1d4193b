/**
 * The bare chosen stack (tests/bench/bare/): built here, on the fly, with the app's own Vite and
 * Preact preset, into a temporary folder. `npm run bench` measures it beside the app as the floor.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function buildBare(): Promise<string> {
  const { build } = await import('vite');
  const { default: preact } = await import('@preact/preset-vite');
  const outDir = mkdtempSync(join(tmpdir(), 'wegwijzer-bare-'));
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'bare'),
    base: './',
    logLevel: 'error',
    plugins: [preact()],
    build: {
      outDir,
      emptyOutDir: true,
      // index.html: the bare stack; page.html: the same stack drawing the app's question page.
      rollupOptions: { input: { index: join(import.meta.dirname, 'bare', 'index.html'), page: join(import.meta.dirname, 'bare', 'page.html') } },
      target: 'es2020',
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
    },
  });
  return outDir;
}

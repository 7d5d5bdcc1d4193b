/**
 * `tsx src/prerender/run.ts`: prints the start page's prerendered markup (./start.tsx) on stdout.
 * A child process of the build, so the fake DOM's globals never reach the build itself.
 */
import { createServer } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vite = await createServer({ root, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false }, plugins: [preact()] });
try {
  const { startPageHtml } = (await vite.ssrLoadModule('/src/prerender/start.tsx')) as typeof import('./start');
  process.stdout.write(await startPageHtml());
} finally {
  await vite.close();
}
process.exit(0);

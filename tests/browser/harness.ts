/**
 * Real-browser harness: Debian's Chromium driven by playwright-core (never a browser download),
 * against the built site served by `vite preview` on 127.0.0.1. Every page records requests to
 * other origins and console errors, so each test can assert there are none.
 */
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');

export function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Debian chromium is not installed: run `apt-get install -y chromium` (the .ci/run script does this).');
  }
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves dist/ (or another build folder) with the package's own vite binary, so the process we hold is the server.
 * Without a port it takes one the system says is free, and should vite still find it taken (another process got it in
 * between) it tries again on another; a port given is used or the call fails. A server that exits before it answers
 * fails at once with what vite said (CI run 62: "did not start" after 20 s, and nothing to say why).
 */
export async function startServer(port?: number, base = '/', outDir = 'dist'): Promise<Server> {
  if (!existsSync(join(ROOT, outDir, 'index.html'))) throw new Error(`${outDir}/ is missing: run \`npm run build\` first`);
  for (let attempt = 1; ; attempt++) {
    try {
      return await serveOn(port ?? (await freePort()), base, outDir);
    } catch (error) {
      if (port !== undefined || attempt >= 3 || !(error instanceof ExitedEarly)) throw error;
    }
  }
}

class ExitedEarly extends Error {}

async function serveOn(port: number, base: string, outDir: string): Promise<Server> {
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/vite'), ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  const hear = (chunk: Buffer) => void (said = (said + chunk.toString()).slice(-2000));
  child.stdout?.on('data', hear);
  child.stderr?.on('data', hear);
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}${base}`;
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (!exited) {
      try {
        // With a time limit: whatever else holds the port may accept and never answer.
        const r = await fetch(url, { signal: AbortSignal.timeout(3000) });
        if (r.ok) break;
      } catch {
        /* not up yet */
      }
    }
    if (exited) throw new ExitedEarly(`vite preview exited before it served ${url}: ${said.trim() || '(no output)'}`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`vite preview did not start on ${url} within 45 s: ${said.trim() || '(no output)'}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(done, 3000);
      }),
  };
}

export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  return slowFrames(browser);
}

/**
 * A stress mode, not for CI: `SLOW_FRAMES=300 npm run test:browser` runs every animation-frame callback
 * that many milliseconds late. What the app draws "a frame later" (the plan's steps, a chapter's body)
 * then comes late, as on a loaded machine, and a test that reads it without waiting fails every time
 * instead of once in many runs (session 38: CI failed on such a test).
 */
function slowFrames(browser: Browser): Browser {
  const ms = Number(process.env.SLOW_FRAMES ?? 0);
  if (!ms) return browser;
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const ctx = await newContext(options);
    await ctx.addInitScript((delay: number) => {
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => raf(() => window.setTimeout(() => cb(performance.now()), delay));
    }, ms);
    return ctx;
  };
  return browser;
}

/** A persistent profile (service workers, storage kept between pages), for the offline tests. */
export async function launchPersistent(): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-chromium-'));
  return chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true, viewport: { width: 360, height: 740 } });
}

/** A TCP port that is free on 127.0.0.1 now (the system picks it; it is closed again before it is returned). */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

export interface LighthouseBrowser {
  context: BrowserContext;
  /** Chromium's DevTools port on 127.0.0.1: `lighthouse(url, { port })`. */
  port: number;
  /** Closes Chromium and removes its profile folder. */
  close(): Promise<void>;
}

/**
 * Chromium for Lighthouse (tests/lighthouse/, tests/bench/): a persistent profile in a new temporary
 * folder and a DevTools port that Lighthouse connects to. Playwright starts it, so `context` can
 * prepare a page first (answers in localStorage) before Lighthouse loads it.
 */
export async function launchForLighthouse(prefix = 'wegwijzer-lighthouse-'): Promise<LighthouseBrowser> {
  const profile = mkdtempSync(join(tmpdir(), prefix));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  try {
    const port = await freePort();
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1'],
    });
    return {
      context,
      port,
      close: async () => {
        try {
          await context.close();
        } finally {
          removeProfile();
        }
      },
    };
  } catch (e) {
    removeProfile();
    throw e;
  }
}

export interface Watched {
  foreignRequests: string[];
  consoleErrors: string[];
}

/** Records requests to any origin but the app's, and console errors. */
export function watch(page: Page, origin: string): Watched {
  const w: Watched = { foreignRequests: [], consoleErrors: [] };
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) w.foreignRequests.push(u);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.consoleErrors.push(String(e)));
  return w;
}

export const originOf = (url: string) => new URL(url).origin;

/**
 * Reflow (WCAG 1.4.10): adds a line to `problems` when the page is wider than its viewport (it would
 * scroll sideways). Returns the viewport's width (clientWidth), for the caller's own checks.
 */
export async function checkNoSidewaysScroll(page: Page, where: string, problems: string[]): Promise<number> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  if (scroll > client) problems.push(`${where}: scrollWidth ${scroll} > ${client}`);
  return client;
}


/**
 * Waits until the plan page is drawn whole: below "Eerst dit" it comes a piece per frame (PlanPage's `InParts`, session
 * 74), and "Bewaren en printen" is the last part. A test that reads the plan waits for this, not for its first list.
 */
export const wholePlan = (page: Page, root = '.page-plan') => page.locator(`${root} .keep-plan`).waitFor();

/**
 * Puts answers (and optionally a language) in the app's storage on this origin, then leaves the
 * page, so the next navigation boots the app from that storage as a returning parent would.
 */
export async function seedStorage(page: Page, url: string, seed: { answers: Record<string, unknown>; position?: string; lang?: 'nl' | 'en' | 'ar' | 'tr' | 'pl' | 'uk'; version?: number }) {
  await page.goto(url);
  // Version 1 by default (the app migrates it, with a notice); pass the current version for answers already in schema 2.
  await page.evaluate(({ answers, position, lang, version }) => {
    localStorage.setItem('wegwijzer.answers', JSON.stringify({ version, answers, position, savedAt: '' }));
    if (lang) localStorage.setItem('wegwijzer.lang', JSON.stringify(lang));
  }, { answers: seed.answers, position: seed.position ?? 'review', lang: seed.lang, version: seed.version ?? 1 });
  await page.goto('about:blank');
}

/** The app's built files (`assets/<name>`) the page asks for from now on, by file name, in order (chunks-s60, start-s83). */
export function assetRequests(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (r) => {
    const m = /\/assets\/([^/?#]+)$/.exec(new URL(r.url()).pathname);
    if (m) files.push(m[1]!);
  });
  return files;
}

/**
 * `npx tsx tests/bench/profile.ts [boot|begin|tap|tap2|plan] [situatie] [dist dir]`: a CPU profile (CDP, 4× CPU)
 * of the start page's boot, of one tap "Volgende" or of the plan page opened cold with the largest
 * answers stored, summed by function (self time) and by script file, and, for an unminified build (its
 * `// src/…` and `// node_modules/…` markers), by source module.
 * A tool for finding where the time goes; `npm run bench` prints the figures.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT, chromiumPath, startServer } from '../browser/harness';

// plan mode: an optional fourth argument opens another page of `dist` instead of the app's #/plan (the bare stack's
// `plancalc.html`, built with BARE_MINIFY=0: its sums by module beside the app's).
const [mode = 'tap', seedAt = 'situatie', dist = 'dist', planPage] = process.argv.slice(2);

/**
 * Per script file of the build: the line where each source module starts, read from the markers an unminified build
 * (`npx vite build --minify false`) writes before each module. A minified build has none: then nothing is listed.
 * Approximate: the bundler leaves the marker out for some modules (session 41: src/rules/catalogue.ts was printed after
 * src/app/export/edit.ts without one), and their time counts under the module before them.
 */
const moduleStarts = new Map<string, { line: number; module: string }[]>();
for (const f of readdirSync(join(ROOT, dist, 'assets')).filter((f) => f.endsWith('.js'))) {
  const starts: { line: number; module: string }[] = [];
  readFileSync(join(ROOT, dist, 'assets', f), 'utf8').split('\n').forEach((l, line) => {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)/.exec(l);
    if (m) starts.push({ line, module: m[1]!.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1') });
  });
  if (starts.length) moduleStarts.set(f, starts);
}
/** The source module a profile node's line falls in (the file's name when it has no markers). */
function moduleOf(file: string, line: number): string {
  let at = file;
  for (const s of moduleStarts.get(file) ?? []) if (s.line <= line) at = s.module;
  return at;
}
const server = await startServer(undefined, '/', dist);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
async function profileOf(action: () => Promise<void>) {
  await cdp.send('Profiler.start');
  await action();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFn = new Map<string, number>();
  const byUrl = new Map<string, number>();
  const byModule = new Map<string, number>();
  for (const n of profile.nodes) {
    const ms = self.get(n.id) ?? 0;
    // The page's own inline script has the page's URL (ending in '/'): '(page)', not a native function.
    const file = n.callFrame.url.split('/').pop() || (n.callFrame.url ? '(page)' : `(${n.callFrame.functionName || 'native'})`);
    const fn = `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    byUrl.set(file, (byUrl.get(file) ?? 0) + ms);
    const module = moduleOf(file, n.callFrame.lineNumber);
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, k: number) => [...m].filter(([n]) => !/\(idle\)|\(program\)/.test(n)).sort((a, b) => b[1] - a[1]).slice(0, k);
  console.log('by file (self ms):', top(byUrl, 12).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', '));
  if (moduleStarts.size) console.log('by source module (self ms):', top(byModule, Number(process.env.TOPMOD ?? 20)).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', '));
  for (const [n, ms] of top(byFn, 25)) console.log(`  ${ms.toFixed(1).padStart(6)}  ${n}`);
  // Each node's caller and the nodes by id, for the two readers below.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  if (process.env['PROFILE_NOURL']) {
    // Time in functions without a script URL, by the first caller that has one.
    const by = new Map<string, number>();
    for (const [id, ms] of self) {
      const n = byId.get(id)!;
      if (n.callFrame.url || /^\(/.test(n.callFrame.functionName)) continue;
      let at = parent.get(id);
      while (at !== undefined && !byId.get(at)!.callFrame.url) at = parent.get(at);
      const c = at === undefined ? '(top)' : `${byId.get(at)!.callFrame.functionName || '(anon)'} ${byId.get(at)!.callFrame.url.split('/').pop()}:${byId.get(at)!.callFrame.lineNumber}`;
      const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber} <- ${c}`;
      by.set(k, (by.get(k) ?? 0) + ms);
    }
    for (const [k, ms] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  no url ${ms.toFixed(1).padStart(6)}  ${k}`);
  }
  // Inclusive (self + callees) per function name, for the names in PROFILE_FNS (comma-separated).
  const names = (process.env['PROFILE_FNS'] ?? '').split(',').filter(Boolean);
  if (names.length) {
    const incl = new Map<string, number>();
    for (const [id, ms] of self) {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const fn = byId.get(at)!.callFrame.functionName;
        if (names.includes(fn) && !seen.has(fn)) (seen.add(fn), incl.set(fn, (incl.get(fn) ?? 0) + ms));
      }
    }
    console.log('inclusive ms:', names.map((n) => `${n} ${(incl.get(n) ?? 0).toFixed(1)}`).join(', '));
  }
}

if (mode === 'plan') {
  // The plan page opened cold with the largest answers stored (seeded from a static file: no app, no worker).
  const { LARGEST } = await import('./answers');
  await page.goto(`${server.url}${planPage ? 'sw.js' : 'robots.txt'}`); // the bare build has no robots.txt
  await page.evaluate((a) => localStorage.setItem('wegwijzer.answers', JSON.stringify({ version: 2, answers: a, position: 'plan', savedAt: '' })), LARGEST);
  await page.goto('about:blank');
  // No waitForSelector while profiling: its polling runs Playwright's own script in the page (up to ~70 ms at 4x in
  // the profile). The page gets 3 s, then must show the plan's steps.
  await profileOf(async () => {
    await page.goto(planPage ? `${server.url}${planPage}` : `${server.url}#/plan`);
    await page.waitForTimeout(3000);
  });
  if (!planPage && !(await page.$('.page-plan .step-group'))) throw new Error('the plan was not drawn within 3 s: the profile is of something else');
} else if (mode === 'boot') {
  await profileOf(async () => {
    await page.goto(server.url);
    await page.waitForSelector('h1');
    await page.waitForTimeout(500);
  });
} else if (mode === 'begin') {
  await page.goto(server.url);
  await page.waitForSelector('h1');
  await page.waitForTimeout(1500);
  await profileOf(async () => {
    await page.click('.start-button');
    await page.waitForTimeout(400);
  });
} else {
  await page.goto(server.url);
  await page.waitForSelector('h1');
  await page.waitForTimeout(1500);
  await page.click('.start-button');
  await page.waitForTimeout(500);
  if (seedAt === 'situatie') await page.check('input[value="thuiszitten"]');
  await profileOf(async () => {
    await page.click('form button[type=submit]');
    await page.waitForTimeout(400);
  });
  if (mode === 'tap2') {
    await page.check('input[value="nee"]');
    await profileOf(async () => {
      await page.click('form button[type=submit]');
      await page.waitForTimeout(400);
    });
  }
}
await browser.close();
await server.stop();

/**
 * How much script a cold plan page runs, counted, not timed (issue 17, nineteenth round in ROUNDS.md). Chromium's precise
 * coverage (`Profiler.startPreciseCoverage`, call counts and block counts) from the first byte until 3 s after the page
 * opened with the largest answers stored: the function calls and the executed blocks. Unlike a time, a count is the same
 * on a busy machine as on a quiet one (one build's boot script spread over ±40% on this machine in the eighteenth and
 * nineteenth rounds), so two builds, or the app and its floor, compare exactly. It weighs every call alike: a count of
 * work, not its cost. `npm run bench` prints it for the plan page and its floor (`--only=calls`).
 *
 * `npx tsx tests/bench/calls.ts [dist dir] [page]`: the same for one build, with the calls per script file and, for an
 * unminified build (`npx vite build --minify false`; the bare stack with `BARE_MINIFY=0`), per source module; FNS=<part of a
 * module's path> lists that module's functions, by calls and by blocks run. `page`: a page of `dist` instead of the app's #/plan (the bare stack's
 * `planlogic.html`, which reads the stored answers too; or `'#/vraag/situatie'` with EMPTY=1: no answers stored).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

type Range = { startOffset: number; endOffset: number; count: number };
type Fn = { functionName: string; ranges: Range[] };
export interface Counted {
  calls: number;
  blocks: number;
  /** Calls per script file, or per source module where the build marks them. */
  byModule: Map<string, number>;
  /** Calls per function, as "<module> <name>". */
  byFn: Map<string, number>;
  /** Blocks run per script file or source module. */
  blocksByModule: Map<string, number>;
  /** Blocks run per function, as "<module> <name>". */
  blocksByFn: Map<string, number>;
  /**
   * The code run, in characters: each character of a script times the times it ran (the count of the innermost range
   * V8 reports around it). Unlike `blocks`, it does not depend on how V8 folds ranges (twenty-ninth round, ROUNDS.md).
   */
  code: number;
  /** Code run per script file or source module, in characters. */
  codeByModule: Map<string, number>;
  /** The scripts' own length, in characters, summed: what the browser parses and compiles, run or not. */
  loaded: number;
  /** Each script file's length, in characters. */
  loadedByFile: Map<string, number>;
  /** Event listeners the page added (`addEventListener` calls): DOM work that no JavaScript call count shows. */
  listeners: number;
}

/** Opens `url` in `page` (answers already stored) and counts the script it runs in its first 3 s; `dir`: the build, for module names. */
export async function countCalls(page: Page, cdp: CDPSession, url: string, dir?: string): Promise<Counted> {
  const starts = dir ? moduleStarts(dir) : new Map<string, { at: number; module: string }[]>();
  // Counted by a wrapper the page gets before its own scripts; the wrapper has no URL of the page's origin, so its own
  // calls stay out of the counts below.
  await page.addInitScript(() => {
    const add = EventTarget.prototype.addEventListener;
    const w = window as unknown as { __listeners: number };
    w.__listeners = 0;
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
      w.__listeners++;
      return add.apply(this, args);
    };
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  await page.goto(url);
  await page.waitForTimeout(3000);
  const listeners = await page.evaluate(() => (window as unknown as { __listeners: number }).__listeners);
  const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as { result: { url: string; functions: Fn[] }[] };
  await cdp.send('Profiler.stopPreciseCoverage');
  const origin = new URL(url).origin;
  const out: Counted = { listeners, calls: 0, blocks: 0, code: 0, byModule: new Map(), byFn: new Map(), blocksByModule: new Map(), blocksByFn: new Map(), codeByModule: new Map(), loaded: 0, loadedByFile: new Map() };
  const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const script of result) {
    if (!script.url.startsWith(origin)) continue;
    const file = script.url.split('/').pop()?.split('#')[0] || '(page)';
    // preact/hooks' per-vnode hooks (`options.__b = function…`, `options.diffed = …`): the bundler does not always mark
    // where that module starts (in the bare stack's planlogic it sits unmarked after i18next, which then got its 2,000 calls).
    const hooks = starts.size ? script.functions.filter((f) => PREACT_OPTIONS.test(f.functionName)).map((f) => f.ranges[0]!) : [];
    const moduleAt = (offset: number) => {
      if (hooks.some((r) => r.startOffset <= offset && offset < r.endOffset)) return 'preact';
      let module = file;
      for (const s of starts.get(file) ?? []) if (s.at <= offset) module = s.module;
      return module;
    };
    // The script's own range (its top level) spans the whole file.
    const length = Math.max(0, ...script.functions.map((f) => f.ranges[0]?.endOffset ?? 0));
    out.loaded += length;
    add(out.loadedByFile, file, length);
    codeRun(script.functions, (offset, length, count) => {
      out.code += length * count;
      add(out.codeByModule, moduleAt(offset), length * count);
    });
    for (const fn of script.functions) {
      const [whole, ...inner] = fn.ranges;
      if (!whole) continue;
      const module = moduleAt(whole.startOffset);
      out.calls += whole.count;
      // A block counts once per time it ran, whatever its length.
      const blocks = whole.count + inner.reduce((s, r) => s + r.count, 0);
      out.blocks += blocks;
      add(out.blocksByModule, module, blocks);
      add(out.byModule, module, whole.count);
      add(out.byFn, `${module} ${fn.functionName || '(anon)'}`, whole.count);
      add(out.blocksByFn, `${module} ${fn.functionName || '(anon)'}`, blocks);
    }
  }
  return out;
}

/**
 * Calls `run(offset, length, count)` for each stretch of a script with the count of the innermost range V8 reports around
 * it, over every function's ranges (a nested function's own ranges lie inside its parent's). V8's detailed coverage leaves
 * out a nested range whose count equals its parent's, so the number of ranges (and `blocks`, their sum) changes when one
 * branch is taken once more or once less; the characters run do not.
 */
export function codeRun(functions: Fn[], run: (offset: number, length: number, count: number) => void): void {
  const ranges = functions.flatMap((f) => f.ranges).sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  // Outer ranges first, so an inner one paints over its part of the outer one.
  const end = Math.max(0, ...ranges.map((r) => r.endOffset));
  const count = new Float64Array(end);
  const covered = new Uint8Array(end);
  for (const r of ranges) {
    count.fill(r.count, r.startOffset, r.endOffset);
    covered.fill(1, r.startOffset, r.endOffset);
  }
  for (let i = 0; i < end; ) {
    let j = i + 1;
    while (j < end && count[j] === count[i] && covered[j] === covered[i]) j++;
    if (covered[i] && count[i]) run(i, j - i, count[i]!);
    i = j;
  }
}

/** The names Preact's option hooks get in a build (`a$1.__b`, `a$1.diffed`): preact/hooks sets them on `options`. */
const PREACT_OPTIONS = /^[\w$]+\.(__b|__r|diffed|__c|unmount|__h|__e|__)$/;

/** Per script file of a build: the character offset where each source module starts (an unminified build's markers). */
function moduleStarts(dir: string): Map<string, { at: number; module: string }[]> {
  const starts = new Map<string, { at: number; module: string }[]>();
  for (const f of readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'))) {
    const found = [...readFileSync(join(dir, 'assets', f), 'utf8').matchAll(/^\/\/ ((?:src|node_modules|tests)\/\S+)/gm)];
    if (found.length) starts.set(f, found.map((m) => ({ at: m.index, module: m[1]!.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1') })));
  }
  return starts;
}

if (process.argv[1]?.endsWith('calls.ts')) {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, ROOT, chromiumPath, startServer } = await import('../browser/harness');
  const { LARGEST } = await import('./answers');
  const [dist = 'dist', planPage] = process.argv.slice(2);
  const server = await startServer(undefined, '/', dist);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.url}${planPage ? 'sw.js' : 'robots.txt'}`);
    // EMPTY=1: nothing stored, as a parent's first visit (a question page, the start page).
    if (!process.env['EMPTY']) await page.evaluate((a) => localStorage.setItem('wegwijzer.answers', JSON.stringify({ version: 2, answers: a, position: 'plan', savedAt: '' })), LARGEST);
    await page.goto('about:blank');
    const c = await countCalls(page, await context.newCDPSession(page), `${server.url}${planPage ?? '#/plan'}`, join(ROOT, dist));
    if (!planPage && !(await page.$('.page-plan .step-group'))) throw new Error('the plan was not drawn within 3 s');
    const top = (m: Map<string, number>, keep: (k: string) => boolean = () => true) =>
      [...m].filter(([k]) => keep(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30)).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`${dist} ${planPage ?? '#/plan'}: ${c.calls} function calls, ${c.blocks} blocks run, ${c.code} characters of code run, ${c.loaded} characters of script loaded, ${c.listeners} event listeners added`);
    console.log(`  calls by module: ${top(c.byModule)}`);
    console.log(`  blocks by module: ${top(c.blocksByModule)}`);
    console.log(`  code run, characters, ${c.code} in all; by module: ${top(c.codeByModule)}`);
    console.log(`  script loaded, characters, by file: ${top(c.loadedByFile)}`);
    const fns = process.env['FNS'];
    if (fns) console.log(`  functions of ${fns}: ${top(c.byFn, (k) => k.includes(fns))}`);
    if (fns) console.log(`  blocks by function of ${fns}: ${top(c.blocksByFn, (k) => k.includes(fns))}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

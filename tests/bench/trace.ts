/**
 * `npx tsx tests/bench/trace.ts [dist] [situations] [taps]`: walks the questionnaire at 4× CPU (360 px)
 * and, for each tap (or only the listed question ids, `none` for none), records a CDP trace from
 * pointer-down to the frame after the new heading: main-thread self time by trace event and the tasks.
 * SKIP=start,review leaves those taps out. TREE=<depth> prints the nested trace events; PROF=1 adds a JS CPU profile summed over the taps
 * (self and inclusive ms per tap; build with `npx vite build --minify false --outDir <dir>` for names).
 * The tap is a plain mouse down/up on the button's centre (after scrolling it into view), so
 * Playwright's own actionability checks are not in the profile (they are in profile.ts's).
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/harness';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';

import { LARGEST } from './answers';

const dir = process.argv[2] ?? 'dist';
const situations = (process.argv[3] ?? 'thuiszitten').split(',');
const onlyTaps = process.argv[4] ? new Set(process.argv[4].split(',')) : undefined;
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
const server = createServer((req, res) => {
  let p = join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
  if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
  if (!existsSync(p)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' }).end(readFileSync(p));
});
await new Promise<void>((d) => server.listen(0, '127.0.0.1', d));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
await context.addInitScript({ content: 'globalThis.__name = (f) => f; addEventListener("pointerdown", (e) => (globalThis.__down = e.timeStamp), true);' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await page.goto(url + (process.env.ENTRY ?? ''));
await page.waitForSelector('h1');
await page.waitForTimeout(1500);
const { questionById } = await import('../../src/flow/questions');

type Ev = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: Record<string, unknown> }; cat: string };
const totals = new Map<string, number[]>();

type PNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
const byFn = new Map<string, number>();
const incl = new Map<string, number>();
const tapMs: number[] = [];
function addProfile(profile: { nodes: PNode[]; samples: number[]; timeDeltas: number[] }) {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const key = (n: PNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  for (const n of profile.nodes) {
    const ms = self.get(n.id) ?? 0;
    if (!ms) continue;
    byFn.set(key(n), (byFn.get(key(n)) ?? 0) + ms);
    // inclusive: every distinct ancestor function
    const seen = new Set<string>();
    for (let m: PNode | undefined = n; m; m = byId.get(parent.get(m.id)!)) {
      const k = key(m);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + ms);
    }
  }
}
let collect: (e: { value: unknown[] }) => void = () => undefined;
let profiled = 0;
cdp.on('Tracing.dataCollected', (e) => collect(e));
async function traced(label: string, selector: string) {
  const before = (await page.textContent('h1')) ?? '';
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
  const box = (await page.locator(selector).first().boundingBox())!;
  const chosen = (onlyTaps === undefined || onlyTaps.has(label)) && !(process.env.SKIP ?? '').split(',').includes(label);
  // NOTRACE=1: no CDP trace (its overhead), only the JS profile (PROF=1) and the tap's time.
  const trace = chosen && !process.env.NOTRACE;
  const events: Ev[] = [];
  if (trace) {
    collect = (e) => events.push(...(e.value as unknown as Ev[]));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,blink,loading', transferMode: 'ReportEvents' });
  }
  const waiter = page.evaluate((before) => new Promise<number>((done) => {
    const check = () => {
      const h = document.querySelector('h1');
      if (h && h.textContent !== before) {
        obs.disconnect();
        performance.mark('h1-in-dom');
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => (performance.mark('painted'), done(performance.now()));
          ch.port2.postMessage(0);
        });
        return true;
      }
      return false;
    };
    const obs = new MutationObserver(() => void check());
    obs.observe(document.body, { childList: true, subtree: true, characterData: true });
  }), before);
  const x = box.x + box.width / 2, y = box.y + box.height / 2;
  // Only the chosen taps (all of them when none are named), traced or not (NOTRACE).
  const prof = !!process.env.PROF && chosen;
  if (prof) await cdp.send('Profiler.start');
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.up();
  const end = await waiter;
  const down = await page.evaluate(() => (window as any).__down as number);
  if (prof) {
    profiled++;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: PNode[]; samples: number[]; timeDeltas: number[] } };
    addProfile(profile);
  }
  await page.waitForTimeout(300);
  tapMs.push(end - down);
  if (!trace) return console.log(`${label}: ${(end - down).toFixed(1)} ms`);
  const done = new Promise<void>((d) => cdp.once('Tracing.tracingComplete', () => d()));
  await cdp.send('Tracing.end');
  await done;
  const main = events.find((e) => e.name === 'thread_name' && (e.args as any)?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'EventDispatch'));
  const mine = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const marks = events.filter((e) => e.cat.includes('user_timing') && (e.name === 'h1-in-dom' || e.name === 'painted'));
  const pd = mine.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown' || e.name === 'EventDispatch' && e.args?.data?.type === 'mousedown');
  const t0 = pd?.ts ?? mine[0]!.ts;
  const paintedAt = marks.find((m) => m.name === 'painted')?.ts ?? t0 + 100_000;
  // self time by name (and event type) inside [t0, paintedAt]
  const self = new Map<string, number>();
  const stack: Ev[] = [];
  const inWin = mine.filter((e) => e.ts >= t0 - 1000 && e.ts <= paintedAt);
  const nameOf = (e: Ev) => e.name === 'EventDispatch' ? `EventDispatch:${e.args?.data?.type}` : e.name === 'FunctionCall' ? `FunctionCall` : e.name;
  const childTime = new Map<Ev, number>();
  for (const e of inWin) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) childTime.set(parent, (childTime.get(parent) ?? 0) + e.dur!);
    stack.push(e);
  }
  for (const e of inWin) {
    const s = e.dur! - (childTime.get(e) ?? 0);
    self.set(nameOf(e), (self.get(nameOf(e)) ?? 0) + s / 1000);
  }
  if (process.env.TREE) {
    const depthOf = new Map<Ev, number>();
    const st: Ev[] = [];
    for (const e of inWin) {
      while (st.length && st[st.length - 1]!.ts + st[st.length - 1]!.dur! <= e.ts) st.pop();
      depthOf.set(e, st.length);
      st.push(e);
    }
    for (const e of inWin) if (e.dur! >= 300 && depthOf.get(e)! <= Number(process.env.TREE)) console.log(`${'  '.repeat(depthOf.get(e)!)}${nameOf(e)} @${((e.ts - t0) / 1000).toFixed(1)} ${(e.dur! / 1000).toFixed(2)} self ${((e.dur! - (childTime.get(e) ?? 0)) / 1000).toFixed(2)}`);
  }
  const ms = (end - down);
  console.log(`\n== ${label} → ${before.slice(0, 0)}: tap→painted ${ms.toFixed(1)} ms (trace window ${((paintedAt - t0) / 1000).toFixed(1)} ms)`);
  const top = [...self].filter(([n]) => !/^(RunTask|ThreadControllerImpl::RunTask)$/.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 18);
  console.log('  self: ' + top.map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', '));
  for (const [n, v] of top) totals.set(n, [...(totals.get(n) ?? []), v]);
  // top-level tasks in the window
  const tops = inWin.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').filter((e) => e.dur! > 300);
  console.log('  tasks: ' + tops.map((e) => {
    const kids = inWin.filter((k) => k !== e && k.ts >= e.ts && k.ts + k.dur! <= e.ts + e.dur! && k.name !== 'RunTask' && k.dur! > 500).slice(0, 6);
    return `@${((e.ts - t0) / 1000).toFixed(1)} ${(e.dur! / 1000).toFixed(1)}ms[${kids.map((k) => `${nameOf(k)} ${(k.dur! / 1000).toFixed(1)}`).join(' ')}]`;
  }).join('\n         '));
}

// A bare variant that opens on the check page (reviewplan.html) has no "Begin".
if (await page.$('.start-button')) await traced('start', '.start-button');
// Only "start" named: the walk after it is not needed.
const beginOnly = onlyTaps?.size === 1 && onlyTaps.has('start');
for (let i = 0; i < (beginOnly ? 0 : 80); i++) {
  const m = /^#\/vraag\/(.+)$/.exec(new URL(page.url()).hash);
  if (!m) break;
  const q = questionById.get(m[1]!);
  if (!q) break;
  const known = LARGEST[q.id];
  const fits = known !== undefined && (q.type === 'date' || [known].flat().every((v) => q.options?.includes(v)));
  const value = q.id === 'situatie' ? situations : fits ? known : q.type === 'date' ? '2026-09-01' : q.type === 'multi' ? [q.options![0]!] : q.options![0]!;
  if (q.type === 'date') await page.fill(`#${q.id}-field`, String(value).split('-').reverse().join('-'));
  else for (const v of Array.isArray(value) ? value : [value]) await page.check(`input[name="${q.id}"][value="${v}"]`);
  await page.waitForTimeout(100);
  await traced(q.id, 'form button[type=submit]');
  await page.waitForTimeout(150);
}
if (new URL(page.url()).hash.startsWith('#/controleren')) await traced('review', '.page-review button.button');
const med0 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`\n== taps: ${tapMs.length}, median ${med0(tapMs).toFixed(1)} ms, total ${tapMs.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
if (process.env.PROF) {
  const n = profiled;
  console.log(`== profile self ms per profiled tap (sum/${n}):`);
  for (const [k, v] of [...byFn].filter(([k]) => !/\(idle\)|\(program\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${(v / n).toFixed(2).padStart(6)}  ${k}`);
  console.log('== inclusive ms per tap:');
  for (const [k, v] of [...incl].filter(([k]) => !/\(idle\)|\(program\)|\(root\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOPN ?? 50))) console.log(`  ${(v / n).toFixed(2).padStart(6)}  ${k}`);
}
console.log('\n== median self ms over traced taps:');
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [n, v] of [...totals].sort((a, b) => med(b[1]) - med(a[1])).slice(0, 20)) console.log(`  ${med(v).toFixed(1).padStart(6)}  ${n} (n=${v.length})`);
await browser.close();
server.close();

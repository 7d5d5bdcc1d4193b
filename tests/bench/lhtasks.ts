/**
 * `npx tsx tests/bench/lhtasks.ts [dist dir] [page]`: where Lighthouse's plan page boot script goes, by phase. Runs
 * Lighthouse as `npm run bench` does (cold, the largest answers stored, the app's `#/plan`; or a page of another folder,
 * such as the bare stack's `plancalc.html`, with nothing stored) and splits its bootup-time by Lighthouse's own
 * main-thread tasks: the page's inline script, the rest before 400 ms (boot, the first screen, the rest of the plan),
 * and what runs later (the background loads, the service worker, Lighthouse's own probes). Seventeenth round, ROUNDS.md.
 * The answers are stored for a bare page too, so `planlogic.html` and `planview.html` read them as the app does.
 * EMPTY=1 stores nothing (a first visit, as the bench opens the question page: `EMPTY=1 npx tsx tests/bench/lhtasks.ts dist
 * '#/vraag/situatie'`). LHTASKS_TOP=n also lists the n costliest top-level tasks: start (ms after the first), script time, and the file
 * whose script runs longest in it (thirtieth round: the app's frame against planview.html, task by task).
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchForLighthouse, ROOT } from '../browser/harness';
import { LARGEST } from './answers';

const [dir = join(ROOT, 'dist'), entry = '#/plan'] = process.argv.slice(2);
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html');
  try {
    const body = gzipSync(readFileSync(join(dir, path.replace(/^\/+/, ''))));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-cache' }).end(body);
  } catch {
    // A bare folder has no robots.txt: the page that stores the answers before Lighthouse opens.
    if (path === '/robots.txt') res.writeHead(200, { 'content-type': 'text/plain' }).end('');
    else res.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
const { default: lighthouse } = await import('lighthouse');
const { MainThreadTasks } = await import('lighthouse/core/computed/main-thread-tasks.js');
const { context, port, close } = await launchForLighthouse('wegwijzer-lhtasks-');
try {
  {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}robots.txt`);
    // EMPTY=1: nothing stored, a parent's first visit (the bench's question page).
    if (!process.env['EMPTY']) await page.evaluate((a) => localStorage.setItem('wegwijzer.answers', JSON.stringify({ version: 2, answers: a, position: 'plan', savedAt: '' })), LARGEST);
    await page.goto('about:blank');
  }
  const result = (await lighthouse(`${url}${entry}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true }))!;
  type Task = { event: { name: string; args?: { fileName?: string } }; attributableURLs: string[]; group: { id: string }; selfTime: number; startTime: number; parent?: Task; children: Task[] };
  const tasks = (await MainThreadTasks.request(result.artifacts.Trace, { computedCache: new Map() } as never)) as Task[];
  // Script time as bootup-time counts it (simulated throttling: observed time × 4), per top-level task.
  const script = (t: Task): number => (/^script(Evaluation|ParseCompile)$/.test(t.group.id) ? t.selfTime * 4 : 0) + t.children.reduce((s, c) => s + script(c), 0);
  // The inline script: a classic script run from the page itself (index.html's check; the bare pages have none).
  const inline = (t: Task): boolean => (t.event.name === 'v8.run' && /^[^#]*\/(index\.html)?$/.test(t.event.args?.fileName ?? '')) || t.children.some(inline);
  const t0 = tasks[0]!.startTime;
  const split = { inline: 0, boot: 0, later: 0 };
  for (const t of tasks.filter((t) => !t.parent)) split[inline(t) ? 'inline' : t.startTime - t0 < 400 ? 'boot' : 'later'] += script(t);
  const f = (ms: number) => ms.toFixed(0);
  const top = Number(process.env['LHTASKS_TOP'] ?? 0);
  if (top > 0) {
    // By Lighthouse's own attribution (bootup-time's): the first script the task's stack names, else its first URL.
    const byFile = (t: Task, into = new Map<string, number>()): Map<string, number> => {
      const url = t.attributableURLs.find((u) => /\.js$/.test(u)) ?? t.attributableURLs[0] ?? '';
      const file = url.replace(/#.*$/, '').replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '') || (url ? 'page' : 'other');
      if (/^script(Evaluation|ParseCompile)$/.test(t.group.id)) into.set(file, (into.get(file) ?? 0) + t.selfTime * 4);
      for (const c of t.children) byFile(c, into);
      return into;
    };
    // What the task's script is: the trace events under it with the most script time of their own.
    const byEvent = (t: Task, into = new Map<string, number>()): Map<string, number> => {
      if (/^script(Evaluation|ParseCompile)$/.test(t.group.id)) into.set(t.event.name, (into.get(t.event.name) ?? 0) + t.selfTime * 4);
      for (const c of t.children) byEvent(c, into);
      return into;
    };
    const items = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, ms]) => `${n} ${f(ms)}`).join(', ');
    // The paints, on the tasks' clock (observed, not simulated; both from the navigation's time origin).
    const metrics = (result.lhr.audits['metrics']?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0] ?? {};
    const at = (key: string) => (metrics[key] !== undefined ? f(metrics[key] - t0) : '?');
    console.log(`  observed, from the first task: first contentful paint at ${at('observedFirstContentfulPaint')} ms, largest at ${at('observedLargestContentfulPaint')} ms`);
    const rows = tasks
      .filter((t) => !t.parent && script(t) > 0)
      .map((t) => ({ start: t.startTime - t0, ms: script(t), files: items(byFile(t)), events: items(byEvent(t)) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .sort((a, b) => a.start - b.start);
    for (const r of rows) console.log(`  task at ${f(r.start)} ms: script ${f(r.ms)} ms; files ${r.files}; events ${r.events}`);
  }
  console.log(`${entry}: bootup-time ${f(result.lhr.audits['bootup-time']!.numericValue!)} ms; tasks: inline script ${f(split.inline)}, before 400 ms ${f(split.boot)}, later ${f(split.later)} ms`);
} finally {
  await close();
  server.close();
}

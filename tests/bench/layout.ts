/**
 * `npx tsx tests/bench/layout.ts [dist dir] [route] [runs]`: a page opened cold at 360 px and 4× CPU, with a CDP trace
 * of its first 2.5 s: the main thread's time in layout, style, paint and script, each layout over 3 ms with its layout
 * objects (dirty of total: a count that does not follow the machine), the LCP and the scroll it ends at. Written for
 * the chapter page (session 82, ROUNDS.md forty-fifth round: `#/lees/hulp-op-school` laid out 804 objects before the
 * chapter's far sections were skipped, 159 after); any route of any build folder works.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, startServer } from '../browser/harness';
const [dist = 'dist', route = '#/lees/thuiszitten', runs = '3'] = process.argv.slice(2);
const server = await startServer(undefined, '/', dist);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (let r = 0; r < Number(runs); r++) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(`${server.url}${route}`);
  await page.waitForTimeout(2500);
  const buf = await browser.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents as { name: string; dur?: number; ph: string; tid: number }[];
  const sum: Record<string, number> = {};
  for (const e of ev) if (e.ph === 'X' && e.dur && ['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EvaluateScript', 'v8.compile', 'ParseHTML', 'RunTask'].includes(e.name)) sum[e.name] = (sum[e.name] ?? 0) + e.dur / 1000;
  const lays = ev.filter((e) => e.ph === 'X' && e.name === 'Layout' && (e.dur ?? 0) > 3000).map((e) => `${(e.dur! / 1000).toFixed(0)}ms/${(e as any).args?.beginData?.dirtyObjects}of${(e as any).args?.beginData?.totalObjects}`);
  console.log('  layouts over 3 ms (time/dirty of total objects):', lays.join(' '));
  const lcp = await page.evaluate(() => new Promise<number>((ok) => new PerformanceObserver((l) => { const es = l.getEntries(); ok(es[es.length - 1]!.startTime); }).observe({ type: 'largest-contentful-paint', buffered: true })));
  const y = await page.evaluate(() => Math.round(scrollY));
  console.log(`run ${r}: LCP ${lcp.toFixed(0)} ms, scrollY ${y};`, Object.entries(sum).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
  await ctx.close();
}
await browser.close();
await server.stop();

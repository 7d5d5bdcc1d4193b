/**
 * `npm run lighthouse` (after `npm run build`): Lighthouse 12, mobile (its default: Moto G-class
 * screen, simulated slow 4G and 4× CPU slowdown), on the start page, a question page and the plan
 * page, against dist/ served by vite preview, in Debian's Chromium. Prints the four scores per page
 * and fails when accessibility, best practices or SEO is below 100, or performance below 95.
 *
 * Chromium is started by Playwright with a persistent profile and a DevTools port; Lighthouse
 * connects to that port. The plan page needs answers: Playwright writes them into localStorage first,
 * and that run uses `disableStorageReset` so Lighthouse does not wipe them before loading the page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, startServer } from '../browser/harness';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const MINIMUM: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

/** A complete set of answers (TLV with a decision, a meeting planned), so the plan page is full. */
const ANSWERS = {
  situatie: ['tlv', 'thuiszitten'], opp: 'nee', 'swv-betrokken': 'ja', onderzoek: 'oud', 'school-zegt': ['geen'], 'thuis-sinds': '2026-09-01', 'thuis-hoeveel': 'helemaal',
  'thuis-reden': 'wachtlijst', ingeschreven: 'ja', 'lessen-nu': 'nee', 'lpa-betrokken': 'nee', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-01', tekenen: 'ja',
  'dossier-gezien': 'nee', jeugdhulp: 'nodig', 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-10-20', 'tlv-eens': 'nee',
  'tlv-soort': 'so', 'tlv-plek': 'wachtlijst', vervoer: 'ja', klacht: 'nee', groep: 'groep-7-8',
};

const PAGES: { name: string; hash: string; seeded: boolean }[] = [
  { name: 'start page', hash: '#/', seeded: false },
  { name: 'question page', hash: '#/vraag/situatie', seeded: false },
  { name: 'plan page', hash: '#/plan', seeded: true },
];

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'wegwijzer-lighthouse-'));
const port = await freePort();
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless: true,
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1'],
});

const failures: string[] = [];
const rows: string[][] = [];
try {
  for (const p of PAGES) {
    if (p.seeded) {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url);
      await page.evaluate((a) => {
        localStorage.clear();
        localStorage.setItem('wegwijzer.answers', JSON.stringify({ version: 1, answers: a, position: 'review', savedAt: new Date().toISOString() }));
      }, ANSWERS);
      await page.goto('about:blank');
    }
    const url = `${server.url}${p.hash}`;
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      disableStorageReset: p.seeded,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (!lhr.finalDisplayedUrl.startsWith(server.url)) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}`);
    const row = [p.name];
    for (const c of CATEGORIES) {
      const category = lhr.categories[c];
      const score = category?.score == null ? NaN : Math.round(category.score * 100);
      row.push(String(score));
      if (!(score >= MINIMUM[c])) {
        // Name the audits that cost points, so the failure says what to fix.
        const lost = (category?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((a): a is NonNullable<typeof a> => !!a && a.score !== null && a.score < 1)
          .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)}${a.displayValue ? `, ${a.displayValue}` : ''})`);
        failures.push(`${p.name} ${c}: ${score} < ${MINIMUM[c]}; ${lost.join('; ') || 'no single audit below 1'}`);
      }
    }
    // The page really rendered: it was the app, not an error page.
    const title = (lhr.audits['document-title']?.score ?? 0) === 1;
    if (!title) failures.push(`${p.name}: the page has no title (did it render?)`);
    rows.push(row);
  }
} finally {
  await context.close();
  await server.stop();
  rmSync(profile, { recursive: true, force: true });
}

const header = ['page', ...CATEGORIES];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((x, i) => x.padEnd(widths[i]!)).join('  ');
console.log(`Lighthouse (mobile) on dist/, minimum: performance ${MINIMUM.performance}, the others 100\n`);
console.log(line(header));
for (const r of rows) console.log(line(r));
if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exitCode = 1;
} else console.log('\nall scores at or above the minimum');

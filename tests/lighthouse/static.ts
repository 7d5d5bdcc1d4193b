/**
 * `npx tsx tests/lighthouse/static.ts` (after `SITE_URL=https://example.org/wegwijzer/ npm run build`):
 * Lighthouse 12 SEO and accessibility on a sample of the static reading pages (a chapter, the
 * begrippenlijst, a letter, in Dutch and English) without JavaScript. Fails below 100.
 * Lighthouse itself cannot run in a browser with script execution prohibited (its gatherers need
 * the debugger), so "without JavaScript" is: every script file request blocked (`blockedUrlPatterns`),
 * and the pages hold no executable script at all (tests/unit/static-pages.test.ts: the only
 * script element is JSON-LD data). What Lighthouse sees is what a reader without JavaScript gets.
 * One run is enough: the pages are plain HTML from one template.
 */
import lighthouse from 'lighthouse';
import { launchForLighthouse, startServer } from '../browser/harness';

const CATEGORIES = ['seo', 'accessibility'] as const;
const PAGES = ['lees/hulp-op-school/', 'begrippen/', 'brief/bezwaar-tlv/', 'en/lees/andere-school/', 'en/brief/klacht/'];

const server = await startServer();
const { port, close } = await launchForLighthouse('wegwijzer-lighthouse-static-');
const failures: string[] = [];
try {
  for (const path of PAGES) {
    const url = `${server.url}${path}`;
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], blockedUrlPatterns: ['*.js', '*.mjs'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = CATEGORIES.map((c) => {
      const category = lhr.categories[c];
      const score = category?.score == null ? NaN : Math.round(category.score * 100);
      if (!(score >= 100)) {
        const lost = (category?.auditRefs ?? [])
          .map((ref) => lhr.audits[ref.id])
          .filter((a): a is NonNullable<typeof a> => !!a && a.score !== null && a.score < 1)
          .map((a) => `${a.id}: ${a.title}${a.explanation ? ` (${a.explanation})` : ''}`);
        failures.push(`${path} ${c}: ${score}; ${lost.join('; ')}`);
      }
      return `${c} ${score}`;
    });
    console.log(`${path.padEnd(28)} ${scores.join('  ')}`);
  }
} finally {
  await close();
  await server.stop();
}
if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exitCode = 1;
} else console.log('\nSEO and accessibility 100 on every sampled static page, JavaScript off');

/**
 * Session 35 (s35-langs): screenshots at 360 px of a plan with a tlv34 step and the open34 note, to read the translated
 * texts as a parent sees them. Not a test (no assertions beyond "the texts are there"); run by hand after a build:
 *
 *   npx tsx tests/browser/shots-s35.ts <seed.json> <outDir relative to the repo> <png folder> [lang …]
 *
 * seed.json is { answers, timeline } as the app stores them (wegwijzer.answers in schema ANSWERS_VERSION,
 * wegwijzer.timeline). The story used in s35: a TLV refusal answered 20 days ago, a bezwaar "by phone" 15 days ago
 * (open34.spokenObjection on the refusal's step), the TLV granted 5 days ago (tlv34.choiceGranted on the first screen,
 * tlv34 afwijzingVoorToekenning and bezwaarToekenning as steps); then the timeline form with a bezwaar "by phone"
 * (open34.oralObjection).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { launch, startServer, watch } from './harness';

const [seedFile, outDir, pngDir, ...langs] = process.argv.slice(2);
if (!seedFile || !outDir || !pngDir) throw new Error('usage: shots-s35.ts <seed.json> <outDir> <png folder> [lang …]');
const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as { answers: object; timeline: object };

const server = await startServer(undefined, '/', outDir);
const browser = await launch();
try {
  for (const lang of langs.length ? langs : ['ar', 'uk']) {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    const watched = watch(page, new URL(server.url).origin);
    await page.goto(server.url);
    await page.evaluate(({ s, lang, v }) => {
      localStorage.setItem('wegwijzer.answers', JSON.stringify({ version: v, answers: s.answers, position: 'plan', savedAt: '' }));
      localStorage.setItem('wegwijzer.timeline', JSON.stringify(s.timeline));
      localStorage.setItem('wegwijzer.lang', JSON.stringify(lang));
    }, { s: seed, lang, v: ANSWERS_VERSION });
    await page.goto('about:blank');
    await page.goto(`${server.url}#/plan`);
    try {
      await page.locator('.first-choice').waitFor({ timeout: 15_000 });
    } catch (e) {
      await page.screenshot({ path: join(pngDir, `plan-${lang}-360-failed.png`), fullPage: true });
      console.log(lang, page.url(), watched.consoleErrors);
      throw e;
    }
    await page.locator('#step-tlv-afwijzing-voor-toekenning').waitFor();
    const dir = await page.evaluate(() => document.documentElement.dir);
    await page.locator('.first-things').screenshot({ path: join(pngDir, `plan-${lang}-360-first.png`) });
    const step = page.locator('li', { has: page.locator('#step-tlv-afwijzing-voor-toekenning') }).first();
    await step.screenshot({ path: join(pngDir, `plan-${lang}-360-step-choice.png`) });
    const own = page.locator('li', { has: page.locator('#step-tlv-bezwaar') }).first();
    await own.screenshot({ path: join(pngDir, `plan-${lang}-360-step-own.png`) });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(lang, { dir, sideways: wide, foreign: watched.foreignRequests, errors: watched.consoleErrors, choice: await page.locator('.first-choice').innerText() });
    // The timeline form: a bezwaar chosen "by phone" shows open34.oralObjection under "How?".
    await page.goto(`${server.url}#/tijdlijn`);
    await page.locator('.timeline-item').first().waitFor();
    await page.locator('.page-timeline > .no-print .button').first().click();
    await page.locator('#ev-kind').selectOption('bezwaar-ingediend');
    await page.locator('#ev-how').selectOption('telefoon');
    await page.locator('#ev-how-oral').waitFor();
    await page.locator('.form-group', { has: page.locator('#ev-how') }).screenshot({ path: join(pngDir, `timeline-${lang}-360-oral.png`) });
    console.log(lang, { oral: await page.locator('#ev-how-oral').innerText() });
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

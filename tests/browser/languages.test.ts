/**
 * Every language the build offers, the same checks, in real Chromium (issue 14, "Tests").
 *
 * Which languages: those of src/languages.ts that this build has (Dutch, plus every code with its
 * static pages under dist/<code>/), read when the file is collected, so the test covers nl and en
 * today and all six after the translations are merged, with no code change. The first test checks
 * that the app's language menu offers exactly that list, and (for dist/) that it equals the
 * languages whose folder exists under content/ (a stale build fails here).
 *
 * Per language, one browser context, pages reused:
 * - a steunpunt link `#/?taal=<code>` opens in that language: <html lang dir> from src/languages.ts;
 * - a keyboard-only walk of thuiszitten to the plan (answers chosen by option value, never by
 *   translated text): focus on the new h1 and a new page title on every step; lang/dir again after
 *   a reload of the plan;
 * - every page type (start, a question, check, plan, a chapter, the glossary, letters, a letter,
 *   timeline, meeting card, search with results, share, professionals, privacy): axe-core 0
 *   violations (WCAG 2.2 AA tags), no sideways scrolling at 320 px, no raw key, no `{{placeholder}}`,
 *   no doubled full stop (a date format ending in "." before a sentence's own),
 *   and (content completeness) in a language other than Dutch no sentence shown as Dutch text that
 *   is not marked lang="nl" (a text that fell back to Dutch, or a Dutch line without its lang);
 * - the language menu, by keyboard, to the next language and back: lang/dir, the page and the
 *   answers kept, and again after a reload;
 * - screenshots at 360 px of the start, a question, the plan and a letter in
 *   tests/browser/screenshots/lang-<code>-360-*.png (gitignored; look at them);
 * - 0 requests to other origins, 0 console errors (useBrowserSuite).
 *
 *   npm run build && npx vitest run --project browser tests/browser/languages.test.ts
 *   # right to left before a real Arabic exists (pseudo-Arabic, tests/pseudo/):
 *   npx tsx tests/pseudo/build-rtl.ts && LANG_DIST=dist-rtl npx vitest run --project browser tests/browser/languages.test.ts
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { checkNoSidewaysScroll, ROOT } from './harness';
import { useBrowserSuite } from './suite';
import { hash, walkQuestionsWithKeyboard } from './keyboard';
import { BASE_LANG, dirOf, LANGUAGES } from '../../src/languages';

const DIST = process.env['LANG_DIST'] ?? 'dist';
const suite = useBrowserSuite(DIST);

/** The languages this build offers, in the list's order (Dutch is always built in). */
const BUILT = LANGUAGES.filter((l) => l.enabled && (l.code === BASE_LANG || existsSync(join(ROOT, DIST, l.code, 'lees')))).map((l) => l.code as string);
/** The languages that have texts under content/ (what a fresh build would offer). */
const IN_CONTENT = LANGUAGES.filter((l) => l.enabled && existsSync(join(ROOT, 'content', l.code))).map((l) => l.code as string);

/** Every interface key, to find one shown raw (a text missing in every language). */
const UI_KEYS = [...readFileSync(join(ROOT, 'src/content/generated/keys.ts'), 'utf8').matchAll(/\| '([a-zA-Z0-9_.-]+\.[a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]!);

// Walk: thuiszitten, the longer branch (suspended, no lessons now). Other questions: the first option.
const SITUATION = 'thuiszitten';
const PICKS: Record<string, string> = { 'thuis-reden': 'geschorst', 'lessen-nu': 'nee' };
const LETTER = '#/brief/onderwijs-tijdens-thuiszitten';
/** Every page type, visited after the walk (so the answers are the walk's). */
const PAGE_TYPES = ['#/', '#/vraag/thuis-reden', '#/controleren', '#/plan', '#/lees/andere-school', '#/begrippen', '#/brieven', LETTER, '#/tijdlijn', '#/gesprek', '#/zoeken', '#/deel', '#/voor-professionals', '#/info/privacy'];
const SCREENSHOTS: Record<string, string> = { '#/': 'start', '#/vraag/thuis-reden': 'question', '#/plan': 'plan', [LETTER]: 'letter' };
const OUT = join(ROOT, 'tests/browser/screenshots');
/** Screenshots of another build (LANG_DIST) get its name, so the pseudo-Arabic never overwrites the real one. */
const SHOT_PREFIX = DIST === 'dist' ? '' : `${DIST}-`;

/** Dutch lines per page, from the Dutch run, for the completeness check of the other languages. */
const dutchLines = new Map<string, Set<string>>();

const htmlLangDir = (page: Page) => page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`);
const expected = (code: string) => `${code} ${dirOf(code)}`;

/** Tab (never click) until the focused element matches `selector`, then press Enter. */
async function activate(page: Page, selector: string) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reachable with Tab`);
}

/** Opens a page by its hash, as the app's own links do (no reload), and waits for its h1. */
async function go(page: Page, h: string) {
  const before = await page.evaluate(() => document.title);
  if ((await hash(page)) !== h) {
    await page.evaluate((x) => (location.hash = x), h);
    await page.waitForFunction((t) => document.title !== t, before, { timeout: 10_000 }).catch(() => undefined);
  }
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(150); // lazy texts settle
}

/** Text lines of the page's own language in <main> and the header (leaf blocks; parts marked with another lang left out). */
const ownLines = (page: Page) =>
  page.evaluate(() => {
    const lang = document.documentElement.lang;
    const out: string[] = [];
    const blocks = 'h1,h2,h3,h4,p,li,dt,dd,label,legend,th,td,button,summary,a,figcaption';
    for (const el of document.querySelectorAll<HTMLElement>(`main :is(${blocks}), header :is(${blocks})`)) {
      if (el.querySelector(blocks)) continue; // leaf blocks only
      if (el.closest('[lang]')?.getAttribute('lang') !== lang) continue;
      if (!el.checkVisibility()) continue;
      const text = el.innerText.replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    }
    return out;
  });

/** Milliseconds spent in axe, printed per language (it is most of the run). */
let axeMs = 0;

async function checkPage(page: Page, code: string, h: string, problems: string[]) {
  expect(await htmlLangDir(page), h).toBe(expected(code));
  const a0 = Date.now();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  axeMs += Date.now() - a0;
  problems.push(...axe.violations.map((v) => `${h} axe ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  const text = await page.locator('body').innerText();
  if (/\{\{|\}\}/.test(text)) problems.push(`${h}: a {{placeholder}} shown: …${/.{0,40}\{\{.{0,40}/.exec(text)?.[0]}…`);
  const doubled = /.{0,40}[^.]\.\.(?!\.).{0,20}/.exec(text);
  if (doubled) problems.push(`${h}: a doubled full stop: "${doubled[0]}"`);
  const raw = UI_KEYS.filter((k) => text.includes(k));
  if (raw.length) problems.push(`${h}: raw keys shown: ${raw.join(', ')}`);
  const rawQ = /\b[a-z][a-z0-9-]+\.(title|hint|why|options\.[a-z0-9-]+)\b/.exec(text);
  if (rawQ) problems.push(`${h}: raw question key shown: ${rawQ[0]}`);
  const lines = await ownLines(page);
  if (code === BASE_LANG) dutchLines.set(h, new Set(lines));
  else {
    const dutch = dutchLines.get(h);
    if (!dutch) console.warn(`${code} ${h}: no Dutch baseline (the nl test did not run, e.g. -t "${code}:"; use -t "nl:|${code}:"): untranslated lines not checked`);
    else {
      // A sentence (4+ words) identical to the Dutch page's and not marked lang="nl": untranslated.
      const same = lines.filter((l) => l.split(' ').length >= 4 && dutch.has(l));
      if (same.length) problems.push(`${h}: ${same.length} line(s) identical to the Dutch page, not marked lang="nl": ${same.slice(0, 3).map((l) => `"${l.slice(0, 80)}"`).join('; ')}`);
    }
  }
  // 320 px: no sideways scrolling.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForTimeout(50);
  await checkNoSidewaysScroll(page, `${h} at 320 px`, problems);
  await page.setViewportSize({ width: 360, height: 780 });
}

/** Through the header's language menu, keyboard only: Tab to it, Enter, Tab to the language, Enter. */
async function chooseWithKeyboard(page: Page, code: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await activate(page, 'header .lang-menu summary');
  await activate(page, `.lang-list button[lang="${code}"]`);
  await page.waitForFunction((c) => document.documentElement.lang === c, code, { timeout: 10_000 });
}

describe(`every language this build offers (${DIST}: ${BUILT.join(', ')})`, () => {
  it('the language menu offers exactly these, each named in itself; a fresh build would offer the same', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await ctx.newPage();
    suite.track(ctx, page);
    await page.goto(suite.server.url);
    await page.locator('main h1').waitFor();
    const menu = await page.locator('.lang-list button').evaluateAll((bs) => bs.map((b) => `${b.getAttribute('lang')}:${b.textContent}`));
    expect(menu).toEqual(BUILT.map((c) => `${c}:${LANGUAGES.find((l) => l.code === c)!.name}`));
    console.log(`languages: built ${BUILT.join(',')}; content/ has ${IN_CONTENT.join(',')}`);
    if (DIST === 'dist') expect(BUILT, 'dist/ is older than content/: run `npm run build`').toEqual(IN_CONTENT);
  });

  for (const code of BUILT) {
    it(`${code}: link, keyboard walk to the plan, reload, every page type (axe, 320 px, texts), the menu, screenshots`, async () => {
      const t0 = Date.now();
      axeMs = 0;
      const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 780 } });
      const page = await ctx.newPage();
      suite.track(ctx, page);

      // A steunpunt link in this language.
      await page.goto(`${suite.server.url}#/?taal=${code}`);
      await page.locator('main h1').waitFor();
      await page.waitForFunction((c) => document.documentElement.lang === c, code, { timeout: 10_000 });
      expect(await htmlLangDir(page), 'after the taal= link').toBe(expected(code));
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe(dirOf(code));

      // Keyboard only, thuiszitten, to the plan.
      await activate(page, 'main .start-button');
      await page.waitForFunction(() => location.hash === '#/vraag/situatie');
      const steps = await walkQuestionsWithKeyboard(page, (id) => (id === 'situatie' ? SITUATION : PICKS[id]));
      expect(await hash(page), 'the walk ends on the check page').toBe('#/controleren');
      expect(steps).toBeGreaterThan(5);
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      await activate(page, 'main .page-review > .button');
      await page.waitForFunction(() => location.hash === '#/plan');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      expect(await page.title()).toContain(await page.locator('main h1').innerText());
      expect(await htmlLangDir(page), 'on the plan').toBe(expected(code));
      const answers = await page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.answers')!).answers);
      expect(answers).toMatchObject({ situatie: [SITUATION], 'thuis-reden': 'geschorst', 'lessen-nu': 'nee' });
      await page.reload();
      await page.locator('main h1').waitFor();
      expect(await htmlLangDir(page), 'after a reload').toBe(expected(code));
      const tWalk = Date.now();

      // Every page type.
      mkdirSync(OUT, { recursive: true });
      const problems: string[] = [];
      for (const h of PAGE_TYPES) {
        await go(page, h);
        if (h === '#/zoeken') {
          // With results: "OPP" is the Dutch term every language keeps beside its own.
          await page.locator('main input').first().fill('OPP');
          await page.waitForTimeout(400);
        }
        await checkPage(page, code, h, problems);
        const shot = SCREENSHOTS[h];
        if (shot) await page.screenshot({ path: join(OUT, `lang-${SHOT_PREFIX}${code}-360-${shot}.png`), fullPage: shot === 'question' });
        if (h === LETTER) {
          // The letter to send stays Dutch, left to right, with a Dutch date, in every interface language.
          const letter = page.locator('textarea#letter-edit');
          expect(await letter.evaluate((e) => `${e.getAttribute('lang')} ${getComputedStyle(e).direction}`), 'the letter').toBe('nl ltr');
          expect(await letter.inputValue()).toMatch(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
          if (code !== BASE_LANG) expect(await page.locator('.letter.translation').evaluate((e) => `${e.getAttribute('lang')} ${getComputedStyle(e).direction}`), 'its translation').toBe(expected(code));
          await letter.screenshot({ path: join(OUT, `lang-${SHOT_PREFIX}${code}-360-letter-text.png`) });
        }
      }
      expect(problems).toEqual([]);
      const tPages = Date.now();

      // The menu, by keyboard: to the next language and back, on a question; the page and the answers stay.
      if (BUILT.length > 1) {
        const other = BUILT[(BUILT.indexOf(code) + 1) % BUILT.length]!;
        await go(page, '#/vraag/thuis-reden');
        await chooseWithKeyboard(page, other);
        expect(await htmlLangDir(page), `switched to ${other}`).toBe(expected(other));
        expect(await hash(page)).toBe('#/vraag/thuis-reden');
        await page.reload();
        await page.locator('main h1').waitFor();
        expect(await htmlLangDir(page), `${other} after a reload`).toBe(expected(other));
        await chooseWithKeyboard(page, code);
        expect(await htmlLangDir(page), `switched back to ${code}`).toBe(expected(code));
        expect(await hash(page)).toBe('#/vraag/thuis-reden');
        expect(await page.locator('main input[value="geschorst"]').isChecked()).toBe(true);
        await page.reload();
        await page.locator('main h1').waitFor();
        expect(await htmlLangDir(page), `${code} after a reload`).toBe(expected(code));
        expect(await page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.answers')!).answers)).toEqual(answers);
      }
      console.log(`${code}: walk ${steps} steps ${tWalk - t0} ms, ${PAGE_TYPES.length} page types ${tPages - tWalk} ms (axe ${axeMs} ms), menu ${Date.now() - tPages} ms`);
    });
  }
});

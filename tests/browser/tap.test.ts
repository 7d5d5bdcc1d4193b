/**
 * Issue 17, taps: the question page is patched in place from one question to the next (not created
 * again), and the history entry of a step is written right after the new page is painted. What that
 * could break, held here: focus on each new h1, the title and "Stap x van y", the form's state (the
 * choice, the error, the open "Waarom vragen we dit?") never carried over to the next question, the
 * browser's back and forward buttons, and a reload straight after a tap.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';
import { buildPlan } from '../../src/rules/plan';
import { todayInNL } from '../../src/rules/dates';
import type { Answers } from '../../src/flow/answers';
import { askedQuestions } from '../../src/flow/route';

const suite = useBrowserSuite();

async function newPage(): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  suite.track(context, page);
  return page;
}

const thuis = { situatie: ['thuiszitten'], 'thuis-reden': 'anders', 'thuis-sinds': '2026-09-01', 'thuis-hoeveel': 'helemaal' };
const h1 = (page: Page) => page.locator('h1').innerText();
const caption = (page: Page) => page.locator('.caption').innerText();
const stepOf = (text: string) => Number(/Stap (\d+) van/.exec(text)?.[1]);
const focusedH1 = (page: Page) => page.evaluate(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent);

/** Taps "Volgende" and waits until the next question's heading is in the page (not for the address). */
async function next(page: Page) {
  const before = await h1(page);
  await page.getByRole('button', { name: 'Volgende' }).click();
  // Polled by timer: a page without animation frames (below) must not stall the wait itself.
  await page.waitForFunction((b) => document.querySelector('h1')?.textContent !== b, before, { polling: 50 });
}

/**
 * Waits until the questionnaire's machine has loaded (its file fetched, then a moment to run it): a tap
 * before that waits for it, by design, so a test of what happens within the tap's own task needs it there.
 * Under a loaded CI machine the file could still be on its way when the question was shown.
 */
async function machineLoaded(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/machine-[^/]*\.js$/.test(e.name) && (e as PerformanceResourceTiming).responseEnd > 0), null, { polling: 50, timeout: 10_000 });
  await page.waitForTimeout(500);
}

/** A new page on the question "lessen-nu", after the first answers of a child at home. */
async function atLessenNu(): Promise<Page> {
  const page = await newPage();
  await seedStorage(page, suite.server.url, { answers: thuis, position: 'lessen-nu' });
  await page.goto(`${suite.server.url}#/vraag/lessen-nu`);
  await page.locator('input[name="lessen-nu"]').first().waitFor();
  return page;
}

describe('the question page patched in place', () => {
  it('moves focus to each new h1 and resets the choice, the error and "Waarom" between two yes/no questions', async () => {
    const page = await atLessenNu();
    const first = await h1(page);
    const step = stepOf(await caption(page));
    // Mark the page's element: the next question must be the same element, patched.
    await page.evaluate(() => ((document.querySelector('.page-question') as HTMLElement & { __mark?: number }).__mark = 17));
    await page.check('input[name="lessen-nu"][value="ja"]');
    await page.locator('details.why summary').click();
    expect(await page.locator('details.why').getAttribute('open')).not.toBeNull();
    await next(page);

    // ingeschreven: ja / nee / weet-niet, the same option values as lessen-nu had.
    expect(await page.evaluate(() => (document.querySelector('.page-question') as HTMLElement & { __mark?: number }).__mark)).toBe(17);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const second = await h1(page);
    expect(second).not.toBe(first);
    expect(await focusedH1(page)).toBe(second);
    expect(stepOf(await caption(page))).toBe(step + 1);
    expect(await page.title()).toContain(`Stap ${step + 1} van`);
    expect(await page.locator('input[name="ingeschreven"]').count()).toBe(3);
    expect(await page.locator('.page-question input:checked').count()).toBe(0);
    expect(await page.locator('input[name="lessen-nu"]').count()).toBe(0);
    expect(await page.locator('details.why').getAttribute('open')).toBeNull();
    expect(await page.locator('.error-summary').count()).toBe(0);

    // Nothing chosen: the error, focused and announced, for this question only.
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(3);

    // "Vorige": the question before, with its stored answer, without the error.
    await page.getByRole('link', { name: 'Vorige' }).click();
    await page.waitForFunction((s) => document.querySelector('h1')?.textContent === s, first);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await focusedH1(page)).toBe(first);
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await page.isChecked('input[name="lessen-nu"][value="ja"]')).toBe(true);
    expect(await page.isChecked('input[name="lessen-nu"][value="nee"]')).toBe(false);
    expect(stepOf(await caption(page))).toBe(step);
  });

  it('from a date question to a choice and back: the typed date and the choice each stay with their own question', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: { situatie: ['thuiszitten'], 'thuis-reden': 'anders' }, position: 'thuis-sinds' });
    await page.goto(`${suite.server.url}#/vraag/thuis-sinds`);
    await page.locator('#thuis-sinds-field').fill('2-9-2026');
    await next(page);
    expect(await page.locator('.page-question input:checked').count()).toBe(0);
    await page.check('input[name="thuis-hoeveel"][value="deels"]');
    await next(page);
    // lessen-nu: nothing chosen yet, although "deels" was checked on the page before.
    expect(await page.locator('.page-question input:checked').count()).toBe(0);
    await page.getByRole('link', { name: 'Vorige' }).click();
    await page.locator('input[name="thuis-hoeveel"]').first().waitFor();
    expect(await page.isChecked('input[name="thuis-hoeveel"][value="deels"]')).toBe(true);
    await page.getByRole('link', { name: 'Vorige' }).click();
    await page.locator('#thuis-sinds-field').waitFor();
    expect(await page.inputValue('#thuis-sinds-field')).toBe('02-09-2026');
  });
});

describe('the history entry written after the paint', () => {
  it('each step is one entry: back and forward walk the questions, the address follows', async () => {
    const page = await atLessenNu();
    const length = await page.evaluate(() => history.length);
    await page.check('input[name="lessen-nu"][value="nee"]');
    await next(page);
    await page.waitForFunction(() => location.hash === '#/vraag/ingeschreven');
    await page.check('input[name="ingeschreven"][value="ja"]');
    await next(page);
    // The entry is written right after the paint: wait for it, then read it.
    await page.waitForFunction(() => location.hash !== '#/vraag/ingeschreven');
    const third = await page.evaluate(() => location.hash);
    expect(third).toMatch(/^#\/vraag\//);
    expect(await page.evaluate(() => history.length)).toBe(length + 2);
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/vraag/ingeschreven');
    await page.locator('input[name="ingeschreven"]').first().waitFor();
    expect(await page.isChecked('input[name="ingeschreven"][value="ja"]')).toBe(true);
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/vraag/lessen-nu');
    await page.locator('input[name="lessen-nu"]').first().waitFor();
    expect(await page.isChecked('input[name="lessen-nu"][value="nee"]')).toBe(true);
    await page.goForward();
    await page.waitForFunction(() => location.hash === '#/vraag/ingeschreven');
    await page.locator('input[name="ingeschreven"]').first().waitFor();
    await page.goForward();
    await page.waitForFunction((h) => location.hash === h, third);
    await page.waitForFunction((h) => document.querySelector(`input[name="${h.replace('#/vraag/', '')}"], #${h.replace('#/vraag/', '')}-field`) !== null, third);
  });

  it('a tap, then at once a key or a reload: the entry is written first and the answer is kept', async () => {
    const page = await atLessenNu();
    await machineLoaded(page);
    await page.check('input[name="lessen-nu"][value="ja"]');
    // In the same task as the tap, a key press: the new entry must be in the history before it.
    const seen = await page.evaluate(() => {
      (document.querySelector('form button[type=submit]') as HTMLButtonElement).click();
      const during = location.hash;
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
      return { during, after: location.hash };
    });
    expect(seen.after).toBe('#/vraag/ingeschreven');
    await page.check('input[name="ingeschreven"][value="nee"]');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.reload();
    await page.locator('main h1').waitFor();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.answers')!).answers);
    expect(stored).toMatchObject({ 'lessen-nu': 'ja', ingeschreven: 'nee' });
    // The page after the reload is a question of the walk (the one before or the next), never blank.
    expect(await page.evaluate(() => location.hash)).toMatch(/^#\/vraag\//);
    expect((await h1(page)).length).toBeGreaterThan(0);
  });
});

describe('the history entry in a tab without frames', () => {
  it('a tab in the background (no animation frames) still writes the entry: an address opened there finds the new hash', async () => {
    const page = await newPage();
    // The machine arrives late, as on a loaded machine (CI): the tap waits for it, and so must the test's own wait.
    await page.context().route('**/assets/machine-*.js', async (route) => {
      await new Promise((done) => setTimeout(done, 400));
      await route.continue();
    });
    // A hidden tab gets no frames; headless Chromium does not always say so with visibilitychange.
    await page.addInitScript(() => {
      window.requestAnimationFrame = () => 0;
    });
    await seedStorage(page, suite.server.url, { answers: thuis });
    await page.goto(`${suite.server.url}#/vraag/thuis-sinds`);
    await page.locator('.page-question h1').waitFor();
    // Without frames nothing loads the machine before the tap: the tap waits for it (next() polls by timer).
    await next(page);
    // No key, no tap, no frame after the step: the entry must still be written. (Polling by timer: the page has no frames.)
    await page.waitForFunction(() => location.hash !== '#/vraag/thuis-sinds', null, { polling: 100, timeout: 3000 });
    expect(await page.evaluate(() => location.hash)).toMatch(/^#\/vraag\//);
  });
});

describe('the check page: first screen first', () => {
  it('every chapter comes a frame later; an answer changed from there: "Naar mijn plan" shows the plan of the new answers', async () => {
    const page = await newPage();
    const answers: Answers = { situatie: ['handelingsverlegen'], opp: 'nee', 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6' };
    const ids = (a: Answers) => buildPlan(a, todayInNL()).steps.map((s) => s.id);
    // The change must change the plan, or this test proves nothing.
    expect(ids({ ...answers, klacht: 'wil' })).not.toEqual(ids(answers));
    await seedStorage(page, suite.server.url, { answers, position: 'review' });
    await page.goto(`${suite.server.url}#/controleren`);
    await page.getByRole('button', { name: 'Naar mijn plan' }).waitFor();
    // The first chapter paints first, the others a frame later: in the end every chapter is there.
    expect(await page.locator('.page-review section').count()).toBe(new Set(askedQuestions(answers).map((q) => q.chapter)).size);
    await page.getByRole('link', { name: /Wijzig.*klacht/i }).first().click();
    await page.locator('input[name="klacht"]').first().waitFor();
    await page.check('input[name="klacht"][value="wil"]');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => location.hash === '#/controleren');
    await page.getByRole('button', { name: 'Naar mijn plan' }).click();
    await page.waitForFunction(() => location.hash === '#/plan');
    await wholePlan(page);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.answers')!).answers as Answers);
    expect(stored.klacht).toBe('wil');
    const shown = await page.locator('li.step').evaluateAll((els) => els.map((e) => e.id.replace(/^step-/, '').replace(/-item$/, '')));
    expect([...shown].sort()).toEqual([...ids(stored)].sort());
  });
});

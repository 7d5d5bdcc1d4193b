/**
 * Session 58 (s58-oppdate) in real Chromium at 360 px: a plan saved before the question about the day of enrolment existed
 * (admitted, the school told of the support need) opens that question with a notice; answered with Monday 31 August 2026,
 * the plan shows the OPP's last day, Monday 12 October 2026, marked not certain (B02, §X.5). Failed on main 62e152b: the
 * plan opened directly, with "Tel zelf" and no date.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';

const NOW = new Date('2026-10-01T18:00:00+02:00');
const suite = useBrowserSuite();

/** Complete answers as an older version stored them: no day of enrolment. */
const ANSWERS = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-06-01', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};

describe('the day of enrolment and the OPP\'s date', () => {
  it('the saved plan asks the new question, then shows 12 October 2026, not certain', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 900 } });
    await ctx.clock.setFixedTime(NOW);
    const page = await ctx.newPage();
    suite.track(ctx, page);
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan', version: ANSWERS_VERSION });
    await page.goto('about:blank');
    await page.goto(`${suite.server.url}#/plan`);
    await page.waitForFunction(() => location.hash === '#/vraag/inschrijving-datum');
    expect(await page.locator('main h1').innerText()).toBe('Op welke dag is je kind ingeschreven op de school?');
    expect(await page.locator('main').innerText()).toMatch(/eerste schooldag/);
    const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await page.locator('#inschrijving-datum-field').fill('31-8-2026');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => location.hash !== '#/vraag/inschrijving-datum');
    await page.goto('about:blank');
    await page.goto(`${suite.server.url}#/plan`);
    await wholePlan(page);
    expect(await page.evaluate(() => location.hash)).toBe('#/plan');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/6 weken na de inschrijving \(maandag 31 augustus 2026\): maandag 12 oktober 2026/);
    expect(text).toMatch(/Let op, deze termijn is niet zeker/);
    expect(text).not.toMatch(/Tel zelf/);
  });

  // s58-oppletter: the letter the step links names the day of enrolment and the OPP's last day (Dutch letter, English
  // translation beside it); failed before (no {{opp_termijn}} in verzoek-opp).
  it('the letter verzoek-opp names 31 augustus 2026 and 12 oktober 2026; the English translation the same days', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 900 } });
    await ctx.clock.setFixedTime(NOW);
    const page = await ctx.newPage();
    suite.track(ctx, page);
    await seedStorage(page, suite.server.url, { answers: { ...ANSWERS, 'inschrijving-datum': '2026-08-31' }, position: 'plan', version: ANSWERS_VERSION, lang: 'en' });
    await page.goto('about:blank');
    await page.goto(`${suite.server.url}#/brief/verzoek-opp`);
    await page.locator('#letter-edit').waitFor();
    const dutch = await page.locator('#letter-edit').inputValue();
    // Session 64 (s64-opp): the plan marks the day as not certain (§X.5): "volgens mij", and the school is asked from which day it counts.
    expect(dutch).toContain('\n\nDe dag van inschrijving bij uw school is 31 augustus 2026. Het OPP moet binnen 6 weken na de inschrijving zijn vastgesteld. Volgens mij moet het OPP er dus uiterlijk op 12 oktober 2026 zijn. Telt u vanaf een andere dag? Laat mij dan weten vanaf welke dag, en waarom.\n\nIk vraag u om:');
    const translation = await page.locator('.translation').innerText();
    expect(translation).toMatch(/31 August 2026\. .*As I count it, .*by 12 October 2026 at the latest\./);
  });
});

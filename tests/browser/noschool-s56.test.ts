/**
 * Session 56 (s56-noschool, lawyer-s56-fresh D4 and D5) in real Chromium at 360 px: a child enrolled at no school yet
 * (thuiszitten, "nergens"), getting jeugdhulp. "Wie kan je helpen?" on the first screen and the help card at the bottom
 * of the plan (both also on paper) no longer ask which samenwerkingsverband "the school" belongs to ("dat staat in de
 * schoolgids"): they say to ask the school where you want to register, or to find the samenwerkingsverband of your region.
 * The jeugdhulp step has its own title. The rules and the six languages: tests/unit/noschool-s56.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

/** Complete answers (isComplete): never enrolled, at home since 31 Aug 2026, gets jeugdhulp. */
const ANSWERS = {
  situatie: ['thuiszitten'], 'thuis-reden': 'nergens', 'thuis-sinds': '2026-08-31', 'lpa-betrokken': 'ja', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', jeugdhulp: 'krijgt', klacht: 'nee', groep: 'groep-3-6', 'aanbod-geweigerd': 'nee',
};

describe('plan for a child enrolled at no school', () => {
  it('"Wie kan je helpen?" and the help card name the school you register at and your region, not the schoolgids', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 900 } });
    const page = await ctx.newPage();
    suite.track(ctx, page);
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan', version: ANSWERS_VERSION });
    await page.goto(`${suite.server.url}#/plan`);
    await wholePlan(page);

    const first = (await page.locator('.first-things .first-help').textContent()) ?? '';
    expect(first).toContain('Vraag de school waar je je kind wilt aanmelden bij welk samenwerkingsverband ze hoort.');
    expect(first).toContain('zoek anders dat van de regio waar je woont');
    expect(first).not.toContain('schoolgids');

    const card = (await page.locator('.page-plan > .find-help').textContent()) ?? '';
    expect(card).toContain('Vraag de school waar je je kind wilt aanmelden');
    expect(card).not.toContain('schoolgids');

    await expect(page.locator('#step-jeugdhulp-afstemmen').textContent()).resolves.toMatch(/^Jeugdhulp en de school waar je je kind aanmeldt/);
  });
});

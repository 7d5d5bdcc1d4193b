/**
 * Session 58 (s58-noschool) in real Chromium at 360 px: "Wat is er afgesproken?" on the meeting page asks with whom the
 * meeting was. Before, the form logged every meeting with the school (parties: ['school']), so a talk with the
 * leerplichtambtenaar that ended without agreements gave "Vraag de school om een besluit op papier" (session 57 made the plan
 * read the parties: meeting/plan.ts meetingWith). The school is ticked by default (the gesprekskaart is for a meeting at
 * school); the choices are the timeline form's own party labels (meeting/plan.ts MEETING_PARTIES).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { MEETING_PARTIES } from '../../src/meeting/plan';
import { ROOT, seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';

const NOW = new Date('2026-12-03T18:00:00+01:00');
const SHOTS = join(ROOT, 'tests/browser/screenshots');
const suite = useBrowserSuite();
beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

/** Complete answers (isComplete): a child enrolled at no school, at home since 31 Aug 2026, the leerplichtambtenaar involved. */
const ANSWERS = {
  situatie: ['thuiszitten'], 'thuis-reden': 'nergens', 'thuis-sinds': '2026-08-31', 'lpa-betrokken': 'ja', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6', 'aanbod-geweigerd': 'nee',
};

type Stored = { events: { kind: string; date: string; parties: string[]; meeting?: { outcome: string; present: string } }[] };
const stored = (page: Page): Promise<Stored> => page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.timeline') ?? 'null'));
const checked = (page: Page) => page.locator('.agreements-form input[type=checkbox]:checked').evaluateAll((l) => l.map((e) => e.id));

async function openForm(page: Page) {
  await page.goto('about:blank');
  await page.goto(`${suite.server.url}#/gesprek/afspraken`);
  await page.locator('.agreements-form').waitFor();
}

describe('the meeting record says with whom the meeting was', () => {
  it('a talk with the leerplichtambtenaar is stored with her, and the plan asks no decision of the school', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 900 } });
    await ctx.clock.setFixedTime(NOW);
    const page = await ctx.newPage();
    suite.track(ctx, page);
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan', version: ANSWERS_VERSION });
    await openForm(page);

    // The choices, with the timeline form's labels; the school ticked by default.
    const group = page.getByRole('group', { name: 'Met wie was het gesprek?' });
    expect(await group.locator('input[type=checkbox]').evaluateAll((l) => l.map((e) => e.id))).toEqual(MEETING_PARTIES.map((p) => `m-party-${p}`));
    expect(await group.innerText()).toMatch(/School[\s\S]*Samenwerkingsverband[\s\S]*Leerplichtambtenaar[\s\S]*Steunpunt[\s\S]*Iemand anders/);
    expect(await checked(page)).toEqual(['m-party-school']);

    await group.getByLabel('School', { exact: true }).uncheck();
    await group.getByLabel('Leerplichtambtenaar').check();
    await page.locator('#m-date').fill('1-12-2026');
    await page.locator('#m-present').fill('Meneer De Vries, leerplichtambtenaar');
    await page.getByLabel('Er is niets afgesproken').check();
    await page.locator('.agreements-form').screenshot({ path: join(SHOTS, 'meeting-parties-360.png') });
    const axe = await new AxeBuilder({ page }).include('.agreements-form').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: 'Bewaar de afspraken' }).click();
    // Not "een stap om het besluit op papier te vragen": that is the step of a meeting with the school or the SWV.
    expect(await page.locator('.meeting-status').innerText()).toContain('In je plan staat nu een stap om op te schrijven wat er is besproken.');

    const events = (await stored(page)).events.filter((e) => e.kind === 'gesprek');
    expect(events).toHaveLength(1);
    expect(events[0]!.parties).toEqual(['leerplichtambtenaar']);
    expect(events[0]!.meeting).toMatchObject({ outcome: 'geen', present: 'Meneer De Vries, leerplichtambtenaar' });

    await page.goto(`${suite.server.url}#/plan`);
    await wholePlan(page);
    const plan = await page.locator('main').innerText();
    expect(plan).toContain('Zet op papier wat er besproken is');
    expect(plan).not.toContain('Vraag de school om een besluit op papier');

    // A next meeting recorded as it comes (the school ticked): stored with the school, as before.
    await openForm(page);
    expect(await checked(page)).toEqual(['m-party-school']);
    await page.locator('#m-date').fill('2-12-2026');
    await page.locator('#m-what-0').fill('Een plan voor onderwijs');
    await page.locator('#m-who-0').fill('de school');
    await page.getByRole('button', { name: 'Bewaar de afspraken' }).click();
    await page.locator('.record-summary').waitFor();
    expect((await stored(page)).events.filter((e) => e.kind === 'gesprek').map((e) => e.parties)).toEqual([['leerplichtambtenaar'], ['school']]);

    // Changing it shows the stored party ticked, and a second one is kept.
    await page.getByRole('button', { name: 'Wijzig de afspraken' }).click();
    expect(await checked(page)).toEqual(['m-party-school']);
    await page.getByRole('group', { name: 'Met wie was het gesprek?' }).getByLabel('Samenwerkingsverband').check();
    await page.getByRole('button', { name: 'Bewaar de afspraken' }).click();
    await page.locator('.record-summary').waitFor();
    expect((await stored(page)).events.filter((e) => e.kind === 'gesprek').map((e) => e.parties)).toEqual([['leerplichtambtenaar'], ['school', 'samenwerkingsverband']]);
  });
});

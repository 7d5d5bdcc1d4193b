/**
 * Session 59 (s59-meeting) in real Chromium at 360 px: "Na het gesprek" on the meeting page sums up the latest recorded
 * meeting of anyone, says with whom when it was not at school, and "Wijzig de afspraken" opens that meeting (src/meeting/
 * summary.ts). Before, both were the latest meeting at school (latestSchoolMeeting): after recording a meeting with the
 * samenwerkingsverband the parent saw the older meeting at school, and "Wijzig" opened and saved that one. The letter
 * "Bevestiging van afspraken" stays with the meeting at school (session 57): its link names that meeting.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { ROOT, seedStorage } from './harness';
import { useBrowserSuite } from './suite';

const NOW = new Date('2026-12-03T18:00:00+01:00');
const SHOTS = join(ROOT, 'tests/browser/screenshots');
const suite = useBrowserSuite();
beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

/** A complete walk (handelingsverlegen.json): its meeting at school on 30 November 2026. */
const ANSWERS = (JSON.parse(readFileSync(join(ROOT, 'tests/answers/handelingsverlegen.json'), 'utf8')) as { answers: Record<string, unknown> }).answers;

type Meeting = { id: string; date: string; parties: string[]; meeting: { agreements: { who: string; what: string }[]; present: string } };
const meetings = async (page: Page): Promise<Meeting[]> =>
  (await page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.timeline') ?? 'null')) as { events: (Meeting & { kind: string })[] }).events.filter((e) => e.kind === 'gesprek');
const checked = (page: Page) => page.locator('.agreements-form input[type=checkbox]:checked').evaluateAll((l) => l.map((e) => e.id));
const summary = async (page: Page) => (await page.locator('.record-summary').innerText()).replace(/\s+/g, ' ');
const save = async (page: Page) => {
  await page.getByRole('button', { name: 'Bewaar de afspraken' }).click();
  await page.locator('.record-summary').waitFor();
};

describe('the summary after a meeting is about the latest one, with whom it was', () => {
  it('a meeting at school, then one with the samenwerkingsverband: the summary and "Wijzig" are about the second', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 900 } });
    await ctx.clock.setFixedTime(NOW);
    const page = await ctx.newPage();
    suite.track(ctx, page);
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan', version: ANSWERS_VERSION });
    await page.goto(`${suite.server.url}#/gesprek/afspraken`);
    await page.locator('.agreements-form').waitFor();

    // The meeting at school (the school ticked by default).
    await page.locator('#m-date').fill('30-11-2026');
    await page.locator('#m-present').fill('Mevrouw Bakker, intern begeleider');
    await page.locator('#m-what-0').fill('Plan voor hulp bij lezen');
    await page.locator('#m-who-0').fill('de intern begeleider');
    await save(page);
    expect(await summary(page)).toContain('Je schreef de afspraken op van het gesprek op maandag 30 november 2026.');
    expect(await summary(page)).not.toContain('Met wie');
    expect(await page.getByRole('link', { name: 'Open je brief Bevestiging van afspraken', exact: true }).count()).toBe(1);

    // Then the meeting with the samenwerkingsverband.
    await page.getByRole('button', { name: 'Schrijf op wat er is afgesproken' }).click();
    const group = page.getByRole('group', { name: 'Met wie was het gesprek?' });
    await group.getByLabel('School', { exact: true }).uncheck();
    await group.getByLabel('Samenwerkingsverband').check();
    await page.locator('#m-date').fill('2-12-2026');
    await page.locator('#m-present').fill('Meneer Smit, samenwerkingsverband');
    await page.locator('#m-what-0').fill('Zoeken naar een plek met meer hulp');
    await page.locator('#m-who-0').fill('het samenwerkingsverband');
    await save(page);

    const after = async () => {
      const s = await summary(page);
      expect(s).toContain('Je schreef de afspraken op van het gesprek op woensdag 2 december 2026. Met wie: Samenwerkingsverband.');
      expect(s).toContain('het samenwerkingsverband: Zoeken naar een plek met meer hulp');
      expect(s).not.toContain('Plan voor hulp bij lezen');
      // The letter to the school is not offered as this meeting's: its link names the meeting at school.
      expect(s).toContain('De brief Bevestiging van afspraken is een brief aan de school. Hij is niet voor dit gesprek.');
      expect(await page.getByRole('link', { name: 'Open je brief Bevestiging van afspraken', exact: true }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Open je brief Bevestiging van afspraken over het gesprek met de school van maandag 30 november 2026' }).count()).toBe(1);
    };
    await after();
    await page.locator('.meeting-after').screenshot({ path: join(SHOTS, 'meeting-s59-summary-360.png') });
    const axe = await new AxeBuilder({ page }).include('.meeting-after').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    // The same on a new visit (the latest by the day of the meeting).
    await page.goto('about:blank');
    await page.goto(`${suite.server.url}#/gesprek`);
    await page.locator('.record-summary').waitFor();
    await after();

    // "Wijzig de afspraken" opens the meeting with the samenwerkingsverband, with its values.
    await page.getByRole('button', { name: 'Wijzig de afspraken' }).click();
    await page.locator('.agreements-form').waitFor();
    expect(await page.locator('#m-date').inputValue()).toBe('02-12-2026');
    expect(await checked(page)).toEqual(['m-party-samenwerkingsverband']);
    expect(await page.locator('#m-present').inputValue()).toBe('Meneer Smit, samenwerkingsverband');
    expect(await page.locator('#m-what-0').inputValue()).toBe('Zoeken naar een plek met meer hulp');
    await page.locator('.agreements-form').screenshot({ path: join(SHOTS, 'meeting-s59-edit-360.png') });
    const [school, swv] = await meetings(page);
    await page.locator('#m-what-0').fill('Zoeken naar een plek met meer hulp, dichtbij huis');
    await save(page);

    // Saved on that meeting; the meeting at school is as it was.
    const stored = await meetings(page);
    expect(stored).toHaveLength(2);
    expect(stored[0]).toEqual(school);
    expect(stored[1]!.id).toBe(swv!.id);
    expect(stored[1]!.parties).toEqual(['samenwerkingsverband']);
    expect(stored[1]!.meeting.agreements).toEqual([{ who: 'het samenwerkingsverband', what: 'Zoeken naar een plek met meer hulp, dichtbij huis' }]);
    expect(await summary(page)).toContain('het samenwerkingsverband: Zoeken naar een plek met meer hulp, dichtbij huis');

    // The letter stays with the meeting at school.
    await page.getByRole('link', { name: /over het gesprek met de school van maandag 30 november 2026/ }).click();
    await page.locator('#letter-edit').waitFor();
    const letter = await page.locator('#letter-edit').inputValue();
    expect(letter).toContain('Afspraken uit ons gesprek van 30 november 2026');
    expect(letter).toContain('Plan voor hulp bij lezen');
    expect(letter).not.toContain('Zoeken naar een plek');

    // A meeting recorded late, from before the latest: shown right after saving (so a slip can be put right), and on a new
    // visit the latest meeting again.
    await page.goto(`${suite.server.url}#/gesprek/afspraken`);
    await page.locator('.agreements-form').waitFor();
    await group.getByLabel('School', { exact: true }).uncheck();
    await group.getByLabel('Steunpunt').check();
    await page.locator('#m-date').fill('1-12-2026');
    await page.locator('#m-what-0').fill('Meedenken over de brief');
    await page.locator('#m-who-0').fill('het steunpunt');
    await save(page);
    expect(await summary(page)).toContain('gesprek op dinsdag 1 december 2026. Met wie: Steunpunt.');
    await page.getByRole('button', { name: 'Wijzig de afspraken' }).click();
    expect(await page.locator('#m-what-0').inputValue()).toBe('Meedenken over de brief');
    await page.goto('about:blank');
    await page.goto(`${suite.server.url}#/gesprek`);
    await page.locator('.record-summary').waitFor();
    expect(await summary(page)).toContain('gesprek op woensdag 2 december 2026. Met wie: Samenwerkingsverband.');
  });
});

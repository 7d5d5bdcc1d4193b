/**
 * Session 56: the gesprekskaart after "Kind gaat weer naar school", in real Chromium at 360 px. A suspended child at home
 * with a meeting planned: the card asks which day the child may go back and what education it gets from tomorrow, and
 * suggests the goals of a child at home. The parent logs the day back in the timeline; the card then asks neither and
 * suggests neither, as the plan has no at-home steps (tests/browser/back-s55.test.ts; the rules: tests/unit/card-s56.test.ts).
 * Failed on the build of 19cb8bd (before the fix): after the day back the card still had both questions and both goals.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { seedStorage } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

const pad = (n: number) => String(n).padStart(2, '0');
const daysFrom = (n: number) => new Date(Date.now() + n * 86_400_000);
const typed = (d: Date) => `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

const home = iso(daysFrom(-14));
/** Complete answers (isComplete): suspended and at home since 14 days ago, a meeting at school in 5 days. */
const ANSWERS = {
  situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': home, 'thuis-hoeveel': 'helemaal', 'schorsing-datum': home, 'lessen-nu': 'nee', ingeschreven: 'ja',
  'verwijdering-besluit': 'nee', opp: 'nee', onderzoek: 'geen', 'swv-betrokken': 'nee', 'school-zegt': ['geen'], 'lpa-betrokken': 'nee', 'gesprek-gepland': 'ja',
  'gesprek-datum': iso(daysFrom(5)), tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6', 'aanbod-geweigerd': 'nee',
};

async function open(page: Page, hash: string) {
  await page.goto('about:blank');
  await page.goto(`${suite.server.url}${hash}`);
  await page.locator('main h1').first().waitFor();
}

async function cardAtHome(page: Page): Promise<{ back: number; tomorrow: number; goals: string[] }> {
  await open(page, '#/gesprek');
  await page.locator('.meeting-card .card-questions').waitFor();
  return {
    back: await page.locator('[data-q="schorsing-terug"]').count(),
    tomorrow: await page.locator('[data-q="thuis-onderwijs-morgen"]').count(),
    goals: await page.locator('.meeting-card .suggestions .chip').allTextContents(),
  };
}

describe('the gesprekskaart after Kind gaat weer naar school', () => {
  it('the day back logged: no at-home questions or goals on the card', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 900 } });
    const page = await ctx.newPage();
    suite.track(ctx, page);
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan', version: ANSWERS_VERSION });
    const before = await cardAtHome(page);
    expect(before).toMatchObject({ back: 1, tomorrow: 1 });
    expect(before.goals).toEqual(expect.arrayContaining(['Les voor mijn kind zolang het thuis zit', 'Een plan om weer naar school te gaan, met data']));

    await open(page, '#/tijdlijn');
    await page.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    await page.getByLabel('Datum', { exact: true }).fill(typed(daysFrom(-7)));
    await page.getByLabel('Wat gebeurde er?').selectOption('weer-naar-school');
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    await page.locator('.timeline-item').filter({ hasText: 'Kind gaat weer naar school' }).waitFor();

    const after = await cardAtHome(page);
    expect(after).toMatchObject({ back: 0, tomorrow: 0 });
    expect(after.goals).not.toContain('Les voor mijn kind zolang het thuis zit');
    expect(after.goals).not.toContain('Een plan om weer naar school te gaan, met data');
    expect(after.goals).toContain('Afspraken op papier, met wie wat doet en wanneer');
  });
});

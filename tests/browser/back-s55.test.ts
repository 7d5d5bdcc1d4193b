/**
 * Session 55: "Kind gaat weer naar school" in real Chromium at 360 px. A suspended child at home: the plan has its at-home
 * steps; the parent logs the day back in the timeline; the item says in words what that did, and the plan no longer has
 * the at-home steps (tests/unit/timeline-back-s55.test.ts holds the dates and the terms that stay).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

const pad = (n: number) => String(n).padStart(2, '0');
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const typed = (d: Date) => `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

const home = iso(daysAgo(14));
/** Complete answers (isComplete): suspended and at home since 14 days ago. */
const ANSWERS = {
  situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': home, 'thuis-hoeveel': 'helemaal', 'schorsing-datum': home, 'lessen-nu': 'nee', ingeschreven: 'ja',
  'verwijdering-besluit': 'nee', opp: 'nee', onderzoek: 'geen', 'swv-betrokken': 'nee', 'school-zegt': ['geen'], 'lpa-betrokken': 'nee', 'gesprek-gepland': 'nee', tekenen: 'nee',
  'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6', 'aanbod-geweigerd': 'nee',
};

async function open(page: Page, hash: string) {
  await page.goto('about:blank');
  await page.goto(`${suite.server.url}${hash}`);
  await page.locator('main h1').first().waitFor();
}

async function planSteps(page: Page): Promise<{ home: number; suspension: number }> {
  await open(page, '#/plan');
  await wholePlan(page);
  return { home: await page.locator('#step-onderwijs-thuis-vragen').count(), suspension: await page.locator('#step-schorsing-einde').count() };
}

describe('Kind gaat weer naar school', () => {
  it('logged in the timeline: the item says what it did, and the plan has no at-home steps', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 900 } });
    const page = await ctx.newPage();
    suite.track(ctx, page);
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan', version: ANSWERS_VERSION });
    expect(await planSteps(page)).toEqual({ home: 1, suspension: 1 });

    await open(page, '#/tijdlijn');
    await page.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    await page.getByLabel('Datum', { exact: true }).fill(typed(daysAgo(7)));
    await page.getByLabel('Wat gebeurde er?').selectOption('weer-naar-school');
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    const item = page.locator('.timeline-item').filter({ hasText: 'Kind gaat weer naar school' });
    await expect(item.locator('h3').textContent()).resolves.toBe('Kind gaat weer naar school');
    await expect(item.textContent()).resolves.toContain('Vanaf deze dag staan de stappen voor een kind dat thuis zit niet meer in je plan.');

    expect(await planSteps(page)).toEqual({ home: 0, suspension: 0 });
  });
});

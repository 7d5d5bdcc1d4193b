/**
 * Session 64 (lawyer-s64-timeline D2), in real Chromium at 360 px: with two decisions open (a removal and a refusal), the
 * timeline form asks which decision a bezwaar is against; the chosen one's bezwaar step leaves the plan and the other keeps
 * its step and date. With one decision open the question is not asked. The form passes axe.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

async function newPage(width = 360): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  return page;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const typed = (d: Date) => `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const stored = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);

// A removal 20 days ago, a registration at the next school 15 days ago, its refusal 10 days ago: two 6-week terms running.
const ANSWERS = {
  situatie: ['handelingsverlegen', 'aanmelden'], opp: 'ja', groep: 'groep-3-6', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
  'verwijdering-datum': iso(daysAgo(20)), 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': iso(daysAgo(15)), 'aanmelding-besluit': 'geweigerd',
  'weigering-schriftelijk': 'ja', 'weigering-datum': iso(daysAgo(10)), 'aanmelding-bevestiging': 'ja', 'weigering-andere-school': 'nee', 'ondersteuning-gemeld': 'ja',
  'meer-scholen': 'nee', 'hv-schriftelijk': 'ja', 'verwijdering-andere-school': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee',
  'opp-besproken': 'weet-niet', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'weet-niet', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee',
};

async function open(page: Page, hash: string) {
  await page.goto('about:blank');
  await page.goto(`${suite.server.url}${hash}`);
  await page.locator('main h1').first().waitFor();
}

describe('Mijn tijdlijn: a bezwaar against one of two decisions (session 64)', () => {
  it('asks which decision; the chosen step leaves the plan, the other keeps its date', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan', version: 2 });
    await open(page, '#/tijdlijn');
    await page.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    await page.getByLabel('Datum', { exact: true }).fill(typed(daysAgo(2)));
    await page.getByLabel('Wat gebeurde er?').selectOption('bezwaar-ingediend');
    const group = page.getByRole('group', { name: 'Tegen welk besluit is dit bezwaar?' });
    await expect(group.getByRole('radio').count()).resolves.toBe(3);
    await expect(group.getByRole('radio', { name: 'Weet ik niet' }).isChecked()).resolves.toBe(true);
    await group.getByRole('radio', { name: 'De verwijdering' }).check();
    await group.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ROOT, 'tests/browser/screenshots/timeline-against-s64-360.png'), fullPage: false });
    // No part of the form is wider than the screen.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    const axe = await new AxeBuilder({ page }).include('.event-form').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.getByLabel('Hoe?').selectOption('e-mail');
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    expect((await stored(page, 'wegwijzer.timeline')).events).toEqual([expect.objectContaining({ kind: 'bezwaar-ingediend', against: 'verwijdering', date: iso(daysAgo(2)) })]);
    await expect(page.locator('.timeline-item').filter({ hasText: 'Bezwaar tegen: De verwijdering' }).count()).resolves.toBe(1);

    await open(page, '#/plan');
    await wholePlan(page);
    await expect(page.locator('#step-bezwaar-verwijdering').count()).resolves.toBe(0);
    await expect(page.locator('#step-bezwaar-weigering').count()).resolves.toBe(1);
  });

  it('with one decision open the question is not asked', async () => {
    const page = await newPage();
    const { 'weigering-datum': _w, 'weigering-schriftelijk': _s, ...rest } = ANSWERS;
    await seedStorage(page, suite.server.url, { answers: { ...rest, 'aanmelding-besluit': 'nog-niet' }, position: 'plan', version: 2 });
    await open(page, '#/tijdlijn');
    await page.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    await page.getByLabel('Wat gebeurde er?').selectOption('bezwaar-ingediend');
    await expect(page.getByRole('group', { name: 'Tegen welk besluit is dit bezwaar?' }).count()).resolves.toBe(0);
  });
});

/**
 * Session 82 (s82-tlv) in real Chromium at 360 px: "Tot wanneer geldt de TLV?" on "TLV gekregen" in the timeline form.
 * Asked only for that kind, optional; an end date on or before the decision's day is an error linked to its field; the
 * date is stored on the event (TimelineEvent.until), shown on the item, and the plan's step tlv-einde follows it (within
 * 3 months: "Nu doen"). "Voor de hele schooltijd" stores the word and the plan has no end step. No axe violations in the form.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';
import { ANSWERS_VERSION } from '../../src/flow/answers';

const suite = useBrowserSuite();

async function newPage(width = 360): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  return page;
}

/** An sbo TLV, the child enrolled there, the parent agreeing: no decision date answered (the timeline logs it). */
const ANSWERS = {
  situatie: ['tlv'], 'tlv-gehoord': 'ja', 'tlv-eens': 'ja', 'tlv-soort': 'sbo', 'tlv-plek': 'ingeschreven', 'tlv-inschrijving-datum': 'weet-niet', 'opp-nieuwe-school': 'ja',
  opp: 'ja', 'opp-besproken': 'weet-niet', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6', vervoer: 'nee',
};

const pad = (n: number) => String(n).padStart(2, '0');
const fromToday = (n: number) => new Date(Date.now() + n * 86_400_000);
const typed = (d: Date) => `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const storedEvents = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('wegwijzer.timeline') ?? 'null') as { events: Record<string, unknown>[] } | null)?.events ?? []);

async function open(page: Page, hash: string) {
  await page.goto('about:blank');
  await page.goto(`${suite.server.url}${hash}`);
  await page.locator('main h1').first().waitFor();
}

describe('s82-tlv: until when the TLV holds, in the timeline form', () => {
  it('asked only for "TLV gekregen"; a date before the decision is refused; the date is stored, shown and planned', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan', version: ANSWERS_VERSION });
    await open(page, '#/tijdlijn');
    await page.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    const legend = page.getByRole('group', { name: 'Tot wanneer geldt de TLV?' });
    await page.getByLabel('Wat gebeurde er?').selectOption('telefoontje');
    expect(await legend.count()).toBe(0);
    await page.getByLabel('Wat gebeurde er?').selectOption('tlv-toegekend');
    await legend.waitFor();
    const granted = fromToday(-300);
    await page.getByLabel('Datum', { exact: true }).fill(typed(granted));
    await page.getByLabel('Tot een datum').check();
    const untilField = page.getByLabel('Einddatum van de TLV');
    await untilField.fill(typed(fromToday(-310)));
    expect((await new AxeBuilder({ page }).include('.event-form').analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    // The error summary links to the end date field.
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('De einddatum moet na de datum van het besluit liggen');
    expect(await storedEvents(page)).toEqual([]);

    const end = fromToday(60);
    await untilField.fill(typed(end));
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    const item = page.locator('.timeline-item').filter({ hasText: 'TLV gekregen' }).first();
    await expect(item.textContent()).resolves.toContain('De TLV geldt tot');
    const events = await storedEvents(page);
    expect(events.map((e) => [e['kind'], e['date'], e['until']])).toEqual([['tlv-toegekend', iso(granted), iso(end)]]);

    await open(page, '#/plan');
    await wholePlan(page);
    const step = page.locator('#step-tlv-einde-item');
    await expect(step.textContent()).resolves.toContain('De TLV loopt bijna af');
    // "Nu doen": the group the step stands in.
    await expect(step.evaluate((li) => li.closest('section')?.querySelector('h2')?.textContent ?? '')).resolves.toBe('Nu doen');
    // On the first screen the end date reads as what it is, not as the parent's last day ("Uiterlijk …"; lead, session 82).
    const first = page.locator('.first-actions li').filter({ hasText: 'De TLV loopt bijna af' });
    await expect(first.textContent()).resolves.toMatch(/De TLV van .+ geldt tot .+\./);
    await expect(first.textContent()).resolves.not.toContain('Uiterlijk');
  });

  it('"Voor de hele schooltijd" is stored as such, shown on the item, and the plan has no end step', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan', version: ANSWERS_VERSION });
    await open(page, '#/tijdlijn');
    await page.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    await page.getByLabel('Wat gebeurde er?').selectOption('tlv-toegekend');
    await page.getByLabel('Datum', { exact: true }).fill(typed(fromToday(-30)));
    await page.getByLabel('Voor de hele schooltijd').check();
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    await expect(page.locator('.timeline-item').first().textContent()).resolves.toContain('De TLV geldt voor de hele schooltijd.');
    expect((await storedEvents(page)).map((e) => e['until'])).toEqual(['hele-schooltijd']);
    await open(page, '#/plan');
    await wholePlan(page);
    expect(await page.locator('#step-tlv-einde-item').count()).toBe(0);
  });
});

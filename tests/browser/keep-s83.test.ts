/**
 * Session 83: a field of a timeline event that this version does not know (a newer version's, as session 82's `until` was to
 * an open tab of session 81), and an unknown part of the stored timeline, are still stored after the parent edits the event
 * in the timeline form and logs another one. Before, the form's save stored the event without them (failed on main).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedStorage } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

/** Dates in the past (the form refuses a later day than today). */
const CALLED = '2026-11-02';
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.timeline') ?? 'null') as { events: Record<string, unknown>[]; toekomst?: unknown });

describe('fields this version does not know', () => {
  it('stay stored after the event is edited in the form and another is logged (failed before)', async () => {
    const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 900 } });
    const page = await ctx.newPage();
    suite.track(ctx, page);
    await seedStorage(page, suite.server.url, { answers: { situatie: ['aanmelden'] }, position: 'start' });
    const call = { id: 'c1', date: CALLED, kind: 'telefoontje', parties: ['school'], note: 'Gebeld.', herinnering: { op: '2026-11-09', wat: 'Bel terug' } };
    await page.goto(suite.server.url);
    await page.evaluate((c) => localStorage.setItem('wegwijzer.timeline', JSON.stringify({ version: 1, events: [c], base: {}, toekomst: [1, 2] })), call);
    await page.goto('about:blank');
    await page.goto(`${suite.server.url}#/tijdlijn`);
    await page.locator('.timeline-item').first().waitFor();
    await page.getByRole('button', { name: /^Wijzig: / }).click();
    await page.getByLabel('Wat wil je onthouden?').fill('Gebeld met de directeur.');
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    await expect.poll(async () => (await stored(page)).events[0]?.['note']).toBe('Gebeld met de directeur.');
    await page.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    await page.getByLabel('Datum', { exact: true }).fill('3-11-2026');
    await page.getByLabel('Wat gebeurde er?').selectOption('telefoontje');
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    await expect.poll(() => page.locator('.timeline-item').count()).toBe(2);
    const data = await stored(page);
    expect(data.events.find((e) => e['id'] === 'c1')).toEqual({ ...call, note: 'Gebeld met de directeur.' });
    expect(data.toekomst).toEqual([1, 2]);
  });
});

/**
 * Session 62 (issue 17): the gesprekskaart's texts are the meeting page's own file (`meetingtexts.<lang>`), not part of
 * the page texts every plan and letter waits for before its first screen (4 KB brotli, 15 KB raw, in Dutch).
 * Before this change the plan's `pagetexts.nl` held the whole card ("Mijn gesprekskaart", its goals and questions), so
 * the first test failed; the others hold that nothing a parent reads went missing on the way: the plan's link to the
 * card, the card itself (Dutch, English, and Dutch on demand from English) and its texts when they arrive late.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, seedStorage } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();
const NOW = new Date('2026-11-23T18:00:00+01:00');
/** A complete walk (handelingsverlegen.json) with the meeting tomorrow: the plan links to the card. */
const ANSWERS: Record<string, unknown> = {
  ...(JSON.parse(readFileSync(join(ROOT, 'tests/answers/handelingsverlegen.json'), 'utf8')) as { answers: Record<string, unknown> }).answers,
  'gesprek-datum': '2026-11-24',
};

/** A fresh profile without a service worker (it would fetch every file), the answers stored, `route` opened cold. */
async function open(route: string, lang: 'nl' | 'en', hold?: RegExp): Promise<{ page: Page; files: string[] }> {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  await ctx.clock.setFixedTime(NOW);
  const page = await ctx.newPage();
  suite.track(ctx, page);
  await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan', lang, version: 2 });
  const files: string[] = [];
  page.on('request', (r) => {
    const m = /\/assets\/(?:[\w-]+\/)*([^/?#]+)$/.exec(new URL(r.url()).pathname);
    if (m) files.push(m[1]!);
  });
  // A held request is never answered (a 404 would be a console error the suite counts).
  if (hold) await page.route(hold, () => undefined);
  await page.goto(`${suite.server.url}${route}`);
  return { page, files };
}

const rawKeys = /\bmeeting(?:Plan)?\.[a-zA-Z]+/;

describe('the gesprekskaart\u2019s texts load with the meeting page only', () => {
  it('the plan: its page texts no longer carry the card, its link to the card is there, meetingtexts not fetched', async () => {
    const { page, files } = await open('#/plan', 'nl');
    await page.locator('h1').first().waitFor();
    await page.getByRole('link', { name: /gesprekskaart/i }).first().waitFor();
    await page.waitForTimeout(1500);
    const pagetexts = files.find((f) => /^pagetexts\.nl-[\w-]+\.js$/.test(f));
    expect(pagetexts).toBeDefined();
    const body = await (await fetch(`${suite.server.url}assets/${pagetexts}`)).text();
    // The plan's part of the section is there; the card's own headings are not.
    expect(body).toContain('Bereid je gesprek met school voor');
    expect(body).not.toContain('Mijn gesprekskaart');
    expect(body).not.toContain('Wat ik wil bereiken');
    expect(files.filter((f) => f.startsWith('meetingtexts.'))).toEqual([]);
    expect(await page.locator('main').innerText()).not.toMatch(rawKeys);
  });

  it('the card opened cold: its own texts fetched and every heading in Dutch', async () => {
    const { page, files } = await open('#/gesprek', 'nl');
    await page.getByRole('heading', { name: 'Wat ik wil bereiken' }).waitFor();
    expect(files.some((f) => /^meetingtexts\.nl-[\w-]+\.js$/.test(f))).toBe(true);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Mijn gesprekskaart');
    expect(text).toContain('Mijn vragen');
    expect(text).not.toMatch(rawKeys);
  });

  it('the card waits for its own texts: "Even laden" while they are held, never raw keys', async () => {
    const { page } = await open('#/gesprek', 'nl', /\/assets\/meetingtexts\.nl-[\w-]+\.js$/);
    await page.waitForTimeout(2500);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Even laden/);
    expect(text).not.toMatch(rawKeys);
    expect(text).not.toContain('Wat ik wil bereiken');
  });

  it('English: the card in English from its own file, and in Dutch on demand', async () => {
    const { page, files } = await open('#/gesprek', 'en');
    await page.getByRole('heading', { name: 'My meeting card' }).waitFor();
    expect(files.some((f) => /^meetingtexts\.en-[\w-]+\.js$/.test(f))).toBe(true);
    expect(await page.locator('main').innerText()).not.toMatch(rawKeys);
    await page.getByRole('button', { name: /Dutch/ }).first().click();
    await page.getByRole('heading', { name: 'Mijn gesprekskaart' }).waitFor();
    expect(files.some((f) => /^meetingtexts\.nl-[\w-]+\.js$/.test(f))).toBe(true);
    const card = await page.locator('main').innerText();
    expect(card).toContain('Wat ik wil bereiken');
    expect(card).not.toMatch(rawKeys);
  });
});

/**
 * Session 63 (walk): a stressed parent on a phone (360 x 740) opens the bezwaar letter from the plan's step.
 *
 * Stories (the example answers files; weekdays from the calendar):
 *   1  Sanne (handelingsverlegen-verwijderingsbesluit.json): the school board's written removal decision is dated Mon 16 Nov
 *      2026. She reads the plan on Mon 23 Nov 2026 and taps the letter "Bezwaar tegen weigering of verwijdering" in the step
 *      "Maak bezwaar tegen de verwijdering". She opens it again on Mon 4 Jan 2027, after the last day.
 *   2  Ahmed (tlv-besluit-oneens.json): the samenwerkingsverband's TLV decision is dated Tue 20 Oct 2026; he disagrees. He
 *      reads on Mon 23 Nov 2026, in Dutch and in Arabic.
 *
 * What a correct letter page must say, written down first from ../shared/FACTS.md (not from the code):
 *   1  C09 / §0 (002:846-850): bezwaar against a removal decision within 6 weeks: 16 Nov 2026 + 42 days = Mon 28 Dec 2026,
 *      35 days after 23 Nov. The plan's step says that day; the letter the parent sends from that step must say the same day
 *      where the parent sees it first (a deadline below the fold, or "6 weken" without the date, is the worst bug). On
 *      4 Jan 2027 the day has passed: the page says so, never a day still to come.
 *   2  §X.3 (LBT, EXT, not in 001-004): the TLV bezwaar's 6 weeks: 20 Oct 2026 + 42 = Tue 1 Dec 2026, shown as not certain.
 *   Opened without a decision (from the letters list) the page cannot know which decision: no day is named.
 *
 * Defect found on the walk (screenshots /tmp/walk63/hv-28-letter*.png, tlv-29-letter*.png): the letter page opened from the
 * step (#/brief/bezwaar-weigering-verwijdering/2026-11-16) said under "Termijn", below the fold, only "Je hebt 6 weken om
 * bezwaar te maken. Die 6 weken beginnen op de dag dat het besluit bekend is gemaakt." and no date at all. Every test below
 * that looks for the day failed before the fix (the page had no .letter-due).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, seedStorage } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

const answersOf = (file: string) => (JSON.parse(readFileSync(join(ROOT, 'tests/answers', `${file}.json`), 'utf8')) as { answers: Record<string, unknown> }).answers;

async function open(file: string, now: string, route: string, lang: 'nl' | 'ar' = 'nl'): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  await ctx.clock.setFixedTime(new Date(`${now}T10:00:00+01:00`));
  const page = await ctx.newPage();
  suite.track(ctx, page);
  await seedStorage(page, suite.server.url, { answers: answersOf(file), position: 'plan', lang, version: 2 });
  await page.goto(`${suite.server.url}${route}`);
  await page.locator('main h1').first().waitFor();
  return page;
}

/** The note's text and whether its last line is inside the first screen (740 px high). */
async function dueNote(page: Page) {
  const note = page.locator('main .letter-due');
  await note.waitFor({ timeout: 5000 });
  const box = (await note.boundingBox())!;
  return { text: await note.innerText(), bottom: box.y + box.height };
}

describe('the bezwaar letter opened from its plan step names that step\u2019s last day, on the first screen', () => {
  it('story 1, 23 Nov 2026: from the plan\u2019s step to the letter: 28 december 2026, the same day as the plan, 35 days left', async () => {
    const page = await open('handelingsverlegen-verwijderingsbesluit', '2026-11-23', '#/plan');
    const arithmetic = '6 weken na het besluit (maandag 16 november 2026): maandag 28 december 2026';
    await page.getByText(arithmetic).first().waitFor();
    await page.getByRole('link', { name: 'Bezwaar tegen weigering of verwijdering' }).first().click();
    await page.waitForFunction(() => location.hash === '#/brief/bezwaar-weigering-verwijdering/2026-11-16');
    const { text, bottom } = await dueNote(page);
    expect(text).toContain('Volgens je plan is dit de laatste dag om je bezwaar te sturen');
    expect(text).toContain(arithmetic);
    expect(text).toContain('Nog 35 dagen.');
    expect(text).not.toContain('niet zeker');
    expect(bottom).toBeLessThanOrEqual(740);
  });

  it('story 1, 4 Jan 2027: the day has passed and the page says so, pointing to the plan', async () => {
    const page = await open('handelingsverlegen-verwijderingsbesluit', '2027-01-04', '#/brief/bezwaar-weigering-verwijdering/2026-11-16');
    const { text } = await dueNote(page);
    expect(text).toContain('maandag 28 december 2026');
    expect(text).toContain('Die dag is voorbij. In je plan lees je wat je nu nog kunt doen.');
    expect(text).not.toMatch(/Nog \d+ dag/);
  });

  it('story 2, 23 Nov 2026: the TLV bezwaar: dinsdag 1 december 2026, 8 days left, and not certain', async () => {
    const page = await open('tlv-besluit-oneens', '2026-11-23', '#/brief/bezwaar-tlv/2026-10-20');
    const { text, bottom } = await dueNote(page);
    expect(text).toContain('6 weken na het besluit (dinsdag 20 oktober 2026): dinsdag 1 december 2026');
    expect(text).toContain('Nog 8 dagen.');
    expect(text).toContain('Let op, deze termijn is niet zeker.');
    expect(bottom).toBeLessThanOrEqual(740);
  });

  it('story 2 in Arabic: the note in Arabic, with the day, no raw key', async () => {
    const page = await open('tlv-besluit-oneens', '2026-11-23', '#/brief/bezwaar-tlv/2026-10-20', 'ar');
    const { text } = await dueNote(page);
    expect(text).toContain('حسب خطتك، هذا هو آخر يوم لإرسال اعتراضك');
    expect(text).toMatch(/1 ديسمبر 2026/);
    expect(text).not.toMatch(/s63\./);
  });

  it('opened from the letters list (no decision): no day named, the page as before', async () => {
    const page = await open('handelingsverlegen-verwijderingsbesluit', '2026-11-23', '#/brief/bezwaar-weigering-verwijdering');
    await page.getByText('Wanneer gebruik je deze brief?').waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('main .letter-due').count()).toBe(0);
  });
});

/**
 * Story 1 again: the form "Gegevens voor je brieven" (hv-28-letter-full-3.png) listed "Jouw naam", "Jouw e-mailadres", then
 * "naam van het schoolbestuur", "volledige naam van je kind": the same list, half with a capital. The labels are the
 * letter's markers, lowercase because they stand inside a sentence of the letter; as labels they now begin with a capital
 * (letter.css). Failed before: the label read "naam van het schoolbestuur".
 */
describe('the letter form\u2019s labels begin with a capital, as the first ones do', () => {
  it('story 1: "naam van het schoolbestuur" is shown as "Naam van het schoolbestuur"; the letter\u2019s marker stays lowercase', async () => {
    const page = await open('handelingsverlegen-verwijderingsbesluit', '2026-11-23', '#/brief/bezwaar-weigering-verwijdering/2026-11-16');
    const label = page.locator('label[for="field-schoolbestuur"]');
    await label.waitFor();
    // What the parent sees (innerText follows text-transform); the text itself, the letter's marker, is unchanged.
    expect(await label.innerText()).toBe('Naam van het schoolbestuur');
    expect(await label.textContent()).toBe('naam van het schoolbestuur');
    expect(await page.locator('textarea').first().inputValue()).toContain('[naam van het schoolbestuur]');
  });
});

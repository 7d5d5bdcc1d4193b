/**
 * Session 65 (s65-opp) in real Chromium at 360 px, the stories of tests/unit/opp-s65.test.ts:
 *   3  Lina: removed by her old school (Mon 1 Feb 2027; bezwaar by Mon 15 Mar 2027, C09), refused at the next school (Mon 15
 *      Feb 2027; bezwaar by Mon 29 Mar 2027, A21). On Mon 22 Feb 2027 she opens the bezwaar letter from the plan's refusal
 *      step and taps "Ik heb deze brief verstuurd". The logged bezwaar says it is against the refusal (TimelineEvent.against):
 *      the refusal's step leaves the plan, the removal's stays with its 15 March, and the timeline names the decision.
 *      Failed before: the event had no `against`, and both bezwaar steps stayed in the plan.
 *   1  Noor, at the SO school since Mon 24 Aug 2026 after a TLV, "Ja, de nieuwe school heeft een OPP gemaakt": the plan of Mon
 *      14 Sep 2026 shows the consent and the talk about the new school's OPP (by Sat 31 Jul 2027). Failed before: no OPP step.
 * Screenshots: /tmp/opp65/*.png (looked at).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { seedStorage } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();
const SHOTS = '/tmp/opp65';
mkdirSync(SHOTS, { recursive: true });

const LINA = {
  situatie: ['aanmelden', 'handelingsverlegen'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-02-08', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2027-02-15', 'weigering-andere-school': 'nee',
  'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
  'verwijdering-datum': '2027-02-01', 'verwijdering-andere-school': 'nee', opp: 'ja', 'opp-besproken': '2026-10-05', 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
const NOOR = {
  situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-06-02',
  'tlv-eens': 'ja', 'tlv-soort': 'so', 'tlv-plek': 'ingeschreven', 'tlv-inschrijving-datum': '2026-08-24', 'opp-nieuwe-school': 'ja',
  opp: 'ja', 'opp-besproken': '2026-05-12', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent',
  'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja',
  jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};

async function open(answers: Record<string, unknown>, now: string, route: string): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  await ctx.clock.setFixedTime(new Date(`${now}T10:00:00+01:00`));
  const page = await ctx.newPage();
  suite.track(ctx, page);
  await seedStorage(page, suite.server.url, { answers, position: 'plan', version: ANSWERS_VERSION });
  await page.goto('about:blank');
  await page.goto(`${suite.server.url}${route}`);
  await page.locator('main h1').first().waitFor();
  return page;
}
async function goto(page: Page, route: string) {
  await page.goto('about:blank');
  await page.goto(`${suite.server.url}${route}`);
  await page.locator('main h1').first().waitFor();
}
const stored = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);

describe('"Ik heb deze brief verstuurd" on a bezwaar letter with two decisions open (session 65)', () => {
  it('story 3, Mon 22 Feb 2027: sent from the refusal\'s step: the bezwaar is against the refusal; only the removal\'s step stays', async () => {
    const page = await open(LINA, '2027-02-22', '#/plan');
    await page.locator('#step-bezwaar-weigering').waitFor();
    await expect(page.locator('#step-bezwaar-verwijdering').count()).resolves.toBe(1);
    // The step's heading carries the id; its letter link is in the same list item (as tests/browser/letters.test.ts).
    const item = (id: string) => page.locator(`#step-${id}`).locator('xpath=ancestor::li[1]');
    await item('bezwaar-weigering').locator('a[href*="#/brief/bezwaar-weigering-verwijdering"]').first().click();
    await page.waitForFunction(() => location.hash === '#/brief/bezwaar-weigering-verwijdering/2027-02-15');
    await page.locator('#letter-edit').waitFor();
    expect(await page.locator('#letter-edit').inputValue()).toContain('niet toe te laten');
    await page.getByRole('button', { name: 'Ik heb deze brief verstuurd' }).click();
    await page.getByText('In je tijdlijn gezet').waitFor();
    await page.locator('.letter-sent').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/lina-sent-360.png` });
    const events = (await stored(page, 'wegwijzer.timeline')).events;
    expect(events).toEqual([expect.objectContaining({ kind: 'bezwaar-ingediend', letter: 'bezwaar-weigering-verwijdering', date: '2027-02-22', against: 'weigering' })]);

    await goto(page, '#/tijdlijn');
    await expect(page.locator('.timeline-item').filter({ hasText: 'Bezwaar tegen: De weigering van je aanmelding' }).count()).resolves.toBe(1);

    await goto(page, '#/plan');
    await page.locator('#step-bezwaar-verwijdering').waitFor();
    await expect(page.locator('#step-bezwaar-weigering').count()).resolves.toBe(0);
    await expect(page.locator('#step-bezwaar-verwijdering').locator('xpath=ancestor::li[1]').innerText()).resolves.toContain('15 maart 2027');
    await page.screenshot({ path: `${SHOTS}/lina-plan-360.png` });
  });

  it('story 1, Mon 14 Sep 2026: Noor\'s plan has the consent and the talk about the new school\'s OPP', async () => {
    const page = await open(NOOR, '2026-09-14', '#/plan');
    await page.locator('#step-opp-instemmen').waitFor();
    await expect(page.locator('#step-opp-instemmen').innerText()).resolves.toContain('Beslis mee over het OPP van de nieuwe school');
    await expect(page.locator('#step-opp-evaluatie').locator('xpath=ancestor::li[1]').innerText()).resolves.toContain('31 juli 2027');
    await expect(page.locator('#step-opp-na-toelating').count()).resolves.toBe(0);
    await expect(page.locator('#step-opp-datum-achterhalen').count()).resolves.toBe(0);
    await page.screenshot({ path: `${SHOTS}/noor-plan-360.png` });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
  });
});

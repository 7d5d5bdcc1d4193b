/**
 * Session 64 (s64-opp) in real Chromium at 360 px, the stories of tests/unit/opp-s64.test.ts:
 *   3  Mila, refused in writing Mon 15 Jun 2026 (A21, 002:748-750: bezwaar at the board within 6 weeks, by Mon 27 Jul 2026).
 *      From the plan's step "Maak bezwaar …" the parent taps the letter: its Dutch text names the refusal ("niet toe te laten")
 *      only, with no "[Kies één van de twee zinnen …]" left to do; in English the translation beside it says the same.
 *   4  Daan, removal decided Tue 2 Mar 2027 (C09, 002:846-850): the letter opened for that day names the removal only.
 *   2  Noor, at the SO school since Mon 24 Aug 2026 after a TLV: a plan saved before the question "Heeft de nieuwe school al
 *      een OPP voor je kind gemaakt?" existed opens that question; "Ja" takes the new school's OPP step (by Mon 5 Oct 2026)
 *      out of the plan.
 * Each failed before this change (both decision lines and the instruction in the letter; no such question).
 * Screenshots: /tmp/opp64/*.png (looked at).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();
const SHOTS = '/tmp/opp64';
mkdirSync(SHOTS, { recursive: true });

const MILA = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-06-01', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-06-15', 'weigering-andere-school': 'nee',
  'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
const DAAN = {
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
  'verwijdering-datum': '2027-03-02', 'verwijdering-andere-school': 'nee', opp: 'ja', 'opp-besproken': '2026-10-05', 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
/** Stored before this session: no answer to opp-nieuwe-school. */
const NOOR = {
  situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-06-02',
  'tlv-eens': 'ja', 'tlv-soort': 'so', 'tlv-plek': 'ingeschreven', 'tlv-inschrijving-datum': '2026-08-24',
  opp: 'ja', 'opp-besproken': '2026-05-12', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent',
  'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja',
  jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};

async function open(answers: Record<string, unknown>, now: string, route: string, lang: 'nl' | 'en' = 'nl'): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  await ctx.clock.setFixedTime(new Date(`${now}T10:00:00+02:00`));
  const page = await ctx.newPage();
  suite.track(ctx, page);
  await seedStorage(page, suite.server.url, { answers, position: 'plan', lang, version: ANSWERS_VERSION });
  await page.goto('about:blank');
  await page.goto(`${suite.server.url}${route}`);
  await page.locator('main h1').first().waitFor();
  return page;
}

const REFUSAL = 'U heeft besloten om [voornaam van je kind] niet toe te laten op [naam van de school].';
const REMOVAL = 'te verwijderen.';

describe('the bezwaar letter names the decision the plan knows', () => {
  it('story 3, Wed 24 Jun 2026: from the plan\u2019s refusal step, the letter says "niet toe te laten" only', async () => {
    const page = await open(MILA, '2026-06-24', '#/plan');
    await page.getByRole('link', { name: 'Bezwaar tegen weigering of verwijdering' }).first().click();
    await page.waitForFunction(() => location.hash === '#/brief/bezwaar-weigering-verwijdering/2026-06-15');
    await page.locator('#letter-edit').waitFor();
    const dutch = await page.locator('#letter-edit').inputValue();
    expect(dutch).toContain(`\n\n${REFUSAL}\n\n`);
    expect(dutch).not.toContain(REMOVAL);
    expect(dutch).not.toContain('[Kies één van de twee zinnen');
    expect(dutch).not.toContain('[Bij een');
    await page.locator('#letter-edit').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/mila-letter-nl.png` });
    const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  it('story 3 in English: the Dutch letter and the translation beside it both name the refusal only', async () => {
    const page = await open(MILA, '2026-06-24', '#/brief/bezwaar-weigering-verwijdering/2026-06-15', 'en');
    await page.locator('#letter-edit').waitFor();
    expect(await page.locator('#letter-edit').inputValue()).toContain(`\n\n${REFUSAL}\n\n`);
    const translation = await page.locator('.translation').innerText();
    expect(translation).toMatch(/You decided not to admit/);
    expect(translation).not.toMatch(/You decided to remove|Choose one of the two sentences/);
    await page.locator('.translation').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/mila-letter-en.png` });
  });

  it('story 4, Wed 10 Mar 2027: opened for the removal of Tue 2 Mar, the letter says "te verwijderen" only', async () => {
    const page = await open(DAAN, '2027-03-10', '#/brief/bezwaar-weigering-verwijdering/2027-03-02');
    await page.locator('#letter-edit').waitFor();
    const dutch = await page.locator('#letter-edit').inputValue();
    expect(dutch).toContain('U heeft besloten om [voornaam van je kind] van [naam van de school] te verwijderen.\n\n');
    expect(dutch).not.toContain('niet toe te laten');
    expect(dutch).not.toContain('[Kies');
    // Session 83 (s83-left, 4): Daan answered that no other school is willing ("nee"): the rule's line says so first.
    expect(dutch).toContain('\n\nEr is nog geen andere school die [voornaam van je kind] wil toelaten. U mag [voornaam van je kind] pas verwijderen');
  });
});

describe('after tlv-plek "Mijn kind zit al op die school": the new school\u2019s OPP', () => {
  it('story 2, Mon 14 Sep 2026: the saved plan asks the new question; "Ja" takes the OPP step out of the plan', async () => {
    const page = await open(NOOR, '2026-09-14', '#/plan');
    await page.waitForFunction(() => location.hash === '#/vraag/opp-nieuwe-school');
    expect(await page.locator('main h1').innerText()).toContain('Heeft de nieuwe school al een OPP voor je kind gemaakt?');
    expect(await page.locator('main').innerText()).toMatch(/OPP van de oude school/);
    await page.screenshot({ path: `${SHOTS}/noor-question.png`, fullPage: true });
    const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.getByLabel('Ja, de nieuwe school heeft een OPP gemaakt').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => location.hash !== '#/vraag/opp-nieuwe-school');
    await page.goto('about:blank');
    await page.goto(`${suite.server.url}#/plan`);
    await wholePlan(page);
    expect(await page.evaluate(() => location.hash)).toBe('#/plan');
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/5 oktober 2026/);
    expect(text).not.toMatch(/Let op het OPP/);
  });
});

/**
 * Session 60 (s60-enrolled) in real Chromium: the letter page wires the answers-decided choice lines of
 * bericht-leerplichtambtenaar (admissionLetterValuesOf, unit-tested in tests/unit/enrolled-s60.test.ts). A child enrolled
 * nowhere, admitted, the day of enrolment Mon 21 Feb 2028 ahead (the page read on Fri 18 Feb 2028): the Dutch letter names
 * the school (typed in the form) and the day, with no "heeft nog geen school" and no choice instruction; under the English
 * interface the translation beside it says the same in English. Failed before the change (the letter offered both lines).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { seedStorage } from './harness';
import { useBrowserSuite } from './suite';

const NOW = new Date('2028-02-18T10:00:00+01:00');
const suite = useBrowserSuite();

const ANSWERS = {
  situatie: ['thuiszitten', 'aanmelden'], 'thuis-reden': 'nergens', 'thuis-sinds': '2027-08-30', 'lpa-betrokken': 'nee', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6', 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2028-01-05',
  'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', vervoer: 'nee',
  'aanbod-geweigerd': 'nee', 'inschrijving-datum': '2028-02-21',
};

async function open(lang: 'nl' | 'en'): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 900 } });
  await ctx.clock.setFixedTime(NOW);
  const page = await ctx.newPage();
  suite.track(ctx, page);
  await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan', version: ANSWERS_VERSION, lang });
  await page.goto(`${suite.server.url}#/brief/bericht-leerplichtambtenaar`);
  await page.locator('#letter-edit').waitFor();
  return page;
}

describe('bericht-leerplichtambtenaar for an admitted child', () => {
  it('the Dutch letter names the school and the day of enrolment; no "no school" line, no choice to make', async () => {
    const page = await open('nl');
    const area = page.locator('#letter-edit');
    expect(await area.inputValue()).toContain('[naam van de school] heeft [voornaam van je kind] toegelaten.');
    await page.getByLabel('naam van de school').fill('De Regenboog');
    await page.getByLabel('voornaam van je kind').fill('Sara');
    const text = await area.inputValue();
    expect(text).toContain('De Regenboog heeft Sara toegelaten. Sara staat daar vanaf 21 februari 2028 ingeschreven.');
    expect(text).toContain('Ik vraag u om een gesprek met de school en met ons.');
    expect(text).not.toMatch(/heeft nog geen school|Wij zoeken een school|\[Kies/);
  });

  it('under the English interface: the translation says it in English', async () => {
    const page = await open('en');
    await page.getByLabel('Name of the school').fill('De Regenboog');
    const translation = await page.locator('.translation').innerText();
    expect(translation).toContain('De Regenboog has admitted');
    expect(translation).toContain('21 February 2028');
    expect(translation).not.toMatch(/does not have a school yet|\[Choose/);
    expect(await page.locator('#letter-edit').inputValue()).toContain('De Regenboog heeft');
  });
});

/**
 * Issue 18 in real Chromium against dist/, at 360 px, on a fixed day (Monday 23 November 2026):
 * a parent with a meeting tomorrow opens the card from the plan step, takes a suggested goal,
 * removes a question and adds one, prints the card (A4 PDF: one or two pages, checked with poppler),
 * records what was agreed, and finds the agreements in the confirmation letter, the timeline and
 * the plan (with dates). Also: "the school decides later" gives the step asking for a written
 * decision, and the English interface shows a Dutch card on demand. Screenshots at 360 and 1280 px.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { parse as parseYaml } from 'yaml';
import { ROOT, seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';

const NOW = new Date('2026-11-23T18:00:00+01:00');
const SHOTS = join(ROOT, 'tests/browser/screenshots');
const suite = useBrowserSuite();

beforeAll(() => {
  for (const tool of ['pdfinfo', 'pdftotext']) execSync(`command -v ${tool}`, { stdio: 'ignore', shell: '/bin/sh' });
  mkdirSync(SHOTS, { recursive: true });
});

/** A complete walk (handelingsverlegen.json) with the meeting tomorrow. */
const ANSWERS: Record<string, unknown> = {
  ...(JSON.parse(readFileSync(join(ROOT, 'tests/answers/handelingsverlegen.json'), 'utf8')) as { answers: Record<string, unknown> }).answers,
  'gesprek-datum': '2026-11-24',
};

async function open(width: number, lang: 'nl' | 'en' | 'ar' = 'nl', answers: Record<string, unknown> = ANSWERS): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width, height: 900 } });
  await ctx.clock.setFixedTime(NOW);
  const page = await ctx.newPage();
  suite.track(ctx, page);
  await seedStorage(page, suite.server.url, { answers, position: 'plan', lang, version: 2 });
  return page;
}

/** axe-core, WCAG 2.1 AA: no violations. */
async function axe(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${what} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const text = (page: Page, sel: string) => page.locator(sel).innerText();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the gesprekskaart and the agreements, at 360 px', () => {
  it('card from the plan step, edit, print on A4, record agreements, letter, timeline and plan', async () => {
    const page = await open(360);
    await page.goto(`${suite.server.url}#/plan`);
    // The step about the planned meeting links to the card, with the date.
    const fromStep = page.getByRole('link', { name: 'Maak je gesprekskaart voor dinsdag 24 november 2026' });
    await fromStep.click();
    await page.waitForURL(/#\/gesprek$/);
    await page.locator('.meeting-card').waitFor();
    expect(await page.locator('h1').innerText()).toBe('Gesprek voorbereiden');
    const card = () => text(page, '.meeting-card');
    expect(await card()).toContain('Gesprek op dinsdag 24 november 2026');
    // Rules: handelingsverlegen without an OPP (FP04), old research (C02).
    expect(await card()).toContain('Welke hulp heeft de school al geprobeerd?');
    expect(await card()).toContain('Waarom is er nog geen OPP?');
    expect(await card()).toContain('Welk nieuw onderzoek doet de school zelf?');
    expect(await card()).toContain('Verslagen van onderzoek naar je kind');
    expect(await card()).toContain('Je hoeft vandaag niets te tekenen.');

    // A suggested goal, a typed goal.
    await page.getByRole('button', { name: 'Een OPP met duidelijke afspraken over hulp' }).click();
    expect(await page.locator('#goal-0').inputValue()).toBe('Een OPP met duidelijke afspraken over hulp');
    await page.locator('#goal-1').fill('Hulp bij lezen, elke dag');

    // Remove a question, add my own; both stay after a reload.
    await page.getByRole('button', { name: 'Haal deze vraag weg: Welk nieuw onderzoek doet de school zelf?' }).click();
    expect(await card()).not.toContain('Welk nieuw onderzoek doet de school zelf?');
    expect(await card()).toContain('1 vraag weggehaald.');
    await page.getByRole('button', { name: 'Zet erbij' }).click();
    expect(await card()).toContain('Schrijf eerst je vraag op.');
    await page.locator('#own-question').fill('Mag de logopedist ook komen?');
    await page.getByRole('button', { name: 'Zet erbij' }).click();
    expect(await card()).toContain('Mag de logopedist ook komen?');
    await page.reload();
    await page.locator('.meeting-card').waitFor();
    expect(await card()).toContain('Mag de logopedist ook komen?');
    expect(await card()).not.toContain('Welk nieuw onderzoek doet de school zelf?');
    expect(await page.locator('#goal-1').inputValue()).toBe('Hulp bij lezen, elke dag');
    await page.screenshot({ path: join(SHOTS, 'meeting-card-360.png'), fullPage: true });
    await axe(page, 'card');

    // Print: A4, one or two pages, with the goals, my question, the reasons; without buttons.
    const dir = mkdtempSync(join(tmpdir(), 'meeting-pdf-'));
    const pdf = join(dir, 'kaart.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    console.log(`meeting card print: ${pages} A4 page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const printed = norm(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    for (const s of ['Mijn gesprekskaart', 'Een OPP met duidelijke afspraken over hulp', 'Hulp bij lezen, elke dag', 'Mag de logopedist ook komen?', 'Waarom is er nog geen OPP?', 'Wat ik meeneem', 'Goed om te weten in het gesprek']) expect(printed, s).toContain(s);
    for (const s of ['Welk nieuw onderzoek doet de school zelf?', 'Haal weg', 'Zet erbij', 'Print de kaart']) expect(printed, s).not.toContain(s);

    // After the meeting: the form, with an error first (an agreement without who).
    await page.getByRole('button', { name: 'Schrijf op wat er is afgesproken' }).click();
    await page.locator('#m-date').fill('23-11-2026');
    await page.locator('#m-present').fill('Mevrouw Bakker, intern begeleider');
    await page.locator('#m-what-0').fill('Plan voor hulp bij lezen');
    await page.getByRole('button', { name: 'Bewaar de afspraken' }).click();
    expect(await text(page, '.error-summary')).toContain('Afspraak 1: Schrijf op wie het doet.');
    await page.locator('#m-who-0').fill('de intern begeleider');
    await page.locator('#m-by-0').fill('1-12-2026');
    await page.getByRole('button', { name: 'Nog een afspraak' }).click();
    await page.locator('#m-what-1').fill('Verslag van de logopedist mailen');
    await page.locator('#m-who-1').fill('ik');
    await page.locator('#m-next').fill('15-12-2026');
    await page.locator('#m-sends').fill('het verslag van het gesprek');
    await page.screenshot({ path: join(SHOTS, 'meeting-agreements-360.png'), fullPage: true });
    await axe(page, 'agreements form');
    await page.getByRole('button', { name: 'Bewaar de afspraken' }).click();
    expect(await text(page, '.meeting-status')).toContain('Je afspraken zijn bewaard.');
    expect(await text(page, '.record-summary')).toContain('de intern begeleider: Plan voor hulp bij lezen vóór 1 december 2026');

    // The confirmation letter, filled.
    await page.getByRole('link', { name: 'Open je brief Bevestiging van afspraken' }).click();
    // One view: the text box is the letter that will be sent (issue 12).
    await page.locator('#letter-edit').waitFor();
    const letter = await page.locator('#letter-edit').inputValue();
    expect(letter).toContain('Afspraken uit ons gesprek van 23 november 2026');
    expect(letter).toContain('- Plan voor hulp bij lezen: de intern begeleider doet dit vóór 1 december 2026');
    expect(letter).toContain('- Verslag van de logopedist mailen: ik');
    expect(letter).toContain('De school stuurt mij: het verslag van het gesprek');
    expect(letter).toContain('Vervolggesprek: 15 december 2026');
    expect(letter).toContain('Aanwezig: Mevrouw Bakker, intern begeleider');

    // The timeline has the meeting with the agreements.
    await page.goto(`${suite.server.url}#/tijdlijn`);
    await page.locator('.timeline-list').waitFor();
    const tl = await text(page, '.timeline-list');
    expect(tl).toContain('de intern begeleider: Plan voor hulp bij lezen vóór 1 december 2026');
    expect(tl).toContain('Volgend gesprek: 15 december 2026');

    // The plan has a dated step per dated agreement and the next meeting.
    await page.goto(`${suite.server.url}#/plan`);
    await wholePlan(page);
    const plan = norm(await text(page, 'main'));
    expect(plan).toContain('Afspraak: Plan voor hulp bij lezen');
    expect(plan).toContain('8 dagen na het gesprek (maandag 23 november 2026): dinsdag 1 december 2026');
    expect(plan).toContain('Volgend gesprek met school');
    expect(plan).toContain('22 dagen na het gesprek (maandag 23 november 2026): dinsdag 15 december 2026');
    expect(plan).not.toContain('Afspraak: Verslag van de logopedist mailen');
    expect(plan).not.toContain('Vraag de school om een besluit op papier');
    // "Eerst dit" names agreement steps by their own texts, never by a raw text key.
    const first = norm(await text(page, '.first-things'));
    expect(first).not.toMatch(/steps\.|meeting\.planStep/);
  });

  it('"the school decides later": the plan asks for a written decision; 1280 px screenshots', async () => {
    const page = await open(1280);
    await page.goto(`${suite.server.url}#/gesprek/afspraken`);
    await page.locator('.agreements-form').waitFor();
    await page.locator('.meeting-card').screenshot({ path: join(SHOTS, 'meeting-card-1280.png') });
    await page.getByLabel('Het besluit komt later').check();
    await page.locator('#m-date').fill('20-11-2026');
    await page.locator('#m-what-0').fill('Besluit over extra hulp');
    await page.locator('#m-who-0').fill('de directeur');
    await page.locator('.agreements-form').screenshot({ path: join(SHOTS, 'meeting-agreements-1280.png') });
    await page.getByRole('button', { name: 'Bewaar de afspraken' }).click();
    expect(await text(page, '.meeting-status')).toContain('In je plan staat nu een stap om het besluit op papier te vragen.');
    await page.goto(`${suite.server.url}#/plan`);
    await wholePlan(page);
    const nu = norm(await text(page, '.group-nu'));
    expect(nu).toContain('Vraag de school om een besluit op papier');
    expect(nu).toContain('In het gesprek van vrijdag 20 november 2026 is niets vast afgesproken, of de school beslist later.');
  });

  it('Arabic interface: the letter stays plain Dutch, the translation beside it has the agreements in Arabic', async () => {
    const ui = parseYaml(readFileSync(join(ROOT, 'content/ar/ui.yaml'), 'utf8')) as { meeting: { form: { save: string } }; meetingPlan: { letter: { noNext: string } } };
    const page = await open(360, 'ar');
    await page.goto(`${suite.server.url}#/gesprek/afspraken`);
    await page.locator('.agreements-form').waitFor();
    await page.locator('#m-date').fill('23-11-2026');
    await page.locator('#m-what-0').fill('Plan voor hulp bij lezen');
    await page.locator('#m-who-0').fill('de intern begeleider');
    await page.locator('#m-by-0').fill('1-12-2026');
    await page.getByRole('button', { name: ui.meeting.form.save }).click();
    await page.locator('.meeting-status').waitFor();
    await page.goto(`${suite.server.url}#/brief/bevestiging-afspraken`);
    await page.locator('#letter-edit').waitFor();
    const letter = await page.locator('#letter-edit').inputValue();
    // The letter for the school: Dutch, and no invisible direction marks around the filled-in words.
    expect(letter).toContain('- Plan voor hulp bij lezen: de intern begeleider doet dit vóór 1 december 2026');
    expect(letter).toContain('Vervolggesprek: nog niet afgesproken');
    expect(letter).not.toMatch(/[\u2066-\u2069]/);
    // The translation: the same agreement with the Arabic words around it.
    const translation = await text(page, '.translation-box');
    expect(translation).not.toContain('doet dit vóór');
    expect(translation).not.toContain('nog niet afgesproken');
    expect(translation).toMatch(/Plan voor hulp bij lezen[\s\S]*يفعل ذلك/);
    expect(translation).toContain(ui.meetingPlan.letter.noNext);
    // Its dates are Arabic, like every date on screen; the Dutch letter above keeps "1 december 2026".
    const arDate = (iso: string) => new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    expect(translation).toContain(arDate('2026-11-23'));
    expect(translation).toContain(arDate('2026-12-01'));
    expect(translation).not.toMatch(/november|december/);
    // Positions on screen: a filled-in date is isolated, so it keeps its order inside the right-to-left
    // translation ("23" right of "نوفمبر"), and the agreement line reads right to left (the agreement, then "يفعل ذلك" to its left).
    const x = (needle: string) =>
      page.locator('.translation-box .letter').evaluate((box, needle) => {
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.textContent!.indexOf(needle);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + needle.length);
          return r.getBoundingClientRect().x;
        }
        throw new Error(`not in the translation: ${needle}`);
      }, needle);
    expect(await x('23')).toBeGreaterThan(await x('نوفمبر'));
    expect(await x('Plan voor hulp bij lezen')).toBeGreaterThan(await x('يفعل ذلك'));
    await page.locator('.translation-box').screenshot({ path: join(SHOTS, 'meeting-letter-translation-ar-360.png') });
  });

  it('English interface: the card in English, and in Dutch on demand', async () => {
    const page = await open(360, 'en');
    await page.goto(`${suite.server.url}#/gesprek`);
    await page.locator('.meeting-card').waitFor();
    expect(await text(page, '.meeting-card')).toContain('Which support has the school tried already?');
    await page.getByRole('button', { name: 'Show the card in Dutch' }).click();
    await page.locator('.meeting-card[lang="nl"]').waitFor();
    const nl = await text(page, '.meeting-card');
    expect(nl).toContain('Welke hulp heeft de school al geprobeerd?');
    expect(nl).toContain('Deze kaart is in het Nederlands.');
    await axe(page, 'Dutch card in the English interface');
    // 320 px: nothing wider than the screen.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The controls stay in the interface language.
    expect(await page.getByRole('button', { name: 'Show the card in my language' }).count()).toBe(1);
  });
});

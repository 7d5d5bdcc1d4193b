/**
 * "Mijn tijdlijn" in real Chromium at 360 px: add, edit and delete an event and see the plan follow;
 * log a letter as sent; print and download the overview; a passphrase-protected copy made in one
 * browser context restores in a fresh one; "Wis mijn gegevens" removes the timeline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';

const suite = useBrowserSuite();

async function newPage(width = 360): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  return page;
}

const ANSWERS = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': 'weet-niet', 'aanmelding-bevestiging': 'ja', 'ondersteuning-gemeld': 'ja',
  'meer-scholen': 'nee', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'nee', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee',
  vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};

const pad = (n: number) => String(n).padStart(2, '0');
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const typed = (d: Date) => `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const stored = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);

async function open(page: Page, hash: string) {
  await page.goto('about:blank'); // a fresh boot, reading storage as a returning parent would
  await page.goto(`${suite.server.url}${hash}`);
  await page.locator('main h1').first().waitFor();
}

describe('Mijn tijdlijn', () => {
  it('add, edit and delete an event; the plan follows; a letter is logged as sent; the overview downloads and prints', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan' });
    await open(page, '#/tijdlijn');
    await expect(page.locator('h1').textContent()).resolves.toBe('Mijn tijdlijn');
    expect(await page.locator('.timeline-item').count()).toBe(0);

    // Add: received 60 days ago, so the 6-week decision term has passed.
    const received = daysAgo(60);
    await page.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    // Empty kind: an error summary, linked to the field, focused.
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    await expect(page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).resolves.toBe(true);
    await page.getByLabel('Datum', { exact: true }).fill(typed(received));
    await page.getByLabel('Wat gebeurde er?').selectOption('aanmelding-ontvangen');
    await page.getByLabel('Wat wil je onthouden?').fill('Mail van juf <b>Anne</b> & co');
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    const item = page.locator('.timeline-item').first();
    await expect(item.locator('h3').textContent()).resolves.toBe('Aanmelding ontvangen door de school');
    await expect(item.locator('.timeline-note').textContent()).resolves.toBe('Mail van juf <b>Anne</b> & co');
    expect(await page.locator('.timeline-note b').count()).toBe(0);
    expect((await stored(page, 'wegwijzer.answers')).answers['aanmelding-datum']).toBe(iso(received));
    await expect(page.locator('.late-flags').textContent()).resolves.toContain('De school moest beslissen over je aanmelding');

    // The plan: counts from that date, flags it, offers the reminder letter.
    await page.getByRole('link', { name: 'Naar mijn plan' }).click();
    await page.locator('.page-plan').waitFor();
    // The steps below the first screen render a frame after it (PlanPage): wait for the list.
    await wholePlan(page);
    await expect(page.locator('#step-besluit-aanmelding').count()).resolves.toBe(1);
    await expect(page.locator('.timeline-on-plan').textContent()).resolves.toContain('Te laat?');
    expect(await page.locator('.timeline-on-plan a[href="#/brief/herinnering-besluit"]').count()).toBe(1);
    await page.screenshot({ path: join(ROOT, 'tests/browser/screenshots/timeline-plan-360.png'), fullPage: false });

    // Edit: one day later; the answer follows.
    await open(page, '#/tijdlijn');
    await page.locator('.timeline-item').first().getByRole('button', { name: /^Wijzig:/ }).click();
    const later = daysAgo(59);
    await page.getByLabel('Datum', { exact: true }).fill(typed(later));
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    expect((await stored(page, 'wegwijzer.answers')).answers['aanmelding-datum']).toBe(iso(later));
    await expect(page.locator('.timeline-status').textContent()).resolves.toContain('Je plan is bijgewerkt');

    // Delete: the answer goes back to what the parent said before ("weet ik niet").
    await page.locator('.timeline-item').first().getByRole('button', { name: /^Verwijder:/ }).click();
    await page.getByRole('button', { name: 'Ja, verwijder' }).click();
    expect(await page.locator('.timeline-item').count()).toBe(0);
    expect((await stored(page, 'wegwijzer.answers')).answers['aanmelding-datum']).toBe('weet-niet');
    expect(await page.locator('.late-flags').count()).toBe(0);

    // A letter logged as sent: the registration letter starts the term.
    await open(page, '#/brief/schriftelijke-aanmelding');
    await page.getByLabel('Verstuurd op').fill(typed(daysAgo(3)));
    await page.getByRole('button', { name: 'Ik heb deze brief verstuurd' }).click();
    // Session 81: a first event on a page opened afresh waits for the timeline's plan code (LetterSent): the confirmation
    // comes when it is in (CI 178 read the status at once and found it empty).
    await page.locator('.letter-sent [role="status"]', { hasText: 'In je tijdlijn gezet' }).waitFor({ timeout: 10_000 });
    // Logged once: the button is gone, so a second tap cannot log it twice.
    expect(await page.getByRole('button', { name: 'Ik heb deze brief verstuurd' }).count()).toBe(0);
    await expect(page.locator('.letter-sent [role="status"]').textContent()).resolves.toContain('vanaf de dag dat de school je aanmelding ontvangt');
    const tl = await stored(page, 'wegwijzer.timeline');
    expect(tl.events).toEqual([expect.objectContaining({ kind: 'aanmelding-verstuurd', letter: 'schriftelijke-aanmelding', date: iso(daysAgo(3)), how: 'e-mail' })]);
    expect((await stored(page, 'wegwijzer.answers')).answers['aanmelding-datum']).toBe(iso(daysAgo(3)));

    // The overview as text: chronological, with the letter; no names without the tick.
    await open(page, '#/tijdlijn');
    await page.evaluate(() => localStorage.setItem('wegwijzer.letter-fields', JSON.stringify({ kind_naam: 'Sam de Vries' })));
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als tekst (.txt)' }).click()]);
    const txt = readFileSync((await dl.path())!, 'utf8');
    expect(txt).toContain('Aanmelding verstuurd');
    expect(txt).toContain('Brief verstuurd: ');
    expect(txt).toContain('Geen termijnen voorbij zonder antwoord.');
    expect(txt).not.toContain('Sam de Vries');
    const [dx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als Word (.docx)' }).click()]);
    expect(dx.suggestedFilename()).toMatch(/^tijdlijn-\d{4}-\d{2}-\d{2}\.docx$/);
    await page.screenshot({ path: join(ROOT, 'tests/browser/screenshots/timeline-360.png'), fullPage: true });
    // Print: the list goes on paper, the forms and the backup do not.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.timeline-item').first().isVisible()).toBe(true);
    expect(await page.locator('.backup').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    const pdfPath = join(mkdtempSync(join(tmpdir(), 'tijdlijn-')), 'tijdlijn.pdf');
    writeFileSync(pdfPath, pdf);
    const printed = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(printed).toContain('Mijn tijdlijn');
    expect(printed).toContain('Aanmelding verstuurd');
    expect(printed).not.toContain('Bewaar een kopie');
    expect(printed).not.toContain('Sam de Vries');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(ROOT, 'tests/browser/screenshots/timeline-1280.png'), fullPage: true });
  });

  it('an event that adds a situation leads to the open questions, not to a dead end', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan' });
    await open(page, '#/tijdlijn');
    expect(await page.getByRole('link', { name: 'Naar mijn plan' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    await page.getByLabel('Wat gebeurde er?').selectOption('tlv-aangevraagd');
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    expect((await stored(page, 'wegwijzer.answers')).answers.situatie).toEqual(['aanmelden', 'tlv']);
    await page.getByRole('button', { name: 'Beantwoord de open vragen' }).click();
    await page.waitForURL(/#\/vraag\//);
    expect(page.url()).toMatch(/#\/vraag\/[a-z-]+$/);
  });

  it('an entry of a kind this version does not know is counted on the page and still stored after a new event (session 54, failed before)', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan' });
    const future = { id: 'x1', date: iso(daysAgo(3)), kind: 'terug-naar-school', parties: ['school'], note: 'Weer naar school, 3 ochtenden.' };
    await page.goto(suite.server.url);
    await page.evaluate((f) => localStorage.setItem('wegwijzer.timeline', JSON.stringify({ version: 1, events: [f], base: {} })), future);
    await open(page, '#/tijdlijn');
    await expect(page.locator('.page-timeline .note').textContent()).resolves.toContain('Deze versie van de app kan dit niet tonen: 1 ding in je tijdlijn.');
    expect(await page.locator('.timeline-item').count()).toBe(0);
    await page.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    await page.getByLabel('Datum', { exact: true }).fill(typed(daysAgo(1)));
    await page.getByLabel('Wat gebeurde er?').selectOption('telefoontje');
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    await page.locator('.timeline-item').first().waitFor();
    const events = (await stored(page, 'wegwijzer.timeline')).events as { id: string; kind: string }[];
    expect(events.map((e) => e.kind)).toEqual(['telefoontje', 'terug-naar-school']);
    expect(events[1]).toEqual(future);
  });

  it('a registration answered in the questions stays in the list after a later one is logged (session 44)', async () => {
    const page = await newPage();
    const first = daysAgo(70);
    await seedStorage(page, suite.server.url, { answers: { ...ANSWERS, 'aanmelding-datum': iso(first) }, position: 'plan' });
    await open(page, '#/tijdlijn');
    await page.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    await page.getByLabel('Datum', { exact: true }).fill(typed(daysAgo(20)));
    await page.getByLabel('Wat gebeurde er?').selectOption('aanmelding-ontvangen');
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    await expect.poll(() => page.locator('.timeline-item').count()).toBe(2);
    // The plan counts from the logged registration; the answered one is still in the story, said to be from the answers.
    expect((await stored(page, 'wegwijzer.answers')).answers['aanmelding-datum']).toBe(iso(daysAgo(20)));
    const earlier = page.locator('.timeline-item').first();
    await expect(earlier.locator('.timeline-date').textContent()).resolves.toContain(String(first.getUTCFullYear()));
    await expect(earlier.textContent()).resolves.toContain('Je tijdlijn zegt nu iets anders. Je plan rekent met je tijdlijn.');
    // Nothing to change or delete there: the answer now holds the logged date.
    expect(await earlier.locator('a, button').count()).toBe(0);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  it('an event that asks new questions, logged after the plan was reached through the questions, leads to the open question (session 44), and Back from it leads to the timeline (session 45, failed before)', async () => {
    const page = await newPage();
    const home = {
      situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': iso(daysAgo(15)), 'thuis-hoeveel': 'helemaal', 'schorsing-datum': iso(daysAgo(15)), 'lessen-nu': 'nee', ingeschreven: 'ja',
      'verwijdering-besluit': 'nee', 'aanbod-geweigerd': 'nee', opp: 'nee', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'lpa-betrokken': 'nee',
      'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
    };
    await seedStorage(page, suite.server.url, { answers: home, position: 'review' });
    // Through the check page, as a parent comes: the questionnaire's machine is running.
    await open(page, '#/controleren');
    await page.getByRole('button', { name: 'Naar mijn plan' }).click();
    await wholePlan(page);
    await page.getByRole('link', { name: 'Mijn tijdlijn' }).first().click();
    await page.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    await page.getByLabel('Datum', { exact: true }).fill(typed(daysAgo(5)));
    await page.getByLabel('Wat gebeurde er?').selectOption('verwijdering-besluit');
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click();
    // A removal decision adds the handelingsverlegen questions: the plan waits for their answers.
    await page.getByRole('button', { name: 'Beantwoord de open vragen' }).click();
    await page.waitForURL(/#\/vraag\//);
    // The first open question, not the first question of all (which meant clicking through every answer again).
    expect(page.url()).toMatch(/#\/vraag\/hv-schriftelijk$/);

    // The same on the timeline opened fresh (no questionnaire page this visit): the stored place is not overwritten.
    const fresh = await newPage();
    await seedStorage(fresh, suite.server.url, { answers: home, position: 'plan' });
    await open(fresh, '#/tijdlijn');
    await fresh.getByRole('button', { name: 'Zet iets in je tijdlijn' }).click();
    await fresh.getByLabel('Datum', { exact: true }).fill(typed(daysAgo(5)));
    await fresh.getByLabel('Wat gebeurde er?').selectOption('verwijdering-besluit');
    await fresh.getByRole('button', { name: 'Bewaar', exact: true }).click();
    await expect.poll(async () => (await stored(fresh, 'wegwijzer.answers')).position).toBe('hv-schriftelijk');
    await fresh.getByRole('button', { name: 'Beantwoord de open vragen' }).click();
    // The machine starts here at "Begin" and then goes on to the open question.
    await expect.poll(() => fresh.url()).toMatch(/#\/vraag\/hv-schriftelijk$/);
    await expect(fresh.locator('main h1').textContent()).resolves.toContain('op papier gezet waarom');
    // One history entry for that move (session 45): Back leads to the timeline, not to the first question on the way.
    await fresh.goBack();
    await expect.poll(() => fresh.url()).toMatch(/#\/tijdlijn$/);
    await expect(fresh.locator('main h1').textContent()).resolves.toContain('tijdlijn');
  });

  it('the form at 360 px in both languages: axe finds nothing, no sideways scrolling', async () => {
    const page = await newPage();
    for (const lang of ['nl', 'en'] as const) {
      await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan', lang });
      await page.goto(suite.server.url);
      await page.evaluate(() =>
        localStorage.setItem('wegwijzer.timeline', JSON.stringify({ version: 1, events: [{ id: 'r1', date: '2026-01-05', kind: 'aanmelding-ontvangen', parties: ['school'], how: 'brief', note: 'Ontvangstbevestiging per brief' }], base: { 'aanmelding-datum': 'weet-niet' } })),
      );
      await open(page, '#/tijdlijn');
      await page.locator('.timeline-item').first().waitFor();
      await page.locator('.page-timeline > .no-print .button').first().click();
      await page.locator('.event-form').waitFor();
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      await page.screenshot({ path: join(ROOT, `tests/browser/screenshots/timeline-form-${lang}-360.png`), fullPage: true });
    }
  });

  it('a copy with a passphrase made in one browser restores in a fresh one; a wrong passphrase changes nothing; wipe removes the timeline', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: ANSWERS, position: 'plan' });
    await page.goto(suite.server.url);
    await page.evaluate(() =>
      localStorage.setItem('wegwijzer.timeline', JSON.stringify({ version: 1, events: [{ id: 'k1', date: '2026-03-02', kind: 'telefoontje', parties: ['school'], how: 'telefoon', note: 'Gebeld met de directeur' }], base: {} })),
    );
    await open(page, '#/tijdlijn');
    await page.getByLabel('Wachtwoord (mag leeg)').fill('lange zin als wachtwoord');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bewaar een kopie' }).click()]);
    const file = readFileSync((await dl.path())!, 'utf8');
    expect(file).not.toContain('directeur');
    expect(JSON.parse(file).encrypted.iterations).toBeGreaterThanOrEqual(600_000);

    const fresh = await newPage();
    await open(fresh, '#/tijdlijn');
    expect(await fresh.locator('.timeline-item').count()).toBe(0);
    await fresh.locator('#backup-file').setInputFiles({ name: 'kopie.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await fresh.getByLabel('Deze kopie heeft een wachtwoord. Vul het in.').fill('fout');
    await fresh.getByRole('button', { name: 'Open de kopie' }).click();
    await expect(fresh.locator('#backup-error').textContent()).resolves.toContain('Dit wachtwoord klopt niet');
    expect(await fresh.evaluate(() => localStorage.getItem('wegwijzer.timeline'))).toBeNull();
    await fresh.getByLabel('Deze kopie heeft een wachtwoord. Vul het in.').fill('lange zin als wachtwoord');
    await fresh.getByRole('button', { name: 'Open de kopie' }).click();
    await expect(fresh.locator('.backup-contents').textContent()).resolves.toContain('1 ding in je tijdlijn');
    await fresh.getByRole('button', { name: 'Vervang alles op dit apparaat' }).click();
    await fresh.locator('.timeline-item').first().waitFor();
    await expect(fresh.locator('.timeline-note').textContent()).resolves.toBe('Gebeld met de directeur');
    await fresh.locator('.timeline-status', { hasText: 'De kopie is teruggezet.' }).waitFor();
    await expect(fresh.locator('.timeline-status').textContent()).resolves.toBe('De kopie is teruggezet.');
    expect((await stored(fresh, 'wegwijzer.answers')).answers).toEqual(ANSWERS);

    // A foreign file: clear message, nothing changed.
    await fresh.locator('#backup-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect(fresh.locator('#backup-error').textContent()).resolves.toContain('Dit is geen kopie van deze app');

    await open(fresh, '#/wissen');
    await fresh.getByRole('button', { name: 'Ja, wis alles' }).click();
    expect(await fresh.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wegwijzer.timeline')))).toEqual([]);
    await open(fresh, '#/tijdlijn');
    expect(await fresh.locator('.timeline-item').count()).toBe(0);
  });
});

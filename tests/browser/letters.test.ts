/**
 * A letter in real Chromium: fill a missing value, change the text, then copy, mail, download
 * (.txt and .docx, read back from disk) and print. What a parent types stays text (no script runs),
 * the BSN is never stored, no request leaves the origin, no console error, axe finds nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { originOf, seedStorage } from './harness';
import { useBrowserSuite } from './suite';
import { unzipStore } from '../../src/app/export/zip';
import { mailFor } from '../../src/app/export/mail';

const suite = useBrowserSuite();

async function newPage(width = 360): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: originOf(suite.server.url) });
  const page = await ctx.newPage();
  suite.track(ctx, page); // also fails the test if any alert() ran
  return page;
}

const seed = (page: Page, answers: Record<string, unknown>, lang: 'nl' | 'en' = 'nl') => seedStorage(page, suite.server.url, { answers, lang });

/** Text back out of word/document.xml: one line per <w:p>, <w:t> contents unescaped. */
function docxText(bytes: Uint8Array): string {
  const entry = unzipStore(bytes).find((e) => e.name === 'word/document.xml');
  const xml = new TextDecoder().decode(entry!.data);
  const body = /<w:body>([\s\S]*)<w:sectPr/.exec(xml)?.[1] ?? '';
  const unescape = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
  return (body.match(/<w:p\/>|<w:p>[\s\S]*?<\/w:p>/g) ?? [])
    .map((p) => [...p.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : unescape(m[1]))).join(''))
    .join('\n');
}

async function downloadOf(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

const ANSWERS = { situatie: ['aanmelden'] };
const NAME = '<script>alert(1)</script> & "quotes"';
const URL_OF = (h: string) => `${suite.server.url}${h}`;
const EDIT_KEY = 'wegwijzer.letter-edit.schriftelijke-aanmelding';

describe('a letter a parent can send tonight', () => {
  it('fills a missing value, keeps the edit, and downloads exactly the edited text as .txt and .docx', async () => {
    const page = await newPage(360);
    await seed(page, ANSWERS);
    await page.goto(URL_OF('#/brief/schriftelijke-aanmelding'));
    await page.locator('h1', { hasText: 'Schriftelijke aanmelding' }).waitFor();

    // Missing: visibly marked, in the preview and in the text to edit.
    const preview = page.locator('.page-letter > .letter').first();
    await expect(preview.locator('mark.missing', { hasText: '[naam van de school]' }).count()).resolves.toBe(1);
    const area = page.getByLabel('Tekst van je brief');
    expect(await area.inputValue()).toContain('[naam van de school]');
    await expect(page.locator('.letter-open').innerText()).resolves.toMatch(/lege plekken/);

    // Fill it in the form: it shows in the letter.
    await page.getByText('Gegevens voor je brieven').click();
    await page.getByLabel('naam van de school').fill('Basisschool De Notenboom');
    await preview.locator('.filled', { hasText: 'Basisschool De Notenboom' }).waitFor();
    await expect(preview.locator('mark.missing', { hasText: '[naam van de school]' }).count()).resolves.toBe(0);
    expect(await area.inputValue()).toContain('Basisschool De Notenboom');

    // A name with markup is shown as text, and no script runs.
    await page.getByLabel('Jouw naam').fill(NAME);
    await preview.locator('.filled', { hasText: NAME }).first().waitFor();
    expect(await preview.innerText()).toContain(NAME);
    expect(await page.locator('.page-letter script').count()).toBe(0);
    expect(await area.inputValue()).toContain(NAME);

    // Change the text.
    await area.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nPS: Ik bel u volgende week. Groeten & "tot dan" <3');
    const edited = await area.inputValue();
    expect(edited.endsWith('PS: Ik bel u volgende week. Groeten & "tot dan" <3')).toBe(true);
    expect(edited.split('\n')[0]).toBe('Aanmelding van [volledige naam van je kind]');
    await page.getByRole('button', { name: 'Begin opnieuw met de ingevulde brief' }).waitFor();
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), EDIT_KEY))!)).toBe(edited);

    // .txt and .docx hold exactly the edited text.
    const txt = await downloadOf(page, 'Download als tekst (.txt)');
    expect(txt.name).toBe('schriftelijke-aanmelding.txt');
    expect(txt.bytes.toString('utf8')).toBe(edited);
    await page.getByRole('status').filter({ hasText: 'schriftelijke-aanmelding.txt' }).waitFor();
    const docx = await downloadOf(page, 'Download als Word (.docx)');
    expect(docx.name).toBe('schriftelijke-aanmelding.docx');
    expect(docxText(new Uint8Array(docx.bytes))).toBe(edited);

    // Copy; and "mail" with a letter this long copies instead of opening a cut-off mail.
    await page.getByRole('button', { name: 'Kopieer de tekst' }).click();
    await page.getByRole('status').filter({ hasText: 'De tekst is gekopieerd' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edited);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    expect(mailFor(edited).fits).toBe(false);
    await page.getByRole('button', { name: 'Open in je mailprogramma' }).click();
    await page.getByRole('status').filter({ hasText: 'te lang' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edited);
    expect(await page.evaluate(() => location.hash)).toBe('#/brief/schriftelijke-aanmelding');

    // The edit survives a reload.
    await page.reload();
    await page.locator('h1', { hasText: 'Schriftelijke aanmelding' }).waitFor();
    expect(await page.getByLabel('Tekst van je brief').inputValue()).toBe(edited);

    // "Wis mijn gegevens" removes the edit too.
    await page.goto(URL_OF('#/wissen'));
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    await page.waitForFunction(() => location.hash === '#/');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wegwijzer.letter')))).toEqual([]);
  });

  it('never stores the BSN: with the BSN filled, an edit is not kept, and the hint says so', async () => {
    const page = await newPage(1280);
    await seed(page, ANSWERS);
    await page.goto(URL_OF('#/brief/schriftelijke-aanmelding'));
    const area = page.getByLabel('Tekst van je brief');
    await area.waitFor();
    await page.getByText('Gegevens voor je brieven').click();
    await page.getByLabel('BSN van je kind').fill('123456782');
    expect(await area.inputValue()).toContain('BSN: 123456782');
    await page.getByText('Je hebt het BSN van je kind ingevuld. Daarom bewaren we je wijzigingen niet.').waitFor();
    await area.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nExtra regel');
    expect(await area.inputValue()).toContain('Extra regel');
    const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('wegwijzer.')));
    expect(stored.map(([k]) => k)).not.toContain(EDIT_KEY);
    expect(JSON.stringify(stored)).not.toContain('123456782');

    // Emptying the BSN field does not make the text with the BSN storable either.
    await page.getByLabel('BSN van je kind').fill('');
    await area.focus();
    await page.keyboard.type(' nog een woord');
    await page.getByText('Er lijkt een BSN in je tekst te staan.').waitFor();
    expect(JSON.stringify(await page.evaluate(() => ({ ...localStorage })))).not.toContain('123456782');

    // Start again: the filled letter, nothing stored.
    await page.getByRole('button', { name: 'Begin opnieuw met de ingevulde brief' }).click();
    expect(await area.inputValue()).not.toContain('Extra regel');
    expect(await area.inputValue()).toContain('BSN: [BSN van je kind]');
    expect(await page.evaluate((k) => localStorage.getItem(k), EDIT_KEY)).toBeNull();
    await page.getByRole('status').filter({ hasText: 'De tekst is weer de ingevulde brief.' }).waitFor();
  });

  it('prints only the letter', async () => {
    const page = await newPage(1280);
    await seed(page, ANSWERS);
    await page.goto(URL_OF('#/brief/schriftelijke-aanmelding'));
    const area = page.getByLabel('Tekst van je brief');
    await area.fill('Onderwerp van mij\n\nBeste directeur,\nDit is mijn brief.');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.letter-print').isVisible()).toBe(true);
    expect(await page.locator('.letter-print').innerText()).toBe('Onderwerp van mij\n\nBeste directeur,\nDit is mijn brief.');
    for (const hidden of ['h1', '.letter-facts', '.page-letter > .letter', '#letter-edit', '.letter-actions', '.site-header']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    const visibleText = await page.evaluate(() => document.body.innerText.trim());
    expect(visibleText).toBe('Onderwerp van mij\n\nBeste directeur,\nDit is mijn brief.');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.letter-print').isVisible()).toBe(false);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`axe: 0 violations on the letter page in ${lang}, also after an edit`, async () => {
      const page = await newPage(360);
      await seed(page, ANSWERS, lang);
      await page.goto(URL_OF('#/brief/schriftelijke-aanmelding'));
      await page.locator('#letter-edit').waitFor();
      expect(await page.locator('h1').innerText()).toBe(lang === 'nl' ? 'Schriftelijke aanmelding' : 'Written registration (schriftelijke aanmelding)');
      await page.locator('#letter-edit').fill('Onderwerp\n\nTekst');
      await page.locator('.letter-editor .button.secondary').first().waitFor();
      await page.waitForTimeout(150);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

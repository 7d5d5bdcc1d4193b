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
import { decodeMailPart, mailFor } from '../../src/app/export/mail';

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

/**
 * A share sheet and a mail app for the test: navigator.share records what it was given (the files'
 * bytes too), and a click on a mailto: link is recorded instead of leaving the page.
 */
async function stubShare(page: Page, withShare = true) {
  await page.addInitScript((on: boolean) => {
    const w = window as unknown as { __shared: unknown[]; __mailto: string[] };
    w.__shared = [];
    w.__mailto = [];
    document.addEventListener('click', (e) => {
      const a = (e.target as Element | null)?.closest?.('a[href^="mailto:"]');
      if (a) (e.preventDefault(), w.__mailto.push(a.getAttribute('href')!));
    }, true);
    if (!on) return;
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: (d: { files?: File[] }) => !!d });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (d: { title: string; text: string; files?: File[] }) => {
        const files = await Promise.all((d.files ?? []).map(async (f) => ({ name: f.name, bytes: [...new Uint8Array(await f.arrayBuffer())] })));
        w.__shared.push({ title: d.title, text: d.text, files });
      },
    });
  }, withShare);
}

const ANSWERS = { situatie: ['aanmelden'] };
const NAME = '<script>alert(1)</script> & "quotes"';
const URL_OF = (h: string) => `${suite.server.url}${h}`;
const EDIT_KEY = 'wegwijzer.letter-edit.schriftelijke-aanmelding';

describe('a letter a parent can send tonight', () => {
  it('fills a missing value, keeps the edit, and copies, mails, downloads (.txt, .docx) and shares exactly the edited text', async () => {
    const page = await newPage(360);
    await stubShare(page);
    await seed(page, ANSWERS);
    await page.goto(URL_OF('#/brief/schriftelijke-aanmelding'));
    await page.locator('h1', { hasText: 'Schriftelijke aanmelding' }).waitFor();

    // One view of the letter: the text box (no second copy that could go stale).
    expect(await page.locator('.page-letter > .letter').count()).toBe(0);
    const area = page.getByLabel('Tekst van je brief');
    expect(await area.inputValue()).toContain('[naam van de school]');
    await expect(page.locator('.letter-open').innerText()).resolves.toMatch(/lege plekken/);

    // Fill it in the form (open, since values are missing): it shows in the letter.
    await page.getByLabel('naam van de school').fill('Basisschool De Notenboom');
    expect(await area.inputValue()).toContain('Basisschool De Notenboom');
    expect(await area.inputValue()).not.toContain('[naam van de school]');

    // A name with markup is shown as text, and no script runs.
    await page.getByLabel('Jouw naam').fill(NAME);
    expect(await page.locator('.page-letter script').count()).toBe(0);
    expect(await area.inputValue()).toContain(NAME);
    // The parent's own fields help autofill; the e-mail field is an e-mail field.
    expect(await page.getByLabel('Jouw naam').getAttribute('autocomplete')).toBe('name');
    expect(await page.getByLabel('Jouw e-mailadres').getAttribute('type')).toBe('email');
    expect(await page.getByLabel('Jouw e-mailadres').getAttribute('autocomplete')).toBe('email');
    // A Dutch date line with the town: "Utrecht, <datum>".
    await page.getByLabel('Jouw postcode en woonplaats').fill('3511 AB Utrecht');
    expect(await area.inputValue()).toMatch(/\nUtrecht, \d{1,2} [a-z]+ 20\d\d\n/);

    // Change the text.
    await area.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nPS: Ik bel u volgende week. Groeten & "tot dan" <3');
    const edited = await area.inputValue();
    expect(edited.endsWith('PS: Ik bel u volgende week. Groeten & "tot dan" <3')).toBe(true);
    expect(edited).toContain('Onderwerp: Aanmelding van [volledige naam van je kind]');
    await page.getByRole('button', { name: 'Begin opnieuw met de ingevulde brief' }).waitFor();
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), EDIT_KEY))!)).toBe(edited);

    // .txt and .docx hold exactly the edited text; the .docx's subject line is bold.
    const txt = await downloadOf(page, 'Download als tekst (.txt)');
    expect(txt.name).toBe('schriftelijke-aanmelding.txt');
    expect(txt.bytes.toString('utf8')).toBe(edited);
    await page.getByRole('status').filter({ hasText: 'schriftelijke-aanmelding.txt' }).waitFor();
    const docx = await downloadOf(page, 'Download als Word (.docx)');
    expect(docx.name).toBe('schriftelijke-aanmelding.docx');
    expect(docxText(new Uint8Array(docx.bytes))).toBe(edited);
    expect(new TextDecoder().decode(unzipStore(new Uint8Array(docx.bytes)).find((e) => e.name === 'word/document.xml')!.data)).toMatch(/<w:b\/>[^]*?Onderwerp: Aanmelding/);

    // Copy.
    await page.getByRole('button', { name: 'Kopieer de tekst' }).click();
    await page.getByRole('status').filter({ hasText: 'De tekst is gekopieerd' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edited);
    await page.evaluate(() => navigator.clipboard.writeText(''));

    // Mail: this letter is too long for a mailto: link, and the button says what it does instead.
    expect(mailFor(edited).fits).toBe(false);
    expect(await page.getByRole('button', { name: 'Open in je mailprogramma' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Kopieer de brief en open een nieuwe e-mail' }).click();
    await page.getByRole('status').filter({ hasText: 'gekopieerd' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edited);
    const opened = await page.evaluate(() => (window as unknown as { __mailto: string[] }).__mailto);
    expect(opened).toHaveLength(1);
    expect(decodeMailPart(/[?&]subject=([^&]*)/.exec(opened[0]!)![1]!)).toBe('Aanmelding van [volledige naam van je kind]');
    expect(/[?&]body=([^&]*)/.exec(opened[0]!)![1]).toBe('');
    expect(await page.evaluate(() => location.hash)).toBe('#/brief/schriftelijke-aanmelding');

    // The phone's share sheet: the same text, and the .docx as a file.
    await page.getByRole('button', { name: 'Verstuur met een app op je telefoon' }).click();
    await page.getByRole('status').filter({ hasText: 'gedeeld' }).waitFor();
    const shared = await page.evaluate(() => (window as unknown as { __shared: { text: string; title: string; files: { name: string; bytes: number[] }[] }[] }).__shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.text).toBe(edited);
    expect(shared[0]!.title).toBe('Aanmelding van [volledige naam van je kind]');
    expect(shared[0]!.files.map((f) => f.name)).toEqual(['schriftelijke-aanmelding.docx']);
    expect(docxText(new Uint8Array(shared[0]!.files[0]!.bytes))).toBe(edited);

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

  it('a short letter goes into a new e-mail as it is: subject from the "Onderwerp:" line, body the letter exactly', async () => {
    const page = await newPage(1280);
    await stubShare(page, false);
    await seed(page, ANSWERS);
    await page.goto(URL_OF('#/brief/schriftelijke-aanmelding'));
    const area = page.getByLabel('Tekst van je brief');
    const mine = 'Jan de Vries\n\nOnderwerp: Vraag over Noah & "Mila"\n\nBeste directeur,\nKunnen we praten?\n\nGroet, Jan';
    await area.fill(mine);
    // Without a share sheet, no share button.
    expect(await page.getByRole('button', { name: 'Verstuur met een app op je telefoon' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Zet de brief in een nieuwe e-mail' }).click();
    const opened = await page.evaluate(() => (window as unknown as { __mailto: string[] }).__mailto);
    expect(opened).toHaveLength(1);
    const url = opened[0]!;
    expect(decodeMailPart(/[?&]subject=([^&]*)/.exec(url)![1]!)).toBe('Vraag over Noah & "Mila"');
    expect(decodeMailPart(/[?&]body=([^&]*)/.exec(url)![1]!)).toBe(mine);
  });

  it('under the English interface: Dutch markers in the Dutch letter, and every translation filled (no {{ left)', async () => {
    const page = await newPage(1280);
    await seed(page, { ...ANSWERS, 'aanmelding-datum': '2026-10-01' }, 'en');
    await page.goto(URL_OF('#/brieven'));
    await page.locator('.page-letters h1').waitFor();
    const hrefs = await page.locator('.letter-list a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(hrefs.length).toBe(16);
    // Grouped by what a parent wants to do.
    expect(await page.locator('.page-letters h2').count()).toBeGreaterThanOrEqual(5);
    await page.goto(URL_OF(hrefs[0]!));
    await page.locator('#letter-edit').waitFor();
    await page.getByLabel('Your name').fill('Sam Jansen');
    for (const href of hrefs) {
      await page.goto(URL_OF(href));
      await page.locator('#letter-edit').waitFor();
      const dutch = await page.locator('#letter-edit').inputValue();
      expect(dutch, href).not.toMatch(/\[(Your|your|name of|date of)[^\]]*\]/);
      expect(dutch, href).not.toContain('{{');
      const translation = await page.locator('.translation').innerText();
      expect(translation, href).not.toContain('{{');
      expect(translation, href).toContain('Sam Jansen');
    }
    // Dutch markers: the same as in the Dutch interface.
    await page.goto(URL_OF('#/brief/schriftelijke-aanmelding'));
    await page.locator('#letter-edit').waitFor();
    expect(await page.locator('#letter-edit').inputValue()).toContain('[naam van de school]');
    expect(await page.locator('.translation').innerText()).toContain('[Name of the school]');
  });

  it('dates: Dutch in the letter for the school, the interface language in the translation beside it', async () => {
    const page = await newPage(360);
    // tests/answers/aanmelden-schriftelijk-wachten.json: received 2 November, decision due 14 December (6 weeks).
    await seed(page, { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-02', 'aanmelding-bevestiging': 'ja', 'ondersteuning-gemeld': 'nee', 'meer-scholen': 'nee', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'nee' }, 'en');
    await page.goto(URL_OF('#/brief/herinnering-besluit'));
    await page.locator('#letter-edit').waitFor();
    const dutch = await page.locator('#letter-edit').inputValue();
    expect(dutch).toContain('2 november 2026');
    expect(dutch).toContain('14 december 2026');
    const translated = await page.locator('.translation').innerText();
    expect(translated).toContain('2 November 2026');
    expect(translated).toContain('14 December 2026');
    expect(translated).not.toMatch(/november|december/);
  });

  it('a bezwaar letter opened from its plan step names that step\'s decision (session 46; failed before)', async () => {
    const page = await newPage(360);
    // tests/answers/aanmelden-geweigerd.json (complete, so the plan opens), its refusal dated 6 October.
    const answers = (JSON.parse(readFileSync('tests/answers/aanmelden-geweigerd.json', 'utf8')) as { answers: Record<string, unknown> }).answers;
    await seed(page, { ...answers, 'weigering-datum': '2026-10-06' });
    await page.goto(URL_OF('#/plan'));
    const link = page.locator('#step-bezwaar-weigering').locator('xpath=ancestor::li[1]').locator('a[href*="#/brief/bezwaar-weigering-verwijdering"]');
    await link.first().waitFor();
    expect(await link.first().getAttribute('href')).toMatch(/#\/brief\/bezwaar-weigering-verwijdering\/2026-10-06$/);
    await page.goto(URL_OF('#/brief/bezwaar-weigering-verwijdering/2026-10-06'));
    await page.locator('#letter-edit').waitFor();
    expect(await page.locator('#letter-edit').inputValue()).toContain('uw besluit van 6 oktober 2026');
  });

  it('never stores the BSN: with the BSN filled, an edit is not kept, and the hint says so', async () => {
    const page = await newPage(1280);
    await seed(page, ANSWERS);
    await page.goto(URL_OF('#/brief/schriftelijke-aanmelding'));
    const area = page.getByLabel('Tekst van je brief');
    await area.waitFor();
    // Values are missing, so the form is open.
    expect(await page.locator('details.letter-form').getAttribute('open')).not.toBeNull();
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
    for (const hidden of ['h1', '.letter-facts', '#letter-edit', '.letter-actions', '.site-header']) {
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

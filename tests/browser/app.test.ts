/**
 * The app in real Chromium (Debian's package), served from dist/ by vite preview.
 * Each test ends with: no request to another origin, no console error.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPersistent, seedStorage } from './harness';
import { useBrowserSuite } from './suite';
import { answerWithKeyboard, hash } from './keyboard';

const suite = useBrowserSuite();

async function newPage(width = 360, ctx?: BrowserContext): Promise<Page> {
  const context = ctx ?? (await suite.browser.newContext({ viewport: { width, height: 780 } }));
  const page = await context.newPage();
  suite.track(context, page);
  return page;
}

const h1 = (page: Page) => page.locator('h1').innerText();

const seed = (page: Page, answers: Record<string, unknown>, position = 'review') => seedStorage(page, suite.server.url, { answers, position });

describe('a parent on a phone', () => {
  it('walks "thuiszitten" at 360 px with the keyboard to a plan with a real date; focus and title follow each step', async () => {
    const page = await newPage(360);
    await page.goto(suite.server.url);
    await page.getByRole('button', { name: 'Begin' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/vraag/situatie');
    await answerWithKeyboard(page, 'thuiszitten');
    const picks: Record<string, string> = { 'thuis-reden': 'geschorst', opp: 'nee', 'lessen-nu': 'nee' };
    for (let i = 0; i < 40 && (await hash(page)).startsWith('#/vraag/'); i++) {
      const id = (await hash(page)).replace('#/vraag/', '');
      // Focus is on the new heading, and the title says which step this is.
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 5000 });
      expect(await page.title()).toMatch(/Stap \d+ van \d+/);
      await answerWithKeyboard(page, picks[id], id === 'schorsing-datum' ? '16-11-2026' : '1-9-2026');
    }
    expect(await hash(page)).toBe('#/controleren');
    expect(await h1(page)).toBe('Controleer je antwoorden');
    await page.getByRole('button', { name: 'Naar mijn plan' }).click();
    await page.waitForFunction(() => location.hash === '#/plan');
    await page.getByText('Nu doen').waitFor();
    // The suspension started on Monday 16 November 2026: at most one week.
    await expect(page.getByText('1 week na het begin van de schorsing (maandag 16 november 2026): maandag 23 november 2026').count()).resolves.toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('shows an error summary linked to the field, and refuses a future date for a past event', async () => {
    const page = await newPage(360);
    // Situation first: why the child is at home, then since when.
    await seed(page, { situatie: ['thuiszitten'], 'thuis-reden': 'anders' }, 'thuis-sinds');
    await page.goto(`${suite.server.url}#/vraag/thuis-sinds`);
    await page.getByRole('button', { name: 'Volgende' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    // The title follows after the frame (SLOW_FRAMES=300 showed this test reading it too early).
    await page.waitForFunction(() => document.title.startsWith('Er is een probleem'));
    expect(await page.title()).toMatch(/^Er is een probleem/);
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('thuis-sinds-field');
    await page.keyboard.type('1-1-2099');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText('Deze datum ligt in de toekomst').first().waitFor();
    expect(await hash(page)).toBe('#/vraag/thuis-sinds');
  });

  const words = { nl: { change: /Wijzig.*OPP/, next: 'Volgende', date: '2 september 2025' }, en: { change: /Change.*OPP/, next: 'Next', date: '2 September 2025' } } as const;
  for (const lang of ['nl', 'en'] as const) {
    it(`changes an answer from the check page and returns there; the browser back button goes back a step (${lang})`, async () => {
      const w = words[lang];
      const page = await newPage(360);
      const answers = { situatie: ['handelingsverlegen'], opp: 'nee', 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6' };
      await seed(page, answers);
      await page.goto(suite.server.url);
      await page.evaluate((l) => localStorage.setItem('wegwijzer.lang', JSON.stringify(l)), lang);
      await page.goto('about:blank');
      await page.goto(`${suite.server.url}#/controleren`);
      await page.getByRole('link', { name: w.change }).first().click();
      await page.waitForFunction(() => location.hash === '#/vraag/opp');
      await page.check('input[value="ja"]');
      await page.getByRole('button', { name: w.next }).click();
      // "Ja" asks two new questions, then back to the check page.
      await page.waitForFunction(() => location.hash === '#/vraag/opp-besproken');
      await page.getByRole('button', { name: w.next }).click(); // empty: error
      await page.locator('.error-summary').waitFor();
      await page.locator('#opp-besproken-field').fill(w.date);
      await page.getByRole('button', { name: w.next }).click();
      await page.waitForFunction(() => location.hash === '#/vraag/opp-ingestemd');
      await page.check('input[value="nee"]');
      await page.getByRole('button', { name: w.next }).click();
      // Schema 2: what kind of OPP disagreement it is.
      await page.waitForFunction(() => location.hash === '#/vraag/opp-onenigheid');
      await page.check('input[value="geen-instemming-gevraagd"]');
      await page.getByRole('button', { name: w.next }).click();
      await page.waitForFunction(() => location.hash === '#/controleren');
      await page.goBack();
      await page.waitForFunction(() => location.hash === '#/vraag/opp-onenigheid');
      expect(await page.isChecked('input[value="geen-instemming-gevraagd"]')).toBe(true);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.answers')!).answers);
      expect(stored).toMatchObject({ opp: 'ja', 'opp-besproken': '2025-09-02', 'opp-ingestemd': 'nee', 'opp-onenigheid': 'geen-instemming-gevraagd', klacht: 'nee' });
    });
  }

  it('switching language keeps the step and the answers; <html lang> follows', async () => {
    const page = await newPage(360);
    await seed(page, { situatie: ['tlv'] }, 'tlv-fase');
    await page.goto(`${suite.server.url}#/vraag/tlv-fase`);
    await page.locator('.lang-menu summary').click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await hash(page)).toBe('#/vraag/tlv-fase');
    expect(await page.locator('.caption').innerText()).toMatch(/^Step 2 of/);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.answers')!).answers);
    expect(stored).toEqual({ situatie: ['tlv'] });
  });

  it('broken stored data gives a message and a fresh start, never a blank page', async () => {
    const page = await newPage(360);
    await page.goto(suite.server.url);
    await page.evaluate(() => localStorage.setItem('wegwijzer.answers', '{"version": 1, "answers": '));
    await page.reload();
    await page.getByText('We konden je opgeslagen antwoorden niet lezen').waitFor();
    expect(await h1(page)).toBe('Wegwijzer passend onderwijs');
  });

  it('"Wis mijn gegevens" removes every stored answer, tick and letter field', async () => {
    const page = await newPage(360);
    await seed(page, { situatie: ['thuiszitten'] }, 'opp');
    await page.goto(suite.server.url);
    await page.evaluate(() => {
      localStorage.setItem('wegwijzer.ticks', '{"opp-vragen":true}');
      localStorage.setItem('wegwijzer.letter-fields', '{"ouder_naam":"Fatima"}');
    });
    await page.getByRole('link', { name: 'Wis mijn gegevens' }).click();
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    await page.getByText('Al je gegevens zijn gewist').waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wegwijzer.') && k !== 'wegwijzer.answers'));
    expect(keys).toEqual([]);
    const saved = await page.evaluate(() => localStorage.getItem('wegwijzer.answers'));
    expect(saved === null || JSON.parse(saved).answers).toSatisfy((v: unknown) => v === true || JSON.stringify(v) === '{}');
  });
});

describe('reading', () => {
  it('a hard word can be tapped to see its meaning in place; a link from a question leads to its section and back', async () => {
    const page = await newPage(360);
    await seed(page, { situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee' }, 'opp');
    await page.goto(`${suite.server.url}#/vraag/opp`);
    await page.getByRole('link', { name: 'Lees meer over dit onderwerp' }).click();
    await page.waitForFunction(() => location.hash === '#/lees/wat-is-opp');
    const section = page.locator('#wat-is-opp');
    await section.waitFor();
    const term = section.locator('button.term').first();
    await term.click();
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    const definition = section.locator('.term-def').first();
    await definition.getByRole('link', { name: 'Alle begrippen' }).waitFor();
    expect((await definition.innerText()).length).toBeGreaterThan(30);
    // Session 56: also where the opened section ends (two links to the same place: the section's one).
    await section.getByRole('link', { name: 'Terug naar waar je was' }).click();
    await page.waitForFunction(() => location.hash === '#/vraag/opp');
  });

  it('search works offline-first from its own index, in Dutch', async () => {
    const page = await newPage(360);
    await page.goto(`${suite.server.url}#/zoeken`);
    await page.locator('#search-input').fill('schorsing');
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await page.getByText(/\d+ resultaten?/).waitFor();
    await page.locator('.search-results a').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/lees/') || location.hash.startsWith('#/begrippen/'));
  });
});

describe('offline', () => {
  it('after the first visit the app works offline; a reload mid-flow keeps every answer', async () => {
    const ctx = await launchPersistent();
    const page = await newPage(360, ctx);
    await page.goto(suite.server.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload(); // now controlled by the service worker
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.check('input[value="thuiszitten"]');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => location.hash === '#/vraag/thuis-reden');
    await page.check('input[value="anders"]');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => location.hash === '#/vraag/thuis-sinds');
    await ctx.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => location.hash === '#/vraag/thuis-sinds');
    await page.locator('h1').waitFor();
    expect(await h1(page)).not.toBe('');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.answers')!).answers);
    expect(stored).toEqual({ situatie: ['thuiszitten'], 'thuis-reden': 'anders' });
    // Lazily loaded parts work offline too.
    await page.goto(`${suite.server.url}#/lees/thuiszitten`);
    await page.locator('#thuiszitten').waitFor();
    await page.goto(`${suite.server.url}#/vraag/thuis-sinds`);
    await page.locator('#thuis-sinds-field').fill('2-11-2026');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => location.hash === '#/vraag/thuis-hoeveel');
    await ctx.setOffline(false);
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const complete = { situatie: ['tlv'], opp: 'ja', 'opp-besproken': '2025-09-02', 'opp-ingestemd': 'nee', onderzoek: 'oud', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-01', tekenen: 'ja', 'dossier-gezien': 'nee', jeugdhulp: 'nodig', 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-10-20', 'tlv-eens': 'nee', 'tlv-soort': 'so', 'tlv-plek': 'wachtlijst', vervoer: 'ja', klacht: 'nee', groep: 'groep-7-8', 'bezwaar-ingediend': 'nee', 'aanbod-geweigerd': 'nee', 'opp-onenigheid': 'geen', 'dossier-gevraagd': 'nee' };
  const pages = ['#/', '#/vraag/situatie', '#/vraag/opp', '#/vraag/opp-besproken', '#/controleren', '#/plan', '#/lees', '#/lees/andere-school', '#/begrippen', '#/zoeken', '#/brieven', '#/brief/bezwaar-tlv', '#/info/privacy'];
  for (const lang of ['nl', 'en'] as const) {
    it(`0 violations on every page type in ${lang}`, async () => {
      const page = await newPage(360);
      await seed(page, complete);
      await page.goto(suite.server.url);
      await page.evaluate((l) => localStorage.setItem('wegwijzer.lang', JSON.stringify(l)), lang);
      for (const h of pages) {
        await page.goto('about:blank');
        await page.goto(`${suite.server.url}${h}`);
        await page.locator('h1').first().waitFor();
        await page.waitForTimeout(150);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const summary = result.violations.map((v) => `${h} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      }
    });
  }
});

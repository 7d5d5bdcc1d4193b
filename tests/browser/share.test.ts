/**
 * Sharing without a server, in real Chromium: share links, the steunpunt contact card from a link,
 * the professionals' link builder. Each test ends with: no request to another origin, no console error.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';
import { encode, pack } from '../../src/app/share';
import { log } from '../unit/timeline-log';
import type { Answers } from '../../src/flow/answers';

const suite = useBrowserSuite();

async function newPage(width = 360): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width, height: 800 } });
  const page = await ctx.newPage();
  suite.track(ctx, page); // also fails the test if any alert() ran
  return page;
}

const example = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'tests/answers', name), 'utf8')) as { answers: Record<string, string | string[]> }).answers;
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('wegwijzer.answers'));

const seed = (page: Page, answers: Record<string, unknown>) => seedStorage(page, suite.server.url, { answers, position: 'plan' });

describe('the contact card from a steunpunt link', () => {
  it('shows markup in every field as text only; no script runs, no element is added', async () => {
    const page = await newPage();
    const evil = {
      org: '<script>alert("org")</script>',
      naam: '<img src=x onerror=alert("naam")>',
      tel: '<b>050</b><img src=x onerror=alert(1)>',
      email: '"><script>alert(2)</script>@x.nl',
      web: 'https://x.example/"><img src=x onerror=alert(3)>',
      regio: '<iframe src="javascript:alert(4)"></iframe>',
      open: '<svg onload=alert(5)>ma-vr</svg>',
    };
    const q = new URLSearchParams(evil).toString();
    await page.goto(`${suite.server.url}#/?${q}`);
    const card = page.locator('.contact-card');
    await card.waitFor();
    const text = await card.innerText();
    for (const k of ['org', 'naam', 'tel', 'email', 'regio', 'open'] as const) expect(text).toContain(evil[k]);
    expect(await card.locator('script, img, iframe, svg, b').count()).toBe(0);
    // Invalid phone and e-mail are text, not links; the website with markup is dropped and reported.
    expect(await card.locator('a').count()).toBe(0);
    expect(await page.locator('.notice').innerText()).toContain('web');
    expect(await page.evaluate(() => location.hash)).toBe('#/');
    // Also after a reload, from storage.
    await page.reload();
    await card.waitFor();
    expect(await card.locator('script, img, iframe, svg, b, a').count()).toBe(0);
    // No inline script but index.html's own start-page check right after #app (allowed by its CSP hash).
    expect(await page.locator('script:not([src]):not(#app + script)').count()).toBe(0);
  });

  it('makes valid phone, e-mail and website links; shows the card on the plan and removes it on request', async () => {
    const page = await newPage();
    await seed(page, example('tlv-aangevraagd.json'));
    await page.goto(`${suite.server.url}#/?org=Steunpunt%20Noord&tel=050-123%2045%2067&email=info%40steunpunt.nl&web=https%3A%2F%2Fsteunpunt.example.nl%2F`);
    const card = page.locator('.contact-card');
    await card.waitFor();
    expect(await card.locator('a[href="tel:0501234567"]').count()).toBe(1);
    expect(await card.locator('a[href="mailto:info@steunpunt.nl"]').count()).toBe(1);
    expect(await card.locator('a[href="https://steunpunt.example.nl/"]').count()).toBe(1);
    await page.goto(`${suite.server.url}#/plan`);
    await page.locator('.page-plan .contact-card').waitFor();
    expect(await page.locator('.page-plan .contact-card').innerText()).toContain('Steunpunt Noord');
    await page.getByRole('button', { name: 'Verwijder deze contactgegevens' }).click();
    expect(await page.locator('.contact-card').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('wegwijzer.contact'))).toBeNull();
    await page.reload();
    await page.locator('.page-plan h1').waitFor();
    await wholePlan(page);
    expect(await page.locator('.contact-card').count()).toBe(0);
  });

  it('handles a link of 8,000 characters: the long value is ignored and reported, the rest works', async () => {
    const page = await newPage();
    const hash = `#/?situatie=tlv&org=${'x'.repeat(8000)}&naam=Sam`;
    expect(hash.length).toBeGreaterThan(8000);
    await page.goto(`${suite.server.url}${hash}`);
    await page.locator('.notice').waitFor();
    expect(await page.locator('.notice').innerText()).toContain('org');
    expect(await page.locator('.contact-card').innerText()).toContain('Sam');
    expect(await page.locator('.contact-card').innerText()).not.toContain('xxxxx');
    // The situation from the link is filled in: the parent goes on from there.
    await page.locator('.page-start .button').first().click();
    await page.waitForFunction(() => location.hash === '#/vraag/situatie');
    expect(await page.locator('input[value="tlv"]').isChecked()).toBe(true);
  });
});

describe('a shared plan', () => {
  it('makes a link from the plan page; without the tick it holds no dates', async () => {
    const page = await newPage(1280);
    await seed(page, example('combi-tlv-thuiszitten.json'));
    await page.goto(`${suite.server.url}#/plan`);
    await page.getByRole('link', { name: 'Deel je plan' }).click();
    await page.waitForFunction(() => location.hash === '#/deel');
    const field = page.locator('#share-link');
    await page.waitForFunction(() => (document.querySelector('#share-link') as HTMLTextAreaElement | null)?.value.includes('#/deel/2-'));
    const withoutDates = await field.inputValue();
    expect(withoutDates.startsWith(suite.server.url)).toBe(true);
    await page.getByLabel('Zet ook data en namen in de link').check();
    await page.waitForFunction((old) => (document.querySelector('#share-link') as HTMLTextAreaElement).value !== old, withoutDates);
    const withDates = await field.inputValue();
    // The QR code loads on request, as an SVG made with DOM APIs.
    expect(await page.locator('.qr-box svg').count()).toBe(0);
    await page.getByRole('button', { name: 'Toon QR-code' }).click();
    await page.locator('.qr-box svg[role="img"]').waitFor();
    expect(await page.locator('.qr-box svg path').getAttribute('d')).toMatch(/^M\d/);

    // Opened elsewhere: no answers there, "only look" shows the plan and stores nothing.
    const other = await newPage();
    await other.goto(withoutDates);
    await other.getByRole('button', { name: 'Alleen bekijken, niets bewaren' }).click();
    await other.locator('.page-plan h1').waitFor();
    // The steps below the first screen render a frame after it (PlanPage): wait for the list.
    await wholePlan(other);
    const sharedPlan = await other.locator('.page-plan').innerText();
    expect(sharedPlan).toContain('Zoek uit sinds wanneer je kind thuis zit');
    // Session 37: a link without the timeline says that terms from a timeline may be missing (share37.noTimeline).
    expect(await other.locator('.shared-banner .share-no-timeline').innerText()).toContain('Dit plan is gemaakt met alleen de antwoorden, zonder tijdlijn.');
    for (const date of ['2 november 2026', '1 juli 2026', '15 juni 2026']) expect(sharedPlan).not.toContain(date);
    await other.locator('.page-plan .tick').first().check();
    expect(await stored(other)).toBeNull();
    expect(await other.evaluate(() => localStorage.getItem('wegwijzer.ticks'))).toBeNull();
    // With dates: "use the shared plan" stores it and shows the plan.
    await other.goto(withDates);
    await other.getByRole('button', { name: 'Gebruik het gedeelde plan' }).click();
    await other.waitForFunction(() => location.hash === '#/plan');
    expect(JSON.parse((await stored(other))!).answers).toEqual(example('combi-tlv-thuiszitten.json'));
  });

  it('a plan shared with its timeline shows the steps the timeline adds (failed before)', async () => {
    // The refusal answered on 10 November; the next school's registration and refusal logged in the timeline.
    const story = log({ ...example('aanmelden-geweigerd.json'), 'weigering-datum': '2026-11-10' } as unknown as Answers, [
      { id: 'r1', kind: 'aanmelding-verstuurd', date: '2026-11-16', parties: ['school'], how: 'brief', note: '' },
      { id: 'r2', kind: 'besluit-geweigerd', date: '2026-11-24', parties: ['school', 'bestuur'], how: 'brief', note: '' },
    ]);
    const link = `${suite.server.url}#/deel/${await encode(story.answers, { timeline: story.data })}`;
    const page = await newPage();
    await page.clock.setFixedTime(new Date('2026-11-30T10:00:00Z'));
    await page.goto(link);
    await page.getByRole('button', { name: 'Alleen bekijken, niets bewaren' }).click();
    await wholePlan(page);
    const text = await page.locator('.page-plan').innerText();
    expect(text).toContain('Maak ook bezwaar tegen de weigering van dinsdag 10 november 2026');
    expect(text).toContain('22 december 2026');
    // Session 37: with the timeline in the link, no line that it is missing.
    expect(await page.locator('.share-no-timeline').count()).toBe(0);
  });

  it('asks before replacing the own answers; "keep mine" keeps them', async () => {
    const page = await newPage();
    const own = example('handelingsverlegen.json');
    await seed(page, own);
    await page.goto(suite.server.url);
    const before = await stored(page);
    const payload = await encode(example('tlv-besluit-oneens.json'));
    await page.goto(`${suite.server.url}#/deel/${payload}`);
    await page.getByText('Op dit apparaat staan al eigen antwoorden').waitFor();
    expect(await page.getByRole('button', { name: 'Gebruik het gedeelde plan' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Alleen bekijken, niets bewaren' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Houd mijn eigen antwoorden' }).click();
    await page.waitForFunction(() => location.hash === '#/');
    expect(await stored(page)).toBe(before);
    expect(JSON.parse((await stored(page))!).answers).toEqual(own);
  });

  it('a decision date after today in the link is read as "weet ik niet", and the page says so (session 46; failed before)', async () => {
    const page = await newPage();
    const a = { situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd', ingeschreven: 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2099-01-20', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee' };
    await page.goto(`${suite.server.url}#/deel/${await pack({ v: 2, a })}`);
    await page.getByText('In de link stond een datum na vandaag.').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('2099');
  });

  it('says clearly when a link is damaged or from a newer version, with a way on', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}#/deel/1-dGhpcyBpcyBub3QgZGVmbGF0ZQ`);
    await page.getByRole('heading', { name: 'Deze link werkt niet' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('niet helemaal gekopieerd');
    const future = await pack({ a: { situatie: ['tlv'] } }, 3);
    await page.goto(`${suite.server.url}#/deel/${future}`);
    await page.getByText('nieuwere versie').waitFor();
    await page.getByRole('link', { name: 'Naar de start' }).click();
    await page.waitForFunction(() => location.hash === '#/');
  });
});

describe('the link builder for professionals', () => {
  it('builds a link with situation, language and contact card that a parent can open', async () => {
    const page = await newPage(1280);
    await page.goto(suite.server.url);
    await page.getByRole('link', { name: 'Voor professionals' }).click();
    await page.waitForFunction(() => location.hash === '#/voor-professionals');
    await page.getByLabel('Er wordt gepraat over speciaal (basis)onderwijs').check();
    await page.locator('#pro-lang-en').check();
    await page.getByLabel('Organisatie').fill('Steunpunt <Noord>');
    await page.getByLabel('Telefoonnummer').fill('050 123 45 67');
    await page.getByLabel('Website').fill('steunpunt.nl');
    expect(await page.locator('#pro-web').getAttribute('aria-invalid')).toBe('true');
    await page.locator('.flyer .qr-box svg').waitFor();
    const link = await page.locator('#pro-link').inputValue();
    expect(link).toContain('situatie=tlv');
    expect(link).toContain('taal=en');
    expect(link).not.toContain('web=');

    const parent = await newPage();
    await parent.goto(link);
    await parent.locator('.contact-card').waitFor();
    expect(await parent.locator('html').getAttribute('lang')).toBe('en');
    expect(await parent.locator('.contact-card').innerText()).toContain('Steunpunt <Noord>');
    expect(await parent.locator('.contact-card a[href="tel:0501234567"]').count()).toBe(1);
  });
});

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`share and professionals pages have no violations (${lang})`, async () => {
      const page = await newPage(1280);
      await seed(page, example('tlv-aangevraagd.json'));
      const q = lang === 'en' ? '?taal=en' : '';
      const check = async (what: string) => {
        const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(r.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      };
      await page.goto(`${suite.server.url}#/deel${q}`);
      await page.locator('#share-link').waitFor();
      await page.locator('.page-share button.secondary').click();
      await page.locator('.qr-box svg').waitFor();
      await check('share');
      await page.goto(`${suite.server.url}#/deel/${await encode(example('handelingsverlegen.json'))}${q}`);
      await page.locator('.page-share .button-row').waitFor();
      await check('shared');
      await page.locator('.page-share .button-row button').last().click();
      await wholePlan(page);
      await check('shared plan');
      await page.goto(`${suite.server.url}#/voor-professionals${q}`);
      await page.locator('#pro-web').fill('nope');
      await page.locator('.flyer .qr-box svg').waitFor();
      await check('professionals');
    });
  }
});

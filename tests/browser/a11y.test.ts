/**
 * Accessibility beyond axe, in real Chromium: reflow at 320 px (WCAG 1.4.10), 200% text (1.4.4),
 * reduced motion (2.3.3), a visible focus on everything Tab reaches (2.4.7), and a keyboard-only walk
 * per situation in Dutch and English where focus moves to the h1 and the title changes on every
 * step (2.4.2, 2.4.3, 4.1.3). Colour contrast and the other automatic checks: axe in app.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkNoSidewaysScroll, seedStorage } from './harness';
import { useBrowserSuite } from './suite';
import { hash, walkQuestionsWithKeyboard } from './keyboard';

const suite = useBrowserSuite();

async function newPage(width = 360, height = 780): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width, height } });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  return page;
}

const complete = { situatie: ['tlv'], opp: 'ja', 'opp-besproken': '2025-09-02', 'opp-ingestemd': 'nee', onderzoek: 'oud', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-01', tekenen: 'ja', 'dossier-gezien': 'nee', jeugdhulp: 'nodig', 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-10-20', 'tlv-eens': 'nee', 'tlv-soort': 'so', 'tlv-plek': 'wachtlijst', vervoer: 'ja', klacht: 'nee', groep: 'groep-7-8', 'bezwaar-ingediend': 'nee', 'aanbod-geweigerd': 'nee', 'opp-onenigheid': 'geen', 'dossier-gevraagd': 'nee' };

/** Every page type, and the element that is the page's main action (if it has one). */
const PAGE_TYPES: [string, string | undefined][] = [
  ['#/', 'main .start-button, main .button-row .button'],
  ['#/vraag/situatie', 'main form button[type="submit"]'],
  ['#/vraag/opp', 'main form button[type="submit"]'],
  ['#/vraag/opp-besproken', 'main form button[type="submit"]'],
  ['#/controleren', 'main .page-review > .button'],
  ['#/plan', undefined],
  ['#/lees', undefined],
  ['#/lees/andere-school', undefined],
  ['#/begrippen', undefined],
  ['#/zoeken', undefined],
  ['#/brieven', undefined],
  ['#/brief/bezwaar-tlv', undefined],
  ['#/info/privacy', undefined],
  ['#/wissen', 'main button.button'],
  ['#/niet-gevonden', undefined],
];

const seed = (page: Page, lang: 'nl' | 'en') => seedStorage(page, suite.server.url, { answers: complete, lang });

async function show(page: Page, h: string) {
  await page.goto('about:blank');
  await page.goto(`${suite.server.url}${h}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(150); // lazy texts and fonts settle
}

describe('reflow and zoom', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`320 px wide: no horizontal scrolling on any page type (${lang})`, async () => {
      const page = await newPage(320, 640);
      await seed(page, lang);
      const problems: string[] = [];
      for (const [h] of PAGE_TYPES) {
        await show(page, h);
        expect(await checkNoSidewaysScroll(page, h, problems)).toBe(320);
      }
      expect(problems).toEqual([]);
    });
  }

  /*
   * 200% text: Chromium's own text-size setting, set with the DevTools protocol call
   * Page.setFontSizes (standard 16 → 32 px). That is what a parent does with "text size" in the
   * browser or the phone's settings; unlike page zoom it changes only the text, which is the harder
   * case for layouts (WCAG 1.4.4). It works because the CSS sizes text in rem from `font-size: 100%`.
   * The viewport is 640 px: a 1280 px screen at 200% zoom, and a large phone held sideways.
   * (A <style> injected by the test would be blocked by the app's CSP; this needs no page change.)
   */
  for (const width of [640, 360]) {
    it(`200% text at ${width} px: no horizontal scrolling, the heading and the main button fully visible`, async () => {
      const page = await newPage(width, 800);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await seed(page, 'nl');
      const problems: string[] = [];
      for (const [h, primary] of PAGE_TYPES) {
        await show(page, h);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), 'text is at 200%').toBe('32px');
        const client = await checkNoSidewaysScroll(page, h, problems);
        const targets = [page.locator('main h1').first(), ...(primary ? [page.locator(primary).first()] : [])];
        for (const el of targets) {
          await el.scrollIntoViewIfNeeded();
          const box = await el.boundingBox();
          if (!box || !(await el.isVisible())) problems.push(`${h}: ${String(el)} not visible`);
          else if (box.x < 0 || box.x + box.width > client + 0.5) problems.push(`${h}: ${String(el)} cut off (x ${box.x}, width ${box.width})`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  /*
   * A term in a chapter is a button (tap it for its meaning), which the browser lays out as one box:
   * a line broke between it and the punctuation after it, leaving ");" alone at the start of the next
   * line (seen at 1280 px in "Hulp op school"). RichText.tsx keeps them together (`.term-glue`).
   */
  for (const width of [1280, 360]) {
    it(`${width} px: the punctuation right after a term never starts a new line, in any chapter (nl)`, async () => {
      const page = await newPage(width, 800);
      await seed(page, 'nl');
      await show(page, '#/lees');
      const chapters = await page.$$eval('main a[href^="#/lees/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
      expect(chapters.length).toBeGreaterThanOrEqual(10);
      const problems: string[] = [];
      let checked = 0;
      for (const h of chapters) {
        await show(page, h);
        const r = await page.$$eval('main button.term', (terms) =>
          terms.flatMap((b) => {
            const next = b.nextSibling;
            const text = next?.nodeType === Node.TEXT_NODE ? next.textContent ?? '' : '';
            if (!/^[^\s]/.test(text)) return [];
            const range = document.createRange();
            range.setStart(next!, 0);
            range.setEnd(next!, 1);
            const mark = range.getBoundingClientRect();
            const box = b.getClientRects();
            const last = box[box.length - 1]!;
            // The punctuation's line: its vertical middle lies within the term's last line box.
            const mid = (mark.top + mark.bottom) / 2;
            return [{ ok: mid >= last.top && mid <= last.bottom, what: `${b.textContent}${text.slice(0, 3)}` }];
          }),
        );
        checked += r.length;
        for (const x of r) if (!x.ok) problems.push(`${h}: "${x.what}"`);
      }
      expect(checked, 'terms followed by punctuation').toBeGreaterThan(20);
      expect(problems).toEqual([]);
    });
  }
});

describe('motion', () => {
  const durations = (page: Page) =>
    page.evaluate(() => {
      const seconds = (v: string) => Math.max(0, ...v.split(',').map((x) => (x.trim().endsWith('ms') ? parseFloat(x) / 1000 : parseFloat(x)) || 0));
      const long: string[] = [];
      for (const el of [document.documentElement, ...document.querySelectorAll('body *')]) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          const animated = s.animationName !== 'none' ? seconds(s.animationDuration) : 0;
          const moving = seconds(s.transitionDuration);
          if (animated > 0.01 || moving > 0.01) long.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}: animation ${s.animationDuration}, transition ${s.transitionDuration}`);
        }
      }
      const running = document.getAnimations().filter((a) => Number(a.effect?.getTiming().duration ?? 0) > 10);
      return { scroll: getComputedStyle(document.documentElement).scrollBehavior, long, running: running.length };
    });

  it('prefers-reduced-motion: no smooth scrolling, no animation or transition longer than 0.01 s, on every page type', async () => {
    const page = await newPage(360);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await seed(page, 'nl');
    for (const [h] of PAGE_TYPES) {
      await show(page, h);
      const d = await durations(page);
      expect(d.scroll, h).toBe('auto');
      expect(d.long, h).toEqual([]);
      expect(d.running, h).toBe(0);
    }
    // The check can tell the difference: without the preference, scrolling is smooth.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect((await durations(page)).scroll).toBe('smooth');
  });
});

describe('visible focus', () => {
  /** What makes focus visible: outline, box-shadow, background, colour and underline. */
  const look = (page: Page) =>
    page.evaluate(() => {
      const el = (window as unknown as { __el: Element }).__el;
      const s = getComputedStyle(el);
      return JSON.stringify([s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine]);
    });

  for (const h of ['#/vraag/situatie', '#/vraag/opp', '#/vraag/opp-besproken']) {
    it(`every element Tab reaches on ${h} looks different when focused`, async () => {
      const page = await newPage(360);
      await seed(page, 'nl');
      await show(page, h);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const seen: string[] = [];
      const problems: string[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return undefined;
          (window as unknown as { __el: Element }).__el = el;
          return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''}${el.textContent?.trim() ? ` "${el.textContent.trim().slice(0, 30)}"` : ''}`;
        });
        if (id === undefined || seen.includes(id)) break; // back at the start: every element was reached
        seen.push(id);
        const focused = await look(page);
        // Move focus away without a click (which would change :focus-visible), then look again.
        await page.evaluate(() => ((window as unknown as { __el: HTMLElement }).__el.blur(), document.body.focus()));
        const unfocused = await look(page);
        if (focused === unfocused) problems.push(`${id}: no visible change on focus (${focused})`);
        const outline = JSON.parse(focused) as string[];
        const visible = (outline[0] !== 'none' && parseFloat(outline[1]!) >= 2) || outline[3] !== 'none';
        if (!visible) problems.push(`${id}: focus has neither a 2 px outline nor a box-shadow (${focused})`);
        // Put focus back where it was, as the keyboard left it.
        await page.evaluate(() => (window as unknown as { __el: HTMLElement }).__el.focus({ focusVisible: true } as FocusOptions));
      }
      expect(seen.length, 'Tab reaches the page').toBeGreaterThan(8);
      expect(seen.some((s) => s.startsWith('input')), 'Tab reaches the fields').toBe(true);
      expect(seen.some((s) => s.includes('button') && s.includes('Volgende')), 'Tab reaches the button').toBe(true);
      expect(problems).toEqual([]);
    });
  }
});

describe('keyboard only, per situation, in Dutch and English: focus on the h1 and a new title on every step', () => {
  const words = {
    nl: { begin: 'Begin', step: /^Stap \d+( van \d+)?: .+ – Wegwijzer passend onderwijs$/, review: 'Controleer je antwoorden', toPlan: 'Naar mijn plan', plan: 'Jouw plan' },
    en: { begin: 'Start', step: /^Step \d+( of \d+)?: .+ – Passend onderwijs guide$/, review: 'Check your answers', toPlan: 'Go to my plan', plan: 'Your plan' },
  };
  // Picks that lead through the longer branches of each situation; other questions take the first option.
  const picks: Record<string, Record<string, string>> = {
    aanmelden: { 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'geweigerd' },
    handelingsverlegen: { opp: 'ja', 'hv-wil-weg': 'ja' },
    thuiszitten: { 'thuis-reden': 'geschorst', 'lessen-nu': 'nee' },
    tlv: { 'tlv-fase': 'besluit', 'tlv-besluit': 'toegekend' },
  };

  /** Tab (never click) until the focused element's text is `name`, then press Enter. */
  async function activate(page: Page, name: string) {
    for (let i = 0; i < 80; i++) {
      const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim());
      if (text === name) return page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
    }
    throw new Error(`"${name}" not reachable with Tab`);
  }

  for (const lang of ['nl', 'en'] as const) {
    for (const situation of Object.keys(picks)) {
      it(`${situation} (${lang})`, async () => {
        const w = words[lang];
        const page = await newPage(360);
        await page.goto(`${suite.server.url}#/?taal=${lang}`);
        await page.locator('main h1').waitFor();
        await activate(page, w.begin);
        await page.waitForFunction(() => location.hash === '#/vraag/situatie');
        const steps = await walkQuestionsWithKeyboard(
          page,
          (id) => (id === 'situatie' ? situation : picks[situation]![id]),
          (title, id) => expect(title, id).toMatch(w.step),
        );
        expect(await hash(page)).toBe('#/controleren');
        expect(steps).toBeGreaterThan(8);
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
        expect(await page.locator('main h1').innerText()).toBe(w.review);
        expect(await page.title()).toContain(w.review);
        await activate(page, w.toPlan);
        await page.waitForFunction(() => location.hash === '#/plan');
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
        expect(await page.locator('main h1').innerText()).toBe(w.plan);
        expect(await page.title()).toContain(w.plan);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      });
    }
  }
});

describe('status messages (WCAG 4.1.3)', () => {
  it('a notice arrives in a live region that was there before it (a region that arrives with its text is often not announced)', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: complete, version: 2 }); // current answers: no "moved to the new version" notice
    await show(page, '#/wissen');
    const region = page.locator('main .notices[role=status]');
    expect(await region.count()).toBe(1);
    expect(await region.innerText()).toBe('');
    await region.evaluate((r) => (r.dataset['before'] = 'yes'));
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    const text = page.getByText('Al je gegevens zijn gewist van dit apparaat.');
    await text.waitFor();
    expect(await text.evaluate((p) => p.closest<HTMLElement>('[role=status]')?.dataset['before'])).toBe('yes');
    // Empty, it takes no room.
    await page.getByRole('button', { name: 'Sluiten' }).click();
    expect(await region.evaluate((r) => r.getBoundingClientRect().height)).toBe(0);
  });
});

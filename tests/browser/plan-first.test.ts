/**
 * Issue 12 in real Chromium at 360 × 740: the first screen of every seeded plan says what to do first
 * and by when; warnings are folded after that; whom to call is in the top block and in the steunpunt
 * step, or, without a card, where to find help as plain text; nothing fixed covers a button or a
 * message on a first visit; the check page's "Wijzig" links are large enough and lead back; the
 * heading's focus box shows after keys only; search finds the app's own words; the question page
 * resolves "Geen van deze" and drops a date error once the date is valid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchPersistent, ROOT, seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';
import { buildPlan } from '../../src/rules/plan';
import { FOLLOW_UPS } from '../../src/rules/order';
import { firstThings } from '../../src/ui/firstThings';
import { formatDate } from '../../src/rules/dates';
import { addDays } from '../../src/rules/calendar';
import { ANSWERS_VERSION, type Answers } from '../../src/flow/answers';
import { migrateAnswers } from '../../src/flow/migrate';
import { firstUnanswered } from '../../src/flow/route';
import type { Question } from '../../src/flow/questions';
import questionsNl from '../../src/content/generated/questions.nl';

const suite = useBrowserSuite();
const DIR = join(ROOT, 'tests/answers');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
/** The example file in the current schema: stored as such, the app shows no "updated" notice above the plan. */
const answersOf = (f: string): Answers => {
  const file = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { version: number; answers: Answers };
  // A version-1 file lacks the questions schema 2 added: answer them as a parent would ("nee", else
  // "weet ik niet"), so the app shows the plan and not the open questions.
  let answers: Answers = migrateAnswers(file.version, file.answers);
  for (let q = firstUnanswered(answers); q; q = firstUnanswered(answers)) answers = { ...answers, [q.id]: fillOpen(q) };
  return answers;
};
const fillOpen = (q: Question): string | string[] => {
  if (q.type === 'date') return q.dontKnow ? 'weet-niet' : '2026-11-02';
  const options = q.options ?? [];
  const pick = options.includes('nee') ? 'nee' : options.includes('weet-niet') ? 'weet-niet' : options[0]!;
  return q.type === 'multi' ? [pick] : pick;
};

/**
 * The day these plans are read on, fixed (session 45): the example answers hold fixed dates, so on a later day a term
 * passes, its text grows and the first action's box moved below 740 px: CI turned red on the wall clock (1 December,
 * 23:30 UTC, was 2 December in the Netherlands), not on a change. The app's clock is set to it as well.
 */
const TODAY = '2026-11-30';
const NOW = new Date(`${TODAY}T10:00:00+01:00`);

async function newPage(width = 360, height = 740): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width, height } });
  await ctx.clock.setFixedTime(NOW);
  const page = await ctx.newPage();
  suite.track(ctx, page);
  return page;
}

/** The element's box lies inside the first viewport (no scrolling). */
async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return window.scrollY === 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}

describe('the plan: first things first', () => {
  for (const file of FILES) {
    it(`${file}: the most urgent action and the next date are on the first screen at 360 px`, async () => {
      const answers = answersOf(file);
      const plan = buildPlan(answers, TODAY);
      const now = plan.steps.filter((s) => s.group === 'nu');
      const first = (now.length ? now : plan.steps)[0];
      const ahead = plan.steps.filter((s) => s.deadline && s.deadline.status !== 'passed').sort((a, b) => a.deadline!.daysLeft - b.deadline!.daysLeft);
      // The parent's own terms first; a follow-up of what the parent sent (FOLLOW_UPS) only when none is ahead (s19-deadlines).
      const own = ahead.filter((s) => !FOLLOW_UPS.includes(s.id));
      const upcoming = own.length ? own : ahead;
      const page = await newPage();
      await seedStorage(page, suite.server.url, { answers, version: ANSWERS_VERSION });
      await page.goto(`${suite.server.url}#/plan`);
      await page.locator('.page-plan h1').waitFor();
      if (!first) return;
      await page.locator('.first-things').waitFor();
      // The first action is the plan's first urgent step, by the same title as in the list below.
      const title = (await page.locator(`#step-${first.id} label`).innerText()).replace(/\s*\(Gedaan\)\s*$/, '').trim();
      expect((await page.locator('.first-actions li').first().locator('strong').innerText()).trim()).toBe(title);
      expect(await inFirstScreen(page, '.first-actions li')).toBe(true);
      if (upcoming[0]) {
        expect(await page.locator('.first-date strong').first().innerText()).toBe(formatDate(upcoming[0].deadline!.due, 'nl'));
        // Session 69: a follow-up's date (no term of the parent's own) comes below the actions; a date of her own is on the first screen.
        if (own.length) expect(await inFirstScreen(page, '.first-date')).toBe(true);
        else expect(await page.evaluate(() => !!(document.querySelector('.first-actions')!.compareDocumentPosition(document.querySelector('.first-date strong')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
      } else {
        // No date ahead: a planned talk is the day to prepare for; otherwise the plan says there is no date.
        const talk = plan.steps.map((s) => s.moment?.date).filter((d): d is string => !!d && d >= plan.today).sort()[0];
        const shown = page.locator('.first-date:visible');
        expect(await shown.count()).toBe(1);
        // On the day itself the moment says "vandaag" (moment.gesprek-vandaag, session 19).
        // A term that may run from a day not known yet says so instead of "no date" (session 23).
        // Session 60 (s60-first): beside the OPP evaluation's day (the school's, B20): "no term of yours", that step named.
        const f = firstThings(plan);
        // Session 68 (s68-gpoopp): beside an OPP dispute, a Geschillencommissie term may run (no date): said instead, below the actions.
        // Session 80 (s80-left, 1): beside a passed term of her own, not "geen termijn voor jou" but "Geen van jouw termijnen
        // ... loopt nog" (left80.noDateSchoolDay), and the OPP dispute's line in its "also" form (gpoopp68.also).
        const noDate = f.unknownClock
          ? 'Misschien loopt er al een termijn'
          : f.gpoOpp
            ? f.passedOwn ? 'misschien loopt er een termijn' : 'Toch kan er een termijn lopen'
            : f.schoolDay
              ? f.passedOwn ? 'Geen van jouw termijnen in je plan loopt nog' : 'geen termijn voor jou'
              : 'nog geen datum';
        const said = talk === plan.today ? `Je gesprek is vandaag, ${formatDate(talk, 'nl')}` : talk ? `Je gesprek is op ${formatDate(talk, 'nl')}` : noDate;
        expect(await shown.innerText()).toContain(said);
      }
      // Warnings: one folded block after the first actions, each closed until opened.
      const folded = page.locator('.warnings details.alert');
      expect(await folded.count()).toBe(plan.warnings.length);
      expect(await page.locator('.warnings details[open]').count()).toBe(0);
      if (plan.warnings.length) {
        const order = await page.evaluate(() => {
          const a = document.querySelector('.first-things')!;
          const b = document.querySelector('.warnings')!;
          return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
        });
        expect(order).toBeTruthy();
        await folded.first().locator('summary').click();
        expect(await folded.first().locator('p').first().isVisible()).toBe(true);
      }
      // "Lees hoe je dit doet" brings the step itself into view, with focus on its heading.
      await page.locator('.first-actions li').first().getByRole('button').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`step-${first.id}`);
    });
  }

  /*
   * Session 69: in the five other languages the translation note ("Dit is een vertaling…", about 90 px at 360 px) stood
   * above "Eerst dit": the first action's due line was below the first screen in 12 of these plans (its contact line in
   * 20). It now comes after "Eerst dit" on the plan page, once. Failed before: en, ar, tr, pl and uk.
   */
  it('in every language the first action\'s title and its day are on the first screen at 360 px; the translation note comes after "Eerst dit"', async () => {
    const below: string[] = [];
    for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const) {
      for (const file of FILES) {
        const page = await newPage();
        await seedStorage(page, suite.server.url, { answers: answersOf(file), version: ANSWERS_VERSION, lang });
        await page.goto(`${suite.server.url}#/plan`);
        await page.locator('.page-plan h1').waitFor();
        if (!(await page.locator('.first-actions li').count())) continue;
        const first = page.locator('.first-actions li').first();
        for (const part of ['strong', '.first-due']) {
          if (!(await first.locator(part).count())) continue;
          const inside = await first.locator(part).first().evaluate((el) => {
            const r = el.getBoundingClientRect();
            return window.scrollY === 0 && r.top >= 0 && r.bottom <= window.innerHeight;
          });
          if (!inside) below.push(`${lang} ${file} ${part}`);
        }
        if (lang !== 'nl') {
          expect(await page.locator('.lang-note').count()).toBe(1);
          expect(await page.evaluate(() => !!(document.querySelector('.first-things')!.compareDocumentPosition(document.querySelector('.lang-note')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
        }
        await page.context().close();
      }
    }
    expect(below).toEqual([]);
    // Session 73: 78 plans opened one after another (6 languages x 13 answers files, 1.5-2.2 s each in CI): the browser
    // project's 120 s per test was a timing gate that a busy machine flips (CI 160 timed out at 120 s with nothing wrong).
    // The limit only stops a loop that never ends.
  }, 600_000);

  /** At home, suspended `days` days ago, a removal decision on paper 10 days ago, no bezwaar yet (read on TODAY). */
  const back = (days: number) => addDays(TODAY, -days);
  const suspendedAndRemoved = (days: number) => ({
    situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': back(days), 'thuis-hoeveel': 'helemaal', 'schorsing-datum': back(days),
    'lessen-nu': 'nee', ingeschreven: 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': back(10), 'verwijdering-andere-school': 'nee',
    'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee', opp: 'ja', 'opp-besproken': back(60), 'opp-ingestemd': 'ja',
    'opp-onenigheid': 'geen', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'lpa-betrokken': 'nee', 'gesprek-gepland': 'nee', tekenen: 'nee',
    'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
  }) as unknown as Answers;

  it('two terms at once (session 23): a suspension ends first, and the removal\'s bezwaar is on the first screen too at 360 px', async () => {
    const answers = suspendedAndRemoved(3);
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers, version: ANSWERS_VERSION });
    await page.goto(`${suite.server.url}#/plan`);
    await page.locator('.first-things').waitFor();
    // The suspension's week (4 days left) is the next date; the bezwaar (6 weeks from the decision: 32 days left) its own line.
    expect(await page.locator('.first-date strong').first().innerText()).toBe(formatDate(addDays(back(3), 7), 'nl'));
    const also = page.locator('.first-also');
    expect(await also.innerText()).toContain(formatDate(addDays(back(10), 42), 'nl'));
    expect(await also.innerText()).toContain('Maak bezwaar tegen de verwijdering');
    expect(await inFirstScreen(page, '.first-also')).toBe(true);
  });

  /** Session 65 (s65-edges, gap 5): Daan's story of blind-s64: no decision on paper, no term; a meeting `inDays` days after TODAY. */
  const meetingIn = (inDays: number) => ({
    situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee', opp: 'nee', 'swv-betrokken': 'nee', 'school-zegt': ['diagnose-eerst'],
    'gesprek-gepland': 'ja', 'gesprek-datum': addDays(TODAY, inDays), tekenen: 'ja', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee',
    jeugdhulp: 'nodig', klacht: 'nee', groep: 'groep-3-6', onderzoek: 'geen',
  }) as unknown as Answers;

  it('a meeting tomorrow: the first screen and the step say "morgen" with the date, at 360 px (session 64 gesprek-morgen)', async () => {
    const answers = meetingIn(1);
    expect(firstThings(buildPlan(answers, TODAY)).meeting?.moment.what).toBe('gesprek-morgen');
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers, version: ANSWERS_VERSION });
    await page.goto(`${suite.server.url}#/plan`);
    await page.locator('.first-things').waitFor();
    const said = `Je gesprek is morgen, ${formatDate(addDays(TODAY, 1), 'nl')}. Bereid het vandaag voor.`;
    const shown = page.locator('.first-date:visible');
    expect(await shown.count()).toBe(1);
    expect(await shown.innerText()).toContain(said);
    expect(await inFirstScreen(page, '.first-date')).toBe(true);
    expect(await page.locator('#step-gesprek-voorbereiden-item').innerText()).toContain(said);
  });

  it('a dossier\'s month ending today and a talk tomorrow (session 69, s69-blind): the talk and the first action are on the first screen, the dossier\'s date below the actions', async () => {
    const answers = JSON.parse(readFileSync(join(ROOT, 'tests/answers/s69/blind/05-dossier-vandaag-gesprek-morgen.json'), 'utf8')).answers as Answers;
    for (const lang of ['nl', 'pl'] as const) {
      const page = await newPage();
      await page.clock.setFixedTime(new Date('2027-05-26T10:00:00'));
      await seedStorage(page, suite.server.url, { answers, version: ANSWERS_VERSION, lang });
      await page.goto(`${suite.server.url}#/plan`);
      await page.locator('.first-things').waitFor();
      expect(await inFirstScreen(page, '.first-date.if-personal'), lang).toBe(true);
      expect(await inFirstScreen(page, '.first-actions li'), lang).toBe(true);
      expect(await page.evaluate(() => !!(document.querySelector('.first-actions')!.compareDocumentPosition(document.querySelector('.first-date strong')!) & Node.DOCUMENT_POSITION_FOLLOWING)), lang).toBe(true);
    }
  });

  it('guard: a meeting the day after tomorrow gives only its date, no "morgen"', async () => {
    const answers = meetingIn(2);
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers, version: ANSWERS_VERSION });
    await page.goto(`${suite.server.url}#/plan`);
    await page.locator('.first-things').waitFor();
    const shown = await page.locator('.first-date:visible').innerText();
    expect(shown).toContain(`Je gesprek is op ${formatDate(addDays(TODAY, 2), 'nl')}`);
    expect(shown).not.toContain('morgen');
  });

  it('a suspension\'s passed week ticked "Gedaan" leaves the first actions; the removal\'s bezwaar comes first (session 54, failed before)', async () => {
    const answers = suspendedAndRemoved(30);
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers, version: ANSWERS_VERSION });
    await page.goto(`${suite.server.url}#/plan`);
    await page.locator('.first-things').waitFor();
    const firstAction = () => page.locator('.first-actions li').first().locator('strong').innerText();
    const suspension = (await page.locator('#step-schorsing-einde label').innerText()).replace(/\s*\(Gedaan\)\s*$/, '').trim();
    expect((await firstAction()).trim()).toBe(suspension);
    await page.locator('#step-schorsing-einde-done').check();
    await expect.poll(async () => (await firstAction()).trim()).not.toBe(suspension);
    expect(await page.locator('.first-actions').innerText()).toContain('Maak bezwaar tegen de verwijdering');
    // Still in the plan, ticked; and the tick is stored, so the next visit shows the same.
    expect(await page.locator('#step-schorsing-einde-item.done').count()).toBe(1);
    await page.reload();
    await page.locator('.first-things').waitFor();
    expect((await firstAction()).trim()).not.toBe(suspension);
  });

  it('long Dutch words in the plan\'s headings are not broken at 360 px ("samenwerkingsverband")', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: answersOf('combi-handelingsverlegen-tlv.json') });
    await page.goto(`${suite.server.url}#/plan`);
    await page.locator('.first-things').waitFor();
    // The steps come a frame after "Eerst dit" (PlanPage's InParts, a piece per frame): wait for them, or a
    // loaded machine counts before they are there (the CI run of session 37 did, and failed).
    const heading = page.locator('.page-plan h3', { hasText: 'samenwerkingsverband' });
    await heading.first().waitFor();
    // Each word of a heading on one line (this Chromium has no Dutch hyphenation, so a word that
    // does not fit would break anywhere, as "samenwerkingsverba / nd" did).
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      for (const h of document.querySelectorAll('.page-plan h1, .page-plan h2, .page-plan h3, .first-actions strong')) {
        const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent ?? '';
          for (const m of text.matchAll(/\S{12,}/g)) {
            const r = document.createRange();
            r.setStart(n, m.index!);
            r.setEnd(n, m.index! + m[0].length);
            const lines = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
            if (lines.size > 1) out.push(m[0]);
          }
        }
      }
      return out;
    });
    expect(await heading.count()).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });

  it('the plan\'s links, routed by one listener on the page (session 51): in place, Back and "Terug naar waar je was" return; Ctrl-click leaves the plan', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: answersOf('handelingsverlegen.json') });
    await page.goto(`${suite.server.url}#/plan`);
    const more = page.locator('.page-plan .steps li').first().getByRole('link', { name: 'Lees meer' });
    await more.waitFor();
    const href = (await more.getAttribute('href'))!;
    expect(href).toMatch(/^#\/lees\/[a-z0-9-]+$/);
    // Ctrl-click: the browser's (a new tab); this page stays on the plan.
    await more.click({ modifiers: ['Control'] });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => location.hash)).toBe('#/plan');
    // A plain click: the section, in this page (no reload: a marker set on the window survives).
    await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));
    await more.click();
    await page.waitForFunction((h) => location.hash === h, href);
    await page.locator(`#${href.split('/').pop()}`).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true);
    // "Terug naar waar je was" knows where the parent came from (navigate's returnRoute), and Back works too.
    // Session 56: at the chapter's top and where the opened section ends; the top one here.
    await page.getByRole('link', { name: 'Terug naar waar je was' }).first().click();
    await page.waitForFunction(() => location.hash === '#/plan');
    await wholePlan(page);
    await page.goBack();
    await page.waitForFunction((h) => location.hash === h, href);
  });

  it('a stored steunpunt card is in the top block and in the step "Bel het ouder- en jeugdsteunpunt"', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: answersOf('handelingsverlegen.json') });
    await page.goto(`${suite.server.url}#/?org=Steunpunt%20Noord&tel=050%20123%2045%2067`);
    await page.locator('.contact-card').waitFor();
    await page.goto(`${suite.server.url}#/plan`);
    await page.locator('.first-things').waitFor();
    expect(await page.locator('.first-things').innerText()).toContain('Steunpunt Noord');
    expect(await page.locator('.first-things a[href="tel:0501234567"]').count()).toBe(1);
    expect(await page.locator('#step-steunpunt-bellen-item').innerText()).toContain('Steunpunt Noord');
    expect(await page.locator('#step-steunpunt-bellen-item a[href="tel:0501234567"]').count()).toBe(1);
  });

  it('without a card, the plan and its print say where to find help, addresses as plain text', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: answersOf('handelingsverlegen.json') });
    await page.goto(`${suite.server.url}#/plan`);
    await page.locator('.first-things').waitFor();
    expect(await page.locator('.first-things').innerText()).toContain('schoolgids');
    const help = page.locator('.page-plan > .find-help');
    for (const site of ['oudersenonderwijs.nl', 'onderwijsconsulenten.nl', 'onderwijsgeschillen.nl']) {
      expect(await help.innerText()).toContain(site);
      expect(await page.locator('#step-steunpunt-bellen-item').innerText()).toContain(site);
    }
    expect(await page.locator('.page-plan a[href*="onderwijsconsulenten.nl"], .page-plan a[href*="oudersenonderwijs"], .page-plan a[href*="onderwijsgeschillen"]').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await help.isVisible()).toBe(true);
    // The folded warnings print with their full text.
    const warning = page.locator('.warnings details.alert p').first();
    expect(await warning.isVisible()).toBe(true);
  });
});

describe('nothing fixed covers a button or a message', () => {
  it('a first visit from a steunpunt link, with the service worker installing: no fixed element over any button or message', async () => {
    const ctx = await launchPersistent();
    suite.own(ctx);
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    suite.track(ctx, page);
    await page.goto(`${suite.server.url}#/?situatie=thuiszitten&org=Steunpunt%20Noord&tel=050-1234567&open=ma-vr%209-17`);
    await page.getByRole('button', { name: 'Begin' }).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForTimeout(800);
    const covered = await page.evaluate(() => {
      const fixed = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
        const s = getComputedStyle(el);
        return (s.position === 'fixed' || s.position === 'sticky') && el.getClientRects().length > 0 && s.visibility !== 'hidden';
      });
      const targets = [...document.querySelectorAll<HTMLElement>('button, a, input, [role=status], [role=alert], .notice, .contact-card')];
      const out: string[] = [];
      for (const f of fixed) {
        const a = f.getBoundingClientRect();
        for (const t of targets) {
          if (f.contains(t)) continue;
          const b = t.getBoundingClientRect();
          if (b.width && b.height && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${f.className} covers ${t.tagName} ${t.textContent?.slice(0, 30)}`);
        }
      }
      return out;
    });
    expect(covered).toEqual([]);
    // The "works offline" note does not interrupt: not a live message, not over the page.
    expect(await page.locator('[role=status]', { hasText: 'zonder internet' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Begin' }).isVisible()).toBe(true);
  });
});

describe('check your answers', () => {
  it('"Wijzig" names the question, is at least 24 × 24 px, and its "Vorige" goes back to the check page', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: answersOf('handelingsverlegen.json') });
    await page.goto(`${suite.server.url}#/controleren`);
    // The check page paints its heading and first chapter first, the other chapters and "Naar mijn plan" a frame later.
    await page.locator('main .page-review > .button').waitFor();
    const links = page.locator('.summary-action a');
    const n = await links.count();
    expect(n).toBeGreaterThan(5);
    for (let i = 0; i < n; i++) {
      const box = (await links.nth(i).boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    // The hidden text is the question itself.
    expect(await links.first().textContent()).toBe(`Wijzig: ${questionsNl['situatie']!.title}`);
    expect(await links.first().locator('.visually-hidden').count()).toBe(1);
    // A way back.
    expect(await page.locator('.page-review .back-link').count()).toBe(1);
    // Wijzig on a later question, then "Vorige": back on the check page, not on the question before.
    await links.nth(3).click();
    await page.locator('.page-question h1').waitFor();
    // The history entry is written after the frame (controller.ts, setHash): wait for it.
    await page.waitForFunction(() => location.hash !== '#/controleren');
    const at = await page.evaluate(() => location.hash);
    expect(at).toMatch(/^#\/vraag\//);
    await page.locator('.back-link').click();
    await page.waitForFunction(() => location.hash === '#/controleren');
    await page.locator('.page-review h1').waitFor();
  });
});

describe('focus on the new heading', () => {
  it('shows the focus box after keys, not after a tap or click', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: answersOf('handelingsverlegen.json') });
    await page.goto(`${suite.server.url}#/controleren`);
    await page.locator('.page-review h1').waitFor();
    const ring = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { tag: el.tagName, shadow: s.boxShadow, outline: s.outlineStyle };
    });
    // Mouse: "Wijzig" opens a question; its h1 gets focus without a box.
    await page.locator('.summary-action a').first().click();
    await page.locator('.page-question h1').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const byMouse = await ring();
    expect(byMouse.shadow === 'none' && byMouse.outline === 'none').toBe(true);
    // Keyboard: back with Enter on "Vorige"; the check page's h1 shows the box.
    await page.locator('.back-link').focus();
    await page.keyboard.press('Enter');
    await page.locator('.page-review h1').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const byKeys = await ring();
    expect(byKeys.shadow !== 'none' || byKeys.outline !== 'none').toBe(true);
  });
});

describe('search finds the app’s own words', () => {
  for (const q of ['thuiszitten', 'thuis zitten', 'geschorst', 'schorsing']) {
    it(`"${q}" gives results`, async () => {
      const page = await newPage();
      await page.goto(`${suite.server.url}#/zoeken`);
      await page.getByLabel('Zoek in de wegwijzer').or(page.locator('#search-input')).first().fill(q);
      await page.locator('form[role=search] button[type=submit]').click();
      await page.locator('.search-results li').first().waitFor();
      expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
    });
  }
});

describe('question page errors resolve themselves', () => {
  it('"Geen van deze" beside another option: the other is unticked, no error', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: { ...answersOf('handelingsverlegen.json'), 'school-zegt': ['klas-vol'] } });
    await page.goto(`${suite.server.url}#/vraag/school-zegt`);
    await page.locator('.page-question h1').waitFor();
    const boxes = page.locator('input[type=checkbox]');
    expect(await boxes.first().isChecked()).toBe(true);
    await boxes.first().check();
    await page.locator('input[value=geen]').check();
    expect(await boxes.first().isChecked()).toBe(false);
    await boxes.first().check();
    expect(await page.locator('input[value=geen]').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => !location.hash.endsWith('school-zegt'));
    expect(await page.locator('.error-summary').count()).toBe(0);
  });

  it('a date error goes once the date is valid; radios get aria-invalid; the date field is named by the question', async () => {
    const page = await newPage();
    await seedStorage(page, suite.server.url, { answers: answersOf('thuiszitten-wachtlijst.json') });
    await page.goto(`${suite.server.url}#/vraag/thuis-sinds`);
    const h1 = await page.locator('.page-question h1').innerText();
    const field = page.locator('#thuis-sinds-field');
    const name = await field.evaluate((el) => (el as HTMLInputElement).labels && el.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)!.textContent!.trim()).join(' '));
    expect(name).toContain(h1.trim());
    await field.fill('31-02-2026');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('.error-summary').waitFor();
    // The spoken echo waits for a complete date: "3-2-20" is a date (2020) but the parent is still typing.
    const spoken = page.locator('.page-question [aria-live=polite].visually-hidden');
    await field.fill('3-2-20');
    await page.waitForTimeout(1200);
    expect((await spoken.textContent())?.trim()).toBe('');
    expect(await page.locator('.date-means').innerText()).toContain('2020');
    await field.fill('3-2-2026');
    await page.waitForFunction(() => !document.querySelector('.error-summary'));
    expect(await page.locator('.error-message').count()).toBe(0);
    await page.waitForFunction(() => /2026/.test(document.querySelector('.page-question [aria-live=polite].visually-hidden')?.textContent ?? ''));
  });

  it('radios and checkboxes carry aria-invalid while there is an error', async () => {
    const page = await newPage();
    // The first question after the situation (situation-first order): a yes/no question with radios.
    await seedStorage(page, suite.server.url, { answers: { situatie: ['handelingsverlegen'] }, position: 'hv-schriftelijk', version: ANSWERS_VERSION });
    await page.goto(`${suite.server.url}#/vraag/hv-schriftelijk`);
    await page.locator('.page-question h1').waitFor();
    await page.goto(`${suite.server.url}#/vraag/hv-schriftelijk`);
    await page.locator('.page-question h1').waitFor();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('.error-summary').waitFor();
    const invalid = await page.locator('input[type=radio]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-invalid')));
    expect(invalid.length).toBeGreaterThan(1);
    expect(invalid.every((v) => v === 'true')).toBe(true);
    await page.locator('input[type=radio]').first().check();
    await page.waitForFunction(() => !document.querySelector('.error-summary'));
  });
});

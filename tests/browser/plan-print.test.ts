/**
 * The plan on paper and in the calendar, in real Chromium against dist/, on a fixed day (23 November 2026):
 * - page.pdf({ format: 'A4' }) of the plan; its text (pdftotext) has every step title and every due date
 *   shown on screen, the way back to the app, and no menu, footer, buttons or links; the pages
 *   (pdftoppm -png -r 60) are not blank;
 * - by default the print leaves out the dates of what happened (start dates, the meeting); with the
 *   box "Zet data en details van mijn situatie op de print" ticked they are on it;
 * - the .ics download has exactly the due dates on screen that have not passed.
 * Needs poppler-utils (pdftotext, pdftoppm). The page images are kept in tests/browser/screenshots/.
 */
import { migrateAnswers } from '../../src/flow/migrate';
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, seedStorage, wholePlan } from './harness';
import { useBrowserSuite } from './suite';
import { formatDate } from '../../src/rules/dates';

const NOW = new Date('2026-11-23T10:00:00+01:00');
const SHOTS = join(ROOT, 'tests/browser/screenshots');

const suite = useBrowserSuite();
function requirePoppler() {
  for (const tool of ['pdftoppm', 'pdftotext']) {
    try {
      execSync(`command -v ${tool}`, { stdio: 'ignore', shell: '/bin/sh' });
    } catch {
      throw new Error(`${tool} is not installed: install poppler-utils (apt-get install -y poppler-utils); .ci/run installs it.`);
    }
  }
}

beforeAll(() => {
  requirePoppler();
  mkdirSync(SHOTS, { recursive: true });
});

async function planPage(answers: Record<string, unknown>, width = 1280): Promise<Page> {
  const ctx = await suite.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  await ctx.clock.setFixedTime(NOW);
  const page = await ctx.newPage();
  suite.track(ctx, page);
  await seedStorage(page, suite.server.url, { answers, position: 'plan' });
  await page.goto(`${suite.server.url}#/plan`);
  await wholePlan(page);
  await page.locator('#print-personal').waitFor();
  return page;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const DATE = /(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} \S+ \d{4}/g;

/** What the plan page shows: step titles, and per deadline its due date, its line and whether it passed. */
async function onScreen(page: Page) {
  return page.evaluate(() => {
    const titles = [...document.querySelectorAll('.step h3 label')].map((l) => (l.firstChild?.textContent ?? '').trim());
    const deadlines = [...document.querySelectorAll('.deadline')].map((d) => {
      const line = d.querySelector('.if-personal')?.textContent ?? '';
      return { line, due: /(\S+ \d{1,2} \S+ \d{4})$/.exec(line)?.[1] ?? '', passed: d.classList.contains('deadline-passed') };
    });
    const personal = [...document.querySelectorAll('.if-personal')].map((e) => e.textContent ?? '');
    const chrome = [...document.querySelectorAll('.site-header a, .site-header button, .site-footer a, .no-print a, .no-print button, .no-print label, .button-row button')].map((e) => (e.textContent ?? '').trim()).filter(Boolean);
    // The rest of the plan's text, without the personal parts, the due-date-only parts and what is never printed.
    const rest = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    for (const e of rest.querySelectorAll('.if-personal, .if-private, .no-print')) e.remove();
    return { titles, deadlines, personal, chrome, rest: rest.textContent ?? '', url: location.href.split('#')[0]! };
  });
}

/** page.pdf on A4 → text (pdftotext) and page images (pdftoppm -png -r 60), copied to the screenshots folder. */
async function printed(page: Page, name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-print-'));
  const pdf = join(dir, 'plan.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(dir, 'page')]);
  const pngs = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
  for (const f of pngs) copyFileSync(join(dir, f), join(SHOTS, `plan-print-${name}-${f}`));
  return { text: norm(text), pngs: pngs.map((f) => readFileSync(join(dir, f))) };
}

/** Share of pixels that are not (nearly) white, measured by the browser's own PNG decoder. */
async function inkShare(png: Buffer): Promise<number> {
  const page = await suite.browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) ink++;
      return ink / (px.length / 4);
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

/** An example answers file, migrated to the current schema (some are version 1). */
const answersFile = (f: string): Record<string, unknown> => {
  const file = JSON.parse(readFileSync(join(ROOT, 'tests/answers', f), 'utf8'));
  return migrateAnswers(file.version, file.answers);
};
/** The schema-2 questions these files do not answer, so the check page offers the plan. */
const V2_DONE = { 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee', 'dossier-gevraagd': 'nee' };
const SETS: Record<string, Record<string, unknown>> = {
  // TLV granted on 20 Oct 2026, parents disagree, meeting on 1 Dec 2026, OPP last discussed 2 Sep 2025.
  tlv: { situatie: ['tlv'], opp: 'ja', 'opp-besproken': '2025-09-02', 'opp-ingestemd': 'nee', onderzoek: 'oud', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-01', tekenen: 'ja', 'dossier-gezien': 'nee', jeugdhulp: 'nodig', 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-10-20', 'tlv-eens': 'nee', 'tlv-soort': 'so', 'tlv-plek': 'wachtlijst', vervoer: 'ja', klacht: 'nee', groep: 'groep-7-8', 'bezwaar-ingediend': 'nee', 'aanbod-geweigerd': 'nee', 'opp-onenigheid': 'geen', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-10-14' },
  // Removed on 23 Oct 2026: deadlines today and ahead.
  verwijderd: { ...answersFile('thuiszitten-verwijderd.json'), ...V2_DONE, 'verwijdering-besluit': 'schriftelijk', 'klacht-datum': 'weet-niet' },
  // At home since 31 Aug 2026 (no legal term runs from that day, issue 11 #6); the dossier asked on 20 Oct 2026 (passed
  // 20 Nov), a complaint filed on 16 Nov 2026 (due 14 Dec); meeting on 2 Dec 2026.
  wachtlijst: { ...answersFile('thuiszitten-wachtlijst.json'), ...V2_DONE, 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-10-20', klacht: 'ingediend', 'klacht-datum': '2026-11-16', 'dossier-gezien': 'nee', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-02' },
  // Registered in writing on 1 Sep 2026: the only deadline (the decision) has passed.
  aanmelden: { ...answersFile('aanmelden-schriftelijk-wachten.json'), 'aanmelding-datum': '2026-09-01' },
};

describe('the plan on A4 paper', () => {
  for (const [name, answers] of Object.entries(SETS)) {
    it(`${name}: every title and due date on screen is on the print, without menu or buttons; personal dates only when chosen`, async () => {
      const page = await planPage(answers);
      const screen = await onScreen(page);
      expect(screen.titles.length).toBeGreaterThan(2);
      expect(screen.deadlines.length).toBeGreaterThan(0);
      expect(screen.deadlines.every((d) => d.due !== '')).toBe(true);

      // Default: no personal details.
      const plain = await printed(page, `${name}-default`);
      for (const title of screen.titles) expect(plain.text, `title "${title}"`).toContain(norm(title));
      for (const d of screen.deadlines) expect(plain.text, `due date ${d.due}`).toContain(d.due);
      expect(plain.text).toContain('Gemaakt op maandag 23 november 2026');
      expect(plain.text).toContain('Je plan staat ook in de app op dit apparaat.');
      expect(plain.text).toContain(screen.url);
      // A menu word the plan's own printable text also uses is no sign of the menu on paper: since session 75 a step says
      // "hulp bij het leren van Nederlands" (A19), and "Nederlands" is the language menu's entry (CI 166 failed on that).
      const chrome = screen.chrome.filter((c) => !norm(screen.rest).includes(norm(c)));
      expect(chrome.length).toBeGreaterThan(8);
      for (const c of chrome) expect(plain.text, `menu, footer or button text "${c}"`).not.toContain(norm(c));
      // Dates of what happened (in the arithmetic, the meeting) are not on it, unless the same date is there for another reason.
      const elsewhere = norm(screen.rest) + screen.deadlines.map((d) => d.due).join(' ');
      const personalDates = [...new Set(screen.personal.flatMap((p) => p.match(DATE) ?? []))].filter((d) => !elsewhere.includes(d));
      expect(personalDates.length, 'this answer set has dates of events to leave out').toBeGreaterThan(0);
      for (const d of personalDates) expect(plain.text, `personal date ${d}`).not.toContain(d);
      for (const d of screen.deadlines) expect(plain.text).not.toContain(norm(d.line));

      expect(plain.pngs.length).toBeGreaterThan(0);
      // A short last page (a line or two, about 0.5% ink) is fine; a blank page has next to none.
      for (const png of plain.pngs) expect(await inkShare(png), 'a page of the print is blank').toBeGreaterThan(0.001);

      // Chosen: the full arithmetic lines and the meeting date are on the print.
      await page.locator('#print-personal').check();
      const full = await printed(page, `${name}-personal`);
      for (const d of screen.deadlines) expect(full.text, `line "${d.line}"`).toContain(norm(d.line));
      for (const d of personalDates) expect(full.text).toContain(d);
      for (const title of screen.titles) expect(full.text).toContain(norm(title));
      for (const c of chrome) expect(full.text).not.toContain(norm(c));
    });
  }
});

describe('the calendar file', () => {
  for (const [name, answers] of Object.entries(SETS)) {
    it(`${name}: the downloaded .ics has the due dates on screen that have not passed, each with a reminder`, async () => {
      const page = await planPage(answers, 360);
      const screen = await onScreen(page);
      const upcoming = screen.deadlines.filter((d) => !d.passed).map((d) => d.due);
      const passed = screen.deadlines.filter((d) => d.passed);
      const button = page.getByRole('button', { name: 'Zet de data in je agenda (.ics)' });
      if (!upcoming.length) {
        // Nothing ahead: no button, and the page says why.
        expect(passed.length).toBeGreaterThan(0);
        await page.getByText('Alle data in je plan zijn al voorbij.').waitFor();
        expect(await button.count()).toBe(0);
        return;
      }
      if (passed.length) await page.getByText(`${passed.length} ${passed.length === 1 ? 'datum is' : 'data zijn'} al voorbij. Die zetten we niet in je agenda.`).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      const ics = readFileSync(await download.path(), 'utf8');
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      const unfolded = ics.replace(/\r\n[ \t]/g, '');
      const dates = [...unfolded.matchAll(/^DTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})\r$/gm)].map((m) => formatDate(`${m[1]}-${m[2]}-${m[3]}`, 'nl'));
      expect(dates).toEqual(upcoming);
      expect(unfolded.match(/^BEGIN:VALARM\r$/gm)?.length).toBe(upcoming.length);
      await page.getByText('Het bestand staat bij je downloads').waitFor();
    });
  }
});

describe('the calendar id (src/app/calendar-key.ts, loaded with the plan page since session 57)', () => {
  const uids = (ics: string) => [...ics.replace(/\r\n[ \t]/g, '').matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]!);
  async function download(page: Page): Promise<string[]> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Zet de data in je agenda (.ics)' }).click()]);
    return uids(readFileSync(await file.path(), 'utf8'));
  }
  it('the same plan downloaded again keeps its event ids; after "Wis mijn gegevens" the plan gets a new id', async () => {
    const answers = SETS['tlv']!;
    const page = await planPage(answers, 360);
    const first = await download(page);
    expect(first.length).toBeGreaterThan(0);
    const id = await page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.calendar-id') ?? 'null') as string | null);
    expect(id).toMatch(/^[a-z0-9]{8,32}$/);
    for (const uid of first) expect(uid).toMatch(new RegExp(`-${id}@wegwijzer$`));
    expect(await download(page)).toEqual(first);

    await page.goto(`${suite.server.url}#/wissen`);
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    await page.getByText('Al je gegevens zijn gewist van dit apparaat.').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('wegwijzer.calendar-id'))).toBeNull();

    await seedStorage(page, suite.server.url, { answers, position: 'plan' });
    await page.goto(`${suite.server.url}#/plan`);
    await page.locator('#print-personal').waitFor();
    const again = await download(page);
    const newId = await page.evaluate(() => JSON.parse(localStorage.getItem('wegwijzer.calendar-id') ?? 'null') as string | null);
    expect(newId).toMatch(/^[a-z0-9]{8,32}$/);
    expect(newId).not.toBe(id);
    expect(again.map((u) => u.replace(`-${newId}@`, '@'))).toEqual(first.map((u) => u.replace(`-${id}@`, '@')));
  });
});

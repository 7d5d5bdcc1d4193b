/**
 * Session 81 (issue 17): the timeline's plan code (src/meeting/plan.ts, src/timeline/earlier.ts) is a file of its own,
 * timeline-plan-*.js, loaded only when the device holds logged events (src/app/timeline-code.ts, TimelineGate). A plan
 * without events comes without it; a plan with events waits for it and shows the timeline's steps, also when the events
 * arrive from another tab while the plan is open.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, wholePlan } from './harness';
import { useBrowserSuite } from './suite';
import { log } from '../unit/timeline-log';
import type { Answers } from '../../src/flow/answers';
import { ANSWERS_VERSION } from '../../src/flow/answers';

const suite = useBrowserSuite();
const example = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'tests/answers', name), 'utf8')) as { answers: Record<string, string | string[]> }).answers;

// The refusal answered on 10 November; the next school's registration and refusal logged (as tests/browser/share.test.ts).
const answers = { ...example('aanmelden-geweigerd.json'), 'weigering-datum': '2026-11-10' } as unknown as Answers;
const story = log(answers, [
  { id: 'r1', kind: 'aanmelding-verstuurd', date: '2026-11-16', parties: ['school'], how: 'brief', note: '' },
  { id: 'r2', kind: 'besluit-geweigerd', date: '2026-11-24', parties: ['school', 'bestuur'], how: 'brief', note: '' },
]);
const TIMELINE_STEP = 'Maak ook bezwaar tegen de weigering van dinsdag 10 november 2026';

/** A page at 360 px, without the service worker (it would fetch every file), on 30 November 2026, its app files listed. */
async function coldPage(): Promise<{ page: Page; files: string[] }> {
  const ctx = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  suite.track(ctx, page);
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00Z'));
  const files: string[] = [];
  page.on('request', (r) => {
    const m = /\/assets\/([^/?#]+)$/.exec(new URL(r.url()).pathname);
    if (m) files.push(m[1]!);
  });
  return { page, files };
}

async function seed(page: Page, data: { answers: Answers; timeline?: unknown }) {
  await page.goto(suite.server.url);
  await page.evaluate(({ answers, timeline, version }) => {
    localStorage.setItem('wegwijzer.answers', JSON.stringify({ version, answers, position: 'review', savedAt: '' }));
    if (timeline) localStorage.setItem('wegwijzer.timeline', JSON.stringify(timeline));
  }, { ...data, version: ANSWERS_VERSION });
  // Away, so the next visit starts the app afresh with what is stored (a hash change alone would keep this one).
  await page.goto('about:blank');
}

const timelineCode = (files: string[]) => files.filter((f) => /^timeline-plan-[\w-]+\.js$/.test(f));

describe('the timeline plan code loads only with a timeline', () => {
  it('a plan without events: its steps, and no timeline-plan-*.js', async () => {
    const { page, files } = await coldPage();
    await seed(page, { answers: story.answers });
    files.length = 0;
    await page.goto(`${suite.server.url}#/plan`);
    await wholePlan(page);
    await page.waitForTimeout(1500);
    expect(files.some((f) => /^shared-[\w-]+\.js$/.test(f))).toBe(true);
    expect(timelineCode(files)).toEqual([]);
    expect(await page.locator('.page-plan').innerText()).not.toContain(TIMELINE_STEP);
  });

  it('a plan with events opened cold: timeline-plan-*.js is fetched and the timeline\u2019s step is in the plan, never "Even laden" left', async () => {
    const { page, files } = await coldPage();
    await seed(page, { answers: story.answers, timeline: story.data });
    files.length = 0;
    await page.goto(`${suite.server.url}#/plan`);
    await wholePlan(page);
    expect(timelineCode(files).length).toBe(1);
    const text = await page.locator('.page-plan').innerText();
    expect(text).toContain(TIMELINE_STEP);
    expect(text).not.toContain('Even laden');
  });

  it('events logged in another tab while the plan is open: the plan takes in the timeline\u2019s step', async () => {
    const { page, files } = await coldPage();
    await seed(page, { answers: story.answers });
    await page.goto(`${suite.server.url}#/plan`);
    await wholePlan(page);
    expect(timelineCode(files)).toEqual([]);
    const other = await page.context().newPage();
    await other.goto(`${suite.server.url}#/begrippen`);
    await other.evaluate((data) => {
      localStorage.setItem('wegwijzer.answers', JSON.stringify(data.answers));
      localStorage.setItem('wegwijzer.timeline', JSON.stringify(data.timeline));
    }, { answers: { version: ANSWERS_VERSION, answers: story.answers, position: 'review', savedAt: '' }, timeline: story.data });
    await page.locator('.page-plan', { hasText: TIMELINE_STEP }).waitFor({ timeout: 15_000 });
    expect(timelineCode(files).length).toBe(1);
  });

  it('"Ik heb deze brief verstuurd" as the first event, the code still on its way: the confirmation stays, and a second tap logs no second event (failed before)', async () => {
    const { page, files } = await coldPage();
    await seed(page, { answers: story.answers });
    // The timeline's code held until the button is pressed (a slow line): before, the event was saved at once, the letter
    // page went to "Even laden" for the code and came back without the confirmation.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/timeline-plan-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${suite.server.url}#/brief/schriftelijke-aanmelding`);
    await page.getByRole('button', { name: 'Ik heb deze brief verstuurd' }).click();
    // A second tap while it waits logs nothing more (one letter, one event).
    await page.getByRole('button', { name: 'Ik heb deze brief verstuurd' }).click();
    release();
    await page.locator('.letter-sent [role="status"]', { hasText: 'In je tijdlijn gezet' }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1000);
    expect(await page.locator('.letter-sent [role="status"]').innerText()).toContain('In je tijdlijn gezet');
    expect(await page.getByRole('button', { name: 'Ik heb deze brief verstuurd' }).count()).toBe(0);
    expect(timelineCode(files).length).toBe(1);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('wegwijzer.timeline')))!).events).toHaveLength(1);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decode, encode, pack, type Shared } from '../../src/app/share';
import { withoutTimeline } from '../../src/ui/pages/SharePage';
import { planOf } from '../../src/ui/components/timelineDoor';
import type { Answers } from '../../src/flow/answers';
import { LANGUAGES } from '../../src/languages';
import { log } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';

/**
 * Session 37 (s37-tlv): a plan shared without "Zet ook mijn tijdlijn in de link" is built from the answers only; the terms
 * that come only from the timeline (here an earlier refusal's running 6 weeks for bezwaar, eerdere-weigering) cannot show,
 * and nothing on the shared view said so. The view now says it in one calm line (share37.noTimeline) whenever the link holds
 * no timeline. Neutral, for every such link: the link cannot tell whether the sender had one (older links are in use), and
 * saying that the sender keeps a timeline she did not send would tell the receiver something she did not choose to share.
 * The condition (withoutTimeline) failed before (no such function); the browser test (tests/browser/share.test.ts) shows it.
 */
const answers = (JSON.parse(readFileSync('tests/answers/aanmelden-geweigerd.json', 'utf8')) as { answers: Answers }).answers;
const TODAY = '2026-11-30';
const story = log({ ...answers, 'weigering-datum': '2026-11-10' } as Answers, [
  { id: 'r1', kind: 'aanmelding-verstuurd', date: '2026-11-16', parties: ['school'], how: 'brief', note: '' },
  { id: 'r2', kind: 'besluit-geweigerd', date: '2026-11-24', parties: ['school', 'bestuur'], how: 'brief', note: '' },
]);
const opened = async (payload: string): Promise<Shared> => {
  const d = await decode(payload);
  if (!('answers' in d)) throw new Error(`not decoded: ${JSON.stringify(d)}`);
  return d;
};

beforeAll(loadPlanTexts);

describe('the shared view says when the link holds no timeline (failed before)', () => {
  it('a link without the timeline (with or without dates): the line shows, and the plan indeed lacks the timeline\'s term', async () => {
    for (const includePersonal of [false, true]) {
      const shared = await opened(await encode(story.answers, { includePersonal }));
      expect(withoutTimeline(shared)).toBe(true);
    }
    const shared = await opened(await encode(story.answers, { includePersonal: true }));
    expect(planOf({ answers: shared.answers, timeline: shared.timeline }, TODAY).steps.map((s) => s.id)).not.toContain('eerdere-weigering');
  });

  it('a link with the timeline: no line (its plan has the term)', async () => {
    const shared = await opened(await encode(story.answers, { timeline: story.data }));
    expect(withoutTimeline(shared)).toBe(false);
    expect(planOf({ answers: shared.answers, timeline: shared.timeline }, TODAY).steps.map((s) => s.id)).toContain('eerdere-weigering');
  });

  it('the sender had no events (an empty timeline goes in no link), and an old version 1 link: the line shows', async () => {
    expect(withoutTimeline(await opened(await encode(story.answers, { timeline: { events: [], base: {} } })))).toBe(true);
    expect(withoutTimeline(await opened(await pack({ a: story.answers }, 1)))).toBe(true);
  });

  it.each(LANGUAGES.map((l) => l.code))('%s: the line is there, short, without a placeholder', (lang) => {
    const text = tFor(lang)('share37.noTimeline');
    expect(text).not.toMatch(/share37|\{\{/);
    expect(text.length).toBeGreaterThan(80);
    expect(text.length).toBeLessThan(400);
  });
});

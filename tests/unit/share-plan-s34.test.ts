import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { planOf } from '../../src/ui/components/timelineDoor';
import { decode, encode } from '../../src/app/share';
import type { Answers } from '../../src/flow/answers';
import { log } from './timeline-log';

/**
 * A plan shared with its timeline ("Zet ook mijn tijdlijn in de link") showed the answers' plan only: the
 * steps the timeline adds were missing for the steunpunt worker who opened it, among them an earlier
 * refusal's running 6 weeks for bezwaar. The shared view now builds the plan as the parent's own page does,
 * from the link's answers and the link's timeline, never from the viewer's own timeline.
 */
const answers = (JSON.parse(readFileSync('tests/answers/aanmelden-geweigerd.json', 'utf8')) as { answers: Answers }).answers;
const TODAY = '2026-11-30';
// The refusal answered on 10 November; a registration at the next school and its refusal logged.
const story = log({ ...answers, 'weigering-datum': '2026-11-10' } as Answers, [
  { id: 'r1', kind: 'aanmelding-verstuurd', date: '2026-11-16', parties: ['school'], how: 'brief', note: '' },
  { id: 'r2', kind: 'besluit-geweigerd', date: '2026-11-24', parties: ['school', 'bestuur'], how: 'brief', note: '' },
]);
const ids = (p: ReturnType<typeof planOf>) => p.steps.map((s) => s.id);

describe('a shared plan with its timeline (failed before: the shared view ignored the timeline)', () => {
  it('the parent\'s own plan has the earlier refusal\'s 6 weeks', () => {
    const own = planOf({ answers: story.answers, timeline: story.data }, TODAY);
    expect(own.steps.find((s) => s.id === 'eerdere-weigering')?.deadline).toMatchObject({ start: '2026-11-10', due: '2026-12-22', certain: true });
  });

  it('the link carries the timeline, and the plan built from the link is the parent\'s own', async () => {
    const link = await encode(story.answers, { timeline: story.data });
    const shared = await decode(link);
    expect('answers' in shared && shared.timeline?.events.length).toBe(2);
    if (!('answers' in shared)) throw new Error('not decoded');
    const viewed = planOf({ answers: shared.answers, timeline: shared.timeline }, TODAY);
    expect(ids(viewed)).toEqual(ids(planOf({ answers: story.answers, timeline: story.data }, TODAY)));
    expect(ids(viewed)).toContain('eerdere-weigering');
  });

  it('a link without the timeline: the answers\' plan', () => {
    expect(ids(planOf({ answers: story.answers, timeline: undefined }, TODAY))).not.toContain('eerdere-weigering');
  });
});

/**
 * Session 50: a removal letter the plan's own bezwaar step counts from never gets a second step of its own, while its 6
 * weeks run or after (002:846-850; C09). Session 49's review (lawyer-s49-changes D3) mended this only once the term had
 * passed: removal letters on 2 and 16 November, then the board's call on 20 November (logged "Telefoon"), and on 25
 * November the plan showed bezwaar-verwijdering AND eerdere-verwijdering-2, both counting from 2 November, both open: the
 * same decision twice under "Nu doen", the second with texts that say a later letter came after it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import type { Plan } from '../../src/rules/plan';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { ev, log } from './timeline-log';
import { appOf, planAtApp } from './app-story';
import { loadPlanTexts } from './plan-texts';

beforeAll(loadPlanTexts);

const hv = { situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10', 'hv-wil-weg': 'ja' } as unknown as Answers;
const story = () => log(hv, [ev('r0', 'verwijdering-besluit', '2026-11-02', 'brief'), ev('r1', 'verwijdering-besluit', '2026-11-16', 'brief'), ev('r2', 'verwijdering-besluit', '2026-11-20', 'telefoon')]);
/** Steps with a term counting from `day`, the GPO's (which counts from the same decision by its own rule) left out. */
const from = (p: Plan, day: string) => p.steps.filter((x) => x.deadline?.start === day && x.id !== 'geschillencommissie').map((x) => `${x.id}:${x.deadline!.status}`);

describe('removal letters, then a call: the letter the plan counts from has one step', () => {
  for (const today of ['2026-11-25', '2026-12-14', '2026-12-15'] as const) {
    it(`on ${today}`, () => {
      const p = planAtApp(story(), today);
      const own = p.steps.find((x) => x.id === 'bezwaar-verwijdering');
      expect(own?.deadline?.start).toBe('2026-11-02');
      expect(from(p, '2026-11-02').map((x) => x.split(':')[0])).toEqual(['bezwaar-verwijdering']);
      // The later letter (16 November) keeps its own term while it runs (28 December), as without the call: the step that asks
      // whether it is a new decision (latere-verwijdering, lawyer-s50-removal D2).
      if (today < '2026-12-29') expect(from(p, '2026-11-16')).toEqual(['latere-verwijdering:upcoming']);
      // The gesprekskaart lists the 2 November term once.
      expect(cardOf(appOf(story()), today).dates.filter((d) => d.due === '2026-12-14' && d.step !== 'geschillencommissie').length).toBe(1);
    });
  }
});

/**
 * Session 50 (lawyer-s50-removal D5): a letter, a registration at another school, then that school's removal by phone. The
 * letter's passed term stays, passed, while the 6 weeks that may run from the call do, as a passed earlier decision stays
 * while a later one runs (session 49); but only for a parent who did not object since the letter. A bezwaar answered in
 * the questions ("bezwaar ingediend: ja", its day unknown) keeps it away, as for refusals (lawyer-s49-changes D1): "the 6
 * weeks are over" is wrong for a parent who objected.
 */
describe('a letter, then a removal by phone at the next school: the letter\'s passed term', () => {
  const story = () => log(hv, [ev('r0', 'verwijdering-besluit', '2026-11-02', 'brief'), ev('g0', 'aanmelding-ontvangen', '2026-11-10', 'e-mail'), ev('r1', 'verwijdering-besluit', '2026-11-20', 'telefoon')]);
  const letter = (p: Plan) => p.steps.filter((x) => x.deadline?.start === '2026-11-02' && x.id !== 'geschillencommissie').map((x) => `${x.id}:${x.deadline!.status}`);
  it('is told from 15 December while the call\'s possible term runs (to 1 January), then not', () => {
    expect(letter(planAtApp(story(), '2026-12-14'))).toEqual(['eerdere-verwijdering:today']);
    expect(letter(planAtApp(story(), '2026-12-15'))).toEqual(['eerdere-verwijdering:passed']);
    expect(letter(planAtApp(story(), '2027-01-01'))).toEqual(['eerdere-verwijdering:passed']);
    expect(letter(planAtApp(story(), '2027-01-02'))).toEqual([]);
  });
  it('is not told after a bezwaar answered in the questions (its day unknown)', () => {
    const s = story();
    const objected = { ...s, answers: { ...s.answers, 'bezwaar-ingediend': 'ja' } as Answers };
    expect(letter(planAtApp(objected, '2026-12-15'))).toEqual([]);
  });
  it('is not told after a bezwaar logged on paper since the letter', () => {
    const s = log(hv, [ev('r0', 'verwijdering-besluit', '2026-11-02', 'brief'), ev('g0', 'aanmelding-ontvangen', '2026-11-10', 'e-mail'), ev('b0', 'bezwaar-ingediend', '2026-11-12', 'brief'), ev('r1', 'verwijdering-besluit', '2026-11-20', 'telefoon')]);
    expect(letter(planAtApp(s, '2026-12-15'))).toEqual([]);
  });
});

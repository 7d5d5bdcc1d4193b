/**
 * Session 54 (s54-schorsing): a parents' lawyer reads the suspension (schorsing) steps months later: what the plan and its
 * first screen ("Eerst dit") say 2 days, 2 weeks and 3 months after a suspension's first day, logged in the timeline or
 * answered in the questions, with and without a removal decision logged later (app-story.ts agreeingPlan: the plan page,
 * the first screen, the calendar and the gesprekskaart agree).
 *
 * Stories (our own dates; 14 Sep 2026 is a Monday):
 *   1  a child in groep 5 whose school wants it gone (no "thuis" answers), a suspension logged on 14 Sep. Read on 16 Sep,
 *      28 Sep and 14 Dec.
 *   2  story 1 with a removal decision on paper logged on 2 Nov. Read on 28 Sep, 20 Nov and 10 Dec.
 *   3  the same suspension answered in the questions (at home since 14 Sep, reason "geschorst", first day 14 Sep).
 *   4  a child at home since 1 Jun 2026 because it cannot go (thuis-reden "kan-niet"), then suspended: a suspension logged
 *      on 14 Sep (and in 4b a second one on 21 Sep).
 * Terms from ../shared/FACTS.md, not from the code: a suspension in primary school lasts at most one week (C10; 002:2362),
 * so the week of 14 Sep ends Monday 21 Sep; a removal's bezwaar 6 weeks from the decision (C09; 002:846-850): 2 Nov to
 * Monday 14 Dec. Suspending too long breaks the law and can count at the Geschillencommissie (C11; 002:2303-2307).
 * What counts as a thuiszitter, and whether days at home for illness count toward a suspension, is not in the sources
 * (FACTS §X.7, §X.16).
 *
 * D1 (fixed): once the week has passed, schorsing-einde stays the first action on the first screen for months. The app has
 * no "back at school" event. For a child still at home that is right (it is then a thuiszitter and the school breaks C10);
 * for a child back at school it is noise above the removal's bezwaar. Its late text said only "the suspension lasts longer
 * than a week", and ticking the step as done ("Gedaan") left it on the first screen: firstThings read no ticks. Fixed:
 * the late text asks whether the child is back at school and says to tick the step then; a step ticked as done whose term
 * has passed is no first action (src/ui/firstThings.ts, its `ticks`; PlanPage passes the app's ticks). A running term is
 * never dropped by a tick. No date changed. The order stays: a running filing term (the bezwaar) is on the first screen in
 * every reading (the next date, or the second action in its last 14 days: order.ts rule 2a).
 * D2 (fixed): schorsing-te-lang ("Langer dan een week geschorst?", a first-screen alert) showed on the suspension's first day
 * for a child the parent said was at home since June because it could not go (kan-niet). Its rule (suspendedTooLong) reads
 * "at home more than a week, the suspension's own week runs" as maybe one long suspension or suspensions one after the
 * other. But the parent's own answer says why the child was home before: not a suspension. C10 limits the suspension, the
 * board's measure (002:2362); days a child stayed home because it could not go are not one. Fixed in withEvents
 * (src/meeting/plan.ts): the warning goes when the questionnaire's own reason is kan-niet or nergens and the suspension
 * was logged; suspensions logged one after the other still give it (suspensionChainTooLong). Kept for a reason where the
 * school may have kept the child home (niet-welkom, verwijderd, wachtlijst, anders) and for a suspension answered in the
 * questions (the parent's answers then say "at home because suspended" since before the suspension's first day).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan, PlanStep } from '../../src/rules/plan';
import type { TimelineEvent } from '../../src/timeline/model';
import { tickKey } from '../../src/ui/tickKey';
import { log } from './timeline-log';
import { agreeingPlan, type Story } from './app-story';
import { loadPlanTexts } from './plan-texts';
import { A, dutch, E, firstScreen, step, warnings } from './lawyer-kit';

beforeAll(loadPlanTexts);

const late = (s: PlanStep) => dutch(s, 'late');
/** The tick a parent sets on the plan page for the suspension's step ("Gedaan"). */
const backAtSchool = (p: Plan): Record<string, true> => ({ [tickKey(step(p, 'schorsing-einde')!)]: true });

const HV = { situatie: ['handelingsverlegen'], opp: 'ja', groep: 'groep-3-6', 'hv-wil-weg': 'ja' };
const story1 = (): Story => log(A(HV), [E('schorsing', '2026-09-14')]);
const story2 = (): Story => log(A(HV), [E('schorsing', '2026-09-14'), E('verwijdering-besluit', '2026-11-02')]);
const TH = { situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'schorsing-datum': '2026-09-14', 'thuis-sinds': '2026-09-14', 'thuis-hoeveel': 'helemaal', ingeschreven: 'ja', groep: 'groep-3-6' };
const story3 = (): Story => log(A(TH), []);
const HOME = { situatie: ['thuiszitten'], 'thuis-reden': 'kan-niet', 'thuis-sinds': '2026-06-01', 'thuis-hoeveel': 'helemaal', ingeschreven: 'ja', groep: 'groep-3-6' };

describe('D1: a suspension whose week has passed, read weeks and months later', () => {
  it('2 days in (16 Sep): the week ends Monday 21 Sep, the next date; no "too long"', () => {
    for (const s of [story1(), story3()]) {
      const p = agreeingPlan(s, '2026-09-16');
      expect(step(p, 'schorsing-einde')!.deadline).toMatchObject({ start: '2026-09-14', due: '2026-09-21', status: 'upcoming' });
      expect(firstScreen(p)).toMatchObject({ next: 'schorsing-einde 2026-09-21', alerts: [] });
    }
  });

  it('2 weeks and 3 months in, not ticked: the passed week stays the first action (the child may still be at home)', () => {
    for (const s of [story1(), story3()]) {
      for (const today of ['2026-09-28', '2026-12-14'] as const) {
        const p = agreeingPlan(s, today);
        expect(step(p, 'schorsing-einde')!.deadline).toMatchObject({ due: '2026-09-21', status: 'passed' });
        expect(firstScreen(p).actions[0]).toBe('schorsing-einde');
      }
    }
  });

  it('its late text asks whether the child is back at school, says to tick the step then, and still says a longer suspension is not allowed', () => {
    const text = late(step(agreeingPlan(story1(), '2026-12-14'), 'schorsing-einde')!);
    expect(text).toMatch(/Is je kind weer naar school\?/);
    expect(text).toMatch(/[Vv]ink .*aan/);
    expect(text).toMatch(/Zit je kind nog thuis\?/);
    expect(text).toMatch(/Dat mag niet in het basisonderwijs/);
  });

  it('ticked as done ("back at school"), the passed week is no first action any more, logged or answered', () => {
    for (const s of [story1(), story3()]) {
      for (const today of ['2026-09-28', '2026-12-14'] as const) {
        const p = agreeingPlan(s, today);
        expect(firstScreen(p, backAtSchool(p)).actions).not.toContain('schorsing-einde');
        expect(firstScreen(p, backAtSchool(p)).actions).toHaveLength(2);
      }
    }
  });

  it('a tick never takes a running term off the first screen: ticked on 16 Sep, the week (to 21 Sep) is still the next date', () => {
    const p = agreeingPlan(story1(), '2026-09-16');
    const ticked = firstScreen(p, backAtSchool(p));
    expect(ticked.next).toBe('schorsing-einde 2026-09-21');
  });

  it('a new suspension is not ticked by the old tick (the tick is for the suspension of 14 Sep; read 16 Dec)', () => {
    const old = agreeingPlan(story1(), '2026-12-14');
    const again = agreeingPlan(log(A(HV), [E('schorsing', '2026-09-14'), E('schorsing', '2026-12-07')]), '2026-12-16');
    expect(step(again, 'schorsing-einde')!.deadline).toMatchObject({ start: '2026-12-07', due: '2026-12-14', status: 'passed' });
    expect(firstScreen(again, backAtSchool(old)).actions[0]).toBe('schorsing-einde');
  });

  it('with a removal decision (2 Nov): its bezwaar (to 14 Dec) is on the first screen at every reading, and the first action once the week is ticked', () => {
    const s = story2();
    const p1 = agreeingPlan(s, '2026-11-20');
    expect(step(p1, 'bezwaar-verwijdering')!.deadline).toMatchObject({ start: '2026-11-02', due: '2026-12-14', status: 'upcoming' });
    expect(firstScreen(p1).next).toBe('bezwaar-verwijdering 2026-12-14');
    expect(firstScreen(p1, backAtSchool(p1)).next).toBe('bezwaar-verwijdering 2026-12-14');
    const p2 = agreeingPlan(s, '2026-12-10');
    // In its last 14 days the bezwaar is an action (order.ts rule 2a), after the passed week when not ticked.
    expect(firstScreen(p2).actions).toEqual(['schorsing-einde', 'bezwaar-verwijdering']);
    expect(firstScreen(p2, backAtSchool(p2)).actions[0]).toBe('bezwaar-verwijdering');
    expect(firstScreen(p2, backAtSchool(p2)).next).toBe('bezwaar-verwijdering 2026-12-14');
  });
});

describe('D2: schorsing-te-lang for a child already at home for another reason', () => {
  const story4 = (events: TimelineEvent[]): Story => log(A(HOME), events);

  it('at home since June because it cannot go, suspended on 14 Sep: no "longer than a week suspended?" in the suspension\'s week', () => {
    for (const today of ['2026-09-14', '2026-09-18'] as const) {
      const p = agreeingPlan(story4([E('schorsing', '2026-09-14')]), today);
      expect(step(p, 'schorsing-einde')!.deadline).toMatchObject({ start: '2026-09-14', due: '2026-09-21' });
      expect(warnings(p)).not.toContain('schorsing-te-lang');
      expect(firstScreen(p).alerts).not.toContain('schorsing-te-lang');
    }
  });

  it('the same child suspended again on 21 Sep: two suspensions one after the other, longer than a week, still warned (23 Sep)', () => {
    const p = agreeingPlan(story4([E('schorsing', '2026-09-14'), E('schorsing', '2026-09-21')]), '2026-09-23');
    expect(warnings(p)).toContain('schorsing-te-lang');
  });

  it('kept: the school kept the child out before ("niet welkom"), then suspended it: whether that was one long suspension is asked', () => {
    const p = agreeingPlan(log(A({ ...HOME, 'thuis-reden': 'niet-welkom' }), [E('schorsing', '2026-09-14')]), '2026-09-14');
    expect(warnings(p)).toContain('schorsing-te-lang');
  });

  it('kept: answered in the questions, at home since June because suspended, the suspension\'s first day 14 Sep', () => {
    const p = agreeingPlan(log(A({ ...HOME, 'thuis-reden': 'geschorst', 'schorsing-datum': '2026-09-14' }), []), '2026-09-14');
    expect(warnings(p)).toContain('schorsing-te-lang');
  });
});

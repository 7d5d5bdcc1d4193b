/**
 * Session 45: what two fresh lawyer reviews found (tests/scenarios/035-datums-s45.yaml, 036-verhalen-s45.yaml), at the level
 * of the rules: an extension the school told after its 6 weeks had ended, suspensions one right after the other, and a
 * suspended child at home for weeks with the suspension's first day unknown. The scenarios hold the plans; these hold the
 * pieces (the timeline's answers and "te laat?", older stored data, the warning's edges). Each "(failed before)" test failed
 * on the build before this session's change.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { buildPlan } from '../../src/rules/plan';
import { suspendedTooLong } from '../../src/rules/steps/warnings';
import { factsFrom } from '../../src/rules/facts';
import { CURRENT_RULES, upgradeStored, type TimelineData } from '../../src/timeline/model';
import { LATE_EXTENSION_NOTE, suspensionChainTooLong } from '../../src/timeline/earlier';
import { ev, flags, log, planAt } from './timeline-log';

const A = (a: Record<string, unknown>) => a as unknown as Answers;
const REGISTERED = A({ situatie: ['aanmelden'] });

describe('an extension logged after the admission\'s 6 weeks had ended (s035-verlenging-na-zes-weken)', () => {
  const late = () => log(REGISTERED, [ev('r', 'aanmelding-ontvangen', '2026-10-05', 'e-mail'), ev('x', 'besluit-verlengd', '2026-11-20', 'brief')]);
  const inTime = () => log(REGISTERED, [ev('r', 'aanmelding-ontvangen', '2026-10-05', 'e-mail'), ev('x', 'besluit-verlengd', '2026-11-10', 'brief')]);

  it('is not counted as given: the answer is "weet ik niet", the 6 weeks have passed, the 10-week day may still be claimed (failed before)', () => {
    const s = late();
    expect(s.answers['aanmelding-verlengd']).toBe('weet-niet');
    const step = planAt(s, '2026-11-30').steps.find((x) => x.id === 'besluit-aanmelding');
    expect(step?.deadline).toMatchObject({ start: '2026-10-05', due: '2026-11-16', status: 'passed', maybeExtendedTo: '2026-12-14' });
    // The step says the letter came late and whom to ask.
    expect(step?.note).toBe(LATE_EXTENSION_NOTE);
    expect(step?.params['verlengd']).toBe('2026-11-20');
  });

  it('the timeline\'s "te laat?" counts the same: late since 17 November (failed before: no flag until 15 December)', () => {
    const f = flags(late(), '2026-11-30').find((x) => x.id === 'besluit-aanmelding');
    // Late since 17 November, or from 15 December if the late extension holds.
    expect(f).toMatchObject({ start: '2026-10-05', due: '2026-11-16', daysLate: 14, orLater: '2026-12-14' });
    // Once the 10-week day has passed too, the school is late either way.
    const after = flags(late(), '2026-12-20').find((x) => x.id === 'besluit-aanmelding');
    expect(after).toMatchObject({ due: '2026-11-16', daysLate: 34 });
    expect(after?.orLater).toBeUndefined();
  });

  it('guard: an extension within the 6 weeks holds: 10 weeks, certain, no note, no flag before 15 December', () => {
    const s = inTime();
    expect(s.answers['aanmelding-verlengd']).toBe('ja');
    const step = planAt(s, '2026-11-30').steps.find((x) => x.id === 'besluit-aanmelding');
    expect(step?.deadline).toMatchObject({ due: '2026-12-14', status: 'upcoming', certain: true });
    expect(step?.note).toBeUndefined();
    expect(flags(s, '2026-12-14').find((x) => x.id === 'besluit-aanmelding')).toBeUndefined();
    expect(flags(s, '2026-12-15').find((x) => x.id === 'besluit-aanmelding')).toMatchObject({ due: '2026-12-14' });
  });

  it('guard: the extension logged on the 6-week day itself holds', () => {
    const s = log(REGISTERED, [ev('r', 'aanmelding-ontvangen', '2026-10-05', 'e-mail'), ev('x', 'besluit-verlengd', '2026-11-16', 'brief')]);
    expect(s.answers['aanmelding-verlengd']).toBe('ja');
  });

  it('data sessions 43-44 stored ("ja", their mark) is read by the new rule once; a "ja" the parent answers afterwards stays (failed before)', () => {
    const now = late();
    // As a session-43/44 version stored it: its rules wrote "ja", and its mark was 'regels-s43'.
    const { [CURRENT_RULES]: _mark, ...base } = now.data.base;
    const old: TimelineData = { events: now.data.events, base: { ...base, 'regels-s43': null } };
    const stored = A({ ...now.answers, 'aanmelding-verlengd': 'ja' });
    const up = upgradeStored(stored, old);
    expect(up?.answers['aanmelding-verlengd']).toBe('weet-niet');
    expect(CURRENT_RULES in up!.data.base).toBe(true);
    expect(upgradeStored(up!.answers, up!.data)).toBeUndefined();
    // She then answers in the questions that the school did extend: that answer is hers and stays.
    const hers = A({ ...up!.answers, 'aanmelding-verlengd': 'ja' });
    expect(upgradeStored(hers, up!.data)).toBeUndefined();
  });
});

describe('suspended for more than a week (s035-geschorst-vier-weken-datum-onbekend, s036-twee-schorsingen-achter-elkaar)', () => {
  const HOME = { situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': '2027-01-11', 'schorsing-datum': 'weet-niet', 'thuis-hoeveel': 'helemaal' };
  const warned = (a: Record<string, unknown>, today: string) => buildPlan(A(a), today).warnings.some((w) => w.id === 'schorsing-te-lang');

  it('at home since a day more than a week ago, the first day of the suspension unknown: the warning (failed before)', () => {
    expect(warned(HOME, '2027-02-08')).toBe(true);
    expect(suspendedTooLong(factsFrom(A(HOME), '2027-01-19'))).toBe(true);
  });

  it('guards: within the week; not suspended; the suspension\'s own week passed (its step says so then)', () => {
    expect(warned(HOME, '2027-01-18')).toBe(false);
    expect(warned({ ...HOME, 'thuis-reden': 'niet-welkom' }, '2027-02-08')).toBe(false);
    const passed = { ...HOME, 'schorsing-datum': '2027-01-11' };
    expect(warned(passed, '2027-02-08')).toBe(false);
    expect(buildPlan(A(passed), '2027-02-08').steps.find((s) => s.id === 'schorsing-einde')?.deadline?.status).toBe('passed');
  });

  it('a suspension whose own week still runs after an earlier stretch at home: the warning', () => {
    expect(warned({ ...HOME, 'thuis-sinds': '2026-10-05', 'schorsing-datum': '2026-10-12' }, '2026-10-16')).toBe(true);
    expect(warned({ ...HOME, 'thuis-sinds': '2026-10-12', 'schorsing-datum': '2026-10-12' }, '2026-10-16')).toBe(false);
  });

  it('two suspensions logged one right after the other: the timeline adds the warning (failed before)', () => {
    const s = log(A({ situatie: ['handelingsverlegen'] }), [ev('a', 'schorsing', '2026-10-05', 'brief'), ev('b', 'schorsing', '2026-10-12', 'brief')]);
    expect(suspensionChainTooLong(s.data.events, buildPlan(s.answers, '2026-10-16'))).toBe(true);
    expect(planAt(s, '2026-10-16').warnings.map((w) => w.id)).toContain('schorsing-te-lang');
    // Session 47 (s042-yara-schorsingen-aan-elkaar): the step counts the week from the chain's first day (passed: "back at
    // once"); before, from the latest letter (19 October), which the first screen named as the next date.
    expect(planAt(s, '2026-10-16').steps.find((x) => x.id === 'schorsing-einde')?.deadline).toMatchObject({ start: '2026-10-05', due: '2026-10-12', status: 'passed' });
  });

  it('guards: suspensions weeks apart; a single one; the latest one\'s week passed (its step says so)', () => {
    const apart = log(A({ situatie: ['handelingsverlegen'] }), [ev('a', 'schorsing', '2026-10-05', 'brief'), ev('b', 'schorsing', '2026-11-02', 'brief')]);
    expect(suspensionChainTooLong(apart.data.events, buildPlan(apart.answers, '2026-11-04'))).toBe(false);
    expect(planAt(apart, '2026-11-04').warnings.map((w) => w.id)).not.toContain('schorsing-te-lang');
    const one = log(A({ situatie: ['handelingsverlegen'] }), [ev('a', 'schorsing', '2026-10-05', 'brief')]);
    expect(suspensionChainTooLong(one.data.events, buildPlan(one.answers, '2026-10-09'))).toBe(false);
    const chain = log(A({ situatie: ['handelingsverlegen'] }), [ev('a', 'schorsing', '2026-10-05', 'brief'), ev('b', 'schorsing', '2026-10-12', 'brief')]);
    expect(suspensionChainTooLong(chain.data.events, buildPlan(chain.answers, '2026-10-26'))).toBe(false);
  });
});

/**
 * Session 84 (s84-blind): the scenario checker's `anyDeadline` ignored every field but `certain` and `start`, without a
 * word. `anyDeadline: { due: '2027-08-30' }` under mustNot (070-blind-s84, story 02: no rule moves the admission's last
 * day to the first school day after the summer) then meant "no deadline at all" and failed on the correct 12 August;
 * under `must` it would pass on any date. Session 69 had met the same trap with `status` (055-blind-s69.yaml), and four
 * older expectations carried a `status` that did nothing. Now `due` and `status` are matched and an unknown field is an
 * error when the file is loaded.
 */
import { describe, expect, it } from 'vitest';
import { check, validateScenario, type Context, type Expectation, type PlanDeadline } from '../scenarios/suite';

const deadline = (due: string, status: string, certain = true): PlanDeadline => ({ start: '2027-07-01', amount: 6, unit: 'weeks', due, daysLeft: 38, status, certain });

const ctx: Context = {
  plan: {
    steps: [
      { id: 'besluit-aanmelding', group: 'binnenkort', deadline: deadline('2027-08-12', 'upcoming') },
      { id: 'dossier-herinneren', group: 'nu', deadline: deadline('2027-07-01', 'passed', false) },
    ],
    warnings: [],
  },
  markdown: '',
  textOf: () => undefined,
};

const scenario = (mustNot: unknown[]) => ({
  id: 's084-unit', title: 't', sources: ['FACTS A04'], story: 's', today: '2027-07-05',
  answers: { situatie: ['aanmelden'] }, must: [{ step: 'besluit-aanmelding' }], mustNot,
});

describe('anyDeadline matches due and status (s84-blind)', () => {
  it('a mustNot on another due date passes when the plan has only the right date', () => {
    const e = { anyDeadline: { due: '2027-08-30' } } as Expectation;
    expect(check(e, ctx, true)).toBeUndefined();
    expect(check(e, ctx, false)).toBe('no such deadline');
  });

  it('a due date the plan has is found, and only that step is named', () => {
    const e = { anyDeadline: { due: '2027-08-12' } } as Expectation;
    expect(check(e, ctx, false)).toBeUndefined();
    const reason = check(e, ctx, true) ?? '';
    expect(reason).toContain('besluit-aanmelding');
    expect(reason).not.toContain('dossier-herinneren');
  });

  it('status is matched together with certain', () => {
    expect(check({ anyDeadline: { status: 'upcoming', certain: true } } as Expectation, ctx, false)).toBeUndefined();
    expect(check({ anyDeadline: { status: 'passed', certain: true } } as Expectation, ctx, false)).toBe('no such deadline');
    expect(check({ anyDeadline: { status: 'passed', certain: false } } as Expectation, ctx, false)).toBeUndefined();
  });

  it('an unknown field or status is an error when the scenario is loaded', () => {
    expect(() => validateScenario(scenario([{ anyDeadline: { dueDate: '2027-08-30' } }]), 'x.yaml')).toThrow(/unknown field anyDeadline\.dueDate/);
    expect(() => validateScenario(scenario([{ anyDeadline: { status: 'soon' } }]), 'x.yaml')).toThrow(/anyDeadline\.status/);
    expect(() => validateScenario(scenario([{ anyDeadline: { due: '2027-02-30' } }]), 'x.yaml')).toThrow(/anyDeadline\.due/);
    expect(() => validateScenario(scenario([{ anyDeadline: { due: '2027-08-30', status: 'upcoming' } }, { anyDeadline: true }]), 'x.yaml')).not.toThrow();
  });
});

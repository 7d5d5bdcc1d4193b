/**
 * Session 76 (s76-holiday): terms that run through the kerstvakantie but end just after it, and a last day on a weekend or
 * public holiday. The stories are in tests/scenarios/062-holiday-s76.yaml. The tests marked "(failed before)" failed on
 * 55e91588, the tree before this session's change (src/rules/holidays.ts did not exist; no step had a note for a term
 * ending 10-16 January or on a day off).
 * 1. A bezwaar or Geschillencommissie term ending 10-16 January with at least 7 of its days in 18 December - 9 January: a
 *    note at each step (ui holiday76.bezwaarNaKerst, gpoNaKerst) and one line on the first screen (firstHolidayNaKerst),
 *    not beside the "rond de kerstvakantie" line.
 * 2. A last day on a Saturday, Sunday or Dutch public holiday: a third note (dayOffNote: ui holiday76.dagWeekend,
 *    dagFeestdag). No source moves such a day (the Algemene termijnenwet is in none): the date never moves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan, DAY_OFF_NOTES, DAY_OFF_NOTES_BESIDE_HOLIDAY, holidayWindow, stepNotes, withHolidayNotes, type PlanStep } from '../../src/rules/plan';
import { dayOff, easterSunday, publicHolidays, workingDayBefore } from '../../src/rules/holidays';
import { deadline } from '../../src/rules/deadlines';
import { addDays } from '../../src/rules/calendar';
import { firstScreenParts, firstThings } from '../../src/ui/firstThings';
import type { Answers } from '../../src/flow/answers';

const answers = (JSON.parse(readFileSync('tests/answers/aanmelden-geweigerd.json', 'utf8')) as { answers: Answers }).answers;
const refusal = (decision: string, today: string) => buildPlan({ ...answers, 'weigering-datum': decision }, today);
const step = (plan: ReturnType<typeof buildPlan>, id: string): PlanStep => {
  const s = plan.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id}`);
  return s;
};
const holidayLines = (plan: ReturnType<typeof buildPlan>): string[] => firstScreenParts(firstThings(plan)).flatMap((p) => (p.part === 'holiday' ? [p.key] : []));

describe('the public holidays (src/rules/holidays.ts, not from the sources)', () => {
  it('Easter Sunday, computed', () => {
    expect(['2019', '2024', '2025', '2026', '2027', '2028', '2029'].map((y) => easterSunday(Number(y)))).toEqual(['2019-04-21', '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01']);
  });
  it('2026-2029, each holiday by day', () => {
    const years = [2026, 2027, 2028, 2029].map((y) => [...publicHolidays(y)].map(([d, n]) => `${d} ${n}`));
    expect(years[1]).toEqual([
      '2027-01-01 nieuwjaarsdag',
      '2027-03-28 eerste-paasdag',
      '2027-03-29 tweede-paasdag',
      '2027-04-27 koningsdag',
      '2027-05-05 bevrijdingsdag',
      '2027-05-06 hemelvaartsdag',
      '2027-05-16 eerste-pinksterdag',
      '2027-05-17 tweede-pinksterdag',
      '2027-12-25 eerste-kerstdag',
      '2027-12-26 tweede-kerstdag',
    ]);
    expect(years[0]).toContain('2026-05-14 hemelvaartsdag');
    expect(years[0]).toContain('2026-05-25 tweede-pinksterdag');
    expect(years[2]).toContain('2028-04-17 tweede-paasdag');
    expect(years[2]).toContain('2028-05-25 hemelvaartsdag');
    expect(years[3]).toContain('2029-05-10 hemelvaartsdag');
    expect(years[3]).toContain('2029-05-21 tweede-pinksterdag');
  });
  it('Koningsdag on a Sunday is kept on the Saturday before (2025, 2031)', () => {
    expect(publicHolidays(2025).get('2025-04-26')).toBe('koningsdag');
    expect(publicHolidays(2031).get('2031-04-26')).toBe('koningsdag');
    expect(publicHolidays(2031).has('2031-04-27')).toBe(false);
  });
  it('a day off and the working day before it', () => {
    expect(dayOff('2027-01-01')).toBe('feestdag');
    expect(dayOff('2027-04-17')).toBe('weekend');
    expect(dayOff('2027-04-14')).toBeUndefined();
    expect(dayOff('2027-05-16')).toBe('feestdag'); // Eerste Pinksterdag, a Sunday: named as the feestdag
    expect(workingDayBefore('2027-01-01')).toBe('2026-12-31');
    expect(workingDayBefore('2027-05-17')).toBe('2027-05-14');
    expect(workingDayBefore('2028-04-17')).toBe('2028-04-14');
  });
});

describe('1. a term ending just after the kerstvakantie', () => {
  it('(failed before) a refusal of 1 December 2026: bezwaar and Geschillencommissie to Tuesday 12 January 2027, a note at each and one line', () => {
    const plan = refusal('2026-12-01', '2026-12-07');
    const b = step(plan, 'bezwaar-weigering');
    const g = step(plan, 'geschillencommissie');
    expect([b.deadline?.due, g.deadline?.due]).toEqual(['2027-01-12', '2027-01-12']);
    expect([b.alsoNote, g.alsoNote]).toEqual(['ui:holiday76.bezwaarNaKerst', 'ui:holiday76.gpoNaKerst']);
    expect(holidayLines(plan)).toEqual(['holiday76.firstHolidayNaKerst']);
  });
  it('(failed before) the windows of every last day from 10 December 2027 to 31 January 2028', () => {
    const rows: string[] = [];
    let prev = '';
    for (let due = '2027-12-10'; due <= '2028-01-31'; due = addDays(due, 1)) {
      const w = holidayWindow(deadline(addDays(due, -42), 'besluit-bekend', 6, 'weeks', '2027-12-01')) ?? '-';
      if (w !== prev) rows.push(`${due} ${w}`);
      prev = w;
    }
    expect(rows).toEqual(['2027-12-10 -', '2027-12-18 kerst', '2028-01-10 naKerst', '2028-01-17 doorKerst']); // s85-winter, 1: to 31 January all have 2+ weeks in the window (before: '-')
  });
  it('a short term with less than a week in the window gets none (the rule counts days, not only the last day)', () => {
    // 10 days from 5 January to 15 January: 4 of its days (6-9 January) in the window.
    expect(holidayWindow(deadline('2027-01-05', 'besluit-bekend', 10, 'days', '2027-01-05'))).toBeUndefined();
    expect(holidayWindow(deadline('2027-01-01', 'besluit-bekend', 14, 'days', '2027-01-01'))).toBe('naKerst');
  });
  it('beside a term ending around the kerstvakantie, the first screen says the holiday once (a guard: passed before, with no naKerst window)', () => {
    const plan = refusal('2026-12-01', '2026-12-07');
    const steps = withHolidayNotes(plan.steps.map((s) => (s.id === 'geschillencommissie' ? { ...s, deadline: deadline('2026-11-27', 'besluit-bekend', 6, 'weeks', '2026-12-07') } : s)));
    expect(steps.find((s) => s.id === 'geschillencommissie')?.alsoNote).toBe('ui:notes74.gpoRondKerst');
    expect(holidayLines({ ...plan, steps })).toEqual(['order75.firstHolidayKerst']);
  });
  it('no note once the term has passed', () => {
    expect(step(refusal('2026-12-01', '2027-01-13'), 'bezwaar-weigering').alsoNote).toBeUndefined();
  });
});

describe('2. a last day on a weekend or public holiday', () => {
  it('(failed before) Nieuwjaarsdag 2027: the day stays Friday 1 January, the step says it is a feestdag beside the kerst note', () => {
    const plan = refusal('2026-11-20', '2026-11-23');
    const b = step(plan, 'bezwaar-weigering');
    expect(b.deadline?.due).toBe('2027-01-01');
    // Session 78 (s78-left, 2): beside the kerst note, the day-off note without "Reken dus met de dag die hier staat" (said once).
    expect(stepNotes(b)).toEqual(['ui:winter73.bezwaarRondKerst', DAY_OFF_NOTES_BESIDE_HOLIDAY.feestdag]);
    expect(step(plan, 'geschillencommissie').dayOffNote).toBe(DAY_OFF_NOTES_BESIDE_HOLIDAY.feestdag);
  });
  it('(failed before) every decision day from 2026 to 2029: the day is never moved, and the note is there exactly on a day off', () => {
    const wrong: string[] = [];
    for (let decision = '2026-01-01'; decision <= '2029-11-19'; decision = addDays(decision, 1)) {
      const b = step(refusal(decision, addDays(decision, 1)), 'bezwaar-weigering');
      const due = addDays(decision, 42);
      const kind = dayOff(due);
      if (b.deadline?.due !== due) wrong.push(`${decision}: due ${b.deadline?.due}`);
      // Session 78 (s78-left, 2): the short note beside a holiday note (alsoNote), which says "Reken dus met de dag" already.
      if (b.dayOffNote !== (kind && (b.alsoNote !== undefined ? DAY_OFF_NOTES_BESIDE_HOLIDAY : DAY_OFF_NOTES)[kind])) wrong.push(`${decision}: ${due} ${kind ?? 'werkdag'} note ${b.dayOffNote}`);
    }
    expect(wrong).toEqual([]);
  });
  it('not on the school\'s own term (the admission decision), nor once the day has passed', () => {
    const { 'weigering-datum': _refused, ...open } = answers;
    const plan = buildPlan({ ...open, 'aanmelding-besluit': 'nog-niet', 'aanmelding-datum': '2026-11-20' }, '2026-11-23');
    const admission = plan.steps.find((s) => s.deadline?.due === '2027-01-01');
    expect(admission?.id).toBe('besluit-aanmelding');
    expect(admission?.dayOffNote).toBeUndefined();
    expect(step(refusal('2026-11-20', '2027-01-02'), 'bezwaar-weigering').dayOffNote).toBeUndefined();
  });
  it('the timeline pass (withHolidayNotes run again) sets the note for the deadline now and removes a stale one', () => {
    const s: PlanStep = { id: 'bezwaar-weigering', group: 'nu', section: 's', letters: [], contacts: [], params: {}, deadline: deadline('2027-03-06', 'besluit-bekend', 6, 'weeks', '2027-03-08'), dayOffNote: DAY_OFF_NOTES.feestdag };
    expect(withHolidayNotes([s])[0]!.dayOffNote).toBe(DAY_OFF_NOTES.weekend);
    const weekday = { ...s, deadline: deadline('2027-03-03', 'besluit-bekend', 6, 'weeks', '2027-03-08') };
    expect('dayOffNote' in withHolidayNotes([weekday])[0]!).toBe(false);
  });
});

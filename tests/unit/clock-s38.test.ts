/**
 * Session 38 (s38-clock): every place that shows a legal date shows the date the plan computes. The plan (planAt, as the
 * plan page, the printed plan and a shared link with its timeline build it) is held against the reminder letter, the
 * gesprekskaart's "Data die nu lopen" and the calendar file, for stories logged in the timeline and answered in the
 * questionnaire. Each "(failed before)" test failed on main ffe20f2.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { decisionDayAhead, valuesFromAnswers } from '../../src/rules/letters';
import { formatDateInText } from '../../src/rules/dateInText';
import { LANGUAGES } from '../../src/languages';
import { loadPlanTexts, tFor } from './plan-texts';
import { buildPlan, type PlanStep } from '../../src/rules/plan';
import { formatDateShort, type IsoDate } from '../../src/rules/dates';
import { deleteEvent, questionnaireAnswers, type TimelineEvent } from '../../src/timeline/model';
import { buildCard } from '../../src/meeting/card';
import { meetingSteps } from '../../src/meeting/plan';
import { calendarSteps } from '../../src/rules/ics';
import { ev, flags, log, planAt } from './timeline-log';

const A: Answers = { situatie: ['aanmelden'] };
type Story = { name: string; start: Answers; events: TimelineEvent[]; today: IsoDate };

const decisionStep = (steps: readonly PlanStep[]) => steps.find((s) => s.id === 'besluit-aanmelding');

/** The reminder letter's "the last day for your decision was …", as the letter page fills it. */
const reminderLastDay = (s: ReturnType<typeof log>, today: IsoDate) =>
  valuesFromAnswers(s.answers, today, 'nl', 'herinnering-besluit', s.data.events, s.data.base).datum_besluit_uiterlijk;

describe('the reminder letter names the plan\'s last day for the school\'s decision', () => {
  // A05 (001:119; 002:746): the school may extend its 6 weeks once by at most 4; a refusal by phone is no decision (A20,
  // FP02), so the extension still holds and the plan counts 10 weeks (session 35). The letter counted 6.
  const stories: Story[] = [
    { name: 'received, nothing else', start: A, events: [ev('a', 'aanmelding-ontvangen', '2026-09-01')], today: '2026-10-20' },
    { name: 'received, extended', start: A, events: [ev('a', 'aanmelding-ontvangen', '2026-09-01'), ev('b', 'besluit-verlengd', '2026-10-01')], today: '2026-10-20' },
    {
      name: 'received, extended, then refused by phone (failed before)', start: A,
      events: [ev('a', 'aanmelding-ontvangen', '2026-09-01'), ev('b', 'besluit-verlengd', '2026-10-01'), ev('c', 'besluit-geweigerd', '2026-10-20', 'telefoon')], today: '2026-10-21',
    },
    {
      name: 'received, extended, refused by phone, read after the 10 weeks (failed before)', start: A,
      events: [ev('a', 'aanmelding-ontvangen', '2026-09-01'), ev('b', 'besluit-verlengd', '2026-10-01'), ev('c', 'besluit-geweigerd', '2026-10-20', 'telefoon')], today: '2026-11-12',
    },
    {
      name: 'refused on paper, then registered at the next school: its own 6 weeks', start: A,
      events: [ev('a', 'aanmelding-ontvangen', '2026-09-01'), ev('b', 'besluit-verlengd', '2026-10-01'), ev('c', 'besluit-geweigerd', '2026-10-20'), ev('d', 'aanmelding-ontvangen', '2026-10-26')], today: '2026-12-10',
    },
  ];
  for (const story of stories) {
    it(story.name, () => {
      const s = log(story.start, story.events);
      const step = decisionStep(planAt(s, story.today).steps);
      expect(step?.deadline).toBeDefined();
      expect(reminderLastDay(s, story.today)).toBe(formatDateShort(step!.deadline!.due, 'nl'));
    });
  }

  it('the same story answered in the questionnaire only (failed before)', () => {
    // Registration received 1 September, the school said it takes 4 weeks more, then said no on the phone.
    const answers: Answers = { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-01', 'aanmelding-verlengd': 'ja', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'nee' };
    const today = '2026-10-21';
    const step = decisionStep(buildPlan(answers, today).steps);
    expect(step?.deadline?.due).toBe('2026-11-10'); // 1 September + 10 weeks
    expect(valuesFromAnswers(answers, today, 'nl', 'herinnering-besluit').datum_besluit_uiterlijk).toBe('10 november 2026');
    // The timeline's "te laat?" agrees: nothing late on 21 October.
    const s = log(A, [ev('a', 'aanmelding-ontvangen', '2026-09-01'), ev('b', 'besluit-verlengd', '2026-10-01'), ev('c', 'besluit-geweigerd', '2026-10-20', 'telefoon')]);
    expect(flags(s, today)).toEqual([]);
  });
});

/** The gesprekskaart as the meeting page builds it, from the same answers and timeline as the plan. */
const cardOf = (s: ReturnType<typeof log>, today: IsoDate) =>
  buildCard(s.answers, s.data.events, today, meetingSteps(s.data.events, today), questionnaireAnswers(s.answers, s.data));

describe('the gesprekskaart\'s running dates are the plan\'s and the calendar\'s', () => {
  // A04/A05: 6 weeks from receipt, once 4 more. Past the 6 weeks, extension unknown: the plan says the school may have
  // extended to the 10-week day and to ask (Deadline.maybeExtendedTo, session 22), the calendar file holds that day. The
  // card said "(voorbij)" beside the 6-week day, as if the school's term were over and nothing ran.
  const stories: Story[] = [
    { name: 'received 1 September, read on 20 October: the 10-week day, not certain (failed before)', start: A, events: [ev('a', 'aanmelding-ontvangen', '2026-09-01')], today: '2026-10-20' },
    { name: 'the same read on the 10-week day itself (failed before)', start: A, events: [ev('a', 'aanmelding-ontvangen', '2026-09-01')], today: '2026-11-10' },
    { name: 'the same read the day after the 10 weeks: passed, as in the plan', start: A, events: [ev('a', 'aanmelding-ontvangen', '2026-09-01')], today: '2026-11-11' },
    { name: 'the school extended: the 10-week day, certain', start: A, events: [ev('a', 'aanmelding-ontvangen', '2026-09-01'), ev('b', 'besluit-verlengd', '2026-10-01')], today: '2026-10-20' },
    { name: 'the school said no: no extension asked (nee)', start: { ...A, 'aanmelding-verlengd': 'nee' }, events: [ev('a', 'aanmelding-ontvangen', '2026-09-01')], today: '2026-10-20' },
    {
      name: 'a registration logged after the extension: 6 weeks from it, then maybe the 10-week day (failed before)', start: A,
      events: [ev('a', 'aanmelding-ontvangen', '2026-09-01'), ev('b', 'besluit-verlengd', '2026-10-01'), ev('c', 'aanmelding-ontvangen', '2026-10-05')], today: '2026-11-20',
    },
    { name: 'a refusal on paper with its bezwaar', start: A, events: [ev('a', 'aanmelding-ontvangen', '2026-09-01'), ev('b', 'besluit-geweigerd', '2026-10-06')], today: '2026-10-20' },
  ];
  for (const story of stories) {
    it(story.name, () => {
      const s = log(story.start, story.events);
      const plan = planAt(s, story.today);
      const card = cardOf(s, story.today);
      const calendar = calendarSteps(plan).upcoming;
      for (const d of card.dates) {
        const step = plan.steps.find((x) => x.id === d.step);
        expect(step?.deadline, d.step).toBeDefined();
        const inCalendar = calendar.find((x) => x.id === d.step);
        if (d.passed) {
          // Passed on the card only when the plan calls it passed and the calendar has no day for it any more.
          expect(step!.deadline!.status, d.step).toBe('passed');
          expect(inCalendar, d.step).toBeUndefined();
        } else {
          // A running date on the card is the calendar's day for that step, and not certain where the plan says "maybe".
          expect(inCalendar?.deadline.due, d.step).toBe(d.due);
          expect(d.certain, d.step).toBe(step!.deadline!.certain && step!.deadline!.maybeExtendedTo === undefined);
        }
      }
      // Every step the calendar holds among the card's four most urgent is on the card, on the same day.
      const decision = calendar.find((x) => x.id === 'besluit-aanmelding');
      if (decision) expect(card.dates.find((d) => d.step === 'besluit-aanmelding')).toMatchObject({ due: decision.deadline.due, passed: false });
    });
  }
});

describe('the school\'s extension logged before any registration day: the plan, the timeline and the letter agree', () => {
  // A04/A05: the 6 weeks run from receipt, and the school may extend them once. An extension logged on a day before the
  // registration's receipt was not given for it (session 36's reading, ext-s36.test.ts): the timeline's "te laat?" counted
  // 6 weeks from the receipt (and named the 10-week day as "or later"), while the plan kept the 10 weeks as certain, so the
  // plan said "nog 28 dagen" on the day the timeline called the school late. Now the plan counts 6 weeks, then "maybe until
  // the 10-week day", with the session-36 note saying why, as when an earlier registration day was held.
  const story = (extendedOn: IsoDate) => log(A, [ev('a', 'besluit-verlengd', extendedOn), ev('b', 'aanmelding-ontvangen', '2026-10-21')]);

  it('extended on 5 September, received on 21 October: 6 weeks, then maybe 10 (failed before)', () => {
    const s = story('2026-09-05');
    const before = decisionStep(planAt(s, '2026-11-20').steps);
    expect(before?.deadline).toMatchObject({ start: '2026-10-21', due: '2026-12-02', status: 'upcoming' });
    expect(before?.note).toBe('ui:ext36.extensionEarlierRegistration');
    const after = decisionStep(planAt(s, '2026-12-05').steps);
    expect(after?.deadline).toMatchObject({ due: '2026-12-02', status: 'passed', maybeExtendedTo: '2026-12-30' });
    // The timeline's flag, the letter and the calendar say the same days.
    expect(flags(s, '2026-12-05')).toMatchObject([{ id: 'besluit-aanmelding', due: '2026-12-02', orLater: '2026-12-30' }]);
    expect(reminderLastDay(s, '2026-12-05')).toBe('2 december 2026');
    expect(calendarSteps(planAt(s, '2026-12-05')).upcoming.find((x) => x.id === 'besluit-aanmelding')?.deadline.due).toBe('2026-12-30');
  });

  it('the same when the receipt is logged first and the earlier extension after it (failed before)', () => {
    const s = log(A, [ev('b', 'aanmelding-ontvangen', '2026-10-21'), ev('a', 'besluit-verlengd', '2026-09-05')]);
    expect(decisionStep(planAt(s, '2026-11-20').steps)?.deadline).toMatchObject({ due: '2026-12-02', status: 'upcoming' });
    expect(s.answers['aanmelding-verlengd']).toBe(story('2026-09-05').answers['aanmelding-verlengd']);
  });

  it('guard: an extension logged on the day of receipt, or after it, holds (10 weeks)', () => {
    for (const s of [story('2026-10-21'), log(A, [ev('b', 'aanmelding-ontvangen', '2026-10-21'), ev('a', 'besluit-verlengd', '2026-11-01')])]) {
      expect(decisionStep(planAt(s, '2026-12-05').steps)?.deadline).toMatchObject({ due: '2026-12-30', status: 'upcoming' });
      expect(decisionStep(planAt(s, '2026-12-05').steps)?.note).toBeUndefined();
      expect(flags(s, '2026-12-05')).toEqual([]);
    }
  });

  it('guard: the extension answered in the questionnaire, the receipt logged after it: the parent\'s answer holds (10 weeks)', () => {
    const s = log({ ...A, 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'nog-niet', 'aanmelding-datum': 'weet-niet', 'aanmelding-verlengd': 'ja' }, [ev('b', 'aanmelding-ontvangen', '2026-10-21')]);
    expect(decisionStep(planAt(s, '2026-12-05').steps)?.deadline).toMatchObject({ due: '2026-12-30', status: 'upcoming' });
    expect(flags(s, '2026-12-05')).toEqual([]);
  });
});

describe('the reminder letter opened while the school\'s term still runs: the letter page names the plan\'s day', () => {
  // The letter says "Volgens mijn berekening was de laatste dag voor uw besluit …" and asks for the decision within 5
  // working days. The plan links it from the decision step at any time; on the last day itself the plan says "Dat is
  // vandaag" while the letter says the day has passed, and before it the letter asked the school to decide within its term.
  beforeAll(loadPlanTexts, 60_000);
  const s = log(A, [ev('a', 'aanmelding-ontvangen', '2026-11-02')]); // 6 weeks: 14 December
  const ahead = (today: IsoDate) => decisionDayAhead('herinnering-besluit', planAt(s, today).steps);

  it('the day before, the day itself: the plan\'s last day; the day after: none (failed before)', () => {
    expect(decisionStep(planAt(s, '2026-12-13').steps)?.deadline).toMatchObject({ due: '2026-12-14', daysLeft: 1 });
    expect(ahead('2026-12-13')).toBe('2026-12-14');
    expect(ahead('2026-12-14')).toBe('2026-12-14');
    expect(ahead('2026-12-15')).toBeUndefined();
    // The day the letter names is the same day.
    expect(reminderLastDay(s, '2026-12-13')).toBe(formatDateShort(ahead('2026-12-13')!, 'nl'));
    // The timeline calls the school late from the day after, as the note stops.
    expect(flags(s, '2026-12-14')).toEqual([]);
    expect(flags(s, '2026-12-15')).toMatchObject([{ id: 'besluit-aanmelding', due: '2026-12-14', daysLate: 1 }]);
  });

  it('only for the reminder letter, and not where the 10-week day is only maybe ahead (the letter asks which day the school keeps)', () => {
    expect(decisionDayAhead('bezwaar-weigering-verwijdering', planAt(s, '2026-12-13').steps)).toBeUndefined();
    const d = decisionStep(planAt(s, '2026-12-20').steps)?.deadline;
    expect(d).toMatchObject({ status: 'passed', maybeExtendedTo: '2027-01-11' });
    expect(ahead('2026-12-20')).toBeUndefined();
    // After the school extended: the 10-week day.
    const extended = log(A, [ev('a', 'aanmelding-ontvangen', '2026-11-02'), ev('b', 'besluit-verlengd', '2026-12-01')]);
    expect(decisionDayAhead('herinnering-besluit', planAt(extended, '2026-12-20').steps)).toBe('2027-01-11');
  });

  it('the note names that day in every language, twice (until, after), and says what to do after a refusal not on paper', () => {
    for (const { code } of LANGUAGES) {
      const text = tFor(code)('letter38.termRuns', { date: formatDateInText('2026-12-14', code) });
      expect(text, code).not.toContain('letter38');
      expect(text.split(formatDateInText('2026-12-14', code)).length - 1, code).toBe(2);
    }
    expect(tFor('nl')('letter38.termRuns', { date: formatDateInText('2026-12-14', 'nl') })).toMatch(/tot en met maandag 14 december 2026 .* pas na maandag 14 december 2026\..*niet op papier/);
  });
});

describe('a registration logged on a day after a logged admission: the plan shows the school\'s term, as the timeline does', () => {
  // A04: a school decides within 6 weeks of receiving a registration. A registration received after the child was admitted
  // cannot be the one admitted: it is a new one (another school, a move). The timeline's "te laat?" counted its 6 weeks and
  // offered the reminder letter; the plan kept "toegelaten" and showed no date at all: no step, nothing in the calendar.
  const admittedThenRegistered = () => log({ situatie: ['handelingsverlegen'] }, [ev('a', 'aanmelding-ontvangen', '2026-08-20'), ev('b', 'besluit-toegelaten', '2026-09-27'), ev('c', 'aanmelding-ontvangen', '2026-10-04')]);

  it('the plan, the calendar file, the card and the timeline\'s flag give 15 November (failed before)', () => {
    const s = admittedThenRegistered();
    const plan = planAt(s, '2026-11-01');
    expect(decisionStep(plan.steps)?.deadline).toMatchObject({ start: '2026-10-04', due: '2026-11-15', status: 'upcoming' });
    expect(calendarSteps(plan).upcoming.find((x) => x.id === 'besluit-aanmelding')?.deadline.due).toBe('2026-11-15');
    expect(cardOf(s, '2026-11-01').dates.find((d) => d.step === 'besluit-aanmelding')).toMatchObject({ due: '2026-11-15', passed: false });
    expect(reminderLastDay(s, '2026-11-20')).toBe('15 november 2026');
    expect(flags(s, '2026-11-20')).toMatchObject([{ id: 'besluit-aanmelding', due: '2026-11-15' }]);
    expect(decisionStep(planAt(s, '2026-11-20').steps)?.deadline).toMatchObject({ due: '2026-11-15', status: 'passed' });
  });

  it('logged in another order, and deleted again: the same, then the admission back', () => {
    const s = log({ situatie: ['handelingsverlegen'] }, [ev('c', 'aanmelding-ontvangen', '2026-10-04'), ev('b', 'besluit-toegelaten', '2026-09-27'), ev('a', 'aanmelding-ontvangen', '2026-08-20')]);
    expect(s.answers).toEqual(admittedThenRegistered().answers);
    const back = deleteEvent(s.answers, s.data, 'c');
    expect(back.answers['aanmelding-besluit']).toBe('toegelaten');
  });

  it('guards: the new school admits too; a registration on the admission\'s day; an earlier written refusal keeps its bezwaar', () => {
    const admittedAgain = log({ situatie: ['aanmelden'] }, [ev('b', 'besluit-toegelaten', '2026-09-27'), ev('c', 'aanmelding-ontvangen', '2026-10-04'), ev('d', 'besluit-toegelaten', '2026-10-20')]);
    expect(decisionStep(planAt(admittedAgain, '2026-11-20').steps)).toBeUndefined();
    expect(flags(admittedAgain, '2026-11-20')).toEqual([]);
    const sameDay = log({ situatie: ['aanmelden'] }, [ev('b', 'besluit-toegelaten', '2026-10-04'), ev('c', 'aanmelding-ontvangen', '2026-10-04')]);
    expect(sameDay.answers['aanmelding-besluit']).toBe('toegelaten');
    // Refused on paper on 1 September, admitted at the next school on 20 September (session 25: the refusal's 6 weeks run
    // on), then registered at a third school: the refusal's bezwaar stays in the plan with its date.
    const refused = log({ situatie: ['aanmelden'] }, [
      ev('a', 'aanmelding-ontvangen', '2026-08-10'), ev('b', 'besluit-geweigerd', '2026-09-01'), ev('c', 'aanmelding-ontvangen', '2026-09-05'),
      ev('d', 'besluit-toegelaten', '2026-09-20'), ev('e', 'aanmelding-ontvangen', '2026-09-25'),
    ]);
    expect(planAt(refused, '2026-10-01').steps.find((x) => x.id === 'bezwaar-weigering')?.deadline).toMatchObject({ due: '2026-10-13', status: 'upcoming' });
  });

  // Session 43: the story above, refused at the first school, admitted at the next, registered at a third. Session 38 kept
  // "toegelaten" when the answers held a refusal's day; the third school's 6 weeks (A04) were on no screen while the
  // timeline's "te laat?" counted them. Now the decision goes back to the refusal, with the third registration after it.
  const thirdSchool = () => log({ situatie: ['aanmelden'] }, [
    ev('a', 'aanmelding-ontvangen', '2026-08-10'), ev('b', 'besluit-geweigerd', '2026-09-01'), ev('c', 'aanmelding-ontvangen', '2026-09-05'),
    ev('d', 'besluit-toegelaten', '2026-09-20'), ev('e', 'aanmelding-ontvangen', '2026-09-25'),
  ]);

  it('a third school after a written refusal and an admission elsewhere: its 6 weeks everywhere, the refusal\'s bezwaar kept (failed before)', () => {
    const s = thirdSchool();
    expect(s.answers).toMatchObject({ 'aanmelding-besluit': 'geweigerd', 'weigering-datum': '2026-09-01', 'aanmelding-datum': '2026-09-25' });
    const plan = planAt(s, '2026-10-01');
    expect(decisionStep(plan.steps)?.deadline).toMatchObject({ start: '2026-09-25', due: '2026-11-06', status: 'upcoming', certain: true });
    expect(calendarSteps(plan).upcoming.find((x) => x.id === 'besluit-aanmelding')?.deadline.due).toBe('2026-11-06');
    expect(cardOf(s, '2026-10-01').dates.find((d) => d.step === 'besluit-aanmelding')).toMatchObject({ due: '2026-11-06', passed: false });
    expect(flags(s, '2026-11-10')).toMatchObject([{ id: 'besluit-aanmelding', due: '2026-11-06' }]);
    expect(plan.steps.find((x) => x.id === 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-09-01', due: '2026-10-13', status: 'upcoming' });
    // Deleting the third registration gives the admission back, and with it no term of a school.
    const back = deleteEvent(s.answers, s.data, 'e');
    expect(back.answers['aanmelding-besluit']).toBe('toegelaten');
    expect(decisionStep(buildPlan(back.answers, '2026-10-01' as IsoDate).steps)).toBeUndefined();
  });

  it('a third school after a refusal told only by phone: its 6 weeks, and no bezwaar (a call is no decision)', () => {
    const s = log({ situatie: ['aanmelden'] }, [
      ev('a', 'aanmelding-ontvangen', '2026-08-10'), ev('b', 'besluit-geweigerd', '2026-09-01', 'telefoon'), ev('c', 'aanmelding-ontvangen', '2026-09-05'),
      ev('d', 'besluit-toegelaten', '2026-09-20'), ev('e', 'aanmelding-ontvangen', '2026-09-25'),
    ]);
    expect(s.answers['aanmelding-besluit']).toBe('nog-niet');
    const plan = planAt(s, '2026-10-01');
    expect(decisionStep(plan.steps)?.deadline).toMatchObject({ due: '2026-11-06' });
    expect(plan.steps.find((x) => x.id === 'bezwaar-weigering')).toBeUndefined();
  });
});

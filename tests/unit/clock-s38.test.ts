/**
 * Session 38 (s38-clock): every place that shows a legal date shows the date the plan computes. The plan (planAt, as the
 * plan page, the printed plan and a shared link with its timeline build it) is held against the reminder letter, the
 * gesprekskaart's "Data die nu lopen" and the calendar file, for stories logged in the timeline and answered in the
 * questionnaire. Each "(failed before)" test failed on main ffe20f2.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { valuesFromAnswers } from '../../src/rules/letters';
import { buildPlan, type PlanStep } from '../../src/rules/plan';
import { formatDateShort, type IsoDate } from '../../src/rules/dates';
import { questionnaireAnswers, type TimelineEvent } from '../../src/timeline/model';
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

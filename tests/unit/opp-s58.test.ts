/**
 * Session 58 (s58-oppdate): the OPP's 6 weeks after enrolment had no date anywhere. FACTS B02 (002:862-866; §X.5): the
 * school adopts the OPP within 6 weeks after the child's enrolment (inschrijving), or after an extra support need arises.
 * For an admitted child who needs extra support, the step opp-na-toelating said only "Tel zelf: de dag van de inschrijving
 * plus 6 weken" (session 23: the app never asked the day). Now the questionnaire asks the day of enrolment where it
 * matters (admitted, and the parent told the school the child needs extra support), and the step has the day + 6 weeks:
 * on the plan, on the first screen, in the calendar file and on the gesprekskaart, never as certain (the sources word the
 * start point differently), with what to do once it has passed. "Weet ik niet" or no answer: the count-yourself text.
 *
 * Dates pinned: enrolled Monday 31 August 2026 → OPP by Monday 12 October 2026 (31 Aug + 42 days). Each test failed on main
 * 62e152b (no question inschrijving-datum, no deadline on opp-na-toelating).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { questionById } from '../../src/flow/questions';
import { askedQuestions, firstUnanswered, isComplete, isValidAnswer } from '../../src/flow/route';
import { buildPlan, type Plan, type PlanStep } from '../../src/rules/plan';
import { calendarSteps, planToIcs } from '../../src/rules/ics';
import { buildCard } from '../../src/meeting/card';
import { meetingSteps } from '../../src/meeting/plan';
import { questionnaireAnswers, type TimelineEvent } from '../../src/timeline/model';
import { firstThings } from '../../src/ui/firstThings';
import { deadlineArithmetic, icsTexts, stepText } from '../../src/ui/deadlineText';
import { OPP_COUNT_YOURSELF_TEXTS } from '../../src/rules/steps/aanmelden';
import { ev, log, planAt } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';
import { fakeWindow } from './fake-window';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const ID = 'opp-na-toelating';
const ENROLLED = '2026-08-31';
const DUE = '2026-10-12';

/** Admitted at the school, the parent told it the child needs extra support, enrolled on Monday 31 August 2026. */
const BASE: Answers = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-06-01', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'inschrijving-datum': ENROLLED,
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
const { 'inschrijving-datum': _unasked, ...WITHOUT_DAY } = BASE;

const step = (p: Plan, id = ID): PlanStep | undefined => p.steps.find((s) => s.id === id);

beforeAll(loadPlanTexts);

describe('the question: the day of enrolment, only where it matters', () => {
  it('asked right after meer-scholen, a date that may still come, "weet ik niet" allowed, explained by wanneer-opp', () => {
    const q = questionById.get('inschrijving-datum');
    expect(q).toMatchObject({ chapter: 2, type: 'date', dates: 'any', dontKnow: true, explains: 'wanneer-opp' });
    const asked = askedQuestions(BASE).map((x) => x.id);
    expect(asked[asked.indexOf('meer-scholen') + 1]).toBe('inschrijving-datum');
    expect(isComplete(BASE)).toBe(true);
    // A planned day (the first school day after the summer) is a valid answer, also when it is still to come.
    expect(isValidAnswer(q!, '2026-08-31', '2026-07-10')).toBe(true);
    expect(isValidAnswer(q!, 'weet-niet', '2026-07-10')).toBe(true);
  });

  it('not asked without the support need told, nor before or without an admission', () => {
    const asks = (a: Answers) => askedQuestions(a).some((x) => x.id === 'inschrijving-datum');
    expect(asks(BASE)).toBe(true);
    expect(asks({ ...BASE, 'ondersteuning-gemeld': 'nee' })).toBe(false);
    expect(asks({ ...BASE, 'ondersteuning-gemeld': 'weet-niet' })).toBe(false);
    expect(asks({ ...BASE, 'aanmelding-besluit': 'nog-niet' })).toBe(false);
    expect(asks({ ...BASE, 'aanmelding-besluit': 'geweigerd' })).toBe(false);
    expect(asks({ ...BASE, 'aanmelding-hoe': 'telefonisch' })).toBe(false);
    // A day kept from before the parent changed the support need to "nee": not asked, so no date for the OPP.
    const s = step(buildPlan({ ...BASE, 'ondersteuning-gemeld': 'nee' }, '2026-10-01'))!;
    expect(s.deadline).toBeUndefined();
    expect(s.group).toBe('goed-om-te-weten');
  });

  it('answers saved before this version lack the day: that question is the missing one', () => {
    expect(isComplete(WITHOUT_DAY)).toBe(false);
    expect(firstUnanswered(WITHOUT_DAY)?.id).toBe('inschrijving-datum');
  });

  it('#/plan with such saved answers opens the new question with a notice', async () => {
    vi.resetModules();
    const stored = JSON.stringify({ version: 2, answers: WITHOUT_DAY, position: 'plan', savedAt: '' });
    const { win, location } = fakeWindow('#/plan', { 'wegwijzer.answers': stored });
    const c = await import('../../src/app/controller');
    await c.boot(win);
    expect(c.getState().route).toEqual({ page: 'question', id: 'inschrijving-datum' });
    expect(location.hash).toBe('#/vraag/inschrijving-datum');
    expect(c.getState().notices.map((n) => n.key)).toContain('app.answerMissing');
  });
});

describe('the plan: the day of enrolment + 6 weeks', () => {
  it('read on 1 October 2026: due Monday 12 October, 11 days left, not certain, in "Nu doen" and the first screen\'s next date', () => {
    const p = buildPlan(BASE, '2026-10-01');
    const s = step(p)!;
    expect(s.deadline).toEqual({ start: ENROLLED, startWhat: 'inschrijving', amount: 6, unit: 'weeks', due: DUE, daysLeft: 11, status: 'upcoming', certain: false });
    expect(s.group).toBe('nu');
    expect(s.texts).toBeUndefined();
    expect(s.letters).toContain('verzoek-opp');
    const f = firstThings(p);
    expect(f.next?.id).toBe(ID);
    expect(f.next?.deadline.due).toBe(DUE);
    expect(f.actions.map((a) => a.id)).toContain(ID);
  });

  it('read on 1 September 2026: "Binnenkort", as before, with its date', () => {
    const s = step(buildPlan(BASE, '2026-09-01'))!;
    expect(s.group).toBe('binnenkort');
    expect(s.deadline).toMatchObject({ due: DUE, daysLeft: 41, status: 'upcoming' });
  });

  it('a planned day (read on 10 July 2026, enrolment on the first school day, 31 August): the day ahead, counted from it', () => {
    const s = step(buildPlan(BASE, '2026-07-10'))!;
    expect(s.deadline).toMatchObject({ start: ENROLLED, due: DUE, daysLeft: 94, status: 'upcoming', certain: false });
    expect(s.group).toBe('binnenkort');
  });

  it('on the day itself (12 October): today', () => {
    expect(step(buildPlan(BASE, DUE))!.deadline).toMatchObject({ status: 'today', daysLeft: 0 });
  });

  it('read on 13 October 2026: passed, in "Nu doen", the late text says to ask for the OPP now in writing, with the letter', () => {
    const p = buildPlan(BASE, '2026-10-13');
    const s = step(p)!;
    expect(s.deadline).toMatchObject({ due: DUE, status: 'passed', daysLeft: -1 });
    expect(s.group).toBe('nu');
    const nl = tFor('nl');
    expect(stepText(s, 'late', nl)).toMatch(/nog geen OPP\?.*nu op papier om.*brief bij deze stap/s);
    for (const l of LANGS) expect(stepText(s, 'late', tFor(l)), l).not.toBe('');
  });

  it('the text with a day: no "count it yourself"; the note says the 6 weeks may run from later and whom to ask (6 languages)', () => {
    const s = step(buildPlan(BASE, '2026-10-01'))!;
    const nl = tFor('nl');
    expect(stepText(s, 'why', nl)).toMatch(/binnen 6 weken na de inschrijving een OPP/);
    expect(stepText(s, 'why', nl)).not.toMatch(/Tel zelf/);
    expect(stepText(s, 'check', nl)).toMatch(/vanaf het moment dat bleek dat je kind extra hulp nodig heeft.*ouder- en jeugdsteunpunt/s);
    expect(deadlineArithmetic(s.deadline!, nl)).toBe('6 weken na de inschrijving (maandag 31 augustus 2026): maandag 12 oktober 2026');
    for (const l of LANGS) {
      const t = tFor(l);
      expect(t.exists('ui:deadline.start.inschrijving'), l).toBe(true);
      for (const part of ['title', 'why', 'late', 'check']) expect(stepText(s, part, t), `${l} ${part}`).not.toBe('');
      expect(stepText(s, 'check', t), l).toMatch(/ouder- en jeugdsteunpunt/);
    }
  });

  it('"weet ik niet", or saved answers without the day: no date, the count-yourself text as before', () => {
    for (const a of [{ ...BASE, 'inschrijving-datum': 'weet-niet' }, WITHOUT_DAY]) {
      const s = step(buildPlan(a, '2026-10-13'))!;
      expect(s.deadline).toBeUndefined();
      expect(s.group).toBe('binnenkort');
      expect(s.texts).toBe('ui:opp58.planStep.oppZelfTellen');
      expect(OPP_COUNT_YOURSELF_TEXTS).toBe(s.texts);
      expect(stepText(s, 'why', tFor('nl'))).toMatch(/Tel zelf: de dag van de inschrijving plus 6 weken\. Weet je die dag niet\? Vraag het de school\./);
      for (const l of LANGS) expect(stepText(s, 'title', tFor(l)), l).not.toBe('');
    }
  });

  it('an OPP logged in the timeline ("OPP opgesteld") still ends the step, with a day of enrolment (session 51)', () => {
    const events: TimelineEvent[] = [ev('o', 'opp-opgesteld', '2026-10-05')];
    const s = log(BASE, events);
    expect(step(planAt(s, '2026-10-13'))).toBeUndefined();
    // Before it was logged, the same plan had the passed date.
    expect(step(planAt(log(BASE, []), '2026-10-13'))?.deadline?.status).toBe('passed');
  });
});

describe('the same day in the calendar file and on the gesprekskaart', () => {
  const s = log(BASE, []);
  const today = '2026-10-01';

  it('the calendar holds 12 October 2026, said to be not certain', () => {
    const p = planAt(s, today);
    expect(calendarSteps(p).upcoming.find((x) => x.id === ID)?.deadline.due).toBe(DUE);
    const ics = planToIcs(p, icsTexts(tFor('nl')));
    const event = ics.split('BEGIN:VEVENT').slice(1).find((b) => b.includes('DTSTART;VALUE=DATE:20261012'));
    expect(event).toBeDefined();
    const unfolded = event!.replace(/\r?\n /g, '');
    expect(unfolded).toMatch(/niet zeker/);
    // Who must do what by then (calendarEvents.opp-na-toelating, six languages).
    expect(unfolded).toMatch(/De school hoort het OPP nu samen met jou te hebben gemaakt/);
  });

  it('the gesprekskaart\'s running dates have the plan\'s day, not certain', () => {
    const card = buildCard(s.answers, s.data.events, today, meetingSteps(s.data.events, today), questionnaireAnswers(s.answers, s.data));
    expect(card.dates.find((d) => d.step === ID)).toMatchObject({ due: DUE, certain: false, passed: false });
  });
});

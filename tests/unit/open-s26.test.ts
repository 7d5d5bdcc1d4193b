/**
 * Session 26 (s26-open): what s25-months and s25-open left open, read as a parents' lawyer. Every story is logged through
 * the timeline's own addEvent (as the app logs it) and read as the plan page (withMeetings) and the gesprekskaart
 * (buildCard) read it. Each "(failed before)" test failed on main a0623c6.
 *
 *  1. A removal dated by the parent ("weet ik niet" whether on paper), then a suspension logged after it: the removal's
 *     date and its 6 weeks for bezwaar (002:846-850) were dropped for "ask whether there is a decision".
 *  2. A written refusal, then an admission logged after it, no registration between: the timeline cannot tell the same
 *     school from the next one, and the refusal's running bezwaar (002:748-750) silently left the plan.
 *  3. A refusal or removal decision logged "Hoe? Telefoon": no clock (A20, FP02; right), but a parent who had the letter
 *     and picked "Telefoon" by mistake had no bezwaar date at all. Now a possible term, marked not certain.
 *  4. The gesprekskaart and the warning termijn-voor-gesprek did not know the timeline's earlier refusal.
 *  5. Three refusals within six weeks: only the earliest open earlier refusal had a step.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/languages';
import { formatDateInText } from '../../src/rules/dateInText';
import { stepText } from '../../src/ui/deadlineText';
import type { Answers } from '../../src/flow/answers';
import { buildPlan, type Plan, type PlanStep } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { buildCard } from '../../src/meeting/card';
import { firstThings } from '../../src/ui/firstThings';
import { deleteEvent } from '../../src/timeline/model';
import { eventMaker, log } from './timeline-log';
import { tFor, loadPlanTexts } from './plan-texts';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
type State = ReturnType<typeof log>;
const planAt = (s: State, today: string): Plan => withMeetings(buildPlan(s.answers, today), s.data.events);
const stepOf = (p: Plan, id: string): PlanStep | undefined => p.steps.find((x) => x.id === id);
const ids = (p: Plan) => p.steps.map((x) => x.id);
/** Every open term on the plan as "start→due". */
const terms = (p: Plan) => p.steps.flatMap((s) => (s.deadline && s.deadline.status !== 'passed' ? [`${s.deadline.start}→${s.deadline.due}`] : []));
/** The open bezwaar terms only (the Geschillencommissie's 6 weeks share their dates). */
const bezwaarTerms = (p: Plan) => terms({ ...p, steps: p.steps.filter((s) => s.id !== 'geschillencommissie') });
const firstScreen = (p: Plan) => {
  const f = firstThings(p);
  return [f.next, ...(f.also ?? []), ...f.actions].flatMap((x) => (x ? [`${x.id}${x.deadline ? ` ${x.deadline.due}` : ''}`] : []));
};

// ── 1. A removal with a known date, "weet ik niet" on paper, then a suspension logged ────────────────────────────────
describe('1. a removal with a known date, then a suspension logged after it', () => {
  const ev = eventMaker('r', ['school', 'bestuur']);
  // Removed on 10 November (on paper: "weet ik niet"); bezwaar until 22 December (002:846-850).
  const START = A({ situatie: ['thuiszitten'], 'thuis-sinds': '2026-11-10', 'thuis-reden': 'verwijderd', 'verwijdering-besluit': 'weet-niet', 'verwijdering-datum': '2026-11-10', ingeschreven: 'ja' });
  const susp = ev('schorsing', '2026-11-16');

  it('the answers alone: the removal\'s bezwaar with its date (the starting point)', () => {
    expect(stepOf(buildPlan(START, '2026-11-17'), 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2026-11-10', due: '2026-12-22' });
  });

  it('after the suspension is logged the removal\'s 22 December stays, on the first screen too (failed before)', () => {
    const s = log(START, [susp]);
    expect(s.answers['thuis-reden']).toBe('geschorst');
    const p = planAt(s, '2026-11-17');
    expect(stepOf(p, 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2026-11-10', due: '2026-12-22', certain: true });
    expect(firstScreen(p).join(' ')).toContain('2026-12-22');
    // "Is there a written decision?" may still be asked beside it: the parent said "weet ik niet".
    expect(ids(p)).toContain('verwijderbesluit-navragen');
    // The suspension's own week is there too.
    expect(terms(p)).toContain('2026-11-16→2026-11-23');
  });

  it('deleting the suspension gives the removed child back, with the same date', () => {
    const s = log(START, [susp]);
    const back = deleteEvent(s.answers, s.data, susp.id);
    expect(back.answers['thuis-reden']).toBe('verwijderd');
    expect(stepOf(planAt(back, '2026-11-17'), 'bezwaar-verwijdering')?.deadline?.due).toBe('2026-12-22');
  });

  it('guard: a suspended child whose parent answered "weet ik niet" without a date gets no bezwaar date, only the question', () => {
    const a = A({ situatie: ['thuiszitten'], 'thuis-sinds': '2026-11-16', 'thuis-reden': 'geschorst', 'schorsing-datum': '2026-11-16', 'verwijdering-besluit': 'weet-niet', ingeschreven: 'ja' });
    const p = buildPlan(a, '2026-11-17');
    expect(ids(p)).not.toContain('bezwaar-verwijdering');
    expect(ids(p)).toContain('verwijderbesluit-navragen');
  });

  it('guard: "no removal decision" (nee) with an old date stored: no bezwaar date', () => {
    const a = A({ situatie: ['thuiszitten'], 'thuis-sinds': '2026-11-16', 'thuis-reden': 'geschorst', 'schorsing-datum': '2026-11-16', 'verwijdering-besluit': 'nee', 'verwijdering-datum': '2026-11-10', ingeschreven: 'ja' });
    expect(ids(buildPlan(a, '2026-11-17'))).not.toContain('bezwaar-verwijdering');
  });
});

// ── 2. A written refusal, then an admission logged after it ──────────────────────────────────────────────────────────
describe('2. a written refusal, then "Toegelaten" logged after it', () => {
  const ev = eventMaker('t', ['school']);
  const START = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja' });
  const reg = ev('aanmelding-ontvangen', '2026-04-20');
  const refused = ev('besluit-geweigerd', '2026-06-01', ['school', 'bestuur']);
  const admitted = ev('besluit-toegelaten', '2026-06-15');

  it('the refusal\'s 13 July stays in the plan and on the first screen, its text says it is a choice (failed before)', () => {
    const s = log(START, [reg, refused, admitted]);
    expect(s.answers['aanmelding-besluit']).toBe('toegelaten');
    const p = planAt(s, '2026-06-16');
    const step = stepOf(p, 'weigering-voor-toelating');
    expect(step?.deadline).toMatchObject({ start: '2026-06-01', due: '2026-07-13', certain: true, status: 'upcoming' });
    expect(step?.texts).toBe('ui:open26.planStep.weigeringVoorToelating');
    expect(step?.letters).toContain('bezwaar-weigering-verwijdering');
    expect(firstScreen(p)).toContain('weigering-voor-toelating 2026-07-13');
  });

  it('on its last day it is there; the day after it goes', () => {
    const s = log(START, [reg, refused, admitted]);
    expect(stepOf(planAt(s, '2026-07-13'), 'weigering-voor-toelating')?.deadline?.status).toBe('today');
    expect(ids(planAt(s, '2026-07-14'))).not.toContain('weigering-voor-toelating');
  });

  it('a bezwaar logged after the refusal: nothing more to do, no step', () => {
    const s = log(START, [reg, refused, ev('bezwaar-ingediend', '2026-06-05', ['bestuur']), admitted]);
    expect(ids(planAt(s, '2026-06-16'))).not.toContain('weigering-voor-toelating');
  });

  it('a registration at the next school logged between: the plan\'s own bezwaar-weigering (s25-open), no second step', () => {
    const s = log(START, [reg, refused, ev('aanmelding-ontvangen', '2026-06-05'), admitted]);
    const p = planAt(s, '2026-06-16');
    expect(stepOf(p, 'bezwaar-weigering')?.deadline?.due).toBe('2026-07-13');
    expect(ids(p)).not.toContain('weigering-voor-toelating');
    expect(bezwaarTerms(p).filter((x) => x === '2026-06-01→2026-07-13')).toHaveLength(1);
  });

  it('guard: a refusal only by phone, then an admission: no certain term (only point 3\'s possible one)', () => {
    const s = log(START, [reg, { ...refused, how: 'telefoon' }, admitted]);
    const p = planAt(s, '2026-06-16');
    expect(ids(p)).not.toContain('weigering-voor-toelating');
    expect(p.steps.filter((x) => x.deadline?.start === '2026-06-01').map((x) => `${x.id} ${x.deadline!.certain}`)).toEqual(['besluit-telefoon-bezwaar false']);
  });

  it('guard: the admission before the refusal (history): the plan\'s own step, no timeline step', () => {
    const s = log(START, [reg, ev('besluit-toegelaten', '2026-05-01'), refused]);
    const p = planAt(s, '2026-06-16');
    expect(stepOf(p, 'bezwaar-weigering')?.deadline?.due).toBe('2026-07-13');
    expect(ids(p)).not.toContain('weigering-voor-toelating');
  });
});

// ── 3. A decision logged "Hoe? Telefoon" ────────────────────────────────────────────────────────────────────────────
describe('3. a decision logged with "Hoe? Telefoon": the 6 weeks as a possible term, not certain', () => {
  const ev = eventMaker('p', ['school', 'bestuur']);

  it('a refusal by phone: "ask for it on paper" stays, and 13 July is named as not certain (failed before)', () => {
    const s = log(A({ situatie: ['aanmelden'] }), [ev('aanmelding-ontvangen', '2026-04-20'), { ...ev('besluit-geweigerd', '2026-06-01'), how: 'telefoon' }]);
    expect(s.answers['weigering-schriftelijk']).toBe('nee');
    const p = planAt(s, '2026-06-02');
    expect(ids(p)).not.toContain('bezwaar-weigering');
    const step = stepOf(p, 'besluit-telefoon-bezwaar');
    expect(step?.deadline).toMatchObject({ start: '2026-06-01', due: '2026-07-13', certain: false });
    expect(step?.texts).toBe('ui:open26.planStep.besluitTelefoon');
    expect(step?.section).toBe('weigering');
  });

  it('a removal decision by phone: the same, in the removal\'s section (failed before)', () => {
    const s = log(A({ situatie: ['handelingsverlegen'] }), [{ ...ev('verwijdering-besluit', '2026-11-10'), how: 'telefoon' }]);
    expect(s.answers['verwijdering-besluit']).toBe('mondeling');
    const p = planAt(s, '2026-11-11');
    expect(ids(p)).toContain('verwijderbesluit-op-papier-vragen');
    expect(stepOf(p, 'besluit-telefoon-bezwaar')?.deadline).toMatchObject({ due: '2026-12-22', certain: false });
    expect(stepOf(p, 'besluit-telefoon-bezwaar')?.section).toBe('schorsing-verwijdering');
    // The first action stays "ask for the decision on paper"; the possible day is the first screen's next date (niet zeker).
    const f = firstThings(p);
    expect(f.actions[0]?.id).toBe('verwijderbesluit-op-papier-vragen');
    expect(f.next).toMatchObject({ id: 'besluit-telefoon-bezwaar', deadline: { due: '2026-12-22', certain: false } });
  });

  it('the written decision logged after it: only the plan\'s own certain term', () => {
    const s = log(A({ situatie: ['aanmelden'] }), [ev('aanmelding-ontvangen', '2026-04-20'), { ...ev('besluit-geweigerd', '2026-06-01'), how: 'telefoon' }, { ...ev('besluit-geweigerd', '2026-06-04'), how: 'brief' }]);
    const p = planAt(s, '2026-06-05');
    expect(ids(p)).not.toContain('besluit-telefoon-bezwaar');
    expect(stepOf(p, 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-06-04', certain: true });
  });

  it('a bezwaar logged after it, or the 6 weeks passed: no step', () => {
    const base = [ev('aanmelding-ontvangen', '2026-04-20'), { ...ev('besluit-geweigerd', '2026-06-01'), how: 'telefoon' as const }];
    expect(ids(planAt(log(A({ situatie: ['aanmelden'] }), [...base, ev('bezwaar-ingediend', '2026-06-10')]), '2026-06-11'))).not.toContain('besluit-telefoon-bezwaar');
    expect(ids(planAt(log(A({ situatie: ['aanmelden'] }), base), '2026-07-14'))).not.toContain('besluit-telefoon-bezwaar');
  });

  it('guard: logged as "Gesprek" the letter may have been handed over: the certain term, no possible one', () => {
    const s = log(A({ situatie: ['aanmelden'] }), [ev('aanmelding-ontvangen', '2026-04-20'), { ...ev('besluit-geweigerd', '2026-06-01'), how: 'gesprek' }]);
    const p = planAt(s, '2026-06-02');
    expect(stepOf(p, 'bezwaar-weigering')?.deadline).toMatchObject({ due: '2026-07-13', certain: true });
    expect(ids(p)).not.toContain('besluit-telefoon-bezwaar');
  });
});

// ── 3b. A call after a decision on paper does not undo it ──────────────────────────────────────────────────────────
describe('3b. a decision on paper, then one logged "by phone": the paper decision\'s 6 weeks stay', () => {
  const ev = eventMaker('q', ['bestuur']);
  const HV = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' });

  it('a written removal of 1 October, a call about it on 20 October: 12 November stays, certain (failed before)', () => {
    // Session 30: with a registration at the next school between (without one the call is the same removal told again
    // and writes nothing: removal-s30).
    const s = log(HV, [{ ...ev('verwijdering-besluit', '2026-10-01'), how: 'brief' }, ev('aanmelding-ontvangen', '2026-10-05', ['school']), { ...ev('verwijdering-besluit', '2026-10-20'), how: 'telefoon' }]);
    expect(s.answers['verwijdering-besluit']).toBe('mondeling');
    const p = planAt(s, '2026-10-21');
    expect(stepOf(p, 'eerdere-verwijdering')?.deadline).toMatchObject({ start: '2026-10-01', due: '2026-11-12', certain: true });
    expect(stepOf(p, 'eerdere-verwijdering')?.texts).toBe('ui:open26.planStep.eerdereVerwijdering');
    expect(firstThings(p).next).toMatchObject({ id: 'eerdere-verwijdering', deadline: { due: '2026-11-12' } });
    // The call's own possible term (later, not certain) may stand beside it; it never replaces the certain one.
    expect(p.steps.filter((x) => x.deadline?.certain).map((x) => x.deadline!.due)).toContain('2026-11-12');
  });

  it('a bezwaar logged since the written decision, or its 6 weeks passed: no step', () => {
    const evs = [{ ...ev('verwijdering-besluit', '2026-10-01'), how: 'brief' as const }, ev('aanmelding-ontvangen', '2026-10-05', ['school']), { ...ev('verwijdering-besluit', '2026-10-20'), how: 'telefoon' as const }];
    expect(ids(planAt(log(HV, [...evs, ev('bezwaar-ingediend', '2026-10-10')]), '2026-10-21'))).not.toContain('eerdere-verwijdering');
    // Session 50 (lawyer-s50-removal D5): passed, it stays while the call's possible 6 weeks run (to 1 December), then goes.
    expect(stepOf(planAt(log(HV, evs), '2026-11-13'), 'eerdere-verwijdering')?.deadline).toMatchObject({ due: '2026-11-12', status: 'passed' });
    expect(ids(planAt(log(HV, evs), '2026-12-02'))).not.toContain('eerdere-verwijdering');
  });

  // Session 28 (open-s28 3): the call on the letter's day is the same refusal told again; the answers keep the letter, so
  // its 6 weeks are the plan's own bezwaar-weigering now (before: an "eerdere weigering" step with the same date).
  it('a written refusal and, the same day, a call logged after it: the letter\'s 6 weeks stay (failed before)', () => {
    const s = log(A({ situatie: ['aanmelden'] }), [ev('aanmelding-ontvangen', '2026-04-20'), { ...ev('besluit-geweigerd', '2026-06-01'), how: 'brief' }, { ...ev('besluit-geweigerd', '2026-06-01'), how: 'telefoon' }]);
    const p = planAt(s, '2026-06-02');
    expect(p.steps.filter((x) => x.deadline?.start === '2026-06-01' && x.id !== 'geschillencommissie').map((x) => `${x.id} ${x.deadline!.due} ${x.deadline!.certain}`)).toEqual(['bezwaar-weigering 2026-07-13 true']);
  });
});

// ── 4. The gesprekskaart and the warning with an earlier refusal ────────────────────────────────────────────────────
describe('4. an earlier refusal\'s bezwaar on the gesprekskaart and in termijn-voor-gesprek', () => {
  const ev = eventMaker('k', ['school']);
  // A meeting at school B on 20 July: A's bezwaar ends 13 July, before it; B's own (3 August) after it.
  const START = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-07-20' });
  const events = [ev('aanmelding-ontvangen', '2026-04-20'), ev('besluit-geweigerd', '2026-06-01'), ev('aanmelding-ontvangen', '2026-06-08'), ev('besluit-geweigerd', '2026-06-22')];

  it('the card lists 13 July under "Data die nu lopen" and its first line is termijn-voor-gesprek (failed before)', () => {
    const s = log(START, events);
    const card = buildCard(s.answers, s.data.events, '2026-06-23');
    expect(card.dates.map((d) => `${d.step} ${d.due}`)).toContain('eerdere-weigering 2026-07-13');
    expect(card.dates.find((d) => d.step === 'eerdere-weigering')).toMatchObject({ texts: 'ui:months.planStep.eerdereWeigering', params: { besluit: '2026-06-01' }, certain: true });
    expect(card.know[0]?.id).toBe('termijn-voor-gesprek');
  });

  it('a refusal logged "by phone" is not listed as a paper to bring (failed before: "Besluit op papier")', () => {
    const s = log(START, [...events, ev('aanmelding-ontvangen', '2026-06-23'), { ...ev('besluit-geweigerd', '2026-06-24'), how: 'telefoon' }]);
    const docs = buildCard(s.answers, s.data.events, '2026-06-25').documents.filter((d) => d.event).map((d) => d.date);
    expect(docs).not.toContain('2026-06-24');
    expect(docs).toEqual(expect.arrayContaining(['2026-06-01', '2026-06-22']));
  });

  it('the plan warns too: termijn-voor-gesprek (failed before)', () => {
    const s = log(START, events);
    expect(planAt(s, '2026-06-23').warnings.map((w) => w.id)).toContain('termijn-voor-gesprek');
  });

  it('guard: the meeting before 13 July: no warning, the date still on the card', () => {
    const s = log({ ...START, 'gesprek-datum': '2026-07-01' } as Answers, events);
    expect(planAt(s, '2026-06-23').warnings.map((w) => w.id)).not.toContain('termijn-voor-gesprek');
    const card = buildCard(s.answers, s.data.events, '2026-06-23');
    expect(card.know.map((k) => k.id)).not.toContain('termijn-voor-gesprek');
    expect(card.dates.map((d) => d.due)).toContain('2026-07-13');
  });

  it('guard: a meeting day that has been is no meeting to warn for', () => {
    const s = log({ ...START, 'gesprek-datum': '2026-06-20' } as Answers, events);
    expect(planAt(s, '2026-06-23').warnings.map((w) => w.id)).not.toContain('termijn-voor-gesprek');
  });
});

// ── 5. Three refusals within six weeks ─────────────────────────────────────────────────────────────────────────────
describe('5. three refusals within six weeks: every running bezwaar term in the plan', () => {
  const ev = eventMaker('d', ['school']);
  const START = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja' });
  const events = [
    ev('aanmelding-ontvangen', '2026-04-20'), ev('besluit-geweigerd', '2026-06-01'),
    ev('aanmelding-ontvangen', '2026-06-03'), ev('besluit-geweigerd', '2026-06-08'),
    ev('aanmelding-ontvangen', '2026-06-10'), ev('besluit-geweigerd', '2026-06-15'),
  ];

  it('13, 20 and 27 July all in the plan, each with its own step id (failed before: 20 July was missing)', () => {
    const p = planAt(log(START, events), '2026-06-16');
    expect(terms(p)).toEqual(expect.arrayContaining(['2026-06-01→2026-07-13', '2026-06-08→2026-07-20', '2026-06-15→2026-07-27']));
    expect(stepOf(p, 'eerdere-weigering')?.params).toEqual({ besluit: '2026-06-01' });
    expect(stepOf(p, 'eerdere-weigering-2')?.params).toEqual({ besluit: '2026-06-08' });
    expect(new Set(ids(p)).size).toBe(ids(p).length);
  });

  it('a bezwaar between the second and third refusal, while the first still ran: it cannot be placed, all three stay', () => {
    const withB = [...events.slice(0, 4), ev('bezwaar-ingediend', '2026-06-09', ['bestuur']), ...events.slice(4)];
    const p = planAt(log(START, withB), '2026-06-16');
    expect(bezwaarTerms(p)).toEqual(expect.arrayContaining(['2026-06-01→2026-07-13', '2026-06-08→2026-07-20', '2026-06-15→2026-07-27']));
  });

  it('a bezwaar between the second and third refusal, the first one\'s 6 weeks passed by then: it is against the second', () => {
    const evs = [
      ev('aanmelding-ontvangen', '2026-04-01'), ev('besluit-geweigerd', '2026-04-20'),
      ev('aanmelding-ontvangen', '2026-05-20'), ev('besluit-geweigerd', '2026-06-08'),
      ev('bezwaar-ingediend', '2026-06-09', ['bestuur']),
      ev('aanmelding-ontvangen', '2026-06-10'), ev('besluit-geweigerd', '2026-06-15'),
    ];
    const p = planAt(log(START, evs), '2026-06-16');
    expect(bezwaarTerms(p)).not.toContain('2026-06-08→2026-07-20');
    expect(bezwaarTerms(p)).toContain('2026-06-15→2026-07-27');
  });

  it('once the first has passed, the second is still there with its own date and id (its tick stays)', () => {
    const p = planAt(log(START, events), '2026-07-14');
    expect(bezwaarTerms(p)).toEqual(expect.arrayContaining(['2026-06-08→2026-07-20', '2026-06-15→2026-07-27']));
    expect(bezwaarTerms(p)).not.toContain('2026-06-01→2026-07-13');
    expect(firstScreen(p)).toContain('eerdere-weigering-2 2026-07-20');
  });
});

// ── The card's dates read as dates ─────────────────────────────────────────────────────────────────────────────────
describe('4b. a date in a step title on the card is written as the parent reads dates', () => {
  it('"weigering van {{besluit}}" shows maandag 1 juni 2026 (as the plan page), not 2026-06-01 (failed before: the card passed the ISO date)', async () => {
    const { cardParams } = await import('../../src/ui/pages/MeetingPage');
    expect(cardParams({ besluit: '2026-06-01', wie: 'school' }, 'nl')).toEqual({ besluit: 'maandag 1 juni 2026', wie: 'school' });
  });
});

// ── The new texts in six languages ─────────────────────────────────────────────────────────────────────────────────

describe('the new steps read in six languages, with their dates, and load with the plan page', () => {
  beforeAll(loadPlanTexts, 60_000);

  const ev = eventMaker('l', ['school', 'bestuur']);
  const admittedPlan = planAt(log(A({ situatie: ['aanmelden'] }), [ev('aanmelding-ontvangen', '2026-04-20'), ev('besluit-geweigerd', '2026-06-01'), ev('besluit-toegelaten', '2026-06-15')]), '2026-06-16');
  const phonePlan = planAt(log(A({ situatie: ['aanmelden'] }), [ev('aanmelding-ontvangen', '2026-04-20'), { ...ev('besluit-geweigerd', '2026-06-01'), how: 'telefoon' }]), '2026-06-02');
  const removalPlan = planAt(log(A({ situatie: ['handelingsverlegen'] }), [{ ...ev('verwijdering-besluit', '2026-06-01'), how: 'brief' }, ev('aanmelding-ontvangen', '2026-06-03', ['school']), { ...ev('verwijdering-besluit', '2026-06-10'), how: 'telefoon' }]), '2026-06-11');
  const cases: [Plan, string][] = [[admittedPlan, 'weigering-voor-toelating'], [phonePlan, 'besluit-telefoon-bezwaar'], [removalPlan, 'eerdere-verwijdering']];

  it('title and why name the decision\'s date, no raw key or placeholder; the phone step has its "check" line', () => {
    expect(stepText(stepOf(admittedPlan, 'weigering-voor-toelating')!, 'title', tFor('nl'))).toBe('Weigering van maandag 1 juni 2026: bezwaar kan nog');
    for (const { code } of LANGUAGES) {
      const t = tFor(code);
      for (const [plan, id] of cases) {
        const step = stepOf(plan, id)!;
        expect(step, `${code} ${id}`).toBeDefined();
        for (const part of ['title', 'why', 'late']) {
          const text = stepText(step, part, t);
          expect(text.length, `${code} ${id} ${part}`).toBeGreaterThan(20);
          expect(text, `${code} ${id} ${part}`).not.toMatch(/\{\{|open26|planStep/);
        }
        expect(stepText(step, 'title', t), `${code} ${id}`).toContain(formatDateInText('2026-06-01', code));
        expect(stepText(step, 'why', t), `${code} ${id}`).toMatch(/\b6\b/);
        expect(stepText(step, 'why', t), `${code} ${id}`).toMatch(/ouder- en jeugdsteunpunt/);
      }
      expect(stepText(stepOf(phonePlan, 'besluit-telefoon-bezwaar')!, 'check', t).length, code).toBeGreaterThan(40);
    }
  });

  it('where "Telefoon" is chosen for a decision, the form says what to pick when the letter came too (six languages)', () => {
    const page = readFileSync('src/ui/pages/TimelinePage.tsx', 'utf8');
    expect(page).toMatch(/t\('months\.oralDecision'\)\} \{t\('open26\.oralDecisionPaper'\)\}/);
    for (const { code } of LANGUAGES) {
      const text = tFor(code).raw('ui:open26.oralDecisionPaper');
      expect(text, code).not.toMatch(/open26|\{\{/);
      expect(text, code).toMatch(/\b6\b/);
      // The option names it quotes are the form's own.
      for (const how of ['brief', 'e-mail']) expect(text, `${code} ${how}`).toContain(tFor(code).raw(`ui:timeline.hows.${how}`));
    }
  });

  it('its texts load with the plan page, not in the first load (the 45 KB budget)', () => {
    for (const { code } of LANGUAGES) {
      expect(readFileSync(`src/content/generated/core.${code}.ts`, 'utf8'), code).not.toContain('weigeringVoorToelating');
      expect(readFileSync(`src/content/generated/pagetexts.${code}.ts`, 'utf8'), code).toContain('weigeringVoorToelating');
    }
  });
});

/**
 * Session 30 (s30-removal): a removal decision on paper, then a call about the removal logged on a later day ("Hoe?
 * Telefoon"), read as a parents' lawyer. Each "(failed before)" test failed on main 3e866a8.
 *
 * Before, the call wrote "mondeling" over the decision on paper. Answered in the questionnaire (schriftelijk, a date),
 * the decision's 6 weeks for bezwaar (002:846-850) left the plan for a possible term from the call, not certain; logged
 * as a letter, they stayed as "eerdere-verwijdering". Both plans said "Vraag om het besluit tot verwijdering op papier:
 * de school zei alleen mondeling dat je kind weg moet. Dat is nog geen besluit", and "Kreeg je het besluit toch op papier?
 * ... Dan loopt er nog geen termijn" beside a letter the parent holds.
 *
 * Chosen (as s28-open chose for a refusal): a removal needs a written decision by the school board (FACTS C08, C09) and
 * ends the child's place at that school; a second removal needs a place at a next school, so a registration there first.
 * With no registration dated after the decision, a call about a removal is that decision told again: it writes nothing,
 * and the plan keeps the decision, its certain 6 weeks and its own bezwaar step. After a registration at the next school a
 * removal by phone is that school's: "ask it on paper", and the first letter's 6 weeks stay as "eerdere-verwijdering".
 * The same rule drops the phone step ("no term runs yet") beside a refusal on paper told again by phone (s28's case).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { buildPlan, type Plan, type PlanStep } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { firstThings } from '../../src/ui/firstThings';
import { stepText } from '../../src/ui/deadlineText';
import { eventMaker, log } from './timeline-log';
import { tFor, loadPlanTexts } from './plan-texts';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
type State = ReturnType<typeof log>;
const planAt = (s: State, today: string): Plan => withMeetings(buildPlan(s.answers, today), s.data.events);
const stepOf = (p: Plan, id: string): PlanStep | undefined => p.steps.find((x) => x.id === id);
const ids = (p: Plan) => p.steps.map((x) => x.id);
/** Every open bezwaar term on the plan as "id start→due certain" (the Geschillencommissie shares their dates). */
const bezwaar = (p: Plan) => p.steps.filter((x) => x.deadline && x.id !== 'geschillencommissie' && x.deadline.status !== 'passed').map((x) => `${x.id} ${x.deadline!.start}→${x.deadline!.due} ${x.deadline!.certain}`);
/** The Dutch plan's step texts, all of them. */
const dutch = (p: Plan) => p.steps.map((s) => ['title', 'why'].map((part) => stepText(s, part, tFor('nl'))).join(' ')).join('\n');
// (The step handelingsverlegen-reageren says "maar dat zei ze alleen mondeling" of the school's explanation, not the removal.)
const NO_DECISION = /alleen mondeling dat je kind weg moet|nog geen besluit|nog geen termijn/;

beforeAll(loadPlanTexts);

const call = (ev: ReturnType<typeof eventMaker>, date: string) => ({ ...ev('verwijdering-besluit', date), how: 'telefoon' as const });

describe('1. removal on paper answered in the questionnaire, a call about it 19 days later', () => {
  const ev = eventMaker('a', ['bestuur']);
  const HV = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-01' });
  const s = log(HV, [call(ev, '2026-10-20')]);
  const p = planAt(s, '2026-10-21');

  it('the answers keep the decision on paper and its date (failed before)', () => {
    expect(s.answers).toMatchObject({ 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-01' });
  });
  it('the plan keeps the decision\'s own 6 weeks, certain, and nothing counted from the call (failed before)', () => {
    expect(bezwaar(p)).toEqual(['bezwaar-verwijdering 2026-10-01→2026-11-12 true']);
    expect(firstThings(p).next).toMatchObject({ id: 'bezwaar-verwijdering', deadline: { due: '2026-11-12' } });
  });
  it('no "ask for it on paper", no "there is no decision yet" (failed before)', () => {
    expect(ids(p)).not.toContain('verwijderbesluit-op-papier-vragen');
    expect(ids(p)).not.toContain('besluit-telefoon-bezwaar');
    expect(dutch(p)).not.toMatch(NO_DECISION);
  });
});

describe('2. the same for a child at home after the removal (thuiszitten)', () => {
  const ev = eventMaker('b', ['bestuur']);
  const HOME = A({ situatie: ['thuiszitten'], 'thuis-sinds': '2026-11-10', 'thuis-reden': 'verwijderd', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-10', ingeschreven: 'ja' });
  const s = log(HOME, [call(ev, '2026-11-16')]);
  const p = planAt(s, '2026-11-17');
  it('the 6 weeks from 10 November stay, certain; no paper step (failed before)', () => {
    expect(s.answers['verwijdering-besluit']).toBe('schriftelijk');
    expect(bezwaar(p)).toEqual(['bezwaar-verwijdering 2026-11-10→2026-12-22 true']);
    expect(ids(p)).not.toContain('verwijderbesluit-op-papier-vragen');
    expect(dutch(p)).not.toMatch(NO_DECISION);
  });
});

describe('3. the letter logged in the timeline, the call 19 days later', () => {
  const ev = eventMaker('c', ['bestuur']);
  const HV = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' });
  const s = log(HV, [{ ...ev('verwijdering-besluit', '2026-10-01'), how: 'brief' }, call(ev, '2026-10-20')]);
  const p = planAt(s, '2026-10-21');
  it('one decision: its own bezwaar step, no earlier-removal step, no paper step (failed before)', () => {
    expect(s.answers).toMatchObject({ 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-01' });
    expect(bezwaar(p)).toEqual(['bezwaar-verwijdering 2026-10-01→2026-11-12 true']);
    expect(ids(p)).not.toContain('eerdere-verwijdering');
    expect(ids(p)).not.toContain('verwijderbesluit-op-papier-vragen');
    expect(dutch(p)).not.toMatch(NO_DECISION);
  });
  it('after the 6 weeks: the bezwaar step says they passed; still no paper step (failed before)', () => {
    const later = planAt(s, '2026-11-13');
    expect(stepOf(later, 'bezwaar-verwijdering')?.deadline).toMatchObject({ due: '2026-11-12', status: 'passed' });
    expect(ids(later)).not.toContain('verwijderbesluit-op-papier-vragen');
  });
});

describe('guards', () => {
  const ev = eventMaker('g', ['bestuur']);
  const HV = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' });

  it('a registration at the next school after the removal, then a removal there by phone: news (ask it on paper); the letter\'s 6 weeks stay', () => {
    const s = log(HV, [{ ...ev('verwijdering-besluit', '2026-10-01'), how: 'brief' }, ev('aanmelding-ontvangen', '2026-10-05', ['school']), call(ev, '2026-10-20')]);
    expect(s.answers['verwijdering-besluit']).toBe('mondeling');
    const p = planAt(s, '2026-10-21');
    expect(ids(p)).toContain('verwijderbesluit-op-papier-vragen');
    expect(stepOf(p, 'eerdere-verwijdering')?.deadline).toMatchObject({ start: '2026-10-01', due: '2026-11-12', certain: true });
  });

  it('a call only, no decision on paper: "ask it on paper", no certain clock (A20, FP02; unchanged)', () => {
    const s = log(HV, [call(ev, '2026-10-20')]);
    expect(s.answers['verwijdering-besluit']).toBe('mondeling');
    const p = planAt(s, '2026-10-21');
    expect(ids(p)).toContain('verwijderbesluit-op-papier-vragen');
    expect(stepOf(p, 'besluit-telefoon-bezwaar')?.deadline).toMatchObject({ start: '2026-10-20', certain: false });
    expect(p.steps.filter((x) => x.deadline?.certain)).toEqual([]);
  });

  it('a removal answered "mondeling", then a call: still "ask it on paper" (unchanged)', () => {
    const s = log(A({ ...HV, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'mondeling' }), [call(ev, '2026-10-20')]);
    expect(ids(planAt(s, '2026-10-21'))).toContain('verwijderbesluit-op-papier-vragen');
  });
});

describe('4. the refusal case of session 28: no "no term runs yet" beside the letter', () => {
  const ev = eventMaker('r', ['school']);
  it('a written refusal, a call two days later, no new registration: no phone step (failed before)', () => {
    const s = log(A({ situatie: ['aanmelden'] }), [ev('aanmelding-ontvangen', '2026-04-20'), { ...ev('besluit-geweigerd', '2026-06-01'), how: 'brief' }, { ...ev('besluit-geweigerd', '2026-06-03'), how: 'telefoon' }]);
    const p = planAt(s, '2026-06-04');
    expect(bezwaar(p)).toEqual(['bezwaar-weigering 2026-06-01→2026-07-13 true']);
    expect(ids(p)).not.toContain('besluit-telefoon-bezwaar');
    expect(dutch(p)).not.toMatch(/alleen mondeling nee|nog geen termijn/);
  });
  it('guard: a registration at the next school, then a refusal there by phone: the phone step stays', () => {
    const s = log(A({ situatie: ['aanmelden'] }), [ev('aanmelding-ontvangen', '2026-04-20'), { ...ev('besluit-geweigerd', '2026-06-01'), how: 'brief' }, ev('aanmelding-ontvangen', '2026-06-08'), { ...ev('besluit-geweigerd', '2026-06-22'), how: 'telefoon' }]);
    const p = planAt(s, '2026-06-23');
    expect(stepOf(p, 'besluit-telefoon-bezwaar')?.deadline).toMatchObject({ start: '2026-06-22', certain: false });
    expect(ids(p)).toContain('weigering-op-papier-vragen');
  });
});

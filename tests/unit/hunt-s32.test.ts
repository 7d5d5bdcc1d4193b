/**
 * Session 32 (s32-hunt): the class of bug sessions 28 and 30 fixed one case at a time (a call logged after a decision on
 * paper wrote over the answers, and the decision's certain bezwaar term left the plan), hunted everywhere at once.
 *
 * The property: take a plan with a certain term still running (a decision on paper answered in the questionnaire or logged
 * in "Mijn tijdlijn": a refusal, a removal, a suspension, a registration waiting for the school's decision), log ONE later
 * event of every kind (EVENT_KINDS) with every "Hoe?" (none, and each of HOWS) on the same day or a later one, and read
 * the plan as the plan page builds it (withMeetings with the answers). Every certain term that ran before must still be in
 * the plan with its date, certain, unless the later event really ends or replaces it according to the sources (END below,
 * each with its reason). The terms with certain: false (TLV bezwaar, GPO, complaint, dossier: FACTS §X) are not held here.
 *
 * Found: a written refusal answered in the questionnaire, then "Toegelaten" logged on that day or later (every "Hoe?"): the
 * refusal's 6 weeks (002:748-750) left the plan, while the same story logged in the timeline keeps them as
 * weigering-voor-toelating, a choice (session 26). Fixed (src/timeline/earlier.ts withAnsweredRefusal). On main 3f8e0de
 * the property failed for the two answered refusals (on paper "ja" and "weet ik niet"): 18 cases each (3 days x 6 "Hoe?"),
 * and so did the first two focused tests below. The check is on the date AND the step that carries it (`missing`): a term
 * may move from the decision's own bezwaar step to the timeline's "earlier decision" step only after a registration, an
 * admission or a later decision on paper. Checked on the final code: with session 30's fix undone (the removal's
 * earlierUnlessAfter) 9 property tests fail (3 removal bases x the one-, two- and three-event properties: a call 2 or 9
 * days later moves the term to eerdere-verwijdering beside "ask it on paper"); with session 28's undone (the refusal's)
 * 10 fail (the refusal bases).
 * Also found and fixed (each with focused tests below that failed before): a written refusal or removal answered, a
 * registration at the next school, then a decision there by phone (the answered decision's 6 weeks left the plan; now
 * eerdere-weigering / eerdere-verwijdering, as for the story logged); two removal decisions on paper on different days (the
 * plan showed only the later date; now the first letter's 6 weeks stay as eerdere-verwijdering, texts hunt32).
 * Session 34 (s34-open): a bezwaar logged with "Hoe? Telefoon" or "Gesprek" no longer ends the bezwaar step (before, it did
 * like one on paper, and was listed in END); `ends` holds it now.
 * Session 35 (s35-reg): nor does a registration sent by phone or in a talk end a written registration's 6 weeks (before,
 * it wrote a new day of registration and the school's term moved to the call's day); `ends` holds it now. On 225eae2 the
 * one-event property failed for both registration bases (+2 and +9 days, "Telefoon" and "Gesprek").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { buildPlan, type Plan } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { addDays } from '../../src/rules/calendar';
import { EFFECTS, EVENT_KINDS, HOWS, type EventKind, type How } from '../../src/timeline/effects';
import { isLegal, questionnaireAnswers, toldOnlyOrally, type TimelineEvent } from '../../src/timeline/model';
import { ev, log, planAt } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';
import { stepText } from '../../src/ui/deadlineText';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
interface Term { id: string; due: string }
/** Every certain term on the plan that has not passed. */
const certain = (p: Plan): Term[] => p.steps.filter((x) => x.deadline?.certain && x.deadline.status !== 'passed').map((x) => ({ id: x.id, due: x.deadline!.due }));

beforeAll(loadPlanTexts);

interface Base {
  name: string; answers: Answers; events: TimelineEvent[]; day: string; term: 'refusal' | 'removal' | 'suspension' | 'registration';
  /** The base holds a registration dated after its decision on paper: a decision by phone is news then (sessions 28, 30). */
  registeredAfter?: true;
}
const HV = { situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' };
const REFUSAL = { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-04-20', 'aanmelding-besluit': 'geweigerd', 'weigering-datum': '2026-06-01' };
/**
 * The terms of `before` that `after` lost: no certain term with the same last day, or one on another step than may carry
 * it. A decision's own bezwaar step may hand its term to the timeline's step for an earlier decision (eerdere-weigering,
 * weigering-voor-toelating, eerdere-verwijdering, with -2 …) only when a later event made it an earlier decision: a
 * registration (news after it, sessions 28 and 30), an admission (a choice, session 26), a later decision of the kind on
 * paper. Otherwise the same step must still carry it (a call told again writes nothing: sessions 28 and 30).
 */
function missing(before: Term[], after: Term[], later: readonly (readonly [EventKind, How | undefined])[], b: Base): Term[] {
  // A decision by phone is no decision (A20, FP02): it never makes the one on paper an earlier one.
  const moving = later.filter(([k, h]) => !toldOnlyOrally({ kind: k, ...(h ? { how: h } : {}) })).map(([k]) => k);
  const MOVES: Record<string, { to: RegExp; by: readonly EventKind[] }> = {
    'bezwaar-weigering': { to: /^(eerdere-weigering(-\d+)?|weigering-voor-toelating)$/, by: ['aanmelding-ontvangen', 'aanmelding-verstuurd', 'besluit-toegelaten', 'besluit-geweigerd'] },
    'bezwaar-verwijdering': { to: /^eerdere-verwijdering(-2)?$/, by: ['aanmelding-ontvangen', 'aanmelding-verstuurd', 'verwijdering-besluit'] },
  };
  return before.filter((t) => !after.some((a) => a.due === t.due && (a.id === t.id || (MOVES[t.id] !== undefined && MOVES[t.id]!.to.test(a.id) && (b.registeredAfter === true || moving.some((k) => MOVES[t.id]!.by.includes(k)))))));
}

const BASES: Base[] = [
  { name: 'refusal on paper, answered', term: 'refusal', day: '2026-06-01', answers: A({ ...REFUSAL, 'weigering-schriftelijk': 'ja' }), events: [] },
  { name: 'refusal, on paper "weet ik niet", answered', term: 'refusal', day: '2026-06-01', answers: A({ ...REFUSAL, 'weigering-schriftelijk': 'weet-niet' }), events: [] },
  { name: 'refusal on paper, logged as a letter', term: 'refusal', day: '2026-06-01', answers: A({ situatie: ['aanmelden'] }), events: [ev('b0', 'aanmelding-ontvangen', '2026-04-20'), ev('b1', 'besluit-geweigerd', '2026-06-01', 'brief')] },
  { name: 'removal on paper, answered', term: 'removal', day: '2026-10-01', answers: A({ ...HV, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-01' }), events: [] },
  { name: 'removal on paper, child at home, answered', term: 'removal', day: '2026-11-10', answers: A({ situatie: ['thuiszitten'], 'thuis-sinds': '2026-11-10', 'thuis-reden': 'verwijderd', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-10', ingeschreven: 'ja' }), events: [] },
  { name: 'removal on paper, logged as a letter', term: 'removal', day: '2026-10-01', answers: A(HV), events: [ev('b0', 'verwijdering-besluit', '2026-10-01', 'brief')] },
  { name: 'suspension, answered', term: 'suspension', day: '2026-10-05', answers: A({ situatie: ['thuiszitten'], 'thuis-sinds': '2026-10-05', 'thuis-reden': 'geschorst', 'schorsing-datum': '2026-10-05', ingeschreven: 'ja' }), events: [] },
  { name: 'suspension, logged', term: 'suspension', day: '2026-10-05', answers: A({ situatie: ['thuiszitten'], ingeschreven: 'ja' }), events: [ev('b0', 'schorsing', '2026-10-05', 'brief')] },
  { name: 'removal on paper answered, then a refusal on paper at the next school answered', term: 'refusal', registeredAfter: true, day: '2026-10-20', answers: A({ situatie: ['aanmelden', 'handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-01', 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-10-05', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-10-20' }), events: [] },
  { name: 'refusal on paper, then admitted at the next school, answered', term: 'refusal', registeredAfter: true, day: '2026-06-10', answers: A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-06-05', 'aanmelding-besluit': 'toegelaten', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-06-01' }), events: [] },
  { name: 'registration waiting for a decision, answered', term: 'registration', day: '2026-04-20', answers: A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-04-20', 'aanmelding-besluit': 'nog-niet' }), events: [] },
  { name: 'registration waiting for a decision, logged', term: 'registration', day: '2026-04-20', answers: A({ situatie: ['aanmelden'] }), events: [ev('b0', 'aanmelding-ontvangen', '2026-04-20')] },
];
const HOW_OPTS: readonly (How | undefined)[] = [undefined, ...HOWS];
const GAPS = [0, 2, 9];

/**
 * A later event that really ends or replaces the term (from the sources), by the base's term. Returns the reason, or
 * undefined when the term must stay.
 */
function ends(term: Base['term'], kind: EventKind, how: How | undefined, gap: number): string | undefined {
  const oral = how === 'telefoon';
  // Session 34: not a bezwaar by phone or in a talk (it must be a letter or an e-mail: 000:972; FACTS FP-P4): the term stays.
  if ((term === 'refusal' || term === 'removal') && kind === 'bezwaar-ingediend' && how !== 'telefoon' && how !== 'gesprek') return 'the parent objected: the bezwaar step is done (A21, C09); bezwaar-loopt follows';
  if (term === 'suspension' && kind === 'schorsing' && gap > 0) return 'a new suspension: its own week (C10) from its own first day';
  // Session 55: a day back at school after the suspension's first day ends it (src/timeline/earlier.ts atSchool).
  if (term === 'suspension' && kind === 'weer-naar-school' && gap > 0) return 'the child went back to school: the suspension is over';
  if (term === 'registration') {
    // Session 35: a registration sent by phone or in a talk is no registration (A01, FP01): the written one's 6 weeks stay.
    if (kind === 'aanmelding-verstuurd' && (how === 'telefoon' || how === 'gesprek')) return undefined;
    if ((kind === 'aanmelding-ontvangen' || kind === 'aanmelding-verstuurd') && gap > 0) return 'a new registration: the 6 weeks count from its receipt (A04)';
    if (kind === 'besluit-verlengd') return 'the school extended: 10 weeks from receipt instead of 6 (A05)';
    if (kind === 'besluit-toegelaten') return 'the school decided: admitted';
    if (kind === 'besluit-geweigerd' && !oral) return 'the school decided on paper: the refusal\'s 6 weeks for bezwaar follow (A21)';
  }
  return undefined;
}

/** None left open (kept as a hook: a known open case would be listed here with its reason). */
function open(_b: Base, _kind: EventKind, _how: How | undefined, _gap: number): boolean {
  return false;
}

describe('the property: a certain term still running stays in the plan after any later event, unless that event ends it', () => {
  for (const b of BASES) {
    it(b.name, () => {
      const lost: string[] = [];
      let checked = 0;
      let withTerm = 0;
      for (const gap of GAPS) {
        const evDay = addDays(b.day, gap);
        const today = addDays(evDay, 1);
        const before = certain(planAt(log(b.answers, b.events), today));
        // A suspension's week (C10) has passed 9 days on: nothing to hold then.
        if (before.length === 0) continue;
        withTerm++;
        for (const kind of EVENT_KINDS) for (const how of HOW_OPTS) {
          const after = certain(planAt(log(b.answers, [...b.events, ev('x', kind, evDay, how)]), today));
          checked++;
          const gone = missing(before, after, [[kind, how]], b);
          if (gone.length === 0 || ends(b.term, kind, how, gap) || open(b, kind, how, gap)) continue;
          lost.push(`+${gap}d ${kind} (Hoe: ${how ?? '-'}): lost ${gone.map((t) => `${t.id} ${t.due}`).join(', ')}; left ${after.map((t) => `${t.id} ${t.due}`).join(', ') || 'none'}`);
        }
      }
      // The base has its certain term on the event's day at least (else the property would hold vacuously).
      expect(withTerm).toBeGreaterThanOrEqual(b.term === 'suspension' ? 2 : GAPS.length);
      expect(checked).toBe(withTerm * EVENT_KINDS.length * HOW_OPTS.length);
      expect(lost).toEqual([]);
    });
  }
});

describe('found: a refusal on paper answered, then "Toegelaten" logged (failed before)', () => {
  const S = A({ ...REFUSAL, 'weigering-schriftelijk': 'ja' });
  const ids = (p: Plan) => p.steps.map((x) => x.id);

  it('the refusal\'s 6 weeks stay as weigering-voor-toelating, certain, from the answered day (failed before)', () => {
    const s = log(S, [ev('t0', 'besluit-toegelaten', '2026-06-10', 'brief')]);
    expect(s.answers['aanmelding-besluit']).toBe('toegelaten');
    const p = planAt(s, '2026-06-11');
    expect(p.steps.find((x) => x.id === 'weigering-voor-toelating')).toMatchObject({ params: { besluit: '2026-06-01' }, deadline: { start: '2026-06-01', due: '2026-07-13', certain: true } });
    expect(ids(p)).not.toContain('bezwaar-weigering');
  });
  it('the same plan as the story logged in the timeline (session 26)', () => {
    const answered = planAt(log(S, [ev('t0', 'besluit-toegelaten', '2026-06-10')]), '2026-06-11');
    const logged = planAt(log(A({ situatie: ['aanmelden'] }), [ev('t0', 'aanmelding-ontvangen', '2026-04-20'), ev('t1', 'besluit-geweigerd', '2026-06-01', 'brief'), ev('t2', 'besluit-toegelaten', '2026-06-10')]), '2026-06-11');
    expect(certain(answered)).toEqual(certain(logged));
  });
  it('guard: no admission logged (answers only, "toegelaten" with an old refusal date left): no step', () => {
    const p = planAt(log(A({ ...REFUSAL, 'weigering-schriftelijk': 'ja', 'aanmelding-besluit': 'toegelaten' }), []), '2026-06-11');
    expect(ids(p)).not.toContain('weigering-voor-toelating');
  });
  it('guard: a registration after the refusal, then admitted: the plan\'s own bezwaar step, no second step', () => {
    const s = log(S, [ev('t0', 'aanmelding-ontvangen', '2026-06-05'), ev('t1', 'besluit-toegelaten', '2026-06-10')]);
    const p = planAt(s, '2026-06-11');
    expect(certain(p).filter((t) => t.due === '2026-07-13')).toEqual([{ id: 'bezwaar-weigering', due: '2026-07-13' }]);
  });
  it('guard: a bezwaar logged since the refusal, then admitted: no step', () => {
    const s = log(S, [ev('t0', 'bezwaar-ingediend', '2026-06-05'), ev('t1', 'besluit-toegelaten', '2026-06-10')]);
    expect(ids(planAt(s, '2026-06-11'))).not.toContain('weigering-voor-toelating');
  });
  it('guard: an admission dated before the refusal writes nothing: the plan\'s own step only', () => {
    const s = log(S, [ev('t0', 'besluit-toegelaten', '2026-05-20')]);
    expect(s.answers['aanmelding-besluit']).toBe('geweigerd');
    expect(certain(planAt(s, '2026-06-11'))).toEqual([{ id: 'bezwaar-weigering', due: '2026-07-13' }]);
  });
});

describe('the property for two later events (day +1 and day +3; "Hoe?" none or telefoon)', () => {
  const HOW2: readonly (How | undefined)[] = [undefined, 'telefoon'];
  for (const b of BASES) {
    it(b.name, () => {
      const d1 = addDays(b.day, 1), d2 = addDays(b.day, 3), today = addDays(b.day, 4);
      const before = certain(planAt(log(b.answers, b.events), today));
      expect(before.length).toBeGreaterThan(0);
      const lost: string[] = [];
      for (const k1 of EVENT_KINDS) for (const h1 of HOW2) for (const k2 of EVENT_KINDS) for (const h2 of HOW2) {
        if (ends(b.term, k1, h1, 1) || ends(b.term, k2, h2, 3) || open(b, k1, h1, 1) || open(b, k2, h2, 3)) continue;
        const after = certain(planAt(log(b.answers, [...b.events, ev('x', k1, d1, h1), ev('y', k2, d2, h2)]), today));
        const gone = missing(before, after, [[k1, h1], [k2, h2]], b);
        if (gone.length) lost.push(`${k1}/${h1 ?? '-'} then ${k2}/${h2 ?? '-'}: lost ${gone.map((t) => `${t.id} ${t.due}`).join(', ')}`);
      }
      expect(lost).toEqual([]);
    });
  }
});

describe('found: a decision on paper answered, a registration at the next school, then a decision there by phone (failed before)', () => {
  it('refusal: the answered refusal\'s 6 weeks stay as eerdere-weigering, certain (failed before)', () => {
    const s = log(A({ ...REFUSAL, 'weigering-schriftelijk': 'ja' }), [ev('r0', 'aanmelding-ontvangen', '2026-06-03'), ev('r1', 'besluit-geweigerd', '2026-06-10', 'telefoon')]);
    expect(s.answers['weigering-schriftelijk']).toBe('nee');
    const p = planAt(s, '2026-06-11');
    expect(p.steps.find((x) => x.id === 'eerdere-weigering')).toMatchObject({ params: { besluit: '2026-06-01' }, deadline: { due: '2026-07-13', certain: true } });
    expect(p.steps.map((x) => x.id)).toContain('weigering-op-papier-vragen');
  });
  it('removal: the answered removal\'s 6 weeks stay as eerdere-verwijdering, certain (failed before)', () => {
    const s = log(A({ ...HV, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-01' }), [ev('v0', 'aanmelding-ontvangen', '2026-10-05'), ev('v1', 'verwijdering-besluit', '2026-10-20', 'telefoon')]);
    expect(s.answers['verwijdering-besluit']).toBe('mondeling');
    const p = planAt(s, '2026-10-21');
    expect(p.steps.find((x) => x.id === 'eerdere-verwijdering')).toMatchObject({ params: { besluit: '2026-10-01' }, deadline: { due: '2026-11-12', certain: true } });
    expect(p.steps.map((x) => x.id)).toContain('verwijderbesluit-op-papier-vragen');
  });
  it('the same plans as the stories logged in the timeline (removal-s30 guard, open-s26)', () => {
    const answered = planAt(log(A({ ...HV, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-01' }), [ev('v0', 'aanmelding-ontvangen', '2026-10-05'), ev('v1', 'verwijdering-besluit', '2026-10-20', 'telefoon')]), '2026-10-21');
    const logged = planAt(log(A(HV), [ev('v0', 'verwijdering-besluit', '2026-10-01', 'brief'), ev('v1', 'aanmelding-ontvangen', '2026-10-05'), ev('v2', 'verwijdering-besluit', '2026-10-20', 'telefoon')]), '2026-10-21');
    expect(certain(answered)).toEqual(certain(logged));
  });
  it('guard: a bezwaar answered in the questionnaire: no earlier step (it cannot be placed; unchanged)', () => {
    const s = log(A({ ...HV, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-01', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-10-10' }), [ev('v0', 'aanmelding-ontvangen', '2026-10-12'), ev('v1', 'verwijdering-besluit', '2026-10-20', 'telefoon')]);
    expect(planAt(s, '2026-10-21').steps.map((x) => x.id)).not.toContain('eerdere-verwijdering');
  });
});

// Session 47 (s039-brief-later-binnen-ook-in-tijdlijn): with no registration between them, the second letter may be the
// first logged again (a second removal needs a place at a next school first, 002:756-768). The plan's own bezwaar step
// now counts from the first letter, and the second keeps its 6 weeks as latere-verwijdering, asking whether it is a new
// decision; before, the second was the plan's own and the first's step said a second decision came. Both terms stay.
describe('found: two removal decisions on paper on different days (failed before)', () => {
  const texts = (p: Plan) => p.steps.find((x) => x.id === 'latere-verwijdering');
  it('both logged: both letters\' 6 weeks stay, the plan\'s own from the first, the second asking whether it is new (failed before)', () => {
    const s = log(A(HV), [ev('w0', 'verwijdering-besluit', '2026-10-01', 'brief'), ev('w1', 'verwijdering-besluit', '2026-10-03', 'e-mail')]);
    const p = planAt(s, '2026-10-04');
    expect(certain(p).filter((t) => t.id.includes('verwijdering'))).toEqual(expect.arrayContaining([{ id: 'bezwaar-verwijdering', due: '2026-11-12' }, { id: 'latere-verwijdering', due: '2026-11-14' }]));
    expect(texts(p)).toMatchObject({ texts: 'ui:s47.planStep.latereVerwijdering', params: { besluit: '2026-10-03', eerste: '2026-10-01' } });
    expect(stepText(texts(p)!, 'why', tFor('nl'))).toMatch(/Is het dezelfde brief/);
    expect(stepText(texts(p)!, 'why', tFor('nl'))).not.toMatch(/telefoon/);
  });
  it('answered, then a second letter logged 9 days later: the answered date stays (failed before)', () => {
    const s = log(A({ ...HV, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-01' }), [ev('w0', 'verwijdering-besluit', '2026-10-10', 'brief')]);
    const p = planAt(s, '2026-10-11');
    expect(p.steps.find((x) => x.id === 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2026-10-01', due: '2026-11-12', certain: true });
    expect(texts(p)?.deadline).toMatchObject({ start: '2026-10-10', due: '2026-11-21', certain: true });
  });
  it('guard: a registration between the letters makes the second a new decision at the next school: the plan counts from it', () => {
    const s = log(A(HV), [ev('w0', 'verwijdering-besluit', '2026-10-01', 'brief'), ev('r', 'aanmelding-ontvangen', '2026-10-02', 'e-mail'), ev('w1', 'verwijdering-besluit', '2026-10-05', 'brief')]);
    const p = planAt(s, '2026-10-06');
    expect(p.steps.find((x) => x.id === 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2026-10-05', certain: true });
    expect(p.steps.find((x) => x.id === 'eerdere-verwijdering')?.deadline).toMatchObject({ start: '2026-10-01', certain: true });
    expect(texts(p)).toBeUndefined();
  });
  it('guard: a bezwaar logged since the first letter: no extra step; after the first 6 weeks: no extra step', () => {
    const evs = [ev('w0', 'verwijdering-besluit', '2026-10-01', 'brief'), ev('w1', 'verwijdering-besluit', '2026-10-03', 'brief')];
    expect(texts(planAt(log(A(HV), [...evs, ev('w2', 'bezwaar-ingediend', '2026-10-02')]), '2026-10-04'))).toBeUndefined();
    expect(texts(planAt(log(A(HV), evs), '2026-11-15'))).toBeUndefined();
  });
  it('the texts exist in all six languages', () => {
    for (const lang of ['nl', 'en', 'tr', 'pl', 'uk', 'ar'] as const) {
      const p = planAt(log(A(HV), [ev('w0', 'verwijdering-besluit', '2026-10-01', 'brief'), ev('w1', 'verwijdering-besluit', '2026-10-03', 'brief')]), '2026-10-04');
      for (const part of ['title', 'why']) expect(stepText(texts(p)!, part, tFor(lang)), `${lang} ${part}`).toMatch(/3|٣/);
    }
  });
});

describe('the property for three later events (day +1, +2, +3) among the decisions, a registration, an admission, a suspension, a call', () => {
  const OPTIONS: readonly [EventKind, How | undefined][] = [
    ['besluit-geweigerd', 'brief'], ['besluit-geweigerd', 'telefoon'], ['verwijdering-besluit', 'brief'], ['verwijdering-besluit', 'telefoon'],
    ['aanmelding-ontvangen', undefined], ['besluit-toegelaten', undefined], ['schorsing', undefined], ['telefoontje', 'telefoon'],
  ];
  for (const b of BASES) {
    it(b.name, () => {
      const day = (n: number) => addDays(b.day, n);
      const today = day(4);
      const before = certain(planAt(log(b.answers, b.events), today));
      expect(before.length).toBeGreaterThan(0);
      const lost: string[] = [];
      let n = 0;
      for (const o1 of OPTIONS) for (const o2 of OPTIONS) for (const o3 of OPTIONS) {
        const seq = [o1, o2, o3];
        if (seq.some(([k, h], i) => ends(b.term, k, h, i + 1))) continue;
        n++;
        const after = certain(planAt(log(b.answers, [...b.events, ...seq.map(([k, h], i) => ev(`x${i}`, k, day(i + 1), h))]), today));
        const gone = missing(before, after, seq, b);
        if (gone.length) lost.push(`${seq.map(([k, h]) => `${k}/${h ?? '-'}`).join(' then ')}: lost ${gone.map((t) => `${t.id} ${t.due}`).join(', ')}`);
      }
      expect(n).toBeGreaterThan(50);
      expect(lost).toEqual([]);
    });
  }
});

describe('found: two removal letters, a registration at the next school, then a removal there by phone (failed before)', () => {
  it('both letters keep their 6 weeks: eerdere-verwijdering (the second) and eerdere-verwijdering-2 (the first)', () => {
    const s = log(A(HV), [ev('z0', 'verwijdering-besluit', '2026-10-01', 'brief'), ev('z1', 'verwijdering-besluit', '2026-10-02', 'brief'), ev('z2', 'aanmelding-ontvangen', '2026-10-05'), ev('z3', 'verwijdering-besluit', '2026-10-20', 'telefoon')]);
    const p = planAt(s, '2026-10-21');
    expect(certain(p).filter((t) => t.id.startsWith('eerdere-verwijdering'))).toEqual(expect.arrayContaining([{ id: 'eerdere-verwijdering', due: '2026-11-13' }, { id: 'eerdere-verwijdering-2', due: '2026-11-12' }]));
  });
});

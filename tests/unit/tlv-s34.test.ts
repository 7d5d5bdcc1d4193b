/**
 * Session 34 (s34-tlv): a TLV refusal by the samenwerkingsverband (answered in the questionnaire or logged), then a later
 * TLV decision logged in "Mijn tijdlijn" on ANOTHER day. The later decision wrote tlv-besluit-datum over the refusal's and
 * the plan's own tlv-bezwaar counted from it only: the first refusal's bezwaar term (6 weeks, EXT, FACTS E18 and §X.3: not
 * certain) left the plan. Found by tlv-s33's property (TLV_OPEN, now empty). A new decision does not end the right to
 * object to the first one (E16, 001:939-941; as for refusals of admission and removals, sessions 26-32).
 *
 *  1. Refused again: the first refusal's term stays as eerdere-tlv-afwijzing, with texts that speak of a new decision
 *     (tlv34.tweedeTlvBesluit); the new refusal keeps the plan's own tlv-bezwaar with its own term.
 *  2. Granted: the child has a TLV, so objecting to the refusal is usually not needed, but its term has not ended. It stays
 *     with its last day as a choice (tlv-afwijzing-voor-toekenning, as weigering-voor-toelating in session 26/28): not an
 *     action on the first screen, not above the to-dos, and the first screen says it is a choice (tlv34.choiceGranted).
 *     The plan's own tlv-bezwaar, which then counts from the grant, names the grant (tlv34.bezwaarToekenning): before, it
 *     said "the decision" only, and a parent who disagreed with the refusal read the grant's later date as hers.
 *  3. tlv-eens "ja": no bezwaar step at all (as the catalogue's tlv-bezwaar).
 *  4. The TLV objection letter: with two such decisions whose terms may run, its {{datum_besluit}} is left for the parent
 *     (before, sent from the earlier refusal's step, it named the later decision's date).
 *  Also: a scenario may carry a timeline (tests/scenarios/run.ts timelinePlan; tests/scenarios/020-tlv-s34.yaml).
 * Each "(failed before)" test failed on main bc5800d (checked in a second checkout); the others are guards.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { buildPlan, type Plan } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { EFFECTS, HOWS, type EventKind, type How } from '../../src/timeline/effects';
import { addDays, addWeeks } from '../../src/rules/calendar';
import { deleteEvent, isLegal, questionnaireAnswers, type TimelineEvent } from '../../src/timeline/model';
import { firstThings } from '../../src/ui/firstThings';
import { FirstThings } from '../../src/ui/pages/PlanPage';
import { loadTexts, renderFirstScreen, renderMarkdown } from '../../src/cli/plan';
import { stepText } from '../../src/ui/deadlineText';
import { formatDate } from '../../src/rules/dates';
import { valuesFromAnswers } from '../../src/rules/letters';
import { LANGUAGES } from '../../src/languages';
import { ev, log, planAt } from './timeline-log';
import { validateScenario } from '../scenarios/suite';
import { timelinePlan } from '../scenarios/run';
import { loadPlanTexts, textOf, tFor } from './plan-texts';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
type State = ReturnType<typeof log>;
const step = (p: Plan, id: string) => p.steps.find((s) => s.id === id);

const REFUSED = '2026-05-04';
const REFUSAL_DUE = addWeeks(REFUSED, 6); // 2026-06-15
const TODAY = '2026-05-25';
const LANGS = LANGUAGES.map((l) => l.code);

const ANSWERED = (eens = 'nee') => A({ situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': REFUSED, 'tlv-eens': eens });
const BASES = [
  { name: 'refusal answered', answers: ANSWERED(), events: [] as TimelineEvent[] },
  { name: 'refusal logged', answers: A({ situatie: ['tlv'], 'tlv-eens': 'nee' }), events: [ev('b1', 'tlv-afgewezen', REFUSED, 'brief')] },
];
const story = (b: (typeof BASES)[number], ...later: TimelineEvent[]) => log(b.answers, [...b.events, ...later]);

beforeAll(loadPlanTexts);

describe('1. refused again on another day: the first refusal\'s term stays as eerdere-tlv-afwijzing', () => {
  for (const b of BASES) {
    it(`${b.name}, then refused again 2 or 9 days later (every "Hoe?"): both terms, each with its own date (failed before)`, () => {
      for (const gap of [2, 9]) for (const how of [undefined, ...HOWS]) {
        const day = addDays(REFUSED, gap);
        const p = planAt(story(b, ev('x', 'tlv-afgewezen', day, how)), TODAY);
        const e = step(p, 'eerdere-tlv-afwijzing');
        expect(e?.deadline, `+${gap}d ${how}`).toMatchObject({ start: REFUSED, due: REFUSAL_DUE, certain: false });
        expect(e!.texts).toBe('ui:tlv34.planStep.tweedeTlvBesluit');
        expect(e!.params['besluit']).toBe(REFUSED);
        expect(e!.letters).toEqual(['bezwaar-tlv']);
        expect(e!.group).toBe('nu');
        // The new refusal keeps the plan's own step, with its own term; since session 37 its texts name its date (tlv-s37).
        const own = step(p, 'tlv-bezwaar');
        expect(own?.deadline).toMatchObject({ start: day, due: addWeeks(day, 6), certain: false });
        expect(own!.texts).toBe('ui:tlv37.planStep.nieuwsteAfwijzing');
        expect(own!.params['besluit']).toBe(day);
      }
    });
  }

  it('the first screen names the first refusal\'s term first, as an action to do (failed before)', () => {
    const p = planAt(story(BASES[1]!, ev('x', 'tlv-afgewezen', '2026-05-13', 'brief')), TODAY);
    const f = firstThings(p);
    expect(f.actions.map((a) => a.id)).toEqual(['eerdere-tlv-afwijzing', 'tlv-bezwaar']);
    expect(f.next).toMatchObject({ id: 'eerdere-tlv-afwijzing', deadline: { due: REFUSAL_DUE } });
    expect(f.choice).toBeUndefined();
  });

  it('guard: refused again on the same day: the same decision, no second step', () => {
    for (const b of BASES) {
      const p = planAt(story(b, ev('x', 'tlv-afgewezen', REFUSED, 'e-mail')), TODAY);
      expect(step(p, 'tlv-bezwaar')?.deadline).toMatchObject({ start: REFUSED, due: REFUSAL_DUE });
      expect(p.steps.filter((s) => s.id.startsWith('eerdere-tlv-afwijzing') || s.id.startsWith('tlv-afwijzing-voor'))).toEqual([]);
    }
  });

  it('a bezwaar logged between the two refusals is against the first: no step; one after the second cannot be placed: the step stays (failed before)', () => {
    const b = BASES[1]!;
    const between = planAt(story(b, ev('o', 'bezwaar-ingediend', '2026-05-08'), ev('x', 'tlv-afgewezen', '2026-05-13')), TODAY);
    expect(step(between, 'eerdere-tlv-afwijzing')).toBeUndefined();
    const after = planAt(story(b, ev('x', 'tlv-afgewezen', '2026-05-13'), ev('o', 'bezwaar-ingediend', '2026-05-20')), TODAY);
    expect(step(after, 'eerdere-tlv-afwijzing')?.deadline?.due).toBe(REFUSAL_DUE);
  });

  it('the first refusal\'s term has passed: no step; on its last day it is there (failed before)', () => {
    const s = story(BASES[0]!, ev('x', 'tlv-afgewezen', '2026-05-13'));
    expect(step(planAt(s, REFUSAL_DUE), 'eerdere-tlv-afwijzing')).toBeDefined();
    expect(step(planAt(s, addDays(REFUSAL_DUE, 1)), 'eerdere-tlv-afwijzing')).toBeUndefined();
  });

  it('refusal, a new application (s33), then refused again: the first refusal\'s term stays (failed before)', () => {
    const p = planAt(story(BASES[1]!, ev('a', 'tlv-aangevraagd', '2026-05-08'), ev('x', 'tlv-afgewezen', '2026-05-18')), TODAY);
    expect(step(p, 'eerdere-tlv-afwijzing')).toMatchObject({ texts: 'ui:tlv34.planStep.tweedeTlvBesluit', deadline: { due: REFUSAL_DUE } });
    expect(step(p, 'tlv-bezwaar')?.deadline?.start).toBe('2026-05-18');
  });

  it('three refusals within six weeks: each earlier one has its own step, with its own id (failed before)', () => {
    const p = planAt(story(BASES[1]!, ev('x', 'tlv-afgewezen', '2026-05-11'), ev('y', 'tlv-afgewezen', '2026-05-18')), TODAY);
    expect(step(p, 'eerdere-tlv-afwijzing')?.deadline?.due).toBe(REFUSAL_DUE);
    expect(step(p, 'eerdere-tlv-afwijzing-2')?.deadline?.due).toBe(addWeeks('2026-05-11', 6));
    expect(step(p, 'tlv-bezwaar')?.deadline?.start).toBe('2026-05-18');
  });

  it('guard: deleting the later refusal gives back the plan\'s own step counting from the first refusal, and no second step', () => {
    const b = BASES[1]!;
    const s = story(b, ev('x', 'tlv-afgewezen', '2026-05-13'));
    const back = deleteEvent(s.answers, s.data, 'x');
    const p = planAt(back, TODAY);
    expect(step(p, 'tlv-bezwaar')?.deadline?.due).toBe(REFUSAL_DUE);
    expect(step(p, 'eerdere-tlv-afwijzing')).toBeUndefined();
  });
});

describe('2. granted on another day: the refusal\'s term stays as a choice', () => {
  for (const b of BASES) {
    it(`${b.name}, then granted 2 or 9 days later (every "Hoe?"): tlv-afwijzing-voor-toekenning with the refusal's date (failed before)`, () => {
      for (const gap of [2, 9]) for (const how of [undefined, ...HOWS]) {
        const day = addDays(REFUSED, gap);
        const p = planAt(story(b, ev('x', 'tlv-toegekend', day, how)), TODAY);
        const c = step(p, 'tlv-afwijzing-voor-toekenning');
        expect(c?.deadline, `+${gap}d ${how}`).toMatchObject({ start: REFUSED, due: REFUSAL_DUE, certain: false });
        expect(c!.texts).toBe('ui:tlv34.planStep.afwijzingVoorToekenning');
        expect(c!.params['besluit']).toBe(REFUSED);
        expect(c!.letters).toEqual(['bezwaar-tlv']);
        expect(step(p, 'eerdere-tlv-afwijzing')).toBeUndefined();
      }
    });
  }

  it('not on top: after the to-dos of its group, never a first action; the first screen says it is a choice with its date (failed before)', () => {
    for (const today of [TODAY, '2026-06-05']) {
      const p = planAt(story(BASES[0]!, ev('x', 'tlv-toegekend', '2026-05-13', 'brief')), today);
      const c = step(p, 'tlv-afwijzing-voor-toekenning')!;
      // More than 14 days left: "Binnenkort"; in its last 14 days "Nu doen" (order.ts rule 1), after every other step there.
      expect(c.group).toBe(today === TODAY ? 'binnenkort' : 'nu');
      const group = p.steps.filter((s) => s.group === c.group);
      expect(group.at(-1)?.id === c.id || group.slice(group.indexOf(c) + 1).every((s) => ['dossier-herinneren', 'klacht-loopt'].includes(s.id))).toBe(true);
      const f = firstThings(p);
      expect(f.actions.map((a) => a.id)).not.toContain('tlv-afwijzing-voor-toekenning');
      expect(f.choice).toMatchObject({ tlv: true, step: { id: 'tlv-afwijzing-voor-toekenning', deadline: { due: REFUSAL_DUE } } });
      expect(f.also?.map((a) => a.id) ?? []).not.toContain('tlv-afwijzing-voor-toekenning');
    }
  });

  it('the plan\'s own tlv-bezwaar (tlv-eens "nee") counts from the grant and names it (failed before)', () => {
    const p = planAt(story(BASES[1]!, ev('x', 'tlv-toegekend', '2026-05-13', 'brief')), TODAY);
    const own = step(p, 'tlv-bezwaar')!;
    expect(own.deadline).toMatchObject({ start: '2026-05-13', due: addWeeks('2026-05-13', 6), certain: false });
    expect(own.texts).toBe('ui:tlv34.planStep.bezwaarToekenning');
    expect(own.params['besluit']).toBe('2026-05-13');
    const t = tFor('nl');
    expect(stepText(own, 'title', t)).toMatch(/TLV van woensdag 13 mei 2026/);
    expect(stepText(own, 'check', t)).not.toBe('');
  });

  it('CLI first screen: the choice paragraph before the actions, with the date and "niet zeker"; the actions are the to-dos (failed before)', async () => {
    const p = planAt(story(BASES[0]!, ev('x', 'tlv-toegekend', '2026-05-13', 'brief')), TODAY);
    const out = renderFirstScreen(p, await loadTexts('nl'));
    const para = out.split('\n').find((l) => l.startsWith('Je kind kreeg na de afwijzing toch een TLV'));
    expect(para).toMatch(/keuze.*maandag 15 juni 2026.*niet zeker/);
    expect(out.indexOf(para!)).toBeLessThan(out.indexOf('Doe deze'));
    const actions = out.slice(out.indexOf('Doe deze'), out.indexOf('Wie kan je helpen'));
    expect(actions).not.toMatch(/Afwijzing van de TLV/);
    expect(actions).toMatch(/Niet eens met de TLV van woensdag 13 mei 2026\? Maak bezwaar/);
    // The whole plan renders (every uncertain term has its check text).
    expect(renderMarkdown(p, await loadTexts('nl'))).toMatch(/Afwijzing van de TLV van maandag 4 mei 2026: bezwaar kan nog/);
  });

  it.each(LANGS)('%s: the plan page\'s first screen has the choice line with the date (failed before)', (lang) => {
    const p = planAt(story(BASES[1]!, ev('x', 'tlv-toegekend', '2026-05-13', 'brief')), TODAY);
    const t = tFor(lang);
    const text = textOf(FirstThings({ plan: p, t }));
    expect(text).toContain(t('tlv34.choiceGranted', { date: formatDate(REFUSAL_DUE, lang) }));
    expect(t('tlv34.choiceGranted', { date: formatDate(REFUSAL_DUE, lang) })).not.toMatch(/(?<!\.)\.\.(?!\.)/);
  });

  it('refusal, a new application (s33), then granted: the refusal\'s term stays as the choice (failed before)', () => {
    const p = planAt(story(BASES[1]!, ev('a', 'tlv-aangevraagd', '2026-05-08'), ev('x', 'tlv-toegekend', '2026-05-18')), TODAY);
    expect(step(p, 'tlv-afwijzing-voor-toekenning')?.deadline?.due).toBe(REFUSAL_DUE);
    expect(step(p, 'eerdere-tlv-afwijzing')).toBeUndefined();
  });

  it('guard: granted on the same day: the same decision, no choice step', () => {
    const p = planAt(story(BASES[1]!, ev('x', 'tlv-toegekend', REFUSED, 'brief')), TODAY);
    expect(step(p, 'tlv-afwijzing-voor-toekenning')).toBeUndefined();
    expect(step(p, 'tlv-bezwaar')?.texts).toBeUndefined();
  });

  it('guard: a grant without a refusal before it: the plan\'s own texts, no choice', () => {
    const p = planAt(log(A({ situatie: ['tlv'], 'tlv-eens': 'nee' }), [ev('x', 'tlv-toegekend', '2026-05-13', 'brief')]), TODAY);
    expect(step(p, 'tlv-bezwaar')?.texts).toBeUndefined();
    expect(step(p, 'tlv-afwijzing-voor-toekenning')).toBeUndefined();
  });

  it('guard: a bezwaar logged between the refusal and the grant: no choice step', () => {
    const p = planAt(story(BASES[1]!, ev('o', 'bezwaar-ingediend', '2026-05-08'), ev('x', 'tlv-toegekend', '2026-05-13')), TODAY);
    expect(step(p, 'tlv-afwijzing-voor-toekenning')).toBeUndefined();
  });
});

describe('3. the parent agrees (tlv-eens "ja"): no bezwaar step, as today', () => {
  for (const kind of ['tlv-afgewezen', 'tlv-toegekend'] as const) {
    it(`guard: refusal answered with "ja", then ${kind} logged 9 days later: no bezwaar step of any kind`, () => {
      const p = planAt(log(ANSWERED('ja'), [ev('x', kind, '2026-05-13', 'brief')]), TODAY);
      // Session 45: na-tlv-afwijzing (the school keeps its zorgplicht after a refusal) is no bezwaar step.
      expect(p.steps.filter((s) => /bezwaar|afwijzing/.test(s.id) && s.id !== 'na-tlv-afwijzing').map((s) => s.id)).toEqual([]);
      expect(firstThings(p).choice).toBeUndefined();
    });
  }
});

describe('texts: every new step text in six languages, with the refusal\'s date filled in', () => {
  const plans = () => [
    planAt(story(BASES[0]!, ev('x', 'tlv-afgewezen', '2026-05-13')), TODAY),
    planAt(story(BASES[0]!, ev('x', 'tlv-toegekend', '2026-05-13')), TODAY),
  ];
  it.each(LANGS)('%s (failed before: no such texts)', (lang) => {
    const t = tFor(lang);
    const ids = ['eerdere-tlv-afwijzing', 'tlv-afwijzing-voor-toekenning', 'tlv-bezwaar'];
    let seen = 0;
    for (const p of plans()) for (const s of p.steps.filter((x) => ids.includes(x.id) && x.texts)) {
      seen++;
      for (const part of ['title', 'why', 'late', 'check']) {
        const text = stepText(s, part, t);
        expect(text, `${s.id}.${part}`).not.toBe('');
        expect(text).not.toMatch(/\{\{|planStep|tlv34/);
        // A date format that ends in "." (uk "р.") before the sentence's own full stop.
        expect(text, `${s.id}.${part}`).not.toMatch(/(?<!\.)\.\.(?!\.)/);
      }
      expect(stepText(s, 'why', t)).toMatch(/2026/);
    }
    // Session 37: the newest refusal's own tlv-bezwaar beside eerdere-tlv-afwijzing has texts too (ui:tlv37).
    expect(seen).toBe(4);
  });
});

describe('scenario runner: a scenario may carry a timeline (session 34)', () => {
  const base = { id: 'x', title: 't', sources: ['001:939-941'], story: 's', today: '2026-05-25', answers: { situatie: ['tlv'] }, must: [{ step: 'tlv-bezwaar' }], mustNot: [] };
  it('the loader refuses a timeline entry after today, without a kind, or with another field', () => {
    expect(() => validateScenario({ ...base, timeline: [{ kind: 'tlv-afgewezen', date: '2026-05-26' }] }, 'f')).toThrow(/not after today/);
    expect(() => validateScenario({ ...base, timeline: [{ date: '2026-05-20' }] }, 'f')).toThrow(/needs a kind/);
    expect(() => validateScenario({ ...base, timeline: [{ kind: 'tlv-afgewezen', date: '2026-05-20', note: 'x' }] }, 'f')).toThrow(/takes kind, date, how, until and against/);
    expect(() => validateScenario({ ...base, timeline: [] }, 'f')).toThrow(/non-empty/);
    expect(validateScenario({ ...base, timeline: [{ kind: 'tlv-afgewezen', date: '2026-05-20', how: 'brief' }] }, 'f').timeline).toHaveLength(1);
  });
  it('the runner logs the events as the app does and refuses an unknown kind or "Hoe?"', () => {
    const s = validateScenario({ ...base, answers: { situatie: ['tlv'], 'tlv-eens': 'nee' }, timeline: [{ kind: 'tlv-afgewezen', date: REFUSED, how: 'brief' }, { kind: 'tlv-toegekend', date: '2026-05-13' }] }, 'f');
    const p = timelinePlan(s);
    expect(step(p, 'tlv-afwijzing-voor-toekenning')?.deadline?.due).toBe(REFUSAL_DUE);
    expect(step(p, 'tlv-bezwaar')?.deadline?.start).toBe('2026-05-13');
    expect(() => timelinePlan({ ...s, timeline: [{ kind: 'tlv-weg', date: REFUSED }] })).toThrow(/unknown kind/);
    expect(() => timelinePlan({ ...s, timeline: [{ kind: 'tlv-afgewezen', date: REFUSED, how: 'fax' }] })).toThrow(/unknown how/);
  });
});

describe('the TLV objection letter: which decision it is about', () => {
  const dateOf = (s: State, today: string) => valuesFromAnswers(s.answers, today as never, 'nl', 'bezwaar-tlv', s.data.events, s.data.base)['datum_besluit'];
  it('a refusal and a later decision on another day, both terms open: the decision date is left for the parent (failed before)', () => {
    for (const b of BASES) for (const kind of ['tlv-afgewezen', 'tlv-toegekend'] as const) {
      expect(dateOf(story(b, ev('x', kind, '2026-05-13', 'brief')), TODAY), `${b.name} ${kind}`).toBeUndefined();
    }
  });
  it('guard: one decision (or the same one twice on its day): its date is filled in', () => {
    expect(dateOf(log(ANSWERED(), []), TODAY)).toBe('4 mei 2026');
    expect(dateOf(story(BASES[1]!, ev('x', 'tlv-afgewezen', REFUSED, 'e-mail')), TODAY)).toBe('4 mei 2026');
  });
  it('guard: the earlier refusal\'s 6 weeks have passed: only the later decision is left, its date is filled in', () => {
    expect(dateOf(story(BASES[1]!, ev('x', 'tlv-afgewezen', '2026-05-13')), addDays(REFUSAL_DUE, 1))).toBe('13 mei 2026');
  });
});

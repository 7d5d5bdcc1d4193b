/**
 * Session 74 (s74-first): two first-screen ("Eerst dit") stories session 73 left open. Scenarios in
 * tests/scenarios/060-first-s74.yaml, answers in tests/answers/s74/first/. Each test marked "(failed before)" failed on the
 * branch's base (434b93b1): checked by taking the fix out of src/ and content/ (`git diff -- src content | git apply -R`) and
 * running this file: 9 failed, the eight marked and the guard on backAtNewSchoolAfterRemoval, which needs the new export.
 *
 * 1. Removed (13 September 2027), admitted on paper at school B, de-registered by the old school, logged back at school
 *    (s073-verwijderd-elders-toegelaten-eind): on 27 October the first screen led with the removal's bezwaar and the
 *    Geschillencommissie, both passed on 25 October. The child goes to school B: from the enrolment there school B has the
 *    zorgplicht (A23, 002:734-736) and the old school's removal is a choice (C09, F07). The timeline now marks both steps as
 *    the plan does from the answers' day of enrolment (session 60, removalChoiceStep): lower in "Nu doen", their dates and
 *    texts kept, the note that it is a choice; "Eerst een nieuwe school, dan pas weg" goes. A running bezwaar stays on the
 *    first screen. Not without a de-registration (the child may be back at the old school), nor after an admission only by
 *    phone (A20). From the answers alone the questionnaire asks the day of enrolment only when a support need was told
 *    (inschrijving-datum): then it works already; without it no answer says the child is at school B, and nothing changes.
 * 2. "Vol moet echt vol zijn" (warning school-vol) asked for "haar besluit op je aanmelding op papier" while the child was not
 *    registered in writing. A "vol" before a written registration is no decision; the school's 6 (+4) weeks start with the
 *    written registration (A01, A04, A05; FP01, FP03). Its variant (ui first74) says to register in writing first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { IsoDate } from '../../src/rules/dates';
import type { Plan } from '../../src/rules/plan';
import { buildPlan, REMOVAL_CHOICE_NOTE } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';
import { firstThings } from '../../src/ui/firstThings';
import { SCHOOL_FULL_NOT_REGISTERED_TEXTS } from '../../src/rules/steps/warnings';
import { backAtNewSchoolAfterRemoval } from '../../src/timeline/earlier';
import type { TimelineEvent } from '../../src/timeline/model';
import { loadPlanTexts, tFor } from './plan-texts';
import { loadScenarios, type Scenario } from '../scenarios/suite';
import { runScenario, timelinePlan } from '../scenarios/run';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const answersOf = (name: string) => (JSON.parse(readFileSync(`tests/answers/s74/first/${name}.json`, 'utf8')) as { answers: Answers }).answers;
const actionIds = (p: Plan) => firstThings(p).actions.map((s) => s.id);
const scenarios = loadScenarios();
const byId = (id: string): Scenario => {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};
const step = (p: Plan, id: string) => p.steps.find((s) => s.id === id);

describe('1: removed, admitted at school B, de-registered, back at school', () => {
  it('(failed before) 27 October: the passed bezwaar and the Geschillencommissie are no first actions; they stay as a choice with their day', async () => {
    const o = await runScenario(byId('s074-first-verwijderd-school-b-eind'));
    const plan = o.plan!;
    expect(actionIds(plan)).not.toContain('bezwaar-verwijdering');
    expect(actionIds(plan)).not.toContain('geschillencommissie');
    const bezwaar = step(plan, 'bezwaar-verwijdering')!;
    expect(bezwaar.deadline).toMatchObject({ due: '2027-10-25', status: 'passed' });
    expect(bezwaar.choice).toBe(true);
    expect(bezwaar.note).toBe(REMOVAL_CHOICE_NOTE);
    const gpo = step(plan, 'geschillencommissie')!;
    expect(gpo.choice).toBe(true);
    expect(gpo.note).toBe(REMOVAL_CHOICE_NOTE);
    expect(o.firstScreen).not.toContain('Maak bezwaar tegen de verwijdering');
    expect(o.firstScreen).not.toContain('Geschillencommissie');
    expect(o.failures).toEqual([]);
  });

  it('(failed before) the s073 story itself (its timeline has a call too): the same', async () => {
    const o = await runScenario(byId('s073-verwijderd-elders-toegelaten-eind'));
    expect(actionIds(o.plan!)).not.toContain('bezwaar-verwijdering');
    expect(actionIds(o.plan!)).not.toContain('geschillencommissie');
  });

  it('(failed before) "Eerst een nieuwe school, dan pas weg" (the old school responsible until enrolled elsewhere) goes', () => {
    const plan = timelinePlan(byId('s074-first-verwijderd-school-b-eind'));
    expect(plan.warnings.map((w) => w.id)).not.toContain('verwijdering-zonder-school');
  });

  it('(failed before) while the 6 weeks run: the bezwaar stays the first action with its day, and says it is a choice', async () => {
    const o = await runScenario(byId('s074-first-verwijderd-school-b-termijn-loopt'));
    const plan = o.plan!;
    expect(actionIds(plan)[0]).toBe('bezwaar-verwijdering');
    const bezwaar = step(plan, 'bezwaar-verwijdering')!;
    expect(bezwaar.choice).toBeUndefined();
    expect(bezwaar.note).toBe(REMOVAL_CHOICE_NOTE);
    expect(o.firstScreen).toContain('Uiterlijk maandag 25 oktober 2027');
    expect(o.failures).toEqual([]);
  });

  it('kept: no de-registration logged: the passed bezwaar stays the first action (the child may be at the old school)', async () => {
    const o = await runScenario(byId('s074-first-verwijderd-geen-uitschrijving'));
    expect(actionIds(o.plan!)[0]).toBe('bezwaar-verwijdering');
    expect(step(o.plan!, 'bezwaar-verwijdering')!.choice).toBeUndefined();
  });

  it('kept: an admission only by phone, or after the day back, or before the removal, does not count', () => {
    const ev = (kind: string, date: string, how?: string) => ({ id: `${kind}${date}`, kind, date, parties: ['school'], note: '', ...(how ? { how } : {}) }) as unknown as TimelineEvent;
    const base = [ev('verwijdering-besluit', '2027-09-13', 'brief'), ev('uitschrijving', '2027-10-18', 'brief'), ev('weer-naar-school', '2027-10-25')];
    const removed = '2027-09-13' as IsoDate;
    const back = '2027-10-25' as IsoDate;
    expect(backAtNewSchoolAfterRemoval([...base, ev('besluit-toegelaten', '2027-10-14', 'brief')], {}, back, removed)).toBe(true);
    expect(backAtNewSchoolAfterRemoval([...base, ev('besluit-toegelaten', '2027-10-14', 'telefoon')], {}, back, removed)).toBe(false);
    expect(backAtNewSchoolAfterRemoval([...base, ev('besluit-toegelaten', '2027-10-26', 'brief')], {}, back, removed)).toBe(false);
    expect(backAtNewSchoolAfterRemoval([...base, ev('besluit-toegelaten', '2027-09-01', 'brief')], {}, back, removed)).toBe(false);
    expect(backAtNewSchoolAfterRemoval([...base, ev('besluit-toegelaten', '2027-10-14', 'brief')], {}, back, undefined)).toBe(false);
    // De-registered by an answer instead of a logged event.
    const noDereg = [base[0]!, base[2]!, ev('besluit-toegelaten', '2027-10-14', 'brief')];
    expect(backAtNewSchoolAfterRemoval(noDereg, {}, back, removed)).toBe(false);
    expect(backAtNewSchoolAfterRemoval(noDereg, { ingeschreven: 'nee' } as Answers, back, removed)).toBe(true);
  });

  it('kept: from the answers alone, with the day of enrolment at school B (support told): no bezwaar on the first screen', () => {
    const plan = buildPlan(answersOf('01-verwijderd-ingeschreven-elders'), '2027-10-27');
    expect(actionIds(plan)).not.toContain('bezwaar-verwijdering');
    expect(step(plan, 'bezwaar-verwijdering')!.choice).toBe(true);
  });

  it('left alone: from the answers alone, no support told, no day of enrolment asked: the passed bezwaar stays an action', () => {
    // No answer says the child is at school B (inschrijving-datum is asked only when a support need was told).
    const plan = buildPlan(answersOf('02-verwijderd-toegelaten-geen-hulp-gemeld'), '2027-10-27');
    expect(actionIds(plan)).toContain('bezwaar-verwijdering');
  });
});

describe('2: "Vol moet echt vol zijn" before a written registration', () => {
  const warning = (p: Plan) => p.warnings.find((w) => w.id === 'school-vol');

  for (const name of ['03-vol-telefonisch', '04-vol-nog-niet']) {
    it(`(failed before) ${name}: the warning says to register in writing first, not to ask for the decision on paper`, () => {
      const plan = buildPlan(answersOf(name), '2027-01-25');
      expect(warning(plan)?.texts).toBe(SCHOOL_FULL_NOT_REGISTERED_TEXTS);
      expect(actionIds(plan)[0]).toBe('schriftelijk-aanmelden');
      const text = tFor('nl')('first74.warning.schoolVolNietAangemeld.text');
      expect(text).toContain('Meld je kind dus eerst schriftelijk aan');
      expect(text).toContain('nog geen besluit');
      expect(text).not.toContain('besluit op je aanmelding op papier');
    });
  }

  it('(failed before) "weet ik niet" how she registered: the same variant', () => {
    const plan = buildPlan({ ...answersOf('03-vol-telefonisch'), 'aanmelding-hoe': 'weet-niet' } as Answers, '2027-01-25');
    expect(warning(plan)?.texts).toBe('ui:first74.warning.schoolVolNietAangemeld');
  });

  it('(failed before) the variant in six languages: a title, and the 6 and 4 weeks', () => {
    for (const lang of LANGS) {
      const t = tFor(lang);
      expect(t.exists('first74.warning.schoolVolNietAangemeld.title'), lang).toBe(true);
      const text = t('first74.warning.schoolVolNietAangemeld.text');
      expect(text, lang).toMatch(/6/);
      expect(text, lang).toMatch(/4/);
      if (lang !== 'nl') expect(text, lang).not.toBe(tFor('nl')('first74.warning.schoolVolNietAangemeld.text'));
    }
  });

  it('kept: registered in writing, no decision yet: the warning keeps its own text (ask for the decision on paper)', () => {
    const plan = buildPlan(answersOf('05-vol-schriftelijk-aangemeld'), '2027-01-25');
    expect(warning(plan)).toBeDefined();
    expect(warning(plan)?.texts).toBeUndefined();
    expect(step(plan, 'besluit-aanmelding')?.deadline?.due).toBe('2027-03-01');
  });

  it('kept: a child not in the registration story (no "aanmelden") keeps the warning\'s own text', () => {
    const a = { situatie: ['handelingsverlegen'], 'school-zegt': ['school-vol'], groep: 'groep-3-6' } as unknown as Answers;
    const plan = buildPlan(a, '2027-01-25');
    expect(warning(plan)?.texts).toBeUndefined();
  });
});

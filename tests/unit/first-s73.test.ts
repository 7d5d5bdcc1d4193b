/**
 * Session 73 (s73-first): what the FIRST SCREEN ("Eerst dit") says in four cases session 72 left open. Scenarios in
 * tests/scenarios/059-first-s73.yaml, answers in tests/answers/s73/first/. Each test marked "(failed before)" failed on the
 * branch's base (35d05a0e): checked by taking the fix out (`git diff src | git apply -R`) and running this file (8 failed:
 * the six marked, and the twin guard, which needs the new export).
 *
 * 1. A "no" only by phone after the school's last day (A04, A05, A20, FP02): the two first actions were "De school is te
 *    laat: vraag om het besluit op papier" (besluit-aanmelding) and "Vraag om het besluit op papier"
 *    (weigering-op-papier-vragen), one thing with one letter. The first screen keeps the first (its passed day); the second
 *    stays in the plan (paperTwinOfLateDecision). Not before the day has passed, not for a "no" on paper, not when the paper
 *    step is about another school (the timeline's note).
 * 2. The unknown-clock line for one step was worded two ways, by whether a follow-up's date stood below the actions: "je
 *    weet de datum nog niet" or "je weet nog niet of en wanneer die begon". It now follows the step: a step that asks
 *    whether there is a decision says the second, a step that finds the date of what happened the first (unknownClockKey).
 * 3. "Vraag de gemeente naar leerlingenvervoer" stood second on the first screen of a refused child (no school admitted
 *    him) whose bezwaar was running, above "Wacht op het besluit over je bezwaar". Transport is asked after the admission
 *    (H10, 001:924): the step goes to "Goed om te weten" while the refusal stands and no school admitted the child
 *    (refusedNoSchool), outside the TLV route.
 * 4. A decision only told by phone (the timeline's besluit-telefoon-bezwaar) beside a nearer date (a suspension's end):
 *    the first screen said nothing of the call. It is now an "also" date (not certain) with the line that no term runs yet
 *    after a call alone (first72.nextOralDecision); not on a day already shown (a call on the letter's day).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { IsoDate } from '../../src/rules/dates';
import type { Plan, PlanStep } from '../../src/rules/plan';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';
import { FirstThings } from '../../src/ui/pages/PlanPage';
import { firstScreenParts, firstThings, paperTwinOfLateDecision, unknownClockKey } from '../../src/ui/firstThings';
import { loadPlanTexts, textOf, tFor } from './plan-texts';
import { loadScenarios } from '../scenarios/suite';
import { runScenario } from '../scenarios/run';
import { FIRST_SCHOOL_TERM_NOTE } from '../../src/timeline/earlier';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const TODAY: IsoDate = '2026-12-07';
const answersOf = (name: string) => (JSON.parse(readFileSync(`tests/answers/s73/first/${name}.json`, 'utf8')) as { answers: Answers }).answers;
const planOf = (name: string, today: IsoDate = TODAY) => buildPlan(answersOf(name), today);
const actionIds = (p: Plan) => firstThings(p).actions.map((s) => s.id);
const scenarios = loadScenarios();
const scenario = async (id: string) => {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  const o = await runScenario(s);
  return { plan: o.plan!, screen: o.firstScreen ?? '' };
};
const group = (p: Plan, id: string) => p.steps.find((s) => s.id === id)?.group;

describe('1: a "no" by phone: one action for one thing', () => {
  it('(failed before) after the 10 weeks: only "De school is te laat: vraag om het besluit op papier"; the paper step stays in the plan', () => {
    const p = planOf('02-nee-telefoon-na-10-weken');
    expect(actionIds(p)).toEqual(['besluit-aanmelding']);
    expect(group(p, 'weigering-op-papier-vragen')).toBe('nu');
    expect(p.steps.find((s) => s.id === 'besluit-aanmelding')!.deadline!.status).toBe('passed');
  });

  it('(failed before) the timeline story (Noor, s071/s072): the late step, not its twin; the phone date and its line stay above', async () => {
    const { plan, screen } = await scenario('s073-first-nee-telefoon-tijdlijn-noor');
    expect(actionIds(plan)).toContain('besluit-aanmelding');
    expect(actionIds(plan)).not.toContain('weigering-op-papier-vragen');
    expect(screen).toContain('Eerstvolgende datum: dinsdag 19 januari 2027');
    expect(screen).toContain(tFor('nl')('first72.nextOralDecision'));
    expect(screen.match(/vraag om het besluit op papier\*\*/gi) ?? []).toHaveLength(1);
  });

  it('kept: before the school\'s day, "Houd bij of de school op tijd beslist" (its day) and "Vraag om het besluit op papier" (her ask)', () => {
    expect(actionIds(planOf('01-nee-telefoon-voor-10-weken'))).toEqual(['besluit-aanmelding', 'weigering-op-papier-vragen']);
  });

  it('kept: a "no" on paper: bezwaar and the Geschillencommissie, no paper step', () => {
    const p = planOf('03-nee-op-papier');
    expect(actionIds(p)).toEqual(['bezwaar-weigering', 'geschillencommissie']);
    expect(p.steps.some((s) => s.id === 'weigering-op-papier-vragen')).toBe(false);
  });

  it('kept: a paper step about another school (the timeline\'s note for the first school) is no twin', () => {
    const late = planOf('02-nee-telefoon-na-10-weken').steps.find((s) => s.id === 'besluit-aanmelding')!;
    const paper: PlanStep = { ...planOf('02-nee-telefoon-na-10-weken').steps.find((s) => s.id === 'weigering-op-papier-vragen')! };
    expect(paperTwinOfLateDecision(paper, [late])).toBe(true);
    expect(paperTwinOfLateDecision({ ...paper, note: FIRST_SCHOOL_TERM_NOTE }, [late])).toBe(false);
    expect(paperTwinOfLateDecision({ ...paper, texts: 'ui:wording31.planStep.weigeringNieuweSchool' }, [late])).toBe(false);
    expect(paperTwinOfLateDecision(paper, [{ ...late, texts: undefined }])).toBe(false);
  });
});

describe('2: one wording for one unknown-clock step with no date of her own', () => {
  it('(failed before) a step that asks whether there is a decision: "of en wanneer die begon", with or without a follow-up\'s date', async () => {
    expect(unknownClockKey({ id: 'verwijderbesluit-navragen' } as PlanStep, { ownDate: false })).toBe('left70.clockUnknownBezwaar');
    const { screen } = await scenario('s072-first-schorsingen-terug-op-school');
    expect(screen).toContain(tFor('nl')('left70.clockUnknownBezwaar'));
    expect(screen).not.toContain(tFor('nl')('firstScreen.clockUnknown'));
  });

  it('kept: a step that finds the date of what happened says "je weet de datum nog niet"', () => {
    for (const id of ['schorsingsdatum-achterhalen', 'aanmelddatum-achterhalen', 'tlv-besluitdatum-achterhalen']) {
      expect(unknownClockKey({ id } as PlanStep, { ownDate: false }), id).toBe('firstScreen.clockUnknown');
    }
  });

  it('kept: beside a date of her own, "ook" for either kind', () => {
    for (const id of ['verwijderbesluit-navragen', 'schorsingsdatum-achterhalen']) {
      expect(unknownClockKey({ id } as PlanStep, { ownDate: true }), id).toBe('firstScreen.clockUnknownAlso');
    }
  });
});

describe('3: leerlingenvervoer below a refusal that stands', () => {
  it('(failed before) refused, bezwaar running, no school: not on the first screen, under "Goed om te weten"', async () => {
    const { plan } = await scenario('s072-weigering-dubbel-bezwaar-eind');
    expect(actionIds(plan)).not.toContain('vervoer-aanvragen');
    expect(group(plan, 'vervoer-aanvragen')).toBe('goed-om-te-weten');
    const at = (id: string) => plan.steps.findIndex((s) => s.id === id);
    expect(at('bezwaar-loopt')).toBeLessThan(at('vervoer-aanvragen'));
  });

  it('(failed before) a "no" by phone, transport answered "ja": under "Goed om te weten" too (H10: after the admission)', () => {
    const p = buildPlan({ ...answersOf('02-nee-telefoon-na-10-weken'), vervoer: 'ja' } as Answers, TODAY);
    expect(group(p, 'vervoer-aanvragen')).toBe('goed-om-te-weten');
  });

  it('kept: admitted, transport "ja": "Binnenkort"', () => {
    const a = { ...answersOf('01-nee-telefoon-voor-10-weken'), 'aanmelding-besluit': 'toegelaten', vervoer: 'ja' } as Answers;
    expect(group(buildPlan(a, TODAY), 'vervoer-aanvragen')).toBe('binnenkort');
  });

  it('kept: waiting for the decision, transport "ja": "Binnenkort"', () => {
    const a = { ...answersOf('01-nee-telefoon-voor-10-weken'), 'aanmelding-besluit': 'nog-niet', vervoer: 'ja' } as Answers;
    expect(group(buildPlan(a, TODAY), 'vervoer-aanvragen')).toBe('binnenkort');
  });
});

describe('4: a decision only told, beside a nearer date', () => {
  for (const id of ['s073-first-schorsing-en-nee-telefoon', 's073-first-schorsing-en-verwijdering-telefoon']) {
    it(`(failed before) ${id}: an "also" date, not certain, with the line that no term runs yet`, async () => {
      const { plan, screen } = await scenario(id);
      const f = firstThings(plan);
      expect(f.next?.id).toBe('schorsing-einde');
      const also = firstScreenParts(f).filter((x) => x.part === 'also');
      const oral = also.find((x) => x.part === 'also' && x.oral);
      expect(oral).toBeDefined();
      expect(oral!.part === 'also' && oral!.step.deadline.certain).toBe(false);
      expect(screen).toContain(tFor('nl')('first72.nextOralDecision'));
      // The plan page says it too, in every language.
      for (const lang of LANGS) {
        const t = tFor(lang);
        expect(textOf(FirstThings({ plan, t })), `${id} ${lang}`).toContain(t('first72.nextOralDecision'));
      }
    });
  }

  it('kept: a call logged on the day of the refusal on paper (s023-weigering-telefoon-dan-toegelaten): no oral line', async () => {
    const { screen } = await scenario('s023-weigering-telefoon-dan-toegelaten');
    expect(screen).not.toContain(tFor('nl')('first72.nextOralDecision'));
  });

  it('kept: the phone date as the nearest date keeps the line under "Eerstvolgende datum" and is no "also"', async () => {
    const { plan } = await scenario('s072-first-nee-per-telefoon-na-10-weken');
    const parts = firstScreenParts(firstThings(plan));
    expect(parts.some((x) => x.part === 'next' && x.oral)).toBe(true);
    expect(parts.some((x) => x.part === 'also' && x.oral)).toBe(false);
  });
});

/**
 * Session 62 (s62-blind): a second blind round. The scenarios in tests/scenarios/048-blind-s62.yaml were written from
 * ../shared/FACTS.md before the app's rules were read, aimed at the FACTS rows the scenario files cited least and at the
 * date edges (29 February 2028, the last day itself, the day after, Christmas and the summer holiday, "weet niet").
 * This file holds the app defect they showed.
 *
 * Story (our own dates; weekdays from the calendar):
 *   Jesse is 4 (groep 1) with a severe food allergy and a language delay. After a move he is admitted at a new school,
 *   registered there Mon 22 Nov 2027 and enrolled Tue 18 Jan 2028. The school says an OPP "is not needed yet for
 *   kleuters". His parents read the plan on Tue 29 Feb 2028 (a leap day) and, as a guard, on Wed 1 Mar 2028.
 *
 * What a correct plan must say, written down first from FACTS.md (not from the code):
 *   B02 (002:862-866; 001:464; 004:786, 3417): the OPP within 6 weeks after enrolment: 18 Jan 2028 + 42 days =
 *     Tue 29 Feb 2028, today on the first reading (not passed), passed on 1 March. §X.5: the start is worded differently
 *     in the sources, so the plan says whom to ask about the start day.
 *   B03 (004:786-792): an OPP is also required for the youngest pupils (groep 1 and 2), within the same 6 weeks, and it
 *     always contains an uitstroomperspectief. The school's "not for kleuters" is wrong; a parent who believes it lets the
 *     6 weeks go by. The plan's OPP step must say the term holds for a kleuter too.
 *
 * Defect found:
 *   D1 (fixed; the deadline was there, but a kleuter's parent was not told it applies to her child) On Tue 29 Feb 2028
 *      the step "Let op het OPP na de inschrijving" named 29 February as the last day, but nothing in the plan said that a
 *      child in groep 1 or 2 needs an OPP too (B03), the very claim the school made. The step's text now says so, with the
 *      uitstroomperspectief, in six languages (steps.yaml opp-na-toelating.why). The tests marked "failed before" failed on
 *      c57c124.
 *
 *   D2 (fixed; the first screen pointed a running term's date search at the wrong step) Nina (groep 6). In July 2027, on
 *      holiday, a letter came: the board removes her; no other school. The letter is lost (date "weet niet"); on the first
 *      school day, Mon 23 Aug 2027, she may not come, and her parents do not know whether she is still enrolled
 *      ("weet niet"). Read Wed 25 Aug 2027. C09 (002:846-850): 6 weeks for bezwaar from the decision; a letter of 14 July
 *      would end today. The first screen said "Misschien loopt er al een termijn … Zoek die datum eerst uit. Voor: Vraag of
 *      je kind nog ingeschreven is", naming the enrolment question, while the date to find is the removal decision's
 *      ("Zoek uit wanneer de verwijdering besloten is", a step further down). With enrolment answered "ja" it named the
 *      right step. Now the first screen names the step that finds the date of a decision on paper (removal, refusal, TLV)
 *      before the steps that ask whether a decision exists at all (src/ui/firstThings.ts). Failed before on c57c124.
 *
 * Scenario expectations of mine that were wrong are corrected in 048-blind-s62.yaml, each with a comment.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, type Plan } from '../../src/rules/plan';
import { stepText } from '../../src/ui/deadlineText';
import { firstThings } from '../../src/ui/firstThings';
import { A } from './lawyer-kit';
import { loadPlanTexts, tFor } from './plan-texts';

beforeAll(loadPlanTexts, 60_000);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

const jesse = A({
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-11-22', 'aanmelding-bevestiging': 'ja',
  'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'toegelaten', 'inschrijving-datum': '2028-01-18',
  opp: 'nee', 'swv-betrokken': 'nee', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', klacht: 'nee',
  groep: 'groep-1-2',
});

const opp = (p: Plan) => p.steps.find((s) => s.id === 'opp-na-toelating')!;

describe('Jesse: a kleuter enrolled Tue 18 Jan 2028, no OPP (B02, B03, §X.5)', () => {
  it('on Tue 29 Feb 2028 the OPP term ends today, not passed, under "Nu doen"', () => {
    const p = buildPlan(jesse, '2028-02-29');
    expect(opp(p).deadline).toMatchObject({ start: '2028-01-18', due: '2028-02-29' });
    expect(opp(p).deadline?.status).not.toBe('passed');
    expect(opp(p).group).toBe('nu');
  });

  it('on Wed 1 Mar 2028 (the day after) the term has passed', () => {
    expect(opp(buildPlan(jesse, '2028-03-01')).deadline).toMatchObject({ due: '2028-02-29', status: 'passed' });
  });

  it('the step says the 6 weeks hold for a child in groep 1 or 2 too, with an uitstroomperspectief (failed before)', () => {
    const nl = stepText(opp(buildPlan(jesse, '2028-02-29')), 'why', tFor('nl'));
    expect(nl).toMatch(/ook voor een kleuter in groep 1 of 2/);
    expect(nl).toMatch(/naar welk soort school je kind later waarschijnlijk gaat/);
  });

  it('in every language the step names groep 1 of 2 (failed before in all six)', () => {
    const p = buildPlan(jesse, '2028-02-29');
    for (const lang of LANGS) expect(stepText(opp(p), 'why', tFor(lang)), lang).toContain('groep 1 of 2');
  });
});

const nina = (ingeschreven: 'ja' | 'weet-niet') =>
  A({
    situatie: ['handelingsverlegen', 'thuiszitten'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
    'verwijdering-datum': 'weet-niet', 'verwijdering-andere-school': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
    'thuis-reden': 'verwijderd', 'thuis-sinds': '2027-08-23', 'thuis-hoeveel': 'helemaal', ingeschreven, 'lessen-nu': 'nee',
    'lpa-betrokken': 'nee', opp: 'weet-niet', 'swv-betrokken': 'weet-niet', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee',
    tekenen: 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
    'aanbod-geweigerd': 'nee',
  });

describe('Nina: a removal letter on paper from the summer, its date and her enrolment unknown (C09, C04)', () => {
  it('the plan has the step that finds the removal date under "Nu doen", and no bezwaar date of its own', () => {
    const p = buildPlan(nina('weet-niet'), '2027-08-25');
    expect(p.steps.find((s) => s.id === 'verwijderdatum-achterhalen')?.group).toBe('nu');
    expect(p.steps.find((s) => s.id === 'bezwaar-verwijdering')?.deadline).toBeUndefined();
  });

  it('the first screen names the removal date as the one to find, also with enrolment "weet niet" (failed before: "Vraag of je kind nog ingeschreven is")', () => {
    expect(firstThings(buildPlan(nina('weet-niet'), '2027-08-25')).unknownClock?.id).toBe('verwijderdatum-achterhalen');
  });

  it('guard: with enrolment "ja" it named the removal date already', () => {
    expect(firstThings(buildPlan(nina('ja'), '2027-08-25')).unknownClock?.id).toBe('verwijderdatum-achterhalen');
  });
});

/**
 * Session 83 (s83-blind): the app wrong the blind round in tests/scenarios/069-blind-s83.yaml found. The tests marked
 * "(failed before)" failed on 114c93e3, the tree before this change.
 * The overstap step (overstap-voorbereiden) for groep 7/8 stood under "Binnenkort" in January to June unless the school
 * wanted the child gone (session 78). A groep 8 child not yet registered at a middelbare school in January to March read
 * "Meld je kind dit schooljaar schriftelijk aan" as something for later. 004:3419-3421 (H18): a transfer after the summer
 * holiday usually needs three to six months of preparation, so the six months begin in mid-January; the VO school then
 * takes 6 (+4) weeks to decide (A04, A05) and, if it cannot help, must first find another school (A10, A11). Now "Nu doen"
 * in January to June; not once the child is registered in writing, not in July to December, not for groep 3-6.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';

/** Story 01: groep 8, an OPP, not yet registered anywhere; the school does not want the child gone. */
const groep8 = {
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee', opp: 'ja', 'opp-besproken': '2027-10-04',
  'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'nee', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-7-8',
} as unknown as Answers;

/** Story 15: the VO school said by phone it cannot help; no registration in writing. */
const byPhone = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'telefonisch', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', klacht: 'nee', jeugdhulp: 'nee', groep: 'groep-7-8',
} as unknown as Answers;

/** Story 02: registered in writing at a VO school, received 16 March 2028. */
const registered = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2028-03-16', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'nee', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', klacht: 'nee', jeugdhulp: 'nee', groep: 'groep-7-8',
} as unknown as Answers;

const overstap = (a: Answers, today: string) => buildPlan(a, today).steps.find((s) => s.id === 'overstap-voorbereiden');

describe('s83-blind: the overstap in January to June of groep 7/8 is "Nu doen"', () => {
  it('(failed before) groep 8 in January, February and March, not yet registered, the school not wanting the child gone', () => {
    for (const today of ['2028-01-17', '2028-02-07', '2028-03-06', '2028-03-31']) expect(overstap(groep8, today)?.group, today).toBe('nu');
  });
  it('(failed before) registered by phone only (no registration): the overstap with "Meld je kind schriftelijk aan" in Nu doen', () => {
    const plan = buildPlan(byPhone, '2028-02-21');
    expect(plan.steps.find((s) => s.id === 'overstap-voorbereiden')?.group).toBe('nu');
    expect(plan.steps.find((s) => s.id === 'schriftelijk-aanmelden')?.group).toBe('nu');
  });
  it('still "Binnenkort" in the autumn (October to December) and from "Nu doen" to the summer text in July', () => {
    for (const today of ['2027-10-11', '2027-12-20']) expect(overstap(groep8, today)?.group, today).toBe('binnenkort');
    expect(overstap(groep8, '2028-07-10')?.group).not.toBe('nu');
  });
  it('not "Nu doen" once registered in writing: the VO school\'s decision (6 weeks, certain) is the step', () => {
    const plan = buildPlan(registered, '2028-03-20');
    expect(plan.steps.find((s) => s.id === 'overstap-voorbereiden')?.group).toBe('binnenkort');
    const besluit = plan.steps.find((s) => s.id === 'besluit-aanmelding');
    expect(besluit?.deadline?.due).toBe('2028-04-27');
    expect(besluit?.deadline?.certain).toBe(true);
  });
  it('groep 3-6 gets no "Nu doen" overstap', () => {
    const plan = buildPlan({ ...groep8, groep: 'groep-3-6' } as Answers, '2028-02-07');
    expect(plan.steps.find((s) => s.id === 'overstap-voorbereiden')?.group ?? 'none').not.toBe('nu');
  });
});

/**
 * Session 62, two stories read as a parents' lawyer.
 *
 * 1. (found by s62-languages, story 5): a child removed on Fri 12 Feb 2027, at home from Mon 15 Feb,
 * admitted at a new school and enrolled there on Mon 22 Mar 2027 (tests/answers/s62/5-verwijderd-nieuwe-school.json),
 * read on Wed 24 Mar 2027.
 *
 * What a correct plan must say, written down from FACTS.md first:
 * - From the enrolment at the new school the old school's zorgplicht is over (A23, 002:734-736; C22, E19): the new school
 *   is responsible, and the removal's bezwaar (6 weeks from 12 Feb: Fri 26 Mar 2027, C09, 002:846-850) is a choice.
 * - So the warning "Niet welkom, maar de school blijft verantwoordelijk" ("Je kind staat nog ingeschreven, maar mag niet
 *   naar school komen. Dan blijft de school gewoon verantwoordelijk.") is about the old school and no longer true: it must
 *   not show. It showed before this fix (the first test failed), in all six languages.
 * - Before the enrolment (read on Fri 19 Mar 2027) the child is still enrolled at the old school and kept out: the warning
 *   is right there and stays (guard).
 *
 * 2. (s62-blind's Nina, tests/scenarios/048-blind-s62.yaml): a removal letter came in the summer of 2027 and is lost; its
 *    date is "weet niet". Read on Wed 25 Aug 2027. The 6 weeks for bezwaar run from the decision (C09, 002:846-850); a
 *    letter of mid-July would end them today. What a correct plan must say: find the date, ask the school for a copy, and
 *    do not wait for it: a bezwaar can be made now, saying the date is not known (filing early never misses a term). The
 *    step said only to find the date in the letter or ask for a written decision (the second test failed before, in every
 *    language). The same for a lost refusal letter (A21, 002:748-750).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';
import { stepText } from '../../src/ui/deadlineText';
import { A } from './lawyer-kit';
import { loadPlanTexts, tFor } from './plan-texts';

beforeAll(loadPlanTexts, 60_000);

const story = (JSON.parse(readFileSync(new URL('../answers/s62/5-verwijderd-nieuwe-school.json', import.meta.url), 'utf8')) as { answers: Answers }).answers;
const warnings = (a: Answers, today: string) => buildPlan(a, today).warnings.map((w) => w.id);

describe('removed, then enrolled at a new school: the old school\u2019s "niet welkom" warning goes', () => {
  it('Wed 24 Mar 2027, two days after the enrolment: no "Niet welkom, maar de school blijft verantwoordelijk" (failed before)', () => {
    expect(warnings(story, '2027-03-24')).not.toContain('niet-welkom-zorgplicht');
  });

  it('the bezwaar against the removal keeps its last day, Fri 26 Mar 2027', () => {
    const step = buildPlan(story, '2027-03-24').steps.find((s) => s.id === 'bezwaar-verwijdering');
    expect(step?.deadline).toMatchObject({ due: '2027-03-26' });
  });

  it('guard: Fri 19 Mar 2027, before the enrolment, the child is kept out of the old school and the warning shows', () => {
    expect(warnings(story, '2027-03-19')).toContain('niet-welkom-zorgplicht');
  });

  it('guard: without the new school (not admitted anywhere), the warning shows on 24 Mar too', () => {
    const { 'aanmelding-besluit': _b, 'inschrijving-datum': _i, ...rest } = story;
    expect(warnings({ ...rest, 'aanmelding-besluit': 'nog-niet' } as Answers, '2027-03-24')).toContain('niet-welkom-zorgplicht');
  });
});

const nina = A({
  situatie: ['handelingsverlegen', 'thuiszitten'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
  'verwijdering-datum': 'weet-niet', 'verwijdering-andere-school': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
  'thuis-reden': 'verwijderd', 'thuis-sinds': '2027-08-23', 'thuis-hoeveel': 'helemaal', ingeschreven: 'weet-niet', 'lessen-nu': 'nee',
  'lpa-betrokken': 'nee', opp: 'weet-niet', 'swv-betrokken': 'weet-niet', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee',
  tekenen: 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
  'aanbod-geweigerd': 'nee',
});
const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

describe('Nina: the removal letter is lost, its date unknown (Wed 25 Aug 2027)', () => {
  const step = () => buildPlan(nina, '2027-08-25').steps.find((s) => s.id === 'verwijderdatum-achterhalen')!;

  it('the step is under "Nu doen"', () => {
    expect(step().group).toBe('nu');
  });

  it('it says to ask for a copy and not to wait: bezwaar can be made now without the date (failed before)', () => {
    const nl = stepText(step(), 'why', tFor('nl'));
    expect(nl).toMatch(/kwijt\? Vraag de school per e-mail om een kopie/);
    expect(nl).toMatch(/Wacht dan niet tot je de datum weet/);
    expect(nl).toMatch(/nu al bezwaar maken bij het schoolbestuur/);
  });

  it('in every language the step names the bezwaar to the schoolbestuur now (failed before in all six)', () => {
    for (const lang of LANGS) {
      const text = stepText(step(), 'why', tFor(lang));
      // The two Dutch terms travel in brackets in the translations; the Dutch has both as words.
      expect(text, lang).toMatch(/bezwaar/);
      expect(text.match(/schoolbestuur/g)?.length ?? 0, lang).toBeGreaterThanOrEqual(1);
    }
  });

  it('the step comes with the bezwaar letter, its date left to fill in (failed before: no letter)', () => {
    expect(step().letters).toContain('bezwaar-weigering-verwijdering');
  });

  it('a lost refusal letter: the refusal step says the same', () => {
    const refused = A({
      situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-06-01', 'aanmelding-bevestiging': 'ja',
      'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja',
      'weigering-datum': 'weet-niet', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', opp: 'nee', 'swv-betrokken': 'nee',
      'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
    });
    const s = buildPlan(refused, '2027-08-25').steps.find((x) => x.id === 'weigerdatum-achterhalen');
    expect(s, 'weigerdatum-achterhalen in the plan').toBeDefined();
    expect(stepText(s!, 'why', tFor('nl'))).toMatch(/nu al bezwaar maken bij het schoolbestuur/);
    expect(s!.letters).toContain('bezwaar-weigering-verwijdering');
  });
});

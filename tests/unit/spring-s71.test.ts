/**
 * Session 71 (s71-spring): the blind review of the plans a parent reads between 1 April and 15 July 2027
 * (tests/scenarios/057-spring-s71.yaml; answers in tests/answers/s71/spring/).
 *
 * Found: "Zorg dat het OPP besproken wordt" (opp-evaluatie) for an OPP not yet evaluated in school year 2026-2027, read on
 * Monday 28 June 2027 (opp-evaluatie-voor-31-juli.json), said only "Het volgende gesprek moet uiterlijk op zaterdag 31 juli
 * 2027 zijn. Vraag de school op tijd om een datum." 31 July (the school year's last day, B20; 001:272, 509; 002:882-884) is
 * a Saturday in every region's summer holiday: the school is closed weeks before it, so a parent who waits for the named
 * day asks a closed school. The sources name no holiday dates (regions differ). From 1 May to 29 July the step now carries
 * a note (ui spring71.oppVoorDeZomer): if the talk belongs in this school year, that day is the last, but the holiday starts
 * earlier and the school is closed then; the start differs per region and is in no source: ask the school; ask now by
 * e-mail for a talk before the summer holiday (already started? send it anyway: on paper that you asked in time). The day
 * itself does not move. The s63 notes (30 and 31 July) and the groep 7/8 summer note (left69) keep their places.
 *
 * Tests marked "(failed before)" failed on the code before the change (no note on the step; no spring71 texts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadPlanTexts, tFor } from './plan-texts';
import { OPP_BEFORE_SUMMER_NOTE, OPP_SUMMER_AFTER_GROEP_8_NOTE, SCHOOL_YEAR_END_TOMORROW_NOTE, stepNotes, type Plan, type PlanStep } from '../../src/rules/plan';
import { run } from '../../src/cli/plan';
import { agree, step, story } from './lawyer-kit';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const file = (name: string) => new URL(`../answers/s71/spring/${name}.json`, import.meta.url);
const answersOf = (url: URL) => (JSON.parse(readFileSync(url, 'utf8')) as { answers: Record<string, unknown> }).answers;
const IRIS = file('opp-evaluatie-voor-31-juli');
const iris = story(answersOf(IRIS));
const daan = story(answersOf(file('groep8-opp-okr-mee')));
const opp = (p: Plan): PlanStep => step(p, 'opp-evaluatie')!;

beforeAll(loadPlanTexts);

describe('opp-evaluatie in the weeks before the summer holiday (B20): the day is 31 July, the school closes earlier', () => {
  it('(failed before) Iris, Mon 28 Jun 2027, last talk 15 Jun 2026: the note, and this school year\'s last day unchanged', () => {
    const s = opp(agree(iris, '2027-06-28'));
    expect(s.params['ditSchooljaar']).toBe('2027-07-31');
    expect(stepNotes(s)).toEqual([OPP_BEFORE_SUMMER_NOTE]);
  });
  it('(failed before) the CLI prints the note in every language, with the day in it; in Dutch it says to ask before the holiday', async () => {
    for (const lang of LANGS) {
      const r = await run([IRIS.pathname, '--today', '2027-06-28', '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      const raw = tFor(lang).raw(OPP_BEFORE_SUMMER_NOTE);
      expect(raw, lang).toContain('{{ditSchooljaar}}');
      const [head] = raw.split('{{ditSchooljaar}}');
      expect(r.stdout.indexOf(head!), lang).toBeGreaterThan(0);
    }
    const nl = (await run([IRIS.pathname, '--today', '2027-06-28'])).stdout;
    expect(nl).toMatch(/31 juli 2027 de laatste dag/);
    expect(nl).toMatch(/zomervakantie begint eerder/);
    expect(nl).toMatch(/vóór de zomervakantie/);
  });
  it('(failed before) from 1 May: Iris on 1 May and on 15 Jul 2027; Daan (groep 8, last talk this school year) on 10 May', () => {
    for (const d of ['2027-05-01', '2027-07-15']) expect(stepNotes(opp(agree(iris, d))), d).toEqual([OPP_BEFORE_SUMMER_NOTE]);
    expect(stepNotes(opp(agree(daan, '2027-05-10')))).toEqual([OPP_BEFORE_SUMMER_NOTE]);
  });
  it('guard: not before May (Iris on 30 Apr 2027), not from August (the next school year: 31 July 2028 is far)', () => {
    expect(stepNotes(opp(agree(iris, '2027-04-30')))).toEqual([]);
    expect(stepNotes(opp(agree(iris, '2027-08-02')))).not.toContain(OPP_BEFORE_SUMMER_NOTE);
  });
  it('guard: on 30 July the s63 "morgen" note stays the one; groep 7/8 in July keeps the left69 summer note', () => {
    expect(stepNotes(opp(agree(iris, '2027-07-30')))).toEqual([SCHOOL_YEAR_END_TOMORROW_NOTE]);
    expect(stepNotes(opp(agree(daan, '2027-07-05')))).toEqual([OPP_SUMMER_AFTER_GROEP_8_NOTE]);
  });
});

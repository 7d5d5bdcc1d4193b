/**
 * Session 67 (left open since session 64): the letter page in another interface language worked out the plan twice for
 * verzoek-opp, once for the Dutch letter and once for its translation (oppLetterValuesOf computed the plan's OPP step each
 * time). Now the page asks for the step once (oppStepOf) and hands it to both. These tests pin the two halves: the step
 * passed in is the one worded (not a plan computed again from the answers), and oppStepOf is the plan's own step, so the
 * Dutch letter and its translation name the same days. Both failed before: the first on the missing export oppStepOf, the
 * second because a step passed in was not read (the letter was worded from the answers' plan, 12 October).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { oppLetterValuesOf, oppStepOf } from '../../src/ui/components/oppLetter';
import { planOf } from '../../src/ui/components/timelineDoor';
import { loadPlanTexts } from './plan-texts';

const TODAY = '2026-09-10';
/** Admitted, extra support told, enrolled on Monday 31 August 2026: the OPP by Monday 12 October 2026 (B02, not certain). */
const ANSWERS: Answers = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-06-01', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'inschrijving-datum': '2026-08-31',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
} as Answers;
const app = { answers: ANSWERS, timeline: { version: 1, events: [], base: {} } } as never;

beforeAll(loadPlanTexts);

describe('verzoek-opp: the plan step asked for once', () => {
  it('oppStepOf is the plan’s own opp-na-toelating step', () => {
    const step = oppStepOf(app, TODAY);
    expect(step).toEqual(planOf(app, TODAY).steps.find((s) => s.id === 'opp-na-toelating') ?? 'no step');
    expect(step?.deadline?.due).toBe('2026-10-12');
  });

  it('a step passed in is the one worded, in the letter and in its translation', () => {
    const own = oppStepOf(app, TODAY)!;
    // The same step with another last day: the words must follow it, not a plan computed again from the answers.
    const moved = { ...own, deadline: { ...own.deadline!, due: '2026-10-19' as const, certain: true } };
    const nl = oppLetterValuesOf(app, 'nl', TODAY, moved).opp_termijn ?? '';
    const en = oppLetterValuesOf(app, 'en', TODAY, moved).opp_termijn ?? '';
    expect(nl).toContain('19 oktober 2026');
    expect(nl).not.toContain('12 oktober 2026');
    expect(en).toContain('19 October 2026');
    // Without a step passed in, the plan's own day, as before.
    expect(oppLetterValuesOf(app, 'nl', TODAY).opp_termijn).toContain('12 oktober 2026');
  });
});

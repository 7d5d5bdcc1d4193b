/**
 * Session 85 (s85-blind): one app wrong found by reading the plans of 071-blind-s85.yaml whole as a parents' lawyer.
 *
 * A suspension whose week falls in the kerstvakantie (Vera, suspended Thursday 17 December 2026: the week ends Thursday
 * 24 December). Read on Monday 28 December, in the holiday, schorsing-einde said "Zit je kind nog thuis? ... Vraag de school
 * per e-mail om je kind meteen terug te laten komen", while the school was closed and every child at home. Read on Monday
 * 4 January, the first school day, with the school saying "stay home until the talk on 7 January", it said nothing about the
 * holiday: exactly the school's argument (the holiday days do not count, five school days end on 6 January). The source
 * says only "ten hoogste één week" (C10, 002:2362, fn 44); none says the holiday stretches the week or that its days do not
 * count, so the app keeps counting 7 days (the brief: no shift for a holiday unless a source says so) and now says so, and
 * what to do now: in the holiday, ask by e-mail now that the child may come back on the first school day after it; after it,
 * "until a talk" is longer than a week (C11, 002:2303-2307). The summer holiday had this since session 64 (blind64); the
 * kerstvakantie had none. New texts ui `blind85.planStep.schorsingKerst`, six languages; no date moves.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import { loadTexts, renderMarkdown, type Lang } from '../../src/cli/plan';
import type { Answers } from '../../src/flow/answers';

const LANGS: Lang[] = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];
const CHRISTMAS_TEXTS = 'ui:blind85.planStep.schorsingKerst';

/** Story 15: suspended Thursday 17 December 2026, at home, no removal decision; a talk planned on 7 January 2027. */
const suspended = (day: string): Answers =>
  ({
    situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': day, 'schorsing-datum': day, 'thuis-hoeveel': 'helemaal',
    'lessen-nu': 'nee', ingeschreven: 'ja', 'verwijdering-besluit': 'nee', 'aanbod-geweigerd': 'nee', opp: 'nee', 'swv-betrokken': 'nee',
    'school-zegt': ['geen'], 'lpa-betrokken': 'nee', 'gesprek-gepland': 'ja', 'gesprek-datum': '2027-01-07', tekenen: 'nee',
    'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
  }) as unknown as Answers;

const step = (answers: Answers, today: string) => buildPlan(answers, today).steps.find((s) => s.id === 'schorsing-einde');

/** The Dutch words a lawyer looks for: the source does not stretch the week in the holiday; ask now for the first school day. */
const NL = /Valt de week van de schorsing \(voor een deel\) in de kerstvakantie\? Onze bronnen zeggen niet dat de schorsing dan langer mag duren\./;
const NL_LATE = /Is het nu nog kerstvakantie\? Dan is de school dicht\. Stuur je e-mail toch nu\./;
const MARK: Record<Lang, RegExp> = {
  nl: /kerstvakantie/,
  en: /Christmas holiday/,
  ar: /عطلة عيد الميلاد/,
  tr: /Noel tatil/,
  pl: /ferie świąteczne|ferii świątecznych|feriach świątecznych/,
  uk: /різдвян/,
};

describe('a suspension whose week falls in the kerstvakantie (s85-blind, C10, C11)', () => {
  it('(failed before) read in the holiday, 28 December 2026: its own texts, the day unchanged', async () => {
    const s = step(suspended('2026-12-17'), '2026-12-28');
    expect(s?.deadline?.due).toBe('2026-12-24');
    expect(s?.deadline?.status).toBe('passed');
    expect(s?.texts).toBe(CHRISTMAS_TEXTS);
    const md = renderMarkdown(buildPlan(suspended('2026-12-17'), '2026-12-28'), await loadTexts('nl'));
    expect(md).toMatch(NL);
    expect(md).toMatch(NL_LATE);
  });

  it('(failed before) read on the first school day after it, 4 January 2027, in six languages', async () => {
    const plan = buildPlan(suspended('2026-12-17'), '2027-01-04');
    expect(plan.steps.find((s) => s.id === 'schorsing-einde')?.texts).toBe(CHRISTMAS_TEXTS);
    for (const lang of LANGS) expect(renderMarkdown(plan, await loadTexts(lang)), lang).toMatch(MARK[lang]);
  });

  it('(failed before) read during the week itself, 18 December 2026, before the holiday', () => {
    const s = step(suspended('2026-12-17'), '2026-12-18');
    expect(s?.deadline?.status).toBe('upcoming');
    expect(s?.texts).toBe(CHRISTMAS_TEXTS);
  });

  it('guards: a suspension in March, a December suspension read in February, a summer suspension keep their texts', () => {
    expect(step(suspended('2027-03-02'), '2027-03-10')?.texts).toBeUndefined();
    expect(step(suspended('2026-12-14'), '2027-02-01')?.texts).toBeUndefined();
    expect(step(suspended('2027-07-12'), '2027-08-02')?.texts).toBe('ui:blind64.planStep.schorsingZomer');
  });
});

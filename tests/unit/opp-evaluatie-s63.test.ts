/**
 * Session 63 (found by the s63-walk helper, a parent's walk at 360 px): the step "Zorg dat het OPP besproken wordt".
 *
 * Story 1 (tests/answers/tlv-aangevraagd.json): the OPP was last discussed on Mon 21 Sep 2026; read on Mon 23 Nov 2026.
 * What a correct plan must say, from FACTS.md first (B20; 002:882-884: evaluated at least once per SCHOOL YEAR, 1 Aug – 31
 * Jul): the answers cannot tell whether that talk drew the OPP up (then an evaluation is due in this school year, by Sat
 * 31 Jul 2027) or was an evaluation (then the next is due by Mon 31 Jul 2028). The earlier day must come first, and the
 * parent who does not know keeps to it. Before: "Het volgende gesprek moet uiterlijk op maandag 31 juli 2028 zijn" came
 * first and 31 July 2027 only in a conditional after it (the first two tests failed).
 * Story 2: last discussed on Tue 12 May 2026 (the school year before), read on Mon 23 Nov 2026: one day, Sat 31 Jul 2027,
 * named once. Before it was named twice in a row (the third test failed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';
import { stepText } from '../../src/ui/deadlineText';
import { formatDateInText } from '../../src/rules/dateInText';
import { LANGUAGES } from '../../src/languages';
import { loadPlanTexts, tFor } from './plan-texts';

beforeAll(loadPlanTexts, 60_000);

const story = (JSON.parse(readFileSync(new URL('../answers/tlv-aangevraagd.json', import.meta.url), 'utf8')) as { answers: Answers }).answers;
const evaluation = (answers: Answers, today: string) => buildPlan(answers, today).steps.find((s) => s.id === 'opp-evaluatie')!;

describe('the OPP talk: this school year\u2019s last day first', () => {
  it('story 1 on Mon 23 Nov 2026: 31 July 2027 before 31 July 2028, and "keep to the first date" (failed before)', () => {
    expect(story['opp-besproken']).toBe('2026-09-21');
    const why = stepText(evaluation(story, '2026-11-23'), 'why', tFor('nl'));
    const first = why.indexOf('zaterdag 31 juli 2027');
    const second = why.indexOf('maandag 31 juli 2028');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(why).toContain('Houd dan de eerste datum aan');
  });

  it('in every language the earlier day comes first (failed before)', () => {
    const s = evaluation(story, '2026-11-23');
    for (const { code } of LANGUAGES) {
      const why = stepText(s, 'why', tFor(code));
      const a = why.indexOf(formatDateInText('2027-07-31', code));
      const b = why.indexOf(formatDateInText('2028-07-31', code));
      expect(a, code).toBeGreaterThan(-1);
      expect(b, code).toBeGreaterThan(a);
    }
  });

  it('story 2 (last talk in the school year before) names 31 July 2027 once, in every language (failed before: twice)', () => {
    const s = evaluation({ ...story, 'opp-besproken': '2026-05-12' } as Answers, '2026-11-23');
    for (const { code } of LANGUAGES) {
      const why = stepText(s, 'why', tFor(code));
      expect(why.split(formatDateInText('2027-07-31', code)).length - 1, code).toBe(1);
    }
  });
});

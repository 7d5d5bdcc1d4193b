/**
 * Session 31 (s31-wording): two wordings a parents' lawyer would question (found by s30-removal). Each "(failed before)"
 * test failed on main 8545b19.
 *
 * 1. handelingsverlegen-reageren said "Maar dat zei ze alleen mondeling" whenever `hv-schriftelijk` was not "ja": also when
 *    the parent left it open. Only "nee" says the school gave its reasons only orally; otherwise the text is neutral.
 * 2. A written removal, a registration at the next school, then a removal there by phone: "Vraag om het besluit tot
 *    verwijdering op papier" said "de school" for the new school. The timeline knows it (the earlier removal's own step
 *    stands beside it), so the step names the new school.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { buildPlan, type Plan, type PlanStep } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { stepText } from '../../src/ui/deadlineText';
import { loadTexts, renderMarkdown } from '../../src/cli/plan';
import { LANGUAGES } from '../../src/languages';
import { eventMaker, log } from './timeline-log';
import { tFor, loadPlanTexts } from './plan-texts';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
const stepOf = (p: Plan, id: string): PlanStep => {
  const s = p.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}: ${p.steps.map((x) => x.id).join(', ')}`);
  return s;
};
const text = (s: PlanStep, lang = 'nl') => ['title', 'why'].map((part) => stepText(s, part, tFor(lang))).join(' ');
const LANGS = LANGUAGES.map((l) => l.code);

beforeAll(loadPlanTexts);

describe('1. handelingsverlegen-reageren: "only orally" only when the parent said "nee"', () => {
  const HV = { situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' };
  const plan = (hv?: string) => buildPlan(A(hv === undefined ? HV : { ...HV, 'hv-schriftelijk': hv }), '2026-11-30');
  const ORAL = /alleen mondeling/;

  it('"nee": the school said it only orally (unchanged)', () => {
    expect(text(stepOf(plan('nee'), 'handelingsverlegen-reageren'))).toMatch(ORAL);
  });
  for (const [what, hv] of [['no answer', undefined], ['"weet ik niet"', 'weet-niet']] as const) {
    it(`${what}: no "only orally"; ask for it on paper when you do not know (failed before)`, () => {
      const s = stepOf(plan(hv), 'handelingsverlegen-reageren');
      expect(text(s)).not.toMatch(ORAL);
      expect(text(s)).toMatch(/op papier/);
      expect(text(s)).toMatch(/weet je (dat )?niet/i);
    });
  }
  it('every language has its own text for both cases, and they differ (failed before)', () => {
    const nee = stepOf(plan('nee'), 'handelingsverlegen-reageren');
    const open = stepOf(plan(), 'handelingsverlegen-reageren');
    for (const lang of LANGS) {
      const a = stepText(nee, 'why', tFor(lang));
      const b = stepText(open, 'why', tFor(lang));
      expect(a, lang).not.toBe('');
      expect(b, lang).not.toBe('');
      expect(b, lang).not.toBe(a);
      expect(stepText(open, 'title', tFor(lang)), lang).toBe(stepText(nee, 'title', tFor(lang)));
    }
  });
  it('the CLI markdown (the scenario check) says the same (failed before)', async () => {
    const md = renderMarkdown(plan(), await loadTexts('nl'));
    expect(md).not.toMatch(ORAL);
    expect(renderMarkdown(plan('nee'), await loadTexts('nl'))).toMatch(ORAL);
  });
});

describe('2. a removal by phone at the next school, after a written removal and a registration there', () => {
  const HV = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' });
  const call = (ev: ReturnType<typeof eventMaker>, date: string) => ({ ...ev('verwijdering-besluit', date), how: 'telefoon' as const });

  it('the paper step names the new school, in every language (failed before)', () => {
    const ev = eventMaker('n', ['bestuur']);
    const s = log(HV, [{ ...ev('verwijdering-besluit', '2026-10-01'), how: 'brief' }, ev('aanmelding-ontvangen', '2026-10-05', ['school']), call(ev, '2026-10-20')]);
    const p = withMeetings(buildPlan(s.answers, '2026-10-21'), s.data.events);
    expect(p.steps.map((x) => x.id)).toContain('eerdere-verwijdering');
    const step = stepOf(p, 'verwijderbesluit-op-papier-vragen');
    expect(text(step)).toMatch(/nieuwe school/);
    expect(text(step)).not.toMatch(/^Vraag om het besluit tot verwijdering op papier De school zei/);
    for (const lang of LANGS) {
      const plain = stepOf(buildPlan(A({ ...HV, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'mondeling' }), '2026-10-21'), 'verwijderbesluit-op-papier-vragen');
      expect(stepText(step, 'why', tFor(lang)), lang).not.toBe('');
      expect(stepText(step, 'why', tFor(lang)), lang).not.toBe(stepText(plain, 'why', tFor(lang)));
      expect(stepText(step, 'title', tFor(lang)), lang).not.toBe(stepText(plain, 'title', tFor(lang)));
    }
  });
  it('guard: a removal by phone only (no earlier letter): the plain text, "de school"', () => {
    const ev = eventMaker('o', ['bestuur']);
    const s = log(HV, [call(ev, '2026-10-20')]);
    const p = withMeetings(buildPlan(s.answers, '2026-10-21'), s.data.events);
    const step = stepOf(p, 'verwijderbesluit-op-papier-vragen');
    expect(step.texts).toBeUndefined();
    expect(text(step)).not.toMatch(/nieuwe school/);
  });
});

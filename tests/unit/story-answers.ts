/**
 * A timeline story made complete the way a parent completes the questionnaire, and what its plan says in Dutch. Shared by
 * the timeline reviews of sessions 61 and 63 (lawyer-s61-timeline, blind-s63-timeline), which each spelled these lines.
 */
import { expect } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { askedQuestions, canShow } from '../../src/flow/route';
import type { Plan, PlanStep } from '../../src/rules/plan';
import type { IsoDate } from '../../src/rules/dates';
import { stepParams, stepText } from '../../src/ui/deadlineText';
import { agreeingPlan, type Story } from './app-story';
import { nl } from './lawyer-kit';

/** Everything a step says in Dutch: title, why, late, check and the timeline's note. */
export const said = (s: PlanStep) =>
  [...['title', 'why', 'late', 'check'].map((part) => stepText(s, part, nl())), s.note ? nl().raw(s.note, stepParams(s, 'nl')) : ''].join(' ');
export const allSaid = (p: Plan) => p.steps.map(said).join(' ');

/** A parent's plain answers to the questions a story leaves open (a child still enrolled, at home all day, no lessons, ...). */
export const PLAIN: Readonly<Record<string, unknown>> = {
  ingeschreven: 'ja', 'ondersteuning-gemeld': 'ja', 'aanmelding-bevestiging': 'ja', 'meer-scholen': 'nee', 'thuis-hoeveel': 'helemaal',
  'lessen-nu': 'nee', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'hv-schriftelijk': 'ja',
  'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee', 'verwijdering-andere-school': 'nee', 'weigering-andere-school': 'nee', 'dossier-gezien': 'ja',
  klacht: 'nee', vervoer: 'nee', 'aanmelding-verlengd': 'nee',
};
/**
 * The story with the answers the questions then ask: `own` first (the story's), then PLAIN, else "nee" / "weet ik niet" / the
 * exclusive "geen". The plan page may show it (canShow), as the app requires.
 */
export function asked(s: Story, own: Record<string, unknown> = {}): Story {
  let a = { ...s.answers, ...own } as Record<string, unknown>;
  for (let i = 0; i < 80; i++) {
    const q = askedQuestions(a as Answers).find((x) => a[x.id] === undefined);
    if (!q) break;
    const v = q.id in PLAIN ? PLAIN[q.id]
      : q.type === 'multi' ? [q.exclusive?.[0] ?? q.options![0]]
      : q.type === 'date' ? 'weet-niet'
      : q.options!.includes('nee') ? 'nee' : q.options!.includes('weet-niet') ? 'weet-niet' : q.options![0];
    a = { ...a, [q.id]: v };
  }
  expect(canShow('plan', a as Answers)).toBe(true);
  return { ...s, answers: a as Answers };
}
export const planOn = (s: Story, today: IsoDate, own: Record<string, unknown> = {}) => agreeingPlan(asked(s, own), today);

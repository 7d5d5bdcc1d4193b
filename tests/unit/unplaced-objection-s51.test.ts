/**
 * Session 51: the plan's own bezwaar step brought back because a bezwaar cannot be placed (earlierRefusalSteps and
 * unplacedRemovalObjection in src/timeline/earlier.ts: a bezwaar logged after the latest decision while an earlier
 * decision's 6 weeks still ran) says why it is there: we do not know which decision the bezwaar is against; check that the
 * bezwaar letter names this one. The plan's own step from the answers alone has no such note.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import type { Plan } from '../../src/rules/plan';
import { UNPLACED_OBJECTION_NOTE } from '../../src/timeline/earlier';
import { ev, log } from './timeline-log';
import { agreeingPlan, planAtApp } from './app-story';
import { loadPlanTexts, tFor } from './plan-texts';

beforeAll(loadPlanTexts);

const A = (x: Record<string, unknown>) => x as unknown as Answers;
const support = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee' });
const step = (p: Plan, id: string) => p.steps.find((x) => x.id === id);

describe('the plan\'s own bezwaar step when a bezwaar cannot be placed', () => {
  it('two refusals (15 Sep, 1 Oct), a bezwaar on 5 Oct: bezwaar-weigering (1 Oct, to 12 Nov) has the note with its date', () => {
    const s = log(support, [
      ev('r1', 'aanmelding-ontvangen', '2026-09-01', 'e-mail'), ev('w1', 'besluit-geweigerd', '2026-09-15', 'brief'),
      ev('r2', 'aanmelding-ontvangen', '2026-09-20', 'e-mail'), ev('w2', 'besluit-geweigerd', '2026-10-01', 'brief'),
      ev('b1', 'bezwaar-ingediend', '2026-10-05', 'brief'),
    ]);
    const p = agreeingPlan(s, '2026-10-06');
    const own = step(p, 'bezwaar-weigering')!;
    expect(own.deadline).toMatchObject({ start: '2026-10-01', due: '2026-11-12', certain: true });
    expect(own).toMatchObject({ note: UNPLACED_OBJECTION_NOTE, params: { besluit: '2026-10-01' } });
    const text = tFor('nl').raw(own.note!, { besluit: '1 oktober 2026' });
    expect(text).toMatch(/weten we niet tegen welk besluit je bezwaar is/);
    expect(text).toMatch(/1 oktober 2026/);
    // The earlier refusal's own step keeps its own text (no note).
    expect(step(p, 'eerdere-weigering')?.note).toBeUndefined();
  });

  it('two removal letters (2 and 20 Nov), a bezwaar on 25 Nov: bezwaar-verwijdering (20 Nov, to 1 Jan) has the note', () => {
    const hv = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10', 'hv-wil-weg': 'ja' });
    const p = planAtApp(log(hv, [ev('l1', 'verwijdering-besluit', '2026-11-02', 'brief'), ev('l2', 'verwijdering-besluit', '2026-11-20', 'brief'), ev('b1', 'bezwaar-ingediend', '2026-11-25', 'brief')]), '2026-11-26');
    expect(step(p, 'bezwaar-verwijdering')).toMatchObject({ note: UNPLACED_OBJECTION_NOTE, params: { besluit: '2026-11-20' }, deadline: { start: '2026-11-20', due: '2027-01-01' } });
  });

  it('one refusal, a bezwaar after it: no step comes back, no note', () => {
    const p = planAtApp(log(support, [ev('r1', 'aanmelding-ontvangen', '2026-09-01', 'e-mail'), ev('w1', 'besluit-geweigerd', '2026-09-15', 'brief'), ev('b1', 'bezwaar-ingediend', '2026-09-20', 'brief')]), '2026-09-21');
    expect(step(p, 'bezwaar-weigering')).toBeUndefined();
    expect(p.steps.some((s) => s.note === UNPLACED_OBJECTION_NOTE)).toBe(false);
  });
});

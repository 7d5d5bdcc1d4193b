/**
 * Session 33 (s33-tlv): a TLV refusal by the samenwerkingsverband (its bezwaar term: 6 weeks, EXT, not in the sources,
 * FACTS §X.3: shown as not certain, step tlv-bezwaar), then a new TLV application logged in "Mijn tijdlijn". The
 * application wrote tlv-fase "aangevraagd" and the refusal's bezwaar term left the plan. A new application does not end
 * the right to object to the earlier refusal (as for refusals of admission and removals, sessions 26-32): the term stays
 * as its own step, eerdere-tlv-afwijzing, marked not certain exactly as tlv-bezwaar, unless a bezwaar is logged since the
 * refusal or its term has passed. Found by s32-hunt; on main 664356f the first two tests failed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { buildPlan, type Plan } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { EFFECTS, type EventKind, type How } from '../../src/timeline/effects';
import { isLegal, questionnaireAnswers, type TimelineEvent } from '../../src/timeline/model';
import { log } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';
import { stepText } from '../../src/ui/deadlineText';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
type State = ReturnType<typeof log>;
const planAt = (s: State, today: string): Plan => withMeetings(buildPlan(s.answers, today), s.data.events, questionnaireAnswers(s.answers, s.data));
const ev = (id: string, kind: EventKind, date: string, how?: How): TimelineEvent =>
  ({ id, kind, date, parties: isLegal(kind) ? [...EFFECTS[kind].parties] : ['school'], note: '', ...(how ? { how } : {}) });
const step = (p: Plan, id: string) => p.steps.find((s) => s.id === id);
const TODAY = '2026-05-25';
const REFUSED = '2026-05-04';

beforeAll(loadPlanTexts);

const LOGGED = () => log(A({ situatie: ['tlv'], 'tlv-eens': 'nee' }), [ev('t1', 'tlv-afgewezen', REFUSED, 'brief')]);
const ANSWERED = () => log(A({ situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': REFUSED, 'tlv-eens': 'nee' }), []);

describe('s33: a new TLV application does not take the earlier TLV refusal\'s bezwaar term away', () => {
  for (const [name, start] of [['refusal logged', LOGGED], ['refusal answered', ANSWERED]] as const) {
    it(`${name}, then a new application logged: the refusal's term stays, not certain, as eerdere-tlv-afwijzing`, () => {
      const before = step(planAt(start(), TODAY), 'tlv-bezwaar');
      expect(before?.deadline?.certain).toBe(false);
      const s0 = start();
      const all = log(name === 'refusal logged' ? A({ situatie: ['tlv'], 'tlv-eens': 'nee' }) : s0.answers, [...s0.data.events, ev('t2', 'tlv-aangevraagd', '2026-05-18')]);
      const p = planAt(all, TODAY);
      expect(step(p, 'tlv-bezwaar')).toBeUndefined();
      const e = step(p, 'eerdere-tlv-afwijzing');
      expect(e).toBeDefined();
      expect(e!.deadline?.due).toBe(before!.deadline!.due);
      expect(e!.deadline?.certain).toBe(false);
      expect(e!.params['besluit']).toBe(REFUSED);
      expect(e!.letters).toContain('bezwaar-tlv');
      for (const lang of ['nl', 'en', 'tr', 'pl', 'uk', 'ar']) {
        const t = tFor(lang);
        expect(stepText(e!, 'title', t)).not.toMatch(/\{\{|planStep/);
        expect(stepText(e!, 'why', t)).not.toMatch(/\{\{|planStep/);
      }
    });
  }

  it('a bezwaar logged after the refusal (before or after the new application): no step', () => {
    const base = A({ situatie: ['tlv'], 'tlv-eens': 'nee' });
    for (const bezwaar of ['2026-05-10', '2026-05-20']) {
      const s = log(base, [ev('t1', 'tlv-afgewezen', REFUSED, 'brief'), ev('t2', 'tlv-aangevraagd', '2026-05-18'), ev('t3', 'bezwaar-ingediend', bezwaar)]);
      expect(step(planAt(s, TODAY), 'eerdere-tlv-afwijzing')).toBeUndefined();
    }
  });

  it('the term has passed: no step', () => {
    const s = log(A({ situatie: ['tlv'], 'tlv-eens': 'nee' }), [ev('t1', 'tlv-afgewezen', REFUSED, 'brief'), ev('t2', 'tlv-aangevraagd', '2026-05-18')]);
    expect(step(planAt(s, '2026-06-16'), 'eerdere-tlv-afwijzing')).toBeUndefined();
    expect(step(planAt(s, '2026-06-15'), 'eerdere-tlv-afwijzing')).toBeDefined();
  });

  it('the parent agreed with the refusal (tlv-eens: ja): no bezwaar step, before or after', () => {
    const s = log(A({ situatie: ['tlv'], 'tlv-eens': 'ja' }), [ev('t1', 'tlv-afgewezen', REFUSED, 'brief'), ev('t2', 'tlv-aangevraagd', '2026-05-18')]);
    expect(step(planAt(s, TODAY), 'eerdere-tlv-afwijzing')).toBeUndefined();
  });

  it('the application before the refusal (history): the plan\'s own tlv-bezwaar step, no second one', () => {
    const s = log(A({ situatie: ['tlv'], 'tlv-eens': 'nee' }), [ev('t0', 'tlv-aangevraagd', '2026-03-01'), ev('t1', 'tlv-afgewezen', REFUSED, 'brief')]);
    const p = planAt(s, TODAY);
    expect(step(p, 'tlv-bezwaar')).toBeDefined();
    expect(step(p, 'eerdere-tlv-afwijzing')).toBeUndefined();
  });
});

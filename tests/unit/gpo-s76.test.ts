/**
 * Session 76: a request to the Geschillencommissie answered in the questions ("gpo-ingediend: ja" with its day), made after
 * the decision on a bezwaar that the parent logged in the timeline. objectionAnsweredSteps read only a logged request:
 * with none logged, the decision on the bezwaar counted as coming after every request, and "gpo-loopt" (the commission's
 * case, still running) left the plan. letterAfterObjectionSteps already counted the answered day; both now read the latest
 * request the same way (latestGpoRequest in src/timeline/earlier.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/rules/dates';
import { loadPlanTexts } from './plan-texts';
import { A, E, agree, step } from './lawyer-kit';
import { log } from './timeline-log';
import { OBJECTION_DECIDED_TEXTS } from '../../src/timeline/earlier';

beforeAll(loadPlanTexts);

const removal = (more: Record<string, unknown> = {}) => A({ situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', groep: 'groep-3-6', ...more });
const events = () => [
  E('verwijdering-besluit', '2027-01-18' as IsoDate, 'brief'),
  E('bezwaar-ingediend', '2027-02-22' as IsoDate, 'brief'),
  E('bezwaar-beslist', '2027-05-24' as IsoDate),
];
const TODAY = '2027-06-02' as IsoDate;

describe('a request to the commission answered after a decision on the bezwaar logged', () => {
  it('keeps "gpo-loopt" (failed before: it left the plan)', () => {
    const p = agree(log(removal({ 'gpo-ingediend': 'ja', 'gpo-datum': '2027-05-28' }), events()), TODAY);
    expect(step(p, 'bezwaar-loopt')).toMatchObject({ texts: OBJECTION_DECIDED_TEXTS, params: { besluit: '2027-05-24' } });
    expect(step(p, 'gpo-loopt')).toBeDefined();
  });

  it('the same request logged instead of answered keeps it too (as before)', () => {
    const p = agree(log(removal(), [...events(), E('gpo-ingediend', '2027-05-28' as IsoDate, 'e-mail')]), TODAY);
    expect(step(p, 'gpo-loopt')).toBeDefined();
  });

  it('a request answered before the decision on the bezwaar: the commission advised first, "gpo-loopt" leaves (as before)', () => {
    const p = agree(log(removal({ 'gpo-ingediend': 'ja', 'gpo-datum': '2027-02-24' }), events()), TODAY);
    expect(step(p, 'bezwaar-loopt')).toBeDefined();
    expect(step(p, 'gpo-loopt')).toBeUndefined();
  });
});

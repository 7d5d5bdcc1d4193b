/**
 * Session 20, the parents' lawyer: logic behind tests/scenarios/008-advocaat-s20.yaml, each a test that failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { conditions } from '../../src/flow/conditions';
import { questions } from '../../src/flow/questions';
import { isAsked } from '../../src/flow/route';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';

const q = (id: string) => questions.find((x) => x.id === id)!;
const ids = (a: Answers, today: string) => {
  const p = buildPlan(a, today);
  return [...p.steps.map((s) => s.id), ...p.warnings.map((w) => w.id)];
};

/**
 * A suspension is often the step before a removal (002:2303-2307), and "thuis-reden" takes one answer. A parent who
 * chose "geschorst" was never asked whether the board decided a removal, so the 6 weeks for bezwaar (002:846-850) and
 * the Geschillencommissie were missing from the plan.
 */
describe('a suspended child: the removal decision is asked and counted', () => {
  const suspended: Answers = { situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'schorsing-datum': '2026-11-23' };
  it('asks whether the board decided a removal', () => {
    expect(isAsked(q('verwijdering-besluit'), suspended)).toBe(true);
  });
  it('a written removal decision makes it a removal: the date is asked, bezwaar and GPO get 6 weeks from it', () => {
    const a: Answers = { ...suspended, 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-20' };
    expect(conditions.hasRemovalDecision(a)).toBe(true);
    expect(isAsked(q('verwijdering-datum'), a)).toBe(true);
    const plan = buildPlan(a, '2026-11-30');
    const bezwaar = plan.steps.find((s) => s.id === 'bezwaar-verwijdering');
    expect(bezwaar?.deadline?.due).toBe('2027-01-01');
    expect(plan.steps.find((s) => s.id === 'geschillencommissie')?.deadline?.due).toBe('2027-01-01');
    expect(plan.steps.some((s) => s.id === 'schorsing-einde')).toBe(true);
  });
  it('"weet ik niet": ask the board whether there is a decision', () => {
    expect(ids({ ...suspended, 'verwijdering-besluit': 'weet-niet' }, '2026-11-30')).toContain('verwijderbesluit-navragen');
  });
  it('"nee": only the suspension, no removal warnings', () => {
    const got = ids({ ...suspended, 'verwijdering-besluit': 'nee' }, '2026-11-30');
    expect(got).toContain('schorsing-einde');
    expect(got).not.toContain('verwijdering-zonder-school');
    expect(got).not.toContain('bezwaar-verwijdering');
  });
});

/**
 * "How far is the TLV?" finds out whether a decision, and so a bezwaar term (001:939-941), may exist: like the other
 * clock finders it stands before undated steps without a clock, such as asking for the OPP.
 */
describe('tlv-stand-navragen is a clock finder', () => {
  it('stands before opp-vragen in "Nu doen"', () => {
    const a: Answers = { situatie: ['handelingsverlegen', 'tlv'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee', 'tlv-fase': 'weet-niet', opp: 'nee' };
    const got = ids(a, '2027-02-15');
    expect(got.indexOf('tlv-stand-navragen')).toBeGreaterThanOrEqual(0);
    expect(got.indexOf('tlv-stand-navragen')).toBeLessThan(got.indexOf('opp-vragen'));
  });
});

/**
 * The OPP is evaluated "daaropvolgend ... tenminste één keer per schooljaar" (002:882-884). When the last talk was in this
 * school year it may have been the one where the OPP was drawn up; then the evaluation still falls in this school year.
 * The plan gave only the end of the next school year (a year late for a new OPP); it now also gives this one's last day.
 */
describe('OPP evaluation: the last day of this school year is named too', () => {
  const a: Answers = { situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'nee', opp: 'ja', 'opp-besproken': '2026-11-16', 'opp-ingestemd': 'ja' };
  it('drawn up (or discussed) on 16 November 2026: 31 July 2027 is named beside 31 July 2028', () => {
    const s = buildPlan(a, '2026-12-07').steps.find((x) => x.id === 'opp-evaluatie')!;
    expect(s.params).toEqual({ uiterlijk: '2028-07-31', ditSchooljaar: '2027-07-31' });
  });
  it('discussed in an earlier school year: both are this school year\'s end', () => {
    const s = buildPlan({ ...a, 'opp-besproken': '2025-10-01' }, '2026-12-07').steps.find((x) => x.id === 'opp-evaluatie')!;
    // Session 65 (blind-s65 D2): a talk in the previous school year also names that talk and that school year's end.
    expect(s.params).toEqual({ uiterlijk: '2027-07-31', ditSchooljaar: '2027-07-31', besproken: '2025-10-01', vorigSchooljaar: '2026-07-31' });
  });
});

/** The same through the timeline: a logged suspension, then a logged removal decision, gives the bezwaar and its 6 weeks. */
describe('timeline: a suspension, then a removal decision', () => {
  it('the removal decision logged after a suspension counts', async () => {
    const { addEvent } = await import('../../src/timeline/model');
    const { EMPTY_TIMELINE } = await import('../../src/timeline/model');
    const ev = (id: string, kind: 'schorsing' | 'verwijdering-besluit', date: string) => ({ id, kind, date, parties: [], note: '' });
    const first = addEvent({ situatie: ['thuiszitten'] }, EMPTY_TIMELINE, ev('a', 'schorsing', '2026-11-23'));
    const second = addEvent(first.answers, first.data, ev('b', 'verwijdering-besluit', '2026-11-20'));
    const plan = buildPlan(second.answers, '2026-11-30');
    expect(plan.steps.find((s) => s.id === 'bezwaar-verwijdering')?.deadline?.due).toBe('2027-01-01');
  });
});

describe('the meeting card: when the admission decision is due (s20-langs review)', () => {
  it('counts the 6 weeks from the day the registration arrived, in every language', async () => {
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const why = (lang: string) =>
      (parse(readFileSync(join(import.meta.dirname, `../../content/${lang}/ui.yaml`), 'utf8')) as { meeting: { q: Record<string, { why: string }> } }).meeting.q['besluit-wanneer']!.why;
    // FACTS A04 (001:119; 002:744-746): within 6 weeks of receiving the registration, not of sending it.
    expect(why('nl')).toMatch(/6 weken vanaf de dag dat je aanmelding binnenkwam/);
    expect(why('nl')).not.toMatch(/6 weken na je aanmelding/);
    expect(why('en')).toMatch(/from the day your registration arrived/);
  });
});

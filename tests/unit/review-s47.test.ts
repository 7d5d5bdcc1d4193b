/**
 * Session 47: what this session changed beside the scenarios (tests/scenarios/040-aanmelden-maanden-s46.yaml
 * s040-ilias-eerste-keus-weigert-ander-beslist-nog, no longer knownFailing) and the reviews' own tests (hunt-s46 found 6, 7
 * and 8, lawyer-s46-meetings found 7, now plain `it`s).
 *
 * 1. Two registrations and one decision after both: the other school's 6 weeks (A04, A05; 001:119, 002:744-746).
 * 2. Data an older version stored is read once by this session's rules (before-s47): a refusal by phone after an admission
 *    on paper, and a removal decision told in a talk.
 * 3. The meeting report says it is no agreement with a decision whose bezwaar runs (objectableDecisions).
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { CURRENT_RULES, upgradeStored, type TimelineData } from '../../src/timeline/model';
import { objectableDecisions } from '../../src/rules/letters';
import { ev, flags, log, planAt } from './timeline-log';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
const drop = (d: TimelineData): TimelineData => {
  const { [CURRENT_RULES]: _mark, ...base } = d.base;
  return { events: d.events, base };
};
const step = (p: ReturnType<typeof planAt>, id: string) => p.steps.find((s) => s.id === id);

describe('two registrations, one decision after both: the other school still decides (session 47)', () => {
  const TWO = A({ situatie: ['aanmelden'], 'meer-scholen': 'ja', 'ondersteuning-gemeld': 'ja' });
  const regs = [ev('r1', 'aanmelding-verstuurd', '2026-09-07', 'e-mail'), ev('r2', 'aanmelding-verstuurd', '2026-09-09', 'e-mail')];

  it('a refusal after both: a step counts 6 weeks from the registration left open (failed before: no term at all)', () => {
    const p = planAt(log(TWO, [...regs, ev('w', 'besluit-geweigerd', '2026-10-16', 'e-mail')]), '2026-10-19');
    expect(step(p, 'eerdere-aanmelding')?.deadline).toMatchObject({ start: '2026-09-09', due: '2026-10-21' });
    expect(step(p, 'eerdere-aanmelding')?.texts).toBe('ui:s47.planStep.andereSchoolBeslist');
    expect(step(p, 'bezwaar-weigering')?.deadline).toMatchObject({ due: '2026-11-27', certain: true });
  });

  it('guard: two decisions for two registrations, or one school only: no such step', () => {
    const both = planAt(log(TWO, [...regs, ev('w', 'besluit-geweigerd', '2026-10-16', 'e-mail'), ev('t', 'besluit-toegelaten', '2026-10-17', 'e-mail')]), '2026-10-19');
    expect(step(both, 'eerdere-aanmelding')).toBeUndefined();
    const one = planAt(log(A({ situatie: ['aanmelden'], 'meer-scholen': 'nee' }), [...regs, ev('w', 'besluit-geweigerd', '2026-10-16', 'e-mail')]), '2026-10-19');
    expect(step(one, 'eerdere-aanmelding')).toBeUndefined();
  });

  // Session 54 (lawyer-s53-months D3): once the 10 weeks of the open registration have passed, the step stays (before: "no
  // step", by design since session 46), passed, with texts that say the school is late; a single registration's
  // besluit-aanmelding stays passed too.
  it('guard: a refusal by phone is no decision; once the 10 weeks of the open registration have passed, the step says the school is late', () => {
    const phone = planAt(log(TWO, [...regs, ev('w', 'besluit-geweigerd', '2026-10-16', 'telefoon')]), '2026-10-19');
    expect(step(phone, 'eerdere-aanmelding')?.texts).not.toBe('ui:s47.planStep.andereSchoolBeslist');
    const late = planAt(log(TWO, [...regs, ev('w', 'besluit-geweigerd', '2026-10-16', 'e-mail')]), '2026-11-19');
    expect(step(late, 'eerdere-aanmelding')).toMatchObject({ texts: 'ui:s54.planStep.andereSchoolTeLaat', group: 'nu', deadline: { start: '2026-09-09', due: '2026-10-21', status: 'passed' } });
    expect(step(late, 'eerdere-aanmelding')?.deadline?.maybeExtendedTo).toBeUndefined();
  });
});

describe('data an older version stored is read once by this session\'s rules (before-s47)', () => {
  it('a refusal by phone after an admission on paper: the old "geweigerd" becomes "toegelaten" again (failed before)', () => {
    const now = log(A({ situatie: ['aanmelden'] }), [ev('a', 'aanmelding-verstuurd', '2026-09-16', 'e-mail'), ev('t', 'besluit-toegelaten', '2026-10-10', 'e-mail'), ev('w', 'besluit-geweigerd', '2026-10-20', 'telefoon')]);
    expect(now.answers['aanmelding-besluit']).toBe('toegelaten');
    // Session 48 marks its own rules (regels-s48); data session 46 stored carries neither mark.
    expect(CURRENT_RULES).not.toBe('regels-s46');
    // As session 46 stored it: the call wrote "geweigerd, not on paper", with no mark of this session.
    const stored = A({ ...(now.answers as Record<string, string | string[]>), 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'nee' });
    const up = upgradeStored(stored, drop(now.data));
    expect(up?.answers['aanmelding-besluit']).toBe('toegelaten');
    expect(upgradeStored(up!.answers, up!.data)).toBeUndefined();
    expect(step(planAt({ answers: up!.answers, data: up!.data }, '2026-11-05'), 'besluit-aanmelding')).toBeUndefined();
  });

  it('a removal decision told in a talk: the old "schriftelijk" becomes "mondeling"; the 6 weeks stay on the plan, not certain', () => {
    const HV = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-09-10' });
    const now = log(HV, [ev('g', 'verwijdering-besluit', '2026-10-01', 'gesprek')]);
    expect(now.answers['verwijdering-besluit']).toBe('mondeling');
    const stored = A({ ...(now.answers as Record<string, string | string[]>), 'verwijdering-besluit': 'schriftelijk' });
    const up = upgradeStored(stored, drop(now.data));
    expect(up?.answers['verwijdering-besluit']).toBe('mondeling');
    const p = planAt({ answers: up!.answers, data: up!.data }, '2026-10-05');
    expect(p.steps.map((s) => s.id)).toContain('verwijderbesluit-op-papier-vragen');
    const terms = p.steps.filter((s) => s.deadline?.start === '2026-10-01');
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.every((s) => s.deadline?.certain === false)).toBe(true);
  });

  it('guard: a parent who changed the answer herself after this session keeps it', () => {
    const now = log(A({ situatie: ['aanmelden'] }), [ev('a', 'aanmelding-verstuurd', '2026-09-16', 'e-mail'), ev('t', 'besluit-toegelaten', '2026-10-10', 'e-mail'), ev('w', 'besluit-geweigerd', '2026-10-20', 'telefoon')]);
    const hers = A({ ...(now.answers as Record<string, string | string[]>), 'aanmelding-besluit': 'geweigerd' });
    expect(upgradeStored(hers, now.data)).toBeUndefined();
  });
});

describe('the decisions a meeting report reserves (objectableDecisions)', () => {
  const removed = A({ situatie: ['handelingsverlegen'], 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-16' });
  it('a removal on paper while its 6 weeks run; not after them; again once a bezwaar was filed', () => {
    expect(objectableDecisions(removed, '2026-12-02')).toEqual(['2026-11-16']);
    expect(objectableDecisions(removed, '2026-12-29')).toEqual([]);
    expect(objectableDecisions(A({ ...(removed as Record<string, string | string[]>), 'bezwaar-ingediend': 'ja' }), '2027-02-01')).toEqual(['2026-11-16']);
  });
  it('a decision dated after today is none yet; a logged refusal beside it counts too', () => {
    expect(objectableDecisions(removed, '2026-11-10')).toEqual([]);
    const ref = [{ ...ev('w', 'besluit-geweigerd', '2026-11-20', 'brief') }];
    expect(objectableDecisions(removed, '2026-12-02', ref)).toEqual(['2026-11-16', '2026-11-20']);
  });
});

describe('a removal letter logged within two weeks of the answered one, with nothing between, may be that letter (session 47)', () => {
  const HV = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-09-10', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-20' });
  it('logged on its arrival day: the plan counts from the date on the letter; the later day keeps its own step (failed before)', () => {
    const p = planAt(log(HV, [ev('v', 'verwijdering-besluit', '2026-11-30', 'brief')]), '2026-12-28');
    expect(step(p, 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2026-11-20', due: '2027-01-01', certain: true });
    expect(step(p, 'latere-verwijdering')).toMatchObject({ params: { besluit: '2026-11-30', eerste: '2026-11-20' }, deadline: { due: '2027-01-11', certain: true } });
    expect(step(p, 'eerdere-verwijdering')).toBeUndefined();
  });
  it('guard: three weeks later, or after a bezwaar, a registration or a request to the commission, it is a new decision', () => {
    for (const between of [[], [ev('b', 'bezwaar-ingediend', '2026-11-25', 'brief')], [ev('r', 'aanmelding-ontvangen', '2026-11-25', 'e-mail')], [ev('g', 'gpo-ingediend', '2026-11-25', 'e-mail')]]) {
      const day = between.length ? '2026-11-30' : '2026-12-11';
      const p = planAt(log(HV, [...between, ev('v', 'verwijdering-besluit', day, 'brief')]), '2026-12-12');
      expect(step(p, 'bezwaar-verwijdering')?.deadline?.start, JSON.stringify(between)).toBe(day);
      expect(step(p, 'latere-verwijdering')).toBeUndefined();
    }
  });
  it('stored by session 46 (the later day written over the answer): read once with the date on the letter again', () => {
    const now = log(HV, [ev('v', 'verwijdering-besluit', '2026-11-30', 'brief')]);
    expect(now.answers['verwijdering-datum']).toBe('2026-11-20');
    const stored = A({ ...(now.answers as Record<string, string | string[]>), 'verwijdering-datum': '2026-11-30' });
    const up = upgradeStored(stored, drop(now.data));
    expect(up?.answers['verwijdering-datum']).toBe('2026-11-20');
  });
});

describe('a second dossier request with none received between is a reminder (session 47)', () => {
  const HV = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-10-05' });
  const asked = [ev('d1', 'dossier-gevraagd', '2026-11-02', 'e-mail'), ev('d2', 'dossier-gevraagd', '2026-12-03', 'e-mail')];
  it('the plan and "te laat?" count the month from the first request (failed before: from the reminder, 3 January)', () => {
    const s = log(HV, asked);
    expect(step(planAt(s, '2026-12-07'), 'dossier-herinneren')?.deadline).toMatchObject({ start: '2026-11-02', due: '2026-12-02', status: 'passed', certain: false });
    expect(flags(s, '2026-12-07').find((f) => f.id === 'dossier')).toMatchObject({ start: '2026-11-02', due: '2026-12-02' });
  });
  it('guard: with the dossier received between, the second request starts a new month', () => {
    const s = log(HV, [asked[0]!, ev('r', 'dossier-ontvangen', '2026-11-20', 'e-mail'), asked[1]!]);
    expect(step(planAt(s, '2026-12-07'), 'dossier-herinneren')?.deadline).toMatchObject({ start: '2026-12-03', due: '2027-01-03' });
    expect(flags(s, '2027-01-05').find((f) => f.id === 'dossier')).toMatchObject({ start: '2026-12-03', due: '2027-01-03' });
  });
});

describe('a request to the Geschillencommissie after a TLV decision (session 47)', () => {
  const TLV = A({ situatie: ['tlv'], 'tlv-gehoord': 'ja', 'tlv-eens': 'nee', 'tlv-soort': 'so', 'bezwaar-ingediend': 'nee' });
  it('the TLV bezwaar step says the commission does not hear a TLV (failed before: no word)', () => {
    const p = planAt(log(TLV, [ev('t', 'tlv-toegekend', '2026-11-23', 'brief'), ev('g', 'gpo-ingediend', '2026-12-14', 'e-mail')]), '2026-12-16');
    expect(step(p, 'tlv-bezwaar')).toMatchObject({ note: 'ui:s47.gpoNietTlv', deadline: { due: '2027-01-04', certain: false } });
  });
  it('guard: a request before the decision, or a bezwaar logged since: no note', () => {
    const before = planAt(log(TLV, [ev('g', 'gpo-ingediend', '2026-11-10', 'e-mail'), ev('t', 'tlv-toegekend', '2026-11-23', 'brief')]), '2026-12-16');
    expect(step(before, 'tlv-bezwaar')?.note).toBeUndefined();
  });
});

/**
 * Session 75 (s75-answers): the questionnaire's answers against what happened later, three items session 74 left open.
 * 1. The day of enrolment (inschrijving-datum) is asked after an admission at a next school following a removal, a refusal or
 *    a time at home, also without a support need told (condition asksEnrolmentDay; the question now stands after the removal
 *    questions). From that day the new school has the child (A23, C22): a passed bezwaar against the old school is a choice.
 * 2. A "ja" on aanmelding-bevestiging answered in the questionnaire is taken back by a registration logged on a later day
 *    (confirmationLeftBehind, src/timeline/model.ts), with older stored data upgraded once when read (rules before-s75,
 *    CURRENT_RULES regels-s75) and other data read as before.
 * 3. huidige-school-tot-inschrijving for groep 1-2 with nothing else saying the child is at a school asks first (ui answers75).
 * The tests marked "failed before" failed on the tree before this session's fix (run there).
 * The stories are in tests/scenarios/061-answers-s75.yaml.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/rules/dates';
import { buildPlan } from '../../src/rules/plan';
import { askedQuestions, applicableAnswers } from '../../src/flow/route';
import { loadPlanTexts } from './plan-texts';
import { A, E, R, agree, step } from './lawyer-kit';
import { log, planAt } from './timeline-log';
import { commit, upgradeStored, CURRENT_RULES, type TimelineData } from '../../src/timeline/model';
import type { Answers } from '../../src/flow/answers';
import { firstThings } from '../../src/ui/firstThings';
import { NEW_SCHOOL_RECEIPT_TEXTS, OPP_COUNT_YOURSELF_TEXTS } from '../../src/rules/steps/aanmelden';

beforeAll(loadPlanTexts);

const ids = (p: ReturnType<typeof buildPlan>) => p.steps.map((s) => s.id);
const asked = (a: Answers) => askedQuestions(a).map((q) => q.id);

// ── 1. The day of enrolment ────────────────────────────────────────────────────────────────────────────────────────
const bo = (extra: Record<string, unknown> = {}) =>
  A({
    situatie: ['handelingsverlegen', 'thuiszitten', 'aanmelden'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
    'verwijdering-datum': '2027-09-13', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'thuis-reden': 'verwijderd', 'thuis-sinds': '2027-09-20',
    'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', ingeschreven: 'nee', 'lpa-betrokken': 'ja', groep: 'groep-3-6', 'aanmelding-hoe': 'schriftelijk',
    'aanmelding-datum': '2027-09-23', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'nee', 'meer-scholen': 'nee',
    ...extra,
  });

describe('the day of enrolment after a removal, a refusal or a time at home (item 1)', () => {
  it('removed, admitted elsewhere, no support need told: the day is asked (failed before: not asked)', () => {
    expect(asked(bo())).toContain('inschrijving-datum');
  });

  it('with the day, a passed bezwaar against the old school is no first-screen action (failed before: it led the first screen)', () => {
    const p = buildPlan(bo({ 'inschrijving-datum': '2027-10-25' }), '2027-10-27' as IsoDate);
    expect(step(p, 'bezwaar-verwijdering')).toMatchObject({ choice: true, deadline: { due: '2027-10-25', status: 'passed' } });
    expect(firstThings(p).actions.map((a) => a.id)).not.toContain('bezwaar-verwijdering');
    expect(p.warnings.map((w) => w.id)).not.toContain('verwijdering-zonder-school');
  });

  it('the day known without a support need told: no OPP date from it ("heeft extra hulp nodig" is not what she said); with the need told, the date (guard)', () => {
    const p = buildPlan(bo({ 'inschrijving-datum': '2027-10-25' }), '2027-10-27' as IsoDate);
    expect(step(p, 'opp-na-toelating')?.deadline).toBeUndefined();
    expect(step(p, 'opp-na-toelating')?.texts).toBe(OPP_COUNT_YOURSELF_TEXTS);
    expect(firstThings(p).next).toBeUndefined();
    const told = buildPlan(bo({ 'inschrijving-datum': '2027-10-25', 'ondersteuning-gemeld': 'ja' }), '2027-10-27' as IsoDate);
    expect(step(told, 'opp-na-toelating')?.deadline).toMatchObject({ start: '2027-10-25', due: '2027-12-06' });
  });

  it('the day not known: the bezwaar stays an action (guard: the safe side)', () => {
    const p = buildPlan(bo({ 'inschrijving-datum': 'weet-niet' }), '2027-10-27' as IsoDate);
    expect(firstThings(p).actions.map((a) => a.id)).toContain('bezwaar-verwijdering');
  });

  it('refused at school A, admitted at B, no support need told: asked, and the passed bezwaar is a choice (failed before)', () => {
    const lina = A({
      situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-03-22', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'toegelaten',
      'weigering-schriftelijk': 'ja', 'weigering-datum': '2027-03-08', 'ondersteuning-gemeld': 'nee', 'meer-scholen': 'nee', 'bezwaar-ingediend': 'nee', groep: 'groep-3-6',
    });
    expect(asked(lina)).toContain('inschrijving-datum');
    const p = buildPlan(A({ ...lina, 'inschrijving-datum': '2027-05-03' }), '2027-05-05' as IsoDate);
    expect(step(p, 'bezwaar-weigering')).toMatchObject({ choice: true, deadline: { due: '2027-04-19', status: 'passed' } });
    expect(firstThings(p).actions.map((a) => a.id)).not.toContain('bezwaar-weigering');
  });

  it('a child enrolled nowhere, admitted at a school, no support need told: asked (failed before)', () => {
    const zoe = A({ situatie: ['thuiszitten', 'aanmelden'], 'thuis-reden': 'nergens', 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-01-11', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'nee' });
    expect(asked(zoe)).toContain('inschrijving-datum');
  });

  it('an ordinary admission without a support need told: not asked (guard: one question more only where it changes the plan)', () => {
    expect(asked(A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-01-11', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'nee' }))).not.toContain('inschrijving-datum');
    expect(asked(A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-01-11', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'weet-niet' }))).not.toContain('inschrijving-datum');
    // With a support need told, as since session 58, and for "aanmelden" alone at the same place (right after meer-scholen).
    const support = asked(A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-01-11', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee' }));
    expect(support.indexOf('inschrijving-datum')).toBe(support.indexOf('meer-scholen') + 1);
  });

  it('an answer stored with the question before the move still applies (guard: older saved data, the same plan)', () => {
    const a = A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-01-11', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'inschrijving-datum': '2027-02-01' });
    expect(applicableAnswers(a)['inschrijving-datum']).toBe('2027-02-01');
  });
});

// ── 2. A confirmation answered in the questionnaire and a later registration ────────────────────────────────────────
const Q = 'aanmelding-bevestiging';
const sem = () =>
  A({
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-01-12', [Q]: 'ja', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja',
    'weigering-datum': '2027-03-08', 'weigering-andere-school': 'nee', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', groep: 'groep-3-6',
  });
const atB = E('aanmelding-verstuurd', '2027-03-15' as IsoDate, 'e-mail');
const READ = '2027-03-22' as IsoDate;

describe('a confirmation answered "ja" does not carry over to a later registration (item 2)', () => {
  it('a registration at school B logged later: "nee", the plan asks for its confirmation (failed before: "ja" stayed)', () => {
    const s = log(sem(), [atB]);
    expect(s.answers[Q]).toBe('nee');
    const p = agree(s, READ);
    expect(ids(p)).toContain('ontvangst-bevestigen');
    // It names the new school (not the one that refused).
    expect(step(p, 'ontvangst-bevestigen')?.texts).toBe(NEW_SCHOOL_RECEIPT_TEXTS);
    expect(step(p, 'bezwaar-weigering')?.deadline).toMatchObject({ due: '2027-04-19', certain: true });
    // Deleting the event gives her "ja" back (base).
    expect(commit(s.answers, s.data, []).answers[Q]).toBe('ja');
  });

  it('B confirms the receipt by e-mail: "ja" again, no step (guard)', () => {
    const s = log(sem(), [atB, R('2027-03-16' as IsoDate)]);
    expect(s.answers[Q]).toBe('ja');
    expect(ids(agree(s, READ))).not.toContain('ontvangst-bevestigen');
  });

  it('the same registration logged on its own day, or a receipt of the registration logged as sent: "ja" stays (guard)', () => {
    expect(log(sem(), [R('2027-01-12' as IsoDate, 'telefoon')]).answers[Q]).toBe('ja');
    const sentThenReceived = A({ ...sem(), 'aanmelding-datum': undefined });
    const s = log(sentThenReceived, [E('aanmelding-verstuurd', '2027-01-11' as IsoDate, 'e-mail'), R('2027-01-12' as IsoDate, 'telefoon')]);
    expect(s.answers[Q]).toBe('ja');
  });

  it('no day of receipt answered ("weet ik niet"): the "ja" stays (guard: no earlier registration to tell apart)', () => {
    expect(log(A({ ...sem(), 'aanmelding-datum': 'weet-niet' }), [atB]).answers[Q]).toBe('ja');
  });

  it('the parent answers "ja" again after the registration: hers, kept at the next timeline change (guard)', () => {
    const s = log(sem(), [atB]);
    const mine = { ...s.answers, [Q]: 'ja' } as Answers;
    const next = commit(mine, s.data, [...s.data.events, E('gesprek', '2027-03-18' as IsoDate)]);
    expect(next.answers[Q]).toBe('ja');
  });
});

describe('data stored by older versions (upgradeStored, item 2)', () => {
  it('stored by session 74 (mark regels-s56, "ja" kept): read, it is "nee" once (failed before: no upgrade)', () => {
    const now = log(sem(), [atB]);
    const s74 = { answers: { ...now.answers, [Q]: 'ja' } as Answers, data: { ...now.data, base: { ...withoutMark(now.data.base), 'regels-s56': null } } };
    expect(ids(buildPlan(s74.answers, READ))).not.toContain('ontvangst-bevestigen');
    const up = upgradeStored(s74.answers, s74.data);
    expect(up?.answers[Q]).toBe('nee');
    expect(up!.data.base[CURRENT_RULES]).toBeNull();
    expect(ids(planAt(up!, READ))).toContain('ontvangst-bevestigen');
    // Everything else as stored.
    expect({ ...up!.answers, [Q]: 'ja' }).toEqual(s74.answers);
    // Read again: nothing more to do.
    expect(upgradeStored(up!.answers, up!.data)).toBeUndefined();
  });

  it('stored before session 74 (the key not in base): read, it is "nee" (failed before)', () => {
    const now = log(sem(), [atB]);
    const base = withoutMark(now.data.base);
    delete base[Q];
    const old = { answers: { ...now.answers, [Q]: 'ja' } as Answers, data: { ...now.data, base } };
    const up = upgradeStored(old.answers, old.data);
    expect(up?.answers[Q]).toBe('nee');
    expect(up!.data.base[Q]).toBe('ja');
  });

  it('data where the rules agree: no upgrade, the same plan (guard)', () => {
    const same = log(sem(), [R('2027-01-12' as IsoDate, 'telefoon')]);
    expect(upgradeStored(same.answers, same.data)).toBeUndefined();
    const current = log(sem(), [atB]);
    expect(upgradeStored(current.answers, current.data)).toBeUndefined();
    // Stored before session 74 with the registration on the answered day: nothing to write.
    const base = { ...same.data.base };
    delete base[Q];
    expect(upgradeStored(same.answers, { ...same.data, base })).toBeUndefined();
  });
});

function withoutMark(base: TimelineData['base']): Record<string, Answers[string] | null> {
  const out = { ...base } as Record<string, Answers[string] | null>;
  delete out[CURRENT_RULES];
  return out;
}

// ── 3. "Je kind zit nu op een school" ─────────────────────────────────────────────────────────────────────────────────
const noa = (extra: Record<string, unknown> = {}) =>
  A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-01-11', [Q]: 'ja', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'nee', 'ondersteuning-gemeld': 'nee', 'meer-scholen': 'nee', groep: 'groep-1-2', ...extra });
const warning = (a: Answers) => buildPlan(a, '2027-01-20' as IsoDate).warnings.find((w) => w.id === 'huidige-school-tot-inschrijving');

describe('huidige-school-tot-inschrijving only says "je kind zit nu op een school" when an answer says so (item 3)', () => {
  it('groep 1-2, only "aanmelden": the text that asks first (failed before: the plain text)', () => {
    expect(warning(noa())?.texts).toBe('ui:answers75.warning.huidigeSchoolMisschien');
  });

  it('groep 3-6, or groep 1-2 in a conflict with her school: the plain text (guard)', () => {
    expect(warning(noa({ groep: 'groep-3-6' }))).toBeDefined();
    expect(warning(noa({ groep: 'groep-3-6' }))?.texts).toBeUndefined();
    const hv = noa({ situatie: ['aanmelden', 'handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee' });
    expect(warning(hv)).toBeDefined();
    expect(warning(hv)?.texts).toBeUndefined();
  });

  it('not at school yet: no warning (guard)', () => {
    expect(warning(noa({ groep: 'nog-niet' }))).toBeUndefined();
  });
});

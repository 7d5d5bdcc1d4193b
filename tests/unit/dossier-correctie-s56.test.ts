/**
 * Session 56 (lawyer-s56-fresh D2): the letter "Vraag om correctie van het dossier" logged as sent ("Ik heb deze brief
 * verstuurd": LETTER_KIND logs "Dossier gevraagd" with `letter: 'correctie-dossier'`) wrote "dossier-gezien: nee", as an
 * inzage request does. A parent who asks to correct a dossier has it (G01/G05): the check page said she had not seen the
 * dossier she received, and the gesprekskaart asked "Mag ik het dossier inzien?" (card.ts dossier-inzien). Now the
 * correction writes only the request and its day (LETTER_SETS in src/timeline/effects.ts). What stays: the school's month
 * (AVG, not in the sources: uncertain) with the correction's own texts (dossierCorrectionSteps, dossierCorrectionTexts in
 * src/timeline/earlier.ts), "te laat?" (lateFlags, CHASE_RULES 'dossier'), and everything for an inzage request, which
 * still writes "dossier-gezien: nee". Data an older version stored (the correction wrote "nee") is read by the rules now
 * (upgradeStored, rules `before-s56`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { askedQuestions, applicableAnswers } from '../../src/flow/route';
import { DOSSIER_CORRECTION_TEXTS } from '../../src/timeline/earlier';
import { CURRENT_RULES, addEvent, deleteEvent, upgradeStored, type TimelineData, type TimelineEvent } from '../../src/timeline/model';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { storedOf } from '../../src/ui/components/timelineDoor';
import { loadPlanTexts } from './plan-texts';
import { flags, ev, log } from './timeline-log';
import { agreeingPlan, appOf, type Story } from './app-story';
import { A, E, dutch, firstScreen, ids, sent, step, terms } from './lawyer-kit';

beforeAll(loadPlanTexts);

const rest = { 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', onderzoek: 'school-recent', 'swv-betrokken': 'ja' };
const HV = {
  situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen',
  'hv-schriftelijk': 'ja', 'hv-wil-weg': 'nee', groep: 'groep-3-6', jeugdhulp: 'nee', klacht: 'nee', ...rest,
};
/** Finn (lawyer-s56-fresh story 6): asked 29 Jan, received 26 Feb, the correction letter sent Wed 31 Mar 2027. */
const FINN_EVENTS = [E('dossier-gevraagd', '2027-01-29'), E('dossier-ontvangen', '2027-02-26'), sent('c1', 'correctie-dossier', '2027-03-31')];
const finn = () => log(A({ ...HV, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee' }), FINN_EVENTS);
/** A meeting planned, so the gesprekskaart has a day to prepare for. */
const meeting = { 'gesprek-gepland': 'ja', 'gesprek-datum': '2027-04-15' };
const cardQuestions = (s: Story, today: string) => cardOf(appOf(s), today).questions.map((q) => q.id);
const withMeeting = (s: Story): Story => ({ answers: A({ ...s.answers, ...meeting }), data: s.data });

describe('the answers after the correction letter', () => {
  it('Finn: the check page says she has seen the dossier (it asks nothing more about a request); the request and its day are written', () => {
    const { answers } = finn();
    expect(answers['dossier-gezien' as never]).toBe('ja');
    expect(answers['dossier-gevraagd' as never]).toBe('ja');
    expect(answers['dossier-gevraagd-datum' as never]).toBe('2027-03-31');
    // The check page (ReviewPage) shows the asked questions with the answers that apply.
    const asked = askedQuestions(answers).map((q) => q.id);
    expect(asked).toContain('dossier-gezien');
    expect(asked).not.toContain('dossier-gevraagd');
    expect(applicableAnswers(answers)['dossier-gezien' as never]).toBe('ja');
  });

  it('seen, answered in the questionnaire: stays "ja"; never answered: stays unanswered; "nee" answered: stays "nee"', () => {
    for (const seen of ['ja', undefined, 'nee'] as const) {
      const s = log(A({ ...HV, ...(seen ? { 'dossier-gezien': seen } : {}), ...(seen === 'nee' ? { 'dossier-gevraagd': 'nee' } : {}) }), [sent('c1', 'correctie-dossier', '2026-11-10')]);
      expect(s.answers['dossier-gezien' as never], String(seen)).toBe(seen);
    }
  });

  it('an inzage request (the letter or a plain "Dossier gevraagd") still writes "dossier-gezien: nee", its request and its day', () => {
    for (const e of [sent('i1', 'inzage-dossier', '2026-11-10'), ev('i1', 'dossier-gevraagd', '2026-11-10')]) {
      const s = log(A({ ...HV, 'dossier-gezien': 'ja' }), [e]);
      expect(s.answers).toMatchObject({ 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-10' });
    }
  });

  it('deleting the correction gives the answers back', () => {
    const start = A({ ...HV, 'dossier-gezien': 'ja' });
    const s = log(start, [sent('c1', 'correctie-dossier', '2026-11-10')]);
    const back = deleteEvent(s.answers, s.data, 'c1');
    expect(back.answers).toEqual(start);
  });

  it('"dossier-gezien" answered by the parent herself after an inzage request stays hers when she then logs the correction', () => {
    // She logged an inzage request (it wrote "nee"), then answered "ja" in the questionnaire (she went and saw it).
    const s = log(A({ ...HV, 'dossier-gezien': 'ja' }), [ev('i1', 'dossier-gevraagd', '2026-11-02')]);
    expect(s.answers['dossier-gezien' as never]).toBe('nee');
    const hers = A({ ...s.answers, 'dossier-gezien': 'ja' });
    // Logging the correction does not write the inzage request's "nee" back over her answer (it is no answer it writes).
    expect(addEvent(hers, s.data, sent('c1', 'correctie-dossier', '2026-11-20')).answers['dossier-gezien' as never]).toBe('ja');
  });
});

describe('the plan after the correction letter', () => {
  it('Finn, 31 Mar: "Houd bij of de school je dossier verbetert", a month: 30 Apr (uncertain), the correction\'s texts; no "vraag het dossier op"', () => {
    const p = agreeingPlan(finn(), '2027-03-31');
    const d = step(p, 'dossier-herinneren')!;
    expect(d.texts).toBe(DOSSIER_CORRECTION_TEXTS);
    expect(d.deadline).toMatchObject({ start: '2027-03-31', due: '2027-04-30', certain: false, status: 'upcoming' });
    expect(d.group).toBe('binnenkort');
    expect(d.section).toBe('informatie-vragen');
    expect(dutch(d, 'title')).toMatch(/verbetert/);
    expect(dutch(d)).toMatch(/binnen een maand/);
    expect(terms(p)).toEqual(['dossier-herinneren 2027-03-31>2027-04-30 upcoming?']);
    expect(ids(p)).not.toContain('dossier-opvragen');
  });

  it('Finn, 30 Apr on the first screen; 1 May passed, under "Nu doen"', () => {
    expect(firstScreen(agreeingPlan(finn(), '2027-04-30')).actions).toContain('dossier-herinneren');
    const late = step(agreeingPlan(finn(), '2027-05-01'), 'dossier-herinneren')!;
    expect(late.deadline).toMatchObject({ due: '2027-04-30', status: 'passed' });
    expect(late.group).toBe('nu');
    expect(late.texts).toBe(DOSSIER_CORRECTION_TEXTS);
  });

  it('"Dossier gekregen" logged after the correction (the school answered): no step, no "te laat?"', () => {
    const s = log(A({ ...HV, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee' }), [...FINN_EVENTS, E('dossier-ontvangen', '2027-04-20')]);
    expect(ids(agreeingPlan(s, '2027-05-10'))).not.toContain('dossier-herinneren');
    expect(flags(s, '2027-05-10')).toEqual([]);
  });

  it('seen (answered) or never answered: the correction\'s step from its day; the gesprekskaart does not ask to see the dossier', () => {
    for (const seen of ['ja', undefined] as const) {
      const s = log(A({ ...HV, ...(seen ? { 'dossier-gezien': seen } : {}) }), [sent('c1', 'correctie-dossier', '2026-11-10')]);
      const p = agreeingPlan(s, '2026-11-20');
      expect(terms(p), String(seen)).toEqual(['dossier-herinneren 2026-11-10>2026-12-10 upcoming?']);
      expect(step(p, 'dossier-herinneren')!.texts).toBe(DOSSIER_CORRECTION_TEXTS);
      expect(ids(p)).not.toContain('dossier-opvragen');
      expect(cardQuestions(withMeeting(s), '2026-11-20')).not.toContain('dossier-inzien');
      expect(flags(s, '2026-12-10')).toEqual([]);
      expect(flags(s, '2026-12-11')).toMatchObject([{ id: 'dossier', start: '2026-11-10', due: '2026-12-10', daysLate: 1, uncertain: true }]);
    }
  });

  it('"nee" answered, then the correction letter: the step counts from it with its texts, as before (the parent\'s "nee" stays)', () => {
    const s = log(A({ ...HV, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee' }), [sent('c1', 'correctie-dossier', '2026-11-10')]);
    const p = agreeingPlan(s, '2026-11-20');
    expect(terms(p)).toEqual(['dossier-herinneren 2026-11-10>2026-12-10 upcoming?']);
    expect(step(p, 'dossier-herinneren')!.texts).toBe(DOSSIER_CORRECTION_TEXTS);
    expect(ids(p)).not.toContain('dossier-opvragen');
    expect(flags(s, '2026-12-11')).toMatchObject([{ id: 'dossier', start: '2026-11-10', daysLate: 1 }]);
  });
});

describe('an inzage request keeps its step, its texts, its flag and the card\'s question', () => {
  for (const [name, e] of [['the letter "Vraag om inzage"', sent('i1', 'inzage-dossier', '2026-11-10')], ['a plain "Dossier gevraagd"', ev('i1', 'dossier-gevraagd', '2026-11-10')]] as const) {
    it(name, () => {
      const s = log(A({ ...HV, 'dossier-gezien': 'ja' }), [e]);
      const p = agreeingPlan(s, '2026-11-20');
      const d = step(p, 'dossier-herinneren')!;
      expect(d.texts).toBeUndefined();
      expect(dutch(d, 'title')).toMatch(/of het dossier komt/);
      expect(terms(p)).toEqual(['dossier-herinneren 2026-11-10>2026-12-10 upcoming?']);
      expect(cardQuestions(withMeeting(s), '2026-11-20')).toContain('dossier-inzien');
      expect(flags(s, '2026-12-11')).toMatchObject([{ id: 'dossier', start: '2026-11-10', daysLate: 1 }]);
    });
  }

  it('Finn: her gesprekskaart does not ask to see the dossier; a parent who asked for inzage and waits keeps the question', () => {
    expect(cardQuestions(withMeeting(finn()), '2027-04-01')).not.toContain('dossier-inzien');
    const waiting = log(A({ ...HV, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee' }), [E('dossier-gevraagd', '2027-01-29')]);
    expect(cardQuestions(withMeeting(waiting), '2027-02-01')).toContain('dossier-inzien');
  });

  it('an inzage request still waiting, then the correction within two months: one step, from the inzage request, with its own texts (a reminder)', () => {
    const s = log(A({ ...HV, 'dossier-gezien': 'ja' }), [ev('i1', 'dossier-gevraagd', '2026-11-10'), sent('c1', 'correctie-dossier', '2026-11-20')]);
    expect(s.answers['dossier-gezien' as never]).toBe('nee');
    const p = agreeingPlan(s, '2026-11-25');
    expect(terms(p)).toEqual(['dossier-herinneren 2026-11-10>2026-12-10 upcoming?']);
    expect(step(p, 'dossier-herinneren')!.texts).toBeUndefined();
    expect(flags(s, '2026-12-11')).toMatchObject([{ id: 'dossier', start: '2026-11-10' }]);
  });
});

describe('a correction logged by an older version (it wrote "dossier-gezien: nee") reads by the rules now', () => {
  /** As sessions 48-55 stored Finn: the same events and `base`, the answers with "nee" (no rules mark: only a dossier logged). */
  const OLD = (): Story => {
    const now = finn();
    const { [CURRENT_RULES]: _mark, ...base } = now.data.base;
    return { answers: A({ ...now.answers, 'dossier-gezien': 'nee' }), data: { events: now.data.events, base } as TimelineData };
  };

  it('read: "ja" again, the correction\'s step and date, no "ask to see it" on the card; written once with the mark', () => {
    const old = OLD();
    const up = upgradeStored(old.answers, old.data);
    expect(up?.answers['dossier-gezien' as never]).toBe('ja');
    expect(CURRENT_RULES in (up?.data.base ?? {})).toBe(true);
    expect(storedOf(appOf(old)).answers['dossier-gezien' as never]).toBe('ja');
    const p = agreeingPlan(old, '2027-04-01');
    expect(terms(p)).toEqual(['dossier-herinneren 2027-03-31>2027-04-30 upcoming?']);
    expect(step(p, 'dossier-herinneren')!.texts).toBe(DOSSIER_CORRECTION_TEXTS);
    expect(cardQuestions(withMeeting(old), '2027-04-01')).not.toContain('dossier-inzien');
    expect(flags(old, '2027-05-01')).toMatchObject([{ id: 'dossier', start: '2027-03-31', due: '2027-04-30', daysLate: 1 }]);
  });

  it('also data an older version marked as written by its own rules (regels-s48: a registration logged too)', () => {
    const old = OLD();
    const marked = { ...old.data, base: { ...old.data.base, 'regels-s48': null } };
    expect(upgradeStored(old.answers, marked)?.answers['dossier-gezien' as never]).toBe('ja');
  });

  it('a "nee" the parent gave herself (before any event) stays "nee"; then nothing needs writing', () => {
    const s = log(A({ ...HV, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee' }), [sent('c1', 'correctie-dossier', '2026-11-10')]);
    const { [CURRENT_RULES]: _mark, ...base } = s.data.base;
    const old = { answers: s.answers, data: { events: s.data.events, base } as TimelineData };
    expect(old.answers['dossier-gezien' as never]).toBe('nee');
    expect(upgradeStored(old.answers, old.data)?.answers['dossier-gezien' as never] ?? 'nee').toBe('nee');
  });

  it('the current rules mark the data, so a "nee" the parent answers later is hers and stays', () => {
    const s = finn();
    expect(CURRENT_RULES in s.data.base).toBe(true);
    const hers = A({ ...s.answers, 'dossier-gezien': 'nee' });
    expect(upgradeStored(hers, s.data)).toBeUndefined();
  });
});

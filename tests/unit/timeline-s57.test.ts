/**
 * Session 57: two timeline rules session 56 left open, read as a parents' lawyer would, with dated stories. Every date is
 * counted by hand from FACTS.md; the weekdays are from the 2026 calendar.
 *
 * 1. The leerplichtambtenaar (D06; no term in the sources: FACTS §X.16). Session 54 gave leerplicht-inschakelen a note for
 *    a letter or e-mail to the leerplichtambtenaar logged (lpaWrittenNotes, ui:s54.lpaGeschreven). A call or a talk logged
 *    with the leerplichtambtenaar left the step saying "Neem contact op met de leerplichtambtenaar … Vertel dat je kind thuis
 *    zit", as if she had not. Now the step says she has had contact, that a call or a talk leaves nothing on paper, and to
 *    confirm what she told and what was agreed in writing: the step's letter bericht-leerplichtambtenaar or a short e-mail
 *    (ui:tl57.lpaGesproken). No term is named.
 *
 * 2. A request to correct the dossier (the letter correctie-dossier logged as sent) within two months after an inzage
 *    request that the parent answered herself ("dossier-gezien: ja" after it). firstWaitingDossierRequest read the
 *    correction as a reminder of that inzage request; the plan's dossierCorrectionSteps then found the first waiting request
 *    was no correction and made no step: the correction's month (AVG, one month, not in our sources: uncertain; G01/G05,
 *    §X.13) was on no screen, while "te laat?" did flag it once passed. The correction is a request of its own with its own
 *    month; with the dossier seen it is never a reminder of an inzage request.
 *
 * Dates (one month: the same day of the next month, FACTS G01/G05; rules/calendar addMonths):
 *   Sanne: at home from Monday 7 Sep 2026; she calls the leerplichtambtenaar on Thursday 1 Oct 2026, has a talk with them on
 *   Wednesday 14 Oct 2026, and e-mails them on Monday 19 Oct 2026. Back at school Monday 2 Nov 2026, at home again Monday
 *   1 Feb 2027, a call on Wednesday 3 Feb 2027.
 *   Mila: inzage letter Monday 2 Nov 2026 (its month: Wednesday 2 Dec); she answers "ja, gezien"; correction letter Friday
 *   20 Nov 2026 (within two months of 2 Nov: 2 Jan 2027): its month ends Sunday 20 Dec 2026, "te laat?" from Monday 21 Dec.
 *   A second correction letter Thursday 10 Dec 2026 is within two months of 20 Nov: a reminder, the month stays 20 Dec.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/languages';
import { stepParams } from '../../src/ui/deadlineText';
import { DOSSIER_CORRECTION_TEXTS, LPA_SPOKEN_NOTE, LPA_WRITTEN_NOTE } from '../../src/timeline/earlier';
import { addEvent, type TimelineEvent } from '../../src/timeline/model';
import type { EventKind, How } from '../../src/timeline/effects';
import type { PlanStep } from '../../src/rules/plan';
import { loadPlanTexts, tFor } from './plan-texts';
import { flags, ev, log } from './timeline-log';
import type { Story } from './app-story';
import { A, E, agree, dutch, firstScreen, ids, sent, step, terms } from './lawyer-kit';

beforeAll(loadPlanTexts);

// ── 1. The leerplichtambtenaar ──────────────────────────────────────────────────────────────────────────────────────

const HOME = {
  situatie: ['thuiszitten'], 'thuis-reden': 'wachtlijst', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', ingeschreven: 'ja',
  'lpa-betrokken': 'nee', groep: 'groep-3-6',
};
/** A plain event with the leerplichtambtenaar, as the form logs it when she ticks that party. */
const lpa = (id: string, kind: EventKind, date: string, how?: How): TimelineEvent => ({ ...ev(id, kind, date, how), parties: ['leerplichtambtenaar'] });
const CALL = lpa('call', 'telefoontje', '2026-10-01', 'telefoon');
const TALK = lpa('talk', 'gesprek', '2026-10-14', 'gesprek');
const MAIL = lpa('mail', 'e-mail', '2026-10-19', 'e-mail');
const sanne = (...events: TimelineEvent[]): Story => log(A(HOME), [E('thuis-vanaf', '2026-09-07'), ...events]);
const LPA_STEP = 'leerplicht-inschakelen';
const noteText = (s: PlanStep, lang = 'nl') => tFor(lang).raw(s.note!, stepParams(s, lang));

describe('1. a call or a talk with the leerplichtambtenaar logged', () => {
  it('Sanne calls on Thu 1 Oct: on 2 Oct the step says she had contact, that a call leaves nothing on paper, and to confirm it in writing', () => {
    const s = step(agree(sanne(CALL), '2026-10-02'), LPA_STEP)!;
    expect(s).toMatchObject({ note: LPA_SPOKEN_NOTE, params: { lpaGesproken: '2026-10-01' }, contacts: ['leerplichtambtenaar'], letters: ['bericht-leerplichtambtenaar'] });
    expect(s.deadline).toBeUndefined();
    const text = noteText(s);
    expect(text).toMatch(/de leerplichtambtenaar op donderdag 1 oktober 2026 belde of sprak\. Je hebt dus al contact gehad\./);
    expect(text).toMatch(/niets op papier/);
    expect(text).toMatch(/'Bericht aan de leerplichtambtenaar' of in een korte e-mail/);
    // No term: the sources give none for the leerplichtambtenaar (D06, §X.16).
    expect(text).not.toMatch(/\d+ (dagen|weken|maand)/);
  });

  it('a talk (Wed 14 Oct) after the call names the talk\'s day; "Anders" by phone or in a talk counts too', () => {
    expect(step(agree(sanne(CALL, TALK), '2026-10-15'), LPA_STEP)).toMatchObject({ note: LPA_SPOKEN_NOTE, params: { lpaGesproken: '2026-10-14' } });
    for (const how of ['telefoon', 'gesprek'] as const)
      expect(step(agree(sanne(lpa('x', 'anders', '2026-10-14', how)), '2026-10-15'), LPA_STEP), how).toMatchObject({ note: LPA_SPOKEN_NOTE, params: { lpaGesproken: '2026-10-14' } });
  });

  it('the latest contact decides: an e-mail after the talk (Mon 19 Oct) is on paper (s54 note); a talk after a letter asks to confirm the talk', () => {
    expect(step(agree(sanne(CALL, TALK, MAIL), '2026-10-20'), LPA_STEP)).toMatchObject({ note: LPA_WRITTEN_NOTE, params: { lpaGeschreven: '2026-10-19' } });
    const letter = lpa('l', 'brief', '2026-10-01', 'brief');
    expect(step(agree(sanne(letter, TALK), '2026-10-15'), LPA_STEP)).toMatchObject({ note: LPA_SPOKEN_NOTE, params: { lpaGesproken: '2026-10-14' } });
    // The same day: the letter is there, on paper.
    expect(step(agree(sanne(lpa('l', 'brief', '2026-10-14', 'brief'), TALK), '2026-10-15'), LPA_STEP)?.note).toBe(LPA_WRITTEN_NOTE);
  });

  it('the app\'s letter handed over in a talk ("Hoe verstuurd? Gesprek") is on paper: the s54 note, not the call\'s', () => {
    const handed: TimelineEvent = { ...lpa('l', 'brief', '2026-10-14', 'gesprek'), letter: 'bericht-leerplichtambtenaar' };
    expect(step(agree(sanne(CALL, handed), '2026-10-15'), LPA_STEP)).toMatchObject({ note: LPA_WRITTEN_NOTE, params: { lpaGeschreven: '2026-10-14' } });
  });

  it('no note before the call, for a call with the school only, or for "Anders" without how', () => {
    expect(step(agree(sanne(CALL), '2026-09-30'), LPA_STEP)?.note).toBeUndefined();
    expect(step(agree(sanne({ ...CALL, parties: ['school'] }), '2026-10-02'), LPA_STEP)?.note).toBeUndefined();
    expect(step(agree(sanne(lpa('x', 'anders', '2026-10-01')), '2026-10-02'), LPA_STEP)?.note).toBeUndefined();
  });

  it('a contact before a day back at school was about that earlier time at home: back Mon 2 Nov, at home again Mon 1 Feb 2027', () => {
    const again = [E('weer-naar-school', '2026-11-02'), E('thuis-vanaf', '2027-02-01')];
    // On 2 Feb the call of 1 Oct told them nothing about this time at home: the step asks her to contact them, with no note.
    expect(step(agree(sanne(CALL, ...again), '2027-02-02'), LPA_STEP)?.note).toBeUndefined();
    expect(step(agree(sanne(lpa('l', 'brief', '2026-10-01', 'brief'), ...again), '2027-02-02'), LPA_STEP)?.note).toBeUndefined();
    // A call on Wed 3 Feb 2027 is about it.
    expect(step(agree(sanne(CALL, ...again, lpa('c2', 'telefoontje', '2027-02-03', 'telefoon')), '2027-02-04'), LPA_STEP)).toMatchObject({ note: LPA_SPOKEN_NOTE, params: { lpaGesproken: '2027-02-03' } });
  });

  it('every language names the day and the Dutch term leerplichtambtenaar', () => {
    const s = step(agree(sanne(CALL), '2026-10-02'), LPA_STEP)!;
    for (const { code } of LANGUAGES) {
      const text = noteText(s, code);
      expect(text, code).toContain('leerplichtambtenaar');
      expect(text, code).toContain(stepParams(s, code)['lpaGesproken']!);
      expect(text, code).not.toMatch(/\{\{/);
    }
  });
});

// ── 2. A correction after an inzage request the parent answered herself ─────────────────────────────────────────────

const rest = { 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', onderzoek: 'school-recent', 'swv-betrokken': 'ja' };
const HV = {
  situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen',
  'hv-schriftelijk': 'ja', 'hv-wil-weg': 'nee', groep: 'groep-3-6', jeugdhulp: 'nee', klacht: 'nee', ...rest,
};
/** Mila: the inzage letter on 2 Nov, then she answers "ja, gezien" herself, then the correction letter on 20 Nov (and more). */
const mila = (...more: TimelineEvent[]): Story => {
  const asked = log(A({ ...HV, 'dossier-gezien': 'ja' }), [sent('i1', 'inzage-dossier', '2026-11-02')]);
  let s: Story = { answers: A({ ...asked.answers, 'dossier-gezien': 'ja' }), data: asked.data };
  for (const e of [sent('c1', 'correctie-dossier', '2026-11-20'), ...more]) s = addEvent(s.answers, s.data, e);
  return s;
};

describe('2. a correction within two months after an inzage request the parent answered "ja" herself', () => {
  it('the answers: she has seen it; the correction\'s request and day are written', () => {
    expect(mila().answers).toMatchObject({ 'dossier-gezien': 'ja', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-20' });
  });

  it('Mila, 20 Nov: the correction\'s own month to Sun 20 Dec (uncertain), its texts; not the inzage request\'s 2 Dec', () => {
    const p = agree(mila(), '2026-11-20');
    expect(terms(p)).toEqual(['dossier-herinneren 2026-11-20>2026-12-20 upcoming?']);
    const d = step(p, 'dossier-herinneren')!;
    expect(d.texts).toBe(DOSSIER_CORRECTION_TEXTS);
    expect(dutch(d, 'title')).toMatch(/verbetert/);
    expect(ids(p)).not.toContain('dossier-opvragen');
  });

  it('Mila, 3 Dec: nothing late (her "ja" answered the inzage request); 20 Dec on the first screen; 21 Dec passed, "te laat?" 1 day', () => {
    const s = mila();
    expect(flags(s, '2026-12-03')).toEqual([]);
    expect(terms(agree(s, '2026-12-03'))).toEqual(['dossier-herinneren 2026-11-20>2026-12-20 upcoming?']);
    expect(firstScreen(agree(s, '2026-12-20')).actions).toContain('dossier-herinneren');
    expect(flags(s, '2026-12-20')).toEqual([]);
    const late = step(agree(s, '2026-12-21'), 'dossier-herinneren')!;
    expect(late.deadline).toMatchObject({ start: '2026-11-20', due: '2026-12-20', status: 'passed', certain: false });
    expect(late.group).toBe('nu');
    expect(flags(s, '2026-12-21')).toMatchObject([{ id: 'dossier', start: '2026-11-20', due: '2026-12-20', daysLate: 1, uncertain: true }]);
  });

  it('a second correction letter on Thu 10 Dec is a reminder of the first: the month stays 20 Nov > 20 Dec', () => {
    const s = mila(sent('c2', 'correctie-dossier', '2026-12-10'));
    expect(terms(agree(s, '2026-12-10'))).toEqual(['dossier-herinneren 2026-11-20>2026-12-20 upcoming?']);
    expect(flags(s, '2026-12-21')).toMatchObject([{ id: 'dossier', start: '2026-11-20', due: '2026-12-20' }]);
  });

  it('Noor: the inzage request answered in the questionnaire (2 Nov), the correction logged (20 Nov), then "ja, gezien": the same month, in the plan and in "te laat?"', () => {
    const logged = log(A({ ...HV, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-02' }), [sent('c1', 'correctie-dossier', '2026-11-20')]);
    // She answers "ja" on the check page after logging the letter: the timeline's base keeps the questionnaire's "nee".
    const s: Story = { answers: A({ ...logged.answers, 'dossier-gezien': 'ja' }), data: logged.data };
    expect(terms(agree(s, '2026-11-20'))).toEqual(['dossier-herinneren 2026-11-20>2026-12-20 upcoming?']);
    expect(step(agree(s, '2026-11-20'), 'dossier-herinneren')!.texts).toBe(DOSSIER_CORRECTION_TEXTS);
    expect(flags(s, '2026-12-03')).toEqual([]);
    expect(flags(s, '2026-12-20')).toEqual([]);
    expect(flags(s, '2026-12-21')).toMatchObject([{ id: 'dossier', start: '2026-11-20', due: '2026-12-20', daysLate: 1, uncertain: true }]);
  });

  it('"Dossier gekregen" logged (Tue 10 Nov) between the inzage request and the correction: the correction\'s own month (held before too)', () => {
    const s = log(A({ ...HV, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee' }), [sent('i1', 'inzage-dossier', '2026-11-02'), E('dossier-ontvangen', '2026-11-10'), sent('c1', 'correctie-dossier', '2026-11-20')]);
    expect(terms(agree(s, '2026-11-20'))).toEqual(['dossier-herinneren 2026-11-20>2026-12-20 upcoming?']);
    expect(flags(s, '2026-12-21')).toMatchObject([{ id: 'dossier', start: '2026-11-20', due: '2026-12-20', daysLate: 1 }]);
  });

  it('an inzage request still waiting ("nee"), then the correction: as before, the inzage request\'s month from 2 Nov to Wed 2 Dec', () => {
    const s = log(A({ ...HV, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee' }), [sent('i1', 'inzage-dossier', '2026-11-02'), sent('c1', 'correctie-dossier', '2026-11-20')]);
    const p = agree(s, '2026-11-20');
    expect(terms(p)).toEqual(['dossier-herinneren 2026-11-02>2026-12-02 upcoming?']);
    expect(step(p, 'dossier-herinneren')!.texts).toBeUndefined();
    expect(flags(s, '2026-12-03')).toMatchObject([{ id: 'dossier', start: '2026-11-02', due: '2026-12-02', daysLate: 1 }]);
  });
});

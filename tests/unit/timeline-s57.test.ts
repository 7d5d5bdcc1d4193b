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
 * 3. A recorded meeting with someone other than the school (the event's parties): the plan's meeting steps spoke of the
 *    school and of bezwaar whoever was there. See part 3's own comment.
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
import type { Plan, PlanStep } from '../../src/rules/plan';
import type { MeetingRecord } from '../../src/meeting/record';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { meetingLetterValuesOf } from '../../src/ui/components/meetingLetter';
import { formatDateShort } from '../../src/rules/dates';
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

// ── 3. A recorded meeting with someone other than the school ─────────────────────────────────────────────────────────
/*
 * meetingSteps read every recorded meeting ("Wat is er afgesproken?") as one at school, whoever was there (the event's
 * parties). A talk with only the leerplichtambtenaar that ended "later" gave "Vraag de school om een besluit op papier … Met
 * een besluit op papier kun je zo nodig bezwaar maken", and its next meeting was "Volgend gesprek met school". Only the school
 * (admission, removal, OPP: A04, C08, B08) and the samenwerkingsverband (a TLV: E08, E16) decide something a parent objects to;
 * the leerplichtambtenaar, the onderwijsconsulent and the steunpunt help, advise or mediate (D06, D22, F02, F05). A meeting
 * with them gives at most: put in writing what was said, the agreed dates, the next meeting with their name. No bezwaar.
 *
 * Dates: Sanne at home from Mon 7 Sep 2026. A talk at school Mon 5 Oct 2026; with the samenwerkingsverband Mon 12 Oct; with the
 * leerplichtambtenaar Wed 14 Oct, the next one Wed 28 Oct. With the steunpunt Tue 3 Nov, an agreement by Tue 10 Nov; with the
 * onderwijsconsulent Tue 3 Nov, the next Tue 17 Nov.
 * Removal decision on paper Mon 16 Nov 2026: bezwaar within 6 weeks, last day Mon 28 Dec 2026 (C09, A21; 002:846-850). A talk with
 * the leerplichtambtenaar Mon 23 Nov agrees to meet again Wed 6 Jan 2027, after that last day.
 */
const recorded = (id: string, date: string, parties: TimelineEvent['parties'], meeting: Partial<MeetingRecord>): TimelineEvent =>
  ({ id, kind: 'gesprek', date, parties, how: 'gesprek', note: '', meeting: { outcome: 'later', agreements: [], schoolSends: '', present: '', ...meeting } });
const LPA_TALK = recorded('lpatalk', '2026-10-14', ['leerplichtambtenaar'], { outcome: 'later', next: '2026-10-28', present: 'mevrouw Bakker, leerplichtambtenaar' });
const meetingStepsOf = (p: Plan) => p.steps.filter((s) => s.id.startsWith('gesprek-') && s.id !== 'gesprek-voorbereiden' && s.id !== 'gesprek-vastleggen');
const TL = 'ui:tl57.meetingStep';

describe('3. a recorded meeting with someone other than the school', () => {
  it('Sanne\'s talk with the leerplichtambtenaar (Wed 14 Oct, "later", next Wed 28 Oct): no decision of the school, no bezwaar; the next meeting names the leerplichtambtenaar', () => {
    const p = agree(sanne(LPA_TALK), '2026-10-15');
    expect(p.steps.some((s) => s.texts === 'ui:meetingPlan.planStep.besluit')).toBe(false);
    expect(step(p, 'gesprek-lpatalk-besluit')).toBeUndefined();
    const next = step(p, 'gesprek-lpatalk-vervolg')!;
    expect(next).toMatchObject({ texts: `${TL}.vervolg.leerplichtambtenaar`, contacts: ['leerplichtambtenaar'], deadline: { start: '2026-10-14', due: '2026-10-28' } });
    expect(dutch(next, 'title')).toBe('Volgend gesprek met de leerplichtambtenaar');
    expect(dutch(next, 'late')).not.toMatch(/school/);
    const confirm = step(p, 'gesprek-lpatalk-bevestigen')!;
    expect(confirm).toMatchObject({ texts: `${TL}.bevestigen`, contacts: ['leerplichtambtenaar'], letters: [] });
    expect(confirm.deadline).toBeUndefined();
    for (const s of meetingStepsOf(p)) for (const part of ['title', 'why', 'late'] as const) expect(dutch(s, part), `${s.id} ${part}`).not.toMatch(/bezwaar|de school/);
  });

  it('an agreement with the steunpunt (Tue 3 Nov, by Tue 10 Nov) asks after it from whom she spoke, not the school; the onderwijsconsulent\'s next meeting (Tue 17 Nov) is named', () => {
    const steunpunt = recorded('sp', '2026-11-03', ['steunpunt'], { outcome: 'afspraken', agreements: [{ who: 'het steunpunt', what: 'belt de intern begeleider', by: '2026-11-10' }] });
    const consulent = recorded('oc', '2026-11-03', ['onderwijsconsulent'], { outcome: 'afspraken', agreements: [{ who: 'ik', what: 'stuurt het OPP' }], next: '2026-11-17' });
    const p = agree(sanne(steunpunt, consulent), '2026-11-04');
    const agreed = step(p, 'gesprek-sp-a1')!;
    expect(agreed).toMatchObject({ texts: `${TL}.afspraak`, deadline: { due: '2026-11-10' } });
    expect(dutch(agreed, 'title')).toBe('Afspraak: belt de intern begeleider');
    expect(dutch(agreed, 'late')).not.toMatch(/school/);
    expect(step(p, 'gesprek-oc-vervolg')).toMatchObject({ texts: `${TL}.vervolg.onderwijsconsulent`, contacts: ['onderwijsconsulenten'], deadline: { due: '2026-11-17' } });
    expect(dutch(step(p, 'gesprek-oc-vervolg')!, 'title')).toBe('Volgend gesprek met de onderwijsconsulent');
    // Agreements were made: nothing to ask for on paper beyond them.
    expect(meetingStepsOf(p).map((s) => s.id).sort()).toEqual(['gesprek-oc-vervolg', 'gesprek-sp-a1']);
  });

  it('the school said "later" (Mon 5 Oct), then a talk with the leerplichtambtenaar (Wed 14 Oct): the school\'s decision is still owed, the talk overtakes nothing', () => {
    const school = recorded('sch', '2026-10-05', ['school'], { outcome: 'later' });
    const p = agree(sanne(school, { ...LPA_TALK, meeting: { ...LPA_TALK.meeting!, outcome: 'geen' } }), '2026-10-15');
    expect(step(p, 'gesprek-sch-besluit')).toMatchObject({ texts: 'ui:meetingPlan.planStep.besluit', contacts: ['school'], letters: ['bevestiging-afspraken'], params: { gesprek: '2026-10-05' } });
    expect(step(p, 'gesprek-lpatalk-besluit')).toBeUndefined();
    expect(step(p, 'gesprek-lpatalk-bevestigen')).toBeDefined();
    // A talk with no one ticked (the form ticks no party for a talk) is a meeting at school, as before: it overtakes the 5 Oct one.
    const unticked = recorded('none', '2026-10-20', [], { outcome: 'later', next: '2026-11-02' });
    const q = agree(sanne(school, LPA_TALK, unticked), '2026-10-21');
    expect(meetingStepsOf(q).filter((s) => s.id.endsWith('-besluit')).map((s) => s.id)).toEqual(['gesprek-none-besluit']);
    expect(step(q, 'gesprek-none-vervolg')!.texts).toBe('ui:meetingPlan.planStep.vervolg');
    expect(step(q, 'gesprek-lpatalk-bevestigen')).toBeUndefined();
  });

  it('the samenwerkingsverband (Mon 12 Oct, "later") decides on a TLV: ask it for the decision on paper, bezwaar with the samenwerkingsverband; with the school there too: ask who decides', () => {
    const swv = recorded('swv', '2026-10-12', ['samenwerkingsverband'], { outcome: 'later' });
    const s = step(agree(sanne(swv), '2026-10-13'), 'gesprek-swv-besluit')!;
    expect(s).toMatchObject({ texts: `${TL}.besluitSwv`, contacts: ['samenwerkingsverband'], group: 'nu' });
    expect(dutch(s, 'title')).toBe('Vraag het samenwerkingsverband om een besluit op papier');
    expect(dutch(s)).toMatch(/bezwaar maken bij het samenwerkingsverband/);
    expect(dutch(s)).not.toMatch(/school/);
    const both = step(agree(sanne({ ...swv, parties: ['school', 'samenwerkingsverband'] }), '2026-10-13'), 'gesprek-swv-besluit')!;
    expect(both).toMatchObject({ texts: `${TL}.besluitSchoolSwv`, contacts: ['school', 'samenwerkingsverband'] });
    expect(dutch(both)).toMatch(/Vraag wie beslist/);
    // The lead, on merging: an OPP is no decision to object to (bezwaar): disagreement on it goes to the Geschillencommissie
    // (FACTS F07); only the registration and a removal (A21, C09) and a TLV (E16) are named before "bezwaar".
    expect(dutch(both)).not.toMatch(/OPP/);
  });

  it('a removal\'s bezwaar ends Mon 28 Dec; the next meeting with the leerplichtambtenaar (Wed 6 Jan 2027) keeps the warning and names her', () => {
    const removal = { situatie: ['thuiszitten'], 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2026-11-02', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', ingeschreven: 'ja', 'verwijdering-besluit': 'nee', 'lpa-betrokken': 'ja' };
    const talk = recorded('lp2', '2026-11-23', ['leerplichtambtenaar'], { outcome: 'afspraken', agreements: [{ who: 'de leerplichtambtenaar', what: 'belt de school' }], next: '2027-01-06' });
    const p = agree(log(A(removal), [E('verwijdering-besluit', '2026-11-16'), talk]), '2026-11-24');
    expect(terms(p)).toContain('bezwaar-verwijdering 2026-11-16>2026-12-28 upcoming');
    expect(p.warnings.map((w) => w.id)).toContain('termijn-voor-gesprek');
    expect(step(p, 'gesprek-lp2-vervolg')).toMatchObject({ texts: `${TL}.vervolg.leerplichtambtenaar`, deadline: { due: '2027-01-06' } });
  });

  it('the gesprekskaart and the letter "Bevestiging van afspraken" (to the school) stay with the meeting at school (Mon 5 Oct, next Mon 19 Oct), not the later talk with the leerplichtambtenaar', () => {
    const school = recorded('sch', '2026-10-05', ['school'], { outcome: 'afspraken', agreements: [{ who: 'de intern begeleider', what: 'maakt een plan' }], next: '2026-10-19', schoolSends: 'het verslag' });
    const s = sanne(school, LPA_TALK);
    const app = { answers: s.answers, timeline: { version: 1, ...s.data } } as never;
    // Before: the card was for the talk with the leerplichtambtenaar on Wed 28 Oct, the letter to the school confirmed that talk.
    expect(cardOf(app, '2026-10-15').meetingDate).toBe('2026-10-19');
    const values = meetingLetterValuesOf(app, 'nl', '2026-10-15');
    expect(values.datum_gesprek).toBe(formatDateShort('2026-10-05', 'nl'));
    expect(values.school_stuurt).toBe('het verslag');
    expect(values.aanwezig).toBeUndefined();
  });

  it('every language has the new texts, with the date and no placeholder left', () => {
    const keys = ['afspraak', 'besluitSwv', 'besluitSchoolSwv', 'bevestigen', ...['samenwerkingsverband', 'leerplichtambtenaar', 'gemeente', 'onderwijsconsulent', 'steunpunt', 'klachtencommissie', 'geschillencommissie', 'anders'].map((p) => `vervolg.${p}`)];
    const params = { gesprek: '14 oktober 2026', wie: 'X', wat: 'Y' };
    for (const { code } of LANGUAGES) {
      const t = tFor(code);
      for (const k of keys) {
        for (const part of ['title', 'why']) {
          const text = t.raw(`${TL}.${k}.${part}`, params);
          expect(text, `${code} ${k}.${part}`).not.toMatch(/\{\{|tl57/);
        }
        expect(t.raw(`${TL}.${k}.why`, params), `${code} ${k}`).toContain('14 oktober 2026');
      }
      expect(t.raw(`${TL}.vervolg.leerplichtambtenaar.title`), code).not.toBe(t.raw('ui:meetingPlan.planStep.vervolg.title'));
    }
  });
});

/**
 * Session 59 (s59-flow): which questions the questionnaire asks.
 *
 * 1. A child enrolled at no school and registered nowhere (thuiszitten, thuis-reden 'nergens', not aanmelden: the rules'
 *    noSchoolYet) whose parent also chose "tlv" (or "handelingsverlegen") was asked "Heeft je kind een OPP?" (opp) and "Is
 *    het samenwerkingsverband al betrokken?" (swv-betrokken): their `when` was hasSchoolConflict, which counts those
 *    situations. No school drew up an OPP for her (B02: an OPP follows enrolment; the warning tlv-zonder-opp already tells
 *    her so, session 57), and the plan reads swv-betrokken only for swv-betrekken, which she does not get (session 56).
 *    Now both are asked where a school has the child or her registration (schoolToAsk). tekenen stays asked: the school
 *    that applies for her TLV may ask her to sign (E02, E06, FP07: the warning niet-blanco-tekenen).
 *    Her saved answers keep her plan: an OPP she answered or logged is kept (keptWhen hasOpp) with its steps and date;
 *    "nee", "weet ik niet" or no answer keep tlv-zonder-opp (it reads "not ja", no longer "asked and not ja").
 * 2. inschrijving-datum is not left out when an OPP is known: see the describe below for why (guards only, no change).
 *
 * Before this change (HEAD 936311a's conditions.ts and questions.ts), every test in sections 1 and 2 failed: opp and
 * swv-betrokken were in askedQuestions, and swv-betrokken's stored answer in applicableAnswers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { askedQuestions, applicableAnswers, isComplete } from '../../src/flow/route';
import { buildCard } from '../../src/meeting/card';
import { TLV_ZONDER_OPP_NERGENS_TEXTS } from '../../src/rules/steps/warnings';
import { A, agree, ids, step, story, warnings } from './lawyer-kit';
import { ev, log } from './timeline-log';
import { loadPlanTexts } from './plan-texts';

beforeAll(loadPlanTexts);

const TODAY = '2026-12-03';

/** Enrolled nowhere, registered nowhere; the school that would apply wants a TLV; every question she is asked answered. */
const nergensTlv = {
  situatie: ['thuiszitten', 'tlv'], 'thuis-reden': 'nergens', 'thuis-sinds': '2026-08-31', 'tlv-fase': 'school-wil-aanvragen', 'tlv-aanvraag-gezien': 'nee',
  'tlv-soort': 'so', 'aanbod-geweigerd': 'nee', onderzoek: 'geen', 'school-zegt': ['geen'], 'lpa-betrokken': 'ja', 'gesprek-gepland': 'nee',
  tekenen: 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
/** The same child at home while still enrolled at a school that keeps her out. */
const atSchool = {
  ...nergensTlv, 'thuis-reden': 'niet-welkom', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', ingeschreven: 'ja', 'verwijdering-besluit': 'nee',
  'verwijdering-andere-school': 'nee', opp: 'nee', 'swv-betrokken': 'nee', 'dossier-gezien': 'ja',
};
/** Enrolled nowhere, but registered in writing at a school (it has the zorgplicht from the registration, A01, A03). */
const registered = {
  ...nergensTlv, situatie: ['thuiszitten', 'tlv', 'aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-02',
  'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'nee', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee',
  opp: 'nee', 'swv-betrokken': 'nee',
};
const asked = (a: Record<string, unknown>) => askedQuestions(A(a)).map((q) => q.id);
const plan = (a: Record<string, unknown>) => agree(story(a), TODAY);

describe('1. opp and swv-betrokken for a child with no school yet', () => {
  // Before: askedQuestions held opp and swv-betrokken, and isComplete was false without them.
  it('neither is asked with "tlv" (nor with "handelingsverlegen"); tekenen is; complete without them', () => {
    expect(asked(nergensTlv)).not.toContain('opp');
    expect(asked(nergensTlv)).not.toContain('swv-betrokken');
    expect(asked(nergensTlv)).toContain('tekenen');
    expect(isComplete(A(nergensTlv))).toBe(true);
    const hv = { ...nergensTlv, situatie: ['thuiszitten', 'handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee' };
    expect(asked(hv)).not.toContain('opp');
    expect(asked(hv)).not.toContain('swv-betrokken');
    expect(asked(hv)).toContain('tekenen');
  });

  it('still asked where a school has the child (at home, enrolled) or her registration (aanmelden), as before', () => {
    for (const a of [atSchool, registered]) {
      expect(asked(a)).toEqual(expect.arrayContaining(['opp', 'swv-betrokken', 'tekenen']));
      expect(isComplete(A(a))).toBe(true);
    }
    expect(asked(nergensTlv)).not.toContain('opp');
    // With her registration the answer counts: "nee" gives swv-betrekken, "ja" takes it away (session 56: not without one).
    expect(ids(plan(registered))).toContain('swv-betrekken');
    expect(ids(plan({ ...registered, 'swv-betrokken': 'ja' }))).not.toContain('swv-betrekken');
    expect(ids(plan(nergensTlv))).not.toContain('swv-betrekken');
  });
});

describe('2. her saved answers keep her plan', () => {
  const tlvZonderOpp = (a: Record<string, unknown>) => plan(a).warnings.find((w) => w.id === 'tlv-zonder-opp');

  // Before: opp was asked. A change of only the questions (without warnings.ts) lost the warning: it read
  // answeredNot('opp', 'ja'), which needs the question asked.
  it('no OPP ("nee", "weet ik niet", or no answer): the warning tlv-zonder-opp in her own words (session 57), no opp-vragen', () => {
    for (const opp of [undefined, 'nee', 'weet-niet']) {
      const a = opp ? { ...nergensTlv, opp } : nergensTlv;
      expect(asked(a)).not.toContain('opp');
      expect(tlvZonderOpp(a)?.texts, String(opp)).toBe(TLV_ZONDER_OPP_NERGENS_TEXTS);
      expect(ids(plan(a))).not.toContain('opp-vragen');
    }
    // The gesprekskaart's questions for "handelingsverlegen" without an OPP stay too (card.ts).
    const hv = { ...nergensTlv, situatie: ['thuiszitten', 'handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee', opp: 'nee' };
    expect(asked(hv)).not.toContain('opp');
    expect(warnings(plan(hv))).toContain('handelingsverlegen-zonder-opp');
    expect(buildCard(A(hv), [], TODAY).questions.map((q) => q.id)).toEqual(expect.arrayContaining(['hv-wat-geprobeerd', 'hv-waarom-geen-opp']));
  });

  // A change of `when` alone (keptWhen still oppAfterAdmission) dropped her "ja": opp-evaluatie and its day left the plan.
  it('an OPP she answered before this version, or logged, is kept: its questions and opp-evaluatie with its day stay', () => {
    const withOpp = { ...nergensTlv, opp: 'ja', 'opp-besproken': '2026-03-10', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen' };
    expect(asked(withOpp)).not.toContain('opp');
    expect(applicableAnswers(A(withOpp))).toMatchObject({ opp: 'ja', 'opp-besproken': '2026-03-10' });
    expect(asked(withOpp)).toEqual(expect.arrayContaining(['opp-besproken', 'opp-ingestemd', 'opp-onenigheid']));
    expect(isComplete(A(withOpp))).toBe(true);
    const p = plan(withOpp);
    expect(step(p, 'opp-evaluatie')?.params).toMatchObject({ uiterlijk: '2027-07-31' });
    expect(warnings(p)).not.toContain('tlv-zonder-opp');
    const logged = agree(log(A(nergensTlv), [ev('o1', 'opp-besproken', '2026-03-10')]), TODAY);
    expect(step(logged, 'opp-evaluatie')?.params).toMatchObject({ uiterlijk: '2027-07-31' });
    expect(warnings(logged)).not.toContain('tlv-zonder-opp');
  });

  // Before: the stored answer was applicable (its question asked). Nothing reads it for her: swv-betrekken is not hers.
  it('a stored swv-betrokken is not used; the plan is the one without it', () => {
    for (const v of ['ja', 'nee', 'weet-niet']) {
      const a = { ...nergensTlv, 'swv-betrokken': v };
      expect(applicableAnswers(A(a))['swv-betrokken']).toBeUndefined();
      expect(ids(plan(a))).toEqual(ids(plan(nergensTlv)));
    }
  });
});

/**
 * 3. inschrijving-datum (session 58) and an OPP already known. Guards of a decision, no change: they passed before and pass
 * after. The question comes right after the registration (chapter 2), the OPP question much later (chapter 3, after
 * thuis-reden, which its condition reads), and a question's `when` reads only the answers before it (route.ts
 * applicableAnswers). Where it matters:
 * - In a conflict at the current school the OPP answered is that school's; the school that admitted the child still owes
 *   its own within 6 weeks of enrolment (B02; opp-na-toelating, session 51): the day must still be asked there.
 * - Without a conflict the questionnaire never asks about the OPP; only the timeline writes it ("OPP opgesteld"), and then
 *   opp-na-toelating is left out (session 51), so the day is not used. Moving the question after the OPP block would put
 *   "Op welke dag is je kind ingeschreven op de school?" after the questions about the current school's OPP in every
 *   conflict path, where a parent may give that school's day and get a passed, wrong OPP term. Left where it is.
 */
describe('3. inschrijving-datum beside an OPP (guards, no change)', () => {
  const admitted = {
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-06-01', 'aanmelding-bevestiging': 'ja',
    'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'inschrijving-datum': '2026-08-31',
    'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
  };
  it('in a conflict with an OPP answered "ja" the day is asked and opp-na-toelating keeps 12 October 2026', () => {
    const hv = { ...admitted, situatie: ['aanmelden', 'handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'nee', opp: 'ja',
      'opp-besproken': '2026-03-10', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', tekenen: 'nee',
      'dossier-gezien': 'ja' };
    expect(asked(hv)).toContain('inschrijving-datum');
    expect(isComplete(A(hv))).toBe(true);
    expect(step(plan(hv), 'opp-na-toelating')?.deadline?.due).toBe('2026-10-12');
  });

  it('without a conflict an OPP logged leaves opp-na-toelating out, whatever the day', () => {
    const logged = agree(log(A(admitted), [ev('o1', 'opp-opgesteld', '2026-09-20')]), TODAY);
    expect(ids(logged)).not.toContain('opp-na-toelating');
    expect(step(plan(admitted), 'opp-na-toelating')?.deadline?.due).toBe('2026-10-12');
  });
});

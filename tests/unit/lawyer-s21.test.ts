/**
 * Session 21, the parents' lawyer: the letters as they land at the school, and the timeline's recomputed
 * clocks. Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { fillLetter, letterText, valuesFromAnswers } from '../../src/rules/letters';
import { deleteEvent, updateEvent } from '../../src/timeline/model';
import { eventMaker, log, flags } from './timeline-log';
import { buildPlan } from '../../src/rules/plan';
import lettersNl from '../../src/content/generated/letters.nl';
import lettersEn from '../../src/content/generated/letters.en';
import lettersTr from '../../src/content/generated/letters.tr';
import lettersPl from '../../src/content/generated/letters.pl';
import lettersUk from '../../src/content/generated/letters.uk';
import lettersAr from '../../src/content/generated/letters.ar';

const TODAY = '2027-02-10';
const letter = (id: string) => lettersNl.letters.find((l) => l.id === id)!;
const filled = (id: string, a: Answers, today = TODAY) =>
  letterText(fillLetter(letter(id).body, valuesFromAnswers(a, today, 'nl', id)), (f) => f);

/**
 * {{datum_besluit}} took the first decision date it found: refusal, then removal, then TLV. A parent with a
 * refused registration and a TLV decision objected to the samenwerkingsverband "against your decision of" the
 * school board's refusal date, and a parent with only a TLV decision objected to the school board against the
 * TLV date. An objection names the decision it is against: the TLV decision of the SWV (001:939-941, FACTS §X.8),
 * the refusal or removal of the board (002:748-750, 846-850).
 */
describe('an objection letter names the date of its own decision', () => {
  const refusedAndTlv: Answers = {
    situatie: ['aanmelden', 'tlv'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-02', 'aanmelding-besluit': 'geweigerd',
    'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-12-10', 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2027-01-20',
  };
  it('the TLV objection carries the TLV decision date, not the refusal date', () => {
    const text = filled('bezwaar-tlv', refusedAndTlv);
    expect(text).toContain('uw besluit van 20 januari 2027');
    expect(text).not.toContain('10 december 2026');
  });
  it('the refusal objection carries the refusal date, not the TLV date', () => {
    const text = filled('bezwaar-weigering-verwijdering', refusedAndTlv);
    expect(text).toContain('uw besluit van 10 december 2026');
    expect(text).not.toContain('20 januari 2027');
  });
  it('with only a TLV decision, the letter to the school board leaves the date open', () => {
    const onlyTlv: Answers = { situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2027-01-20' };
    expect(filled('bezwaar-weigering-verwijdering', onlyTlv)).toContain('uw besluit van [datum_besluit]');
    expect(filled('bezwaar-tlv', onlyTlv)).toContain('uw besluit van 20 januari 2027');
  });
  it('a refusal and a removal on different days: the board letter leaves the date open rather than pick one', () => {
    const both: Answers = {
      situatie: ['aanmelden', 'thuiszitten'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-02', 'aanmelding-besluit': 'geweigerd',
      'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-12-10', 'thuis-sinds': '2027-01-11', ingeschreven: 'ja', 'thuis-reden': 'verwijderd',
      'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-01-08',
    };
    const v = valuesFromAnswers(both, TODAY, 'nl', 'bezwaar-weigering-verwijdering');
    expect(valuesFromAnswers(both, TODAY, 'nl').datum_besluit).toBeUndefined();
    expect(v.datum_besluit).toBeUndefined();
  });
  it('the translation beside it follows the same choice (dates in the interface language)', () => {
    expect(valuesFromAnswers(refusedAndTlv, TODAY, 'en', 'bezwaar-tlv').datum_besluit).toMatch(/20 January 2027/);
  });
});

/**
 * The plan's first step for a child at home who is enrolled nowhere (ingeschreven: nee) offers the letter
 * "Onderwijs tijdens het thuiszitten", which said "{kind} staat ingeschreven op uw school": false, and the
 * school would answer just that. The school keeps its duty until another school agreed to admit the child
 * (002:756-768; FP09): the letter now lets the parent say which is true, in Dutch and in every translation.
 */
describe('the home-education letter does not say the child is enrolled when it is not', () => {
  const notEnrolled: Answers = { situatie: ['thuiszitten'], 'thuis-sinds': '2026-11-16', ingeschreven: 'nee', 'thuis-reden': 'verwijderd' };
  it('the plan offers the letter to this parent', () => {
    const steps = buildPlan(notEnrolled, '2026-11-30').steps;
    expect(steps.some((s) => s.letters?.includes('onderwijs-tijdens-thuiszitten'))).toBe(true);
  });
  // Session 80 (s80-left, 2a): the answer "nee" now picks the line (PICK_FIELDS inschrijving_keuze): the letter says "niet
  // meer ingeschreven" and no longer offers "staat ingeschreven" to choose (tests/unit/letters-s80.test.ts). Before, both.
  it('the letter never says the child is enrolled: it says "niet meer ingeschreven"', () => {
    const text = filled('onderwijs-tijdens-thuiszitten', notEnrolled, '2026-11-30');
    expect(text).not.toMatch(/staat ingeschreven op uw school/);
    expect(text).toContain('staat niet meer ingeschreven op uw school');
  });
  it('every translation holds the same two choices (same placeholders in the same order)', () => {
    const fields = (body: string) => [...body.matchAll(/\{\{\s*([a-z_]+)\s*\}\}/g)].map((m) => m[1]).join(',');
    const nl = fields(letter('onderwijs-tijdens-thuiszitten').body);
    for (const set of [lettersEn, lettersTr, lettersPl, lettersUk, lettersAr]) {
      const body = set.letters.find((l) => l.id === 'onderwijs-tijdens-thuiszitten')!.body;
      expect(fields(body)).toBe(nl);
    }
  });
});

// ── Timeline clocks ─────────────────────────────────────────────────────────

const ev = eventMaker('s21e', ['school']);

/**
 * A term counted from a new request or registration was silenced by an answer an EARLIER event wrote:
 * "dossier-gezien: ja" from a dossier received in December answered a new request in January; "aanmelding-besluit:
 * geweigerd" from the first school answered the registration at the next school. A received dossier or a
 * decision logged before the term started is not the answer to it.
 */
describe('an answer written by an earlier event does not answer a later request', () => {
  it('a second dossier request after the first was received gets its own month', () => {
    const s = log({}, [ev('dossier-gevraagd', '2026-12-01'), ev('dossier-ontvangen', '2026-12-20'), ev('dossier-gevraagd', '2027-01-10')]);
    // Session 22: a request writes "dossier-gezien: nee" (the parent does not have it now); before, 'ja' stayed.
    expect(s.answers['dossier-gezien']).toBe('nee');
    const f = flags(s, '2027-02-11');
    expect(f.map((x) => [x.id, x.start, x.due])).toEqual([['dossier', '2027-01-10', '2027-02-10']]);
    expect(flags(s, '2027-02-10')).toEqual([]);
  });
  it('the first request only: received means answered', () => {
    const s = log({}, [ev('dossier-gevraagd', '2026-12-01'), ev('dossier-ontvangen', '2026-12-20')]);
    expect(flags(s, '2027-03-01')).toEqual([]);
  });
  it('a registration at the next school after a refusal gets its own 6 weeks, with the possible extension', () => {
    const s = log({ situatie: ['aanmelden'] }, [ev('aanmelding-ontvangen', '2026-11-02'), ev('besluit-geweigerd', '2026-12-01'), ev('aanmelding-ontvangen', '2027-01-05')]);
    const [f] = flags(s, '2027-02-17');
    expect(f).toMatchObject({ id: 'besluit-aanmelding', start: '2027-01-05', due: '2027-02-16', daysLate: 1, orLater: '2027-03-16' });
  });
  it("the first school's extension does not stretch the next school's term to 10 weeks", () => {
    const s = log({ situatie: ['aanmelden'] }, [
      ev('aanmelding-ontvangen', '2026-09-01'), ev('besluit-verlengd', '2026-10-01'), ev('besluit-geweigerd', '2026-10-20'), ev('aanmelding-ontvangen', '2026-11-05'),
    ]);
    // Session 36: the answer itself now says it (EFFECTS newTerm): the registration of 5 November made the first school's
    // extension "weet ik niet" (it was "ja" here before; the flag below already read it so).
    expect(s.answers['aanmelding-verlengd']).toBe('weet-niet');
    const [f] = flags(s, '2026-12-18');
    expect(f).toMatchObject({ start: '2026-11-05', due: '2026-12-17', orLater: '2027-01-14' });
  });
  it('an extension by the same school after its registration still counts (10 weeks)', () => {
    const s = log({ situatie: ['aanmelden'] }, [ev('aanmelding-ontvangen', '2026-11-05'), ev('besluit-verlengd', '2026-12-10')]);
    expect(flags(s, '2027-01-14')).toEqual([]);
    expect(flags(s, '2027-01-15')[0]).toMatchObject({ due: '2027-01-14', daysLate: 1 });
  });
  it('a decision answered in the questionnaire (no event) still answers the term', () => {
    const s = log({ situatie: ['aanmelden'], 'aanmelding-besluit': 'toegelaten' }, [ev('aanmelding-ontvangen', '2026-11-05')]);
    expect(flags(s, '2027-03-01')).toEqual([]);
  });
});

/** Checked and right (guards): received beats sent; out-of-order logging; removing and correcting an event. */
describe('recomputed clocks after edits', () => {
  it('received beats sent, whatever order they were logged in', () => {
    for (const order of [[0, 1], [1, 0]]) {
      const evs = [ev('aanmelding-verstuurd', '2026-11-02'), ev('aanmelding-ontvangen', '2026-11-05')];
      const s = log({ situatie: ['aanmelden'] }, order.map((i) => evs[i]!));
      expect(s.answers['aanmelding-datum']).toBe('2026-11-05');
      expect(flags(s, '2026-12-18')[0]).toMatchObject({ start: '2026-11-05', startKind: 'aanmelding-ontvangen', due: '2026-12-17' });
    }
  });
  it('deleting the receipt falls back to the sent date; correcting its date moves the clock', () => {
    const sent = ev('aanmelding-verstuurd', '2026-11-02');
    const got = ev('aanmelding-ontvangen', '2026-11-05');
    const s = log({ situatie: ['aanmelden'] }, [sent, got]);
    const del = deleteEvent(s.answers, s.data, got.id);
    expect(del.answers['aanmelding-datum']).toBe('2026-11-02');
    expect(flags(del, '2026-12-15')[0]).toMatchObject({ start: '2026-11-02', due: '2026-12-14' });
    const moved = updateEvent(s.answers, s.data, { ...got, date: '2026-11-09' });
    expect(moved.answers['aanmelding-datum']).toBe('2026-11-09');
    expect(flags(moved, '2026-12-22')[0]).toMatchObject({ start: '2026-11-09', due: '2026-12-21' });
  });
  it('deleting the second dossier request gives the first (received) back: no flag', () => {
    const second = ev('dossier-gevraagd', '2027-01-10');
    const s = log({}, [ev('dossier-gevraagd', '2026-12-01'), ev('dossier-ontvangen', '2026-12-20'), second]);
    const del = deleteEvent(s.answers, s.data, second.id);
    expect(flags(del, '2027-03-01')).toEqual([]);
  });
});

/**
 * "Schriftelijke aanmelding" said "Uw school is mijn eerste keus. Met deze schriftelijke aanmelding begint uw
 * zorgplicht" to every school, and then asked twice (two brackets) to name another school. A parent who registers
 * at two schools (the plan's step "eerste-keus-melden") sent the same claim to both. The brochure ties the
 * zorgplicht to the school the parent names as first choice (000:316-320, FACTS A24/A25): the letter now lets
 * the parent say which school that is, once.
 */
describe('the registration letter does not tell every school it is the first choice', () => {
  const body = () => letter('schriftelijke-aanmelding').body;
  it('"Uw school is mijn eerste keus" is one of three choices, not a statement', () => {
    const b = body();
    expect(b).toContain('[Kies één van de drie zinnen hieronder. Haal de andere twee weg.]\nIk meld {{kind_voornaam}} alleen bij uw school aan.');
    expect(b).toContain('Die school is mijn eerste keus.');
    expect(b).not.toMatch(/Uw school is mijn eerste keus\. Met deze schriftelijke aanmelding begint uw zorgplicht/);
  });
  it('asks only once about another school', () => {
    expect(body().match(/andere school/g)?.length).toBe(2);
    expect(body()).not.toContain('Meld je je kind ook bij een andere school aan?');
  });
  it('every translation holds the same placeholders in the same order', () => {
    const fields = (b: string) => [...b.matchAll(/\{\{\s*([a-z_]+)\s*\}\}/g)].map((m) => m[1]).join(',');
    for (const set of [lettersEn, lettersTr, lettersPl, lettersUk, lettersAr]) {
      expect(fields(set.letters.find((l) => l.id === 'schriftelijke-aanmelding')!.body)).toBe(fields(body()));
    }
  });
});

/**
 * Logging "Besluit tot verwijdering" wrote verwijdering-besluit and its date, but those questions apply only when the
 * school wants the child gone (hv-wil-weg: ja, or at home because removed or barred, or suspended). A parent in any
 * other case (handelingsverlegen without that answer, aanmelden, tlv, thuiszitten for another reason) logged a
 * written removal decision and got no bezwaar deadline: 6 weeks (002:846-850), the worst kind of bug. The event now
 * also says what it means: the board wants the child to leave.
 */
describe('a logged written removal decision always gives the 6 weeks for bezwaar', () => {
  const removal = (start: Answers) => log(start, [ev('verwijdering-besluit', '2026-11-20', ['bestuur'])]);
  const bezwaar = (a: Answers) => buildPlan(a, '2026-11-30').steps.find((s) => s.id === 'bezwaar-verwijdering');
  for (const start of [
    { situatie: ['handelingsverlegen'] },
    { situatie: ['handelingsverlegen'], 'hv-wil-weg': 'weet-niet' },
    { situatie: ['aanmelden'] },
    { situatie: ['tlv'] },
    { situatie: ['thuiszitten'], 'thuis-sinds': '2026-11-16', ingeschreven: 'ja', 'thuis-reden': 'kan-niet' },
  ] as Answers[]) {
    it(`from ${JSON.stringify(start)}`, () => {
      expect(bezwaar(start)).toBeUndefined();
      const s = removal(start);
      expect(bezwaar(s.answers)?.deadline).toMatchObject({ start: '2026-11-20', due: '2027-01-01' });
    });
  }
  it('deleting the event gives the answers back exactly', () => {
    const start: Answers = { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk' };
    const s = removal(start);
    expect(deleteEvent(s.answers, s.data, s.data.events[0]!.id).answers).toEqual(start);
  });
});

/**
 * The plan's own advice for a parent who has not registered in writing is the letter "Schriftelijke aanmelding";
 * "Ik heb deze brief verstuurd" logs aanmelding-verstuurd. That wrote the date but not "no decision yet", and the
 * 6-week step needs it (waitingForAdmissionDecision): the plan had no decision date at all (001:119; 002:744-746).
 * A registration now means "no decision yet" unless a decision is answered or logged: a default, never written over
 * a decision, so a refusal's 6 weeks for bezwaar stay when the parent registers at the next school.
 */
describe('a registration logged in the timeline gives the 6 weeks for the decision', () => {
  const decision = (a: Answers, today = '2026-11-30') => buildPlan(a, today).steps.find((s) => s.id === 'besluit-aanmelding');
  for (const kind of ['aanmelding-verstuurd', 'aanmelding-ontvangen'] as const) {
    it(`${kind} from "nog niet aangemeld"`, () => {
      const start: Answers = { situatie: ['aanmelden'], 'aanmelding-hoe': 'nog-niet' };
      expect(decision(start)).toBeUndefined();
      const s = log(start, [ev(kind, '2026-11-20')]);
      expect(decision(s.answers)?.deadline).toMatchObject({ start: '2026-11-20', due: '2027-01-01' });
      expect(deleteEvent(s.answers, s.data, s.data.events[0]!.id).answers).toEqual(start);
    });
  }
  it('a decision answered in the questionnaire is not written over', () => {
    const s = log({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'toegelaten' }, [ev('aanmelding-ontvangen', '2026-11-20')]);
    expect(s.answers['aanmelding-besluit']).toBe('toegelaten');
    expect(decision(s.answers)).toBeUndefined();
  });
  it('a registration at the next school keeps the refusal and its bezwaar date', () => {
    const s = log({ situatie: ['aanmelden'] }, [ev('aanmelding-ontvangen', '2026-11-02'), ev('besluit-geweigerd', '2026-12-01'), ev('aanmelding-ontvangen', '2027-01-05')]);
    expect(s.answers['aanmelding-besluit']).toBe('geweigerd');
    const bezwaar = buildPlan(s.answers, '2027-01-06').steps.find((x) => x.id === 'bezwaar-weigering');
    expect(bezwaar?.deadline).toMatchObject({ start: '2026-12-01', due: '2027-01-12' });
  });
  it('the refusal logged after the registration still decides (date order, not logging order)', () => {
    const s = log({ situatie: ['aanmelden'] }, [ev('besluit-geweigerd', '2026-12-01'), ev('aanmelding-verstuurd', '2026-11-02')]);
    expect(s.answers['aanmelding-besluit']).toBe('geweigerd');
    expect(s.answers['aanmelding-datum']).toBe('2026-11-02');
  });
});

/**
 * Left open by s21-lawyer: "Aanmelding onderwijsconsulenten" always said "Het samenwerkingsverband is al
 * betrokken", also for a parent who answered swv-betrokken: nee. The letter goes to the onderwijsconsulenten,
 * so a false statement there costs the parent time; the letter's own "after" text says to ask the school first.
 */
describe('the onderwijsconsulenten letter does not claim the samenwerkingsverband is involved', () => {
  it('gives both sentences with a choice, in every language with the same placeholders', () => {
    const text = filled('aanmelding-onderwijsconsulenten', { situatie: ['handelingsverlegen'], 'swv-betrokken': 'nee' }, '2026-11-30');
    expect(text).toMatch(/\[Kies één van de twee zinnen hieronder\. Haal de andere weg\.\]\nHet samenwerkingsverband is al betrokken/);
    expect(text).toContain('Het samenwerkingsverband is nog niet betrokken.');
    const brackets = (body: string) => (body.match(/\[/g) ?? []).length;
    const nl = brackets(letter('aanmelding-onderwijsconsulenten').body);
    for (const set of [lettersEn, lettersTr, lettersPl, lettersUk, lettersAr])
      expect(brackets(set.letters.find((l) => l.id === 'aanmelding-onderwijsconsulenten')!.body)).toBe(nl);
  });
});

describe('letter values for an id from the address', () => {
  it('a prototype name as the letter id fills like an unknown letter, never throws', () => {
    const a: Answers = { situatie: ['aanmelden'], 'weigering-datum': '2026-12-10', 'weigering-schriftelijk': 'ja' };
    for (const id of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])
      expect(valuesFromAnswers(a, TODAY, 'nl', id)).toEqual(valuesFromAnswers(a, TODAY, 'nl', 'no-such-letter'));
  });
});

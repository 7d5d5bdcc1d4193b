/**
 * Session 64 (s64-timeline): three gaps in the timeline (src/timeline/) that earlier sessions left on the safe side, read as a
 * parents' lawyer. Each story is logged through the timeline's own addEvent (timeline-log.ts `log`) and read as the plan page
 * reads it (story-answers.ts planOn: the plan, the first screen, the calendar and the gesprekskaart agree).
 *
 * Stories (dates of our own; weekdays checked with a calendar):
 *   1  Mees, groep 4 (lawyer-s61-timeline story 5, one event more). At home (not welcome) from Mon 4 Oct 2027; the school
 *      de-registers him Mon 15 Nov without a decision; registered at a new school (received Mon 22 Nov), admitted Fri 17 Dec,
 *      enrolled there from Mon 10 Jan 2028; at home again from Mon 17 Jan 2028 ("Kind thuis vanaf", logged). Read Wed 19 Jan.
 *   2  Lot, groep 5. Registered at school B (received Mon 1 Feb 2027); school A decides her removal Fri 12 Feb; B admits her
 *      Mon 8 Mar; enrolled at B Mon 22 Mar, the day A de-registers her; at home from Mon 12 Apr. Read Wed 14 Apr 2027. The
 *      reverse order: at home from Mon 15 Feb (after the removal), registered at B Mon 1 Mar, admitted Mon 15 Mar, enrolled Mon
 *      22 Mar; read Wed 24 Mar 2027.
 *   3  Yusuf, groep 6. School A decides his removal Mon 1 Mar 2027; registered at school B (received Mon 8 Mar); B refuses
 *      Mon 22 Mar; his parent sends ONE bezwaar by e-mail Fri 2 Apr and says in the timeline which decision it is against.
 *      Read Tue 6 Apr 2027.
 *   4  Sara, groep 7. The samenwerkingsverband refuses the TLV Mon 15 Feb 2027 (her parents disagree); registered at a school
 *      (received Mon 22 Feb), which refuses Mon 1 Mar; one bezwaar by e-mail Wed 10 Mar, logged with the form's own party (the
 *      board), and the decision chosen. Read Fri 12 Mar 2027.
 *   5  Emma, groep 3. Registered at school A (received Mon 1 Mar 2027) and at school B (received Mon 8 Mar); one refusal on
 *      paper Mon 22 Mar, logged without naming a school (a timeline event has no school: its parties say "school"). Read Wed
 *      24 Mar 2027.
 *
 * What a correct plan must say, written down first from ../shared/FACTS.md (not from the code):
 *   A03, A23 (002:728-736): the zorgplicht is the school's where the child is registered/enrolled; the old school's ends once
 *   the child is admitted and enrolled elsewhere. C22 (000:934-938; 002:1716-1724): the old school keeps it only UNTIL that
 *   enrolment. D09, C13 (002:1716-1724; 002:3335-3339): the zorgplicht continues while a child is at home; the school stays
 *   actively involved and must arrange education. D02, D05 (001:835-847): the school where the child is enrolled notices,
 *   registers and reports the absence; D06 the leerplichtambtenaar helps. A21 (002:748-750): bezwaar against a refusal within
 *   6 weeks; C09 (002:846-850): against a removal within 6 weeks; E18, §X.3: against a TLV decision, 6 weeks EXT (not
 *   certain). Each decision has its own bezwaar and its own term: a bezwaar against one never stops the other's clock. A04,
 *   A05 (001:119; 002:744-746): each school decides within 6 weeks of receipt, once 4 weeks more if it says so.
 *   1  Wed 19 Jan 2028: Mees is enrolled at the new school since Mon 10 Jan and at home since Mon 17 Jan. He is a thuiszitter
 *      AT the new school: it is responsible (A23, D09) and must teach him, also at home (C13); ask IT (by e-mail) what lessons
 *      he gets and from whom; the leerplichtambtenaar stays a contact (D06). Must NOT say: "Je kind staat nergens
 *      ingeschreven", "Geen school meldt dat je kind thuis zit", "De school blijft verantwoordelijk tot je kind op een andere
 *      school is ingeschreven" (the old school's story), "Vraag waarom je kind is uitgeschreven" (the old school's
 *      de-registration, over since the enrolment). Whether the new school de-registered him too is not in the answers: say
 *      whom to ask (the new school) and what to do then (ask why, call the leerplichtambtenaar). The new school's OPP stays
 *      due Mon 21 Feb 2028 (10 Jan + 42, not certain, §X.5).
 *   2  Wed 14 Apr 2027: the same for Lot at B (enrolled Mon 22 Mar, at home from Mon 12 Apr). The removal's bezwaar term (12
 *      Feb + 42 = Fri 26 Mar) has passed. Reverse order, Wed 24 Mar: enrolled at B since Mon 22 Mar: not enrolled nowhere
 *      either (this worked before; a guard).
 *   3  Tue 6 Apr 2027, the bezwaar against the removal: the removal's bezwaar step goes; the refusal's stays, due Mon 3 May
 *      (22 Mar + 42), still "maak bezwaar". Against the refusal instead: the refusal's step goes; the removal's stays, due Mon
 *      12 Apr (1 Mar + 42), the first date. Not said (an event stored before this session, or "Weet ik niet"): both stay,
 *      as before. Told only by phone: no bezwaar (FP-P4), both stay.
 *   4  Fri 12 Mar 2027, against the TLV decision: the TLV bezwaar step goes; the refusal's stays, due Mon 12 Apr (1 Mar + 42).
 *      Against the refusal: the refusal's goes; the TLV's stays, due Mon 29 Mar (15 Feb + 42), not certain.
 *   5  Wed 24 Mar 2027: one school still has to decide. The timeline cannot tell which; the plan counts the refusal as A's (the
 *      first registration still open) and B's 6 weeks: Mon 19 Apr (8 Mar + 42). It must say so plainly: which registration the
 *      refusal was counted against, and, if the refusal was B's, A's own last day, Mon 12 Apr (1 Mar + 42), or 4 weeks more
 *      if A said it extends, and to look in the letter which school decided.
 *
 * Defects found (each test marked D1/D2/D3 failed before the fix, checked by running it on the code before it):
 *   D1 (moderate: a wrong fact and the wrong school on the first screen) stories 1 and 2. The first day at home logged after
 *      the enrolment writes thuis-sinds after the registration, so enrolledAtNewSchool (registration on or after the first day
 *      at home) no longer held, and "ingeschreven: nee" from the OLD school's de-registration read as enrolled nowhere again:
 *      "Vraag waarom je kind is uitgeschreven. Je kind staat nergens ingeschreven", "Geen school meldt", and the first action
 *      "De school blijft verantwoordelijk tot je kind op een andere school is ingeschreven". Fixed: predicates.ts
 *      homeAfterEnrolment (in enrolledAtSchoolSinceConflict); onderwijs-thuis-vragen's own text for it
 *      (ui:tl64.planStep.onderwijsThuisNieuweSchool, six languages); niet-welkom-zorgplicht is kept for it (true of the new school).
 *   D2 (moderate: a term asked twice, and no way to say which) stories 3 and 4. One bezwaar with two decisions open placed
 *      nothing: both steps kept saying "maak bezwaar" (session 60's safe side; the letter "bezwaar-tlv" or the
 *      samenwerkingsverband as party placed it for a TLV, nothing for two board decisions). Now the timeline form asks which
 *      decision, only while two or more are open (TimelineEvent.against, model.ts openObjectionTargets), and placedObjections
 *      (src/meeting/plan.ts) drops only that decision's step; the other keeps its clock. Stored events without the field, or
 *      with an unknown value (sanitized away), read as before.
 *   D3 (low: the parent had to count a school's day herself) story 5. The undecided registration's step said "Kwam het besluit
 *      van de school die je op 8 maart aanmeldde? Tel dan 6 weken vanaf de dag dat je de andere school aanmeldde". An event
 *      names no school (parties: "school"), so the timeline cannot tell them apart without a new field; the step's note now
 *      says which registration the refusal was counted against and the other school's last day (ui:tl64.besluitGeteldVoor).
 *
 * Left alone: the removal's passed bezwaar step after the enrolment at B (story 2) still has its general late text ("Tot je
 * kind daar is ingeschreven, blijft de school verantwoordelijk"); it is a choice there (session 60), not a first action.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/rules/dates';
import { stepParams, stepText } from '../../src/ui/deadlineText';
import { openObjectionTargets, sanitizeEvents, type TimelineEvent } from '../../src/timeline/model';
import type { EventKind, How, ObjectionTarget } from '../../src/timeline/effects';
import { ev, log } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, due, firstScreen, ids, step } from './lawyer-kit';
import { LANGUAGES } from '../../src/languages';
import { allSaid, asked, planOn, said } from './story-answers';

beforeAll(loadPlanTexts);

let n = 0;
const E = (kind: EventKind, date: IsoDate, how: How = 'brief'): TimelineEvent => ev(`s64-${n++}`, kind, date, how);
const objection = (date: IsoDate, against?: ObjectionTarget, how: How = 'e-mail'): TimelineEvent => ({ ...E('bezwaar-ingediend', date, how), ...(against ? { against } : {}) });
const NOWHERE = /Je kind staat nergens ingeschreven|Geen school meldt|blijft verantwoordelijk tot je kind op een andere school/;

// ── Story 1: Mees ─────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('story 1: enrolled at a new school, then at home again (A23, C22, D09, C13, D05)', () => {
  const HOME = { situatie: ['thuiszitten'], groep: 'groep-3-6', opp: 'ja', 'thuis-reden': 'niet-welkom' };
  const events = [E('thuis-vanaf', '2027-10-04'), E('uitschrijving', '2027-11-15'), E('aanmelding-ontvangen', '2027-11-22', 'e-mail'), E('besluit-toegelaten', '2027-12-17'), E('thuis-vanaf', '2028-01-17')];
  const ENROLLED = { 'inschrijving-datum': '2028-01-10' };
  const p = () => planOn(log(A(HOME), events), '2028-01-19', ENROLLED);

  it('D1: Wed 19 Jan 2028: not "enrolled nowhere", no "Vraag waarom je kind is uitgeschreven", not the old school "blijft verantwoordelijk"', () => {
    const plan = p();
    expect(ids(plan)).not.toContain('uitschrijving-navragen');
    expect(ids(plan)).not.toContain('verzuim-niet-ingeschreven');
    expect(allSaid(plan)).not.toMatch(NOWHERE);
  });

  it('D1: the first action asks the NEW school for lessons at home, with both days; the leerplichtambtenaar stays; the OPP date stays', () => {
    const plan = p();
    expect(firstScreen(plan).actions[0]).toBe('onderwijs-thuis-vragen');
    const s = said(step(plan, 'onderwijs-thuis-vragen')!);
    expect(s).toMatch(/sinds maandag 10 januari 2028 ingeschreven op de nieuwe school/);
    expect(s).toMatch(/Sinds maandag 17 januari 2028 zit je kind thuis/);
    expect(s).toMatch(/nieuwe school verantwoordelijk/);
    expect(s).toMatch(/uitgeschreven\? Vraag dan per e-mail waarom, en bel de leerplichtambtenaar/);
    expect(ids(plan)).toContain('leerplicht-inschakelen');
    expect(due(plan, 'opp-na-toelating')).toBe('2028-01-10 2028-02-21 upcoming uncertain');
  });

  it('D1: the step in all six languages names both days, no placeholder left', () => {
    const s = step(p(), 'onderwijs-thuis-vragen')!;
    for (const { code } of LANGUAGES) {
      const why = stepText(s, 'why', tFor(code));
      expect(why, code).toContain(stepParams(s, code)['ingeschreven']!);
      expect(why, code).toContain(stepParams(s, code)['thuis']!);
      expect(why, code).not.toMatch(/\{\{/);
    }
  });

  it('guard: Mon 20 Dec 2027, admitted but enrolled only from 10 Jan: still the old school\'s story (enrolled nowhere)', () => {
    const plan = planOn(log(A(HOME), events.slice(0, 4)), '2027-12-20', ENROLLED);
    expect(ids(plan)).toContain('uitschrijving-navragen');
  });
});

// ── Story 2: Lot ──────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('story 2: registered at B, removed at A, enrolled at B, then at home (A23, C22, D09)', () => {
  const HV = { situatie: ['handelingsverlegen'], opp: 'ja', groep: 'groep-3-6' };
  const OWN = { 'inschrijving-datum': '2027-03-22', 'thuis-reden': 'niet-welkom', 'verwijdering-andere-school': 'nee' };

  it('D1: Wed 14 Apr 2027, at home since Mon 12 Apr, enrolled at B since Mon 22 Mar: B is responsible, not "enrolled nowhere"', () => {
    const events = [E('aanmelding-ontvangen', '2027-02-01', 'e-mail'), E('verwijdering-besluit', '2027-02-12'), E('besluit-toegelaten', '2027-03-08'), E('uitschrijving', '2027-03-22'), E('thuis-vanaf', '2027-04-12')];
    const plan = planOn(log(A(HV), events), '2027-04-14', OWN);
    expect(allSaid(plan)).not.toMatch(NOWHERE);
    expect(ids(plan)).not.toContain('verzuim-niet-ingeschreven');
    expect(said(step(plan, 'onderwijs-thuis-vragen')!)).toMatch(/sinds maandag 22 maart 2027 ingeschreven op de nieuwe school\. Sinds maandag 12 april 2027 zit je kind thuis/);
    // The removal's bezwaar keeps its (passed) day: 12 Feb + 42.
    expect(due(plan, 'bezwaar-verwijdering')).toBe('2027-02-12 2027-03-26 passed');
  });

  it('guard, the reverse order: at home from Mon 15 Feb, enrolled at B Mon 22 Mar; read Wed 24 Mar: not "enrolled nowhere"', () => {
    const events = [E('verwijdering-besluit', '2027-02-12'), E('thuis-vanaf', '2027-02-15'), E('aanmelding-ontvangen', '2027-03-01', 'e-mail'), E('besluit-toegelaten', '2027-03-15'), E('uitschrijving', '2027-03-22')];
    const plan = planOn(log(A(HV), events), '2027-03-24', OWN);
    expect(allSaid(plan)).not.toMatch(NOWHERE);
    expect(said(step(plan, 'onderwijs-thuis-vragen')!)).toMatch(/sinds maandag 22 maart 2027 ingeschreven op de nieuwe school/);
  });
});

// ── Story 3: Yusuf ────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('story 3: a removal and a refusal, one bezwaar that says which (C09, A21)', () => {
  const HV = { situatie: ['handelingsverlegen'], opp: 'ja', groep: 'groep-3-6' };
  const decided = [E('verwijdering-besluit', '2027-03-01'), E('aanmelding-ontvangen', '2027-03-08', 'e-mail'), E('besluit-geweigerd', '2027-03-22')];
  const read = (b: TimelineEvent) => planOn(log(A(HV), [...decided, b]), '2027-04-06');

  it('the form asks (two decisions open): the refusal and the removal', () => {
    expect(openObjectionTargets(asked(log(A(HV), decided)).answers)).toEqual(['weigering', 'verwijdering']);
  });

  it('D2: Tue 6 Apr 2027, against the removal: its step goes; the refusal\'s stays, Mon 3 May, among the first actions', () => {
    const p = read(objection('2027-04-02', 'verwijdering'));
    expect(ids(p)).not.toContain('bezwaar-verwijdering');
    expect(due(p, 'bezwaar-weigering')).toBe('2027-03-22 2027-05-03 upcoming');
    expect(firstScreen(p).actions).toContain('bezwaar-weigering');
    expect(ids(p)).toContain('bezwaar-loopt');
  });

  it('D2: against the refusal: its step goes; the removal\'s stays, Mon 12 Apr, the next date', () => {
    const p = read(objection('2027-04-02', 'weigering'));
    expect(ids(p)).not.toContain('bezwaar-weigering');
    expect(due(p, 'bezwaar-verwijdering')).toBe('2027-03-01 2027-04-12 upcoming');
    expect(firstScreen(p).next).toBe('bezwaar-verwijdering 2027-04-12');
  });

  it('guard: not said (an event stored before this session, or "Weet ik niet"): both steps stay, as before', () => {
    const p = read(objection('2027-04-02'));
    expect(due(p, 'bezwaar-verwijdering')).toBe('2027-03-01 2027-04-12 upcoming');
    expect(due(p, 'bezwaar-weigering')).toBe('2027-03-22 2027-05-03 upcoming');
  });

  it('guard: told only by phone, it is no bezwaar: both steps stay', () => {
    const p = read(objection('2027-04-02', 'verwijdering', 'telefoon'));
    expect(ids(p)).toEqual(expect.arrayContaining(['bezwaar-verwijdering', 'bezwaar-weigering']));
  });

  it('guard: dated before the refusal, "against the refusal" cannot be: the refusal keeps its step', () => {
    const p = planOn(log(A(HV), [...decided.slice(0, 2), objection('2027-03-15', 'weigering'), decided[2]!]), '2027-04-06');
    expect(due(p, 'bezwaar-weigering')).toBe('2027-03-22 2027-05-03 upcoming');
  });
});

// ── Story 4: Sara ─────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('story 4: a TLV refusal and a school\'s refusal, one bezwaar logged with the board (E18, A21)', () => {
  const T = { situatie: ['tlv'], opp: 'ja', groep: 'groep-7-8' };
  const decided = [E('tlv-afgewezen', '2027-02-15'), E('aanmelding-ontvangen', '2027-02-22', 'e-mail'), E('besluit-geweigerd', '2027-03-01')];
  const OWN = { 'tlv-eens': 'nee' };
  const read = (b: TimelineEvent) => planOn(log(A(T), [...decided, b]), '2027-03-12', OWN);

  it('D2: Fri 12 Mar 2027, against the TLV decision: its step goes; the refusal\'s stays, Mon 12 Apr', () => {
    const p = read(objection('2027-03-10', 'tlv'));
    expect(ids(p)).not.toContain('tlv-bezwaar');
    expect(due(p, 'bezwaar-weigering')).toBe('2027-03-01 2027-04-12 upcoming');
    expect(firstScreen(p).actions[0]).toBe('bezwaar-weigering');
  });

  it('D2: against the refusal: its step goes; the TLV\'s stays, Mon 29 Mar, not certain, the next date', () => {
    const p = read(objection('2027-03-10', 'weigering'));
    expect(ids(p)).not.toContain('bezwaar-weigering');
    expect(due(p, 'tlv-bezwaar')).toBe('2027-02-15 2027-03-29 upcoming uncertain');
    expect(firstScreen(p).actions[0]).toBe('tlv-bezwaar');
  });

  it('guard: not said, with the form\'s own party (the board): both stay, as session 60 left it', () => {
    const p = read(objection('2027-03-10'));
    expect(ids(p)).toEqual(expect.arrayContaining(['tlv-bezwaar', 'bezwaar-weigering']));
  });
});

describe('stored timelines stay readable (sanitizeEvents)', () => {
  const base = { id: 'b1', date: '2027-04-02', kind: 'bezwaar-ingediend', parties: ['bestuur'], note: '', how: 'e-mail' };
  it('a known decision is kept; an unknown value, or one on another kind, is dropped; an old event has none', () => {
    expect(sanitizeEvents([{ ...base, against: 'verwijdering' }])[0]!.against).toBe('verwijdering');
    expect(sanitizeEvents([{ ...base, against: 'opp' }])[0]).not.toHaveProperty('against');
    expect(sanitizeEvents([{ ...base, against: 7 }])[0]).not.toHaveProperty('against');
    expect(sanitizeEvents([{ ...base, kind: 'gpo-ingediend', against: 'tlv' }])[0]).not.toHaveProperty('against');
    expect(sanitizeEvents([base])[0]).not.toHaveProperty('against');
  });
});

// ── Story 5: Emma ─────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('story 5: two registrations open, one refusal that names no school (A04, A05)', () => {
  const S = { situatie: ['aanmelden'], 'meer-scholen': 'ja', groep: 'groep-3-6', 'ondersteuning-gemeld': 'ja' };
  const p = () => planOn(log(A(S), [E('aanmelding-ontvangen', '2027-03-01', 'e-mail'), E('aanmelding-ontvangen', '2027-03-08', 'e-mail'), E('besluit-geweigerd', '2027-03-22')]), '2027-03-24', { 'meer-scholen': 'ja' });

  it('Wed 24 Mar 2027: B\'s 6 weeks to Mon 19 Apr; the refusal\'s bezwaar to Mon 3 May', () => {
    const plan = p();
    expect(due(plan, 'eerdere-aanmelding')).toBe('2027-03-08 2027-04-19 upcoming');
    expect(due(plan, 'bezwaar-weigering')).toBe('2027-03-22 2027-05-03 upcoming');
  });

  it('D3: the step says which registration the refusal was counted against, and A\'s own last day (Mon 12 Apr) if it was B\'s', () => {
    const s = said(step(p(), 'eerdere-aanmelding')!);
    expect(s).toMatch(/besluit van maandag 22 maart 2027 telden wij als het besluit van de school die je op maandag 1 maart 2027 aanmeldde/);
    expect(s).toMatch(/Kwam het besluit van de school die je op maandag 8 maart 2027 aanmeldde\? Dan moet de andere school nog beslissen\. Die school heeft dan tot maandag 12 april 2027/);
  });

  it('D3: in all six languages, with the three days', () => {
    const s = step(p(), 'eerdere-aanmelding')!;
    for (const { code } of LANGUAGES) {
      const note = tFor(code).raw(s.note!, stepParams(s, code));
      for (const k of ['besluit', 'ander', 'anderUiterlijk', 'aangemeld']) expect(note, `${code} ${k}`).toContain(stepParams(s, code)[k]!);
      expect(note, code).not.toMatch(/\{\{/);
    }
  });
});

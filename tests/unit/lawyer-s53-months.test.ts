/**
 * Session 53 (s53-months): a parents' lawyer reads the plans the app gives across a conflict that runs for months, told
 * through the parent's timeline (events logged as the app logs them: timeline-log.ts `log`) on top of the questionnaire's
 * answers, each story read at several dates from September 2026 to April 2027 (the plan page, the first screen, the
 * calendar and the gesprekskaart agree: app-story.ts agreeingPlan).
 *
 * Stories (our own dates):
 *   1  a child in groep 5 with an OPP, suspended twice (14 Sep, 5 Oct), a removal decision on paper (2 Nov), a bezwaar in
 *      week 5 (3 Dec), the board's decision on the bezwaar (18 Jan), a request to the Geschillencommissie (1 Feb).
 *   2  registrations at two schools (received 7 and 14 Sep), an extension logged (15 Oct), a refusal by one (9 Nov), an
 *      admission at the other (20 Nov), then the OPP within 6 weeks of enrolment.
 *   3  a thuiszitter (at home since 1 Sep) waiting for an SO place, the TLV applied for (15 Sep) and refused (26 Oct), a
 *      bezwaar to the samenwerkingsverband (16 Nov), a letter to the leerplichtambtenaar (23 Nov), the SWV's decision on the
 *      bezwaar (25 Jan).
 *   4  all of it at once, in date order.
 * Terms computed here from ../shared/FACTS.md, not from the code: admission decision 6 weeks after receipt, once 4 more
 * (A04/A05; 001:119, 002:744-746); bezwaar against a refusal 6 weeks (A21; 002:748-750) and a removal 6 weeks (C09;
 * 002:846-850); a suspension in PO at most one week (C10; 002:2362); the Geschillencommissie's 6 weeks (F13, §X.2) and the
 * TLV bezwaar's 6 weeks (E18, §X.3) are EXT, not in the sources: shown as not certain; the OPP 6 weeks after enrolment
 * (B02, §X.5). FACTS says nothing about weekends or holidays in these terms: they are counted in calendar weeks (7 days),
 * and none of our last days falls on a weekend (all are Mondays).
 *
 * Plain `it`: behaviour checked and found right (each can fail: real values). `it.fails`: a defect, with what the app says,
 * what it should say, the source, how serious; the assertion that fails is the one about the defect.
 * D1 fixed the same session (plain `it` now): src/rules/steps/predicates.ts admittedRefusalMayBeObjected (a bezwaar dated
 * in a refusal's 6 weeks, then an admission: the removal's or TLV decision's own bezwaar step stays while the bezwaar also
 * fell in its 6 weeks; objectionUnplaced), warnings.ts bezwaar-twee-besluiten for that case, and src/timeline/earlier.ts
 * earlierRefusalSteps (`otherDecisions`: a bezwaar while a removal or TLV decision's 6 weeks ran does not place against the
 * refusal, so weigering-voor-toelating stays, whose text already says "already objected? nothing more to do"). No new texts.
 * D2 fixed the same session (plain `it` now): src/timeline/earlier.ts undecidedRegistrationSteps reads a logged extension as
 * earlierRegistrationSteps does (maybe the 10-week day, note welkeSchoolVerlengde: an existing text in all six languages).
 * D3 and D4 fixed in session 54 (s54-months; plain `it` now, with the tests below them):
 * D3 (moderate): src/timeline/earlier.ts registrationStep keeps the step of a school that has not decided after its 10-week
 * day too (earlierRegistrationSteps and undecidedRegistrationSteps no longer drop it): passed, in "Nu doen" (every passed
 * dated step is: orderPlan), no maybe-day, with texts ui:s54.planStep.eerdereAanmeldingTeLaat / andereSchoolTeLaat (the
 * same title and why as before; a new late text in all six languages: late either way, remind the school and ask for a
 * written decision, call the ouder- en jeugdsteunpunt, with a place at the school you want most you may not need this
 * decision; A04/A05, 001:119, 002:744-746). It goes once the decisions logged leave no registration open. The timeline's
 * "te laat?" flags (model.ts lateFlags) still name only the plan's own registration: not changed (see the report).
 * D4 (low): src/timeline/earlier.ts lpaWrittenNotes (called in src/meeting/plan.ts withEvents): a letter or e-mail to the
 * leerplichtambtenaar logged (a plain event with that party, or the app's own letter ticked as sent) gives
 * leerplicht-inschakelen the note ui:s54.lpaGeschreven with that day (the latest): no answer yet? call or write again. The
 * step, its contact and its letter stay; no term is named (D06, §X.16 give none).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan, PlanStep } from '../../src/rules/plan';
import type { IsoDate } from '../../src/rules/dates';
import { firstThings } from '../../src/ui/firstThings';
import { stepParams, stepText } from '../../src/ui/deadlineText';
import { LANGUAGES } from '../../src/languages';
import type { TimelineEvent } from '../../src/timeline/model';
import { ev, flags, log } from './timeline-log';
import type { Story } from './app-story';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, agree, dutch, E, firstScreen, ids, nl, step, terms, warnings } from './lawyer-kit';

beforeAll(loadPlanTexts);

/** Nothing passed is shown as open, nothing open as passed. */
function honest(p: Plan) {
  for (const s of p.steps) {
    if (!s.deadline) continue;
    expect(s.deadline.status, `${s.id} ${s.deadline.due} on ${p.today}`).toBe(s.deadline.due < p.today ? 'passed' : s.deadline.due === p.today ? 'today' : 'upcoming');
  }
}

// ── Story 1 ──────────────────────────────────────────────────────────────────────────────────────────────────────
const HV = { situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10', 'opp-ingestemd': 'ja', groep: 'groep-3-6', 'hv-wil-weg': 'ja', 'hv-schriftelijk': 'ja' };
const S1 = [E('schorsing', '2026-09-14'), E('schorsing', '2026-10-05'), E('verwijdering-besluit', '2026-11-02'), E('bezwaar-ingediend', '2026-12-03'), E('verwijdering-besluit', '2027-01-18'), E('gpo-ingediend', '2027-02-01')];
const story1 = (n: number) => log(A(HV), S1.slice(0, n));

describe('story 1: two suspensions, a removal, bezwaar in week 5, the board decides, the Geschillencommissie', () => {
  it('20 Sep: the first suspension\'s week ends Monday 21 Sep, the first date on the first screen; no removal clock yet', () => {
    const p = agree(story1(1), '2026-09-20');
    expect(terms(p)).toEqual(['schorsing-einde 2026-09-14>2026-09-21 upcoming']);
    expect(firstScreen(p).next).toBe('schorsing-einde 2026-09-21');
    expect(warnings(p)).not.toContain('schorsing-te-lang');
    // The school wants the child gone, no decision logged: "does a decision exist?" is asked (C08).
    expect(firstThings(p).unknownClock?.id).toBe('verwijderbesluit-navragen');
  });

  it('8 Oct: the second suspension (three weeks later) has its own week, to 12 Oct; not "too long"', () => {
    const p = agree(story1(2), '2026-10-08');
    expect(terms(p)).toEqual(['schorsing-einde 2026-10-05>2026-10-12 upcoming']);
    expect(firstScreen(p).next).toBe('schorsing-einde 2026-10-12');
    expect(warnings(p)).not.toContain('schorsing-te-lang');
  });

  it('3 Nov to 14 Dec: the removal\'s bezwaar (certain) and the Geschillencommissie (not certain) both end Monday 14 Dec; the bezwaar is the next date', () => {
    const s = story1(3);
    for (const today of ['2026-11-03', '2026-12-10', '2026-12-14'] as const) {
      const p = agree(s, today);
      const status = today === '2026-12-14' ? 'today' : 'upcoming';
      expect(terms(p)).toEqual([
        `bezwaar-verwijdering 2026-11-02>2026-12-14 ${status}`,
        `geschillencommissie 2026-11-02>2026-12-14 ${status}?`,
        'schorsing-einde 2026-10-05>2026-10-12 passed',
      ]);
      expect(firstScreen(p).next).toBe('bezwaar-verwijdering 2026-12-14');
      honest(p);
    }
    // The day after: both passed, no date ahead on the first screen, and the step's late text says what can still be done.
    const after = agree(s, '2026-12-15');
    expect(firstScreen(after).next).toBeUndefined();
    expect(dutch(step(after, 'bezwaar-verwijdering')!, 'late')).toMatch(/pas weg als een andere school/);
  });

  it('10 Dec, bezwaar made on 3 Dec (week 5): its step goes, the Geschillencommissie (14 Dec, not certain) is the next date and an action', () => {
    const p = agree(story1(4), '2026-12-10');
    expect(terms(p)).toEqual(['geschillencommissie 2026-11-02>2026-12-14 upcoming?', 'schorsing-einde 2026-10-05>2026-10-12 passed']);
    expect(firstScreen(p)).toMatchObject({ actions: ['schorsing-einde', 'geschillencommissie'], next: 'geschillencommissie 2026-12-14' });
    expect(ids(p)).toContain('bezwaar-loopt');
    expect(warnings(p)).not.toContain('verzoek-te-laat');
  });

  it('a bezwaar on the last day (14 Dec) is in time; one day later it is flagged on the first screen, the GPO\'s weeks hedged', () => {
    const onTime = log(A(HV), [...S1.slice(0, 3), E('bezwaar-ingediend', '2026-12-14')]);
    expect(warnings(agree(onTime, '2026-12-16'))).not.toContain('verzoek-te-laat');
    const late = log(A(HV), [...S1.slice(0, 3), E('bezwaar-ingediend', '2026-12-15')]);
    const p = agree(late, '2026-12-16');
    expect(firstThings(p).alerts?.map((w) => w.id)).toContain('verzoek-te-laat');
    const gpoLate = log(A(HV), [...S1.slice(0, 3), E('gpo-ingediend', '2026-12-15')]);
    const w = agree(gpoLate, '2026-12-16').warnings.find((x) => x.id === 'verzoek-te-laat');
    expect(nl().raw(`steps:warnings.${w!.id}.text`)).toMatch(/voor de Geschillencommissie staat de termijn niet in onze bronnen/);
  });

  it('20 Jan, the board\'s letter of 18 Jan: its 6 weeks (to 1 Mar) stay, hedged as maybe the decision on the bezwaar; the GPO not certain', () => {
    const p = agree(story1(5), '2027-01-20');
    expect(terms(p)).toEqual([
      'bezwaar-verwijdering 2027-01-18>2027-03-01 upcoming',
      'geschillencommissie 2027-01-18>2027-03-01 upcoming?',
      'schorsing-einde 2026-10-05>2026-10-12 passed',
    ]);
    expect(step(p, 'bezwaar-verwijdering')?.note).toBe('ui:reg35.beslissingOpBezwaar');
    expect(dutch(step(p, 'bezwaar-loopt')!)).toMatch(/Misschien is dat het besluit op je bezwaar.*rechter, staat niet in onze bronnen/s);
    expect(firstScreen(p).next).toBe('bezwaar-verwijdering 2027-03-01');
  });

  it('15 Feb and 1 Apr, the request of 1 Feb: the GPO step goes (gpo-loopt), the letter\'s 6 weeks end 1 Mar, passed on 1 Apr', () => {
    const s = story1(6);
    const feb = agree(s, '2027-02-15');
    expect(terms(feb)).toEqual(['bezwaar-verwijdering 2027-01-18>2027-03-01 upcoming', 'schorsing-einde 2026-10-05>2026-10-12 passed']);
    expect(ids(feb)).toContain('gpo-loopt');
    const apr = agree(s, '2027-04-01');
    expect(terms(apr)).toEqual(['bezwaar-verwijdering 2027-01-18>2027-03-01 passed', 'schorsing-einde 2026-10-05>2026-10-12 passed']);
    expect(firstScreen(apr).next).toBeUndefined();
    // The OPP discussed on 10 March 2026: the school year 2026-27 needs its own evaluation; after 12 months it is "nu".
    expect(step(apr, 'opp-evaluatie')?.group).toBe('nu');
  });
});

// ── Story 2 ──────────────────────────────────────────────────────────────────────────────────────────────────────
const REG = { situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'ja', groep: 'groep-3-6' };
const S2 = [E('aanmelding-ontvangen', '2026-09-07', 'e-mail'), E('aanmelding-ontvangen', '2026-09-14', 'e-mail'), E('besluit-verlengd', '2026-10-15'), E('besluit-geweigerd', '2026-11-09'), E('besluit-toegelaten', '2026-11-20')];
const story2 = (n: number) => log(A(REG), S2.slice(0, n));

describe('story 2: two registrations, an extension, a refusal by one school, admission at the other', () => {
  it('1 Oct: each school has its own 6 weeks from its own receipt: 19 Oct and 26 Oct; the first screen names 19 Oct', () => {
    const p = agree(story2(2), '2026-10-01');
    expect(terms(p)).toEqual(['besluit-aanmelding 2026-09-14>2026-10-26 upcoming', 'eerdere-aanmelding 2026-09-07>2026-10-19 upcoming']);
    expect(firstScreen(p).next).toBe('eerdere-aanmelding 2026-10-19');
    expect(warnings(p)).toContain('meer-scholen-risico');
  });

  it('20 Oct, an extension logged on 15 Oct (which school: unknown): each term says its 10-week day may apply (16 and 23 Nov)', () => {
    const p = agree(story2(3), '2026-10-20');
    expect(step(p, 'besluit-aanmelding')?.note).toBe('ui:s48.welkeSchoolVerlengde');
    expect(step(p, 'eerdere-aanmelding')?.deadline).toMatchObject({ due: '2026-10-19', status: 'passed', maybeExtendedTo: '2026-11-16' });
    const nov = agree(story2(3), '2026-11-10');
    expect(step(nov, 'besluit-aanmelding')?.deadline).toMatchObject({ due: '2026-10-26', status: 'passed', maybeExtendedTo: '2026-11-23' });
  });

  it('10 Nov to 21 Dec, the refusal of 9 Nov: bezwaar (certain) and GPO (not certain) to Monday 21 Dec, first on the screen', () => {
    const p = agree(story2(4), '2026-11-10');
    expect(terms(p).filter((t) => !t.startsWith('eerdere-aanmelding'))).toEqual(['bezwaar-weigering 2026-11-09>2026-12-21 upcoming', 'geschillencommissie 2026-11-09>2026-12-21 upcoming?']);
    expect(firstScreen(p)).toMatchObject({ actions: ['bezwaar-weigering', 'geschillencommissie'], next: 'bezwaar-weigering 2026-12-21' });
    expect(warnings(p)).toContain('weigering-zonder-andere-school');
    honest(agree(story2(4), '2026-12-21'));
    expect(step(agree(story2(4), '2026-12-22'), 'bezwaar-weigering')?.deadline?.status).toBe('passed');
  });

  it('25 Nov, admitted on 20 Nov: the refusal\'s 21 Dec stays as a choice; the OPP after enrolment is named with its rule, no date invented', () => {
    const p = agree(story2(5), '2026-11-25');
    expect(terms(p)).toEqual(['weigering-voor-toelating 2026-11-09>2026-12-21 upcoming']);
    expect(firstThings(p).choice?.step.id).toBe('weigering-voor-toelating');
    // B02, §X.5: 6 weeks after enrolment, kept apart from the admission's term; the app does not know the enrolment day.
    expect(dutch(step(p, 'opp-na-toelating')!)).toMatch(/binnen 6 weken na de inschrijving een OPP.*los van de termijn voor het besluit over de aanmelding/s);
    const jan = agree(story2(5), '2027-01-10');
    expect(terms(jan)).toEqual([]);
    expect(firstScreen(jan).actions[0]).toBe('opp-na-toelating');
  });
});

// ── Story 3 ──────────────────────────────────────────────────────────────────────────────────────────────────────
const HOME = { situatie: ['thuiszitten', 'tlv'], 'thuis-reden': 'wachtlijst', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', ingeschreven: 'ja', 'lpa-betrokken': 'nee', groep: 'groep-3-6', 'tlv-soort': 'so', 'tlv-eens': 'nee' };
const LPA: TimelineEvent = { ...ev('lpa', 'brief', '2026-11-23', 'brief'), parties: ['leerplichtambtenaar'] };
const S3 = [E('thuis-vanaf', '2026-09-01'), E('tlv-aangevraagd', '2026-09-15'), E('tlv-afgewezen', '2026-10-26'), E('bezwaar-ingediend', '2026-11-16'), LPA, E('tlv-afgewezen', '2027-01-25')];
const story3 = (n: number) => log(A(HOME), S3.slice(0, n));

describe('story 3: at home on a waiting list, the TLV refused, a bezwaar at the SWV, the leerplichtambtenaar', () => {
  it('1 Oct: no date; education at home is the first action; the old school keeps the zorgplicht while waiting', () => {
    const p = agree(story3(2), '2026-10-01');
    expect(terms(p)).toEqual([]);
    expect(firstScreen(p).actions[0]).toBe('onderwijs-thuis-vragen');
    expect(warnings(p)).toContain('wachtlijst-zorgplicht');
    expect(ids(p)).toEqual(expect.arrayContaining(['tlv-zienswijze', 'tlv-gehoord-worden']));
  });

  it('28 Oct to 7 Dec: the TLV bezwaar to Monday 7 Dec, not certain (EXT), the next date; passed on 10 Dec', () => {
    const s = story3(3);
    const p = agree(s, '2026-10-28');
    expect(terms(p)).toEqual(['tlv-bezwaar 2026-10-26>2026-12-07 upcoming?']);
    expect(firstScreen(p)).toMatchObject({ actions: ['onderwijs-thuis-vragen', 'tlv-bezwaar'], next: 'tlv-bezwaar 2026-12-07' });
    expect(ids(p)).toContain('na-tlv-afwijzing');
    expect(terms(agree(s, '2026-12-10'))).toEqual(['tlv-bezwaar 2026-10-26>2026-12-07 passed?']);
  });

  it('20 Nov, bezwaar made on 16 Nov: no open term; the SWV\'s letter of 25 Jan gets its own (uncertain) 6 weeks, hedged as maybe the decision on the bezwaar', () => {
    expect(terms(agree(story3(5), '2026-11-24'))).toEqual([]);
    const p = agree(story3(6), '2027-02-01');
    expect(terms(p)).toEqual(['tlv-bezwaar 2027-01-25>2027-03-08 upcoming?']);
    expect(step(p, 'tlv-bezwaar')?.note).toBe('ui:reg35.tlvBeslissingOpBezwaar');
  });
});

// ── Story 4 ──────────────────────────────────────────────────────────────────────────────────────────────────────
const ALL = [...S1, ...S2, ...S3].sort((a, b) => a.date.localeCompare(b.date));
const story4 = (until: IsoDate) => log(A({ ...HV, ...REG, ...HOME, situatie: ['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv'] }), ALL.filter((e) => e.date <= until));

describe('story 4: all four at once', () => {
  it('10 Dec, a second bezwaar on 3 Dec: the removal\'s 14 Dec is the next date, the refusal\'s 21 Dec beside it; the TLV\'s 7 Dec passed (not certain)', () => {
    const p = agree(story4('2026-12-10'), '2026-12-10');
    expect(terms(p)).toEqual([
      'bezwaar-verwijdering 2026-11-02>2026-12-14 upcoming',
      'geschillencommissie 2026-11-02>2026-12-14 upcoming?',
      'schorsing-einde 2026-10-05>2026-10-12 passed',
      'tlv-bezwaar 2026-10-26>2026-12-07 passed?',
      'weigering-voor-toelating 2026-11-09>2026-12-21 upcoming',
    ]);
    expect(firstScreen(p)).toMatchObject({ next: 'bezwaar-verwijdering 2026-12-14', also: ['weigering-voor-toelating 2026-12-21'] });
    honest(p);
  });

  it('15 Feb: the board\'s letter (18 Jan, to 1 Mar) and the SWV\'s (25 Jan, to 8 Mar, not certain), each hedged as maybe the decision on a bezwaar', () => {
    const p = agree(story4('2027-02-15'), '2027-02-15');
    expect(terms(p)).toEqual(['bezwaar-verwijdering 2027-01-18>2027-03-01 upcoming', 'schorsing-einde 2026-10-05>2026-10-12 passed', 'tlv-bezwaar 2027-01-25>2027-03-08 upcoming?']);
    expect(firstScreen(p)).toMatchObject({ next: 'bezwaar-verwijdering 2027-03-01', also: ['tlv-bezwaar 2027-03-08'] });
    expect(step(p, 'bezwaar-verwijdering')?.note).toBe('ui:reg35.beslissingOpBezwaar');
    expect(step(p, 'tlv-bezwaar')?.note).toBe('ui:reg35.tlvBeslissingOpBezwaar');
  });
  it('16 Nov, one bezwaar after three open decisions: the three bezwaar terms stay (7, 14, 21 Dec) and all are on the first screen', () => {
    const p = agree(story4('2026-11-16'), '2026-11-16');
    expect(terms(p).filter((t) => /bezwaar|geschillen/.test(t))).toEqual([
      'bezwaar-verwijdering 2026-11-02>2026-12-14 upcoming',
      'bezwaar-weigering 2026-11-09>2026-12-21 upcoming',
      'geschillencommissie 2026-11-02>2026-12-14 upcoming?',
      'tlv-bezwaar 2026-10-26>2026-12-07 upcoming?',
    ]);
    expect(firstScreen(p)).toMatchObject({ next: 'tlv-bezwaar 2026-12-07', also: ['bezwaar-verwijdering 2026-12-14', 'bezwaar-weigering 2026-12-21'] });
    expect(warnings(p)).toContain('bezwaar-twee-besluiten');
  });
});

// ── Defects ─────────────────────────────────────────────────────────────────────────────────────────────────────
/** A registration, a TLV refusal the parent disagrees with or a removal, a refusal, one bezwaar, then an admission. */
const support = { 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee' };
const tlvStory = (admitted: boolean) => log(A({ situatie: ['aanmelden', 'tlv'], ...support, 'tlv-eens': 'nee' }), [
  E('aanmelding-ontvangen', '2026-09-14', 'e-mail'), E('tlv-afgewezen', '2026-10-26'), E('besluit-geweigerd', '2026-11-09'), E('bezwaar-ingediend', '2026-11-16'),
  ...(admitted ? [E('besluit-toegelaten', '2026-11-20')] : []),
]);
const removalStory = (admitted: boolean) => log(A({ situatie: ['aanmelden', 'handelingsverlegen'], ...support, opp: 'ja', 'hv-wil-weg': 'ja' }), [
  E('aanmelding-ontvangen', '2026-09-14', 'e-mail'), E('verwijdering-besluit', '2026-11-02'), E('besluit-geweigerd', '2026-11-09'), E('bezwaar-ingediend', '2026-11-16'),
  ...(admitted ? [E('besluit-toegelaten', '2026-11-20')] : []),
]);

describe('D1: one bezwaar after several open decisions, then an admission', () => {
  it('before the admission: each decision keeps its term (the bezwaar cannot be placed), as sessions 19-51 made it', () => {
    expect(terms(agree(tlvStory(false), '2026-11-20')).filter((t) => /bezwaar/.test(t))).toEqual(['bezwaar-weigering 2026-11-09>2026-12-21 upcoming', 'tlv-bezwaar 2026-10-26>2026-12-07 upcoming?']);
    expect(terms(agree(removalStory(false), '2026-11-20')).filter((t) => /bezwaar/.test(t))).toEqual(['bezwaar-verwijdering 2026-11-02>2026-12-14 upcoming', 'bezwaar-weigering 2026-11-09>2026-12-21 upcoming']);
  });

  /**
   * D1 (A RUNNING BEZWAAR TERM DISAPPEARS; serious). Story: registered in writing (received 14 Sep 2026); a removal decision
   * on paper of 2 Nov (or a TLV refusal of 26 Oct the parent disagrees with); a refusal on paper of 9 Nov; ONE bezwaar on
   * paper on 16 Nov; then "Toegelaten" logged on 20 Nov. Read on 21 Nov. On 16 Nov the terms of both decisions ran, so the
   * bezwaar cannot be placed; before the admission the plan rightly keeps both bezwaar steps (session 19, twoObjectableDecisions).
   * After the admission the plan reads the bezwaar as against the removal (or TLV) AND, in the timeline, as against the
   * refusal: the removal's bezwaar (6 weeks to 14 Dec, C09 002:846-850) or the TLV's (to 7 Dec, E18, not certain) is on no
   * screen, the refusal's term shows only as "Wil je naar de Geschillencommissie … Je hebt daar bezwaar tegen gemaakt", and
   * the warning bezwaar-twee-besluiten is gone. One bezwaar counted against two decisions. The admission does not say which
   * decision the bezwaar was against (a school admitting after a bezwaar against its refusal is a common story), nor does it
   * end the removal or the TLV refusal. Should: both terms stay (the safe side): the removal's (or TLV's) own bezwaar step and
   * weigering-voor-toelating for the refusal (its text already says: already objected? nothing more to do), with the warning.
   * Fixed in session 53 (see the header). Source of the defect: src/rules/steps/predicates.ts twoObjectableDecisions (refusalStands is false once the answers say
   * "toegelaten" with the registration dated before the refusal) and src/timeline/earlier.ts earlierRefusalSteps (a bezwaar
   * after the refusal places against it, whatever other decision's term ran that day).
   */
  it('D1: after the admission, the removal\'s bezwaar (14 Dec) stays beside the refusal\'s term (21 Dec), with the warning', () => {
    const p = agree(removalStory(true), '2026-11-21');
    expect(terms(p).filter((t) => /bezwaar|weigering/.test(t))).toEqual(['bezwaar-verwijdering 2026-11-02>2026-12-14 upcoming', 'weigering-voor-toelating 2026-11-09>2026-12-21 upcoming']);
    expect(warnings(p)).toContain('bezwaar-twee-besluiten');
    expect(firstScreen(p).next).toBe('bezwaar-verwijdering 2026-12-14');
  });

  it('D1: after the admission, the TLV bezwaar (7 Dec, not certain) stays beside the refusal\'s term (21 Dec)', () => {
    const p = agree(tlvStory(true), '2026-11-21');
    expect(terms(p)).toEqual(['tlv-bezwaar 2026-10-26>2026-12-07 upcoming?', 'weigering-voor-toelating 2026-11-09>2026-12-21 upcoming']);
    expect(firstScreen(p).next).toBe('tlv-bezwaar 2026-12-07');
  });

  it('D1 in story 4: on 20 Nov (admitted that day) the three terms of 16 Nov are all still there', () => {
    const p = agree(story4('2026-11-20'), '2026-11-20');
    expect(terms(p).filter((t) => /bezwaar|weigering|geschillen/.test(t))).toEqual([
      'bezwaar-verwijdering 2026-11-02>2026-12-14 upcoming',
      'geschillencommissie 2026-11-02>2026-12-14 upcoming?',
      'tlv-bezwaar 2026-10-26>2026-12-07 upcoming?',
      'weigering-voor-toelating 2026-11-09>2026-12-21 upcoming',
    ]);
  });

  it('a bezwaar dated after the other decision\'s term ended is placed against the refusal: no removal step comes back', () => {
    // Removal 2 Nov (to 14 Dec), refusal 9 Nov, bezwaar 16 Dec (after the removal's 6 weeks), admitted 18 Dec.
    const s = log(A({ situatie: ['aanmelden', 'handelingsverlegen'], ...support, opp: 'ja', 'hv-wil-weg': 'ja' }), [
      E('aanmelding-ontvangen', '2026-09-14', 'e-mail'), E('verwijdering-besluit', '2026-11-02'), E('besluit-geweigerd', '2026-11-09'), E('bezwaar-ingediend', '2026-12-16'), E('besluit-toegelaten', '2026-12-18'),
    ]);
    const p = agree(s, '2026-12-19');
    expect(terms(p).filter((t) => /bezwaar|weigering-voor/.test(t))).toEqual([]);
    expect(warnings(p)).not.toContain('bezwaar-twee-besluiten');
  });
});

describe('D2: two registrations, an extension logged, then one school decides', () => {
  /**
   * D2 (A SCHOOL'S TERM SHOWN AS PASSED WHILE IT MAY RUN; moderate). Story 2: registrations received on 7 Sep (school A) and
   * 14 Sep 2026 (school B), "Besluit verlengd" logged on 15 Oct (inside both schools' 6 weeks: which school wrote it is not
   * known), a refusal on paper on 9 Nov. Read on 10 and 17 Nov. The timeline takes the refusal as A's (the earliest open
   * registration) and gives B its own step (eerdere-aanmelding, texts andereSchoolBeslist) with 6 weeks: "14 Sep > 26 Oct,
   * passed", no word of the extension; the first screen names no later day. Before the refusal the same step said the
   * school may have extended to 23 Nov (note welkeSchoolVerlengde, maybeExtendedTo). Once extended, B has until 23 Nov
   * (A05: once, at most 4 weeks, 10 in total; 001:119, 002:746): the plan calls a school late that may not be, and a
   * reminder "you are late" goes out too early. Should: as before the refusal: 6 weeks passed, maybe to 23 Nov, with the
   * note. Source of the defect: src/timeline/earlier.ts undecidedRegistrationSteps (no extension read). Fixed in session 53.
   */
  it('D2: 10 and 17 Nov: the school that has not decided may have extended to 23 Nov (note, first screen)', () => {
    for (const today of ['2026-11-10', '2026-11-17'] as const) {
      const p = agree(story2(4), today);
      const other = step(p, 'eerdere-aanmelding')!;
      expect(other.deadline).toMatchObject({ start: '2026-09-14', due: '2026-10-26', status: 'passed', maybeExtendedTo: '2026-11-23' });
      expect(other.note).toBe('ui:s48.welkeSchoolVerlengde');
      expect(firstThings(p).extended?.deadline.maybeExtendedTo).toBe('2026-11-23');
    }
  });

  it('without an extension logged: 6 weeks, passed, no later day', () => {
    const s = log(A(REG), [S2[0]!, S2[1]!, S2[3]!]);
    const other = step(agree(s, '2026-11-10'), 'eerdere-aanmelding')!;
    expect(other.deadline).toMatchObject({ start: '2026-09-14', due: '2026-10-26', status: 'passed' });
    expect(other.deadline?.maybeExtendedTo).toBeUndefined();
  });

  /**
   * D3 (moderate; session 53 said low): once the undecided school's 10-week day has passed (from 24 Nov in story 2; from
   * 17 Nov for school A before any decision), its step left the plan and no "te laat?" flag named it: the parent was not told
   * that this school is late and that she can send a reminder (A04/A05), as she is for a single registration
   * (besluit-aanmelding stays, passed, with the flag and the herinnering-besluit letter). By design since session 46
   * (src/timeline/earlier.ts earlierRegistrationSteps and undecidedRegistrationSteps kept a registration only up to its
   * 10-week day). Fixed in session 54 (see the header).
   */
  it('D3: 25 Nov: the school that never decided is named as late', () => {
    const p = agree(story2(4), '2026-11-25');
    expect(ids(p)).toContain('eerdere-aanmelding');
  });
});

describe('D3: a school that has not decided, after its 10-week day', () => {
  const LATE_UNDECIDED = 'ui:s54.planStep.andereSchoolTeLaat';
  const LATE_EARLIER = 'ui:s54.planStep.eerdereAanmeldingTeLaat';

  it('23 Nov (its 10-week day): still "maybe to 23 Nov" with the note; from 24 Nov: passed, late either way, in "Nu doen", no maybe-day', () => {
    const on = step(agree(story2(4), '2026-11-23'), 'eerdere-aanmelding')!;
    expect(on).toMatchObject({ texts: 'ui:s47.planStep.andereSchoolBeslist', note: 'ui:s48.welkeSchoolVerlengde', deadline: { due: '2026-10-26', maybeExtendedTo: '2026-11-23' } });
    for (const today of ['2026-11-24', '2027-01-10'] as const) {
      const p = agree(story2(4), today);
      const s = step(p, 'eerdere-aanmelding')!;
      expect(s).toMatchObject({ texts: LATE_UNDECIDED, group: 'nu', deadline: { start: '2026-09-14', due: '2026-10-26', status: 'passed' }, params: { aangemeld: '2026-09-14', uiterlijk10: '2026-11-23' } });
      expect(s.note).toBeUndefined();
      expect(s.deadline?.maybeExtendedTo).toBeUndefined();
      // No passed day named on the first screen as "maybe still ahead".
      expect(firstThings(p).extended).toBeUndefined();
      honest(p);
    }
  });

  it('its late text says the school is late, names the 10-week day and what to do (reminder, written decision, steunpunt)', () => {
    const s = step(agree(story2(4), '2026-11-25'), 'eerdere-aanmelding')!;
    const late = dutch(s, 'late');
    expect(late).toMatch(/allerlaatste dag voor het besluit van deze school was maandag 23 november 2026/);
    expect(late).toMatch(/Dan is ze te laat\. Stuur haar een herinnering en vraag om een schriftelijk besluit\. Bel ook het ouder- en jeugdsteunpunt/);
    expect(late).toMatch(/plek op de school die je het liefst wilt/);
    // The why stays the one that says we do not know which school decided, and how to count otherwise.
    expect(dutch(s)).toMatch(/Wij weten niet welke school al besliste\. Wij tellen vanaf maandag 14 september 2026/);
  });

  it('the first screen names it as it names a late single registration: the first action when nothing else runs', () => {
    // Registered at two schools (7 and 14 Sep), one admission (9 Nov, taken as the first school's); read on 25 Nov.
    const two = log(A(REG), [S2[0]!, S2[1]!, E('besluit-toegelaten', '2026-11-09')]);
    const p = agree(two, '2026-11-25');
    expect(firstScreen(p)).toMatchObject({ actions: ['eerdere-aanmelding'], next: undefined });
    expect(step(p, 'eerdere-aanmelding')?.texts).toBe(LATE_UNDECIDED);
    // One registration, no decision: besluit-aanmelding, passed, is the first action too.
    const one = log(A({ ...REG, 'meer-scholen': 'nee' }), [S2[1]!]);
    const q = agree(one, '2026-11-25');
    expect(firstScreen(q).actions[0]).toBe('besluit-aanmelding');
    expect(step(q, 'besluit-aanmelding')?.deadline?.status).toBe('passed');
  });

  it('before any decision (story 2, no refusal yet), 25 Nov: school A (7 Sep, 10-week day 16 Nov) beside school B, both first actions', () => {
    const p = agree(story2(3), '2026-11-25');
    expect(step(p, 'eerdere-aanmelding')).toMatchObject({ texts: LATE_EARLIER, group: 'nu', deadline: { start: '2026-09-07', due: '2026-10-19', status: 'passed' }, params: { uiterlijk10: '2026-11-16' } });
    expect(firstScreen(p).actions).toEqual(['eerdere-aanmelding', 'besluit-aanmelding']);
    expect(dutch(step(p, 'eerdere-aanmelding')!, 'late')).toMatch(/16 november 2026.*te laat/s);
    // On 16 Nov (its 10-week day) it was still the running step.
    expect(step(agree(story2(3), '2026-11-16'), 'eerdere-aanmelding')?.texts).toBe('ui:s46.planStep.eerdereAanmelding');
    // The more-schools warning keeps its per-school text (each school still deciding has its own day in the steps).
    expect(p.warnings.find((w) => w.id === 'meer-scholen-risico')?.texts).toBe('ui:s48.warning.meerScholenPerSchool');
  });

  it('it goes once every registration has a decision: the admission of 20 Nov (story 2), or a second decision later', () => {
    for (const today of ['2026-11-25', '2027-01-10'] as const) expect(ids(agree(story2(5), today))).not.toContain('eerdere-aanmelding');
    const later = log(A(REG), [...S2.slice(0, 4), E('besluit-toegelaten', '2026-12-01')]);
    expect(ids(agree(story2(4), '2026-11-30'))).toContain('eerdere-aanmelding');
    expect(ids(agree(later, '2026-12-02'))).not.toContain('eerdere-aanmelding');
    // A decision by phone is no decision (A20): the step stays.
    const phone = log(A(REG), [...S2.slice(0, 4), E('besluit-toegelaten', '2026-12-01', 'telefoon')]);
    expect(step(agree(phone, '2026-12-02'), 'eerdere-aanmelding')?.texts).toBe(LATE_UNDECIDED);
  });

  it('both late variants keep the title and why of the running step, in every language; the late text names the day and the Dutch steunpunt', () => {
    for (const { code } of LANGUAGES) {
      const t = tFor(code);
      for (const [late, running] of [[LATE_UNDECIDED, 'ui:s47.planStep.andereSchoolBeslist'], [LATE_EARLIER, 'ui:s46.planStep.eerdereAanmelding']] as const) {
        for (const part of ['title', 'why'] as const) expect(t.raw(`${late}.${part}`), `${code} ${late} ${part}`).toBe(t.raw(`${running}.${part}`));
        const s = { id: 'eerdere-aanmelding', texts: late, group: 'nu', section: 'na-aanmelding', letters: [], contacts: [], params: { aangemeld: '2026-09-14', uiterlijk10: '2026-11-23' } } as unknown as PlanStep;
        const text = stepText(s, 'late', t);
        expect(text, `${code} ${late}`).toContain('ouder- en jeugdsteunpunt');
        expect(text, `${code} ${late}`).toContain(stepParams(s, code)['uiterlijk10']!);
        expect(text).not.toMatch(/\{\{/);
      }
    }
  });
});

describe('D4: a letter to the leerplichtambtenaar logged', () => {
  /**
   * D4 (low; advice the timeline made stale; fixed in session 54, see the header). Story 3: on 23 Nov the parent logs a letter ("Brief", party
   * leerplichtambtenaar; the app's own letter bericht-leerplichtambtenaar logs exactly this when she ticks "Ik heb deze brief
   * verstuurd": EFFECTS LETTER_KIND). Read on 24 Nov and on 1 Feb: the plan still says "Neem contact op met de
   * leerplichtambtenaar … Vertel dat je kind thuis zit", with no word that she did. Only the questionnaire's lpa-betrokken
   * stops it; a plain event writes no answer by design (src/timeline/effects.ts PLAIN_KINDS). No term is involved (D06 gives
   * none; §X.16), and she can tick the step off herself; session 53 left it and reported it.
   */
  it('D4: after the logged letter, the step no longer asks her to contact the leerplichtambtenaar as if she had not', () => {
    const p = agree(story3(5), '2026-11-24');
    const s = step(p, 'leerplicht-inschakelen');
    expect(s === undefined || s.note !== undefined).toBe(true);
  });

  const NOTE = 'ui:s54.lpaGeschreven';
  const note = (s: PlanStep, lang = 'nl') => tFor(lang).raw(s.note!, stepParams(s, lang));

  it('the step stays (contact, letter), its note names the letter of 23 Nov, on 24 Nov and on 1 Feb; no term is named', () => {
    for (const [n, today] of [[5, '2026-11-24'], [6, '2027-02-01']] as const) {
      const s = step(agree(story3(n), today), 'leerplicht-inschakelen')!;
      expect(s).toMatchObject({ note: NOTE, params: { lpaGeschreven: '2026-11-23' }, contacts: ['leerplichtambtenaar'], letters: ['bericht-leerplichtambtenaar'] });
      expect(s.deadline).toBeUndefined();
      expect(note(s)).toMatch(/de leerplichtambtenaar op maandag 23 november 2026 een brief of e-mail stuurde.*Heb je nog geen antwoord\? Bel of mail dan nog een keer/s);
    }
  });

  it('no note before the letter, nor for a letter to the school or a letter dated after today; a call to the leerplichtambtenaar has its own note (session 57)', () => {
    expect(step(agree(story3(4), '2026-11-20'), 'leerplicht-inschakelen')?.note).toBeUndefined();
    const toSchool: TimelineEvent = { ...ev('s', 'brief', '2026-11-23', 'brief'), parties: ['school'] };
    const call: TimelineEvent = { ...ev('c', 'telefoontje', '2026-11-23'), parties: ['leerplichtambtenaar'] };
    expect(step(agree(log(A(HOME), [...S3.slice(0, 4), toSchool]), '2026-11-24'), 'leerplicht-inschakelen')?.note).toBeUndefined();
    // Session 57 (tests/unit/timeline-s57.test.ts): a call is contact too, with nothing on paper: confirm it in writing.
    expect(step(agree(log(A(HOME), [...S3.slice(0, 4), call]), '2026-11-24'), 'leerplicht-inschakelen')?.note).toBe('ui:tl57.lpaGesproken');
    expect(step(agree(story3(5), '2026-11-22'), 'leerplicht-inschakelen')?.note).toBeUndefined();
  });

  it('the app\'s own letter ticked as sent (kind brief, letter bericht-leerplichtambtenaar) and an e-mail count; the latest day is named', () => {
    const sent: TimelineEvent = { id: 'l', kind: 'brief', date: '2026-11-23', parties: ['leerplichtambtenaar'], how: 'e-mail', note: '', letter: 'bericht-leerplichtambtenaar' };
    const mail: TimelineEvent = { ...ev('m', 'e-mail', '2026-12-01'), parties: ['leerplichtambtenaar'] };
    const s = log(A(HOME), [...S3.slice(0, 4), sent]);
    expect(step(agree(s, '2026-11-24'), 'leerplicht-inschakelen')?.params['lpaGeschreven']).toBe('2026-11-23');
    const both = log(A(HOME), [...S3.slice(0, 4), sent, mail]);
    expect(step(agree(both, '2026-12-02'), 'leerplicht-inschakelen')?.params['lpaGeschreven']).toBe('2026-12-01');
  });

  it('every language names the day and the Dutch term leerplichtambtenaar in the note', () => {
    const s = step(agree(story3(5), '2026-11-24'), 'leerplicht-inschakelen')!;
    for (const { code } of LANGUAGES) {
      const text = note(s, code);
      expect(text, code).toContain('leerplichtambtenaar');
      expect(text, code).toContain(stepParams(s, code)['lpaGeschreven']!);
      expect(text, code).not.toMatch(/\{\{/);
    }
  });
});

describe('flags', () => {
  it('story 2 on 17 Nov: the school that has not decided is late; its 10-week day 23 Nov is named', () => {
    expect(flags(story2(3), '2026-11-17')).toMatchObject([{ id: 'besluit-aanmelding', due: '2026-10-26', orLater: '2026-11-23' }]);
  });
});

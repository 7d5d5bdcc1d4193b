/**
 * Session 25 (s25-months): a conflict that runs for months, read as a parents' lawyer.
 *
 * Earlier reviews checked single dates. Here each story is a sequence of dated events logged in "Mijn tijdlijn" the
 * way the app logs them (addEvent, updateEvent, deleteEvent: the answers are recomputed from the events), and the plan
 * is read at several "today" dates along the way: before, on and just after each key date. For each date: which terms
 * run, which have passed, what "Eerst dit" names (firstThings), the "te laat?" flags; that a passed date is never open
 * and a running one never passed, that a phone call or a talk starts no clock, that a later event never silently erases
 * a term the parent still has, and that editing or deleting an earlier event recomputes.
 *
 * Stories (written from the sources, our own dates):
 *   A  registration, refused by phone, then in writing; bezwaar; the next school over the summer (003:593-651; FP01, FP02;
 *      A04/A05 001:119, 002:744-746; A21 002:748-750; the new school year exception 000:360-365).
 *   B  a suspension, then a removal decision, a talk where "the school decides later", a complaint, bezwaar and GPO,
 *      de-registration (003:549-575; FP09, FP11; C09 002:846-850; C10 002:2362; F15 000:1054).
 *   C  a TLV refused in April, answered in the questionnaire; the parent then logs the application of March (FP07,
 *      FP08, 003:719-731; E16-E18). Defect 1.
 *   D  a child removed (answered), the suspension before it logged afterwards (002:2303-2307; FP11). Defect 2.
 *   E  two schools refuse within six weeks; a bezwaar against the first (FP-P3, 002:1532-1536; A21). Defects 3 and 4.
 *   F  "not welcome after the holidays" (FP10, FP12; 003:693-705, 745-752): the school year ends, a new one starts; a
 *      dossier request, a complaint, their answers, a de-registration.
 *   G  a TLV applied for in June, a talk with agreements and a next talk in September, the decision in July, the
 *      (uncertain) bezwaar over the summer holidays (FP07, FP08; E07, E08, E16-E18; FACTS §X.3).
 * Defects: 1 older news logged after the questionnaire overwrote newer answers (C, D, F and "older events"); 2 the same
 * for a suspension before an answered removal (D); 3 an earlier refusal's running bezwaar disappeared (E); 4 a bezwaar
 * dated before a decision hid that decision's term (E); 5 a decision logged "by phone" started a clock; 6 a tick on a
 * dated step carried over to the next decision. Each "(failed before)" test failed on main 8797cb2.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateShort } from '../../src/rules/dates';
import { formatDateInText } from '../../src/rules/dateInText';
import { valuesFromAnswers } from '../../src/rules/letters';
import { FirstThings } from '../../src/ui/pages/PlanPage';
import { tickKey } from '../../src/ui/tickKey';
import { LANGUAGES } from '../../src/languages';
import type { Answers } from '../../src/flow/answers';
import { buildPlan, type Plan, type PlanStep } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { firstThings } from '../../src/ui/firstThings';
import { addEvent, deleteEvent, EMPTY_TIMELINE, timelineItems, updateEvent, type TimelineData, type TimelineEvent } from '../../src/timeline/model';
import { LEGAL_KINDS, PLAIN_KINDS, type EventKind } from '../../src/timeline/effects';
import fc from 'fast-check';
import type { MeetingRecord } from '../../src/meeting/record';
import { eventMaker, flags, log } from './timeline-log';
import { textOf, tFor, loadPlanTexts } from './plan-texts';
import type { T } from '../../src/app/i18n';

type State = { answers: Answers; data: TimelineData };
const A = (x: Record<string, string | string[]>) => x as unknown as Answers;

/** The plan as the plan page builds it: the answers' plan with the steps from recorded meetings. */
const planAt = (s: State, today: string): Plan => withMeetings(buildPlan(s.answers, today), s.data.events);
const stepOf = (p: Plan, id: string): PlanStep | undefined => p.steps.find((x) => x.id === id);
const ids = (p: Plan) => p.steps.map((x) => x.id);
const dues = (p: Plan) => p.steps.flatMap((x) => (x.deadline ? [x.deadline.due] : []));
/** "Eerst dit" in short: the actions, the next date, the second date, the extension day, a term whose start is unknown. */
const first = (p: Plan) => {
  const f = firstThings(p);
  return {
    actions: f.actions.map((x) => x.id),
    next: f.next ? `${f.next.id} ${f.next.deadline.due}` : undefined,
    also: f.also ? f.also.map((a) => `${a.id} ${a.deadline.due}`).join(', ') : undefined,
    extended: f.extended?.deadline.maybeExtendedTo,
    unknownClock: f.unknownClock?.id,
  };
};
/** Every date the plan shows: a passed one is never open, an open one never passed (checked against today itself). */
function datesHonest(p: Plan) {
  for (const s of p.steps) {
    if (!s.deadline) continue;
    const d = s.deadline;
    expect(d.status, `${s.id} ${d.due} on ${p.today}`).toBe(d.due < p.today ? 'passed' : d.due === p.today ? 'today' : 'upcoming');
  }
  const f = firstThings(p);
  if (f.next) expect(f.next.deadline.due >= p.today, `next ${f.next.deadline.due} on ${p.today}`).toBe(true);
  for (const a of f.also ?? []) expect(a.deadline.due >= p.today).toBe(true);
}
const meeting = (r: Partial<MeetingRecord>): MeetingRecord => ({ outcome: 'afspraken', agreements: [], schoolSends: '', present: '', ...r });

// ── Story A: registration, refusal, bezwaar, the next school over the summer ──────────────────────────────────────

describe('A. a registration through refusal and bezwaar to the next school, February to September', () => {
  const ev = eventMaker('a', ['school']);
  const START = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja' });
  const call = ev('telefoontje', '2026-02-16'); // "we have no place for him" at the counter: no registration, no clock (FP01)
  const sent = ev('aanmelding-verstuurd', '2026-03-02');
  const received = ev('aanmelding-ontvangen', '2026-03-04'); // 6 weeks: 15 April; 10 weeks: 13 May
  const extended = ev('besluit-verlengd', '2026-04-10');
  const callNo = ev('telefoontje', '2026-05-20'); // "it won't work" by phone after the 10 weeks (FP02): no decision
  const refused = ev('besluit-geweigerd', '2026-06-01', ['school', 'bestuur']); // bezwaar and GPO: 13 July
  const bezwaar = ev('bezwaar-ingediend', '2026-06-29', ['bestuur']);
  const nextSchool = ev('aanmelding-ontvangen', '2026-07-06'); // the next school, in the summer: 17 August (10 weeks: 14 September)

  it('a phone call only: no date anywhere, the first action is the written registration', () => {
    const s = log(START, [call]);
    const p = planAt(s, '2026-02-20');
    expect(dues(p)).toEqual([]);
    expect(first(p).actions[0]).toBe('schriftelijk-aanmelden');
    expect(first(p).next).toBeUndefined();
    expect(flags(s, '2026-02-20')).toEqual([]);
  });

  it('registered: the 6 weeks from receipt (not from sending), the day before, on and after the last day', () => {
    const s = log(START, [call, sent, received]);
    const before = planAt(s, '2026-04-14');
    expect(stepOf(before, 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-03-04', due: '2026-04-15', status: 'upcoming' });
    expect(first(before).next).toBe('besluit-aanmelding 2026-04-15');
    expect(flags(s, '2026-04-14')).toEqual([]);
    const on = planAt(s, '2026-04-15');
    expect(stepOf(on, 'besluit-aanmelding')?.deadline?.status).toBe('today');
    expect(flags(s, '2026-04-15')).toEqual([]);
    // The day after: passed, but the school may have extended to 13 May: the first screen names that day, the flag too.
    const after = planAt(s, '2026-04-16');
    expect(stepOf(after, 'besluit-aanmelding')?.deadline).toMatchObject({ status: 'passed', maybeExtendedTo: '2026-05-13' });
    expect(first(after)).toMatchObject({ next: undefined, extended: '2026-05-13' });
    expect(flags(s, '2026-04-16')).toMatchObject([{ id: 'besluit-aanmelding', due: '2026-04-15', orLater: '2026-05-13', newSchoolYear: true }]);
    for (const p of [before, on, after]) datesHonest(p);
  });

  it('the extension logged: 10 weeks, not late on 16 April; late from 14 May; a phone call "no" changes nothing', () => {
    const s = log(START, [call, sent, received, extended]);
    expect(stepOf(planAt(s, '2026-04-16'), 'besluit-aanmelding')?.deadline).toMatchObject({ due: '2026-05-13', status: 'upcoming' });
    expect(flags(s, '2026-04-16')).toEqual([]);
    expect(stepOf(planAt(s, '2026-05-13'), 'besluit-aanmelding')?.deadline?.status).toBe('today');
    expect(flags(s, '2026-05-13')).toEqual([]);
    expect(flags(s, '2026-05-14')).toMatchObject([{ id: 'besluit-aanmelding', due: '2026-05-13', daysLate: 1 }]);
    expect(flags(s, '2026-05-14')[0]?.orLater).toBeUndefined();
    // The phone call of 20 May: the same answers, the same plan, the same flag (no clock, no decision).
    const withCall = log(START, [call, sent, received, extended, callNo]);
    expect(withCall.answers).toEqual(s.answers);
    expect(planAt(withCall, '2026-05-21')).toEqual(planAt(s, '2026-05-21'));
    expect(flags(withCall, '2026-05-21')).toMatchObject([{ id: 'besluit-aanmelding', daysLate: 8 }]);
  });

  it('the written refusal: bezwaar and GPO 6 weeks from it, first on the screen; passed the day after the last day', () => {
    const s = log(START, [call, sent, received, extended, callNo, refused]);
    const p = planAt(s, '2026-06-02');
    expect(stepOf(p, 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-06-01', due: '2026-07-13', certain: true });
    expect(stepOf(p, 'geschillencommissie')?.deadline).toMatchObject({ due: '2026-07-13', certain: false });
    expect(first(p)).toMatchObject({ actions: ['bezwaar-weigering', 'geschillencommissie'], next: 'bezwaar-weigering 2026-07-13' });
    // The refusal answers the registration: no "school is late" any more, no passed admission date.
    expect(flags(s, '2026-06-02')).toEqual([]);
    expect(ids(p)).not.toContain('besluit-aanmelding');
    expect(stepOf(planAt(s, '2026-07-13'), 'bezwaar-weigering')?.deadline?.status).toBe('today');
    const late = planAt(s, '2026-07-14');
    expect(stepOf(late, 'bezwaar-weigering')?.deadline?.status).toBe('passed');
    expect(first(late).next).toBeUndefined();
    for (const d of ['2026-06-02', '2026-07-12', '2026-07-13', '2026-07-14']) datesHonest(planAt(s, d));
  });

  it('the bezwaar sent: its step goes, the GPO (the same 6 weeks, beside it) stays the next date', () => {
    const s = log(START, [call, sent, received, extended, callNo, refused, bezwaar]);
    const p = planAt(s, '2026-07-01');
    expect(ids(p)).not.toContain('bezwaar-weigering');
    expect(ids(p)).toContain('bezwaar-loopt');
    expect(first(p).next).toBe('geschillencommissie 2026-07-13');
  });

  it('the next school in July: its own 6 weeks run into the new school year, the refusal and its GPO stay', () => {
    const s = log(START, [call, sent, received, extended, callNo, refused, bezwaar, nextSchool]);
    const july = planAt(s, '2026-07-08');
    expect(stepOf(july, 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-07-06', due: '2026-08-17' });
    expect(stepOf(july, 'geschillencommissie')?.deadline).toMatchObject({ due: '2026-07-13', status: 'upcoming' });
    expect(first(july).next).toBe('geschillencommissie 2026-07-13');
    expect(july.warnings.map((w) => w.id)).toContain('nieuwe-aanmelding-na-weigering');
    // 18 August: the school's 6 weeks have passed; it may have extended to 14 September, and a registration for a new
    // school year may count from another day: the flag says to ask (000:360-365).
    const aug = planAt(s, '2026-08-18');
    expect(stepOf(aug, 'besluit-aanmelding')?.deadline).toMatchObject({ status: 'passed', maybeExtendedTo: '2026-09-14' });
    expect(first(aug).extended).toBe('2026-09-14');
    expect(flags(s, '2026-08-18')).toMatchObject([{ id: 'besluit-aanmelding', start: '2026-07-06', orLater: '2026-09-14', newSchoolYear: true }]);
    for (const d of ['2026-07-08', '2026-07-31', '2026-08-01', '2026-08-18', '2026-09-15']) datesHonest(planAt(s, d));
  });

  it('deleting the bezwaar brings its term back; moving the refusal earlier makes the bezwaar late and says so', () => {
    const s = log(START, [call, sent, received, extended, callNo, refused, bezwaar, nextSchool]);
    const noBezwaar = deleteEvent(s.answers, s.data, bezwaar.id);
    expect(stepOf(planAt(noBezwaar, '2026-07-08'), 'bezwaar-weigering')?.deadline).toMatchObject({ due: '2026-07-13', status: 'upcoming' });
    // The letter was dated 10 May, not 1 June: the 6 weeks ended 21 June, the bezwaar of 29 June came after them.
    const moved = updateEvent(s.answers, s.data, { ...refused, date: '2026-05-10' });
    expect(moved.answers['weigering-datum']).toBe('2026-05-10');
    expect(planAt(moved, '2026-07-08').warnings.map((w) => w.id)).toContain('verzoek-te-laat');
    // And moved back: in time again.
    const back = updateEvent(moved.answers, moved.data, refused);
    expect(planAt(back, '2026-07-08').warnings.map((w) => w.id)).not.toContain('verzoek-te-laat');
    expect(back.answers).toEqual(s.answers);
  });
});

// ── Story B: suspension, removal, a talk, a complaint, bezwaar and GPO, de-registration ──────────────────────────

describe('B. a suspension, a removal decision and what follows, September to January', () => {
  const ev = eventMaker('b', ['school']);
  const START = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' });
  const callGone = ev('telefoontje', '2026-09-28'); // "we want him gone": said, not decided (FP02)
  const suspension = ev('schorsing', '2026-10-05', ['school', 'bestuur']); // one week: 12 October
  const removal = ev('verwijdering-besluit', '2026-10-20', ['bestuur']); // bezwaar and GPO: 1 December
  const complaint = ev('klacht-ingediend', '2026-11-02', ['klachtencommissie']); // 4 weeks (uncertain): 30 November
  const talkLater = { ...ev('gesprek', '2026-11-10'), meeting: meeting({ outcome: 'later' }) };
  const bezwaar = ev('bezwaar-ingediend', '2026-11-25', ['bestuur']);
  const gpo = ev('gpo-ingediend', '2026-11-27', ['geschillencommissie']);
  const deregistered = ev('uitschrijving', '2026-12-10');

  it('a phone call saying the school wants the child gone starts nothing', () => {
    const s = log(START, [callGone]);
    expect(s.answers).toEqual(START);
    expect(dues(planAt(s, '2026-10-01'))).toEqual([]);
  });

  it('the suspension: its week ends 12 October; the day after, letting the child back is the first thing', () => {
    const s = log(START, [callGone, suspension]);
    const during = planAt(s, '2026-10-06');
    expect(first(during).next).toBe('schorsing-einde 2026-10-12');
    // A suspension is often the step before a removal: whether a decision exists is asked on the first screen.
    expect(first(during).unknownClock).toBe('verwijderbesluit-navragen');
    expect(stepOf(planAt(s, '2026-10-12'), 'schorsing-einde')?.deadline?.status).toBe('today');
    const after = planAt(s, '2026-10-13');
    expect(first(after).actions[0]).toBe('schorsing-einde');
    expect(stepOf(after, 'schorsing-einde')?.deadline?.status).toBe('passed');
    expect(first(after).next).toBeUndefined();
    // No clock from the first day at home (thuis-sinds is never a start).
    expect(after.steps.every((x) => x.deadline?.start !== '2026-10-05' || x.id === 'schorsing-einde')).toBe(true);
  });

  it('the removal decision: its bezwaar is the next date on the first screen, the suspension stays first', () => {
    const s = log(START, [callGone, suspension, removal]);
    const p = planAt(s, '2026-10-21');
    expect(stepOf(p, 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2026-10-20', due: '2026-12-01', certain: true });
    expect(first(p)).toMatchObject({ next: 'bezwaar-verwijdering 2026-12-01' });
    expect(first(p).actions[0]).toBe('schorsing-einde');
    expect(ids(p)).not.toContain('verwijderbesluit-navragen');
  });

  it('a talk where "the school decides later" and a complaint stop no term; the bezwaar stays the next date over the complaint', () => {
    const s = log(START, [callGone, suspension, removal, complaint, talkLater]);
    for (const d of ['2026-11-11', '2026-11-29', '2026-11-30']) {
      const p = planAt(s, d);
      expect(stepOf(p, 'bezwaar-verwijdering')?.deadline?.due).toBe('2026-12-01');
      // The complaint's 4 weeks (30 November) are nearer, but they are the committee's, uncertain, and cost no right.
      expect(first(p).next).toBe('bezwaar-verwijdering 2026-12-01');
      expect(ids(p).some((id) => id.endsWith('-besluit') && id.startsWith('gesprek-'))).toBe(true);
      datesHonest(p);
    }
    expect(flags(s, '2026-11-30')).toEqual([]);
    const on = planAt(s, '2026-12-01');
    expect(stepOf(on, 'bezwaar-verwijdering')?.deadline?.status).toBe('today');
    expect(flags(s, '2026-12-01')).toMatchObject([{ id: 'klacht', due: '2026-11-30', daysLate: 1, uncertain: true }]);
    const after = planAt(s, '2026-12-02');
    expect(stepOf(after, 'bezwaar-verwijdering')?.deadline?.status).toBe('passed');
    expect(first(after).next).toBeUndefined();
  });

  it('a next talk agreed after the last day for bezwaar: the warning, until the bezwaar is sent', () => {
    const talkNext = { ...ev('gesprek', '2026-11-10'), meeting: meeting({ next: '2026-12-15', agreements: [{ who: 'school', what: 'plan sturen', by: '2026-11-20' }] }) };
    const s = log(START, [suspension, removal, talkNext]);
    expect(planAt(s, '2026-11-11').warnings.map((w) => w.id)).toContain('termijn-voor-gesprek');
    const filed = log(START, [suspension, removal, talkNext, bezwaar]);
    expect(planAt(filed, '2026-11-26').warnings.map((w) => w.id)).not.toContain('termijn-voor-gesprek');
    // The GPO's term (uncertain) still ends before the talk: the uncertain warning says so.
    expect(planAt(filed, '2026-11-26').warnings.map((w) => w.id)).toContain('termijn-voor-gesprek-onzeker');
  });

  it('bezwaar and GPO sent: no filing date is left open; de-registration brings the leerplichtambtenaar, not a new clock', () => {
    const s = log(START, [callGone, suspension, removal, complaint, talkLater, bezwaar, gpo]);
    const p = planAt(s, '2026-12-02');
    expect(ids(p)).toEqual(expect.arrayContaining(['bezwaar-loopt', 'gpo-loopt']));
    expect(ids(p)).not.toContain('bezwaar-verwijdering');
    expect(ids(p)).not.toContain('geschillencommissie');
    const out = log(START, [callGone, suspension, removal, complaint, talkLater, bezwaar, gpo, deregistered]);
    const dec = planAt(out, '2026-12-11');
    expect(stepOf(dec, 'leerplicht-inschakelen')?.group).toBe('nu');
    // The removal is known with its date: no "find out whether the de-registration was a removal".
    expect(ids(dec)).not.toContain('uitschrijving-navragen');
    expect(dues(dec).filter((d) => d >= '2026-12-10')).toEqual([]);
  });
});

// ── Story C (defect 1): a TLV decision answered, the application before it logged afterwards ─────────────────────

/**
 * A parent answered the questionnaire: the samenwerkingsverband refused the TLV on 10 April, the parent disagrees. The
 * plan showed the bezwaar (22 May, uncertain: EXT, FACTS §X.3). Then the parent filled in the timeline with what came
 * before: the OPP of 2 February, the application of 1 March. "TLV aangevraagd" wrote tlv-fase: aangevraagd over the
 * decision: the bezwaar left the plan, "Eerst dit" said to send your view to the samenwerkingsverband before it decides,
 * and the decision of 10 April disappeared from the timeline itself. An event dated before a later step the answers
 * hold is history now (EFFECTS overtakenBy): it writes nothing over that step.
 */
describe('C. the TLV application logged after the refusal was answered (defect 1)', () => {
  const ev = eventMaker('c', ['school', 'samenwerkingsverband']);
  const START = A({
    situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-04-10', 'tlv-eens': 'nee', 'tlv-gehoord': 'nee',
    'tlv-soort': 'so', opp: 'ja', 'opp-besproken': '2026-02-09',
  });
  const oppMade = ev('opp-opgesteld', '2026-02-02');
  const applied = ev('tlv-aangevraagd', '2026-03-01');

  it('the bezwaar stays the first date, the decision stays in the timeline (failed before)', () => {
    const s = log(START, [oppMade, applied]);
    expect(s.answers['tlv-fase']).toBe('besluit');
    const p = planAt(s, '2026-04-20');
    expect(stepOf(p, 'tlv-bezwaar')?.deadline).toMatchObject({ start: '2026-04-10', due: '2026-05-22', certain: false });
    expect(first(p).next).toBe('tlv-bezwaar 2026-05-22');
    expect(ids(p)).not.toContain('tlv-zienswijze');
    const items = timelineItems(s.answers, s.data.events).map((i) => `${i.date} ${i.kind}`);
    expect(items).toEqual(['2026-02-02 opp-opgesteld', '2026-02-09 opp-besproken', '2026-03-01 tlv-aangevraagd', '2026-04-10 tlv-afgewezen']);
    // The logged application is history, not a disagreement: no "your answers now say something else".
    expect(timelineItems(s.answers, s.data.events).every((i) => i.inEffect)).toBe(true);
  });

  it('on, and the day after, the last day; deleting the application changes nothing', () => {
    const s = log(START, [oppMade, applied]);
    expect(stepOf(planAt(s, '2026-05-22'), 'tlv-bezwaar')?.deadline?.status).toBe('today');
    expect(stepOf(planAt(s, '2026-05-23'), 'tlv-bezwaar')?.deadline?.status).toBe('passed');
    const gone = deleteEvent(s.answers, s.data, applied.id);
    expect(gone.answers).toEqual(log(START, [oppMade]).answers);
  });

  it('an application after the decision (the school applies again) is the newer step and still writes', () => {
    const s = log(START, [oppMade, ev('tlv-aangevraagd', '2026-05-04')]);
    expect(s.answers['tlv-fase']).toBe('aangevraagd');
  });

  it('logged on the day of the decision it is the application before it, not after', () => {
    const s = log(START, [ev('tlv-aangevraagd', '2026-04-10')]);
    expect(s.answers['tlv-fase']).toBe('besluit');
  });

  it('an earlier TLV decision logged after a later one was answered keeps the later date (a running term never shown as passed)', () => {
    // Refused 2 February, applied again, refused 10 April (answered): the February decision is history.
    const s = log(START, [ev('tlv-afgewezen', '2026-02-02', ['samenwerkingsverband'])]);
    expect(s.answers['tlv-besluit-datum']).toBe('2026-04-10');
    expect(stepOf(planAt(s, '2026-04-20'), 'tlv-bezwaar')?.deadline).toMatchObject({ due: '2026-05-22', status: 'upcoming' });
  });
});

// ── Story D (defect 2): a removal answered, the suspension before it logged afterwards ───────────────────────────

/**
 * A parent answered: the child is at home, removed on 20 October, "weet ik niet" whether the decision was on paper
 * (the plan counts the 6 weeks for bezwaar from that day, 002:846-850). Then the parent logged the suspension of
 * 5 October that came before (002:2303-2307). "Schorsing" wrote thuis-reden: geschorst over "verwijderd": the removal's
 * bezwaar (1 December) and the Geschillencommissie left the plan, "Eerst dit" said the suspension was over and to let
 * the child back, and to find out whether a removal decision exists, and the removal left the timeline.
 */
describe('D. the suspension logged after the removal was answered (defect 2)', () => {
  const ev = eventMaker('d', ['school', 'bestuur']);
  const START = A({
    situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd', 'verwijdering-besluit': 'weet-niet', 'verwijdering-datum': '2026-10-20',
    'thuis-sinds': '2026-10-05', ingeschreven: 'ja', 'lessen-nu': 'nee',
  });

  it('the removal keeps its bezwaar on the first screen (failed before)', () => {
    const s = log(START, [ev('schorsing', '2026-10-05')]);
    expect(s.answers['thuis-reden']).toBe('verwijderd');
    const p = planAt(s, '2026-10-25');
    expect(stepOf(p, 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2026-10-20', due: '2026-12-01', status: 'upcoming' });
    expect(first(p).next).toBe('bezwaar-verwijdering 2026-12-01');
    expect(ids(p)).not.toContain('schorsing-einde');
    expect(ids(p)).not.toContain('verwijderbesluit-navragen');
    expect(timelineItems(s.answers, s.data.events).map((i) => i.kind)).toContain('verwijdering-besluit');
  });

  it('a suspension after the removal (while the procedure runs) is the newer step and still writes; the removal is not silent', () => {
    const s = log(START, [ev('schorsing', '2026-10-26')]);
    expect(s.answers['thuis-reden']).toBe('geschorst');
    const p = planAt(s, '2026-10-27');
    expect(stepOf(p, 'schorsing-einde')?.deadline?.due).toBe('2026-11-02');
    // Left open (see the report): "thuis-reden" holds one reason, and for a suspended child "weet ik niet" is read as
    // "not known whether a removal was decided". The plan then asks it on the first screen, a term may be running.
    expect(first(p).unknownClock ?? first(p).actions.find((x) => x === 'verwijderbesluit-navragen')).toBe('verwijderbesluit-navragen');
    // With the decision on paper the bezwaar stays with its date.
    const paper = log({ ...START, 'verwijdering-besluit': 'schriftelijk' } as Answers, [ev('schorsing', '2026-10-26')]);
    expect(stepOf(planAt(paper, '2026-10-27'), 'bezwaar-verwijdering')?.deadline?.due).toBe('2026-12-01');
  });
});

// ── Story E (defects 3 and 4): two schools refuse within six weeks ──────────────────────────────────────────────

/**
 * School A refuses on 1 June (bezwaar and GPO: 13 July). The parent registers at school B on 8 June and sends a bezwaar
 * against A on 10 June. School B refuses on 22 June (bezwaar: 3 August). Before: the bezwaar against A ("bezwaar-ingediend:
 * ja") hid B's bezwaar step and its date, and the GPO request against A hid B's GPO (defect 4). A bezwaar dated before a
 * decision cannot be against it: that decision's own term stays.
 */
describe('E. two refusals: a bezwaar against the first does not hide the second one (defect 4)', () => {
  const ev = eventMaker('e', ['school']);
  const START = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja' });
  const regA = ev('aanmelding-ontvangen', '2026-04-20');
  const refA = ev('besluit-geweigerd', '2026-06-01', ['school', 'bestuur']);
  const regB = ev('aanmelding-ontvangen', '2026-06-08');
  const bezA = ev('bezwaar-ingediend', '2026-06-10', ['bestuur']);
  const gpoA = ev('gpo-ingediend', '2026-06-12', ['geschillencommissie']);
  const refB = ev('besluit-geweigerd', '2026-06-22', ['school', 'bestuur']);

  it('before B decides: A\'s bezwaar is sent, B\'s 6 weeks for its decision run', () => {
    const s = log(START, [regA, refA, regB, bezA, gpoA]);
    const p = planAt(s, '2026-06-15');
    expect(ids(p)).not.toContain('bezwaar-weigering');
    expect(stepOf(p, 'besluit-aanmelding')?.deadline?.due).toBe('2026-07-20');
  });

  it('after B refuses: B\'s bezwaar and GPO with their own dates, on the first screen (failed before)', () => {
    const s = log(START, [regA, refA, regB, bezA, gpoA, refB]);
    const p = planAt(s, '2026-06-23');
    expect(stepOf(p, 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-06-22', due: '2026-08-03', status: 'upcoming' });
    expect(stepOf(p, 'geschillencommissie')?.deadline).toMatchObject({ due: '2026-08-03' });
    expect(first(p).next).toBe('bezwaar-weigering 2026-08-03');
    expect(ids(p)).toContain('bezwaar-loopt');
    expect(p.warnings.map((w) => w.id)).not.toContain('verzoek-te-laat');
    for (const d of ['2026-08-02', '2026-08-03', '2026-08-04']) datesHonest(planAt(s, d));
  });

  it('a bezwaar sent after B\'s refusal (and after A\'s term) is read as against B: no step for B', () => {
    const s = log(START, [regA, refA, regB, refB, ev('bezwaar-ingediend', '2026-07-20', ['bestuur'])]);
    expect(ids(planAt(s, '2026-07-21'))).not.toContain('bezwaar-weigering');
  });

  it('the same in the questionnaire: a bezwaar dated before the refusal it asks about', () => {
    const a = A({
      situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-06-08', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja',
      'weigering-datum': '2026-06-22', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-06-10',
    });
    expect(stepOf(buildPlan(a, '2026-06-23'), 'bezwaar-weigering')?.deadline?.due).toBe('2026-08-03');
  });
});

/**
 * Defect 3: without a bezwaar against school A, logging B's refusal (22 June) wrote weigering-datum over A's (1 June):
 * A's bezwaar (13 July) left the plan while it still ran three weeks. A new refusal does not stop it (002:748-750). Now
 * the timeline adds a step for it (src/timeline/earlier.ts) while its last day has not passed.
 */
describe('E. two refusals: the first refusal\'s bezwaar stays while it runs (defect 3)', () => {
  const ev = eventMaker('e3', ['school']);
  const START = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja' });
  const regA = ev('aanmelding-ontvangen', '2026-04-20');
  const refA = ev('besluit-geweigerd', '2026-06-01', ['school', 'bestuur']);
  const regB = ev('aanmelding-ontvangen', '2026-06-08');
  const refB = ev('besluit-geweigerd', '2026-06-22', ['school', 'bestuur']);

  it('both bezwaar terms in the plan, A\'s first on the first screen, B\'s beside it (failed before)', () => {
    const s = log(START, [regA, refA, regB, refB]);
    const p = planAt(s, '2026-06-23');
    expect(stepOf(p, 'eerdere-weigering')?.deadline).toMatchObject({ start: '2026-06-01', due: '2026-07-13', status: 'upcoming', certain: true });
    expect(stepOf(p, 'eerdere-weigering')?.params).toEqual({ besluit: '2026-06-01' });
    expect(stepOf(p, 'bezwaar-weigering')?.deadline?.due).toBe('2026-08-03');
    expect(first(p).next).toBe('eerdere-weigering 2026-07-13');
    expect([first(p).also, ...first(p).actions]).toEqual(expect.arrayContaining([expect.stringMatching(/^bezwaar-weigering/)]));
    datesHonest(p);
  });

  // Session 49 (hunt-s47 found 1): the day after, it stays as passed (its text says what can still be done) while B's term
  // runs; before, it left the plan with nothing said.
  it('on its last day it is still there; the day after it stays, passed, while B\'s term runs, which is the next date', () => {
    const s = log(START, [regA, refA, regB, refB]);
    expect(stepOf(planAt(s, '2026-07-13'), 'eerdere-weigering')?.deadline?.status).toBe('today');
    const after = planAt(s, '2026-07-14');
    expect(stepOf(after, 'eerdere-weigering')?.deadline).toMatchObject({ due: '2026-07-13', status: 'passed' });
    expect(first(after).next).toBe('bezwaar-weigering 2026-08-03');
    expect(first(after).actions.some((a) => a.startsWith('eerdere-weigering'))).toBe(false);
    expect(ids(planAt(s, '2026-08-04'))).not.toContain('eerdere-weigering');
  });

  it('a bezwaar logged between the two refusals is against A: no step for A; deleting it brings A\'s step back', () => {
    const bezA = ev('bezwaar-ingediend', '2026-06-10', ['bestuur']);
    const s = log(START, [regA, refA, regB, bezA, refB]);
    expect(ids(planAt(s, '2026-06-23'))).not.toContain('eerdere-weigering');
    const back = deleteEvent(s.answers, s.data, bezA.id);
    expect(stepOf(planAt(back, '2026-06-23'), 'eerdere-weigering')?.deadline?.due).toBe('2026-07-13');
  });

  it('deleting B\'s refusal: A is the plan\'s own refusal again, no double step', () => {
    const s = log(START, [regA, refA, regB, refB]);
    const back = deleteEvent(s.answers, s.data, refB.id);
    const p = planAt(back, '2026-06-23');
    expect(ids(p)).not.toContain('eerdere-weigering');
    expect(stepOf(p, 'bezwaar-weigering')?.deadline?.due).toBe('2026-07-13');
  });

  it('moving A\'s refusal earlier (its 6 weeks passed) takes the step away; the step never shows a passed date', () => {
    const s = log(START, [regA, refA, regB, refB]);
    const moved = updateEvent(s.answers, s.data, { ...refA, date: '2026-05-04' });
    expect(ids(planAt(moved, '2026-06-23'))).not.toContain('eerdere-weigering');
  });

  it('a next meeting after A\'s last day: the filing warning names it too', () => {
    const talk = { ...ev('gesprek', '2026-06-24'), meeting: meeting({ next: '2026-07-15', agreements: [{ who: 'school', what: 'x', by: '2026-07-01' }] }) };
    const s = log(START, [regA, refA, regB, refB, talk]);
    expect(planAt(s, '2026-06-25').warnings.map((w) => w.id)).toContain('termijn-voor-gesprek');
  });
});

// ── The new step's texts, as the page renders them, in six languages ─────────────────────────────────────────────


describe('the earlier refusal on the first screen, in six languages', () => {
  const ev = eventMaker('e6', ['school']);
  const s = log(A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja' }), [
    ev('aanmelding-ontvangen', '2026-04-20'), ev('besluit-geweigerd', '2026-06-01'), ev('aanmelding-ontvangen', '2026-06-08'), ev('besluit-geweigerd', '2026-06-22'),
  ]);
  beforeAll(loadPlanTexts, 60_000);

  it('its title with the refusal\'s date and its last day, no raw key or placeholder', () => {
    const plan = planAt(s, '2026-06-23');
    expect(textOf(FirstThings({ plan, t: tFor('nl') }))).toMatch(/Maak ook bezwaar tegen de weigering van maandag 1 juni 2026/);
    for (const { code } of LANGUAGES) {
      const lang = code as T['lang'];
      const text = textOf(FirstThings({ plan, t: tFor(lang) }));
      // The refusal's date inside the title (session 28: Polish and Ukrainian without the weekday there), the due date on its own.
      expect(text, code).toContain(formatDateInText('2026-06-01', lang));
      expect(text, code).toContain(formatDate('2026-07-13', lang));
      expect(text, code).not.toMatch(/\{\{|months\.planStep|eerdereWeigering/);
      const why = tFor(lang).raw('ui:months.planStep.eerdereWeigering.why', { besluit: formatDateInText('2026-06-01', lang) });
      expect(why, code).toMatch(/\b6\b/);
      // Twice: the decision, and the decision the letter at this step is about (session 46: before, the date to put in instead).
      expect(why.split(formatDateInText('2026-06-01', lang)).length - 1, code).toBe(2);
      if (code !== 'nl') expect(why, code).toMatch(/bezwaar/);
      // The Geschillencommissie runs beside a refusal of a child who needs extra help (001:723-729); its term is not in the sources.
      expect(why, code).toMatch(/Geschillencommissie passend onderwijs/);
      expect(why, code).toMatch(/ouder- en jeugdsteunpunt/);
    }
  });

  it('the timeline form says a decision by phone starts no term, in six languages', () => {
    const page = readFileSync('src/ui/pages/TimelinePage.tsx', 'utf8');
    expect(page).toMatch(/toldOnlyOrally\(\{ kind, how \}\)/);
    expect(page).toMatch(/t\('months\.oralDecision'\)/);
    for (const { code } of LANGUAGES) {
      const text = tFor(code).raw('ui:months.oralDecision');
      expect(text, code).not.toMatch(/months\.|\{\{/);
      expect(text.length, code).toBeGreaterThan(40);
    }
  });

  it('its texts load with the plan page, not in the first load (the 45 KB budget)', () => {
    for (const { code } of LANGUAGES) {
      expect(readFileSync(`src/content/generated/core.${code}.ts`, 'utf8'), code).not.toContain('eerdereWeigering');
      expect(readFileSync(`src/content/generated/pagetexts.${code}.ts`, 'utf8'), code).toContain('eerdereWeigering');
    }
  });

  // Session 46 (s45-outputs): the letter names the decision of the step it is opened from; without one (the list of letters)
  // it leaves the date open while two refusals' bezwaar terms run. Before: always the newest, and the step said to change it.
  it('the letter it links names the decision of its own step; from the list, with two refusals running, the date is left open', () => {
    expect(valuesFromAnswers(s.answers, '2026-06-23', 'nl', 'bezwaar-weigering-verwijdering', s.data.events).datum_besluit).toBeUndefined();
    expect(valuesFromAnswers(s.answers, '2026-06-23', 'nl', 'bezwaar-weigering-verwijdering', s.data.events, s.data.base, '2026-06-01').datum_besluit).toBe(formatDateShort('2026-06-01', 'nl'));
    expect(valuesFromAnswers(s.answers, '2026-06-23', 'nl', 'bezwaar-weigering-verwijdering', s.data.events, s.data.base, '2026-06-22').datum_besluit).toBe(formatDateShort('2026-06-22', 'nl'));
    expect(tFor('nl').raw('ui:months.planStep.eerdereWeigering.why', { besluit: '1 juni 2026' })).toMatch(/Zet in de bezwaarbrief de datum 1 juni 2026\./);
  });
});

// ── Story F: "not welcome after the holidays", a new school year, a dossier, a complaint, de-registration ────────

describe('F. not welcome after the summer: July to November', () => {
  const ev = eventMaker('f', ['school']);
  const START = A({ situatie: ['thuiszitten'], 'thuis-reden': 'niet-welkom', ingeschreven: 'ja', opp: 'ja', 'opp-besproken': '2026-06-15', 'lessen-nu': 'nee' });
  const call = ev('telefoontje', '2026-07-10'); // "after the holidays he is not welcome" (FP12): said, not decided
  const home = ev('thuis-vanaf', '2026-08-31');
  const dossier = ev('dossier-gevraagd', '2026-09-07'); // one month (AVG, uncertain): 7 October
  const complaint = ev('klacht-ingediend', '2026-09-14', ['klachtencommissie']); // 4 weeks (uncertain): 12 October
  const dossierIn = ev('dossier-ontvangen', '2026-10-20');
  const answer = ev('klacht-reactie', '2026-10-26', ['klachtencommissie']);
  const out = ev('uitschrijving', '2026-11-02');

  it('over the end of the school year: no date from the call; the OPP talk of June counts for the school year that ends', () => {
    const s = log(START, [call]);
    for (const today of ['2026-07-31', '2026-08-01', '2026-08-03']) {
      const p = planAt(s, today);
      expect(dues(p)).toEqual([]);
      // Still enrolled, kept out: whether a removal decision exists is on the first screen (a term may run unseen).
      expect(first(p).actions).toContain('verwijderbesluit-navragen');
    }
    // 31 July: the last talk (15 June) is in this school year, the next evaluation is due by the end of the next one.
    // Session 73 (s73-left, 1): a talk in June asks nothing more of the weeks up to 31 July (the sources: at least once per
    // school year), so no ditSchooljaar (2026-07-31) any more; the talk's day is named (left73 oppZomerGesprek).
    expect(stepOf(planAt(s, '2026-07-31'), 'opp-evaluatie')?.params).toEqual({ uiterlijk: '2027-07-31', besproken: '2026-06-15' });
    // 1 August: a new school year, no talk in it yet: due by its end.
    // Session 65 (blind-s65 D2): the talk of 15 June, now in the previous school year, is named too; session 73: that
    // year's passed end (vorigSchooljaar) no longer, as a June talk leaves no evaluation missed in it.
    expect(stepOf(planAt(s, '2026-08-01'), 'opp-evaluatie')?.params).toEqual({ uiterlijk: '2027-07-31', ditSchooljaar: '2027-07-31', besproken: '2026-06-15' });
  });

  it('dossier and complaint: their terms are the other side\'s, uncertain, never the first date before the parent\'s own', () => {
    const s = log(START, [call, home, dossier, complaint]);
    const on = planAt(s, '2026-10-07');
    expect(stepOf(on, 'dossier-herinneren')?.deadline).toMatchObject({ due: '2026-10-07', status: 'today', certain: false });
    expect(flags(s, '2026-10-07')).toEqual([]);
    expect(flags(s, '2026-10-08')).toMatchObject([{ id: 'dossier', due: '2026-10-07', daysLate: 1, uncertain: true }]);
    // No clock from the first day at home.
    expect(on.steps.some((x) => x.deadline?.start === '2026-08-31')).toBe(false);
    expect(first(planAt(s, '2026-10-08')).next).toBe('klacht-loopt 2026-10-12');
    expect(flags(s, '2026-10-13').map((f) => f.id)).toEqual(['dossier', 'klacht']);
    expect(first(planAt(s, '2026-10-13')).next).toBeUndefined();
    for (const d of ['2026-10-06', '2026-10-07', '2026-10-08', '2026-10-12', '2026-10-13']) datesHonest(planAt(s, d));
  });

  it('the answers logged: the flags and the chasing steps go; deleting the dossier\'s receipt brings its flag back', () => {
    const s = log(START, [call, home, dossier, complaint, dossierIn, answer]);
    expect(flags(s, '2026-10-27')).toEqual([]);
    const p = planAt(s, '2026-10-27');
    expect(ids(p)).not.toContain('dossier-herinneren');
    expect(ids(p)).not.toContain('klacht-loopt');
    expect(ids(p)).toContain('klacht-beantwoord');
    const back = deleteEvent(s.answers, s.data, dossierIn.id);
    expect(flags(back, '2026-10-27')).toMatchObject([{ id: 'dossier', due: '2026-10-07' }]);
  });

  it('de-registered in November: the leerplichtambtenaar now, and whether it was a removal (its 6 weeks) is asked first', () => {
    const s = log(START, [call, home, dossier, complaint, dossierIn, answer, out]);
    const p = planAt(s, '2026-11-03');
    expect(first(p).actions).toEqual(['onderwijs-thuis-vragen', 'leerplicht-inschakelen']);
    expect(first(p).unknownClock).toBe('uitschrijving-navragen');
    expect(dues(p)).toEqual([]);
  });

  it('the complaint answered in the questionnaire, then its filing logged: no chasing again (failed before)', () => {
    const answered = A({ ...(START as Record<string, string | string[]>), klacht: 'beantwoord', 'klacht-datum': '2026-09-14' });
    const s = log(answered, [ev('klacht-ingediend', '2026-09-14', ['klachtencommissie'])]);
    expect(s.answers['klacht']).toBe('beantwoord');
    expect(ids(planAt(s, '2026-10-27'))).not.toContain('klacht-loopt');
    expect(flags(s, '2026-10-27')).toEqual([]);
    // A new complaint after it still starts its own 4 weeks.
    const again = log(answered, [ev('klacht-ingediend', '2026-11-02', ['klachtencommissie'])]);
    expect(stepOf(planAt(again, '2026-11-03'), 'klacht-loopt')?.deadline?.due).toBe('2026-11-30');
  });

  it('a dossier request answered with its date, an older one logged afterwards: the month runs from the newer (failed before)', () => {
    const asked = A({ ...(START as Record<string, string | string[]>), 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-10-01' });
    const s = log(asked, [ev('dossier-gevraagd', '2026-06-01')]);
    const p = planAt(s, '2026-10-15');
    expect(stepOf(p, 'dossier-herinneren')?.deadline).toMatchObject({ start: '2026-10-01', due: '2026-11-01', status: 'upcoming' });
    expect(flags(s, '2026-10-15')).toEqual([]);
  });
});

describe('E. the later refusal answered in the questionnaire, the earlier one logged afterwards', () => {
  const ev = eventMaker('e7', ['school', 'bestuur']);
  const B = A({
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-06-08', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja',
    'weigering-datum': '2026-06-22', 'ondersteuning-gemeld': 'ja',
  });

  it('the answered refusal keeps its date (failed before: the older date took over, its term shown as passed or too early)', () => {
    const s = log(B, [ev('besluit-geweigerd', '2026-06-01')]);
    expect(s.answers['weigering-datum']).toBe('2026-06-22');
    expect(stepOf(planAt(s, '2026-07-20'), 'bezwaar-weigering')?.deadline).toMatchObject({ due: '2026-08-03', status: 'upcoming' });
  });

  it('and the logged older refusal gets its own step while it runs', () => {
    const s = log(B, [ev('besluit-geweigerd', '2026-06-01')]);
    const p = planAt(s, '2026-06-23');
    expect(stepOf(p, 'eerdere-weigering')?.deadline).toMatchObject({ start: '2026-06-01', due: '2026-07-13' });
    expect(stepOf(p, 'bezwaar-weigering')?.deadline?.due).toBe('2026-08-03');
  });

  it('a logged removal older than the answered one does not move its date', () => {
    const removed = A({ situatie: ['handelingsverlegen'], 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-20' });
    const s = log(removed, [ev('verwijdering-besluit', '2026-03-02')]);
    expect(s.answers['verwijdering-datum']).toBe('2026-10-20');
    expect(stepOf(planAt(s, '2026-10-25'), 'bezwaar-verwijdering')?.deadline?.due).toBe('2026-12-01');
  });
});

// ── No clock from a phone call, also for a decision logged with "Hoe? Telefoon" (defect 5) ───────────────────────

/**
 * "Besluit op papier - mijn kind is geweigerd" or "Besluit tot verwijdering" logged with "Hoe? Telefoon" started the
 * 6 weeks for bezwaar from the call: the plan on 20 April said "Maak bezwaar, uiterlijk 13 mei", the school's own term for
 * its written decision (15 April, or 13 May with the extension) and its "te laat?" left the plan and the timeline. A
 * phone call is no decision (A20, FP02; C08): now such an event writes the oral answers (weigering-schriftelijk: nee,
 * verwijdering-besluit: mondeling), and the plan asks for the decision on paper. A talk ("gesprek") is kept as written:
 * the letter may have been handed over in it (the safe side).
 */
describe('a decision logged as told by phone starts no clock (defect 5)', () => {
  const ev = eventMaker('g', ['school']);
  const REG = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja' });
  const received = ev('aanmelding-ontvangen', '2026-03-04');

  it('a refusal by phone: no bezwaar date, ask for it on paper, the school\'s term and its flag run on (failed before)', () => {
    const byPhone = { ...ev('besluit-geweigerd', '2026-04-01'), how: 'telefoon' as const };
    const s = log(REG, [received, byPhone]);
    expect(s.answers['weigering-schriftelijk']).toBe('nee');
    const p = planAt(s, '2026-04-20');
    expect(ids(p)).not.toContain('bezwaar-weigering');
    // Session 26 (s26-open): no certain term from the call; the 6 weeks only as a possible one ("did you get it on paper
    // after all?"), marked not certain, for a parent who picked "Telefoon" by mistake (tests/unit/open-s26.test.ts, 3).
    expect(p.steps.filter((x) => x.deadline?.start === '2026-04-01').map((x) => `${x.id} ${x.deadline!.certain}`)).toEqual(['besluit-telefoon-bezwaar false']);
    expect(first(p).actions).toEqual(['besluit-aanmelding', 'weigering-op-papier-vragen']);
    expect(first(p).extended).toBe('2026-05-13');
    expect(flags(s, '2026-04-20')).toMatchObject([{ id: 'besluit-aanmelding', due: '2026-04-15', orLater: '2026-05-13' }]);
    // The written decision comes on 28 April: now the 6 weeks run from it.
    const written = log(REG, [received, byPhone, ev('besluit-geweigerd', '2026-04-28')]);
    expect(stepOf(planAt(written, '2026-04-29'), 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-04-28', due: '2026-06-09' });
    expect(flags(written, '2026-04-29')).toEqual([]);
    // The phone call is not an earlier refusal with a bezwaar of its own.
    expect(ids(planAt(written, '2026-04-29'))).not.toContain('eerdere-weigering');
  });

  it('changing "Hoe?" from telefoon to brief starts the clock from that day; and back', () => {
    const byPhone = { ...ev('besluit-geweigerd', '2026-04-01'), how: 'telefoon' as const };
    const s = log(REG, [received, byPhone]);
    const letter = updateEvent(s.answers, s.data, { ...byPhone, how: 'brief' });
    expect(stepOf(planAt(letter, '2026-04-20'), 'bezwaar-weigering')?.deadline?.due).toBe('2026-05-13');
    const back = updateEvent(letter.answers, letter.data, byPhone);
    expect(back.answers).toEqual(s.answers);
  });

  it('a removal by phone: ask for the decision on paper, no 6 weeks (failed before)', () => {
    const HV = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' });
    const s = log(HV, [{ ...ev('verwijdering-besluit', '2026-10-20'), how: 'telefoon' as const }]);
    const p = planAt(s, '2026-10-21');
    expect(ids(p)).not.toContain('bezwaar-verwijdering');
    // Session 26: only the possible term (not certain) for a parent who had the letter after all.
    expect(p.steps.flatMap((x) => (x.deadline ? [`${x.id} ${x.deadline.due} ${x.deadline.certain}`] : []))).toEqual(['besluit-telefoon-bezwaar 2026-12-01 false']);
    expect(first(p).actions[0]).toBe('verwijderbesluit-op-papier-vragen');
  });

  // Session 47 (hunt-s46 found 8): a removal told in a talk asks for the decision on paper, and its 6 weeks stay on the plan
  // as a possible term (the letter may have been handed over), never buried.
  it('a decision logged as handed over in a talk keeps its 6 weeks (guard: a term is never buried)', () => {
    const HV = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' });
    const s = log(HV, [{ ...ev('verwijdering-besluit', '2026-10-20'), how: 'gesprek' as const }]);
    expect(stepOf(planAt(s, '2026-10-21'), 'besluit-telefoon-bezwaar')?.deadline).toMatchObject({ due: '2026-12-01', certain: false });
    expect(stepOf(planAt(s, '2026-10-21'), 'besluit-telefoon-bezwaar')?.texts).toBe('ui:s47.planStep.besluitGesprek');
  });
});

// ── A "gedaan" tick belongs to the decision it was for (defect 6) ─────────────────────────────────────────────────

/**
 * Ticks were stored by step id. A parent who ticked "Maak bezwaar tegen de weigering" for school A (1 June) saw the same
 * step for school B's refusal of 22 June, a new term of 6 weeks, struck through as done on the plan. Now a dated step is
 * ticked under its id and the day its term counts from (src/ui/tickKey.ts, used by the plan page).
 */
describe('a tick on a dated step does not carry over to the next decision (defect 6)', () => {
  const ev = eventMaker('h', ['school']);
  const START = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja' });
  const refA = ev('besluit-geweigerd', '2026-06-01');
  const refB = ev('besluit-geweigerd', '2026-07-20');

  it('A\'s bezwaar step and B\'s have different tick keys; an undated step keeps its id', () => {
    const atA = stepOf(planAt(log(START, [ev('aanmelding-ontvangen', '2026-04-20'), refA]), '2026-06-02'), 'bezwaar-weigering')!;
    const atB = stepOf(planAt(log(START, [ev('aanmelding-ontvangen', '2026-04-20'), refA, ev('aanmelding-ontvangen', '2026-06-15'), refB]), '2026-07-21'), 'bezwaar-weigering')!;
    expect(tickKey(atA)).toBe('bezwaar-weigering-2026-06-01');
    expect(tickKey(atB)).toBe('bezwaar-weigering-2026-07-20');
    const undated = stepOf(planAt(log(START, [refA]), '2026-06-02'), 'steunpunt-bellen')!;
    expect(tickKey(undated)).toBe('steunpunt-bellen');
    // Every key fits what the stored ticks accept (src/app/controller.ts isTicks), also the timeline's own steps.
    const s = log(START, [ev('aanmelding-ontvangen', '2026-04-20'), refA, ev('aanmelding-ontvangen', '2026-06-08'), ev('besluit-geweigerd', '2026-06-22')]);
    for (const x of planAt(s, '2026-06-23').steps) expect(tickKey(x)).toMatch(/^[a-z0-9-]{1,64}$/);
  });

  it('the plan page reads and writes ticks with that key (failed before: by step id)', () => {
    const page = readFileSync('src/ui/pages/PlanPage.tsx', 'utf8');
    expect(page).toMatch(/!!app\.ticks\[tickKey\(s\)\]/);
    expect(page).toMatch(/onTick\(tickKey\(step\)\)/);
    expect(page).not.toMatch(/app\.ticks\[s\.id\]|onTick\(step\.id\)/);
  });
});

// ── More older news logged after the questionnaire (defect 1, the same rule) ──────────────────────────────────────

describe('older events logged after the questionnaire do not move a running term back (failed before)', () => {
  const ev = eventMaker('k', ['school']);

  it('the registration: a sent date before the answered day of receipt keeps the 6 weeks from receipt', () => {
    const a = A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-03-10', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'nee' });
    const s = log(a, [ev('aanmelding-verstuurd', '2026-03-05')]);
    expect(s.answers['aanmelding-datum']).toBe('2026-03-10');
    const p = planAt(s, '2026-04-18');
    expect(stepOf(p, 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-03-10', due: '2026-04-21', status: 'upcoming' });
    expect(flags(s, '2026-04-18')).toEqual([]);
    datesHonest(p);
  });

  it('the suspension: an older one logged keeps the answered suspension\'s week', () => {
    const a = A({ situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'schorsing-datum': '2026-05-08', ingeschreven: 'ja', 'verwijdering-besluit': 'nee' });
    const s = log(a, [ev('schorsing', '2026-03-20')]);
    expect(stepOf(planAt(s, '2026-05-10'), 'schorsing-einde')?.deadline).toMatchObject({ due: '2026-05-15', status: 'upcoming' });
  });

  it('an admission dated before the answered refusal does not erase the refusal and its bezwaar', () => {
    const a = A({
      situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-03-10', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja',
      'weigering-datum': '2026-05-01', 'ondersteuning-gemeld': 'ja',
    });
    const s = log(a, [ev('besluit-toegelaten', '2026-03-20')]);
    expect(stepOf(planAt(s, '2026-05-10'), 'bezwaar-weigering')?.deadline?.due).toBe('2026-06-12');
    // An admission after the refusal (the bezwaar worked, or another school) is the newer step and still writes.
    expect(log(a, [ev('besluit-toegelaten', '2026-05-20')]).answers['aanmelding-besluit']).toBe('toegelaten');
  });
});

// ── The rules above hold for any history (property) ──────────────────────────────────────────────────────────────

describe('any history, logged after answers that already hold decisions (property)', () => {
  /** Answers from a questionnaire that hold dated steps: a refusal, a suspension, a TLV decision, a complaint answered. */
  const HELD = [
    A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-01-20', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-02-15', 'ondersteuning-gemeld': 'ja' }),
    A({ situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd', 'verwijdering-besluit': 'weet-niet', 'verwijdering-datum': '2026-02-20', ingeschreven: 'ja' }),
    A({ situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'schorsing-datum': '2026-02-20', ingeschreven: 'ja', 'verwijdering-besluit': 'nee' }),
    A({ situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-02-10', 'tlv-eens': 'nee' }),
    A({ situatie: ['handelingsverlegen'], opp: 'ja', klacht: 'beantwoord', 'klacht-datum': '2026-02-01', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-02-05' }),
  ];
  const kinds = fc.constantFrom<EventKind>(...LEGAL_KINDS, ...PLAIN_KINDS);
  const day = fc.integer({ min: 0, max: 90 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
  const how = fc.constantFrom(undefined, 'telefoon' as const, 'gesprek' as const, 'brief' as const);
  const lists = fc.array(fc.tuple(kinds, day, how), { minLength: 1, maxLength: 7 })
    .map((l) => l.map(([kind, date, h], i): TimelineEvent => ({ id: `p${i}`, kind, date, parties: [], note: '', ...(h ? { how: h } : {}) })));

  it('deleting every event in any order gives the answers back; logging order on different days does not matter; every date is honest', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HELD), lists, fc.array(fc.nat(), { minLength: 7, maxLength: 7 }), (base, list, picks) => {
        let st: State = { answers: base, data: EMPTY_TIMELINE };
        for (const e of list) st = addEvent(st.answers, st.data, e);
        if (new Set(list.map((e) => e.date)).size === list.length) {
          let back: State = { answers: base, data: EMPTY_TIMELINE };
          for (const e of [...list].reverse()) back = addEvent(back.answers, back.data, e);
          expect(back.answers).toEqual(st.answers);
        }
        datesHonest(planAt(st, '2026-03-01'));
        const ids = list.map((e) => e.id);
        for (const p of picks) {
          if (!ids.length) break;
          const [id] = ids.splice(p % ids.length, 1);
          st = deleteEvent(st.answers, st.data, id!);
        }
        for (const id of ids) st = deleteEvent(st.answers, st.data, id);
        expect(st.answers).toEqual(base);
      }),
      { numRuns: 1500 },
    );
  });

  it('a history dated before the answers\' decisions never takes away their open filing terms', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HELD), lists, (base, list) => {
        // Every event before 1 February: older than every decision held above.
        const older = list.map((e) => ({ ...e, date: e.date < '2026-02-01' ? e.date : '2026-01-31' }));
        let st: State = { answers: base, data: EMPTY_TIMELINE };
        for (const e of older) st = addEvent(st.answers, st.data, e);
        const filing = (p: Plan) => p.steps.filter((x) => ['bezwaar-weigering', 'bezwaar-verwijdering', 'tlv-bezwaar'].includes(x.id) && x.deadline).map((x) => `${x.id} ${x.deadline!.due}`);
        // A bezwaar in this history cannot be against the later decision: its term stays. The history may add terms of its own.
        expect(filing(planAt(st, '2026-02-25'))).toEqual(expect.arrayContaining(filing(planAt({ answers: base, data: EMPTY_TIMELINE }, '2026-02-25'))));
      }),
      { numRuns: 1500 },
    );
  });
});

/**
 * The eerdere-weigering step links the bezwaar letter. A parent who sends it from there on 25 June and taps "Ik heb deze
 * brief verstuurd" logs a bezwaar dated after B's refusal: the plan read it as against B and dropped B's bezwaar step
 * (3 August), while the step for A stayed. One bezwaar after two open refusals cannot be placed: both steps stay.
 */
describe('E. one bezwaar logged after both refusals: both terms stay while they run', () => {
  const ev = eventMaker('e8', ['school']);
  const START = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja' });
  const history = [ev('aanmelding-ontvangen', '2026-04-20'), ev('besluit-geweigerd', '2026-06-01'), ev('aanmelding-ontvangen', '2026-06-08'), ev('besluit-geweigerd', '2026-06-22')];
  const sent = { ...ev('bezwaar-ingediend', '2026-06-25', ['bestuur']), letter: 'bezwaar-weigering-verwijdering' };

  it('A\'s and B\'s bezwaar steps both, with their dates (failed before: B\'s step was gone)', () => {
    const s = log(START, [...history, sent]);
    const p = planAt(s, '2026-06-26');
    expect(stepOf(p, 'eerdere-weigering')?.deadline?.due).toBe('2026-07-13');
    expect(stepOf(p, 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-06-22', due: '2026-08-03' });
    expect(ids(p).filter((x) => x === 'bezwaar-weigering')).toHaveLength(1);
    expect(ids(p)).toContain('bezwaar-loopt');
    datesHonest(p);
  });

  // Session 46 (hunt-s46 found 1): changed. Session 25 read the bezwaar as against B once A's term had passed, and B's step
  // left the plan with 20 days to go. Which decision the bezwaar was against does not change with time: if it was A's, B's
  // right to object is lost unseen (002:748-750; FP-P4). B's step stays while its own term runs (a second bezwaar against
  // the same decision costs nothing; a missed one cannot be made good).
  it('once A\'s term has passed, B\'s step stays while its own term runs (session 46; before: gone)', () => {
    const s = log(START, [...history, sent]);
    expect(ids(planAt(s, '2026-07-14'))).not.toContain('eerdere-weigering');
    expect(stepOf(planAt(s, '2026-07-14'), 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-06-22', due: '2026-08-03', status: 'upcoming' });
    expect(ids(planAt(s, '2026-08-04'))).not.toContain('bezwaar-weigering');
  });
});

// ── Story G: a TLV before the summer, a talk with agreements, the decision in July, the bezwaar over the holidays ──

describe('G. a TLV from May to September, over the end of the school year', () => {
  const ev = eventMaker('t', ['school', 'samenwerkingsverband']);
  const START = A({ situatie: ['tlv'], 'tlv-fase': 'school-wil-aanvragen', 'tlv-aanvraag-gezien': 'nee', 'tlv-soort': 'so' });
  const opp = ev('opp-besproken', '2026-05-11', ['school']);
  const applied = ev('tlv-aangevraagd', '2026-06-01'); // FP08: the parents must be told first, and heard (E07, E08)
  const talk = { ...ev('gesprek', '2026-06-20', ['school']), meeting: meeting({ agreements: [{ who: 'school', what: 'verslag sturen', by: '2026-07-03' }], next: '2026-09-01' }) };
  const granted = ev('tlv-toegekend', '2026-07-10', ['samenwerkingsverband']); // bezwaar 6 weeks (EXT, uncertain): 21 August

  it('applied: no date from the application; the parent\'s view and being heard come first; the agreement is dated', () => {
    const s = log(START, [opp, applied, talk]);
    const p = planAt(s, '2026-06-21');
    expect(ids(p)).toEqual(expect.arrayContaining(['tlv-zienswijze', 'tlv-gehoord-worden', 'tlv-aanvraag-inzien']));
    expect(p.steps.filter((x) => x.deadline).map((x) => x.deadline!.due).sort()).toEqual(['2026-07-03', '2026-09-01']);
    expect(first(p).next).toBe('gesprek-t2-a1 2026-07-03');
  });

  it('the decision in July, the parent disagrees: the uncertain bezwaar over the summer, before the next talk (warning)', () => {
    const s = log({ ...(START as Record<string, string | string[]>), 'tlv-eens': 'nee' } as Answers, [opp, applied, talk, granted]);
    const july = planAt(s, '2026-07-11');
    expect(stepOf(july, 'tlv-bezwaar')?.deadline).toMatchObject({ start: '2026-07-10', due: '2026-08-21', certain: false });
    expect(first(july).next).toBe('tlv-bezwaar 2026-08-21');
    // The next talk (1 September) comes after the bezwaar's last day: do not wait for it.
    expect(july.warnings.map((w) => w.id)).toContain('termijn-voor-gesprek-onzeker');
    for (const d of ['2026-07-31', '2026-08-01', '2026-08-20', '2026-08-21']) {
      expect(stepOf(planAt(s, d), 'tlv-bezwaar')?.deadline?.status).toBe(d === '2026-08-21' ? 'today' : 'upcoming');
    }
    const after = planAt(s, '2026-08-22');
    expect(stepOf(after, 'tlv-bezwaar')?.deadline?.status).toBe('passed');
    expect(after.warnings.map((w) => w.id)).not.toContain('termijn-voor-gesprek-onzeker');
    expect(first(after).next).toBe('gesprek-t2-vervolg 2026-09-01');
    for (const d of ['2026-07-11', '2026-08-21', '2026-08-22', '2026-09-02']) datesHonest(planAt(s, d));
  });

  it('the decision moved to 17 July: the bezwaar moves to 28 August; deleted: back to before the decision', () => {
    const s = log({ ...(START as Record<string, string | string[]>), 'tlv-eens': 'nee' } as Answers, [opp, applied, talk, granted]);
    const moved = updateEvent(s.answers, s.data, { ...granted, date: '2026-07-17' });
    expect(stepOf(planAt(moved, '2026-08-22'), 'tlv-bezwaar')?.deadline).toMatchObject({ due: '2026-08-28', status: 'upcoming' });
    const gone = deleteEvent(s.answers, s.data, granted.id);
    expect(gone.answers['tlv-fase']).toBe('aangevraagd');
    expect(ids(planAt(gone, '2026-08-22'))).not.toContain('tlv-bezwaar');
    expect(ids(planAt(gone, '2026-08-22'))).toContain('tlv-zienswijze');
  });
});

/**
 * Session 47, a parents' lawyer's review of this session's changes (onderwijsrecht, passend onderwijs), with dated stories.
 * A plain `it` holds behaviour checked and found right; an `it.fails` records a defect: it states the right behaviour and
 * fails now (the comment says what the app says, what it should say, the sources and how serious it is).
 *
 * Sources: /work/shared/FACTS.md (A04/A05, A17, A21, C08/C09, E16-E18, F07, F13, FP-P4; §X.2, §X.3).
 *
 * Defects found (details at each `it.fails`):
 *  D1 DEADLINE WRONG (serious; fixed in session 47). "Voeg samen": the removal date answered on the laptop is dropped when the laptop's copy is
 *     merged into an older phone; the letter logged on its arrival day then becomes the plan's own day: certain bezwaar
 *     term 11 January instead of 1 January.
 *  D2 DEADLINE WRONG (moderate; fixed in session 47). A dossier request answered in the questions, then a reminder logged: the month counts from
 *     the reminder ("nog 27 dagen"), no "te laat?": the fix covers only a first request that was logged.
 *  D3 DEADLINE LOST (moderate; fixed in session 47). Two written registrations, one logged as sent and the other as received, one decision after
 *     both: no step for the school left open (undecidedRegistrationSteps counts only the latest kind).
 *  D4 WRONG ADVICE (moderate; fixed in session 47). A removal told in a talk (plan: "6 weeks may run"), the talk's report "Bevestiging van
 *     afspraken" has no voorbehoud; a refusal told only by phone does get one.
 *  D5 WRONG ADVICE (low; fixed in session 47). TLV refused, then a phone bezwaar and a request to the Geschillencommissie: the note that the
 *     commission does not hear a TLV is dropped because the step already has a note.
 *  D6 WRONG ADVICE (low; fixed in session 47). TLV refused, registration at a middelbare school undecided (groep 7-8): the step says that school
 *     may not refuse without another school, without the VO admission-requirements exception (A17) that the warning names.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Answers } from '../../src/flow/answers';
import type { Plan } from '../../src/rules/plan';
import type { IsoDate } from '../../src/rules/dates';
import type { TimelineData, TimelineEvent } from '../../src/timeline/model';
import { planToIcs } from '../../src/rules/ics';
import { icsTexts } from '../../src/ui/deadlineText';
import { firstThings } from '../../src/ui/firstThings';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { answerValuesOf } from '../../src/ui/pages/LettersPage';
import { meetingLetterValuesOf } from '../../src/ui/components/meetingLetter';
import { planOf, timelineOf } from '../../src/ui/components/timelineDoor';
import { letterDecision } from '../../src/rules/letters';
import { mergeData, type BackupData } from '../../src/timeline/backup';
import { decode, encode, linkAnswers } from '../../src/app/share';
import { parseFlow } from '../../src/app/storage';
import { ev, flags, log } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';

beforeAll(loadPlanTexts);

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────────────────────────
type Story = { answers: Answers; data: TimelineData };
const A = (x: Record<string, unknown>) => x as unknown as Answers;
const app = (s: Story) => ({ answers: s.answers, timeline: { version: 1, ...s.data } });
/** The plan as the plan page builds it (stored answers and timeline, upgraded and reconciled). */
const plan = (s: Story, today: IsoDate): Plan => planOf(app(s) as never, today);
const step = (p: Plan, id: string) => p.steps.find((x) => x.id === id);
const term = (p: Plan, id: string) => {
  const d = step(p, id)?.deadline;
  return d ? `${d.start}->${d.due}${d.certain ? '' : '?'}` : undefined;
};
const terms = (p: Plan) => p.steps.filter((s) => s.deadline).map((s) => `${s.id} ${s.deadline!.start}->${s.deadline!.due}${s.deadline!.certain ? '' : '?'} ${s.texts ?? ''} ${s.note ?? ''}`).sort();
const card = (s: Story, today: IsoDate) => cardOf(app(s) as never, today).dates.map((d) => `${d.step}@${d.due}${d.certain ? '' : '?'}${d.passed ? ' passed' : ''}`);
const icsDays = (p: Plan) => planToIcs(p, icsTexts(tFor('nl'))).split('BEGIN:VEVENT').slice(1).map((b) => /DTSTART;VALUE=DATE:(\d+)/.exec(b)?.[1]);
const firstIds = (p: Plan) => {
  const f = firstThings(p);
  return [...f.actions.map((x) => x.id), f.next?.id, ...(f.also ?? []).map((x) => x.id)].filter(Boolean);
};
/** A meeting recorded after the talk, as the form stores it. */
const talk = (id: string, date: IsoDate): TimelineEvent => ({
  id, kind: 'gesprek', date, parties: ['school'], note: '',
  meeting: { outcome: 'afspraken', agreements: [{ text: 'De school zoekt een andere school', who: 'school' }], schoolSends: 'het verslag' },
} as unknown as TimelineEvent);
const uiNl = parse(readFileSync('content/nl/ui.yaml', 'utf8')) as Record<string, unknown>;
const uiAt = (path: string): unknown => path.replace(/^ui:/, '').split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], uiNl);

// Stories.
const HV0 = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-09-10' });
/** The board's removal decision on paper, dated Friday 20 November 2026 (answered): bezwaar until 1 January 2027 (C09). */
const HV = A({ ...(HV0 as Record<string, unknown>), 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-20' });
const letter = (day: IsoDate, id = 'b') => ev(id, 'verwijdering-besluit', day, 'brief');

// ── 1. A removal letter within 14 days of an earlier one ─────────────────────────────────────────────────────────
describe('1. a removal letter logged within 14 days of an earlier decision', () => {
  it('the letter of 20 November logged on its arrival day (30 November): the plan counts from 20 November; 30 November keeps its own 6 weeks on every screen', () => {
    const s = log(HV, [letter('2026-11-30')]);
    const p = plan(s, '2026-12-01');
    expect(term(p, 'bezwaar-verwijdering')).toBe('2026-11-20->2027-01-01');
    expect(term(p, 'latere-verwijdering')).toBe('2026-11-30->2027-01-11');
    expect(firstIds(p)).toEqual(expect.arrayContaining(['bezwaar-verwijdering', 'latere-verwijdering']));
    expect(card(s, '2026-12-01')).toEqual(expect.arrayContaining(['bezwaar-verwijdering@2027-01-01', 'latere-verwijdering@2027-01-11']));
    expect(icsDays(p)).toEqual(expect.arrayContaining(['20270101', '20270111']));
  });

  it('two genuinely different decisions (withdrawn and taken again after hearing the parents, 1 December): both terms stay, the letter from the later step names 1 December', () => {
    const s = log(HV, [letter('2026-12-01')]);
    const p = plan(s, '2026-12-02');
    expect(step(p, 'bezwaar-verwijdering')?.deadline).toMatchObject({ due: '2027-01-01', certain: true });
    const later = step(p, 'latere-verwijdering')!;
    expect(later.deadline).toMatchObject({ start: '2026-12-01', due: '2027-01-12', certain: true });
    expect(later.letters).toContain('bezwaar-weigering-verwijdering');
    expect(answerValuesOf(app(s) as never, 'nl', 'bezwaar-weigering-verwijdering', '2026-12-02', letterDecision(later, 'bezwaar-weigering-verwijdering')).datum_besluit).toBe('1 december 2026');
  });

  it('the same when both letters are logged, in either order (the replay goes by date)', () => {
    const both = [ev('a', 'verwijdering-besluit', '2026-11-20', 'brief'), letter('2026-11-30')];
    for (const events of [both, [...both].reverse()]) {
      const p = plan(log(HV0, events), '2026-12-01');
      expect(term(p, 'bezwaar-verwijdering')).toBe('2026-11-20->2027-01-01');
      expect(term(p, 'latere-verwijdering')).toBe('2026-11-30->2027-01-11');
    }
  });

  it('with a suspension logged between (23 November): both removal terms and the suspension\'s end stay', () => {
    const p = plan(log(HV, [ev('s', 'schorsing', '2026-11-23', 'brief'), letter('2026-11-30')]), '2026-12-01');
    expect(term(p, 'bezwaar-verwijdering')).toBe('2026-11-20->2027-01-01');
    expect(term(p, 'latere-verwijdering')).toBe('2026-11-30->2027-01-11');
    expect(step(p, 'schorsing-einde')?.deadline?.due).toBe('2026-11-30');
  });

  it('a removed child at home (thuis-reden verwijderd): the same reading', () => {
    const R = A({ situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd', 'thuis-sinds': '2026-11-20', ingeschreven: 'ja', 'lessen-nu': 'nee', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-18' });
    const p = plan(log(R, [letter('2026-11-26')]), '2026-11-27');
    expect(term(p, 'bezwaar-verwijdering')).toBe('2026-11-18->2026-12-30');
    expect(term(p, 'latere-verwijdering')).toBe('2026-11-26->2027-01-07');
  });

  it('day 14 and day 15 (across the Christmas post): either way both the 20 November term and the later day stay on the plan', () => {
    const d14 = plan(log(HV, [letter('2026-12-04')]), '2026-12-06');
    expect([term(d14, 'bezwaar-verwijdering'), term(d14, 'latere-verwijdering')]).toEqual(['2026-11-20->2027-01-01', '2026-12-04->2027-01-15']);
    const d15 = plan(log(HV, [letter('2026-12-05')]), '2026-12-06');
    expect([term(d15, 'eerdere-verwijdering'), term(d15, 'bezwaar-verwijdering')]).toEqual(['2026-11-20->2027-01-01', '2026-12-05->2027-01-16']);
  });

  it('after the 20 November term has passed (3 January), the later letter\'s term is the first action, on the card and not shown as passed', () => {
    const s = log(HV, [letter('2026-12-04')]);
    const p = plan(s, '2027-01-03');
    expect(step(p, 'bezwaar-verwijdering')?.deadline?.status).toBe('passed');
    expect(firstThings(p).actions[0]?.id).toBe('latere-verwijdering');
    expect(card(s, '2027-01-03')).toContain('latere-verwijdering@2027-01-15');
  });

  it('the meeting report sent while both run reserves both decisions (no single date)', () => {
    const s = log(HV, [letter('2026-11-30'), talk('m', '2026-12-02')]);
    expect(meetingLetterValuesOf(app(s) as never, 'nl', '2026-12-03').voorbehoud).toMatch(/^Dit verslag is geen instemming met een besluit van de school/);
  });
});

// ── 2. A removal decision told in a talk ─────────────────────────────────────────────────────────────────────────
describe('2. a removal decision logged "Hoe? Gesprek"', () => {
  it('counts as oral: ask for it on paper first; the possible 6 weeks from the talk are on the plan, the first screen, the card and the calendar, never certain', () => {
    const s = log(HV0, [ev('g', 'verwijdering-besluit', '2026-11-20', 'gesprek')]);
    expect(s.answers['verwijdering-besluit']).toBe('mondeling');
    const p = plan(s, '2026-11-24');
    expect(firstThings(p).actions[0]?.id).toBe('verwijderbesluit-op-papier-vragen');
    expect(step(p, 'besluit-telefoon-bezwaar')).toMatchObject({ texts: 'ui:s47.planStep.besluitGesprek', deadline: { start: '2026-11-20', due: '2027-01-01', certain: false } });
    expect(firstThings(p).next?.id).toBe('besluit-telefoon-bezwaar');
    expect(card(s, '2026-11-24')).toContain('besluit-telefoon-bezwaar@2027-01-01?');
    expect(icsDays(p)).toContain('20270101');
    // The talk's own words (C08: a removal decision must be on paper with reasons).
    expect(String((uiAt('s47.planStep.besluitGesprek') as { why: string }).why)).toMatch(/moet op papier, met de redenen/);
  });

  it('the letter that follows on 25 November is the decision: a certain term from its date', () => {
    const p = plan(log(HV0, [ev('g', 'verwijdering-besluit', '2026-11-20', 'gesprek'), letter('2026-11-25')]), '2026-11-26');
    expect(step(p, 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2026-11-25', due: '2027-01-06', certain: true });
  });

  it('a talk after a decision on paper writes nothing over it', () => {
    const s = log(HV, [ev('g', 'verwijdering-besluit', '2026-11-25', 'gesprek')]);
    expect(s.answers['verwijdering-besluit']).toBe('schriftelijk');
    expect(term(plan(s, '2026-11-26'), 'bezwaar-verwijdering')).toBe('2026-11-20->2027-01-01');
  });

  // D4. WRONG ADVICE (moderate). The school tells the removal in a meeting on 20 November; the parent logs it ("Gesprek")
  // and records the meeting. The plan says the 6 weeks for bezwaar may run from 20 November (until 1 January, "niet zeker").
  // The report "Bevestiging van afspraken" she sends ends "Anders ga ik ervan uit dat dit verslag klopt" with no voorbehoud:
  // objectableDecisions leaves out a decision told only orally (otherSchoolDecisions: !toldOnlyOrally), while a refusal told
  // only by phone (answered weigering-datum) does get one. It should say the report is no agreement with the decision of
  // 20 November and the right to object stands, exactly where the plan says a term may run (FP-P4; C08, C09; 002:818-850).
  it('D4: the report of the talk in which the removal was told reserves that decision', () => {
    const s = log(HV0, [ev('g', 'verwijdering-besluit', '2026-11-20', 'gesprek'), talk('m', '2026-11-20')]);
    expect(step(plan(s, '2026-11-24'), 'besluit-telefoon-bezwaar')?.deadline?.status).not.toBe('passed');
    expect(meetingLetterValuesOf(app(s) as never, 'nl', '2026-11-24').voorbehoud).toMatch(/geen instemming/);
  });
});

// ── 3. A refusal by phone after an admission on paper ────────────────────────────────────────────────────────────
describe('3. a refusal by phone after an admission on paper', () => {
  const REG = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja' });
  it('the admission stays, the school is not "late", and the call only asks for paper with a possible term', () => {
    const s = log(REG, [ev('a', 'aanmelding-verstuurd', '2026-09-16', 'e-mail'), ev('t', 'besluit-toegelaten', '2026-10-10', 'e-mail'), ev('w', 'besluit-geweigerd', '2026-10-20', 'telefoon')]);
    expect(s.answers['aanmelding-besluit']).toBe('toegelaten');
    const p = plan(s, '2026-11-05');
    expect(step(p, 'besluit-aanmelding')).toBeUndefined();
    expect(step(p, 'bezwaar-weigering')).toBeUndefined();
    expect(step(p, 'besluit-telefoon-bezwaar')?.deadline).toMatchObject({ start: '2026-10-20', certain: false });
    expect(flags(s, '2026-11-05').find((f) => f.id === 'besluit-aanmelding')).toBeUndefined();
  });
  it('also after an admission answered in the questions', () => {
    const s = log(A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-16', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja' }), [ev('w', 'besluit-geweigerd', '2026-10-20', 'telefoon')]);
    expect(s.answers['aanmelding-besluit']).toBe('toegelaten');
    expect(step(plan(s, '2026-10-22'), 'besluit-telefoon-bezwaar')?.deadline?.certain).toBe(false);
  });
});

// ── 4. Two registrations, one decision ──────────────────────────────────────────────────────────────────────────
describe('4. two written registrations (meer-scholen ja), one decision after both', () => {
  const TWO = A({ situatie: ['aanmelden'], 'meer-scholen': 'ja', 'ondersteuning-gemeld': 'ja' });
  it('both received, an admission on 16 October: the other school still has a step (6 weeks from the later receipt)', () => {
    const s = log(TWO, [ev('r1', 'aanmelding-ontvangen', '2026-09-07', 'e-mail'), ev('r2', 'aanmelding-ontvangen', '2026-09-09', 'e-mail'), ev('t', 'besluit-toegelaten', '2026-10-16', 'e-mail')]);
    expect(step(plan(s, '2026-10-19'), 'eerdere-aanmelding')).toMatchObject({ texts: 'ui:s47.planStep.andereSchoolBeslist', deadline: { start: '2026-09-09', due: '2026-10-21' } });
  });

  // D3. DEADLINE LOST (moderate). School A was e-mailed on 7 September (logged "Aanmelding verstuurd"), school B's form was
  // sent on 9 September and B confirmed receipt on 10 September (logged "Aanmelding ontvangen"); one refusal on paper on
  // 16 October. The plan has the refusal's bezwaar, but no step says the other school must still decide (6 weeks from
  // 7 September: 19 October; A04/A05; 001:119; 002:744-746): undecidedRegistrationSteps counts only registrations of the
  // kind the latest was logged as, so sent-at-A plus received-at-B counts one registration. It should keep a step for the
  // school left open, as it does when both are logged the same way (the test above; review-s47).
  it('D3: sent at school A, received at school B, one refusal: a step for the school left open', () => {
    const s = log(TWO, [ev('r1', 'aanmelding-verstuurd', '2026-09-07', 'e-mail'), ev('r2', 'aanmelding-verstuurd', '2026-09-09', 'e-mail'), ev('r3', 'aanmelding-ontvangen', '2026-09-10', 'e-mail'), ev('w', 'besluit-geweigerd', '2026-10-16', 'e-mail')]);
    const p = plan(s, '2026-10-19');
    expect(step(p, 'bezwaar-weigering')?.deadline?.due).toBe('2026-11-27');
    expect(step(p, 'eerdere-aanmelding')?.texts).toBe('ui:s47.planStep.andereSchoolBeslist');
  });
});

// ── 5. "Voeg samen" ─────────────────────────────────────────────────────────────────────────────────────────────
describe('5. "Voeg samen": a backup merged into this device', () => {
  const rec = (answers: Answers, stamps: Record<string, number>) => JSON.stringify({ version: 2, answers, position: 'plan', savedAt: new Date(Math.max(0, ...Object.values(stamps))).toISOString(), stamps });
  const dev = (s: Story, stamps: Record<string, number>): BackupData => ({ 'wegwijzer.answers': rec(s.answers, stamps), 'wegwijzer.timeline': JSON.stringify({ version: 1, ...s.data }) });
  const at = (a: Answers, t: number) => Object.fromEntries(Object.keys(a).map((k) => [k, t]));
  const restored = (d: BackupData): Story => ({ answers: parseFlow(d['wegwijzer.answers'] ?? null).saved?.answers ?? A({}), data: JSON.parse(d['wegwijzer.timeline']!) as TimelineData });
  const T0 = Date.parse('2026-11-01T10:00:00Z');
  const T1 = Date.parse('2026-11-21T10:00:00Z');
  const laptop = () => log(HV, [ev('o', 'opp-besproken', '2026-10-05', 'gesprek'), letter('2026-11-30')]);

  it('the same questions on both devices, the letter logged on the laptop: merged into the phone, the plan is the laptop\'s', () => {
    const phone = log(HV, [ev('o', 'opp-besproken', '2026-10-05', 'gesprek')]);
    const l = laptop();
    const m = restored(mergeData(dev(phone, at(phone.answers, T0)), dev(l, at(l.answers, T0))));
    expect(terms(plan(m, '2026-12-02'))).toEqual(terms(plan(l, '2026-12-02')));
  });

  // D1. DEADLINE WRONG (serious). On the laptop the parent answered "verwijdering-besluit: schriftelijk, 20 November"
  // (the date on the letter, as the question asks) and logged the letter on its arrival day, 30 November. The phone holds
  // an older state (no removal answers yet). "Voeg samen" of the laptop's copy on the phone: replayMerged resets every
  // answer an event kind writes to this device's (the phone's: none) before the replay, so the laptop's answered 20
  // November is gone and the letter of 30 November becomes the plan's own day: the certain bezwaar term says 11 January
  // 2027 instead of 1 January (and no step for 20 November). A bezwaar sent on 8 January may be too late (C09; 002:846-850;
  // FP-P4). It should keep the answer the parent gave later on the laptop (its change time, 21 November, is newer), as
  // the merge by change times did for answers no event writes.
  it('D1: the answered removal date on the laptop survives the merge into an older phone', () => {
    const phone = log(HV0, [ev('o', 'opp-besproken', '2026-10-05', 'gesprek')]);
    const l = laptop();
    const stamps = { ...at(l.answers, T0), 'hv-wil-weg': T1, 'verwijdering-besluit': T1, 'verwijdering-datum': T1 };
    const m = restored(mergeData(dev(phone, at(phone.answers, T0)), dev(l, stamps)));
    const p = plan(m, '2026-12-02');
    expect(term(p, 'bezwaar-verwijdering')).toBe('2026-11-20->2027-01-01');
    expect(term(p, 'latere-verwijdering')).toBe('2026-11-30->2027-01-11');
  });
});

// ── 6. A share link ─────────────────────────────────────────────────────────────────────────────────────────────
describe('6. a share link with the timeline', () => {
  it('opens with the same terms as the parent\'s own plan (later letter, talk, reminder, two registrations, call after an admission)', async () => {
    const stories: [Story, IsoDate][] = [
      [log(HV, [ev('s', 'schorsing', '2026-11-23', 'brief'), letter('2026-11-30')]), '2026-12-01'],
      [log(HV0, [ev('g', 'verwijdering-besluit', '2026-11-20', 'gesprek')]), '2026-11-24'],
      [log(HV0, [ev('d1', 'dossier-gevraagd', '2026-11-02', 'e-mail'), ev('d2', 'dossier-gevraagd', '2026-12-03', 'e-mail')]), '2026-12-07'],
      [log(A({ situatie: ['aanmelden'], 'meer-scholen': 'ja', 'ondersteuning-gemeld': 'ja' }), [ev('r1', 'aanmelding-verstuurd', '2026-09-07', 'e-mail'), ev('r2', 'aanmelding-verstuurd', '2026-09-09', 'e-mail'), ev('w', 'besluit-geweigerd', '2026-10-16', 'e-mail')]), '2026-10-19'],
      [log(A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja' }), [ev('a', 'aanmelding-verstuurd', '2026-09-16', 'e-mail'), ev('t', 'besluit-toegelaten', '2026-10-10', 'e-mail'), ev('w', 'besluit-geweigerd', '2026-10-20', 'telefoon')]), '2026-10-22'],
    ];
    for (const [s, today] of stories) {
      const tl = timelineOf(app(s) as never);
      const d = await decode(await encode(linkAnswers(s.answers, tl), { timeline: tl }), today);
      if ('error' in d) throw new Error(d.error);
      expect(terms(plan({ answers: d.answers, data: d.timeline! }, today))).toEqual(terms(plan(s, today)));
    }
  });
});

// ── 7. A second dossier request ─────────────────────────────────────────────────────────────────────────────────
describe('7. a second "Dossier gevraagd" with none received between', () => {
  it('a reminder by phone does not restart the month; after "Dossier gekregen" a new request does, and its reminder counts from it', () => {
    const s = log(HV0, [ev('d1', 'dossier-gevraagd', '2026-11-02', 'e-mail'), ev('d2', 'dossier-gevraagd', '2026-11-20', 'telefoon'), ev('r', 'dossier-ontvangen', '2026-12-01', 'e-mail'),
      ev('d3', 'dossier-gevraagd', '2027-01-10', 'e-mail'), ev('d4', 'dossier-gevraagd', '2027-02-15', 'e-mail')]);
    expect(step(plan(s, '2027-02-16'), 'dossier-herinneren')?.deadline).toMatchObject({ start: '2027-01-10', due: '2027-02-10', status: 'passed' });
    expect(flags(s, '2027-02-16').find((f) => f.id === 'dossier')).toMatchObject({ start: '2027-01-10', due: '2027-02-10' });
  });

  // D2. DEADLINE WRONG (moderate). The parent answered "Dossier gevraagd: ja, op 2 november" in the questions, and on
  // 3 December logged the reminder she sent ("Dossier gevraagd"). The logged reminder writes its date over the answer and
  // the plan counts the school's month from 3 December: "nog 27 dagen" (due 3 January), and "te laat?" stays silent, while
  // the school was late since 2 December. Exactly the story session 47 fixed, but only when the first request was logged
  // too. It should count from 2 November (right to the dossier: 001:752, 000:773-778; the month EXT, not certain).
  it('D2: a first request answered in the questions, a reminder logged: the month counts from the answer', () => {
    const s = log(A({ ...(HV0 as Record<string, unknown>), 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-02' }), [ev('d2', 'dossier-gevraagd', '2026-12-03', 'e-mail')]);
    expect(step(plan(s, '2026-12-07'), 'dossier-herinneren')?.deadline).toMatchObject({ start: '2026-11-02', due: '2026-12-02', status: 'passed' });
    expect(flags(s, '2026-12-07').find((f) => f.id === 'dossier')).toMatchObject({ start: '2026-11-02' });
  });
});

// ── 8. A request to the Geschillencommissie after a TLV decision ───────────────────────────────────────────────
describe('8. a request to the Geschillencommissie logged after a TLV decision', () => {
  const TLV = A({ situatie: ['tlv'], 'tlv-gehoord': 'ja', 'tlv-soort': 'so', 'bezwaar-ingediend': 'nee', 'tlv-eens': 'nee' });
  it('a refused TLV: the bezwaar step (not certain, EXT 6 weeks) says the commission does not hear a TLV', () => {
    const p = plan(log(TLV, [ev('t', 'tlv-afgewezen', '2026-11-23', 'brief'), ev('g', 'gpo-ingediend', '2026-12-14', 'e-mail')]), '2026-12-16');
    expect(step(p, 'tlv-bezwaar')).toMatchObject({ note: 'ui:s47.gpoNietTlv', deadline: { due: '2027-01-04', certain: false } });
    expect(String(uiAt('s47.gpoNietTlv'))).toMatch(/samenwerkingsverband/);
  });
  it('two TLV decisions: both bezwaar steps get the note', () => {
    const p = plan(log(TLV, [ev('t', 'tlv-afgewezen', '2026-11-02', 'brief'), ev('t2', 'tlv-toegekend', '2026-11-23', 'brief'), ev('g', 'gpo-ingediend', '2026-12-07', 'e-mail')]), '2026-12-08');
    expect(step(p, 'tlv-bezwaar')?.note).toBe('ui:s47.gpoNietTlv');
    expect(step(p, 'tlv-afwijzing-voor-toekenning')?.note).toBe('ui:s47.gpoNietTlv');
  });
  it('a removal and a TLV, the request (about the removal) logged: the removal\'s bezwaar stays certain, the TLV step gets the note', () => {
    const M = A({ ...(HV as Record<string, unknown>), situatie: ['handelingsverlegen', 'tlv'], 'tlv-gehoord': 'ja', 'tlv-soort': 'so', 'tlv-eens': 'nee', 'bezwaar-ingediend': 'nee' });
    const p = plan(log(M, [ev('t', 'tlv-toegekend', '2026-11-23', 'brief'), ev('g', 'gpo-ingediend', '2026-12-14', 'e-mail')]), '2026-12-16');
    expect(step(p, 'bezwaar-verwijdering')?.deadline).toMatchObject({ due: '2027-01-01', certain: true });
    expect(step(p, 'tlv-bezwaar')?.note).toBe('ui:s47.gpoNietTlv');
  });

  // D5. WRONG ADVICE (low). TLV granted on 23 November against the parent's wish; she phoned the SWV to object (logged,
  // "Telefoon") and on 14 December asked the Geschillencommissie. The TLV bezwaar step keeps only the note that a phone
  // bezwaar does not count (gpoNotTlvNotes skips a step that has a note): nothing says her request to the commission is
  // no bezwaar against a TLV either (F07; 001:723-729; E16-E18, 001:939-941). Both should be said.
  it('D5: a phone bezwaar and a request to the commission: the step still says the commission does not hear a TLV', () => {
    const p = plan(log(TLV, [ev('t', 'tlv-toegekend', '2026-11-23', 'brief'), ev('b', 'bezwaar-ingediend', '2026-11-30', 'telefoon'), ev('g', 'gpo-ingediend', '2026-12-14', 'e-mail')]), '2026-12-16');
    const s = step(p, 'tlv-bezwaar')!;
    expect(s.deadline?.status).toBe('upcoming');
    expect(JSON.stringify(s)).toContain('s47.gpoNietTlv');
  });
});

// ── 9. The meeting report's voorbehoud ──────────────────────────────────────────────────────────────────────────
describe('9. "Bevestiging van afspraken" while a bezwaar term runs', () => {
  it('a removal on paper of 20 November: the report names it while its 6 weeks run, not after them', () => {
    const s = log(HV, [talk('m', '2026-11-27')]);
    expect(meetingLetterValuesOf(app(s) as never, 'nl', '2026-11-30').voorbehoud).toBe('Dit verslag is geen instemming met het besluit van 20 november 2026. Mijn recht om bezwaar te maken blijft staan.');
    expect(meetingLetterValuesOf(app(s) as never, 'nl', '2027-01-05').voorbehoud).toBeUndefined();
  });
  it('a bezwaar filed: "Mijn bezwaar blijft staan", also after the 6 weeks', () => {
    const s = log(A({ ...(HV as Record<string, unknown>), 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-12-10' }), [talk('m', '2027-01-20')]);
    expect(meetingLetterValuesOf(app(s) as never, 'nl', '2027-01-21').voorbehoud).toMatch(/20 november 2026\. Mijn bezwaar blijft staan\.$/);
  });
});

// ── 10. A refused TLV while a registration is undecided; the groep 7-8 refusal warning ───────────────────────────
describe('10. a refused TLV while a registration is undecided; the groep 7-8 refusal warning', () => {
  const R = A({ situatie: ['aanmelden', 'tlv'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-10-05', 'aanmelding-bevestiging': 'ja', 'ondersteuning-gemeld': 'ja', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'nee',
    'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-11-02', 'tlv-eens': 'ja', 'tlv-gehoord': 'ja', 'tlv-soort': 'so', groep: 'groep-7-8' });
  it('the step points to the school registered at, and that school\'s last day (16 November) is the first action', () => {
    const p = plan({ answers: R, data: { events: [], base: {} } }, '2026-11-04');
    expect(step(p, 'na-tlv-afwijzing')?.texts).toBe('ui:s47.planStep.tlvAfgewezenAanmelding');
    expect(firstThings(p).actions[0]).toMatchObject({ id: 'besluit-aanmelding', deadline: { due: '2026-11-16' } });
  });
  it('a refusal in groep 7-8 without another school: the warning names the VO admission-requirements exception (A17); a refused offer keeps its own text', () => {
    const W = A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-10-05', 'ondersteuning-gemeld': 'ja', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-11-02', 'weigering-andere-school': 'nee', groep: 'groep-7-8' });
    const w = plan({ answers: W, data: { events: [], base: {} } }, '2026-11-04').warnings.find((x) => x.id === 'weigering-zonder-andere-school');
    expect(w?.texts).toBe('ui:s47.warning.weigeringZonderAndereSchoolVo');
    expect(String((uiAt(w!.texts!) as { text: string }).text)).toMatch(/algemene eisen voor toelating tot het voortgezet onderwijs/);
    const offer = plan({ answers: A({ ...(W as Record<string, unknown>), 'aanbod-geweigerd': 'ja' }), data: { events: [], base: {} } }, '2026-11-04').warnings.find((x) => x.id === 'weigering-zonder-andere-school');
    expect(offer?.texts).toBe('ui:p1s38.warning.weigeringZonderAndereSchool');
  });

  // D6. WRONG ADVICE (low). Groep 8, registered at a middelbare school that asked for a vso TLV; the SWV refused it. The new
  // step says "Ze mag je kind niet weigeren zonder zo'n andere school", while a VO school may refuse a pupil who does not
  // meet the general admission requirements for voortgezet onderwijs without finding another school (A17; 002:712-726;
  // 001:132), which the refusal warning of this same session names. The step should name that exception (or not state
  // the rule absolutely) when the school may be a middelbare school (groep 7-8).
  it('D6: the step after a refused TLV names the VO admission-requirements exception for a groep 7-8 child', () => {
    const p = plan({ answers: R, data: { events: [], base: {} } }, '2026-11-04');
    const texts = step(p, 'na-tlv-afwijzing')!.texts!;
    expect(String((uiAt(texts) as { why: string }).why)).toMatch(/algemene eisen/);
  });
});

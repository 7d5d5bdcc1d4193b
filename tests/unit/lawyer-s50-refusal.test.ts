/**
 * A parents' lawyer reading the refusal part of src/timeline/earlier.ts after session 50 (earlierRefusalSteps with its
 * `unplaced` bezwaar, phoneDecisionSteps for a refusal, withAnsweredDecisions, earlierGpoSteps, spokenNextRegistrationSteps,
 * earlierRegistrationSteps) beside the plan's own bezwaar-weigering, geschillencommissie and besluit-aanmelding
 * (src/rules/steps/aanmelden.ts, geschil.ts): registrations, refusals on paper, by e-mail and by phone, admissions, bezwaar
 * and requests to the Geschillencommissie (GPO) logged in "Mijn tijdlijn" or answered in the questions, read as the app
 * reads them (planOf), on the first screen (firstThings), the gesprekskaart (cardOf) and the calendar (calendarSteps).
 * Sources: ../shared/FACTS.md A04/A05 (6 weeks after receipt, once 4 more: 001:119, 002:744-746), A21 (6 weeks for bezwaar
 * after the refusal is made known: 002:748-750), A20 and FP02 (a refusal only by phone is no decision, no clock), F07, F13 and
 * §X.2 (the GPO hears a refusal only for a child who needs extra support; its 6 weeks are EXT, not certain), A24-A26 and
 * FP-P3 (registering at the next school), FP-P4 (act within 6 weeks, in writing).
 *
 * Plain `it`: behaviour checked and found right (each can fail). `it.fails`: a defect, with what is wrong, the source, how
 * serious and the exact story; the assertion that fails is the one about the defect.
 * Session 50: D1-D4 fixed the same session (withAnsweredObjection in src/timeline/earlier.ts: a bezwaar answered in the
 * questions is placed among the decisions as a logged one is; withAnsweredDecisions also after "bezwaar ingediend: ja").
 * D5-D12 stay open as `it.fails`.
 * Session 51: D5-D12 fixed (src/timeline/earlier.ts: refusalsRead, toldAgain, phoneDecisionSteps, unplacedGpoRequest,
 * newSchoolRefusalTexts; src/ui/firstThings.ts; content besluit-aanmelding); all plain `it` now.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/rules/plan';
import type { IsoDate } from '../../src/rules/dates';
import { FILING_STEPS } from '../../src/rules/catalogue';
import { firstThings } from '../../src/ui/firstThings';
import { calendarSteps } from '../../src/rules/ics';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import type { TimelineEvent } from '../../src/timeline/model';
import type { How } from '../../src/timeline/effects';
import { ev, log } from './timeline-log';
import { appOf, planAtApp, type Story } from './app-story';
import { loadPlanTexts } from './plan-texts';
import { A, agree, answeredRefusal, B, bezwaar, type Dated, dated, dutch, G, gpo, ids, R, sixWeeks, status, step, support, tenWeeks, term, termsOf, W } from './lawyer-kit';

beforeAll(loadPlanTexts);

/** The same as lawyer-kit.ts `support` without a support need: a refusal goes to no Geschillencommissie. */
const plain = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'nee', 'meer-scholen': 'nee' });

const T = (date: IsoDate, how: How = 'brief'): TimelineEvent => ev(`t${date}${how}`, 'besluit-toegelaten', date, how);
const V = (date: IsoDate): TimelineEvent => ev(`v${date}`, 'besluit-verlengd', date, 'brief');

/** What a parent reads of every step: id, group, term, texts, note and params, in Dutch. */
const readable = (p: Plan) => p.steps.map((s) => `${s.id}|${s.group}|${s.deadline ? `${term(s as Dated)} ${s.deadline.status}${s.deadline.certain ? '' : '?'}` : ''}|${dutch(s, 'title')}|${dutch(s, s.deadline?.status === 'passed' ? 'late' : 'why')}|${s.note ?? ''}`);

describe('checked and found right', () => {
  it('two refusals (15 Sep, 1 Oct, the next school between), one bezwaar on paper on 5 Oct: both terms stay, 42 days each, certain; the passed one is not told after that bezwaar', () => {
    const s = log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-20'), W('2026-10-01'), B('2026-10-05')]);
    expect(sixWeeks('2026-09-15')).toBe('2026-10-27');
    expect(sixWeeks('2026-10-01')).toBe('2026-11-12');
    for (const today of ['2026-10-05', '2026-10-26', '2026-10-27', '2026-10-28', '2026-11-11', '2026-11-12', '2026-11-13'] as const) {
      const p = agree(s, today);
      expect(termsOf(bezwaar(p))).toEqual([
        ...(today <= '2026-10-27' ? [`eerdere-weigering 2026-09-15>2026-10-27 ${status('2026-10-27', today)}`] : []),
        ...(today <= '2026-11-12' ? [`bezwaar-weigering 2026-10-01>2026-11-12 ${status('2026-11-12', today)}`] : []),
      ].sort());
      // The plan's GPO step counts from the latest refusal, not certain (F13, §X.2); the earlier one's is named in its own step's text.
      expect(step(p, 'geschillencommissie')?.deadline).toMatchObject({ start: '2026-10-01', due: '2026-11-12', certain: false });
      if (today <= '2026-10-27') expect(dutch(step(p, 'eerdere-weigering')!)).toMatch(/Heb je al bezwaar gemaakt tegen dit besluit\?/);
      // The first screen names the nearest running term first.
      expect(firstThings(p).next?.deadline.due).toBe(today <= '2026-10-27' ? '2026-10-27' : today <= '2026-11-12' ? '2026-11-12' : undefined);
    }
  });

  it('refusal 15 Sep, bezwaar 20 Sep, the next school refuses 1 Oct: no bezwaar step for 15 Sep, its GPO weeks (not certain) as eerdere-geschillencommissie, the plan counts 1 Oct', () => {
    const s = log(support, [R('2026-09-01'), W('2026-09-15'), B('2026-09-20'), R('2026-09-22'), W('2026-10-01')]);
    for (const today of ['2026-10-05', '2026-10-27', '2026-10-28', '2026-11-12', '2026-11-13'] as const) {
      const p = agree(s, today);
      expect(bezwaar(p).filter((x) => x.deadline.start === '2026-09-15')).toEqual([]);
      expect(step(p, 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-10-01', due: '2026-11-12', status: status('2026-11-12', today), certain: true });
      const earlier = step(p, 'eerdere-geschillencommissie');
      if (today <= '2026-10-27') {
        expect(earlier?.deadline).toMatchObject({ start: '2026-09-15', due: '2026-10-27', certain: false });
        expect(dutch(earlier!)).toMatch(/Je hebt daar bezwaar tegen gemaakt/);
      } else expect(earlier).toBeUndefined();
      // A registration between the bezwaar and the new refusal: the next school's answer, not the board's decision on the bezwaar.
      expect(step(p, 'bezwaar-weigering')?.note).toBeUndefined();
    }
  });

  it('the same school refuses again after the bezwaar (no registration between): the new term stays and says it may be the decision on the bezwaar', () => {
    const p = agree(log(support, [R('2026-09-01'), W('2026-09-15'), B('2026-09-20'), W('2026-10-01')]), '2026-10-05');
    expect(step(p, 'bezwaar-weigering')).toMatchObject({ note: 'ui:reg35.beslissingOpBezwaar', deadline: { start: '2026-10-01', due: '2026-11-12' } });
  });

  it('a refusal by phone (15 Sep), then on paper (22 Sep): one certain term from the letter, no possible term from the call, no second decision', () => {
    const s = log(support, [R('2026-09-01'), W('2026-09-15', 'telefoon'), W('2026-09-22')]);
    for (const today of ['2026-09-25', '2026-10-27', '2026-11-03', '2026-11-04'] as const) {
      const p = agree(s, today);
      expect(termsOf(bezwaar(p))).toEqual([`bezwaar-weigering 2026-09-22>2026-11-03 ${status('2026-11-03', today)}`]);
      expect(ids(p)).not.toContain('weigering-op-papier-vragen');
      expect(ids(p)).not.toContain('besluit-aanmelding');
    }
  });

  it('a call that changes nothing changes no text: a refusal on paper, then the same school calls (no registration since), alone or after a second refusal', () => {
    const stories: [TimelineEvent[], TimelineEvent][] = [
      [[R('2026-09-01'), W('2026-09-15')], W('2026-09-22', 'telefoon')],
      [[R('2026-09-01'), W('2026-09-15'), R('2026-09-20'), W('2026-10-01')], W('2026-10-05', 'telefoon')],
    ];
    for (const [before, call] of stories) {
      for (const today of ['2026-10-09', '2026-10-28', '2026-11-13'] as const) {
        expect(readable(agree(log(support, [...before, call]), today))).toEqual(readable(planAtApp(log(support, before), today)));
      }
    }
  });

  it('a letter and a call on the same day, in either order, or the letter twice (paper and e-mail): one decision, one certain term', () => {
    for (const events of [[W('2026-09-15', 'telefoon'), W('2026-09-15')], [W('2026-09-15'), W('2026-09-15', 'telefoon')], [W('2026-09-15'), W('2026-09-15', 'e-mail')]]) {
      const p = agree(log(support, [R('2026-09-01'), ...events]), '2026-09-16');
      expect(termsOf(bezwaar(p))).toEqual(['bezwaar-weigering 2026-09-15>2026-10-27 upcoming']);
      expect(termsOf(gpo(p))).toEqual(['geschillencommissie 2026-09-15>2026-10-27 upcoming?']);
    }
    // With a later refusal at the next school: the day has one earlier step (letter and e-mail, or letter and call).
    for (const day of [[W('2026-09-15'), W('2026-09-15', 'e-mail')], [W('2026-09-15'), W('2026-09-15', 'telefoon')], [W('2026-09-15', 'telefoon'), W('2026-09-15')]]) {
      const p = agree(log(support, [R('2026-09-01'), ...day, R('2026-09-20'), W('2026-10-01')]), '2026-10-02');
      expect(bezwaar(p).filter((x) => x.deadline.start === '2026-09-15')).toHaveLength(1);
    }
  });

  it('a refusal answered in the questions (15 Sep) with refusals logged before (1 Sep) and after (1 Oct): three terms, each once; the passed ones stay while the latest runs', () => {
    const s = log(A({ ...support, ...answeredRefusal, 'aanmelding-datum': '2026-09-03' }), [R('2026-08-20'), W('2026-09-01'), R('2026-09-20'), W('2026-10-01')]);
    for (const today of ['2026-10-05', '2026-10-13', '2026-10-14', '2026-10-27', '2026-10-28', '2026-11-12', '2026-11-13'] as const) {
      const p = agree(s, today);
      const open = today <= '2026-11-12';
      expect(termsOf(bezwaar(p))).toEqual([
        ...(open ? [`eerdere-weigering 2026-09-01>2026-10-13 ${status('2026-10-13', today)}`, `eerdere-weigering-2 2026-09-15>2026-10-27 ${status('2026-10-27', today)}`] : []),
        `bezwaar-weigering 2026-10-01>2026-11-12 ${status('2026-11-12', today)}`,
      ].sort());
      // A passed earlier refusal is no first-screen action.
      for (const x of bezwaar(p).filter((y) => y.deadline.status === 'passed' && y.id.startsWith('eerdere'))) expect(firstThings(p).actions).not.toContain(x);
    }
  });

  it('three refusals within six weeks: each has its own step, the first screen names the nearest and lists the third', () => {
    const s = log(support, [R('2026-09-01'), W('2026-09-10'), R('2026-09-12'), W('2026-09-20'), R('2026-09-22'), W('2026-10-01')]);
    for (const today of ['2026-10-05', '2026-10-22', '2026-10-23', '2026-11-01', '2026-11-02', '2026-11-12', '2026-11-13'] as const) {
      const p = agree(s, today);
      expect(termsOf(bezwaar(p))).toEqual([
        ...(today <= '2026-11-12' ? [`eerdere-weigering 2026-09-10>2026-10-22 ${status('2026-10-22', today)}`, `eerdere-weigering-2 2026-09-20>2026-11-01 ${status('2026-11-01', today)}`] : []),
        `bezwaar-weigering 2026-10-01>2026-11-12 ${status('2026-11-12', today)}`,
      ].sort());
    }
    const f = firstThings(planAtApp(s, '2026-10-05'));
    expect(f.actions.map((x) => x.id)).toEqual(['eerdere-weigering', 'eerdere-weigering-2']);
    expect(f.also?.map((x) => x.id)).toEqual(['bezwaar-weigering']);
    expect(dutch(step(planAtApp(s, '2026-10-05'), 'eerdere-weigering-2')!, 'title')).toMatch(/20 september 2026/);
  });

  it('refusal, registration at the next school, admitted there: the plan\'s own bezwaar step (a choice), once; without the registration weigering-voor-toelating (a maybe-choice)', () => {
    const next = log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-18'), T('2026-10-01')]);
    for (const today of ['2026-10-05', '2026-10-27', '2026-10-28'] as const) {
      const p = agree(next, today);
      expect(termsOf(bezwaar(p))).toEqual([`bezwaar-weigering 2026-09-15>2026-10-27 ${status('2026-10-27', today)}`]);
      if (today <= '2026-10-27') expect(firstThings(p).choice).toMatchObject({ step: { id: 'bezwaar-weigering' }, maybe: false, gpo: true });
    }
    const same = log(support, [R('2026-09-01'), W('2026-09-15'), T('2026-10-01')]);
    const p = agree(same, '2026-10-05');
    expect(termsOf(bezwaar(p))).toEqual(['weigering-voor-toelating 2026-09-15>2026-10-27 upcoming']);
    expect(firstThings(p).choice).toMatchObject({ step: { id: 'weigering-voor-toelating' }, maybe: true });
    expect(dutch(step(p, 'weigering-voor-toelating')!)).toMatch(/Liet dezelfde school je kind toch toe\? Dan hoef je ook niets te doen/);
    // Two refusals, then an admission with no registration: the first is an earlier refusal, the second the choice.
    const two = agree(log(support, [R('2026-09-01'), W('2026-09-10'), R('2026-09-12'), W('2026-09-20'), T('2026-10-01')]), '2026-10-02');
    expect(termsOf(bezwaar(two))).toEqual(['eerdere-weigering 2026-09-10>2026-10-22 upcoming', 'weigering-voor-toelating 2026-09-20>2026-11-01 upcoming']);
  });

  it('admitted at one school, registered at the next, refused there: one term from the refusal', () => {
    const p = agree(log(support, [R('2026-09-01'), T('2026-09-15'), R('2026-09-18'), W('2026-10-01')]), '2026-10-05');
    expect(termsOf(bezwaar(p))).toEqual(['bezwaar-weigering 2026-10-01>2026-11-12 upcoming']);
    expect(termsOf(gpo(p))).toEqual(['geschillencommissie 2026-10-01>2026-11-12 upcoming?']);
  });

  it('a GPO request on paper between two refusals is against the first: the plan\'s GPO step for the second stays (not certain), none for the first', () => {
    const s = log(support, [R('2026-09-01'), W('2026-09-15'), G('2026-09-18'), R('2026-09-20'), W('2026-10-01')]);
    for (const today of ['2026-10-05', '2026-10-28'] as const) {
      const p = agree(s, today);
      expect(termsOf(gpo(p))).toEqual([`geschillencommissie 2026-10-01>2026-11-12 upcoming?`]);
      expect(ids(p)).toContain('gpo-loopt');
    }
  });

  it('no support need (ondersteuning-gemeld: nee): refusals have no Geschillencommissie step in any story; the bezwaar terms are the same', () => {
    const stories = [
      [R('2026-09-01'), W('2026-09-15'), R('2026-09-20'), W('2026-10-01')],
      [R('2026-09-01'), W('2026-09-15'), B('2026-09-20'), R('2026-09-22'), W('2026-10-01')],
      [R('2026-09-01'), W('2026-09-15'), R('2026-09-20'), W('2026-10-01'), B('2026-10-05')],
      [R('2026-09-01'), W('2026-09-15'), R('2026-09-18'), T('2026-10-01')],
    ];
    for (const events of stories) {
      const p = agree(log(plain, events), '2026-10-06');
      expect(ids(p).filter((x) => x.includes('geschillencommissie'))).toEqual([]);
      expect(termsOf(bezwaar(p))).toEqual(termsOf(bezwaar(planAtApp(log(support, events), '2026-10-06'))));
    }
  });

  it('a bezwaar by phone or in a talk after two refusals is no bezwaar (FP-P4): both terms stay with the spoken note', () => {
    for (const how of ['telefoon', 'gesprek'] as const) {
      const p = agree(log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-20'), W('2026-10-01'), B('2026-10-05', how)]), '2026-10-06');
      expect(termsOf(bezwaar(p))).toEqual(['bezwaar-weigering 2026-10-01>2026-11-12 upcoming', 'eerdere-weigering 2026-09-15>2026-10-27 upcoming']);
      for (const x of bezwaar(p)) expect(x.note).toBe('ui:open34.spokenObjection');
    }
  });

  it('a refusal on paper, a registration at the next school, a refusal there by phone: the letter keeps its certain term, the call a possible one, the next school its own 6 weeks from receipt', () => {
    const s = log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-18'), W('2026-10-01', 'telefoon')]);
    for (const today of ['2026-10-05', '2026-10-27'] as const) {
      const p = agree(s, today);
      expect(step(p, 'eerdere-weigering')?.deadline).toMatchObject({ start: '2026-09-15', due: '2026-10-27', certain: true });
      expect(step(p, 'besluit-telefoon-bezwaar')?.deadline).toMatchObject({ start: '2026-10-01', due: '2026-11-12', certain: false });
      expect(step(p, 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-09-18', due: sixWeeks('2026-09-18') });
      expect(ids(p)).not.toContain('bezwaar-weigering');
    }
    // Once the 6 weeks have passed the school may have extended them: the 10-week day is still ahead.
    expect(step(planAtApp(s, '2026-11-01'), 'besluit-aanmelding')?.deadline?.maybeExtendedTo).toBe(tenWeeks('2026-09-18'));
    // The first screen names the letter's running term first.
    expect(firstThings(planAtApp(s, '2026-10-05')).next?.id).toBe('eerdere-weigering');
  });

  it('a refusal only by phone, then a registration at the next school: no certain term; the first school\'s last day in the paper step\'s note; the next school\'s 6 weeks', () => {
    const s = log(support, [R('2026-09-01'), W('2026-09-15', 'telefoon'), R('2026-09-20')]);
    const p = agree(s, '2026-10-05');
    expect(bezwaar(p).every((x) => !x.deadline.certain)).toBe(true);
    expect(step(p, 'weigering-op-papier-vragen')).toMatchObject({ note: 'ui:s48.eersteSchoolTermijn', params: { eersteAangemeld: '2026-09-01', eersteUiterlijk: sixWeeks('2026-09-01') } });
    expect(step(p, 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-09-20', due: sixWeeks('2026-09-20') });
  });

  it('the registration decision: 6 weeks after receipt (42 days), 10 with the extension; an extension at the first school is not carried to the next after a refusal', () => {
    const waiting = log(support, [ev('s1', 'aanmelding-verstuurd', '2026-08-28', 'e-mail'), R('2026-09-01')]);
    for (const today of ['2026-10-12', '2026-10-13', '2026-10-14'] as const) {
      const d = agree(waiting, today).steps.find((x) => x.id === 'besluit-aanmelding')?.deadline;
      expect(d).toMatchObject({ start: '2026-09-01', due: '2026-10-13', status: status('2026-10-13', today) });
      if (today > '2026-10-13') expect(d?.maybeExtendedTo).toBe('2026-11-10');
    }
    const extended = log(support, [R('2026-09-01'), V('2026-10-01')]);
    expect(step(agree(extended, '2026-10-14'), 'besluit-aanmelding')?.deadline).toMatchObject({ due: tenWeeks('2026-09-01'), status: 'upcoming' });
    const next = log(support, [R('2026-09-01'), V('2026-10-01'), W('2026-11-05'), R('2026-11-10')]);
    for (const today of ['2026-11-11', '2026-12-17', '2026-12-18', '2026-12-22', '2026-12-23'] as const) {
      const p = agree(next, today);
      expect(step(p, 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-11-05', due: '2026-12-17', status: status('2026-12-17', today) });
      expect(step(p, 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-11-10', due: '2026-12-22' });
    }
  });

  it('a registration by phone at the next school after a refusal: "meld schriftelijk aan" with its note; the refusal\'s term stays', () => {
    const p = agree(log(support, [R('2026-09-01'), W('2026-09-15'), ev('c1', 'aanmelding-verstuurd', '2026-09-20', 'telefoon')]), '2026-09-21');
    expect(step(p, 'schriftelijk-aanmelden')?.note).toBe('ui:reg35.spokenRegistration');
    expect(termsOf(bezwaar(p))).toEqual(['bezwaar-weigering 2026-09-15>2026-10-27 upcoming']);
  });

  it('registered at two schools (meer-scholen: ja), two refusals: both terms, no step for a school still deciding', () => {
    const p = agree(log(A({ ...support, 'meer-scholen': 'ja' }), [R('2026-09-01'), R('2026-09-03'), W('2026-09-20'), W('2026-10-01')]), '2026-10-02');
    expect(termsOf(bezwaar(p))).toEqual(['bezwaar-weigering 2026-10-01>2026-11-12 upcoming', 'eerdere-weigering 2026-09-20>2026-11-01 upcoming']);
    expect(ids(p)).not.toContain('eerdere-aanmelding');
  });
});

describe('defects', () => {
  /**
   * D1 (NO BEZWAAR TERM AT ALL, serious). Story: in the questions the parent answered a refusal on paper of 15 September 2026
   * (registration received 1 Sep; "Heb je al bezwaar gemaakt tegen het besluit?" ja, on 5 October, or "weet ik niet"). In
   * "Mijn tijdlijn" she logs the next school's receipt of her registration (20 Sep, e-mail) and its refusal on paper (1 Oct).
   * On 6 October the plan holds no bezwaar step at all: withAnsweredDecisions adds nothing once "bezwaar ingediend: ja" (so
   * the 15 Sep refusal has no step), and the catalogue drops its own bezwaar-weigering for 1 Oct (bezwaar-datum on or after it;
   * "weet ik niet" likewise). Only the Geschillencommissie's date, "niet zeker", is left. Her one bezwaar was most likely
   * against the refusal she answered about, and then the next school's certain 6 weeks (to 12 November, A21, 002:748-750) are
   * on no screen; read the other way, the first refusal's (to 27 October) are. The same story with the bezwaar LOGGED on 5 Oct
   * keeps both (earlierRefusalSteps `unplaced`: one bezwaar after two running decisions cannot be placed), and session 32 says
   * a story answered and the same story logged give the same steps. Should: both terms stay.
   */
  it('D1: refusal and bezwaar answered, then the next school\'s refusal logged: both running bezwaar terms stay', () => {
    for (const day of ['2026-10-05', 'weet-niet']) {
      const p = planAtApp(log(A({ ...support, ...answeredRefusal, 'bezwaar-ingediend': 'ja', 'bezwaar-datum': day }), [R('2026-09-20'), W('2026-10-01')]), '2026-10-06');
      expect(bezwaar(p).map(term).sort()).toEqual(['2026-09-15>2026-10-27', '2026-10-01>2026-11-12']);
    }
  });

  /**
   * D2 (A RUNNING CERTAIN TERM MISSING, serious). Story: refusals on paper logged on 15 September (after a registration of 1 Sep)
   * and 1 October 2026 (after a registration at the next school on 20 Sep); in the questions the parent answers "Heb je al
   * bezwaar gemaakt?" ja, on 5 October. On 6 October the plan keeps eerdere-weigering for 15 Sep (to 27 Oct) and drops the
   * plan's own bezwaar-weigering for 1 Oct (to 12 Nov): the answered bezwaar is read as against the latest refusal only,
   * while on 5 October both refusals' 6 weeks ran, and the app's own rule (session 50: "a bezwaar logged or answered" may be
   * against an earlier decision, noObjectionSince) says it cannot be placed. Logged instead of answered, the same bezwaar keeps
   * both terms (the first test above). If her bezwaar went to the first school's board, the next school's certain 6 weeks
   * (A21, 002:748-750) are gone from the plan, the first screen, the card and the calendar; only the GPO's "niet zeker" 12 Nov
   * is left. The `unplaced` rule in earlierRefusalSteps reads logged bezwaren only.
   */
  it('D2: two logged refusals, a bezwaar answered in the questions after both: the later refusal\'s term stays', () => {
    const s = log(A({ ...support, 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-10-05' }), [R('2026-09-01'), W('2026-09-15'), R('2026-09-20'), W('2026-10-01')]);
    const p = planAtApp(s, '2026-10-06');
    expect(step(p, 'eerdere-weigering')?.deadline?.due).toBe('2026-10-27');
    expect(bezwaar(p).map(term).sort()).toEqual(['2026-09-15>2026-10-27', '2026-10-01>2026-11-12']);
  });

  /**
   * D3 (NO BEZWAAR TERM AT ALL, serious; the removal part, found while comparing). Story: removal letters on paper logged on
   * 2 and 20 November 2026 (the setup of lawyer-s50-removal.test.ts), and in the questions "bezwaar ingediend: ja", on 25
   * November. On 26 November the plan has no bezwaar step: the catalogue drops bezwaar-verwijdering (bezwaar after 20 Nov) and
   * unplacedRemovalObjection / objectedToLetter read only logged bezwaren, yet earlierLetters is not called either; the
   * eerdere-geschillencommissie for 2 Nov says "Je hebt daar bezwaar tegen gemaakt". Session 50 fixed exactly this story with
   * the bezwaar LOGGED (its D1: both terms stay, 14 Dec and 1 Jan; C09, 002:846-850); answered, both certain terms are gone.
   */
  it('D3: removal letters 2 and 20 Nov, a bezwaar answered in the questions on 25 Nov: both removal terms stay', () => {
    const hv = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10', 'hv-wil-weg': 'ja', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-11-25' });
    const p = planAtApp(log(hv, [ev('l1', 'verwijdering-besluit', '2026-11-02', 'brief'), ev('l2', 'verwijdering-besluit', '2026-11-20', 'brief')]), '2026-11-26');
    expect(bezwaar(p).map(term).sort()).toEqual(['2026-11-02>2026-12-14', '2026-11-20>2027-01-01']);
  });

  /**
   * D4 (GPO WEEKS MISSING, low-moderate; EXT, not certain: F13, §X.2). Story: in the questions a refusal on paper of 15
   * September 2026 and "bezwaar gemaakt: ja, 20 September"; logged afterwards: the next school's receipt (22 Sep) and its
   * refusal on paper (1 Oct). The first refusal's request to the Geschillencommissie, beside the bezwaar (F07, F13), may run
   * to 27 October; the plan names it nowhere (withAnsweredDecisions adds nothing after an answered bezwaar, so earlierGpoSteps
   * never sees the 15 Sep refusal). Logged instead of answered, the same story has eerdere-geschillencommissie to 27 Oct
   * ("Je hebt daar bezwaar tegen gemaakt. Daarna kwam er een nieuw besluit", checked above). A story answered and the same
   * story logged should give the same steps (session 32).
   */
  it('D4: refusal and bezwaar answered, the next school\'s refusal logged: the first refusal\'s GPO weeks are named', () => {
    const p = planAtApp(log(A({ ...support, ...answeredRefusal, 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-09-20' }), [R('2026-09-22'), W('2026-10-01')]), '2026-10-05');
    expect(step(p, 'bezwaar-weigering')?.deadline?.start).toBe('2026-10-01');
    expect(termsOf(gpo(p))).toEqual(['eerdere-geschillencommissie 2026-09-15>2026-10-27 upcoming?', 'geschillencommissie 2026-10-01>2026-11-12 upcoming?']);
  });

  /**
   * D5 (GPO WEEKS MISSING, low; EXT, not certain: F13, §X.2). Story: a refusal on paper on 15 September 2026, a registration
   * at the next school on 20 September, its refusal on paper on 1 October (a child who needs extra support), then one
   * "Verzoek naar de Geschillencommissie gestuurd" on paper on 5 October. One request cannot be against two boards' refusals;
   * the plan reads it as against both: the plan's own geschillencommissie (1 Oct, to 12 Nov) leaves, earlierGpoSteps counts
   * both as requested, and no step that counts from 1 October names the commission (bezwaar-weigering's text, steps.yaml,
   * does not; earlier.ts carriesGpo says it does). The 15 Sep refusal's step still does ("Doe dat binnen dezelfde 6 weken").
   * If the request went about the first school, the second refusal's GPO route is on no screen. For a bezwaar the app keeps
   * both terms in this story (`unplaced`); the same with removal letters 2 and 20 Nov and a request on 25 Nov.
   */
  it('D5: two refusals, one GPO request after both: a step counting from the later refusal still names the Geschillencommissie', () => {
    const p = planAtApp(log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-20'), W('2026-10-01'), G('2026-10-05')]), '2026-10-06');
    expect(dutch(step(p, 'eerdere-weigering')!)).toMatch(/Geschillencommissie/);
    expect(dated(p).filter((s) => s.deadline.start === '2026-10-01' && /Geschillencommissie/.test(dutch(s))).map((s) => s.id)).not.toEqual([]);
  });

  /**
   * D6 (PASSED TERM VANISHES, low). Story: a refusal on paper on 15 September 2026, a registration at the next school (18 Sep),
   * that school's "no" by phone on 1 October. On 28 October (the letter's 6 weeks ended 27 October) the plan says nothing more
   * of the letter: earlierRefusalSteps keeps a passed earlier term only while a later WRITTEN refusal's term runs, and the
   * call is none, while the call's possible 6 weeks (besluit-telefoon-bezwaar, to 12 Nov) still run. Without the call the
   * plan's own bezwaar-weigering stays, passed, with its late text ("Kijk eerst in het besluit welke termijn daar staat. Bel
   * dan het ouder- en jeugdsteunpunt…"); the call, which is no decision (A20, FP02), takes that advice away. Session 50 fixed
   * the same for a removal letter (lawyer-s50-removal D5: writtenRemovalSteps keeps it while the phone step runs).
   */
  it('D6: letter, registration elsewhere, a "no" there by phone: on 28 Oct the letter\'s passed term is still on the plan', () => {
    const withoutCall = planAtApp(log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-18')]), '2026-10-28');
    expect(bezwaar(withoutCall).filter((x) => x.deadline.start === '2026-09-15').map((x) => x.deadline.status)).toEqual(['passed']);
    const p = planAtApp(log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-18'), W('2026-10-01', 'telefoon')]), '2026-10-28');
    expect(step(p, 'besluit-telefoon-bezwaar')?.deadline?.status).toBe('upcoming');
    expect(bezwaar(p).filter((x) => x.deadline.start === '2026-09-15').map((x) => x.deadline.status)).toEqual(['passed']);
  });

  /**
   * D7 (TEXT CONTRADICTS THE STORY, on the first screen; low-moderate). Story: the first school's refusal on paper (15 Sep
   * 2026), a registration at the next school (18 Sep), the next school's "no" by phone (1 Oct). The step "Vraag om het besluit
   * op papier" (weigering-op-papier-vragen, the first screen's second action on 5 October, beside "Maak ook bezwaar tegen de
   * weigering van 15 september") says "De school zei alleen mondeling nee. Dat is nog geen besluit." and "Meldde je je kind
   * daarna bij een andere school aan? … Voor de eerste school tel je zelf: de dag dat die school je aanmelding kreeg, plus 6
   * weken." It never says it is the NEW school that said no; and the first school decided on paper: there is nothing to count
   * for it. A parent holding the first school's letter can read that her refusal is no decision yet and ask the wrong board
   * (A20, FP02). For a removal the same story names the new school (ui:wording31.planStep.verwijderbesluitNieuweSchool).
   */
  it('D7: letter, registration elsewhere, a "no" there by phone: the paper step speaks of the new school, not of counting the first school\'s weeks', () => {
    const p = planAtApp(log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-18'), W('2026-10-01', 'telefoon')]), '2026-10-05');
    expect(firstThings(p).actions.map((x) => x.id)).toEqual(['eerdere-weigering', 'weigering-op-papier-vragen']);
    const paper = step(p, 'weigering-op-papier-vragen')!;
    expect(dutch(paper)).not.toMatch(/Voor de eerste school tel je zelf/);
    expect(`${dutch(paper, 'title')} ${dutch(paper)}`).toMatch(/nieuwe school/);
  });

  /**
   * D8 (POSSIBLE TERM DROPPED BY A BEZWAAR AGAINST ANOTHER REFUSAL, low; the term is "niet zeker"). Story: the first school's
   * refusal on paper (15 Sep 2026), a registration at the next school (18 Sep), the next school's "no" by phone (1 Oct), then a
   * bezwaar on paper (5 Oct). The plan places that bezwaar against the first school's letter (its bezwaar step goes, and
   * eerdere-geschillencommissie for 15 Sep says "Je hebt daar bezwaar tegen gemaakt"), and at the same time against the call:
   * phoneDecisionSteps drops besluit-telefoon-bezwaar (to 12 Nov, "Kreeg je het besluit toch op papier?") because a bezwaar is
   * logged after it. One bezwaar cannot be against both. If the next school's letter did come, its 6 weeks (A21) are named
   * nowhere. Should: the possible term stays while the only written refusal the bezwaar can be against ran on its day.
   */
  it('D8: letter, registration elsewhere, a "no" there by phone, a bezwaar: the call\'s possible 6 weeks stay', () => {
    const p = planAtApp(log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-18'), W('2026-10-01', 'telefoon'), B('2026-10-05')]), '2026-10-06');
    expect(dutch(step(p, 'eerdere-geschillencommissie')!)).toMatch(/Je hebt daar bezwaar tegen gemaakt/);
    expect(step(p, 'besluit-telefoon-bezwaar')?.deadline).toMatchObject({ start: '2026-10-01', due: '2026-11-12', certain: false });
  });

  /**
   * D9 (FIRST SCREEN DOES NOT SAY IT IS A CHOICE, low). Story: a refusal on paper (15 Sep 2026), a registration at the next
   * school (18 Sep), admitted there (1 Oct), then a bezwaar on paper against the refusal (5 Oct), for a child who needs extra
   * support. The first screen's first and only action is "Leg je zaak voor aan de Geschillencommissie" (to 27 Oct), with no
   * word that after an admission elsewhere this is a choice: the line "Daarom is bezwaar tegen de weigering nu een keuze. Dat
   * geldt ook voor de Geschillencommissie" (open28.choiceElsewhereGpo) comes only beside the bezwaar step, and the warning
   * beside it says "Dan kun je nog bezwaar maken … De datum staat bij de stap over het bezwaar": she did, and there is no such
   * step. Without the registration the same story's eerdere-geschillencommissie is "binnenkort" and says "Werd je kind
   * toegelaten? Dan is dit een keuze." (F07, F13; A26).
   */
  it('D9: refusal, admitted at the next school, bezwaar made: the first screen says the Geschillencommissie is a choice', () => {
    const p = planAtApp(log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-18'), T('2026-10-01'), B('2026-10-05')]), '2026-10-06');
    expect(p.warnings.map((w) => w.id)).toContain('weigering-blijft-na-toelating');
    expect(bezwaar(p)).toEqual([]);
    const f = firstThings(p);
    expect(f.actions.map((x) => x.id)).toEqual(['geschillencommissie']);
    expect(f.choice?.step.id).toBe('geschillencommissie');
  });

  /**
   * D10 (DUTCH, very low). The plan's own besluit-aanmelding (steps.yaml, shown in nearly every registration story above)
   * says "Dat mag één keer met hooguit 4 weken, als de school je dat laat weten.": the verb is missing (every other text says
   * "Dat mag één keer 4 weken langer" or "Ze mag dat één keer met hooguit 4 weken verlengen"). A05: 001:119, 002:744-746.
   */
  it('D10: the registration decision step says what the school may do with the 4 weeks', () => {
    const p = planAtApp(log(support, [R('2026-09-01')]), '2026-09-02');
    expect(dutch(step(p, 'besluit-aanmelding')!)).toMatch(/één keer (met hooguit )?4 weken (langer|verlengen|verlengd)/);
  });
  /**
   * D11 (THE SAME DECISION TWICE, and a text that contradicts the story; moderate-low). Story: the first school's refusal on
   * paper (15 Sep 2026), a registration at the next school (20 Sep), its refusal on paper (1 Oct), that school's call on 5 Oct
   * saying the same again (no registration since: it writes nothing, EFFECTS overtakenBy), then a bezwaar on paper (8 Oct).
   * Without the call the plan has eerdere-weigering (15 Sep, to 27 Oct) and bezwaar-weigering (1 Oct, to 12 Nov), as checked
   * above. With the call earlierRefusalSteps takes the call as the 1 Oct refusal's "next" refusal (only `!next` ends it) and
   * adds eerdere-weigering-2 for 1 Oct beside the `unplaced` bezwaar-weigering for 1 Oct: one decision twice, two calendar
   * events on 12 Nov; on 9 Oct the first screen's two actions are 15 Sep and 1 Oct-as-an-earlier-refusal, on 28 Oct both
   * actions are the 1 Oct decision. Its text says "Je kreeg eerder al een weigering, van 1 oktober … Een nieuwe weigering
   * stopt die termijn niet": no new refusal came (A20, FP02: a call is no decision). A call that changes nothing must change
   * nothing (session 50).
   */
  it('D11: two refusals, the second school calls to say it again, a bezwaar: the 1 Oct refusal has one step, as without the call', () => {
    const before = [R('2026-09-01'), W('2026-09-15'), R('2026-09-20'), W('2026-10-01')];
    const after = [B('2026-10-08')];
    const without = planAtApp(log(support, [...before, ...after]), '2026-10-09');
    expect(bezwaar(without).filter((x) => x.deadline.start === '2026-10-01').map((x) => x.id)).toEqual(['bezwaar-weigering']);
    const p = planAtApp(log(support, [...before, W('2026-10-05', 'telefoon'), ...after]), '2026-10-09');
    expect(bezwaar(p).filter((x) => x.deadline.start === '2026-10-01').map((x) => x.id)).toEqual(['bezwaar-weigering']);
  });

  /**
   * D12 (THE SAME DECISION TWICE, low). Story: the first school's refusal of 15 September 2026 logged three times on its day,
   * as the parent met it: the letter ("Brief"), the school's call ("Telefoon") and the e-mail with the same letter ("E-mail");
   * then a registration at the next school (20 Sep) and its refusal on paper (1 Oct). On 2 October the plan has
   * eerdere-weigering AND eerdere-weigering-3, both "Maak ook bezwaar tegen de weigering van 15 september", both to 27 October,
   * both first-screen actions, two calendar events. A call on the day between two letters breaks "one on the same day as the
   * next is the same decision" (earlierRefusalSteps); letter and e-mail, or letter and call, alone give one step (checked above).
   * One day, one decision (A21, 002:748-750).
   */
  it('D12: letter, call and e-mail on one day, then the next school\'s refusal: one step for that day', () => {
    const p = planAtApp(log(support, [R('2026-09-01'), W('2026-09-15'), W('2026-09-15', 'telefoon'), W('2026-09-15', 'e-mail'), R('2026-09-20'), W('2026-10-01')]), '2026-10-02');
    expect(bezwaar(p).filter((x) => x.deadline.start === '2026-09-15').map((x) => x.id)).toEqual(['eerdere-weigering']);
  });
});

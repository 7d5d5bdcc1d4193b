/**
 * Session 52: four smaller defects earlier reviews noticed and left open, each reproduced as a story and read as the app
 * reads it (planOf; the first screen firstThings; the calendar and the gesprekskaart through app-story.ts agreeingPlan).
 * D1: the warning weigering-blijft-na-toelating (src/rules/steps/warnings.ts) after a bezwaar against the refusal.
 * D2: a request to the Geschillencommissie (GPO) answered in the questions beside refusals logged in the timeline
 *     (src/timeline/earlier.ts earlierGpoSteps, unplacedGpoRequest; lawyer-s50-refusal D5 for the logged request).
 * D3: the first screen's choice line about the GPO after an admission elsewhere (src/ui/firstThings.ts CHOICES, added for
 *     lawyer-s50-refusal D9) and which decision the GPO step counts from (src/rules/steps/geschil.ts).
 * D4: maatwerk-onderwijstijd for a child waiting for a place elsewhere who goes to school part of the week
 *     (src/rules/steps/thuiszitten.ts; lawyer-s50-thuis D6 and D8).
 * Sources: ../shared/FACTS.md A21 (6 weeks for bezwaar against a refusal: 002:748-750), A23/A26 (zorgplicht after an
 * admission elsewhere: 002:734-736, 2078-2086), C09 (removal: 002:846-850), F07 (the GPO hears a refused admission only of
 * a child who needs extra support, and any removal: 001:723-729; 002:94-101), F09/F10 (001:731), F13 and §X.2 (the GPO's 6
 * weeks are EXT, not certain), E19/FP12 (waiting list: the current school keeps the zorgplicht and keeps teaching until
 * enrolment at the new school: 002:2169-2175; 000:934-938; 003:693-705, 745-752), D13-D18 (maatwerk onderwijstijd: only for
 * a child that temporarily cannot attend (fully) for psychological or physical reasons, two experts, OPP, parents' consent,
 * inspectie: 004:3169-3236). Today is 2026-12-02 unless a story says otherwise.
 *
 * Plain `it`: behaviour checked and found right (each can fail: real values). `it.fails`: a defect, with what the app says,
 * what it should say, the source, how serious and the exact story; the assertion that fails is the one about the defect.
 * Session 52: D1-D4 fixed the same session; all plain `it` now. D1: warnings.ts gives the warning its own text once the
 * bezwaar is made (ui:s47.warning.weigeringBlijftNaBezwaar), and src/meeting/plan.ts takes it back when the timeline brings
 * the plan's own bezwaar step back. D2: src/timeline/earlier.ts withAnsweredGpo places an answered request among the events
 * for earlierGpoSteps, as a logged one. D3: the geschillencommissie step names the kind of decision it counts from (param
 * `telt-van`, geschil.ts and unplacedGpoRequest), and firstThings' CHOICES read it. D4: thuiszitten.ts gives
 * maatwerk-onderwijstijd its own text for "wachtlijst" (ui:s47.planStep.maatwerkWachtlijst). Texts in six languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/rules/plan';
import type { IsoDate } from '../../src/rules/dates';
import { firstThings } from '../../src/ui/firstThings';
import type { TimelineEvent } from '../../src/timeline/model';
import type { How } from '../../src/timeline/effects';
import { LANGUAGES } from '../../src/languages';
import { ev, log } from './timeline-log';
import { planAtApp } from './app-story';
import { loadPlanTexts } from './plan-texts';
import { A, agree, answeredRefusal, B, bezwaar, dated, dutch, gpo, ids, R, step, support, termsOf, W, warningPart, warningText } from './lawyer-kit';

beforeAll(loadPlanTexts);

const TODAY: IsoDate = '2026-12-02';

/** An admission on paper (id `t<date>`, not lawyer-s50-refusal's `t<date><how>`). */
const T = (date: IsoDate): TimelineEvent => ev(`t${date}`, 'besluit-toegelaten', date, 'brief');
/** A request to the Geschillencommissie (id `g<date><how>`, not lawyer-kit.ts G's `p<date><how>`). */
const G = (date: IsoDate, how: How = 'brief'): TimelineEvent => ev(`g${date}${how}`, 'gpo-ingediend', date, how);
/** A removal decision on paper (the school the child is at: handelingsverlegen, it wants the child gone). */
const V = (date: IsoDate): TimelineEvent => ev(`v${date}`, 'verwijdering-besluit', date, 'brief');

const warning = (p: Plan, id: string) => p.warnings.find((w) => w.id === id);

/** The refusal that is kept after an admission elsewhere, and its warning (session 25). */
const KEPT = 'weigering-blijft-na-toelating';
/** What the warning says when the parent can still object: the date is at the bezwaar step. */
const POINTS_TO_STEP = /De datum staat bij de stap over het bezwaar/;

describe('D1: the refusal stays after an admission elsewhere, and the parent already objected', () => {
  it('no bezwaar yet: the warning sends the parent to the bezwaar step, and that step is on the plan', () => {
    const p = agree(log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-18'), T('2026-10-01')]), '2026-10-06');
    expect(warningText(warning(p, KEPT)!)).toMatch(POINTS_TO_STEP);
    expect(step(p, 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-09-15', due: '2026-10-27', status: 'upcoming' });
  });

  /**
   * Fixed in session 52 (see the header).
   * D1 (TEXT POINTS TO A STEP THAT IS GONE; low). Story: a refusal on paper on 15 September 2026 (registration received 1
   * Sep), a registration at the next school (18 Sep), admitted there on 1 October, then a bezwaar on paper against the refusal
   * (5 Oct); the child needs extra support. Read on 6 October (and on 2 December). The plan rightly has no bezwaar step any
   * more (the bezwaar is made: A21, 002:748-750), but the warning "Toegelaten op de nieuwe school: de weigering blijft
   * staan" says "Dan kun je nog bezwaar maken tegen de weigering. Dat kan binnen 6 weken … De datum staat bij de stap over
   * het bezwaar." There is no such step, and she has already made it. The same when the refusal, the admission and the
   * bezwaar are answered in the questions. Should: say that she objected, that the board decides on it, and whom to ask
   * what happens to it if she is happy at the new school (not in the sources).
   */
  it('D1: refusal, admitted at the next school, bezwaar made (logged or answered): the warning does not send the parent to a bezwaar step that is gone', () => {
    const logged = log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-18'), T('2026-10-01'), B('2026-10-05')]);
    const answered = log(A({ ...support, ...answeredRefusal, 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-10-05' }), [R('2026-09-18'), T('2026-10-01')]);
    for (const s of [logged, answered]) {
      for (const today of ['2026-10-06', TODAY] as const) {
        const p = agree(s, today);
        expect(bezwaar(p)).toEqual([]);
        const w = warning(p, KEPT)!;
        expect(warningText(w)).not.toMatch(POINTS_TO_STEP);
        expect(warningText(w)).toMatch(/Je hebt al bezwaar gemaakt tegen die weigering/);
        expect(warningText(w)).toMatch(/ouder- en jeugdsteunpunt/);
      }
    }
  });

  it('D1: the new warning text is in all six languages, and differs from the Dutch outside nl', () => {
    const p = planAtApp(log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-18'), T('2026-10-01'), B('2026-10-05')]), '2026-10-06');
    const w = warning(p, KEPT)!;
    expect(w.texts).toBeDefined();
    for (const { code } of LANGUAGES) {
      for (const part of ['title', 'text'] as const) {
        const text = warningPart(w, code, part);
        expect(text.length).toBeGreaterThan(20);
        expect(text).not.toContain('s47.warning');
        if (code !== 'nl') expect(text).not.toBe(warningPart(w, 'nl', part));
      }
    }
  });

  it('a bezwaar dated before the refusal is not against it: the bezwaar step stays, and the warning points to it', () => {
    const s = log(A({ ...support, ...answeredRefusal, 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-09-10' }), [R('2026-09-18'), T('2026-10-01')]);
    const p = agree(s, '2026-10-06');
    expect(step(p, 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-09-15', due: '2026-10-27' });
    expect(warningText(warning(p, KEPT)!)).toMatch(POINTS_TO_STEP);
  });

  /**
   * D6 (ONE DECISION, TWO STEPS; low; noticed by the D1 fix, fixed the same session). Two refusals (15 Sep, 1 Oct), admitted
   * at a third school (10 Oct), one bezwaar on 12 Oct: it cannot be placed (the first refusal's 6 weeks still ran). Both
   * terms stay (the safe side), but the 1 October refusal had two "nu" steps with the same last day: "Weigering van 1
   * oktober: bezwaar kan nog" (weigering-voor-toelating, whose text already says a bezwaar made need not be made again) and
   * the plan's own "Maak bezwaar tegen de weigering" brought back for the unplaced bezwaar. Should: one step per decision.
   */
  it('D6: two refusals, admitted at a third school, one bezwaar after both: each refusal\'s term once (the later one as weigering-voor-toelating), and the warning points to a bezwaar step', () => {
    const s = log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-20'), W('2026-10-01'), R('2026-10-03'), T('2026-10-10'), B('2026-10-12')]);
    const p = agree(s, '2026-10-13');
    expect(termsOf(bezwaar(p))).toEqual(['eerdere-weigering 2026-09-15>2026-10-27 upcoming', 'weigering-voor-toelating 2026-10-01>2026-11-12 upcoming']);
    expect(dutch(step(p, 'weigering-voor-toelating')!)).toMatch(/Heb je al bezwaar gemaakt\? Dan hoef je dat niet nog eens te doen/);
    expect(warningText(warning(p, KEPT)!)).toMatch(POINTS_TO_STEP);
  });

  /**
   * D5 (WRONG ON A TERM THAT HAS PASSED; moderate; noticed by the D1 fix, fixed the same session). Story: the refusal on paper
   * of 15 September (its 6 weeks for bezwaar ran to 27 October: A21, 002:748-750), admitted at the next school on 1 October,
   * no bezwaar. Read on 2 December. The warning still said "Dan kun je nog bezwaar maken tegen de weigering. Dat kan binnen
   * 6 weken", five weeks after those 6 weeks had ended, while the plan's own bezwaar step says they have passed. The removal's
   * twin warning (verwijdering-na-toelating, session 48) already stops once its term has passed. Should: the same.
   */
  it('D5: no bezwaar and the refusal\'s 6 weeks have passed: the warning no longer says a bezwaar can still be made (as the removal\'s twin)', () => {
    const s = log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-18'), T('2026-10-01')]);
    // On the last day of the term the warning is still there; the day after, it is not.
    expect(warningText(warning(agree(s, '2026-10-27'), KEPT)!)).toMatch(/kun je nog bezwaar maken/);
    const p = agree(s, TODAY);
    expect(step(p, 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-09-15', due: '2026-10-27', status: 'passed' });
    expect(warning(p, KEPT)).toBeUndefined();
    expect(warning(agree(s, '2026-10-28'), KEPT)).toBeUndefined();
    // Answered in the questions: the same.
    const answered = log(A({ ...support, ...answeredRefusal, 'bezwaar-ingediend': 'nee' }), [R('2026-09-18'), T('2026-10-01')]);
    expect(warning(agree(answered, TODAY), KEPT)).toBeUndefined();
  });
});

describe('D2: a request to the Geschillencommissie answered in the questions, beside logged refusals', () => {
  /** Two refusals on paper: the first answered in the questions (15 Sep), the next school's logged (registered 20 Sep, refused 1 Oct). */
  const refusals = [R('2026-09-20'), W('2026-10-01')];
  const allLogged = (gpoDay: IsoDate) => log(support, [R('2026-09-01'), W('2026-09-15'), ...refusals, G(gpoDay)]);
  const answered = (gpoDay: string) => log(A({ ...support, ...answeredRefusal, 'gpo-ingediend': 'ja', 'gpo-datum': gpoDay }), refusals);

  it('logged (lawyer-s50-refusal D5): one request after both refusals brings back the plan\'s GPO step for 1 Oct, not certain', () => {
    const p = agree(allLogged('2026-10-05'), '2026-10-06');
    expect(termsOf(gpo(p))).toEqual(['geschillencommissie 2026-10-01>2026-11-12 upcoming?']);
    expect(ids(p)).toContain('gpo-loopt');
  });

  /**
   * Fixed in session 52 (see the header).
   * D2 (GPO WEEKS MISSING, low; EXT, not certain: F13, §X.2). Story: in the questions a refusal on paper of 15 September
   * 2026 (registration received 1 Sep) and "Heb je de zaak al voorgelegd aan de Geschillencommissie?" ja, on 5 October (or
   * "weet ik niet" for the day); logged afterwards: the next school's receipt (20 Sep) and its refusal on paper (1 Oct). One
   * request cannot be against both boards' refusals, and on 5 October both refusals' GPO weeks ran. Read on 6 October the
   * plan has no Geschillencommissie step at all: the catalogue reads the answer as a request against the latest refusal, and
   * earlierGpoSteps adds nothing once "gpo-ingediend: ja" is answered (so unplacedGpoRequest never runs). The same story with
   * the request LOGGED on 5 Oct brings back the plan's own GPO step for 1 Oct, to 12 Nov (session 51, lawyer-s50-refusal D5).
   * A story answered and the same story logged give the same steps (session 32). If the request went against the first
   * school's refusal, the second refusal's route to the commission (F07) is on no screen.
   */
  it('D2: refusal and GPO request answered, the next school\'s refusal logged: the GPO step for 1 Oct comes back, as when the request is logged', () => {
    for (const day of ['2026-10-05', 'weet-niet']) {
      const p = agree(answered(day), '2026-10-06');
      expect(termsOf(gpo(p))).toEqual(termsOf(gpo(planAtApp(allLogged('2026-10-05'), '2026-10-06'))));
      expect(dated(p).filter((s) => s.deadline.start === '2026-10-01' && /Geschillencommissie/.test(dutch(s))).map((s) => s.id)).toContain('geschillencommissie');
    }
  });

  it('the answered request dated between the two refusals is against the first: the plan\'s GPO step counts from 1 Oct, no step for 15 Sep', () => {
    const p = agree(answered('2026-09-18'), '2026-10-06');
    expect(termsOf(gpo(p))).toEqual(['geschillencommissie 2026-10-01>2026-11-12 upcoming?']);
  });

  it('the answered request after both, when the first refusal\'s GPO weeks had ended on its day: placed against the latest, no GPO step', () => {
    // First refusal 1 Aug (weeks to 12 Sep), the next school's 1 Oct, the request 5 Oct: it can only be against 1 Oct.
    const s = log(A({ ...support, ...answeredRefusal, 'aanmelding-datum': '2026-07-20', 'weigering-datum': '2026-08-01', 'gpo-ingediend': 'ja', 'gpo-datum': '2026-10-05' }), refusals);
    const p = agree(s, '2026-10-06');
    expect(gpo(p)).toEqual([]);
    expect(ids(p)).toContain('gpo-loopt');
  });

  it('one refusal, the request answered after it: no GPO step, the request runs (gpo-loopt)', () => {
    const p = agree(log(A({ ...support, ...answeredRefusal, 'gpo-ingediend': 'ja', 'gpo-datum': '2026-09-20' }), []), '2026-10-06');
    expect(gpo(p)).toEqual([]);
    expect(ids(p)).toContain('gpo-loopt');
  });
});

describe('D3: the first screen\'s Geschillencommissie choice after an admission elsewhere', () => {
  /** A child at a school that wants it gone (handelingsverlegen), who needs extra support; registered elsewhere. */
  const hv = (told: 'ja' | 'nee') => A({ situatie: ['aanmelden', 'handelingsverlegen'], 'ondersteuning-gemeld': told, 'meer-scholen': 'nee', opp: 'ja', 'opp-besproken': '2026-03-10' });
  /**
   * School B refuses on paper on 5 Oct 2026 (registered 25 Sep); school C receives a registration on 8 Oct and admits the
   * child on 20 Oct; the parent objects to B's refusal on 22 Oct; the child's own school removes it on 10 Nov (on paper).
   */
  const removalAfter = (told: 'ja' | 'nee', objection = true) =>
    log(hv(told), [R('2026-09-25'), W('2026-10-05'), R('2026-10-08'), T('2026-10-20'), ...(objection ? [B('2026-10-22')] : []), V('2026-11-10')]);

  it('lawyer-s50-refusal D9: refusal, admitted at the next school, bezwaar made: the GPO step counts from the refusal and is the choice', () => {
    const p = planAtApp(log(support, [R('2026-09-01'), W('2026-09-15'), R('2026-09-18'), T('2026-10-01'), B('2026-10-05')]), '2026-10-06');
    expect(firstThings(p).choice).toMatchObject({ step: { id: 'geschillencommissie', deadline: { start: '2026-09-15', due: '2026-10-27' } }, gpoOnly: true });
  });

  it('the same with a removal after it, while the refusal\'s GPO weeks run (12 Nov): the GPO step counts from the refusal (5 Oct, to 16 Nov) and is the choice', () => {
    const p = agree(removalAfter('ja'), '2026-11-12');
    expect(step(p, 'geschillencommissie')?.deadline).toMatchObject({ start: '2026-10-05', due: '2026-11-16', certain: false });
    expect(firstThings(p).choice).toMatchObject({ step: { id: 'geschillencommissie' }, gpoOnly: true });
  });

  /**
   * Fixed in session 52 (see the header).
   * D3 (A RIGHT CALLED A CHOICE, FOR THE WRONG DECISION; low-moderate). Story A: a child whose school wants it gone and who
   * needs extra support; school B refuses on paper on 5 October 2026, school C admits the child on 20 October (registered 8
   * Oct), the parent objects to B's refusal on 22 October, and the child's own school removes it on paper on 10 November.
   * On 2 December the refusal's GPO weeks (to 16 Nov) are over; the plan's geschillencommissie step counts from the removal
   * (10 Nov, to 22 Dec "waarschijnlijk"; F07: the GPO hears any removal, 001:723-729). The first screen's line
   * (open28.choiceElsewhereGpoOnly, added for lawyer-s50-refusal D9) says "Daarom is de Geschillencommissie passend
   * onderwijs nu een keuze, net als je bezwaar. Wil je je kind toch liever op de eerste school? Leg je zaak dan ook aan de
   * commissie voor. De laatste dag is waarschijnlijk 22 december 2026": the date of the removal, offered as an optional
   * step about the refusing school. Story B: the same without the bezwaar and with "support need told: nee" at B, read on 12
   * November: the GPO does not hear that refusal (F07), the GPO step counts from the removal, and the bezwaar line
   * (open28.choiceElsewhereGpo) says "Dat geldt ook voor de Geschillencommissie". The CHOICES rule in firstThings checks
   * only that a GPO step runs, not that it counts from the refused decision. Should: the GPO is named as part of the choice
   * only when its step counts from the refusal that the admission elsewhere made a choice.
   */
  it('D3: the GPO step counts from a removal: the first screen does not call it a choice about the refusing school', () => {
    const a = agree(removalAfter('ja'), TODAY);
    expect(step(a, 'geschillencommissie')?.deadline).toMatchObject({ start: '2026-11-10', due: '2026-12-22', status: 'upcoming', certain: false });
    expect(firstThings(a).choice).toBeUndefined();
    const b = agree(removalAfter('nee', false), '2026-11-12');
    expect(step(b, 'geschillencommissie')?.deadline).toMatchObject({ start: '2026-11-10', due: '2026-12-22' });
    expect(firstThings(b).choice).toMatchObject({ step: { id: 'bezwaar-weigering', deadline: { start: '2026-10-05', due: '2026-11-16' } }, gpo: false });
  });

  it('the same as story B with the support need told: the bezwaar line says the GPO is a choice too (its step counts from the refusal)', () => {
    const p = agree(removalAfter('ja', false), '2026-11-12');
    expect(step(p, 'geschillencommissie')?.deadline).toMatchObject({ start: '2026-10-05', due: '2026-11-16' });
    expect(firstThings(p).choice).toMatchObject({ step: { id: 'bezwaar-weigering' }, gpo: true });
  });
});

describe('D4: waiting for a place elsewhere, at school part of the week', () => {
  /** A child at home part of the week, still enrolled, no lessons for the other days, since 2 Nov 2026, groep 5. */
  const home = (reason: string) => log(A({
    situatie: ['thuiszitten'], 'thuis-reden': reason, 'thuis-hoeveel': 'deels', 'thuis-sinds': '2026-11-02', 'lessen-nu': 'nee',
    ingeschreven: 'ja', 'lpa-betrokken': 'nee', 'verwijdering-besluit': 'nee', groep: 'groep-3-6',
  }), []);

  it('a child that cannot go (ill, anxious): "Vraag om een plan voor minder uren" fits (maatwerk is for that child: D13)', () => {
    const m = step(agree(home('kan-niet'), TODAY), 'maatwerk-onderwijstijd')!;
    expect(dutch(m, 'title')).toMatch(/Vraag om een plan voor minder uren/);
  });

  /**
   * Fixed in session 52 (see the header).
   * D4 (ADVICE AGAINST THE SOURCES; moderate-low). Story: a child waiting for a place at another school (thuis-reden
   * "wachtlijst"), at school only part of the week since 2 November 2026 ("deels"), no lessons for the other days, still
   * enrolled. Read on 2 December the plan has maatwerk-onderwijstijd "Vraag om een plan voor minder uren of les thuis. Kan je
   * kind tijdelijk niet de hele week naar school? Dan kan de school minder uren geven … Jij moet ermee instemmen". Waiting for
   * a place is no ground for fewer hours: until the child is enrolled at the new school the current school keeps the
   * zorgplicht and must keep teaching (E19, FP12; 002:2169-2175, 000:934-938, 003:693-705), and maatwerk onderwijstijd is
   * only for a child that temporarily cannot attend (fully) for psychological or physical reasons, with two experts' advice
   * (D13, D17; 004:3169-3177, 3217-3222). Session 51 (lawyer-s50-thuis D6) gave a child the school keeps out its own text
   * and left "wachtlijst" out, since such a child may be at home for either reason. Asking for, and consenting to, fewer
   * hours turns the wait into an agreed reduction. Should: a text that says the current school keeps teaching while the child
   * waits, when fewer hours are allowed (and then to ask for the plan), and that she need not consent otherwise.
   */
  it('D4: waiting for a place, at school part of the week: no "Vraag om een plan voor minder uren"; the current school keeps teaching', () => {
    const m = step(agree(home('wachtlijst'), TODAY), 'maatwerk-onderwijstijd')!;
    expect(dutch(m, 'title')).not.toMatch(/Vraag om een plan voor minder uren/);
    expect(dutch(m)).toMatch(/blijft de school van nu verantwoordelijk[\s\S]*lichamelijke of psychische reden[\s\S]*OPP[\s\S]*inspectie[\s\S]*niet in te stemmen/);
  });

  it('kept out by the school (niet welkom, part of the week): its own text from session 51 stays', () => {
    const m = step(agree(home('niet-welkom'), TODAY), 'maatwerk-onderwijstijd')!;
    expect(m.texts).toBe('ui:s47.planStep.maatwerkDoorSchool');
  });
});

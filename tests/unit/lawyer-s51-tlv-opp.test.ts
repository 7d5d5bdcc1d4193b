/**
 * A parents' lawyer reading the parts of the plan that the session 45-50 reviews did not cover: the TLV
 * (toelaatbaarheidsverklaring: src/rules/steps/tlv.ts), the OPP and extra ondersteuning (ontwikkelingsperspectief, op
 * overeenstemming gericht overleg, instemming with the handelingsdeel, the evaluation per school year:
 * src/rules/steps/ondersteuning.ts, aanmelden.ts opp-na-toelating) and information and privacy (asking for the dossier, the
 * AVG's month: src/rules/steps/informatie.ts), each as answered in the questionnaire and as logged in "Mijn tijdlijn"
 * (src/timeline/effects.ts: opp-opgesteld, opp-besproken, opp-ingestemd, tlv-aangevraagd, tlv-toegekend, tlv-afgewezen,
 * dossier-gevraagd, dossier-ontvangen; a letter logged as sent). Read as the app reads them (planAtApp / agreeingPlan: the
 * plan page, the first screen, the calendar and the gesprekskaart agree), on `today` 2 December 2026 unless told otherwise.
 * Every story is one the app shows: its answers are complete (firstUnanswered), or the app would ask the missing question
 * before the plan (src/app/controller.ts syncFlowToRoute).
 *
 * Sources: ../shared/FACTS.md B01-B02 (an OPP within 6 weeks: 002:862-866, 004:3417), B07-B10 (OOGO, instemmingsrecht on the
 * handelingsdeel: 001:498-505, 002:874-880), B20 (evaluated with the parents at least once per school year: 002:882-884,
 * 001:509), E02/B37 (the school applies for the TLV, an OPP is part of the application: 001:910, 001:787-789), E07 (the OPP
 * goes to the SWV without consent, the parents told first: 001:789), E16-E18 and §X.3/§X.8 (bezwaar against the SWV's
 * decision, 6 weeks EXT: not certain), F07/§X.2 (the GPO hears OPP disputes, its clock not known), G01/G05 (inzage and
 * correction: 001:752, 001:762, 000:780-785; the AVG's month is not in the sources).
 *
 * Plain `it`: behaviour checked and found right (each can fail). `it.fails`: a defect, with what the app says, what it should
 * say, the source, how serious and the exact story; the assertion that fails is the one about the defect.
 * Session 51: D1-D6 fixed the same session, each test now a plain `it` (D3/D4: overtakenBy for opp-besproken and
 * dossier-ontvangen in src/timeline/effects.ts; D2: hasOpp and keptWhen oppAfterAdmission in src/flow; D1: EFFECTS settles;
 * D5: warning tlv-zonder-opp; D6: dossierCorrectionTexts in src/timeline/earlier.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanWarning } from '../../src/rules/plan';
import type { IsoDate } from '../../src/rules/dates';
import { firstUnanswered } from '../../src/flow/route';
import { firstThings } from '../../src/ui/firstThings';
import { OPP_YEAR_MISSED_TEXTS } from '../../src/rules/steps/ondersteuning';
import type { TimelineEvent } from '../../src/timeline/model';
import type { EventKind, How } from '../../src/timeline/effects';
import { ev, log } from './timeline-log';
import { agreeingPlan, planAtApp, type Story } from './app-story';
import { loadPlanTexts } from './plan-texts';
import { A, dutch, ids, nl, step, story, warnings } from './lawyer-kit';
import { LANGS, loadTexts, renderMarkdown } from '../../src/cli/plan';

beforeAll(loadPlanTexts);

const TODAY: IsoDate = '2026-12-02';

/** The rest of a walk through the questions for a child at school (nothing else going on). */
const rest = {
  'swv-betrokken': 'ja', onderzoek: 'school-recent', groep: 'groep-3-6', 'gesprek-gepland': 'nee', tekenen: 'nee',
  'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', 'school-zegt': ['geen'],
} as const;
/** The school wrote that it cannot help the child well enough; it does not want the child gone. An OPP exists. */
const hv = (opp: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  A({ situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'nee', opp: 'ja', ...opp, ...rest, ...more });
/** A TLV story: the rest of the walk for a child the school wants to refer (SO unless told otherwise). */
const tlv = (x: Record<string, unknown>) =>
  A({ situatie: ['tlv'], 'tlv-soort': 'so', 'aanbod-geweigerd': 'nee', opp: 'ja', 'opp-besproken': '2026-09-15', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', vervoer: 'nee', ...rest, ...x });

let n = 0;
/** An event as the form logs it (ids at most 40 characters, as sanitizeTimeline keeps them); `letter`: logged from that letter. */
const E = (kind: EventKind, date: IsoDate, how?: How, letter?: string): TimelineEvent => ({ ...ev(`e${n++}-${date}`, kind, date, how), ...(letter ? { letter } : {}) });

/** A warning's Dutch title and text (lawyer-kit.ts warningText gives the text alone). */
const warningText = (w: PlanWarning) => {
  const t = nl();
  const key = w.texts ?? `steps:warnings.${w.id}`;
  return `${t.raw(`${key}.title`)} ${t.raw(`${key}.text`)}`;
};
/** The story is one the app shows a plan for: no question left to ask. */
const complete = (s: Story) => expect(firstUnanswered(s.answers)?.id).toBeUndefined();

describe('checked and found right', () => {
  it('TLV granted 26 Oct, the parent disagrees, a talk with the school on 10 Dec: the bezwaar at the SWV to 7 Dec (not certain) is first, the talk does not stop it, no Geschillencommissie', () => {
    const s = story(tlv({ 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-10-26', 'tlv-eens': 'nee', 'tlv-plek': 'plek', 'bezwaar-ingediend': 'nee', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-10' }));
    complete(s);
    const p = agreeingPlan(s, TODAY);
    // E18, §X.3: 6 weeks after the decision was made known, EXT: said as not certain, with whom to ask (the SWV).
    expect(step(p, 'tlv-bezwaar')?.deadline).toMatchObject({ start: '2026-10-26', due: '2026-12-07', status: 'upcoming', certain: false });
    expect(firstThings(p).next?.id).toBe('tlv-bezwaar');
    expect(dutch(step(p, 'tlv-bezwaar')!, 'check')).toMatch(/Vraag het samenwerkingsverband/);
    // FP-P4: the talk on 10 Dec comes after the term; the warning for uncertain terms says so.
    expect(warnings(p)).toContain('termijn-voor-gesprek-onzeker');
    expect(warnings(p)).toContain('tlv-verplaatst-niet');
    // §X.9, F07: a TLV goes to the SWV's bezwaar(advies)commissie, not to the Geschillencommissie.
    expect(ids(p)).not.toContain('geschillencommissie');
    // The day after its last day: kept, passed, with what can still be done.
    const after = agreeingPlan(s, '2026-12-08');
    expect(step(after, 'tlv-bezwaar')?.deadline?.status).toBe('passed');
    expect(dutch(step(after, 'tlv-bezwaar')!, 'late')).toMatch(/Vraag het samenwerkingsverband of je nog bezwaar kunt maken/);
  });

  it('TLV refusal logged 2 Nov, parent disagrees; the bezwaar letter logged as sent 20 Nov: 6 weeks to 14 Dec, then "bezwaar loopt" and no term', () => {
    const before = log(tlv({ 'tlv-fase': 'aangevraagd', 'tlv-aanvraag-gezien': 'ja', 'tlv-gehoord': 'ja', 'tlv-eens': 'nee' }), [E('tlv-afgewezen', '2026-11-02')]);
    const p = agreeingPlan(before, '2026-11-19');
    expect(step(p, 'tlv-bezwaar')?.deadline).toMatchObject({ start: '2026-11-02', due: '2026-12-14', certain: false });
    expect(ids(p)).toContain('na-tlv-afwijzing');
    const filed = log(before.answers, [E('tlv-afgewezen', '2026-11-02'), E('bezwaar-ingediend', '2026-11-20', 'e-mail', 'bezwaar-tlv')]);
    const q = agreeingPlan(filed, TODAY);
    expect(ids(q)).not.toContain('tlv-bezwaar');
    expect(ids(q)).toContain('bezwaar-loopt');
  });

  it('TLV refused and the parent agrees: what the school must do now; no bezwaar, no transport, no TLV validity', () => {
    const s = story(tlv({ 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-11-10', 'tlv-eens': 'ja', 'tlv-soort': 'sbo' }));
    complete(s);
    const p = agreeingPlan(s, TODAY);
    expect(step(p, 'na-tlv-afwijzing')?.group).toBe('nu');
    expect(dutch(step(p, 'na-tlv-afwijzing')!)).toMatch(/zorgplicht loopt door/);
    for (const id of ['tlv-bezwaar', 'vervoer-aanvragen', 'tlv-geldigheid', 'tlv-inschrijven']) expect(ids(p)).not.toContain(id);
  });

  it('TLV applied for, the parent has not seen the application and was not heard: zienswijze, a copy and a hearing now; the OPP goes without consent but she must be told first', () => {
    const s = story(tlv({ 'tlv-fase': 'aangevraagd', 'tlv-aanvraag-gezien': 'nee', 'tlv-gehoord': 'nee' }));
    complete(s);
    const p = agreeingPlan(s, TODAY);
    for (const id of ['tlv-zienswijze', 'tlv-aanvraag-inzien', 'tlv-gehoord-worden']) expect(step(p, id)?.group).toBe('nu');
    expect(step(p, 'tlv-zienswijze')?.letters).toContain('zienswijze-tlv');
    // E07, 001:789: no consent needed for the OPP in the application, but she must be told before it is sent.
    expect(dutch(step(p, 'tlv-aanvraag-inzien')!)).toMatch(/voordat ze het opstuurt/);
    expect(dutch(step(p, 'tlv-aanvraag-inzien')!)).toMatch(/toestemming niet nodig/);
    // No decision yet: no bezwaar term on any screen.
    expect(ids(p)).not.toContain('tlv-bezwaar');
  });

  it('OPP last discussed 10 June 2025: the school year 2025/26 went by without a talk; "nu", the missed last day 31 Jul 2026 and this year\'s 31 Jul 2027', () => {
    const s = story(hv({ 'opp-besproken': '2025-06-10', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen' }));
    complete(s);
    const p = agreeingPlan(s, TODAY);
    expect(step(p, 'opp-evaluatie')).toMatchObject({ group: 'nu', texts: OPP_YEAR_MISSED_TEXTS, params: { besproken: '2025-06-10', gemist: '2026-07-31', uiterlijk: '2027-07-31' } });
    // Discussed on 1 Oct 2026, this school year: the next talk in the next school year at the latest, this year's end named too.
    const q = agreeingPlan(story(hv({ 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen' })), TODAY);
    expect(step(q, 'opp-evaluatie')).toMatchObject({ group: 'binnenkort', params: { uiterlijk: '2028-07-31', ditSchooljaar: '2027-07-31' } });
  });

  it('consent to the handelingsdeel refused: decide on it now; the Geschillencommissie as a way on, without a date, saying to ask the commission from which day a term counts', () => {
    const s = story(hv({ 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'nee', 'opp-onenigheid': 'niet-overgenomen' }));
    complete(s);
    const p = agreeingPlan(s, TODAY);
    expect(step(p, 'opp-instemmen')?.group).toBe('nu');
    expect(dutch(step(p, 'opp-instemmen')!)).toMatch(/Eén gesprek zonder overeenstemming is niet genoeg/);
    expect(step(p, 'geschillencommissie')).toMatchObject({ group: 'als-het-niet-lukt' });
    expect(step(p, 'geschillencommissie')?.deadline).toBeUndefined();
    expect(dutch(step(p, 'geschillencommissie')!)).toMatch(/Gaat het om het OPP\? Ook dan kan er een termijn lopen/);
  });

  it('dossier asked for on 20 Oct, nothing came: the AVG month ended 20 Nov, kept as passed in "Nu doen", not certain, without a new request letter; asked on 31 Oct: 30 Nov', () => {
    const s = story(hv({ 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen' }, { 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-10-20' }));
    complete(s);
    const p = agreeingPlan(s, TODAY);
    expect(step(p, 'dossier-herinneren')).toMatchObject({ group: 'nu', letters: [], deadline: { start: '2026-10-20', due: '2026-11-20', status: 'passed', certain: false } });
    expect(dutch(step(p, 'dossier-herinneren')!, 'late')).toMatch(/AVG/);
    const end = agreeingPlan(story(hv({ 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen' }, { 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-10-31' })), '2026-11-25');
    expect(step(end, 'dossier-herinneren')?.deadline).toMatchObject({ due: '2026-11-30', status: 'upcoming' });
  });
});

describe('defects', () => {
  /**
   * D1 (WRONG STEP AFTER A LOGGED CONSENT, medium). Story: a child the school cannot help well enough (hv-schriftelijk: ja),
   * an OPP discussed on 1 October 2026; the parent answered "Nee, ik heb niet ingestemd" and "De school heeft mij niet om
   * instemming gevraagd". On 20 November the school asked and she agreed; she logs "OPP: ingestemd" on 20 Nov. On 2 December
   * the plan still says, first on the first screen after the reply, "Beslis mee over het handelingsdeel" (opp-instemmen,
   * "Nu doen"), offers the Geschillencommissie for an OPP dispute, and beside them warns "Je stemde in met het OPP": the
   * logged consent writes opp-ingestemd "ja" but leaves opp-onenigheid "geen-instemming-gevraagd". It should: once consent
   * is logged, the school did ask; no step to decide on the handelingsdeel, no OPP dispute (B08, B10; 001:498-505,
   * 002:876-880). A parent is sent to dispute a plan she agreed to.
   */
  it('D1: consent to the handelingsdeel logged on 20 Nov after "not asked": the plan still asks her to decide on it and offers the Geschillencommissie', () => {
    const s = log(hv({ 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'nee', 'opp-onenigheid': 'geen-instemming-gevraagd' }), [E('opp-ingestemd', '2026-11-20')]);
    complete(s);
    const p = agreeingPlan(s, TODAY);
    expect(warnings(p)).toContain('opp-instemming-blijft');
    expect(ids(p)).not.toContain('opp-instemmen');
    expect(ids(p)).not.toContain('geschillencommissie');
  });

  /**
   * D2 (LOGGED OPP IGNORED, medium). Story: registered in writing on 20 Aug 2026, the support need told, admitted on 10 Sep
   * (logged). The school drew up the OPP and discussed it with the parent on 1 Nov; she logs "OPP opgesteld" and "OPP
   * besproken" on 1 Nov. The questionnaire asks about the OPP only in a conflict (hasOpp needs hasSchoolConflict), so the
   * plan reads none of it: its first action stays "Let op het OPP na de inschrijving ... Is er na 6 weken nog geen OPP? Vraag
   * er per e-mail om", and no step says that she must consent to the handelingsdeel (B08; 001:498-505) or that the school
   * evaluates the OPP with her at least once per school year, here by 31 July 2027 (B20; 002:882-884). It should read the
   * logged OPP like the answered one: the consent question and the evaluation, not a watch for an OPP that exists.
   */
  it('D2: admitted child, OPP drawn up and discussed on 1 Nov (logged): no evaluation step, no consent step, still "watch for the OPP"', () => {
    const s = log(A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-08-20', 'aanmelding-bevestiging': 'ja', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-1-2' }),
      [E('besluit-toegelaten', '2026-09-10'), E('opp-opgesteld', '2026-11-01'), E('opp-besproken', '2026-11-01')]);
    // The app asks what it needs to know about the logged OPP (here: the consent), then shows the plan.
    // Session 58: and the day of enrolment (admitted, support need told): with a date, the logged OPP still ends the step.
    const answeredAll = log(A({ ...s.answers, 'inschrijving-datum': '2026-09-14', 'opp-ingestemd': 'weet-niet', 'opp-onenigheid': 'weet-niet' }), [E('besluit-toegelaten', '2026-09-10'), E('opp-opgesteld', '2026-11-01'), E('opp-besproken', '2026-11-01')]);
    complete(answeredAll);
    const p = agreeingPlan(answeredAll, TODAY);
    expect(ids(p)).toContain('opp-evaluatie');
    expect(ids(p)).toContain('opp-instemmen');
    expect(ids(p)).not.toContain('opp-na-toelating');
  });

  /**
   * D3 (OLDER NEWS WRITES OVER A NEWER DATE, low-medium). Story: the parent answered that the OPP was last discussed on
   * 20 November 2026, then fills in her timeline with an earlier talk, "OPP besproken" on 1 October 2025. The event writes
   * its date over the newer answer (opp-besproken has no overtakenBy, unlike the decisions and the dossier request), and the
   * plan moves "Zorg dat het OPP besproken wordt" to "Nu doen" as if the last talk were more than a year ago ("Wacht dan
   * niet en vraag nu per e-mail om een gesprek"), twelve days after a talk. It should keep the latest talk: 20 Nov, the
   * next one due by the end of the next school year (B20; 002:882-884).
   */
  it('D3: OPP talk answered 20 Nov 2026, an older talk (1 Oct 2025) logged after: the plan counts from 2025 and says "ask now"', () => {
    const s = log(hv({ 'opp-besproken': '2026-11-20', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen' }), [E('opp-besproken', '2025-10-01')]);
    complete(s);
    const p = agreeingPlan(s, TODAY);
    expect(s.answers['opp-besproken']).toBe('2026-11-20');
    expect(step(p, 'opp-evaluatie')?.group).toBe('binnenkort');
  });

  /**
   * D4 (A RUNNING REQUEST DROPPED BY OLDER NEWS, medium). Story: the parent answered that she asked for the dossier on
   * 20 November 2026 and has not seen it. She then logs her history: a request on 1 June 2026 and "Dossier gekregen" on
   * 20 June. The June receipt writes dossier-gezien "ja" over the November request (no overtakenBy, while the June request
   * itself is overtaken), and "Houd bij of het dossier komt" with its month to 20 December leaves the plan, the calendar
   * and the first screen. It should stay: a receipt in June cannot answer a request of November (G01, G05: 001:752,
   * 000:780-785; the AVG's month, not certain).
   */
  it('D4: dossier asked for on 20 Nov (answered), an older request and receipt (June) logged after: the November request and its month vanish', () => {
    const s = log(hv({ 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen' }, { 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-20' }),
      [E('dossier-gevraagd', '2026-06-01'), E('dossier-ontvangen', '2026-06-20')]);
    complete(s);
    const p = agreeingPlan(s, TODAY);
    expect(step(p, 'dossier-herinneren')?.deadline).toMatchObject({ start: '2026-11-20', due: '2026-12-20', status: 'upcoming', certain: false });
  });

  /**
   * D5 (MISSING WARNING, medium). Story: the school applied for a TLV for SBO; the parent answered that her child has no OPP
   * (opp: nee), that she has not seen the application and was not heard. The plan asks for the OPP as it would for any child
   * ("Vraag om het OPP van je kind") and for a copy "van de aanvraag en het OPP", but nowhere says that an OPP is part of a
   * TLV application (001:910, 001:787; FACTS E02, B37): an application without one is a point for her zienswijze to the SWV
   * and, after a decision, for a bezwaar (FP05: an OPP missing, or written only for the referral; 003:388-402). The
   * handelingsverlegen story has this warning (handelingsverlegen-zonder-opp), the TLV story has none.
   */
  it('D5: TLV applied for, no OPP: nothing says a TLV application needs an OPP', () => {
    const s = story(tlv({ 'tlv-fase': 'aangevraagd', 'tlv-aanvraag-gezien': 'nee', 'tlv-gehoord': 'nee', 'tlv-soort': 'sbo', opp: 'nee' }));
    complete(s);
    const p = agreeingPlan(s, TODAY);
    expect(p.warnings.filter((w) => /TLV/.test(warningText(w)) && /OPP/.test(warningText(w))).map((w) => w.id)).not.toEqual([]);
  });

  /**
   * D6 (WRONG TEXT AFTER A CORRECTION REQUEST, low). Story: the parent has seen the dossier (dossier-gezien: ja), found a
   * mistake and sent the letter "Vraag om correctie van het dossier" on 10 November, logging it as sent. The letter logs
   * "Dossier gevraagd": her answer "I have seen the dossier" becomes "nee" and the plan says "Je hebt het dossier van je kind
   * gevraagd ... Houd bij of het dossier komt". The month is the AVG's for a correction too (not in the sources, said as not
   * certain), but the step should speak of her correction request, not of a dossier she already has (G05: 001:762,
   * 000:780-785).
   */
  it('D6: correction letter sent after seeing the dossier: the plan says she asked for the dossier and waits for it', async () => {
    const s = log(hv({ 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen' }), [E('dossier-gevraagd', '2026-11-10', undefined, 'correctie-dossier')]);
    complete(s);
    const p = agreeingPlan(s, TODAY);
    const d = step(p, 'dossier-herinneren');
    expect(d?.deadline).toMatchObject({ start: '2026-11-10', due: '2026-12-10', certain: false });
    expect(dutch(d!, 'title')).not.toMatch(/of het dossier komt/);
    expect(dutch(d!, 'title')).toMatch(/verbetert/);
    expect(dutch(d!, 'check')).toMatch(/AVG/);
    // The texts are in the page texts the plan page loads (compile.ts PAGE_TEXT_SECTIONS), in every language.
    for (const lang of LANGS) expect(renderMarkdown(p, await loadTexts(lang))).toContain('10');
  });
});

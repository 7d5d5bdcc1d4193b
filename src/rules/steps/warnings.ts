import type { Facts } from '../facts';
import { registeredAfterRefusal } from '../admission';
import type { WarningRule } from './types';
import type { IsoDate } from '../dates';
import { addWeeks, daysBetween } from '../calendar';

/** A bezwaar term of 6 weeks from `decision` that has not passed on `today` (not known: not open). */
const objectionStillOpen = (decision: IsoDate | undefined, today: IsoDate): boolean => decision !== undefined && addWeeks(decision, TERMS.objectionWeeks) >= today;
import { TERMS } from '../deadlines';
import { offerTurnedDown, offerRefused, twoObjectableDecisions, twoGpoDecisions, admittedRefusalMayBeObjected, objectionUnplaced, filedLate, objectionDue, gpoDue, FILING_STEPS, enrolledNowhere, objectionToMake, neverEnrolledTexts, enrolledElsewhereAfterRemoval, enrolledAtNewSchool, suspendedThenEnrolledElsewhere, enrolledAtSchoolSinceConflict, homeAfterEnrolment, leftOldSchool, enrolledByToday, admittedElsewhereInConflict } from './predicates';
import { stepRules } from './index';
import { summerOfferTexts, inSummerMonths } from './thuiszitten';

/**
 * Session 72 (s72-first, 4): wachtlijst-zorgplicht applies (not enrolled at the new school yet) and is named on the first
 * screen: the school said the child is not welcome after the holiday (E19, FP12; 000:934-938). niet-welkom-zorgplicht gives
 * way to it there.
 */
const notWelcomeAfterHolidayNamed = (f: Facts): boolean => f.list('school-zegt').includes('niet-welkom-na-vakantie') && !enrolledAtNewSchool(f);

/** FP-P4, A21, C09: the bezwaar came after its 6 weeks (with more decisions, after the last one's). */
const objectionLate = (f: Facts): boolean => f.is('objectionFiled') && filedLate(f, 'bezwaar-datum', objectionDue);
/** §X.2, F13 (EXT): the request to the Geschillencommissie came after its 6 weeks. */
const gpoLate = (f: Facts): boolean => f.is('gpoFiled') && filedLate(f, 'gpo-datum', gpoDue);
/**
 * verzoek-te-laat: whether it applies and its texts, for the bezwaar late as the answers read it (objectionLate) or as the
 * timeline placed it (`late`, session 84: src/meeting/plan.ts loggedRemovalObjection).
 */
export const lateFilingWarning = (f: Facts, late: boolean = objectionLate(f)): { applies: boolean; texts?: string } =>
  ({ applies: late || gpoLate(f), ...(gpoLate(f) && !late ? { texts: 'ui:blind281.warning.verzoekTeLaatGpo' } : {}) });

/** Session 67 (s67-blind D3): wachtlijst-zorgplicht read in July or August (ui.yaml blind67). */

export const WAITING_LIST_SUMMER_TEXTS = 'ui:blind67.warning.wachtlijstZorgplichtZomer';
/** The same, with an offer turned down (the p1s38 variant's caveat kept). */
export const WAITING_LIST_OFFER_SUMMER_TEXTS = 'ui:blind67.warning.wachtlijstZorgplichtAanbodZomer';
/** Session 67 (s67-summer, gap 1): niet-welkom-zorgplicht read in July or August (ui.yaml summer67). */
export const NOT_WELCOME_SUMMER_TEXTS = 'ui:summer67.warning.nietWelkomZomer';
/** Session 68 (s68-summer, gap 1): the same with an offer turned down (the p1s38 caveat kept; ui.yaml summer68). */
export const NOT_WELCOME_OFFER_SUMMER_TEXTS = 'ui:summer68.warning.nietWelkomAanbodZomer';

/** Session 63 (s63-tlv): nieuwe-aanmelding-na-weigering from the answers alone: check both dates (see the rule). */
export const REFUSAL_BEFORE_RECEIPT_TEXTS = 'ui:s63.warning.weigeringVoorAanmelding';

/** Session 57 (s57-noschool): the warnings kleuter-so and tlv-zonder-opp for a child enrolled at no school (neverEnrolled). */
export const KLEUTER_SO_NERGENS_TEXTS = 'ui:s57.warning.kleuterSoNergens';
export const TLV_ZONDER_OPP_NERGENS_TEXTS = 'ui:s57.warning.tlvZonderOppNergens';
/** Session 76 (s76-enrolled): handelingsverlegen-zonder-opp once the child is enrolled at a new school. */
export const HV_ZONDER_OPP_NIEUWE_SCHOOL_TEXTS = 'ui:enrolled76.warning.hvZonderOpp';

/**
 * The plan's warnings (the recurring failure patterns of FACTS §FP among them), and when a filing term ends before a
 * planned meeting. Texts: content/<lang>/steps.yaml warnings, by the same ids.
 */

/**
 * Session 22 (s22-lawyer): a meeting with the school is planned on or after the last day of one of the parent's filing
 * terms, and that term has not passed yet. A parent who waits for the meeting ("we will talk first") files too late
 * (FP-P4, 002:748-750, 846-850). The plan showed both dates, far apart, without saying so.
 */
export function filingEndsBeforeMeeting(f: Facts): boolean {
  return filingTermsBeforeMeeting(f) === 'certain';
}

/**
 * Session 23: the same, when every such term is uncertain (the TLV bezwaar's and the Geschillencommissie's 6 weeks are not
 * in the sources, FACTS §X.2, §X.3). The warning then says the date is not sure and whom to ask, instead of stating it.
 * One certain term (a bezwaar against a refusal or a removal) keeps the warning that states its date.
 */
export function uncertainFilingEndsBeforeMeeting(f: Facts): boolean {
  return filingTermsBeforeMeeting(f) === 'uncertain';
}

/**
 * The parent's filing terms (bezwaar, Geschillencommissie: FILING_STEPS) whose step applies and whose last day has not
 * passed: with their deadlines. The meeting warnings below and the preparing step's "the term does not wait"
 * (filingRunsMeetingDayUnknown in informatie.ts) read the same list. (stepRules is read when the plan is built.)
 */
export function openFilingTerms(f: Facts): { uncertain: boolean; due: IsoDate }[] {
  const open: { uncertain: boolean; due: IsoDate }[] = [];
  for (const r of stepRules) {
    if (!FILING_STEPS.includes(r.id) || !r.applies(f)) continue;
    const d = r.deadline?.(f);
    if (d !== undefined && d.status !== 'passed') open.push({ uncertain: r.uncertain === true, due: d.due });
  }
  return open;
}

/** Which filing terms end on or before the planned meeting: 'certain' when at least one is certain, 'uncertain' when all are not. */
function filingTermsBeforeMeeting(f: Facts): FilingCertainty | undefined {
  const meeting = f.is('hasMeetingPlanned') ? f.date('gesprek-datum') : undefined;
  if (meeting === undefined || meeting < f.today) return undefined;
  const before = openFilingTerms(f).filter((t) => t.due <= meeting);
  return before.length === 0 ? undefined : before.some((t) => !t.uncertain) ? 'certain' : 'uncertain';
}

export type FilingCertainty = 'certain' | 'uncertain';

/**
 * Session 65 (s65-edges, gap 3): the planned meeting falls on the last day of a certain filing term (a bezwaar against a
 * refusal or a removal: A21, C09; 002:748-750, 846-850), today or later. termijn-voor-gesprek then said "Je hebt binnenkort
 * een gesprek. Maar de laatste dag ... valt eerder, of op dezelfde dag", under "Let op" only, also on that day itself. Its
 * own text says the meeting is ON the last day and to send the bezwaar before the meeting, and it is named on the first
 * screen (FP-P4: parents who wait for the talk file too late).
 */
export const MEETING_ON_LAST_DAY_TEXTS = 'ui:edges65.warning.gesprekOpLaatsteDag';
export function certainFilingEndsOnMeetingDay(f: Facts): boolean {
  const meeting = f.is('hasMeetingPlanned') ? f.date('gesprek-datum') : undefined;
  if (meeting === undefined || meeting < f.today) return false;
  return openFilingTerms(f).some((t) => !t.uncertain && t.due === meeting);
}

/**
 * Session 45 (s035-geschorst-vier-weken-datum-onbekend): a suspended child at home for more than a week (the first day at
 * home answered), while no step says the suspension's week has passed: its first day unknown, or a suspension whose own
 * week still runs after an earlier stretch at home (suspensions one after the other). In primary school a suspension lasts
 * at most one week (C10, 002:2362); too long, also during a removal, breaks the law and can make the Geschillencommissie
 * side with the parents (C11, 002:2303-2307). Before, the plan only said "find the first day". The timeline adds the same
 * warning for suspensions logged one right after the other (suspensionChain in src/meeting/plan.ts).
 */
export function suspendedTooLong(f: Facts): boolean {
  const home = f.date('thuis-sinds');
  // Session 61 (lawyer-s61-timeline D1): not once enrolled at a school registered at after the suspension began.
  if (!f.is('isSuspended') || home === undefined || daysBetween(home, f.today) <= SUSPENSION_DAYS || suspendedThenEnrolledElsewhere(f)) return false;
  const start = f.date('schorsing-datum');
  return start === undefined || daysBetween(start, f.today) <= SUSPENSION_DAYS;
}

/** weigering-blijft-na-toelating after a bezwaar against the refusal (session 52); src/meeting/plan.ts reads it too. */
/** Session 60: verwijdering-na-toelating once the child is enrolled at the new school. */
export const REMOVAL_AFTER_ENROLMENT_TEXTS = 'ui:first60.warning.verwijderingNaInschrijving';
/** Session 81 (s81-left, b): verwijdering-zonder-school once another school admitted the child, not yet enrolled there. */
export const REMOVAL_ADMITTED_TEXTS = 'ui:left81.warning.verwijderingToegelaten';
/** The same after a turned-down offer (A22): without the old school's duty, with p1s38's short caveat. */
export const REMOVAL_ADMITTED_OFFER_TEXTS = 'ui:left81.warning.verwijderingToegelatenAanbod';
/**
 * Session 81: beside verwijdering-na-toelating (which says the admission and the condition met) only what that one does not:
 * the hearing (C05) and lessons at home until the enrolment (C22); after a turned-down offer the hearing and p1s38's caveat.
 */
export const REMOVAL_BESIDE_CHOICE_TEXTS = 'ui:left81.warning.verwijderingNaastKeuze';
export const REMOVAL_BESIDE_CHOICE_OFFER_TEXTS = 'ui:left81.warning.verwijderingNaastKeuzeAanbod';
/**
 * Session 82 (s82-left, 1): the same once the board has decided the removal (hasRemovalDecision: on paper, or dated). The
 * hearing (C05, 002:768-772) was owed before that decision: "Het bestuur moet jou en de leraar horen voordat het beslist"
 * read as if it were still to come. These say it was owed, and to name it in the bezwaar (and at the Geschillencommissie)
 * if it did not happen. Before a decision (the school said it only aloud, or no decision yet) left81's present tense stays.
 */
export const REMOVAL_ADMITTED_DECIDED_TEXTS = 'ui:left82.warning.verwijderingToegelatenBesloten';
export const REMOVAL_ADMITTED_OFFER_DECIDED_TEXTS = 'ui:left82.warning.verwijderingToegelatenAanbodBesloten';
/**
 * Session 82 (s82-left, 2): niet-zelf-uitschrijven once another school admitted the child (admittedElsewhereInConflict).
 * "De school moet eerst een andere school vinden die je kind toelaat" is past (C04: the condition is met); what stays is
 * not to de-register her before the new school has enrolled her, and the old school's duty until that enrolment (C22,
 * A23; 002:734-736); after a turned-down offer without that duty, with p1s38's caveat (A22).
 */
export const NOT_SELF_DEREGISTER_ADMITTED_TEXTS = 'ui:left82.warning.nietZelfUitschrijvenToegelaten';
export const NOT_SELF_DEREGISTER_ADMITTED_OFFER_TEXTS = 'ui:left82.warning.nietZelfUitschrijvenToegelatenAanbod';
/** Session 83 (s83-left, 3): niet-zelf-uitschrijven with verwijdering-andere-school "ja", no admission there yet. */
export const NOT_SELF_DEREGISTER_WILLING_TEXTS = 'ui:left83.warning.nietZelfUitschrijvenWilToelaten';
/**
 * Session 82 (s82-left2, 1): the removal's bezwaar term has passed (the decision's day known, its 6 weeks over: C09,
 * 002:846-850). "Is dat niet gebeurd? Schrijf dat dan in je bezwaar" then points to a bezwaar that can no longer be made:
 * these texts say the 6 weeks are over and to ask the ouder- en jeugdsteunpunt what can still be done.
 */
const removalObjectionPassed = (f: Facts): boolean => {
  const decided = f.is('hasRemovalDecision') ? f.date('verwijdering-datum') : undefined;
  return decided !== undefined && !objectionStillOpen(decided, f.today);
};
export const REMOVAL_ADMITTED_PASSED_TEXTS = 'ui:left282.warning.verwijderingToegelatenVerlopen';
export const REMOVAL_ADMITTED_OFFER_PASSED_TEXTS = 'ui:left282.warning.verwijderingToegelatenAanbodVerlopen';
/**
 * Session 82 (s82-left2, 1): verwijdering-zonder-school (no admission elsewhere) once the board has decided the removal
 * (hasRemovalDecision): "Het bestuur moet jou en de leraar horen voordat het beslist" read as if the hearing (C05,
 * 002:768-772) were still to come. Past tense, and the bezwaar while its term runs; after it, the steunpunt.
 */
export const REMOVAL_NO_SCHOOL_DECIDED_TEXTS = 'ui:left282.warning.verwijderingZonderSchoolBesloten';
export const REMOVAL_NO_SCHOOL_OFFER_DECIDED_TEXTS = 'ui:left282.warning.verwijderingZonderSchoolAanbodBesloten';
export const REMOVAL_NO_SCHOOL_PASSED_TEXTS = 'ui:left282.warning.verwijderingZonderSchoolVerlopen';
export const REMOVAL_NO_SCHOOL_OFFER_PASSED_TEXTS = 'ui:left282.warning.verwijderingZonderSchoolAanbodVerlopen';
/**
 * Session 83 (s83-left, 1): while the bezwaar-verwijdering step is in the plan (a dated decision, no bezwaar made against
 * it), that step says the hearing (C05) and to name it in the bezwaar; the warning said it a second time. These drop it.
 * Session 83 (s83-left, 2): once a bezwaar against the removal is made (answered or logged: objectionToMake false), the
 * warning said "Schrijf dat dan in je bezwaar" or, after the 6 weeks, "De 6 weken voor bezwaar zijn voorbij. Vraag het
 * ouder- en jeugdsteunpunt" to a parent who objected in time (C09). These say she objected, to tell the board the hearing
 * point before it decides on the bezwaar if it is not in it, and the Geschillencommissie too; bezwaar-loopt says to wait.
 */
export const REMOVAL_NO_SCHOOL_STEP_TEXTS = 'ui:left83.warning.verwijderingZonderSchoolBezwaarStap';
export const REMOVAL_NO_SCHOOL_OFFER_STEP_TEXTS = 'ui:left83.warning.verwijderingZonderSchoolAanbodBezwaarStap';
export const REMOVAL_NO_SCHOOL_OBJECTED_TEXTS = 'ui:left83.warning.verwijderingZonderSchoolBezwaarGemaakt';
export const REMOVAL_NO_SCHOOL_OFFER_OBJECTED_TEXTS = 'ui:left83.warning.verwijderingZonderSchoolAanbodBezwaarGemaakt';
export const REMOVAL_ADMITTED_OBJECTED_TEXTS = 'ui:left83.warning.verwijderingToegelatenBezwaarGemaakt';
export const REMOVAL_ADMITTED_OFFER_OBJECTED_TEXTS = 'ui:left83.warning.verwijderingToegelatenAanbodBezwaarGemaakt';
/** A dated removal decision with a bezwaar against it made (the bezwaar-verwijdering step is gone: objectionToMake). */
const removalObjected = (f: Facts): boolean =>
  f.is('hasRemovalDecision') && f.date('verwijdering-datum') !== undefined && !objectionToMake(f, 'verwijdering-datum');
/** The bezwaar-verwijdering step is in the plan (its rule: src/rules/steps/thuiszitten.ts). */
const removalObjectionStep = (f: Facts): boolean => f.is('hasRemovalDecision') && objectionToMake(f, 'verwijdering-datum');
/**
 * Session 84 (s84-objection, 1): how the removal's bezwaar stands, for the warning's texts: made against the removal
 * (`objected`), or its step in the plan (`step`). From the answers (removalObjected, removalObjectionStep); the timeline
 * passes its own where a logged bezwaar says which decision it is against (src/meeting/plan.ts loggedRemovalObjection).
 */
export interface RemovalObjection {
  readonly objected: boolean;
  readonly step: boolean;
  /**
   * Session 85 (s85-open, 2): the removal's bezwaar is a choice (removed, admitted elsewhere, its 6 weeks running), as the
   * timeline placed it: every bezwaar logged since the removal is against another decision (removalChoiceAsLogged). The
   * answers' own rule (removalObjectionAChoice) reads any "bezwaar-ingediend: ja" as not a choice.
   */
  readonly choice?: boolean;
}
const removalObjectionOf = (f: Facts): RemovalObjection => ({ objected: removalObjected(f), step: removalObjectionStep(f) });
const removalNoSchoolTexts = (f: Facts, o: RemovalObjection): string | undefined => {
  const offer = offerTurnedDown(f);
  if (o.objected) return offer ? REMOVAL_NO_SCHOOL_OFFER_OBJECTED_TEXTS : REMOVAL_NO_SCHOOL_OBJECTED_TEXTS;
  if (removalObjectionPassed(f)) return offer ? REMOVAL_NO_SCHOOL_OFFER_PASSED_TEXTS : REMOVAL_NO_SCHOOL_PASSED_TEXTS;
  if (o.step) return offer ? REMOVAL_NO_SCHOOL_OFFER_STEP_TEXTS : REMOVAL_NO_SCHOOL_STEP_TEXTS;
  if (f.is('hasRemovalDecision')) return offer ? REMOVAL_NO_SCHOOL_OFFER_DECIDED_TEXTS : REMOVAL_NO_SCHOOL_DECIDED_TEXTS;
  return offerRefused('warning', 'verwijderingZonderSchool')(f);
};
/**
 * Session 82 (s82-left2, 2): aangemeld-elders-tijdens-conflict and niet-welkom-zorgplicht once another school admitted the
 * child (admittedElsewhereInConflict). "Zij moet zorgen voor een passende plek" / "zoeken naar een passende plek" is past:
 * the place is found (C04's condition met). What holds: the old school stays responsible, lessons too, until the new
 * school has enrolled the child (C22, A23; 002:734-736), so do not de-register her before that.
 */
export const REGISTERED_ELSEWHERE_ADMITTED_TEXTS = 'ui:left282.warning.aangemeldEldersToegelaten';
export const NOT_WELCOME_ADMITTED_TEXTS = 'ui:left282.warning.nietWelkomToegelaten';
/** Session 83 (s83-left, 5): the same in July or August. */
export const NOT_WELCOME_ADMITTED_SUMMER_TEXTS = 'ui:left83.warning.nietWelkomToegelatenZomer';
/** verwijdering-na-toelating: removed, admitted elsewhere, the bezwaar not made and its 6 weeks not passed (session 48). */
const removalObjectionAChoice = (f: Facts): boolean =>
  f.is('removedThenAdmittedElsewhere') && f.answeredNot('bezwaar-ingediend', 'ja') && objectionStillOpen(f.date('verwijdering-datum'), f.today);
/**
 * Session 85 (s85-open, 2): the same when the timeline says no bezwaar was made against the removal (every bezwaar logged
 * since it is against another decision: src/meeting/plan.ts loggedRemovalObjection), whatever "bezwaar-ingediend" says.
 */
export const removalChoiceAsLogged = (f: Facts): boolean =>
  f.is('removedThenAdmittedElsewhere') && objectionStillOpen(f.date('verwijdering-datum'), f.today);
/** verwijdering-na-toelating's texts (session 60): once the child is enrolled at the new school, its own. */
export const removalChoiceWarningTexts = (f: Facts): string | undefined => (enrolledElsewhereAfterRemoval(f) ? REMOVAL_AFTER_ENROLMENT_TEXTS : undefined);
/** verwijdering-zonder-school once another school admitted the child (session 81, s81-left b). */
const removalAdmittedTexts = (f: Facts, o: RemovalObjection): string => {
  const offer = offerTurnedDown(f);
  // Beside verwijdering-na-toelating there is always a decision (removedThenAdmittedElsewhere): left81's texts say it in the
  // past tense since session 82.
  if (o.choice === true || removalObjectionAChoice(f)) return offer ? REMOVAL_BESIDE_CHOICE_OFFER_TEXTS : REMOVAL_BESIDE_CHOICE_TEXTS;
  // Session 83 (s83-left, 2): a bezwaar made: not "the 6 weeks are over", nor "write it in your bezwaar".
  if (o.objected) return offer ? REMOVAL_ADMITTED_OFFER_OBJECTED_TEXTS : REMOVAL_ADMITTED_OBJECTED_TEXTS;
  // Session 82 (s82-left2, 1): once the bezwaar term has passed, not "Schrijf dat dan in je bezwaar": ask the steunpunt.
  if (removalObjectionPassed(f)) return offer ? REMOVAL_ADMITTED_OFFER_PASSED_TEXTS : REMOVAL_ADMITTED_PASSED_TEXTS;
  if (f.is('hasRemovalDecision')) return offer ? REMOVAL_ADMITTED_OFFER_DECIDED_TEXTS : REMOVAL_ADMITTED_DECIDED_TEXTS;
  return offer ? REMOVAL_ADMITTED_OFFER_TEXTS : REMOVAL_ADMITTED_TEXTS;
};
/**
 * verwijdering-zonder-school's texts: after an admission elsewhere removalAdmittedTexts, otherwise removalNoSchoolTexts, for
 * the removal's bezwaar as the answers hold it or as the timeline placed it (`o`, session 84).
 */
export const removalWarningTexts = (f: Facts, o: RemovalObjection = removalObjectionOf(f)): string | undefined =>
  admittedElsewhereInConflict(f) ? removalAdmittedTexts(f, o) : removalNoSchoolTexts(f, o);
/** Session 75 (s75-answers, 3): huidige-school-tot-inschrijving for groep 1-2 with nothing else saying the child is at a school. */
export const MAYBE_AT_SCHOOL_TEXTS = 'ui:answers75.warning.huidigeSchoolMisschien';
/** Session 78 (s78-left, 1): huidige-school-tot-inschrijving for a child who needs no extra help (no zorgplicht sentence). */
export const AT_SCHOOL_NO_HELP_TEXTS = 'ui:left78.warning.huidigeSchoolGeenHulp';
export const MAYBE_AT_SCHOOL_NO_HELP_TEXTS = 'ui:left78.warning.huidigeSchoolMisschienGeenHulp';
/** Session 74 (s74-first, 2): school-vol while the child is not registered in writing. */
export const SCHOOL_FULL_NOT_REGISTERED_TEXTS = 'ui:first74.warning.schoolVolNietAangemeld';
/** Session 77 (s77-enrolled, 2): school-vol once the child is enrolled at the school that admitted it after the refusal. */
export const SCHOOL_FULL_ENROLLED_TEXTS = 'ui:enrolled77.warning.schoolVolIngeschreven';
export const REFUSAL_KEPT_OBJECTED_TEXTS = 'ui:s47.warning.weigeringBlijftNaBezwaar';

/** At most one week (C10, 002:2362), in days. */
export const SUSPENSION_DAYS = 7 * TERMS.suspensionMaxWeeks;

export const warningRules: readonly WarningRule[] = [
  // Session 45: suspended and at home for more than a week, while no step says so (suspendedTooLong).
  { id: 'schorsing-te-lang', section: 'schorsing-verwijdering', applies: suspendedTooLong },
  // Session 22, FP-P4: a filing term of the parent's ends on or before a planned meeting: do not wait for the meeting.
  { id: 'termijn-voor-gesprek', section: 'bezwaar-maken', applies: filingEndsBeforeMeeting,
    texts: (f) => (certainFilingEndsOnMeetingDay(f) ? MEETING_ON_LAST_DAY_TEXTS : undefined), firstScreen: certainFilingEndsOnMeetingDay },
  // Session 23: the same, when the only terms that end before the meeting are uncertain (TLV bezwaar, GPO: §X.2, §X.3).
  { id: 'termijn-voor-gesprek-onzeker', section: 'bezwaar-maken', applies: uncertainFilingEndsBeforeMeeting },
  // FP01, A01, A03: refused by phone; there is no registration yet and no zorgplicht.
  { id: 'telefoon-is-geen-aanmelding', section: 'hoe-aanmelden', applies: (f) => f.is('registeredByPhoneOnly') },
  // A11, FP02: refusal only once another school has agreed to admit the child.
  // Session 47 (s041-daan-havo-weigert-toelatingseisen): in groep 7 or 8 the school may be a middelbare school, which may
  // also refuse a pupil who does not meet the general admission requirements for voortgezet onderwijs (002:720-724; 001:132).
  // Session 76 (s76-misc, 4): not for a child who needs no extra help (ondersteuning-gemeld "geen-hulp-nodig"): A11, "first
  // another school, then a refusal", holds for a child who needs extra support only (002:664-670; A06: the normal procedure).
  { id: 'weigering-zonder-andere-school', section: 'weigering', applies: (f) => f.is('wasRefused') && f.answeredNot('weigering-andere-school', 'ja') && !f.oneOf('ondersteuning-gemeld', 'geen-hulp-nodig'),
    texts: (f) => offerRefused('warning', 'weigeringZonderAndereSchool')(f) ?? (f.oneOf('groep', 'groep-7-8') ? 'ui:s47.warning.weigeringZonderAndereSchoolVo' : undefined) },
  // A04/A05, A21 (session 22): a registration after a written refusal has its own 6 weeks; the refusal and its bezwaar stay.
  // Session 63 (s63-tlv, gap 2): from the answers alone, a registration received after the day of its own refusal contradicts
  // itself: the questionnaire asks about one registration and the school's decision on it, and a school cannot refuse a
  // registration before it received it. It may be a new registration after the refusal (session 22: its own 6 weeks, A04),
  // or one of the two dates is wrong. Both terms stay (the bezwaar's 6 weeks from the refusal, A21; the decision's from the
  // receipt), and the warning asks the parent to check both dates, on the first screen. A registration logged in the
  // timeline after a refusal is a new one: src/meeting/plan.ts gives the warning its own text back (loggedNewRegistration).
  { id: 'nieuwe-aanmelding-na-weigering', section: 'weigering', applies: registeredAfterRefusal, texts: () => REFUSAL_BEFORE_RECEIPT_TEXTS, firstScreen: () => true },
  // Session 25, A21, A23/A26: the next school admitted the child after a written refusal; the refusal and its bezwaar
  // stay (a choice: the parent may still want the first school), the zorgplicht moves with the child.
  // Session 52 (lawyer-s52-refusal D1): once the bezwaar against the refusal is made (answered or logged), the plan has no
  // bezwaar step for it (objectionToMake): the text says she objected and that the board decides, not "the date is at the
  // bezwaar step". What becomes of the bezwaar if she stays at the new school is not in the sources: ask the steunpunt.
  // Session 52 (lawyer-s52-refusal D5): otherwise only while that bezwaar can still be made (refusedThenAdmittedElsewhere
  // needs the refusal's day), as verwijdering-na-toelating: the text says "je kunt nog bezwaar maken", which after the 6 weeks is wrong.
  { id: 'weigering-blijft-na-toelating', section: 'weigering',
    applies: (f) =>
      f.is('refusedThenAdmittedElsewhere') &&
      ((f.is('objectionFiled') && !objectionToMake(f, 'weigering-datum')) || objectionStillOpen(f.date('weigering-datum'), f.today)),
    texts: (f) => (f.is('objectionFiled') && !objectionToMake(f, 'weigering-datum') ? REFUSAL_KEPT_OBJECTED_TEXTS : undefined) },
  // FP03: "the school is full" must be true.
  // Session 74 (s74-first, 2; s073-rondleiding-januari-school-vol): the school said "vol" while the child is not registered in
  // writing (registration planned, by phone or at an open day, or not known). Its text asked for "haar besluit op je aanmelding
  // op papier", and there is no registration to decide on: a school that says "full" before a written registration has taken
  // no decision, the zorgplicht and the school's 6 (+4) weeks start only with the written registration (A01, A03, A04, A05;
  // 001:119; FP01, FP03). The variant says to register in writing first, even so, and to ask for the decision in it.
  // Session 77 (s77-enrolled, 2): refused, then admitted at the next school and enrolled there by today: the text asked for
  // "haar besluit op je aanmelding op papier" and the places, as if the place at the full school were still the question. The
  // new school is responsible now (A23, A26); a bezwaar against the refusal is a choice with its own step and date (A21,
  // session 61). Its own text: the admission policy and the places only as evidence for a bezwaar she goes on with (A17).
  { id: 'school-vol', section: 'wanneer-zorgplicht', applies: (f) => f.list('school-zegt').includes('school-vol'),
    texts: (f) => (f.is('isAanmelden') && !f.is('registeredInWriting') ? SCHOOL_FULL_NOT_REGISTERED_TEXTS : f.is('refusedThenAdmittedElsewhere') && enrolledByToday(f) ? SCHOOL_FULL_ENROLLED_TEXTS : undefined) },
  // FP04: handelingsverlegen without an OPP.
  // Session 59 (s59-flow): "no OPP" is any answer but "ja", also where opp is not asked (schoolToAsk: a child with no school
  // yet). Before, opp was asked wherever hv or tlv is chosen, and answeredNot read the same; an OPP she answered or logged is
  // kept (keptWhen hasOpp), so for every stored answer set these two warnings are as before.
  // Session 76 (s76-enrolled): once the child is enrolled at a new school and gone from the old one (leftOldSchool) the text asked "Wil de school
  // dat je kind vertrekt?" of a child who had left. Its own text speaks of the new school (an OPP within 6 weeks after the
  // enrolment, B02) and of the old school's missing OPP only for a bezwaar or the Geschillencommissie against it (C03).
  {
    id: 'handelingsverlegen-zonder-opp', section: 'handelingsverlegen', applies: (f) => f.is('isHandelingsverlegen') && !f.oneOf('opp', 'ja'),
    texts: (f) => (leftOldSchool(f) ? HV_ZONDER_OPP_NIEUWE_SCHOOL_TEXTS : undefined),
  },
  // Session 51 (lawyer-s51-tlv-opp D5), E02/B37, FP05: the school applies for the TLV with an OPP as part of the application
  // (001:910, 001:787). No OPP (or not known) while the SWV still decides, or after a grant the parent objects to: a point
  // for her zienswijze or her bezwaar. Before, the TLV story only said "ask for the OPP", as for any child.
  // Session 57 (s57-noschool): for a child enrolled at no school (neverEnrolled) its own text: no school she had lessons at
  // made an OPP, yet the OPP is part of the application (E02) and the support need must rest on recent research (E11); ask
  // the applying school what it sends, and say what is missing in the zienswijze or the bezwaar. Before: "Vraag de school
  // welk OPP ze meestuurt", as if her school had one.
  {
    id: 'tlv-zonder-opp', section: 'tlv-oneens',
    applies: (f) => (f.is('tlvNotYetDecided') || (f.is('tlvGranted') && f.is('disagreesWithTlvDecision'))) && !f.oneOf('opp', 'ja'),
    texts: neverEnrolledTexts(TLV_ZONDER_OPP_NERGENS_TEXTS),
  },
  // FP07: never sign an empty or unread form.
  { id: 'niet-blanco-tekenen', section: 'afspraken-vastleggen', applies: (f) => f.is('hasSchoolConflict') && f.oneOf('tekenen', 'ja') },
  // C04, C05, FP09: removal only once another school has agreed, and after hearing the parents.
  {
    id: 'verwijdering-zonder-school', section: 'schorsing-verwijdering',
    // Session 60 (lawyer-s60-combined D1): not once the child is enrolled at the school that admitted it after the removal.
    // Session 76 (s76-enrolled): nor at a new school after a time at home, a refusal or a suspension (leftOldSchool): "Tot je
    // kind op een andere school is ingeschreven, blijft de school verantwoordelijk" is past (A23, C22).
    applies: (f) => f.is('schoolWantsChildGone') && f.answeredNot('verwijdering-andere-school', 'ja') && !leftOldSchool(f),
    // Session 81 (s81-left, b): once another school admitted the child (admittedElsewhereInConflict), "Eerst een nieuwe school,
    // dan pas weg" and the doorzettingsmacht are past: its own text says the condition is met (C04), keeps the hearing (C05)
    // and the old school's duty until the enrolment (C22, A23); after a turned-down offer without that duty (A22, p1s38's
    // caveat). Beside verwijdering-na-toelating (the bezwaar a choice), which says the admission and the condition met, it
    // says only what that one does not (session 48 kept both for the hearing, lawyer-s48-changes): the hearing, lessons at home.
    // Session 82 (s82-left2, 1): without an admission, after the decision its own texts too (removalNoSchoolTexts).
    texts: (f) => removalWarningTexts(f),
  },
  // Session 46 (s038-opp-ingestemd-school-wil-weg): the parent agreed to the OPP's handelingsdeel and the school now says it
  // cannot give that help (or wants the child elsewhere). Changing the agreed help needs her consent again, and another
  // school belongs in the OPP's handelingsdeel, which needs her consent (B08, B10; 001:498-509, 002:876-880, 000:613-619,
  // 810-813). Session 48 (s043-opp-ingestemd-*): that consent is no veto on a referral: a TLV application needs no
  // signature of hers (001:939) and a removal no consent (002:756-772); against either decision she has the bezwaar.
  { id: 'opp-instemming-blijft', section: 'wanneer-opp', applies: (f) => f.is('isHandelingsverlegen') && f.oneOf('opp-ingestemd', 'ja') },
  // Session 48 (s044-sven-tlv-so-ouders-oneens): a TLV granted that the parents disagree with moves the child nowhere by
  // itself: the parents register at the SO school themselves (001:924, 000:958-960); a school that wants the child gone
  // needs a removal decision, only once another school admits the child, with its own bezwaar (002:756-768, 846-850).
  // Not for a child enrolled nowhere (no "school van nu": nergens-ingeschreven speaks; lawyer-s48-changes).
  { id: 'tlv-verplaatst-niet', section: 'tlv-oneens', applies: (f) => f.is('tlvGranted') && f.is('disagreesWithTlvDecision') && !f.is('neverEnrolled') },
  // Session 48: a removal decision, then an admission at another school: the removal's condition is met, its bezwaar a choice.
  // Only while its bezwaar can still be made: not filed yet, its 6 weeks not passed (the text says "je kunt nog bezwaar maken").
  // Session 85 (s85-open, 2): a bezwaar logged in the timeline against the other decision only is no bezwaar against the
  // removal: src/meeting/plan.ts loggedRemovalObjection adds this warning then (removalChoiceAsLogged).
  {
    id: 'verwijdering-na-toelating', section: 'schorsing-verwijdering',
    applies: (f) => removalObjectionAChoice(f),
    // Session 60: from the day of enrolment at the new school, "the old school stays responsible until …" is past: the new
    // school is (A23, C22).
    texts: (f) => removalChoiceWarningTexts(f),
  },
  // Session 48: registered elsewhere while the school wants the child gone: the new school's zorgplicht from the registration.
  // Not for a child already de-registered (uitschrijving-navragen speaks), nor when the support need was not told to the new
  // school (its zorgplicht starts when told: ondersteuning-melden), nor with the new school's waiting list (A18: when it is
  // the child's turn). lawyer-s48-changes.
  {
    id: 'aangemeld-elders-tijdens-conflict', section: 'wanneer-zorgplicht',
    // Session 76 (s76-enrolled): not once the child is enrolled there (leftOldSchool): the registration is past, and "Tot je
    // kind daar is ingeschreven" with it.
    applies: (f) => f.is('wantedGoneRegisteredElsewhere') && !f.oneOf('ingeschreven', 'nee') && !f.is('supportNeedNotTold') && !f.is('isOnWaitingList') && !leftOldSchool(f),
    // Session 82 (s82-left2, 2): once that school admitted the child, not "Zij moet zorgen voor een passende plek".
    texts: (f) => (admittedElsewhereInConflict(f) ? REGISTERED_ELSEWHERE_ADMITTED_TEXTS : undefined),
  },
  // lawyer-s51-answers D2 (000:374-378; A26, FP-P3, 002:2078-2086): a child already at a school (a groep answered), registered
  // in writing or by phone at another school, with no conflict: the current school keeps its zorgplicht until the child is
  // enrolled at the new one, so do not de-register first. Before, that was said only when the school wanted the child gone
  // (aangemeld-elders-tijdens-conflict, niet-zelf-uitschrijven). Not once admitted, not for a child enrolled nowhere, not
  // with a TLV (tlv-verplaatst-niet and the TLV steps say it).
  {
    id: 'huidige-school-tot-inschrijving', section: 'inschrijving',
    applies: (f) =>
      f.is('hasRegistered') && f.oneOf('groep', 'groep-1-2', 'groep-3-6', 'groep-7-8') && !f.is('wasAdmitted') && !f.is('schoolWantsChildGone') &&
      !f.is('wantedGoneRegisteredElsewhere') && !f.is('isTlv') && !enrolledNowhere(f),
    // Session 75 (s75-answers, 3): "Je kind zit nu op een school" is sure for groep 3-8 and for a child in a conflict with her
    // school (hasSchoolConflict). Groep 1-2 alone may be a first registration: a child can be registered from 3 (A02,
    // 002:622) and the parent may answer the groep the child will go to. Then a text that asks first ("Zit je kind al op
    // een school?"), with the same advice for a child who is (000:374-378, A26, C22).
    // Session 78 (s78-left, 1): "Mijn kind heeft geen extra hulp nodig" (A06, A19): without "Heeft je kind extra hulp nodig? Dan
    // houdt die school tot die dag ook de zorgplicht" (A03, C22), said to the parent who answered just that. The rest stays:
    // the current school is responsible until the enrolment elsewhere, whatever the support need.
    texts: (f) => {
      const noHelp = f.oneOf('ondersteuning-gemeld', 'geen-hulp-nodig');
      if (f.oneOf('groep', 'groep-1-2') && !f.is('hasSchoolConflict')) return noHelp ? MAYBE_AT_SCHOOL_NO_HELP_TEXTS : MAYBE_AT_SCHOOL_TEXTS;
      return noHelp ? AT_SCHOOL_NO_HELP_TEXTS : undefined;
    },
  },
  // C13, FP10: barred but still enrolled: the zorgplicht continues.
  // Session 46 (s039-verwijderd-nog-ingeschreven-thuisgehouden): also a "removed" child that is still enrolled and kept at
  // home: a removal takes effect only once another school admits the child (C04, 002:756-768), so until then it is a child
  // barred from its own school (C23, 003:571-575), and the parent asks why and until when.
  {
    id: 'niet-welkom-zorgplicht', section: 'thuiszitten',
    // Session 67 (s67-summer, gap 1): read in July or August, "Vraag per e-mail wat de school nu doet" asked for lessons from
    // a school closed for the holiday. Its summer text: the school stays responsible, also after the holiday (C13, C23, D09;
    // 002:1716-1724, 003:571-575; FP09, FP12); ask now whether the child may come back on the first school day after it and,
    // if not, why and where and from whom she gets lessons from that day.
    // Session 68 (s68-summer, gap 1): with an offer turned down the summer text was p1s38's, "Vraag per e-mail wat de school
    // nu doet"; now its own summer text with the p1s38 caveat (FP-P1, A22). Gap 3: the order (summer, offer, general) is
    // summerOfferTexts', as for wachtlijst-zorgplicht below.
    // Session 82 (s82-left2, 2): outside the summer, once another school admitted the child (admittedElsewhereInConflict) and
    // no offer was turned down: not "zoeken naar een passende plek" (the place is found); lessons until the enrolment there.
    // Session 83 (s83-left, 5): in July or August the same case read summer67's text, "zoeken naar een passende plek"
    // after the place was found: its own summer text (the admitted first paragraph, summer67's summer paragraphs).
    texts: (f) =>
      !offerTurnedDown(f) && admittedElsewhereInConflict(f)
        ? inSummerMonths(f.today) ? NOT_WELCOME_ADMITTED_SUMMER_TEXTS : NOT_WELCOME_ADMITTED_TEXTS
        : summerOfferTexts({ summer: NOT_WELCOME_SUMMER_TEXTS, offerSummer: NOT_WELCOME_OFFER_SUMMER_TEXTS, offer: offerRefused('warning', 'nietWelkomZorgplicht') })(f),
    // Session 50 (lawyer-s50-thuis D5): not when the parent answered that the child is no longer enrolled (the warning opens
    // with "Je kind staat nog ingeschreven"; uitschrijving-navragen speaks for that story).
    // Session 62 (lawyer-s62-welkom): nor once the child is enrolled at a new school since (enrolledAtSchoolSinceConflict): the
    // old school's zorgplicht ended at that enrolment (A23, C22), and "Je kind staat nog ingeschreven… blijft de school
    // gewoon verantwoordelijk" spoke of it.
    applies: (f) =>
    // Session 64 (lawyer-s64-timeline D1): but kept for a child at home since a day on or after that enrolment (homeAfterEnrolment):
    // then "the school" is the new one, where she is enrolled, and the warning is true of it (C13, D09).
      ((f.is('isBarredButEnrolled') && !f.oneOf('ingeschreven', 'nee')) || (f.is('isRemoved') && f.oneOf('ingeschreven', 'ja'))) && (!enrolledAtSchoolSinceConflict(f) || homeAfterEnrolment(f)),
    // Session 50 (lawyer-s50-thuis D7): on the first screen for a child the school keeps out: that it may do so only in
    // very exceptional cases, keeps its duty of care and must say why and until when (C13, C23; 002:1716-1724,
    // 003:571-575) is what the parent needs first, as for "niet welkom na de vakantie" (wachtlijst-zorgplicht).
    // Session 72 (s72-first, 4; 057-spring-s71.yaml s071-thuiszitter-juni-niet-welkom-na-zomer): a child kept out now AND told
    // "not welcome after the holiday": the first screen named this warning and wachtlijst-zorgplicht ("De huidige school blijft
    // verantwoordelijk") one under the other, two near-identical titles that both say "read it under Let op". This one gives
    // way on the first screen to that one (notWelcomeAfterHolidayNamed), whose ask before the holiday, on paper, is bound to
    // a moment (session 48) and said nowhere else. Both stay under "Let op" (this one is never merged away; that one stays as
    // it is named on the first screen, order.ts WARNING_MERGES), so every fact either says stays (C13, C23, E19).
    firstScreen: (f) => f.oneOf('thuis-reden', 'niet-welkom') && !notWelcomeAfterHolidayNamed(f),
  },
  // E19, FP12: on a waiting list, or "not welcome after the holidays": the current school keeps the zorgplicht.
  // Session 48 (s043-wachtlijst-niet-welkom-eerst-dit): "not welcome after the holiday" is named on the first screen: the
  // answer on paper is needed before the holiday, or the child sits at home in September (000:934-938, 003:745-752).
  {
    // Session 60 (lawyer-s60-combined D4): not once the child is enrolled at the new school (enrolledAtNewSchool): the old
    // school's zorgplicht lasted until that day (C22, E19).
    id: 'wachtlijst-zorgplicht', section: 'wachtlijst',
    applies: (f) => (f.is('isOnWaitingList') || f.list('school-zegt').includes('niet-welkom-na-vakantie')) && !enrolledAtNewSchool(f),
    // Session 67 (s67-blind D3): read in July or August, "Vraag dan nog voor de vakantie" may come too late (the holiday may
    // have begun: read on Mon 16 Aug 2027 for a child on an so waiting list). Its summer texts ask whether the school is still
    // open (then before the holiday) or the holiday has begun (then now, on paper, where and by whom the child is taught on
    // the first school day after it; the leerplichtambtenaar (D06) or the steunpunt when no answer comes), as the summer
    // texts of sessions 64 and 66 do for a suspension and a child at home. The zorgplicht until enrolment stays (E19, C22;
    // 002:2169-2175, 000:934-938); with an offer turned down, the p1s38 caveat stays (FP-P1, A22).
    // Session 68 (s68-summer, gap 3): the same order through summerOfferTexts (behaviour unchanged).
    texts: summerOfferTexts({ summer: WAITING_LIST_SUMMER_TEXTS, offerSummer: WAITING_LIST_OFFER_SUMMER_TEXTS, offer: offerRefused('warning', 'wachtlijstZorgplicht') }),
    firstScreen: notWelcomeAfterHolidayNamed,
  },
  // Session 68 (s68-facts, D24; 002:2189-2243): at home while waiting for a place (isOnWaitingList: the thuiszitten reason
  // or a TLV's waiting list), not enrolled at the new school yet. Schools and samenwerkingsverbanden bridge the wait with an
  // opdc or reboundklas, a flexklas, one day a week at the own school, or a youth-care provider who helps with schoolwork
  // ("it may not be called education", 002:2229-2233). The text says these are possibilities, not rights; an opdc place
  // belongs in the OPP (B27, 004:4851-4855); and to ask the school how the child is taught while waiting. It does not
  // repeat that the school stays responsible: wachtlijst-zorgplicht (or the warning it merges into) says that, with the
  // caveat after a turned-down offer. A child on a waiting list who still goes to school keeps her lessons (C22): none.
  {
    id: 'wachtlijst-overbruggen', section: 'wachtlijst',
    applies: (f) => f.is('isThuiszitter') && f.is('isOnWaitingList') && !enrolledAtNewSchool(f),
  },
  // C02, FP13: research that is old or not the school's own.
  { id: 'oud-of-ander-onderzoek', section: 'hulp-bepalen', applies: (f) => f.is('reliesOnResearch') && f.oneOf('onderzoek', 'oud', 'ander') },
  // C15, FP15: no legal basis for a trial period.
  { id: 'proefperiode', section: 'schorsing-verwijdering', applies: (f) => f.list('school-zegt').includes('proefperiode') },
  // A30/A31, FP16, B20: support cut because of class size; changing the OPP's support needs the parents' consent.
  { id: 'klas-te-vol', section: 'wat-is-sop', applies: (f) => f.list('school-zegt').includes('klas-vol') },
  // FP17 (003:322-345): children of 4 or 5 called "SO-kind" within weeks, in large kindergarten classes. Ask for time to
  // settle, an OPP and the samenwerkingsverband's support before any TLV. Not when the parent agrees with the TLV.
  // Session 57 (s57-noschool): a kleuter enrolled at no school (neverEnrolled) has no school she is settling at: "Je kind zit
  // in groep 1 of 2. Wennen aan school kost tijd ... Vraag eerst om meer tijd om te wennen" presupposed one. Her own text:
  // ask what a school bases "SO" on; the school she registers at must first investigate the support need (A07); time to
  // settle and the samenwerkingsverband's help before a TLV (FP17); few children return from SO (E25).
  {
    id: 'kleuter-so', section: 'tlv-oneens',
    applies: (f) => f.oneOf('groep', 'groep-1-2') && (f.is('isHandelingsverlegen') || (f.is('isTlv') && !f.oneOf('tlv-eens', 'ja'))),
    texts: neverEnrolledTexts(KLEUTER_SO_NERGENS_TEXTS),
  },
  // A27, FP20: no diagnosis required.
  { id: 'diagnose-geeist', section: 'diagnose-nodig', applies: (f) => f.list('school-zegt').includes('diagnose-eerst') },
  // FP-P3 (002:2078-2086): the school wants the child gone; de-registering it yourself moves the zorgplicht to a new
  // school and loses what the first school knows. Let the school make a decision and find a school that admits the child.
  {
    id: 'niet-zelf-uitschrijven', section: 'schorsing-verwijdering',
    // Not when the child is already de-registered (then inschrijving-navragen and the zorgplicht texts speak).
    // Session 60 (lawyer-s60-combined D1): nor once enrolled at the school that admitted it after the removal (A23, C22).
    // Session 76 (s76-enrolled): nor at a new school after a time at home, a refusal or a suspension (leftOldSchool).
    // Session 82 (s82-left2, 3): also with verwijdering-andere-school "ja" once the child is admitted there
    // (admittedElsewhereInConflict): de-registering her before the new school has enrolled her still ends the old school's
    // duty early (FP-P3, 002:2078-2086; C22, A23). Before, the warning went with that answer.
    // Session 83 (s83-left, 3): and with "ja" before any admission: a school willing to admit the child is not yet a school
    // that enrolled it; de-registering her now ends the old school's duty as early (FP-P3, C04, C22). With "ja" the warning
    // went, and nothing else in the plan said it.
    applies: (f) => f.is('schoolWantsChildGone') && !f.oneOf('ingeschreven', 'nee') && !leftOldSchool(f),
    // Session 82 (s82-left, 2): once another school admitted the child, its own text (NOT_SELF_DEREGISTER_ADMITTED_TEXTS).
    // Session 83 (s83-left, 3): with "ja" and no admission (no offer turned down), its own text: not "De school moet eerst
    // een andere school vinden" to a parent who said there is one; wait for the enrolment there.
    texts: (f) =>
      admittedElsewhereInConflict(f)
        ? offerTurnedDown(f) ? NOT_SELF_DEREGISTER_ADMITTED_OFFER_TEXTS : NOT_SELF_DEREGISTER_ADMITTED_TEXTS
        : f.oneOf('verwijdering-andere-school', 'ja') && !offerTurnedDown(f)
          ? NOT_SELF_DEREGISTER_WILLING_TEXTS
          : offerRefused('warning', 'nietZelfUitschrijven')(f),
  },
  // FP-P3: more schools blur which has the zorgplicht.
  { id: 'meer-scholen-risico', section: 'meer-scholen', applies: (f) => f.is('hasRegistered') && f.oneOf('meer-scholen', 'ja') && !f.is('wasAdmitted') },
  // A22, FP-P1, FP-P2 (002:734-740; 001:460): refusing a reasonable offer, or all cooperation, can end the zorgplicht.
  { id: 'aanbod-geweigerd', section: 'andere-school-nodig', applies: offerTurnedDown },
  // E08 (002:944-946): the SWV must hear the parents; not being heard is a ground for the objection.
  { id: 'tlv-niet-gehoord', section: 'tlv-oneens', applies: (f) => f.is('disagreesWithTlvDecision') && f.oneOf('tlv-gehoord', 'nee') },
  // D07, FP22 (003:811-840): vrijstelling can cut a child off from education.
  { id: 'vrijstelling', section: 'tijdelijk-niet-naar-school', applies: (f) => f.is('isThuiszitter') && f.oneOf('thuis-reden', 'kan-niet') },
  // A21/C09 + E16: a board's decision and a TLV decision, and the parent said "bezwaar: ja" once (see twoObjectableDecisions).
  // Also a refusal and a removal (twoSchoolDecisions), and the same for one "gpo-ingediend: ja" with two GPO decisions.
  // Session 85 (s85-open, 3): not with a bezwaar on paper logged against each decision (src/meeting/plan.ts bothObjectionsLogged).
  {
    id: 'bezwaar-twee-besluiten', section: 'bezwaar-maken',
    applies: (f) => (twoObjectableDecisions(f) && f.oneOf('bezwaar-ingediend', 'ja')) || (twoGpoDecisions(f) && f.oneOf('gpo-ingediend', 'ja'))
      // Session 53 (lawyer-s53-months D1): a refusal before an admission whose 6 weeks ran on the bezwaar's day, beside a
      // removal or a TLV decision: the bezwaar may be against either (admittedRefusalMayBeObjected).
      || (admittedRefusalMayBeObjected(f) && ((f.is('hasRemovalDecision') && objectionUnplaced(f, 'verwijdering-datum')) || (f.is('disagreesWithTlvDecision') && objectionUnplaced(f, 'tlv-besluit-datum')))),
  },
  // FP-P4, A21, C09, §X.2: filed after the 6 weeks.
  {
    id: 'verzoek-te-laat', section: 'bezwaar-maken',
    applies: (f) => lateFilingWarning(f).applies,
    // Session 81 (s81-blind2, story 11): only the request to the Geschillencommissie came after its (EXT) 6 weeks (F13, §X.2),
    // the bezwaar in time (on its last day) or not made. The general text ("Je bezwaar of verzoek was misschien te laat")
    // left a parent who objected on the last day to think her bezwaar was late; this one names the request only, says
    // the 6 weeks are not in our sources, and that a bezwaar made in time is separate.
    texts: (f) => lateFilingWarning(f).texts,
  },
];

import { TERMS, type Deadline } from '../deadlines';
import { isIsoDate, type IsoDate } from '../dates';
import { addDays, addWeeks, schoolYearStart } from '../calendar';
import type { Facts } from '../facts';
import { EARLIER_GPO, EARLIER_REFUSAL, EARLIER_REMOVAL, EARLIER_TLV_GRANT, EARLIER_TLV_REFUSAL, LATER_REMOVAL, TLV_REFUSAL_THEN_GRANTED, family } from './ids';

/**
 * What the step and warning rules ask of the facts, beyond src/rules/facts.ts: the predicates, texts and terms more than
 * one situation's rules share. Each cites FACTS.md (../shared/FACTS.md) by fact id or the source by line.
 */

/** handelingsverlegen-reageren when the parent did not answer "nee" to hv-schriftelijk (session 31). */
export const HV_NOT_KNOWN_TEXTS = 'ui:wording31.planStep.handelingsverlegenOnbekend';
/**
 * onderwijs-thuis-vragen after the parent turned down a place or an offer (aanbod-geweigerd: ja, session 38, s38-fp).
 * A not unreasonable offer of a suitable place at another school, turned down, ends the school's zorgplicht: the parents
 * then find a school themselves (FP-P1, A22; 002:734-740). The step's own text says, without a condition, that the school
 * stays responsible until another school admitted the child; it stood first on the first screen beside the warning that
 * says the opposite. What the offer ending the zorgplicht means for lessons meanwhile is not in the sources: ask the steunpunt.
 */
export const OFFER_REFUSED_TEXTS = 'ui:fp38.planStep.onderwijsNaAfgewezenAanbod';
/**
 * The parent turned down a place or an offer (FP-P1, A22). One predicate for the warning aanbod-geweigerd and every text that
 * changes with it: the p1s38 texts point to that warning by its title, so they must show exactly when it does.
 */
export const offerTurnedDown = (f: Facts): boolean => f.oneOf('aanbod-geweigerd', 'ja');
/**
 * Session 69 (s69-readback, 2): `texts` when an offer was turned down (offerTurnedDown), otherwise undefined (the rule's
 * own text). offerRefused's p1s38 keys go through it; so does fp38's onderwijs-thuis-vragen text (OFFER_REFUSED_TEXTS).
 */
export const offerRefusedTexts = (texts: string) => (f: Facts): string | undefined => (offerTurnedDown(f) ? texts : undefined);
/**
 * Session 38 (s38-p1): the other steps and warnings that said, without a condition, that the school stays responsible or
 * must find a place, shown beside the warning aanbod-geweigerd (FP-P1, A22; 002:734-740). With aanbod-geweigerd: ja their
 * texts are in ui:p1s38: the same text without that sentence, with what a turned-down offer may mean, what to do if the
 * offer did not fit, and whom to ask. Keys: the step or warning id in camelCase.
 */
export const offerRefused = (kind: 'planStep' | 'warning', key: string) => offerRefusedTexts(`ui:p1s38.${kind}.${key}`);

/**
 * Sessions 56-57: a rule's own text for a child enrolled at no school (neverEnrolled), where its general text speaks of a
 * school, a schoolgids or an OPP she does not have; otherwise the rule's general text.
 */
export const neverEnrolledTexts = (texts: string) => (f: Facts) => (atNoSchool(f) ? texts : undefined);

/**
 * Session 59 (s59-enrolled, lawyer-s59-new D5): enrolled by the plan's day: admitted (wasAdmitted: answered, or a logged
 * "Toegelaten", which the timeline writes into the answers) and the day of enrolment (inschrijving-datum) known and on or
 * before `today`. From that day the zorgplicht is the school's where the child is enrolled (A03, A23; 002:728-736). The plan
 * is built per day, so the same answers read "not yet enrolled" before that day and "enrolled" from it. Without the day
 * ("weet ik niet", or not asked: no support need told) it is not counted: the plan cannot tell she is enrolled.
 */
export const enrolledByToday = (f: Facts): boolean => {
  const day = f.date('inschrijving-datum');
  return f.is('wasAdmitted') && day !== undefined && day <= f.today;
};
/**
 * Session 60 (lawyer-s60-combined D1): a removal decision, then an admission at another school (removedThenAdmittedElsewhere),
 * and the child enrolled there by the plan's day (enrolledByToday). From that day the new school has the zorgplicht (A23,
 * 002:734-736; C22: the old school keeps it only UNTIL the enrolment elsewhere), so the texts that tell the parent not to
 * de-register the child and that the old school stays responsible "until your child is enrolled at another school" are
 * past. The removal's bezwaar (C09) and the Geschillencommissie keep their own steps and dates: this only ends the warnings.
 */
export const enrolledElsewhereAfterRemoval = (f: Facts): boolean => f.is('removedThenAdmittedElsewhere') && enrolledByToday(f);
/**
 * Session 60 (lawyer-s60-combined D4): a waiting list (at home for it, or the TLV's place) or a time at home, then a
 * registration at a new school made after it began (after the TLV decision, or on or after the first day at home), the
 * child admitted there and enrolled by the plan's day (enrolledByToday). The old school's zorgplicht lasts only UNTIL the
 * enrolment at the new school (C22, E19; 000:934-938, 002:2169-2175; A23, 002:734-736), so "the current school stays
 * responsible until your child is enrolled at the new school" is past from that day. A registration dated before the
 * waiting list or the time at home (the child's current school, admitted long ago) does not count.
 */
export const enrolledAtNewSchool = (f: Facts): boolean => {
  if (atNewSchoolAfterTlv(f)) return true;
  return enrolledByToday(f) && registeredSinceConflict(f);
};
/** The registration the answers hold was made after the TLV decision, or on or after the first day at home (session 60). */
const registeredSinceConflict = (f: Facts): boolean => {
  const registered = f.date('aanmelding-datum');
  if (registered === undefined) return false;
  const tlv = f.is('isTlv') ? f.date('tlv-besluit-datum') : undefined;
  const home = f.is('isThuiszitter') ? f.date('thuis-sinds') : undefined;
  return (tlv !== undefined && registered > tlv) || (home !== undefined && registered >= home);
};
/**
 * Session 63 (s63-tlv): the TLV was granted and the parent says the child goes to the new school, enrolled there (tlv-plek
 * "ingeschreven", condition enrolledAfterTlv), by the plan's day: the day of that enrolment (tlv-inschrijving-datum) on or
 * before today, or not known (she said the child is there). From that enrolment the new school has the zorgplicht and the
 * old school's has ended (A23, 002:734-736; C22, E19: the old school keeps it only UNTIL the enrolment at the new school),
 * and the registration there (E15, 001:924) is done. The new school owes an OPP within 6 weeks of the enrolment (B02).
 */
export const atNewSchoolAfterTlv = (f: Facts): boolean => {
  const day = f.date('tlv-inschrijving-datum');
  return f.is('enrolledAfterTlv') && (day === undefined || day <= f.today);
};
/**
 * The day the child was enrolled at the school the plan speaks of: the admission's day (inschrijving-datum), or, after a
 * granted TLV with the child at the new school, the day asked after "tlv-plek" (session 63). Undefined when not known.
 */
export const enrolmentDay = (f: Facts): IsoDate | undefined =>
  f.date('inschrijving-datum') ?? (f.is('enrolledAfterTlv') ? f.date('tlv-inschrijving-datum') : undefined);
/**
 * Session 64 (s64-opp): the parent said the new school (after a granted TLV, tlv-plek "ingeschreven") has made its OPP
 * (question opp-nieuwe-school). The plan then stops chasing it (opp-na-toelating); the letter verzoek-opp then names no last day.
 */
export const newSchoolMadeOpp = (f: Facts): boolean => f.oneOf('opp-nieuwe-school', 'ja');
/** Session 63: at the new school after a granted TLV, not admitted through the registration the questionnaire asked about. */
export const tlvEnrolledOnly = (f: Facts): boolean => !f.is('wasAdmitted') && atNewSchoolAfterTlv(f);
/**
 * Session 65 (s65-opp): at the new school after a granted TLV (tlvEnrolledOnly), the parent said that school has made its OPP
 * (newSchoolMadeOpp), and the OPP answered in the questionnaire is not known to be that one (not talked about on or after the
 * enrolment: the questions say they mean the old school's OPP). The new school's OPP needs the parent's consent on its
 * handelingsdeel (B08, B10; 001:498-505, 002:876-880) and is evaluated with her at least once per school year (B20;
 * 002:882-884): opp-instemmen and opp-evaluatie speak of it (their own texts); the old school's OPP steps do not (A23, C22: a
 * school she left has no duty to it; B38: its OPP goes with her).
 */
export const newSchoolOppOnly = (f: Facts): boolean => tlvEnrolledOnly(f) && newSchoolMadeOpp(f) && !oppOfNewSchoolAfterTlv(f);
/**
 * Session 63 (s63-tlv): the OPP answered in the questionnaire was last discussed before the child's enrolment at the new school
 * (or, that day not known, before the TLV decision): the old school's OPP. Its consent and yearly evaluation are no duty of the
 * old school any more once she left it (A23, C22); the new school owes its own OPP (B02, opp-na-toelating). Discussed on or
 * after the day of enrolment: the new school's OPP (oppOfNewSchoolAfterTlv), whose own steps speak.
 */
const oppTalkVsEnrolment = (f: Facts): 'old' | 'new' | undefined => {
  const talk = f.is('hasOpp') ? f.date('opp-besproken') : undefined;
  const day = enrolmentDay(f);
  if (!tlvEnrolledOnly(f) || talk === undefined) return undefined;
  if (day !== undefined) return talk < day ? 'old' : 'new';
  const granted = f.date('tlv-besluit-datum');
  return granted !== undefined && talk < granted ? 'old' : undefined;
};
export const oppOfOldSchoolAfterTlv = (f: Facts): boolean => oppTalkVsEnrolment(f) === 'old';
export const oppOfNewSchoolAfterTlv = (f: Facts): boolean => oppTalkVsEnrolment(f) === 'new';
/**
 * Session 66 (s66-opp): at the new school after a granted TLV (tlvEnrolledOnly), the OPP the questionnaire asked about is the
 * old school's: its last talk was before the enrolment (oppOfOldSchoolAfterTlv, session 63), or the parent answered
 * opp-nieuwe-school at all ("ja", "nee", "weet ik niet"), whose hint says the OPP questions after it mean the old school's OPP
 * (session 64), and the talk is not known to be on or after the enrolment (then it is the new school's, session 63). Before,
 * "nee" and "weet ik niet" with no known talk day kept the old school's consent, talk-day and dispute steps: "Beslis mee over
 * het handelingsdeel" stood first on the first screen, about a school she left. The old school's zorgplicht ended at the
 * enrolment at the new school (A23, 002:734-736; C22, E19), and its OPP goes with her (B38, 004:2025-2027; 001:614): its
 * consent, yearly talk and disputes are no steps of the plan any more. The new school's own OPP is opp-na-toelating's
 * ("nee", "weet ik niet": B02, within 6 weeks, §X.5) or opp-instemmen's and opp-evaluatie's ("ja", newSchoolOppOnly).
 * The meeting card's OPP rows follow the same rule (src/meeting/card.ts). Stored answers without opp-nieuwe-school (before
 * session 64) count as "weet ik niet" (facts.ts resolvedAnswers: an asked question without an answer), and the app asks it.
 */
export const answeredOppOfOldSchool = (f: Facts): boolean =>
  oppOfOldSchoolAfterTlv(f) || (tlvEnrolledOnly(f) && f.oneOf('opp-nieuwe-school', 'ja', 'nee', 'weet-niet') && !oppOfNewSchoolAfterTlv(f));
/**
 * Session 66 (s66-opp): at the new school after a TLV, the parent does not know whether that school has made its OPP
 * (opp-nieuwe-school "weet ik niet"): opp-na-toelating asks her to find out first (its own texts, OPP_AFTER_TLV_UNKNOWN_TEXTS).
 */
export const newSchoolOppUnknown = (f: Facts): boolean => tlvEnrolledOnly(f) && f.oneOf('opp-nieuwe-school', 'weet-niet');
/**
 * Session 59 (s59-enrolled): enrolled at no school on the plan's day. The parent answered "nergens" (neverEnrolled), and she is
 * not enrolled by today (enrolledByToday). The texts that say "your child is enrolled nowhere" follow this, not the answer
 * alone: the answer about the time at home stays "nergens" after an admission and an enrolment. Rules that leave a step
 * out because no school has a history of the child (her dossier, an OPP the old school made, "stuck with the school") still
 * read neverEnrolled: a school that enrolled her today has no such history either.
 */
export const atNoSchool = (f: Facts): boolean => f.is('neverEnrolled') && !enrolledByToday(f);
/**
 * Session 59 (s59-enrolled): admitted, and not known to be enrolled by today (the day ahead, or not known). The child still
 * stands at no school, but she has a place: verzuim-niet-ingeschreven's own text says so (no "show that you are looking for a
 * school"), and to tell the leerplichtambtenaar the admission and the day of enrolment.
 */
export const admittedNotEnrolled = (f: Facts): boolean => atNoSchool(f) && f.is('wasAdmitted');
/**
 * Session 71 (s71-timeline, s071-elders-aangemeld-eind): de-registered by the old school ("ingeschreven: nee", enrolledNowhere)
 * after a removal or a time at home, then admitted at the school of a later registration (removedThenAdmittedElsewhere, or
 * registeredSinceConflict), and not known to be enrolled there by today (the day ahead, "weet ik niet", or not asked: no
 * support need told). As admittedNotEnrolled for a child who was never enrolled: she has a place, and may be enrolled already.
 * Before, verzuim-niet-ingeschreven said "Je kind staat nergens ingeschreven ... Zo laat je zien dat je een school zoekt"
 * beside the admission the parent logged (A23, 002:734-736: the zorgplicht moves with the enrolment, not the admission).
 */
export const admittedElsewhereNotEnrolled = (f: Facts): boolean =>
  enrolledNowhere(f) && !atNoSchool(f) && f.is('wasAdmitted') && !enrolledByToday(f) && (f.is('removedThenAdmittedElsewhere') || registeredSinceConflict(f));
/**
 * Session 81 (s81-left, b): the school wants the child gone and another school admitted her after the story began: after a
 * removal decision (removedThenAdmittedElsewhere) or at a school registered at after the first day at home or the TLV
 * decision (registeredSinceConflict), and she has not left the old school (leftOldSchool: not enrolled there by today).
 * The removal's condition "another school is willing to admit your child" (C04, 002:756-768) is met; the hearing (C05) and
 * the old school's duty until the enrolment elsewhere (C22, A23; 002:734-736) still hold. verwijdering-zonder-school said
 * "Eerst een nieuwe school, dan pas weg" beside the admission she logged.
 */
export const admittedElsewhereInConflict = (f: Facts): boolean =>
  f.is('schoolWantsChildGone') && f.is('wasAdmitted') && (f.is('removedThenAdmittedElsewhere') || registeredSinceConflict(f)) && !leftOldSchool(f);
/**
 * Session 60 (s60-enrolled): enrolled nowhere before (neverEnrolled) and enrolled by today (enrolledByToday): she has a
 * school now, and may still be at home. leerplicht-inschakelen and the letter to the leerplichtambtenaar say so.
 */
export const enrolledAfterNoSchool = (f: Facts): boolean => f.is('neverEnrolled') && enrolledByToday(f);

/** A deadline made from a start date, when the facts hold one. */
export const when = (d: IsoDate | undefined, make: (start: IsoDate) => Deadline) => (d ? make(d) : undefined);

/**
 * The school decided on the registration the answers hold, in writing: admitted, or refused on paper on or after its date
 * (a refusal before it is the previous school's: the new registration's 6 weeks from receipt run, A04). A refusal only by
 * phone, or on paper without a known date, is not counted: the school's own term may still matter.
 */
export const registrationDecided = (f: Facts): boolean => {
  if (f.is('wasAdmitted')) return true;
  const registered = f.date('aanmelding-datum');
  const refused = f.date('weigering-datum');
  return f.is('refusalOnPaper') && refused !== undefined && (registered === undefined || refused >= registered);
};

/** The last day of the school year that contains `d` (a school year runs 1 August – 31 July, 001:509). */
export const schoolYearEnd = (d: IsoDate): IsoDate => addDays(`${Number(schoolYearStart(d).slice(0, 4)) + 1}-08-01`, -1);

/** The meeting day the parent gave lies before today. */
export const meetingHasBeen = (f: Facts): boolean => {
  const d = f.date('gesprek-datum');
  return d !== undefined && d < f.today;
};

/**
 * The parent and the school disagree about the OPP (B08, B10, B12-B14): a matter for the GPO (F07), without a known clock (§X.2).
 * Session 65 (s65-opp): not the old school's OPP once the parent said the new school made its own after a TLV (newSchoolOppOnly):
 * the answers are about a school she left (A23, 002:734-736); "leg je zaak voor" and the onderwijsconsulenten stood beside the
 * step about the new school's OPP, which says what to do when she disagrees with that one (B10, B17).
 */
// Session 66 (s66-opp): nor once the OPP answered is the old school's after the move (answeredOppOfOldSchool, which holds
// whenever newSchoolOppOnly does): "nee" and "weet ik niet" kept "leg je zaak voor" about a school she left.
export const oppDispute = (f: Facts) => oppDisagreement(f) && !answeredOppOfOldSchool(f);
/** The answers say the parent and the school disagree about the OPP answered (whichever school's it is). */
const oppDisagreement = (f: Facts) =>
  f.is('hasOpp') && (f.oneOf('opp-ingestemd', 'nee') || f.oneOf('opp-onenigheid', 'geen-instemming-gevraagd', 'niet-overgenomen'));
/**
 * Session 67 (s67-first): a request to the Geschillencommissie about the OLD school's OPP, filed (logged in the timeline,
 * "Verzoek Geschillencommissie", or stored as answered), while the child is at the new school after a TLV
 * (answeredOppOfOldSchool). Session 66 took the old OPP's dispute out of the plan, and with it gpo-loopt: a case she had
 * already filed vanished. It still runs: the commission hears both sides and advises the old school's board, which answers
 * her in writing (F09, F10; 001:731, 004:4792-4795). What a move means for a running case is not in the sources: gpo-loopt's
 * own text (ui first67.planStep.gpoLooptOudeSchool) says so and whom to ask. A dispute not yet filed stays out (session 66).
 * Not when a GPO decision (a refusal, a removal) is filed (gpoFiled): gpo-loopt then speaks of that one.
 */
export const oldOppGpoFiled = (f: Facts): boolean =>
  answeredOppOfOldSchool(f) && oppDisagreement(f) && f.stored('gpo-ingediend') === 'ja' && !f.is('gpoFiled');

/**
 * Two decisions the parent can object to at once: a refusal or removal by the school board (002:748-750, 846-850) and
 * a TLV decision of the samenwerkingsverband (001:939-941). Each needs its own bezwaar with its own term, but the
 * questionnaire asks "bezwaar-ingediend" once. A "ja" then does not say which one: both bezwaar steps stay (with their
 * dates) and the warning bezwaar-twee-besluiten says why, so one answer never hides the other decision's deadline.
 */
export const twoObjectableDecisions = (f: Facts): boolean =>
  ((f.is('refusalStands') || f.is('hasRemovalDecision')) && f.is('disagreesWithTlvDecision')) || twoSchoolDecisions(f);

/**
 * A refusal to admit (the board of the school the child was registered at) and a removal (the board of the school the
 * child is at): two decisions, each with its own bezwaar of 6 weeks (002:748-750; 002:846-850). Session 19
 * (s19-deadlines): before, one "bezwaar-ingediend: ja" hid both bezwaar steps and their dates.
 */
export const twoSchoolDecisions = (f: Facts): boolean => f.is('refusalStands') && f.is('hasRemovalDecision');

/** A written refusal the GPO handles (a child who needs extra support: F07, 001:723-729), with its known date. */
export const gpoRefusalDate = (f: Facts): IsoDate | undefined =>
  f.is('refusalStands') && !f.is('supportNeedNotTold') ? f.date('weigering-datum') : undefined;

/** The written decisions the GPO handles, with a known date: a refusal of a child who needs extra support, a removal (001:723-729; 002:94-101). */
export function gpoDecisionDates(f: Facts): IsoDate[] {
  const refusal = gpoRefusalDate(f);
  const removal = f.is('hasRemovalDecision') ? f.date('verwijdering-datum') : undefined;
  return [refusal, removal].filter((d): d is IsoDate => d !== undefined).sort();
}

/**
 * Both a refusal and a removal the GPO handles: one "gpo-ingediend: ja" does not say which one went to the commission,
 * so the GPO step stays, with the date of the earlier decision (its 6 weeks end first), and bezwaar-twee-besluiten says why.
 */
export const twoGpoDecisions = (f: Facts): boolean => gpoDecisionDates(f).length === 2;

/**
 * Session 25 (s25-months): the parent's bezwaar (or GPO request) is dated before this decision, so it cannot be against it.
 * In a conflict over months the parent objects to one school's refusal, then the next school refuses too: "bezwaar-ingediend:
 * ja" hid the second refusal's own 6 weeks (002:748-750). The same for a removal or a TLV decision after a bezwaar.
 */
export const filedBefore = (f: Facts, filedId: string, decisionId: string): boolean => {
  const filed = f.date(filedId);
  const decided = f.date(decisionId);
  return filed !== undefined && decided !== undefined && filed < decided;
};
/**
 * Session 35 (s35-hunt): with two decisions to object to, a bezwaar dated on or after `own` and before every other one can
 * only be against `own` (found with a removal, a bezwaar, then a refusal at the next school: the removal's bezwaar step
 * stayed and asked for a bezwaar already made). Without its date, or dated on or after the other decision, it cannot be placed.
 */
const objectedToOnly = (f: Facts, own: string): boolean => {
  const filed = f.date('bezwaar-datum');
  const mine = f.date(own);
  if (filed === undefined || mine === undefined || filed < mine) return false;
  const others = [
    own !== 'weigering-datum' && f.is('refusalStands') ? f.date('weigering-datum') : undefined,
    own !== 'verwijdering-datum' && f.is('hasRemovalDecision') ? f.date('verwijdering-datum') : undefined,
    own !== 'tlv-besluit-datum' && f.is('disagreesWithTlvDecision') ? f.date('tlv-besluit-datum') : undefined,
  ];
  return others.some((d) => d !== undefined) && others.every((d) => d === undefined || d > filed);
};
/** The bezwaar is dated while the 6 weeks of the decision of `day` ran (or its date is not known). */
const filedWithinTerm = (f: Facts, day: IsoDate | undefined): boolean => {
  const filed = f.date('bezwaar-datum');
  return day !== undefined && (filed === undefined || (filed >= day && filed <= addWeeks(day, TERMS.objectionWeeks)));
};
/**
 * Session 53 (lawyer-s53-months D1): a written refusal, then "toegelaten" with the registration dated before it (the plan
 * reads it as the same school changing its mind: refusalStands is false, and the timeline keeps the refusal's term as
 * weigering-voor-toelating), and a bezwaar dated while that refusal's 6 weeks ran (002:748-750), or without a day. The
 * school may have admitted the child after a bezwaar against its refusal, so such a bezwaar does not place against another
 * decision (a removal, a TLV decision): before, the admission made the plan read it as against that one, and its running
 * term (002:846-850; E18) left the plan while the timeline read the same bezwaar as against the refusal.
 */
export const admittedRefusalMayBeObjected = (f: Facts): boolean => {
  // As stored: the questionnaire does not ask about a refusal once the answers say "toegelaten" (the timeline wrote it).
  const refused = f.stored('weigering-datum');
  return f.is('wasAdmitted') && !f.is('refusalStands') && f.stored('weigering-schriftelijk') !== 'nee' && refused !== undefined && isIsoDate(refused)
    && f.oneOf('bezwaar-ingediend', 'ja') && filedWithinTerm(f, refused);
};
/**
 * The two decisions' bezwaar steps both stay, unless the bezwaar's date places it (objectedToOnly). Session 53: also a
 * refusal before an admission (admittedRefusalMayBeObjected), when the bezwaar is dated within this decision's 6 weeks too.
 */
export const objectionUnplaced = (f: Facts, own: string): boolean =>
  (twoObjectableDecisions(f) && !objectedToOnly(f, own)) || (own !== 'weigering-datum' && admittedRefusalMayBeObjected(f) && filedWithinTerm(f, f.date(own)));
/**
 * The decision dated by the answer `decisionId` has a day, and a bezwaar against it is still to make: none filed, one
 * that cannot be placed (objectionUnplaced), or one dated before this decision. The rule of the three bezwaar steps
 * (refusal, removal, TLV decision).
 */
export const objectionToMake = (f: Facts, decisionId: string): boolean =>
  f.date(decisionId) !== undefined && (f.answeredNot('bezwaar-ingediend', 'ja') || objectionUnplaced(f, decisionId) || filedBefore(f, 'bezwaar-datum', decisionId));

/** The GPO request is dated before the last decision the GPO handles: that decision's request is still open. */
export const gpoBeforeDecision = (f: Facts): boolean => {
  const filed = f.date('gpo-datum');
  const last = gpoDecisionDates(f).at(-1);
  return filed !== undefined && last !== undefined && filed < last;
};

/** A written removal decision whose day the parent knows: its 6 weeks for bezwaar are in the plan (C08, C09; 002:846-850). */
export const removalDated = (f: Facts): boolean => f.is('hasRemovalDecision') && f.date('verwijdering-datum') !== undefined;

/**
 * Session 37 (s37-bez): a decision dated after the parent's bezwaar may be the decision on that bezwaar. The board (a
 * refusal, a removal: 002:748-750, 805-807, 846-850) or the samenwerkingsverband (a TLV: 001:939-941; 000:929-936,
 * 969-976) decides again on a bezwaar, and after the Geschillencommissie's advice the board decides and tells the parents
 * (F09, 001:731). Whether it is, only its letter says; how long the board may take, what comes after the decision on a
 * bezwaar (court) and its term are not in the sources (FACTS F16). So the plan keeps every date (a new decision's own
 * bezwaar and Geschillencommissie terms: the safe side) and says where it may be the decision on the bezwaar
 * (src/rules/plan.ts markDecisionOnObjection): "bezwaar loopt" no longer says only "wait", and the Geschillencommissie's
 * date counted from it is not a sure way. Returns that decision's date: the first decision dated after the bezwaar, when
 * no other known decision lies on or before the bezwaar's day (the bezwaar may be against that one: a removal, a bezwaar,
 * then the next school's refusal) and, for a refusal, no registration came in between (the next school's answer to it).
 */
export function decisionAfterObjection(f: Facts): IsoDate | undefined {
  const filed = f.is('objectionFiled') ? f.date('bezwaar-datum') : undefined;
  if (filed === undefined) return undefined;
  const refusal = f.is('refusalStands') ? f.date('weigering-datum') : undefined;
  const registered = f.date('aanmelding-datum');
  // A refusal answering a registration made after the bezwaar is the next school's: not an answer to the bezwaar.
  const nextSchool = refusal !== undefined && registered !== undefined && registered > filed && registered <= refusal;
  const known = [
    nextSchool ? undefined : refusal,
    f.is('hasRemovalDecision') ? f.date('verwijdering-datum') : undefined,
    f.is('tlvDecisionKnown') ? f.date('tlv-besluit-datum') : undefined,
  ].filter((d): d is IsoDate => d !== undefined);
  if (!known.length || known.some((d) => d <= filed)) return undefined;
  return known.sort()[0];
}

/**
 * Session 56 (s56-noschool): enrolled at no school (neverEnrolled) and not registering at one (no "aanmelden"): there is no
 * school to ask anything of yet. Steps that send the parent to "the school" (an OPP, research, the samenwerkingsverband, the
 * talk about secondary school in groep 6) do not apply; nergens-ingeschreven (register in writing first) does.
 */
export const noSchoolYet = (f: Facts) => atNoSchool(f) && !f.is('isAanmelden');

/**
 * Enrolled at no school: never enrolled (session 37, s37-nergens), or the parent said it is no longer enrolled anywhere.
 * A rule's helper, not a condition in src/flow/conditions.ts: no question's routing depends on "ingeschreven".
 */
// Session 59 (s59-enrolled): atNoSchool, not neverEnrolled: from the day of enrolment the school records her absence, so
// verzuim-niet-ingeschreven gives way to verzuim-melding (its general text) and leerplicht-inschakelen is no longer "nu".
/**
 * Session 61 (lawyer-s61-timeline D1): the child is enrolled by today at a school she was registered at after the old school's
 * story began: after the first day at home or a TLV decision (enrolledAtNewSchool), after a removal (enrolledElsewhereAfterRemoval),
 * or on or after the first day of a suspension, and enrolled after that day (suspendedThenEnrolledElsewhere). A timeline holds
 * such stories over months: the suspension and the de-registration ("Uitgeschreven") logged in February write "geschorst" and
 * "ingeschreven: nee", and they stay in the answers after the enrolment at the next school in June. From the day of that
 * enrolment the new school has the zorgplicht (A23, 002:734-736; C22: the old school keeps it only UNTIL the enrolment
 * elsewhere): she is enrolled somewhere (enrolledNowhere), and the old school's suspension is over (C10: it ends anyway; she
 * cannot be let back into a school she left).
 */
export const suspendedThenEnrolledElsewhere = (f: Facts): boolean => {
  const suspended = f.is('isSuspended') ? f.date('schorsing-datum') : undefined;
  const registered = f.date('aanmelding-datum');
  const enrolled = f.date('inschrijving-datum');
  return enrolledByToday(f) && suspended !== undefined && registered !== undefined && enrolled !== undefined && registered >= suspended && enrolled > suspended;
};
/**
 * Session 64 (lawyer-s64-timeline D1): admitted and enrolled by today (enrolledByToday) at the school of the registration the
 * answers hold, and at home from a day on or after that enrolment (thuis-sinds: a first day at home logged after it writes its
 * day over the earlier one). A child enrolled at a school who is at home is a thuiszitter AT that school: it has the zorgplicht
 * (A03, A23, 002:728-736) and keeps it while she is at home (D09, C13; 002:1716-1724), must register her absence and report it
 * (D02, D05; 001:835-847). "ingeschreven: nee" from the old school's de-registration logged months before stays in the answers;
 * nothing in them says the new school de-registered her. Before, the plan read her as enrolled nowhere again ("Je kind staat
 * nergens ingeschreven", "Geen school meldt dat je kind thuis zit", "De school blijft verantwoordelijk tot je kind op een andere
 * school is ingeschreven"). Whether the new school de-registered her too only the parent knows: the step about lessons asks.
 */
export const homeAfterEnrolment = (f: Facts): boolean => {
  const day = f.date('inschrijving-datum');
  const registered = f.date('aanmelding-datum');
  const home = f.is('isThuiszitter') && !f.is('neverEnrolled') ? f.date('thuis-sinds') : undefined;
  return enrolledByToday(f) && day !== undefined && registered !== undefined && home !== undefined && registered <= day && home >= day;
};
export const enrolledAtSchoolSinceConflict = (f: Facts): boolean =>
  enrolledAtNewSchool(f) || enrolledElsewhereAfterRemoval(f) || suspendedThenEnrolledElsewhere(f) || homeAfterEnrolment(f);
/**
 * Session 76 (s76-enrolled): enrolled by today at a new school after the old school's story (a removal, a time at home or a
 * TLV, a suspension: enrolledAtSchoolSinceConflict) or after a refusal at one school and an admission at the next
 * (refusedThenAdmittedElsewhere) while her school said it could not help her (isHandelingsverlegen: there is an old school; a
 * child refused as a new pupil has none), and so gone from the old one. From the day of enrolment the new school has the zorgplicht
 * (A23, 002:734-736; C22) and adopts an OPP within 6 weeks when the child needs extra support (B02, 002:862-866). Not a child
 * at home from a day on or after that enrolment alone (homeAfterEnrolment: she may be at home AT the new school, and the
 * handelingsverlegen, the OPP and the letter answered may be the new school's). The steps and warnings about the old school's
 * handelingsverlegen, its duty "until your child is enrolled elsewhere" and its OPP speak of a school she has left.
 */
export const leftOldSchool = (f: Facts): boolean =>
  enrolledAtNewSchool(f) || enrolledElsewhereAfterRemoval(f) || suspendedThenEnrolledElsewhere(f) || (f.is('refusedThenAdmittedElsewhere') && enrolledByToday(f) && f.is('isHandelingsverlegen'));
/**
 * Enrolled at no school today: never enrolled and not yet (atNoSchool), or de-registered ("ingeschreven: nee") and not enrolled
 * since at a new school (session 61, enrolledAtSchoolSinceConflict).
 */
export const enrolledNowhere = (f: Facts) => atNoSchool(f) || (f.is('mayBeEnrolled') && f.oneOf('ingeschreven', 'nee') && !enrolledAtSchoolSinceConflict(f));

/** Parent and school are stuck: the onderwijsconsulenten can help (001:719; 002:2763-2790). */
export const stuck = (f: Facts) =>
  // Session 50 (lawyer-s50-thuis D9): not a child enrolled at no school: there is no school to be stuck with, and the
  // samenwerkingsverband must be involved before an onderwijsconsulent can be assigned (D23, 002:2771-2774). Registering in
  // writing, the leerplichtambtenaar and the steunpunt come first (their own steps). A refusal still counts (wasRefused).
  // Session 59 (s59-enrolled): nor once she is enrolled (enrolledNowhere turns false from that day): a school that just
  // enrolled her is no school she is stuck with; nothing in the answers says so.
  (f.is('isThuiszitter') && !enrolledNowhere(f) && !f.is('neverEnrolled')) ||
  // Session 78 (s78-left, 1): not a refusal of a child who needs no extra help (ondersteuning-gemeld "geen-hulp-nodig", A06,
  // A19): onderwijsconsulenten help find a solution for a pupil with an extra support need (001:719, D22), and only once
  // the samenwerkingsverband is involved in the case (D23, 002:2771-2774), which an ordinary admission does not bring in.
  // Her bezwaar and the steunpunt stay. Other reasons to be stuck (a removal, a child at home) keep the step.
  (f.is('wasRefused') && !f.oneOf('ondersteuning-gemeld', 'geen-hulp-nodig')) ||
  f.is('schoolWantsChildGone') ||
  f.is('disagreesWithTlvDecision') ||
  (f.is('tlvGranted') && f.oneOf('tlv-plek', 'wachtlijst', 'zoeken')) ||
  oppDispute(f);

/** The last day an objection or GPO request filed on `filed` could count as in time, for the decision it is against. */
export function filedLate(f: Facts, filedId: string, dueOf: (f: Facts) => IsoDate | undefined): boolean {
  const filed = f.date(filedId);
  const due = dueOf(f);
  return filed !== undefined && due !== undefined && filed > due;
}
/** With more decisions, the filing may be against any of them: late only when it came after the last one's weeks. */
export const objectionDue = (f: Facts): IsoDate | undefined => {
  const starts = [
    f.is('refusalStands') ? f.date('weigering-datum') : undefined,
    f.is('hasRemovalDecision') ? f.date('verwijdering-datum') : undefined,
    f.is('disagreesWithTlvDecision') ? f.date('tlv-besluit-datum') : undefined,
  ].filter((d): d is IsoDate => d !== undefined).sort();
  const start = starts[starts.length - 1];
  return start && addWeeks(start, TERMS.objectionWeeks);
};
export const gpoDue = (f: Facts): IsoDate | undefined => {
  const starts = gpoDecisionDates(f);
  const start = starts[starts.length - 1];
  return start && addWeeks(start, TERMS.gpoWeeks);
};

/**
 * The parent's own filing terms: the bezwaar against a refusal (002:748-750), a removal (002:846-850) or a TLV decision
 * (EXT, §X.3), and the Geschillencommissie beside them (EXT, §X.2). Nothing in the sources stops or extends them for a
 * talk with the school. 'eerdere-weigering': the bezwaar against an earlier refusal in the timeline (src/timeline/earlier.ts).
 */
export const FILING_STEPS: readonly string[] = [
  'bezwaar-weigering', 'bezwaar-verwijdering', 'tlv-bezwaar', 'geschillencommissie',
  // Session 26 (src/timeline/earlier.ts): every open earlier refusal has its own step (eerdere-weigering-2, -3, …); the
  // latest refusal with an admission logged after it; a written removal decision before one logged "by phone"; a decision
  // logged "by phone" that may have come on paper after all.
  ...family(EARLIER_REFUSAL, 20), 'weigering-voor-toelating',
  // Session 32: a removal letter before the one eerdere-verwijdering counts from, when a call came after both.
  // Session 46 (hunt-s46 found 2): every such letter (-2, -3, …; session 34 gives each its own step): the third was no
  // filing step, and the gesprekskaart, the first screen and the meeting warnings left its term out.
  ...family(EARLIER_REMOVAL, 20), 'besluit-telefoon-bezwaar', 'besluit-telefoon-bezwaar-2',
  // Session 33: a TLV refusal's bezwaar (not certain, as tlv-bezwaar) after a new TLV application was logged.
  // Session 34: the same after a later TLV decision on another day (refused again: -2 … for more; granted: a choice).
  ...family(EARLIER_TLV_REFUSAL, 10), ...family(TLV_REFUSAL_THEN_GRANTED, 10),
  // Session 35: a TLV grant the parent disagrees with, after a new application or a later TLV decision (not certain).
  ...family(EARLIER_TLV_GRANT, 10),
  // Session 35: an earlier decision's request to the Geschillencommissie (not certain), once its bezwaar was made.
  ...family(EARLIER_GPO, 10),
  // Session 47: a removal letter logged after the decision the plan counts from, maybe the same (not certain).
  ...family(LATER_REMOVAL, 10),
];

/**
 * Session 63: the steps that find a written refusal's or removal's unknown date (weigerdatum-/verwijderdatum-achterhalen)
 * say a bezwaar can be made now, without the date (session 62). Once the parent has made one, that is no longer what to
 * do: their text asks whether it was against this decision and keeps the date for the Geschillencommissie (EXT 6 weeks,
 * FACTS F13). The bezwaar letter stays: it may have been against the other decision.
 */
export const OBJECTION_MADE_TEXTS = { removal: 'ui:filed63.planStep.verwijderdatumBezwaarGemaakt', refusal: 'ui:filed63.planStep.weigerdatumBezwaarGemaakt' } as const;
export const objectionMade = (f: Facts): boolean => f.oneOf('bezwaar-ingediend', 'ja');
/**
 * Session 72 (s72-first, 1): the step that finds a TLV decision's unknown date (tlv-besluitdatum-achterhalen) said only "Zoek
 * de datum dus snel", and the first screen "Zoek die datum eerst uit", while its term for bezwaar may run (EXT 6 weeks, E18)
 * and a bezwaar at the samenwerkingsverband needs no known date (E16, E17; 001:939-941). While no bezwaar is made, its text
 * says the bezwaar can be made now, as the refusal's and removal's finders do (session 63).
 */
export const TLV_OBJECT_NOW_TEXTS = 'ui:first72.planStep.tlvBesluitdatumNuBezwaar';


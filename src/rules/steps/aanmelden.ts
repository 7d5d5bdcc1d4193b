import { deadline, TERMS } from '../deadlines';
import type { IsoDate } from '../dates';
import { addWeeks } from '../calendar';
import { admissionExtension, registeredAfterRefusal, registeredWhileWantedGone } from '../admission';
import type { StepRule } from './types';
import type { Facts } from '../facts';
import { when, registrationDecided, objectionToMake, objectionMade, OBJECTION_MADE_TEXTS, tlvEnrolledOnly, oppOfNewSchoolAfterTlv, newSchoolMadeOpp, newSchoolOppUnknown } from './predicates';

/** `weeks` after the school received the registration have passed (not known: not passed). */
const weeksSinceReceiptPassed = (f: Facts, weeks: number): boolean => {
  const start = f.date('aanmelding-datum');
  return start !== undefined && addWeeks(start, weeks) < f.today;
};

/** The parent answered "nee" (the school did not extend) and the 6 weeks from receipt have passed (lawyer-s51-answers D3). */
const notExtendedAndPassed = (f: Facts): boolean => admissionExtension(f) === 'nee' && weeksSinceReceiptPassed(f, TERMS.admissionDecisionWeeks);

/**
 * s61-blind D2: the 10-week day (6 weeks, once at most 4 more: A04/A05, 001:119) has passed, whatever the parent answered
 * about an extension: the school is late for certain (the texts keep the new-school-year and third-birthday caveats).
 */
const tenWeeksPassed = (f: Facts): boolean => weeksSinceReceiptPassed(f, TERMS.admissionDecisionMaxWeeks);

/**
 * s66-blind D1: the child is in groep 3 to 8, so it was 3 long ago. The registration steps then leave out the third-birthday
 * rule (A02, 002:622: registration from the day the child turns 3), which read as nonsense beside a groep-8 child registered
 * at a middelbare school. Groep 1-2, "nog niet", "weet ik niet" or no answer keep it.
 */
export const olderChild = (f: Facts): boolean => f.oneOf('groep', 'groep-3-6', 'groep-7-8');
/** besluit-aanmelding's own texts for an older child: the timeline's notes treat them as the step's own (src/timeline/earlier.ts). */
export const BESLUIT_AANMELDING_OLDER_TEXTS = 'ui:blind66.planStep.besluitAanmeldingOuder';
/**
 * Session 73 (s73-first, 1): besluit-aanmelding's texts once the school is late (the 6 weeks passed, not extended; or the
 * 10-week day passed), for a young and an older child: their title is "De school is te laat: vraag om het besluit op papier"
 * (s61-blind). The first screen (src/ui/firstThings.ts) reads them.
 */
const NOT_EXTENDED_LATE_TEXTS = 'ui:s47.planStep.besluitAanmeldingNietVerlengd';
const TEN_WEEKS_LATE_TEXTS = 'ui:s47.planStep.besluitAanmeldingTeLaat';
export const BESLUIT_AANMELDING_LATE_TEXTS: readonly string[] = [
  NOT_EXTENDED_LATE_TEXTS,
  TEN_WEEKS_LATE_TEXTS,
  'ui:blind66.planStep.besluitAanmeldingNietVerlengdOuder',
  'ui:blind66.planStep.besluitAanmeldingTeLaatOuder',
];
/** The texts of blind66 for an older child: the same words as `prefix` (undefined: the step's own), without the rule. */
const forOlderChild = (f: Facts, prefix: string | undefined, own: string): string | undefined => {
  if (!olderChild(f)) return prefix;
  const name = prefix === undefined ? own : prefix.slice(prefix.lastIndexOf('.') + 1);
  return `ui:blind66.planStep.${name}Ouder`;
};

/**
 * Session 58 (s58-oppdate): opp-na-toelating without the day of enrolment (not asked, "weet ik niet" or no answer): the
 * text of session 23, "count it yourself: the day of enrolment plus 6 weeks; ask the school". steps.yaml has the dated text.
 */
export const OPP_COUNT_YOURSELF_TEXTS = 'ui:opp58.planStep.oppZelfTellen';
/** Session 75 (s75-answers, 2): ontvangst-bevestigen for a registration after a refusal: the new school's confirmation. */
export const NEW_SCHOOL_RECEIPT_TEXTS = 'ui:answers75.planStep.ontvangstNieuweSchool';
/** Session 77 (s77-enrolled, 4): ontvangst-bevestigen for a registration at a new school while the school wants the child gone. */
export const NEW_SCHOOL_RECEIPT_LEAVING_TEXTS = 'ui:enrolled77.planStep.ontvangstNieuweSchoolVertrek';
/**
 * Session 63 (s63-tlv): opp-na-toelating for a child at the new school after a granted TLV (atNewSchoolAfterTlv; not admitted
 * through the questionnaire's registration): its own words, no "Je kind is toegelaten" and no admission term. With the day of
 * enrolment: that day + 6 weeks; without it: count it yourself, ask the new school.
 */
export const OPP_AFTER_TLV_TEXTS = 'ui:s63.planStep.oppNaTlv';
export const OPP_AFTER_TLV_COUNT_YOURSELF_TEXTS = 'ui:s63.planStep.oppNaTlvZelfTellen';
/**
 * Session 66 (s66-opp): opp-na-toelating once its day has passed (the day of enrolment + 6 weeks before today). The step kept
 * its title ("Let op het OPP na de inschrijving", "… op de nieuwe school") and its text ("Hieronder staat de laatste dag …
 * Is er op die dag nog geen OPP?") after that day: only the `late` line under the date said the weeks were over. Now the
 * title says what to do now (ask the school for the OPP, on paper) and that the 6 weeks after the enrolment are over; the
 * text says whom to ask when nothing comes (the ouder- en jeugdsteunpunt); `check` keeps the day as not certain (§X.5: the
 * 6 weeks may count from when the extra need arose, 002:862-866; 004:3417). After a TLV ("nee", "weet ik niet") the new
 * school's words, with how to tell the plan the OPP is made (opp-nieuwe-school "ja").
 */
export const OPP_PASSED_TEXTS = 'ui:opp66.planStep.oppNaToelatingVoorbij';
export const OPP_AFTER_TLV_PASSED_TEXTS = 'ui:opp66.planStep.oppNaTlvVoorbij';
/**
 * Session 66 (s66-opp): after a TLV, the parent does not know whether the new school made its OPP (opp-nieuwe-school "weet ik
 * niet", newSchoolOppUnknown): the step first asks her to find out, says her consent is needed on its handelingsdeel if it is
 * there (B08, B10), and to answer "ja" then; the 6 weeks as before (with the day, or count it yourself).
 */
export const OPP_AFTER_TLV_UNKNOWN_TEXTS = 'ui:opp66.planStep.oppNaTlvWeetNiet';
export const OPP_AFTER_TLV_UNKNOWN_COUNT_YOURSELF_TEXTS = 'ui:opp66.planStep.oppNaTlvWeetNietZelfTellen';
/**
 * At the new school after a granted TLV, and the OPP answered is not known to be that school's (session 63), nor did the
 * parent say that school has made its OPP (session 64, question opp-nieuwe-school).
 */
const tlvOnly = (f: Facts): boolean => tlvEnrolledOnly(f) && !oppOfNewSchoolAfterTlv(f) && !newSchoolMadeOpp(f);

/** The plan's steps for aanmelden: registering a child at a school (FACTS A). Texts: content/<lang>/steps.yaml, by the same ids. */
export const admissionSteps: readonly StepRule[] = [
  {
    // A01, FP01: only a written registration counts and starts the zorgplicht and the 6-week clock.
    id: 'schriftelijk-aanmelden', group: 'nu', section: 'hoe-aanmelden', letters: ['schriftelijke-aanmelding'], contacts: ['school'],
    applies: (f) => f.is('notYetRegisteredInWriting'),
    texts: (f) => forOlderChild(f, undefined, 'schriftelijkAanmelden'),
  },
  {
    // A01/A04: proof of the date of receipt, because the decision term runs from it.
    // Session 28 (s28-open): not once the school decided on this registration in writing (registrationDecided): then
    // nothing counts from the receipt any more, and "confirm my registration" stood among the first actions beside a bezwaar.
    id: 'ontvangst-bevestigen', group: 'nu', section: 'hoe-aanmelden', contacts: ['school'],
    applies: (f) => f.is('registeredInWriting') && f.answeredNot('aanmelding-bevestiging', 'ja') && !registrationDecided(f),
    // Session 75 (s75-answers, 2): a registration after a written refusal (registeredAfterRefusal: a next school, logged or
    // answered) names the new school: beside the refusal's bezwaar, "Vraag de school ..." could be read as the school that
    // refused, whose confirmation does not count for the new registration (A04: its own receipt).
    // Session 77 (s77-enrolled, 4): the same while the school wants the child gone (registeredWhileWantedGone): beside the
    // removal's steps "Vraag de school ..." could be read as the school she is leaving (A01, A04: the new school's receipt).
    texts: (f) => (registeredAfterRefusal(f) ? NEW_SCHOOL_RECEIPT_TEXTS : registeredWhileWantedGone(f) ? NEW_SCHOOL_RECEIPT_LEAVING_TEXTS : undefined),
  },
  {
    id: 'aanmelddatum-achterhalen', group: 'nu', section: 'na-aanmelding', contacts: ['school'],
    applies: (f) => f.is('waitingForAdmissionDecision') && f.dateUnknown('aanmelding-datum'),
  },
  {
    // A04/A05: 6 weeks after receipt, once at most 4 weeks more (10 in total) if the school said so.
    id: 'besluit-aanmelding', group: 'binnenkort', lateGroup: 'nu', section: 'na-aanmelding', letters: ['herinnering-besluit'], contacts: ['school'],
    // Also a registration after a refusal (at the next school, or again): the same 6 weeks from its receipt (session 22).
    // And a refusal only by phone or in a talk: that is no decision (A20, FP02), so the school's own term for its
    // written decision still runs from receipt (session 22: the plan had no date at all; the bezwaar still has none).
    applies: (f) => (f.is('waitingForAdmissionDecision') || registeredAfterRefusal(f) || f.is('refusedOnlyOrally')) && f.date('aanmelding-datum') !== undefined,
    // Session 47 (s042-amira-besluit-te-laat): a child enrolled nowhere (nergens-ingeschreven gives way to the aanmelden
    // steps): this school has the zorgplicht since it received the registration (A03, A11; 002:728-734, 664-670).
    // lawyer-s51-answers D3: the parent answered that the school did NOT extend, and the 6 weeks passed: say plainly the
    // school is late since that day; no "allerlaatste dag" 4 weeks later, no asking again what she answered (A05, 001:119).
    // s61-blind: those texts' title says the school is late and to ask for the decision on paper (the first screen showed
    // "Houd bij of de school op tijd beslist" beside a passed date); so do the texts once the 10-week day has passed.
    // s66-blind D1: each of them without the third-birthday rule for a child in groep 3 to 8 (forOlderChild).
    texts: (f) =>
      forOlderChild(
        f,
        f.is('neverEnrolled') && !f.is('supportNeedNotTold')
          ? 'ui:s47.planStep.besluitAanmeldingNergens'
          : notExtendedAndPassed(f)
            ? NOT_EXTENDED_LATE_TEXTS
            : tenWeeksPassed(f)
              ? TEN_WEEKS_LATE_TEXTS
              : undefined,
        'besluitAanmelding',
      ),
    deadline: (f) =>
      when(f.date('aanmelding-datum'), (start) => {
        // Session 35: a refusal by phone is no decision (A20), so an extension the school gave before it still holds. The
        // question is not asked once the parent says "geweigerd", and its stored answer was dropped: the plan counted 6
        // weeks instead of 10 and called the school late 4 weeks too early. Not for a registration after a refusal.
        // Session 38: one reading of 'aanmelding-verlengd' for the plan and the reminder letter (admission.ts).
        const extended = admissionExtension(f);
        const d = deadline(start, 'aanmelding-ontvangen', extended === 'ja' ? TERMS.admissionDecisionMaxWeeks : TERMS.admissionDecisionWeeks, 'weeks', f.today);
        // Not known whether the school extended (no answer, "weet ik niet", or a registration after a refusal, where
        // the question is not asked): once the 6 weeks have passed, the 10-week day is what may still be ahead.
        const extendedTo = addWeeks(start, TERMS.admissionDecisionMaxWeeks);
        const unknown = extended !== 'ja' && extended !== 'nee';
        return unknown && d.status === 'passed' && extendedTo >= f.today ? { ...d, maybeExtendedTo: extendedTo } : d;
      }),
    // `verlengdAntwoord` (no text shows it): the parent's own "ja"/"nee", which settles an extension the timeline could not
    // place between two schools (earlierRegistrationSteps and ambiguousExtensionNotes in src/timeline/earlier.ts).
    params: (f) => {
      const answered = admissionExtension(f);
      return {
        uiterlijk10: addWeeks(f.date('aanmelding-datum')!, TERMS.admissionDecisionMaxWeeks),
        ...(answered === 'ja' || answered === 'nee' ? { verlengdAntwoord: answered } : {}),
        ...(notExtendedAndPassed(f) ? { uiterlijk6: addWeeks(f.date('aanmelding-datum')!, TERMS.admissionDecisionWeeks) } : {}),
      };
    },
  },
  {
    // A13/A20: tell the school what the child needs, so it can assess the support need.
    id: 'ondersteuning-melden', group: 'nu', section: 'extra-hulp-bij-aanmelding', letters: ['schriftelijke-aanmelding'], contacts: ['school'],
    // Session 76 (s76-misc, 4): not when the parent answered that her child needs no extra help (A06, A19: the school's normal
    // admission procedure applies; help with Dutch alone is no extra support). Nothing to tell the school then.
    applies: (f) => f.is('hasRegistered') && f.answeredNot('ondersteuning-gemeld', 'ja') && !f.oneOf('ondersteuning-gemeld', 'geen-hulp-nodig'),
    // Session 45 (s45-outputs): registered in writing already, the registration letter ("Met deze brief meld ik mijn kind
    // aan … U beslist binnen 6 weken na ontvangst van deze brief") would start the school's term again, also one overdue.
    dropLetters: (f) => (f.is('registeredInWriting') ? ['schriftelijke-aanmelding'] : []),
  },
  {
    // A24/A25, FP-P3: with more schools, say which is your first choice. Once the school admitted the child, which school
    // has the zorgplicht is settled: the step and its warning have done their work (session 37).
    id: 'eerste-keus-melden', group: 'binnenkort', section: 'meer-scholen', contacts: ['school'],
    applies: (f) => f.is('hasRegistered') && f.oneOf('meer-scholen', 'ja') && !f.is('wasAdmitted'),
  },
  {
    // A20, FP02: a refusal by phone or in a talk is no decision: ask for a written, reasoned one; no clock runs yet.
    id: 'weigering-op-papier-vragen', group: 'nu', section: 'weigering', letters: ['herinnering-besluit'], contacts: ['school', 'schoolbestuur'],
    applies: (f) => f.is('refusedOnlyOrally'),
  },
  {
    // A21: bezwaar against a refusal, 6 weeks after it was made known (002:748-750). Session 25: also once the next school
    // admitted the child (refusedThenAdmittedElsewhere): the refusal stands and its 6 weeks run on; the parent may still
    // want the first school (warning weigering-blijft-na-toelating says it is a choice).
    id: 'bezwaar-weigering', group: 'nu', section: 'weigering', letters: ['bezwaar-weigering-verwijdering'], contacts: ['schoolbestuur'],
    applies: (f) => f.is('refusalStands') && objectionToMake(f, 'weigering-datum'),
    deadline: (f) => when(f.date('weigering-datum'), (s) => deadline(s, 'besluit-bekend', TERMS.objectionWeeks, 'weeks', f.today)),
  },
  {
    // Session 62: with the bezwaar letter, which leaves the decision's date to fill in: the step says a bezwaar can be made
    // now when the letter is lost and may be weeks old (lawyer-s62); once a bezwaar is made, not (session 63, lawyer-s63-objectnow).
    id: 'weigerdatum-achterhalen', group: 'nu', section: 'weigering', letters: ['bezwaar-weigering-verwijdering'], contacts: ['school'],
    applies: (f) => f.is('refusalMayBeWritten') && f.dateUnknown('weigering-datum'),
    texts: (f) => (objectionMade(f) ? OBJECTION_MADE_TEXTS.refusal : undefined),
  },
  {
    // B02, §X.5: the OPP clock starts at enrolment, not at registration. Session 23 judged a question about the day of
    // enrolment for every admitted parent not worth it; session 58 (s58-oppdate) asks it only where it matters: admitted,
    // and the parent told the school the child needs extra support (admittedNeedsSupport, question inschrijving-datum).
    // With the day: the day + 6 weeks, never as certain: the sources word the start point differently (§X.5: enrolment,
    // or when the extra need arises, 002:862-866; 004:3417), so the `check` text says it may count from later and whom to
    // ask. A passed day (the OPP is overdue) goes to "Nu doen" (lateGroup; order.ts does so within 14 days too).
    // Without the day ("weet ik niet", no answer, or not asked): no date, and the text says how to count it and to ask.
    // "Binnenkort" when the parent told the school the child needs extra support: then the OPP is due within weeks.
    id: 'opp-na-toelating', group: 'goed-om-te-weten', lateGroup: 'nu', uncertain: true, section: 'wanneer-opp', letters: ['verzoek-opp'], contacts: ['school'],
    groupFor: (f) => (f.oneOf('ondersteuning-gemeld', 'ja') || tlvOnly(f) ? 'binnenkort' : 'goed-om-te-weten'),
    // Session 51 (lawyer-s51-tlv-opp D2): not once the parent logged the admitted child's OPP (hasOpp without a conflict at
    // a school, so the OPP is this school's): then the OPP's own steps speak (consent, evaluation), not "is there no OPP
    // after 6 weeks? ask for one". In a conflict the OPP answered is the current school's, and a school that admitted the
    // child (a move, groep 8) still owes its own within 6 weeks of enrolment: the step stays.
    // Session 63 (s63-tlv): also a child at the new school after a granted TLV (atNewSchoolAfterTlv, tlv-plek "ingeschreven"):
    // that school owes an OPP within 6 weeks of her enrolment (B02, 002:862-866; B01: she needs more than basisondersteuning;
    // B38: the old school's OPP goes with her). The OPP answered in the questionnaire is the old school's (a TLV is a conflict).
    // Session 78 (s78-left, 1): not for a child who needs no extra help (ondersteuning-gemeld "geen-hulp-nodig", A06, A19)
    // admitted without a conflict with a school: the OPP is for a pupil who needs extra support (B01, B02, 002:862-866).
    // Before, "Let op het OPP na de inschrijving" ("Heeft je kind extra hulp nodig? ...") was one of her first screen's two
    // actions. No date goes: the day of enrolment is asked only when the school was told of a support need (admittedNeedsSupport).
    applies: (f) =>
      ((f.is('wasAdmitted') && (f.is('hasSchoolConflict') || !f.is('hasOpp'))) || tlvOnly(f)) &&
      !(f.oneOf('ondersteuning-gemeld', 'geen-hulp-nodig') && !f.is('hasSchoolConflict') && !tlvOnly(f)),
    deadline: (f) => when(oppEnrolmentDay(f), (s) => deadline(s, 'inschrijving', TERMS.oppWeeks, 'weeks', f.today)),
    texts: (f) => {
      const day = oppEnrolmentDay(f);
      // Session 66: the day + 6 weeks before today (the deadline's status "passed").
      const passed = day !== undefined && addWeeks(day, TERMS.oppWeeks) < f.today;
      if (tlvOnly(f)) {
        if (day === undefined) return newSchoolOppUnknown(f) ? OPP_AFTER_TLV_UNKNOWN_COUNT_YOURSELF_TEXTS : OPP_AFTER_TLV_COUNT_YOURSELF_TEXTS;
        if (passed) return OPP_AFTER_TLV_PASSED_TEXTS;
        return newSchoolOppUnknown(f) ? OPP_AFTER_TLV_UNKNOWN_TEXTS : OPP_AFTER_TLV_TEXTS;
      }
      if (day === undefined) return OPP_COUNT_YOURSELF_TEXTS;
      return passed ? OPP_PASSED_TEXTS : undefined;
    },
  },
  {
    // A28/A29, A32: ask what the school can offer (schoolgids; the separate SOP is being replaced, 002:1416-1420).
    id: 'sop-opvragen', group: 'binnenkort', section: 'wat-is-sop', letters: ['verzoek-sop'], contacts: ['school'],
    // Session 76 (s76-misc, 4): not for a registration whose child needs no extra help (ondersteuning-gemeld "geen-hulp-nodig",
    // A06, A19): what extra help the school can give is not her question, and it stood among the first two actions.
    applies: (f) => (f.is('isAanmelden') && !f.oneOf('ondersteuning-gemeld', 'geen-hulp-nodig')) || f.is('isHandelingsverlegen'),
  },
];

/**
 * Session 75 (s75-answers, 1): the day the OPP's 6 weeks count from in opp-na-toelating. The day of enrolment is asked now also
 * of a parent who told no support need (asksEnrolmentDay: after a removal, a refusal or a time at home, for the zorgplicht,
 * A23, C22). The step's dated texts say "Je kind is toegelaten en heeft extra hulp nodig": only with the need told
 * (admittedNeedsSupport, as session 58 asked the day) does the step carry the date; otherwise its text says how to count
 * ("Heeft je kind extra hulp nodig? ... Tel zelf"), as before, and no OPP date leads the first screen for a child whose
 * support need nobody told the school of. A TLV enrolment keeps its own day (tlv-inschrijving-datum, session 63).
 */
const oppEnrolmentDay = (f: Facts): IsoDate | undefined =>
  (f.is('admittedNeedsSupport') ? f.date('inschrijving-datum') : undefined) ?? (f.is('enrolledAfterTlv') ? f.date('tlv-inschrijving-datum') : undefined);

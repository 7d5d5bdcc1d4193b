import { deadline, TERMS, type Deadline } from './deadlines';
import type { IsoDate } from './dates';
import { addDays, addMonths, addWeeks, daysBetween, schoolYearStart } from './calendar';
import type { Facts } from './facts';
import { admissionExtension, registeredAfterRefusal } from './admission';

/**
 * The plan's steps and warnings: when each applies, its group, its deadline, its letters.
 * This is where the law lives in code. Each rule cites FACTS.md (../shared/FACTS.md) by fact id.
 * Texts: content/<lang>/steps.yaml, by the same ids.
 */
export type StepGroup = 'nu' | 'binnenkort' | 'als-het-niet-lukt' | 'goed-om-te-weten';
export type Contact =
  | 'school'
  | 'schoolbestuur'
  | 'samenwerkingsverband'
  | 'steunpunt'
  | 'leerplichtambtenaar'
  | 'onderwijsconsulenten'
  | 'geschillencommissie'
  | 'gemeente'
  | 'klachtencommissie';

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
const offerTurnedDown = (f: Facts): boolean => f.oneOf('aanbod-geweigerd', 'ja');
/**
 * Session 38 (s38-p1): the other steps and warnings that said, without a condition, that the school stays responsible or
 * must find a place, shown beside the warning aanbod-geweigerd (FP-P1, A22; 002:734-740). With aanbod-geweigerd: ja their
 * texts are in ui:p1s38: the same text without that sentence, with what a turned-down offer may mean, what to do if the
 * offer did not fit, and whom to ask. Keys: the step or warning id in camelCase.
 */
const offerRefused = (kind: 'planStep' | 'warning', key: string) => (f: Facts) =>
  offerTurnedDown(f) ? `ui:p1s38.${kind}.${key}` : undefined;

export interface StepRule {
  id: string;
  group: StepGroup;
  /** Group when the step's deadline has passed. */
  lateGroup?: StepGroup;
  /** A group that depends on the facts (for example "als het niet lukt" while an objection runs). */
  groupFor?: (f: Facts) => StepGroup;
  section: string;
  letters?: readonly string[];
  contacts?: readonly Contact[];
  applies: (f: Facts) => boolean;
  deadline?: (f: Facts) => Deadline | undefined;
  /**
   * The term is not in the source documents or is uncertain (FACTS.md §X): the plan shows it as
   * "check this", with whom to ask (the step text's `check`), never as certain.
   */
  uncertain?: true;
  /** Placeholder values for the text: ISO dates are formatted by the view. */
  params?: (f: Facts) => Record<string, string>;
  /** Texts elsewhere than steps.yaml under `id` for these facts (a key prefix, as PlanStep.texts); undefined: the step's own. */
  texts?: (f: Facts) => string | undefined;
  /** A date that matters but is not a legal deadline, such as a planned meeting. */
  moment?: (f: Facts) => Moment | undefined;
}

export interface Moment {
  /** Id of what happens on that day; text in ui.yaml (moment.<what>). */
  what: 'gesprek' | 'gesprek-vandaag';
  date: IsoDate;
}

export interface WarningRule {
  id: string;
  section: string;
  applies: (f: Facts) => boolean;
  /** Texts elsewhere than steps.yaml warnings under `id` for these facts (a "ui:" key prefix); undefined: its own. */
  texts?: (f: Facts) => string | undefined;
}

/** Placeholders each step text may use, besides the deadline's own. Checked by the content build. */
export const STEP_PARAMS: Readonly<Record<string, readonly string[]>> = {
  'besluit-aanmelding': ['uiterlijk10'],
  'opp-evaluatie': ['uiterlijk', 'ditSchooljaar'],
  'verzuim-melding': ['uren'],
  'gesprek-vastleggen': ['gesprek'],
  'verzuim-niet-ingeschreven': ['uren'],
};

const when = (d: IsoDate | undefined, make: (start: IsoDate) => Deadline) => (d ? make(d) : undefined);

/**
 * The school decided on the registration the answers hold, in writing: admitted, or refused on paper on or after its date
 * (a refusal before it is the previous school's: the new registration's 6 weeks from receipt run, A04). A refusal only by
 * phone, or on paper without a known date, is not counted: the school's own term may still matter.
 */
const registrationDecided = (f: Facts): boolean => {
  if (f.is('wasAdmitted')) return true;
  const registered = f.date('aanmelding-datum');
  const refused = f.date('weigering-datum');
  return f.is('wasRefused') && f.oneOf('weigering-schriftelijk', 'ja') && refused !== undefined && (registered === undefined || refused >= registered);
};

/** The last day of the school year that contains `d` (a school year runs 1 August – 31 July, 001:509). */
const schoolYearEnd = (d: IsoDate): IsoDate => addDays(`${Number(schoolYearStart(d).slice(0, 4)) + 1}-08-01`, -1);

/** The meeting day the parent gave lies before today. */
const meetingHasBeen = (f: Facts): boolean => {
  const d = f.date('gesprek-datum');
  return d !== undefined && d < f.today;
};

/** The parent and the school disagree about the OPP (B08, B10, B12-B14): a matter for the GPO (F07), without a known clock (§X.2). */
const oppDispute = (f: Facts) =>
  f.is('hasOpp') && (f.oneOf('opp-ingestemd', 'nee') || f.oneOf('opp-onenigheid', 'geen-instemming-gevraagd', 'niet-overgenomen'));

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
const twoSchoolDecisions = (f: Facts): boolean => f.is('refusalStands') && f.is('hasRemovalDecision');

/** The written decisions the GPO handles, with a known date: a refusal of a child who needs extra support, a removal (001:723-729; 002:94-101). */
function gpoDecisionDates(f: Facts): IsoDate[] {
  const refusal = f.is('refusalStands') && !f.oneOf('ondersteuning-gemeld', 'nee') ? f.date('weigering-datum') : undefined;
  const removal = f.is('hasRemovalDecision') ? f.date('verwijdering-datum') : undefined;
  return [refusal, removal].filter((d): d is IsoDate => d !== undefined).sort();
}

/**
 * Both a refusal and a removal the GPO handles: one "gpo-ingediend: ja" does not say which one went to the commission,
 * so the GPO step stays, with the date of the earlier decision (its 6 weeks end first), and bezwaar-twee-besluiten says why.
 */
const twoGpoDecisions = (f: Facts): boolean => gpoDecisionDates(f).length === 2;

/**
 * Session 25 (s25-months): the parent's bezwaar (or GPO request) is dated before this decision, so it cannot be against it.
 * In a conflict over months the parent objects to one school's refusal, then the next school refuses too: "bezwaar-ingediend:
 * ja" hid the second refusal's own 6 weeks (002:748-750). The same for a removal or a TLV decision after a bezwaar.
 */
const filedBefore = (f: Facts, filedId: string, decisionId: string): boolean => {
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
/** The two decisions' bezwaar steps both stay, unless the bezwaar's date places it (objectedToOnly). */
const objectionUnplaced = (f: Facts, own: string): boolean => twoObjectableDecisions(f) && !objectedToOnly(f, own);

/** The GPO request is dated before the last decision the GPO handles: that decision's request is still open. */
const gpoBeforeDecision = (f: Facts): boolean => {
  const filed = f.date('gpo-datum');
  const last = gpoDecisionDates(f).at(-1);
  return filed !== undefined && last !== undefined && filed < last;
};

/** A written removal decision whose day the parent knows: its 6 weeks for bezwaar are in the plan (C08, C09; 002:846-850). */
const removalDated = (f: Facts): boolean => f.is('hasRemovalDecision') && f.date('verwijdering-datum') !== undefined;

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

/** Parent and school are stuck: the onderwijsconsulenten can help (001:719; 002:2763-2790). */
/**
 * Enrolled at no school: never enrolled (session 37, s37-nergens), or the parent said it is no longer enrolled anywhere.
 * A rule's helper, not a condition in src/flow/conditions.ts: no question's routing depends on "ingeschreven".
 */
const enrolledNowhere = (f: Facts) => f.is('neverEnrolled') || (f.is('mayBeEnrolled') && f.oneOf('ingeschreven', 'nee'));

const stuck = (f: Facts) =>
  f.is('isThuiszitter') ||
  f.is('wasRefused') ||
  f.is('schoolWantsChildGone') ||
  f.is('disagreesWithTlvDecision') ||
  (f.is('tlvGranted') && f.oneOf('tlv-plek', 'wachtlijst', 'zoeken')) ||
  oppDispute(f);

export const stepRules: readonly StepRule[] = [
  // ── Aanmelden (FACTS A) ──────────────────────────────────────────────
  {
    // A01, FP01: only a written registration counts and starts the zorgplicht and the 6-week clock.
    id: 'schriftelijk-aanmelden', group: 'nu', section: 'hoe-aanmelden', letters: ['schriftelijke-aanmelding'], contacts: ['school'],
    applies: (f) => f.is('notYetRegisteredInWriting'),
  },
  {
    // A01/A04: proof of the date of receipt, because the decision term runs from it.
    // Session 28 (s28-open): not once the school decided on this registration in writing (registrationDecided): then
    // nothing counts from the receipt any more, and "confirm my registration" stood among the first actions beside a bezwaar.
    id: 'ontvangst-bevestigen', group: 'nu', section: 'hoe-aanmelden', contacts: ['school'],
    applies: (f) => f.is('registeredInWriting') && f.answeredNot('aanmelding-bevestiging', 'ja') && !registrationDecided(f),
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
    params: (f) => ({ uiterlijk10: addWeeks(f.date('aanmelding-datum')!, TERMS.admissionDecisionMaxWeeks) }),
  },
  {
    // A13/A20: tell the school what the child needs, so it can assess the support need.
    id: 'ondersteuning-melden', group: 'nu', section: 'extra-hulp-bij-aanmelding', letters: ['schriftelijke-aanmelding'], contacts: ['school'],
    applies: (f) => f.is('hasRegistered') && f.answeredNot('ondersteuning-gemeld', 'ja'),
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
    applies: (f) => f.is('refusalStands') && f.date('weigering-datum') !== undefined && (f.answeredNot('bezwaar-ingediend', 'ja') || objectionUnplaced(f, 'weigering-datum') || filedBefore(f, 'bezwaar-datum', 'weigering-datum')),
    deadline: (f) => when(f.date('weigering-datum'), (s) => deadline(s, 'besluit-bekend', TERMS.objectionWeeks, 'weeks', f.today)),
  },
  {
    id: 'weigerdatum-achterhalen', group: 'nu', section: 'weigering', contacts: ['school'],
    applies: (f) => f.is('refusalMayBeWritten') && f.dateUnknown('weigering-datum'),
  },
  {
    // B02, §X.5: the OPP clock starts at enrolment, not at registration. The app does not ask the day of enrolment
    // (session 23: a new question for every admitted parent was judged not worth it; the term is the school's duty, the
    // parent loses no right by it, and the parent knows or can ask the day): the text says how to count it and what to do.
    // "Binnenkort" when the parent told the school the child needs extra support: then the OPP is due within weeks.
    id: 'opp-na-toelating', group: 'goed-om-te-weten', section: 'wanneer-opp', letters: ['verzoek-opp'], contacts: ['school'],
    groupFor: (f) => (f.oneOf('ondersteuning-gemeld', 'ja') ? 'binnenkort' : 'goed-om-te-weten'),
    applies: (f) => f.is('wasAdmitted'),
  },
  {
    // A28/A29, A32: ask what the school can offer (schoolgids; the separate SOP is being replaced, 002:1416-1420).
    id: 'sop-opvragen', group: 'binnenkort', section: 'wat-is-sop', letters: ['verzoek-sop'], contacts: ['school'],
    applies: (f) => f.is('isAanmelden') || f.is('isHandelingsverlegen'),
  },

  // ── Handelingsverlegen and the OPP (FACTS B, C) ──────────────────────
  {
    // C01–C03, FP04: ask for the reasons, the OPP, what was tried, in writing (the school only said it).
    id: 'handelingsverlegen-reageren', group: 'nu', section: 'handelingsverlegen', letters: ['reactie-handelingsverlegen'], contacts: ['school'],
    applies: (f) => f.is('isHandelingsverlegen') && !f.oneOf('hv-schriftelijk', 'ja'),
    // Session 31: steps.yaml says the school gave its reasons only orally; that is what "nee" says. Left open (or any other
    // answer): the parent did not say so, and the text asks for the reasons on paper without claiming it.
    texts: (f) =>
      offerRefused('planStep', f.oneOf('hv-schriftelijk', 'nee') ? 'handelingsverlegenReageren' : 'handelingsverlegenOnbekend')(f) ??
      (f.oneOf('hv-schriftelijk', 'nee') ? undefined : HV_NOT_KNOWN_TEXTS),
  },
  {
    // C01–C03, C05, FP04, FP14: the school wrote it down: answer in writing with your own view.
    id: 'handelingsverlegen-brief-beantwoorden', group: 'nu', section: 'handelingsverlegen', letters: ['reactie-handelingsverlegen'], contacts: ['school'],
    applies: (f) => f.is('isHandelingsverlegen') && f.oneOf('hv-schriftelijk', 'ja'),
  },
  {
    // B01/B02, FP05: every pupil who needs more than basisondersteuning has an OPP.
    id: 'opp-vragen', group: 'nu', section: 'wanneer-opp', letters: ['verzoek-opp'], contacts: ['school'],
    applies: (f) => f.is('lacksOpp'),
  },
  {
    // B08/B10: instemmingsrecht on the handelingsdeel; consent not asked means the handelingsdeel is not adopted.
    id: 'opp-instemmen', group: 'nu', section: 'wat-is-opp', letters: ['verzoek-opp'], contacts: ['school'],
    applies: (f) => f.is('hasOpp') && (f.answeredNot('opp-ingestemd', 'ja') || f.oneOf('opp-onenigheid', 'geen-instemming-gevraagd')),
  },
  {
    // B12-B14, B17: the school must consult openly but need not adopt your suggestions; your view goes into the OPP.
    id: 'opp-zienswijze', group: 'binnenkort', section: 'wat-is-opp', letters: ['verzoek-opp'], contacts: ['school'],
    applies: (f) => f.is('hasOpp') && f.oneOf('opp-onenigheid', 'niet-overgenomen'),
  },
  {
    // B20: evaluated with the parents at least once per SCHOOL YEAR (1 August – 31 July): the law's wording in 002:882-884
    // ("tenminste één keer per schooljaar"), 004:1342 and 001:272/476 (the inspectie's standard). 001:321/356/509 and the
    // brochure (000:152, 572) say "per jaar" loosely; the rule is per school year, not 12 months after the last talk.
    id: 'opp-evaluatie', group: 'binnenkort', section: 'wanneer-opp', letters: ['verzoek-opp'], contacts: ['school'],
    // "Nu" when the last talk is more than 12 months ago. That is advice, not the rule: the last talk may have been the one
    // where the OPP was drawn up, after which ("daaropvolgend", 002:882-884) an evaluation in that same school year was
    // due, and the answer cannot tell the two apart. It also covers every case where a whole school year went by without
    // a talk (then the school is late). The text states the rule as per school year and the 12 months as advice.
    groupFor: (f) => (addMonths(f.date('opp-besproken')!, 12) < f.today ? 'nu' : 'binnenkort'),
    applies: (f) => f.is('hasOpp') && f.date('opp-besproken') !== undefined,
    params: (f) => {
      const last = f.date('opp-besproken')!;
      // Discussed in this school year: the next one is due by the end of the next school year; otherwise by the end of this one.
      const inThisYear = last >= schoolYearStart(f.today);
      const end = schoolYearEnd(f.today);
      // Session 20: the last talk in this school year may have been the one where the OPP was drawn up; the evaluation
      // that follows ("daaropvolgend ... per schooljaar", 002:882-884) then still falls in this school year. The answer
      // cannot tell the two apart, so the text also gives this school year's last day (ditSchooljaar) for that case.
      return { uiterlijk: inThisYear ? schoolYearEnd(addDays(end, 1)) : end, ditSchooljaar: end };
    },
  },
  {
    id: 'opp-datum-achterhalen', group: 'binnenkort', section: 'wanneer-opp', contacts: ['school'],
    applies: (f) => f.is('hasOpp') && f.dateUnknown('opp-besproken'),
  },
  {
    // F02, §X.12: the SWV and its steunpunt; the school stays responsible.
    id: 'swv-betrekken', group: 'binnenkort', section: 'wat-is-samenwerkingsverband', contacts: ['school', 'samenwerkingsverband'],
    applies: (f) => f.is('hasSchoolConflict') && f.answeredNot('swv-betrokken', 'ja'),
    texts: offerRefused('planStep', 'swvBetrekken'),
  },
  {
    // C02, FP13: current research by the school itself.
    id: 'onderzoek-vragen', group: 'binnenkort', section: 'hulp-bepalen', contacts: ['school'],
    applies: (f) => f.is('reliesOnResearch') && f.oneOf('onderzoek', 'oud', 'ander', 'geen', 'weet-niet'),
  },

  // ── Thuiszitten (FACTS C, D) ─────────────────────────────────────────
  {
    // C13, C22, D09: the school keeps its zorgplicht until another school admitted the child; ask for education.
    id: 'onderwijs-thuis-vragen', group: 'nu', section: 'thuiszitten', letters: ['onderwijs-tijdens-thuiszitten'], contacts: ['school'],
    applies: (f) => (f.is('isThuiszitter') && f.answeredNot('lessen-nu', 'ja')) || f.is('isOnWaitingList'),
    texts: (f) => (offerTurnedDown(f) ? OFFER_REFUSED_TEXTS : undefined),
  },
  {
    id: 'afspraken-thuis-vastleggen', group: 'binnenkort', section: 'afspraken-vastleggen', letters: ['bevestiging-afspraken'], contacts: ['school'],
    applies: (f) => f.is('isThuiszitter') && f.oneOf('lessen-nu', 'ja'),
    texts: offerRefused('planStep', 'afsprakenThuisVastleggen'),
  },
  {
    // D13-D18, D10-D11, FP22/FP23: fewer hours or lessons at home need a plan in the OPP and consent of the inspectie.
    id: 'maatwerk-onderwijstijd', group: 'binnenkort', section: 'tijdelijk-niet-naar-school', contacts: ['school'],
    applies: (f) => f.is('isThuiszitter') && (f.oneOf('thuis-hoeveel', 'deels') || f.oneOf('thuis-reden', 'kan-niet')),
  },
  {
    // C04, C22, FP09: not known whether the child is still enrolled: ask; the school keeps the zorgplicht until another
    // school admitted the child, also after de-registering it.
    id: 'inschrijving-navragen', group: 'nu', section: 'thuiszitten', contacts: ['school', 'leerplichtambtenaar'],
    applies: (f) => f.is('isThuiszitter') && f.answeredNot('ingeschreven', 'ja') && !f.oneOf('ingeschreven', 'nee') && !removalDated(f),
    texts: offerRefused('planStep', 'inschrijvingNavragen'),
  },
  {
    // Session 37 (s37-lawyer): the same question when the removal decision is on paper with its day. That decision is the
    // one the bezwaar counts from (C09, 002:846-850): a de-registration that carries it out starts no term of its own, so
    // this step is no clock finder (order.ts) and does not ask for "the decision on paper". Before, the first screen said
    // "maybe a bezwaar term runs whose start you do not know" beside the removal's known day, or "find that date first"
    // once it had passed. What the enrolment still decides: no de-registration before another school admits the child
    // (C04, 002:756-768; 001:308-309), and the leerplichtambtenaar (FP09).
    id: 'inschrijving-na-besluit', group: 'nu', section: 'thuiszitten', contacts: ['school', 'leerplichtambtenaar'],
    applies: (f) => f.is('isThuiszitter') && f.answeredNot('ingeschreven', 'ja') && !f.oneOf('ingeschreven', 'nee') && removalDated(f),
    texts: offerRefused('planStep', 'inschrijvingNaBesluit'),
  },
  {
    // The parent said the child is enrolled nowhere: asking whether it is makes no sense. C04 (002:756-768; 001:308-309):
    // no definitive removal before another school is willing to admit the child; C22/FP09 (003:549-575): the school keeps
    // the zorgplicht; C08: a removal decision is in writing, with reasons; C09 (002:846-850): bezwaar within 6 weeks;
    // D06, FP09: the leerplichtambtenaar now (leerplicht-inschakelen is "nu" then). De-registered by the parent: FP-P3
    // (002:2078-2086) moves the duty to a new school; without one the sources say nothing, so: ask the steunpunt.
    // Not when a (written) removal decision is known: then bezwaar-verwijdering and verwijdering-zonder-school speak.
    id: 'uitschrijving-navragen', group: 'nu', section: 'schorsing-verwijdering', contacts: ['schoolbestuur', 'leerplichtambtenaar', 'steunpunt'],
    applies: (f) => f.is('isThuiszitter') && !f.is('neverEnrolled') && f.oneOf('ingeschreven', 'nee') && !f.is('hasRemovalDecision'),
    texts: offerRefused('planStep', 'uitschrijvingNavragen'),
  },
  {
    // Session 37 (s37-nergens): a child enrolled at no school yet (after a move, on arrival in the Netherlands). Nobody
    // de-registered it, so there is no decision to ask for and no bezwaar term. A written registration (e-mail is fine)
    // starts the zorgplicht of that school from its receipt (A01, A03; 001:119; 002:728-734; FP01), possible from age 3
    // (A02, 002:622); the school decides within 6 weeks, once 4 more (A04, A05; 001:119; 002:744-746); the parent tells the
    // school what help the child needs (A09, 004:4845-4849). The leerplichtambtenaar (D06, 000:1082-1091) and the
    // steunpunt: no thresholds beyond the sources (FACTS §X.16). When the parent also chose "aanmelden", the aanmelden
    // steps (schriftelijk-aanmelden, besluit-aanmelding with its 6-week date) say this: no second step beside them.
    id: 'nergens-ingeschreven', group: 'nu', section: 'thuiszitten', letters: ['schriftelijke-aanmelding'], contacts: ['school', 'leerplichtambtenaar', 'steunpunt'],
    applies: (f) => f.is('neverEnrolled') && !f.is('isAanmelden'),
  },
  {
    // C10: suspension in primary school at most one week.
    id: 'schorsing-einde', group: 'nu', section: 'schorsing-verwijdering', contacts: ['school'],
    applies: (f) => f.is('isSuspended') && f.date('schorsing-datum') !== undefined,
    deadline: (f) => when(f.date('schorsing-datum'), (s) => deadline(s, 'schorsing-begin', TERMS.suspensionMaxWeeks, 'weeks', f.today)),
  },
  {
    id: 'schorsingsdatum-achterhalen', group: 'nu', section: 'schorsing-verwijdering', contacts: ['school'],
    applies: (f) => f.is('isSuspended') && f.dateUnknown('schorsing-datum'),
  },
  {
    // C05, C08, FP02: a removal said in a talk is no decision: ask for it in writing, with reasons; no clock runs yet.
    id: 'verwijderbesluit-op-papier-vragen', group: 'nu', section: 'schorsing-verwijdering', contacts: ['schoolbestuur'],
    applies: (f) => f.is('removalOnlyOral'),
  },
  {
    // C08: does a removal decision exist? Ask the board; the 6 weeks run from a written decision.
    id: 'verwijderbesluit-navragen', group: 'nu', section: 'schorsing-verwijdering', contacts: ['schoolbestuur'],
    applies: (f) => f.is('schoolWantsChildGone') && !f.is('isRemoved') && f.oneOf('verwijdering-besluit', 'weet-niet'),
  },
  {
    // C09: bezwaar against removal within 6 weeks (002:846-850), also while the child still goes to school (002:756-768).
    id: 'bezwaar-verwijdering', group: 'nu', section: 'schorsing-verwijdering', letters: ['bezwaar-weigering-verwijdering'], contacts: ['schoolbestuur'],
    applies: (f) => f.is('hasRemovalDecision') && f.date('verwijdering-datum') !== undefined && (f.answeredNot('bezwaar-ingediend', 'ja') || objectionUnplaced(f, 'verwijdering-datum') || filedBefore(f, 'bezwaar-datum', 'verwijdering-datum')),
    deadline: (f) => when(f.date('verwijdering-datum'), (s) => deadline(s, 'besluit-bekend', TERMS.objectionWeeks, 'weeks', f.today)),
  },
  {
    id: 'verwijderdatum-achterhalen', group: 'nu', section: 'schorsing-verwijdering', contacts: ['school'],
    applies: (f) => f.is('hasRemovalDecision') && f.dateUnknown('verwijdering-datum'),
  },
  {
    // D04/D05/D06, FP09: the leerplichtambtenaar; first when the child is de-registered or removed.
    id: 'leerplicht-inschakelen', group: 'binnenkort', section: 'leerplichtambtenaar', letters: ['bericht-leerplichtambtenaar'], contacts: ['leerplichtambtenaar'],
    groupFor: (f) => (enrolledNowhere(f) || f.is('isRemoved') ? 'nu' : 'binnenkort'),
    applies: (f) => f.is('isThuiszitter') && f.answeredNot('lpa-betrokken', 'ja'),
  },
  {
    // D05 (001:847): 16 hours of unexcused absence within 4 weeks must be reported by the school: a threshold, not a deadline.
    // Not for a child enrolled nowhere: the report is the duty of the school the child is enrolled at (001:845-847).
    id: 'verzuim-melding', group: 'goed-om-te-weten', section: 'leerplichtambtenaar', contacts: ['school', 'leerplichtambtenaar'],
    applies: (f) => f.is('isThuiszitter') && !enrolledNowhere(f),
    params: () => ({ uren: String(TERMS.absenceHours) }),
  },
  {
    // Session 19: a child enrolled nowhere. No school records its absence, so no report of 16 hours in 4 weeks comes
    // (001:847 is the enrolling school's duty). The leerplichtambtenaar watches children not enrolled at any school and
    // can draw up a proces-verbaal (000:1082-1091; "absolute verzuimers", 004:2904-2905). What else applies to such a
    // child is not in the sources (FACTS §X.16): say so, and whom to ask. leerplicht-inschakelen is "nu" here already.
    id: 'verzuim-niet-ingeschreven', group: 'binnenkort', section: 'leerplichtambtenaar', letters: ['bericht-leerplichtambtenaar'], contacts: ['leerplichtambtenaar', 'steunpunt'],
    applies: (f) => enrolledNowhere(f),
    params: () => ({ uren: String(TERMS.absenceHours) }),
  },
  {
    // D22/D23, F05 (001:719; 002:2763-2790): wherever parent and school are stuck; no term in the sources.
    id: 'onderwijsconsulenten', group: 'als-het-niet-lukt', section: 'onderwijsconsulenten', letters: ['aanmelding-onderwijsconsulenten'], contacts: ['onderwijsconsulenten'],
    groupFor: (f) => (f.is('isThuiszitter') ? 'binnenkort' : 'als-het-niet-lukt'),
    applies: stuck,
  },
  {
    id: 'thuisdatum-achterhalen', group: 'binnenkort', section: 'thuiszitten', contacts: ['school'],
    applies: (f) => f.is('isThuiszitter') && f.dateUnknown('thuis-sinds'),
  },

  // ── TLV (FACTS E) ────────────────────────────────────────────────────
  {
    // E02/E07: the parent does not know how far the TLV is: ask the school (it applies, and must tell the parents first).
    id: 'tlv-stand-navragen', group: 'nu', section: 'wat-is-tlv', contacts: ['school', 'samenwerkingsverband'],
    applies: (f) => f.is('isTlv') && f.oneOf('tlv-fase', 'weet-niet'),
  },
  {
    // E07/E08: the parents' own view to the SWV, and the right to be heard.
    id: 'tlv-zienswijze', group: 'nu', section: 'tlv-oneens', letters: ['zienswijze-tlv'], contacts: ['samenwerkingsverband'],
    applies: (f) => f.is('tlvNotYetDecided'),
  },
  {
    // E07, FP08: the school tells the parents before it sends the OPP.
    id: 'tlv-aanvraag-inzien', group: 'nu', section: 'tlv-oneens', contacts: ['school'],
    applies: (f) => f.is('tlvNotYetDecided') && f.oneOf('tlv-aanvraag-gezien', 'nee'),
  },
  {
    // E08: the SWV must hear the parents before deciding.
    id: 'tlv-gehoord-worden', group: 'nu', section: 'tlv-oneens', contacts: ['samenwerkingsverband'],
    applies: (f) => f.is('tlvNotYetDecided') && f.is('tlvApplied') && f.answeredNot('tlv-gehoord', 'ja'),
  },
  {
    // E16–E18, §X.3/§X.8: bezwaar against the SWV's decision; 6 weeks is EXT (certain: false).
    id: 'tlv-bezwaar', uncertain: true, group: 'nu', section: 'tlv-oneens', letters: ['bezwaar-tlv'], contacts: ['samenwerkingsverband'],
    applies: (f) => f.is('disagreesWithTlvDecision') && f.date('tlv-besluit-datum') !== undefined && (f.answeredNot('bezwaar-ingediend', 'ja') || objectionUnplaced(f, 'tlv-besluit-datum') || filedBefore(f, 'bezwaar-datum', 'tlv-besluit-datum')),
    deadline: (f) => when(f.date('tlv-besluit-datum'), (s) => deadline(s, 'besluit-bekend', TERMS.tlvObjectionWeeks, 'weeks', f.today)),
  },
  {
    id: 'tlv-besluitdatum-achterhalen', group: 'nu', section: 'tlv-oneens', contacts: ['samenwerkingsverband'],
    applies: (f) => f.is('disagreesWithTlvDecision') && f.dateUnknown('tlv-besluit-datum'),
  },
  {
    // E15: after the TLV the parents register the child at the new school themselves; not while they object.
    id: 'tlv-inschrijven', group: 'nu', section: 'wat-is-tlv', letters: ['schriftelijke-aanmelding'], contacts: ['school'],
    groupFor: (f) => (f.is('disagreesWithTlvDecision') ? 'als-het-niet-lukt' : 'nu'),
    applies: (f) => f.is('tlvGranted') && f.oneOf('tlv-plek', 'plek'),
    texts: offerRefused('planStep', 'tlvInschrijven'),
  },
  {
    id: 'tlv-school-zoeken', group: 'nu', section: 'andere-school-nodig', contacts: ['school', 'samenwerkingsverband'],
    groupFor: (f) => (f.is('disagreesWithTlvDecision') ? 'als-het-niet-lukt' : 'nu'),
    applies: (f) => f.is('tlvGranted') && f.oneOf('tlv-plek', 'zoeken', 'weet-niet'),
  },
  {
    // Session 38 (s38-fp), FP25 and FP-P1: the school that wants the child gone (C04, 002:756-768), or that refused it
    // (A11, 002:664-670), names another school willing to admit the child. Parents need time to take this in, and a visit
    // to that school together with the school often takes away worries (E22, a recommendation: 002:2155-2163,
    // 2546-2568). Turning down a not unreasonable offer of a suitable place ends the zorgplicht (A22, 002:734-740): the
    // plan said so only once the parent had already said "ja" to aanbod-geweigerd, after the fact. No term: no deadline.
    id: 'voorgestelde-school', group: 'binnenkort', section: 'andere-school-nodig', contacts: ['school', 'steunpunt'],
    applies: (f) =>
      ((f.is('schoolWantsChildGone') && f.oneOf('verwijdering-andere-school', 'ja')) || (f.is('wasRefused') && f.oneOf('weigering-andere-school', 'ja'))) &&
      !offerTurnedDown(f),
  },
  {
    // E14 (001:926): an SBO TLV counts only within the SWV; an SO TLV nationally. Only where it matters (SBO or unknown).
    id: 'tlv-geldigheid', group: 'goed-om-te-weten', section: 'wat-is-tlv',
    applies: (f) => f.is('isTlv') && f.oneOf('tlv-soort', 'sbo', 'weet-niet'),
  },
  {
    // A34-A36 (001:134, 001:212, 001:945-958): schools for cluster 1 and 2 (seeing, hearing, language) are national, outside
    // the SWV, need no TLV (their commissie van onderzoek decides) and have no zorgplicht, but must try to find a place
    // elsewhere within 8 weeks (a best-efforts duty, not a date). Session 20: no plan text said so. SO or unknown only.
    id: 'cluster-1-2', group: 'goed-om-te-weten', section: 'wat-is-tlv',
    applies: (f) => f.is('isTlv') && f.oneOf('tlv-soort', 'so', 'weet-niet'),
  },
  {
    // H10: leerlingenvervoer through the gemeente.
    id: 'vervoer-aanvragen', group: 'binnenkort', section: 'ver-weg', letters: ['aanvraag-leerlingenvervoer'], contacts: ['gemeente'],
    applies: (f) => f.is('mayNeedTransport') && f.oneOf('vervoer', 'ja', 'weet-niet'),
  },

  // ── Disagreement (FACTS F) ──────────────────────────────────────────
  {
    // F07/F13, §X.2: the Geschillencommissie, beside the bezwaar and from the same decision (001:723-729; 002:94-101);
    // 6 weeks is EXT (certain: false). For an OPP dispute no start of the clock is known: no date.
    id: 'geschillencommissie', uncertain: true, group: 'nu', lateGroup: 'nu', section: 'geschillencommissie', contacts: ['geschillencommissie'],
    groupFor: (f) => (f.is('hasGpoDecision') ? 'nu' : 'als-het-niet-lukt'),
    applies: (f) => (f.is('hasGpoDecision') && (f.answeredNot('gpo-ingediend', 'ja') || twoGpoDecisions(f) || gpoBeforeDecision(f))) || (oppDispute(f) && !f.is('gpoFiled')),
    // From the earliest decision the GPO handles whose 6 weeks are still open: with a refusal and a removal, the first
    // one's 6 weeks end first (session 19: before, the refusal's date was used even when the removal's weeks ended
    // earlier). Session 23 (s23-first): once the first decision's weeks have passed, the second decision's weeks still
    // run (each decision can go to the commission, 001:723-729), so the step counts from that one; before, it said
    // "voorbij" on the first screen while the removal's bezwaar and its GPO request were open for four more weeks.
    // With every term passed: the last to end (the nearest passed day).
    deadline: (f) => {
      if (!(f.answeredNot('gpo-ingediend', 'ja') || twoGpoDecisions(f) || gpoBeforeDecision(f))) return undefined;
      // Session 35: a request dated between the two decisions is against the first: only the later one's term is open.
      const filed = f.oneOf('gpo-ingediend', 'ja') ? f.date('gpo-datum') : undefined;
      const dates = gpoDecisionDates(f);
      const open = filed !== undefined && dates.length === 2 && dates[0]! <= filed && filed < dates[1]! ? dates.slice(1) : dates;
      const terms = open.map((s) => deadline(s, 'besluit-bekend', TERMS.gpoWeeks, 'weeks', f.today));
      return terms.find((d) => d.status !== 'passed') ?? terms.at(-1);
    },
  },
  {
    // E16/E17, A21, C08: the objection runs: ask for a written, reasoned decision on it; the GPO beside it.
    id: 'bezwaar-loopt', group: 'binnenkort', section: 'bezwaar-maken', contacts: ['schoolbestuur', 'samenwerkingsverband'],
    applies: (f) => f.is('objectionFiled'),
  },
  {
    // F09/F10 (001:731; 004:4792-4795): the GPO hears both sides; its advice weighs heavily; the board answers in writing.
    id: 'gpo-loopt', group: 'binnenkort', section: 'geschillencommissie', contacts: ['geschillencommissie', 'schoolbestuur'],
    applies: (f) => f.is('gpoFiled'),
  },
  {
    // F15: the complaints procedure; a complaint does not stop the bezwaar or GPO terms (002:748-750, 846-850).
    id: 'klacht-indienen', group: 'binnenkort', section: 'klacht-indienen', letters: ['klacht'], contacts: ['klachtencommissie'],
    applies: (f) => f.is('hasSituation') && f.oneOf('klacht', 'wil'),
  },
  {
    // F15, §X.13: the klachtencommissie's 4 weeks is only in the brochure (000:1054; certain: false), from the filing date.
    id: 'klacht-loopt', uncertain: true, group: 'binnenkort', lateGroup: 'nu', section: 'klacht-indienen', contacts: ['klachtencommissie'],
    // Session 23: not once the committee's answer is in (answered so, or logged as klacht-reactie): the plan then chased a passed date.
    applies: (f) => f.is('complaintFiled') && !f.is('complaintAnswered'),
    deadline: (f) => when(f.date('klacht-datum'), (s) => deadline(s, 'klacht-ingediend', TERMS.complaintResponseWeeks, 'weeks', f.today)),
  },
  {
    // Session 23, F15 (000:1050-1055): the committee answered; its advice is not binding and the school decides what it
    // does with it. By when is not in the sources: the text says so and whom to ask. The bezwaar and GPO terms run on.
    id: 'klacht-beantwoord', group: 'binnenkort', section: 'klacht-indienen', contacts: ['school', 'steunpunt'],
    applies: (f) => f.is('complaintAnswered'),
  },

  // ── Information, jeugdhulp, secondary school, meetings (FACTS G, H) ─
  {
    // G01/G05: inzage and a copy; no date until the request is sent.
    id: 'dossier-opvragen', group: 'binnenkort', section: 'informatie-vragen', letters: ['inzage-dossier', 'correctie-dossier'], contacts: ['school'],
    applies: (f) => f.is('dossierNotSeen') && f.answeredNot('dossier-gevraagd', 'ja'),
  },
  {
    // G01/G05: the one-month answer term is from the AVG, not from the sources (certain: false), from the request's date.
    // Session 25: in any situation (dossierRequestedAny): a request logged by a parent who chose only "aanmelden" had no step.
    id: 'dossier-herinneren', uncertain: true, group: 'binnenkort', lateGroup: 'nu', section: 'informatie-vragen', letters: ['inzage-dossier'], contacts: ['school'],
    applies: (f) => f.is('dossierRequestedAny'),
    deadline: (f) => when(f.date('dossier-gevraagd-datum'), (s) => deadline(s, 'verzoek-verstuurd', TERMS.dossierAnswerMonths, 'months', f.today)),
  },
  {
    // A meeting ahead, today, or on a day the parent does not know yet: prepare it. Its text also says what to do
    // after it (agreements on paper, F01), because afspraken-bevestigen gives way to this step (order.ts).
    id: 'gesprek-voorbereiden', group: 'nu', section: 'gesprek-voorbereiden', letters: ['bevestiging-afspraken'], contacts: ['school'],
    applies: (f) => f.is('hasMeetingPlanned') && !meetingHasBeen(f),
    moment: (f) => {
      const d = f.date('gesprek-datum');
      if (!d) return undefined;
      const days = daysBetween(f.today, d);
      return days > 0 ? { what: 'gesprek', date: d } : days === 0 ? { what: 'gesprek-vandaag', date: d } : undefined;
    },
  },
  {
    // The meeting day the parent gave lies before today (session 19): the meeting has been, or was moved. Preparing it
    // is no longer the step; recording what was agreed is: on paper, with the school's verslag (F01; FP02, FP14).
    // The meeting card's "after" form (#/gesprek/afspraken) records it in the timeline. Not a legal term: no deadline.
    id: 'gesprek-vastleggen', group: 'nu', section: 'afspraken-vastleggen', letters: ['bevestiging-afspraken'], contacts: ['school'],
    applies: (f) => f.is('hasMeetingPlanned') && meetingHasBeen(f),
    params: (f) => ({ gesprek: f.date('gesprek-datum')! }),
  },
  {
    id: 'jeugdhulp-aanvragen', group: 'binnenkort', section: 'jeugdhulp-op-school', contacts: ['gemeente'],
    applies: (f) => f.is('hasSituation') && f.oneOf('jeugdhulp', 'nodig', 'weet-niet'),
  },
  {
    id: 'jeugdhulp-afstemmen', group: 'goed-om-te-weten', section: 'jeugdhulp-op-school', contacts: ['school'],
    applies: (f) => f.is('hasSituation') && f.oneOf('jeugdhulp', 'krijgt'),
  },
  {
    // H13 (001:614-618): talk in groep 6 or 7, agreements in the OPP; the OKR and OPP go along. The answer joins groep 7
    // and 8, so the text says what each needs: groep 8 registers at a VO school in writing (A01/A03/A04/A05, chapter 9).
    // The sources give no date for the schooladvies or the VO registration: the text says so and whom to ask.
    id: 'overstap-voorbereiden', group: 'binnenkort', section: 'overstap-voorbereiden', contacts: ['school'],
    applies: (f) => f.is('hasSituation') && f.oneOf('groep', 'groep-7-8'),
  },
  {
    // F01/F02/F04: always, the ouder- en jeugdsteunpunt of the samenwerkingsverband.
    id: 'steunpunt-bellen', group: 'binnenkort', section: 'steunpunt-vinden', contacts: ['steunpunt'],
    applies: (f) => f.is('hasSituation'),
  },
  {
    id: 'afspraken-bevestigen', group: 'goed-om-te-weten', section: 'afspraken-vastleggen', letters: ['bevestiging-afspraken'],
    applies: (f) => f.is('hasSituation'),
  },
];

/** The last day an objection or GPO request filed on `filed` could count as in time, for the decision it is against. */
function filedLate(f: Facts, filedId: string, dueOf: (f: Facts) => IsoDate | undefined): boolean {
  const filed = f.date(filedId);
  const due = dueOf(f);
  return filed !== undefined && due !== undefined && filed > due;
}
/** With more decisions, the filing may be against any of them: late only when it came after the last one's weeks. */
const objectionDue = (f: Facts): IsoDate | undefined => {
  const starts = [
    f.is('refusalStands') ? f.date('weigering-datum') : undefined,
    f.is('hasRemovalDecision') ? f.date('verwijdering-datum') : undefined,
    f.is('disagreesWithTlvDecision') ? f.date('tlv-besluit-datum') : undefined,
  ].filter((d): d is IsoDate => d !== undefined).sort();
  const start = starts[starts.length - 1];
  return start && addWeeks(start, TERMS.objectionWeeks);
};
const gpoDue = (f: Facts): IsoDate | undefined => {
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
  'bezwaar-weigering', 'bezwaar-verwijdering', 'tlv-bezwaar', 'geschillencommissie', 'eerdere-weigering',
  // Session 26 (src/timeline/earlier.ts): every open earlier refusal has its own step (eerdere-weigering-2, -3, …); the
  // latest refusal with an admission logged after it; a written removal decision before one logged "by phone"; a decision
  // logged "by phone" that may have come on paper after all.
  ...Array.from({ length: 19 }, (_, i) => `eerdere-weigering-${i + 2}`), 'weigering-voor-toelating', 'eerdere-verwijdering',
  // Session 32: a removal letter before the one eerdere-verwijdering counts from, when a call came after both.
  'eerdere-verwijdering-2', 'besluit-telefoon-bezwaar', 'besluit-telefoon-bezwaar-2',
  // Session 33: a TLV refusal's bezwaar (not certain, as tlv-bezwaar) after a new TLV application was logged.
  'eerdere-tlv-afwijzing',
  // Session 34: the same after a later TLV decision on another day (refused again: -2 … for more; granted: a choice).
  ...Array.from({ length: 9 }, (_, i) => `eerdere-tlv-afwijzing-${i + 2}`),
  'tlv-afwijzing-voor-toekenning', ...Array.from({ length: 9 }, (_, i) => `tlv-afwijzing-voor-toekenning-${i + 2}`),
  // Session 35: a TLV grant the parent disagrees with, after a new application or a later TLV decision (not certain).
  'eerdere-tlv-toekenning', ...Array.from({ length: 9 }, (_, i) => `eerdere-tlv-toekenning-${i + 2}`),
  // Session 35: an earlier decision's request to the Geschillencommissie (not certain), once its bezwaar was made.
  'eerdere-geschillencommissie', ...Array.from({ length: 9 }, (_, i) => `eerdere-geschillencommissie-${i + 2}`),
];

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

/** Which filing terms end on or before the planned meeting: 'certain' when at least one is certain, 'uncertain' when all are not. */
function filingTermsBeforeMeeting(f: Facts): FilingCertainty | undefined {
  const meeting = f.is('hasMeetingPlanned') ? f.date('gesprek-datum') : undefined;
  if (meeting === undefined || meeting < f.today) return undefined;
  const before = stepRules.filter((r) => {
    if (!FILING_STEPS.includes(r.id) || !r.applies(f)) return false;
    const d = r.deadline?.(f);
    return d !== undefined && d.status !== 'passed' && d.due <= meeting;
  });
  return before.length === 0 ? undefined : before.some((r) => !r.uncertain) ? 'certain' : 'uncertain';
}

export type FilingCertainty = 'certain' | 'uncertain';

export const warningRules: readonly WarningRule[] = [
  // Session 22, FP-P4: a filing term of the parent's ends on or before a planned meeting: do not wait for the meeting.
  { id: 'termijn-voor-gesprek', section: 'bezwaar-maken', applies: filingEndsBeforeMeeting },
  // Session 23: the same, when the only terms that end before the meeting are uncertain (TLV bezwaar, GPO: §X.2, §X.3).
  { id: 'termijn-voor-gesprek-onzeker', section: 'bezwaar-maken', applies: uncertainFilingEndsBeforeMeeting },
  // FP01, A01, A03: refused by phone; there is no registration yet and no zorgplicht.
  { id: 'telefoon-is-geen-aanmelding', section: 'hoe-aanmelden', applies: (f) => f.is('registeredByPhoneOnly') },
  // A11, FP02: refusal only once another school has agreed to admit the child.
  { id: 'weigering-zonder-andere-school', section: 'weigering', applies: (f) => f.is('wasRefused') && f.answeredNot('weigering-andere-school', 'ja'), texts: offerRefused('warning', 'weigeringZonderAndereSchool') },
  // A04/A05, A21 (session 22): a registration after a written refusal has its own 6 weeks; the refusal and its bezwaar stay.
  { id: 'nieuwe-aanmelding-na-weigering', section: 'weigering', applies: registeredAfterRefusal },
  // Session 25, A21, A23/A26: the next school admitted the child after a written refusal; the refusal and its bezwaar
  // stay (a choice: the parent may still want the first school), the zorgplicht moves with the child.
  { id: 'weigering-blijft-na-toelating', section: 'weigering', applies: (f) => f.is('refusedThenAdmittedElsewhere') },
  // FP03: "the school is full" must be true.
  { id: 'school-vol', section: 'wanneer-zorgplicht', applies: (f) => f.list('school-zegt').includes('school-vol') },
  // FP04: handelingsverlegen without an OPP.
  { id: 'handelingsverlegen-zonder-opp', section: 'handelingsverlegen', applies: (f) => f.is('isHandelingsverlegen') && f.answeredNot('opp', 'ja') },
  // FP07: never sign an empty or unread form.
  { id: 'niet-blanco-tekenen', section: 'afspraken-vastleggen', applies: (f) => f.is('hasSchoolConflict') && f.oneOf('tekenen', 'ja') },
  // C04, C05, FP09: removal only once another school has agreed, and after hearing the parents.
  {
    id: 'verwijdering-zonder-school', section: 'schorsing-verwijdering',
    applies: (f) => f.is('schoolWantsChildGone') && f.answeredNot('verwijdering-andere-school', 'ja'),
    texts: offerRefused('warning', 'verwijderingZonderSchool'),
  },
  // C13, FP10: barred but still enrolled: the zorgplicht continues.
  { id: 'niet-welkom-zorgplicht', section: 'thuiszitten', applies: (f) => f.is('isBarredButEnrolled'), texts: offerRefused('warning', 'nietWelkomZorgplicht') },
  // E19, FP12: on a waiting list, or "not welcome after the holidays": the current school keeps the zorgplicht.
  { id: 'wachtlijst-zorgplicht', section: 'wachtlijst', applies: (f) => f.is('isOnWaitingList') || f.list('school-zegt').includes('niet-welkom-na-vakantie'), texts: offerRefused('warning', 'wachtlijstZorgplicht') },
  // C02, FP13: research that is old or not the school's own.
  { id: 'oud-of-ander-onderzoek', section: 'hulp-bepalen', applies: (f) => f.is('reliesOnResearch') && f.oneOf('onderzoek', 'oud', 'ander') },
  // C15, FP15: no legal basis for a trial period.
  { id: 'proefperiode', section: 'schorsing-verwijdering', applies: (f) => f.list('school-zegt').includes('proefperiode') },
  // A30/A31, FP16, B20: support cut because of class size; changing the OPP's support needs the parents' consent.
  { id: 'klas-te-vol', section: 'wat-is-sop', applies: (f) => f.list('school-zegt').includes('klas-vol') },
  // FP17 (003:322-345): children of 4 or 5 called "SO-kind" within weeks, in large kindergarten classes. Ask for time to
  // settle, an OPP and the samenwerkingsverband's support before any TLV. Not when the parent agrees with the TLV.
  {
    id: 'kleuter-so', section: 'tlv-oneens',
    applies: (f) => f.oneOf('groep', 'groep-1-2') && (f.is('isHandelingsverlegen') || (f.is('isTlv') && !f.oneOf('tlv-eens', 'ja'))),
  },
  // A27, FP20: no diagnosis required.
  { id: 'diagnose-geeist', section: 'diagnose-nodig', applies: (f) => f.list('school-zegt').includes('diagnose-eerst') },
  // FP-P3 (002:2078-2086): the school wants the child gone; de-registering it yourself moves the zorgplicht to a new
  // school and loses what the first school knows. Let the school make a decision and find a school that admits the child.
  {
    id: 'niet-zelf-uitschrijven', section: 'schorsing-verwijdering',
    // Not when the child is already de-registered (then inschrijving-navragen and the zorgplicht texts speak).
    applies: (f) => f.is('schoolWantsChildGone') && f.answeredNot('verwijdering-andere-school', 'ja') && !f.oneOf('ingeschreven', 'nee'),
    texts: offerRefused('warning', 'nietZelfUitschrijven'),
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
  {
    id: 'bezwaar-twee-besluiten', section: 'bezwaar-maken',
    applies: (f) => (twoObjectableDecisions(f) && f.oneOf('bezwaar-ingediend', 'ja')) || (twoGpoDecisions(f) && f.oneOf('gpo-ingediend', 'ja')),
  },
  // FP-P4, A21, C09, §X.2: filed after the 6 weeks.
  {
    id: 'verzoek-te-laat', section: 'bezwaar-maken',
    applies: (f) => (f.is('objectionFiled') && filedLate(f, 'bezwaar-datum', objectionDue)) || (f.is('gpoFiled') && filedLate(f, 'gpo-datum', gpoDue)),
  },
];

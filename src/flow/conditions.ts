import { asList, asString, type Answers } from './answers';

/**
 * Named facts about the parent's situation, read from the answers.
 * The questionnaire (when to ask), the machine (guards) and the plan rules all use these names,
 * so the logic reads like the brochure's own decision tree.
 */
const is = (a: Answers, id: string, ...values: string[]) => values.includes(asString(a[id]) ?? '');
const situation = (a: Answers, s: string) => asList(a['situatie']).includes(s);
/** Both answers are dates (YYYY-MM-DD) and the first lies before the second. */
const isoBefore = (x: unknown, y: unknown) =>
  typeof x === 'string' && typeof y === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) && /^\d{4}-\d{2}-\d{2}$/.test(y) && x < y;

/**
 * Session 63 (s63-tlv): tlv-plek's option "Mijn kind zit al op die school". Not in single quotes: the option shares its name
 * with the question "ingeschreven" (is the child still enrolled?), and tests/unit/flow.test.ts counts every question id in
 * single quotes in this file as a routing question (its exhaustive walk would branch on a question no condition reads).
 */
const TLV_AT_NEW_SCHOOL = `ingeschreven`;

export const conditions = {
  always: () => true,
  /** The parent chose at least one situation (not only "ik wil eerst lezen"). */
  hasSituation: (a: Answers) => asList(a['situatie']).some((s) => s !== 'lezen'),
  wantsToReadFirst: (a: Answers) => asList(a['situatie']).includes('lezen') && !conditions.hasSituation(a),

  isAanmelden: (a: Answers) => situation(a, 'aanmelden'),
  isHandelingsverlegen: (a: Answers) => situation(a, 'handelingsverlegen'),
  isThuiszitter: (a: Answers) => situation(a, 'thuiszitten'),
  isTlv: (a: Answers) => situation(a, 'tlv'),
  /**
   * A child already at a school that is in a conflict about support or placement. Session 37 (s37-nergens): not a child at
   * home that was never enrolled at any school: there is no school to ask for an OPP, the dossier or the SWV.
   */
  hasSchoolConflict: (a: Answers) =>
    situation(a, 'handelingsverlegen') || (situation(a, 'thuiszitten') && !is(a, 'thuis-reden', 'nergens')) || situation(a, 'tlv'),

  // aanmelden
  hasRegistered: (a: Answers) => conditions.isAanmelden(a) && is(a, 'aanmelding-hoe', 'schriftelijk', 'telefonisch'),
  registeredInWriting: (a: Answers) => conditions.isAanmelden(a) && is(a, 'aanmelding-hoe', 'schriftelijk'),
  registeredByPhoneOnly: (a: Answers) => conditions.isAanmelden(a) && is(a, 'aanmelding-hoe', 'telefonisch'),
  notYetRegisteredInWriting: (a: Answers) =>
    conditions.isAanmelden(a) && is(a, 'aanmelding-hoe', 'nog-niet', 'telefonisch', 'weet-niet'),
  waitingForAdmissionDecision: (a: Answers) => conditions.registeredInWriting(a) && is(a, 'aanmelding-besluit', 'nog-niet'),
  wasRefused: (a: Answers) => conditions.registeredInWriting(a) && is(a, 'aanmelding-besluit', 'geweigerd'),
  wasAdmitted: (a: Answers) => conditions.registeredInWriting(a) && is(a, 'aanmelding-besluit', 'toegelaten'),
  /**
   * Session 58 (s58-oppdate): admitted, and the parent told the school the child needs extra support: the OPP is due within
   * 6 weeks after enrolment (B02, 002:862-866), so the questionnaire asks the day of enrolment.
   */
  admittedNeedsSupport: (a: Answers) => conditions.wasAdmitted(a) && is(a, 'ondersteuning-gemeld', 'ja'),
  /**
   * No support need told at registration: "nee, nog niet" or, since session 76 (s76-misc, 4), "geen extra hulp nodig"
   * (A06, A19). Every rule that leaves out what only a child who needs extra support has (the GPO on a refusal, F07; the
   * zorgplicht's warnings, A11) reads the two as one here, so a further answer of this kind is added in one place.
   */
  supportNeedNotTold: (a: Answers) => is(a, 'ondersteuning-gemeld', 'nee', 'geen-hulp-nodig'),
  /**
   * Session 75 (s75-answers, 1): the questionnaire asks the day of enrolment (inschrijving-datum) where it changes the plan:
   * the OPP's 6 weeks (admittedNeedsSupport, B02), and an admission at a next school after a removal, a refusal or a time at
   * home. From the day the child is enrolled there, the new school has her (A23, 002:734-736; C22: the old school keeps the
   * zorgplicht only UNTIL that enrolment): a passed bezwaar against the old school is a choice, no action (removalChoiceStep,
   * afterEnrolmentElsewhere), and "the school stays responsible until ..." and "your child is enrolled nowhere" are past
   * (enrolledByToday and the predicates built on it). Before, a parent who told no support need was never asked, and the plan
   * kept a passed bezwaar as an action on the first screen for a child at her new school for weeks. Read after the removal
   * questions (the question stands after them in questions.ts), so every answer these conditions read comes before it.
   */
  asksEnrolmentDay: (a: Answers) =>
    conditions.admittedNeedsSupport(a) ||
    (conditions.wasAdmitted(a) && (conditions.removedThenAdmittedElsewhere(a) || conditions.refusedThenAdmittedElsewhere(a) || conditions.isThuiszitter(a))),
  /** Refused, and the parent did not say it was only by phone or in a talk (FACTS A01, A20, FP02: a call is no decision). */
  refusalMayBeWritten: (a: Answers) => conditions.wasRefused(a) && !is(a, 'weigering-schriftelijk', 'nee'),
  refusedOnlyOrally: (a: Answers) => conditions.wasRefused(a) && is(a, 'weigering-schriftelijk', 'nee'),
  /** Session 72 (s72-left 4): the school's refusal is on paper, as the parent answered (removalOnPaper's twin). */
  refusalOnPaper: (a: Answers) => conditions.wasRefused(a) && is(a, 'weigering-schriftelijk', 'ja'),
  /**
   * Session 25: a written refusal, then a registration after it (a later registration date) that was admitted: the
   * next school took the child (logged "Toegelaten" after "Aanmelding ontvangen"). The refusal is still a decision with
   * its own 6 weeks for bezwaar (002:748-750) and its GPO; the admission elsewhere does not end them. Before, the one
   * answer "aanmelding-besluit" became "toegelaten" and the refusal, its bezwaar and its date left the plan. An
   * admission with the registration date before the refusal is the same school changing its mind: no refusal then.
   */
  refusedThenAdmittedElsewhere: (a: Answers) =>
    conditions.wasAdmitted(a) && !is(a, 'weigering-schriftelijk', 'nee') && isoBefore(a['weigering-datum'], a['aanmelding-datum']),
  /** A written refusal the parent can object to: the one now, or one before an admission at the next school. */
  refusalStands: (a: Answers) => conditions.refusalMayBeWritten(a) || conditions.refusedThenAdmittedElsewhere(a),

  // extra ondersteuning and the OPP
  /**
   * Session 51 (lawyer-s51-tlv-opp D2): also an admitted child whose OPP the parent logged in the timeline ("OPP opgesteld",
   * "OPP besproken", "OPP: ingestemd"; the questionnaire asks about the OPP only in a conflict). Her right of consent on the
   * handelingsdeel and the evaluation per school year hold for every OPP (B08, B20; 001:498-509, 002:876-884); before, the
   * plan read none of it and kept saying "is there no OPP after 6 weeks? ask for one".
   */
  // Also the keptWhen of the question opp: a "ja" kept where opp is not asked, written by the timeline for an admitted child
  // (session 51), or for a child with no school yet (session 59, schoolToAsk: logged, or answered by an older version).
  hasOpp: (a: Answers) => (conditions.hasSchoolConflict(a) || conditions.wasAdmitted(a)) && is(a, 'opp', 'ja'),
  lacksOpp: (a: Answers) => conditions.hasSchoolConflict(a) && is(a, 'opp', 'nee', 'weet-niet'),
  /**
   * Session 59 (s59-flow): asked "Heeft je kind een OPP?" (opp) and "Is het samenwerkingsverband al betrokken?" (swv-betrokken):
   * a conflict (hasSchoolConflict) with a school that has the child or her registration, not a child enrolled at no school and
   * registered nowhere (neverEnrolled, not aanmelden: the rules' noSchoolYet). hasSchoolConflict counts "tlv", so her parent
   * was asked both: no school drew up an OPP for her (B02, an OPP follows enrolment; warning tlv-zonder-opp says so to her),
   * and the plan reads swv-betrokken only for swv-betrekken, which she does not get (session 56). tekenen stays asked: the
   * school that applies for her TLV may ask her to sign (E02, E06, FP07). The rules keep hasOpp and lacksOpp.
   */
  schoolToAsk: (a: Answers) => conditions.hasSchoolConflict(a) && (!conditions.neverEnrolled(a) || conditions.isAanmelden(a)),

  // handelingsverlegen
  schoolWantsChildToLeave: (a: Answers) => conditions.isHandelingsverlegen(a) && is(a, 'hv-wil-weg', 'ja'),
  reliesOnResearch: (a: Answers) => conditions.isHandelingsverlegen(a) || conditions.isTlv(a),

  // thuiszitten
  isSuspended: (a: Answers) => conditions.isThuiszitter(a) && is(a, 'thuis-reden', 'geschorst'),
  isRemoved: (a: Answers) => conditions.isThuiszitter(a) && is(a, 'thuis-reden', 'verwijderd'),
  /** The school wants the child to leave, or keeps it out: a removal decision may exist or be coming (002:756-768). */
  schoolWantsChildGone: (a: Answers) =>
    conditions.schoolWantsChildToLeave(a) ||
    (conditions.isThuiszitter(a) && is(a, 'thuis-reden', 'verwijderd', 'niet-welkom')) ||
    (conditions.isSuspended(a) && is(a, 'verwijdering-besluit', 'schriftelijk', 'mondeling', 'weet-niet')),
  /**
   * Asked whether the board decided a removal: whenever the school wants the child gone, and also for a suspended child
   * (session 20): a suspension is often the step before a removal (C11, 002:2303-2307), and "thuis-reden" takes one
   * answer, so a parent who chose "geschorst" was never asked about a removal decision and its 6-week bezwaar.
   */
  removalMayBeDecided: (a: Answers) => conditions.schoolWantsChildGone(a) || conditions.isSuspended(a),
  /** The removal decision may be in writing: asked for its date (a removed child as in version 1, unless the parent said it was only oral or not taken). */
  removalMayBeWritten: (a: Answers) =>
    conditions.schoolWantsChildGone(a) &&
    (is(a, 'verwijdering-besluit', 'schriftelijk') || (conditions.isRemoved(a) && !is(a, 'verwijdering-besluit', 'mondeling', 'nee'))),
  removalOnlyOral: (a: Answers) => conditions.schoolWantsChildGone(a) && is(a, 'verwijdering-besluit', 'mondeling'),
  /**
   * Session 72 (s72-left 4): the board's removal decision is on paper, as the parent answered. One reading for the plan's
   * steps (src/rules/steps/ondersteuning.ts), the gesprekskaart and the meeting plan's "ask for a decision on paper"
   * (src/meeting/plan.ts answeredPaperDecisions). Over the answers that apply it is the same as the answer alone: the
   * question is asked only when removalMayBeDecided, and a suspended child with a removal on paper is one the school wants gone.
   */
  removalOnPaper: (a: Answers) => conditions.schoolWantsChildGone(a) && is(a, 'verwijdering-besluit', 'schriftelijk'),
  /**
   * Session 26: a removal dated by the parent ("verwijderd", on paper "weet ik niet", a date), then a suspension logged after
   * it: "thuis-reden" became "geschorst", and a suspended child with "weet ik niet" is not asked for the removal's date. The
   * known date and its 6 weeks for bezwaar (002:846-850) left the plan for "ask whether there is a decision". The date is
   * kept (verwijdering-datum keptWhen) and counts, as it did for the removed child (removalMayBeWritten).
   */
  removalDatedThenSuspended: (a: Answers) =>
    conditions.isSuspended(a) && is(a, 'verwijdering-besluit', 'weet-niet') && /^\d{4}-\d{2}-\d{2}$/.test(asString(a['verwijdering-datum']) ?? ''),
  /** A removal decision the parent can object to (C08, C09). */
  hasRemovalDecision: (a: Answers) => conditions.removalMayBeWritten(a) || conditions.removalDatedThenSuspended(a),
  /**
   * Session 48 (s044-daan-toegelaten-bij-andere-school): a removal decision, and a written registration that was admitted:
   * the child is already at this school, so the admission is another school's. The condition for the removal is met
   * (another school admits the child, 002:756-768); the decision and its 6 weeks for bezwaar stay (002:846-850).
   */
  // lawyer-s48-changes: a registration after the removal decision (or the parent said the decision names another school),
  // as refusedThenAdmittedElsewhere: not the child's own old admission at this school.
  removedThenAdmittedElsewhere: (a: Answers) =>
    conditions.hasRemovalDecision(a) && conditions.wasAdmitted(a) && (isoBefore(a['verwijdering-datum'], a['aanmelding-datum']) || is(a, 'verwijdering-andere-school', 'ja')),
  /**
   * Session 48 (s043-wil-weg-en-aangemeld-elders): the school wants the child gone, and the parent registered it in writing
   * elsewhere, not (yet) refused or admitted with a removal decision: that school has the zorgplicht from the registration
   * (000:374, 002:728-734), the current school stays responsible until the child is enrolled there (000:376-379).
   */
  wantedGoneRegisteredElsewhere: (a: Answers) =>
    conditions.schoolWantsChildGone(a) && conditions.registeredInWriting(a) && !conditions.wasRefused(a) && !conditions.removedThenAdmittedElsewhere(a),
  /**
   * Session 37 (s37-nergens): never enrolled at any school (after a move, on arrival in the Netherlands). No school has
   * the zorgplicht yet: it starts at the school that receives a written registration (FACTS A01, A03; 001:119).
   */
  neverEnrolled: (a: Answers) => conditions.isThuiszitter(a) && is(a, 'thuis-reden', 'nergens'),
  /** A child at home that may be enrolled at a school: asked whether it still is, and about that school's lessons. */
  mayBeEnrolled: (a: Answers) => conditions.isThuiszitter(a) && !conditions.neverEnrolled(a),
  isBarredButEnrolled: (a: Answers) => conditions.isThuiszitter(a) && is(a, 'thuis-reden', 'niet-welkom'),
  isOnWaitingList: (a: Answers) =>
    (conditions.isThuiszitter(a) && is(a, 'thuis-reden', 'wachtlijst')) || (conditions.isTlv(a) && is(a, 'tlv-plek', 'wachtlijst')),

  // TLV
  tlvNotYetDecided: (a: Answers) => conditions.isTlv(a) && is(a, 'tlv-fase', 'school-wil-aanvragen', 'aangevraagd'),
  tlvApplied: (a: Answers) => conditions.isTlv(a) && is(a, 'tlv-fase', 'aangevraagd', 'besluit'),
  tlvDecisionKnown: (a: Answers) => conditions.isTlv(a) && is(a, 'tlv-fase', 'besluit'),
  tlvGranted: (a: Answers) => conditions.tlvDecisionKnown(a) && is(a, 'tlv-besluit', 'toegekend'),
  disagreesWithTlvDecision: (a: Answers) => conditions.tlvDecisionKnown(a) && is(a, 'tlv-eens', 'nee'),
  /**
   * Session 63 (s63-tlv): the TLV was granted and the child already goes to the new school, enrolled there (tlv-plek
   * "ingeschreven"). The parents registered her there themselves (E15, 001:924); from her enrolment the new school has the
   * zorgplicht and the old school's ends (A23, 002:734-736; C22, E19). Asked: the day of that enrolment (the OPP, B02).
   */
  enrolledAfterTlv: (a: Answers) => conditions.tlvGranted(a) && is(a, 'tlv-plek', TLV_AT_NEW_SCHOOL),

  // what the parent already did (schema 2)
  /** A decision the parent can object to: a refusal, a removal, a TLV decision they disagree with. */
  hasObjectableDecision: (a: Answers) => conditions.refusalStands(a) || conditions.hasRemovalDecision(a) || conditions.disagreesWithTlvDecision(a),
  objectionFiled: (a: Answers) => conditions.hasObjectableDecision(a) && is(a, 'bezwaar-ingediend', 'ja'),
  /**
   * The GPO handles a refused admission of a child needing extra support and any removal (001:723-729; 002:94-101;
   * FACTS F07). A refusal after the parent said the school was not told of any support need ("nee, nog niet") is an
   * ordinary admission: only the bezwaar. "Weet ik niet" or no answer keeps the GPO (the safe side for the parent).
   */
  hasGpoDecision: (a: Answers) =>
    (conditions.refusalStands(a) && !conditions.supportNeedNotTold(a)) || conditions.hasRemovalDecision(a),
  gpoFiled: (a: Answers) => conditions.hasGpoDecision(a) && is(a, 'gpo-ingediend', 'ja'),
  /** A place elsewhere may have been offered (FP-P1: refusing a reasonable offer ends the zorgplicht). */
  // Session 63 (s63-tlv): not for a granted TLV once the child is at the new school (enrolledAfterTlv): she took the place.
  placeMayBeOffered: (a: Answers) =>
    conditions.wasRefused(a) || conditions.schoolWantsChildGone(a) || conditions.isThuiszitter(a) || (conditions.tlvGranted(a) && !conditions.enrolledAfterTlv(a)),
  dossierNotSeen: (a: Answers) => conditions.hasSchoolConflict(a) && is(a, 'dossier-gezien', 'nee'),
  dossierRequested: (a: Answers) => conditions.dossierNotSeen(a) && is(a, 'dossier-gevraagd', 'ja'),
  /**
   * Session 58 (s58-noschool): the questionnaire asks about the dossier (dossier-gezien and its follow-ups) only where a school
   * keeps a pupil dossier of the child: a conflict with her school (hasSchoolConflict), not a child enrolled at no school
   * (neverEnrolled). hasSchoolConflict counts the TLV situation, so a parent of a child enrolled nowhere who also chose "tlv"
   * was asked "Heb je het dossier van je kind op school ingezien?" (session 57 already left dossier-opvragen and the card's
   * dossier-inzien out for her). Only what is asked changes: her answers, and a request she logged in the timeline, are kept
   * by the questions' keptWhen (hasSituation, dossierNotSeenAny, dossierRequestedAny) as before, and dossierNotSeen and
   * dossierRequested (the rules, EFFECTS overtakenBy) read them as before.
   */
  dossierAtSchool: (a: Answers) => conditions.hasSchoolConflict(a) && !conditions.neverEnrolled(a),
  dossierNotSeenAtSchool: (a: Answers) => conditions.dossierAtSchool(a) && is(a, 'dossier-gezien', 'nee'),
  dossierRequestedAtSchool: (a: Answers) => conditions.dossierNotSeenAtSchool(a) && is(a, 'dossier-gevraagd', 'ja'),
  /**
   * Session 25: the same in any situation. The questionnaire asks about the dossier only in a conflict with the child's
   * school, but a parent can ask any school for the dossier (the AVG applies to every school, FACTS G05; at a move to
   * another school the parents may see what is sent, G14), log it in the timeline, and its month runs all the same.
   */
  dossierNotSeenAny: (a: Answers) => conditions.hasSituation(a) && is(a, 'dossier-gezien', 'nee'),
  dossierRequestedAny: (a: Answers) => conditions.dossierNotSeenAny(a) && is(a, 'dossier-gevraagd', 'ja'),
  /** Filed, whether or not the klachtencommissie has answered ("beantwoord", session 23): the filing date is asked for both. */
  complaintFiled: (a: Answers) => conditions.hasSituation(a) && is(a, 'klacht', 'ingediend', 'beantwoord'),
  /** The klachtencommissie answered (answered so, or logged in the timeline as klacht-reactie): its 4 weeks no longer run. */
  complaintAnswered: (a: Answers) => conditions.hasSituation(a) && is(a, 'klacht', 'beantwoord'),

  // Session 46 (s45-outputs): not after a refused TLV (the child stays at its school; transport follows an admission, E15, H10,
  // 001:924), unless the parent registers at a school too.
  mayNeedTransport: (a: Answers) => (conditions.isTlv(a) && !(conditions.tlvDecisionKnown(a) && is(a, 'tlv-besluit', 'afgewezen'))) || conditions.isAanmelden(a),

  // meeting
  hasMeetingPlanned: (a: Answers) => conditions.hasSituation(a) && is(a, 'gesprek-gepland', 'ja'),
} as const;

export type ConditionName = keyof typeof conditions;

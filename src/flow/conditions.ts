import { asList, asString, type Answers } from './answers';

/**
 * Named facts about the parent's situation, read from the answers.
 * The questionnaire (when to ask), the machine (guards) and the plan rules all use these names,
 * so the logic reads like the brochure's own decision tree.
 */
const is = (a: Answers, id: string, ...values: string[]) => values.includes(asString(a[id]) ?? '');
const situation = (a: Answers, s: string) => asList(a['situatie']).includes(s);

export const conditions = {
  always: () => true,
  /** The parent chose at least one situation (not only "ik wil eerst lezen"). */
  hasSituation: (a: Answers) => asList(a['situatie']).some((s) => s !== 'lezen'),
  wantsToReadFirst: (a: Answers) => asList(a['situatie']).includes('lezen') && !conditions.hasSituation(a),

  isAanmelden: (a: Answers) => situation(a, 'aanmelden'),
  isHandelingsverlegen: (a: Answers) => situation(a, 'handelingsverlegen'),
  isThuiszitter: (a: Answers) => situation(a, 'thuiszitten'),
  isTlv: (a: Answers) => situation(a, 'tlv'),
  /** A child already at a school that is in a conflict about support or placement. */
  hasSchoolConflict: (a: Answers) =>
    situation(a, 'handelingsverlegen') || situation(a, 'thuiszitten') || situation(a, 'tlv'),

  // aanmelden
  hasRegistered: (a: Answers) => conditions.isAanmelden(a) && is(a, 'aanmelding-hoe', 'schriftelijk', 'telefonisch'),
  registeredInWriting: (a: Answers) => conditions.isAanmelden(a) && is(a, 'aanmelding-hoe', 'schriftelijk'),
  registeredByPhoneOnly: (a: Answers) => conditions.isAanmelden(a) && is(a, 'aanmelding-hoe', 'telefonisch'),
  notYetRegisteredInWriting: (a: Answers) =>
    conditions.isAanmelden(a) && is(a, 'aanmelding-hoe', 'nog-niet', 'telefonisch', 'weet-niet'),
  waitingForAdmissionDecision: (a: Answers) => conditions.registeredInWriting(a) && is(a, 'aanmelding-besluit', 'nog-niet'),
  wasRefused: (a: Answers) => conditions.registeredInWriting(a) && is(a, 'aanmelding-besluit', 'geweigerd'),
  wasAdmitted: (a: Answers) => conditions.registeredInWriting(a) && is(a, 'aanmelding-besluit', 'toegelaten'),

  // extra ondersteuning and the OPP
  hasOpp: (a: Answers) => conditions.hasSchoolConflict(a) && is(a, 'opp', 'ja'),
  lacksOpp: (a: Answers) => conditions.hasSchoolConflict(a) && is(a, 'opp', 'nee', 'weet-niet'),

  // handelingsverlegen
  schoolWantsChildToLeave: (a: Answers) => conditions.isHandelingsverlegen(a) && is(a, 'hv-wil-weg', 'ja'),
  reliesOnResearch: (a: Answers) => conditions.isHandelingsverlegen(a) || conditions.isTlv(a),

  // thuiszitten
  isSuspended: (a: Answers) => conditions.isThuiszitter(a) && is(a, 'thuis-reden', 'geschorst'),
  isRemoved: (a: Answers) => conditions.isThuiszitter(a) && is(a, 'thuis-reden', 'verwijderd'),
  isBarredButEnrolled: (a: Answers) => conditions.isThuiszitter(a) && is(a, 'thuis-reden', 'niet-welkom'),
  isOnWaitingList: (a: Answers) =>
    (conditions.isThuiszitter(a) && is(a, 'thuis-reden', 'wachtlijst')) || (conditions.isTlv(a) && is(a, 'tlv-plek', 'wachtlijst')),

  // TLV
  tlvNotYetDecided: (a: Answers) => conditions.isTlv(a) && is(a, 'tlv-fase', 'school-wil-aanvragen', 'aangevraagd'),
  tlvApplied: (a: Answers) => conditions.isTlv(a) && is(a, 'tlv-fase', 'aangevraagd', 'besluit'),
  tlvDecisionKnown: (a: Answers) => conditions.isTlv(a) && is(a, 'tlv-fase', 'besluit'),
  tlvGranted: (a: Answers) => conditions.tlvDecisionKnown(a) && is(a, 'tlv-besluit', 'toegekend'),
  disagreesWithTlvDecision: (a: Answers) => conditions.tlvDecisionKnown(a) && is(a, 'tlv-eens', 'nee'),

  mayNeedTransport: (a: Answers) => conditions.isTlv(a) || conditions.isAanmelden(a),

  // meeting
  hasMeetingPlanned: (a: Answers) => conditions.hasSituation(a) && is(a, 'gesprek-gepland', 'ja'),
} as const;

export type ConditionName = keyof typeof conditions;

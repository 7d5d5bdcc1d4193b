/**
 * The plan's steps and warnings: when each applies, its group, its deadline, its letters.
 * This is where the law lives in code. Each rule cites FACTS.md (../shared/FACTS.md) by fact id.
 * Texts: content/<lang>/steps.yaml, by the same ids.
 *
 * The rules live in src/rules/steps/, a file per situation of the brochure (aanmelden.ts, ondersteuning.ts,
 * thuiszitten.ts, tlv.ts, geschil.ts, informatie.ts), with the predicates they share (predicates.ts), the one list of
 * steps in order (index.ts) and the warnings (warnings.ts). This module is the door the rest of the app uses.
 */
export type { Contact, Moment, StepGroup, StepRule, WarningRule } from './steps/types';
export { decisionAfterObjection, FILING_STEPS, HV_NOT_KNOWN_TEXTS, OFFER_REFUSED_TEXTS, registrationDecided, twoObjectableDecisions } from './steps/predicates';
export { stepRules } from './steps/index';
export { GPO_FROM, GPO_FROM_OPP } from './steps/geschil';
export { filingRunsMeetingDayUnknown } from './steps/informatie';
export { filingEndsBeforeMeeting, uncertainFilingEndsBeforeMeeting, warningRules, REFUSAL_KEPT_OBJECTED_TEXTS, type FilingCertainty } from './steps/warnings';

/** Placeholders each step text may use, besides the deadline's own. Checked by the content build. */
export const STEP_PARAMS: Readonly<Record<string, readonly string[]>> = {
  'besluit-aanmelding': ['uiterlijk10'],
  'opp-evaluatie': ['uiterlijk', 'ditSchooljaar'],
  'verzuim-melding': ['uren'],
  'gesprek-vastleggen': ['gesprek'],
  'verzuim-niet-ingeschreven': ['uren'],
};

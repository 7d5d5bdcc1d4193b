import { deadline, TERMS, type Deadline } from '../deadlines';
import type { StepRule } from './types';
import { when, oppDispute, oldOppGpoFiled, gpoDecisionDates, gpoRefusalDate, twoGpoDecisions, gpoBeforeDecision } from './predicates';
import type { Facts } from '../facts';

/** The plan's steps for disagreement: bezwaar, the Geschillencommissie, a complaint (FACTS F). Texts: content/<lang>/steps.yaml, by the same ids. */
/**
 * Session 46 (s038-yara-gpo-over-opp-ingediend): a request to the Geschillencommissie about the OPP, logged in the timeline
 * ("Verzoek Geschillencommissie"; the questionnaire asks it only beside a refusal or a removal, so the answer is read as
 * stored). The plan kept saying "leg je zaak voor" and nothing of what follows: the hearing, the advice, the board's
 * reasoned answer (F09, F10; 001:723-731, 004:4785-4795). No term: an OPP dispute has no decision to count from.
 */
const oppGpoFiled = (f: Facts): boolean => oppDispute(f) && f.stored('gpo-ingediend') === 'ja';

/**
 * Session 54 (lawyer-s54-gh D1): the klacht steps said "a complaint does not stop the 6 weeks for bezwaar; the term for the
 * Geschillencommissie runs on" in every story. Without a decision the GPO hears (F07: a refusal of a child needing support,
 * a removal) and without an OPP dispute, no GPO term runs: a TLV bezwaar goes to the SWV (E16/E17, §X.9) and its 6 weeks
 * are EXT (E18, §X.3). The steps then say that a complaint stops no term, and a bezwaar term runs on if there is one.
 */
export const COMPLAINT_NO_GPO_TEXTS = { file: 'ui:s52.planStep.klachtGeenGpo', filed: 'ui:s52.planStep.klachtLooptGeenGpo' } as const;
/**
 * D5: an OPP dispute without a decision: no bezwaar term runs (A21, C09 count from a refusal or removal); a term for the
 * Geschillencommissie about the OPP may run, its start not known (F07, §X.2).
 */
export const COMPLAINT_OPP_TEXTS = { file: 'ui:s52.planStep.klachtOpp', filed: 'ui:s52.planStep.klachtLooptOpp' } as const;
const complaintTexts = (f: Facts, which: 'file' | 'filed'): string | undefined =>
  f.is('hasGpoDecision') ? undefined : oppDispute(f) ? COMPLAINT_OPP_TEXTS[which] : COMPLAINT_NO_GPO_TEXTS[which];

/** Session 67 (s67-first): gpo-loopt's texts for a filed case about the old school's OPP, the child at a new school (oldOppGpoFiled). */
export const GPO_OLD_OPP_TEXTS = 'ui:first67.planStep.gpoLooptOudeSchool';

/**
 * The geschillencommissie step's param naming the kind of decision its term counts from: 'weigering' or 'verwijdering'.
 * Session 68 (s68-gpoopp): 'opp' for an OPP dispute without such a decision: a term may run, its start is not known (F07,
 * §X.2), so the step has no date; the first screen says that a term may run (src/ui/firstThings.ts gpoOpp).
 */
export const GPO_FROM = 'telt-van';
export const GPO_FROM_OPP = 'opp';

function gpoTerm(f: Facts): Deadline | undefined {
  if (!(f.answeredNot('gpo-ingediend', 'ja') || twoGpoDecisions(f) || gpoBeforeDecision(f))) return undefined;
  // Session 35: a request dated between the two decisions is against the first: only the later one's term is open.
  const filed = f.oneOf('gpo-ingediend', 'ja') ? f.date('gpo-datum') : undefined;
  const dates = gpoDecisionDates(f);
  const open = filed !== undefined && dates.length === 2 && dates[0]! <= filed && filed < dates[1]! ? dates.slice(1) : dates;
  const terms = open.map((s) => deadline(s, 'besluit-bekend', TERMS.gpoWeeks, 'weeks', f.today));
  return terms.find((d) => d.status !== 'passed') ?? terms.at(-1);
}

/**
 * Session 68 (s68-blind D2): a bezwaar against the SWV's TLV decision alone (no refusal or removal beside it). bezwaar-loopt
 * said "Het bestuur of samenwerkingsverband beslist" and pointed to the Geschillencommissie for a removal or a refusal,
 * nothing of the bezwaar committee. Its own texts: the SWV's own committee or the LBT advises, the SWV decides again on
 * paper with reasons (E16, E17; 001:939-941, 000:929-936); the TLV bezwaar does not go through the Geschillencommissie
 * (F07, §X.9); the school where the child is enrolled stays responsible meanwhile (E19, C22).
 */
export const BEZWAAR_LOOPT_TLV_TEXTS = 'ui:blind68.planStep.bezwaarLooptTlv';
const tlvObjectionOnly = (f: Facts): boolean =>
  f.is('disagreesWithTlvDecision') && !f.is('refusalStands') && !f.is('hasRemovalDecision');
/**
 * Session 75: the only decision the answers hold that a bezwaar can be against is a removal (the board decides on it).
 * Session 76 (s76-misc, 1): or a refusal of admission, or both: the bezwaar against a refusal goes to the bevoegd gezag, the
 * school board, which decided on the admission and decides on the bezwaar (A04, A21; 002:744-750, 805-807 fn 19: the Awb or
 * WPO art. 63). Not with a TLV decision beside it (the SWV decides on that bezwaar: E16, E17).
 */
const boardObjectionOnly = (f: Facts): boolean =>
  (f.is('hasRemovalDecision') || f.is('refusalStands')) && !f.is('disagreesWithTlvDecision');
/**
 * Session 76 (s76-misc, 1): bezwaar-loopt's texts for a bezwaar the school board alone decides on: "Het schoolbestuur beslist"
 * instead of "Het bestuur of samenwerkingsverband beslist" (C09, A21, F09).
 */
export const BEZWAAR_LOOPT_BOARD_TEXTS = 'ui:misc76.planStep.bezwaarLooptBestuur';
/** bezwaar-loopt's own texts (the rule's: none, the TLV's or the board's), which the timeline and plan.ts may replace. */
export const ownObjectionTexts = (texts: string | undefined): boolean =>
  texts === undefined || texts === BEZWAAR_LOOPT_TLV_TEXTS || texts === BEZWAAR_LOOPT_BOARD_TEXTS;

export const disputeSteps: readonly StepRule[] = [
  {
    // F07/F13, §X.2: the Geschillencommissie, beside the bezwaar and from the same decision (001:723-729; 002:94-101);
    // 6 weeks is EXT (certain: false). For an OPP dispute no start of the clock is known: no date.
    id: 'geschillencommissie', uncertain: true, group: 'nu', lateGroup: 'nu', section: 'geschillencommissie', contacts: ['geschillencommissie'],
    groupFor: (f) => (f.is('hasGpoDecision') ? 'nu' : 'als-het-niet-lukt'),
    applies: (f) => (f.is('hasGpoDecision') && (f.answeredNot('gpo-ingediend', 'ja') || twoGpoDecisions(f) || gpoBeforeDecision(f))) || (oppDispute(f) && !f.is('gpoFiled') && !oppGpoFiled(f)),
    // From the earliest decision the GPO handles whose 6 weeks are still open: with a refusal and a removal, the first
    // one's 6 weeks end first (session 19: before, the refusal's date was used even when the removal's weeks ended
    // earlier). Session 23 (s23-first): once the first decision's weeks have passed, the second decision's weeks still
    // run (each decision can go to the commission, 001:723-729), so the step counts from that one; before, it said
    // "voorbij" on the first screen while the removal's bezwaar and its GPO request were open for four more weeks.
    // With every term passed: the last to end (the nearest passed day).
    deadline: gpoTerm,
    // Session 52 (lawyer-s52-refusal D3): which decision the term counts from (GPO_FROM), for the first screen's choice line
    // after an admission elsewhere: the GPO is a choice there only when it counts from the refusal.
    params: (f): Record<string, string> => {
      const start = gpoTerm(f)?.start;
      if (start === undefined) return oppDispute(f) && !f.is('hasGpoDecision') ? { [GPO_FROM]: GPO_FROM_OPP } : {};
      return { [GPO_FROM]: start === gpoRefusalDate(f) ? 'weigering' : 'verwijdering' };
    },
  },
  {
    // E16/E17, A21, C08: the objection runs: ask for a written, reasoned decision on it; the GPO beside it.
    id: 'bezwaar-loopt', group: 'binnenkort', section: 'bezwaar-maken', contacts: ['schoolbestuur'],
    applies: (f) => f.is('objectionFiled'),
    texts: (f) => (tlvObjectionOnly(f) ? BEZWAAR_LOOPT_TLV_TEXTS : boardObjectionOnly(f) ? BEZWAAR_LOOPT_BOARD_TEXTS : undefined),
    // Session 75 (s75-removal, 3): a bezwaar against a removal goes to the school board (bevoegd gezag), which decides on it
    // (C09, 002:846-850; F09, F13): "Met wie" no longer names the samenwerkingsverband there. Session 76 (s76-misc, 1): the
    // same for a refusal (A21). A TLV bezwaar goes to the samenwerkingsverband (E16, E17), and a bezwaar the answers do not
    // place keeps both, as before.
    addContacts: (f) => (boardObjectionOnly(f) ? [] : ['samenwerkingsverband']),
  },
  {
    // F09/F10 (001:731; 004:4792-4795): the GPO hears both sides; its advice weighs heavily; the board answers in writing.
    id: 'gpo-loopt', group: 'binnenkort', section: 'geschillencommissie', contacts: ['geschillencommissie', 'schoolbestuur'],
    // Session 67 (s67-first): also a filed case about the old school's OPP after a move with a TLV (oldOppGpoFiled), with its
    // own text: the case runs on; what the move means for it is not in the sources: ask the steunpunt or the commission.
    applies: (f) => f.is('gpoFiled') || oppGpoFiled(f) || oldOppGpoFiled(f),
    texts: (f) => (oldOppGpoFiled(f) ? GPO_OLD_OPP_TEXTS : undefined),
    // Its text sends her to the ouder- en jeugdsteunpunt to ask whether to go on: "Met wie" names it too (session 67).
    addContacts: (f) => (oldOppGpoFiled(f) ? ['steunpunt'] : []),
  },
  {
    // F15: the complaints procedure; a complaint does not stop the bezwaar or GPO terms (002:748-750, 846-850).
    id: 'klacht-indienen', group: 'binnenkort', section: 'klacht-indienen', letters: ['klacht'], contacts: ['klachtencommissie'],
    applies: (f) => f.is('hasSituation') && f.oneOf('klacht', 'wil'),
    texts: (f) => complaintTexts(f, 'file'),
  },
  {
    // F15, §X.13: the klachtencommissie's 4 weeks is only in the brochure (000:1054; certain: false), from the filing date.
    id: 'klacht-loopt', uncertain: true, group: 'binnenkort', lateGroup: 'nu', section: 'klacht-indienen', contacts: ['klachtencommissie'],
    // Session 23: not once the committee's answer is in (answered so, or logged as klacht-reactie): the plan then chased a passed date.
    applies: (f) => f.is('complaintFiled') && !f.is('complaintAnswered'),
    texts: (f) => complaintTexts(f, 'filed'),
    deadline: (f) => when(f.date('klacht-datum'), (s) => deadline(s, 'klacht-ingediend', TERMS.complaintResponseWeeks, 'weeks', f.today)),
  },
  {
    // Session 23, F15 (000:1050-1055): the committee answered; its advice is not binding and the school decides what it
    // does with it. By when is not in the sources: the text says so and whom to ask. The bezwaar and GPO terms run on.
    id: 'klacht-beantwoord', group: 'binnenkort', section: 'klacht-indienen', contacts: ['school', 'steunpunt'],
    applies: (f) => f.is('complaintAnswered'),
  },
];

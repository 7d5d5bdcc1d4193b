/**
 * Ids of the steps the timeline adds for older decisions (src/timeline/earlier.ts) that rules elsewhere name too: the
 * filing terms (predicates.ts FILING_STEPS), the first screen and the gesprekskaart (order.ts passedEarlierDecision) and
 * the Geschillencommissie beside a decision (earlier.ts earlierGpoSteps). One spelling here; before session 50 they were
 * written out in four places.
 *
 * A family is one step per decision: the first has the bare id, the others `<id>-2`, `<id>-3`, … by the decision's place,
 * so a tick (tickKey) stays with its decision when an earlier one passes.
 */
export const EARLIER_REFUSAL = 'eerdere-weigering';
export const EARLIER_REMOVAL = 'eerdere-verwijdering';
export const LATER_REMOVAL = 'latere-verwijdering';
export const EARLIER_TLV_REFUSAL = 'eerdere-tlv-afwijzing';
export const EARLIER_TLV_GRANT = 'eerdere-tlv-toekenning';
export const EARLIER_GPO = 'eerdere-geschillencommissie';
export const TLV_REFUSAL_THEN_GRANTED = 'tlv-afwijzing-voor-toekenning';
/** Session 74 (s74-notes): moved here from src/timeline/earlier.ts, which re-exports them, for the holiday notes (plan.ts). */
export const REFUSAL_THEN_ADMITTED = 'weigering-voor-toelating';
export const PHONE_DECISION = 'besluit-telefoon-bezwaar';
/**
 * Session 46 (s040-ilias-twee-scholen-beide-wachten): registered at more schools (meer-scholen: ja), each registration
 * logged. The plan's decision step counts from the latest (the answers hold one date); each earlier registration of the
 * same kind (received, or sent) with no decision on paper logged since (before the latest) gets its own step (until
 * session 54 only while its 6 weeks or the 4 more could still run; now also after, saying the school is late:
 * registrationStep): every school decides within 6 weeks of its own receipt (A04, A05; 001:119, 002:744-746). Before,
 * the first choice's day (two days earlier) was on no screen. Whose zorgplicht it is follows the
 * parent's first choice, not the order (A25; 000:318-321). Not when a decision after both leaves no step to count from.
 *
 * Session 78 (s78-left, 2): moved here from src/timeline/earlier.ts (which adds these steps): the plan's holidayNote gives
 * them the admission step's Christmas note, that school's own 6 (or 10) weeks.
 */
export const EARLIER_REGISTRATION = 'eerdere-aanmelding';

/** The id of the family member at `place` (0-based): `base`, then `base-2`, `base-3`, … */
export const memberId = (base: string, place: number): string => (place === 0 ? base : `${base}-${place + 1}`);

/** The ids a family can take: `base`, `base-2`, … `base-<count>`. */
export const family = (base: string, count: number): string[] => Array.from({ length: count }, (_, i) => memberId(base, i));

/** Whether `id` is `base` or `base-<n>`. */
export const inFamily = (base: string, id: string): boolean =>
  id === base || (id.startsWith(`${base}-`) && /^\d+$/.test(id.slice(base.length + 1)));

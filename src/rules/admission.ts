import type { Facts } from './facts';
import type { IsoDate } from './dates';
import { addWeeks } from './calendar';
import { TERMS } from './deadlines';

/**
 * The school's term for its admission decision (A04/A05: 6 weeks from receipt, once at most 4 more), read the same way by
 * the plan (src/rules/steps/aanmelden.ts besluit-aanmelding) and the reminder letter (letters.ts datum_besluit_uiterlijk). Session 38: the
 * letter read the extension from the answers that apply only, so after a refusal by phone (where the question is not
 * asked) it counted 6 weeks while the plan counted 10, and told the school its last day had passed four weeks early.
 */

/**
 * The parent registered (again) after a written refusal: the registration's date lies after the refusal's, which
 * cannot be the refused registration itself. That is a new registration, at the next school (A24-A26) or the same one,
 * with its own decision term of 6 weeks from receipt (A04/A05). Logged in the timeline ("Aanmelding ontvangen" after
 * "Besluit op papier - geweigerd") or answered so; the refusal and its bezwaar stay (session 22: before, this
 * registration had a date only in the timeline's "te laat?", not in the plan).
 */
export const registeredAfterRefusal = (f: Facts): boolean => {
  const registered = f.date('aanmelding-datum');
  const refused = f.date('weigering-datum');
  return f.is('refusalMayBeWritten') && registered !== undefined && refused !== undefined && registered > refused;
};

/**
 * Session 77 (s77-enrolled, 4): registered in writing while the school wants the child gone (a removal, "niet welkom", a
 * school that wants her to leave: wantedGoneRegisteredElsewhere, no refusal of this registration). The registration the
 * answers hold is then at a new school, not at the school that wants her gone: its own decision term counts from that
 * school's receipt (A01, A04; 001:119), and a confirmation from the school she is leaving does not count for it. The answers
 * hold no school's name: the texts say "de nieuwe school". Not after a refusal (registeredAfterRefusal has its own texts).
 */
export const registeredWhileWantedGone = (f: Facts): boolean => f.is('wantedGoneRegisteredElsewhere') && !registeredAfterRefusal(f);

/**
 * Whether the school extended its term ("ja", "nee", "weet-niet", or undefined). Session 35: a refusal by phone is no
 * decision (A20), so an extension the school gave before it still holds, though the question is no longer asked once the
 * parent says "geweigerd". Not for a registration after a refusal: that is a new term.
 */
export const admissionExtension = (f: Facts): string | undefined =>
  f.is('refusedOnlyOrally') && !registeredAfterRefusal(f) ? f.stored('aanmelding-verlengd') : f.value('aanmelding-verlengd');

/**
 * Session 45 (s035-verlenging-na-zes-weken): the school may extend its 6 weeks once (A05; 001:119, 002:744-746), while
 * they run. An extension told after the 6 weeks from `receipt` had ended is late: not counted as given. Read the same way
 * by the timeline's answers (lateExtension in src/timeline/model.ts), its "te laat?" (admissionExtended there) and the
 * decision step's note (lateExtensionNotes in src/timeline/earlier.ts).
 */
export const extensionAfterTerm = (extended: IsoDate, receipt: IsoDate): boolean =>
  extended > addWeeks(receipt, TERMS.admissionDecisionWeeks);

import { deadline, TERMS, type Deadline } from '../rules/deadlines';
import { addDays, addMonths, addWeeks, daysBetween } from '../rules/calendar';
import { SUSPENSION_DAYS } from '../rules/steps/warnings';
import { isIsoDate, type IsoDate } from '../rules/dates';
import { extensionAfterTerm } from '../rules/admission';
import { onlySent } from '../rules/letters';
import { DECISION_ON_OBJECTION_NOTE, GPO_FROM_OBJECTION_DECISION_NOTE, OBJECTION_MAY_BE_DECIDED_TEXTS, SCHOOL_DECISION_ON_OBJECTION_NOTE, stepOf, TLV_LOG_END_NOTE, type Plan, type PlanStep } from '../rules/plan';
import { factsFrom } from '../rules/facts';
import { BESLUIT_AANMELDING_OLDER_TEXTS } from '../rules/steps/aanmelden';
import { BEZWAAR_LOOPT_BOARD_TEXTS, BEZWAAR_LOOPT_TLV_TEXTS, ownObjectionTexts } from '../rules/steps/geschil';
import { EARLIER_GPO, EARLIER_REFUSAL, EARLIER_REGISTRATION, EARLIER_REMOVAL, EARLIER_TLV_GRANT, EARLIER_TLV_REFUSAL, LATER_REMOVAL, TLV_REFUSAL_THEN_GRANTED, inFamily, memberId, PHONE_DECISION, REFUSAL_THEN_ADMITTED } from '../rules/steps/ids';
import { GPO_FROM, GPO_FROM_OPP, stepRules } from '../rules/catalogue';
import { LETTER_AFTER_OBJECTION_BOARD_TEXTS, LETTER_AFTER_OBJECTION_TEXTS, LETTER_AFTER_OBJECTION_TLV_TEXTS, OBJECTION_DECIDED_TEXTS } from '../rules/order';
import { asString, type Answers } from '../flow/answers';
import { conditions } from '../flow/conditions';
import { REGISTRATION_KINDS, answeredDossierRequest, correctionsOnly, firstWaitingDossierRequest, inOrder, otherRegistrationsOpenAt, registrationsOf, replay, spokenReceipt, toldOnlyOrally, writtenDecisionDays, type Events, type TimelineEvent } from './model';
import { isCorrectionRequest, isLegal, ORAL_HOWS, type Party } from './effects';

/** The step's own texts: none, or (s66-blind D1) besluit-aanmelding's for a child in groep 3 to 8, the same words less one rule. */
const ownTexts = (s: PlanStep): boolean => s.texts === undefined || s.texts === BESLUIT_AANMELDING_OLDER_TEXTS;

/**
 * Session 25 (s25-months): an earlier refusal whose 6 weeks for bezwaar still run, once a later refusal was logged.
 *
 * The answers hold one refusal (weigering-datum): the latest logged one writes it. A parent who registers at the next
 * school after a refusal (A24-A26; FP-P3, 002:1532-1536) and is refused there too, within six weeks, still has the first
 * refusal's bezwaar (6 weeks from the decision, 002:748-750): a new refusal does not stop it. Before, logging the second
 * refusal silently took the first one's date out of the plan. This step comes from the timeline, beside the plan's own
 * bezwaar-weigering (which holds the latest refusal), like the steps of a recorded meeting (src/meeting/plan.ts).
 *
 * `planRefusal` is the refusal the plan's own bezwaar step counts from (when it shows): a refusal the parent answered in the
 * questionnaire after the logged ones.
 *
 * Shown only while its last day has not passed (nothing is lost by not showing a passed term of an older decision: the
 * plan's own step speaks about the latest one), and not when a bezwaar is logged between that refusal and the next one
 * (it can only be against that refusal). A bezwaar logged after the later refusal cannot be placed: the step stays and
 * its text says "have you already objected to this decision? Then nothing more to do"; the latest refusal's own bezwaar
 * step, which the plan then drops, comes back while that term runs (the safe side).
 *
 * Session 26 (s26-open): every open earlier refusal has its own step (ids eerdere-weigering, eerdere-weigering-2, … by
 * the refusal's place among the logged ones); the latest written refusal with an admission logged after it keeps its
 * term (weigering-voor-toelating: the timeline cannot tell the same school from the next one, its text says it is a
 * choice); a bezwaar that may be against an earlier refusal still running does not take a later one's step away.
 * Also here: a written removal decision before one logged by phone (writtenRemovalSteps), a decision logged by phone
 * that may have come on paper after all (phoneDecisionSteps), and timelineSteps, which the plan page and the
 * gesprekskaart both use.
 */
export { EARLIER_GPO, EARLIER_REFUSAL, EARLIER_REMOVAL, EARLIER_TLV_GRANT, EARLIER_TLV_REFUSAL, LATER_REMOVAL, TLV_REFUSAL_THEN_GRANTED };
export const EARLIER_REFUSAL_TEXTS = 'ui:months.planStep.eerdereWeigering';
/** Session 26: the latest written refusal with an admission logged after it (same school or the next one: unknown). */
export { REFUSAL_THEN_ADMITTED } from '../rules/steps/ids';
export const REFUSAL_THEN_ADMITTED_TEXTS = 'ui:open26.planStep.weigeringVoorToelating';

/** The 6 weeks for bezwaar against a decision made known on `date` (002:748-750, 846-850). */
const objectionTerm = (date: IsoDate, today: IsoDate) => deadline(date, 'besluit-bekend', TERMS.objectionWeeks, 'weeks', today);
/**
 * Session 49: an earlier decision's passed term stays on the plan, passed (its `late` text says what can still be done),
 * while the 6 weeks of the latest decision (made known on `latest`) run, if it still ran on that day. One rule for an
 * earlier refusal (earlierRefusalSteps) and an earlier removal letter (earlierLetters).
 */
const toldPassed = (term: Deadline, latest: IsoDate, today: IsoDate) => term.due >= latest && objectionTerm(latest, today).status !== 'passed';
/** A bezwaar logged on paper or by e-mail (session 34: one logged by phone or in a talk is no bezwaar, EFFECTS oralHows). */
const isObjection = (e: TimelineEvent) => e.kind === 'bezwaar-ingediend' && !toldOnlyOrally(e);
/** A bezwaar logged on or after `date`. */
const objectedSince = (ordered: Events, date: IsoDate) => ordered.some((e) => isObjection(e) && e.date >= date);
/**
 * No bezwaar since `date`: none logged on paper on or after it, and none answered in the questions ("bezwaar ingediend: ja")
 * on or after it or on a day not known. A passed term is told only then (lawyer-s49-changes D1; session 50: for removal
 * letters too): to a parent who objected, "the 6 weeks are over" is wrong.
 */
const noObjectionSince = (ordered: Events, date: IsoDate, answered?: IsoDate | 'unknown') =>
  !objectedSince(ordered, date) && !(answered === 'unknown' || (answered !== undefined && answered >= date));

/**
 * Session 51 (lawyer-s50-refusal D8, D11): a decision told by phone or in a talk on or after a decision of its kind on
 * paper, with no registration on paper logged between them, is that decision told again (EFFECTS overtakenBy
 * earlierUnlessAfter, sessions 28 and 30): it writes nothing and is no news. Only after such a registration is it news
 * (the next school's "no", A20, FP02).
 */
const toldAgain = (e: TimelineEvent, ordered: Events) => toldOnlyOrally(e) && ordered.some((p) => p.kind === e.kind && !toldOnlyOrally(p) && p.date <= e.date
  && !ordered.some((x) => REGISTRATION_KINDS.includes(x.kind) && !toldOnlyOrally(x) && x.date > p.date && x.date <= e.date));

/**
 * The refusals earlierRefusalSteps reads, each with its place among all logged refusals (`n`, for the step id). Session 51:
 * not a call that is a refusal on paper told again (lawyer-s50-refusal D11: a bezwaar after the next school's letter and
 * its call made that letter an "earlier refusal" beside the plan's own step for it: one decision twice), and one refusal on
 * paper per day, the first logged (D12: the letter, a call and the e-mail on one day gave two steps for that day).
 */
function refusalsRead(ordered: Events): { r: TimelineEvent; n: number }[] {
  const all = ordered.filter((e) => e.kind === 'besluit-geweigerd');
  return all.map((r, n) => ({ r, n })).filter(({ r, n }) => !toldAgain(r, ordered)
    && (toldOnlyOrally(r) || !all.slice(0, n).some((x) => x.date === r.date && !toldOnlyOrally(x))));
}

export function earlierRefusalSteps(events: Events, today: IsoDate, planRefusal?: IsoDate, answeredObjection?: IsoDate | 'unknown', otherDecisions: readonly IsoDate[] = []): PlanStep[] {
  const ordered = inOrder(events);
  const read = refusalsRead(ordered);
  const refusals = read.map((x) => x.r);
  const bezwaren = ordered.filter(isObjection);
  const open: { date: IsoDate; id: string; admitted: boolean; n: number; term: Deadline }[] = [];
  // The latest refusal on paper, logged or (later) answered in the questions.
  const written = refusals.filter((r) => !toldOnlyOrally(r)).map((r) => r.date);
  const latestWritten = [...written, ...(planRefusal !== undefined ? [planRefusal] : [])].sort().at(-1);
  refusals.forEach((r, i) => {
    // A refusal told only by phone is no decision and has no bezwaar (A20, FP02); it still ends the one before.
    if (toldOnlyOrally(r)) return;
    // The plan's own bezwaar step counts from this refusal: no second step for it (session 26).
    if (planRefusal !== undefined && planRefusal === r.date) return;
    // The next refusal: the next one logged, or the plan's own when the questionnaire holds a later one (the logged
    // refusals are then all older: EFFECTS overtakenBy).
    const next = refusals[i + 1] ?? (planRefusal !== undefined && planRefusal > r.date ? { date: planRefusal } : undefined);
    // One on the same day as the next is the same decision; unless the next is only by phone: then this letter is the
    // decision and its 6 weeks run (session 26: before, a phone call logged after the letter on its day took them away).
    if (next && next.date === r.date && !('kind' in next && toldOnlyOrally(next))) return;
    // Session 26: the latest refusal, then an admission logged after it ("Toegelaten"). The timeline cannot tell whether
    // the same school changed its mind or the next school admitted the child; the answers then hold "toegelaten" and the
    // plan shows the refusal's bezwaar only when they show a registration after the refusal (refusedThenAdmittedElsewhere).
    // Otherwise the refusal's running 6 weeks (002:748-750) vanished. Kept as its own step, whose text says it is a choice.
    // Session 35: a call on this refusal's own day is this refusal told again (session 28), not a next refusal: with an
    // admission after it, this is still the latest refusal (before, the step said "a later refusal" and was no choice).
    const told = next !== undefined && 'kind' in next && refusals.slice(i + 1).every((x) => x.date === r.date && toldOnlyOrally(x));
    const admitted = (!next || told) && ordered.slice(ordered.indexOf(r) + 1).some((e) => e.kind === 'besluit-toegelaten');
    if (!next && !admitted) return;
    // A bezwaar between this refusal and the next is against it, unless an earlier written refusal's 6 weeks still ran on
    // that day (session 26: three refusals; the bezwaar may be against the first, and then the second's term vanished):
    // it cannot be placed, and this step stays (its text says: already objected to this decision? nothing more to do).
    // After an admission, any bezwaar since the refusal counts.
    // Session 53 (lawyer-s53-months D1): nor when another decision's 6 weeks ran on that day (`otherDecisions`: a removal on
    // paper, a TLV decision the parent disagrees with): the bezwaar may be against that one. Before, after an admission, one
    // bezwaar took this refusal's term away while the plan read the same bezwaar as against the removal or the TLV decision.
    const earlierOpenOn = (day: IsoDate) =>
      refusals.some((x, j) => j < i && x.date < r.date && !toldOnlyOrally(x) && addWeeks(x.date, TERMS.objectionWeeks) >= day)
      || otherDecisions.some((d) => d <= day && addWeeks(d, TERMS.objectionWeeks) >= day);
    // Session 35: up to the next refusal on paper. A refusal by phone is no decision and cannot be objected to: a bezwaar
    // after it is against this one (before, with the answered refusal told again by phone on its day, then a bezwaar, the
    // step stayed and asked for the bezwaar already made).
    const nextPaper = refusals.slice(i + 1).find((x) => !toldOnlyOrally(x)) ?? (planRefusal !== undefined && planRefusal > r.date ? { date: planRefusal } : undefined);
    if (bezwaren.some((b) => b.date >= r.date && (nextPaper === undefined || b.date < nextPaper.date) && !earlierOpenOn(b.date))) return;
    const term = objectionTerm(r.date, today);
    // Session 49 (hunt-s47 found 1): a term that still ran when the latest refusal came stays once passed (its `late` text
    // says what can still be done) while the latest refusal's own 6 weeks run: the day after its last day the parent is
    // told, not shown nothing. Not after a bezwaar logged since it (it may be against this one). Once the latest term has
    // passed too, the plan's own step (passed, with its own `late` text) speaks for them.
    const stays = latestWritten !== undefined && latestWritten > r.date && toldPassed(term, latestWritten, today) && noObjectionSince(ordered, r.date, answeredObjection);
    // Session 51 (lawyer-s50-refusal D6): passed, it stays too while the 6 weeks that may run from a later call run (the
    // next school's "no" by phone, phoneDecisionSteps), as for a removal letter (writtenRemovalSteps, lawyer-s50-removal
    // D5). Before, the day after its last day the plan said nothing more of the letter; without the call it said what can
    // still be done.
    const call = refusals.at(-1);
    const beforeCall = call !== undefined && toldOnlyOrally(call) && call.date > r.date && toldPassed(term, call.date, today) && noObjectionSince(ordered, r.date, answeredObjection);
    if (term.status !== 'passed' || stays || beforeCall) open.push({ date: r.date, id: r.id, admitted, n: read[i]!.n, term });
  });
  // Session 26: every open one has its own step (three refusals within six weeks: two earlier terms run at once). Before,
  // only the earliest had one and the second showed only once the first had passed. Ids are unique for the page and stay
  // with their refusal (its place among the logged refusals) when an earlier one passes: a tick (tickKey) stays on it.
  const steps: PlanStep[] = open.map((r) => ({
    id: r.admitted ? REFUSAL_THEN_ADMITTED : memberId(EARLIER_REFUSAL, r.n),
    texts: r.admitted ? REFUSAL_THEN_ADMITTED_TEXTS : EARLIER_REFUSAL_TEXTS,
    group: 'nu', section: 'weigering', letters: ['bezwaar-weigering-verwijdering'],
    contacts: ['schoolbestuur'], deadline: r.term, params: { besluit: r.date },
  }));
  // A bezwaar logged on or after the latest refusal, while the earlier one's term runs, cannot be placed: sent from this
  // step's letter ("Ik heb deze brief verstuurd") it is against the earlier refusal, yet the plan reads it as against the
  // latest one and drops that one's bezwaar step. Both stay then, with their own dates (the safe side, as for a refusal
  // and a removal: bezwaar-twee-besluiten). `planRefusal` undefined: the plan does not show its bezwaar step.
  // Session 46 (hunt-s46 found 1): an earlier refusal whose term ran on the bezwaar's day, not today. Once the first
  // refusal's 6 weeks had passed, the latest refusal's certain term (13 days left) left the plan.
  const latest = [...refusals].reverse().find((x) => !toldOnlyOrally(x));
  const unplaced = (b: TimelineEvent) =>
    latest !== undefined && b.date >= latest.date && refusals.some((x) => x.date < latest.date && !toldOnlyOrally(x) && addWeeks(x.date, TERMS.objectionWeeks) >= b.date);
  // Session 52: not when the latest refusal already has its step here (weigering-voor-toelating: an admission came after it,
  // and its text says a bezwaar already made need not be made again). Before, the same decision had two steps with one term.
  if (planRefusal === undefined && latest && !open.some((r) => r.date === latest.date) && bezwaren.some(unplaced) && objectedSince(ordered, latest.date)) {
    const d = objectionTerm(latest.date, today);
    if (d.status !== 'passed') steps.push(unplacedObjectionStep(PLAN_REFUSAL, d, latest.date));
  }
  return steps;
}

/** The plan's own bezwaar step against a refusal (src/rules/steps/aanmelden.ts); its texts are that step's. */
const PLAN_REFUSAL = 'bezwaar-weigering';
/** The plan's own bezwaar step against a removal (src/rules/steps/thuiszitten.ts); its texts are that step's. */
const PLAN_REMOVAL = 'bezwaar-verwijdering';

/**
 * Session 51: the plan's own bezwaar step brought back when a bezwaar logged after the latest decision of `date` cannot be
 * placed (an earlier decision's 6 weeks still ran on its day: earlierRefusalSteps, unplacedRemovalObjection). One builder
 * for a refusal and a removal (before, the same object literal twice). Its note says we do not know which decision the
 * bezwaar is against, and to check that the bezwaar letter names this one (`besluit`: its day).
 */
export const UNPLACED_OBJECTION_NOTE = 'ui:reg35.bezwaarNietGeplaatst';
const unplacedObjectionStep = (id: typeof PLAN_REFUSAL | typeof PLAN_REMOVAL, deadline: Deadline, date: IsoDate): PlanStep => ({
  id, group: 'nu', section: id === PLAN_REFUSAL ? 'weigering' : 'schorsing-verwijdering', letters: ['bezwaar-weigering-verwijdering'],
  contacts: ['schoolbestuur'], deadline, params: { besluit: date }, note: UNPLACED_OBJECTION_NOTE,
});

/**
 * Session 26: a refusal or removal decision logged with "Hoe? Telefoon" starts no clock (EFFECTS oral; A20, FP02): the plan
 * asks for the decision on paper. A parent who did get the letter and picked "Telefoon" by mistake had no bezwaar date in
 * the plan at all. Beside "ask for it on paper", this step names the 6 weeks (002:748-750, 846-850) as a possible term:
 * "did you get it on paper after all? then ...", marked not certain (certain: false), counted from the logged day (the
 * earliest day a letter can have come: a later letter only moves the last day later, so the date shown is never too late).
 *
 * Only the latest such decision of each kind, while no written decision of that kind is logged after it, no bezwaar is
 * logged on or after it, the plan has no bezwaar step of its own with a date (session 30: one counting from an earlier day
 * is the decision the call told again), and the 6 weeks have not passed.
 */
export { PHONE_DECISION } from '../rules/steps/ids';
// The step's texts are defined in the order's file (session 81: the plan page's first screen reads them without this file).
export { PHONE_DECISION_TEXTS, TALK_DECISION_TEXTS } from '../rules/order';
import { PHONE_DECISION_TEXTS, TALK_DECISION_TEXTS } from '../rules/order';

const PHONE_KINDS = [
  { kind: 'besluit-geweigerd', planStep: 'bezwaar-weigering' },
  { kind: 'verwijdering-besluit', planStep: 'bezwaar-verwijdering' },
] as const;

export function phoneDecisionSteps(events: Events, today: IsoDate, plan: Pick<Plan, 'steps'>): PlanStep[] {
  const ordered = inOrder(events);
  const steps: PlanStep[] = [];
  for (const { kind, planStep } of PHONE_KINDS) {
    const ofKind = ordered.filter((e) => e.kind === kind);
    const last = ofKind.at(-1);
    // The latest decision of this kind: told by phone. A written one after it counts instead (the plan's own step).
    if (!last || !toldOnlyOrally(last)) continue;
    // Session 51 (lawyer-s50-refusal D8): only a bezwaar that can be against the decision the call told takes this step
    // away: not one logged while an earlier decision of its kind on paper still ran (it can be against that one, whose own
    // step it takes away). Before, a bezwaar after the first school's letter and the next school's "no" by phone took both
    // away: if the next school's letter came after all, its 6 weeks were named nowhere. A call that is a decision on paper
    // told again (toldAgain) is no news: no step of its own.
    if (toldAgain(last, ordered)) continue;
    const written = ofKind.filter((e) => !toldOnlyOrally(e) && e.date < last.date).map((e) => e.date);
    if (ordered.some((b) => isObjection(b) && b.date >= last.date && !written.some((w) => addWeeks(w, TERMS.objectionWeeks) >= b.date))) continue;
    const own = plan.steps.find((s) => s.id === planStep)?.deadline?.start;
    // Session 30: the plan's own step counting from an earlier day means the call wrote nothing over that decision (a call
    // that is news writes "nee"/"mondeling", and the own step leaves the plan): it is the decision on paper told again
    // (EFFECTS overtakenBy, earlierUnlessAfter). Before, this step stood beside it saying "no term runs yet, ask for it on
    // paper" while the plan counted the letter's 6 weeks.
    if (own !== undefined) continue;
    // A letter with the decision logged on the same day: that is the decision, with its own certain step.
    if (ofKind.some((e) => e.date === last.date && !toldOnlyOrally(e))) continue;
    const d = objectionTerm(last.date, today);
    if (d.status === 'passed') continue;
    steps.push({
      // "Binnenkort" (order.ts moves it to "Nu doen" in its last 14 days): asking for the decision on paper stays the first
      // action; the first screen still names its day as the next date when no other is nearer, with "niet zeker".
      id: memberId(PHONE_DECISION, steps.length), texts: last.how === 'gesprek' ? TALK_DECISION_TEXTS : PHONE_DECISION_TEXTS, group: 'binnenkort',
      section: kind === 'besluit-geweigerd' ? 'weigering' : 'schorsing-verwijdering', letters: ['bezwaar-weigering-verwijdering'],
      contacts: ['schoolbestuur'], deadline: { ...d, certain: false }, params: { besluit: last.date },
    });
  }
  return steps;
}

/**
 * Session 26: a written removal decision, then a removal decision logged "by phone" after it (the board calls about the
 * removal): the phone event wrote "mondeling" over "schriftelijk" and the written decision's 6 weeks for bezwaar
 * (002:846-850) left the plan. A call does not undo a decision on paper: its term stays as its own step while it runs,
 * unless a bezwaar is logged since that decision or the plan's own bezwaar step counts from that day or later.
 */
export const EARLIER_REMOVAL_TEXTS = 'ui:open26.planStep.eerdereVerwijdering';

/**
 * Session 32 (s32-hunt): two removal decisions on paper on different days (answered and logged, or both logged). The plan's
 * own bezwaar step counts from the latest; the first letter's 6 weeks (002:846-850) left the plan, and the date shown was
 * the later one. A new decision does not stop the first one's term (as for refusals, session 26), and when the second
 * letter is the same decision sent again, only the first date is safe. The first letter's term stays as its own step
 * (id eerdere-verwijdering), with texts that speak of a second letter instead of a call.
 */
export const SECOND_REMOVAL_TEXTS = 'ui:hunt32.planStep.tweedeVerwijdering';

export function writtenRemovalSteps(events: Events, today: IsoDate, plan: Pick<Plan, 'steps'>, answeredObjection?: IsoDate | 'unknown'): PlanStep[] {
  const ordered = inOrder(events);
  const removals = ordered.filter((e) => e.kind === 'verwijdering-besluit');
  const last = removals.at(-1);
  if (!last) return [];
  if (!toldOnlyOrally(last)) return secondWrittenRemoval(ordered, removals, today, plan, answeredObjection);
  const written = removals.filter((e) => !toldOnlyOrally(e)).at(-1);
  if (!written) return [];
  // Session 50 (lawyer-s50-removal D1): only a bezwaar that is against this letter takes its step (and the earlier ones,
  // each checked below) away; one that may be against an earlier letter still running cannot be placed.
  if (objectedToLetter(ordered, removals, written.date)) return [];
  const own = plan.steps.find((s) => s.id === PLAN_REMOVAL)?.deadline?.start;
  // The plan's own step counts from a letter (the call wrote nothing: session 30): the letters before it and after it keep
  // their steps as without the call. Session 50 (lawyer-s50-removal D2): also when it counts from an earlier letter than the
  // latest (a later letter with no registration since wrote nothing, session 47: it may be the same decision). Before, the
  // call turned the later letter's step, which asks whether it is a new decision and names the first one's last day, into
  // a plain bezwaar step with its own later date.
  if (own !== undefined) return secondWrittenRemoval(ordered, removals, today, plan, answeredObjection);
  // Session 32: a letter before that one whose 6 weeks still run keeps its own step too (its date is the earlier one).
  // Session 34: every such letter (ids eerdere-verwijdering-2, -3, … by the letter's place among the letters on paper).
  const before = earlierLetters(ordered, removals, today, written.date, (j) => `${EARLIER_REMOVAL}-${j + 2}`, answeredObjection);
  const d = objectionTerm(written.date, today);
  // Session 50 (lawyer-s50-removal D5): passed, it stays while the 6 weeks that may run from the call do (the step that
  // asks for that decision on paper, phoneDecisionSteps), as a passed earlier decision stays while a later one runs (session
  // 49). Before, the day after its last day the plan said nothing more of the letter, where without the call it said what
  // can still be done.
  if (d.status === 'passed' && !(toldPassed(d, last.date, today) && noObjectionSince(ordered, written.date, answeredObjection))) return before;
  return [removalStep(EARLIER_REMOVAL, EARLIER_REMOVAL_TEXTS, d, written.date), ...before];
}

/**
 * Session 50 (lawyer-s50-removal D1): whether a bezwaar logged on paper is against the removal letter of `day`: on or after
 * it, before the next letter on paper (a later day), while no earlier letter's 6 weeks still ran on the bezwaar's day. A
 * bezwaar that may be against another letter whose term runs cannot be placed: every such letter keeps its step (their
 * texts say: already objected to this decision? then nothing more to do), as for refusals (earlierRefusalSteps). Before,
 * letters on 2 and 20 November and a bezwaar on 25 November left no bezwaar step at all: 14 December and 1 January were
 * gone from the plan (002:846-850).
 */
function objectedToLetter(ordered: Events, removals: Events, day: IsoDate): boolean {
  const days = removals.filter((e) => !toldOnlyOrally(e)).map((e) => e.date);
  const next = days.filter((d) => d > day).sort()[0];
  return ordered.some((b) => isObjection(b) && b.date >= day && (next === undefined || b.date < next)
    && !days.some((d) => d < day && addWeeks(d, TERMS.objectionWeeks) >= b.date));
}

/**
 * Session 50 (lawyer-s50-removal D1): the plan dropped its own bezwaar step because a bezwaar is logged after the latest
 * letter, but that bezwaar cannot be placed (an earlier letter's 6 weeks still ran on its day). The latest letter's step
 * comes back while its term runs, with the earlier letters' steps (the safe side, as a refusal's: earlierRefusalSteps).
 */
function unplacedRemovalObjection(ordered: Events, removals: Events, today: IsoDate, answeredObjection?: IsoDate | 'unknown'): PlanStep[] {
  const latest = removals.filter((e) => !toldOnlyOrally(e)).at(-1);
  if (!latest || !objectedSince(ordered, latest.date) || objectedToLetter(ordered, removals, latest.date)) return [];
  const d = objectionTerm(latest.date, today);
  const before = earlierLetters(ordered, removals, today, latest.date, (j) => memberId(EARLIER_REMOVAL, j), answeredObjection);
  if (d.status === 'passed') return before;
  return [unplacedObjectionStep(PLAN_REMOVAL, d, latest.date), ...before];
}

/** A step for the bezwaar against a removal decision on paper of `date`, with its term. */
const removalStep = (id: string, texts: string, deadline: Deadline, date: IsoDate): PlanStep => ({
  id, texts, group: 'nu', section: 'schorsing-verwijdering', letters: ['bezwaar-weigering-verwijdering'], contacts: ['schoolbestuur'], deadline, params: { besluit: date },
});

/**
 * Every removal letter dated before `before` whose 6 weeks still run, with no bezwaar logged since it: its own step, texts
 * tweedeVerwijdering (a later letter came after it). Session 32 gave only the earliest such letter a step; session 34: with
 * three letters or more, the middle one's running 6 weeks (002:846-850) were lost. A bezwaar logged after one letter and
 * before the next is against that letter (its step goes), not against the next. `idOf(j)`: the step id for the letter at
 * place j among the letters on paper, so an id stays with its letter when an earlier one passes (a tick, tickKey, stays on it).
 */
function earlierLetters(ordered: Events, removals: Events, today: IsoDate, before: IsoDate, idOf: (j: number) => string, answeredObjection?: IsoDate | 'unknown'): PlanStep[] {
  const steps: PlanStep[] = [];
  removals.filter((e) => !toldOnlyOrally(e)).forEach((e, j) => {
    if (e.date >= before || objectedToLetter(ordered, removals, e.date)) return;
    // Two letters on one day are one decision: the later one of them is the step (the same day, the same term).
    if (removals.some((x) => x !== e && !toldOnlyOrally(x) && x.date === e.date && removals.indexOf(x) > removals.indexOf(e))) return;
    const d = objectionTerm(e.date, today);
    // Session 49: passed, it stays while the later letter's 6 weeks run (as an earlier refusal: earlierRefusalSteps), not
    // after any bezwaar since it (logged or answered).
    if (d.status !== 'passed' || (toldPassed(d, before, today) && noObjectionSince(ordered, e.date, answeredObjection))) steps.push(removalStep(idOf(j), SECOND_REMOVAL_TEXTS, d, e.date));
  });
  return steps;
}

/** The plan's own bezwaar step counts from the latest letter: each earlier letter's term stays (eerdere-verwijdering, -2, …). */
function secondWrittenRemoval(ordered: Events, removals: Events, today: IsoDate, plan: Pick<Plan, 'steps'>, answeredObjection?: IsoDate | 'unknown'): PlanStep[] {
  const own = plan.steps.find((s) => s.id === PLAN_REMOVAL)?.deadline?.start;
  if (own === undefined) return unplacedRemovalObjection(ordered, removals, today, answeredObjection);
  return [
    ...earlierLetters(ordered, removals, today, own, (j) => memberId(EARLIER_REMOVAL, j), answeredObjection),
    ...laterLetters(ordered, removals, today, own),
  ];
}

/**
 * Session 47 (s039-brief-later-binnen-ook-in-tijdlijn): a removal letter on paper logged on a day after the decision the plan
 * counts from, with no registration since, wrote nothing (EFFECTS verwijdering-besluit overtakenBy since s47): it may be the
 * same letter, logged on the day it arrived. The plan counts from the earlier date; the later letter's 6 weeks (002:846-850)
 * stay as its own step while they run (certain if it is a new decision, as a letter on paper is), asking which it is, and
 * naming the Geschillencommissie beside it (carriesGpo). Before, the later
 * day became the plan's own and the step for the first said a second decision came, which did not happen.
 */
export const LATER_REMOVAL_TEXTS = 'ui:s47.planStep.latereVerwijdering';
function laterLetters(ordered: Events, removals: Events, today: IsoDate, own: IsoDate): PlanStep[] {
  const days = [...new Set(removals.filter((e) => !toldOnlyOrally(e) && e.date > own && !objectedSince(ordered, e.date)).map((e) => e.date))];
  return days.flatMap((date, i) => {
    const d = objectionTerm(date, today);
    if (d.status === 'passed') return [];
    const s = removalStep(memberId(LATER_REMOVAL, i), LATER_REMOVAL_TEXTS, d, date);
    return [{ ...s, params: { ...s.params, eerste: own } }];
  });
}

/**
 * Session 31 (s31-wording): a written removal decision, a registration at the next school, then a removal there by phone
 * (session 30: the call is news only after such a registration). The plan's "ask for the removal decision on paper" step
 * said "de school" while it meant the new school; beside the earlier removal's own step that read as the first school.
 * When the timeline holds that story, the step's texts name the new school.
 */
export const NEW_SCHOOL_REMOVAL_TEXTS = 'ui:wording31.planStep.verwijderbesluitNieuweSchool';
const PAPER_REMOVAL = 'verwijderbesluit-op-papier-vragen';

export function newSchoolRemovalTexts(events: Events, steps: readonly PlanStep[]): PlanStep[] {
  // Session 50 (lawyer-s50-removal D6): the story decides, not whether the first school's letter still has a step of its own.
  // Before, once that letter's 6 weeks had passed and its step left the plan, this step said again "de school zei alleen
  // mondeling…", on the first screen, to a parent holding the first school's letter.
  if (!steps.some((s) => s.id === PAPER_REMOVAL && !s.texts)) return [...steps];
  const ordered = inOrder(events);
  const removals = ordered.filter((e) => e.kind === 'verwijdering-besluit');
  const last = removals.at(-1);
  const written = removals.filter((e) => !toldOnlyOrally(e)).at(-1);
  if (!last || !written || !toldOnlyOrally(last)) return [...steps];
  const registered = ordered.some((e) => REGISTRATION_KINDS.includes(e.kind) && e.date > written.date && e.date <= last.date);
  if (!registered) return [...steps];
  return steps.map((s) => (s.id === PAPER_REMOVAL ? { ...s, texts: NEW_SCHOOL_REMOVAL_TEXTS } : s));
}

/**
 * Session 51 (lawyer-s50-refusal D7): the same for a refusal. A written refusal (logged, or answered: withAnsweredDecisions),
 * a registration at the next school, then a "no" there by phone (news, session 28). "Vraag om het besluit op papier"
 * (weigering-op-papier-vragen) said "De school zei alleen mondeling nee" and "Voor de eerste school tel je zelf", beside
 * the first school's letter: a parent holding that letter could read that her refusal was no decision yet (A20, FP02).
 * Its texts now name the new school and say that the first school's refusal on paper has its own 6 weeks (A21).
 */
export const NEW_SCHOOL_REFUSAL_TEXTS = 'ui:wording31.planStep.weigeringNieuweSchool';
const PAPER_REFUSAL = 'weigering-op-papier-vragen';

export function newSchoolRefusalTexts(events: Events, steps: readonly PlanStep[]): PlanStep[] {
  if (!steps.some((s) => s.id === PAPER_REFUSAL && !s.texts)) return [...steps];
  const ordered = inOrder(events);
  const refusals = ordered.filter((e) => e.kind === 'besluit-geweigerd');
  const last = refusals.at(-1);
  const written = refusals.filter((e) => !toldOnlyOrally(e)).at(-1);
  if (!last || !written || !toldOnlyOrally(last) || toldAgain(last, ordered)) return [...steps];
  return steps.map((s) => (s.id === PAPER_REFUSAL ? { ...s, texts: NEW_SCHOOL_REFUSAL_TEXTS } : s));
}

/**
 * Session 32 (s32-hunt): a decision on paper answered in the questionnaire counts here as the decision the timeline shows
 * from the answers (ANSWER_KIND: weigering-datum, verwijdering-datum), so a story answered and the same story logged give
 * the same steps. Before, a later event wrote over the answer and the decision's running 6 weeks for bezwaar (002:748-750,
 * 846-850) left the plan, where the logged story kept them:
 * - a written refusal, then "Toegelaten" logged on or after its day (with the registration dated before the refusal the
 *   plan reads the answers as the same school changing its mind): kept as weigering-voor-toelating, a choice (session 26);
 * - a written refusal or removal, a registration at the next school, then a refusal or removal there by phone (news,
 *   sessions 28 and 30: it writes "nee"/"mondeling" over the answer): kept as eerdere-weigering / eerdere-verwijdering.
 * `answers`: the questionnaire's answers (the answers before the timeline wrote them: questionnaireAnswers). Nothing is
 * added when they say a bezwaar was filed (it cannot be placed), or when a decision of the kind on paper is logged on that day.
 * Session 35 (s35-hunt): a decision logged by phone on that day does not count here. It is the answered decision told again
 * (session 28: it writes nothing over it), not that decision: before, it kept the answered decision out of this list, and a
 * later admission, refusal or removal letter then took the answered decision's running 6 weeks off the plan.
 */
export function withAnsweredDecisions(events: Events, answers?: Answers): Events {
  // Session 50 (lawyer-s50-refusal D1): also after "bezwaar ingediend: ja"; the bezwaar itself is placed among the decisions
  // by withAnsweredObjection. Before, nothing was added then, and the answered decision's running term was on no screen.
  if (!answers) return events;
  const iso = (q: string) => { const v = asString(answers[q]); return v !== undefined && isIsoDate(v) ? v : undefined; };
  const derived: TimelineEvent[] = [];
  const refusal = iso('weigering-datum');
  if (refusal && ['geweigerd', 'toegelaten'].includes(asString(answers['aanmelding-besluit']) ?? '') && asString(answers['weigering-schriftelijk']) !== 'nee'
    && !events.some((e) => e.kind === 'besluit-geweigerd' && e.date === refusal && !toldOnlyOrally(e))) {
    derived.push({ id: 'answer:weigering-datum', kind: 'besluit-geweigerd', date: refusal, parties: ['school'], note: '', how: 'brief' });
  }
  const removal = iso('verwijdering-datum');
  // Session 48 (hunt-s48 found 3): also a removal the plan counts as a decision without "op papier" (a removed child, "weet ik
  // niet": hasRemovalDecision), as a refusal is kept unless it was "nee".
  if (removal && (asString(answers['verwijdering-besluit']) === 'schriftelijk' || conditions.hasRemovalDecision(answers)) && !events.some((e) => e.kind === 'verwijdering-besluit' && e.date === removal && !toldOnlyOrally(e))) {
    derived.push({ id: 'answer:verwijdering-datum', kind: 'verwijdering-besluit', date: removal, parties: ['bestuur'], note: '', how: 'brief' });
  }
  // First in the list: on the same day a derived decision comes before the logged events (inOrder keeps the list's order).
  return derived.length ? [...derived, ...events] : events;
}

/**
 * Session 33 (s33-tlv): a TLV refusal by the samenwerkingsverband (answered or logged), then a new TLV application logged
 * after it. The application writes tlv-fase "aangevraagd" (EFFECTS tlv-aangevraagd) and the plan's own tlv-bezwaar step,
 * which needs a decision (disagreesWithTlvDecision), left the plan with the refusal's bezwaar term. A new application is no
 * decision and does not end the right to object to the refusal (E16, 001:939-941; as a new request or decision does not
 * stop the first decision's term, sessions 26-32). The refusal's term stays as its own step while the catalogue's
 * tlv-bezwaar rule, read as if the application had not come, still applies (so: the parent disagrees, no bezwaar filed
 * since the refusal) and its term has not passed. Deadline, certain: false (EXT, FACTS §X.3), letter and contacts are that
 * rule's own. `answers`: the questionnaire's answers; the timeline's events are replayed on them.
 * A later TLV decision logged after the new application (the answers then hold that one): session 34, laterTlvDecisionSteps.
 */
export const EARLIER_TLV_REFUSAL_TEXTS = 'ui:tlv33.planStep.eerdereTlvAfwijzing';
const PLAN_TLV_REFUSAL = 'tlv-bezwaar';

/**
 * Session 35 (s35-hunt): the same for a TLV GRANT the parent disagrees with (tlv-eens "nee": the kind of school, how long it
 * holds). Found by hunt-s35's property: a grant, then a new application or a later TLV decision on another day, and the
 * grant's bezwaar term (6 weeks, EXT, not certain) left the plan. Its own step, with texts that speak of the TLV the child got.
 */
export const EARLIER_TLV_GRANT_TEXTS = 'ui:hunt35.planStep.eerdereTlvToekenning';

export function earlierTlvRefusalSteps(events: Events, plan: Pick<Plan, 'steps' | 'today'>, answers?: Answers): PlanStep[] {
  if (!answers || plan.steps.some((s) => s.id === PLAN_TLV_REFUSAL)) return [];
  if (!events.some((e) => e.kind === 'tlv-aangevraagd')) return [];
  const now = replay(answers, events);
  const refused = asString(now['tlv-besluit-datum']);
  const kind = asString(now['tlv-besluit']);
  if ((kind !== 'afgewezen' && kind !== 'toegekend') || asString(now['tlv-fase']) !== 'aangevraagd' || refused === undefined || !isIsoDate(refused)) return [];
  // The application dated after the refusal: one dated on or before it is history (EFFECTS overtakenBy) and writes nothing.
  if (!events.some((e) => e.kind === 'tlv-aangevraagd' && e.date > refused)) return [];
  const rule = stepRules.find((r) => r.id === PLAN_TLV_REFUSAL);
  const f = factsFrom({ ...now, 'tlv-fase': 'besluit' } as Answers, plan.today);
  if (!rule || !rule.applies(f)) return [];
  const d = rule.deadline?.(f);
  if (!d || d.status === 'passed') return [];
  const granted = kind === 'toegekend';
  return [{
    id: granted ? EARLIER_TLV_GRANT : EARLIER_TLV_REFUSAL, texts: granted ? EARLIER_TLV_GRANT_TEXTS : EARLIER_TLV_REFUSAL_TEXTS, group: 'nu', section: rule.section, letters: rule.letters ?? [],
    contacts: rule.contacts ?? [], deadline: { ...d, certain: !rule.uncertain }, params: { besluit: refused },
  }];
}

/**
 * Session 34 (s34-tlv): a TLV refusal (answered or logged), then a later TLV decision logged on ANOTHER day (refused again
 * or granted). The later decision writes tlv-besluit-datum over the refusal's (EFFECTS tlv-afgewezen, tlv-toegekend) and
 * the plan's own tlv-bezwaar counts from it only: the first refusal's bezwaar term (6 weeks, EXT, FACTS E18 and §X.3: not
 * certain) left the plan. A new decision does not end the right to object to the earlier one (E16, 001:939-941; as for
 * refusals of admission and removals, sessions 26-32), and when the second letter is the same decision sent again, only
 * the first date is safe. On the same day it is the same decision (nothing added).
 * - Refused again: the earlier refusal's term is its own step, eerdere-tlv-afwijzing (texts that speak of a new decision);
 *   the latest refusal keeps the plan's own tlv-bezwaar.
 * - Granted: the child has a TLV now, so objecting to the refusal is usually not needed, but its term has not ended. As
 *   for an admission after a refusal of admission (weigering-voor-toelating, session 26/28), the term stays with its last
 *   day as a choice: tlv-afwijzing-voor-toekenning, group "binnenkort", after the other steps of its group (order.ts
 *   CHOICE_STEPS), and the first screen says it is a choice (firstThings CHOICES).
 * Only while the parent disagrees (tlv-eens "nee": with "ja" no bezwaar step, as the catalogue's tlv-bezwaar), no bezwaar
 * is logged (or answered with its date) between that refusal and the next decision (it is against that refusal; one after
 * the next decision cannot be placed: the step stays, its text says "already objected? nothing more to do"; an answered
 * bezwaar without a date cannot be placed either and, as in the catalogue's rule, no step), and its term has not passed.
 * `answers`: the questionnaire's answers. A refusal that is the latest decision with an application after it: s33 above.
 */
export const SECOND_TLV_DECISION_TEXTS = 'ui:tlv34.planStep.tweedeTlvBesluit';
export const TLV_REFUSAL_THEN_GRANTED_TEXTS = 'ui:tlv34.planStep.afwijzingVoorToekenning';
/** The plan's own tlv-bezwaar when it counts from a grant that came after a refusal: texts that name the grant. */
export const TLV_GRANT_OBJECTION_TEXTS = 'ui:tlv34.planStep.bezwaarToekenning';
const TLV_DECISION_KINDS: readonly string[] = ['tlv-afgewezen', 'tlv-toegekend'];

/** The TLV decisions, oldest first: the logged ones and the one answered in the questionnaire (unless logged on its day). */
function tlvDecisions(events: Events, answers: Answers): TimelineEvent[] {
  const logged = events.filter((e) => TLV_DECISION_KINDS.includes(e.kind));
  const date = asString(answers['tlv-besluit-datum']);
  const kind = asString(answers['tlv-besluit']);
  const answered = asString(answers['tlv-fase']) === 'besluit' && date !== undefined && isIsoDate(date) && (kind === 'afgewezen' || kind === 'toegekend')
    && !logged.some((e) => e.date === date);
  // First in the list: on its day the answered decision comes before the logged ones (inOrder keeps the list's order).
  return inOrder(answered ? [{ id: 'answer:tlv-besluit-datum', kind: `tlv-${kind}` as TimelineEvent['kind'], date, parties: ['samenwerkingsverband'], note: '' }, ...logged] : logged);
}

/** The latest TLV decision the answers hold after the timeline (its date and whether it was granted), if any. */
function latestTlvDecision(now: Answers): { date: IsoDate; granted: boolean } | undefined {
  const date = asString(now['tlv-besluit-datum']);
  const kind = asString(now['tlv-besluit']);
  if (!['besluit', 'aangevraagd'].includes(asString(now['tlv-fase']) ?? '') || date === undefined || !isIsoDate(date)) return undefined;
  return kind === 'afgewezen' || kind === 'toegekend' ? { date, granted: kind === 'toegekend' } : undefined;
}

export function laterTlvDecisionSteps(events: Events, plan: Pick<Plan, 'steps' | 'today'>, answers?: Answers, taken: readonly string[] = []): PlanStep[] {
  if (!answers) return [];
  const now = replay(answers, events);
  const latest = latestTlvDecision(now);
  const rule = stepRules.find((r) => r.id === PLAN_TLV_REFUSAL);
  if (!latest || !rule?.deadline) return [];
  // The parent disagrees (tlv-eens "nee"); with "ja" no bezwaar step, as the catalogue's own (disagreesWithTlvDecision).
  const asRefusal = (date: IsoDate) => factsFrom({ ...now, 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': date } as Answers, plan.today);
  if (!asRefusal(latest.date).is('disagreesWithTlvDecision')) return [];
  // Bezwaren with a date: logged (not by phone, should that ever be no bezwaar: toldOnlyOrally) and answered.
  if (asString(answers['bezwaar-ingediend']) === 'ja' && !isIsoDate(asString(answers['bezwaar-datum']) ?? '')) return [];
  const objections = [
    ...events.filter((e) => e.kind === 'bezwaar-ingediend' && !toldOnlyOrally(e)).map((e) => e.date),
    ...(asString(answers['bezwaar-ingediend']) === 'ja' ? [asString(answers['bezwaar-datum']) as IsoDate] : []),
  ];
  const decisions = tlvDecisions(events, answers);
  const steps: PlanStep[] = [];
  const used = new Set(taken);
  const idFor = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  decisions.forEach((r, i) => {
    // Before the latest decision, on another day; the last decision of its day (one day, one decision).
    // Session 35: an earlier grant too (the parent disagrees: tlv-eens "nee"), with its own id and texts.
    if (r.date >= latest.date || decisions.slice(i + 1).some((x) => x.date === r.date)) return;
    const grant = r.kind === 'tlv-toegekend';
    const next = decisions.slice(i + 1).find((x) => x.date > r.date)?.date ?? latest.date;
    // A bezwaar between this refusal and the next decision is against it.
    if (objections.some((b) => b >= r.date && b < next)) return;
    const d = rule.deadline!(asRefusal(r.date));
    if (!d || d.status === 'passed') return;
    steps.push({
      id: idFor(grant ? EARLIER_TLV_GRANT : latest.granted ? TLV_REFUSAL_THEN_GRANTED : EARLIER_TLV_REFUSAL),
      texts: grant ? EARLIER_TLV_GRANT_TEXTS : latest.granted ? TLV_REFUSAL_THEN_GRANTED_TEXTS : SECOND_TLV_DECISION_TEXTS,
      // A choice after a grant: not urgent by itself (order.ts puts it in "Nu doen" in its last 14 days, after the to-dos).
      group: latest.granted && !grant ? 'binnenkort' : 'nu', section: rule.section, letters: rule.letters ?? [], contacts: rule.contacts ?? [],
      deadline: { ...d, certain: !rule.uncertain }, params: { besluit: r.date },
    });
  });
  return steps;
}

/**
 * Session 34: the plan's own tlv-bezwaar counts from a TLV grant logged after a TLV refusal on another day. Its text spoke
 * of "the decision" only, beside the refusal's own step: a parent who disagreed with the refusal read it as about the
 * refusal, with the grant's later date (a term lost). Its texts then name the grant and say that the bezwaar is against it.
 */
export function tlvGrantObjectionTexts(events: Events, steps: readonly PlanStep[], answers?: Answers): PlanStep[] {
  const own = steps.find((s) => s.id === PLAN_TLV_REFUSAL && !s.texts);
  if (!answers || !own?.deadline) return [...steps];
  const latest = latestTlvDecision(replay(answers, events));
  if (!latest?.granted || own.deadline.start !== latest.date) return [...steps];
  if (!tlvDecisions(events, answers).some((r) => r.kind === 'tlv-afgewezen' && r.date < latest.date)) return [...steps];
  return steps.map((s) => (s === own ? { ...s, texts: TLV_GRANT_OBJECTION_TEXTS, params: { ...s.params, besluit: latest.date } } : s));
}

/**
 * Session 81 (s81-blind2, story 10): the newest TLV decision is a refusal and the timeline holds a TLV grant on an earlier day
 * (a temporary TLV, at least a year (E13), that the samenwerkingsverband did not renew). na-tlv-afwijzing said "Je kind
 * blijft dus op zijn school. De school blijft verantwoordelijk": for a child at the sbo or so on the old TLV, its school is
 * the special school, and the sources do not say what happens to that place when the old TLV ends, nor during a bezwaar
 * (E12: the TLV states how long it is valid). Its texts then name the grant, say what is not in the sources, ask the school
 * and the samenwerkingsverband in writing until when and which school is responsible then, and not to de-register (C22,
 * FP-P3); a child still at a regular school keeps that school's zorgplicht. Not when the step has texts of its own (s47).
 */
export const TLV_REFUSAL_AFTER_GRANT_TEXTS = 'ui:blind281.planStep.naTlvNaToekenning';
export function tlvRefusalAfterGrantTexts(events: Events, steps: readonly PlanStep[], answers?: Answers, today?: IsoDate): PlanStep[] {
  const own = steps.find((s) => s.id === 'na-tlv-afwijzing' && !s.texts);
  if (!answers || !own) return [...steps];
  const latest = latestTlvDecision(replay(answers, events));
  if (!latest || latest.granted) return [...steps];
  const grants = tlvDecisions(events, answers).filter((r) => r.kind === 'tlv-toegekend' && r.date < latest.date);
  const grant = grants.at(-1);
  if (!grant) return [...steps];
  // Session 83 (s83-tlv, 3): that grant logged with its end date ("Tot wanneer geldt de TLV?", the last of its day that says
  // one): the texts name it, before or after that day (today), instead of "Tot wanneer die geldt, staat in dat besluit".
  const end = grants.filter((r) => r.date === grant.date && r.until !== undefined).map(grantEnd).filter((e) => e !== undefined).at(-1);
  if (end && today !== undefined) {
    const texts = today > end.end ? TLV_REFUSAL_AFTER_GRANT_ENDED_TEXTS : TLV_REFUSAL_AFTER_GRANT_UNTIL_TEXTS;
    return steps.map((s) => (s === own ? { ...s, texts, params: { ...s.params, toekenning: grant.date, einde: end.end } } : s));
  }
  return steps.map((s) => (s === own ? { ...s, texts: TLV_REFUSAL_AFTER_GRANT_TEXTS, params: { ...s.params, toekenning: grant.date } } : s));
}
/** Session 83 (s83-tlv, 3): na-tlv-afwijzing after a grant logged with its end date: that day still to come (or today), or passed. */
export const TLV_REFUSAL_AFTER_GRANT_UNTIL_TEXTS = 'ui:tlv83.planStep.naTlvNaToekenningTot';
export const TLV_REFUSAL_AFTER_GRANT_ENDED_TEXTS = 'ui:tlv83.planStep.naTlvNaToekenningAfgelopen';

/**
 * Session 37 (s37-tlv): the parent answered "Nee" to "Ben je het eens met het besluit over de TLV?" (tlv-eens; no event
 * writes it), and the timeline holds a TLV grant logged after a TLV refusal on another day: the plan's own tlv-bezwaar then
 * counts from the grant and names it (tlvGrantObjectionTexts). The catalogue put "Meld je kind aan" (tlv-inschrijven, E15)
 * and "Zoek samen een school" under "Als het niet lukt" for a parent who objects, until she changed her answer: a parent
 * who got the TLV she wanted found her next step buried below the bezwaar against it. Her "Nee" was given before or about
 * the refusal as likely as about the grant, and the questionnaire answer has no date; the timeline's grant is the newer
 * fact. These steps then follow it ("Nu doen") and say which answer conflicts and what to do with each reading (a note):
 * objecting to the grant itself comes first (its own step stays, with its last day), happy with the TLV: change the answer.
 * Not when a bezwaar is logged or answered after the grant (then she objects to it: the catalogue's group stays).
 */
export const ENROL_AFTER_GRANT_NOTE = 'ui:tlv37.enrolAfterGrant';
const TLV_ENROL_STEPS: readonly string[] = ['tlv-inschrijven', 'tlv-school-zoeken'];

export function enrolAfterGrantSteps(events: Events, steps: readonly PlanStep[], answers?: Answers): PlanStep[] {
  const own = steps.find((s) => s.id === PLAN_TLV_REFUSAL && s.texts === TLV_GRANT_OBJECTION_TEXTS);
  const granted = own?.params['besluit'];
  if (!answers || !own || granted === undefined) return [...steps];
  const answered = asString(answers['bezwaar-datum']);
  const objected = events.some((e) => isObjection(e) && e.date >= granted)
    // An answered bezwaar without a date cannot be placed: she may object to the grant (the catalogue's group stays).
    || (asString(answers['bezwaar-ingediend']) === 'ja' && (answered === undefined || !isIsoDate(answered) || answered >= granted));
  if (objected) return [...steps];
  return steps.map((s) => (TLV_ENROL_STEPS.includes(s.id) && s.group === 'als-het-niet-lukt' && !s.note
    ? { ...s, group: 'nu', note: ENROL_AFTER_GRANT_NOTE, params: { ...s.params, besluit: granted } }
    : s));
}

/**
 * Session 37 (s37-tlv): the plan's own tlv-bezwaar counting from the newest TLV refusal kept its plain title ("Maak bezwaar
 * bij het samenwerkingsverband"), its date only in the deadline line, beside the earlier TLV decisions' own steps that name
 * theirs (eerdere-tlv-afwijzing, eerdere-tlv-toekenning): two bezwaar steps a parent on a phone could not tell apart, and the
 * bezwaar letter leaves the decision's date to her then (session 34). With such a step in the plan, its texts name the
 * newest refusal's date and say it is the newest decision.
 */
export const LATEST_TLV_REFUSAL_TEXTS = 'ui:tlv37.planStep.nieuwsteAfwijzing';
const EARLIER_TLV_STEP = /^(eerdere-tlv-afwijzing|eerdere-tlv-toekenning)(-\d+)?$/;

export function latestTlvRefusalTexts(events: Events, steps: readonly PlanStep[], answers?: Answers): PlanStep[] {
  const own = steps.find((s) => s.id === PLAN_TLV_REFUSAL && !s.texts);
  if (!answers || !own?.deadline || !steps.some((s) => EARLIER_TLV_STEP.test(s.id))) return [...steps];
  const latest = latestTlvDecision(replay(answers, events));
  if (!latest || latest.granted || own.deadline.start !== latest.date) return [...steps];
  return steps.map((s) => (s === own ? { ...s, texts: LATEST_TLV_REFUSAL_TEXTS, params: { ...s.params, besluit: latest.date } } : s));
}

/**
 * Session 35 (s35-hunt): the request to the Geschillencommissie against an earlier decision. The GPO hears a refusal (for a
 * child who needs extra support) and a removal, beside the bezwaar and within the same weeks (F07, F13: 6 weeks, EXT, not
 * certain; the board waits for the commission). The plan's own geschillencommissie step counts from the decisions the
 * answers hold, and the timeline's earlier-decision steps (eerdere-weigering, …) name the commission beside their bezwaar.
 * Found by hunt-s35's property: after a bezwaar on paper against a decision, a later decision of the kind (or an admission
 * after a refusal) made it an earlier one: its bezwaar step was rightly gone, but with it the only step that named its
 * GPO weeks, and the plan's own GPO step counted from the later decision. Now such a decision keeps its own step while its
 * weeks run, no request to the commission is logged since it (on paper: a call or a talk may have been a question,
 * session 34) or answered, and no other step of the plan counts from its day. After an admission (and no later refusal
 * on paper) it is a choice: group binnenkort, its text says so.
 */
export const EARLIER_GPO_TEXTS = 'ui:hunt35.planStep.eerdereGeschillencommissie';
/** Steps whose term counts from a decision and that name the Geschillencommissie for it (their own text or the GPO's). */
const carriesGpo = (id: string) => ['geschillencommissie', PLAN_REFUSAL, PLAN_REMOVAL, REFUSAL_THEN_ADMITTED].includes(id)
  || [EARLIER_REFUSAL, EARLIER_REMOVAL, LATER_REMOVAL].some((base) => inFamily(base, id));

export function earlierGpoSteps(events: Events, today: IsoDate, steps: readonly PlanStep[], answers?: Answers): PlanStep[] {
  // Session 52 (lawyer-s52-refusal D2): a request answered in the questions is among `events` (withAnsweredGpo), placed as
  // a logged one. Before, nothing was added once it was answered: after two refusals the later one's GPO weeks were on no screen.
  if (!answers) return [];
  const ordered = inOrder(events);
  const now = replay(answers, events);
  // The GPO hears a refusal only for a child who needs extra support (catalogue gpoDecisionDates: not with "nee").
  // Session 76 (s76-misc, 4): nor for "geen extra hulp nodig" (A06, A19: the normal admission procedure; F07).
  const refusalsCount = !conditions.supportNeedNotTold(now);
  const decisions = ordered.filter((e) => ((e.kind === 'besluit-geweigerd' && refusalsCount) || e.kind === 'verwijdering-besluit') && !toldOnlyOrally(e));
  const carried = (date: IsoDate) => steps.some((s) => carriesGpo(s.id) && s.deadline?.start === date);
  const requested = (date: IsoDate) => ordered.some((e) => e.kind === 'gpo-ingediend' && !toldOnlyOrally(e) && e.date >= date);
  const out: PlanStep[] = [...unplacedGpoRequest(ordered, decisions, today, steps)];
  const seen = new Set<IsoDate>();
  for (const e of decisions) {
    if (seen.has(e.date)) continue;
    seen.add(e.date);
    // Only a decision that a later one of its kind (on paper, or by phone as news after a registration: either wrote over
    // it) or an admission logged after it made an earlier one. A call that is the same decision told again writes nothing,
    // and the plan's own GPO step still counts from it (carried). With two decisions of different kinds the plan's own
    // step counts from the first open one, as before.
    const after = ordered.slice(ordered.indexOf(e) + 1);
    const later = after.some((x) => (x.kind === e.kind && x.date > e.date) || (e.kind === 'besluit-geweigerd' && x.kind === 'besluit-toegelaten'));
    if (!later || carried(e.date) || requested(e.date)) continue;
    const d = deadline(e.date, 'besluit-bekend', TERMS.gpoWeeks, 'weeks', today);
    if (d.status === 'passed') continue;
    const admitted = e.kind === 'besluit-geweigerd' && after.some((x) => x.kind === 'besluit-toegelaten') && !after.some((x) => x.kind === e.kind && x.date > e.date && !toldOnlyOrally(x));
    out.push({
      id: memberId(EARLIER_GPO, out.length), texts: EARLIER_GPO_TEXTS, group: admitted ? 'binnenkort' : 'nu',
      section: 'geschillencommissie', letters: [], contacts: ['geschillencommissie'], deadline: { ...d, certain: false }, params: { besluit: e.date },
    });
  }
  return out;
}

/**
 * Session 51 (lawyer-s50-refusal D5): a request to the Geschillencommissie on paper logged on or after the latest decision
 * of a kind (a refusal, a removal), while an earlier decision of that kind still had its GPO weeks on the request's day and
 * no request was logged between that one and the latest: one request cannot be against both boards' decisions, and we do
 * not know which it is against. The plan's own geschillencommissie step (which the request took away) comes back, counting
 * from the latest decision while its weeks run (EXT, not certain: F13, §X.2), as the plan's own bezwaar step does for a
 * bezwaar that cannot be placed (earlierRefusalSteps, unplacedRemovalObjection). The earlier decision's step names the
 * commission in its own text. Before, no step counting from the later decision named the commission.
 */
function unplacedGpoRequest(ordered: Events, decisions: Events, today: IsoDate, steps: readonly PlanStep[]): PlanStep[] {
  if (steps.some((s) => s.id === PLAN_GPO)) return [];
  const requests = ordered.filter((e) => e.kind === 'gpo-ingediend' && !toldOnlyOrally(e)).map((e) => e.date);
  for (const kind of ['besluit-geweigerd', 'verwijdering-besluit']) {
    const days = decisions.filter((e) => e.kind === kind).map((e) => e.date);
    const latest = days.at(-1);
    if (latest === undefined) continue;
    const unplaced = requests.some((g) => g >= latest && days.some((x) => x < latest && addWeeks(x, TERMS.gpoWeeks) >= g && !requests.some((h) => h >= x && h < latest)));
    if (!unplaced) continue;
    const d = deadline(latest, 'besluit-bekend', TERMS.gpoWeeks, 'weeks', today);
    if (d.status === 'passed') continue;
    // Session 52 (lawyer-s52-refusal D3): the decision's kind, as the plan's own step names it (GPO_FROM).
    const from = kind === 'besluit-geweigerd' ? 'weigering' : 'verwijdering';
    return [{ id: PLAN_GPO, group: 'nu', section: 'geschillencommissie', letters: [], contacts: ['geschillencommissie'], deadline: { ...d, certain: false }, params: { [GPO_FROM]: from } }];
  }
  return [];
}
/** The plan's own step for the Geschillencommissie (src/rules/steps/geschil.ts); its texts are that step's. */
const PLAN_GPO = 'geschillencommissie';

/**
 * Every step the timeline adds to the plan beside the recorded meetings' (src/meeting/plan.ts withMeetings, the gesprekskaart).
 * `answers`: the questionnaire's answers (session 32: withAnsweredDecisions).
 */
/** The days of the extensions logged in writing (not only told), in order. */
const extensionDays = (events: Events): IsoDate[] => events.filter((e) => e.kind === 'besluit-verlengd' && !toldOnlyOrally(e)).map((e) => e.date).sort();
/** The extensions logged within the 6 weeks of a registration from `start`, with no written decision between. */
const extensionsWithin = (extensions: readonly IsoDate[], start: IsoDate, decisions: readonly IsoDate[]): IsoDate[] =>
  extensions.filter((x) => x >= start && !extensionAfterTerm(x, start) && !decisions.some((d) => d >= start && d <= x));
/** Each registration step's texts: while the school's term may run, and once its 10-week day has passed too (session 54). */
interface RegistrationTexts {
  readonly running: string;
  readonly late: string;
}
/**
 * The step of another school's registration from `start`: 6 weeks, or 10 when the extension is surely its own (A05). An
 * extension that may be its own (`maybe`) puts the 10-week day beside a passed 6 weeks, with the note that says so.
 */
function registrationStep(i: number, texts: RegistrationTexts, start: IsoDate, received: boolean, sure: boolean, maybe: IsoDate | undefined, today: IsoDate): PlanStep {
  const tenWeeks = addWeeks(start, TERMS.admissionDecisionMaxWeeks);
  const d = deadline(start, received ? 'aanmelding-ontvangen' : 'aanmelding-verstuurd', sure ? TERMS.admissionDecisionMaxWeeks : TERMS.admissionDecisionWeeks, 'weeks', today);
  const id = memberId(EARLIER_REGISTRATION, i);
  // Session 54 (lawyer-s53-months D3): past the 10-week day too, the school is late whether it extended or not (A04, A05;
  // 001:119, 002:744-746). Before, the step left the plan on that day and nothing named the school any more, while a single
  // registration's besluit-aanmelding stays, passed, in "Nu doen" with its late text. The step stays, passed (in "Nu doen",
  // as every passed dated step: orderPlan), with the late text that says so: remind the school, ask for a decision on
  // paper, call the steunpunt; and, since the timeline cannot tell the parent's first choice, that with a place at that
  // school this decision may no longer be needed. No maybe-day and no extension note any more: late either way. It goes
  // only when the decisions logged leave no registration open (the callers).
  if (tenWeeks < today) {
    return { id, texts: texts.late, group: 'nu', section: 'na-aanmelding', letters: [], contacts: ['school'], deadline: d, params: { aangemeld: start, uiterlijk10: tenWeeks } };
  }
  return {
    id, texts: texts.running, group: 'binnenkort', section: 'na-aanmelding', letters: [], contacts: ['school'],
    deadline: maybe !== undefined && d.status === 'passed' ? { ...d, maybeExtendedTo: tenWeeks } : d,
    params: { aangemeld: start, ...(maybe !== undefined ? { verlengd: maybe, uiterlijk10: tenWeeks } : {}) },
    ...(maybe !== undefined ? { note: AMBIGUOUS_EXTENSION_NOTE } : {}),
  };
}

export const EARLIER_REGISTRATION_TEXTS = 'ui:s46.planStep.eerdereAanmelding';
/** Session 54: the same step once the school's 10-week day has passed (registrationStep). */
export const EARLIER_REGISTRATION_LATE_TEXTS = 'ui:s54.planStep.eerdereAanmeldingTeLaat';
const EARLIER_TEXTS: RegistrationTexts = { running: EARLIER_REGISTRATION_TEXTS, late: EARLIER_REGISTRATION_LATE_TEXTS };
/**
 * Session 60 (lawyer-s60-edges D3): registered at more schools, one registration answered in the questionnaire (its day of
 * receipt) and a later one logged. The logged one writes the answers' day (EFFECTS aanmelding-ontvangen), so the plan's
 * decision step counts from it, and the answered school's own 6 weeks (A04, A05; 001:119, 002:744-746) were on no screen:
 * only logged registrations counted as earlier ones. The answered registration, still undecided in the questions, is one
 * among the logged (as a registration logged after an answered one is another registration: EFFECTS reopens, session 43).
 * Not when a registration in writing is logged on its day (the same one).
 */
function withAnsweredRegistration(events: Events, answers: Answers): Events {
  const day = asString(answers['aanmelding-datum']);
  if (day === undefined || !isIsoDate(day) || asString(answers['aanmelding-hoe']) !== 'schriftelijk') return events;
  if (!['nog-niet', undefined].includes(asString(answers['aanmelding-besluit']))) return events;
  if (events.some((e) => REGISTRATION_KINDS.includes(e.kind) && e.date === day && !toldOnlyOrally(e))) return events;
  return [{ id: 'answer:aanmelding-datum', kind: 'aanmelding-ontvangen', date: day, parties: ['school'], note: '', how: 'brief' }, ...events];
}

export function earlierRegistrationSteps(logged: Events, plan: Pick<Plan, 'steps' | 'today'>, answers?: Answers): PlanStep[] {
  if (!answers || asString(replay(answers, logged)['meer-scholen']) !== 'ja') return [];
  const own = plan.steps.find((s) => s.id === 'besluit-aanmelding')?.deadline;
  const events = own ? withAnsweredRegistration(logged, answers) : logged;
  const written = events.filter((e) => REGISTRATION_KINDS.includes(e.kind) && !toldOnlyOrally(e) && !spokenReceipt(e));
  if (!own) return undecidedRegistrationSteps(events, written, plan.today);
  // Session 48 (s044-ties-ontvangst-a-aanmelding-b): the registrations as undecidedRegistrationSteps groups them, so an
  // earlier one logged as received counts beside a later one logged as sent (before, only earlier events of the plan's
  // own kind did, and school A's day four days ahead was on no screen).
  const registrations = registrationsOf(written);
  const mine = registrations.find((r) => r.start === own.start || r.sent === own.start);
  if (!mine) return [];
  const decisions = writtenDecisionDays(events);
  const earlier = registrations.filter((r, i) => r !== mine && r.start < own.start && registrations.findIndex((x) => x.start === r.start) === i);
  const extensions = extensionDays(events);
  const ownStep = plan.steps.find((s) => s.id === 'besluit-aanmelding');
  return earlier
    // Session 54 (lawyer-s53-months D3): also once its 10-week day has passed (registrationStep: the school is late).
    .filter((r) => !decisions.some((x) => x >= r.start && x < own.start))
    .map((r, i) => {
      // Session 48: an extension logged within this registration's own 6 weeks, no decision on paper between. With no other
      // registration started between, it is this school's (10 weeks, A05); with one (the plan's own, most likely), the
      // timeline cannot tell which school wrote it (ambiguousExtension in model.ts): 6 weeks, then maybe the 10-week day.
      const within = extensionsWithin(extensions, r.start, decisions);
      // The parent's own answer for the plan's registration settles it (lawyer-s48-changes): "ja", the letter was that
      // school's; "nee", it was this one's.
      const answered = ownStep?.params['verlengdAntwoord'];
      // Session 60 (D3): the answered registration (withAnsweredRegistration) with "verlengd: ja" answered for it: 10 weeks.
      const answeredExtended = events !== logged && r.start === asString(answers['aanmelding-datum']) && asString(answers['aanmelding-verlengd']) === 'ja';
      const sure = answeredExtended || within.some((x) => !registrations.some((o) => o.start > r.start && o.start <= x)) || (within.length > 0 && answered === 'nee');
      const maybe = !sure && answered !== 'ja' ? within[0] : undefined;
      return registrationStep(i, EARLIER_TEXTS, r.start, r.received !== undefined, sure, maybe, plan.today);
    });
}

/**
 * Session 48 (s044-emma-verlengd-nee-aan-telefoon-elders): a refusal only by phone or in a talk (no decision: A20, FP02),
 * then a written registration at another school. The plan's decision step counts the new school's 6 weeks; "ask for the
 * decision on paper" (weigering-op-papier-vragen) told the parent to count the first school's days herself, and ignored an
 * extension she had logged for it. Its note now names the first school's last day for a decision on paper: 6 weeks from
 * its receipt, 10 with an extension logged within them (A04, A05; 001:119, 002:744-746).
 */
export const FIRST_SCHOOL_TERM_NOTE = 'ui:s48.eersteSchoolTermijn';
export const FIRST_SCHOOL_TERM_EXTENDED_NOTE = 'ui:s48.eersteSchoolTermijnVerlengd';
export function spokenRefusalFirstSchoolNotes(events: Events, steps: readonly PlanStep[]): PlanStep[] {
  const call = inOrder(events).filter((e) => e.kind === 'besluit-geweigerd' && toldOnlyOrally(e)).at(-1);
  if (!call || !steps.some((s) => s.id === 'weigering-op-papier-vragen' && !s.note)) return [...steps];
  const registrations = registrationsOf(events.filter((e) => REGISTRATION_KINDS.includes(e.kind) && !toldOnlyOrally(e) && !spokenReceipt(e)));
  const first = registrations.filter((r) => r.start <= call.date).at(-1);
  const next = registrations.find((r) => r.start > call.date);
  if (!first || !next) return [...steps];
  if (writtenDecisionDays(events).some((d) => d >= first.start && d < next.start)) return [...steps];
  const extended = events.some((e) => e.kind === 'besluit-verlengd' && !toldOnlyOrally(e) && e.date >= first.start && e.date < next.start && !extensionAfterTerm(e.date, first.start));
  const due = addWeeks(first.start, extended ? TERMS.admissionDecisionMaxWeeks : TERMS.admissionDecisionWeeks);
  return steps.map((s) =>
    s.id === 'weigering-op-papier-vragen' && !s.note
      ? { ...s, note: extended ? FIRST_SCHOOL_TERM_EXTENDED_NOTE : FIRST_SCHOOL_TERM_NOTE, params: { ...s.params, eersteAangemeld: first.start, eersteUiterlijk: due } }
      : s,
  );
}

/**
 * Session 48 (s044-ties-verlengbrief-na-tweede-aanmelding): an extension the timeline cannot place (ambiguousExtension in
 * src/timeline/model.ts: registered at more schools, and an earlier school's own 6 weeks still ran). The plan's decision
 * step counts 6 weeks, then maybe the 10-week day ("weet ik niet"); this note says why: we do not know which school wrote
 * the letter; look in it, or ask. The earlier registration's step gets the same note (earlierRegistrationSteps).
 */
export const AMBIGUOUS_EXTENSION_NOTE = 'ui:s48.welkeSchoolVerlengde';
export function ambiguousExtensionNotes(events: Events, steps: readonly PlanStep[], answers?: Answers): PlanStep[] {
  if (!answers || asString(replay(answers, events)['meer-scholen']) !== 'ja') return [...steps];
  return steps.map((s) => {
    const d = s.deadline;
    if (s.id !== 'besluit-aanmelding' || s.note || !ownTexts(s) || !d || d.due !== addWeeks(d.start, TERMS.admissionDecisionWeeks) || s.params['verlengdAntwoord']) return s;
    const x = events.filter((e) => e.kind === 'besluit-verlengd' && !toldOnlyOrally(e) && e.date >= d.start && otherRegistrationsOpenAt(e.date, d.start, events).length > 0).map((e) => e.date).sort()[0];
    return x === undefined ? s : { ...s, note: AMBIGUOUS_EXTENSION_NOTE, params: { ...s.params, verlengd: x } };
  });
}


/**
 * Session 47 (s040-ilias-eerste-keus-weigert-ander-beslist-nog): registered at more schools, both registrations logged, then
 * one decision on paper after both. The decision writes over the answers, so the plan has no decision step, and the other
 * school's 6 weeks (A04, A05; 001:119, 002:744-746) were on no screen. The timeline cannot tell which school decided: each
 * decision on paper is taken as the answer to the earliest registration still open before it (first come, first decided),
 * and every registration left over (session 54: also once its 6 weeks and the 4 more have passed) gets a step that says
 * we do not know which school decided and how to count if it was the other one. The registrations as registrationsOf groups them.
 */
export const UNDECIDED_REGISTRATION_TEXTS = 'ui:s47.planStep.andereSchoolBeslist';
/** Session 54: the same step once the school's 10-week day has passed (registrationStep). */
export const UNDECIDED_REGISTRATION_LATE_TEXTS = 'ui:s54.planStep.andereSchoolTeLaat';
const UNDECIDED_TEXTS: RegistrationTexts = { running: UNDECIDED_REGISTRATION_TEXTS, late: UNDECIDED_REGISTRATION_LATE_TEXTS };
function undecidedRegistrationSteps(events: Events, written: Events, today: IsoDate): PlanStep[] {
  const open = registrationsOf(written).map((r) => ({ start: r.start, received: r.received !== undefined }));
  if (open.length < 2) return [];
  // Session 48 (hunt-s48 found 2): one decision logged twice on its day (the e-mail and the letter) is one decision.
  const decisions = [...new Set(writtenDecisionDays(events))];
  if (!decisions.some((x) => x >= open[open.length - 1]!.start)) return [];
  const taken: { start: IsoDate; decision: IsoDate }[] = [];
  for (const x of decisions) {
    const i = open.findIndex((r) => r.start <= x);
    if (i >= 0) taken.push({ start: open.splice(i, 1)[0]!.start, decision: x });
  }
  // Session 53 (lawyer-s53-months D2): an extension logged within this registration's 6 weeks, no decision on paper between:
  // with more schools registered the timeline cannot tell which school wrote it (as earlierRegistrationSteps' "maybe"): 6
  // weeks, then maybe the 10-week day (A05; 001:119, 002:746), with the note that says so. Before, the step said "passed"
  // after 6 weeks while the school may have had 4 more.
  const extensions = extensionDays(events);
  // Session 54 (lawyer-s53-months D3): also once its 10-week day has passed (registrationStep: the school is late), as long
  // as the decisions logged leave it open (each decision takes away one registration; all decided, no step).
  return open.map((r, i) => counterfactual(registrationStep(i, UNDECIDED_TEXTS, r.start, r.received, false, extensionsWithin(extensions, r.start, decisions)[0], today), r.start, taken));
}

/**
 * Session 64 (lawyer-s64-timeline D3): the timeline cannot tell which school a decision on paper came from (an event names
 * no school: its parties say "school"), so undecidedRegistrationSteps counts it against the earliest registration still open.
 * The step said "Kwam het besluit van de school die je op … aanmeldde? Tel dan 6 weken vanaf de dag dat je de andere school
 * aanmeldde" and left the parent to find that day and count. Its note now says plainly which registration the decision was
 * counted against, and the other school's last day if the decision was this school's (6 weeks from its receipt, A04; 4
 * more only if it extended, A05; 001:119, 002:744-746), with what to do then. Not when the step has a note of its own, nor
 * once its own 10-week day has passed (its late text: session 54).
 */
export const DECISION_COUNTED_NOTE = 'ui:tl64.besluitGeteldVoor';
function counterfactual(step: PlanStep, start: IsoDate, taken: readonly { start: IsoDate; decision: IsoDate }[]): PlanStep {
  const other = taken.find((d) => d.decision >= start && d.start !== start);
  // Not once this school's own 10-week day has passed (session 54: late either way, no note).
  if (step.note || other === undefined || step.texts !== UNDECIDED_TEXTS.running) return step;
  return { ...step, note: DECISION_COUNTED_NOTE, params: { ...step.params, besluit: other.decision, ander: other.start, anderUiterlijk: addWeeks(other.start, TERMS.admissionDecisionWeeks) } };
}

/**
 * Session 50 (lawyer-s50-refusal D1-D3): a bezwaar answered in the questions ("bezwaar ingediend: ja") as an event among the
 * logged ones, so it is placed as a logged bezwaar is: against the one decision whose term it falls in, or, after several
 * running decisions, against none (every running term stays, their texts say "already objected? then nothing more to do").
 * Before, only a logged bezwaar was placed: answered, it took the latest decision's step away and the other running terms
 * (a refusal's 6 weeks, 002:748-750; a removal's, 002:846-850) were on no screen. Its day unknown: dated on the latest
 * decision on paper (the earliest it can be against that one), so it is placed only when no other decision's term ran then.
 * Nothing is added when a bezwaar on paper is logged on that day (the same one).
 */
export function withAnsweredObjection(events: Events, answers?: Answers): Events {
  const day = answeredObjectionDay(answers);
  if (day === undefined) return events;
  const decisions = events.filter((e) => (e.kind === 'besluit-geweigerd' || e.kind === 'verwijdering-besluit') && !toldOnlyOrally(e)).map((e) => e.date).sort();
  const date = day === 'unknown' ? decisions.at(-1) : day;
  if (date === undefined || events.some((e) => isObjection(e) && e.date === date)) return events;
  return inOrder([...events, { id: 'answer:bezwaar-datum', kind: 'bezwaar-ingediend', date, parties: ['bestuur'], note: '', how: 'brief' }]);
}

/**
 * Session 52 (lawyer-s52-refusal D2): a request to the Geschillencommissie answered in the questions ("gpo ingediend: ja"),
 * placed among the decisions as a logged request on paper is, as withAnsweredObjection places a bezwaar. One request after
 * two decisions of a kind whose GPO weeks both ran on its day cannot be placed (unplacedGpoRequest), whether logged or
 * answered (session 32: a story answered and the same story logged give the same steps). Its day unknown: dated on the
 * latest decision on paper (the earliest it can be against that one). Nothing is added when a request on paper is logged on
 * that day (the same one).
 */
export function withAnsweredGpo(events: Events, answers?: Answers): Events {
  if (!answers || asString(answers['gpo-ingediend']) !== 'ja') return events;
  const answered = asString(answers['gpo-datum']);
  const decisions = events.filter((e) => (e.kind === 'besluit-geweigerd' || e.kind === 'verwijdering-besluit') && !toldOnlyOrally(e)).map((e) => e.date).sort();
  const date = answered !== undefined && isIsoDate(answered) ? answered : decisions.at(-1);
  if (date === undefined || events.some((e) => e.kind === 'gpo-ingediend' && !toldOnlyOrally(e) && e.date === date)) return events;
  return inOrder([...events, { id: 'answer:gpo-datum', kind: 'gpo-ingediend', date, parties: ['geschillencommissie'], note: '', how: 'brief' }]);
}

/** A bezwaar answered in the questions ("bezwaar ingediend: ja"): its day, or 'unknown'. */
const answeredObjectionDay = (answers?: Answers): IsoDate | 'unknown' | undefined => {
  if (!answers || asString(answers['bezwaar-ingediend']) !== 'ja') return undefined;
  const day = asString(answers['bezwaar-datum']);
  return day !== undefined && isIsoDate(day) ? day : 'unknown';
};

export function timelineSteps(events: Events, plan: Pick<Plan, 'steps' | 'today'>, answers?: Answers): PlanStep[] {
  const planRefusal = plan.steps.find((s) => s.id === PLAN_REFUSAL)?.deadline?.start;
  const decided = withAnsweredObjection(withAnsweredDecisions(events, answers), answers);
  const tlv = earlierTlvRefusalSteps(events, plan, answers);
  const answered = answeredObjectionDay(answers);
  // Session 53 (lawyer-s53-months D1): the other decisions a bezwaar may be against (a removal on paper, a TLV decision the
  // parent disagrees with), for placing a bezwaar after a refusal.
  const disagrees = answers !== undefined && conditions.disagreesWithTlvDecision(replay(answers, events));
  const others = [
    ...decided.filter((e) => e.kind === 'verwijdering-besluit' && !toldOnlyOrally(e)).map((e) => e.date),
    ...(disagrees && answers ? tlvDecisions(events, answers).map((e) => e.date) : []),
  ];
  const school = [...earlierRefusalSteps(decided, plan.today, planRefusal, answered, others), ...writtenRemovalSteps(decided, plan.today, plan, answered)];
  return [
    ...school, ...phoneDecisionSteps(events, plan.today, plan),
    ...tlv, ...laterTlvDecisionSteps(events, plan, answers, tlv.map((s) => s.id)),
    // Session 35: a registration by phone or in a talk after a refusal.
    ...spokenNextRegistrationSteps(events, plan, answers),
    // Session 46: an earlier registration at another school, still without a decision.
    ...earlierRegistrationSteps(events, plan, answers),
    // Session 35: an earlier decision's GPO weeks when no step above or in the plan names them (earlierGpoSteps).
    // Session 52: with a request answered in the questions placed among them (withAnsweredGpo).
    ...earlierGpoSteps(withAnsweredGpo(decided, answers), plan.today, [...plan.steps, ...school], answers),
    // Session 72: a new OPP drawn up after her logged consent to the old one (newOppAfterConsentSteps).
    ...newOppAfterConsentSteps(events, plan, answers),
  ];
}

/**
 * Session 72 (s72-timeline, story 11): an OPP drawn up ("OPP opgesteld") logged on a day after the parent's last logged
 * consent ("OPP: ingestemd"), with no consent logged on or after it, is a new or changed OPP. Her consent covers the
 * handelingsdeel she agreed to; a new or changed one needs her consent again, and without it the school cannot adopt it
 * and must keep talking (B08, B10, B14, B20; 001:498-505, 002:876-880, 004:4839-4840). The event writes only "opp: ja"
 * (EFFECTS opp-opgesteld), so the answers kept "opp-ingestemd: ja" from the old OPP: the catalogue's opp-instemmen was not
 * in the plan, nor the Geschillencommissie for an OPP dispute (F07: the adoption or adjustment of the OPP; its term's first
 * day is not in the sources, §X.2, so the first screen's gpoopp68 line), and only the warning opp-instemming-blijft ("Je
 * stemde in met het OPP. Die hulp blijft gelden") spoke. Now those catalogue steps, each made from its own rule as if she
 * had not agreed (group, texts, letters, contacts, params), when not in the plan already; the GPO step only as the OPP's
 * (no date, GPO_FROM_OPP). The warning stays (the old help stays until she agrees to a change). A consent only answered in
 * the questions has no day: it cannot be placed before or after a draft, so nothing is added. No term moves.
 */
const NEW_OPP_STEPS: readonly string[] = ['opp-instemmen', 'geschillencommissie'];
export function newOppAfterConsentSteps(events: Events, plan: Pick<Plan, 'steps' | 'today'>, answers?: Answers): PlanStep[] {
  if (!answers) return [];
  const consent = events.filter((e) => e.kind === 'opp-ingestemd').map((e) => e.date).sort().at(-1);
  if (consent === undefined || !events.some((e) => e.kind === 'opp-opgesteld' && e.date > consent)) return [];
  const now = replay(answers, events);
  if (asString(now['opp-ingestemd']) !== 'ja') return [];
  const f = factsFrom({ ...now, 'opp-ingestemd': 'nee' } as Answers, plan.today);
  return stepRules
    .filter((r) => NEW_OPP_STEPS.includes(r.id) && !plan.steps.some((s) => s.id === r.id) && r.applies(f))
    .map((rule) => stepOf(rule, f))
    .filter((s) => s.id !== 'geschillencommissie' || (s.deadline === undefined && s.params[GPO_FROM] === GPO_FROM_OPP));
}

/**
 * Session 34: a bezwaar logged "by phone" or "in a talk" writes nothing (EFFECTS bezwaar-ingediend oralHows), so the plan's
 * bezwaar steps keep their last day. Each bezwaar step with a running term that such a bezwaar may be against (logged on or
 * after the decision its term counts from, with no bezwaar on paper or by e-mail logged since that call) says why it is
 * still there: `note`, one more text after its why. Steps with a bezwaar letter: the refusal's and removal's, the TLV's and
 * the timeline's earlier decisions. The same for a request to the Geschillencommissie by phone or in a talk and the GPO step
 * (whether it counts is not in the sources: its note says to ask the commission).
 */
export const SPOKEN_OBJECTION_NOTE = 'ui:open34.spokenObjection';
export const SPOKEN_GPO_NOTE = 'ui:open34.spokenGpo';
const OBJECTION_LETTERS: readonly string[] = ['bezwaar-weigering-verwijdering', 'bezwaar-tlv'];
const SPOKEN: readonly { kind: 'bezwaar-ingediend' | 'gpo-ingediend'; note: string; on: (s: PlanStep) => boolean }[] = [
  { kind: 'bezwaar-ingediend', note: SPOKEN_OBJECTION_NOTE, on: (s) => s.letters.some((l) => OBJECTION_LETTERS.includes(l)) },
  { kind: 'gpo-ingediend', note: SPOKEN_GPO_NOTE, on: (s) => s.id === 'geschillencommissie' },
];

export function spokenObjectionNotes(events: Events, steps: readonly PlanStep[]): PlanStep[] {
  if (!events.some((e) => (e.kind === 'bezwaar-ingediend' || e.kind === 'gpo-ingediend') && toldOnlyOrally(e))) return [...steps];
  const ordered = inOrder(events);
  return steps.map((s) => {
    const d = s.deadline;
    if (d?.status === 'passed') return s;
    for (const { kind, note, on } of SPOKEN) {
      if (!on(s)) continue;
      const filedSince = (date: IsoDate) => ordered.some((e) => e.kind === kind && !toldOnlyOrally(e) && e.date >= date);
      // A step without a date (the GPO for an OPP dispute): any such call may be about it.
      if (ordered.some((e) => e.kind === kind && toldOnlyOrally(e) && (d === undefined || e.date >= d.start) && !filedSince(e.date))) return { ...s, note };
    }
    return s;
  });
}

/**
 * Session 35: a registration logged "by phone" or "in a talk" is no registration (EFFECTS aanmelding-verstuurd oral: it
 * writes "telefonisch"), so the plan shows "meld je kind schriftelijk aan": the step says why (a call or a talk is not a
 * registration in writing, the school's 6 weeks have not started). A receipt the school told by phone or in a talk keeps
 * its clock (EFFECTS aanmelding-ontvangen spokenKeeps): the school's decision step counting from it says that the 6 weeks
 * count only for a registration on paper or by e-mail, and to ask the school for the day of receipt in an e-mail. Not
 * when the school also confirmed the receipt on another way on that day.
 */
export const SPOKEN_REGISTRATION_NOTE = 'ui:reg35.spokenRegistration';
export const SPOKEN_RECEIPT_NOTE = 'ui:reg35.spokenReceipt';

/**
 * A registration by phone or in a talk after a refusal (the next school, most likely) writes nothing over the written
 * registration the refusal answered (EFFECTS spokenKeeps: its bezwaar term stays), so the plan's own "meld je kind
 * schriftelijk aan" does not come. It comes from the timeline then, with the note: a call is no registration at the next
 * school either (A01, FP01). Only when no registration on paper or by e-mail is logged on or after the call. A call after a
 * written registration the school has not decided on yet is just a call (no step: that registration's 6 weeks run).
 */
const WRITE_IN = 'schriftelijk-aanmelden';
export function spokenNextRegistrationSteps(events: Events, plan: Pick<Plan, 'steps' | 'today'>, answers?: Answers): PlanStep[] {
  if (!answers || plan.steps.some((s) => s.id === WRITE_IN)) return [];
  const calls = events.filter((e) => e.kind === 'aanmelding-verstuurd' && toldOnlyOrally(e));
  if (!calls.length) return [];
  const now = replay(answers, events);
  if (asString(now['aanmelding-hoe']) !== 'schriftelijk' || asString(now['aanmelding-besluit']) !== 'geweigerd') return [];
  const refused = [asString(now['weigering-datum']), ...events.filter((e) => e.kind === 'besluit-geweigerd').map((e) => e.date)].filter((d): d is IsoDate => d !== undefined && isIsoDate(d));
  const written = (from: IsoDate) => events.some((e) => REGISTRATION_KINDS.includes(e.kind) && !toldOnlyOrally(e) && !spokenReceipt(e) && e.date >= from);
  if (!calls.some((c) => refused.some((r) => c.date >= r) && !written(c.date))) return [];
  const rule = stepRules.find((r) => r.id === WRITE_IN);
  if (!rule) return [];
  return [{ id: WRITE_IN, group: 'nu', section: rule.section, letters: rule.letters ?? [], contacts: rule.contacts ?? [], params: {}, note: SPOKEN_REGISTRATION_NOTE }];
}

/**
 * Session 46 (s45-outputs): a registration logged only as sent ("Aanmelding verstuurd", no "Aanmelding ontvangen" on or after
 * it). The school's 6 weeks run from receipt (A04; 001:119, 002:744-746); the plan counts from the day sent, the nearest day
 * it knows, and said "6 weeks after the receipt of your registration (1 September)", as did the calendar file and the
 * gesprekskaart, the claim the reminder letter refuses to make (onlySent). The decision step's term now names the day sent
 * and that a later arrival moves the last day.
 */
export function sentDayStarts(events: Events, steps: readonly PlanStep[]): PlanStep[] {
  if (!events.some((e) => e.kind === 'aanmelding-verstuurd')) return [...steps];
  return steps.map((s) => {
    const d = s.deadline;
    if (s.id !== 'besluit-aanmelding' || !d || d.startWhat !== 'aanmelding-ontvangen' || !onlySent(d.start, events)) return s;
    return { ...s, deadline: { ...d, startWhat: 'aanmelding-verstuurd' } };
  });
}

/**
 * Session 46 (s040-lotte-toegelaten-alleen-telefoon): an admission logged as told by phone or in a talk writes no decision
 * (EFFECTS besluit-toegelaten oral). The school's decision step keeps its 6 weeks and says why: ask for the admission on
 * paper. Only for a step counting from a registration on or before that call.
 */
export const SPOKEN_ADMISSION_NOTE = 'ui:s46.spokenAdmission';
export function spokenAdmissionNotes(events: Events, steps: readonly PlanStep[]): PlanStep[] {
  const calls = events.filter((e) => e.kind === 'besluit-toegelaten' && toldOnlyOrally(e));
  if (!calls.length) return [...steps];
  return steps.map((s) => {
    const d = s.deadline;
    if (s.id !== 'besluit-aanmelding' || s.note || !d || !calls.some((c) => c.date >= d.start)) return s;
    return { ...s, note: SPOKEN_ADMISSION_NOTE };
  });
}

/**
 * Session 46 (hunt-s46 found 4): a registration (after a written refusal: the next school) whose extension the timeline holds:
 * "Besluit verlengd" logged within this registration's 6 weeks. The question is not asked after a refusal, so the plan
 * counted 6 weeks and said the school "may have" extended, while the parent had logged it and "te laat?" counted 10. The
 * decision step then counts 10 weeks from receipt (A05: once, at most 4 weeks; 001:119, 002:744-746).
 */
export function extensionAfterRefusalDeadlines(events: Events, steps: readonly PlanStep[], today: IsoDate, answers?: Answers): PlanStep[] {
  const logged = events.filter((e) => e.kind === 'besluit-verlengd' && !toldOnlyOrally(e)).map((e) => e.date);
  if (!logged.length) return [...steps];
  // Session 48: not an extension the timeline cannot place between this registration and an earlier one (ambiguousExtension).
  const more = answers !== undefined && asString(replay(answers, events)['meer-scholen']) === 'ja';
  const extended = (start: IsoDate) => logged.filter((x) => !(more && otherRegistrationsOpenAt(x, start, events).length > 0));
  return steps.map((s) => {
    const d = s.deadline;
    if (s.id !== 'besluit-aanmelding' || !d || d.unit !== 'weeks' || d.amount !== TERMS.admissionDecisionWeeks) return s;
    // Any extension logged within this registration's own 6 weeks is this registration's (without a refusal the answers
    // already hold it, and the step counts 10 weeks).
    if (!extended(d.start).some((x) => x >= d.start && !extensionAfterTerm(x, d.start))) return s;
    return { ...s, deadline: { ...deadline(d.start, d.startWhat, TERMS.admissionDecisionMaxWeeks, 'weeks', today), certain: d.certain } };
  });
}

/**
 * Session 47 (s041-mees-dossier-herinnering-telt-niet-opnieuw): a second "Dossier gevraagd" with no "Dossier gekregen" logged
 * since the first is a reminder, not a new request: the school's month (EXT, FACTS §X.13; the right itself 001:752,
 * 000:773-778) counts from the first request still waiting. Before, the reminder started a new month: the plan said
 * "nog 27 dagen" where the school was already late. The request a "Dossier gekregen" answered ends the wait; a request
 * after it starts a new one. The dossier step counts from that first waiting request, with its late group once passed
 * (as the catalogue's rule: dossier-herinneren lateGroup).
 */
export function dossierFirstRequest(events: Events, steps: readonly PlanStep[], today: IsoDate, answers?: Answers): PlanStep[] {
  // Also a first request answered in the questionnaire (lawyer-s47-changes D2), before the events wrote over it.
  const answered = answers && answeredDossierRequest(answers);
  const asked = answered ? [{ kind: 'dossier-gevraagd' as const, date: answered }] : [];
  return steps.map((s) => {
    const d = s.deadline;
    if (s.id !== 'dossier-herinneren' || !d) return s;
    // The step's own request is one of them (the answers' day, which may be newer than an older request logged later).
    const own = [{ kind: 'dossier-gevraagd' as const, date: d.start }];
    const start = firstWaitingDossierRequest([...asked, ...own, ...inOrder(events)].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
    if (start === undefined || d.start <= start) return s;
    const moved = { ...deadline(start, d.startWhat, d.amount, d.unit, today), certain: d.certain };
    return { ...s, deadline: moved, ...(moved.status === 'passed' ? { group: 'nu' as const } : {}) };
  });
}

/**
 * Session 51 (lawyer-s51-tlv-opp D6): the dossier step counts from a request logged from the letter "Vraag om correctie
 * van het dossier" (LETTER_KIND: it logs "Dossier gevraagd", and the AVG's month holds for a correction too). Its text then
 * speaks of that correction (G05; 001:762, 000:780-785), not of "the dossier you asked for" that the parent already has.
 */
export const DOSSIER_CORRECTION_TEXTS = 'ui:dossier51.planStep.dossierCorrectie';
export function dossierCorrectionTexts(events: Events, steps: readonly PlanStep[]): PlanStep[] {
  return steps.map((s) => {
    if (s.id !== 'dossier-herinneren' || !s.deadline || s.texts) return s;
    return correctionsOnly(events, s.deadline.start) ? { ...s, texts: DOSSIER_CORRECTION_TEXTS } : s;
  });
}

/**
 * Session 56 (lawyer-s56-fresh D2): a request to correct the dossier no longer writes "dossier-gezien: nee" (LETTER_SETS in
 * src/timeline/effects.ts): the parent has the dossier she asks to correct. Where the answers then say she has seen it (or
 * say nothing), the catalogue's dossier-herinneren (dossierRequestedAny: "not seen" and "asked") is not in the plan, and
 * this is it: the school's month (AVG, not in the sources: uncertain; G01/G05) from the first request still waiting when
 * that day's requests are all corrections (firstWaitingDossierRequest, as "te laat?" counts), with the correction's texts.
 * The catalogue's own rule makes it (its group, its late group, its section). Where the answers say she has not seen it,
 * the catalogue's step is there and speaks of the correction as before (dossierCorrectionTexts).
 */
export function dossierCorrectionSteps(events: Events, steps: readonly PlanStep[], today: IsoDate, answers?: Answers): PlanStep[] {
  if (!answers || steps.some((s) => s.id === DOSSIER_STEP) || !events.some(isCorrectionRequest)) return [...steps];
  const answered = answeredDossierRequest(answers);
  const asked = answered ? [{ kind: 'dossier-gevraagd' as const, date: answered }] : [];
  // Session 57: the plan has no step for a dossier not seen, so a correction after an inzage request is its own request
  // (firstWaitingDossierRequest `seen`), not a reminder of it: before, the correction's month was on no screen.
  const start = firstWaitingDossierRequest([...asked, ...inOrder(events)].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), true);
  const rule = stepRules.find((r) => r.id === DOSSIER_STEP);
  if (start === undefined || !correctionsOnly(events, start) || !rule) return [...steps];
  const f = factsFrom({ ...replay(answers, events), 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': start } as Answers, today);
  const d = rule.applies(f) ? rule.deadline?.(f) : undefined;
  if (!d) return [...steps];
  const group = d.status === 'passed' && rule.lateGroup ? rule.lateGroup : rule.group;
  return [...steps, {
    id: DOSSIER_STEP, group, section: rule.section, letters: rule.letters ?? [], contacts: rule.contacts ?? [],
    deadline: { ...d, certain: !rule.uncertain }, texts: DOSSIER_CORRECTION_TEXTS, params: {},
  }];
}
const DOSSIER_STEP = 'dossier-herinneren';

/**
 * Session 47 (s041-noor-verzoek-geschillencommissie-over-tlv): a request to the Geschillencommissie logged on or after a TLV
 * decision, with no bezwaar logged since. That commission hears admission, removal and the OPP (001:723-729), not a TLV: a
 * bezwaar against a TLV goes to the samenwerkingsverband (001:939-941; 000:929-936; EXT, FACTS E18). The TLV bezwaar
 * steps whose decision came on or before the request say so, so a parent who thinks she objected does not let the term go.
 */
export const GPO_NOT_TLV_NOTE = 'ui:s47.gpoNietTlv';
/** Beside a bezwaar logged by phone or in a talk (SPOKEN_OBJECTION_NOTE): both notes, one after the other (lawyer-s47-changes D5). */
export const GPO_NOT_TLV_SPOKEN_NOTE = 'ui:s47.gpoNietTlvSpoken';
const TLV_OBJECTION_STEP = /^(tlv-bezwaar|eerdere-tlv-afwijzing(-\d+)?|tlv-afwijzing-voor-toekenning(-\d+)?|eerdere-tlv-toekenning(-\d+)?)$/;
export function gpoNotTlvNotes(events: Events, steps: readonly PlanStep[]): PlanStep[] {
  const requests = events.filter((e) => e.kind === 'gpo-ingediend').map((e) => e.date);
  if (!requests.length) return [...steps];
  return steps.map((s) => {
    const d = s.deadline;
    if ((s.note && s.note !== SPOKEN_OBJECTION_NOTE) || !TLV_OBJECTION_STEP.test(s.id) || !d || d.status === 'passed') return s;
    const asked = requests.filter((r) => r >= d.start);
    if (!asked.length || events.some((e) => isObjection(e) && e.date >= d.start)) return s;
    return { ...s, note: s.note ? GPO_NOT_TLV_SPOKEN_NOTE : GPO_NOT_TLV_NOTE };
  });
}

export function spokenRegistrationNotes(events: Events, steps: readonly PlanStep[]): PlanStep[] {
  const spoken = events.filter((e) => (e.kind === 'aanmelding-verstuurd' && toldOnlyOrally(e)) || spokenReceipt(e));
  if (!spoken.length) return [...steps];
  return steps.map((s) => {
    if (s.note) return s;
    if (s.id === 'schriftelijk-aanmelden') return { ...s, note: SPOKEN_REGISTRATION_NOTE };
    const start = s.deadline?.start;
    if (s.id !== 'besluit-aanmelding' || start === undefined) return s;
    const onDay = events.filter((e) => e.kind === 'aanmelding-ontvangen' && e.date === start);
    return onDay.length > 0 && onDay.every(spokenReceipt) ? { ...s, note: SPOKEN_RECEIPT_NOTE } : s;
  });
}

/**
 * Session 35: a TLV refusal logged after a bezwaar against an earlier TLV refusal may be the samenwerkingsverband's
 * decision on that bezwaar (the committee advises, then the samenwerkingsverband decides on the bezwaar: E17, 000:929-936,
 * 969-976). Then a new bezwaar is not the way on; what is (court, its term) is not in the sources (FACTS F16). The plan's
 * own tlv-bezwaar, counting from that newest refusal, keeps its last day (it may be a new decision: the safe side) and says
 * so: ask the steunpunt or a lawyer soon. Not when a new TLV application is logged after the bezwaar (the refusal then
 * answers it: sessions 33, 34), nor when the bezwaar is told only by phone (no bezwaar, session 34).
 */
export { DECISION_ON_OBJECTION_NOTE, SCHOOL_DECISION_ON_OBJECTION_NOTE };

export function decisionOnObjectionNotes(events: Events, steps: readonly PlanStep[], answers?: Answers): PlanStep[] {
  if (!answers) return [...steps];
  const own = steps.find((s) => s.id === PLAN_TLV_REFUSAL && !s.texts && !s.note);
  const latest = own?.deadline?.start;
  const decisions = tlvDecisions(events, answers);
  if (!own || latest === undefined || !decisions.some((d) => d.kind === 'tlv-afgewezen' && d.date === latest)) return schoolDecisionOnObjectionNotes(events, steps, answers);
  const answered = asString(answers['bezwaar-datum']);
  const objections = [
    ...events.filter(isObjection).map((e) => e.date),
    ...(asString(answers['bezwaar-ingediend']) === 'ja' && answered !== undefined && isIsoDate(answered) ? [answered] : []),
  ];
  const applied = (from: IsoDate) => events.some((e) => e.kind === 'tlv-aangevraagd' && e.date > from && e.date <= latest);
  const found = decisions.some((r) => r.kind === 'tlv-afgewezen' && r.date < latest && objections.some((b) => b >= r.date && b < latest && !applied(b)));
  return schoolDecisionOnObjectionNotes(events, found ? steps.map((s) => (s === own ? { ...s, note: DECISION_ON_OBJECTION_NOTE } : s)) : [...steps], answers);
}

/**
 * The same for the school board: a refusal (or a removal decision) on paper logged after a bezwaar against an earlier one
 * may be the board's decision on that bezwaar (the board decides again: steps.yaml bezwaar-loopt; 002:748-750, 805-807).
 * Not when a registration on paper is logged between the bezwaar and the new decision (a refusal or removal at the next
 * school then). The plan's own bezwaar step keeps its date and says so (ui:reg35.beslissingOpBezwaar).
 */
const SCHOOL_DECISIONS = [
  { step: PLAN_REFUSAL, kind: 'besluit-geweigerd', answer: 'weigering-datum', written: (a: Answers) => asString(a['weigering-schriftelijk']) !== 'nee' && asString(a['aanmelding-besluit']) === 'geweigerd' },
  { step: 'bezwaar-verwijdering', kind: 'verwijdering-besluit', answer: 'verwijdering-datum', written: (a: Answers) => asString(a['verwijdering-besluit']) === 'schriftelijk' },
] as const;

function schoolDecisionOnObjectionNotes(events: Events, steps: readonly PlanStep[], answers: Answers): PlanStep[] {
  const answered = asString(answers['bezwaar-datum']);
  const objections = [
    ...events.filter(isObjection).map((e) => e.date),
    ...(asString(answers['bezwaar-ingediend']) === 'ja' && answered !== undefined && isIsoDate(answered) ? [answered] : []),
  ];
  if (!objections.length) return [...steps];
  const registered = (from: IsoDate, to: IsoDate) => events.some((e) => REGISTRATION_KINDS.includes(e.kind) && !toldOnlyOrally(e) && e.date > from && e.date <= to);
  return steps.map((s) => {
    const d = SCHOOL_DECISIONS.find((x) => x.step === s.id);
    const latest = s.deadline?.start;
    if (!d || s.texts || s.note || latest === undefined) return s;
    if (!events.some((e) => e.kind === d.kind && e.date === latest && !toldOnlyOrally(e))) return s;
    const first = asString(answers[d.answer]);
    const earlier = [
      ...events.filter((e) => e.kind === d.kind && !toldOnlyOrally(e)).map((e) => e.date),
      ...(first !== undefined && isIsoDate(first) && d.written(answers) ? [first] : []),
    ].filter((x) => x < latest);
    const found = earlier.some((r) => objections.some((b) => b >= r && b < latest && !registered(b, latest)));
    return found ? { ...s, note: SCHOOL_DECISION_ON_OBJECTION_NOTE } : s;
  });
}

/**
 * Session 36: a registration logged on a later day made the school's extension "weet ik niet" (EFFECTS newTerm): the plan's
 * decision step counts 6 weeks from the new day, and once they pass names the 10-week day as what may still be ahead. The
 * parent told us the school took more time: the step says why that is not counted now (it may have been for the earlier
 * registration) and what to do when the school extends this one. Not once the parent answers or logs the extension again
 * (the step then counts 10 weeks). `by`: extensionLeftBehindBy (src/timeline/model.ts) on the questionnaire's answers.
 */
export const EXTENSION_UNKNOWN_NOTE = 'ui:ext36.extensionEarlierRegistration';

/**
 * Session 45 (s035-verlenging-na-zes-weken): an extension logged after the admission's 6 weeks had ended makes the school's
 * extension "weet ik niet" (lateExtension in src/timeline/model.ts). The decision step counts 6 weeks, passed, and names
 * the 10-week day as what the school may still claim; its note says the letter came late and whom to ask, since the step's
 * own text reads "did the school tell you? then it has until …". Not once the parent answers the extension herself.
 */
export const LATE_EXTENSION_NOTE = 'ui:s45.lateExtension';

export function lateExtensionNotes(events: Events, steps: readonly PlanStep[]): PlanStep[] {
  return steps.map((s) => {
    const d = s.deadline;
    if (s.id !== 'besluit-aanmelding' || s.note || !ownTexts(s) || !d || d.due !== addWeeks(d.start, TERMS.admissionDecisionWeeks)) return s;
    const late = events.filter((e) => e.kind === 'besluit-verlengd' && extensionAfterTerm(e.date, d.start)).map((e) => e.date).sort()[0];
    // Session 81 (s81-left, e): the deadline carries the late letter's day too: the line beside the date (leftText, the first
    // screen's and the step's) says it came after the 6 weeks, as the note does, instead of asking whether the school extended.
    return late === undefined ? s : { ...s, note: LATE_EXTENSION_NOTE, params: { ...s.params, verlengd: late }, deadline: d.maybeExtendedTo ? { ...d, extendedLate: late } : d };
  });
}

/**
 * Session 45 (s036-twee-schorsingen-achter-elkaar): suspensions logged one right after the other (each starting at most a
 * week after the one before), together longer than a week, while the latest one's own week still runs, so the plan's
 * schorsing-einde counts only from the latest letter and says nothing of the weeks before. In primary school a suspension
 * lasts at most a week (C10, 002:2362); suspending a child too long breaks the law (C11, 002:2303-2307). The plan then gets
 * the warning the questionnaire gives a suspended child at home for more than a week (suspendedTooLong in
 * src/rules/steps/warnings.ts). Only while the plan counts the latest suspension's week (schorsing-einde, not passed).
 */
export const SUSPENDED_TOO_LONG = 'schorsing-te-lang';

export function suspensionChainTooLong(events: Events, plan: Pick<Plan, 'steps' | 'today'>, answers?: Answers, start = suspensionChainStart(events, plan, answers)): boolean {
  const end = plan.steps.find((s) => s.id === 'schorsing-einde')?.deadline;
  // Session 50 (lawyer-s50-thuis D1): the warning once the chain is longer than a week today, while the latest
  // suspension's own week runs (after it, the plan's step, passed and counted from the chain's first day, says it: as for
  // one suspension, suspendedTooLong).
  return start !== undefined && end !== undefined && end.status !== 'passed' && daysBetween(start, plan.today) > SUSPENSION_DAYS;
}

/**
 * The first day of such a chain of suspensions, when it is longer than a week while the latest one's week still runs.
 * Session 47 (s042-yara-schorsingen-aan-elkaar): the plan's schorsing-einde then counts its week from that day (passed:
 * its late text, "ask the school to let your child come back at once"). Before, it counted from the latest letter, and
 * the first screen named that letter's last day as the next date ("zorg dat je kind weer naar school mag"), as if a
 * second week were allowed (C10, C11; 002:2362, 2303-2307). `plan`: the plan before the timeline's passes.
 */
export function suspensionChainStart(events: Events, plan: Pick<Plan, 'steps' | 'today'>, answers?: Answers): IsoDate | undefined {
  // The plan's own step: the child is suspended by the answers, from this day.
  const end = plan.steps.find((s) => s.id === 'schorsing-einde')?.deadline;
  if (!end) return undefined;
  // Session 50 (lawyer-s50-thuis D4): a first day at home logged after an earlier suspension (the child was at school in
  // between): the chain starts no earlier. Before, a 2-day suspension, a week at school and a new one were one chain "longer
  // than a week", whose day back had passed.
  // Session 55: nor before a day back at school logged (weer-naar-school): suspensions dated before it are over.
  const home = events.filter((e) => (e.kind === 'thuis-vanaf' || e.kind === BACK_AT_SCHOOL) && e.date <= end.start).map((e) => e.date).sort().at(-1);
  // Session 50: a suspension answered in the questionnaire (`answers`: the questionnaire's own) is one of them, as a logged
  // one is: the same story answered or logged gives the same day back.
  const answered = asString(answers?.['schorsing-datum']);
  const logged = events.filter((e) => e.kind === 'schorsing').map((e) => e.date);
  const days = [...logged, ...(answered !== undefined && isIsoDate(answered) ? [answered] : [])].filter((d) => d <= end.start && (home === undefined || d >= home)).sort();
  let start = end.start;
  for (const d of [...days].reverse()) if (d >= addDays(start, -SUSPENSION_DAYS)) start = d;
  // Session 50 (lawyer-s50-thuis D1-D3): from the day the next suspension is logged, and after the latest one's own week.
  // Before, only once today was more than a week after the first day and while the latest week ran: on the days before,
  // the plan, the card and the calendar gave the latest letter's later day back (12 November for letters of 2 and 5
  // November, then 9 November, passed), and after it the later day again.
  return start < end.start ? start : undefined;
}

/** The plan's schorsing-einde counted from the chain's first day (suspensionChainStart). */
export function suspensionChainEnd(steps: readonly PlanStep[], start: IsoDate | undefined, today: IsoDate): PlanStep[] {
  if (start === undefined) return [...steps];
  return steps.map((s) => (s.id === 'schorsing-einde' && s.deadline ? { ...s, deadline: { ...deadline(start, s.deadline.startWhat, s.deadline.amount, s.deadline.unit, today), certain: s.deadline.certain } } : s));
}

export function extensionUnknownNotes(by: TimelineEvent | undefined, steps: readonly PlanStep[]): PlanStep[] {
  if (!by) return [...steps];
  return steps.map((s) => {
    const d = s.deadline;
    if (s.id !== 'besluit-aanmelding' || s.note || !d || d.start < by.date || d.due !== addWeeks(d.start, TERMS.admissionDecisionWeeks)) return s;
    return { ...s, note: EXTENSION_UNKNOWN_NOTE };
  });
}

/**
 * Session 37: the plan marks a TLV decision dated after the bezwaar as maybe the decision on it, from the answers alone
 * (src/rules/plan.ts markDecisionOnObjection: "bezwaar loopt" asks to look in the letter, the TLV bezwaar step says another
 * bezwaar may not be the way). The timeline knows more: a new TLV application logged after the latest bezwaar before that
 * decision, the decision answers the application (as session 35's decisionOnObjectionNotes reads it), and the bezwaar still
 * waits for its own decision. Then both are as before. `answers`: the questionnaire's answers.
 */
export function tlvApplicationAnswered(events: Events, steps: readonly PlanStep[], answers?: Answers): PlanStep[] {
  const marked = steps.find((s) => s.id === 'bezwaar-loopt' && s.texts === OBJECTION_MAY_BE_DECIDED_TEXTS);
  const decided = marked?.params['besluit'];
  if (!answers || decided === undefined || !isIsoDate(decided) || !tlvDecisions(events, answers).some((d) => d.date === decided)) return [...steps];
  const answered = asString(answers['bezwaar-datum']);
  const objections = [
    ...events.filter(isObjection).map((e) => e.date),
    ...(asString(answers['bezwaar-ingediend']) === 'ja' && answered !== undefined && isIsoDate(answered) ? [answered] : []),
  ].filter((b) => b < decided);
  const last = objections.sort().at(-1);
  if (last === undefined || !events.some((e) => e.kind === 'tlv-aangevraagd' && e.date > last && e.date <= decided)) return [...steps];
  const rule = stepRules.find((r) => r.id === 'bezwaar-loopt');
  return steps.map((s) => {
    if (s === marked && rule) return unmarkedObjection(s, rule, events, answers, decided);
    return s.id === PLAN_TLV_REFUSAL && s.note === DECISION_ON_OBJECTION_NOTE && s.deadline?.start === decided ? withoutNote(s) : s;
  });
}

const withoutNote = ({ note: _note, ...rest }: PlanStep): PlanStep => rest;

/**
 * "Bezwaar loopt" back as the plan had it before markDecisionOnObjection marked it: its own group and its own texts. Session
 * 69 (s69-left): its own texts, not none: for a bezwaar against the TLV decision alone the rule's texts name the SWV's
 * committee or the LBT, not the Geschillencommissie (BEZWAAR_LOOPT_TLV_TEXTS, session 68; E16, E17, F07). Dropping them
 * gave the general text once a new TLV application showed the later decision answers it. The rule reads them from the
 * answers after the timeline (replay), as the plan was built; `on` only fills the facts' day, which these texts do not read.
 */
function unmarkedObjection(s: PlanStep, rule: (typeof stepRules)[number], events: Events, answers: Answers, on: IsoDate): PlanStep {
  const { texts: _texts, params: { besluit: _besluit, ...params }, ...rest } = s;
  const texts = rule.texts?.(factsFrom(replay(answers, events), on));
  return { ...rest, group: rule.group, params, ...(texts ? { texts } : {}) };
}

/**
 * Session 55 (lawyer-s55-timeline D2): the plan marks a refusal or a removal decision dated after the bezwaar as maybe the
 * board's decision on it (markDecisionOnObjection, from the answers alone: no decision known on or before the bezwaar).
 * The timeline may show that the only decision before every such bezwaar was told by phone or in a talk (toldOnlyOrally):
 * that is no decision (A20, 004:4399-4402; FP02, 003:622-632; C08, 002:818-840), so the decision on paper is the first one
 * and its 6 weeks for bezwaar run (A21, 002:748-750; C09, 002:846-850). Its bezwaar step said "another bezwaar may not be
 * the way", beside a Geschillencommissie step saying the same: a parent could let the 6 weeks pass (FP-P4). Then the marks
 * go: "bezwaar loopt" is plain again, the Geschillencommissie step loses its note, and the bezwaar step says the earlier
 * bezwaar came before any decision and to make bezwaar against this one too, to be safe (ui:s55.bezwaarVoorBesluit). No
 * date changes. `answers`: the questionnaire's answers.
 */
export const OBJECTION_BEFORE_DECISION_NOTE = 'ui:s55.bezwaarVoorBesluit';
const DECISION_OF: Readonly<Record<string, TimelineEvent['kind']>> = { 'bezwaar-weigering': 'besluit-geweigerd', 'bezwaar-verwijdering': 'verwijdering-besluit' };
const OBJECTABLE: readonly string[] = ['besluit-geweigerd', 'verwijdering-besluit', 'tlv-afgewezen', 'tlv-toegekend'];
export function objectionBeforeDecision(events: Events, steps: readonly PlanStep[], answers?: Answers): PlanStep[] {
  const marked = steps.find((s) => s.id === 'bezwaar-loopt' && s.texts === OBJECTION_MAY_BE_DECIDED_TEXTS);
  const decided = marked?.params['besluit'];
  if (!answers || decided === undefined || !isIsoDate(decided)) return [...steps];
  const own = steps.find((s) => Object.hasOwn(DECISION_OF, s.id) && s.note === SCHOOL_DECISION_ON_OBJECTION_NOTE && s.deadline?.start === decided);
  const kind = own && DECISION_OF[own.id];
  if (!own || !events.some((e) => e.kind === kind && e.date === decided && !toldOnlyOrally(e))) return [...steps];
  const answered = asString(answers['bezwaar-datum']);
  const objections = [
    ...events.filter(isObjection).map((e) => e.date),
    ...(asString(answers['bezwaar-ingediend']) === 'ja' && answered !== undefined && isIsoDate(answered) ? [answered] : []),
  ].filter((b) => b < decided);
  // Every such bezwaar: a decision of this kind told only orally before it, and no decision on paper of any kind.
  const afterSpokenOnly = (b: IsoDate) =>
    events.some((e) => e.kind === kind && toldOnlyOrally(e) && e.date <= b) && !events.some((e) => OBJECTABLE.includes(e.kind) && !toldOnlyOrally(e) && e.date <= b);
  if (!objections.length || !objections.every(afterSpokenOnly)) return [...steps];
  const rule = stepRules.find((r) => r.id === 'bezwaar-loopt');
  const last = objections.sort().at(-1)!;
  return steps.map((s) => {
    if (s === marked && rule) return unmarkedObjection(s, rule, events, answers, decided);
    if (s === own) return { ...s, note: OBJECTION_BEFORE_DECISION_NOTE, params: { ...s.params, bezwaarEerder: last } };
    return s.id === 'geschillencommissie' && s.note === GPO_FROM_OBJECTION_DECISION_NOTE && s.deadline?.start === decided ? withoutNote(s) : s;
  });
}

/**
 * Session 54 (lawyer-s53-months D4): a letter or e-mail to the leerplichtambtenaar logged (a plain event with that party, or
 * the app's own letter bericht-leerplichtambtenaar ticked as sent: EFFECTS LETTER_KIND). A plain event writes no answer
 * (PLAIN_KINDS), so the plan's leerplicht-inschakelen still said "contact the leerplichtambtenaar, tell them your child is
 * at home" as if she had not. The step stays (the leerplichtambtenaar stays a contact: D06, 000:1082-1091) and its note
 * names the latest such day: no answer yet? Call or write again. No term: the sources give none for the leerplichtambtenaar
 * (D06; FACTS §X.16), so none is named.
 */
export const LPA_WRITTEN_NOTE = 'ui:s54.lpaGeschreven';
/**
 * Session 57 (left open by session 56): a call or a talk with the leerplichtambtenaar logged ("Telefoontje", "Gesprek", or
 * "Anders" by phone or in a talk). The step still said "contact the leerplichtambtenaar, tell them your child is at home"
 * as if she had not. She has: the note says so, and that a call or a talk leaves nothing on paper, so to confirm in
 * writing what she told and what was agreed (the step's own letter bericht-leerplichtambtenaar, or a short e-mail). Still
 * no term (D06; FACTS §X.16). The latest contact decides which note: a letter or e-mail on or after the latest call is on
 * paper already (LPA_WRITTEN_NOTE).
 */
export const LPA_SPOKEN_NOTE = 'ui:tl57.lpaGesproken';
const WRITTEN_KINDS: readonly string[] = ['brief', 'e-mail'];
const SPOKEN_KINDS: readonly string[] = ['telefoontje', 'gesprek'];
const WRITTEN_HOWS: readonly string[] = ['brief', 'e-mail'];
const SPOKEN_HOWS: readonly string[] = ['telefoon', 'gesprek'];
/** How a logged event with the leerplichtambtenaar reached them: on paper or by e-mail, by phone or in a talk, or not known. */
function lpaContactOf(e: TimelineEvent): 'written' | 'spoken' | undefined {
  if (!e.parties.includes('leerplichtambtenaar') || isLegal(e.kind)) return undefined;
  if (WRITTEN_KINDS.includes(e.kind)) return 'written';
  if (SPOKEN_KINDS.includes(e.kind)) return 'spoken';
  // "Anders": its "Hoe?" tells.
  if (e.how !== undefined && WRITTEN_HOWS.includes(e.how)) return 'written';
  if (e.how !== undefined && SPOKEN_HOWS.includes(e.how)) return 'spoken';
  return undefined;
}
/**
 * Session 57: only a contact after the latest day back at school logged up to today ("Kind gaat weer naar school"): one
 * before it was about an earlier time at home and told the leerplichtambtenaar nothing about this one. Before, at home
 * again months later, the step said "Je hebt dus al contact gehad" for a call of the time before. The latest day up to
 * today of each: a letter or e-mail (`written`), a call or a talk (`spoken`), in one pass over the events.
 */
export function lpaContacts(events: Events, today: IsoDate): { written?: IsoDate; spoken?: IsoDate } {
  const back = latestBack(events.filter((e) => e.date <= today));
  const latest: { written?: IsoDate; spoken?: IsoDate } = {};
  for (const e of events) {
    if (e.date > today || (back !== undefined && e.date <= back)) continue;
    const how = lpaContactOf(e);
    if (how !== undefined && (latest[how] === undefined || e.date > latest[how]!)) latest[how] = e.date;
  }
  return latest;
}
/** Any contact with the leerplichtambtenaar logged up to today (withEvents' shortcut). */
export const lpaContacted = (events: Events, today: IsoDate): boolean => {
  const { written, spoken } = lpaContacts(events, today);
  return written !== undefined || spoken !== undefined;
};
export function lpaWrittenNotes(events: Events, steps: readonly PlanStep[], today: IsoDate): PlanStep[] {
  const { written, spoken } = lpaContacts(events, today);
  if (written === undefined && spoken === undefined) return [...steps];
  const note: { note: string; param: Record<string, string> } = spoken !== undefined && (written === undefined || spoken > written)
    ? { note: LPA_SPOKEN_NOTE, param: { lpaGesproken: spoken } }
    : { note: LPA_WRITTEN_NOTE, param: { lpaGeschreven: written! } };
  return steps.map((s) => (s.id === 'leerplicht-inschakelen' && !s.note ? { ...s, note: note.note, params: { ...s.params, ...note.param } } : s));
}

/**
 * Session 55: "Kind gaat weer naar school" (EFFECTS weer-naar-school). The latest day back logged, when no first day at home
 * or suspension is dated on or after it: logged ("Eerste dag thuis", "Geschorst") or answered in the questions (`answers`,
 * the questionnaire's own: thuis-sinds, schorsing-datum). Home again on the day back counts as at home (the safe side: the
 * steps stay). Session 56: read once, in atSchool (before, backAtSchoolDay read the latest day back and atSchool again).
 */
export const BACK_AT_SCHOOL = 'weer-naar-school';
const latestBack = (events: Events): IsoDate | undefined => events.filter((e) => e.kind === BACK_AT_SCHOOL).map((e) => e.date).sort().at(-1);
const answeredDays = (answers: Answers | undefined, qs: readonly string[]): IsoDate[] =>
  qs.map((q) => asString(answers?.[q])).filter((d): d is IsoDate => d !== undefined && isIsoDate(d));
/** Every first day at home or suspension: logged, or answered in the questions (`answers`, the questionnaire's own). */
const homeStarts = (events: Events, answers: Answers | undefined): IsoDate[] =>
  [...events.filter((e) => e.kind === 'thuis-vanaf' || e.kind === 'schorsing').map((e) => e.date), ...answeredDays(answers, ['thuis-sinds', 'schorsing-datum'])];

/**
 * The plan's steps and warnings that only make sense while the child is at home (src/rules/steps/thuiszitten.ts, the
 * warnings schorsing-te-lang, vrijstelling and niet-welkom-zorgplicht). Not the removal's steps (its decision on paper, its
 * bezwaar, its date: verwijderbesluit-*, bezwaar-verwijdering, verwijderdatum-achterhalen), nor the onderwijsconsulenten
 * (a conflict may run on): a running term never leaves the plan. schorsing-einde is the one with a day: the suspension's
 * week (C10, 002:2362) is over once the child is back.
 */
const AT_HOME = {
  steps: [
    'onderwijs-thuis-vragen', 'afspraken-thuis-vastleggen', 'maatwerk-onderwijstijd', 'inschrijving-navragen', 'inschrijving-na-besluit',
    'uitschrijving-navragen', 'nergens-ingeschreven', 'schorsing-einde', 'schorsingsdatum-achterhalen', 'leerplicht-inschakelen',
    'verzuim-melding', 'verzuim-niet-ingeschreven', 'thuisdatum-achterhalen',
  ],
  // Session 68 (s68-facts): the stopgaps while at home on a waiting list (D24) go once the child is back at school.
  warnings: [SUSPENDED_TOO_LONG, 'vrijstelling', 'niet-welkom-zorgplicht', 'wachtlijst-overbruggen'],
} as const;
/**
 * Back at school after a suspension, then at home again with no new suspension logged or answered (a first day at home
 * after the day back): the suspension ended with the day back, so its week and "langer dan een week geschorst?" do not come
 * back with the other at-home steps. A new suspension brings its own week (suspensionChainStart starts no chain before a
 * day back).
 */
const SUSPENSION_OVER = { steps: ['schorsing-einde'], warnings: [SUSPENDED_TOO_LONG] } as const;
/**
 * What the timeline says of the time at home (atSchool): `back` the latest day back at school; `kind` 'back-at-school' when
 * the child is at school now (AT_HOME left out), 'suspension-over' when it is home again after a suspension that ended with
 * that day (SUSPENSION_OVER left out); `steps` and `warnings` what the plan leaves out. The gesprekskaart reads `kind`
 * (src/meeting/card.ts, session 56).
 */
export type AtSchool = {
  readonly kind: 'back-at-school' | 'suspension-over';
  readonly back: IsoDate;
  readonly steps: readonly string[];
  readonly warnings: readonly string[];
};
export function atSchool(events: Events, answers?: Answers): AtSchool | undefined {
  const back = latestBack(events);
  if (back === undefined) return undefined;
  if (!homeStarts(events, answers).some((d) => d >= back)) return { kind: 'back-at-school', back, ...AT_HOME };
  const suspended = [...events.filter((e) => e.kind === 'schorsing').map((e) => e.date), ...answeredDays(answers, ['schorsing-datum'])].sort().at(-1);
  return suspended !== undefined && suspended < back ? { kind: 'suspension-over', back, ...SUSPENSION_OVER } : undefined;
}
/**
 * Session 56 (a lawyer's story in tests/unit/card-s56.test.ts): the questionnaire's schorsing-te-lang (suspendedTooLong in
 * src/rules/steps/warnings.ts) counts the days at home from the answered first day at home (thuis-sinds). A day back at
 * school logged after that day and on or before the suspension's first day ended that time at home: the child is at home
 * again only since the first day at home or suspension on or after the day back (logged, or answered: `answers`, the
 * questionnaire's own). While that is a week or less, "je kind zit al langer dan een week thuis" is not so, and the
 * warning goes (withEvents). Before, at home (not welcome) from 12 November, back on 20 November and suspended on
 * 30 November, the plan said on 3 December "Langer dan een week geschorst?". Suspensions one right after the other after
 * the day back still warn (suspensionChainTooLong: its chain starts no earlier than the day back).
 */
export function homeAgainWithinWeek(events: Events, plan: Pick<Plan, 'steps' | 'today'>, answers?: Answers): boolean {
  const back = latestBack(events);
  const start = plan.steps.find((s) => s.id === 'schorsing-einde')?.deadline?.start;
  if (back === undefined || start === undefined || back > start) return false;
  const again = homeStarts(events, answers).filter((d) => d >= back).sort()[0];
  return again !== undefined && daysBetween(again, plan.today) <= SUSPENSION_DAYS;
}
/**
 * Session 68 (s68-return, R2): the child is back at school (atSchool 'back-at-school'). The at-home steps leave (notAtHome),
 * but the onderwijsconsulenten stayed under "Binnenkort" (its groupFor reads isThuiszitter from the answers), so the first
 * screen named them as a first action of a child back at school; and "Zet afspraken op papier" (afspraken-bevestigen) was
 * gone, dropped beside afspraken-thuis-vastleggen (order.ts STEP_MERGES), which left with the at-home steps. The
 * onderwijsconsulenten are for a parent and school who are stuck (D22, F05; 001:719, 002:2763-2790): after a return, that is
 * "if it goes wrong again", so their step goes under "Als het niet lukt". afspraken-bevestigen comes under "Binnenkort",
 * first there, with its own text naming the day back (F01: agreements on paper; the help in the OPP if there is one; whom
 * to call if it goes wrong again). No term is touched: neither step has one. A meeting's steps still drop it (STEP_MERGES).
 */
export const BACK_AT_SCHOOL_AGREEMENTS_TEXTS = 'ui:return68.planStep.afsprakenTerug';
const AGREEMENTS = 'afspraken-bevestigen';
export function backAtSchoolSteps(steps: readonly PlanStep[], at: AtSchool | undefined): PlanStep[] {
  if (at?.kind !== 'back-at-school') return [...steps];
  const own = steps.find((s) => s.id === AGREEMENTS);
  // Session 69 (s69-readback, 1): not in the plan (dropped beside a merged step), the step is made from its catalogue rule,
  // as the timeline's other steps are: one source for its section, letters and contacts (before, a copy here named the
  // school as contact and the rule none).
  const rule = stepRules.find((r) => r.id === AGREEMENTS)!;
  const agreements: PlanStep = {
    ...(own ?? { id: AGREEMENTS, section: rule.section, letters: rule.letters ?? [], contacts: rule.contacts ?? [] }),
    group: 'binnenkort', texts: BACK_AT_SCHOOL_AGREEMENTS_TEXTS, params: { ...(own?.params ?? {}), terug: at.back },
  };
  const rest = steps
    .filter((s) => s !== own)
    .map((s) => (s.id === 'onderwijsconsulenten' && s.group === 'binnenkort' ? { ...s, group: 'als-het-niet-lukt' as const } : s));
  return [agreements, ...rest];
}
/**
 * Session 74 (s74-first, 1; s073-verwijderd-elders-toegelaten-eind): removed by the old school (the plan's removal bezwaar
 * counts from `removed`), admitted on paper at another school after that day ("Besluit op papier - toegelaten" logged: the
 * school that removed the child does not admit it again), de-registered by the old school ("Uitgeschreven" logged, or
 * "ingeschreven: nee" answered), and logged back at school ("Kind gaat weer naar school", `back`: atSchool 'back-at-school')
 * on or after that admission: the child goes to the new school. The questionnaire asks the day of enrolment only of a parent
 * who told the school of a support need (inschrijving-datum, admittedNeedsSupport), so the plan's own rule for this
 * (enrolledElsewhereAfterRemoval, src/rules/steps/predicates.ts) did not see it, and on 27 October the first screen led with
 * the removal's bezwaar and the Geschillencommissie, both passed on 25 October, for a child at school B since that day.
 * From the enrolment elsewhere the new school has the zorgplicht (A23, 002:734-736); the removal's bezwaar and commission
 * are a choice now (C09, F07: whether she wants the child back at the old school), with their dates and texts kept.
 * An admission only by phone or in a talk does not count (A20). `answers`: the questionnaire's own.
 */
export function backAtNewSchoolAfterRemoval(events: Events, answers: Answers | undefined, back: IsoDate | undefined, removed: IsoDate | undefined): boolean {
  if (back === undefined || removed === undefined) return false;
  const deregistered = events.some((e) => e.kind === 'uitschrijving') || asString(answers?.['ingeschreven']) === 'nee';
  return deregistered && events.some((e) => e.kind === 'besluit-toegelaten' && !toldOnlyOrally(e) && e.date > removed && e.date <= back);
}
/** The list without what `at` leaves out (atSchool). */
export const notAtHome = <T extends { id: string }>(list: readonly T[], ids: readonly string[] | undefined): T[] =>
  ids === undefined ? [...list] : list.filter((x) => !ids.includes(x.id));

/**
 * Session 73 (s73-timeline): the answers on a bezwaar and on a request to the Geschillencommissie, logged as their own kinds
 * (EFFECTS bezwaar-beslist, gpo-advies). Before, they could be logged only as a plain "brief": the plan kept "Wacht op het
 * besluit over je bezwaar" and "Bereid je voor op de zitting van de commissie" after both had come, and said nothing of
 * what may follow a decision on a bezwaar (a court, with its own term: not in the sources, F16). Or as a new refusal or
 * removal decision: a new 6-week bezwaar and Geschillencommissie then led the first screen.
 * - The decision on a bezwaar, logged on or after the latest bezwaar (logged on paper or answered): bezwaar-loopt gets its own
 *   texts (the decision's day; what follows and its term are not in the sources and may run from that day: ask the steunpunt
 *   or a jurist now; what the board did with the commission's advice), under "Nu doen". The commission heard the case
 *   before the board decided (F13 EXT: the board waits for the advice): gpo-loopt leaves the plan when the decision is
 *   logged on or after the latest request.
 * - The commission's advice, logged on or after the latest request, with no decision on a bezwaar logged since: gpo-loopt
 *   gets its own texts (the advice weighs heavily, the board tells her and the commission in writing what it does with it,
 *   with reasons if it deviates: F10; how long the board may take is not in the sources: ask).
 * No term starts or moves: both kinds write no answer.
 */
// Session 75: defined in src/rules/order.ts (rule 3c orders the step by it), re-exported here where it was.
export { LETTER_AFTER_OBJECTION_TEXTS, OBJECTION_DECIDED_TEXTS };
export const GPO_ADVISED_TEXTS = 'ui:timeline73.planStep.gpoAdvies';

/**
 * The day of the latest request to the Geschillencommissie: logged on paper, or answered in the questions with its day.
 * Session 76: objectionAnsweredSteps read only a logged one, so a request answered after a decision on the bezwaar logged
 * took "gpo-loopt" out of the plan (tests/unit/gpo-s76.test.ts); letterAfterObjectionSteps read both, and both read this.
 */
function latestGpoRequest(events: Events, answers?: Answers): IsoDate | undefined {
  const day = asString(answers?.['gpo-datum']);
  const answered = asString(answers?.['gpo-ingediend']) === 'ja' && day !== undefined && isIsoDate(day) ? [day] : [];
  return [...events.filter((e) => e.kind === 'gpo-ingediend' && !toldOnlyOrally(e)).map((e) => e.date), ...answered].sort().at(-1);
}

export function objectionAnsweredSteps(events: Events, steps: readonly PlanStep[], answers?: Answers): PlanStep[] {
  const latest = (kind: string) => events.filter((e) => e.kind === kind).map((e) => e.date).sort().at(-1);
  const decided = latest('bezwaar-beslist');
  const advised = latest('gpo-advies');
  if (decided === undefined && advised === undefined) return [...steps];
  const answered = answeredObjectionDay(answers);
  const objected = [...events.filter(isObjection).map((e) => e.date), ...(answered !== undefined && answered !== 'unknown' ? [answered] : [])].sort().at(-1);
  const requested = latestGpoRequest(events, answers);
  const objectionDecided = decided !== undefined && (objected === undefined || decided >= objected);
  const gpoDecided = objectionDecided && (requested === undefined || decided >= requested);
  const gpoAdvised = advised !== undefined && (requested === undefined || advised >= requested) && !gpoDecided;
  return steps.flatMap((s): PlanStep[] => {
    if (s.id === 'bezwaar-loopt' && objectionDecided) return [{ ...s, group: 'nu', texts: OBJECTION_DECIDED_TEXTS, params: { ...s.params, besluit: decided } }];
    if (s.id === 'gpo-loopt' && gpoDecided && steps.some((x) => x.id === 'bezwaar-loopt')) return [];
    if (s.id === 'gpo-loopt' && gpoAdvised) return [{ ...s, texts: GPO_ADVISED_TEXTS, params: { ...s.params, advies: advised } }];
    return [s];
  });
}

/**
 * Session 75 (s75-removal, 1; s073-verwijdering-advies-eind): a letter logged as a plain "Brief" after a bezwaar or a request
 * to the Geschillencommissie. The parent of s073 logged the commission's advice and the board's decision on the bezwaar that
 * way, and the plan kept "Wacht op het besluit over je bezwaar" and "Bereid je voor op de zitting van de commissie" after
 * both had come. The plan cannot tell what the letter is, and a guess must never drop a running term, so it asks:
 * - bezwaar-loopt, with a plain letter after the day of the latest bezwaar (logged on paper or answered with its day) and no
 *   decision on the bezwaar logged (objectionAnsweredSteps gave it no texts): its own texts name the latest such letter,
 *   "is this the decision on your bezwaar?", what to look for in it (that it is the decision on the bezwaar, "gegrond" or
 *   "ongegrond", its date, what can follow and by when: a court, not in the sources, F16, a term may run from its date), to
 *   log it as "Besluit op je bezwaar" if so, and whom to ask (the steunpunt, a jurist); not so, the bezwaar runs on: ask the
 *   board for the decision on paper (A21, C09, F09, F13 EXT). Under "Nu doen": a term may run already.
 * - gpo-loopt, with a plain letter after the day of the latest request and no advice logged since (no texts of its own): its own
 *   texts name the first such letter (the advice comes before the board decides: F09, F13 EXT), "is this the commission's
 *   advice?", what the advice means (F10) and to log it as "Advies van de Geschillencommissie"; not so, the case runs on.
 * Not a letter on the day of a bezwaar or a request logged (most likely the parent's own, logged twice). Only a letter the
 * parent logged herself as "Brief", not one on the day of an advice or a decision on a bezwaar logged (the
 * same letter, logged again with its kind), not one she sent from the app (`letter`), and not one with only
 * parties that do not decide on a bezwaar or advise (the gemeente, the leerplichtambtenaar, the onderwijsconsulenten, the
 * steunpunt, the klachtencommissie). No term starts, moves or leaves the plan: the steps keep their place, the bezwaar and
 * Geschillencommissie steps of any decision keep their dates.
 */
// LETTER_AFTER_OBJECTION_TEXTS: defined in src/rules/order.ts (rule 3c reads it), re-exported above.
export const LETTER_AFTER_GPO_TEXTS = 'ui:removal75.planStep.briefNaGpo';
const DECIDING_PARTIES: readonly Party[] = ['school', 'bestuur', 'samenwerkingsverband', 'geschillencommissie', 'anders'];
const plainLetter = (e: TimelineEvent): boolean =>
  e.kind === 'brief' && e.letter === undefined && (e.parties.length === 0 || e.parties.some((p) => DECIDING_PARTIES.includes(p)));

export function letterAfterObjectionSteps(events: Events, steps: readonly PlanStep[], answers?: Answers): PlanStep[] {
  // A letter on the day of an advice or a decision on a bezwaar logged is that one, logged twice (the parent added the kind
  // after the plan asked, and kept the plain letter); one on the day of a bezwaar or a request is most likely her own.
  const named = new Set(events.filter((e) => ['gpo-advies', 'bezwaar-beslist', 'bezwaar-ingediend', 'gpo-ingediend'].includes(e.kind)).map((e) => e.date));
  const letters = events.filter((e) => plainLetter(e) && !named.has(e.date)).map((e) => e.date).sort();
  if (!letters.length) return [...steps];
  const answered = answeredObjectionDay(answers);
  const objected = [...events.filter(isObjection).map((e) => e.date), ...(answered !== undefined && answered !== 'unknown' ? [answered] : [])].sort().at(-1);
  const requested = latestGpoRequest(events, answers);
  const afterObjection = objected === undefined ? undefined : letters.filter((d) => d > objected).at(-1);
  const afterRequest = requested === undefined ? undefined : letters.find((d) => d > requested);
  return steps.map((s) => {
    if (s.id === 'bezwaar-loopt' && afterObjection !== undefined && ownObjectionTexts(s.texts)) {
      // Session 76 (s76-misc, 2): the question in the words that fit what the bezwaar was against, when the rule knew it.
      const texts = s.texts === BEZWAAR_LOOPT_BOARD_TEXTS ? LETTER_AFTER_OBJECTION_BOARD_TEXTS : s.texts === BEZWAAR_LOOPT_TLV_TEXTS ? LETTER_AFTER_OBJECTION_TLV_TEXTS : LETTER_AFTER_OBJECTION_TEXTS;
      return { ...s, group: 'nu', texts, params: { ...s.params, brief: afterObjection } };
    }
    if (s.id === 'gpo-loopt' && afterRequest !== undefined && !s.texts) return { ...s, texts: LETTER_AFTER_GPO_TEXTS, params: { ...s.params, brief: afterRequest } };
    return s;
  });
}

/**
 * Session 82 (tlv82): the end of a temporary TLV the parent logged ("Tot wanneer geldt de TLV?", TimelineEvent.until).
 * The samenwerkingsverband sets how long a TLV holds (E12, 001:937); a temporary one holds at least a year, the
 * samenwerkingsverband starts the re-assessment, and in practice TLVs are usually extended (E13, 002:2143-2150). No source
 * gives a term for that re-assessment, nor how long before the end the parent should ask: the reminder day (TLV_ASK_MONTHS
 * before the end) is our advice, and the step says so. A new decision can be objected to at the samenwerkingsverband (E16,
 * 001:939-941; its 6 weeks are EXT, not in the sources: E18, §X.3).
 *
 * One step, from the LATEST TLV decision only (logged or answered: tlvDecisions), when that is a grant logged with an end
 * date after its own day. A later decision (a new TLV, or a refusal: blind281's naTlvNaToekenning speaks of the place then)
 * means no step from the older grant. Its deadline is the end date itself (the calendar file takes it, src/rules/ics.ts);
 * its arithmetic reads "De TLV van <grant> geldt tot <end>" (deadlineArithmetic, startWhat 'tlv-toegekend').
 * - Before the reminder day: "binnenkort", texts `ver` (ask the school and the samenwerkingsverband by that day).
 * - From the reminder day to the end date: "nu", texts `dichtbij` (about 3 months or less: ask now).
 * - After the end date: "nu", texts `voorbij` (it has ended and no new TLV is logged: ask today what holds now).
 * - A new grant heard by phone (grantHeardByPhone): "nu" at any time, texts `telefoon` (session 85).
 * "hele-schooltijd" and "weet-niet" (and no answer) give no step: there is no day to remind of.
 */
export const TLV_END = 'tlv-einde';
export const TLV_ASK_MONTHS = 3;
export const TLV_END_TEXTS = { ver: 'ui:tlv82.planStep.ver', dichtbij: 'ui:tlv82.planStep.dichtbij', voorbij: 'ui:tlv82.planStep.voorbij', telefoon: 'ui:tlv84.planStep.telefoon' } as const;
/**
 * The latest TLV decision (logged or answered: tlvDecisions), when it is a grant logged with "Tot wanneer geldt de TLV?"
 * answered: that grant (on its day, the last one logged with an answer: the same decision told twice). Undefined when a
 * later decision came, when the answers no longer hold this grant as the latest decision (a later one answered in the
 * questions, or the parent changed her answer), or when no grant of that day says until when.
 */
function latestGrantWithUntil(events: Events, answers: Answers): (TimelineEvent & { until: NonNullable<TimelineEvent['until']> }) | undefined {
  const decisions = tlvDecisions(events, answers);
  const last = decisions.at(-1);
  if (!last || last.kind !== 'tlv-toegekend') return undefined;
  const latest = latestTlvDecision(replay(answers, events));
  if (!latest?.granted || latest.date !== last.date) return undefined;
  return decisions.filter((e): e is TimelineEvent & { until: NonNullable<TimelineEvent['until']> } => e.kind === 'tlv-toegekend' && e.date === last.date && e.until !== undefined).at(-1);
}

/** The end date of that grant, as logged: a day after the grant's own day (a day on or before it is no end: ignored). */
function grantEnd(g: Pick<TimelineEvent, 'date' | 'until'> | undefined): { grant: IsoDate; end: IsoDate } | undefined {
  const until = g?.until;
  return g && until !== undefined && isIsoDate(until) && until > g.date ? { grant: g.date, end: until } : undefined;
}

/**
 * Session 83 (s83-tlv, 1): an end date less than a year after the decision. A temporary TLV holds at least 1 year (E13,
 * 002:2143-2146: a research report on what boards told, our single source; the period is the samenwerkingsverband's to set,
 * E12, 001:937). The date is accepted (the parent copies the decision), but the step's note says a temporary TLV usually
 * runs a year or more, to check the date in the decision and, if it is shorter, to ask the samenwerkingsverband or the
 * steunpunt why; and that this is from one of our sources, not certain. A year counts to the day before the same date a year
 * on (15 June 2026 to 14 June 2027 is a year, not short).
 */
export const TLV_SHORT_NOTE = 'ui:tlv83.korteTlv';
export const shortTlv = (grant: IsoDate, end: IsoDate): boolean => end < addDays(addMonths(grant, 12), -1);

/**
 * Session 84 (s84-refusal, 3): a TLV grant logged as told by phone ("Hoe?": Telefoon, not from a letter sent). The timeline
 * records `how` for every event, but EFFECTS has no `oral` rule for the TLV kinds: the call writes the grant into the answers
 * like a decision on paper. That is left as it is (a refusal told by phone keeps its possible bezwaar term: the safe side).
 * But a new grant heard by phone does not end the step about the end of the grant on paper before it: the end date and the
 * conditions are in the TLV itself, set by the samenwerkingsverband (E12, 001:937), and no source says whether a TLV only
 * told by phone counts (the school's decisions: only on paper, A20, C08, FP02; a TLV: not in the sources). So the written
 * grant's step stays, with its own texts (TLV_END_TEXTS.telefoon): ask the samenwerkingsverband for the decision on paper,
 * with its end date; uncertain, ask the samenwerkingsverband or the steunpunt; log it, or tick the step. ORAL_HOWS: a talk
 * ("gesprek") may have handed over the letter, so only a call. A first grant heard by phone with no written grant with an
 * end date before it keeps its own step, as before (it is all the plan knows).
 */
const grantByPhone = (e: TimelineEvent): boolean => e.kind === 'tlv-toegekend' && e.letter === undefined && e.how !== undefined && ORAL_HOWS.includes(e.how);

/** The grant on paper with its end date that calls after it leave standing, and the day of the latest such call. */
function grantHeardByPhone(events: Events, answers: Answers): { grant: IsoDate; end: IsoDate; heard: IsoDate } | undefined {
  const calls = events.filter(grantByPhone);
  const onPaper = calls.length > 0 ? grantEnd(latestGrantWithUntil(events.filter((e) => !grantByPhone(e)), answers)) : undefined;
  const heard = onPaper && calls.filter((e) => e.date > onPaper.grant).map((e) => e.date).sort().at(-1);
  return onPaper && heard ? { ...onPaper, heard } : undefined;
}

export function tlvEndSteps(events: Events, plan: Pick<Plan, 'steps' | 'today'>, answers?: Answers): PlanStep[] {
  if (!answers || !events.some((e) => e.kind === 'tlv-toegekend' && e.until !== undefined)) return [];
  const phone = grantHeardByPhone(events, answers);
  const heard = phone?.heard;
  const known = phone ?? grantEnd(latestGrantWithUntil(events, answers));
  if (!known) return [];
  const { grant, end } = known;
  const ask = addMonths(end, -TLV_ASK_MONTHS);
  const d = deadline(grant, 'tlv-toegekend', daysBetween(grant, end), 'days', plan.today);
  const when = d.status === 'passed' ? 'voorbij' : plan.today >= ask ? 'dichtbij' : 'ver';
  // Session 85 (s85-open, 4): a new grant heard by phone is "nu" also while the old end date is far: asking the
  // samenwerkingsverband for the decision on paper is to do now (E12, 001:937: the end date and the conditions are in it).
  // Before, more than 3 months before the old end it stood under "Binnenkort", as if it could wait for months. The old end
  // date stays its deadline (and the calendar's advised day, askBy, stays too).
  return [{
    id: TLV_END, texts: heard ? TLV_END_TEXTS.telefoon : TLV_END_TEXTS[when], group: when === 'ver' && !heard ? 'binnenkort' : 'nu', section: 'wat-is-tlv',
    letters: [], contacts: ['school', 'samenwerkingsverband'], deadline: when === 'ver' ? { ...d, askBy: ask } : d,
    ...(shortTlv(grant, end) ? { note: TLV_SHORT_NOTE } : {}),
    params: { toekenning: grant, einde: end, vraagVoor: ask, ...(heard ? { telefoon: heard } : {}) },
  }];
}

/**
 * Session 82 (tlv82): the catalogue's tlv-geldigheid counts an EARLIEST end from the decision (1 year, E13: blind68's
 * "Kijk tot wanneer de TLV geldt", autumn72's "Kijk nu of de TLV nog geldt" once that year has passed). With the real end
 * date logged (tlvEndSteps speaks of it) or "voor de hele schooltijd", those texts are wrong ("hij kon al op … aflopen" of a
 * TLV that runs two more years): the step keeps its general texts (where and how long a TLV holds), under "Goed om te weten".
 * "Weet ik niet" keeps the earliest-end texts: they say to look in the decision.
 */
export function tlvValidityKnown(events: Events, steps: readonly PlanStep[], answers?: Answers): PlanStep[] {
  const own = steps.find((s) => s.id === 'tlv-geldigheid' && s.texts !== undefined);
  if (!own || !answers || !events.some((e) => e.kind === 'tlv-toegekend' && e.until !== undefined)) return [...steps];
  const g = latestGrantWithUntil(events, answers);
  // Session 84 (s84-refusal, 3): a grant heard by phone after the grant on paper with its end date: tlvEndSteps speaks of both;
  // the earliest-end texts would count a year from the call as from "het besluit van" that day.
  if (!grantHeardByPhone(events, answers) && !(g && (g.until === 'hele-schooltijd' || grantEnd(g)))) return [...steps];
  // Session 83 (s83-tlv, 4): with those texts goes the note that says to log the end date (TLV_LOG_END_NOTE): it is logged.
  const { texts: _texts, note, ...rest } = own;
  return steps.map((s) => (s === own ? { ...rest, ...(note && note !== TLV_LOG_END_NOTE ? { note } : {}), group: 'goed-om-te-weten' as const, params: {} } : s));
}

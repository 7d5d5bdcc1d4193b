import { deadline, TERMS, type Deadline } from '../rules/deadlines';
import { isIsoDate, type IsoDate } from '../rules/dates';
import { conditions } from '../flow/conditions';
import { addWeeks, daysBetween } from '../rules/calendar';
import { orderPlan } from '../rules/order';
import { FILING_STEPS, REFUSAL_KEPT_OBJECTED_TEXTS, type FilingCertainty } from '../rules/catalogue';
import { HV_ZONDER_OPP_NIEUWE_SCHOOL_TEXTS, MEETING_ON_LAST_DAY_TEXTS, REFUSAL_BEFORE_RECEIPT_TEXTS, lateFilingWarning, removalChoiceAsLogged, removalChoiceWarningTexts, removalWarningTexts, warningRules } from '../rules/steps/warnings';
import { twoGpoDecisions } from '../rules/steps/predicates';
import { atNewSchoolSteps, removalChoiceStep, stepOf, withHolidayNotes, OLD_SCHOOL_ONLY_STEPS, OLD_SCHOOL_ONLY_WARNINGS, type Plan, type PlanStep, type PlanWarning } from '../rules/plan';
import { stepRules } from '../rules/steps/index';
import { factsFrom } from '../rules/facts';
import type { Contact } from '../rules/steps/types';
import { OBJECTION_STEP, OBJECTION_TARGETS, type Party } from '../timeline/effects';
import { extensionLeftBehindBy, replay, spokenReceipt, toldOnlyOrally, type TimelineEvent } from '../timeline/model';
import type { EventKind } from '../timeline/effects';
import type { Answers } from '../flow/answers';
import { effectiveOutcome, type MeetingRecord } from './record';
import { EARLIER_REGISTRATION_TEXTS, EARLIER_REGISTRATION_LATE_TEXTS, UNDECIDED_REGISTRATION_TEXTS, UNDECIDED_REGISTRATION_LATE_TEXTS, ambiguousExtensionNotes, spokenRefusalFirstSchoolNotes, dossierCorrectionSteps, dossierCorrectionTexts, dossierFirstRequest, gpoNotTlvNotes, decisionOnObjectionNotes, enrolAfterGrantSteps, extensionAfterRefusalDeadlines, sentDayStarts, spokenAdmissionNotes, extensionUnknownNotes, lateExtensionNotes, lpaContacted, lpaWrittenNotes, atSchool, backAtNewSchoolAfterRemoval, backAtSchoolSteps, homeAgainWithinWeek, notAtHome, SUSPENDED_TOO_LONG, suspensionChainEnd, suspensionChainStart, suspensionChainTooLong, latestTlvRefusalTexts, newSchoolRemovalTexts, spokenObjectionNotes, spokenRegistrationNotes, timelineSteps, objectionBeforeDecision, tlvApplicationAnswered, tlvGrantObjectionTexts, tlvRefusalAfterGrantTexts, withAnsweredDecisions, newSchoolRefusalTexts, objectionAnsweredSteps, letterAfterObjectionSteps, REFUSAL_THEN_ADMITTED, tlvEndSteps, tlvValidityKnown } from '../timeline/earlier';

// Session 81 (issue 17): which meetings were recorded, and with whom, live in ./recorded (the letters page reads them
// without the timeline's plan code); re-exported for the meeting page and the tests.
export { latestSchoolMeeting, meetingWith, recordedMeetings, MEETING_PARTIES, type RecordedMeeting } from './recorded';
import { meetingWith, recordedMeetings, type RecordedMeeting } from './recorded';

/**
 * What was agreed at a meeting, as steps of the plan. Pure: events and today in, steps out.
 *
 * - Every agreement with a date: a dated step "wie: wat", due on that date. The deadline counts
 *   from the meeting ("12 dagen na het gesprek (3 maart): 15 maart"), so the plan and the calendar
 *   file (src/rules/ics.ts, which takes every step with a deadline) show the same date.
 * - The next meeting, when one was planned: a dated step too (it goes into the calendar file).
 * - The LATEST recorded meeting ended without agreements, or with "the school decides later":
 *   the step that asks for a written decision (FP02: ask for it on paper; A04/C05 where a term runs).
 *   An older meeting like that is overtaken by the meeting after it.
 * Session 57: who was there counts (meetingWith, decisionSteps): the decision is asked of the one who decides (the school,
 * the samenwerkingsverband), and a meeting with someone else gives no decision step, no bezwaar and names that party.
 */
export const MEETING_STEP_TEXTS = {
  afspraak: 'ui:meetingPlan.planStep.afspraak',
  vervolg: 'ui:meetingPlan.planStep.vervolg',
  besluit: 'ui:meetingPlan.planStep.besluit',
} as const;

/** A step id the ticks accept (/^[a-z0-9-]{1,64}$/), unique per meeting and agreement. */
const stepId = (ev: TimelineEvent, what: string) => `gesprek-${ev.id.toLowerCase().replace(/[^a-z0-9]/g, '')}-${what}`.slice(0, 64);

const dated = (from: IsoDate, to: IsoDate, today: IsoDate) => deadline(from, 'gesprek', daysBetween(from, to), 'days', today);

/** Session 57: the texts of a meeting with someone other than the school (content ui.yaml tl57.meetingStep). */
const TL57 = 'ui:tl57.meetingStep';
const NAMED: readonly Party[] = ['samenwerkingsverband', 'leerplichtambtenaar', 'gemeente', 'onderwijsconsulent', 'steunpunt', 'klachtencommissie', 'geschillencommissie'];
const CONTACT_OF: Partial<Record<Party, Contact>> = {
  samenwerkingsverband: 'samenwerkingsverband', leerplichtambtenaar: 'leerplichtambtenaar', gemeente: 'gemeente', onderwijsconsulent: 'onderwijsconsulenten',
  steunpunt: 'steunpunt', klachtencommissie: 'klachtencommissie', geschillencommissie: 'geschillencommissie',
};
const contactsOf = (ev: TimelineEvent): Contact[] => {
  const w = meetingWith(ev);
  if (w.school) return ['school'];
  return [...new Set(ev.parties.map((p) => CONTACT_OF[p]).filter((c): c is Contact => c !== undefined))];
};
/** The next meeting's texts: with the school as before; with one other party, named; with several, no name. */
export const nextMeetingTexts = (ev: TimelineEvent): string => {
  const w = meetingWith(ev);
  if (w.school) return MEETING_STEP_TEXTS.vervolg;
  return w.other && NAMED.includes(w.other) ? `${TL57}.vervolg.${w.other}` : `${TL57}.vervolg.anders`;
};
/** Session 70: two meetings with the same one: both at school, both with the samenwerkingsverband, or the same other party. */
const sameParty = (a: TimelineEvent, b: TimelineEvent): boolean => {
  const x = meetingWith(a);
  const y = meetingWith(b);
  return (x.school && y.school) || (x.swv && y.swv) || (!x.school && !x.swv && !y.school && !y.swv && x.other !== undefined && x.other === y.other);
};
const isNextMeeting = (s: PlanStep) => s.texts === MEETING_STEP_TEXTS.vervolg || (s.texts?.startsWith(`${TL57}.vervolg.`) ?? false);
const isAgreement = (s: PlanStep) => s.texts === MEETING_STEP_TEXTS.afspraak || s.texts === `${TL57}.afspraak`;

export function meetingSteps(events: readonly TimelineEvent[], today: IsoDate, answers?: Answers): PlanStep[] {
  const meetings = recordedMeetings(events);
  const steps: PlanStep[] = [];
  for (const ev of meetings) {
    const r = ev.meeting;
    const atSchool = meetingWith(ev).school;
    r.agreements.forEach((a, i) => {
      // A date before the meeting cannot be a date agreed at it (the form refuses it; old data is skipped).
      if (!a.by || a.by < ev.date) return;
      steps.push({
        id: stepId(ev, `a${i + 1}`), texts: atSchool ? MEETING_STEP_TEXTS.afspraak : `${TL57}.afspraak`, group: 'binnenkort', section: 'afspraken-vastleggen',
        letters: [], contacts: [], deadline: dated(ev.date, a.by, today), params: { wie: a.who, wat: a.what, gesprek: ev.date },
      });
    });
    // Session 70 (s70-cards D1): a later recorded meeting with the same one on or after the agreed day is that next meeting
    // (held, or held later): its step leaves. Before, "Volgend gesprek met school" stood as passed, with "Was er geen gesprek?",
    // the day after the parent recorded that very talk.
    if (r.next && r.next >= ev.date && !meetings.some((m) => m !== ev && m.date >= r.next! && m.date > ev.date && sameParty(m, ev))) {
      steps.push({
        id: stepId(ev, 'vervolg'), texts: nextMeetingTexts(ev), group: 'binnenkort', section: 'gesprek-voorbereiden',
        letters: [], contacts: contactsOf(ev), deadline: dated(ev.date, r.next, today), params: { gesprek: ev.date },
      });
    }
  }
  return [...steps, ...decisionSteps(meetings, events, answers)];
}

/**
 * Session 59 (lawyer-s59-new D1): the decisions on paper that answer "ask for a decision on paper" after a meeting with the
 * one who decides: the school's on the registration or a removal (A04, A20, C08), the samenwerkingsverband's on the TLV
 * (E08, E16). One logged on or after the meeting's day, not only by phone or in a talk, is the decision asked for: the step
 * asking for it goes (before, "Vraag het samenwerkingsverband om een besluit op papier" stood in "Nu doen" beside the TLV
 * refusal on paper and its bezwaar). A meeting after that decision that again ends "later" asks again.
 */
const PAPER_DECISIONS: Readonly<Record<'school' | 'swv', readonly EventKind[]>> = {
  school: ['besluit-geweigerd', 'besluit-toegelaten', 'verwijdering-besluit'],
  swv: ['tlv-afgewezen', 'tlv-toegekend'],
};
const decidedOnPaper = (m: RecordedMeeting, events: readonly TimelineEvent[], who: readonly ('school' | 'swv')[]) =>
  events.some((e) => e.date >= m.date && !toldOnlyOrally(e) && who.some((w) => PAPER_DECISIONS[w].includes(e.kind)));

/**
 * Session 71 (s71-left 1): the school's decisions on paper the answers hold (a removal, C08; a refusal, A20), with the
 * date when one was given. Before, only logged events counted: with "verwijdering-besluit: schriftelijk" and its date
 * answered, a later talk at school recorded without agreements added "Vraag de school om een besluit op papier", which told
 * the parent something untrue (the decision was on paper, its bezwaar step first on the plan).
 */
const answeredPaperDecisions = (a: Answers | undefined): { date?: IsoDate }[] => {
  if (!a) return [];
  const on = (written: boolean, date: unknown) => (written ? [typeof date === 'string' && isIsoDate(date) ? { date } : {}] : []);
  return [
    ...on(conditions.removalOnPaper(a), a['verwijdering-datum']),
    ...on(conditions.refusalOnPaper(a), a['weigering-datum']),
  ];
};
/**
 * A meeting at school the answers' decision on paper answers: one dated on or after the meeting (as a logged one,
 * decidedOnPaper), and any when the meeting ended without agreements: there is no decision left to ask for. A talk that
 * ended "the school decides later" after the decision still asks (session 59: a new decision is owed).
 */
const answeredOnPaper = (m: RecordedMeeting, a: Answers | undefined) =>
  answeredPaperDecisions(a).some((d) => effectiveOutcome(m.meeting) === 'geen' || (d.date !== undefined && d.date >= m.date));

/**
 * The step that asks for a decision on paper: from the latest meeting with the one who decides (FP02: ask for it on paper;
 * A04/C05 where a term runs), when it ended without agreements or with "decided later". An older meeting with the same one
 * is overtaken by the one after it; a meeting with someone else overtakes nothing (session 57: a talk with the
 * leerplichtambtenaar after the school said "we decide later" leaves the school's decision owed). The latest meeting of all,
 * with no one who decides and without agreements, gives the step that puts in writing what was said (no bezwaar).
 */
function decisionSteps(meetings: readonly RecordedMeeting[], events: readonly TimelineEvent[] = [], answers?: Answers): PlanStep[] {
  const open = (m: RecordedMeeting | undefined) => (m && effectiveOutcome(m.meeting) !== 'afspraken' ? m : undefined);
  const undecided = (m: RecordedMeeting | undefined, who: readonly ('school' | 'swv')[]) =>
    (m && !decidedOnPaper(m, events, who) && !(who.includes('school') && answeredOnPaper(m, answers)) ? m : undefined);
  const lastSchool = open(meetings.filter((m) => meetingWith(m).school).at(-1));
  const lastSwv = open(meetings.filter((m) => meetingWith(m).swv).at(-1));
  // A meeting with both: a decision of either answers "ask who decides"; otherwise each its own.
  const both = lastSchool !== undefined && lastSchool === lastSwv;
  const school = undecided(lastSchool, both ? ['school', 'swv'] : ['school']);
  const swv = both ? school : undecided(lastSwv, ['swv']);
  const steps: PlanStep[] = [];
  const besluit = (m: RecordedMeeting, texts: string, contacts: Contact[], letters: string[]): PlanStep =>
    ({ id: stepId(m, 'besluit'), texts, group: 'nu', section: 'afspraken-vastleggen', letters, contacts, params: { gesprek: m.date } });
  if (school && school === swv) steps.push(besluit(school, `${TL57}.besluitSchoolSwv`, ['school', 'samenwerkingsverband'], ['bevestiging-afspraken']));
  else {
    if (school) steps.push(besluit(school, MEETING_STEP_TEXTS.besluit, ['school'], ['bevestiging-afspraken']));
    if (swv) steps.push(besluit(swv, `${TL57}.besluitSwv`, ['samenwerkingsverband'], []));
  }
  const last = open(meetings.at(-1));
  if (last && !meetingWith(last).school && !meetingWith(last).swv) {
    steps.push({ id: stepId(last, 'bevestigen'), texts: `${TL57}.bevestigen`, group: 'binnenkort', section: 'afspraken-vastleggen', letters: [], contacts: contactsOf(last), params: { gesprek: last.date } });
  }
  return steps;
}

/**
 * Session 46 (s46-meetings): a date agreed at a recorded meeting (an agreement with its "by" day) that lies after the last
 * day of a legal term that still runs. An agreement moves no term, and a parent who waits for it loses the right or lets the
 * school go past its own limit:
 * - the parent's bezwaar or Geschillencommissie (FILING_STEPS): "we look for another school before 15 January" while the
 *   bezwaar ends on 28 December (FP-P4; 002:748-750, 846-850);
 * - a suspension's week (schorsing-einde): "back on 14 December" after a suspension of 27 November (C10, C11; 002:2362,
 *   2303-2307);
 * - the school's admission decision (besluit-aanmelding; 6 weeks, once 4 more: A04, A05; 001:119, 002:744-746);
 * - the OPP's last day (opp-na-toelating; 6 weeks after enrolment, B02; session 59).
 * The first that applies, in that order (the warning names one). The next meeting has its own warning (filingBeforeNextMeeting).
 */
export const AGREED_AFTER_TERM = 'afspraak-na-termijn';
const AGREED_AFTER: readonly { ids: (id: string) => boolean; limit: (d: Deadline) => IsoDate; texts: string; section: string }[] = [
  { ids: (id) => FILING_STEPS.includes(id), limit: (d) => d.due, texts: 'ui:s46.warning.afspraakNaBezwaar', section: 'bezwaar-maken' },
  { ids: (id) => id === 'schorsing-einde', limit: (d) => d.due, texts: 'ui:s46.warning.afspraakNaSchorsing', section: 'schorsing-verwijdering' },
  // The school may extend its 6 weeks once by at most 4 (A05): a day agreed within the 10 weeks may be that extension.
  { ids: (id) => id === 'besluit-aanmelding', limit: (d) => addWeeks(d.start, TERMS.admissionDecisionMaxWeeks), texts: 'ui:s46.warning.afspraakNaBesluit', section: 'na-aanmelding' },
  // Session 59 (lawyer-s59-new D3): the OPP's last day, 6 weeks after enrolment (B02, 002:862-866; not certain, §X.5): "the
  // draft OPP by 2 June" agreed while the OPP is due 29 May. The school's term, like the admission's: no right of the
  // parent's lapses, but a parent who waits for the agreed day lets the school pass its own limit unasked.
  { ids: (id) => id === 'opp-na-toelating', limit: (d) => d.due, texts: 'ui:opp58.warning.afspraakNaOpp', section: 'wanneer-opp' },
];
export function agreedAfterTerm(steps: readonly PlanStep[], today: IsoDate): { texts: string; section: string } | undefined {
  const agreed = steps.filter((s) => isAgreement(s) && s.deadline && s.deadline.due >= today).map((s) => s.deadline!.due).sort();
  const last = agreed.at(-1);
  if (last === undefined) return undefined;
  for (const a of AGREED_AFTER) {
    if (steps.some((s) => a.ids(s.id) && s.deadline !== undefined && a.limit(s.deadline) >= today && a.limit(s.deadline) < last)) return { texts: a.texts, section: a.section };
  }
  return undefined;
}

/**
 * Session 22: the next meeting agreed at a recorded meeting (session 26: or the answers' meeting day) falls on or after the last day of one of the parent's filing
 * terms (bezwaar, Geschillencommissie; FILING_STEPS), neither passed. The answers' own meeting day is checked by the
 * warning's rule (src/rules/steps/warnings.ts, filingEndsBeforeMeeting); this is the same for a date that lives only in the timeline.
 */
export function filingEndsBeforeNextMeeting(steps: readonly PlanStep[]): boolean {
  return filingBeforeNextMeeting(steps) !== undefined;
}

/**
 * Session 23: which warning a next meeting from the timeline needs: the certain one when a certain filing term (a bezwaar
 * against a refusal or removal) ends before it, the uncertain one when only uncertain terms do (TLV bezwaar, GPO).
 */
export function filingBeforeNextMeeting(steps: readonly PlanStep[]): FilingCertainty | undefined {
  const next = steps.filter((s) => isNextMeeting(s) && s.deadline && s.deadline.status !== 'passed').map((s) => s.deadline!.due);
  // Session 26: also the answers' own meeting day (gesprek-voorbereiden's moment: today or later). The catalogue's rule
  // checks it against the answers' terms only; a term from the timeline (an earlier refusal's bezwaar) was never checked.
  for (const s of steps) if (s.id === 'gesprek-voorbereiden' && s.moment) next.push(s.moment.date);
  const before = steps.filter(
    (s) => FILING_STEPS.includes(s.id) && s.deadline !== undefined && s.deadline.status !== 'passed' && next.some((d) => s.deadline!.due <= d),
  );
  return before.length === 0 ? undefined : before.some((s) => s.deadline!.certain) ? 'certain' : 'uncertain';
}

/**
 * Session 66 (s66-summer, gap 2): a next meeting agreed at a recorded meeting (or the answers' meeting day) falls ON the last
 * day of a certain filing term (a bezwaar against a refusal or a removal: A21, C09; 002:748-750, 846-850), neither passed.
 * The answers' own meeting day had its own text since session 65 (certainFilingEndsOnMeetingDay, warnings.ts); a meeting
 * agreed in the timeline got the general "binnenkort ... eerder, of op dezelfde dag", under "Let op" only (FP-P4).
 */
export function certainFilingOnNextMeetingDay(steps: readonly PlanStep[]): boolean {
  const next = steps.filter((s) => isNextMeeting(s) && s.deadline && s.deadline.status !== 'passed').map((s) => s.deadline!.due);
  for (const s of steps) if (s.id === 'gesprek-voorbereiden' && s.moment) next.push(s.moment.date);
  return certainFilingDueOn(steps, next);
}

/** A certain filing term (FILING_STEPS) that has not passed ends on one of `days`: the plan's warning and the meeting card. */
export function certainFilingDueOn(steps: readonly PlanStep[], days: readonly IsoDate[]): boolean {
  return steps.some((s) => FILING_STEPS.includes(s.id) && s.deadline !== undefined && s.deadline.status !== 'passed' && s.deadline.certain && days.includes(s.deadline.due));
}

const FILING_WARNING = 'termijn-voor-gesprek';
/** Session 23: the same warning when every term that ends before the meeting is uncertain. */
export const FILING_WARNING_UNCERTAIN = 'termijn-voor-gesprek-onzeker';
export const filingWarningId = (c: FilingCertainty): string => (c === 'certain' ? FILING_WARNING : FILING_WARNING_UNCERTAIN);

/**
 * The plan with the steps from recorded meetings, in the plan's own order (order.ts). Also the timeline's other steps:
 * an earlier refusal whose bezwaar still runs (src/timeline/earlier.ts, session 25).
 *
 * Session 44 (issue 17): with nothing logged the plan is returned as it is, without running the pass below, which then
 * changes nothing for any answers (tests/unit/timeline-none-s44.test.ts holds that). Most parents have no timeline, and
 * the pass runs cold on the plan page's boot and in the check page → plan tap (about 1 ms in Node, 5 ms at 4× CPU).
 */
export function withMeetings(plan: Plan, events: readonly TimelineEvent[], answers?: Answers): Plan {
  return events.length ? loggedNewRegistration(withEvents(plan, events, answers), events, answers) : plan;
}

/**
 * Session 63 (s63-tlv, gap 2): nieuwe-aanmelding-na-weigering asks the parent to check both dates when the answers alone hold a
 * registration received after its own refusal (REFUSAL_BEFORE_RECEIPT_TEXTS). A registration logged in the timeline on a day
 * after a refusal (logged, or answered) is a new registration (session 22): the warning's own text, not on the first screen.
 */
function loggedNewRegistration(plan: Plan, events: readonly TimelineEvent[], answers?: Answers): Plan {
  if (!plan.warnings.some((w) => w.texts === REFUSAL_BEFORE_RECEIPT_TEXTS)) return plan;
  const answered = answers?.['weigering-datum'];
  const refusals = [...events.filter((e) => e.kind === 'besluit-geweigerd').map((e) => e.date), ...(typeof answered === 'string' ? [answered] : [])];
  const logged = events.some((e) => (e.kind === 'aanmelding-ontvangen' || e.kind === 'aanmelding-verstuurd') && refusals.some((r) => e.date > r));
  if (!logged) return plan;
  return { ...plan, warnings: plan.warnings.map((w) => (w.texts === REFUSAL_BEFORE_RECEIPT_TEXTS ? { id: w.id, section: w.section } : w)) };
}

/**
 * Session 52 (lawyer-s52-refusal D1): the warning weigering-blijft-na-toelating says the bezwaar against the refusal is
 * made (REFUSAL_KEPT_OBJECTED_TEXTS), and the timeline brought the plan's own bezwaar step for that refusal back (one
 * bezwaar after two refusals cannot be placed: src/timeline/earlier.ts earlierRefusalSteps). The warning's own text, which
 * points to that step, is the one that fits.
 */
function refusalObjectionBack(steps: readonly PlanStep[], warnings: readonly PlanWarning[]): readonly PlanWarning[] {
  if (!steps.some((s) => s.id === 'bezwaar-weigering' || s.id === REFUSAL_THEN_ADMITTED)) return warnings;
  return warnings.map((w) => (w.texts === REFUSAL_KEPT_OBJECTED_TEXTS ? { id: w.id, section: w.section, ...(w.firstScreen ? { firstScreen: w.firstScreen } : {}) } : w));
}

/**
 * Session 54 (lawyer-s54-schorsing D2): the plan's schorsing-te-lang (suspendedTooLong: at home more than a week while the
 * suspension's own week runs) reads the days at home before the suspension as maybe one long suspension or suspensions one
 * after the other. When the questionnaire's own answer says the child was at home for a reason of its own (it cannot go,
 * or it is enrolled nowhere) and the suspension was logged later, those days were no suspension: a suspension is the
 * board's measure of at most one week (C10, 002:2362). Before, "Langer dan een week geschorst?" stood on the first screen on
 * the suspension's first day. Not when a first day at home was logged after the answered one (its reason is not known), and
 * not for a reason where the school may have kept the child home (niet-welkom, verwijderd, wachtlijst, anders): the
 * question stays. Suspensions logged one after the other still warn (suspensionChainTooLong).
 */
const HOME_OF_ITS_OWN: readonly string[] = ['kan-niet', 'nergens'];

function homeForOtherReason(plan: Plan, events: readonly TimelineEvent[], answers?: Answers): boolean {
  const reason = answers?.['thuis-reden'];
  const home = answers?.['thuis-sinds'];
  const start = plan.steps.find((s) => s.id === 'schorsing-einde')?.deadline?.start;
  if (typeof reason !== 'string' || !HOME_OF_ITS_OWN.includes(reason) || typeof home !== 'string' || start === undefined || home >= start) return false;
  return !events.some((e) => e.kind === 'thuis-vanaf' && e.date > home && e.date <= start);
}

/**
 * Session 60 (lawyer-s60-combined D3): two decisions to object to (the samenwerkingsverband's TLV decision and the board's
 * refusal or removal: E16, 001:939-941; A21, 002:748-750; C09, 002:846-850), and the questionnaire holds one
 * "bezwaar-ingediend" for both, so the plan keeps both bezwaar steps (predicates.ts twoObjectableDecisions). The timeline
 * can tell more: the app's letter "bezwaar-tlv" (or a bezwaar logged with the samenwerkingsverband and not the board) is
 * the bezwaar against the TLV decision; the letter "bezwaar-weigering-verwijdering" is the one against the board's
 * decision when only one board decision has a bezwaar step. Such a bezwaar on paper or by e-mail, on or after the
 * decision its step counts from, answers that step: it leaves the plan, and the other decision's step and term stay.
 * Before, "Maak bezwaar bij het samenwerkingsverband" stayed in "Nu doen" after the logged letter, its term shown as
 * passed with "De termijn voor bezwaar is misschien voorbij". A bezwaar told by phone or in a talk places nothing.
 */
const BOARD_OBJECTIONS: readonly string[] = ['bezwaar-weigering', 'bezwaar-verwijdering'];
// Session 64: a bezwaar the parent said the decision of (`against`) is placed by that alone, never by its letter or parties.
const toSwv = (e: TimelineEvent) => e.against === undefined && (e.letter === 'bezwaar-tlv' || (e.letter === undefined && e.parties.includes('samenwerkingsverband') && !e.parties.includes('bestuur')));
const toBoard = (e: TimelineEvent) => e.against === undefined && e.letter === 'bezwaar-weigering-verwijdering';
/**
 * Session 64 (lawyer-s64-timeline D2): the timeline form asks which decision a bezwaar is against while two are open
 * (TimelineEvent.against). Such a bezwaar on paper or by e-mail, on or after the decision its step counts from, answers that
 * decision's step (OBJECTION_STEP), also for two board decisions (a refusal and a removal), where session 60 placed nothing:
 * both steps said "maak bezwaar" after the one bezwaar. The step not chosen keeps its clock.
 */
function placedObjections(events: readonly TimelineEvent[], steps: readonly PlanStep[]): PlanStep[] {
  const filed = (to: (e: TimelineEvent) => boolean, from: IsoDate) =>
    events.some((e) => e.kind === 'bezwaar-ingediend' && !toldOnlyOrally(e) && to(e) && e.date >= from);
  const gone = new Set<PlanStep>();
  for (const s of steps) {
    const target = OBJECTION_TARGETS.find((t) => OBJECTION_STEP[t] === s.id);
    if (target !== undefined && s.deadline !== undefined && filed((e) => e.against === target, s.deadline.start)) gone.add(s);
  }
  const tlv = steps.find((s) => s.id === 'tlv-bezwaar' && s.deadline !== undefined);
  const boards = steps.filter((s) => BOARD_OBJECTIONS.includes(s.id) && s.deadline !== undefined);
  if (tlv && boards.length > 0) {
    if (filed(toSwv, tlv.deadline!.start)) gone.add(tlv);
    if (boards.length === 1 && filed(toBoard, boards[0]!.deadline!.start)) gone.add(boards[0]!);
  }
  return gone.size ? steps.filter((s) => !gone.has(s)) : [...steps];
}

/**
 * Session 84 (s84-objection, 1): the removal warning (verwijdering-zonder-school) chose its texts from the answers alone, where
 * one "bezwaar-ingediend" holds the bezwaar logged last. The timeline can say which decision it is against (`against`, or
 * the board's letter beside a TLV decision: placedObjections), and the warning did not follow:
 * - a bezwaar logged against the OTHER decision (a refusal, a TLV decision) that the answers place against the removal (a
 *   refusal before an admission, the bezwaar dated after the removal's 6 weeks: predicates.ts admittedRefusalMayBeObjected)
 *   read "Je hebt al bezwaar gemaakt" about the removal, its bezwaar step gone (its term, C09, 002:846-850, with it);
 * - a bezwaar logged against the removal, with two decisions open, took the removal's step away (placedObjections) while the
 *   warning kept the text for beside that step (without the hearing, C05), or, after the 6 weeks, "De 6 weken voor bezwaar zijn
 *   voorbij" to a parent who objected in time.
 * Now a logged bezwaar counts for the removal only when it is against it: placed on it by the timeline (its step dropped
 * here), or, every bezwaar on paper since the removal said against another decision, not at all: the removal's own step
 * comes back with its term (passed or not) and the warning says what a parent who did not object to the removal reads.
 * Without `against` the answers' rules stand (a bezwaar they cannot place keeps the step; bezwaar-twee-besluiten says so).
 * Such a bezwaar against the other decision, on paper within that decision's 6 weeks (A21, 002:748-750; a TLV decision's:
 * E18, not certain), is not late either: verzoek-te-laat ("Je bezwaar of verzoek was misschien te laat") read its day
 * against the removal's 6 weeks. It stays for a request to the Geschillencommissie that came late (its own text).
 */
const REMOVAL_OBJECTION = 'bezwaar-verwijdering';
/**
 * Session 85 (s85-open, 1): the removal's step kept or brought back beside a bezwaar logged against the other decision said
 * nothing of it: a parent read "Maak bezwaar tegen de verwijdering" beside the bezwaar in her timeline and could think it
 * covered both. The note says her bezwaar was about the refusal (or the TLV decision), that a bezwaar against the removal is
 * a separate one, and that its last day is on this step (C09, 002:846-850). In the first note slot, when it is free.
 */
export const OTHER_DECISION_REFUSAL_NOTE = 'ui:open85.bezwaarTegenWeigering';
export const OTHER_DECISION_TLV_NOTE = 'ui:open85.bezwaarTegenTlv';
const REMOVAL_CHOICE = 'verwijdering-na-toelating';
function loggedRemovalObjection(events: readonly TimelineEvent[], before: readonly PlanStep[], after: PlanStep[], answers: Answers | undefined, today: IsoDate): { steps: PlanStep[]; note?: string; warnings?: (list: readonly PlanWarning[]) => PlanWarning[] } {
  const has = (list: readonly PlanStep[]) => list.some((s) => s.id === REMOVAL_OBJECTION);
  const written = events.filter((e) => e.kind === 'bezwaar-ingediend' && !toldOnlyOrally(e));
  const dropped = has(before) && !has(after);
  if (answers === undefined || (!dropped && !written.some((e) => e.against !== undefined))) return { steps: after };
  const f = factsFrom(replay(answers, events), today);
  const day = f.is('hasRemovalDecision') ? f.date('verwijdering-datum') : undefined;
  if (day === undefined) return { steps: after };
  const since = written.filter((e) => e.date >= day);
  const other = !dropped && since.length > 0 && since.every((e) => e.against !== undefined && e.against !== 'verwijdering');
  if (!dropped && !other) return { steps: after };
  const rule = stepRules.find((r) => r.id === REMOVAL_OBJECTION)!;
  const steps = other && !has(after) ? [...after, stepOf(rule, f)] : after;
  // Session 85 (s85-open, 1): the removal's step says that the logged bezwaar was about the other decision (set by withEvents
  // after the notes that say the step is a choice once the child is enrolled elsewhere, which come first).
  const note = other ? (since.every((e) => e.against === 'tlv') ? OTHER_DECISION_TLV_NOTE : OTHER_DECISION_REFUSAL_NOTE) : undefined;
  // Session 85 (s85-open, 2): after an admission elsewhere, the removal's bezwaar is a choice while its 6 weeks run, also when
  // the only bezwaar logged was against the other decision: verwijdering-na-toelating (the answers' rule had dropped it for
  // any "bezwaar-ingediend: ja") and the removal warning's text beside it. The step keeps its last day.
  const choice = other && has(steps) && removalChoiceAsLogged(f);
  const texts = removalWarningTexts(f, { objected: dropped, step: has(steps), choice });
  const retext = (w: PlanWarning, t: string | undefined): PlanWarning => ({ id: w.id, section: w.section, ...(t ? { texts: t } : {}), ...(w.firstScreen ? { firstScreen: w.firstScreen } : {}) });
  const late = other && since.every((e) => inTermOf(f, e)) ? lateFilingWarning(f, false) : undefined;
  const choiceTexts = removalChoiceWarningTexts(f);
  const choiceWarning: PlanWarning = { id: REMOVAL_CHOICE, section: 'schorsing-verwijdering', ...(choiceTexts ? { texts: choiceTexts } : {}) };
  const withChoice = (list: PlanWarning[]): PlanWarning[] => {
    if (!choice || list.some((w) => w.id === REMOVAL_CHOICE)) return list;
    // In the catalogue's order, where the answers' rule puts it.
    const rank = (id: string) => { const i = warningRules.findIndex((r) => r.id === id); return i < 0 ? Infinity : i; };
    const at = list.findIndex((w) => rank(w.id) > rank(REMOVAL_CHOICE));
    return at < 0 ? [...list, choiceWarning] : [...list.slice(0, at), choiceWarning, ...list.slice(at)];
  };
  return {
    steps,
    ...(note ? { note } : {}),
    warnings: (list) => withChoice(list.flatMap((w) =>
      w.id === 'verwijdering-zonder-school' ? [retext(w, texts)] : w.id === 'verzoek-te-laat' && late ? (late.applies ? [retext(w, late.texts)] : []) : [w])),
  };
}
/**
 * Session 85 (s85-open, 3): bezwaar-twee-besluiten ("Twee besluiten, twee keer bezwaar") says one "bezwaar: ja" may be about
 * one decision only, and asks "Was dat maar over één besluit?". With a bezwaar on paper logged against each of two decisions
 * (`against`), and no bezwaar step left in the plan (each placed on its decision: placedObjections), the question is answered:
 * the warning goes. No step and no date goes with it. Not when the warning also speaks of one request to the
 * Geschillencommissie for two decisions (twoGpoDecisions): that part still holds.
 */
const OBJECTION_STEPS: readonly string[] = Object.values(OBJECTION_STEP);
function bothObjectionsLogged(events: readonly TimelineEvent[], steps: readonly PlanStep[], answers: Answers | undefined, today: IsoDate): boolean {
  const against = new Set(events.filter((e) => e.kind === 'bezwaar-ingediend' && !toldOnlyOrally(e) && e.against !== undefined).map((e) => e.against));
  if (answers === undefined || against.size < 2 || steps.some((s) => OBJECTION_STEPS.includes(s.id))) return false;
  const f = factsFrom(replay(answers, events), today);
  return !(twoGpoDecisions(f) && f.oneOf('gpo-ingediend', 'ja'));
}
/** A bezwaar logged against a refusal or a TLV decision, dated within that decision's 6 weeks (its day as the answers hold it). */
function inTermOf(f: ReturnType<typeof factsFrom>, e: TimelineEvent): boolean {
  const stored = f.stored('weigering-datum');
  const day = e.against === 'weigering' ? (stored !== undefined && isIsoDate(stored) ? stored : undefined) : e.against === 'tlv' ? f.date('tlv-besluit-datum') : undefined;
  return day !== undefined && e.date >= day && e.date <= addWeeks(day, TERMS.objectionWeeks);
}

/** withMeetings' pass over the logged events; exported for the test that holds its shortcut. */
export function withEvents(plan: Plan, events: readonly TimelineEvent[], answers?: Answers): Plan {
  // Session 82 (tlv82): the end of a temporary TLV the parent logged with its end date (tlvEndSteps); tlv-geldigheid then
  // no longer counts an earliest end of its own (tlvValidityKnown, in `named` below).
  const extra = [...meetingSteps(events, plan.today, answers), ...timelineSteps(events, plan, answers), ...tlvEndSteps(events, plan, answers)];
  // Session 34: a bezwaar or GPO request logged by phone or in a talk: the steps it leaves in the plan say why.
  // Session 35: also a registration or its receipt logged by phone or in a talk (spokenRegistrationNotes).
  // Session 46: also an admission told only by phone or in a talk (spokenAdmissionNotes).
  // Session 50 (lawyer-s50-removal D6): also a removal told only by phone or in a talk (newSchoolRemovalTexts, which before
  // ran only while another timeline step was on the plan).
  // Session 51 (lawyer-s50-refusal D7): also a refusal told only by phone or in a talk (newSchoolRefusalTexts).
  const spoken = events.some((e) => (['bezwaar-ingediend', 'gpo-ingediend', 'aanmelding-verstuurd', 'besluit-toegelaten', 'verwijdering-besluit', 'besluit-geweigerd'].includes(e.kind) && toldOnlyOrally(e)) || spokenReceipt(e));
  // Session 34: the plan's own TLV bezwaar counting from a grant logged after a refusal names the grant (src/timeline/earlier.ts).
  // Session 35: a TLV refusal after a bezwaar may be the decision on it (decisionOnObjectionNotes): its bezwaar step says so.
  // Session 37: unless a TLV application logged after the bezwaar shows the later TLV decision answers it (tlvApplicationAnswered).
  // Session 37: after such a grant, "Meld je kind aan" follows the grant, with a note on the conflicting answer (enrolAfterGrantSteps).
  // Session 55: nor a refusal or removal on paper after a bezwaar that only followed a decision told by phone (objectionBeforeDecision).
  // Session 73: the decision on a bezwaar and the Geschillencommissie's advice, logged (objectionAnsweredSteps).
  // Session 75: a plain letter logged after a bezwaar or a request to the commission: is it the decision or the advice?
  // (letterAfterObjectionSteps; no term moves).
  const named = letterAfterObjectionSteps(events, objectionAnsweredSteps(events, enrolAfterGrantSteps(events, decisionOnObjectionNotes(events, objectionBeforeDecision(events, tlvApplicationAnswered(events, tlvRefusalAfterGrantTexts(events, tlvGrantObjectionTexts(events, tlvValidityKnown(events, plan.steps, answers), answers), answers, plan.today), answers), answers), answers), answers), answers), answers);
  // Session 36: a registration logged after the school's extension: the decision step says why it counts 6 weeks (after
  // the spoken-receipt note, which wins: whether the clock counts at all comes first).
  const leftBehind = answers && events.length ? extensionLeftBehindBy(answers, events) : undefined;
  // Session 45: an extension logged after the 6 weeks: the decision step says it came late (lateExtensionNotes).
  // Session 48: or one the timeline cannot place, registered at more schools (ambiguousExtensionNotes).
  const lateExtension = events.some((e) => e.kind === 'besluit-verlengd');
  // Session 46: a registration logged only as sent: the decision step's term names the day sent (sentDayStarts).
  const sent = events.some((e) => e.kind === 'aanmelding-verstuurd');
  // Session 55: the child went back to school after its time at home: no at-home steps (atSchool, notAtHome).
  const back = atSchool(events, answers);
  // Session 54: the plan's "suspended too long?" for a child at home before for a reason of its own (homeForOtherReason).
  // Session 56: nor after a day back at school that ended the time at home the answers count from (homeAgainWithinWeek).
  const otherReason = plan.warnings.some((w) => w.id === SUSPENDED_TOO_LONG) && (homeForOtherReason(plan, events, answers) || homeAgainWithinWeek(events, plan, answers));
  const answered = notAtHome(otherReason ? plan.warnings.filter((w) => w.id !== SUSPENDED_TOO_LONG) : plan.warnings, back?.warnings);
  // Session 45: suspensions logged one right after the other, together longer than a week (suspensionChainTooLong).
  const chainStart = suspensionChainStart(events, plan, answers);
  const chain = back === undefined && !answered.some((w) => w.id === SUSPENDED_TOO_LONG) && suspensionChainTooLong(events, plan, answers, chainStart);
  // Session 47: a dossier request after another still waiting is a reminder (dossierFirstRequest).
  const reminded = events.some((e) => e.kind === 'dossier-gevraagd');
  // Session 47: a request to the Geschillencommissie, maybe about a TLV (gpoNotTlvNotes).
  const gpo = events.some((e) => e.kind === 'gpo-ingediend');
  // Session 54 (lawyer-s53-months D4): a letter or e-mail to the leerplichtambtenaar (lpaWrittenNotes); session 57: or a call or a talk.
  const lpa = lpaContacted(events, plan.today);
  // Session 60: a bezwaar letter that says which of two decisions it answers (placedObjections).
  // Session 64: or one the parent said the decision of (TimelineEvent.against).
  const placed = events.some((e) => e.kind === 'bezwaar-ingediend' && (toSwv(e) || toBoard(e) || e.against !== undefined));
  if (!placed && !extra.length && !spoken && !leftBehind && !lateExtension && !sent && chainStart === undefined && !reminded && !gpo && !otherReason && !lpa && back === undefined && named.every((s, i) => s === plan.steps[i])) return plan;
  // Session 37: the newest TLV refusal's own step names its date beside an earlier TLV decision's step (latestTlvRefusalTexts).
  // Session 31: the paper step for a removal by the next school names that school (src/timeline/earlier.ts). Session 34: also
  // when the first removal was answered in the questionnaire, not logged (withAnsweredDecisions, as timelineSteps reads it).
  // Session 51: a request logged from the correction letter speaks of the correction (dossierCorrectionTexts).
  // Session 56: with the dossier seen (a correction writes no "not seen"), the correction's own step (dossierCorrectionSteps).
  const own = dossierCorrectionSteps(events, dossierCorrectionTexts(events, dossierFirstRequest(events, extensionAfterRefusalDeadlines(events, latestTlvRefusalTexts(events, [...named, ...extra], answers), plan.today, answers), plan.today, answers)), plan.today, answers);
  // Session 47: a request to the Geschillencommissie after a TLV decision: the TLV bezwaar step says that is not the way (gpoNotTlvNotes).
  const decided = withAnsweredDecisions(events, answers);
  // Session 54: a letter or e-mail to the leerplichtambtenaar logged: its step says so (lpaWrittenNotes). Session 57: a call or a talk too.
  const noted = lpaWrittenNotes(events, gpoNotTlvNotes(events, spokenRegistrationNotes(events, spokenObjectionNotes(events, newSchoolRefusalTexts(decided, newSchoolRemovalTexts(decided, own))))), plan.today);
  // Session 47: a chain of suspensions longer than a week: the step counts the week from its first day (suspensionChainEnd).
  // Session 68 (s68-return, R2): back at school: the agreements about the return first, the onderwijsconsulenten for if it
  // goes wrong again (backAtSchoolSteps).
  const unplaced = notAtHome(suspensionChainEnd(spokenAdmissionNotes(events, sentDayStarts(events, lateExtensionNotes(events, ambiguousExtensionNotes(events, spokenRefusalFirstSchoolNotes(events, extensionUnknownNotes(leftBehind, noted)), answers)))), chainStart, plan.today), back?.steps);
  // Session 84 (s84-objection, 1): the removal's bezwaar as the timeline placed it (loggedRemovalObjection).
  const removal = loggedRemovalObjection(events, unplaced, placedObjections(events, unplaced), answers, plan.today);
  const placedSteps = backAtSchoolSteps(removal.steps, back);
  // Session 74 (s74-first, 1): back at school after an admission at the next school and a de-registration at the old one:
  // the removal's passed bezwaar and its Geschillencommissie are a choice now (removalChoiceStep), and the warning that the old
  // school stays responsible until the child is enrolled elsewhere is past (A23).
  const removed = placedSteps.find((s) => s.id === 'bezwaar-verwijdering')?.deadline?.start;
  const atNewSchool = back?.kind === 'back-at-school' && backAtNewSchoolAfterRemoval(events, answers, back.back, removed);
  // Session 74 (s74-notes, 2): the holiday notes on the timeline's bezwaar and Geschillencommissie steps too (eerdere-*,
  // the plan's own steps brought back), and on the plan's own for the deadline they have now (withHolidayNotes).
  // Session 76 (s76-enrolled): and the steps name the school they mean, the old school's OPP is a choice, and what speaks of
  // the old school as hers (its letter about handelingsverlegen, "until your child is enrolled elsewhere") leaves, as the
  // answers' own enrolment does (atNewSchoolSteps, leftOldSchool in src/rules/steps/predicates.ts).
  const allNoted = withHolidayNotes(atNewSchool ? atNewSchoolSteps(placedSteps.filter((s) => !OLD_SCHOOL_ONLY_STEPS.includes(s.id)).map(removalChoiceStep)) : placedSteps);
  // Session 85 (s85-open, 1): the note that the logged bezwaar was about the other decision, in the first slot when it is free;
  // else (the step a choice at the new school: removalChoiceStep's note) in the second, unless a holiday note with its day is there.
  const removalNote = removal.note;
  const steps = removalNote
    ? allNoted.map((s) => (s.id !== REMOVAL_OBJECTION ? s : !s.note ? { ...s, note: removalNote } : s.alsoNote === undefined ? { ...s, alsoNote: removalNote } : s))
    : allNoted;
  const atNewWarnings = (list: readonly PlanWarning[]) =>
    list.filter((w) => w.id !== 'verwijdering-zonder-school' && !OLD_SCHOOL_ONLY_WARNINGS.includes(w.id)).map((w) => (w.id === 'handelingsverlegen-zonder-opp' && !w.texts ? { ...w, texts: HV_ZONDER_OPP_NIEUWE_SCHOOL_TEXTS } : w));
  const placedWarnings = removal.warnings ? removal.warnings(answered) : answered;
  const backWarnings = refusalObjectionBack(steps, atNewSchool ? atNewWarnings(placedWarnings) : placedWarnings);
  // Session 85 (s85-open, 3): a bezwaar logged against each decision: no "Twee besluiten, twee keer bezwaar" (bothObjectionsLogged).
  const kept = backWarnings.some((w) => w.id === 'bezwaar-twee-besluiten') && bothObjectionsLogged(events, steps, answers, plan.today)
    ? backWarnings.filter((w) => w.id !== 'bezwaar-twee-besluiten')
    : backWarnings;
  // One filing warning at most: a certain term (from the answers' meeting or the next one) wins over an uncertain one.
  const found = filingBeforeNextMeeting(steps);
  const has = kept.find((w) => w.id === FILING_WARNING || w.id === FILING_WARNING_UNCERTAIN);
  const id = found && (has?.id === FILING_WARNING || found === 'certain' ? FILING_WARNING : FILING_WARNING_UNCERTAIN);
  const added = id && id !== has?.id ? [{ id, section: 'bezwaar-maken' } as PlanWarning, ...kept.filter((w) => w !== has)] : kept;
  // Session 66 (s66-summer, gap 2): the meeting on a certain bezwaar's last day: its own text, named on the first screen.
  const onLastDay = certainFilingOnNextMeetingDay(steps);
  const filingWarnings = onLastDay ? added.map((w) => (w.id === FILING_WARNING ? { ...w, texts: MEETING_ON_LAST_DAY_TEXTS, firstScreen: true as const } : w)) : added;
  const chained = chain ? [{ id: SUSPENDED_TOO_LONG, section: 'schorsing-verwijdering' }, ...filingWarnings] : filingWarnings;
  // Session 46: a date agreed at a meeting after a legal term that still runs (agreedAfterTerm).
  const after = agreedAfterTerm(steps, plan.today);
  const warnings = perSchoolWarning(steps, after ? [...chained, { id: AGREED_AFTER_TERM, section: after.section, texts: after.texts }] : chained);
  const ordered = orderPlan(steps, warnings);
  return { ...plan, steps: ordered.steps, warnings: ordered.warnings };
}

/**
 * Session 52: registered at more schools (meer-scholen-risico), with the other school's registration logged: each school
 * still deciding has its own dated step (earlierRegistrationSteps, undecidedRegistrationSteps in src/timeline/earlier.ts).
 * The warning's own text says the date in the steps is only for the school whose date was filled in; its variant says each
 * school still deciding has its own last day there (A04, A05; 001:119, 002:744-746).
 */
export const MORE_SCHOOLS_WARNING = 'meer-scholen-risico';
export const MORE_SCHOOLS_PER_SCHOOL_TEXTS = 'ui:s48.warning.meerScholenPerSchool';
function perSchoolWarning(steps: readonly PlanStep[], warnings: readonly PlanWarning[]): PlanWarning[] {
  const texts: readonly (string | undefined)[] = [EARLIER_REGISTRATION_TEXTS, UNDECIDED_REGISTRATION_TEXTS, EARLIER_REGISTRATION_LATE_TEXTS, UNDECIDED_REGISTRATION_LATE_TEXTS];
  const perSchool = steps.some((s) => s.deadline !== undefined && texts.includes(s.texts));
  return warnings.map((w) => (perSchool && w.id === MORE_SCHOOLS_WARNING && !w.texts ? { ...w, texts: MORE_SCHOOLS_PER_SCHOOL_TEXTS } : w));
}

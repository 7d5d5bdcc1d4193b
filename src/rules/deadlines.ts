import type { IsoDate } from './dates';
import { addDays, addMonths, addWeeks, daysBetween } from './calendar';

/**
 * A deadline as a real date, with the arithmetic kept so the plan can show it:
 * "6 weken na dinsdag 3 maart 2026: dinsdag 14 april 2026".
 */
export type DeadlineUnit = 'days' | 'weeks' | 'months';

/** What the start date is, by id: the text lives in content (ui.yaml, deadline.start.<id>). */
export type DeadlineStart =
  | 'aanmelding-ontvangen'
  /** Session 46: the day the parent sent the registration, logged without a day of receipt (sentDayStarts, src/timeline/earlier.ts). */
  | 'aanmelding-verstuurd'
  | 'besluit-bekend'
  | 'schorsing-begin'
  | 'thuis-sinds'
  | 'verstuurd-vandaag'
  | 'opp-besproken'
  /** Session 58: the child's enrolment at the school (the OPP's 6 weeks, B02; question inschrijving-datum). */
  | 'inschrijving'
  | 'klacht-ingediend'
  | 'verzoek-verstuurd'
  /** A meeting at school where a date was agreed (src/meeting/plan.ts). */
  | 'gesprek'
  /**
   * Session 82: a granted TLV, its end date the due day (tlvEndSteps, src/timeline/earlier.ts). No term counts from it: the
   * arithmetic reads "De TLV van <start> geldt tot <due>" (tlv82.deadline), not "N dagen na …" (deadlineArithmetic).
   */
  | 'tlv-toegekend';

export interface Deadline {
  start: IsoDate;
  startWhat: DeadlineStart;
  amount: number;
  unit: DeadlineUnit;
  due: IsoDate;
  /** Days from today until the due date (negative: passed). */
  daysLeft: number;
  status: 'passed' | 'today' | 'upcoming';
  /**
   * False where the term is not in the source documents or is uncertain (FACTS.md §X):
   * the plan then says so and says whom to ask, instead of stating it as certain.
   */
  certain: boolean;
  /**
   * The admission decision only (A04/A05, 001:119; 002:746): its 6 weeks have passed, the parent does not know whether
   * the school extended them once by 4 weeks, and that 10-week day is today or later. The plan then never says just
   * "this date has passed": it says the school may have extended to this day, and to ask the school (session 22).
   */
  maybeExtendedTo?: IsoDate;
  /**
   * Session 81 (s81-left, e): with maybeExtendedTo, the day of an extension the parent logged after the 6 weeks had passed
   * (lateExtensionNotes, src/timeline/earlier.ts). The line beside the date then says the school told it too late, not
   * "maybe the school extended: ask whether it did" (she logged that it did).
   */
  extendedLate?: IsoDate;
  /**
   * Session 82 (tlv82): a day before `due` by which the plan ADVISES to act, not a legal term (a TLV's end date is `due`; the
   * day to ask about a new TLV, 3 months before it, is ours: tlvEndSteps, src/timeline/earlier.ts). Set only while that day
   * has not passed. The calendar file gets an event of its own on it (src/rules/ics.ts), so the reminder comes in time.
   */
  askBy?: IsoDate;
}

/** The day the admission's term may have been extended to is today (session 45: the plan says "Dat is vandaag" then too). */
export const extendedToday = (d: Pick<Deadline, 'due' | 'daysLeft' | 'maybeExtendedTo'>): boolean =>
  d.maybeExtendedTo !== undefined && daysBetween(d.due, d.maybeExtendedTo) + d.daysLeft === 0;

export function deadline(
  start: IsoDate,
  startWhat: DeadlineStart,
  amount: number,
  unit: DeadlineUnit,
  today: IsoDate,
): Deadline {
  const due = unit === 'days' ? addDays(start, amount) : unit === 'weeks' ? addWeeks(start, amount) : addMonths(start, amount);
  const daysLeft = daysBetween(today, due);
  return { start, startWhat, amount, unit, due, daysLeft, certain: true, status: daysLeft < 0 ? 'passed' : daysLeft === 0 ? 'today' : 'upcoming' };
}

/**
 * The legal terms the plan uses, in one place, each with where it comes from.
 * Sources: ../shared/FACTS.md (file:line of the seed documents).
 */
export const TERMS = {
  /** School decides on admission within 6 weeks after receiving the written registration (001:119; 002:744-746). */
  admissionDecisionWeeks: 6,
  /** Once extended by at most 4 weeks, 10 in total; the school must tell the parents (001:119; 002:746). */
  admissionDecisionMaxWeeks: 10,
  /** Bezwaar against a refusal or a removal decision: 6 weeks (002:748-750, 846-850). */
  objectionWeeks: 6,
  /** Bezwaar against the SWV's TLV decision: 6 weeks, EXT (LBT reglement), not in the sources (FACTS §X.3). */
  tlvObjectionWeeks: 6,
  /** Request to the Geschillencommissie passend onderwijs: 6 weeks, EXT, not in the sources (FACTS §X.2). */
  gpoWeeks: 6,
  /** Suspension in primary school: at most one week (002:2362, WPO art. 40c). */
  suspensionMaxWeeks: 1,
  /** Unexcused absence of 16 hours within 4 weeks must be reported by the school (001:847): a threshold, never a deadline. */
  absenceWindowWeeks: 4,
  absenceHours: 16,
  /** Answer to a dossier request under the privacy law (AVG): one month from the request; not in the sources. */
  dossierAnswerMonths: 1,
  /** Klachtencommissie responds within 4 weeks of the complaint: only in the brochure (000:1054, FACTS §X.13). */
  complaintResponseWeeks: 4,
  /** The OPP: within 6 weeks after enrolment or after the need is established (002:862-866); keep apart from admission. */
  oppWeeks: 6,
} as const;

import { deadline, type Deadline } from './deadlines';
import { factsFrom, type Facts } from './facts';
import { decisionAfterObjection, stepRules, warningRules, type Contact, type Moment, type StepGroup, type StepRule } from './catalogue';
import type { Answers } from '../flow/answers';
import type { IsoDate } from './dates';
import { GROUP_ORDER, orderPlan } from './order';
import { addDays, daysBetween } from './calendar';
import { dayOff } from './holidays';
import { admittedNotEnrolled, atNoSchool, enrolledAtNewSchool, enrolledByToday, enrolledElsewhereAfterRemoval, leftOldSchool, offerTurnedDown } from './steps/predicates';
import { OVERSTAP_REGISTERED_TEXTS } from './steps/informatie';
import { TLV_GELDIGHEID_EINDE_TEXTS, TLV_GELDIGHEID_VOORBIJ_TEXTS } from './steps/tlv';
import { GPO_FROM, ownObjectionTexts } from './steps/geschil';
import { ABSENCE_KEPT_HOME_TEXTS, ABSENCE_NEW_SCHOOL_TEXTS, aroundChristmas, inSummerMonths } from './steps/thuiszitten';
import { EARLIER_GPO, EARLIER_REFUSAL, EARLIER_REGISTRATION, EARLIER_REMOVAL, EARLIER_TLV_GRANT, EARLIER_TLV_REFUSAL, inFamily, LATER_REMOVAL, PHONE_DECISION, REFUSAL_THEN_ADMITTED, TLV_REFUSAL_THEN_GRANTED } from './steps/ids';

export type { Contact, Moment, StepGroup } from './catalogue';

/** One step of the plan. Texts come from content/<lang>/steps.yaml by `id`. */
export interface PlanStep {
  id: string;
  group: StepGroup;
  /** Chapter section that explains the why. */
  section: string;
  letters: readonly string[];
  contacts: readonly Contact[];
  deadline?: Deadline;
  moment?: Moment;
  /**
   * Where the texts are when not in steps.yaml under `id`: a key prefix ("ui:meetingPlan.planStep.afspraak").
   * Steps made from what the parent recorded (agreements from a meeting) have their own ids.
   */
  texts?: string;
  /**
   * One more text after the step's why, a full key ("ui:open34.spokenObjection"): what the timeline says about this step
   * (session 34: a bezwaar logged by phone does not count). Set by src/meeting/plan.ts withMeetings.
   */
  note?: string;
  /**
   * Session 70 (s70-readback, 2): a second note, shown after `note` (stepNotes). Only where both notes are needed: the
   * groep 7/8 summer note (OPP_SUMMER_AFTER_GROEP_8_NOTE) beside the school year's last day today or tomorrow.
   */
  alsoNote?: string;
  /**
   * Session 76 (s76-holiday, 2): a third note, shown after the other two (stepNotes): the last day of a filing term of the
   * parent's own (the steps that carry holiday notes) is a Saturday, Sunday or public holiday (DAY_OFF_NOTES). The day
   * never moves.
   */
  dayOffNote?: string;
  /**
   * Session 60 (s60-first N1): a step the parent may well not want any more (the removal's Geschillencommissie, or its
   * passed bezwaar, once the child is enrolled at the school that admitted it after the removal). It stays in the plan, in
   * its group, but after the other steps there (order.ts isChoice) and never among the first screen's actions while
   * another step is there (firstThings), as the CHOICE_STEPS. Its note says it is a choice now.
   */
  choice?: true;
  /** Extra values for the step text's placeholders: ISO dates (formatted by the view) or ids. */
  params: Readonly<Record<string, string>>;
}

export interface PlanWarning {
  id: string;
  section: string;
  /** Where the texts are when not in steps.yaml warnings under `id`: a "ui:" key prefix (session 38, s38-p1). */
  texts?: string;
  /** Named on the first screen (WarningRule.firstScreen): something to do before a right is lost. */
  firstScreen?: true;
}

export interface Plan {
  today: IsoDate;
  situations: readonly string[];
  steps: readonly PlanStep[];
  warnings: readonly PlanWarning[];
  /**
   * Session 56 (s56-noschool, lawyer-s56-fresh D4): the child is enrolled at no school yet (neverEnrolled). "Wie kan je
   * helpen?" then does not ask which samenwerkingsverband "the school" belongs to (findSwvKey, src/ui/firstThings.ts).
   * Session 59 (s59-enrolled): until the day of enrolment (atNoSchool); from it she has a school to ask.
   */
  noSchool?: true;
  /**
   * Session 60 (s60-enrolled): with noSchool, the child is admitted (admittedNotEnrolled): "Wie kan je helpen?" sends the
   * parent to the school that admitted her, not to "the school where you want to register" (findSwvKey).
   */
  admitted?: true;
}

export const GROUPS: readonly StepGroup[] = GROUP_ORDER;

/**
 * One rule's step for these facts (the rule applies): its deadline, group, letters, contacts, moment, texts and params. Pure.
 * Also used where the timeline makes a catalogue step as if an answer were otherwise (newOppAfterConsentSteps).
 */
export function stepOf(rule: StepRule, f: Facts): PlanStep {
  const computed = rule.deadline?.(f);
  const d = computed && { ...computed, certain: !rule.uncertain };
  const params = rule.params?.(f) ?? {};
  const moment = rule.moment?.(f);
  const texts = rule.texts?.(f);
  // A deadline that has passed moves its step to "Nu doen": the text then says what can still be done.
  const base = rule.groupFor?.(f) ?? rule.group;
  const group = d?.status === 'passed' && rule.lateGroup ? rule.lateGroup : base;
  return { id: rule.id, group, section: rule.section, letters: (rule.letters ?? []).filter((l) => !rule.dropLetters?.(f).includes(l)), contacts: rule.addContacts ? [...(rule.contacts ?? []), ...rule.addContacts(f)] : rule.contacts ?? [], ...(d ? { deadline: d } : {}), ...(moment ? { moment } : {}), ...(texts ? { texts } : {}), params };
}

/** The plan for these answers on this day. Pure: no DOM, no clock, no storage. */
export function buildPlan(answers: Answers, today: IsoDate): Plan {
  const f: Facts = factsFrom(answers, today);
  const steps: PlanStep[] = [];
  for (const rule of stepRules) if (rule.applies(f)) steps.push(stepOf(rule, f));
  const warnings = warningRules.filter((w) => w.applies(f)).map((w) => {
    const texts = w.texts?.(f);
    return { id: w.id, section: w.section, ...(texts ? { texts } : {}), ...(w.firstScreen?.(f) ? { firstScreen: true as const } : {}) };
  });
  // Session 37: a decision after the bezwaar may be the decision on it (decisionAfterObjection).
  const marked = markDecisionOnObjection(steps, decisionAfterObjection(f), { gpoFiled: f.is('gpoFiled') ? f.date('gpo-datum') : undefined, tlvGranted: f.is('tlvGranted') });
  // Session 70 (s70-readback, 1): the notes that each put one text on one step, in this order; a note already set is kept.
  let noted: readonly PlanStep[] = afterEnrolmentElsewhere(marked, f);
  noted = noteOn(noted, 'opp-evaluatie', SCHOOL_YEAR_END_TODAY_NOTE, (s) => s.params['ditSchooljaar'] === today);
  noted = noteOn(noted, 'opp-evaluatie', SCHOOL_YEAR_END_TOMORROW_NOTE, (s) => s.params['ditSchooljaar'] === addDays(today, 1));
  const groep78Summer = f.oneOf('groep', 'groep-7-8') && inSummerMonths(f.today);
  // Session 71 (s71-readback, 3): the summer note after the school year's last-day note where that is set, else the note.
  noted = noteOn(noted, 'opp-evaluatie', OPP_SUMMER_AFTER_GROEP_8_NOTE, () => groep78Summer, (s) => (SCHOOL_YEAR_END_NOTES.includes(s.note) ? 'alsoNote' : 'note'));
  noted = noteOn(noted, 'opp-evaluatie', OPP_BEFORE_SUMMER_NOTE, (s) => beforeSummerHoliday(today, s.params['ditSchooljaar']));
  noted = noteOn(noted, 'overstap-voorbereiden', OVERSTAP_OFFER_NOTE, (s) => offerTurnedDown(f) && OVERSTAP_OFFER_NOTED.includes(s.texts));
  // Session 80 (s80-gaps, 2): the TLV route in groep 7/8: praktijkonderwijs after groep 8 needs a TLV of its own kind (OVERSTAP_LATER_TLV_NOTE).
  noted = noteOn(noted, 'overstap-later', OVERSTAP_LATER_TLV_NOTE, () => f.is('isTlv'));
  // Session 83 (s83-tlv, 4): tlv-geldigheid counting an earliest end (a granted TLV, its decision date known, its end date not
  // logged): where the parent can log the real end date (the timeline's "Tot wanneer geldt de TLV?"), so that the plan
  // reminds her in time (tlv-einde). The timeline drops it with those texts once the end is known (tlvValidityKnown).
  noted = noteOn(noted, 'tlv-geldigheid', TLV_LOG_END_NOTE, (s) => s.texts === TLV_GELDIGHEID_EINDE_TEXTS || s.texts === TLV_GELDIGHEID_VOORBIJ_TEXTS);
  // Session 74 (s74-notes, 1): the holiday notes (summer72, left73, winter73) in one pass; before, three noteOn passes.
  noted = withHolidayNotes(noted);
  // Session 74 (s74-blind, A33): a young child refused: a note on the refusal's steps on the toilet-training refusal. Not when
  // the school said it is full (that refusal is about room, not the child), and only in the first slot: the second is the
  // holiday notes' (withHolidayNotes, also run again by the timeline), which carry a date.
  const youngRefused = f.is('wasRefused') && f.oneOf('groep', ...TOILET_NOTE_GROUPS) && !f.list('school-zegt').includes('school-vol');
  for (const id of TOILET_NOTE_STEPS) noted = noteOn(noted, id, NOT_TOILET_TRAINED_NOTE, () => youngRefused);
  // The order (and the merging of repeats) is a rule of its own: order.ts.
  const ordered = orderPlan(noted, warnings);
  return { today, situations: f.list('situatie'), steps: ordered.steps, warnings: ordered.warnings, ...(atNoSchool(f) ? { noSchool: true as const } : {}), ...(admittedNotEnrolled(f) ? { admitted: true as const } : {}) };
}

export { deadline };

/**
 * Session 63 (s63-tlv, gap 3): the OPP's yearly talk has no dated term (it is the school's duty, B20; sessions 45, 51, 60), so
 * the plan's "Dat is vandaag." (a Deadline's status 'today') never reached it: on 31 July, the school year's last day that
 * the step names, the parent read the day's date and not that it is today, on a weekday as on a Saturday in the summer
 * holiday (lawyer-s60-edges noted it). The note says "vandaag" on that day and "morgen" on the day before, for every day of
 * the week alike: only the wording relative to today; the day itself (31 July, 001:272, 509; 002:882-884) does not move.
 */
export const SCHOOL_YEAR_END_TODAY_NOTE = 'ui:s63.oppLaatsteDagVandaag';
export const SCHOOL_YEAR_END_TOMORROW_NOTE = 'ui:s63.oppLaatsteDagMorgen';

const SCHOOL_YEAR_END_NOTES: readonly (string | undefined)[] = [SCHOOL_YEAR_END_TODAY_NOTE, SCHOOL_YEAR_END_TOMORROW_NOTE];

/**
 * Session 70 (s70-readback, 1): puts `note` on the step `id` where `when` holds for it, keeping a note already set (the
 * first rule that notes a step wins). Pure. Before, three functions each did this for one step and one condition.
 * `slot` (s70-readback, 2; a function of the step since s71-readback, 3) may put it in the step's second note instead; a
 * text already in that slot is kept all the same.
 */
function noteOn(steps: readonly PlanStep[], id: string, note: string, when: (s: PlanStep) => boolean, slot: (s: PlanStep) => 'note' | 'alsoNote' = () => 'note'): readonly PlanStep[] {
  // Session 71: a plain loop that copies the list only when a note is set. `steps.map` ran a callback for every step on
  // each of the four calls, on every plan the page draws (about 100 of the plan page's 22,590 counted calls; ROUNDS.md,
  // thirty-fifth round).
  let out: PlanStep[] | undefined;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i]!;
    if (s.id !== id || !when(s)) continue;
    const at = slot(s);
    if (!s[at]) (out ??= steps.slice())[i] = { ...s, [at]: note };
  }
  return out ?? steps;
}

/** Session 70 (s70-readback, 2): a step's notes in the order the plan page and the CLI show them: `note`, then `alsoNote`. */
export const stepNotes = (s: PlanStep): string[] => [s.note, s.alsoNote, s.dayOffNote].filter((n): n is string => n !== undefined);

/**
 * Session 69 (s69-left, 4): "Zorg dat het OPP besproken wordt" (opp-evaluatie) for groep 7/8 read in July or August. The
 * answer joins groep 7 and 8, and in the summer it may mean "just finished groep 8": then the child leaves the basisschool,
 * the OPP goes along to the VO school (B38, H13), which assesses itself what the child needs (H14). The step spoke only of
 * the basisschool's yearly talk. Its note speaks to both cases: just finished groep 8, ask the VO school when the help is
 * discussed (whether the basisschool must still talk about the OPP then is in no source: ask it); going into groep 8, the
 * step is the basisschool's. Its date and group do not change. A note already set (the old school's OPP) is kept.
 * Session 70 (s70-readback, 2): beside the school year's last day today or tomorrow (30 and 31 July) it is the step's
 * second note (alsoNote), after that day's note: before, the day's note won and a parent of a child who just finished
 * groep 8 read only "e-mail the basisschool today". Each says what the other does not (which day; which school now).
 */
export const OPP_SUMMER_AFTER_GROEP_8_NOTE = 'ui:left69.oppZomerOverstap';

/**
 * Session 71 (s71-spring): "Zorg dat het OPP besproken wordt" (opp-evaluatie) from 1 May of a school year named this
 * school year's last day (31 July, B20; 001:272, 509; 002:882-884) and "Vraag de school op tijd om een datum", nothing
 * more. 31 July falls in every region's summer holiday: the school is closed weeks before it, and the sources name no
 * holiday dates. The note says so (the start differs per region and is in no source: ask the school) and asks for a talk
 * before the summer holiday now, by e-mail (already started? send it anyway). The day does not move. A note already set
 * (the s63 notes on 30 and 31 July, left69's for groep 7/8 in July and August) is kept.
 */
export const OPP_BEFORE_SUMMER_NOTE = 'ui:spring71.oppVoorDeZomer';

/** From 1 May up to this school year's last day (31 July), which the step names as `ditSchooljaar`. Pure. */
const beforeSummerHoliday = (today: IsoDate, ditSchooljaar: string | undefined): boolean =>
  ditSchooljaar === `${today.slice(0, 4)}-07-31` && today >= `${today.slice(0, 4)}-05-01` && today <= ditSchooljaar;

/**
 * Session 69 (at the merge of s69-left, from its report): "Bereid de overstap naar de middelbare school voor" in groep 7/8
 * says, outside the summer, that the basisschool stays responsible until the child is enrolled at a secondary school (its
 * own text and edges65's for a registration in writing). After a reasonable offer of a place turned down that is not so
 * (A22, FP-P1; session 38 made every other such line conditional, and s69-left the summer text). Its note says so, in the
 * words of the summer text. The texts for a child enrolled nowhere (no basisschool) and for groep 3-6 (no such line) get
 * none, nor the summer's own offer text.
 */
export const OVERSTAP_OFFER_NOTE = 'ui:left69.overstapAanbod';
const OVERSTAP_OFFER_NOTED: readonly (string | undefined)[] = [undefined, OVERSTAP_REGISTERED_TEXTS];

/**
 * Session 80 (s80-gaps, 2): the question tlv-soort (sbo, so, weet-niet) belongs to the TLV route of primary school, whose
 * entry is "Er wordt gepraat over speciaal (basis)onderwijs": a TLV is also needed for praktijkonderwijs (A12, E01;
 * 002:670-676, 2093-2095), but that is a secondary school the child goes to after groep 8, with national criteria of its
 * own (E26; 001:983-991), registered for at that school. So no fourth answer: a note on overstap-later (groep 7/8, which
 * already holds those criteria) for a parent in the TLV route: praktijkonderwijs needs a TLV too; whether a TLV for
 * speciaal (basis)onderwijs counts for it is in no source (as winter70's line on vso): ask the praktijkonderwijs school or
 * the samenwerkingsverband for secondary education in time. Before, nothing in her plan tied her TLV to praktijkonderwijs.
 */
export const OVERSTAP_LATER_TLV_NOTE = 'ui:gaps80.overstapLaterTlv';
/** Session 83 (s83-tlv, 4): log the TLV's end date in the timeline (on tlv-geldigheid's earliest-end texts). */
export const TLV_LOG_END_NOTE = 'ui:tlv83.eindeInTijdlijn';

/**
 * Session 72 (at the merges, from s72-left's report, 3): a bezwaar term that ends in July or August (a refusal's, a removal's,
 * a TLV decision's: 6 weeks, A21, C06, E18) runs in the summer holiday, when the school, its board or the samenwerkingsverband
 * may not read post for weeks. The steps said nothing of it. The note says so, and to send the bezwaar well in time by e-mail
 * and by letter and keep the proof. Session 77 (s77-holiday, 1): it said "Hij loopt in de vakantie gewoon door", more than
 * the sources say (none names a holiday); now: our sources do not say a term stops in the holiday, count with the day shown,
 * ask the steunpunt if unsure. No day moves.
 * Always the step's second note (alsoNote): the first slot stays free for the notes that say what a step means now (the
 * removal's choice once enrolled elsewhere; the timeline's "a bezwaar by phone does not count", spokenObjectionNotes, which
 * sets `note` after this), and those come first on the page.
 */
export const OBJECTION_IN_SUMMER_NOTE = 'ui:summer72.bezwaarInDeZomer';

/**
 * Session 73 (s73-winter): the same for a bezwaar term that ends around the kerstvakantie (a refusal's, a removal's, a TLV
 * decision's 6 weeks; A21, C09, E18). The school, its board or the samenwerkingsverband is often closed then, nobody may read
 * post, and no source moves the last day (the brief: no shift for a holiday unless a source says so). The note says (since
 * s77) that our sources do not say a term stops in a holiday, to count with the day shown, to send it as soon as she can, by
 * e-mail and by letter, and keep the proof, and whom to ask. No day moves. The sources name no
 * holiday dates and the kerstvakantie differs per year (19 December 2026 - 3 January 2027; 25 December 2027 - 9 January
 * 2028), so the window is wide, 18 December - 9 January, and the text says "rond de kerstvakantie". Not once the day has
 * passed; "as soon as you can" fits every day up to the last one (read first, "well before that day" did not fit a plan read
 * the day before). The second note, as summer72's; a day in July or August is never in this window, so the two never meet.
 */
export const OBJECTION_AROUND_CHRISTMAS_NOTE = 'ui:winter73.bezwaarRondKerst';
/** A month-day from 18 December up to 9 January (either year). Pure. Session 85: kept in steps/thuiszitten.ts (schorsing-einde reads it too). */
export { aroundChristmas };
/**
 * Session 73 (s73-left, 5): a bezwaar term that ends in September but runs mostly through the summer holiday had no note
 * (a refusal of 5 August: 6 weeks to 16 September, 27 of its 42 days in August). The rule: the term has not passed, ends in
 * September, and at least 3 weeks of it (SUMMER_WEEKS_IN_TERM, half of the usual 6) fall in July and August, the months
 * every region's summer holiday falls (mostly) in (inSummerMonths); so a decision on or before 10 August. A term ending in
 * September after a decision later in August runs mostly in school time and gets none; nor does a term ending in June.
 * Its own text (ui left73.bezwaarDoorDeZomer): "ends in September, but runs for a large part through the summer holiday"
 * (summer72's says "ends in the summer"). The second note, as summer72's; no day moves.
 */
export const OBJECTION_THROUGH_SUMMER_NOTE = 'ui:left73.bezwaarDoorDeZomer';
const SUMMER_WEEKS_IN_TERM = 3;
/** A term that ends in September and has at least SUMMER_WEEKS_IN_TERM weeks in July and August. */
const septemberAfterSummer = (d: Deadline): boolean => {
  if (d.due.slice(5, 7) !== '09') return false;
  // The term's days after its start (start + 1 .. due) that fall in July or August: from the later of start + 1 and 1 July
  // up to 31 August of the due date's year.
  const year = d.due.slice(0, 4);
  const from = maxIso(addDays(d.start, 1), `${year}-07-01`);
  const summerDays = from > `${year}-08-31` ? 0 : daysBetween(from, `${year}-08-31`) + 1;
  return summerDays >= SUMMER_WEEKS_IN_TERM * 7;
};

/**
 * Session 74 (s74-notes, 1): the school holiday a term's last day falls in or after, for the holiday notes: 'zomer' (due in
 * July or August: summer72), 'kerst' (due 18 December - 9 January: winter73), 'september' (due in September with at least
 * 3 of its weeks in July and August: left73); undefined for any other day, for no term and once the term has passed. The
 * windows never overlap (July/August, September, December/January), so the order of the checks does not matter. Pure.
 * Before, three predicates each repeated "a deadline that has not passed".
 */
export type HolidayWindow = 'zomer' | 'september' | 'kerst' | 'naKerst' | 'doorKerst';
export function holidayWindow(d: Deadline | undefined): HolidayWindow | undefined {
  if (d === undefined || d.status === 'passed') return undefined;
  if (inSummerMonths(d.due)) return 'zomer';
  if (aroundChristmas(d.due)) return 'kerst';
  if (justAfterChristmas(d)) return 'naKerst';
  if (throughChristmas(d)) return 'doorKerst';
  return septemberAfterSummer(d) ? 'september' : undefined;
}

/**
 * Session 76 (s76-holiday, 1): a term that ends just after the Christmas window (10-16 January, within a week after its
 * last day, 9 January) with at least a week of its days in the window (18 December - 9 January). A refusal of 1 December
 * 2026 gives 6 weeks to Tuesday 12 January 2027, two of them in the kerstvakantie (19 December - 3 January): before, no
 * note, as the window ended on 9 January. No source pauses a term for a holiday, and none says it runs on either (A21,
 * C09, E18, F13 give only the 6 weeks): the note (ui holiday76) says our sources say nothing about a pause, so count with
 * the day shown, and to send as soon as possible. No day moves. A term ending later in January had 2+ school weeks after
 * the holiday: none. The other school holidays (herfst, voorjaar, mei) are left out: one week in most regions, their
 * dates differ per region and year, no source names them, and the app does not know the region (the s76 report).
 */
export const AFTER_CHRISTMAS_DAYS = 7;
/** The days of a term ending in January or February (start + 1 .. due) in 18 December (of the year before) - 9 January. */
const daysInChristmasWindow = (d: Deadline): number => {
  const year = Number(d.due.slice(0, 4));
  const from = maxIso(addDays(d.start, 1), `${year - 1}-12-18`);
  const to = `${year}-01-09`;
  return from <= to ? daysBetween(from, to) + 1 : 0;
};
const justAfterChristmas = (d: Deadline): boolean => {
  const md = d.due.slice(5);
  return md >= '01-10' && md <= '01-16' && daysInChristmasWindow(d) >= AFTER_CHRISTMAS_DAYS;
};

/**
 * Session 85 (s85-winter, 1; found by s85-blind, 04a): a term that ends later than the naKerst days (17 January up to the end
 * of February) but runs through the kerstvakantie: at least CHRISTMAS_WEEKS_IN_TERM weeks of its days (start + 1 .. due) in
 * 18 December - 9 January. A removal of 18 December 2026 gives 6 weeks to Friday 29 January 2027, 22 of its 42 days in the
 * window (the kerstvakantie 19 December - 3 January is 16 of them): before, no note. A parent may think the holiday weeks do
 * not count and wait for them: no source pauses a term for a holiday (A21, C09, E18 give only the 6 weeks; none names a
 * holiday), so she would be two weeks late. Two weeks is the kerstvakantie's length (the summer rule's 3 weeks is half the
 * term; the Christmas holiday is shorter than that), so a term with only a few days in the window (a decision of 27
 * December or later) gets none: it has to do with the holiday no more than any term with a free week in it. The cap at the
 * end of February keeps a longer term (none of these steps has one) out. Its own text (ui winter85): the term runs through
 * the kerstvakantie, our sources do not say it stops, count with the day shown, do not wait. No day moves.
 */
export const CHRISTMAS_WEEKS_IN_TERM = 2;
export const OBJECTION_THROUGH_CHRISTMAS_NOTE = 'ui:winter85.bezwaarDoorKerst';
const throughChristmas = (d: Deadline): boolean => {
  const md = d.due.slice(5);
  return md >= '01-17' && md <= '02-29' && daysInChristmasWindow(d) >= CHRISTMAS_WEEKS_IN_TERM * 7;
};

/** The bezwaar notes, one per holiday window (summer72, left73, winter73, holiday76, winter85). */
const OBJECTION_HOLIDAY_NOTES: Record<HolidayWindow, string> = {
  zomer: OBJECTION_IN_SUMMER_NOTE,
  september: OBJECTION_THROUGH_SUMMER_NOTE,
  kerst: OBJECTION_AROUND_CHRISTMAS_NOTE,
  naKerst: 'ui:holiday76.bezwaarNaKerst',
  doorKerst: OBJECTION_THROUGH_CHRISTMAS_NOTE,
};

/**
 * Session 74 (s74-notes, 2): the same notes for a request to the Geschillencommissie (the plan's own step and the timeline's
 * eerdere-geschillencommissie). Its term (6 weeks from the decision, EXT, not certain: F13, §X.2) counts from the same
 * refusal or removal as the bezwaar and runs alike: no source stops it for a holiday, so a parent who waits until after the
 * summer or the kerstvakantie may be too late. The request goes to the commission, not to the school, so the bezwaar text's
 * "schools are closed, nobody reads your post" does not fit; whether the commission reads post in a holiday is in no source.
 * Its own texts (ui notes74) say (since s77) that our sources do not say a term stops in a holiday, not to wait, to send
 * the request in time and keep the proof. An OPP dispute has no dated term (GPO_FROM_OPP, no deadline): no note.
 */
export const GPO_IN_SUMMER_NOTE = 'ui:notes74.gpoInDeZomer';
export const GPO_THROUGH_SUMMER_NOTE = 'ui:notes74.gpoDoorDeZomer';
export const GPO_AROUND_CHRISTMAS_NOTE = 'ui:notes74.gpoRondKerst';
const GPO_HOLIDAY_NOTES: Record<HolidayWindow, string> = {
  zomer: GPO_IN_SUMMER_NOTE,
  september: GPO_THROUGH_SUMMER_NOTE,
  kerst: GPO_AROUND_CHRISTMAS_NOTE,
  naKerst: 'ui:holiday76.gpoNaKerst',
  doorKerst: 'ui:winter85.gpoDoorKerst',
};

/** Every holiday note, for the pass that replaces one set for an older deadline. */
const HOLIDAY_NOTES: ReadonlySet<string> = new Set([...Object.values(OBJECTION_HOLIDAY_NOTES), ...Object.values(GPO_HOLIDAY_NOTES)]);

/** The plan's own bezwaar steps (src/rules/steps/aanmelden.ts, thuiszitten.ts, tlv.ts). */
const SUMMER_OBJECTION_STEPS: readonly string[] = ['bezwaar-weigering', 'bezwaar-verwijdering', 'tlv-bezwaar'];
/**
 * Session 74 (s74-notes, 2): the timeline's bezwaar steps for other decisions (src/timeline/earlier.ts), each family one step
 * per decision (eerdere-weigering, eerdere-weigering-2, …). Each is a bezwaar against a refusal, a removal or a TLV decision
 * at the same board or samenwerkingsverband, with the same 6 weeks (A21, C09, E18) that run on in a holiday: the same notes.
 * Before, only the plan's own three steps had them: an earlier refusal whose 6 weeks ended on 24 December said nothing.
 * besluit-telefoon-bezwaar's term (a decision heard by phone, "did you get it on paper after all?") is not certain, but
 * if it runs it runs through the holiday alike.
 */
const TIMELINE_OBJECTION_FAMILIES: readonly string[] = [EARLIER_REFUSAL, REFUSAL_THEN_ADMITTED, EARLIER_REMOVAL, LATER_REMOVAL, EARLIER_TLV_REFUSAL, EARLIER_TLV_GRANT, TLV_REFUSAL_THEN_GRANTED, PHONE_DECISION];

/** Which holiday notes a step can carry, by its id: the bezwaar notes, the Geschillencommissie's, or none. */
function holidayNotesFor(id: string): Record<HolidayWindow, string> | undefined {
  if (SUMMER_OBJECTION_STEPS.includes(id) || TIMELINE_OBJECTION_FAMILIES.some((base) => inFamily(base, id))) return OBJECTION_HOLIDAY_NOTES;
  if (id === 'geschillencommissie' || inFamily(EARLIER_GPO, id)) return GPO_HOLIDAY_NOTES;
  return undefined;
}

/**
 * Session 76 (s76-holiday, 2): the note on a step whose last day is a Saturday, Sunday or public holiday (src/rules/holidays.ts;
 * Nieuwjaarsdag 1 January 2027 is a Friday). The Algemene termijnenwet may move such a day to the next working day, but it
 * is in none of our sources: the plan keeps the day (the safe side), and the note says to send by the working day before,
 * that whether later is allowed is not in our sources, and whom to ask. The same steps as the holiday notes: the parent's
 * own bezwaar and Geschillencommissie terms; not the school's terms (the admission's 6 weeks: nothing for her to send).
 */
export const DAY_OFF_NOTES = { weekend: 'ui:holiday76.dagWeekend', feestdag: 'ui:holiday76.dagFeestdag' } as const;
/**
 * Session 78 (s78-left, 2): the same notes without "Reken dus met de dag die hier staat", for a step that also carries a
 * holiday note (holidayNote): every one of those says it already, so the step said it twice, one note after the other.
 */
export const DAY_OFF_NOTES_BESIDE_HOLIDAY = { weekend: 'ui:left78.dagWeekendNaNoot', feestdag: 'ui:left78.dagFeestdagNaNoot' } as const;
export function dayOffNote(s: PlanStep): string | undefined {
  if (!holidayNotesFor(s.id) || !s.deadline || s.deadline.status === 'passed') return undefined;
  const kind = dayOff(s.deadline.due);
  if (!kind) return undefined;
  // The holiday note is shown only where no other note holds its slot (withHolidayNotes).
  const holidayShown = holidayNote(s) !== undefined && holidaySlotFree(s);
  return holidayShown ? DAY_OFF_NOTES_BESIDE_HOLIDAY[kind] : DAY_OFF_NOTES[kind];
}

/**
 * Session 77 (s77-holiday, 3): the school's own admission term (besluit-aanmelding: 6 weeks after receipt, A04; once 4 more
 * weeks if the school says so, A05) that ends around the kerstvakantie. The parent sends nothing by that day, so not the
 * bezwaar notes ("send it as soon as you can"), and no first-screen line (holidayWindowOf reads HOLIDAY_NOTES only). What
 * she needs: the school may be closed then; the sources give the school no extra time for a holiday (A04, A05 name only
 * the one extension, told to the parent); ask now when the decision comes; no decision and no word of an extension by that
 * day? Send the reminder (its letter), also in the holiday. Not for a term ending just after the holiday (naKerst: school
 * weeks before it) nor in the summer (the s63 notes already speak of the school year's end). No day moves.
 */
export const ADMISSION_AROUND_CHRISTMAS_NOTE = 'ui:holiday77.besluitRondKerst';
/**
 * Session 81 (s81-blind2, story 1): the same for the school's admission term that ends in July or August (a registration for
 * the new school year received in June, its 6 weeks or the 10 after an extension ending in the zomervakantie). Before, no
 * note: the step said the new-school-year exception (000:362-365, cross-ref) but not that no source pauses the term in the
 * holiday or gives the school extra time (A04, A05), nor what to do when the school says "after the summer" or is silent.
 * As the Christmas note, no first-screen line (the parent sends nothing by that day). No day moves.
 */
export const ADMISSION_IN_SUMMER_NOTE = 'ui:blind281.besluitInDeZomer';
const ADMISSION_NOTES: Partial<Record<HolidayWindow, string>> = { kerst: ADMISSION_AROUND_CHRISTMAS_NOTE, zomer: ADMISSION_IN_SUMMER_NOTE };
const ADMISSION_NOTE_SET: ReadonlySet<string> = new Set(Object.values(ADMISSION_NOTES));
const ADMISSION_STEP = 'besluit-aanmelding';

/** Session 74 (s74-notes, 1): the holiday note for this step, or undefined. Pure. */
export function holidayNote(s: PlanStep): string | undefined {
  // Session 78 (s78-left, 2): also another school's registration the timeline keeps (eerdere-aanmelding, eerdere-aanmelding-2,
  // …: that school's own 6 or 10 weeks, A04, A05): the same school term. Before, only the plan's own step had the note.
  if (s.id === ADMISSION_STEP || inFamily(EARLIER_REGISTRATION, s.id)) {
    const window = holidayWindow(s.deadline);
    return window && ADMISSION_NOTES[window];
  }
  const notes = holidayNotesFor(s.id);
  const window = notes && holidayWindow(s.deadline);
  return window && notes![window];
}

/**
 * Session 75 (s75-order, 3): the holiday window of the note a step carries (its second note, withHolidayNotes), or undefined.
 * The first screen says a window once (firstThings' `holidays`), however many of its terms carry a note for it. Pure.
 */
export const holidayWindowOf = (s: Pick<PlanStep, 'alsoNote' | 'deadline'>): HolidayWindow | undefined =>
  s.alsoNote !== undefined && HOLIDAY_NOTES.has(s.alsoNote) ? holidayWindow(s.deadline) : undefined;

/** The step's second note slot is empty or holds a holiday note: a holiday note may go there (another note keeps it). */
const holidaySlotFree = (s: PlanStep): boolean => s.alsoNote === undefined || HOLIDAY_NOTES.has(s.alsoNote) || ADMISSION_NOTE_SET.has(s.alsoNote);
/**
 * Session 74 (s74-notes, 1): one pass that puts each step's holiday note (holidayNote) in its second note (alsoNote), as the
 * three noteOn passes did: the first slot stays free for the notes that say what a step means now (the removal's choice once
 * enrolled elsewhere, the timeline's "a bezwaar by phone does not count"), and those come first on the page. A second note
 * of another kind is kept. A holiday note already set is replaced by the one for the step's deadline now (or removed): the
 * timeline (src/meeting/plan.ts withEvents) runs this again on the plan's steps and its own. Pure; copies the list only
 * when a note changes.
 */
export function withHolidayNotes(steps: readonly PlanStep[]): readonly PlanStep[] {
  let out: PlanStep[] | undefined;
  for (let i = 0; i < steps.length; i++) {
    let s = steps[i]!;
    // Session 76 (s76-holiday, 2): the day-off note in its own slot, set again from the step's deadline now.
    const day = dayOffNote(s);
    if (day !== s.dayOffNote) {
      const { dayOffNote: _day, ...rest } = s;
      s = (out ??= steps.slice())[i] = day === undefined ? rest : { ...rest, dayOffNote: day };
    }
    if (!holidaySlotFree(s)) continue;
    const note = holidayNote(s);
    if (note === s.alsoNote) continue;
    const { alsoNote: _old, ...rest } = s;
    (out ??= steps.slice())[i] = note === undefined ? rest : { ...rest, alsoNote: note };
  }
  return out ?? steps;
}
const maxIso = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/**
 * Session 74 (s74-blind, s074-blind-niet-zindelijk-nee-telefoon): a school may refuse a child who is not toilet-trained, but
 * when the cause is medical and a doctor treats it, the school must look for a solution with the parents (A33, 001:887-889).
 * A common refusal at age 4 (003:129, 205-229: (medical) care at school is among O&O's top topics); the plan never said it.
 * The app does not ask why the school refused, so the note asks ("Zegt de school nee omdat ...?") and is shown on the
 * refusal's own steps (ask for the decision on paper; the bezwaar) for a child not yet at school or in groep 1-2, the ages
 * the source is about ("Is een kind van vijf jaar nog niet zindelijk?"). No term and no day moves. Only in the first
 * slot (left out when it is taken: the second is for the holiday notes, which carry a date), and not when the school
 * said it is full (`school-zegt: school-vol`: a refusal about room, not about the child).
 */
export const NOT_TOILET_TRAINED_NOTE = 'ui:blind74.nietZindelijk';
const TOILET_NOTE_GROUPS: readonly string[] = ['nog-niet', 'groep-1-2'];
const TOILET_NOTE_STEPS: readonly string[] = ['weigering-op-papier-vragen', 'bezwaar-weigering'];

/** Session 60 (s60-first N1): the note on a removal's step that is a choice now the child is enrolled elsewhere. */
export const REMOVAL_CHOICE_NOTE = 'ui:first60.verwijderingKeuze';
/** Session 60 (s60-first N2): the notes that say which school's OPP a step is about, once the child is at a new school. */
export const OLD_SCHOOL_OPP_NOTE = 'ui:first60.oppOudeSchool';
export const NEW_SCHOOL_OPP_NOTE = 'ui:first60.oppNieuweSchool';
/** The steps about the OPP the old school made (or should have made): src/rules/steps/ondersteuning.ts. */
export const OLD_SCHOOL_OPP_STEPS: readonly string[] = ['opp-vragen', 'opp-instemmen', 'opp-zienswijze', 'opp-evaluatie', 'opp-datum-achterhalen'];

/**
 * Session 60 (s60-first; lawyer-s60-combined N1, N2). Once the child is enrolled at a new school:
 * N1: after a removal (enrolledElsewhereAfterRemoval: removed, admitted elsewhere, enrolled there by today; A23, 002:734-736),
 *   the removal's Geschillencommissie step (the term counted from the removal, GPO_FROM) and a removal's bezwaar step whose
 *   6 weeks have passed are a choice: the parent may still object (C09, F07), she need not. They keep their dates and their
 *   place in "Nu doen", last there (`choice`), and their note says so. A removal's bezwaar whose 6 weeks still run (certain,
 *   002:846-850) is never made a choice: it keeps its place; only the note is added.
 * N2: with the new school's "OPP within 6 weeks after enrolment" (opp-na-toelating) beside a step about the old school's OPP
 *   (the OPP answered in the questionnaire is that school's), each says which school it is about. Before, "Vraag om het OPP
 *   van je kind" or "Zorg dat het OPP besproken wordt" stood beside "Let op het OPP na de inschrijving" with no school named.
 *   Session 76 (s76-enrolled): done in atNewSchoolSteps, where the old school's OPP steps are a choice now.
 * A note already set (a decision that may be the one on the bezwaar) is kept. Pure.
 */
export function afterEnrolmentElsewhere(steps: readonly PlanStep[], f: Facts): PlanStep[] {
  const removal = enrolledElsewhereAfterRemoval(f);
  // Session 61 (lawyer-s61-timeline D3): refused at one school, admitted at the next and enrolled there by today: the refusal's
  // bezwaar and its Geschillencommissie step, once their 6 weeks have passed, are a choice too (the first screen's choice
  // paragraph and the warning weigering-blijft-na-toelating speak only while the term runs). Before, those two passed steps
  // were the first screen's two actions for a child at the new school, above its OPP term. Their dates and texts stay.
  const refused = f.is('refusedThenAdmittedElsewhere') && enrolledByToday(f);
  // Session 76 (s76-enrolled): enrolled at a new school after the old school's story (leftOldSchool: not a child at home from
  // a day on or after the enrolment alone, whose OPP answered may be the new school's), the steps that said only "the school"
  // name it, and the old school's OPP steps become a choice (atNewSchoolSteps).
  const since = leftOldSchool(f);
  if (!removal && !since && !refused) return [...steps];
  const mapped = steps.map((s) => {
    const chosen = removal ? removalChoiceStep(s) : s;
    if (chosen !== s) return chosen;
    // Session 76 (s76-enrolled): with a note that says so (enrolled76.weigeringKeuze, as the removal's first60.verwijderingKeuze),
    // and the passed bezwaar's text without "Dan moet de school nog steeds zorgen voor een andere school die je kind toelaat":
    // she is enrolled at one (REFUSAL_ENROLLED_TEXTS). Before, both steps stood in "Nu doen" with nothing saying why they are
    // no action any more.
    if (refused && s.deadline?.status === 'passed' && (s.id === 'bezwaar-weigering' || (s.id === 'geschillencommissie' && s.params[GPO_FROM] === 'weigering'))) {
      const chosen = { ...(s.note ? s : { ...s, note: REFUSAL_CHOICE_NOTE }), choice: true as const };
      return s.id === 'bezwaar-weigering' && !s.texts ? { ...chosen, texts: REFUSAL_ENROLLED_TEXTS } : chosen;
    }
    return s;
  });
  return since ? atNewSchoolSteps(mapped) : mapped;
}

/** Session 76 (s76-enrolled): the note on a refusal's passed bezwaar and Geschillencommissie once enrolled elsewhere. */
export const REFUSAL_CHOICE_NOTE = 'ui:enrolled76.weigeringKeuze';
/** Session 76: the passed refusal bezwaar's texts once enrolled elsewhere (title and why as steps.yaml's bezwaar-weigering). */
export const REFUSAL_ENROLLED_TEXTS = 'ui:enrolled76.planStep.bezwaarWeigeringIngeschreven';
/** Session 76 (s76-enrolled): the note on a step about the old school's OPP that is a choice now (atNewSchoolSteps). */
export const OLD_SCHOOL_OPP_CHOICE_NOTE = 'ui:enrolled76.oppOudeSchoolKeuze';
/** Session 76: the note on a step about the school that now has the child (NEW_SCHOOL_STEPS). */
export const NEW_SCHOOL_NOTE = 'ui:enrolled76.nieuweSchool';
/** Session 76: the note on dossier-opvragen: which school's dossier, and when the old school's matters. */
export const DOSSIER_SCHOOLS_NOTE = 'ui:enrolled76.dossierScholen';
/** Session 76: swv-betrekken's texts once the child is at the new school (no "De school blijft wel verantwoordelijk"). */
export const SWV_NEW_SCHOOL_TEXTS = 'ui:enrolled76.planStep.swvBetrekken';
/**
 * Session 76: the steps and warnings that speak of the old school as the child's own and leave once she is enrolled at the
 * new one (their rules check leftOldSchool; the timeline's backAtNewSchoolAfterRemoval drops them here, src/meeting/plan.ts):
 * the reply to its letter about handelingsverlegen ("De school moet jou horen voordat het bestuur over verwijdering beslist"),
 * its oral reasons ("De school blijft verantwoordelijk tot je kind op een andere school is ingeschreven"), and the warnings
 * not to de-register her and about the registration elsewhere while the school wants her gone (A23, C22).
 */
export const OLD_SCHOOL_ONLY_STEPS: readonly string[] = ['handelingsverlegen-brief-beantwoorden', 'handelingsverlegen-reageren'];
export const OLD_SCHOOL_ONLY_WARNINGS: readonly string[] = ['niet-zelf-uitschrijven', 'aangemeld-elders-tijdens-conflict'];
/**
 * Session 77 (s77-enrolled, 3): the note on onderwijsconsulenten once the child is at the new school: for if she and that
 * school get stuck (D22, D23: the samenwerkingsverband involved first); about the old school's decision, the steunpunt first.
 */
export const CONSULTANTS_NEW_SCHOOL_NOTE = 'ui:enrolled77.onderwijsconsulentenNieuweSchool';
/**
 * Session 77 (s77-enrolled, 5): ondersteuning-melden once the child is at the new school (the support need not answered, as
 * on the timeline, or "nee"): its text said the zorgplicht for a place starts only once the school knows what the child needs
 * (A13), of a school that has admitted and enrolled her. Now: tell the new school, and its OPP within 6 weeks (B02).
 */
export const SUPPORT_NEW_SCHOOL_TEXTS = 'ui:enrolled77.planStep.ondersteuningNieuweSchool';
/** Steps that ask "the school" for what the school that has the child now must do (C02, A07; the SOP: the school's offer). */
export const NEW_SCHOOL_STEPS: readonly string[] = ['onderzoek-vragen', 'sop-opvragen'];

/**
 * Session 76 (s76-enrolled; lawyer review of tests/answers/s75/removal/elders-ingeschreven.json on 10 November 2027). The child
 * is enrolled at a new school and has left the old one (leftOldSchool, or logged back at school there: backAtNewSchoolAfterRemoval).
 * From that day the new school has the zorgplicht (A23, 002:734-736; C22) and adopts an OPP within 6 weeks (B02, 002:862-866):
 * - the new school's OPP step (opp-na-toelating) beside a step about the
 *   old school's OPP (OLD_SCHOOL_OPP_STEPS): that step is a choice (PlanStep.choice), with a note that it matters as evidence
 *   if the parent goes on with a bezwaar or the Geschillencommissie against the old school (a removal must rest on an OPP and
 *   research, C03, 004:4861-4865), and the new school's step says it is the new school's (NEW_SCHOOL_OPP_NOTE). Before, "Vraag
 *   om het OPP van je kind" (the old school's) was the first screen's action while the running term was the new school's OPP,
 *   at step 4. A step about the old OPP with a running date of its own keeps its place (only the session-60 note).
 * - swv-betrekken no longer says "De school blijft wel verantwoordelijk voor je kind" (the old school's duty ended at the
 *   enrolment elsewhere): its own texts name the new school (SWV_NEW_SCHOOL_TEXTS).
 * - onderzoek-vragen and sop-opvragen say they are about the new school; dossier-opvragen says which school's dossier.
 * Session 77 (s77-enrolled):
 * - onderwijsconsulenten (D22, D23: parent and school stuck; no term) stood under "Binnenkort" for a child at home; the school
 *   she was stuck with is the one she left, and the new school has just enrolled her. It goes to "Als het niet lukt", with a
 *   note that it is for if she and the new school get stuck (CONSULTANTS_NEW_SCHOOL_NOTE).
 * - ondersteuning-melden says to tell the new school what she needs, for its OPP (SUPPORT_NEW_SCHOOL_TEXTS), not that the
 *   zorgplicht for a place starts once the school knows (found on the timeline path: the first screen's only action).
 * - verzuim-melding's text for a child the school kept at home ("Jouw kind is thuis omdat de school dat besliste": the old
 *   school) gives way to what the new school records (ABSENCE_NEW_SCHOOL_TEXTS, D02, D05); the rule does the same from the
 *   answers (src/rules/steps/thuiszitten.ts), this for a plan built another way (the timeline).
 * A note already set is kept. No date moves, no step leaves. Pure.
 */
export function atNewSchoolSteps(steps: readonly PlanStep[]): PlanStep[] {
  const noted = (s: PlanStep, note: string): PlanStep => (s.note ? s : { ...s, note });
  const twoOpps = steps.some((s) => s.id === 'opp-na-toelating') && steps.some((s) => OLD_SCHOOL_OPP_STEPS.includes(s.id));
  return steps.map((s) => {
    if (twoOpps && OLD_SCHOOL_OPP_STEPS.includes(s.id)) {
      const running = !!s.deadline && s.deadline.status !== 'passed';
      return running ? noted(s, OLD_SCHOOL_OPP_NOTE) : { ...noted(s, OLD_SCHOOL_OPP_CHOICE_NOTE), choice: true as const };
    }
    if (twoOpps && s.id === 'opp-na-toelating') return noted(s, NEW_SCHOOL_OPP_NOTE);
    if (NEW_SCHOOL_STEPS.includes(s.id)) return noted(s, NEW_SCHOOL_NOTE);
    if (s.id === 'dossier-opvragen') return noted(s, DOSSIER_SCHOOLS_NOTE);
    if (s.id === 'swv-betrekken') return { ...s, texts: SWV_NEW_SCHOOL_TEXTS };
    if (s.id === 'ondersteuning-melden') return { ...s, texts: SUPPORT_NEW_SCHOOL_TEXTS };
    if (s.id === 'onderwijsconsulenten') return { ...noted(s, CONSULTANTS_NEW_SCHOOL_NOTE), group: 'als-het-niet-lukt' };
    if (s.id === 'verzuim-melding' && s.texts === ABSENCE_KEPT_HOME_TEXTS) return { ...s, texts: ABSENCE_NEW_SCHOOL_TEXTS };
    return s;
  });
}

/**
 * One step of the removal once the child is enrolled at the school that admitted it after the removal (N1 above): the
 * removal's Geschillencommissie step, and its bezwaar step once the 6 weeks have passed, become a choice with
 * REMOVAL_CHOICE_NOTE; a bezwaar step whose 6 weeks still run only gets the note. Any other step is returned as it is.
 * Session 74 (s74-first, 1): also used by the timeline (src/meeting/plan.ts withEvents) for a child logged back at school
 * after an admission at the next school and a de-registration at the old one (backAtNewSchoolAfterRemoval).
 */
export function removalChoiceStep(s: PlanStep): PlanStep {
  const noted = (x: PlanStep): PlanStep => (x.note ? x : { ...x, note: REMOVAL_CHOICE_NOTE });
  if (s.id === 'geschillencommissie' && s.params[GPO_FROM] === 'verwijdering') return { ...noted(s), choice: true };
  if (s.id === 'bezwaar-verwijdering') return s.deadline?.status === 'passed' ? { ...noted(s), choice: true, ...(s.texts ? {} : { texts: REMOVAL_ENROLLED_TEXTS }) } : noted(s);
  return s;
}

/**
 * Session 75 (s75-removal, 2): the passed removal bezwaar of a child enrolled at the school that admitted it after the removal.
 * Its passed-term text said "Toch mag je kind pas weg als een andere school het wil toelaten. Tot je kind daar is
 * ingeschreven, blijft de school verantwoordelijk", beside the note that the child is enrolled at the new school: no longer
 * true. With the enrolment elsewhere the old school's zorgplicht ended (A23, 002:734-736); whether to go on against the
 * removal is the parent's choice (C09, F07). The same title and why as steps.yaml's bezwaar-verwijdering; the passed-term
 * text says that.
 */
export const REMOVAL_ENROLLED_TEXTS = 'ui:removal75.planStep.bezwaarVerwijderingIngeschreven';

/**
 * Session 35 (src/timeline/earlier.ts): a new decision logged after a bezwaar may be the decision on it; its own bezwaar step
 * says so. Session 37: also from the answers alone (markDecisionOnObjection).
 */
export const SCHOOL_DECISION_ON_OBJECTION_NOTE = 'ui:reg35.beslissingOpBezwaar';
export const DECISION_ON_OBJECTION_NOTE = 'ui:reg35.tlvBeslissingOpBezwaar';
const OWN_OBJECTION_NOTES: Readonly<Record<string, string>> = {
  'bezwaar-weigering': SCHOOL_DECISION_ON_OBJECTION_NOTE,
  'bezwaar-verwijdering': SCHOOL_DECISION_ON_OBJECTION_NOTE,
  'tlv-bezwaar': DECISION_ON_OBJECTION_NOTE,
};

/** Session 37: the texts of "bezwaar loopt" when a later decision may be the decision on the bezwaar. */
export const OBJECTION_MAY_BE_DECIDED_TEXTS = 'ui:bez37.planStep.bezwaarMisschienBeslist';
/** Session 37: the Geschillencommissie's step counting from a decision that may be the decision on the bezwaar. */
export const GPO_FROM_OBJECTION_DECISION_NOTE = 'ui:bez37.gpoNaBezwaar';
/** Session 37: the request to the Geschillencommissie runs, and a later decision may be the board's after its advice. */
export const GPO_RUNNING_DECISION_NOTE = 'ui:bez37.gpoLooptBesluit';

/**
 * Session 37: `decided` is a decision dated after the parent's bezwaar (src/rules/steps/predicates.ts decisionAfterObjection): it may be the
 * decision on the bezwaar. "Bezwaar loopt" said only "wait for the decision on your bezwaar": now it asks to look in that
 * letter, says a term may already run from it for what comes next (not in the sources: ask soon), and stands under "Nu
 * doen". That decision's own bezwaar step keeps its date and says another bezwaar may not be the way (the session-35 note,
 * until now only for a decision logged in the timeline). The Geschillencommissie's step counting from that day keeps its
 * date (it may be a new decision: the safe side), never as certain, and says why the commission may not be the way. A request to the commission filed before it: the
 * running request's step says this may be the board's decision after the commission's advice (F09, 001:731). Pure.
 */
export function markDecisionOnObjection(
  steps: readonly PlanStep[],
  decided: IsoDate | undefined,
  { gpoFiled, tlvGranted = false }: { gpoFiled?: IsoDate | undefined; tlvGranted?: boolean } = {},
): PlanStep[] {
  if (decided === undefined) return [...steps];
  const besluit = { besluit: decided };
  return steps.map((s) => {
    // Session 68: bezwaar-loopt's texts for a TLV bezwaar (BEZWAAR_LOOPT_TLV_TEXTS) give way here too; session 76: the board's.
    if (s.id === 'bezwaar-loopt' && ownObjectionTexts(s.texts)) return { ...s, texts: OBJECTION_MAY_BE_DECIDED_TEXTS, group: 'nu', params: { ...s.params, ...besluit } };
    if (s.id === 'geschillencommissie' && !s.note && s.deadline?.start === decided) {
      return { ...s, note: GPO_FROM_OBJECTION_DECISION_NOTE, deadline: { ...s.deadline, certain: false }, params: { ...s.params, ...besluit } };
    }
    // The decision's own bezwaar step keeps its date (it may be a new decision) and says another bezwaar may not be the way.
    // Not a TLV grant's (session 35: what the parent asked for; the grant's own step says what it is, tlvGrantObjectionTexts).
    if (Object.hasOwn(OWN_OBJECTION_NOTES, s.id) && !(tlvGranted && s.id === 'tlv-bezwaar') && !s.note && !s.texts && s.deadline?.start === decided) return { ...s, note: OWN_OBJECTION_NOTES[s.id]! };
    if (s.id === 'gpo-loopt' && !s.note && gpoFiled !== undefined && gpoFiled < decided) return { ...s, note: GPO_RUNNING_DECISION_NOTE, params: { ...s.params, ...besluit } };
    return s;
  });
}

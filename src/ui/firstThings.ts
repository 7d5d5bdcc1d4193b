import { REMOVAL_CHOICE_NOTE, holidayWindowOf, type HolidayWindow, type Plan, type PlanStep, type PlanWarning } from '../rules/plan';
import type { Deadline } from '../rules/deadlines';
import type { Moment } from '../rules/catalogue';
import { dayOff as dayOffKind, workingDayBefore, type DayOff } from '../rules/holidays';
import type { IsoDate } from '../rules/dates';
import { CHOICE_STEPS, DECISION_FINDERS, WRITTEN_DECISION_FINDERS, isChoice, isFollowUp, letterAfterObjectionTexts, passedEarlierDecision } from '../rules/order';
import { FILING_STEPS, GPO_FROM, GPO_FROM_OPP } from '../rules/catalogue';
import { OBJECTION_MADE_TEXTS, TLV_OBJECT_NOW_TEXTS } from '../rules/steps/predicates';
import { tickKey } from './tickKey';
import { OBJECTION_DECIDED_TEXTS, PHONE_DECISION_TEXTS, TALK_DECISION_TEXTS } from '../rules/order';
import { BESLUIT_AANMELDING_LATE_TEXTS } from '../rules/steps/aanmelden';

/**
 * Steps that find the start of a term that may already run (a subset of CLOCK_FINDERS in src/rules/order.ts: its DECISION_FINDERS and two more): a written
 * refusal, removal or TLV decision whose date is unknown (6 weeks for bezwaar, 002:748-750, 846-850; 001:939-941), a
 * decision that may exist, an enrolment that may have ended (a removal), a suspension's first day (one week, 002:2362),
 * the day the school received the registration (its 6 weeks, 001:119). Not the "ask for it on paper" steps: a decision
 * only said aloud starts no bezwaar term.
 * Session 24 (s24-order): a DECISION_FINDER (a decision that may run its bezwaar unseen) that is not one of the actions is
 * named even beside a date (the view then says "also", firstScreen.clockUnknownAlso, instead of "find that date first").
 */
/** The Geschillencommissie: its weeks are its bezwaar's, so on the day a bezwaar is named it is not named again. */
const GPO = 'geschillencommissie';
/**
 * Session 52 (lawyer-s52-refusal D3): the Geschillencommissie step counts from the refusal (GPO_FROM), not from a removal.
 * After an admission elsewhere only the refusal's GPO is a choice; a removal's is not, and the GPO does not hear a refusal
 * of a child who needs no extra support (F07, 001:723-729).
 */
const gpoFromRefusal = (s: PlanStep) => s.id === GPO && s.params[GPO_FROM] === 'weigering';

/**
 * Session 63 (lawyer-s63, Nina on Wed 25 Aug 2027: a removal letter of July, lost): beside the step that finds a written
 * refusal's or removal's date while no bezwaar is made yet, the first screen said "Zoek die datum eerst uit", and the
 * step four places down said not to wait. The 6 weeks may be running (002:748-750, 846-850) and a bezwaar can be made
 * without the date, so the first screen now says that: do not wait, you may object now. Once a bezwaar is made (the step
 * then has OBJECTION_MADE_TEXTS) the usual line stays.
 */
const OBJECT_NOW_FINDERS: readonly string[] = ['verwijderdatum-achterhalen', 'weigerdatum-achterhalen'];
const MADE: readonly string[] = Object.values(OBJECTION_MADE_TEXTS);
/*
 * Session 72 (s72-first, 1; tests/answers/s71/left/03-tlv-geen-datum.json): a TLV decision (granted or refused) whose date is
 * unknown. Its finder said "Zoek die datum eerst uit" here, while the term for bezwaar may run (EXT 6 weeks from the decision,
 * E18) and a bezwaar at the samenwerkingsverband needs no known date (E16, E17; 001:939-941). While no bezwaar is made (the
 * step then has TLV_OBJECT_NOW_TEXTS) the line says so in its own words: the term is not certain, and the bezwaar goes to
 * the samenwerkingsverband (first72.clockUnknownObjectNowTlv).
 */
/**
 * Session 70 (s70-left; s69-blind story 12, Isa: suspended past her week, a removal decision may exist, the complaint's
 * 4 weeks end tomorrow): since session 69 a follow-up's date (FOLLOW_UPS: the other side's term) stands below the actions,
 * and the line here said "Misschien loopt er ook al een termijn voor bezwaar" as the first line on the screen, "also"
 * before anything it could go with. "Also" now needs a date of the parent's own above it (`next` that is no follow-up, or
 * the admission's `extended` day). With only a follow-up's date (below) the line says the same without "also"
 * (left70.clockUnknownBezwaar): the step is then always a DECISION_FINDER (firstThings names no other beside a date).
 * Session 71 (s71-readback): told what the screen shows (firstScreenParts knows it), not which steps, so the rule reads
 * as it is and the follow-up is not worked out twice. `ownDate`: a date of the parent's own (`next` that is no follow-up,
 * or the admission's `extended` day).
 * Session 73 (s73-first, 2): with no date of the parent's own above it, the same step was worded two ways: "je weet de
 * datum nog niet. Zoek die datum eerst uit" (firstScreen.clockUnknown) with no date at all, and "Je weet nog niet of en
 * wanneer die begon. Zoek dat snel uit" (left70.clockUnknownBezwaar) with a follow-up's date below the actions. For the
 * parent that is one situation (nothing of hers is dated), so the wording now follows the step, not the follow-up:
 * - a step that asks WHETHER there is a decision (WHETHER_FINDERS: a removal, a de-registration, the enrolment, the TLV's
 *   stage) says left70.clockUnknownBezwaar: it is not known whether and when a bezwaar term began;
 * - a step that finds the DATE of something that happened (WRITTEN_DECISION_FINDERS once a bezwaar is made; the
 *   suspension's first day, the registration's receipt: UNKNOWN_CLOCK) says firstScreen.clockUnknown: a term runs, its
 *   start is not known. These two mean different things and stay two lines.
 * Beside a date of her own, firstScreen.clockUnknownAlso ("ook") for either.
 */
const WHETHER_FINDERS: readonly string[] = DECISION_FINDERS.filter((id) => !WRITTEN_DECISION_FINDERS.includes(id));
export const unknownClockKey = (
  step: PlanStep,
  shown: { ownDate: boolean },
): 'filed63.clockUnknownObjectNow' | 'first72.clockUnknownObjectNowTlv' | 'firstScreen.clockUnknownAlso' | 'left70.clockUnknownBezwaar' | 'firstScreen.clockUnknown' | 'receipt74.objectionDecided' | 'receipt74.objectionDecidedAlso' | 'removal75.letterMaybeDecided' | 'removal75.letterMaybeDecidedAlso' => {
  if (objectionDecided(step)) return shown.ownDate ? 'receipt74.objectionDecidedAlso' : 'receipt74.objectionDecided';
  if (letterMaybeDecision(step)) return shown.ownDate ? 'removal75.letterMaybeDecidedAlso' : 'removal75.letterMaybeDecided';
  if (OBJECT_NOW_FINDERS.includes(step.id) && !MADE.includes(step.texts ?? '')) return 'filed63.clockUnknownObjectNow';
  if (step.texts === TLV_OBJECT_NOW_TEXTS) return 'first72.clockUnknownObjectNowTlv';
  return shown.ownDate ? 'firstScreen.clockUnknownAlso' : WHETHER_FINDERS.includes(step.id) ? 'left70.clockUnknownBezwaar' : 'firstScreen.clockUnknown';
};

/**
 * Session 74 (s74-receipt, item 2; s073-weigering-bezwaar-beslist, s073-verwijdering-besluit-op-bezwaar): the decision on a
 * bezwaar logged in the timeline (bezwaar-loopt with objectionAnsweredSteps' texts, src/timeline/earlier.ts). Its action
 * "Lees het besluit op je bezwaar, en wacht niet" says a term (a court: not in the sources, F16) may already run from the
 * decision's day, and the first screen said "Er staat nog geen datum in je plan die nog moet komen" above it. Now it is the
 * screen's unknown clock: a new term may run, not in our sources, not certain, look in the decision (ui receipt74); beside
 * a date of the parent's own, "ook". A step that finds a decision's date (DECISION_FINDERS) goes first: that term is certain.
 */
export const objectionDecided = (s: PlanStep): boolean => s.id === 'bezwaar-loopt' && s.texts === OBJECTION_DECIDED_TEXTS;
/**
 * Session 75 (s75-removal, 1): a plain letter logged after the bezwaar, which may be the decision on it (bezwaar-loopt with
 * letterAfterObjectionSteps' texts, src/timeline/earlier.ts). As for a decision logged (above), a term (a court, F16) may
 * already run from its date: the first screen says so, "maybe" (ui removal75), not "Er staat nog geen datum".
 */
export const letterMaybeDecision = (s: PlanStep): boolean => s.id === 'bezwaar-loopt' && letterAfterObjectionTexts(s.texts);

export const UNKNOWN_CLOCK: readonly string[] = [...DECISION_FINDERS, 'schorsingsdatum-achterhalen', 'aanmelddatum-achterhalen'];

const ORAL_NEXT = 'first72.nextOralDecision' as const;
const ORAL_TEXTS: readonly string[] = [PHONE_DECISION_TEXTS, TALK_DECISION_TEXTS];
/**
 * The timeline's step for a decision only told (PHONE_DECISION, src/timeline/earlier.ts): its 6 weeks are a possible term,
 * for the case a letter came after all (never certain). Session 73 (s73-first, 4; s073-first-schorsing-en-nee-telefoon,
 * s073-first-schorsing-en-verwijdering-telefoon): with a nearer date (a suspension's end in 3 days) the step was on the
 * first screen nowhere: it is "Binnenkort" until its last 14 days, and `also` took only "Nu doen" steps. The parent read
 * nothing of the call: not that it starts no term (A20, C08, FP02), not its possible day (A21, C09). It is now an `also`
 * term in any group, after the other ones (the parent's certain terms first), with the line ORAL_NEXT under it.
 */
export const oralDecision = (s: Pick<PlanStep, 'texts'>): boolean => ORAL_TEXTS.includes(s.texts ?? '');

/**
 * Session 73 (s73-first, 1; s072-first-nee-per-telefoon-na-10-weken): a "no" only by phone or in a talk, after the school's
 * last day for its decision (A04, A05; 001:119, 002:744-746). The first two actions were "De school is te laat: vraag om het
 * besluit op papier" (besluit-aanmelding, its late texts BESLUIT_AANMELDING_LATE_TEXTS) and "Vraag om het besluit op papier"
 * (weigering-op-papier-vragen), one thing with one letter (herinnering-besluit): a spoken "no" is no decision (A20, FP02) and
 * the school is late with the one on paper. The first screen keeps besluit-aanmelding (its passed day, and that the school
 * is late) and leaves the other out; the next step takes its place. Both stay in the plan.
 * Not while besluit-aanmelding's day is ahead or may be extended ("Houd bij of de school op tijd beslist": the school's day,
 * beside the parent's ask: two things), nor when the paper step is about another school than besluit-aanmelding (the
 * timeline's texts or note for a registration at the next school after the call: NEW_SCHOOL_REFUSAL_TEXTS,
 * FIRST_SCHOOL_TERM_NOTE, src/timeline/earlier.ts), nor for a "no" on paper (then there is no paper step).
 */
const PAPER_REFUSAL = 'weigering-op-papier-vragen';
const lateDecision = (s: PlanStep) => s.id === 'besluit-aanmelding' && BESLUIT_AANMELDING_LATE_TEXTS.includes(s.texts ?? '');
export const paperTwinOfLateDecision = (s: PlanStep, shown: readonly PlanStep[]): boolean =>
  s.id === PAPER_REFUSAL && !s.texts && !s.note && shown.some(lateDecision);

/**
 * "Eerst dit": what a parent who reads only the first screen needs. It renders what the plan says,
 * in the plan's order: the first one or two "Nu doen" steps (or the first step when nothing is
 * urgent), the nearest date that has not passed, and whom to call. No law is computed here.
 * `meeting` is a planned talk at school (a step's moment) that comes before that date, or when no
 * date is ahead at all: the parent's next day to prepare for is then the talk, not "no date". A follow-up's date (below)
 * is no date of hers: beside it the talk is named too (session 69).
 *
 * The nearest date is the nearest of the parent's own terms (a bezwaar, a suspension's end, the school's
 * admission decision). The follow-ups of what the parent already sent (FOLLOW_UPS: the klachtencommissie's
 * 4 weeks, the dossier's month) are the other side's terms, uncertain (FACTS §X.13; AVG, not in the sources),
 * and nothing is lost when they pass: they are named only when no other date is ahead. Before (session 19,
 * s19-deadlines), a complaint's 4 weeks stood on the first screen of a child at home, whose two first actions
 * are about education, and the bezwaar against the removal (6 weeks, 002:846-850) was on it nowhere.
 *
 * `extended` is the admission decision whose 6 weeks have passed while the school may have extended them to a day
 * still ahead (the view names that day).
 *
 * `also` is a second term that runs at the same time (session 23, s23-first): the nearest open date of a "Nu doen"
 * step that is not a follow-up and that the first screen does not show yet (not an action, not `next`, and a due
 * day other than the days shown; the Geschillencommissie's day equals its bezwaar's, so it is not repeated).
 * Before, a child suspended until today with a written removal decision saw the suspension's end and "ask for
 * education", and the bezwaar against the removal (6 weeks, 002:846-850; the only term here whose passing costs the
 * parent a right) stood only further down; so did a refusal's bezwaar beside a removal's (two decisions, two terms).
 */
/**
 * Session 28 (s28-open): a bezwaar the parent may well not want. A refusal, then an admission at the next school (warning
 * weigering-blijft-na-toelating): the refusal's 6 weeks run on (002:748-750) and its bezwaar is the first action, but it is
 * a choice now the child has a place. The timeline's weigering-voor-toelating (the school that admitted is not known:
 * the same one or the next) is a choice if it was the next one (`maybe`). The first screen says so beside the date.
 */
/*
 * Session 34 (s34-tlv): a TLV refusal, then the TLV granted on a later day (tlv-afwijzing-voor-toekenning, src/timeline/earlier.ts):
 * objecting to the refusal is a choice (`tlv`). Those steps (CHOICE_STEPS) are never among the first actions while another
 * step is there: the paragraph names their day, and the actions are what the parent has to do.
 */
const CHOICES: readonly { step: string; warning?: string; maybe: boolean; tlv?: boolean; gpoOnly?: true; removal?: true }[] = [
  { step: 'bezwaar-weigering', warning: 'weigering-blijft-na-toelating', maybe: false },
  // Session 51 (lawyer-s50-refusal D9): the same story after a bezwaar against the refusal: the plan's bezwaar step is gone
  // and its Geschillencommissie step is the first action. The first screen said nothing of a choice beside it.
  { step: 'geschillencommissie', warning: 'weigering-blijft-na-toelating', maybe: false, gpoOnly: true },
  { step: 'weigering-voor-toelating', maybe: true },
  ...CHOICE_STEPS.map((step) => ({ step, maybe: false, tlv: true })),
  // Session 60 (s60-first N1): a removal's bezwaar whose 6 weeks still run, the child enrolled at the school that admitted it
  // after the removal (src/rules/plan.ts afterEnrolmentElsewhere: its note REMOVAL_CHOICE_NOTE). It stays the first action
  // (a certain term, 002:846-850); the first screen says beside it that it is a choice now, as for a refusal (session 28).
  { step: 'bezwaar-verwijdering', maybe: false, removal: true },
];

/** The first screen's text for a choice (ui sections open28, tlv34). */
export const choiceKey = (c: { maybe: boolean; gpo: boolean; tlv?: boolean; gpoOnly?: true; removal?: true }): 'open28.choiceMaybe' | 'open28.choiceElsewhereGpo' | 'open28.choiceElsewhere' | 'open28.choiceElsewhereGpoOnly' | 'tlv34.choiceGranted' | 'first60.choiceRemoval' =>
  c.removal ? 'first60.choiceRemoval' : c.tlv ? 'tlv34.choiceGranted' : c.gpoOnly ? 'open28.choiceElsewhereGpoOnly' : c.maybe ? 'open28.choiceMaybe' : c.gpo ? 'open28.choiceElsewhereGpo' : 'open28.choiceElsewhere';

/**
 * Session 56 (s56-noschool, lawyer-s56-fresh D4): "Wie kan je helpen?" asked "Bij welk samenwerkingsverband hoort de
 * school? Dat staat in de schoolgids" also for a child enrolled at no school (Plan.noSchool): there is no school and no
 * schoolgids. Then it says what the steunpunt step says (content/nl/steps.yaml steunpunt-bellen): ask the school where you
 * register your child, or find the samenwerkingsverband of the region where you live. For the plan page, its print and
 * `npm run plan` alike.
 */
// Session 60 (s60-enrolled): admitted, not known to be enrolled (Plan.admitted): ask the school that admitted the child.
export const findSwvKey = (plan: Pick<Plan, 'noSchool' | 'admitted'>): 'planFirst.findSwv' | 's56.findSwvNoSchool' | 'enrolled60.findSwvAdmitted' =>
  plan.noSchool ? (plan.admitted ? 'enrolled60.findSwvAdmitted' : 's56.findSwvNoSchool') : 'planFirst.findSwv';

/**
 * Session 46 (s037-tlv-bezwaar-misschien-te-laat, and the 4-week suspension left open in session 45): warnings about a right
 * that may be lost now, named on the first screen by their title (their text stays under "Let op", right below). A bezwaar
 * or request sent after its 6 weeks may not be heard (A21, C09; 002:748-750): what to do (look in the decision for the
 * term it names, call the steunpunt) cannot wait. A suspension longer than a week breaks the law (C10, C11;
 * 002:2362, 2303-2307): the child should be back now. Before, both were only in the folded warnings.
 */
export const FIRST_SCREEN_WARNINGS: readonly string[] = ['verzoek-te-laat', 'schorsing-te-lang'];

/**
 * Session 60 (s60-first; lawyer-s60-edges, noted): steps whose text names a day by which the SCHOOL must act, without a term
 * of the parent's own: the OPP's evaluation, at least once per school year, by 31 July (B20; 001:272, 509; 002:882-884). No
 * right of the parent's lapses with it, so it is no dated step (sessions 45, 51). With no date ahead, the first screen said
 * "Er staat nog geen datum in je plan die nog moet komen" two lines above a step naming that day; now it says there is no
 * term for the parent and names the step that holds the school's day (`schoolDay`, ui first60.noDateSchoolDay).
 */
export const SCHOOL_DAY_STEPS: readonly string[] = ['opp-evaluatie'];

/**
 * Session 80 (s80-left, 1): a term of the parent's own in the plan whose day has passed (not a follow-up's: the
 * klachtencommissie's or the dossier's day is the other side's). With no date ahead and the OPP step's school day, the
 * first screen said "Er staat geen termijn voor jou in je plan" (first60.noDateSchoolDay) right above an action carrying
 * such a term ("Zorg dat je kind weer naar school mag ... Deze datum is voorbij"; a removal's Geschillencommissie day passed
 * yesterday). Now it says none of her terms still runs (left80.noDateSchoolDay), and the OPP dispute's line is its "also"
 * form (gpoopp68.also), not "Er staat geen termijn met een datum voor jou".
 */
export const passedOwnTerm = (plan: Pick<Plan, 'steps'>): boolean =>
  plan.steps.some((s) => s.deadline?.status === 'passed' && !isFollowUp(s));
export const noDateKey = (schoolDay: boolean, passedOwn: boolean): 'first60.noDateSchoolDay' | 'left80.noDateSchoolDay' | 'planFirst.noDate' =>
  schoolDay ? (passedOwn ? 'left80.noDateSchoolDay' : 'first60.noDateSchoolDay') : 'planFirst.noDate';

/**
 * Session 67 (s67-first): the first screen's next date is a follow-up's (FOLLOW_UPS in src/rules/order.ts), named only when
 * no term of the parent's own is ahead: the klachtencommissie's 4 weeks (F15; only in 000:1054, §X.13) or the school's month
 * for the dossier (AVG, not in the sources). It stood as "Eerstvolgende datum" with only "niet zeker", in the words of a
 * bezwaar's last day. It may lead (nothing else is dated, and it is the day to chase an answer), but the line under it now
 * says it is no term of hers, why it is not certain, where its term is written, and that no right is lost when it passes.
 */
export const followUpNextKey = (step: Pick<PlanStep, 'id'>): 'first67.nextKlacht' | 'first67.nextDossier' | undefined =>
  step.id === 'klacht-loopt' ? 'first67.nextKlacht' : step.id === 'dossier-herinneren' ? 'first67.nextDossier' : undefined;

/**
 * Session 68 (s68-gpoopp; s68-blind, an OPP adopted after one talk without asking consent, read on 4 January 2027): an OPP
 * dispute's Geschillencommissie step (GPO_FROM_OPP) has no date: a term may run, but its start is not in the sources (F07,
 * §X.2; sessions 22 and 52 chose no invented start), and the step stands under "Als het niet lukt". The first screen said
 * "Er staat geen termijn voor jou in je plan". Now, with no other date of hers shown, that line says a term at the
 * commission about the OPP may run, from a day not in our sources, and to ask the commission now; beside a date (or a term
 * that may run unseen) a short "also" line says the same. No date either way.
 */
export const gpoOppKey = (besideDate: boolean, schoolDay: boolean): 'gpoopp68.also' | 'gpoopp68.noDateSchoolDay' | 'gpoopp68.noDate' =>
  besideDate ? 'gpoopp68.also' : schoolDay ? 'gpoopp68.noDateSchoolDay' : 'gpoopp68.noDate';
const isGpoOpp = (s: PlanStep) => s.id === GPO && !s.deadline && s.params[GPO_FROM] === GPO_FROM_OPP;

/*
 * Session 54 (lawyer-s54-schorsing D1): `ticks` are the parent's "Gedaan" ticks (wegwijzer.ticks, keyed by tickKey). A step
 * ticked as done whose term has passed is no first action. The app has no "back at school" event: a suspension's passed
 * week (schorsing-einde, first in the plan: order.ts BACK_TO_SCHOOL) stood first on this screen for months, above a removal's
 * running bezwaar, also for a child long back at school. Its late text asks "back at school? tick this step". A running term
 * is never taken off by a tick (the safe side: a tick may be a slip), and the step stays in the plan, struck through.
 * Session 67 (s67-first): a ticked step with no running term of the parent's own (no date, or a follow-up's) is no first
 * action either; the next unticked step takes its place. `npm run plan --format first` reads no ticks.
 */
export function firstThings(plan: Plan, ticks?: Readonly<Record<string, true>>): {
  alerts?: PlanWarning[];
  actions: PlanStep[];
  next?: PlanStep & { deadline: Deadline };
  meeting?: PlanStep & { moment: Moment };
  extended?: PlanStep & { deadline: Deadline & { maybeExtendedTo: string } };
  also?: (PlanStep & { deadline: Deadline })[];
  unknownClock?: PlanStep;
  schoolDay?: PlanStep;
  gpoOpp?: PlanStep;
  passedOwn?: true;
  holidays?: HolidayWindow[];
  dayOff?: FirstDayOff;
  choice?: { step: PlanStep & { deadline: Deadline }; maybe: boolean; gpo: boolean; tlv?: boolean; gpoOnly?: true; removal?: true };
} {
  // Session 34: a choice (CHOICE_STEPS) is no action while there is another step; the choice paragraph names it.
  // Session 60 (s60-first N1): nor a step the plan marked as a choice (PlanStep.choice: the removal's steps once the child is
  // enrolled at the school that admitted it); its note says so.
  const toDo = plan.steps.filter((s) => !isChoice(s));
  const steps = toDo.length ? toDo : plan.steps;
  // Session 49 (lawyer-s49-changes D2): an older decision's passed term is no action to do first.
  // Session 67 (s67-first): nor a ticked step with no running term of the parent's own: no date at all ("Vraag om het OPP"
  // done stood first, the parent told to do first what she had done), or only the other side's date (a follow-up: the
  // klachtencommissie's 4 weeks, the dossier's month). Not a step that finds the start of a term that may already run
  // unseen (UNKNOWN_CLOCK: a tick may be a slip, and its bezwaar may run, 002:748-750, 846-850).
  const handled = (s: PlanStep) =>
    !!ticks?.[tickKey(s)] && (s.deadline ? s.deadline.status === 'passed' || isFollowUp(s) : !UNKNOWN_CLOCK.includes(s.id));
  const unhandled = steps.filter((s) => !handled(s));
  const now = unhandled.filter((s) => s.group === 'nu' && !passedEarlierDecision(s));
  const pool = now.length ? now : unhandled.length ? unhandled : steps;
  // Session 73 (s73-first, 1): not the paper step beside the late decision step that says the same (paperTwinOfLateDecision).
  const actions = pool.filter((s) => !paperTwinOfLateDecision(s, pool.slice(0, 2))).slice(0, 2);
  const nearest = (followUps: boolean) => {
    let found: (PlanStep & { deadline: Deadline }) | undefined;
    for (const s of plan.steps) {
      if (!s.deadline || s.deadline.status === 'passed' || isFollowUp(s) !== followUps) continue;
      if (!found || s.deadline.daysLeft < found.deadline.daysLeft) found = s as PlanStep & { deadline: Deadline };
    }
    return found;
  };
  const next = nearest(false) ?? nearest(true);
  let meeting: (PlanStep & { moment: Moment }) | undefined;
  for (const s of plan.steps) {
    if (!s.moment || s.moment.date < plan.today) continue;
    if (!meeting || s.moment.date < meeting.moment.date) meeting = s as PlanStep & { moment: Moment };
  }
  // Session 69 (s69-blind D1): only a term of the parent's own hides a later talk. A follow-up's day (the dossier's month,
  // the klachtencommissie's 4 weeks: the other side's, named only when no term of hers is ahead) does not: the dossier due
  // today hid a talk at school tomorrow about the child's leaving, whose step said "Bereid het vandaag voor".
  if (meeting && next && !isFollowUp(next) && meeting.moment.date >= next.deadline.due) meeting = undefined;
  // The admission's 6 weeks have passed and it is not known whether the school extended to 10 (Deadline.maybeExtendedTo):
  // that day is still ahead, so the first screen names it (session 22: before, it said only "this date has passed").
  const extended = plan.steps.find((s) => s.deadline?.maybeExtendedTo) as (PlanStep & { deadline: Deadline & { maybeExtendedTo: string } }) | undefined;
  const shownIds = new Set([...actions, next, extended].filter((s): s is PlanStep => !!s).map((s) => s.id));
  const shownDays = new Set(
    [...actions, next].flatMap((s) => (s?.deadline && s.deadline.status !== 'passed' ? [s.deadline.due] : [])).concat(extended ? [extended.deadline.maybeExtendedTo] : []),
  );
  // A hidden filing term (bezwaar, Geschillencommissie: FILING_STEPS) goes before any other hidden term (session 24): the parent's
  // own hard deadlines are never pushed off the first screen, also when a passed suspension takes an action's place.
  // Session 45 (s035-drie-bezwaren-eerste-scherm, s035-verwijdering-en-tlv-zelfde-dag, s035-schorsing-en-bezwaar-zelfde-dag):
  // every hidden filing term, not only the nearest (three decisions, three bezwaren within nine days: the third was on no line),
  // and then the nearest other hidden term. A term on a day already shown is left out only when it is the Geschillencommissie,
  // which runs beside its bezwaar; a TLV bezwaar (another body, its own letter) or a suspension's end on the same day as the
  // removal's bezwaar was hidden before.
  const filing = (s: PlanStep) => FILING_STEPS.includes(s.id);
  const open = plan.steps.filter(
    (s): s is PlanStep & { deadline: Deadline } =>
      (s.group === 'nu' || oralDecision(s)) && !!s.deadline && s.deadline.status !== 'passed' && !isFollowUp(s) && !isChoice(s) && !shownIds.has(s.id),
  );
  // Session 73 (s73-first, 4): nor a decision only told (oralDecision) on a day already shown: that day is on the screen, and a
  // call on the day of a letter is most likely that decision told again (s023-weigering-telefoon-dan-toegelaten: a refusal
  // answered as on paper and a call logged the same day; "dan loopt deze termijn nog niet" beside the letter's own term).
  const sameDayAsOther = (s: PlanStep) => s.id === GPO || oralDecision(s);
  const days = new Set([...shownDays, ...open.filter((s) => !sameDayAsOther(s)).map((s) => s.deadline.due)]);
  const hidden = open.filter((s) => !(sameDayAsOther(s) && days.has(s.deadline.due)));
  const soonest = (list: (PlanStep & { deadline: Deadline })[]) => [...list].sort((a, b) => a.deadline.daysLeft - b.deadline.daysLeft);
  // Session 73 (s73-first, 4): a decision only told (oralDecision) last, in any group: a possible term, not certain.
  const certainKind = hidden.filter((s) => !oralDecision(s));
  const also = [...soonest(certainKind.filter(filing)), ...soonest(certainKind.filter((s) => !filing(s))).slice(0, 1), ...soonest(hidden.filter(oralDecision))];
  // No date ahead, but a term may already run from a day the parent does not know (UNKNOWN_CLOCK): the first screen says so
  // instead of "no date" (session 23: "Er staat nog geen datum" beside "Zoek uit wanneer je de weigering hoorde" read as
  // "nothing runs", while the 6 weeks for bezwaar may be running, 002:748-750).
  // Session 24: a step that finds out whether a decision exists or when its bezwaar began (DECISION_FINDERS) is named here
  // also beside a date, when it is not one of the actions: the 6 weeks may be running unseen (002:748-750, 846-850).
  // It goes before another finder that is already one of the actions (a suspension's first day).
  // Session 62 (s62-blind D2): among those, the step that finds the date of a decision on paper (its 6 weeks run for
  // certain) comes before the ones that ask whether a decision exists at all; before, a removal letter whose date is unknown
  // with the enrolment unknown too named "Vraag of je kind nog ingeschreven is" here, the plan's earlier step.
  const finders = plan.steps.filter((s) => s.group === 'nu' && DECISION_FINDERS.includes(s.id) && !actions.includes(s));
  const unknownClock =
    (finders.find((s) => WRITTEN_DECISION_FINDERS.includes(s.id)) ?? finders[0]) ??
    (next || extended ? undefined : plan.steps.find((s) => s.group === 'nu' && UNKNOWN_CLOCK.includes(s.id))) ??
    plan.steps.find(objectionDecided) ??
    plan.steps.find(letterMaybeDecision);
  // Only while its term runs: a passed one is no choice any more (its step says what can still be done).
  // `gpo`: the plan's Geschillencommissie step runs beside it (a child who needs extra support): the line says that is a
  // choice too. Not for the timeline step (the plan has no commission step of its own for that refusal).
  let choice: { step: PlanStep & { deadline: Deadline }; maybe: boolean; gpo: boolean; tlv?: boolean; gpoOnly?: true; removal?: true } | undefined;
  const gpoOpen = plan.steps.some((x) => gpoFromRefusal(x) && x.deadline && x.deadline.status !== 'passed');
  for (const c of CHOICES) {
    const s = plan.steps.find((x) => x.id === c.step && (!c.gpoOnly || gpoFromRefusal(x)) && (!c.removal || x.note === REMOVAL_CHOICE_NOTE));
    if (choice || !s?.deadline || s.deadline.status === 'passed' || (c.warning && !plan.warnings.some((w) => w.id === c.warning))) continue;
    choice = { step: s as PlanStep & { deadline: Deadline }, maybe: c.maybe, gpo: !c.maybe && !c.tlv && !c.removal && gpoOpen, ...(c.tlv ? { tlv: true } : {}), ...(c.gpoOnly ? { gpoOnly: true as const } : {}), ...(c.removal ? { removal: true as const } : {}) };
  }
  // A right being lost (FIRST_SCREEN_WARNINGS) before what to do soon (WarningRule.firstScreen); lawyer-s48-changes.
  const alerts = [...plan.warnings.filter((w) => FIRST_SCREEN_WARNINGS.includes(w.id)), ...plan.warnings.filter((w) => w.firstScreen && !FIRST_SCREEN_WARNINGS.includes(w.id))];
  const schoolDay = plan.steps.find((s) => SCHOOL_DAY_STEPS.includes(s.id));
  const gpoOpp = plan.steps.find(isGpoOpp);
  // Session 75 (s75-order, 3): the holiday windows of the terms this screen names (actions, the next date, the "also" dates),
  // each once: a bezwaar and the Geschillencommissie ending on one day in the kerstvakantie carry a note each at their step
  // (the bezwaar's and the request's own words, notes74), and the first screen says it one time. Before, it said it not at all.
  const holidays: HolidayWindow[] = [];
  for (const s of [...actions, next, ...also]) {
    const w = s && holidayWindowOf(s);
    if (w && !holidays.includes(w)) holidays.push(w);
  }
  // Session 76 (s76-holiday, 1): a term ending just after the kerstvakantie beside one ending around it: the "rond de
  // kerstvakantie" line says it for both (the term runs on, do not wait); two lines about one holiday would be one too many.
  if (holidays.includes('kerst') && holidays.includes('naKerst')) holidays.splice(holidays.indexOf('naKerst'), 1);
  // Session 85 (s85-winter, 1): the same for a term that runs through the kerstvakantie and ends later (doorKerst): beside
  // either of the other two Christmas lines it says nothing more (do not wait, the day shown counts); one line per holiday.
  if ((holidays.includes('kerst') || holidays.includes('naKerst')) && holidays.includes('doorKerst')) holidays.splice(holidays.indexOf('doorKerst'), 1);
  // Session 77 (s77-holiday, 2): the first dated action (then the next date, then an "also" date) whose last day is a
  // Saturday, Sunday or public holiday (its step carries the day-off note, plan.ts dayOffNote: the parent's own bezwaar and
  // Geschillencommissie terms). The screen named the day but not that it is a feestdag; only the step's note did.
  const offStep = [...actions, next, ...also].find((s) => s?.dayOffNote !== undefined && !!s.deadline && s.deadline.status !== 'passed');
  const offDay = offStep?.deadline?.due;
  const offKind = offDay && dayOffKind(offDay);
  const dayOff: FirstDayOff | undefined = offDay && offKind ? { day: offDay, before: workingDayBefore(offDay), kind: offKind, late: plan.today > workingDayBefore(offDay), ...(plan.today === workingDayBefore(offDay) ? { today: true } : {}) } : undefined;
  return {
    actions,
    ...(alerts.length ? { alerts } : {}),
    ...(choice ? { choice } : {}),
    ...(next ? { next } : {}),
    ...(meeting ? { meeting } : {}),
    ...(extended ? { extended } : {}),
    ...(also.length ? { also } : {}),
    ...(unknownClock ? { unknownClock } : {}),
    ...(schoolDay ? { schoolDay } : {}),
    ...(gpoOpp ? { gpoOpp } : {}),
    ...(passedOwnTerm(plan) ? { passedOwn: true as const } : {}),
    ...(holidays.length ? { holidays } : {}),
    ...(dayOff ? { dayOff } : {}),
  };
}

/**
 * Session 77 (s77-holiday, 2): the last day of a term on the first screen that is a weekend day or a public holiday: the day,
 * the working day before it, and whether that working day has passed (today is after it: then "send it today").
 */
export type FirstDayOff = { day: IsoDate; before: IsoDate; kind: DayOff; late: boolean; today?: boolean };
/**
 * The first screen's line for it (ui holiday77). The day never moves: whether later is allowed is in no source.
 * Session 81 (s81-blind, 067-blind-s81.yaml 02 and 04): when the working day before is today (a bezwaar ending on
 * Nieuwjaarsdag read on 31 December, on Hemelvaartsdag read on 4 May with Bevrijdingsdag between), the line named that
 * day without saying it is today, beside "Nog 1 dag" (or 2): now it says "De werkdag ervoor is vandaag" (ui blind81).
 */
export const DAY_OFF_LINE = {
  feestdag: 'holiday77.firstDagFeestdag',
  weekend: 'holiday77.firstDagWeekend',
  feestdagLaat: 'holiday77.firstDagFeestdagLaat',
  weekendLaat: 'holiday77.firstDagWeekendLaat',
  feestdagVandaag: 'blind81.firstDagFeestdagVandaag',
  weekendVandaag: 'blind81.firstDagWeekendVandaag',
} as const;
export const dayOffLineKey = (d: FirstDayOff): (typeof DAY_OFF_LINE)[keyof typeof DAY_OFF_LINE] =>
  DAY_OFF_LINE[d.late ? (`${d.kind}Laat` as const) : d.today ? (`${d.kind}Vandaag` as const) : d.kind];


/** What firstThings finds for the first screen. */
export type FirstScreen = ReturnType<typeof firstThings>;
type Dated = PlanStep & { deadline: Deadline };

/**
 * One part of the first screen ("Eerst dit"), with the text key it says. `named`: the step is not among the actions, so the
 * part names it below its line ("Dit hoort bij: …", planFirst.nextDateWhat).
 * - next: "Eerstvolgende datum" with its day; `followUp` the line that it is no term of the parent's own (session 67).
 * - meeting: a talk at school before the nearest date (or with no date ahead).
 * - extended: the admission's 6 weeks passed, maybe extended to a day still ahead; only when not an action.
 * - also: a second term running at the same time ("Let ook op deze datum", session 23).
 * - unknownClock: a term that may run from a day not known yet (sessions 23, 24).
 * - noDate: no date of the parent's ahead (or only a day the school must meet, session 60); `privateOnly` beside a talk,
 *   which the page shows only on the parent's own device (if-private) and the CLI not at all.
 * - choice: a bezwaar among the actions is a choice now (session 28). alert: a right that may be lost now (session 46).
 * - actions: "Doe dit eerst". gpoOpp: an OPP dispute's Geschillencommissie term may run, from a day not in the sources (s68).
 * - holiday: a term on this screen ends in (or runs through) a school holiday; once per window, below the actions (s75).
 * - dayOff: the last day of a term on this screen is a weekend day or a feestdag; send by the working day before (s77).
 */
export type FirstScreenPart =
  | { part: 'next'; step: Dated; named: boolean; followUp?: NonNullable<ReturnType<typeof followUpNextKey>>; oral?: typeof ORAL_NEXT }
  | { part: 'meeting'; step: PlanStep & { moment: Moment } }
  | { part: 'extended'; step: NonNullable<FirstScreen['extended']> }
  | { part: 'also'; step: Dated; oral?: typeof ORAL_NEXT }
  | { part: 'unknownClock'; step: PlanStep; key: ReturnType<typeof unknownClockKey>; named: boolean }
  | { part: 'noDate'; key: ReturnType<typeof noDateKey>; privateOnly: boolean }
  | { part: 'choice'; key: ReturnType<typeof choiceKey>; date: string }
  | { part: 'alert'; warning: PlanWarning }
  | { part: 'actions'; steps: readonly PlanStep[] }
  | { part: 'gpoOpp'; step: PlanStep; key: ReturnType<typeof gpoOppKey>; named: boolean }
  | { part: 'holiday'; key: (typeof HOLIDAY_LINE)[HolidayWindow] }
  | { part: 'dayOff'; key: ReturnType<typeof dayOffLineKey>; day: IsoDate; before: IsoDate };

/**
 * Session 70 (s70-readback, 4): the first screen's parts in the order the plan page (FirstThings, src/ui/pages/PlanPage.tsx)
 * and the CLI (renderFirstScreen, src/cli/plan.ts) both show them, with the keys they say. Before, each decided the order
 * itself. The date lines come above the actions; a follow-up's date (the other side's, session 69: it filled the first
 * screen at 360 px) and the OPP dispute's possible term (session 68) below them, so the most urgent action stays in view.
 * No actions: no first screen (an empty list). Pure.
 */
/*
 * Session 72 (s72-first, 2; 057-timeline-s71.yaml s071-verlenging-en-nee-per-telefoon-eind): a "no" only told (by phone or
 * in a talk) starts no bezwaar term (A20, FP02); the timeline's step for it (PHONE_DECISION, src/timeline/earlier.ts) names
 * the 6 weeks as a possible term, for the case a letter came after all, counted from the call (never too late). As the
 * nearest date it leads the first screen, marked not certain, with the question "Kreeg je het besluit ... toch op papier?",
 * above the actions that ask for the decision on paper. It stays there (the safe side: with a letter it is her term, A21);
 * the line under it (ORAL_NEXT) says which applies to a parent who only heard it: no term runs yet, ask for it on paper first.
 */
// ORAL_NEXT, ORAL_TEXTS and oralDecision: above firstThings (session 73 uses them there too).

/** Session 75 (s75-order, 3): the first screen's line for a term on it that ends in (or runs through) a school holiday. */
export const HOLIDAY_LINE = {
  zomer: 'order75.firstHolidayZomer',
  september: 'order75.firstHolidaySeptember',
  kerst: 'order75.firstHolidayKerst',
  naKerst: 'holiday76.firstHolidayNaKerst',
  doorKerst: 'winter85.firstHolidayDoorKerst',
} as const satisfies Record<HolidayWindow, string>;

export function firstScreenParts(f: FirstScreen): FirstScreenPart[] {
  const { actions, next, meeting, extended, also, unknownClock, choice, alerts, schoolDay, gpoOpp, passedOwn, holidays, dayOff } = f;
  if (!actions.length) return [];
  const named = (s: PlanStep) => !actions.some((a) => a.id === s.id);
  const followUp = next && followUpNextKey(next);
  const oral = next && oralDecision(next);
  const nextPart: FirstScreenPart[] = next ? [{ part: 'next', step: next, named: named(next), ...(followUp ? { followUp } : {}), ...(oral ? { oral: ORAL_NEXT } : {}) }] : [];
  const parts: FirstScreenPart[] = followUp ? [] : [...nextPart];
  if (meeting) parts.push({ part: 'meeting', step: meeting });
  if (extended && named(extended)) parts.push({ part: 'extended', step: extended });
  for (const a of also ?? []) parts.push({ part: 'also', step: a, ...(oralDecision(a) ? { oral: ORAL_NEXT } : {}) });
  if (unknownClock) parts.push({ part: 'unknownClock', step: unknownClock, key: unknownClockKey(unknownClock, { ownDate: (!!next && !followUp) || !!extended }), named: named(unknownClock) });
  // Session 73 (s73-first, 2): three "no date" lines, checked: they mean different things and stay three. planFirst.noDate
  // ("nog geen datum ... die nog moet komen"): nothing dated ahead. first60.noDateSchoolDay ("geen termijn voor jou"): a day
  // is named, but it is the school's (opp-evaluatie, B20), so "geen datum" would contradict the step. gpoopp68.noDate*
  // ("geen termijn met een datum voor jou. Toch kan er een termijn lopen"): a term without a known start may run (F07, §X.2).
  // Session 80 (s80-left, 1): a fourth, left80.noDateSchoolDay ("Geen van jouw termijnen in je plan loopt nog"): the school's
  // day beside a term of hers that has passed, where "geen termijn voor jou" contradicted the action carrying it.
  // Session 80 (s80-left, 1): beside a passed term of hers, not "geen termijn voor jou" (noDateKey, passedOwnTerm).
  if (!gpoOpp && !next && !extended && !unknownClock) parts.push({ part: 'noDate', key: noDateKey(!!schoolDay, !!passedOwn), privateOnly: !!meeting });
  if (choice) parts.push({ part: 'choice', key: choiceKey(choice), date: choice.step.deadline.due });
  for (const w of alerts ?? []) parts.push({ part: 'alert', warning: w });
  parts.push({ part: 'actions', steps: actions }, ...(followUp ? nextPart : []));
  // Session 77 (s77-holiday, 2): a last day on a weekend or feestdag, below the actions (the first action stays in view at
  // 360 px) and above the holiday line: it names the day to send by.
  if (dayOff) parts.push({ part: 'dayOff', key: dayOffLineKey(dayOff), day: dayOff.day, before: dayOff.before });
  // Session 75 (s75-order, 3): below the actions, so that the most urgent action stays in view at 360 px.
  for (const w of holidays ?? []) parts.push({ part: 'holiday', key: HOLIDAY_LINE[w] });
  if (gpoOpp) parts.push({ part: 'gpoOpp', step: gpoOpp, key: gpoOppKey(!!(next || extended || unknownClock || passedOwn), !!schoolDay), named: named(gpoOpp) });
  return parts;
}

import type { Answers } from '../flow/answers';
import { factsFrom, type Facts } from '../rules/facts';
import { buildPlan } from '../rules/plan';
import { filingEndsBeforeMeeting, filingRunsMeetingDayUnknown, FILING_STEPS, registrationDecided, uncertainFilingEndsBeforeMeeting } from '../rules/catalogue';
import { AGREED_AFTER_TERM, agreedAfterTerm, certainFilingDueOn, filingBeforeNextMeeting, filingWarningId, latestSchoolMeeting, withMeetings } from './plan';
import { isFollowUp, passedEarlierDecision } from '../rules/order';
import { registeredAfterRefusal, registeredWhileWantedGone } from '../rules/admission';
import { answeredOppOfOldSchool, atNoSchool, enrolledAtNewSchool, newSchoolMadeOpp, newSchoolOppOnly, noSchoolYet, oppOfNewSchoolAfterTlv, tlvEnrolledOnly } from '../rules/steps/predicates';
import type { IsoDate } from '../rules/dates';
import type { Deadline } from '../rules/deadlines';
import { isLegal, toldOnlyOrally, type TimelineEvent } from '../timeline/model';
import { atSchool, type AtSchool } from '../timeline/earlier';
import type { EventKind } from '../timeline/effects';

/**
 * The gesprekskaart: what a supporter would write down with a parent the evening before a meeting
 * at school. Pure rules (no DOM, no storage, no clock): answers + timeline + today → the card.
 * Every text is in content/<lang>/ui.yaml under `meeting.*` by the ids below; every line cites
 * ../shared/FACTS.md by fact id (`sources`) and names the chapter section that explains it.
 */
export type Situation = 'aanmelden' | 'handelingsverlegen' | 'thuiszitten' | 'tlv';

export interface CardQuestion {
  /** Text: meeting.q.<id>.text, why it matters: meeting.q.<id>.why. */
  id: string;
  section: string;
  sources: readonly string[];
}

export interface CardDocument {
  /** Text: meeting.doc.<id> (for timeline items: the event kind's name, meeting.doc.tijdlijn). */
  id: string;
  date?: IsoDate;
  /** For documents from the timeline: the event. */
  event?: { id: string; kind: EventKind; letter?: string; note: string };
}

export interface KnowLine {
  /** Text: meeting.know.<id>. */
  id: string;
  section: string;
  sources: readonly string[];
}

/** A date that runs now, from the plan's deadlines (the step's title is the text). */
export interface RunningDate {
  step: string;
  /** Text prefix when not in steps.yaml (steps from recorded meetings). */
  texts?: string;
  params: Readonly<Record<string, string>>;
  due: IsoDate;
  certain: boolean;
  passed: boolean;
}

export interface Card {
  today: IsoDate;
  /** The meeting's date, from the answers (gesprek-datum); the one place it is kept. Today or later only. */
  meetingDate?: IsoDate;
  /** The meeting day the parent gave, when it lies before today: the card is not for that meeting any more. */
  pastMeetingDate?: IsoDate;
  situations: readonly Situation[];
  /** Suggested goals (meeting.goal.<id>), by situation. */
  goals: readonly string[];
  questions: readonly CardQuestion[];
  documents: readonly CardDocument[];
  know: readonly KnowLine[];
  dates: readonly RunningDate[];
}

// ── The time at home, as the timeline tells it ──────────────────────────
/**
 * Session 56: what the timeline says of the time at home (atSchool in src/timeline/earlier.ts, the rule the plan follows in
 * withEvents). A day back at school ("Kind gaat weer naar school") writes no answer (EFFECTS weer-naar-school), so the
 * answers still say "thuiszitten" and, maybe, "geschorst"; the card's own questions, goals and lines read the answers. Before,
 * after a day back, the card still asked "Op welke dag mag mijn kind weer naar school?" and "Welk onderwijs krijgt mijn kind
 * vanaf morgen?" while the plan beside it had no at-home step.
 * - backAtSchool: the child is at school now (no first day at home or suspension on or after the latest day back). The plan
 *   leaves out its at-home steps; the card leaves out what only fits a child at home, and the suspension's own.
 * - suspensionOver: back at school, or home again after a suspension that ended with the day back (no suspension after it).
 *   The card leaves out the suspension's own (its week is over: C10, 002:2362), as the plan leaves out schorsing-einde.
 * Nothing that belongs to a running term leaves: a removal decision, its bezwaar and another school first (C04, C08, C09)
 * stay, as on the plan.
 */
export interface TimeAtHome {
  backAtSchool: boolean;
  suspensionOver: boolean;
}
export const timeAtHome = (at: AtSchool | undefined): TimeAtHome => ({ backAtSchool: at?.kind === 'back-at-school', suspensionOver: at !== undefined });
const AT_HOME_STILL: TimeAtHome = { backAtSchool: false, suspensionOver: false };

// ── Goals ────────────────────────────────────────────────────────────────
export const GOALS: Readonly<Record<Situation | 'altijd', readonly string[]>> = {
  aanmelden: ['besluit-op-papier', 'plek-op-school'],
  handelingsverlegen: ['opp-met-afspraken', 'hulp-in-de-klas'],
  thuiszitten: ['les-thuis', 'terug-naar-school'],
  tlv: ['gehoord-worden', 'goede-plek'],
  altijd: ['afspraken-op-papier'],
};

/**
 * Session 56 (s56-noschool, left open there): the thuiszitten goals for a child enrolled at no school. "Les voor mijn kind
 * zolang het thuis zit" names no one who owes it (what holds for a child without a school is not in our sources: the plan's
 * verzuim-niet-ingeschreven says to ask the leerplichtambtenaar), and "Een plan om weer naar school te gaan" a school she
 * never went to. A place at the school the meeting is with is what she needs (A01, A03: the zorgplicht from the written
 * registration).
 */
const NEVER_ENROLLED_GOALS: readonly string[] = ['plek-op-school'];
/**
 * Session 61 (lawyer-s61-uncovered D1, the open point N2 of lawyer-s60-combined): the TLV goals once the child is enrolled at
 * the new school (enrolledAtNewSchool: registered there after the TLV decision or the first day at home, enrolled by today).
 * "Dat ik mijn mening kan geven over de TLV" is what the samenwerkingsverband owes before it decides (E08, 002:944-946), and
 * a bezwaar goes to the samenwerkingsverband (E16, 001:939-941), not to a meeting at school; "Een school die past bij mijn kind"
 * is found: the parent registered there herself and that school admitted the child (E15, 001:924). That school now has the
 * zorgplicht (A03, A23; 002:728-736) and must adopt an OPP within 6 weeks after the enrolment (B02, 002:862-866; the plan's
 * opp-na-toelating), with the parent's consent on its handelingsdeel (B08): the meeting's goal is that OPP.
 */
const ENROLLED_NEW_SCHOOL_GOALS: readonly string[] = ['opp-met-afspraken'];
/**
 * Session 62 (lawyer-s62-cards D1, the open item of sessions 60 and 61): the TLV goals once the samenwerkingsverband has
 * decided (tlvDecisionKnown: answered, or a logged "TLV toegekend" / "TLV afgewezen", which the timeline writes into the
 * answers) and the child is not yet enrolled at the new school. "Dat ik mijn mening kan geven over de TLV" is what the
 * samenwerkingsverband owes BEFORE it decides (E08, 002:944-946); once it has decided, the parent who disagrees makes
 * bezwaar at the samenwerkingsverband (E16, 001:939-941; its 6 weeks are EXT, E18, §X.3), a date the card shows, not a goal
 * for a meeting at school. The card kept the goal for weeks after the decision.
 * - Granted: a school that fits. The parent registers the child at the new school herself (E15, 001:924); until the
 *   enrolment there the current school keeps its zorgplicht (E19, C22).
 * - Refused: the child stays, and its school keeps the zorgplicht: a suitable offer, itself or at another school it finds
 *   with the parents (A03, C16; 001:111, 308-309; the plan's na-tlv-afwijzing): help in class now, and a school that fits.
 */
const TLV_DECIDED_GOALS: Readonly<Record<'toegekend' | 'afgewezen', readonly string[]>> = {
  toegekend: ['goede-plek'],
  afgewezen: ['hulp-in-de-klas', 'goede-plek'],
};
const tlvDecidedGoals = (f: Facts): readonly string[] | undefined =>
  !f.is('tlvDecisionKnown') ? undefined : f.oneOf('tlv-besluit', 'afgewezen') ? TLV_DECIDED_GOALS.afgewezen : f.oneOf('tlv-besluit', 'toegekend') ? TLV_DECIDED_GOALS.toegekend : undefined;

// ── Questions: when each is on the card ──────────────────────────────────
interface QuestionRule extends CardQuestion {
  /** `home`: what the timeline says of the time at home (session 56, TimeAtHome). */
  applies: (f: Facts, home: TimeAtHome) => boolean;
}
/**
 * The waiting list of a TLV (a place at a special school): no matter of being at home (isOnWaitingList also holds a child at
 * home for a waiting list, thuis-reden wachtlijst, which is). The school keeps its zorgplicht until the child is enrolled at
 * the new school, also during a waiting list (C22).
 */
// Session 60 (lawyer-s60-combined D4): not once enrolled at the new school (enrolledAtNewSchool): the waiting list is over.
const tlvWaitingList = (f: Facts) => f.is('isTlv') && f.oneOf('tlv-plek', 'wachtlijst') && !enrolledAtNewSchool(f);
/** On a waiting list (isOnWaitingList), not yet enrolled at the new school (session 60, D4). */
const onWaitingList = (f: Facts) => f.is('isOnWaitingList') && !enrolledAtNewSchool(f);

const notYes = (f: Facts, id: string) => f.answeredNot(id, 'ja');
/** Session 80: the parent has seen the dossier of a child enrolled at a school (as the plan's dossier-verbeteren). */
const dossierSeen = (f: Facts): boolean => f.is('hasSituation') && f.oneOf('dossier-gezien', 'ja') && !f.is('neverEnrolled');
/** A written registration whose receipt is not confirmed and that is not decided yet: the card asks about its receipt (A04). */
const receiptOpen = (f: Facts): boolean => f.is('registeredInWriting') && notYes(f, 'aanmelding-bevestiging') && !registrationDecided(f);

export const QUESTION_RULES: readonly QuestionRule[] = [
  // A04, A05, FP02: the decision on a registration, in writing, within 6 (at most 10) weeks.
  { id: 'besluit-wanneer', section: 'na-aanmelding', sources: ['A04', 'A05', 'FP02'], applies: (f) => f.is('waitingForAdmissionDecision') },
  // Session 45 (s45-outputs): not once the school decided on paper, as the plan's step (session 28): nothing counts from the
  // day of receipt then (A04).
  // Session 76 (s76-misc, 3): a registration at a new school after a written refusal (registeredAfterRefusal, as the plan's
  // step with NEW_SCHOOL_RECEIPT_TEXTS, s75): the card's line names the new school. "Wilt u op papier zetten op welke dag mijn
  // aanmelding binnenkwam?" could be asked of the school that refused, whose confirmation does not count (A01, A04: the new
  // school's own receipt). The answers hold no school's name, so the card says "de nieuwe school", never a name.
  // Session 77 (s77-enrolled, 4): the same after a removal (or while the school wants the child gone) and a registration at a
  // new school (registeredWhileWantedGone): the meeting may be with the school she is leaving, whose confirmation does not
  // count (A01, A04). Its own line, "de nieuwe school", never a name.
  { id: 'ontvangst-bevestigen', section: 'hoe-aanmelden', sources: ['A04', 'FP01'], applies: (f) => receiptOpen(f) && !registeredAfterRefusal(f) && !registeredWhileWantedGone(f) },
  { id: 'ontvangst-nieuwe-school', section: 'hoe-aanmelden', sources: ['A01', 'A04', 'FP01'], applies: (f) => receiptOpen(f) && registeredAfterRefusal(f) },
  { id: 'ontvangst-nieuwe-school-vertrek', section: 'hoe-aanmelden', sources: ['A01', 'A04', 'FP01'], applies: (f) => receiptOpen(f) && registeredWhileWantedGone(f) },
  { id: 'weigering-op-papier', section: 'weigering', sources: ['FP02'], applies: (f) => f.is('wasRefused') && notYes(f, 'weigering-schriftelijk') },
  // Session 46 (s46-outputs): a removal told only aloud is no decision; the bezwaar counts from the one on paper, with its
  // reasons (C08, C09; 002:818-840, 846-850). The plan's first step asked for it, the card did not.
  { id: 'verwijdering-op-papier', section: 'schorsing-verwijdering', sources: ['C08', 'C09', 'FP-P4'], applies: (f) => f.is('removalOnlyOral') },
  // Session 77 (s77-oppnohelp): not for "Mijn kind heeft geen extra hulp nodig" (ondersteuning-gemeld geen-hulp-nodig): A11
  // is the rule for a child who needs extra support; without that need the ordinary admission applies (A06, A19), as the
  // plan's warning weigering-zonder-andere-school (s76-misc). "Nee, nog niet" keeps it, as that warning does: the child may
  // need help the school was not told of yet (A09), and the question's why says it holds for a child who needs extra help.
  { id: 'weigering-andere-school', section: 'weigering', sources: ['A11', 'FP02'], applies: (f) => f.is('wasRefused') && notYes(f, 'weigering-andere-school') && !f.oneOf('ondersteuning-gemeld', 'geen-hulp-nodig') },
  // FP04, C01, C03: "handelingsverlegen" without an OPP.
  // Session 59 (s59-flow): not notYes: opp is not asked for a child with no school yet (warnings.ts handelingsverlegen-zonder-opp).
  { id: 'hv-wat-geprobeerd', section: 'handelingsverlegen', sources: ['FP04', 'C03'], applies: (f) => f.is('isHandelingsverlegen') && !f.oneOf('opp', 'ja') },
  { id: 'hv-waarom-geen-opp', section: 'wanneer-opp', sources: ['B01', 'B02', 'FP04', 'FP05'], applies: (f) => f.is('isHandelingsverlegen') && !f.oneOf('opp', 'ja') },
  // Session 66 (s66-opp): the OPP rows follow the plan's rule (answeredOppOfOldSchool, src/rules/steps/predicates.ts). At the
  // new school after a TLV, the OPP the questionnaire asked about is the old school's once the parent answered opp-nieuwe-school
  // (or its last talk was before the enrolment): its consent, evaluation and "my ideas" answers set no row on a card for a
  // meeting at the new school (A23, 002:734-736; B38). Before, "Wat heeft de hulp uit het OPP opgeleverd?" stood on the card
  // from the old school's answers. The new school's OPP, made ("ja", newSchoolOppOnly): whether she agreed is not known,
  // so the consent row, as the plan's consent step. Not made or not known: the row opp-nieuwe-school (below).
  // B08, B10, FP05: consent on the handelingsdeel.
  { id: 'opp-instemming', section: 'wat-is-opp', sources: ['B08', 'B10', 'FP05'], applies: (f) => newSchoolOppOnly(f) || (f.is('hasOpp') && notYes(f, 'opp-ingestemd') && !answeredOppOfOldSchool(f)) },
  // Session 22: an OPP the parent agreed to: the meeting is (also) its evaluation, and a change needs consent again (B20).
  { id: 'opp-evaluatie', section: 'wanneer-opp', sources: ['B20', 'B08'], applies: (f) => f.is('hasOpp') && f.oneOf('opp-ingestemd', 'ja') && !answeredOppOfOldSchool(f) },
  // Session 22: the school did not take the parent's ideas on: open consultation, no duty to adopt them, no consent on the
  // expected outflow destination, the parent's view in the OPP (B07, B09, B12, B13, B17).
  { id: 'opp-mening', section: 'wat-is-opp', sources: ['B07', 'B09', 'B12', 'B13', 'B17'], applies: (f) => f.is('hasOpp') && f.oneOf('opp-onenigheid', 'niet-overgenomen') && !answeredOppOfOldSchool(f) },
  // Session 66 (s66-opp): at the new school after a TLV, its OPP not made yet or not known to be (the plan's opp-na-toelating
  // after a TLV): is it there, and when do we make it together (B01, B02 with §X.5: 6 weeks, start not certain; B07, B08).
  { id: 'opp-nieuwe-school', section: 'wanneer-opp', sources: ['B01', 'B02', 'B07', 'B08'], applies: (f) => tlvEnrolledOnly(f) && !newSchoolMadeOpp(f) && !oppOfNewSchoolAfterTlv(f) },
  // C02, FP13: current research by the school itself.
  // Session 56 (s56-noschool): not while no school has the child or her registration (noSchoolYet), as the plan's
  // onderzoek-vragen: "Welk nieuw onderzoek doet de school zelf?" has no school to ask.
  { id: 'onderzoek-actueel', section: 'hulp-bepalen', sources: ['C02', 'FP13'], applies: (f) => f.is('reliesOnResearch') && f.oneOf('onderzoek', 'oud', 'ander', 'geen', 'weet-niet') && !noSchoolYet(f) },
  // C13, C22, D09: a child at home: education from tomorrow, and who gives it. Session 56: at home only (the plan's
  // onderwijs-thuis-vragen leaves with the day back too): back at school, "vanaf morgen" is school again.
  // Session 56 (s56-noschool): not for a child enrolled at no school (neverEnrolled): its why says "the school stays responsible
  // until your child is enrolled at another school; then the school must see that your child gets lessons" (C13), and there
  // is no such school: a parent could wait for lessons from nobody. The know-line zorgplicht-aanmelding says what holds.
  { id: 'thuis-onderwijs-morgen', section: 'thuiszitten', sources: ['C13', 'C22', 'D09'], applies: (f, home) => !home.backAtSchool && f.is('isThuiszitter') && !f.is('neverEnrolled') },
  // Session 22: not for a child who cannot come because of illness or who is only suspended: "who looks for a school that
  // fits?" would tell that parent to look for another school, which nothing in their answers asks for.
  // Session 56: at home only (its why: the school stays responsible for the child at home, C13), but for a TLV's waiting list,
  // which is no matter of being at home. Back at school while the school wants the child gone, the card asks which school
  // will admit it first (verwijdering-andere-school, C04), which stays.
  // Session 61 (lawyer-s61-uncovered D1): not once the child is enrolled at the new school (enrolledAtNewSchool): "Wie zoekt
  // een school die past?" with "the school stays responsible until another school has enrolled your child" asked a parent
  // whose child another school had admitted and enrolled (A23, 002:734-736), the answer "at home: waiting list" unchanged.
  {
    id: 'thuis-plek-zoeken', section: 'thuiszitten', sources: ['C13', 'FP10'],
    applies: (f, home) => !enrolledAtNewSchool(f) && (
      (!home.backAtSchool && ((f.is('isThuiszitter') && !f.is('neverEnrolled') && !f.oneOf('thuis-reden', 'kan-niet') && !(f.is('isSuspended') && !f.is('schoolWantsChildGone'))) || onWaitingList(f))) ||
      tlvWaitingList(f)),
  },
  // Session 22, C10 (002:2362): a suspension in primary school lasts at most one week: the day the child comes back.
  // Session 56: the suspension's own: not once the timeline says it is over (a day back after it; the plan's schorsing-einde
  // leaves then too). The answers still say "geschorst": the day back writes no answer.
  { id: 'schorsing-terug', section: 'schorsing-verwijdering', sources: ['C10', 'C11'], applies: (f, home) => !home.suspensionOver && f.is('isSuspended') },
  // Session 22, D13-D18 (004:3169-3236): fewer hours: in the OPP, with a plan to build up, the parent's consent, the inspectie.
  // Session 56: at home only: "deels" and "kan-niet" are answers about the time at home (thuis-hoeveel, thuis-reden), which
  // the day back ended; the plan's maatwerk-onderwijstijd leaves then too.
  {
    id: 'maatwerk-plan', section: 'tijdelijk-niet-naar-school', sources: ['D13', 'D14', 'D18'],
    applies: (f, home) => !home.backAtSchool && f.is('isThuiszitter') && (f.oneOf('thuis-hoeveel', 'deels') || f.oneOf('thuis-reden', 'kan-niet')),
  },
  // Session 81 (s81-left, d): D17 (004:3217-3222): the application for fewer hours needs two experts' advice, as a TLV, the
  // first an orthopedagoog or psycholoog, the second by the child's need. The plan's maatwerk-onderwijstijd says so (s78-blind);
  // the card asked only about the OPP and building up. Beside maatwerk-plan, with its condition.
  {
    id: 'maatwerk-deskundigen', section: 'tijdelijk-niet-naar-school', sources: ['D17'],
    applies: (f, home) => !home.backAtSchool && f.is('isThuiszitter') && (f.oneOf('thuis-hoeveel', 'deels') || f.oneOf('thuis-reden', 'kan-niet')),
  },
  // C04, C05, FP09: no removal before another school has agreed; the parents are heard first. Session 56: stays after a day back
  // at school: a removal (or the school's wish to see the child gone) does not end with it, as the plan keeps the removal's steps.
  // Session 60 (lawyer-s60-combined D2): not once another school admitted the child after the removal decision
  // (removedThenAdmittedElsewhere, logged or answered): the card asked "which school will admit my child before it must
  // leave?" of a parent whose child was admitted, and enrolled, at the new school.
  { id: 'verwijdering-andere-school', section: 'schorsing-verwijdering', sources: ['C04', 'C05', 'FP09'], applies: (f) => f.is('schoolWantsChildGone') && notYes(f, 'verwijdering-andere-school') && !f.is('removedThenAdmittedElsewhere') },
  // E07, E08, FP07, FP08: a TLV application: the parent is heard and may see it.
  { id: 'tlv-gehoord', section: 'tlv-oneens', sources: ['E08', 'FP08'], applies: (f) => f.is('tlvNotYetDecided') },
  // Session 46 (s45-outputs): "before they are sent" only while the school has not applied; once it has, a copy of what it sent.
  { id: 'tlv-aanvraag-zien', section: 'tlv-oneens', sources: ['E07', 'FP07', 'FP08'], applies: (f) => f.is('tlvNotYetDecided') && !f.is('tlvApplied') && notYes(f, 'tlv-aanvraag-gezien') },
  { id: 'tlv-aanvraag-kopie', section: 'tlv-oneens', sources: ['E07', 'E08', 'FP08'], applies: (f) => f.is('tlvNotYetDecided') && f.is('tlvApplied') && notYes(f, 'tlv-aanvraag-gezien') },
  // C15, FP15: a trial period has no basis in the law.
  { id: 'proefperiode', section: 'schorsing-verwijdering', sources: ['C15', 'FP15'], applies: (f) => f.list('school-zegt').includes('proefperiode') },
  // A27, FP20: no diagnosis needed for support.
  { id: 'zonder-diagnose', section: 'diagnose-nodig', sources: ['A27', 'FP20'], applies: (f) => f.list('school-zegt').includes('diagnose-eerst') },
  // G01: the dossier, how and when.
  // Session 57 (s57-noschool): not for a child enrolled at no school (neverEnrolled): no school has a pupil dossier of her
  // (G01, G04), as the plan's dossier-opvragen.
  { id: 'dossier-inzien', section: 'informatie-vragen', sources: ['G01'], applies: (f) => f.is('dossierNotSeen') && !f.is('neverEnrolled') },
  // Session 80 (s80-gaps, 3): a parent who has seen the dossier (dossier-gezien "ja", answered or written by a logged "Dossier
  // ontvangen": EFFECTS) had no question about what she read there; dossier-inzien is only for one who has not. Two rows, as
  // the plan's dossier-verbeteren (same condition): what the school's information is based on and whether it will correct
  // or supplement what is wrong (G04, G05; 001:741-747, 762; 000:780-785), and with whom it shared data and on what
  // agreement (G06, G09; 001:797, 873).
  { id: 'dossier-gelezen', section: 'informatie-vragen', sources: ['G04', 'G05'], applies: (f) => dossierSeen(f) },
  { id: 'dossier-gedeeld', section: 'informatie-vragen', sources: ['G06', 'G09'], applies: (f) => dossierSeen(f) },
  // Session 22, H05 (001:819-821): care in school time is not the school's task, but it must look with the parent how it can be done.
  { id: 'zorg-onder-schooltijd', section: 'jeugdhulp-op-school', sources: ['H05', 'H06'], applies: (f) => f.is('hasSituation') && f.oneOf('jeugdhulp', 'krijgt', 'nodig') },
  // Session 22, H13/H14/G14 (001:614-618; 002:1477-1481; 004:4407-4409): groep 7 or 8: the transfer, the OKR and the OPP.
  // Session 56 (lawyer-s56-fresh D3): not for a child enrolled at no school (neverEnrolled): no basisschool prepares the
  // move and no report or OPP goes along; the plan's overstap step has its own text for that (OVERSTAP_NERGENS_TEXTS).
  // Session 59 (s59-enrolled): until the day of enrolment (atNoSchool), as the plan's overstap step: from it her school does.
  { id: 'overstap-vo', section: 'overstap-voorbereiden', sources: ['H13', 'H14', 'G14'], applies: (f) => f.is('hasSituation') && f.oneOf('groep', 'groep-7-8') && !atNoSchool(f) },
  // Always: who does what by when, and the report (G04: notes of meetings and agreements go into the dossier).
  { id: 'wie-doet-wat', section: 'afspraken-vastleggen', sources: ['G04', 'B18'], applies: (f) => f.is('hasSituation') },
];

// ── What to bring ────────────────────────────────────────────────────────
interface DocumentRule {
  id: string;
  applies: (f: Facts) => boolean;
  date?: (f: Facts) => IsoDate | undefined;
  /** Timeline kinds this document already stands for (not listed twice). */
  covers: readonly EventKind[];
  /**
   * Session 45 (s45-outputs): a decision letter stands only for the logged decision of its own day. An earlier school's
   * refusal (or an earlier removal, suspension, TLV decision) is its own paper to bring: its bezwaar may be the card's most
   * urgent date (A20, 004:4399-4402). Before, every logged decision of the kind was taken for the answers' newest one.
   */
  ownDayOnly?: true;
}

export const DOCUMENT_RULES: readonly DocumentRule[] = [
  { id: 'aanmelding', applies: (f) => f.is('registeredInWriting'), date: (f) => f.date('aanmelding-datum'), covers: ['aanmelding-verstuurd', 'aanmelding-ontvangen'] },
  { id: 'ontvangstbevestiging', applies: (f) => f.is('registeredInWriting') && f.oneOf('aanmelding-bevestiging', 'ja'), covers: [] },
  { id: 'besluit-weigering', applies: (f) => f.is('refusalOnPaper'), date: (f) => f.date('weigering-datum'), covers: ['besluit-geweigerd'], ownDayOnly: true },
  // Session 46 (s46-outputs): the school's letter saying it cannot give the help needed (A20, 004:4399-4402; FP04).
  { id: 'brief-handelingsverlegen', applies: (f) => f.is('isHandelingsverlegen') && f.oneOf('hv-schriftelijk', 'ja'), covers: [] },
  { id: 'opp', applies: (f) => f.is('hasOpp'), date: (f) => f.date('opp-besproken'), covers: ['opp-opgesteld', 'opp-besproken', 'opp-ingestemd'] },
  { id: 'besluit-verwijdering', applies: (f) => f.is('hasRemovalDecision'), date: (f) => f.date('verwijdering-datum'), covers: ['verwijdering-besluit'], ownDayOnly: true },
  // Session 56: stays after a day back at school: the suspension's letter is what happened, and a removal may follow it (C11).
  { id: 'besluit-schorsing', applies: (f) => f.is('isSuspended'), date: (f) => f.date('schorsing-datum'), covers: ['schorsing'], ownDayOnly: true },
  { id: 'tlv-besluit', applies: (f) => f.is('tlvDecisionKnown'), date: (f) => f.date('tlv-besluit-datum'), covers: ['tlv-toegekend', 'tlv-afgewezen'], ownDayOnly: true },
  { id: 'onderzoeksverslag', applies: (f) => f.is('reliesOnResearch') && f.oneOf('onderzoek', 'school-recent', 'oud', 'ander'), covers: [] },
  { id: 'jeugdhulp', applies: (f) => f.oneOf('jeugdhulp', 'krijgt'), covers: [] },
];

/**
 * Timeline kinds that are no paper to bring (a call, a first day at home). Session 56: nor the day back at school
 * (weer-naar-school, session 55), a day like the first day at home: it stood under "Wat ik meeneem" and took one of the
 * MAX_TIMELINE_DOCS places of a paper.
 */
const NOT_PAPER: readonly EventKind[] = ['telefoontje', 'thuis-vanaf', 'weer-naar-school', 'anders'];
/** At most this many items from the timeline: the most recent. */
export const MAX_TIMELINE_DOCS = 6;

// ── Good to know ─────────────────────────────────────────────────────────
interface KnowRule extends KnowLine {
  /** `home`: what the timeline says of the time at home (session 56, TimeAtHome). */
  applies: (f: Facts, home: TimeAtHome) => boolean;
}
export const KNOW_RULES: readonly KnowRule[] = [
  // Session 22, FP-P4: a filing term of the parent's ends on or before the meeting: first, because it is the one thing on
  // the card that can cost a right (the plan says the same in its warning termijn-voor-gesprek).
  { id: 'termijn-voor-gesprek', section: 'bezwaar-maken', sources: ['A21', 'C09', 'FP-P4'], applies: filingEndsBeforeMeeting },
  // Session 23: only uncertain terms (TLV bezwaar, GPO: §X.2, §X.3) end before the meeting: the line says the date is not sure.
  { id: 'termijn-voor-gesprek-onzeker', section: 'bezwaar-maken', sources: ['E16', 'F13', 'FP-P4'], applies: uncertainFilingEndsBeforeMeeting },
  // Session 45 (s45-outputs): the meeting's day is not known, a filing term runs: the card says it does not wait either.
  { id: 'termijn-voor-gesprek-onbekend', section: 'bezwaar-maken', sources: ['A21', 'C09', 'FP-P4'], applies: filingRunsMeetingDayUnknown },
  { id: 'iemand-meenemen', section: 'gesprek-voorbereiden', sources: ['F01', 'F02'], applies: () => true },
  { id: 'niets-tekenen', section: 'afspraken-vastleggen', sources: ['B17', 'FP07'], applies: () => true },
  { id: 'verslag-vragen', section: 'afspraken-vastleggen', sources: ['G04', 'B18'], applies: () => true },
  // Session 66 (s66-opp): also at the new school after a TLV (tlvEnrolledOnly): that school's OPP needs her consent on its
  // handelingsdeel, whatever the old school had (B08, B10).
  { id: 'opp-instemmen', section: 'wat-is-opp', sources: ['B08', 'B10', 'B14', 'FP06'], applies: (f) => f.is('hasOpp') || f.is('isHandelingsverlegen') || tlvEnrolledOnly(f) },
  // Session 70 (s70-cards D2): a child who gets or needs jeugdhulp: the school may ask to share information with the care
  // provider. Consent is for one purpose and one partner, told beforehand what, with whom and why; a blanket consent is not
  // valid; only the meldcode has its own rules (G06, G08, G10, G11; 001:797, 866-877; 004:1716-1727). Before, the card said
  // only "sign nothing today".
  { id: 'toestemming-delen', section: 'jeugdhulp-op-school', sources: ['G06', 'G08', 'G10', 'G11'], applies: (f) => f.is('hasSituation') && f.oneOf('jeugdhulp', 'krijgt', 'nodig') },
  { id: 'tlv-niet-tekenen', section: 'tlv-oneens', sources: ['E06', 'E07', 'E08'], applies: (f) => f.is('isTlv') && !f.is('tlvDecisionKnown') },
  // Session 56: at home only (C13, D09: a child at home; its text: "ook als je kind thuis zit"), but for a TLV's waiting list
  // (C22: the zorgplicht runs on during a waiting list), as thuis-plek-zoeken.
  // Session 56 (s56-noschool): not for a child enrolled at no school (neverEnrolled): "the school must see to education until
  // your child is enrolled at another school" names a school she does not have (thuis-plek-zoeken and thuis-onderwijs-morgen
  // leave for her too). Her line instead: zorgplicht-aanmelding.
  {
    id: 'zorgplicht-blijft', section: 'thuiszitten', sources: ['C13', 'C22', 'D09'],
    // Session 59 (s59-enrolled, lawyer-s59-new D5): from the day of enrolment (atNoSchool false) this line, not
    // zorgplicht-aanmelding: the school she is enrolled at has the zorgplicht (A03, A23; 002:728-736).
    // Session 60 (lawyer-s60-combined D4): the waiting list ends at the enrolment at the new school (onWaitingList,
    // tlvWaitingList); a child enrolled there and still at home keeps this line (that school now has the zorgplicht).
    applies: (f, home) => (!home.backAtSchool && ((f.is('isThuiszitter') && !atNoSchool(f)) || onWaitingList(f))) || tlvWaitingList(f),
  },
  // Session 56 (s56-noschool): a child enrolled at no school: with a need for extra support, the zorgplicht starts at the
  // school that receives the written registration, from the day it receives it (A01, A03; 001:119; 002:728-734), as the
  // plan's nergens-ingeschreven step says.
  // Session 59 (s59-enrolled): until the day of enrolment (atNoSchool). Admitted with the day ahead, it still holds (not
  // enrolled yet; the school has the zorgplicht since it received the registration).
  { id: 'zorgplicht-aanmelding', section: 'thuiszitten', sources: ['A01', 'A03'], applies: (f, home) => !home.backAtSchool && atNoSchool(f) },
];

/** At most this many running dates on the card: the most urgent (the plan's own order). */
export const MAX_DATES = 4;

/**
 * The day a deadline stands on the card. Session 38: the admission decision whose 6 weeks passed while the school may have
 * extended them (Deadline.maybeExtendedTo, A05: once, at most 4 weeks): the 10-week day, not certain, as the calendar file
 * holds it (ics.ts withExtension) and the plan says "misschien … tot" that day. The card said "(voorbij)" beside the
 * 6-week day, as if nothing ran any more.
 */
const runningDay = (d: Deadline): Pick<RunningDate, 'due' | 'certain' | 'passed'> =>
  d.maybeExtendedTo ? { due: d.maybeExtendedTo, certain: false, passed: false } : { due: d.due, certain: d.certain, passed: d.status === 'passed' };

export function buildCard(answers: Answers, events: readonly TimelineEvent[], today: IsoDate, extraSteps: ReturnType<typeof buildPlan>['steps'] = [], questionnaire: Answers = answers): Card {
  const f = factsFrom(answers, today);
  // Session 56: the time at home as the plan reads it (withEvents: atSchool with the questionnaire's own answers).
  const home = events.length ? timeAtHome(atSchool(events, questionnaire)) : AT_HOME_STILL;
  const situations = f.list('situatie').filter((s): s is Situation => ['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv'].includes(s));
  // Session 46 (s46-meetings): not "a decision on paper" once the school decided on the registration in writing.
  // Session 56: not the goals of a child at home ("les zolang het thuis zit", "een plan om weer naar school te gaan") once it
  // is back at school.
  // Session 56: a child enrolled at no school (neverEnrolled) has no school to give lessons at home or to go back to ("Een plan
  // om weer naar school te gaan"): a place at the school the meeting is with (NEVER_ENROLLED_GOALS).
  // Session 59 (s59-enrolled, lawyer-s59-new D5): enrolled from the day of enrolment (atNoSchool false): no goal of the time at
  // home ("les zolang het thuis zit", "weer naar school": a school she never went to); her school's OPP is the plan's step.
  // And "Een plek voor mijn kind op deze school" not once the school admitted the child (wasAdmitted): she has that place,
  // as "a decision on paper" leaves once the school decided.
  // Session 61 (lawyer-s61-uncovered D1): the TLV's goals not once enrolled at the new school (ENROLLED_NEW_SCHOOL_GOALS).
  const goalsOf = (s: Situation) =>
    s === 'thuiszitten' ? (home.backAtSchool ? [] : atNoSchool(f) ? NEVER_ENROLLED_GOALS : f.is('neverEnrolled') ? [] : GOALS[s])
    : s === 'tlv' && enrolledAtNewSchool(f) ? ENROLLED_NEW_SCHOOL_GOALS
    // Session 62 (lawyer-s62-cards D1): decided, not yet enrolled at the new school: no "mijn mening over de TLV".
    : s === 'tlv' ? (tlvDecidedGoals(f) ?? GOALS.tlv)
    : GOALS[s];
  const goals = [...new Set([...situations.flatMap(goalsOf), ...GOALS.altijd])]
    .filter((g) => (g !== 'besluit-op-papier' || !registrationDecided(f)) && (g !== 'plek-op-school' || !f.is('wasAdmitted')));

  const questions = QUESTION_RULES.filter((r) => r.applies(f, home)).map(({ id, section, sources }) => ({ id, section, sources }));

  const documents: CardDocument[] = [];
  // A kind (every event of it), or a kind on one day (`kind@date`, ownDayOnly).
  const covered = new Set<string>();
  for (const r of DOCUMENT_RULES) {
    if (!r.applies(f)) continue;
    const date = r.date?.(f);
    documents.push({ id: r.id, ...(date ? { date } : {}) });
    r.covers.forEach((k) => covered.add(r.ownDayOnly && date ? `${k}@${date}` : k));
  }
  const paper = events
    // Session 26: a decision logged "by phone" is no paper to bring ("Besluit op papier" was listed for it).
    .filter((e) => !NOT_PAPER.includes(e.kind) && !covered.has(e.kind) && !covered.has(`${e.kind}@${e.date}`) && !toldOnlyOrally(e) && e.date <= today && !(e.kind === 'gesprek' && !e.meeting && !e.note))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date > b.e.date ? -1 : a.e.date < b.e.date ? 1 : b.i - a.i))
    .slice(0, MAX_TIMELINE_DOCS)
    .map((x) => x.e)
    .reverse();
  for (const e of paper) {
    documents.push({ id: 'tijdlijn', date: e.date, event: { id: e.id, kind: e.kind, ...(e.letter ? { letter: e.letter } : {}), note: e.note } });
  }
  if (f.is('hasSituation')) documents.push({ id: 'tijdlijn-overzicht' });

  // The plan's own steps, as the plan page shows them (withMeetings: the timeline's steps and every pass over them). Sessions
  // 26, 46 and 47 copied those passes here one by one (an earlier refusal's term, a logged extension, a dossier reminder, a
  // chain of suspensions), and each one missing here was a date the card showed other than the plan. Session 47: the card
  // reads the plan itself. Without events, the plan's steps and the caller's extra steps.
  const plan = buildPlan(answers, today);
  const steps = events.length ? withMeetings(plan, events, questionnaire).steps : [...plan.steps, ...extraSteps.filter((x) => !plan.steps.some((s) => s.id === x.id))];

  const know = KNOW_RULES.filter((r) => r.applies(f, home)).map(({ id, section, sources }) => ({ id, section, sources }));
  // Session 22: the same for the next meeting agreed at a recorded meeting (a date that lives only in the timeline).
  // Session 23: one line at most; a certain term (from either meeting day) wins over an uncertain one.
  const next = filingBeforeNextMeeting(steps);
  const had = know.findIndex((k) => k.id === 'termijn-voor-gesprek' || k.id === 'termijn-voor-gesprek-onzeker');
  const wanted = next && (know[had]?.id === 'termijn-voor-gesprek' ? 'termijn-voor-gesprek' : filingWarningId(next));
  if (wanted && know[had]?.id !== wanted) {
    if (had >= 0) know.splice(had, 1);
    const rule = KNOW_RULES.find((r) => r.id === wanted)!;
    know.unshift({ id: rule.id, section: rule.section, sources: rule.sources });
  }
  // Session 46 (s46-meetings): a date agreed at a meeting after the bezwaar's last day: the card says not to wait for it.
  if (!next && agreedAfterTerm(steps, today)?.section === 'bezwaar-maken') know.unshift({ id: AGREED_AFTER_TERM, section: 'bezwaar-maken', sources: ['C09', 'FP-P4'] });
  // Session 46 (s46-outputs): the parent's own filing terms that run (bezwaar, Geschillencommissie: FILING_STEPS) are kept
  // first, then the nearest others; shown by day. Before, the four nearest days were kept, and with a suspension, a
  // complaint, an agreement and the next meeting before it the removal's bezwaar (FP-P4, 002:846-850) fell off the card.
  const byDay = (a: RunningDate, b: RunningDate) => (a.passed !== b.passed ? (a.passed ? 1 : -1) : a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  const running = steps
    .filter((s) => s.deadline)
    .map((s) => ({ step: s.id, ...(s.texts ? { texts: s.texts } : {}), params: s.params, ...runningDay(s.deadline!) }) as RunningDate);
  const own = (d: RunningDate) => !d.passed && FILING_STEPS.includes(d.step);
  // Session 46 (s46-meetings): then the other legal terms (a suspension's week, the admission's weeks), then what was agreed
  // at a meeting and the follow-ups (isFollowUp): agreed dates pushed the suspension's week off the card.
  const agreed = new Set(steps.filter((s) => isFollowUp(s)).map((s) => s.id));
  // Session 46 (hunt-s46 found 3): every open filing term is on the card, however many (five decisions at once: the four
  // nearest days dropped a certain bezwaar for two uncertain ones); the others fill it up to MAX_DATES.
  const filings = running.filter(own);
  // Session 49 (lawyer-s49-changes D4): an older decision's passed term (passedEarlierDecision) only after every other date.
  const late = new Set(steps.filter(passedEarlierDecision).map((s) => s.id));
  const rest = running.filter((d) => !own(d) && !late.has(d.step));
  const dates = [
    ...filings,
    ...[...rest.filter((d) => !agreed.has(d.step)).sort(byDay), ...rest.filter((d) => agreed.has(d.step)).sort(byDay), ...running.filter((d) => late.has(d.step)).sort(byDay)].slice(0, Math.max(0, MAX_DATES - filings.length)),
  ].sort(byDay);

  const planned = f.is('hasMeetingPlanned') ? f.date('gesprek-datum') : undefined;
  // A day before today is a meeting that has been (session 19): the card does not show it as the coming one.
  // Session 46 (s46-meetings): that meeting recorded in the timeline with a next one agreed (today or later): the card is for
  // the next one. Before, it said "your meeting was on 25 November, write down what was agreed" after she had.
  // Session 57: the latest meeting at school; a next talk agreed with the leerplichtambtenaar is no meeting this card is for.
  const recorded = latestSchoolMeeting(events);
  const agreedNext = recorded?.meeting.next !== undefined && recorded.meeting.next >= today && (planned === undefined || (planned < today && recorded.date >= planned)) ? recorded.meeting.next : undefined;
  const when = agreedNext !== undefined ? { meetingDate: agreedNext } : planned === undefined ? {} : planned < today ? { pastMeetingDate: planned } : { meetingDate: planned };
  // Session 66 (s66-summer, gap 2): the meeting this card is for (the answers' day or the next one agreed in the timeline)
  // falls ON the last day of a certain bezwaar (A21, C09; 002:748-750, 846-850) that has not passed: its own line, first (send
  // the bezwaar before the meeting), in place of the general "ends before this meeting, or on the same day" (FP-P4).
  const cardDay = 'meetingDate' in when ? when.meetingDate : undefined;
  const onLastDay = cardDay !== undefined && certainFilingDueOn(steps, [cardDay]);
  const knowLines = onLastDay
    ? [{ id: MEETING_ON_LAST_DAY_LINE, section: 'bezwaar-maken', sources: ['A21', 'C09', 'FP-P4'] }, ...know.filter((k) => k.id !== 'termijn-voor-gesprek' && k.id !== 'termijn-voor-gesprek-onzeker')]
    : know;
  return { today, ...when, situations, goals, questions, documents, know: knowLines, dates };
}

/** Session 66: the know line of a meeting on a certain bezwaar's last day (ui meeting.knowItem). */
export const MEETING_ON_LAST_DAY_LINE = 'termijn-op-gespreksdag';

export { isLegal };

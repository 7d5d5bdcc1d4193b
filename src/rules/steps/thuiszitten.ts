import { deadline, TERMS } from '../deadlines';
import { addDays, daysBetween } from '../calendar';
import type { IsoDate } from '../dates';
import type { Facts } from '../facts';
import type { StepRule } from './types';
import { OBJECTION_MADE_TEXTS, objectionMade, OFFER_REFUSED_TEXTS, offerTurnedDown, offerRefused, offerRefusedTexts, when, objectionToMake, removalDated, enrolledNowhere, noSchoolYet, stuck, admittedNotEnrolled, admittedElsewhereNotEnrolled, enrolledAfterNoSchool, enrolledAtSchoolSinceConflict, suspendedThenEnrolledElsewhere, enrolmentDay, homeAfterEnrolment, leftOldSchool } from './predicates';

/**
 * Session 51 (lawyer-s50-thuis D6, D8): the child is at home because the school decided so (suspended, "niet welkom",
 * removed), not because it cannot or will not go. "wachtlijst" is left out: a child waiting for a place may be at home for
 * either reason.
 */
const keptHomeBySchool = (f: Facts) => f.oneOf('thuis-reden', 'geschorst', 'niet-welkom', 'verwijderd');
/** Session 51: verzuim-melding for a child the school keeps at home. */
export const ABSENCE_KEPT_HOME_TEXTS = 'ui:s47.planStep.verzuimDoorSchool';
/** Session 77 (s77-enrolled, 1): verzuim-melding once the child is enrolled at the new school (leftOldSchool, atNewSchoolSteps). */
export const ABSENCE_NEW_SCHOOL_TEXTS = 'ui:enrolled77.planStep.verzuimNieuweSchool';

/** Session 59 (s59-enrolled): verzuim-niet-ingeschreven for a child admitted and not (known to be) enrolled yet. */
export const ADMITTED_NOT_ENROLLED_TEXTS = 'ui:enrolled59.planStep.verzuimToegelaten';
export const ADMITTED_NOT_ENROLLED_YOUNG_TEXTS = 'ui:enrolled59.planStep.verzuimToegelatenJong';
/**
 * Session 60 (s60-enrolled): admitted, the day of enrolment not known ("weet ik niet", or not asked). "Je kind staat nog
 * niet ingeschreven" may no longer be so: she may be enrolled already. Its own text: maybe enrolled, maybe not; ask the
 * school from which day; until that day no school records her absence (001:845-847).
 */
export const ADMITTED_DAY_UNKNOWN_TEXTS = 'ui:enrolled60.planStep.verzuimToegelatenOnbekend';
export const ADMITTED_DAY_UNKNOWN_YOUNG_TEXTS = 'ui:enrolled60.planStep.verzuimToegelatenOnbekendJong';
/**
 * Session 60 (s60-enrolled): leerplicht-inschakelen for a child enrolled nowhere before, from her day of enrolment
 * (neverEnrolled, enrolledByToday). The general text "Vertel dat je kind thuis zit" stayed until a day back at school was
 * logged. Its own text: enrolled since that day; going to school now: nothing to tell about the time at home (log the day
 * back and the step goes: AT_HOME, src/timeline/earlier.ts); still at home: tell the leerplichtambtenaar herself, do not
 * wait for the school's report (D05, 001:847; D06, 000:1082-1091).
 */
export const LPA_ENROLLED_TEXTS = 'ui:enrolled60.planStep.leerplichtIngeschreven';
/**
 * Session 65 (s65-edges, gap 1): leerplicht-inschakelen for a child who may be 4 (not at school yet, or groep 1-2). The step
 * spoke of the leerplichtambtenaar as if leerplicht applied, while the verzuim step beside it said leerplicht starts at 5
 * (D01; 000:3-5, 000:1214-1219). The app knows no birth date, only the groep: the text says leerplicht starts at 5, that a
 * child of 4 is not leerplichtig yet, and that the exact first day and what the leerplichtambtenaar can do for a child of 4
 * are not in the sources (ask the leerplichtambtenaar).
 */
export const LPA_YOUNG_TEXTS = 'ui:edges65.planStep.leerplichtJong';
export const LPA_ENROLLED_YOUNG_TEXTS = 'ui:edges65.planStep.leerplichtIngeschrevenJong';
/** Session 61 (lawyer-s61-timeline D2): onderwijs-thuis-vragen once the child is enrolled at a new school. */
export const NEW_SCHOOL_EDUCATION_TEXTS = 'ui:tl61.planStep.onderwijsNieuweSchool';
/** Session 64 (lawyer-s64-timeline D1): onderwijs-thuis-vragen for a child at home since a day on or after her enrolment (homeAfterEnrolment). */
export const HOME_AT_NEW_SCHOOL_TEXTS = 'ui:tl64.planStep.onderwijsThuisNieuweSchool';

/** The plan's steps for thuiszitten, schorsing and verwijdering, leerplicht (FACTS C, D). Texts: content/<lang>/steps.yaml, by the same ids. */
/** Session 68 (s68-return, R3): maatwerk-onderwijstijd for a child enrolled at no school today (ui.yaml return68). */
export const MAATWERK_DEREGISTERED_TEXTS = 'ui:return68.planStep.maatwerkUitgeschreven';
/** Session 64: schorsing-einde read in July or August (the summer holiday; ui.yaml blind64). */
export const SUSPENSION_SUMMER_TEXTS = 'ui:blind64.planStep.schorsingZomer';

/** A month-day from 18 December up to 9 January (either year): the wide kerstvakantie window of plan.ts's holiday notes (s73). Pure. */
export const aroundChristmas = (day: IsoDate): boolean => day.slice(5) >= '12-18' || day.slice(5) <= '01-09';
/**
 * Session 85 (s85-blind): schorsing-einde when the suspension's week ends around the kerstvakantie (its last day in the
 * window of aroundChristmas), read in that window or up to 14 days after the last day (ui.yaml blind85). A suspension of
 * Thursday 17 December 2026 ends Thursday 24 December, in the holiday. Read on 28 December the step said "Zit je kind nog
 * thuis? ... Vraag de school om je kind meteen terug te laten komen" while the school was closed; read on 4 January, with
 * the school saying "stay home until the talk on 7 January" (five school days: the holiday days not counted), it said
 * nothing about the holiday. The source gives only "ten hoogste één week" (C10, 002:2362 fn 44): none says the holiday
 * stretches the week or that its days do not count, so the 7 days stand (no shift for a holiday unless a source says so)
 * and the text says so; in the holiday: ask by e-mail now that the child may come back on the first school day after it;
 * after it: kept home longer is longer than a week (C11, 002:2303-2307). As blind64 for the summer, the holiday is asked,
 * not said ("Valt de week ... in de kerstvakantie?", "Is het nu nog kerstvakantie?"): the holiday dates are in no source.
 */
export const SUSPENSION_CHRISTMAS_TEXTS = 'ui:blind85.planStep.schorsingKerst';
export function suspensionAroundChristmas(start: IsoDate | undefined, today: IsoDate): boolean {
  if (start === undefined) return false;
  const last = addDays(start, 7 * TERMS.suspensionMaxWeeks);
  return aroundChristmas(last) && daysBetween(start, today) >= 0 && (aroundChristmas(today) || daysBetween(last, today) <= 14);
}

/** July or August: every region's summer holiday for primary schools falls (mostly) in these months. */
export function inSummerMonths(today: string): boolean {
  const month = today.slice(5, 7);
  return month === '07' || month === '08';
}

/**
 * Session 68 (s68-summer, gap 3): one order for a rule with a summer text and an offer-turned-down text (p1s38): read in
 * July or August the summer text (with an offer turned down, its own summer text that keeps the p1s38 caveat: FP-P1, A22),
 * otherwise the offer text when an offer was turned down, otherwise the rule's general text (undefined). Before, the two
 * summer warnings checked these in different orders (niet-welkom-zorgplicht the offer first, wachtlijst-zorgplicht the
 * summer first). A future rule with both can reuse it.
 * Session 69 (s69-readback, 2): `offer` is the rule's offer text as offerRefused (or offerRefusedTexts) gives it: the text
 * when an offer was turned down, otherwise undefined. Before, the warnings spelled out offerRefused's keys here.
 */
export const summerOfferTexts =
  (texts: { summer: string; offerSummer: string; offer: (f: Facts) => string | undefined }) =>
  (f: Facts): string | undefined =>
    inSummerMonths(f.today) ? (offerTurnedDown(f) ? texts.offerSummer : texts.summer) : texts.offer(f);

/**
 * Session 66 (s66-summer, gap 1): onderwijs-thuis-vragen read in July or August (ui.yaml summer66). The step said "Vraag per
 * e-mail welk onderwijs je kind nu krijgt", as if the school were open, also after a removal decided on Fri 9 Jul 2027 and
 * read on Tue 20 Jul. In the holiday no child has lessons; what the parent needs then: the school stays responsible until
 * another school enrolled the child (C04, C13, C22, D09; 002:756-768, 1716-1724), also at the start of the new school year
 * (FP09, FP12: "not welcome after the holidays", 003:549-575, 693-705), so ask now, on paper, where and how the child is
 * taught from the first school day after the holiday. That day differs per region and is in no source: ask the school. A
 * bezwaar term runs on in the holiday (no pause is in the sources: C09, A21). Whom to ask when no answer comes: the
 * leerplichtambtenaar (D06) and the steunpunt. As for the suspension (blind64), "Is het nu zomervakantie?" is asked, not said.
 */
export const EDUCATION_SUMMER_TEXTS = 'ui:summer66.planStep.onderwijsZomer';
/**
 * Session 67 (s67-summer, gap 3): onderwijs-thuis-vragen in July or August beside schorsing-einde's summer texts (blind64).
 * Daan (suspended Mon 5 Jul 2027, read Mon 2 Aug) read two steps that both asked the school about the first school day after
 * the holiday: "confirm he may come back" and "where and from whom he gets lessons". Its own text points to the suspension
 * step's e-mail and asks, in the same e-mail, what the school arranges if the child may not come back that day (the school
 * keeps its zorgplicht, also at home: C13, C22, D09; 002:1716-1724), which day the school starts (no source: ask), whom to
 * ask, and that a bezwaar term runs on.
 */
export const EDUCATION_SUMMER_SUSPENDED_TEXTS = 'ui:summer67.planStep.onderwijsZomerGeschorst';
/**
 * Session 68 (s68-leftovers, 1): onderwijs-thuis-vragen with an offer turned down (aanbod-geweigerd: ja) read in July or
 * August. fp38's text (OFFER_REFUSED_TEXTS) asked "welk onderwijs je kind nu krijgt", in the holiday, because the offer was
 * checked before the summer. Its summer text: no lessons in the holiday; ask now where and from whom the child gets lessons
 * on the first school day after it (C13, D09; 002:1716-1724), a day in no source (ask the school); fp38's caveat kept (a
 * reasonable offer turned down ends the school's duty to find a place: A22, FP-P1; 002:734-740), without "De school blijft
 * verantwoordelijk"; a bezwaar term runs on in the holiday (C09, A21).
 */
export const EDUCATION_OFFER_SUMMER_TEXTS = 'ui:left68.planStep.onderwijsAanbodZomer';
/**
 * Session 69 (s69-left, 6): the same beside a dated suspension (schorsing-einde's summer text asks the school to confirm the
 * child may come back on the first school day). left68's text asked about that day again, in an e-mail of its own, two
 * steps on one question; without the offer summer67 already asked it once (EDUCATION_SUMMER_SUSPENDED_TEXTS). Its text:
 * summer67's "in the same e-mail: if the child may not come that day, where and from whom does it get lessons?", then
 * left68's words from "Op welke dag" on, the offer caveat kept (A22, FP-P1); no "De school blijft verantwoordelijk".
 */
export const EDUCATION_OFFER_SUMMER_SUSPENDED_TEXTS = 'ui:left69.planStep.onderwijsAanbodZomerGeschorst';
/** Session 67: the summer texts of onderwijs-thuis-vragen (order.ts rule 2b reads them); session 68: with the offer's; session 69: with the offer's beside a suspension. */
export const EDUCATION_SUMMER_ALL: readonly string[] = [EDUCATION_SUMMER_TEXTS, EDUCATION_SUMMER_SUSPENDED_TEXTS, EDUCATION_OFFER_SUMMER_TEXTS, EDUCATION_OFFER_SUMMER_SUSPENDED_TEXTS];
/**
 * Session 67 (s67-summer, gap 2): leerplicht-inschakelen in July or August. "Vertel dat je kind thuis zit en dat je wilt dat
 * het les krijgt" read as if lessons could start now. In the holiday no child has lessons, so no absence is recorded and the
 * school's report (16 hours in 4 weeks: D05, 001:847) cannot come before the school year starts. The text: tell the
 * leerplichtambtenaar (D06, 000:1082-1091) now, before the first school day after the holiday, that the child is at home and
 * must have lessons from that day; that day and what the leerplichtambtenaar can do in the holiday are in no source (ask).
 */
export const LPA_SUMMER_TEXTS = 'ui:summer67.planStep.leerplichtZomer';
/**
 * Session 68 (s68-summer, gap 2): the other texts of leerplicht-inschakelen read in July or August (ui.yaml summer68). A child
 * in groep 1-2 or not at school yet (edges65 leerplichtJong) still read "Vertel dat je kind thuis zit en dat je wilt dat het
 * les krijgt", and a child enrolled after none (enrolled60, edges65) "Gaat je kind nu naar school?", a question with no
 * answer in the holiday. Their summer texts: no lessons and no report in the holiday (D05, 001:847); tell the
 * leerplichtambtenaar now that the child is at home and must have lessons from the first school day after the holiday (D06,
 * 000:1082-1091), a day in no source (ask the school); the leerplicht-from-5 caveat stays for the young (D01, 000:3-5).
 */
export const LPA_YOUNG_SUMMER_TEXTS = 'ui:summer68.planStep.leerplichtJongZomer';
export const LPA_ENROLLED_SUMMER_TEXTS = 'ui:summer68.planStep.leerplichtIngeschrevenZomer';
export const LPA_ENROLLED_YOUNG_SUMMER_TEXTS = 'ui:summer68.planStep.leerplichtIngeschrevenJongZomer';
/**
 * Session 68 (s68-leftovers, 2): leerplicht-inschakelen in July or August for a child enrolled at no school (enrolledNowhere),
 * groep 3 to 8. summer67's text said "Vraag het de school" about the first school day and that the school reports nothing in
 * the holiday: she has no school. Its own text: no school reports her absence at all (001:845-847); tell the
 * leerplichtambtenaar now (D06, 000:1082-1091); the first school day is in no source: ask the school where you register
 * your child, or the leerplichtambtenaar.
 */
export const LPA_NOWHERE_SUMMER_TEXTS = 'ui:left68.planStep.leerplichtNergensZomer';
/**
 * Session 69 (s69-left, 2): the same for a child in groep 1-2 or not at school yet, enrolled at no school (enrolledNowhere):
 * summer68's young text said "Vraag het de school of de leerplichtambtenaar" about the first school day, and she has no school.
 * Its own text: the young text (leerplicht from 5, D01; no lessons and no report in the holiday, D05; tell the
 * leerplichtambtenaar now, D06) with "ask the school where you register your child, or the leerplichtambtenaar".
 */
export const LPA_YOUNG_NOWHERE_SUMMER_TEXTS = 'ui:left69.planStep.leerplichtJongNergensZomer';
/**
 * Session 69 (s69-readback, 4): leerplicht-inschakelen's texts by variant, each with its summer twin (read in July or
 * August). `texts` undefined: the step's own text in steps.yaml. enrolled: enrolled after no school (enrolledAfterNoSchool);
 * young: groep 1-2 or not at school yet (may be 4); youngNowhere: young and enrolled at no school (s69-left, 2); nowhere:
 * enrolled at no school (enrolledNowhere); general: the rest.
 */
export type LpaVariant = 'enrolledYoung' | 'enrolled' | 'young' | 'youngNowhere' | 'nowhere' | 'general';
export const LPA_TEXTS: Readonly<Record<LpaVariant, { texts: string | undefined; summer: string }>> = {
  enrolledYoung: { texts: LPA_ENROLLED_YOUNG_TEXTS, summer: LPA_ENROLLED_YOUNG_SUMMER_TEXTS },
  enrolled: { texts: LPA_ENROLLED_TEXTS, summer: LPA_ENROLLED_SUMMER_TEXTS },
  young: { texts: LPA_YOUNG_TEXTS, summer: LPA_YOUNG_SUMMER_TEXTS },
  youngNowhere: { texts: LPA_YOUNG_TEXTS, summer: LPA_YOUNG_NOWHERE_SUMMER_TEXTS },
  nowhere: { texts: undefined, summer: LPA_NOWHERE_SUMMER_TEXTS },
  general: { texts: undefined, summer: LPA_SUMMER_TEXTS },
};
/** The variant of leerplicht-inschakelen for these facts: enrolled after none first, then young, then enrolled nowhere. */
const lpaVariant = (f: Facts): LpaVariant => {
  const young = f.oneOf('groep', 'nog-niet', 'groep-1-2');
  if (enrolledAfterNoSchool(f)) return young ? 'enrolledYoung' : 'enrolled';
  if (young) return enrolledNowhere(f) ? 'youngNowhere' : 'young';
  return enrolledNowhere(f) ? 'nowhere' : 'general';
};
/**
 * Session 67 (s67-summer, gap 2): verzuim-melding's general text in July or August. "Bij een kind dat helemaal thuis zit, is
 * die grens binnen een paar dagen bereikt" is not so in a holiday: no lessons, no absence (D05, 001:847). The kleuter, ill
 * and kept-home-by-the-school texts say no such thing and stay.
 */
export const ABSENCE_SUMMER_TEXTS = 'ui:summer67.planStep.verzuimZomer';

/** schorsing-einde applies: suspended, the day known, not enrolled at another school since (session 61). */
const suspensionDated = (f: Facts) => f.is('isSuspended') && f.date('schorsing-datum') !== undefined && !suspendedThenEnrolledElsewhere(f);

export const homeSteps: readonly StepRule[] = [
  {
    // C13, C22, D09: the school keeps its zorgplicht until another school admitted the child; ask for education.
    id: 'onderwijs-thuis-vragen', group: 'nu', section: 'thuiszitten', letters: ['onderwijs-tijdens-thuiszitten'], contacts: ['school'],
    // Session 46 (s037-tlv-so-wachtlijst-kind-op-school): a TLV with a waiting list while the child goes to school (not at home):
    // no "ask for education" with the letter for a child at home. Its school keeps teaching until the enrolment (000:934-938),
    // which the warning wachtlijst-zorgplicht says. At home and on a waiting list: asked, also with lessons now.
    applies: (f) => f.is('isThuiszitter') && (f.answeredNot('lessen-nu', 'ja') || f.is('isOnWaitingList')),
    // Session 61 (lawyer-s61-timeline D2): once enrolled at a new school (enrolledAtSchoolSinceConflict), "De school blijft
    // verantwoordelijk tot je kind op een andere school is ingeschreven" is past: the new school must teach now (A23,
    // 002:734-736; C22, 000:934-938). The step asks that school when the child can start and what lessons she gets until then.
    // Session 63 (s63-tlv): at the new school after a TLV, the day read by enrolmentDay; not known: the general text (it has no day to name).
    // Session 64 (lawyer-s64-timeline D1): at home from a day on or after that enrolment (homeAfterEnrolment): the school where
    // she is enrolled must teach her, also at home (D09, C13); "Gaat je kind nog niet naar de nieuwe school?" does not fit.
    // Session 66 (s66-summer, gap 1): in July or August, with none of those, the summer text (EDUCATION_SUMMER_TEXTS).
    texts: (f) =>
      homeAfterEnrolment(f)
        ? HOME_AT_NEW_SCHOOL_TEXTS
        : enrolledAtSchoolSinceConflict(f) && enrolmentDay(f) !== undefined
          ? NEW_SCHOOL_EDUCATION_TEXTS
          : // Session 67 (s67-summer, gap 3): beside the suspension's summer step, its own text (no second "first school day").
            // Session 68 (s68-leftovers, 1): through summerOfferTexts, so an offer turned down read in July or August gets its
            // own summer text (EDUCATION_OFFER_SUMMER_TEXTS) instead of fp38's "welk onderwijs je kind nu krijgt".
            summerOfferTexts({
              summer: suspensionDated(f) ? EDUCATION_SUMMER_SUSPENDED_TEXTS : EDUCATION_SUMMER_TEXTS,
              // Session 69 (s69-left, 6): beside a dated suspension, one e-mail about the first school day.
              offerSummer: suspensionDated(f) ? EDUCATION_OFFER_SUMMER_SUSPENDED_TEXTS : EDUCATION_OFFER_SUMMER_TEXTS,
              offer: offerRefusedTexts(OFFER_REFUSED_TEXTS),
            })(f),
    params: (f): Record<string, string> => {
      const day = enrolmentDay(f);
      const home = f.date('thuis-sinds');
      if (homeAfterEnrolment(f) && day !== undefined && home !== undefined) return { ingeschreven: day, thuis: home };
      return enrolledAtSchoolSinceConflict(f) && day !== undefined ? { ingeschreven: day } : {};
    },
  },
  {
    id: 'afspraken-thuis-vastleggen', group: 'binnenkort', section: 'afspraken-vastleggen', letters: ['bevestiging-afspraken'], contacts: ['school'],
    applies: (f) => f.is('isThuiszitter') && f.oneOf('lessen-nu', 'ja'),
    texts: offerRefused('planStep', 'afsprakenThuisVastleggen'),
  },
  {
    // D13-D18, D10-D11, FP22/FP23: fewer hours or lessons at home need a plan in the OPP and consent of the inspectie.
    // Session 80 (s80-blind): its text now says the application holds a form on which the parent gives consent (D15,
    // 004:3205-3211): the form a parent is asked to sign was named nowhere.
    id: 'maatwerk-onderwijstijd', group: 'binnenkort', section: 'tijdelijk-niet-naar-school', contacts: ['school'],
    applies: (f) => f.is('isThuiszitter') && (f.oneOf('thuis-hoeveel', 'deels') || f.oneOf('thuis-reden', 'kan-niet')) && !f.is('neverEnrolled'),
    // Session 51 (lawyer-s50-thuis D6): a child the school keeps out part of the week did not ask for fewer hours. Maatwerk
    // is for a child that cannot attend (fully) for psychological or physical reasons, with two experts' advice (D13, D17;
    // 004:3169-3177, 3217-3222); a school may keep a child out only in very exceptional cases and keeps its zorgplicht (C13,
    // C23; 002:1716-1724, 003:571-575). Its own title and text: what maatwerk needs (OPP, consent, inspectie: what the
    // parent can hold the school to, s042-sami), that she need not consent to fewer hours, and to ask why and until when.
    // Session 52 (lawyer-s52-refusal D4): a child waiting for a place at another school, at school part of the week. Until
    // it is enrolled there the current school keeps the zorgplicht and keeps teaching (E19, FP12; 002:2169-2175,
    // 000:934-938): the wait is no ground for fewer hours. Why the child goes part-time the answers do not say (it may not
    // cope, or the school may send it home), so its own text says both: ask for the plan when the child cannot attend fully
    // for a physical or psychological reason (D13, D17), need not consent otherwise, and ask how it is taught the other days.
    // Session 68 (s68-return, R3): a child enrolled at no school today (enrolledNowhere: de-registered, with or without a
    // removal decision, and not enrolled since). Maatwerk (D13-D18; 004:3169-3236: the board asks the inspectie, in the OPP,
    // with her consent) and remote education (D10, D11; 001:851-857: under the board's responsibility) are arranged by the
    // school where the child is enrolled; the step read as if a school would. For her the first thing is a school (FP09,
    // FP18, C04; uitschrijving-navragen, the leerplichtambtenaar): its own text under "Goed om te weten" (first a school; ask
    // the board on paper how the child is taught while it cannot come; once enrolled, ask that school for the plan). Not
    // for a child never enrolled anywhere (neverEnrolled): nergens-ingeschreven speaks, and there is no board to ask.
    groupFor: (f) => (enrolledNowhere(f) ? 'goed-om-te-weten' : 'binnenkort'),
    texts: (f) => (enrolledNowhere(f) ? MAATWERK_DEREGISTERED_TEXTS : keptHomeBySchool(f) ? 'ui:s47.planStep.maatwerkDoorSchool' : f.oneOf('thuis-reden', 'wachtlijst') ? 'ui:s47.planStep.maatwerkWachtlijst' : undefined),
  },
  {
    // C04, C22, FP09: not known whether the child is still enrolled: ask; the school keeps the zorgplicht until another
    // school admitted the child, also after de-registering it.
    id: 'inschrijving-navragen', group: 'nu', section: 'thuiszitten', contacts: ['school', 'leerplichtambtenaar'],
    applies: (f) => f.is('isThuiszitter') && f.answeredNot('ingeschreven', 'ja') && !f.oneOf('ingeschreven', 'nee') && !removalDated(f),
    texts: offerRefused('planStep', 'inschrijvingNavragen'),
  },
  {
    // Session 37 (s37-lawyer): the same question when the removal decision is on paper with its day. That decision is the
    // one the bezwaar counts from (C09, 002:846-850): a de-registration that carries it out starts no term of its own, so
    // this step is no clock finder (order.ts) and does not ask for "the decision on paper". Before, the first screen said
    // "maybe a bezwaar term runs whose start you do not know" beside the removal's known day, or "find that date first"
    // once it had passed. What the enrolment still decides: no de-registration before another school admits the child
    // (C04, 002:756-768; 001:308-309), and the leerplichtambtenaar (FP09).
    id: 'inschrijving-na-besluit', group: 'nu', section: 'thuiszitten', contacts: ['school', 'leerplichtambtenaar'],
    applies: (f) => f.is('isThuiszitter') && f.answeredNot('ingeschreven', 'ja') && !f.oneOf('ingeschreven', 'nee') && removalDated(f),
    texts: offerRefused('planStep', 'inschrijvingNaBesluit'),
  },
  {
    // The parent said the child is enrolled nowhere: asking whether it is makes no sense. C04 (002:756-768; 001:308-309):
    // no definitive removal before another school is willing to admit the child; C22/FP09 (003:549-575): the school keeps
    // the zorgplicht; C08: a removal decision is in writing, with reasons; C09 (002:846-850): bezwaar within 6 weeks;
    // D06, FP09: the leerplichtambtenaar now (leerplicht-inschakelen is "nu" then). De-registered by the parent: FP-P3
    // (002:2078-2086) moves the duty to a new school; without one the sources say nothing, so: ask the steunpunt.
    // Not when a (written) removal decision is known: then bezwaar-verwijdering and verwijdering-zonder-school speak.
    id: 'uitschrijving-navragen', group: 'nu', section: 'schorsing-verwijdering', contacts: ['schoolbestuur', 'leerplichtambtenaar', 'steunpunt'],
    // Session 61 (lawyer-s61-timeline D1): nor once she is enrolled at a new school (enrolledAtSchoolSinceConflict): "je kind
    // staat nergens ingeschreven" is not so then.
    applies: (f) => f.is('isThuiszitter') && !f.is('neverEnrolled') && f.oneOf('ingeschreven', 'nee') && !f.is('hasRemovalDecision') && !enrolledAtSchoolSinceConflict(f),
    texts: offerRefused('planStep', 'uitschrijvingNavragen'),
  },
  {
    // Session 37 (s37-nergens): a child enrolled at no school yet (after a move, on arrival in the Netherlands). Nobody
    // de-registered it, so there is no decision to ask for and no bezwaar term. A written registration (e-mail is fine)
    // starts the zorgplicht of that school from its receipt (A01, A03; 001:119; 002:728-734; FP01), possible from age 3
    // (A02, 002:622); the school decides within 6 weeks, once 4 more (A04, A05; 001:119; 002:744-746); the parent tells the
    // school what help the child needs (A09, 004:4845-4849). The leerplichtambtenaar (D06, 000:1082-1091) and the
    // steunpunt: no thresholds beyond the sources (FACTS §X.16). When the parent also chose "aanmelden", the aanmelden
    // steps (schriftelijk-aanmelden, besluit-aanmelding with its 6-week date) say this: no second step beside them.
    id: 'nergens-ingeschreven', group: 'nu', section: 'thuiszitten', letters: ['schriftelijke-aanmelding'], contacts: ['school', 'leerplichtambtenaar', 'steunpunt'],
    applies: (f) => noSchoolYet(f),
  },
  {
    // C10: suspension in primary school at most one week.
    id: 'schorsing-einde', group: 'nu', section: 'schorsing-verwijdering', contacts: ['school'],
    // Session 61 (lawyer-s61-timeline D1): not once the child is enrolled at a school she was registered at after the
    // suspension began (suspendedThenEnrolledElsewhere): that suspension was the old school's, and it is over. Before, a
    // suspension logged in February stood as the first thing to do in June ("Zorg dat je kind weer naar school mag", passed),
    // above the new school's OPP term.
    applies: (f) => suspensionDated(f),
    deadline: (f) => when(f.date('schorsing-datum'), (s) => deadline(s, 'schorsing-begin', TERMS.suspensionMaxWeeks, 'weeks', f.today)),
    // Session 64 (s64-blind D2): read in July or August, the texts say what to do in the summer holiday: ask now, on
    // paper, that the child may come back on the first school day after it, and that a bezwaar term keeps running. Before,
    // a suspension of 12 July read on 2 August said only "Zit je kind nog thuis? ... Vraag de school om je kind meteen
    // terug te laten komen", while every child was at home and the school was closed. The regions' holidays differ and are
    // not in the sources, so the text asks "Is het nu zomervakantie?" rather than saying it is.
    // Session 85 (s85-blind): the same for a week that ends around the kerstvakantie (SUSPENSION_CHRISTMAS_TEXTS).
    texts: (f) => (inSummerMonths(f.today) ? SUSPENSION_SUMMER_TEXTS : suspensionAroundChristmas(f.date('schorsing-datum'), f.today) ? SUSPENSION_CHRISTMAS_TEXTS : undefined),
  },
  {
    id: 'schorsingsdatum-achterhalen', group: 'nu', section: 'schorsing-verwijdering', contacts: ['school'],
    applies: (f) => f.is('isSuspended') && f.dateUnknown('schorsing-datum'),
  },
  {
    // C05, C08, FP02: a removal said in a talk is no decision: ask for it in writing, with reasons; no clock runs yet.
    id: 'verwijderbesluit-op-papier-vragen', group: 'nu', section: 'schorsing-verwijdering', contacts: ['schoolbestuur'],
    applies: (f) => f.is('removalOnlyOral'),
  },
  {
    // C08: does a removal decision exist? Ask the board; the 6 weeks run from a written decision.
    id: 'verwijderbesluit-navragen', group: 'nu', section: 'schorsing-verwijdering', contacts: ['schoolbestuur'],
    applies: (f) => f.is('schoolWantsChildGone') && !f.is('isRemoved') && f.oneOf('verwijdering-besluit', 'weet-niet'),
  },
  {
    // C09: bezwaar against removal within 6 weeks (002:846-850), also while the child still goes to school (002:756-768).
    id: 'bezwaar-verwijdering', group: 'nu', section: 'schorsing-verwijdering', letters: ['bezwaar-weigering-verwijdering'], contacts: ['schoolbestuur'],
    applies: (f) => f.is('hasRemovalDecision') && objectionToMake(f, 'verwijdering-datum'),
    deadline: (f) => when(f.date('verwijdering-datum'), (s) => deadline(s, 'besluit-bekend', TERMS.objectionWeeks, 'weeks', f.today)),
  },
  {
    // Session 62: with the bezwaar letter, which leaves the decision's date to fill in: the step says a bezwaar can be made
    // now when the letter is lost and may be weeks old (lawyer-s62); once a bezwaar is made, not (session 63, lawyer-s63-objectnow).
    id: 'verwijderdatum-achterhalen', group: 'nu', section: 'schorsing-verwijdering', letters: ['bezwaar-weigering-verwijdering'], contacts: ['school'],
    applies: (f) => f.is('hasRemovalDecision') && f.dateUnknown('verwijdering-datum'),
    texts: (f) => (objectionMade(f) ? OBJECTION_MADE_TEXTS.removal : undefined),
  },
  {
    // D04/D05/D06, FP09: the leerplichtambtenaar; first when the child is de-registered or removed.
    id: 'leerplicht-inschakelen', group: 'binnenkort', section: 'leerplichtambtenaar', letters: ['bericht-leerplichtambtenaar'], contacts: ['leerplichtambtenaar'],
    groupFor: (f) => (enrolledNowhere(f) || f.is('isRemoved') ? 'nu' : 'binnenkort'),
    applies: (f) => f.is('isThuiszitter') && f.answeredNot('lpa-betrokken', 'ja'),
    // Session 67 (s67-summer, gap 2): read in July or August, the summer text; session 68 (gap 2): the young and enrolled
    // texts have theirs too; (s68-leftovers, 2) enrolled at no school, no school to ask about the first school day.
    // Session 69 (s69-readback, 4): one table, LPA_TEXTS, by variant with its summer twin.
    texts: (f) => {
      const v = LPA_TEXTS[lpaVariant(f)];
      return inSummerMonths(f.today) ? v.summer : v.texts;
    },
    params: (f): Record<string, string> => (enrolledAfterNoSchool(f) ? { ingeschreven: f.date('inschrijving-datum')! } : {}),
  },
  {
    // D05 (001:847): 16 hours of unexcused absence within 4 weeks must be reported by the school: a threshold, not a deadline.
    // Not for a child enrolled nowhere: the report is the duty of the school the child is enrolled at (001:845-847).
    id: 'verzuim-melding', group: 'goed-om-te-weten', section: 'leerplichtambtenaar', contacts: ['school', 'leerplichtambtenaar'],
    applies: (f) => f.is('isThuiszitter') && !enrolledNowhere(f),
    params: () => ({ uren: String(TERMS.absenceHours) }),
    // Session 46 (s039-kleuter-vier-middagen-thuis): a child in groep 1 or 2 may be 4, and leerplicht starts at 5 (D01,
    // 000:3-5): the report may not apply yet, while the school's zorgplicht does (A03, 002:728-734).
    // Session 47 (s042-lucas-angst-verzuim-ziekte): a child who cannot go (ill, anxious): absence through illness is in
    // principle authorised; it may become "suspected unauthorised" if the parents do not work with the jeugdarts or GGD
    // (D03, D04; 001:841-845). The line "a child fully at home reaches the limit in a few days" frightened these parents.
    // Session 51 (lawyer-s50-thuis D8): a child the school keeps home (suspended, "niet welkom", removed) does not stay away
    // itself: "a child fully at home reaches the limit in a few days" does not fit. The report is for unauthorised absence
    // (001:847); a suspension is the board's measure (002:2362) and how such days count is not in the sources (§X.7): say
    // so, and whom to ask. The kleuter text comes first (it has no such line and says leerplicht starts at 5).
    // Session 75 (s75-blind, s075-blind-kleuter-ziek-leerplicht): a child in groep 1 or 2 who cannot go (ill, anxious) got
    // the kleuter text only, without "absence through illness is in principle authorised", the jeugdarts and what follows a
    // report of suspected unauthorised sick absence (D03, D04; 001:841-845) for a child of 5. Now the ill-child text with the
    // kleuter's lines that leerplicht starts at 5 and the school stays responsible at 4 (D01; A03).
    texts: (f) =>
      f.oneOf('groep', 'groep-1-2') && f.oneOf('thuis-reden', 'kan-niet') ? 'ui:blind75.planStep.verzuimZiekKleuter'
      : f.oneOf('groep', 'groep-1-2') ? 'ui:s46.planStep.verzuimKleuter'
      : f.oneOf('thuis-reden', 'kan-niet') ? 'ui:s47.planStep.verzuimZiek'
      // Session 77 (s77-enrolled, 1): enrolled at a new school and gone from the old one (leftOldSchool): "Jouw kind is thuis
      // omdat de school dat besliste" spoke of the old school. From the enrolment the new school records her attendance and
      // reports (D02, D05; 001:835-847); whether she goes there yet only the parent knows. In July or August the summer text
      // (no lessons for anyone; before it, the kept-at-home text won in the summer too, and spoke of the old school).
      : leftOldSchool(f) ? (inSummerMonths(f.today) ? ABSENCE_SUMMER_TEXTS : ABSENCE_NEW_SCHOOL_TEXTS)
      : keptHomeBySchool(f) ? ABSENCE_KEPT_HOME_TEXTS
      // Session 67 (s67-summer, gap 2): the general text read in July or August (ABSENCE_SUMMER_TEXTS).
      : inSummerMonths(f.today) ? ABSENCE_SUMMER_TEXTS
      : undefined,
  },
  {
    // Session 19: a child enrolled nowhere. No school records its absence, so no report of 16 hours in 4 weeks comes
    // (001:847 is the enrolling school's duty). The leerplichtambtenaar watches children not enrolled at any school and
    // can draw up a proces-verbaal (000:1082-1091; "absolute verzuimers", 004:2904-2905). What else applies to such a
    // child is not in the sources (FACTS §X.16): say so, and whom to ask. leerplicht-inschakelen is "nu" here already.
    id: 'verzuim-niet-ingeschreven', group: 'binnenkort', section: 'leerplichtambtenaar', letters: ['bericht-leerplichtambtenaar'], contacts: ['leerplichtambtenaar', 'steunpunt'],
    applies: (f) => enrolledNowhere(f),
    params: () => ({ uren: String(TERMS.absenceHours) }),
    // Session 47 (s042-zoe-vier-nergens-na-verhuizing): a child not at school yet or in groep 1-2 may be 4: leerplicht
    // starts at 5 (D01; 000:3-5, 000:1214-1219), so the step says so beside the leerplichtambtenaar's proces-verbaal.
    // Session 59 (s59-enrolled, lawyer-s59-new D5): from the day of enrolment the step goes (enrolledNowhere reads atNoSchool)
    // and verzuim-melding says what the school now records. Admitted, but the day ahead or not known (admittedNotEnrolled):
    // still no school records her absence, but "show that you are looking for a school" is not so any more. Its own text:
    // she is admitted and not enrolled yet; tell the leerplichtambtenaar the admission and the day of enrolment (ask the
    // school for it); keep the school's letter; from that day the school keeps track (001:845-847).
    texts: (f) => {
      const young = f.oneOf('groep', 'nog-niet', 'groep-1-2');
      // Session 60 (s60-enrolled): the day not known: maybe enrolled already (ADMITTED_DAY_UNKNOWN_TEXTS).
      // Session 71 (s71-timeline): the same for a child de-registered after the conflict and admitted at a new school.
      const admitted = admittedNotEnrolled(f) || admittedElsewhereNotEnrolled(f);
      if (admitted && f.date('inschrijving-datum') === undefined) return young ? ADMITTED_DAY_UNKNOWN_YOUNG_TEXTS : ADMITTED_DAY_UNKNOWN_TEXTS;
      if (admitted) return young ? ADMITTED_NOT_ENROLLED_YOUNG_TEXTS : ADMITTED_NOT_ENROLLED_TEXTS;
      return young ? 'ui:s47.planStep.verzuimNietIngeschrevenJong' : undefined;
    },
  },
  {
    // D22/D23, F05 (001:719; 002:2763-2790): wherever parent and school are stuck; no term in the sources.
    id: 'onderwijsconsulenten', group: 'als-het-niet-lukt', section: 'onderwijsconsulenten', letters: ['aanmelding-onderwijsconsulenten'], contacts: ['onderwijsconsulenten'],
    groupFor: (f) => (f.is('isThuiszitter') ? 'binnenkort' : 'als-het-niet-lukt'),
    applies: stuck,
  },
  {
    id: 'thuisdatum-achterhalen', group: 'binnenkort', section: 'thuiszitten', contacts: ['school'],
    applies: (f) => f.is('isThuiszitter') && f.dateUnknown('thuis-sinds'),
  },
];

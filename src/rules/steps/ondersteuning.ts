import { addDays, addMonths, schoolYearStart } from '../calendar';
import type { StepRule } from './types';
import type { IsoDate } from '../dates';
import type { Facts } from '../facts';
import { HV_NOT_KNOWN_TEXTS, leftOldSchool, noSchoolYet, offerRefused, schoolYearEnd, tlvEnrolledOnly, answeredOppOfOldSchool, newSchoolOppOnly } from './predicates';

/** The board decided on a removal, on paper: the reply to "we cannot help your child" is past (session 45). */
const removalDecided = (f: Facts): readonly string[] => (f.is('removalOnPaper') ? ['reactie-handelingsverlegen'] : []);

/** Texts of opp-evaluatie when a whole school year went by without a talk about the OPP (session 45). */
export const OPP_YEAR_MISSED_TEXTS = 'ui:s45.planStep.oppJaarGemist';
/**
 * Texts of opp-evaluatie when the last talk was in this school year (session 63, s63-walk): that talk may have drawn the
 * OPP up, after which an evaluation in this same school year is due (002:882-884), or it was an evaluation, and the next is
 * due by the end of the next school year. The answer cannot tell the two apart. The step named the later day first and
 * the earlier one in a conditional after it ("uiterlijk op maandag 31 juli 2028 … uiterlijk op zaterdag 31 juli 2027");
 * now the earlier day comes first, with "not sure? keep to the first date". When the last talk was in an earlier school
 * year the two days are the same, and the step's own text names it once.
 */
// Session 77 (s77-oppnohelp): the text said "Dan hoort er in dit schooljaar nog een evaluatie bij" for an OPP drawn up in
// the last talk, while left73's texts said for a talk in June or July that the sources do not ask it. The sources say
// "daaropvolgend ... tenminste één keer per schooljaar" (002:882-884; 001:272, 509; 004:1342) and not whether the school
// year the OPP was drawn up in is one of them. Now the text says so, keeps this school year's last day first as the safe
// choice ("voor de zekerheid", "Houd dan de eerste datum aan") and names the school and the steunpunt. No day moves.
export const OPP_THIS_YEAR_TEXTS = 'ui:opp63.planStep.evaluatieDitSchooljaar';
/**
 * Session 65 (s65-opp): the texts of opp-instemmen and opp-evaluatie for the new school's OPP after a TLV, which the parent
 * said is made (newSchoolOppOnly). The questionnaire knows neither its date nor her consent: the consent step asks her to
 * check it (B08, B10, B17), the evaluation step names this school year's last day (B20, 002:882-884: the OPP was drawn up
 * after the enrolment, so at the latest in this school year, and the evaluation that follows falls in the same school year).
 */
export const OPP_NEW_SCHOOL_CONSENT_TEXTS = 'ui:opp65.planStep.instemmenNieuweSchool';
// Session 77 (s77-oppnohelp): the new school's OPP was drawn up in this school year or the one before; "In dit schooljaar
// hoort er een gesprek te zijn" was the same strict reading. Now: ask for a talk by this day to be safe, not certain for an
// OPP drawn up this school year. The day (ditSchooljaar) stays.
export const OPP_NEW_SCHOOL_EVALUATION_TEXTS = 'ui:opp65.planStep.evaluatieNieuweSchool';
/**
 * Texts of opp-evaluatie when the last talk was in the previous school year (session 65, s65-blind D2): if the OPP was drawn
 * up in that talk, its evaluation was due by the end of that school year (002:882-884), a day now passed; if the talk was an
 * evaluation, the next is due by the end of this school year. The answer cannot tell the two apart, so both are named.
 */
// Session 77 (s77-oppnohelp): no longer "Die dag is voorbij. De school is dan te laat." for an OPP perhaps drawn up in that
// talk (the same reading as OPP_THIS_YEAR_TEXTS, not in the sources); the passed day is named as not certain, with "ask
// for a talk now" and the steunpunt. A whole school year without any talk stays "te laat" (OPP_YEAR_MISSED_TEXTS).
export const OPP_PREVIOUS_YEAR_TEXTS = 'ui:blind65.planStep.oppEvaluatieVorigSchooljaar';
/**
 * Session 73 (s73-left, 1): the last talk in June or July (summerTalk). OPP_THIS_YEAR_TEXTS and OPP_PREVIOUS_YEAR_TEXTS read
 * B20 strictly for an OPP drawn up in that talk: "an evaluation still belonged in that school year, by 31 July ... the
 * school is late", for an OPP set on 5 July, 3-4 weeks later, mostly in the summer holiday. The sources say "at least once
 * per school year" (001:272, 509; 002:882-884 "daaropvolgend"; 004:1342), not that an OPP drawn up weeks before the holiday
 * must be evaluated before it. These texts say the sources do not ask that, that the next school year's talk counts (the
 * same day for both readings, so no second day is named), to ask for a talk early for a new OPP, and whom to ask in doubt.
 * No day of the step's own moves (it has no deadline; `uiterlijk` is unchanged); for a talk in June or July of this school
 * year the step no longer carries `ditSchooljaar`, so the notes that ask for a talk before 31 July (s63, spring71) stay off.
 */
export const OPP_SUMMER_TALK_TEXTS = 'ui:left73.planStep.oppZomerGesprek';
export const OPP_SUMMER_TALK_PREVIOUS_YEAR_TEXTS = 'ui:left73.planStep.oppZomerGesprekVorigJaar';
/** A talk in June or July: in the last weeks of its school year, before or in the summer holiday. */
const summerTalk = (d: IsoDate): boolean => d.slice(5, 7) === '06' || d.slice(5, 7) === '07';
/** The first day of the school year before the one `today` is in. */
const previousSchoolYearStart = (today: IsoDate) => schoolYearStart(addDays(schoolYearStart(today), -1));

/** The plan's steps for handelingsverlegen and the OPP (FACTS B, C). Texts: content/<lang>/steps.yaml, by the same ids. */
export const supportSteps: readonly StepRule[] = [
  {
    // C01–C03, FP04: ask for the reasons, the OPP, what was tried, in writing (the school only said it).
    id: 'handelingsverlegen-reageren', group: 'nu', section: 'handelingsverlegen', letters: ['reactie-handelingsverlegen'], contacts: ['school'],
    // Session 45 (s45-outputs): the reply letter says the board must hear the parent before it decides on a removal; beside
    // a removal decision on paper the board has decided, and the bezwaar letter is the one (C05, C09).
    dropLetters: removalDecided,
    // Session 76 (s76-enrolled): not once the child is enrolled at a new school and gone from the old one (leftOldSchool): its
    // "De school blijft verantwoordelijk tot je kind op een andere school is ingeschreven" is past (A23, C22).
    applies: (f) => f.is('isHandelingsverlegen') && !f.oneOf('hv-schriftelijk', 'ja') && !leftOldSchool(f),
    // Session 31: steps.yaml says the school gave its reasons only orally; that is what "nee" says. Left open (or any other
    // answer): the parent did not say so, and the text asks for the reasons on paper without claiming it.
    // Session 45 (s036-daan-verwijderd-nog-mondeling-genoemd): not beside a removal decision on paper either (logged after
    // the "nee"), which must give its reasons (002:818-840): "she only said it aloud" then contradicted the bezwaar step.
    texts: (f) => {
      const oral = f.oneOf('hv-schriftelijk', 'nee') && !f.is('removalOnPaper');
      return offerRefused('planStep', oral ? 'handelingsverlegenReageren' : 'handelingsverlegenOnbekend')(f) ?? (oral ? undefined : HV_NOT_KNOWN_TEXTS);
    },
  },
  {
    // C01–C03, C05, FP04, FP14: the school wrote it down: answer in writing with your own view.
    id: 'handelingsverlegen-brief-beantwoorden', group: 'nu', section: 'handelingsverlegen', letters: ['reactie-handelingsverlegen'], contacts: ['school'],
    // Session 46 (s039-jesse-bezwaar-en-gpo-lopen-thuis): not once the board decided on a removal on paper. The step says
    // the school must hear the parent before the board decides (C05, 002:768-772): it has decided, and the way on is the
    // bezwaar and the Geschillencommissie (C09, F09; 002:846-850, 001:731), which the plan's removal steps give.
    // Session 76 (s76-enrolled): nor once the child is enrolled at a new school and gone from the old one (leftOldSchool): the
    // old school can no longer remove her (A23, C22), so "De school moet jou horen voordat het bestuur over verwijdering
    // beslist" is past; the old school's OPP and the bezwaar steps say what still matters.
    applies: (f) => f.is('isHandelingsverlegen') && f.oneOf('hv-schriftelijk', 'ja') && !f.is('removalOnPaper') && !leftOldSchool(f),
  },
  {
    // B01/B02, FP05: every pupil who needs more than basisondersteuning has an OPP.
    // Session 56 (s56-noschool): not for a child enrolled at no school (neverEnrolled, e.g. with "tlv"): "Vraag de school per
    // e-mail of er een OPP is" names a school that has no pupil to make one for. Registered and admitted, opp-na-toelating
    // speaks (the OPP within 6 weeks of the admission).
    id: 'opp-vragen', group: 'nu', section: 'wanneer-opp', letters: ['verzoek-opp'], contacts: ['school'],
    // Session 63 (s63-tlv): not for a child at the new school after a granted TLV: opp-na-toelating asks that school for its OPP.
    applies: (f) => f.is('lacksOpp') && !f.is('neverEnrolled') && !tlvEnrolledOnly(f),
  },
  {
    // B08/B10: instemmingsrecht on the handelingsdeel; consent not asked means the handelingsdeel is not adopted.
    id: 'opp-instemmen', group: 'nu', section: 'wat-is-opp', letters: ['verzoek-opp'], contacts: ['school'],
    // Session 63 (s63-tlv): not the old school's OPP once the child is at the new school after a TLV (oppOfOldSchoolAfterTlv).
    // Session 65 (s65-opp): the new school's OPP after a TLV, made (newSchoolOppOnly): its own texts, "binnenkort" (the answers
    // do not say whether she agreed); the answers about the old school's OPP then set nothing here.
    // Session 66 (s66-opp): nor with opp-nieuwe-school "nee" or "weet ik niet" (answeredOppOfOldSchool): the OPP answered is the
    // old school's. No question asks whether she agreed to the new school's OPP: no deadline depends on it (B08, B10: without
    // her consent the handelingsdeel is not adopted and the school keeps talking; B11: help may start meanwhile). The parent
    // ticks this step once she agreed; "weet ik niet" reads opp-na-toelating's own text, which says to ask and to change the answer.
    applies: (f) =>
      newSchoolOppOnly(f) ||
      (f.is('hasOpp') && (f.answeredNot('opp-ingestemd', 'ja') || f.oneOf('opp-onenigheid', 'geen-instemming-gevraagd')) && !answeredOppOfOldSchool(f)),
    groupFor: (f) => (newSchoolOppOnly(f) ? 'binnenkort' : 'nu'),
    texts: (f) => (newSchoolOppOnly(f) ? OPP_NEW_SCHOOL_CONSENT_TEXTS : undefined),
  },
  {
    // B12-B14, B17: the school must consult openly but need not adopt your suggestions; your view goes into the OPP.
    id: 'opp-zienswijze', group: 'binnenkort', section: 'wat-is-opp', letters: ['verzoek-opp'], contacts: ['school'],
    // Session 65: not the old school's OPP once the parent said the new school made its own (newSchoolOppOnly).
    // Session 66: not the old school's OPP after the move, whatever she answered to opp-nieuwe-school (answeredOppOfOldSchool).
    applies: (f) => f.is('hasOpp') && f.oneOf('opp-onenigheid', 'niet-overgenomen') && !answeredOppOfOldSchool(f),
  },
  {
    // B20: evaluated with the parents at least once per SCHOOL YEAR (1 August – 31 July): the law's wording in 002:882-884
    // ("tenminste één keer per schooljaar"), 004:1342 and 001:272/476 (the inspectie's standard). 001:321/356/509 and the
    // brochure (000:152, 572) say "per jaar" loosely; the rule is per school year, not 12 months after the last talk.
    id: 'opp-evaluatie', group: 'binnenkort', section: 'wanneer-opp', letters: ['verzoek-opp'], contacts: ['school'],
    // "Nu" when the last talk is more than 12 months ago. That is advice, not the rule: the last talk may have been the one
    // where the OPP was drawn up, after which ("daaropvolgend", 002:882-884) an evaluation in that same school year was
    // due, and the answer cannot tell the two apart. It also covers every case where a whole school year went by without
    // a talk (then the school is late). The text states the rule as per school year and the 12 months as advice.
    groupFor: (f) => (!newSchoolOppOnly(f) && addMonths(f.date('opp-besproken')!, 12) < f.today ? 'nu' : 'binnenkort'),
    // Session 63 (s63-tlv): not the old school's OPP, talked about before the child's enrolment at the new school after a TLV:
    // its yearly evaluation is no duty of a school she left (A23, C22); the new school's OPP is opp-na-toelating's.
    // Session 65 (s65-opp): the new school's OPP after a TLV, made (newSchoolOppOnly): its own texts and this school year's
    // last day, whatever the answers say of the old school's OPP.
    // Session 66: answeredOppOfOldSchool (also "nee", "weet ik niet"); a known talk day before the enrolment is in it too.
    applies: (f) => newSchoolOppOnly(f) || (f.is('hasOpp') && f.date('opp-besproken') !== undefined && !answeredOppOfOldSchool(f)),
    // Session 45 (s035-opp-schooljaar-overgeslagen): the last talk was before the previous school year began, so that whole
    // school year went by without one: the school is late, and the text names that school year's last day (gemist). Before,
    // it named only this school year's last day, twice, and left the parent to work out that a year was missed.
    texts: (f) => {
      if (newSchoolOppOnly(f)) return OPP_NEW_SCHOOL_EVALUATION_TEXTS;
      const last = f.date('opp-besproken')!;
      // Session 65 (s65-blind D2): the last talk in the previous school year. The step named only the next school year's
      // day, a year on, while up to 31 July the plan had named that day for an evaluation after an OPP drawn up in the last
      // talk (OPP_THIS_YEAR_TEXTS); from 1 August that passed day went without a word. Now it is named, as passed.
      // Session 73: the last talk in June or July (summerTalk): the next school year's talk counts.
      return last < previousSchoolYearStart(f.today)
        ? OPP_YEAR_MISSED_TEXTS
        : last >= schoolYearStart(f.today)
          ? (summerTalk(last) ? OPP_SUMMER_TALK_TEXTS : OPP_THIS_YEAR_TEXTS)
          : (summerTalk(last) ? OPP_SUMMER_TALK_PREVIOUS_YEAR_TEXTS : OPP_PREVIOUS_YEAR_TEXTS);
    },
    params: (f) => {
      // Session 65: the new school's OPP, drawn up after the enrolment: its evaluation by this school year's last day.
      if (newSchoolOppOnly(f)) return { uiterlijk: schoolYearEnd(f.today), ditSchooljaar: schoolYearEnd(f.today) };
      const last = f.date('opp-besproken')!;
      // Discussed in this school year: the next one is due by the end of the next school year; otherwise by the end of this one.
      const inThisYear = last >= schoolYearStart(f.today);
      const end = schoolYearEnd(f.today);
      // Session 20: the last talk in this school year may have been the one where the OPP was drawn up; the evaluation
      // that follows ("daaropvolgend ... per schooljaar", 002:882-884) then still falls in this school year. The answer
      // cannot tell the two apart, so the text also gives this school year's last day (ditSchooljaar) for that case.
      const params = { uiterlijk: inThisYear ? schoolYearEnd(addDays(end, 1)) : end, ditSchooljaar: end };
      // A whole school year missed (OPP_YEAR_MISSED_TEXTS): the last talk and the day the missed school year ended.
      if (last < previousSchoolYearStart(f.today)) return { ...params, besproken: last, gemist: addDays(schoolYearStart(f.today), -1) };
      // Session 73 (OPP_SUMMER_TALK_TEXTS): a talk in June or July of this school year asks nothing of the days up to 31 July,
      // so no ditSchooljaar (its notes stay off); of the previous school year, no passed day (vorigSchooljaar) is named.
      if (summerTalk(last)) return inThisYear ? ({ uiterlijk: params.uiterlijk, besproken: last } as Record<string, string>) : { ...params, besproken: last };
      // The last talk in the previous school year (OPP_PREVIOUS_YEAR_TEXTS): that talk and the day that school year ended.
      return inThisYear ? params : { ...params, besproken: last, vorigSchooljaar: addDays(schoolYearStart(f.today), -1) };
    },
  },
  {
    id: 'opp-datum-achterhalen', group: 'binnenkort', section: 'wanneer-opp', contacts: ['school'],
    // Session 65: not the old school's OPP once the parent said the new school made its own (newSchoolOppOnly).
    // Session 66 (s66-opp): nor with "nee" or "weet ik niet" (answeredOppOfOldSchool): the day of a talk at a school she left
    // sets no date in the plan any more (the new school's OPP has its own step).
    applies: (f) => f.is('hasOpp') && f.dateUnknown('opp-besproken') && !answeredOppOfOldSchool(f),
  },
  {
    // F02, §X.12: the SWV and its steunpunt; the school stays responsible.
    id: 'swv-betrekken', group: 'binnenkort', section: 'wat-is-samenwerkingsverband', contacts: ['school', 'samenwerkingsverband'],
    // Session 56 (s56-noschool): not for a child enrolled at no school and registered nowhere (noSchoolYet): it said "Vraag
    // de school of ze het samenwerkingsverband al heeft ingeschakeld" and "De school blijft wel verantwoordelijk voor je
    // kind": there is no such school, and a parent could wait for it. steunpunt-bellen and nergens-ingeschreven stay.
    // Session 63 (s63-tlv): nor at the new school after a granted TLV (tlvEnrolledOnly): the samenwerkingsverband granted it.
    applies: (f) => f.is('hasSchoolConflict') && f.answeredNot('swv-betrokken', 'ja') && !noSchoolYet(f) && !tlvEnrolledOnly(f),
    texts: offerRefused('planStep', 'swvBetrekken'),
  },
  {
    // C02, FP13: current research by the school itself.
    id: 'onderzoek-vragen', group: 'binnenkort', section: 'hulp-bepalen', contacts: ['school'],
    // Session 56 (s56-noschool): not while no school has the child or her registration (noSchoolYet): "Vraag de school per
    // e-mail om actueel onderzoek" has no addressee. Registered, the school investigates the need (A07): the step stays.
    applies: (f) => f.is('reliesOnResearch') && f.oneOf('onderzoek', 'oud', 'ander', 'geen', 'weet-niet') && !noSchoolYet(f),
  },
];

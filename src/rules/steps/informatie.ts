import { deadline, TERMS } from '../deadlines';
import { daysBetween } from '../calendar';
import type { StepRule } from './types';
import { when, meetingHasBeen, neverEnrolledTexts, atNoSchool, admittedNotEnrolled, enrolledAfterNoSchool, offerTurnedDown } from './predicates';
import { openFilingTerms } from './warnings';
import { inSummerMonths } from './thuiszitten';
import type { Facts } from '../facts';

/**
 * Session 45 (s035-gesprek-datum-onbekend-bezwaar-loopt): a meeting is coming, its day not known yet, while one of the
 * parent's filing terms runs (a bezwaar, the Geschillencommissie). The warning termijn-voor-gesprek compares the two days
 * and needs the meeting's; without it nothing said the term does not wait for the talk (FP-P4, 002:748-750, 846-850).
 * The preparing step then says so.
 */
export const MEETING_DAY_UNKNOWN_TEXTS = 'ui:s45.planStep.gesprekDatumOnbekend';
/** A meeting ahead whose day the parent does not know, while a filing term of hers runs (also the gesprekskaart's line). */
export const filingRunsMeetingDayUnknown = (f: Facts): boolean =>
  f.is('hasMeetingPlanned') && f.dateUnknown('gesprek-datum') && openFilingTerms(f).length > 0;

/**
 * Session 52 (lawyer-s51-answers D5): H13 (001:614: the talk about the move to secondary school starts in groep 6 or 7, its
 * agreements go into the OPP). The answer "groep-3-6" joins groep 6 with 3-5; its option ids are stored on devices and in
 * shared links, so they stay. For a child with an OPP, or whose school says it cannot help enough, or with a TLV question,
 * the overstap step then stands under "goed om te weten" with its own short text: "in groep 6? talk now, agreements in the OPP".
 */
export const OVERSTAP_GROEP_6_TEXTS = 'ui:s52.planStep.overstapGroep6';
/**
 * Session 56 (lawyer-s56-fresh D1): a child enrolled at no school yet (neverEnrolled: after a move, on arrival in the
 * Netherlands) of groep 7/8 age. The general text says the basisschool stays responsible until the VO school enrols the
 * child and that the OKR and the OPP go along (H13, G14): there is no basisschool, and the plan's first step
 * (nergens-ingeschreven) says no school has the child. Its own text: register at a school first, in writing; the school
 * decides in 6 weeks, 10 when extended (A01, A04/A05); a VO school may also refuse on the general VO requirements (A17);
 * whether a basisschool or a VO school is not in the sources: ask the leerplichtambtenaar or the steunpunt.
 */
export const OVERSTAP_NERGENS_TEXTS = 'ui:s56.planStep.overstapNergens';
/**
 * Session 65 (s65-edges, gap 4): groep 7/8 with a registration in writing answered (registeredInWriting). The general text told
 * groep 8 to "meld je kind dit schooljaar schriftelijk aan bij een middelbare school" to a parent who had just done so. The
 * questionnaire does not say which kind of school it was: the text says that a registration at a middelbare school need not
 * be made again, that school decides within 6 weeks of receipt, 10 when extended (A04, A05), its zorgplicht unless the VO
 * requirements are not met (A17), wait for its decision on paper, a refusal can be objected to within 6 weeks (A21), the
 * basisschool stays responsible until enrolment (C22); and only if the registration was at another basisschool, to register
 * at a middelbare school too. The rest as the general text (H13-H16, G14, G16). Not for a child enrolled at no school before
 * and enrolled since (enrolledAfterNoSchool: the registration was at the school she is at now; session 59's general text).
 */
export const OVERSTAP_REGISTERED_TEXTS = 'ui:edges65.planStep.overstapAangemeld';
/**
 * Session 68 (s68-return, R1): groep 7/8 read in July or August (inSummerMonths). The answer joins groep 7 and 8, and in the
 * summer holiday it may mean "just finished groep 8" as well as "goes into groep 8": the general text said "Groep 7: praat
 * nu" and "meld je kind dit schooljaar schriftelijk aan" to a parent whose child starts at a middelbare school in a few
 * weeks. Its own text speaks to both: just finished groep 8 (ask the VO school from which day the child is enrolled; the VO
 * school assesses itself, H14; the OKR and the OPP go along, inzage first, G14/H13; the basisschool stays responsible until
 * enrolment, C22; not admitted yet: a registration in writing need not be made again, otherwise register now, 6 weeks, 10
 * when extended, A04/A05, a VO school may refuse on its general requirements, A17; the steunpunt) and going into groep 8
 * (talk at the start of the school year, agreements in the OPP, H13; register in groep 8 in writing; a TLV for pro/vso,
 * E01). No date for the schooladvies, the registration or the first school day is in the sources: ask the school. Before
 * a registered (edges65) text; after the no-school one (session 56: no basisschool to prepare the move with).
 */
export const OVERSTAP_SUMMER_TEXTS = 'ui:return68.planStep.overstapZomer';
/**
 * Session 69 (s69-left, 3): the summer text says "Tot je kind op een middelbare school is ingeschreven, blijft de
 * basisschool verantwoordelijk" with no condition. That holds while the child is enrolled there (C22), and also for a child
 * the school de-registered with no new school (FP09, FP18: the school keeps its zorgplicht until enrolment elsewhere), so
 * it stays; not, maybe, after an offer of a suitable place was turned down (A22, FP-P1; 002:734-740). With an offer turned
 * down (offerTurnedDown) its own text adds p1s38's short caveat after that sentence, which names the warning
 * aanbod-geweigerd (shown with it).
 */
export const OVERSTAP_SUMMER_OFFER_TEXTS = 'ui:left69.planStep.overstapZomerAanbod';
/**
 * Session 78 (s78-left, 3): the overstap step goes to "Nu doen" (its groupFor, below). Pure.
 * Session 83 (s83-blind): in January to June for every groep 7/8 child with a support situation, not only while the school
 * wants the child gone. 004:3419-3421 (H18): a transfer after the summer holiday usually needs three to six months of
 * preparation with the child, the parents and the new school, so for the summer holiday (mid-July) the six months begin in
 * mid-January; a middelbare school then takes 6 weeks to decide, 10 when extended (A04, A05), and one that cannot help must
 * first find another school (A10, A11). Before, a groep 8 child not yet registered read "Meld je kind dit schooljaar
 * schriftelijk aan" under "Binnenkort" in January to March. The answer joins groep 7
 * and 8: for groep 7 the same step says to talk with the school now (H13: groep 6 or 7), which is also due. Not once the
 * child is registered in writing (besluit-aanmelding is then the step) or has no school (its own text).
 */
export const overstapNow = (f: Facts): boolean => {
  const month = Number(f.today.slice(5, 7));
  return f.oneOf('groep', 'groep-7-8') && month >= 1 && month <= 6 && !atNoSchool(f) && !f.is('registeredInWriting');
};
/**
 * Session 56 (s56-noschool, lawyer-s56-fresh D5): "Zorg dat school en hulpverlener samenwerken" (jeugdhulp-afstemmen) for a
 * child enrolled at no school (neverEnrolled) spoke of "the school" and of agreements in the OPP she cannot have. Its own
 * text: tell the school you register at what help the child gets and needs (A07, A09; 001:121-124, 004:4845-4849); consent
 * per purpose and per care worker, the meldcode the only exception (G08, G11; 001:866-869, 004:1716-1727); care during
 * school hours: say so at the registration (H05, 001:819-821). No OPP, no "beginning of the school year".
 */
export const JEUGDHULP_NERGENS_TEXTS = 'ui:s56.planStep.jeugdhulpNergens';
/**
 * Session 57 (s57-noschool): steunpunt-bellen for a child enrolled at no school (neverEnrolled). The general text said "Het
 * hoort bij het samenwerkingsverband van de school" and "Vraag de school ... of kijk in de schoolgids" before its sentence for
 * a child at no school: a parent without a school read first to look in a schoolgids she does not have. Its own text names
 * only the way that fits her (the school she wants to register at, or the region she lives in: F01/F02/F04), as the first
 * screen does (plan.noSchool, ui:s56.findSwvNoSchool).
 */
export const STEUNPUNT_NERGENS_TEXTS = 'ui:s57.planStep.steunpuntNergens';
/**
 * Session 60 (s60-enrolled): steunpunt-bellen for a child enrolled nowhere and admitted, not known to be enrolled by today
 * (admittedNotEnrolled). STEUNPUNT_NERGENS_TEXTS said "Vraag de school waar je je kind wilt aanmelden": she is admitted.
 * Its own text: ask the school that admitted her, or look in its schoolgids (F01/F02/F04). From the day of enrolment the
 * general text (her school).
 */
export const STEUNPUNT_ADMITTED_TEXTS = 'ui:enrolled60.planStep.steunpuntToegelaten';
// Session 56 (s56-noschool): not for a child enrolled at no school (neverEnrolled): "praat dit schooljaar al met de school
// ... de afspraken komen in het OPP" names a school and an OPP she does not have (groep 7/8: OVERSTAP_NERGENS_TEXTS).
const mayBeGroep6WithSupport = (f: Facts): boolean =>
  f.oneOf('groep', 'groep-3-6') && (f.is('hasOpp') || f.is('isHandelingsverlegen') || f.is('isTlv')) && !f.is('neverEnrolled');

/** The plan's steps for information, jeugdhulp, secondary school and meetings with the school (FACTS G, H). Texts: content/<lang>/steps.yaml, by the same ids. */
export const informationSteps: readonly StepRule[] = [
  {
    // G01/G05: inzage and a copy; no date until the request is sent.
    // Session 57 (s57-noschool): not for a child enrolled at no school (neverEnrolled, asked about the dossier because of a
    // TLV question): G01/G04 are about the pupil dossier a school keeps of its pupil; no school has had her as a pupil, so
    // "Vraag de school per e-mail om een kopie" sent her to a school without one. A request she made and answered still has
    // its month (dossier-herinneren, dossierRequestedAny).
    id: 'dossier-opvragen', group: 'binnenkort', section: 'informatie-vragen', letters: ['inzage-dossier', 'correctie-dossier'], contacts: ['school'],
    applies: (f) => f.is('dossierNotSeen') && f.answeredNot('dossier-gevraagd', 'ja') && !f.is('neverEnrolled'),
  },
  {
    // G01/G05: the one-month answer term is from the AVG, not from the sources (certain: false), from the request's date.
    // Session 25: in any situation (dossierRequestedAny): a request logged by a parent who chose only "aanmelden" had no step.
    // Session 45 (s45-outputs): no letter. "Vraag om inzage" is a new request; sent and logged, it started the month again.
    // Session 80 (s80-blind): its text now says that both parents with gezag may see the dossier, also after a divorce
    // (G03, 001:754): a parent the school sends away with "only the other parent" read no answer once the request was sent.
    id: 'dossier-herinneren', uncertain: true, group: 'binnenkort', lateGroup: 'nu', section: 'informatie-vragen', contacts: ['school'],
    applies: (f) => f.is('dossierRequestedAny'),
    deadline: (f) => when(f.date('dossier-gevraagd-datum'), (s) => deadline(s, 'verzoek-verstuurd', TERMS.dossierAnswerMonths, 'months', f.today)),
  },
  {
    // Session 78 (s78-dossier, 1): G05 (001:762; 000:780-785): a parent who has seen the dossier can ask the school to correct
    // or supplement it. The letter correctie-dossier was offered only beside "Vraag het dossier op" (dossier-opvragen), that
    // is to a parent who had not seen it: the parent who had, the one who can find a mistake in it, had no line and no letter.
    // Under "goed om te weten": no date of its own (the school's month is from the AVG, not from the sources: the text says
    // so), so it never stands above a dated action. Not for a child enrolled at no school (as dossier-opvragen).
    id: 'dossier-verbeteren', group: 'goed-om-te-weten', section: 'informatie-vragen', letters: ['correctie-dossier'], contacts: ['school'],
    applies: (f) => f.is('hasSituation') && f.oneOf('dossier-gezien', 'ja') && !f.is('neverEnrolled'),
  },
  {
    // A meeting ahead, today, or on a day the parent does not know yet: prepare it. Its text also says what to do
    // after it (agreements on paper, F01), because afspraken-bevestigen gives way to this step (order.ts).
    id: 'gesprek-voorbereiden', group: 'nu', section: 'gesprek-voorbereiden', letters: ['bevestiging-afspraken'], contacts: ['school'],
    applies: (f) => f.is('hasMeetingPlanned') && !meetingHasBeen(f),
    texts: (f) => (filingRunsMeetingDayUnknown(f) ? MEETING_DAY_UNKNOWN_TEXTS : undefined),
    moment: (f) => {
      const d = f.date('gesprek-datum');
      if (!d) return undefined;
      const days = daysBetween(f.today, d);
      // Session 64 (s64-blind D1): a meeting tomorrow says "morgen" (it named only the date, so a parent reading on the
      // evening before had to work out that it was the next day; the first screen shows this line).
      if (days === 1) return { what: 'gesprek-morgen', date: d };
      return days > 0 ? { what: 'gesprek', date: d } : days === 0 ? { what: 'gesprek-vandaag', date: d } : undefined;
    },
  },
  {
    // The meeting day the parent gave lies before today (session 19): the meeting has been, or was moved. Preparing it
    // is no longer the step; recording what was agreed is: on paper, with the school's verslag (F01; FP02, FP14).
    // The meeting card's "after" form (#/gesprek/afspraken) records it in the timeline. Not a legal term: no deadline.
    id: 'gesprek-vastleggen', group: 'nu', section: 'afspraken-vastleggen', letters: ['bevestiging-afspraken'], contacts: ['school'],
    applies: (f) => f.is('hasMeetingPlanned') && meetingHasBeen(f),
    params: (f) => ({ gesprek: f.date('gesprek-datum')! }),
  },
  {
    id: 'jeugdhulp-aanvragen', group: 'binnenkort', section: 'jeugdhulp-op-school', contacts: ['gemeente'],
    applies: (f) => f.is('hasSituation') && f.oneOf('jeugdhulp', 'nodig', 'weet-niet'),
  },
  {
    id: 'jeugdhulp-afstemmen', group: 'goed-om-te-weten', section: 'jeugdhulp-op-school', contacts: ['school'],
    applies: (f) => f.is('hasSituation') && f.oneOf('jeugdhulp', 'krijgt'),
    texts: neverEnrolledTexts(JEUGDHULP_NERGENS_TEXTS),
  },
  {
    // H13 (001:614-618): talk in groep 6 or 7, agreements in the OPP; the OKR and OPP go along. The answer joins groep 7
    // and 8, so the text says what each needs: groep 8 registers at a VO school in writing (A01/A03/A04/A05, chapter 9).
    // The sources give no date for the schooladvies or the VO registration: the text says so and whom to ask.
    // Session 52 (D6): groep 8 also reads that the school must discuss it with the parent before the doorstroomtoets if it
    // wants the child not to take it (H16, 001:656-663). D5: groep 3-6 with support, mayBeGroep6WithSupport.
    id: 'overstap-voorbereiden', group: 'binnenkort', section: 'overstap-voorbereiden', contacts: ['school'],
    // Session 78 (s78-left, 3): "Nu doen" for groep 7/8 in January to June while the school wants the child gone (a removal
    // decided or coming, maybe with a bezwaar and the Geschillencommissie running). For groep 8 that is the last half of the
    // last school year at the basisschool: a registration in writing at a middelbare school starts that school's zorgplicht
    // (A01, A03) and its decision takes 6 weeks, 10 when extended (A04, A05), so a registration in May may be decided only
    // in the summer holiday; the removal may not be final before another school admits the child (C04), and the basisschool
    // stays responsible until she is enrolled there (C22). The bezwaar's decision and the Geschillencommissie's advice have
    // no term the parent must meet (F09, F13: not in the sources). Before, the first screen's two actions were "Vraag wat de
    // school aan hulp biedt" and "Zorg dat het OPP besproken wordt" (catalogue order), the overstap fifth. Not with its
    // own texts (no school, the summer, registered in writing already): those say what to do. No date moves.
    // Session 83 (s83-blind): "Nu doen" in January to June for every groep 7/8 child, not only while the school wants the
    // child gone (overstapNow: H18, 004:3419-3421, three to six months before a transfer after the summer holiday).
    groupFor: (f) => (mayBeGroep6WithSupport(f) ? 'goed-om-te-weten' : overstapNow(f) ? 'nu' : 'binnenkort'),
    applies: (f) => f.is('hasSituation') && (f.oneOf('groep', 'groep-7-8') || mayBeGroep6WithSupport(f)),
    // Session 59 (s59-enrolled): until the day of enrolment (atNoSchool); from it the general text (her school prepares the move).
    texts: (f) =>
      atNoSchool(f) && f.oneOf('groep', 'groep-7-8') ? OVERSTAP_NERGENS_TEXTS
      : f.oneOf('groep', 'groep-7-8') && inSummerMonths(f.today) ? (offerTurnedDown(f) ? OVERSTAP_SUMMER_OFFER_TEXTS : OVERSTAP_SUMMER_TEXTS)
      : f.oneOf('groep', 'groep-7-8') && f.is('registeredInWriting') && !enrolledAfterNoSchool(f) ? OVERSTAP_REGISTERED_TEXTS
      : mayBeGroep6WithSupport(f) ? OVERSTAP_GROEP_6_TEXTS
      : undefined,
  },
  {
    // Session 78 (s78-dossier, 2): groep 7/8, what comes later at the VO school and helps to know now. E26 (001:983-991): the
    // national PrO criteria (in most cases IQ 55-80 and at least 3 years of delay in 2 of 4 domains, one being begrijpend
    // lezen or inzichtelijk rekenen), the maatwerkregeling, the PrO school's zorgplicht without a TLV. H19/H20 (004:4331,
    // 4440-4443, 4490-4506, 4658-4665): exam accommodations need an expert statement (psycholoog, orthopedagoog, neuroloog,
    // psychiater), up to 30 minutes extra per central-exam test; in the lower years a statement describing the limitation
    // is enough, no classification (for dyslexia often a label); an earlier statement can do. 004 itself calls the rules
    // inconsistent: the text says so and whom to ask. No date: under "goed om te weten", no contact (the VO school and the
    // VO samenwerkingsverband are not the contacts the plan knows).
    id: 'overstap-later', group: 'goed-om-te-weten', section: 'praktijkonderwijs-lwoo',
    applies: (f) => f.is('hasSituation') && f.oneOf('groep', 'groep-7-8'),
  },
  {
    // F01/F02/F04: always, the ouder- en jeugdsteunpunt of the samenwerkingsverband.
    id: 'steunpunt-bellen', group: 'binnenkort', section: 'steunpunt-vinden', contacts: ['steunpunt'],
    applies: (f) => f.is('hasSituation'),
    texts: (f) => (admittedNotEnrolled(f) ? STEUNPUNT_ADMITTED_TEXTS : neverEnrolledTexts(STEUNPUNT_NERGENS_TEXTS)(f)),
  },
  {
    // Session 69 (s69-readback, 1): "Met wie" names the school: the parent e-mails it what was agreed and asks it to reply
    // (F01), as gesprek-vastleggen and gesprek-voorbereiden with the same letter do. backAtSchoolSteps builds its step from here.
    id: 'afspraken-bevestigen', group: 'goed-om-te-weten', section: 'afspraken-vastleggen', letters: ['bevestiging-afspraken'], contacts: ['school'],
    applies: (f) => f.is('hasSituation'),
  },
];

import { deadline, TERMS } from '../deadlines';
import type { StepRule } from './types';
import { offerTurnedDown, offerRefused, offerRefusedTexts, when, objectionToMake, neverEnrolledTexts, enrolledAtNewSchool, tlvEnrolledOnly, objectionMade, TLV_OBJECT_NOW_TEXTS } from './predicates';
import type { Facts } from '../facts';
import { addMonths, daysBetween } from '../calendar';

/** The parent registered in writing on or after the day of the granted TLV: at the new school (tlv-inschrijven). */
const registeredAfterTlv = (f: Facts): boolean => {
  const registered = f.date('aanmelding-datum');
  const granted = f.date('tlv-besluit-datum');
  return f.is('registeredInWriting') && registered !== undefined && granted !== undefined && registered >= granted;
};
export const TLV_REGISTERED_TEXTS = 'ui:s46.planStep.tlvAangemeld';
/** Session 70 (s70-left): its version after an offer was turned down (FP-P1, A22), through the shared offerRefusedTexts. */
const tlvRegisteredOffer = offerRefusedTexts(`${TLV_REGISTERED_TEXTS}Aanbod`);
/**
 * Session 57 (s57-noschool): a child enrolled at no school (neverEnrolled) whose parent does not know how far the TLV is.
 * The general text ("Je weet niet of de school al een TLV heeft aangevraagd. Vraag het de school") names a school she
 * does not have. Its own text: a school applies, not the parent (E02); ask the school she registered at in writing, if
 * any; which school applies for a child at no school is not in the sources, so ask the samenwerkingsverband too.
 */
export const TLV_STAND_NERGENS_TEXTS = 'ui:s57.planStep.tlvStandNergens';
/**
 * Session 57 (s57-noschool): tlv-aanvraag-inzien for her said "De school moet je vertellen dat ze het OPP ... stuurt" and
 * "Vraag ... om een kopie van de aanvraag en het OPP": an OPP no school where she had lessons made (tlv-zonder-opp). Its
 * own text: ask the applying school for the application and all it sends along; if an OPP goes along, the school tells
 * her first and needs no consent (E07, G13).
 */
export const TLV_AANVRAAG_NERGENS_TEXTS = 'ui:s57.planStep.tlvAanvraagNergens';
/** Texts of tlv-school-zoeken for an sbo TLV, valid only within its samenwerkingsverband (session 65, s65-blind D1). */
/** cluster-1-2 in the TLV route: an SO TLV or one of an unknown kind, the child not yet at the new school (session 63). */
const clusterInTlv = (f: Facts): boolean => f.is('isTlv') && f.oneOf('tlv-soort', 'so', 'weet-niet') && !tlvEnrolledOnly(f);
/**
 * s66-blind D2: registering a child that needs extra support (A34-A36; 001:134, 001:212, 001:945-958). A school for cluster 1
 * or 2 (Visio; Auris, Kentalis, VierTaal, Vitus Zuid) is outside the samenwerkingsverband, needs no TLV, its commissie van
 * onderzoek decides, and it has no zorgplicht but a best effort within 8 weeks. The registration steps said only "the school
 * has the zorgplicht" and "6 weeks": no plan text in the registration route named these schools. Whether the 6(+4) weeks of
 * A04/A05 bind them is not in the sources: the text says so. Not once the child is admitted (nothing to decide any more), nor
 * when the parent said the child needs no extra support. The questionnaire does not ask the kind of school: "good to know".
 */
const clusterAtRegistration = (f: Facts): boolean => f.is('isAanmelden') && !f.is('supportNeedNotTold') && !f.is('wasAdmitted');
/** Session 68 (s68-leftovers, 3): vervoer-aanvragen while no school is known (transportSchoolUnknown). */
export const TRANSPORT_SCHOOL_UNKNOWN_TEXTS = 'ui:left68.planStep.vervoerSchoolOnbekend';
/**
 * Session 68 (s68-leftovers, 3): a TLV route with no school known to drive to: not a registration, and the TLV not granted
 * (not asked for yet, asked for, or its decision not known) or granted with no place yet (tlv-plek "zoeken" or "weet-niet").
 */
export const transportSchoolUnknown = (f: Facts): boolean =>
  !f.is('isAanmelden') && !(f.is('tlvGranted') && f.oneOf('tlv-plek', 'plek', 'ingeschreven', 'wachtlijst'));
/**
 * Session 71 (s71-left, 4): "Heeft je kind vervoer nodig?" answered "weet ik niet", or not answered at all (an asked choice
 * left open counts as "weet ik niet", facts.ts resolvedAnswers). Before, a registration at an ordinary school with the
 * question skipped got "Vraag de gemeente naar leerlingenvervoer" though nothing pointed at a need. The sources tie
 * leerlingenvervoer to a place at an sbo or so school (H10, 001:924): the step stays when the parent chose "weet ik niet"
 * herself, in the TLV route, and for a registration of a child who needs extra support (a cluster 1 or 2 school, A34-A36);
 * with the question skipped on an ordinary registration it goes.
 */
const transportMayBeNeeded = (f: Facts): boolean => f.stored('vervoer') === 'weet-niet' || f.is('isTlv') || clusterAtRegistration(f);
/**
 * Session 73 (s73-first, 3; 058-timeline-s72.yaml s072-weigering-dubbel-bezwaar-eind): the school the child was registered at
 * refused it (on paper or only by phone), no school admitted it, and this is no TLV route. Leerlingenvervoer is asked from
 * the gemeente after the admission (H10, 001:924): there is no school to travel to yet. "Vraag de gemeente naar
 * leerlingenvervoer" stood second on the first screen, above "Wacht op het besluit over je bezwaar" and the Geschillencommissie's
 * hearing ("Binnenkort", in catalogue order). It goes to "Goed om te weten": below every step about the refusal.
 */
export const refusedNoSchool = (f: Facts): boolean => f.is('wasRefused') && !f.is('refusedThenAdmittedElsewhere') && !f.is('isTlv');
export const CLUSTER_AT_REGISTRATION_TEXTS = 'ui:blind66.planStep.cluster12Aanmelden';

export const TLV_SCHOOL_ZOEKEN_SBO_TEXTS = 'ui:blind65.planStep.tlvSchoolZoekenSbo';
/** Session 68 (s68-leftovers, 4): tlv-school-zoeken while the parent disagrees with the granted TLV. */
export const TLV_SCHOOL_ZOEKEN_OBJECTION_TEXTS = 'ui:left68.planStep.tlvSchoolZoekenBezwaar';
/**
 * Session 70 (s70-winter, s070-tlv-vso-groep8-vervoer): tlv-school-zoeken for an so TLV or one of unknown kind had only the
 * catalogue text ("Vraag de school en het samenwerkingsverband om mee te zoeken ... les blijven geven"): it never said that
 * the parents register the child at the school they find themselves (E15, 001:924; in writing, A01, A03: the new school's
 * zorgplicht and its 6 weeks start there). The sbo and the objection texts said so. Its own text says it; for groep 7/8 it
 * adds that whether this TLV also counts for vso after groep 8 is in no source (E01, H13): ask the samenwerkingsverband.
 */
export const TLV_SCHOOL_ZOEKEN_SO_TEXTS = 'ui:winter70.planStep.tlvSchoolZoekenSo';
export const TLV_SCHOOL_ZOEKEN_SO_GROEP_8_TEXTS = 'ui:winter70.planStep.tlvSchoolZoekenSoGroep8';

/**
 * Session 68 (s68-blind D1): a granted TLV whose decision date the parent knows. A temporary TLV holds at least 1 year (E13,
 * 002:2143-2146); counted from the decision that is its earliest end, the safe side (the SWV sets the real period, E12,
 * 001:937: look in the decision). tlv-geldigheid said only "Hoor je niets, en loopt de TLV bijna af? Vraag het dan na" under
 * "Goed om te weten", also eight days before a temporary TLV could end, and never that a refusal of a new TLV is a decision
 * about the TLV, open to bezwaar at the SWV (E16, 001:939-941). Its own texts name both days; from three months before the
 * earliest end on, the step stands under "Binnenkort".
 */
export const TLV_GELDIGHEID_EINDE_TEXTS = 'ui:blind68.planStep.tlvGeldigheidEinde';
/**
 * Session 72 (s72-autumn D1): the earliest end has passed (a TLV of 1 July 2025 read on 6 September 2027). The blind68 texts
 * said "dan loopt hij tot woensdag 1 juli 2026 of later" and "loopt de TLV bijna af? Vraag het dan na", as if that day were
 * still to come: that day is past, the TLV may have ended; look now, ask the SWV now; what follows a TLV that ran out
 * without a new decision is in no source (E12, E13, 001:937, 002:2143-2150), so ask the SWV or the steunpunt.
 */
export const TLV_GELDIGHEID_VOORBIJ_TEXTS = 'ui:autumn72.planStep.tlvGeldigheidVoorbij';
const TLV_END_SOON_DAYS = 92;
/**
 * tlv-geldigheid's decision date and earliest end (its params), or undefined without a known decision date. Session 69
 * (s69-readback, 3): its group, texts, contacts and params all read it. Session 70 (s70-readback, 3): a plain function
 * again; s69's cache per Facts (factsMemo) saved one addMonths per read and no measurable time (buildPlan on the bench's
 * largest answers, medians of 200 runs, the same with and without it).
 */
const tlvEarliestEnd = (f: Facts): { besluit: string; einde: string } | undefined => {
  const besluit = f.is('tlvGranted') ? f.date('tlv-besluit-datum') : undefined;
  return besluit === undefined ? undefined : { besluit, einde: addMonths(besluit, 12) };
};

/** The plan's steps for the TLV, another school and leerlingenvervoer (FACTS E). Texts: content/<lang>/steps.yaml, by the same ids. */
export const tlvSteps: readonly StepRule[] = [
  {
    // E02/E07: the parent does not know how far the TLV is: ask the school (it applies, and must tell the parents first).
    id: 'tlv-stand-navragen', group: 'nu', section: 'wat-is-tlv', contacts: ['school', 'samenwerkingsverband'],
    applies: (f) => f.is('isTlv') && f.oneOf('tlv-fase', 'weet-niet'),
    texts: neverEnrolledTexts(TLV_STAND_NERGENS_TEXTS),
  },
  {
    // E07/E08: the parents' own view to the SWV, and the right to be heard.
    id: 'tlv-zienswijze', group: 'nu', section: 'tlv-oneens', letters: ['zienswijze-tlv'], contacts: ['samenwerkingsverband'],
    applies: (f) => f.is('tlvNotYetDecided'),
  },
  {
    // E07, FP08: the school tells the parents before it sends the OPP.
    id: 'tlv-aanvraag-inzien', group: 'nu', section: 'tlv-oneens', contacts: ['school'],
    applies: (f) => f.is('tlvNotYetDecided') && f.oneOf('tlv-aanvraag-gezien', 'nee'),
    texts: neverEnrolledTexts(TLV_AANVRAAG_NERGENS_TEXTS),
  },
  {
    // E08: the SWV must hear the parents before deciding.
    id: 'tlv-gehoord-worden', group: 'nu', section: 'tlv-oneens', contacts: ['samenwerkingsverband'],
    applies: (f) => f.is('tlvNotYetDecided') && f.is('tlvApplied') && f.answeredNot('tlv-gehoord', 'ja'),
  },
  {
    // E16–E18, §X.3/§X.8: bezwaar against the SWV's decision; 6 weeks is EXT (certain: false).
    id: 'tlv-bezwaar', uncertain: true, group: 'nu', section: 'tlv-oneens', letters: ['bezwaar-tlv'], contacts: ['samenwerkingsverband'],
    applies: (f) => f.is('disagreesWithTlvDecision') && objectionToMake(f, 'tlv-besluit-datum'),
    deadline: (f) => when(f.date('tlv-besluit-datum'), (s) => deadline(s, 'besluit-bekend', TERMS.tlvObjectionWeeks, 'weeks', f.today)),
  },
  {
    // Session 72 (s72-first, 1): with the bezwaar letter, and, while no bezwaar is made, a text saying it can be made now (E16-E18).
    id: 'tlv-besluitdatum-achterhalen', group: 'nu', section: 'tlv-oneens', letters: ['bezwaar-tlv'], contacts: ['samenwerkingsverband'],
    applies: (f) => f.is('disagreesWithTlvDecision') && f.dateUnknown('tlv-besluit-datum'),
    texts: (f) => (objectionMade(f) ? undefined : TLV_OBJECT_NOW_TEXTS),
    dropLetters: (f) => (objectionMade(f) ? ['bezwaar-tlv'] : []),
  },
  {
    // E15: after the TLV the parents register the child at the new school themselves; not while they object.
    id: 'tlv-inschrijven', group: 'nu', section: 'wat-is-tlv', letters: ['schriftelijke-aanmelding'], contacts: ['school'],
    // Session 61 (lawyer-s61-uncovered D2): not once the child is enrolled at the new school (enrolledAtNewSchool: registered
    // there after the TLV decision, admitted, the day of enrolment on or before today). The step said "Heeft de school nog
    // niet beslist? … Hoor je niets? Stuur dan een herinnering. Tot je kind op de nieuwe school is ingeschreven, blijft de
    // huidige school verantwoordelijk" weeks after that school admitted and enrolled her: E15 (001:924) is done, and the
    // zorgplicht is the new school's (A23, 002:734-736), whose OPP (opp-na-toelating, B02) is the step that speaks now.
    applies: (f) => f.is('tlvGranted') && f.oneOf('tlv-plek', 'plek') && !enrolledAtNewSchool(f),
    // Session 46 (s037-tlv-so-aanmelding-ontvangen-laatste-dag): a registration in writing on or after the TLV's date (logged
    // in the timeline or answered) is the registration at the new school. The step said "meld je kind aan" as if it had not
    // been done, with the registration letter: sent again, it could start the school's 6 weeks anew. It now says it is done
    // and where the school's last day is (besluit-aanmelding); no letter. Group: binnenkort, nothing to do now.
    groupFor: (f) => (f.is('disagreesWithTlvDecision') ? 'als-het-niet-lukt' : registeredAfterTlv(f) ? 'binnenkort' : 'nu'),
    texts: (f) => (registeredAfterTlv(f) ? (tlvRegisteredOffer(f) ?? TLV_REGISTERED_TEXTS) : offerRefused('planStep', 'tlvInschrijven')(f)),
    dropLetters: (f) => (registeredAfterTlv(f) ? ['schriftelijke-aanmelding'] : []),
    params: (f): Record<string, string> => {
      const d = f.date('aanmelding-datum');
      return registeredAfterTlv(f) && d !== undefined ? { aangemeld: d } : {};
    },
  },
  {
    id: 'tlv-school-zoeken', group: 'nu', section: 'andere-school-nodig', contacts: ['school', 'samenwerkingsverband'],
    groupFor: (f) => (f.is('disagreesWithTlvDecision') ? 'als-het-niet-lukt' : 'nu'),
    applies: (f) => f.is('tlvGranted') && f.oneOf('tlv-plek', 'zoeken', 'weet-niet'),
    // Session 65 (s65-blind D1): an sbo TLV counts only within the samenwerkingsverband that gave it (E14, 001:926); the
    // parents register the child at the new school themselves (E15, 001:924). That stood only in tlv-geldigheid, the plan's
    // last group, while this step, on the first screen, sent the parent looking for "a school": after a move, or across the
    // region's border, she could pick one where the TLV does not count. How a TLV is had there is not in the sources.
    // Session 68 (s68-leftovers, 4): the parent disagrees with the granted TLV (tlv-eens: nee; a bezwaar to make or made,
    // E16, E17). The step stays under "Als het niet lukt" (the bezwaar may fail, and the current school keeps teaching until
    // the enrolment elsewhere: E19), but "Zoek samen een school met plek" read as the next thing to do, as if the TLV were
    // accepted. Its own text: for when the TLV stands; whether to search while the bezwaar runs is in no source (ask the
    // steunpunt); the parents register the child themselves (E15); an sbo TLV counts only in its samenwerkingsverband (E14).
    // Session 70 (s70-winter): an so TLV or one of unknown kind: its own text (E15), with the vso question for groep 7/8.
    texts: (f) =>
      f.is('disagreesWithTlvDecision')
        ? TLV_SCHOOL_ZOEKEN_OBJECTION_TEXTS
        : f.oneOf('tlv-soort', 'sbo')
          ? TLV_SCHOOL_ZOEKEN_SBO_TEXTS
          : f.oneOf('groep', 'groep-7-8')
            ? TLV_SCHOOL_ZOEKEN_SO_GROEP_8_TEXTS
            : TLV_SCHOOL_ZOEKEN_SO_TEXTS,
  },
  {
    // Session 38 (s38-fp), FP25 and FP-P1: the school that wants the child gone (C04, 002:756-768), or that refused it
    // (A11, 002:664-670), names another school willing to admit the child. Parents need time to take this in, and a visit
    // to that school together with the school often takes away worries (E22, a recommendation: 002:2155-2163,
    // 2546-2568). Turning down a not unreasonable offer of a suitable place ends the zorgplicht (A22, 002:734-740): the
    // plan said so only once the parent had already said "ja" to aanbod-geweigerd, after the fact. No term: no deadline.
    id: 'voorgestelde-school', group: 'binnenkort', section: 'andere-school-nodig', contacts: ['school', 'steunpunt'],
    applies: (f) =>
      ((f.is('schoolWantsChildGone') && f.oneOf('verwijdering-andere-school', 'ja')) || (f.is('wasRefused') && f.oneOf('weigering-andere-school', 'ja'))) &&
      !offerTurnedDown(f),
  },
  {
    // Session 45 (s037-tlv-afgewezen-eens-wat-nu): the TLV was refused. The child stays at its school, which keeps its
    // zorgplicht: a suitable offer, itself or at another school it finds with the parents, helped by the SWV (A03, C16;
    // 001:111-113, 128). Before, a parent who agreed with the refusal got no word of what the school must do now.
    id: 'na-tlv-afwijzing', group: 'nu', section: 'wat-is-tlv', letters: ['verzoek-opp'], contacts: ['school'],
    applies: (f) => f.is('tlvDecisionKnown') && f.oneOf('tlv-besluit', 'afgewezen'),
    // Session 47 (s041-fatima-tlv-vso-afgewezen-vo-school-beslist): registered in writing at a school that has not decided
    // (a middelbare school that asked for a vso TLV): that school has the zorgplicht since the registration and must now
    // decide, admit with support or find another school that will (000:373-377; 002:664-670, 728-734). The step said
    // "your child stays at its school", pointing the parents to the wrong school.
    texts: (f) => (f.is('registeredInWriting') && f.oneOf('aanmelding-besluit', 'nog-niet') ? 'ui:s47.planStep.tlvAfgewezenAanmelding' : undefined),
  },
  {
    // E14 (001:926): an SBO TLV counts only within the SWV; an SO TLV nationally. E12/E13 (001:937; 002:2143-2150): the
    // SWV sets how long it is valid; a temporary TLV lasts at least 1 year and the SWV starts the re-assessment.
    // Session 60 (lawyer-s60-edges D1): every kind of TLV. Session 20 showed it for SBO or an unknown kind only, when the step
    // said only where the TLV is valid; the temporary-TLV lines added later never reached the parent of an SO child, who
    // never read that a TLV can end and that the SWV must start the re-assessment. The text names both kinds.
    id: 'tlv-geldigheid', group: 'goed-om-te-weten', section: 'wat-is-tlv',
    // Session 45 (s037-tlv-afgewezen-eens-wat-nu): not after a refusal: there is no TLV whose validity matters.
    applies: (f) => f.is('isTlv') && !(f.is('tlvDecisionKnown') && f.oneOf('tlv-besluit', 'afgewezen')),
    // Session 68 (s68-blind D1): with the decision's date, its own texts and, near the earliest end, "Binnenkort".
    groupFor: (f) => {
      const end = tlvEarliestEnd(f);
      return end !== undefined && daysBetween(f.today, end.einde) <= TLV_END_SOON_DAYS ? 'binnenkort' : 'goed-om-te-weten';
    },
    // Session 72 (s72-autumn D1): once the earliest end has passed, its own texts (that day is past; ask the SWV now).
    texts: (f) => {
      const end = tlvEarliestEnd(f);
      return end === undefined ? undefined : daysBetween(f.today, end.einde) < 0 ? TLV_GELDIGHEID_VOORBIJ_TEXTS : TLV_GELDIGHEID_EINDE_TEXTS;
    },
    // Its texts send her to the samenwerkingsverband (the decision, a new TLV): "Met wie" names it.
    addContacts: (f) => (tlvEarliestEnd(f) ? ['samenwerkingsverband'] : []),
    params: (f): Record<string, string> => ({ ...tlvEarliestEnd(f) }),
  },
  {
    // A34-A36 (001:134, 001:212, 001:945-958): schools for cluster 1 and 2 (seeing, hearing, language) are national, outside
    // the SWV, need no TLV (their commissie van onderzoek decides) and have no zorgplicht, but must try to find a place
    // elsewhere within 8 weeks (a best-efforts duty, not a date). Session 20: no plan text said so. SO or unknown only.
    id: 'cluster-1-2', group: 'goed-om-te-weten', section: 'wat-is-tlv',
    // Session 63 (s63-tlv): not once the child is at the new school after the TLV (tlvEnrolledOnly): the samenwerkingsverband's
    // TLV placed her at a school of its own (cluster 3/4, A37); cluster 1/2 schools need no TLV (A35).
    applies: (f) => clusterInTlv(f) || clusterAtRegistration(f),
    // s66-blind D2: in the registration route (no TLV route) its own words: registering at such a school.
    texts: (f) => (clusterInTlv(f) ? undefined : CLUSTER_AT_REGISTRATION_TEXTS),
  },
  {
    // H10: leerlingenvervoer through the gemeente.
    id: 'vervoer-aanvragen', group: 'binnenkort', section: 'ver-weg', letters: ['aanvraag-leerlingenvervoer'], contacts: ['gemeente'],
    groupFor: (f) => (refusedNoSchool(f) ? 'goed-om-te-weten' : 'binnenkort'),
    applies: (f) => f.is('mayNeedTransport') && (f.oneOf('vervoer', 'ja') || (f.oneOf('vervoer', 'weet-niet') && transportMayBeNeeded(f))),
    // Session 68 (s68-leftovers, 3): the municipality is asked for transport after the admission to the sbo or so school
    // (H10, 001:924): to a school. With the TLV not granted yet, or granted while a school is still sought (tlv-plek "zoeken"
    // or "weet ik niet"), there is none yet; "Is de nieuwe school ver weg?" read as an action for now. Its own text: ask
    // once you know the school; every municipality has its own rules (H11). A registration names its school, and a place or
    // a waiting list at a school after a granted TLV does too: those keep the general text.
    texts: (f) => (transportSchoolUnknown(f) ? TRANSPORT_SCHOOL_UNKNOWN_TEXTS : undefined),
  },
];

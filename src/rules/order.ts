import type { PlanStep, PlanWarning, StepGroup } from './plan';
import { FILING_STEPS } from './catalogue';
import { EDUCATION_SUMMER_ALL, SUSPENSION_SUMMER_TEXTS } from './steps/thuiszitten';
import { EARLIER_REFUSAL, EARLIER_REMOVAL, TLV_REFUSAL_THEN_GRANTED, family, inFamily } from './steps/ids';

/**
 * The order of a plan, as a rule of its own (issue 11, defect 10). Pure: steps and warnings in, the
 * same steps and warnings out, regrouped, sorted and without duplicates.
 *
 * 1. Every step whose deadline has passed or is due within URGENT_DAYS goes to "Nu doen". A passed
 *    deadline never stays under "Binnenkort" or later (its text then says what can still be done).
 * 2. Education first: for a child without school, asking for education (and, once the child is
 *    de-registered or removed, the leerplichtambtenaar) comes before anything else in "Nu doen".
 *    A suspension past its week (BACK_TO_SCHOOL, passed) comes first of all: the school breaks the rule now
 *    and the child must be let back at once (at most one week in primary school, 002:2362; session 24).
 * 2a. But a filing term of the parent's own (FILING_STEPS) that is open and ends within URGENT_DAYS comes right
 *    after the first education step (a suspension past its week, when there is one): a right that is lost for good when
 *    the term passes (sessions 42 and 45).
 * 2b. In July or August (the suspension's summer texts) every open filing term of the parent's own comes before that
 *    suspension: the school may be closed, the term runs on in the holiday (session 65). The same before "ask for
 *    education" with its summer texts (session 66): no school teaches in the holiday, the bezwaar's weeks run on.
 * 3. Then the dated steps by due date: those still open first (soonest first), then those passed,
 *    then the steps that find out whether and since when a legal clock runs (CLOCK_FINDERS).
 * 3a. A step that finds out whether a decision exists or from which day its bezwaar runs (DECISION_FINDERS) stands
 *    before the first open dated step that is not the parent's own filing term (FILING_STEPS): a suspension's end or
 *    the school's admission decision comes whatever the parent does, a bezwaar term may be running unseen (6 weeks,
 *    002:748-750, 846-850; session 24). Open filing terms due before that step keep their place before it.
 * 3b. With no such open step in its group, it stands before the first passed dated step that is not a filing term (the
 *    school's admission term past its 6 weeks: lawyer-s51-answers D9). Passed filing terms due before that keep their place.
 * 3c. A decision on the parent's bezwaar just logged (bezwaar-loopt with the timeline's texts, OBJECTION_DECIDED_TEXTS) comes
 *    right after the dated steps of its group, before every other undated step: a new term (a court) may already run from
 *    its day, not in the sources (F16); she must know whether the answer is still "no" before anything else. A step with a
 *    date of its own, open or passed, keeps its place before it (session 75).
 * 4. Then the undated steps, in catalogue order.
 * 4a. After them, the choices (CHOICE_STEPS, session 34); last in their group, the follow-ups of what the parent already sent (FOLLOW_UPS): their terms are
 *    the other side's and not in the sources, so they never stand above what the parent must do now
 *    (session 19: "Houd bij of het dossier komt" and "Volg je klacht" were the first screen's two
 *    actions, above answering the school's letter and asking for the OPP).
 * 5. The Geschillencommissie stands right after the bezwaar it runs beside (the same decision, the same weeks).
 * 6. Warnings that say the same as another warning or as a step are merged into one.
 */
export const URGENT_DAYS = 14;

export const GROUP_ORDER: readonly StepGroup[] = ['nu', 'binnenkort', 'als-het-niet-lukt', 'goed-om-te-weten'];

/** Steps that get the child education again: first in "Nu doen", in this order. */
// Session 37 (s37-nergens): for a child enrolled nowhere yet, the written registration that starts a school's zorgplicht
// (A01, A03; 001:119) is what gets it education: first.
export const EDUCATION_FIRST: readonly string[] = ['nergens-ingeschreven', 'onderwijs-thuis-vragen', 'leerplicht-inschakelen'];

/**
 * Follow-ups of something the parent already sent (a dossier request, a complaint): their dates are
 * uncertain and nothing is lost by missing them, so within a group they come last, after the undated steps.
 */
export const FOLLOW_UPS: readonly string[] = ['dossier-herinneren', 'klacht-loopt'];

/**
 * A follow-up: FOLLOW_UPS, or (session 46, s46-meetings) a date agreed at a recorded meeting (an agreement or the next
 * meeting, their deadline counted from the meeting: startWhat 'gesprek', src/meeting/plan.ts). Those are the other side's
 * promises: "het OPP is klaar vóór 10 december" stood above the parent's bezwaar in "Nu doen" and took its place among the
 * first screen's actions; a bezwaar passed is lost for good (C09, 002:846-850; FP-P4).
 */
export const isFollowUp = (s: Pick<PlanStep, 'id' | 'deadline'>): boolean => FOLLOW_UPS.includes(s.id) || s.deadline?.startWhat === 'gesprek';

/**
 * Undated steps that find out whether a decision exists and from which day its term runs (a bezwaar of 6 weeks,
 * 002:748-750, 846-850; a suspension of at most a week, 002:2362). A clock may already be running while the date is
 * unknown, so these come before undated steps without any clock (such as asking for the OPP), in their group.
 * Example: a child de-registered and enrolled nowhere (FACTS C04, C22, FP09): after education and the
 * leerplichtambtenaar, ask for the decision on paper before anything else.
 */
export const CLOCK_FINDERS: readonly string[] = [
  'uitschrijving-navragen',
  // Whether the child is still enrolled: a de-registration without another school may be a removal, with its 6 weeks.
  'inschrijving-navragen',
  'schorsingsdatum-achterhalen',
  'verwijderbesluit-op-papier-vragen',
  'verwijderbesluit-navragen',
  'verwijderdatum-achterhalen',
  'weigering-op-papier-vragen',
  'weigerdatum-achterhalen',
  'tlv-besluitdatum-achterhalen',
  // Whether the samenwerkingsverband decided on the TLV: then a bezwaar term may run (001:939-941; session 20).
  'tlv-stand-navragen',
  'aanmelddatum-achterhalen',
];

/**
 * Session 34 (s34-tlv): terms the parent may well not use, said as a choice (the refusal of a TLV, then the TLV granted:
 * src/timeline/earlier.ts laterTlvDecisionSteps). They keep their last day (and go to "Nu doen" in their last 14 days,
 * rule 1) but stand after the other steps of their group, before the follow-ups: not on top of the plan as urgent.
 * The first screen says they are a choice, with their date (src/ui/firstThings.ts).
 */
/**
 * Session 49: an earlier decision's bezwaar term kept on the plan after its last day (src/timeline/earlier.ts
 * earlierRefusalSteps, earlierLetters: passed, while the latest decision's 6 weeks run). It says the term is over and what
 * can still be done; it is no action to do first (firstThings) and takes no place on the gesprekskaart before an open date
 * (src/meeting/card.ts): lawyer-s49-changes D2, D4.
 */
export const passedEarlierDecision = (s: Pick<PlanStep, 'id' | 'deadline'>): boolean =>
  s.deadline?.status === 'passed' && (inFamily(EARLIER_REFUSAL, s.id) || inFamily(EARLIER_REMOVAL, s.id));

export const CHOICE_STEPS: readonly string[] = family(TLV_REFUSAL_THEN_GRANTED, 10);
/** A choice: one of CHOICE_STEPS, or a step the plan marked as one for these facts (PlanStep.choice, session 60 s60-first). */
export const isChoice = (s: Pick<PlanStep, 'id' | 'choice'>): boolean => CHOICE_STEPS.includes(s.id) || s.choice === true;

/**
 * A suspension's end (one week at most in primary school, 002:2362): once passed, it is the first thing to do, before
 * asking for education at home: the child must be allowed back to school at once (session 24, s24-order).
 */
export const BACK_TO_SCHOOL = 'schorsing-einde';

/**
 * The CLOCK_FINDERS whose clock is the parent's bezwaar (a decision that may exist, a decision or an end of enrolment
 * whose day is unknown): rule 3a. Not the suspension's first day or the registration's day (the school's terms).
 */
export const DECISION_FINDERS: readonly string[] = [
  'uitschrijving-navragen',
  'inschrijving-navragen',
  'verwijderbesluit-navragen',
  'verwijderdatum-achterhalen',
  'weigerdatum-achterhalen',
  'tlv-besluitdatum-achterhalen',
  'tlv-stand-navragen',
];

/**
 * Session 62 (s62-blind D2): the DECISION_FINDERS that look for the date of a decision the parent has on paper (a removal,
 * a refusal, a TLV decision): its bezwaar term runs for certain (002:748-750, 846-850; 001:939-941). The first screen names
 * one of these before a finder that asks whether a decision exists at all.
 */
export const WRITTEN_DECISION_FINDERS: readonly string[] = ['verwijderdatum-achterhalen', 'weigerdatum-achterhalen', 'tlv-besluitdatum-achterhalen'];

/**
 * Session 75 (s75-order, 1): the texts the timeline gives bezwaar-loopt once the decision on the bezwaar is logged
 * (objectionAnsweredSteps, src/timeline/earlier.ts, which re-exports this). Defined here so that the order does not import
 * the timeline (that imports the plan, which imports this file).
 * Before, "Lees het besluit op je bezwaar, en wacht niet" and "Vraag om het OPP van je kind" were both undated in "Nu doen"
 * with the same rank, so the catalogue's order put the OPP first (s075-order-besluit-op-bezwaar-voor-opp). Rule 3c.
 */
export const OBJECTION_DECIDED_TEXTS = 'ui:timeline73.planStep.bezwaarBeslist';
/**
 * The texts of a decision told by phone, and (session 47, hunt-s46 found 8) of a removal decision told in a talk
 * (src/timeline/earlier.ts phoneDecisionSteps, which re-exports them). Here, like the one above, so that the plan page's
 * first screen (src/ui/firstThings.ts) reads them without loading the timeline's plan code (session 81, issue 17).
 */
export const PHONE_DECISION_TEXTS = 'ui:open26.planStep.besluitTelefoon';
export const TALK_DECISION_TEXTS = 'ui:s47.planStep.besluitGesprek';
/**
 * Session 75 (s75-removal, 1): the texts bezwaar-loopt gets when a plain letter came after the bezwaar, which may be the
 * decision on it (letterAfterObjectionSteps, src/timeline/earlier.ts, which re-exports this). Rule 3c holds it as the
 * decision logged: whether the answer is still "no" comes before "Vraag om het OPP" (s075-removal-brieven-na-bezwaar-eind).
 */
export const LETTER_AFTER_OBJECTION_TEXTS = 'ui:removal75.planStep.briefNaBezwaar';
/**
 * Session 76 (s76-misc, 2): the same question when the app knows what the bezwaar was against. Against a refusal or a removal
 * (bezwaar-loopt with the board's texts): the school board decides (A21, C09, F09), without "Ging je bezwaar over een TLV?".
 * Against a TLV decision alone (the TLV's texts): ask the samenwerkingsverband (E16, E17), without the board's line and
 * without the Geschillencommissie, which does not handle a TLV bezwaar (F07, §X.9). The general text stays for a bezwaar the
 * answers do not place (both kinds, or none known).
 */
export const LETTER_AFTER_OBJECTION_BOARD_TEXTS = 'ui:misc76.planStep.briefNaBezwaarBestuur';
export const LETTER_AFTER_OBJECTION_TLV_TEXTS = 'ui:misc76.planStep.briefNaBezwaarTlv';
export const letterAfterObjectionTexts = (texts: string | undefined): boolean =>
  texts === LETTER_AFTER_OBJECTION_TEXTS || texts === LETTER_AFTER_OBJECTION_BOARD_TEXTS || texts === LETTER_AFTER_OBJECTION_TLV_TEXTS;
const DECIDED_RANK = 1.5;
export const objectionDecidedStep = (s: Pick<PlanStep, 'id' | 'texts'>): boolean =>
  s.id === 'bezwaar-loopt' && (s.texts === OBJECTION_DECIDED_TEXTS || letterAfterObjectionTexts(s.texts));

/** Steps the GPO step follows directly: the bezwaar against the same decision. */
const OBJECTIONS: readonly string[] = ['bezwaar-weigering', 'bezwaar-verwijdering', 'weigerdatum-achterhalen', 'verwijderdatum-achterhalen', 'bezwaar-loopt'];
const GPO = 'geschillencommissie';

/**
 * Warnings that repeat another warning or a step: when the key is in the plan, the listed warnings go.
 * The first one of each list that applies is kept.
 */
export const WARNING_MERGES: ReadonlyArray<{ keep: string; drop: readonly string[] }> = [
  // One "the school stays responsible" warning, not three (C04, C13, C22). Session 45: niet-welkom-zorgplicht stays beside
  // verwijdering-zonder-school: it says what that one does not, that a school may keep a child out only in very exceptional
  // cases (C23, 003:571-577) and to ask when the child may come back (s036-thuis-zonder-besluit-geen-weg-terug).
  { keep: 'verwijdering-zonder-school', drop: ['wachtlijst-zorgplicht'] },
  { keep: 'niet-welkom-zorgplicht', drop: ['wachtlijst-zorgplicht'] },
];

/** Steps that repeat another step: when `keep` is in the plan, `drop` goes. */
export const STEP_MERGES: ReadonlyArray<{ keep: string; drop: readonly string[] }> = [
  // Both say: confirm agreements in writing, with the same letter.
  { keep: 'gesprek-voorbereiden', drop: ['afspraken-bevestigen'] },
  { keep: 'gesprek-vastleggen', drop: ['afspraken-bevestigen'] },
  { keep: 'afspraken-thuis-vastleggen', drop: ['afspraken-bevestigen'] },
  // Session 78 (s78-dossier): a correction request logged in the timeline (the letter correctie-dossier, LETTER_SETS) leaves
  // "dossier-gezien: ja" and adds "Houd bij of de school je dossier verbetert" with the AVG's month (dossierCorrectionSteps):
  // "Klopt het dossier? Vraag om verbetering" beside it would ask for what she has just asked. With "nee", the two never
  // meet (dossier-verbeteren needs "ja").
  { keep: 'dossier-herinneren', drop: ['dossier-verbeteren'] },
];

const urgent = (s: PlanStep): boolean => s.deadline !== undefined && s.deadline.daysLeft <= URGENT_DAYS;

export function orderPlan(steps: readonly PlanStep[], warnings: readonly PlanWarning[]): { steps: PlanStep[]; warnings: PlanWarning[] } {
  const stepIds = new Set(steps.map((s) => s.id));
  const dropSteps = new Set(STEP_MERGES.filter((m) => stepIds.has(m.keep)).flatMap((m) => m.drop));
  const kept = steps.filter((s) => !dropSteps.has(s.id)).map((s) => (urgent(s) ? { ...s, group: 'nu' as StepGroup } : s));

  const catalogueIndex = new Map(steps.map((s, i) => [s.id, i]));
  const day = (iso: string) => Date.parse(iso) / 86_400_000;
  const backToSchool = (s: PlanStep) => s.group === 'nu' && s.id === BACK_TO_SCHOOL && s.deadline?.status === 'passed';
  // Rule 2a (session 42): the parent's own filing term (a bezwaar, the Geschillencommissie) that is open and ends within
  // URGENT_DAYS comes right after the first education step, before the rest of them: the first screen's two actions then
  // are education and that term. Before, a child at home whose removal bezwaar ended in two days saw "ask for education"
  // and "the leerplichtambtenaar" as its two first actions, and the bezwaar only as the date above them (002:846-850).
  // Session 45 (s036-daan-bezwaar-over-3-dagen): a suspension past its week is the first education step when there is one.
  // Before, it came first and "ask for education" second, so a removal's bezwaar ending in 3 days fell off the first screen's
  // two actions again.
  // Session 65 (s65-edges, gap 2): a suspension past its week read in July or August (its summer texts, blind64): the school
  // may be closed for the holiday, and the step asks to confirm the first school day after it. A filing term of the parent's
  // own that is still open runs on in the holiday and is lost for good when it passes (C09, A21; 002:748-750, 846-850): it
  // comes first, before the suspension. Before, Mila (suspended 12 Jul 2027, removal 16 Jul, read 2 Aug) saw the passed
  // suspension and "ask for education" as the two first actions, and her bezwaar (27 Aug) only as the next date.
  // Session 66 (s66-summer, gap 1): the same for "ask for education" with its summer texts (EDUCATION_SUMMER_TEXTS). Before,
  // Lotte (removal decided Fri 9 Jul 2027, read Tue 20 Jul) saw "Vraag om onderwijs" and the leerplichtambtenaar as the two
  // first actions and her bezwaar (Fri 20 Aug) only as the next date; in the holiday neither can get her lessons before the
  // first school day, while the bezwaar is lost for good on 20 Aug (C09, 002:846-850; FP-P4). Session 67: either summer text.
  const summerBack = kept.some(
    (s) => (backToSchool(s) && s.texts === SUSPENSION_SUMMER_TEXTS) || (s.group === 'nu' && s.id === 'onderwijs-thuis-vragen' && s.texts !== undefined && EDUCATION_SUMMER_ALL.includes(s.texts)),
  );
  const summerFiling = (s: PlanStep) => summerBack && FILING_STEPS.includes(s.id) && !!s.deadline && s.deadline.status !== 'passed' && !isChoice(s);
  const back = kept.some(backToSchool);
  const firstEducation = back ? -1 : Math.min(...kept.filter((s) => s.group === 'nu' && EDUCATION_FIRST.includes(s.id)).map((s) => EDUCATION_FIRST.indexOf(s.id)));
  const nearFiling = (s: PlanStep) =>
    Number.isFinite(firstEducation) && FILING_STEPS.includes(s.id) && urgent(s) && s.deadline!.status !== 'passed';
  const educationRank = (s: PlanStep) =>
    summerFiling(s)
      ? -2
      : backToSchool(s)
        ? -1
        : s.group === 'nu' && EDUCATION_FIRST.includes(s.id)
          ? EDUCATION_FIRST.indexOf(s.id)
          : nearFiling(s)
            ? firstEducation + 0.5
            : EDUCATION_FIRST.length;
  // Rule 3a: per group, the first open dated step that is not a filing term; a decision finder stands just before it.
  const firstOther = new Map<StepGroup, number>();
  for (const s of kept) {
    const d = s.deadline;
    if (!d || d.status === 'passed' || FILING_STEPS.includes(s.id) || isFollowUp(s) || educationRank(s) < EDUCATION_FIRST.length) continue;
    firstOther.set(s.group, Math.min(firstOther.get(s.group) ?? Infinity, day(d.due)));
  }
  // Rule 3b (lawyer-s51-answers D9): with no such open step in the group, the first passed one (the school's admission
  // term, past its 6 weeks): the finder stands before it too. Passing costs the parent nothing there, the school may still
  // decide; her bezwaar's 6 weeks may end any day. Passed filing terms due before it keep their place.
  const firstPassedOther = new Map<StepGroup, number>();
  for (const s of kept) {
    const d = s.deadline;
    if (!d || d.status !== 'passed' || FILING_STEPS.includes(s.id) || isFollowUp(s) || isChoice(s) || passedEarlierDecision(s) || educationRank(s) < EDUCATION_FIRST.length) continue;
    firstPassedOther.set(s.group, Math.min(firstPassedOther.get(s.group) ?? Infinity, day(d.due)));
  }
  const rank = (s: PlanStep): number[] => {
    const d = s.deadline;
    const finderAt = !d && DECISION_FINDERS.includes(s.id) ? firstOther.get(s.group) : undefined;
    const finderPassedAt = !d && finderAt === undefined && DECISION_FINDERS.includes(s.id) ? firstPassedOther.get(s.group) : undefined;
    return [
      GROUP_ORDER.indexOf(s.group),
      educationRank(s),
      isFollowUp(s) ? 5 : isChoice(s) ? 4.5 : d ? (d.status === 'passed' ? 1 : 0) : objectionDecidedStep(s) ? DECIDED_RANK : finderAt !== undefined ? 0 : finderPassedAt !== undefined ? 1 : CLOCK_FINDERS.includes(s.id) ? 2 : 4,
      // Session 76 (s76-enrolled): a step the plan marked as a choice with no date (the old school's OPP once the child is at a
      // new school: src/rules/plan.ts atNewSchoolSteps) comes after the dated choices it serves (the removal's bezwaar and
      // Geschillencommissie: the old OPP is their evidence, C03), not before them.
      d ? day(d.due) : finderAt !== undefined ? finderAt - 0.5 : finderPassedAt !== undefined ? finderPassedAt - 0.5 : s.choice === true ? Number.MAX_SAFE_INTEGER : 0,
      catalogueIndex.get(s.id) ?? 0,
    ];
  };
  const cmp = (ra: number[], rb: number[]) => {
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return 0;
  };
  // Each step ranked once, not once per comparison (issue 17: 6 ms of a cold plan at 4× CPU). The sort is stable.
  const byRank = (list: PlanStep[]) => list.map((s) => [rank(s), s] as const).sort((a, b) => cmp(a[0], b[0])).map(([, s]) => s);
  const sorted = byRank(kept);

  // The GPO right after the bezwaar against the same decision, in the bezwaar's group.
  const gpoAt = sorted.findIndex((s) => s.id === GPO);
  // With two decisions (a refusal and a removal), beside the bezwaar against the decision its date runs from.
  const gpoDue = gpoAt >= 0 ? sorted[gpoAt]!.deadline?.due : undefined;
  const objection =
    sorted.find((s) => OBJECTIONS.includes(s.id) && gpoDue !== undefined && s.deadline?.due === gpoDue) ?? sorted.find((s) => OBJECTIONS.includes(s.id));
  if (gpoAt >= 0 && objection) {
    const [gpo] = sorted.splice(gpoAt, 1);
    const at = sorted.indexOf(objection);
    sorted.splice(at + 1, 0, { ...gpo!, group: objection.group === 'nu' || gpo!.group === 'nu' ? 'nu' : objection.group });
    if (objection.group !== 'nu' && gpo!.group === 'nu') sorted.splice(0, sorted.length, ...byRank(sorted));
  }

  const present = new Set([...warnings.map((w) => w.id), ...sorted.map((s) => s.id)]);
  const dropWarnings = new Set<string>();
  for (const m of WARNING_MERGES) if (present.has(m.keep) && !dropWarnings.has(m.keep)) m.drop.forEach((d) => dropWarnings.add(d));
  // Session 48 (lawyer-s48-changes): a warning named on the first screen (firstScreen) stays: it says what to do now.
  return { steps: sorted, warnings: warnings.filter((w) => !dropWarnings.has(w.id) || w.firstScreen) };
}

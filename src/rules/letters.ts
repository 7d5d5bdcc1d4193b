import { formatDateShort, isIsoDate, type IsoDate } from './dates';
import { addWeeks } from './calendar';
import { TERMS, type Deadline } from './deadlines';
import { factsFrom, type Facts } from './facts';
import { admissionExtension } from './admission';
import type { Answers } from '../flow/answers';
import { toldOnlyOrally } from '../timeline/effects';
import type { PlanStep } from './plan';
import { inSummerMonths } from './steps/thuiszitten';

export * from './letter-fields';
import { CHOICE_FIELDS, DECISION_PICK, OPTIONAL_FIELDS, PICK_FIELDS, type LetterField } from './letter-fields';

/**
 * Values that come from the answers: dates, written out in Dutch for the letter (letters are always
 * Dutch), or in the interface language for the translation shown beside it (`lang`).
 */
export function valuesFromAnswers(
  answers: Answers,
  today: IsoDate,
  lang = 'nl',
  letter?: string,
  events: readonly LoggedEvent[] = [],
  /** The timeline's `base` (src/timeline/model.ts TimelineData): each answer an event wrote, as it was before. */
  overwritten: Readonly<Record<string, unknown>> = {},
  /** The decision the letter was opened for: the plan step's own decision date (session 46, letterDecision). */
  decision?: IsoDate,
  /**
   * Session 47 (hunt-s47 found 4): the plan's own term for the school's decision (its besluit-aanmelding step). The letter
   * names its last day when it counts from the receipt the letter names: the plan also reads an extension logged in the
   * timeline after a refusal (extensionAfterRefusalDeadlines), which the answers alone do not hold.
   */
  schoolTerm?: { start: IsoDate; due: IsoDate },
): Partial<Record<LetterField, string>> {
  const f = factsFrom(answers, today);
  const date = (d: IsoDate | undefined) => (d ? formatDateShort(d, lang) : undefined);
  // The letter tells the school "your school received my registration on …" and counts the term from it (A04): only
  // a date of receipt, never the day the parent sent it (session 22). Unknown: the letter shows the field to fill in.
  // Session 25: nor a date that may be another school's (twoRegistrationsAfterOralRefusal).
  // Session 37: a registration logged by phone or in a talk is no registration (A01; FP01), as in the plan (the same rule,
  // toldOnlyOrally): it is not "the day sent" of the written one, nor a second registration that leaves the day open.
  const registered = f.date('aanmelding-datum');
  const received = registered && !onlySent(registered, events) && !twoRegistrationsAfterOralRefusal(f.is('refusedOnlyOrally'), events, overwritten) ? registered : undefined;
  // The decision a letter objects to is that letter's own: a TLV objection never carries the date of a
  // refusal, a refusal objection never the date of a TLV. Two different dates it could be: left open.
  // Object.hasOwn: a letter id from the address ("constructor") must not find Object.prototype's members.
  const sources = letter !== undefined && Object.hasOwn(DECISION_DATES, letter) ? DECISION_DATES[letter]! : ALL_DECISION_DATES;
  // Session 46 (s45-outputs): also a school's earlier refusal or removal whose bezwaar still runs (otherSchoolDecisions), as
  // for the TLV. Opened from the plan step of one decision (`decision`), the letter names that one.
  const decisions = [
    ...new Set(
      [
        ...sources.map((q) => f.date(q)),
        ...(sources.includes('tlv-besluit-datum') ? otherTlvDecisions(events, overwritten, today) : []),
        ...(sources.includes('weigering-datum') ? otherSchoolDecisions(events, overwritten, today) : []),
      ].filter((d): d is IsoDate => !!d),
    ),
  ];
  const decided = decision !== undefined && isIsoDate(decision) && decision <= today ? decision : decisions.length === 1 ? decisions[0] : undefined;
  const out: Partial<Record<LetterField, string | undefined>> = {
    datum_vandaag: date(today),
    datum_aanmelding: date(received),
    // The plan's own reading of the extension (session 38: after a refusal by phone the letter counted 6 weeks, the plan 10).
    datum_besluit_uiterlijk: received
      ? date(schoolTerm?.start === received ? schoolTerm.due : addWeeks(received, admissionExtension(f) === 'ja' ? TERMS.admissionDecisionMaxWeeks : TERMS.admissionDecisionWeeks))
      : undefined,
    datum_besluit: date(decided),
    datum_thuis_sinds: date(f.date('thuis-sinds')),
    datum_schorsing: date(f.date('schorsing-datum')),
    datum_gesprek: date(f.date('gesprek-datum')),
    // Session 64 (s64-opp): the decision's own line (refusal or removal) where the plan knows which one it is.
    ...(letter === 'bezwaar-weigering-verwijdering' ? decisionPickValues(schoolDecisionKind(answers, today, events, overwritten, decided), f) : {}),
    ...(letter === EDUCATION_LETTER ? { ...holidayPickValues(today), ...lessonPickValues(f), ...enrolmentPickValues(f) } : {}),
    ...(letter === OPP_LETTER || letter === SOP_LETTER ? needPickValues(f) : {}),
    ...(letter === REMINDER_LETTER ? supportPickValues(f) : {}),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as Partial<Record<LetterField, string>>;
}

/** The letter "Onderwijs tijdens het thuiszitten", linked from the plan step onderwijs-thuis-vragen. */
export const EDUCATION_LETTER = 'onderwijs-tijdens-thuiszitten';

/**
 * Session 67 (s67-summer, gap 1): the line of onderwijs-tijdens-thuiszitten that asks for the talk (PICK_FIELDS
 * vakantie_keuze): "1" the talk within a week; "2", read in July or August (inSummerMonths, the plan step's own summer
 * predicate, session 66), the summer line. Before, the letter asked "binnen een week" for lessons from a school closed for
 * the holiday. The summer line asks for the plan before the first school day after the holiday, for lessons from that day,
 * where and from whom, and for that day itself (it differs per region and is in no source: the school is asked). The school
 * keeps its zorgplicht in and after the holiday (C13, C22, D09; 002:1716-1724; FP09, FP12). Pure.
 */
export function holidayPickValues(today: IsoDate): Partial<Record<LetterField, string>> {
  return { vakantie_keuze: inSummerMonths(today) ? '2' : '1' };
}

/**
 * Session 79 (s79-letters): onderwijs-tijdens-thuiszitten told every school "Sinds die dag krijgt … geen onderwijs", also
 * when the parent answered that the school gives lessons or schoolwork now (lessen-nu "ja") or that the child still goes
 * part of the week (thuis-hoeveel "deels"): a false fact in the one output the school reads. The letter now has a choice
 * block (PICK_FIELDS les_keuze): "1" no education, only when both answers say so (no lessons now, at home the whole week);
 * "2" too little education, with the hours to fill in, when either says some; otherwise no value and the parent chooses.
 * Both questions are asked only while the child may be enrolled (mayBeEnrolled). Pure.
 */
export function lessonPickValues(f: Pick<Facts, 'is' | 'oneOf'>): Partial<Record<LetterField, string>> {
  if (!f.is('mayBeEnrolled')) return {};
  if (f.oneOf('lessen-nu', 'ja') || f.oneOf('thuis-hoeveel', 'deels')) return { les_keuze: '2' };
  return f.oneOf('lessen-nu', 'nee') && f.oneOf('thuis-hoeveel', 'helemaal') ? { les_keuze: '1' } : {};
}

/**
 * Session 80 (s80-left, 2a): onderwijs-tijdens-thuiszitten offered both "{{kind_voornaam}} staat ingeschreven op uw school"
 * and "staat niet meer ingeschreven" to every parent, also to one who had answered the question ingeschreven (asked only
 * while the child may be enrolled: mayBeEnrolled), and had no line for "weet ik niet". PICK_FIELDS inschrijving_keuze:
 * "1" enrolled (ja), "2" no longer enrolled (nee), "3" the parent is not sure and asks the school (weet-niet, a new line).
 * Not asked or not answered: no value, the three lines stay and the parent chooses. Pure.
 */
export function enrolmentPickValues(f: Pick<Facts, 'is' | 'oneOf'>): Partial<Record<LetterField, string>> {
  if (!f.is('mayBeEnrolled')) return {};
  return f.oneOf('ingeschreven', 'ja') ? { inschrijving_keuze: '1' } : f.oneOf('ingeschreven', 'nee') ? { inschrijving_keuze: '2' } : f.oneOf('ingeschreven', 'weet-niet') ? { inschrijving_keuze: '3' } : {};
}

/** The letter "Vraag om het schoolondersteuningsprofiel", linked from the plan step sop-opvragen. */
export const SOP_LETTER = 'verzoek-sop';

/**
 * Session 80 (s80-left, 2b): verzoek-opp and verzoek-sop told the school "{{kind_voornaam}} heeft extra ondersteuning nodig"
 * also for a parent who answered "Weet ik niet" to ondersteuning-gemeld (whether she told the school the child needs extra
 * help: she may not know whether it does). PICK_FIELDS behoefte_keuze: "2" for weet-niet, "Ik denk dat … extra
 * ondersteuning nodig heeft", and asks the school to find out with her (A06: the school investigates what the child needs).
 * "1" the firm line, as before, for every other parent: ja, nee (not told yet: the child needs it, A09), and where the
 * question is not asked (a child at school whose school says it cannot help, a thuiszitter). "geen-hulp-nodig" (the child
 * needs no extra help, A06, A19): no value, both lines stay with the instruction and the parent judges. Pure.
 */
export function needPickValues(f: Pick<Facts, 'oneOf'>): Partial<Record<LetterField, string>> {
  if (f.oneOf('ondersteuning-gemeld', 'geen-hulp-nodig')) return {};
  return { behoefte_keuze: f.oneOf('ondersteuning-gemeld', 'weet-niet') ? '2' : '1' };
}

/** The letter "Herinnering besluit over aanmelding", linked from besluit-aanmelding and weigering-op-papier-vragen. */
export const REMINDER_LETTER = 'herinnering-besluit';

/**
 * Session 70 (s70-left): herinnering-besluit's two support paragraphs (the zorgplicht rule, A11, 002:664-670; the report of
 * the school's investigation, A06, 002:624-638) open with "[Heeft je kind geen extra hulp nodig? Haal dan … weg.]"
 * (session 69). A parent who answered that she told the school of an extra support need (ondersteuning-gemeld "ja") got
 * that instruction too, as if the paragraphs might not be hers. PICK_FIELDS hulp_keuze "1": the paragraph without the
 * instruction. Otherwise ("nee", "weet-niet", no answer) no value: the instruction stays and the parent judges. Pure.
 * Session 77 (s77-oppnohelp): "geen-hulp-nodig" (session 76: the child needs no extra help, A06, A19): "0", the paragraph
 * goes whole. It kept "[Heeft je kind geen extra hulp nodig? Haal dan … weg.]" for the parent who had said just that, and
 * the zorgplicht rule (A11) and the investigation's report (A07, A20) do not apply to an ordinary admission (A06). The
 * report request is now in the same paragraph (one instruction for one paragraph). "nee" (the school was not told, the
 * child may still need help, A09) and "weet-niet" keep the instruction.
 * Session 71 (s71-readback): reads the Facts its caller (valuesFromAnswers) already holds.
 */
export function supportPickValues(f: Pick<Facts, 'oneOf'>): Partial<Record<LetterField, string>> {
  if (f.oneOf('ondersteuning-gemeld', 'geen-hulp-nodig')) return { hulp_keuze: '0' };
  return f.oneOf('ondersteuning-gemeld', 'ja') ? { hulp_keuze: '1' } : {};
}

/** The letter "Vraag om een OPP of een gesprek over het OPP", linked from the plan step opp-na-toelating. */
export const OPP_LETTER = 'verzoek-opp';

/**
 * Session 58 (s58-oppletter): the paragraph of verzoek-opp that names the day of enrolment and the OPP's last day, that
 * day + 6 weeks (B02, 002:862-866). Session 64 (s64-opp): from the plan's own step opp-na-toelating (`step`), the same
 * object the plan shows: its start and last day, and its certainty. Before, the letter counted the days itself and said
 * "dus uiterlijk op …" as certain, while the plan marks that day as not certain (the sources word the start of the 6 weeks
 * differently, §X.5: enrolment, or when the extra need arises, 002:862-866; 004:3417). Now a day the plan does not call
 * certain is "volgens mij uiterlijk op …", with a request to say from which day the school counts (ui:opp64.letterTerm);
 * a certain one keeps the firm words (ui:opp58.letterTerm). No step, or no day (not known, "weet ik niet", an OPP the
 * parent logged, the new school's OPP made): no value, and fillLetter leaves the paragraph out. Dates as in every letter
 * (`lang`). Pure.
 */
export function oppTermValues(
  step: Pick<PlanStep, 'deadline'> | undefined,
  words: (p: { ingeschreven: string; uiterlijk: string }, certain: boolean) => string,
  lang = 'nl',
): Partial<Record<LetterField, string>> {
  const d = step?.deadline;
  if (!d || d.startWhat !== 'inschrijving') return {};
  return { opp_termijn: words({ ingeschreven: formatDateShort(d.start, lang), uiterlijk: formatDateShort(d.due, lang) }, d.certain) };
}

/**
 * Session 64 (s64-opp): which decision the bezwaar letter to the school board is against, when the plan knows it: a refusal
 * to admit (A21, 002:748-750) or a removal (C09, 002:846-850). The letter offered both lines ("niet toe te laten" / "te
 * verwijderen") and left the choice to the parent also where the plan step it was opened from is about one of them.
 * `decision`: the day the letter was opened for (letterDecision); without it, every refusal and removal the answers and
 * the timeline hold. One kind: that one; both (on the same day, or without a day and both known) or neither: undefined,
 * and the parent chooses as before. A TLV decision is not the board's (bezwaar at the samenwerkingsverband, 001:939-941;
 * its own letter bezwaar-tlv): it never makes this letter a refusal.
 */
export function schoolDecisionKind(
  answers: Answers,
  today: IsoDate,
  events: readonly LoggedEvent[] = [],
  overwritten: Readonly<Record<string, unknown>> = {},
  decision?: IsoDate,
): 'weigering' | 'verwijdering' | undefined {
  const f = factsFrom(answers, today);
  const days = (q: string, kind: string): IsoDate[] => {
    const kept = overwritten[q];
    return [
      ...(f.date(q) ? [f.date(q)!] : []),
      ...(typeof kept === 'string' && isIsoDate(kept) ? [kept as IsoDate] : []),
      ...events.filter((e) => e.kind === kind).map((e) => e.date),
    ];
  };
  const refusals = days('weigering-datum', 'besluit-geweigerd');
  const removals = days('verwijdering-datum', 'verwijdering-besluit');
  const kinds =
    decision !== undefined
      ? [refusals.includes(decision) ? 'weigering' : undefined, removals.includes(decision) ? 'verwijdering' : undefined]
      : [
          refusals.length || (f.is('wasRefused') && !f.is('refusedOnlyOrally')) ? 'weigering' : undefined,
          removals.length || f.is('hasRemovalDecision') ? 'verwijdering' : undefined,
        ];
  const known = kinds.filter((k): k is 'weigering' | 'verwijdering' => k !== undefined);
  return known.length === 1 ? known[0] : undefined;
}

/**
 * Session 64 (s64-opp): the pick fields of bezwaar-weigering-verwijdering (PICK_FIELDS): the decision's line and the line
 * with the rule that goes with it. A refusal: A11 (002:664-670) holds for a child who needs extra support; told the school
 * so (ondersteuning-gemeld "ja"), the line is plain, otherwise it keeps its "[Bij een weigering, als …:]" for the parent.
 * A removal: C04/C05 hold for every child (002:756-772), the line is plain (session 69: unless the parent turned down a
 * place elsewhere, see below). Session 71 (s71-readback): reads the Facts its caller (valuesFromAnswers) already holds.
 */
/** Session 83 (s83-left, 4): besluit_grond's third line: a removal while no other school is willing to admit the child. */
export const REMOVAL_NO_SCHOOL_LINE = '3';
/** Session 84 (s84-refusal, 1): besluit_grond's fourth line: a refusal while the board found no other school (A11). */
export const REFUSAL_NO_SCHOOL_LINE = '4';
export function decisionPickValues(kind: 'weigering' | 'verwijdering' | undefined, f: Pick<Facts, 'oneOf' | 'list'>): Partial<Record<LetterField, string>> {
  if (!kind) return {};
  // besluit_grond's lines follow besluit_keuze's (the rule that goes with that decision); "?" keeps the line's condition.
  // Session 69 (s69-letters): the condition also stays where the parent's answers put the rule in doubt: a removal after
  // the parent turned down a place elsewhere (the zorgplicht lapses, A22, 002:734-740), a refusal by a school that says it
  // is full (no places, no zorgplicht, A17/A18, 002:712-726, 2169-2175). The bracket names it; the parent judges.
  // Session 78 (s78-left, 1): the sentence "Onder die stukken vallen ook het OPP van mijn kind en de verslagen van onderzoek"
  // (stukken_keuze) stays ("1") wherever the letter knows its decision, as the list said before; for a refusal of a child
  // who needs no extra help it goes ("0", below): an ordinary admission (A06, A19) has no OPP (B01, B02) and no
  // investigation of a support need (A07). Before, her letter asked for "stukken zoals het OPP".
  // Session 82 (s82-left, 4): the paragraph on the consultation (A13, 002:678-686) and the investigation (A07, A20; 001:121-124,
  // 004:4399-4402) the school owes before it refuses a child who needs extra support (overleg_keuze). The app does not ask
  // whether they took place, so the paragraph asks the board when and what, and keeps its own "[…]" for the parent to keep,
  // change or delete the questions ("1?"). It goes ("0") for a removal (the hearing is besluit_grond's line) and for a child
  // who needs no extra help; with the support need not told (or a school that says it is full) the block's condition stays.
  // Session 83 (s83-left, 4): a removal where the parent answered that no other school is willing to admit the child
  // (verwijdering-andere-school "nee"): the third line says so, then the rule (C04: no definitive removal before another
  // school is willing; 002:756-768), the hearing (C05) and the zorgplicht (C22). GPO rulings often go against a removal
  // without another school (C19, 002:1706-1712). Not after a turned-down offer (its caveat, A22, stays on line 2).
  if (kind === 'verwijdering') {
    const line = DECISION_PICK.verwijdering;
    if (f.oneOf('verwijdering-andere-school', 'nee') && !f.oneOf('aanbod-geweigerd', 'ja')) return { besluit_keuze: line, besluit_grond: REMOVAL_NO_SCHOOL_LINE, stukken_keuze: '1', overleg_keuze: '0' };
    return { besluit_keuze: line, besluit_grond: f.oneOf('aanbod-geweigerd', 'ja') ? `${line}?` : line, stukken_keuze: '1', overleg_keuze: '0' };
  }
  const line = DECISION_PICK.weigering;
  // Session 77 (s77-oppnohelp): "Mijn kind heeft geen extra hulp nodig" (A06, A19): the refusal's rule is for a child who
  // needs extra support (A11), and the Geschillencommissie handles the refusal of such a child only (F07; the plan has no
  // Geschillencommissie step for it, s76-misc): both go ("0"). The letter said "Noor heeft extra ondersteuning nodig" under
  // a bracketed condition, and "Ik leg de zaak ook voor aan de Geschillencommissie" for a parent who had said the opposite.
  if (f.oneOf('ondersteuning-gemeld', 'geen-hulp-nodig')) return { besluit_keuze: line, besluit_grond: '0', gpo_keuze: '0', stukken_keuze: '0', overleg_keuze: '0' };
  const plain = f.oneOf('ondersteuning-gemeld', 'ja') && !f.list('school-zegt').includes('school-vol');
  // Session 84 (s84-refusal, 1): the answer weigering-andere-school. The board may not refuse a child who needs extra support
  // before it has seen to it that another school is willing to admit the child (A11; WPO art. 40 lid 4, WVO 2020 art. 8.9
  // lid 2, WEC art. 40 lid 5; 002:664-670; FP02). "nee": the fourth line says the board found no other school, then the rule,
  // so the refusal was not allowed; with its "[…]" where the rule itself is in doubt (support need not told, a full school:
  // A17, A18), as line 1. Not after a turned-down offer (A22, 002:734-740: the zorgplicht may have lapsed): line 1 as before.
  // "ja": her own answer says the rule is met, so the line goes ("0") and the letter claims nothing about another school. Her
  // reasons (whether that school fits what the child needs, A10, A14) are hers to write; the consultation paragraph (A13)
  // stays. "weet-niet" or no answer: line 1, the rule alone, as before.
  const found = f.oneOf('weigering-andere-school', 'ja');
  const grond = found ? '0' : f.oneOf('weigering-andere-school', 'nee') && !f.oneOf('aanbod-geweigerd', 'ja') ? REFUSAL_NO_SCHOOL_LINE : line;
  return { besluit_keuze: line, besluit_grond: plain || found ? grond : `${grond}?`, stukken_keuze: '1', ...(plain ? { overleg_keuze: '1?' } : {}) };
}

/**
 * Session 78 (s78-left, 1): the letter page's "Wat gebeurt er daarna" (the letter's `after`) names the Geschillencommissie for
 * every bezwaar-weigering-verwijdering. The Geschillencommissie handles a refusal only of a child who needs extra support
 * (F07; 001:723-729, 002:94-101): where the letter itself dropped its Geschillencommissie sentence (gpo_keuze "0": a refusal,
 * ondersteuning-gemeld "geen-hulp-nodig"), the page says that instead (ui key, without the "ui:" prefix). Pure.
 */
export const AFTER_WITHOUT_GPO = 'left78.letterAfterZonderGpo';
export const letterAfterKey = (values: Partial<Record<LetterField, string>>): typeof AFTER_WITHOUT_GPO | undefined =>
  values.gpo_keuze === '0' ? AFTER_WITHOUT_GPO : undefined;

/**
 * Session 34 (s34-tlv): the TLV decisions the timeline holds beside the answers' tlv-besluit-datum (logged ones, and the
 * answered one a logged decision wrote over), while their bezwaar term (6 weeks, EXT, not certain) may still run. With a
 * refusal and a later decision on another day the plan has a bezwaar step for each (src/timeline/earlier.ts): the TLV
 * objection letter does not know which one it is for, so its decision date is left for the parent to fill in (before,
 * sent from the earlier refusal's step, it said "your decision of" the later date).
 */
function otherTlvDecisions(events: readonly LoggedEvent[], overwritten: Readonly<Record<string, unknown>>, today: IsoDate): IsoDate[] {
  const answered = overwritten['tlv-besluit-datum'];
  const days = [...events.filter((e) => e.kind === 'tlv-afgewezen' || e.kind === 'tlv-toegekend').map((e) => e.date), ...(typeof answered === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(answered) ? [answered as IsoDate] : [])];
  return days.filter((d) => d <= today && addWeeks(d, TERMS.tlvObjectionWeeks) >= today);
}

/**
 * Session 47 (lawyer-s46-meetings): the decisions a meeting report must not be read as agreeing to: a refusal, removal or
 * TLV decision (answered, or logged on paper, by phone or in a talk) dated up to today whose 6 weeks for bezwaar run (002:748-750, 846-850; the
 * TLV's: EXT, counted the same), or any such decision once a bezwaar was filed. Sorted, each day once.
 */
export function objectableDecisions(answers: Answers, today: IsoDate, events: readonly LoggedEvent[] = [], overwritten: Readonly<Record<string, unknown>> = {}): IsoDate[] {
  const f = factsFrom(answers, today);
  const filed = f.value('bezwaar-ingediend') === 'ja' || answers['bezwaar-ingediend'] === 'ja';
  // Also a decision told only by phone or in a talk (lawyer-s47-changes D4): the plan shows its 6 weeks as possible, and a
  // report of the talk in which it was told must not read as agreeing to it.
  const running = (d: IsoDate) => d <= today && (filed || addWeeks(d, TERMS.objectionWeeks) >= today);
  const spoken = events.filter((e) => (e.kind === 'besluit-geweigerd' || e.kind === 'verwijdering-besluit') && toldOnlyOrally(e)).map((e) => e.date);
  const days = [
    ...ALL_DECISION_DATES.map((q) => f.date(q)).filter((d): d is IsoDate => !!d && running(d)),
    ...otherSchoolDecisions(events, overwritten, today),
    ...otherTlvDecisions(events, overwritten, today),
    ...spoken.filter(running),
  ];
  return [...new Set(days)].sort();
}

/** The bezwaar letters: each names the decision it is against ({{datum_besluit}}). */
export const DECISION_LETTERS: readonly string[] = ['bezwaar-weigering-verwijdering', 'bezwaar-tlv'];

/**
 * Session 46 (s45-outputs): the decision a plan step's bezwaar letter is about, passed in its link (#/brief/<id>/<day>): the
 * step's own decision (params.besluit, the timeline's earlier-decision steps), or the day its bezwaar term counts from.
 * Before, the letter took the newest decision's date whichever step it was opened from, and the earlier decision's step
 * asked the parent to change the date by hand (a bezwaar names the decision it is against: A21, C09; 002:748-750, 846-850).
 */
export function letterDecision(step: Pick<PlanStep, 'params' | 'deadline'>, letter: string): IsoDate | undefined {
  if (!DECISION_LETTERS.includes(letter)) return undefined;
  const own = step.params['besluit'];
  if (own !== undefined && isIsoDate(own)) return own;
  return step.deadline?.startWhat === 'besluit-bekend' ? step.deadline.start : undefined;
}

/**
 * Session 46 (s45-outputs): the school's refusals and removals the timeline holds beside the answers' own (logged on paper,
 * and the answered ones a logged decision wrote over), while their 6 weeks for bezwaar run (002:748-750, 846-850). With two
 * such decisions the plan has a step for each (src/timeline/earlier.ts) and the bezwaar letter opened without one of them
 * leaves the date for the parent: before, it said "uw besluit van" the newest date also for the earlier decision.
 */
function otherSchoolDecisions(events: readonly LoggedEvent[], overwritten: Readonly<Record<string, unknown>>, today: IsoDate): IsoDate[] {
  const answered = ['weigering-datum', 'verwijdering-datum'].map((k) => overwritten[k]).filter((v): v is IsoDate => typeof v === 'string' && isIsoDate(v));
  const logged = events.filter((e) => (e.kind === 'besluit-geweigerd' || e.kind === 'verwijdering-besluit') && !toldOnlyOrally(e)).map((e) => e.date);
  return [...logged, ...answered].filter((d) => d <= today && addWeeks(d, TERMS.objectionWeeks) >= today);
}

/**
 * Session 38 (s38-clock): the reminder letter says "Volgens mijn berekening was de laatste dag voor uw besluit …" and asks
 * for the decision within 5 working days: written for after the school's term (A04/A05: 6 weeks from receipt, once 4
 * more). The plan links it from the decision step before that day too, and on the day itself the plan says "Dat is
 * vandaag" while the letter says the day has passed. The school's last day from the plan's own step while it is today or
 * later (the letter page then says so, ui:letter38.termRuns); undefined when it has passed, is only maybe ahead
 * (maybeExtendedTo: the letter itself asks which day the school keeps), or the plan has no such step.
 */
export function decisionDayAhead(letter: string, steps: readonly PlanStep[]): IsoDate | undefined {
  if (letter !== 'herinnering-besluit') return undefined;
  const d = steps.find((s) => s.id === 'besluit-aanmelding')?.deadline;
  return d && d.status !== 'passed' ? d.due : undefined;
}

/**
 * Session 63 (walk): the bezwaar letter opened from the plan (#/brief/<id>/<decision>) said only "Je hebt 6 weken" under
 * "Termijn", below the fold; the plan's own step for that decision has the day. Its deadline, the same object the plan
 * shows; undefined when the letter is opened without a decision or no step of the plan has one for it. `steps` is asked
 * for only then: any other letter does not compute the plan (issue 17).
 */
export function decisionDeadline(letter: string, decision: string | undefined, steps: () => readonly PlanStep[]): Deadline | undefined {
  if (!decision || !DECISION_LETTERS.includes(letter)) return undefined;
  return steps().find((s) => s.deadline && s.letters.includes(letter) && letterDecision(s, letter) === decision)?.deadline;
}

/** What a letter needs of a logged timeline event (src/timeline/model.ts TimelineEvent). */
export interface LoggedEvent {
  readonly kind: string;
  readonly date: IsoDate;
  /** "Hoe?": a registration by phone or in a talk is no registration (toldOnlyOrally, session 37). */
  readonly how?: string | undefined;
  /** Logged from a letter the parent sent: that letter, on paper, however it went. */
  readonly letter?: string | undefined;
}

/**
 * The registration events a letter counts: sent or received, never one logged by phone or in a talk (session 37). The plan
 * (src/timeline/model.ts lateFlags, EFFECTS aanmelding-verstuurd oral) counts no term from such a call; the reminder
 * letter counted it as the day the written registration was sent, or as a second registration, and so left the day of
 * receipt open while the plan gave it (or, the other way round, could take a call for the written one).
 */
const writtenRegistrations = (events: readonly LoggedEvent[]): LoggedEvent[] =>
  events.filter((e) => (e.kind === 'aanmelding-verstuurd' || e.kind === 'aanmelding-ontvangen') && !toldOnlyOrally(e));

/**
 * The registration date in the answers is the day the parent SENT it: "Aanmelding verstuurd" is the latest registration
 * event in the timeline, on that day, and no "Aanmelding ontvangen" is logged on or after it. The questionnaire itself
 * asks for the day the school received it (questions.yaml aanmelding-datum), so a date typed there counts as received.
 */
export function onlySent(date: IsoDate, events: readonly LoggedEvent[]): boolean {
  const registrations = writtenRegistrations(events);
  if (!registrations.some((e) => e.kind === 'aanmelding-verstuurd' && e.date === date)) return false;
  return !registrations.some((e) => e.kind === 'aanmelding-ontvangen' && e.date >= date);
}

/**
 * Session 25: the school said no only by phone (no decision, A20, FP02) and the parent registered at another school too.
 * The answers keep one registration date, the latest: the reminder to the school that said no by phone said "you
 * received it on" the next school's day, and gave it that school's last day, weeks later than its own. Which school the
 * letter goes to is not known: the parent fills in the day. Two registrations: two days of receipt (logged, or answered
 * in the questionnaire, which asks for that day, before a logged one wrote over it), two days sent, or a day sent after a
 * day of receipt. A day sent and a later day of receipt are one registration (sent, then received). After a written
 * refusal the reminder is for the next school (the first one decided), and the latest date is the right one.
 */
function twoRegistrationsAfterOralRefusal(oral: boolean, events: readonly LoggedEvent[], overwritten: Readonly<Record<string, unknown>>): boolean {
  if (!oral) return false;
  const days = (kind: string) => new Set(writtenRegistrations(events).filter((e) => e.kind === kind).map((e) => e.date));
  const received = days('aanmelding-ontvangen');
  const sent = days('aanmelding-verstuurd');
  const answered = overwritten['aanmelding-datum'];
  if (typeof answered === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(answered)) received.add(answered);
  const firstReceived = [...received].sort()[0];
  return received.size > 1 || sent.size > 1 || (firstReceived !== undefined && [...sent].some((d) => d > firstReceived));
}

/** The answers that hold the date of the decision a letter is about ({{datum_besluit}}). */
const ALL_DECISION_DATES = ['weigering-datum', 'verwijdering-datum', 'tlv-besluit-datum'];
const DECISION_DATES: Readonly<Record<string, readonly string[]>> = {
  // To the samenwerkingsverband, about its TLV decision (001:939-941).
  'bezwaar-tlv': ['tlv-besluit-datum'],
  // To the school board, about its refusal or removal (002:748-750, 846-850).
  'bezwaar-weigering-verwijdering': ['weigering-datum', 'verwijdering-datum'],
};

export type LetterPiece = { text: string } | { field: LetterField; value?: string };

/**
 * Session 60 (s60-enrolled): a choice the answers decide. A choice block in a letter is a paragraph whose first line is the
 * instruction in brackets ("[Kies één van de twee regels hieronder. Haal de andere weg.]") and whose other lines are the
 * lines to choose from. When its last line is only an optional field (`{{toelating_school}}`), that field decides: with a
 * value, the value is the block's one line (the instruction and the other lines go); without, that line goes and the parent
 * chooses as before. Only CHOICE_FIELDS (also OPTIONAL_FIELDS: never a "[label]" to fill in). The value may name other fields ({{kind_voornaam}}): they are filled like the letter's own.
 */
function choicesByAnswers(template: string, values: Partial<Record<LetterField, string>>): string {
  return template
    .split('\n\n')
    .map((para) => {
      const lines = para.split('\n');
      const last = /^\{\{\s*([a-z_]+)\s*\}\}$/.exec(lines.at(-1)!.trim());
      const field = last?.[1] as LetterField | undefined;
      if (lines.length < 3 || !/^\[.*\]$/.test(lines[0]!.trim()) || !field || !(CHOICE_FIELDS.includes(field) || PICK_FIELDS.includes(field))) return para;
      const value = values[field]?.trim();
      if (PICK_FIELDS.includes(field)) {
        // Session 77 (s77-oppnohelp): "0" drops the whole block, the instruction and every line (a paragraph that does not
        // apply: herinnering-besluit's support paragraph for a child who needs no extra help).
        if (value === '0') return undefined;
        // Session 64: the n-th line to choose from ("n"), without its leading "[…]", or with it ("n?").
        const pick = value ? /^([1-9])(\?)?$/.exec(value) : null;
        const line = pick ? lines.slice(1, -1)[Number(pick[1]) - 1] : undefined;
        if (line === undefined) return lines.slice(0, -1).join('\n');
        return pick![2] ? line : line.replace(/^\[[^\]]*\]\s*/, '');
      }
      return value ? value : lines.slice(0, -1).join('\n');
    })
    .filter((para): para is string => para !== undefined)
    .join('\n\n');
}

/**
 * Session 60 (s60-enrolled, bericht-leerplichtambtenaar): a child enrolled nowhere (neverEnrolled) and admitted. The letter
 * offered "{{kind_voornaam}} heeft nog geen school" and "Wij zoeken een school": she has one. The choice lines
 * (toelating_school, toelating_gesprek, choicesByAnswers) then say she is admitted, and from which day she is (or was)
 * enrolled, or that the parent does not know that day yet; the school by {{school_naam}}. Words from content
 * (ui:enrolled60.letter) in the letter's language, the day as in every letter (`lang`). Pure.
 */
export function admissionValues(
  answers: Answers,
  today: IsoDate,
  words: (key: 'schoolIngeschreven' | 'schoolVanaf' | 'schoolOnbekend' | 'gesprek', p: { dag?: string }) => string,
  lang = 'nl',
): Partial<Record<LetterField, string>> {
  const f = factsFrom(answers, today);
  if (!f.is('neverEnrolled') || !f.is('wasAdmitted')) return {};
  const day = f.date('inschrijving-datum');
  const school = day === undefined ? words('schoolOnbekend', {}) : words(day <= today ? 'schoolIngeschreven' : 'schoolVanaf', { dag: formatDateShort(day, lang) });
  return { toelating_school: school, toelating_gesprek: words('gesprek', {}) };
}

/**
 * Fills a letter template. Returns pieces, so a view can mark missing values visibly and
 * render everything as text (never as markup). `{{name}}` with an unknown name is left as it is;
 * the content build guarantees there are none. A value that ends in a full stop (a Ukrainian date
 * "1 вересня 2026 р.", a typed "Jansen B.V.") takes the place of the sentence's own full stop right
 * after it: never "р..".
 */
export function fillLetter(template: string, values: Partial<Record<LetterField, string>>): LetterPiece[] {
  template = choicesByAnswers(template, values);
  const pieces: LetterPiece[] = [];
  const re = /\{\{\s*([a-z_]+)\s*\}\}/g;
  let last = 0;
  let dot = false;
  let dropped = false;
  const text = (t: string) => {
    let rest = dot && /^\.(?!\.)/.test(t) ? t.slice(1) : t;
    // An optional paragraph left out takes its blank line with it.
    if (dropped) rest = rest.replace(/^\n\n?/, '');
    dropped = false;
    if (rest) pieces.push({ text: rest });
  };
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) text(template.slice(last, m.index));
    const field = m[1] as LetterField;
    const value = values[field]?.trim();
    if (!value && OPTIONAL_FIELDS.includes(field)) {
      dropped = true;
      last = re.lastIndex;
      continue;
    }
    dropped = false;
    pieces.push(value ? { field, value } : { field });
    dot = !!value?.endsWith('.');
    last = re.lastIndex;
  }
  if (last < template.length) text(template.slice(last));
  return pieces;
}

/** The letter as plain text; a missing value shows as "[label]" so nothing looks finished when it is not. */
export const letterText = (pieces: readonly LetterPiece[], label: (field: LetterField) => string): string =>
  pieces.map((p) => ('text' in p ? p.text : (p.value ?? `[${label(p.field)}]`))).join('');

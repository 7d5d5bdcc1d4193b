/**
 * THE mapping between timeline events and answers, as data, in one file.
 *
 * An event kind with legal meaning writes answers (its `sets`), through the same door as the
 * questionnaire: the plan reads answers only, so it recomputes from the logged date. `DATE` stands
 * for the event's own date. `situation` adds that situation to the answer "situatie" (the plan only
 * uses answers of the situations the parent chose). Plain kinds (telefoontje, gesprek, …) set nothing:
 * a call is no decision and starts no clock.
 *
 * Every id here is a question of the answers schema 2 (src/flow/questions.ts); tests/unit/timeline.test.ts
 * checks each kind's effect on the plan with exact dates.
 */
export const DATE = '$date';

export const LEGAL_KINDS = [
  'aanmelding-verstuurd',
  'aanmelding-ontvangen',
  'besluit-verlengd',
  'besluit-toegelaten',
  'besluit-geweigerd',
  'opp-opgesteld',
  'opp-besproken',
  'opp-ingestemd',
  'thuis-vanaf',
  'schorsing',
  'weer-naar-school',
  'verwijdering-besluit',
  'uitschrijving',
  'tlv-aangevraagd',
  'tlv-toegekend',
  'tlv-afgewezen',
  'bezwaar-ingediend',
  'gpo-ingediend',
  // Session 73 (s73-timeline): the answers on a bezwaar and on a request to the Geschillencommissie (F09, F10, F13, E17).
  'gpo-advies',
  'bezwaar-beslist',
  'klacht-ingediend',
  'klacht-reactie',
  'dossier-gevraagd',
  'dossier-ontvangen',
] as const;
export const PLAIN_KINDS = ['telefoontje', 'gesprek', 'e-mail', 'brief', 'anders'] as const;
export type LegalKind = (typeof LEGAL_KINDS)[number];
export type PlainKind = (typeof PLAIN_KINDS)[number];
export type EventKind = LegalKind | PlainKind;
export const EVENT_KINDS: readonly EventKind[] = [...LEGAL_KINDS, ...PLAIN_KINDS];

export const PARTIES = ['school', 'bestuur', 'samenwerkingsverband', 'leerplichtambtenaar', 'gemeente', 'onderwijsconsulent', 'steunpunt', 'klachtencommissie', 'geschillencommissie', 'anders'] as const;
export type Party = (typeof PARTIES)[number];
export const HOWS = ['brief', 'e-mail', 'gesprek', 'telefoon', 'anders'] as const;
/**
 * Session 64 (lawyer-s64-timeline D2): which decision a logged bezwaar is against, when the parent says so (the timeline form
 * asks it only while two decisions are open: a refusal, a removal, a TLV decision). Each decision has its own bezwaar and its
 * own 6 weeks (A21, 002:748-750; C09, 002:846-850; E18 and §X.3 for a TLV). The plan then drops only that decision's bezwaar
 * step (src/meeting/plan.ts placedObjections); the other keeps its clock. Without it: today's behaviour (placed by the letter
 * or the samenwerkingsverband, else against neither). Writes no answer: the questionnaire has one "bezwaar-ingediend".
 */
export const OBJECTION_TARGETS = ['weigering', 'verwijdering', 'tlv'] as const;
export type ObjectionTarget = (typeof OBJECTION_TARGETS)[number];
/** The plan's bezwaar step for each decision (src/rules/steps: aanmelden, thuiszitten/geschil, tlv). */
export const OBJECTION_STEP: Readonly<Record<ObjectionTarget, string>> = { weigering: 'bezwaar-weigering', verwijdering: 'bezwaar-verwijdering', tlv: 'tlv-bezwaar' };
export type How = (typeof HOWS)[number];

export interface KindEffect {
  /** Situation the event belongs to; added to "situatie" when missing. */
  situation?: 'aanmelden' | 'handelingsverlegen' | 'thuiszitten' | 'tlv';
  /** Answers the event writes: question id → option id, or DATE for the event's date. */
  sets: Readonly<Record<string, string>>;
  /**
   * Answers the event writes only where there is no answer yet (at its place in date order): what the event
   * implies when nothing says otherwise. A registration sent means "no decision yet", unless a decision is known.
   */
  defaults?: Readonly<Record<string, string>>;
  /** Who is usually involved: pre-ticked in the form. */
  parties: readonly Party[];
  /**
   * Older news (session 25): the event writes none of its answers (`sets`, `defaults`) when the answers it meets hold a
   * later step of the same story: `condition` holds and the answer `date` is a later day (or the same day, `sameDay`).
   * A parent who answered "the TLV was refused on 10 April" and then logs the application of 1 March, or who answered
   * "removed on 20 October" and logs the suspension of 5 October, keeps the decision and its 6 weeks for bezwaar.
   */
  overtakenBy?: readonly Overtaken[];
  /**
   * A decision that must be on paper, logged as told by phone (`how`: telefoon): these answers instead of `sets`
   * (session 25). A phone call is no decision and starts no clock (A20, FP02; C08): the plan then asks for the decision
   * on paper, and the school's own term for it runs on. Keys are a subset of `sets`.
   */
  oral?: Readonly<Record<string, string>>;
  /**
   * Which "Hoe?" make the event only oral, when not ORAL_HOWS (session 34). A bezwaar must be a letter or an e-mail
   * ("per brief of per mail", 000:972; Awb: a bezwaarschrift; FACTS FP-P4): one logged by phone or in a talk does not count.
   */
  oralHows?: readonly How[];
  /**
   * Session 35: told in a call or a talk (`hows`), the event writes nothing where the answers it meets hold one of these
   * values (question id -> option ids). A registration by phone never writes over a written one logged or answered before
   * it (that one's 6 weeks stay); a receipt by phone after a registration only by phone confirms no written registration.
   */
  spokenKeeps?: { hows: readonly How[]; answers: Readonly<Record<string, readonly string[]>> };
  /**
   * Session 36: the event starts a new term of the school from its own day (`date`, the answer it writes), and an answer
   * about the term before it (`answer` = `was`: the school extended its 6 weeks) is not known for the new one: it becomes
   * `becomes` ("weet ik niet"). Only when the answers hold an earlier day for `date`. Not for the same registration told
   * again: an event of a `sameAs` kind wrote that earlier day and no event wrote `answer` since (the receipt of the
   * registration sent: its 6 weeks count from receipt, and an extension logged after the receipt still holds).
   */
  newTerm?: { date: string; answer: string; was: string; becomes: string; sameAs: readonly LegalKind[] };
  /**
   * Session 38: the event is a new step that reopens an answer a decision event gave to an earlier one: where the answers
   * hold `was` for `answer`, written last by an event of a `by` kind dated before this event (session 43: or answered in
   * the questionnaire, for a registration whose day `date` the answers hold before this event's), the event writes `becomes`.
   * A registration received after a logged admission cannot be the registration admitted (another school, a move): the
   * school's 6 weeks run from its receipt (A04). Session 43: where the answers hold a written refusal before that admission
   * (conditions.ts refusedThenAdmittedElsewhere), it writes `afterRefusal` instead.
   */
  reopens?: { answer: string; was: string; becomes: string; afterRefusal: string; by: readonly LegalKind[]; date: string };
  /**
   * Session 51 (lawyer-s51-tlv-opp D1): the event settles a complaint the answers hold: where `answer` is one of `was`, it
   * writes `becomes`. A consent logged ("OPP: ingestemd") answers "De school heeft mij niet om instemming gevraagd": the
   * school did ask. Before, the plan kept "Beslis mee over het handelingsdeel" and the Geschillencommissie for an OPP
   * dispute beside the warning "Je stemde in met het OPP". Deleting the event gives the answer back (keysOf: in `base`).
   */
  settles?: { answer: string; was: readonly string[]; becomes: string };
  /**
   * Session 74 (s74-receipt): the event answers a question only when it was logged as on paper or by e-mail (`hows`): then
   * it writes `answer` = `yes` (it is part of its `sets`: setsOf). A receipt of the registration the school confirmed in
   * a letter or an e-mail IS the written confirmation the questionnaire asks about ("Heb je van de school een bevestiging
   * van je aanmelding gekregen?"): A01, A04 (the 6 weeks run from receipt, and the day of receipt on paper is the parent's
   * proof). Before, the plan kept "Vraag de school je aanmelding te bevestigen" among the first actions after such a
   * receipt. Told by phone or in a talk it writes nothing (the step stays: ask for it in writing). An event that writes its
   * own registration day after an earlier one (a registration at a next school, or sent again) writes `no` where the answer
   * is `yes` written by such a confirmation dated before it: that confirmation was for another registration (modelled on
   * newTerm). `hows` empty: the event never confirms, it only takes back an earlier event's confirmation.
   */
  confirms?: { hows: readonly How[]; answer: string; yes: string; no: string; date: string };
}

/**
 * How a contact went that makes a decision only oral: a phone call. Not a talk ("gesprek"): the letter with the decision
 * may have been handed over in it, and then its 6 weeks run; the plan keeps them (the safe side, a term never buried).
 */
export const ORAL_HOWS: readonly How[] = ['telefoon'];

/** See KindEffect.overtakenBy. `condition` is a name from src/flow/conditions.ts. */
export interface Overtaken {
  condition: 'tlvDecisionKnown' | 'refusalMayBeWritten' | 'hasRemovalDecision' | 'isRemoved' | 'isSuspended' | 'registeredInWriting' | 'complaintFiled' | 'dossierRequested' | 'dossierRequestedAny' | 'hasOpp';
  date: string;
  sameDay?: true;
  /** The rules of this session and later only (src/timeline/model.ts Rules): older data is read once by them. */
  since?: 's47';
  /** With `earlierUnlessAfter`: only for an event at most this many days after the answer's day. */
  withinDays?: number;
  /** With `earlierUnlessAfter`: more answers' days that, between the answer's day and the event's, make the event news. */
  alsoUnlessAfter?: readonly string[];
  /**
   * Only for a decision logged as told by phone (session 28): a call on the day of a decision on paper that the answers
   * already hold is that decision told twice (the school calls and the letter comes), and writes nothing over it.
   */
  oralOnly?: true;
  /**
   * Only with `oralOnly` (session 28): the answers' decision may also be dated before the call, as long as this answer (a
   * registration) is not dated after that decision. A refusal answers a registration: with no new one there is no second
   * refusal, and the call is the refusal on paper told again. Session 30: the same for a removal (a second removal needs a
   * place at a next school, so a registration there first).
   */
  earlierUnlessAfter?: string;
}

/**
 * Session 36 (found by the s35 hunt): the school's extension (A05: once, at most 4 weeks, 10 in total), answered "ja" or
 * logged as "Besluit verlengd", belongs to the registration it was given for. A registration logged on a later day (sent
 * again, at another school, or a day of receipt after the extension or after the day answered in the questionnaire) may be
 * a new one: its term is 6 weeks from its receipt (A04), plus 4 only if that school extends. The timeline cannot tell, so
 * the extension becomes "weet ik niet" for it: the plan counts 6 weeks and, once they pass, names the 10-week day as what
 * may still be ahead (Deadline.maybeExtendedTo). Before, it counted 10 weeks from the new day: a school's term shown 4
 * weeks late. An extension logged after the registration still holds, and so does one given before a receipt logged for
 * the registration sent (sameAs). Writes the questionnaire's own answer, so the letter and the questions agree.
 */
const EXTENSION_UNKNOWN = (sameAs: readonly LegalKind[]): NonNullable<KindEffect['newTerm']> =>
  ({ date: 'aanmelding-datum', answer: 'aanmelding-verlengd', was: 'ja', becomes: 'weet-niet', sameAs });

/**
 * Session 38 (s38-clock): a registration (sent or received) logged on a day after a logged admission ("Besluit op papier -
 * toegelaten") is a new registration: the answers kept "toegelaten" and the plan showed no term for it, while the
 * timeline's "te laat?" (lateFlags: a decision dated before the start answers nothing) counted its 6 weeks from receipt
 * (A04) and offered the reminder letter. Now it writes "nog niet" (no decision yet) as the questionnaire would, so the plan,
 * the calendar file, the gesprekskaart and the letter count the same 6 weeks.
 * Session 43: also after an admission answered in the questionnaire, when the registration is logged on a day after the
 * day of receipt the answers hold (aanmelding-datum: "op welke datum heeft de school je aanmelding gekregen?"): a
 * registration sent or received after that day cannot be the one the school received then, as session 36 reads it for
 * the extension (newTerm). Session 38 kept "toegelaten" (no day of the admission to compare), and the new school's 6
 * weeks were on no screen. With no day of receipt answered, nothing changes.
 * Session 43: also when the answers hold a written refusal before that admission (refused at one school, admitted at the
 * next, then registered at a third). Session 38 kept "toegelaten" then, so that the refusal's bezwaar stayed in the plan,
 * and the third school's 6 weeks were on no screen. Now the answer goes back to the refusal ("geweigerd", its day kept):
 * the answers read as a written refusal with a registration after it, as before the next school's admission, so the plan
 * shows the third school's 6 weeks from its receipt beside the refusal's bezwaar, its Geschillencommissie and, when a
 * bezwaar was filed, "wacht op het besluit over je bezwaar" (warning nieuwe-aanmelding-na-weigering: the new registration
 * does not stop the refusal's term). "Nog niet" there would leave the refusal's bezwaar only to the timeline's own step
 * (weigering-voor-toelating), and a bezwaar or GPO request already filed against it would leave the plan.
 */
const REOPENS_ADMISSION: NonNullable<KindEffect['reopens']> =
  { answer: 'aanmelding-besluit', was: 'toegelaten', becomes: 'nog-niet', afterRefusal: 'geweigerd', by: ['besluit-toegelaten'], date: 'aanmelding-datum' };

/**
 * Session 74 (s74-receipt): a receipt logged as a letter or an e-mail answers "aanmelding-bevestiging" (KindEffect.confirms);
 * a registration logged on a later day than such a receipt takes that answer back ("nee": not confirmed yet).
 */
const RECEIPT_CONFIRMS = (hows: readonly How[]): NonNullable<KindEffect['confirms']> =>
  ({ hows, answer: 'aanmelding-bevestiging', yes: 'ja', no: 'nee', date: 'aanmelding-datum' });

export const EFFECTS: Readonly<Record<LegalKind, KindEffect>> = {
  // The 6-week clock runs from receipt (A04). A sent date is used until a received date is logged.
  // Without an answer on the decision the plan had no 6-week date at all (waitingForAdmissionDecision needs
  // aanmelding-besluit: nog-niet): the letter "Schriftelijke aanmelding" logged as sent gave no deadline (session 21).
  // Only a default: a decision answered or logged keeps its place (a refusal's bezwaar is never hidden).
  // Session 25: a registration dated before the one the answers hold (a day of receipt answered in the questionnaire) never
  // moves its date back: the 6 weeks would show as passed while they run.
  // Session 35: a registration must be in writing, on paper or by e-mail (A01: 001:119, 002:620, 004:4385; FP01, 003:593-651:
  // "schriftelijk aan door een mail te sturen"); the 6 weeks run from its receipt (A04). One logged "by phone" or "in a
  // talk" wrote "schriftelijk" and its day: the plan showed the school's 6 weeks, which never started, and hid "meld je kind
  // schriftelijk aan". Now it writes the questionnaire's own answer for it ("telefonisch": the step and the warning
  // telefoon-is-geen-aanmelding; src/timeline/earlier.ts spokenRegistrationNotes says why), and nothing over a written
  // registration (a call after it is just a call). The letter "Schriftelijke aanmelding" logged as sent is on paper however
  // it was handed over (toldOnlyOrally with `letter`). No default "no decision yet" from a call (effectsOf).
  'aanmelding-verstuurd': { situation: 'aanmelden', sets: { 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': DATE }, defaults: { 'aanmelding-besluit': 'nog-niet' }, parties: ['school'],
    overtakenBy: [{ condition: 'registeredInWriting', date: 'aanmelding-datum' }],
    oral: { 'aanmelding-hoe': 'telefonisch' }, oralHows: ['telefoon', 'gesprek'],
    spokenKeeps: { hows: ['telefoon', 'gesprek'], answers: { 'aanmelding-hoe': ['schriftelijk'] } },
    newTerm: EXTENSION_UNKNOWN([]), reopens: REOPENS_ADMISSION, confirms: RECEIPT_CONFIRMS([]) },
  // Session 35: the school says by phone or in a talk that it received the registration. The sources tie the 6 weeks to the
  // receipt of the written registration (A04) and say nothing about how the school confirms it: the receipt keeps its
  // clock (the safe side for the parent: a term is never hidden on a guess), and the step says it counts only for a
  // registration on paper or by e-mail and to ask the school for the day of receipt in an e-mail (earlier.ts
  // spokenReceiptNotes). After a registration only by phone there is no written one to receive: it writes nothing.
  'aanmelding-ontvangen': { situation: 'aanmelden', sets: { 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': DATE }, defaults: { 'aanmelding-besluit': 'nog-niet' }, parties: ['school'],
    overtakenBy: [{ condition: 'registeredInWriting', date: 'aanmelding-datum' }],
    spokenKeeps: { hows: ['telefoon', 'gesprek'], answers: { 'aanmelding-hoe': ['telefonisch'] } },
    newTerm: EXTENSION_UNKNOWN(['aanmelding-verstuurd']), reopens: REOPENS_ADMISSION, confirms: RECEIPT_CONFIRMS(['brief', 'e-mail']) },
  // A05: extended once by at most 4 weeks, 10 in total.
  // "No decision yet" only as a default (session 22): an extension by the next school after a refusal wrote
  // aanmelding-besluit: nog-niet over the refusal, and the refusal's 6 weeks for bezwaar left the plan.
  'besluit-verlengd': { situation: 'aanmelden', sets: { 'aanmelding-hoe': 'schriftelijk', 'aanmelding-verlengd': 'ja' }, defaults: { 'aanmelding-besluit': 'nog-niet' }, parties: ['school'] },
  // An admission dated before a refusal the parent answered (another school, an earlier year) does not erase the refusal.
  // Session 46 (s040-lotte-toegelaten-alleen-telefoon): an admission told only by phone or in a talk is no decision on
  // paper (the school confirms an enrolment in writing: 000:326-328; 004:4399-4402; a "yes" by phone later became a "no",
  // 003:607-613). It writes only that the registration was in writing: the school's 6 weeks run on, and the decision
  // step says to ask for the admission on paper (spokenAdmissionNotes, src/timeline/earlier.ts).
  'besluit-toegelaten': { situation: 'aanmelden', sets: { 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'toegelaten' }, parties: ['school'],
    overtakenBy: [{ condition: 'refusalMayBeWritten', date: 'weigering-datum' }], oral: { 'aanmelding-hoe': 'schriftelijk' }, oralHows: ['telefoon', 'gesprek'] },
  // A decision logged as a legal event is a written one (A20, FP02); a refusal by phone is logged as 'telefoontje', or with
  // "Hoe? Telefoon" (its `oral` answers, session 25), and starts no clock.
  'besluit-geweigerd': { situation: 'aanmelden', sets: { 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': DATE }, parties: ['school', 'bestuur'],
    // An earlier refusal (another school, an earlier registration) never takes the date of a later one the parent answered.
    // Session 28: a call on or after the day of the refusal the answers hold (on paper, or "weet ik niet"), with no
    // registration since, is that refusal told again: before, it wrote "nee" over the letter, and the plan asked for the
    // decision on paper, chased the school's own decision term and showed the letter's 6 weeks as an "earlier refusal".
    // After a registration at the next school, a refusal by phone is that school's, and still writes "nee" (A20, FP02).
    overtakenBy: [
      { condition: 'refusalMayBeWritten', date: 'weigering-datum' },
      { condition: 'refusalMayBeWritten', date: 'weigering-datum', sameDay: true, oralOnly: true, earlierUnlessAfter: 'aanmelding-datum' },
    ],
    oral: { 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'nee' },
    // Session 47 (hunt-s46 found 7): a "no after all" by phone after an admission on paper (logged or answered) writes
    // nothing over it. A call is no decision (A20, FP02) and the admission on paper is the school's decision on the
    // registration (A04; 000:326-328): before, the call made the plan say the school had not decided in time. After a
    // registration logged since the admission (EFFECTS reopens: "no decision yet"), a call is news about that one again.
    spokenKeeps: { hows: ['telefoon'], answers: { 'aanmelding-besluit': ['toegelaten'] } } },
  'opp-opgesteld': { sets: { opp: 'ja' }, parties: ['school'] },
  // Session 51 (lawyer-s51-tlv-opp D3): a talk logged on a day before the last talk the answers hold is history: it wrote
  // its day over the newer one, and the plan said "more than a year ago, ask now" twelve days after a talk (B20, 002:882-884).
  'opp-besproken': { sets: { opp: 'ja', 'opp-besproken': DATE }, parties: ['school'],
    overtakenBy: [{ condition: 'hasOpp', date: 'opp-besproken' }] },
  'opp-ingestemd': { sets: { opp: 'ja', 'opp-ingestemd': 'ja' }, parties: ['school'],
    settles: { answer: 'opp-onenigheid', was: ['geen-instemming-gevraagd'], becomes: 'geen' } },
  'thuis-vanaf': { situation: 'thuiszitten', sets: { 'thuis-sinds': DATE }, parties: ['school'] },
  'schorsing': { situation: 'thuiszitten', sets: { 'thuis-reden': 'geschorst', 'schorsing-datum': DATE }, parties: ['school', 'bestuur'],
    // A suspension before the removal the parent answered (C11, 002:2303-2307) is history: the child is removed now.
    // An older suspension never moves the date of the one the parent answered (its week would show as passed).
    // Session 46 (s039-verwijderd-en-dezelfde-dag-geschorst-tijdlijn): a suspension on the removal's own day is not history:
    // the board suspends while no other school is found (C11), the child is at home on it, and its week (C10, 002:2362)
    // runs. It writes "geschorst" and its day; the removal decision and its bezwaar stay (removalMayBeWritten,
    // removalDatedThenSuspended). Before, nothing in the plan said the suspension had lasted a week too long.
    overtakenBy: [{ condition: 'isRemoved', date: 'verwijdering-datum' }, { condition: 'isSuspended', date: 'schorsing-datum' }] },
  // Session 55: the child at home (a first day at home, a suspension) goes back to school. It writes no answer: the
  // questionnaire has no "is the child still at home" answer, and taking "thuiszitten" out of "situatie" would also take
  // out a removal decision answered there ("thuis-reden: verwijderd") and its 6 weeks for bezwaar (002:846-850). The plan
  // leaves out its at-home steps from the latest such day on, until a later first day at home or suspension (withEvents in
  // src/meeting/plan.ts, atSchool in src/timeline/earlier.ts). The suspension's week (schorsing-einde) ends with the day
  // back; every other term keeps its step and its day. No `situation`: logged
  // alone it does not make the parent's story one of a child at home. A new kind needs no older rule set (model.ts Rules):
  // no timeline stored by an older version holds it, and it changes what no other kind writes.
  'weer-naar-school': { sets: {}, parties: ['school'] },
  // v2: verwijdering-besluit [schriftelijk, mondeling, nee, weet-niet]. On v1, verwijdering-datum is used only when thuis-reden = verwijderd.
  // A written removal decision means the school wants the child to leave (hv-wil-weg): without that answer the
  // question it writes did not apply, and the 6 weeks for bezwaar (002:846-850) were not in the plan (session 21).
  'verwijdering-besluit': { situation: 'handelingsverlegen', sets: { 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': DATE }, parties: ['bestuur'],
    // Session 28: a call on the day of the removal decision the answers hold is that decision told again (as a refusal).
    // Session 30: also a call on a later day, with no registration dated after that decision. A removal ends the child's
    // place at one school; a second removal needs a place at a next school first. Before, the call wrote "mondeling" over
    // the decision on paper: a decision answered in the questionnaire lost its 6 weeks for bezwaar (002:846-850) for a
    // possible term from the call, and the plan said "the school only said it aloud, there is no decision yet".
    // After a registration at the next school, a removal by phone is that school's and still writes "mondeling".
    overtakenBy: [
      { condition: 'hasRemovalDecision', date: 'verwijdering-datum' },
      { condition: 'hasRemovalDecision', date: 'verwijdering-datum', sameDay: true, oralOnly: true, earlierUnlessAfter: 'aanmelding-datum' },
      // Session 47 (s039-brief-later-binnen-ook-in-tijdlijn): a letter on paper too. A second removal needs a place at a
      // next school first (002:756-768), so with no registration since the decision the answers hold, a removal letter
      // logged on a later day (often the day it arrived) may be that decision: it writes nothing, the plan counts from
      // the earlier date (the safe side), and the later letter's own 6 weeks stay as a step that asks whether it is a
      // new decision (laterRemovalSteps, src/timeline/earlier.ts). Not after a bezwaar: then the letter may be the
      // decision on it (schoolDecisionOnObjectionNotes), or after the Geschillencommissie's advice (alsoUnlessAfter).
      // Within two weeks of it: a letter that came later, not the board deciding again months on.
      { condition: 'hasRemovalDecision', date: 'verwijdering-datum', earlierUnlessAfter: 'aanmelding-datum', alsoUnlessAfter: ['bezwaar-datum', 'gpo-datum'], since: 's47', withinDays: 14 },
    ],
    oral: { 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'mondeling' },
    // Session 47 (hunt-s46 found 8): told in a talk is oral too. A removal decision must be in writing with its reasons
    // (C08; 002:818-840), and unlike "Besluit op papier - geweigerd" this kind's name does not say it was on paper. The plan
    // then asks for the decision on paper and still shows the 6 weeks from the talk, as possible (the letter may have
    // been handed over in it): never a certain term from a talk, never a term hidden.
    oralHows: ['telefoon', 'gesprek'] },
  'uitschrijving': { sets: { ingeschreven: 'nee' }, parties: ['school'] },
  'tlv-aangevraagd': { situation: 'tlv', sets: { 'tlv-fase': 'aangevraagd' }, parties: ['school', 'samenwerkingsverband'],
    // The application before the decision the parent answered: the decision and its bezwaar stay (E16-E18).
    overtakenBy: [{ condition: 'tlvDecisionKnown', date: 'tlv-besluit-datum', sameDay: true }] },
  'tlv-toegekend': { situation: 'tlv', sets: { 'tlv-fase': 'besluit', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': DATE }, parties: ['samenwerkingsverband'],
    overtakenBy: [{ condition: 'tlvDecisionKnown', date: 'tlv-besluit-datum' }] },
  'tlv-afgewezen': { situation: 'tlv', sets: { 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': DATE }, parties: ['samenwerkingsverband'],
    overtakenBy: [{ condition: 'tlvDecisionKnown', date: 'tlv-besluit-datum' }] },
  // What the parent filed or asked for (schema 2).
  // Session 34: a bezwaar must be made in writing, by letter or e-mail (000:972 "per brief of per mail"; 002:748-750 with
  // fn 19: the Awb's bezwaarschrift; FACTS FP-P4: only phoning instead of acting in writing). One logged "by phone" or "in a
  // talk" writes nothing: before, it wrote "bezwaar-ingediend: ja" and the plan's bezwaar step with its last day left the
  // plan, so a parent who had only phoned could miss the written term. The step stays and says why (src/timeline/earlier.ts
  // spokenObjectionNotes). A talk counts here (unlike a decision told in a talk): it is the parent's own act, and a letter
  // handed over in a talk is logged as "Brief". The step's text says: sent it on paper or by e-mail after all? nothing to do.
  // Not done for the complaint: the sources do not say it must be in writing (it goes as the school's klachtenregeling says,
  // 000:1051-1053), and the parent has no term to lose there. The GPO request: see gpo-ingediend.
  'bezwaar-ingediend': { sets: { 'bezwaar-ingediend': 'ja', 'bezwaar-datum': DATE }, parties: ['bestuur'], oral: {}, oralHows: ['telefoon', 'gesprek'] },
  // Session 34: how a request to the Geschillencommissie is made is not in the sources (FACTS F13: the procedure is EXT). A
  // call or a talk may have been a question, not a request: logged "by phone" or "in a talk" it writes nothing, so the
  // plan keeps the GPO step (its term is not certain anyway), which then says that whether such a request counts is not
  // in our sources, and to ask the commission (note ui:open34.spokenGpo). The safe side: a term is never buried on a guess.
  'gpo-ingediend': { sets: { 'gpo-ingediend': 'ja', 'gpo-datum': DATE }, parties: ['geschillencommissie'], oral: {}, oralHows: ['telefoon', 'gesprek'] },
  // Session 73 (s73-timeline): the Geschillencommissie's advice (F09, F10; 001:731, 004:4792-4795) and the decision on a
  // bezwaar by the board or the samenwerkingsverband (A21, C09, E17; the board waits for the advice first, F13 EXT). Before,
  // the parent could log them only as "brief" (the plan kept "wait for the decision" and "prepare for the hearing") or as a
  // new refusal or removal decision (a new 6-week bezwaar and Geschillencommissie at the top of the first screen). They
  // write no answer (the questionnaire has none for them) and start no term: the plan's bezwaar-loopt and gpo-loopt say what
  // comes next (objectionAnsweredSteps, src/timeline/earlier.ts); what a parent can do against a decision on a bezwaar, and
  // by when, is not in the sources (F16).
  'gpo-advies': { sets: {}, parties: ['geschillencommissie'] },
  'bezwaar-beslist': { sets: {}, parties: ['bestuur'] },
  'klacht-ingediend': { sets: { klacht: 'ingediend', 'klacht-datum': DATE }, parties: ['klachtencommissie'],
    // The same complaint (same day) or an earlier one: never "ingediend" again over the committee's answer.
    overtakenBy: [{ condition: 'complaintFiled', date: 'klacht-datum', sameDay: true }] },
  // The klachtencommissie's answer or advice: the one event that answers the complaint's term (session 22: before,
  // any later event with the committee did, also the parent's own call asking when the answer comes).
  // Session 23: it writes "beantwoord", so the plan no longer chases the passed 4 weeks and says what can follow.
  'klacht-reactie': { sets: { klacht: 'beantwoord' }, parties: ['klachtencommissie'] },
  // A request means: the parent does not have the dossier now (session 22). Before, the plan's month and its step
  // came only when "dossier-gezien" was answered "nee": a parent who had seen it before, or never answered, logged a
  // new request and got no date. A later "Dossier gekregen" writes "ja" again (date order). Session 56: not a request to
  // correct the dossier (the letter correctie-dossier: LETTER_SETS), which the parent has.
  'dossier-gevraagd': { sets: { 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': DATE }, parties: ['school'],
    overtakenBy: [{ condition: 'dossierRequested', date: 'dossier-gevraagd-datum' }] },
  // Session 51 (lawyer-s51-tlv-opp D4): a dossier received before the request the answers hold cannot answer it: it wrote
  // "gezien: ja" and the later request and its month (G01, G05) left the plan.
  'dossier-ontvangen': { sets: { 'dossier-gezien': 'ja' }, parties: ['school'],
    overtakenBy: [{ condition: 'dossierRequestedAny', date: 'dossier-gevraagd-datum' }] },
};

/**
 * A date answered in the questionnaire shows in the timeline as this kind of event (derived, not
 * stored). A function picks the kind where another answer decides it.
 */
export const ANSWER_KIND: Readonly<Record<string, EventKind | ((a: Readonly<Record<string, unknown>>) => EventKind)>> = {
  'aanmelding-datum': 'aanmelding-ontvangen',
  'weigering-datum': 'besluit-geweigerd',
  'opp-besproken': 'opp-besproken',
  'thuis-sinds': 'thuis-vanaf',
  'schorsing-datum': 'schorsing',
  'verwijdering-datum': 'verwijdering-besluit',
  'tlv-besluit-datum': (a) => (a['tlv-besluit'] === 'afgewezen' ? 'tlv-afgewezen' : 'tlv-toegekend'),
  'gesprek-datum': 'gesprek',
  'bezwaar-datum': 'bezwaar-ingediend',
  'gpo-datum': 'gpo-ingediend',
  'klacht-datum': 'klacht-ingediend',
  'dossier-gevraagd-datum': 'dossier-gevraagd',
};

/** "Ik heb deze brief verstuurd": which kind a sent letter logs (letter id → kind). Others log 'brief'. */
export const LETTER_KIND: Readonly<Record<string, { kind: EventKind; parties: readonly Party[] }>> = {
  'schriftelijke-aanmelding': { kind: 'aanmelding-verstuurd', parties: ['school'] },
  'bezwaar-weigering-verwijdering': { kind: 'bezwaar-ingediend', parties: ['bestuur'] },
  'bezwaar-tlv': { kind: 'bezwaar-ingediend', parties: ['samenwerkingsverband'] },
  klacht: { kind: 'klacht-ingediend', parties: ['klachtencommissie'] },
  'inzage-dossier': { kind: 'dossier-gevraagd', parties: ['school'] },
  // Session 56: it writes its own answers (LETTER_SETS): not "dossier-gezien: nee".
  'correctie-dossier': { kind: 'dossier-gevraagd', parties: ['school'] },
  'aanmelding-onderwijsconsulenten': { kind: 'brief', parties: ['onderwijsconsulent'] },
  'bericht-leerplichtambtenaar': { kind: 'brief', parties: ['leerplichtambtenaar'] },
  'zienswijze-tlv': { kind: 'brief', parties: ['samenwerkingsverband'] },
  'aanvraag-leerlingenvervoer': { kind: 'brief', parties: ['gemeente'] },
};

/**
 * Session 56 (lawyer-s56-fresh D2): the answers an event logged from a sent letter writes instead of its kind's `sets`
 * (EFFECTS), where the letter is not what the kind says. "Vraag om correctie van het dossier" logs "Dossier gevraagd":
 * the school's month (AVG; G01/G05, EXT, FACTS §X.13) holds for a correction too, so it writes the request and its day,
 * as an inzage request does. It does not write "dossier-gezien: nee": the parent asks to correct a dossier she has. Before,
 * it did, and after the letter the check page said she had not seen the dossier she received, and the gesprekskaart told
 * her to ask to see it (card.ts dossier-inzien). Only for an event of the letter's own kind (LETTER_KIND).
 */
export const LETTER_SETS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'correctie-dossier': { 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': DATE },
};

/** A request to correct the dossier: "Dossier gevraagd" logged from the letter "Vraag om correctie van het dossier". */
export const isCorrectionRequest = (ev: { readonly kind: string; readonly letter?: string | undefined }): boolean =>
  ev.kind === 'dossier-gevraagd' && ev.letter === 'correctie-dossier';

/**
 * "Te laat?": terms of the school or a body. When `start` is logged and nothing that `answeredBy`
 * lists is logged on or after it, the term is checked. Terms come from src/rules/deadlines.ts.
 */
export interface ChaseRule {
  id: 'besluit-aanmelding' | 'dossier' | 'klacht';
  /** Kinds whose date starts the term (the latest one counts). */
  start: readonly EventKind[];
  /** Kinds that count as the answer. */
  answeredBy: readonly EventKind[];
  /** Answers that already say the term is answered (from the questionnaire). */
  answeredIf?: Readonly<Record<string, readonly string[]>>;
  /**
   * Letter that chases it. Session 45 (s45-outputs): none for the dossier and the complaint: the letters there were a new
   * request ("Vraag om inzage") and a new complaint, and logged as sent they started the month or the 4 weeks again.
   */
  letter?: string;
  /** Term not in the sources (FACTS §X): shown as "check this". */
  uncertain?: true;
  /** The brochure names an exception, e.g. a registration for a new school year (000:360-365): shown as "ask from which day". */
  newSchoolYear?: true;
}
export const CHASE_RULES: readonly ChaseRule[] = [
  // A04/A05: 6 weeks after receipt, 10 when the school extended.
  { id: 'besluit-aanmelding', start: ['aanmelding-ontvangen', 'aanmelding-verstuurd'], answeredBy: ['besluit-toegelaten', 'besluit-geweigerd'], answeredIf: { 'aanmelding-besluit': ['toegelaten', 'geweigerd'] }, letter: 'herinnering-besluit', newSchoolYear: true },
  // G01/G05: one month (AVG), not in the sources.
  { id: 'dossier', start: ['dossier-gevraagd'], answeredBy: ['dossier-ontvangen'], answeredIf: { 'dossier-gezien': ['ja'] }, uncertain: true },
  // F15, §X.13: 4 weeks, only in the brochure. Only the committee's answer stops it: not a call or an e-mail with it.
  { id: 'klacht', start: ['klacht-ingediend'], answeredBy: ['klacht-reactie'], answeredIf: { klacht: ['beantwoord'] }, uncertain: true },
];

export const isLegal = (k: string): k is LegalKind => (LEGAL_KINDS as readonly string[]).includes(k);

/**
 * A decision that must be on paper, logged as told by phone: no decision yet, no clock (EFFECTS oral). Session 34: also a
 * bezwaar logged by phone or in a talk (EFFECTS oralHows): it is no bezwaar, and the bezwaar term runs on. Session 35: also
 * a registration logged by phone or in a talk: it is no registration, and starts no term of the school. An event logged
 * from a letter the parent sent ("Ik heb deze brief verstuurd", `letter`) is that letter: on paper, however it went (a
 * bezwaar letter handed over in a talk is "Hoe verstuurd? Gesprek").
 * Session 37: here (not in model.ts), so the letters (src/rules/letters.ts) read a logged event by the plan's own rule.
 */
export function toldOnlyOrally(ev: { readonly kind: string; readonly how?: string | undefined; readonly letter?: string | undefined }): boolean {
  if (!isLegal(ev.kind) || ev.how === undefined || ev.letter !== undefined) return false;
  const e = EFFECTS[ev.kind];
  return e.oral !== undefined && ((e.oralHows ?? ORAL_HOWS) as readonly string[]).includes(ev.how);
}

/**
 * Session 47 (s47-hunt): property tests over random stories, for invariants hunt-s46 did not hold. Stories as in
 * hunt-s46 (`walk`: every asked question answered, dates up to ten weeks back, "weet ik niet" among them; then 1-4
 * events of a theme logged with a "Hoe?" or none, a recorded meeting now and then), read as the plan page reads them
 * (planOf: the stored answers and timeline, upgraded and reconciled), with the first screen (firstThings), the
 * gesprekskaart (cardOf), the calendar file (calendarSteps / planToIcs), "te laat?" (lateFlags) and the letters
 * (answerValuesOf, the Dutch letter as the letter page fills it). Sources: ../shared/FACTS.md (file:line of the seeds).
 *
 * Invariants (one `it` each; each fails on a plan that breaks it):
 *  1. Two ways to say the same thing: a date the questions ask (a registration's receipt, a refusal or removal decision on
 *     paper, a suspension, a TLV decision, a complaint, a dossier request, the day at home, the OPP talk), answered; or
 *     "weet ik niet" / not answered and the same day logged; or both: the same terms (start, due, certain, the 10-week
 *     day) on the plan, the first screen, the card, the calendar, "te laat?", the same warnings and letter dates.
 *  1b. The same for several facts of one story at once (a registration and the school's extension; a registration, a
 *     refusal, a bezwaar and a GPO request; a suspension, a removal, its bezwaar and GPO request; a TLV decision and its
 *     bezwaar), each answered or logged (the question "weet ik niet", "nee", "nog niet" or not answered), logged in any order.
 *  2. Changing an answer that has nothing to do with a deadline (jeugdhulp, vervoer, wanting to complain, the group,
 *     signing, what the school says, the SWV, research, OPP consent, an offer, the TLV's kind and place, being heard, a
 *     confirmation, another school found, lessons now, a planned meeting, still enrolled), or the child's name, the
 *     contact card, the language (none of which the plan reads), moves no date on any screen.
 *  3. In each of the six interface languages the calendar file has the same events on the same days in the same order;
 *     every step's title, why, note and (passed) "late" text and every warning exist in that language itself (no Dutch
 *     fallback); every deadline line names its start and last day in that language; every date a Dutch step text names,
 *     the translation names; every letter offered has its title and page there; the letter stays Dutch, with Dutch dates.
 *  4. Read every day from the first event to four months on (each event logged on its own day): "next" on the first
 *     screen never lies after an open certain filing term; every status is upcoming / today / passed by the day (so it
 *     flips the day after the last day); the calendar holds exactly the terms not passed (and a 10-week day); a certain
 *     filing term that ran or ended in the last two weeks stays on the plan (as passed) while nothing new is logged.
 *  5. A copy put back (plain, or locked with a passphrase), a share link with the timeline opened (with or without the
 *     personal details), "Voeg samen" with itself, with an older copy, into an older device, and of two devices that
 *     each logged other events: every deadline as on the device (or as the events logged on one device).
 *  6. Every term is as long as the sources say and counts from what they say (bezwaar 6 weeks from the decision, A21,
 *     C09; TLV bezwaar and GPO 6 weeks, EXT; a suspension 1 week, C10; the school 6 or 10 weeks from receipt, A04/A05;
 *     the complaint 4 weeks, F15; the dossier a month); the bezwaar letter opened from a step names that step's decision,
 *     the reminder letter the plan's last day.
 *
 * Found (each a concrete `it.fails` under "found N", with what is wrong, the sources and how serious; the properties leave
 * exactly those stories out by a named predicate; with HUNT_ALL=1 they fail on them: 1 in 4, 2 and 3 in 5, 4 in 6):
 *  1. ADVICE (display; refusals and removal letters fixed in session 49). An earlier decision's bezwaar term (the timeline's eerdere-weigering/-verwijdering,
 *     weigering-voor-toelating, eerdere-tlv-*, the tree's new latere-verwijdering; a bezwaar step kept beside a bezwaar that
 *     cannot be placed) leaves the plan
 *     the day after its last day with no "passed" line; the latest decision's passed term stays, with what can still be done.
 *  2. DEADLINE (fixed in session 47). "Voeg samen" merges answers by change time and keeps this device's base instead of replaying the merged
 *     events: a refusal logged on the phone and the next school's registration on the laptop, merged: the refusal's
 *     certain 6 weeks for bezwaar leave plan, card, first screen and calendar. Also the school's term 4 weeks late.
 *  3. DEADLINE (shared view; fixed in session 47). The share link holds only the answers that apply; the plan reads others: a TLV refusal's
 *     bezwaar term is missing from the link's plan after a new application; the school's extension after a refusal by
 *     phone is lost (the school "late" 4 weeks early).
 *  4. ADVICE (fixed in session 47). The reminder letter counts 6 weeks where the plan counts the school's logged extension (hunt-s46 found 4,
 *     fixed in plan, card and "te laat?", not in the letter).
 * Held (no defect found): 1, 1b, 2, 3, 6 (apart from 4), 4's "next", status and calendar checks.
 * Not defects (the properties say why where they leave them out): "meer-scholen: ja" keeps each school's registration
 * term (session 46), so it is no unrelated answer; the first screen names a Geschillencommissie beside its bezwaar on one
 * day once, so property 2 compares the first screen's days.
 *
 * Written against main d8cd637 with other sessions' uncommitted changes to src/ in the tree (the engine moved during this
 * hunt); every found block fails the same way at d8cd637 itself (checked on an export of that commit).
 * A longer hunt: HUNT_RUNS=3000 HUNT_SEED=300 npx vitest run --project unit tests/unit/hunt-s47.test.ts (property 4: 300).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CORE, THEMES, rawEvent, toEvent, type Raw } from './random-answers';
import { pickAnswer } from './random-answers';
import fc from 'fast-check';
import { questions } from '../../src/flow/questions';
import { DONT_KNOW, type Answers } from '../../src/flow/answers';
import { addDays } from '../../src/rules/calendar';
import type { Plan, PlanStep } from '../../src/rules/plan';
import { calendarSteps } from '../../src/rules/ics';
import { firstThings } from '../../src/ui/firstThings';
import { calendar, dated, firstDates, isFiling, open, term, terms, termsById, type Dated } from './plan-readers';
import { EFFECTS, EVENT_KINDS, HOWS, isLegal, type EventKind, type How } from '../../src/timeline/effects';
import { addEvent, type TimelineData, type TimelineEvent } from '../../src/timeline/model';
import { makeBackup, mergeData, readBackup, type BackupData } from '../../src/timeline/backup';
import { decode, encode, linkAnswers } from '../../src/app/share';
import { parseFlow } from '../../src/app/storage';
import { isAsked } from '../../src/flow/route';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { answerValuesOf } from '../../src/ui/pages/LettersPage';
import { DECISION_LETTERS, letterDecision } from '../../src/rules/letters';
import { planOf, timelineOf } from '../../src/ui/components/timelineDoor';
import { ev, flags, log } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';
import { LANGUAGES } from '../../src/languages';
import { i18n } from '../../src/app/i18n';
import { formatDate, formatDateShort, isIsoDate, type IsoDate } from '../../src/rules/dates';
import { formatDateInText } from '../../src/rules/dateInText';
import { planToIcs } from '../../src/rules/ics';
import { deadlineArithmetic, icsTexts, stepParams } from '../../src/ui/deadlineText';
import type { Toc } from '../../src/content/types';
import lettersNl from '../../src/content/generated/letters.nl';
import lettersEn from '../../src/content/generated/letters.en';
import lettersAr from '../../src/content/generated/letters.ar';
import lettersPl from '../../src/content/generated/letters.pl';
import lettersTr from '../../src/content/generated/letters.tr';
import lettersUk from '../../src/content/generated/letters.uk';
import tocNl from '../../src/content/generated/toc.nl';
import tocEn from '../../src/content/generated/toc.en';
import tocAr from '../../src/content/generated/toc.ar';
import tocPl from '../../src/content/generated/toc.pl';
import tocTr from '../../src/content/generated/toc.tr';
import tocUk from '../../src/content/generated/toc.uk';
import { appOf, planAtApp, type Story } from './app-story';

beforeAll(loadPlanTexts);

const A = (x: Record<string, unknown>) => x as unknown as Answers;
/** HUNT_RUNS / HUNT_SEED: a longer hunt from the command line (the file itself runs the fixed seeds below). */
const more = (o: { numRuns: number; seed: number }) => (process.env['HUNT_RUNS'] ? { numRuns: Number(process.env['HUNT_RUNS']), seed: o.seed + Number(process.env['HUNT_SEED'] ?? 0) } : o);
/** HUNT_ALL=1: the properties without the named predicates that leave the found defects out (they then fail on them). */
const ALL = process.env['HUNT_ALL'] !== undefined;
/** The plan as the plan page builds it (planOf: the stored answers and timeline, upgraded and reconciled). */

// ── Answers ──────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The questionnaire walked forward for these situations, as in hunt-s46, with some answers fixed: where the walk reaches a
 * fixed question it gives that answer. Every asked question is answered; random dates up to ten weeks before `base`.
 */
function walk(sits: readonly string[], r: readonly number[], base: IsoDate, fixed: Record<string, string>): Record<string, unknown> {
  const a: Record<string, unknown> = { situatie: [...sits] };
  questions.forEach((q, i) => {
    if (q.id === 'situatie' || !isAsked(q, a as Answers)) return;
    if (Object.hasOwn(fixed, q.id)) {
      a[q.id] = fixed[q.id];
      return;
    }
    const [pick, extra] = [r[i * 2]!, r[i * 2 + 1]!];
    a[q.id] = pickAnswer(q, pick, extra, (pick, extra) => pick % 7 === 0 ? DONT_KNOW : q.dates === 'any' ? addDays(base, 40 - (extra % 100)) : addDays(base, -(extra % 70)));
  });
  return a;
}
/** The situations chosen, with those the logged kinds add (EFFECTS situation), in the questionnaire's order. */
const withSituations = (sits: readonly string[], kinds: readonly EventKind[]) => {
  const added = kinds.map((k) => (isLegal(k) ? EFFECTS[k].situation : undefined)).filter((x): x is NonNullable<typeof x> => !!x);
  return ['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv'].filter((x) => sits.includes(x) || added.includes(x as never));
};
const randoms = fc.array(fc.nat(), { minLength: questions.length * 2, maxLength: questions.length * 2 });
const TODAYS = ['2026-10-20', '2027-02-15', '2027-06-01', '2028-03-10'] as const;

// ── Reading a plan ───────────────────────────────────────────────────────────────────────────────────────────────

const cardDates = (s: Story, today: IsoDate) => cardOf(appOf(s) as never, today).dates.map((d) => `${d.due}${d.certain ? '' : '?'}${d.passed ? ' passed' : ''}`).sort();
const lateOf = (s: Story, today: IsoDate) => flags(s, today).map((f) => `${f.id} ${f.due}${f.orLater ? ` or ${f.orLater}` : ''}`).sort();

/** The dates the letters carry: each bezwaar letter as opened from its plan step (letterDecision), the reminder letter. */
function letterDates(s: Story, p: Plan, today: IsoDate): string[] {
  const out: string[] = [];
  for (const x of dated(p)) for (const l of x.letters.filter((l) => DECISION_LETTERS.includes(l))) {
    const v = answerValuesOf(appOf(s) as never, 'nl', l, today, letterDecision(x, l));
    out.push(`${l} ${term(x)}: ${v.datum_besluit ?? '[datum]'}`);
  }
  const h = answerValuesOf(appOf(s) as never, 'nl', 'herinnering-besluit', today);
  if (p.steps.some((x) => x.letters.includes('herinnering-besluit'))) out.push(`herinnering ${h.datum_aanmelding ?? '-'} ${h.datum_besluit_uiterlijk ?? '-'}`);
  return [...new Set(out)].sort();
}

/** Every place a date is shown, for one story on one day. */
function everywhere(s: Story, today: IsoDate) {
  const p = planAtApp(s, today);
  return { plan: terms(p), first: firstDates(p), card: cardDates(s, today), calendar: calendar(p), late: lateOf(s, today), warnings: p.warnings.map((w) => w.id).sort(), letters: letterDates(s, p, today) };
}
const diff = (a: Record<string, string[]>, b: Record<string, string[]>) =>
  Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map((k) => `${k}: ${JSON.stringify(a[k])} vs ${JSON.stringify(b[k])}`);

// ── 1. Two ways to say the same thing ────────────────────────────────────────────────────────────────────────────

/**
 * A fact the questions ask for (a date), and the same fact logged in "Mijn tijdlijn" while the question says "weet ik
 * niet" (or was never answered). `fixed`: the answers that make the question asked, the same in both.
 */
interface Fact { name: string; sits: string[]; fixed: Record<string, string>[]; q: string; kind: (fixed: Record<string, string>) => EventKind; hows: (How | undefined)[] }
const PAPER: (How | undefined)[] = [undefined, 'brief', 'e-mail'];
const FACTS: readonly Fact[] = [
  { name: 'registration received', sits: ['aanmelden'], fixed: [{ 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'nog-niet' }], q: 'aanmelding-datum', kind: () => 'aanmelding-ontvangen', hows: [...PAPER, 'telefoon', 'gesprek'] },
  { name: 'refusal on paper', sits: ['aanmelden'], fixed: [{ 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja' }, { 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'weet-niet' }], q: 'weigering-datum', kind: () => 'besluit-geweigerd', hows: PAPER },
  { name: 'removal on paper', sits: ['handelingsverlegen'], fixed: [{ 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk' }], q: 'verwijdering-datum', kind: () => 'verwijdering-besluit', hows: PAPER },
  { name: 'removed, at home', sits: ['thuiszitten'], fixed: [{ 'thuis-reden': 'verwijderd', 'verwijdering-besluit': 'schriftelijk' }, { 'thuis-reden': 'niet-welkom', 'verwijdering-besluit': 'schriftelijk' }], q: 'verwijdering-datum', kind: () => 'verwijdering-besluit', hows: PAPER },
  { name: 'suspension', sits: ['thuiszitten'], fixed: [{ 'thuis-reden': 'geschorst' }], q: 'schorsing-datum', kind: () => 'schorsing', hows: PAPER },
  { name: 'TLV decision', sits: ['tlv'], fixed: [{ 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-eens': 'nee' }, { 'tlv-fase': 'besluit', 'tlv-besluit': 'toegekend', 'tlv-eens': 'nee' }, { 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-eens': 'ja' }], q: 'tlv-besluit-datum', kind: (f) => (f['tlv-besluit'] === 'afgewezen' ? 'tlv-afgewezen' : 'tlv-toegekend'), hows: PAPER },
  { name: 'complaint', sits: ['handelingsverlegen'], fixed: [{ klacht: 'ingediend' }], q: 'klacht-datum', kind: () => 'klacht-ingediend', hows: [undefined, 'brief', 'e-mail', 'gesprek'] },
  { name: 'dossier request', sits: ['handelingsverlegen'], fixed: [{ 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja' }], q: 'dossier-gevraagd-datum', kind: () => 'dossier-gevraagd', hows: [undefined, 'brief', 'e-mail'] },
  { name: 'at home since', sits: ['thuiszitten'], fixed: [{ 'thuis-reden': 'niet-welkom' }, { 'thuis-reden': 'kan-niet' }], q: 'thuis-sinds', kind: () => 'thuis-vanaf', hows: [undefined] },
  { name: 'OPP discussed', sits: ['handelingsverlegen'], fixed: [{ opp: 'ja' }], q: 'opp-besproken', kind: () => 'opp-besproken', hows: [undefined, 'gesprek'] },
];

interface Pair { fact: Fact; variant: number; sits: string[]; r: number[]; today: IsoDate; day: IsoDate; how: How | undefined; blank: 'weet-niet' | 'none' | 'both' }
const pair: fc.Arbitrary<Pair> = fc
  .record({ f: fc.nat({ max: FACTS.length - 1 }), v: fc.nat(), more: fc.subarray(['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv'], { maxLength: 1 }), r: randoms, today: fc.constantFrom(...TODAYS), back: fc.integer({ min: 0, max: 110 }), how: fc.nat(), blank: fc.constantFrom('weet-niet' as const, 'none' as const, 'both' as const) })
  .map(({ f, v, more, r, today, back, how, blank }) => {
    const fact = FACTS[f]!;
    return { fact, variant: v % fact.fixed.length, sits: [...new Set([...fact.sits, ...more])], r, today, day: addDays(today, -back), how: fact.hows[how % fact.hows.length], blank };
  });

/** The two stories: the date answered; "weet ik niet" (or nothing) answered and the same day logged. Undefined when the walk did not ask it. */
function twoWays(x: Pair): { answered: Story; logged: Story; event: TimelineEvent } | undefined {
  const fixed = x.fact.fixed[x.variant]!;
  // The situation the event adds (EFFECTS situation), chosen in the questions too: the same story.
  const sits = withSituations(x.sits, [x.fact.kind(fixed)]);
  // Session 74 (s74-receipt): a receipt logged as a letter or an e-mail also says the school confirmed it in writing
  // (EFFECTS confirms: "aanmelding-bevestiging: ja"); the same story told in the questions answers that question too.
  const confirmed: Record<string, string> = x.fact.kind(fixed) === 'aanmelding-ontvangen' && (x.how === 'brief' || x.how === 'e-mail') ? { 'aanmelding-bevestiging': 'ja' } : {};
  const answered = walk(sits, x.r, x.today, { ...fixed, ...confirmed, [x.fact.q]: x.day });
  if (answered[x.fact.q] !== x.day) return undefined;
  // 'both': the date answered AND the same day logged (said twice): still the same story.
  const unknown = walk(sits, x.r, x.today, { ...fixed, ...confirmed, [x.fact.q]: x.blank === 'both' ? x.day : DONT_KNOW });
  if (x.blank === 'none') delete unknown[x.fact.q];
  const event = ev('w0', x.fact.kind(fixed), x.day, x.how);
  return { answered: log(A(answered), []), logged: log(A(unknown), [event]), event };
}
const showPair = (x: Pair, s: ReturnType<typeof twoWays>) =>
  `\n fact ${x.fact.name} (${JSON.stringify(x.fact.fixed[x.variant])}) on ${x.day}, logged ${x.how ?? 'no how'}, blank ${x.blank}, today ${x.today}\n answered ${JSON.stringify(s?.answered.answers)}\n logged ${JSON.stringify(s?.logged.answers)}`;

function sameEitherWay(x: Pair): string[] {
  const s = twoWays(x);
  if (!s) return [];
  return diff(everywhere(s.answered, x.today), everywhere(s.logged, x.today));
}

/**
 * 1b. Several facts of one story (a registration, the school's extension, a refusal, a bezwaar, a request to the
 * Geschillencommissie; a suspension and a removal; a TLV decision and its bezwaar), each either answered in the questions
 * or logged (the question then "weet ik niet", "nee", "nog niet" or not answered), the events logged in any order.
 */
interface Part { q: string; answered: (d: IsoDate) => Record<string, string>; unknown: Record<string, string | null>[]; kind: EventKind; hows: (How | undefined)[] }
interface Group { name: string; sits: string[]; fixed: Record<string, string>; parts: Part[]; order: (days: number[]) => boolean }
const reg: Part = { q: 'aanmelding-datum', answered: (d) => ({ 'aanmelding-datum': d }), unknown: [{ 'aanmelding-datum': DONT_KNOW }, { 'aanmelding-datum': null }], kind: 'aanmelding-ontvangen', hows: [...PAPER, 'telefoon', 'gesprek'] };
const objection: Part = { q: 'bezwaar-datum', answered: (d) => ({ 'bezwaar-ingediend': 'ja', 'bezwaar-datum': d }), unknown: [{ 'bezwaar-ingediend': 'nee' }, { 'bezwaar-ingediend': 'ja', 'bezwaar-datum': DONT_KNOW }, { 'bezwaar-ingediend': null }], kind: 'bezwaar-ingediend', hows: PAPER };
const gpo: Part = { q: 'gpo-datum', answered: (d) => ({ 'gpo-ingediend': 'ja', 'gpo-datum': d }), unknown: [{ 'gpo-ingediend': 'nee' }, { 'gpo-ingediend': 'ja', 'gpo-datum': DONT_KNOW }], kind: 'gpo-ingediend', hows: PAPER };
const removal: Part = { q: 'verwijdering-datum', answered: (d) => ({ 'verwijdering-datum': d }), unknown: [{ 'verwijdering-datum': DONT_KNOW }], kind: 'verwijdering-besluit', hows: PAPER };
const GROUPS: readonly Group[] = [
  // Waiting for the school's decision; the school extended within its 6 weeks (A05).
  { name: 'registration, extension', sits: ['aanmelden'], fixed: { 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'nog-niet' }, parts: [reg,
    { q: 'aanmelding-verlengd', answered: () => ({ 'aanmelding-verlengd': 'ja' }), unknown: [{ 'aanmelding-verlengd': DONT_KNOW }, { 'aanmelding-verlengd': 'nee' }], kind: 'besluit-verlengd', hows: [...PAPER, 'telefoon', 'gesprek'] }],
    order: ([r, e]) => e! >= r! && e! - r! <= 42 },
  { name: 'registration, refusal, bezwaar, GPO', sits: ['aanmelden'], fixed: { 'aanmelding-hoe': 'schriftelijk' }, parts: [reg,
    { q: 'weigering-datum', answered: (d) => ({ 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': d }), unknown: [{ 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': DONT_KNOW }, { 'aanmelding-besluit': 'nog-niet' }], kind: 'besluit-geweigerd', hows: PAPER },
    objection, gpo], order: ([r, d, b, g]) => d! >= r! && b! >= d! && g! >= d! },
  { name: 'suspended, removal, bezwaar, GPO', sits: ['thuiszitten'], fixed: { 'thuis-reden': 'geschorst', 'verwijdering-besluit': 'schriftelijk' }, parts: [
    { q: 'schorsing-datum', answered: (d) => ({ 'schorsing-datum': d }), unknown: [{ 'schorsing-datum': DONT_KNOW }], kind: 'schorsing', hows: PAPER },
    removal, objection, gpo], order: ([, d, b, g]) => b! >= d! && g! >= d! },
  { name: 'handelingsverlegen, removal, bezwaar, GPO', sits: ['handelingsverlegen'], fixed: { 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk' }, parts: [removal, objection, gpo], order: ([d, b, g]) => b! >= d! && g! >= d! },
  { name: 'TLV decision, bezwaar', sits: ['tlv'], fixed: { 'tlv-fase': 'besluit', 'tlv-eens': 'nee' }, parts: [
    { q: 'tlv-besluit-datum', answered: (d) => ({ 'tlv-besluit-datum': d }), unknown: [{ 'tlv-besluit-datum': DONT_KNOW }], kind: 'tlv-afgewezen', hows: PAPER }, objection], order: ([t, b]) => b! >= t! },
];

interface Multi { g: Group; r: number[]; today: IsoDate; days: number[]; logged: boolean[]; unknown: number[]; hows: number[]; order: number[]; refusedTlv: boolean }
const multi: fc.Arbitrary<Multi> = fc
  .record({ g: fc.nat({ max: GROUPS.length - 1 }), r: randoms, today: fc.constantFrom(...TODAYS), days: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }), logged: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), unknown: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), hows: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), order: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), refusedTlv: fc.boolean() })
  .map((x) => ({ ...x, g: GROUPS[x.g]! }));

/** The story all answered, and the story with the `logged` parts logged instead; undefined when the days do not fit the group. */
function manyWays(x: Multi): { answered: Story; logged: Story; events: TimelineEvent[] } | undefined {
  const n = x.g.parts.length;
  // Days counted back from today: the part's day is today minus its number (so the order condition reads on "days ago" reversed).
  // A chain of days, each on or after the one before (the suspension may also come after the removal).
  const ago = x.days.slice(0, n).map((_, i) => Math.max(0, x.days[0]! - x.days.slice(1, i + 1).reduce((t, k) => t + (k % 50), 0)));
  if (x.g.name.startsWith('suspended') && x.order[3]! % 2) [ago[0], ago[1]] = [ago[1]!, ago[0]!];
  const day = (i: number) => addDays(x.today, -ago[i]!);
  if (!x.g.order(ago.map((a) => -a))) return undefined;
  if (!x.logged.slice(0, n).some(Boolean)) return undefined;
  const tlv: Record<string, string> = x.g.name.startsWith('TLV') ? { 'tlv-besluit': x.refusedTlv ? 'afgewezen' : 'toegekend' } : {};
  let answered: Record<string, string> = { ...x.g.fixed, ...tlv };
  let unknown: Record<string, string | null> = { ...x.g.fixed, ...tlv };
  const events: TimelineEvent[] = [];
  x.g.parts.forEach((p, i) => {
    answered = { ...answered, ...p.answered(day(i)) };
    if (!x.logged[i]) unknown = { ...unknown, ...p.answered(day(i)) };
    else {
      unknown = { ...unknown, ...p.unknown[x.unknown[i]! % p.unknown.length]! };
      const kind = p.kind === 'tlv-afgewezen' && !x.refusedTlv ? 'tlv-toegekend' : p.kind;
      events.push(ev(`m${i}`, kind, day(i), p.hows[x.hows[i]! % p.hows.length]));
    }
  });
  const sits = withSituations(x.g.sits, events.map((e) => e.kind));
  const a = walk(sits, x.r, x.today, answered);
  // Every fact made it into the answered walk (else the questions do not ask it: not this story).
  if (x.g.parts.some((p, i) => a[p.q] === undefined && !(p.q === 'aanmelding-verlengd' && answered[p.q] === undefined) && day(i))) return undefined;
  const nulls = Object.entries(unknown).filter(([, v]) => v === null).map(([k]) => k);
  const u = walk(sits, x.r, x.today, Object.fromEntries(Object.entries(unknown).filter(([, v]) => v !== null)) as Record<string, string>);
  for (const k of nulls) delete u[k];
  // What the parent answered that the questions ask only once a logged event holds (a bezwaar after a refusal logged over
  // "nog niet"): she answers it when it is asked, after logging.
  for (const [k, v] of Object.entries(unknown)) if (v !== null && u[k] === undefined) u[k] = v;
  // And the other questions asked only then (is another school found, was an offer refused), as in the answered story.
  for (const [k, v] of Object.entries(a)) if (!Object.hasOwn(unknown, k) && u[k] === undefined) u[k] = v;
  const ordered = [...events].sort((e1, e2) => (x.order[Number(e1.id.slice(1))]! % 7) - (x.order[Number(e2.id.slice(1))]! % 7));
  return { answered: log(A(a), []), logged: log(A(u), ordered), events: ordered };
}
const showMulti = (x: Multi, s: ReturnType<typeof manyWays>) =>
  `\n group ${x.g.name}, today ${x.today}\n answered ${JSON.stringify(s?.answered.answers)}\n start ${JSON.stringify(s ? Object.fromEntries(Object.entries(s.logged.data.base)) : {})}\n events ${s?.events.map((e) => `${e.kind}@${e.date}${e.how ? `/${e.how}` : ''}`).join(', ')}\n logged ${JSON.stringify(s?.logged.answers)}`;
function sameManyWays(x: Multi): string[] {
  const s = manyWays(x);
  if (!s) return [];
  return diff(everywhere(s.answered, x.today), everywhere(s.logged, x.today));
}

// ── Stories over time (hunt-s46's stories: answers, then 1-4 logged events in a theme) ─────────────────────────────

interface Tale { base: IsoDate; start: Answers; events: TimelineEvent[]; today: IsoDate; seed: number }
const BASES = ['2026-09-01', '2027-01-25', '2027-05-10', '2028-01-31'] as const;
const tale: fc.Arbitrary<Tale> = fc
  .record({
    theme: fc.nat({ max: THEMES.length - 1 }),
    base: fc.constantFrom(...BASES) as fc.Arbitrary<IsoDate>,
    sits: fc.subarray(['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv'], { minLength: 1, maxLength: 2 }),
    r: randoms,
    tlvEens: fc.constantFrom('ja', 'nee', 'nee', 'weet-niet'),
    after: fc.integer({ min: 0, max: 50 }),
    seed: fc.nat(),
  })
  .chain((s) => fc.array(rawEvent(THEMES[s.theme]!.kinds, THEMES[s.theme]!.days), { minLength: 1, maxLength: 4 }).map((raws) => {
    const events = raws.map((x, i) => toEvent(x, `e${i}`, s.base));
    const last = events.map((e) => e.date).sort().at(-1)!;
    const start = walk(s.sits, s.r, s.base, {});
    // A TLV decision logged later makes the questions ask whether the parent agrees: her answer, as she would give it.
    if (start['tlv-eens'] === undefined) start['tlv-eens'] = s.tlvEens;
    return { base: s.base, start: A(start), events, today: addDays(last, s.after), seed: s.seed };
  }));
const showTale = (s: Tale, today = s.today) => `\n start ${JSON.stringify(s.start)}\n events ${s.events.map((e) => `${e.kind}@${e.date}${e.how ? `/${e.how}` : ''}${e.meeting ? JSON.stringify(e.meeting) : ''}`).join(', ')}\n today ${today}`;
/** The story as the parent has it on `day`: the events of that day and before logged (in the order logged). */
const asOf = (s: Tale, day: IsoDate): Story => log(s.start, s.events.filter((e) => e.date <= day));

// ── 4. Reading the plan every day ──────────────────────────────────────────────────────────────────────────────

const CERTAIN_FILING = (x: Dated) => isFiling(x) && x.deadline.certain;
const key = (x: Dated) => `${x.id}|${x.deadline.start}|${x.deadline.due}`;

/** The plan read each day from the first event to four months later (the events logged on their own day). */
function daily(s: Tale, check: (day: IsoDate, p: Plan, before: Plan | undefined, story: Story, newEvent: boolean) => string[]): string[] {
  const first = s.events.map((e) => e.date).sort()[0]!;
  const out: string[] = [];
  let before: Plan | undefined;
  let story: Story | undefined;
  let logged = -1;
  for (let i = 0; i <= 122; i++) {
    const day = addDays(first, i);
    const n = s.events.filter((e) => e.date <= day).length;
    const newEvent = n !== logged;
    if (newEvent) (story = asOf(s, day)), (logged = n);
    const p = planAtApp(story!, day);
    out.push(...check(day, p, before, story!, newEvent).map((m) => `${day}: ${m}`));
    if (out.length) return out;
    before = p;
  }
  return out;
}

/** Found 1: a step the timeline adds for another (earlier, or in this session's tree a later) decision whose term runs (src/timeline/earlier.ts). */
const earlierDecisionStep = (id: string) => /^((eerdere|latere)-(weigering|verwijdering)(-\d+)?|weigering-voor-toelating(-\d+)?)$/.test(id);
/** Found 1 too: a decision's own bezwaar step kept on the plan although a bezwaar was filed (it cannot be placed: two decisions). */
const keptBesideObjection = (x: Dated, s: Story) => /^bezwaar-(weigering|verwijdering)$/.test(x.id) && s.answers['bezwaar-ingediend'] === 'ja';
function overDays(day: IsoDate, p: Plan, before: Plan | undefined, story: Story, newEvent: boolean): string[] {
  const out: string[] = [];
  const f = firstThings(p);
  // The nearest date on the first screen never lies after an open certain filing term's last day.
  for (const x of open(p).filter(CERTAIN_FILING)) if (!f.next || f.next.deadline.due > x.deadline.due) out.push(`next ${f.next ? key(f.next) : 'none'} skips ${key(x)}`);
  // Each term's status from the day: upcoming before its last day, today on it, passed from the day after.
  for (const x of dated(p)) {
    const want = day < x.deadline.due ? 'upcoming' : day === x.deadline.due ? 'today' : 'passed';
    if (x.deadline.status !== want) out.push(`${key(x)} is ${x.deadline.status} on ${day}`);
  }
  // The calendar holds every term that has not passed (and the 10-week day of one that may have been extended), no other.
  const cal = calendarSteps(p).upcoming.map((x) => x.id);
  for (const x of dated(p)) if ((x.deadline.status !== 'passed' || !!x.deadline.maybeExtendedTo) !== cal.includes(x.id)) out.push(`calendar ${cal.includes(x.id) ? 'holds' : 'misses'} ${key(x)} (${x.deadline.status})`);
  if (before && !newEvent) {
    // A certain filing term that ended yesterday is still on the plan today, as passed: its step says what can still be
    // done (the plan's own rule, src/rules/plan.ts lateGroup; steps.yaml "late"). One that runs is still there.
    for (const x of dated(before).filter(CERTAIN_FILING)) {
      if (x.deadline.due < addDays(day, -14)) continue;
      const now = dated(p).find((y) => y.deadline.start === x.deadline.start && y.deadline.due === x.deadline.due && CERTAIN_FILING(y));
      if (!now && !ALL && (earlierDecisionStep(x.id) || keptBesideObjection(x, story))) continue; // found 1
      if (!now) out.push(`${key(x)} (${x.deadline.status} yesterday) is gone: ${termsById(p).join(' ')}`);
    }
  }
  return out;
}

// ── 2. An answer that has nothing to do with a deadline ──────────────────────────────────────────────────────────

/**
 * Answers about help, transport, a complaint the parent only wants to make, the child's group, signing, what the school
 * says, the SWV, research, consent on the OPP, other schools, an offer, the TLV's kind and place, being heard, the
 * confirmation of receipt, whether another school was found, lessons now, part-time at home, the school's letter, a
 * planned meeting: none of them starts, moves or ends a legal term in the sources (A04/A05, A21, C09, C10, E16-E18, F13).
 * Not "meer-scholen": registered at more schools, each registration keeps its own school's 6 weeks (session 46,
 * src/timeline/earlier.ts), which is right (A04: each school receives its own registration; A24-A25).
 */
const UNRELATED: readonly string[] = ['jeugdhulp', 'vervoer', 'klacht', 'groep', 'tekenen', 'school-zegt', 'lpa-betrokken', 'swv-betrokken', 'onderzoek', 'opp-ingestemd', 'opp-onenigheid', 'aanbod-geweigerd', 'tlv-soort', 'tlv-plek', 'tlv-gehoord', 'tlv-aanvraag-gezien', 'aanmelding-bevestiging', 'weigering-andere-school', 'verwijdering-andere-school', 'lessen-nu', 'thuis-hoeveel', 'hv-schriftelijk', 'gesprek-gepland', 'ingeschreven'];
/** The deadlines a parent reads, wherever they are shown (not the warnings and the advice around them). */
function deadlinesOf(s: Story, today: IsoDate) {
  const { warnings: _w, letters: _l, first, ...rest } = everywhere(s, today);
  // The first screen: which days it names (the Geschillencommissie beside its bezwaar on one day is that day once).
  return { ...rest, first: [...new Set(first.map((x) => x.replace(/^.*>/, '').replace(/\?$/, '')))].sort() };
}
function unrelatedChange(s: Tale): string[] {
  const st = log(s.start, s.events);
  const q = questions.find((x) => x.id === UNRELATED[s.seed % UNRELATED.length])!;
  const now = st.answers[q.id];
  let to: string | string[];
  if (q.id === 'klacht') {
    // Only wanting to complain, or not: a complaint filed (its 4 weeks, F15) is not unrelated.
    if (now !== undefined && now !== 'wil' && now !== 'nee') return [];
    to = now === 'wil' ? 'nee' : 'wil';
  } else if (q.type === 'multi') {
    const free = q.options!.filter((o) => !(q.exclusive ?? []).includes(o));
    const pick = free.filter((_, k) => (s.seed >> (k + 3)) & 1);
    to = pick.length ? pick : [...(q.exclusive ?? [free[0]!])];
  } else {
    const others = q.options!.filter((o) => o !== now);
    to = others[(s.seed >> 5) % others.length]!;
  }
  const changed: Story = { answers: A({ ...st.answers, [q.id]: to, ...(q.id === 'gesprek-gepland' && to === 'ja' ? { 'gesprek-datum': addDays(s.today, (s.seed % 40) - 10) } : {}) }), data: st.data };
  const found = diff(deadlinesOf(st, s.today), deadlinesOf(changed, s.today)).map((m) => `${q.id} ${JSON.stringify(now)} -> ${JSON.stringify(to)}: ${m}`);
  // The child's name (letter fields), the steunpunt's contact card and the language are in the app's state beside the
  // answers: the plan and the card read none of them.
  const dressed = { ...appOf(st), letterFields: { kind_naam: 'Sami el Amrani', kind_voornaam: 'Sami' }, contact: { org: 'Steunpunt Utrecht', tel: '030 1234567' }, lang: 'ar' };
  if (JSON.stringify(terms(planOf(dressed as never, s.today))) !== JSON.stringify(terms(planAtApp(st, s.today)))) found.push('the name, contact card or language moved a date');
  if (JSON.stringify(cardOf(dressed as never, s.today).dates) !== JSON.stringify(cardOf(appOf(st) as never, s.today).dates)) found.push('the name, contact card or language moved a date on the card');
  return found;
}

// ── 3. Six languages ────────────────────────────────────────────────────────────────────────────────────────────

const LANGS = LANGUAGES.map((l) => l.code);
/** Does the language itself have this text (not Dutch by i18next's fallback)? `key`: "ns:path". */
const has = (lang: string, key: string) => {
  const [ns, path] = key.includes(':') ? (key.split(/:(.*)/s) as [string, string]) : ['ui', key];
  return typeof i18n.getResource(lang, ns, path) === 'string';
};
const LETTERS: Readonly<Record<string, { letters: readonly { id: string; body: string }[] }>> = { nl: lettersNl, en: lettersEn, ar: lettersAr, pl: lettersPl, tr: lettersTr, uk: lettersUk };
const TOCS: Readonly<Record<string, Toc>> = { nl: tocNl, en: tocEn, ar: tocAr, pl: tocPl, tr: tocTr, uk: tocUk };

/**
 * The plan in each interface language as the plan page and the calendar write it: every step's title and why (and its
 * "late" text once its date has passed, its note) in that language itself; its deadline line names its start and last day
 * in that language; every date a Dutch text of the step names, the translation names too; the calendar file has the same
 * events on the same days in the same order; every letter the plan offers has its title and its page in that language,
 * and the letter itself is the Dutch one, filled with Dutch dates.
 */
function languages(s: Tale): string[] {
  const st = log(s.start, s.events);
  const p = planAtApp(st, s.today);
  const out: string[] = [];
  const icsDays = (lang: string) => planToIcs(p, icsTexts(tFor(lang))).split('BEGIN:VEVENT').slice(1).map((b) => `${/^UID:(.*)$/m.exec(b)?.[1]} ${/^DTSTART;VALUE=DATE:(.*)$/m.exec(b)?.[1]}`);
  const nlDays = icsDays('nl');
  const partsOf = (x: PlanStep) => [`${x.texts ?? `steps:steps.${x.id}`}.title`, `${x.texts ?? `steps:steps.${x.id}`}.why`, ...(x.deadline?.status === 'passed' ? [`${x.texts ?? `steps:steps.${x.id}`}.late`] : []), ...(x.note ? [x.note] : [])];
  const textsOf = (x: PlanStep, lang: string) => {
    const t = tFor(lang);
    return partsOf(x).map((k) => t.raw(k, stepParams(x, lang))).join('\n');
  };
  for (const lang of LANGS) {
    const t = tFor(lang);
    if (JSON.stringify(icsDays(lang)) !== JSON.stringify(nlDays)) out.push(`${lang}: calendar ${icsDays(lang).join(', ')} vs nl ${nlDays.join(', ')}`);
    for (const x of p.steps) {
      for (const k of partsOf(x)) if (!has(lang, k)) out.push(`${lang}: ${x.id} has no text ${k}`);
      const text = textsOf(x, lang);
      if (/\{\{|\}\}/.test(text)) out.push(`${lang}: ${x.id} leaves a placeholder: ${text}`);
      for (const [k, v] of Object.entries(x.params)) {
        if (!isIsoDate(v)) continue;
        if (textsOf(x, 'nl').includes(formatDateInText(v, 'nl')) && !text.includes(formatDateInText(v, lang))) out.push(`${lang}: ${x.id} does not name ${k} ${v}: ${text}`);
      }
      if (x.deadline) {
        const line = deadlineArithmetic(x.deadline, t);
        if (!line.includes(formatDate(x.deadline.due, lang)) || !line.includes(formatDate(x.deadline.start, lang))) out.push(`${lang}: ${x.id} deadline line "${line}" misses ${x.deadline.start} or ${x.deadline.due}`);
      }
      for (const l of x.letters) {
        if (!TOCS[lang]!.letterTitles[l]) out.push(`${lang}: letter ${l} of ${x.id} has no title`);
        if (!LETTERS[lang]!.letters.some((y) => y.id === l)) out.push(`${lang}: letter ${l} of ${x.id} has no page`);
        if (!LETTERS['nl']!.letters.some((y) => y.id === l)) out.push(`letter ${l} of ${x.id} has no Dutch text`);
      }
    }
    for (const w of p.warnings) for (const part of ['title', 'text']) if (!has(lang, `${w.texts ?? `steps:warnings.${w.id}`}.${part}`)) out.push(`${lang}: warning ${w.id} has no ${part}`);
  }
  // The letter is Dutch under every interface language: its dates in Dutch words ("3 december 2026").
  for (const x of p.steps) for (const l of x.letters) {
    const v = answerValuesOf(appOf(st) as never, 'nl', l, s.today, letterDecision(x, l));
    for (const [f, d] of Object.entries(v)) if (/^datum_/.test(f) && !/^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/.test(d)) out.push(`letter ${l}: ${f} "${d}" is not a Dutch date`);
  }
  return [...new Set(out)];
}

// ── 6. Each term as long as the sources say, and the letters on the plan's days ─────────────────────────────────────

/** Step id → the term in the sources: [amount, unit, what it counts from]. */
const LENGTHS: readonly [RegExp, readonly string[], string][] = [
  // A21, C09 (002:748-750, 846-850): 6 weeks after the decision was made known; a decision by phone "if it came on paper".
  [/^(bezwaar-weigering|bezwaar-verwijdering|eerdere-weigering(-\d+)?|weigering-voor-toelating(-\d+)?|eerdere-verwijdering(-\d+)?|latere-verwijdering(-\d+)?|besluit-telefoon-bezwaar(-\d+)?)$/, ['6 weeks'], 'besluit-bekend'],
  // E18, §X.3 (EXT): 6 weeks after the TLV decision; F13, §X.2 (EXT): the Geschillencommissie 6 weeks.
  [/^(tlv-bezwaar|eerdere-tlv-(afwijzing|toekenning)(-\d+)?|tlv-afwijzing-voor-toekenning(-\d+)?|geschillencommissie|eerdere-geschillencommissie(-\d+)?)$/, ['6 weeks'], 'besluit-bekend'],
  // C10 (002:2362): a suspension lasts at most one week.
  [/^schorsing-einde$/, ['1 weeks'], 'schorsing-begin'],
  // A04, A05 (001:119; 002:744-746): 6 weeks from receipt, once 4 more.
  [/^(besluit-aanmelding|eerdere-aanmelding(-\d+)?)$/, ['6 weeks', '10 weeks'], 'aanmelding'],
  // F15, §X.13 (000:1054): 4 weeks; G01/G05 (AVG, not in the sources): one month.
  [/^klacht-loopt$/, ['4 weeks'], 'klacht-ingediend'],
  [/^dossier-herinneren$/, ['1 months'], 'verzoek-verstuurd'],
  // B02, §X.5 (002:862-866): the OPP within 6 weeks after enrolment (session 58; not certain: or after the need arises).
  [/^opp-na-toelating$/, ['6 weeks'], 'inschrijving'],
];
function lengthsAndLetters(s: Tale): string[] {
  const st = log(s.start, s.events);
  const p = planAtApp(st, s.today);
  const out: string[] = [];
  for (const x of dated(p)) {
    if (x.deadline.startWhat === 'gesprek') continue; // a day agreed at a meeting: its own length
    const rule = LENGTHS.find(([re]) => re.test(x.id));
    if (!rule) {
      out.push(`${x.id}: a term of no known length (${x.deadline.amount} ${x.deadline.unit} from ${x.deadline.startWhat})`);
      continue;
    }
    if (!rule[1].includes(`${x.deadline.amount} ${x.deadline.unit}`)) out.push(`${x.id}: ${x.deadline.amount} ${x.deadline.unit}, the sources say ${rule[1].join(' or ')}`);
    if (!x.deadline.startWhat.startsWith(rule[2])) out.push(`${x.id}: counts from ${x.deadline.startWhat}, the sources from ${rule[2]}`);
  }
  // The bezwaar letter opened from a step names that step's decision; the reminder letter names the plan's last day.
  for (const x of dated(p)) for (const l of x.letters) {
    const v = answerValuesOf(appOf(st) as never, 'nl', l, s.today, letterDecision(x, l));
    if (DECISION_LETTERS.includes(l) && x.deadline.startWhat === 'besluit-bekend' && v.datum_besluit !== formatDateShort(x.params['besluit'] ?? x.deadline.start, 'nl'))
      out.push(`${l} from ${x.id} (${term(x)}) names the decision of ${v.datum_besluit ?? '[open]'}`);
    // Found 4 (fixed in session 47): the letter names the plan's own last day, also with an extension from the timeline.
    if (l === 'herinnering-besluit' && v.datum_aanmelding === formatDateShort(x.deadline.start, 'nl') && v.datum_besluit_uiterlijk !== formatDateShort(x.deadline.due, 'nl'))
      out.push(`herinnering-besluit: last day ${v.datum_besluit_uiterlijk}, the plan ${x.deadline.due} (${term(x)})`);
  }
  return out;
}

// ── 5. A copy, a link, a merge ───────────────────────────────────────────────────────────────────────────────────

/** The answers record as the app stores it ("wegwijzer.answers"), with each answer's change time (src/app/sync.ts). */
const rec = (answers: Answers, stamps: Record<string, number>) => JSON.stringify({ version: 2, answers, position: 'plan', savedAt: new Date(Math.max(0, ...Object.values(stamps))).toISOString(), stamps });
/** The events logged one by one, each in the evening of its own day (its answers stamped then), from `from` on. */
function stamped(start: Answers, events: readonly TimelineEvent[], t0: number, from: { story: Story; stamps: Record<string, number> } = { story: log(start, []), stamps: Object.fromEntries(Object.keys(start).map((k) => [k, t0])) }, later = 0) {
  let { story, stamps } = from;
  stamps = { ...stamps };
  let t = Math.max(t0, ...Object.values(stamps));
  for (const e of events) {
    const changed = addEvent(story.answers, story.data, e);
    t = Math.max(t + 60_000, Date.parse(`${e.date}T19:00:00Z`) + later);
    for (const k of new Set([...Object.keys(story.answers), ...Object.keys(changed.answers)])) if (JSON.stringify(story.answers[k]) !== JSON.stringify(changed.answers[k])) stamps[k] = t;
    story = changed;
  }
  return { story, stamps };
}
const device = (x: { story: Story; stamps: Record<string, number> }): BackupData => ({
  'wegwijzer.answers': rec(x.story.answers, x.stamps),
  'wegwijzer.timeline': JSON.stringify({ version: 1, ...x.story.data }),
  'wegwijzer.letter-fields': JSON.stringify({ kind_naam: 'Sami el Amrani', ouder_naam: 'Fatima el Amrani' }),
  'wegwijzer.contact': JSON.stringify({ org: 'Steunpunt Utrecht', tel: '030 1234567' }),
});
/** What the app reads back from its store after "Zet een kopie terug" (boot: loadFlow, and the timeline as stored). */
const restored = (d: BackupData): Story => {
  const answers = parseFlow(d['wegwijzer.answers'] ?? null).saved?.answers ?? A({});
  const t = d['wegwijzer.timeline'] === undefined ? { events: [], base: {} } : (JSON.parse(d['wegwijzer.timeline']) as TimelineData);
  return { answers, data: t };
};

// Found 2 and 3 were fixed in session 47 (mergeData replays the merged events; the link carries linkAnswers): the
// predicates that left their stories out are gone, so property 5 holds them.
async function roundTrips(s: Tale): Promise<string[]> {
  const t0 = Date.parse(`${s.base}T08:00:00Z`);
  const full = stamped(s.start, s.events, t0);
  const want = deadlinesOf(full.story, s.today);
  const out: string[] = [];
  const check = (what: string, got: Story) => out.push(...diff(want, deadlinesOf(got, s.today)).map((m) => `${what}: ${m}`));
  // A copy, plain or with a passphrase, put back.
  const plain = await readBackup(await makeBackup(device(full), new Date(`${s.today}T12:00:00Z`)));
  if (!plain.ok) out.push(`copy unreadable: ${plain.error}`);
  else check('copy put back', restored(plain.data));
  if (s.seed % 4 === 0) {
    const locked = await readBackup(await makeBackup(device(full), new Date(`${s.today}T12:00:00Z`), 'geheim wachtwoord', 1000), 'geheim wachtwoord');
    if (!locked.ok) out.push(`locked copy unreadable: ${locked.error}`);
    else check('locked copy put back', restored(locked.data));
  }
  // A link with the timeline (its dates go in with it), with or without the personal details, opened today.
  const app = appOf(full.story);
  const payload = await encode(linkAnswers(full.story.answers, timelineOf(app as never)), { includePersonal: s.seed % 2 === 0, letterFields: { kind_naam: 'Sami' }, timeline: timelineOf(app as never) });
  const d = await decode(payload, s.today);
  if ('error' in d) out.push(`link unreadable: ${d.error}`);
  else {
    const shared = d.timeline ? { answers: d.answers, data: d.timeline } : { answers: d.answers, data: { events: [], base: {} } };
    const got = planAtApp(shared, s.today);
    const p = planAtApp(full.story, s.today);
    out.push(...diff({ plan: terms(p), first: firstDates(p), calendar: calendar(p) }, { plan: terms(got), first: firstDates(got), calendar: calendar(got) }).map((m) => `link: ${m}`));
  }
  // "Voeg samen": the same copy; an older copy of this device; this device older than the copy (the laptop logged more).
  const k = s.seed % (s.events.length + 1);
  const older = stamped(s.start, s.events.slice(0, k), t0);
  check('merged with itself', restored(mergeData(device(full), device(full))));
  check('an older copy merged in', restored(mergeData(device(full), device(older))));
  const merged = restored(mergeData(device(older), device(full)));
  check('a newer copy merged into an older device', merged);
  // Two devices that each logged other events (the phone the 1st, 3rd, …; the laptop the others, half an hour later in
  // the day): merged, the plan of all of them logged on one device in the order the parent logged them.
  if (s.events.length > 1) {
    const phone = stamped(s.start, s.events.filter((_, i) => i % 2 === 0), t0);
    const laptop = stamped(s.start, s.events.filter((_, i) => i % 2 === 1), t0 + 1800_000, undefined, 1800_000);
    const byTime = s.events.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : (a.i % 2) - (b.i % 2) || a.i - b.i)).map((x) => x.e);
    const one = log(s.start, byTime);
    const both = restored(mergeData(device(phone), device(laptop)));
    out.push(...diff(deadlinesOf(one, s.today), deadlinesOf(both, s.today)).map((m) => `two devices merged: ${m}`));
  }
  return out;
}

/** Runs a story check; its problems, with the story, as the assertion's message. */
const holds = <T>(arb: fc.Arbitrary<T>, check: (x: T) => string[], show: (x: T) => string) => fc.property(arb, (x) => {
  const found = check(x);
  expect(found, found.length ? `${found.slice(0, 12).join('\n')}${show(x)}` : '').toEqual([]);
});

describe('hunt s47: what holds over random stories', () => {
  it('1. a date answered in the questions, or "weet ik niet" (or nothing) and the same day logged: the same dates on the plan, first screen, card, calendar, "te laat?", warnings and letters', () =>
    fc.assert(holds(pair, sameEitherWay, (x) => showPair(x, twoWays(x))), more({ numRuns: 600, seed: 4701 })));
  it('1b. several facts of one story (registration, extension, refusal, suspension, removal, TLV decision, bezwaar, GPO), each answered or logged in any order: the same everywhere', () =>
    fc.assert(holds(multi, sameManyWays, (x) => showMulti(x, manyWays(x))), more({ numRuns: 600, seed: 4712 })));
  it('2. changing an answer that has nothing to do with a deadline changes no date anywhere', () =>
    fc.assert(holds(tale, unrelatedChange, (s) => showTale(s)), more({ numRuns: 500, seed: 4702 })));
  it('3. in each of the six interface languages: the same steps, dates and calendar events in the same order; every text there; the letters Dutch', () =>
    fc.assert(holds(tale, languages, (s) => showTale(s)), more({ numRuns: 100, seed: 4703 })));
  it('guard: the language check sees a text that is missing, and a Dutch-only one', () => {
    expect(has('uk', 'steps:steps.bezwaar-weigering.title')).toBe(true);
    expect(has('uk', 'steps:steps.bezwaar-weigering.geen-tekst')).toBe(false);
    expect(tFor('uk').raw('steps:steps.bezwaar-weigering.geen-tekst')).not.toBe('');
  });
  it('4. read every day for four months: "next" never skips an earlier certain term; status flips the day after the last day; a certain term stays, passed', () =>
    fc.assert(holds(tale, (s) => daily(s, overDays), (s) => showTale(s)), more({ numRuns: 60, seed: 4704 })));
  it('5. a copy put back (plain or locked), a link opened, a copy merged (itself, older, newer, two devices): every deadline the same', async () =>
    fc.assert(fc.asyncProperty(tale, async (s) => {
      const found = await roundTrips(s);
      expect(found, found.length ? `${found.join('\n')}${showTale(s)}` : '').toEqual([]);
    }), more({ numRuns: 150, seed: 4705 })));
  it('6. every term is as long as the sources say and counts from what they say; the bezwaar and reminder letters carry the plan\'s days', () =>
    fc.assert(holds(tale, lengthsAndLetters, (s) => showTale(s)), more({ numRuns: 600, seed: 4706 })));
});

// ── Found ────────────────────────────────────────────────────────────────────────────────────────────────────────

const step = (p: Plan, id: string) => p.steps.find((x) => x.id === id);

describe('found 1 (ADVICE, display; fixed in session 49 for refusals and removal letters): an earlier decision\'s bezwaar term leaves the plan the day after its last day, unsaid', () => {
  /**
   * School A received the registration on 1 September 2026 and refused on paper on 15 September; school B received one on
   * 20 September and refused on paper on 1 October. The plan keeps each refusal's 6 weeks for bezwaar (A21; 002:748-750):
   * the first as the timeline's step eerdere-weigering (last day 27 October), the second as bezwaar-weigering (12 November).
   * On 28 October the first one's step is gone: no line says its 6 weeks have passed. The second, once passed (13 November),
   * stays under "Nu doen" as passed with its "late" text: look in the decision for the term it names, call the steunpunt,
   * the school must still find a school that admits the child (steps.yaml bezwaar-weigering.late; A11, 002:664-670). The
   * plan's own rule (src/rules/plan.ts lateGroup) is to say what can still be done; the timeline's earlier-decision steps
   * (src/timeline/earlier.ts: eerdere-weigering, eerdere-verwijdering, weigering-voor-toelating, eerdere-tlv-*,
   * besluit-telefoon-bezwaar) exist only while their term runs, and so does a bezwaar step kept beside a bezwaar that cannot be
   * placed (two decisions, one bezwaar). Yesterday the parent read "last day today"; today nothing. The date is past, so no
   * right is lost by this display, but the parent who missed it is not told (FP-P4). Moderate to low.
   * Session 49: a passed earlier refusal (or removal letter) whose term still ran when the latest one came stays, passed,
   * with its `late` text, while the latest one's 6 weeks run (src/timeline/earlier.ts earlierRefusalSteps, earlierLetters);
   * not after a bezwaar logged since it. The TLV's, GPO's and a phone decision's earlier steps (terms not certain) are as before.
   */
  const s1 = log(A({ situatie: ['aanmelden'] }), [ev('a0', 'aanmelding-ontvangen', '2026-09-01', 'e-mail'), ev('a1', 'besluit-geweigerd', '2026-09-15', 'brief'), ev('a2', 'aanmelding-ontvangen', '2026-09-20', 'e-mail'), ev('a3', 'besluit-geweigerd', '2026-10-01', 'brief')]);
  it('28 October: the first refusal\'s 6 weeks (15 September > 27 October) are still on the plan, as passed', () => {
    const x = dated(planAtApp(s1, '2026-10-28')).find((y) => y.deadline.start === '2026-09-15');
    expect(x?.deadline).toMatchObject({ due: '2026-10-27', status: 'passed', certain: true });
  });
  it('guard: on 27 October it is there ("today"); the latest refusal\'s term, once passed (13 November), stays with what can still be done', () => {
    expect(step(planAtApp(s1, '2026-10-27'), 'eerdere-weigering')?.deadline).toMatchObject({ start: '2026-09-15', due: '2026-10-27', status: 'today', certain: true });
    const later = step(planAtApp(s1, '2026-11-13'), 'bezwaar-weigering');
    expect(later?.deadline).toMatchObject({ start: '2026-10-01', due: '2026-11-12', status: 'passed', certain: true });
    expect(later?.group).toBe('nu');
    expect(tFor('nl').raw('steps:steps.bezwaar-weigering.late')).toContain('De 6 weken voor bezwaar zijn voorbij.');
  });
});

describe('found 2 (DEADLINE): "Voeg samen" keeps answers the merged timeline does not say, and a bezwaar term leaves the plan', () => {
  /**
   * "Voeg samen" (src/timeline/backup.ts mergeData) takes the events of both by id, but keeps this device's timeline `base`
   * ({ ...d, events }) and merges the answers question by question by their change times; the merged events are never
   * replayed. The plan reads the answers (and the base, for the timeline's own steps), so it can show what neither device,
   * nor the same events logged on one device, would show.
   * a) DEADLINE. The phone: "aanmelding: nog niet" in the questions, then school A's refusal letter logged (25 May 2027).
   *    The laptop: school B's receipt of a registration logged (1 June), which writes "no decision yet" (a default) a week
   *    later in time. Merged on the phone on 15 June: the later "nog niet" writes over "geweigerd"; the refusal's 6 weeks
   *    for bezwaar (25 May > 6 July, certain: A21, 002:748-750) and the Geschillencommissie (F13) leave the plan, the card,
   *    the first screen and the calendar. Logged on one device, both terms stay.
   * b) ADVICE. The phone holds the questionnaire and one logged phone call (a plain event: its base is empty). The laptop
   *    logged the school's letter that it takes 4 weeks more (21 May 2027), then the receipt of a registration (1 June: a
   *    registration after the extension, so 6 weeks, A04; session 36). Merged on 7 July: with the phone's empty base the
   *    stored-data upgrade (upgradeStored) replays the events over answers that already hold them, and the plan gives the
   *    school until 10 August (10 weeks, certain) instead of 13 July: the school is chased four weeks late. (During this
   *    hunt, with the session's uncommitted "latere-verwijdering" rules in the tree, the same base loss also took a second
   *    removal letter's certain 6 weeks off the plan.)
   * The help text promises "Wat alleen in de kopie staat, komt erbij". Serious for a): a running certain bezwaar term is
   * lost (FP-P4) after an ordinary "merge my laptop's copy" (the session-46 fix covered a device that logged nothing new).
   */
  const t0 = Date.parse('2027-04-20T10:00:00Z');
  const notYet = A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'nog-niet' });
  const refusalA = ev('p1', 'besluit-geweigerd', '2027-05-25', 'brief');
  const receiptB = ev('l1', 'aanmelding-ontvangen', '2027-06-01', 'e-mail');
  const mergedA = () => restored(mergeData(device(stamped(notYet, [refusalA], t0)), device(stamped(notYet, [receiptB], t0))));
  it('a) 15 June: the merged plan keeps the refusal\'s 6 weeks for bezwaar (25 May > 6 July, certain) beside school B\'s 6 weeks (fixed in session 47)', () => {
    const p = planAtApp(mergedA(), '2027-06-15');
    expect(terms(p)).toEqual(expect.arrayContaining(['2027-05-25>2027-07-06', '2027-06-01>2027-07-13']));
    expect(firstDates(p)).toContain('2027-05-25>2027-07-06');
    expect(cardDates(mergedA(), '2027-06-15')).toContain('2027-07-06');
  });
  it('guard a): both events logged on one device keep both terms; the merged timeline holds both events', () => {
    expect(terms(planAtApp(log(notYet, [refusalA, receiptB]), '2027-06-15'))).toEqual(['2027-05-25>2027-07-06', '2027-05-25>2027-07-06?', '2027-06-01>2027-07-13']);
    expect(mergedA().data.events.map((e) => e.id).sort()).toEqual(['l1', 'p1']);
  });
  const laptopB = [ev('l0', 'besluit-verlengd', '2027-05-21', 'brief'), ev('l1', 'aanmelding-ontvangen', '2027-06-01', 'e-mail')];
  const mergedB = () => restored(mergeData(device(stamped(notYet, [ev('p0', 'telefoontje', '2027-05-10')], t0)), device(stamped(notYet, laptopB, t0))));
  it('b) 7 July: the merged plan gives the school until 13 July (6 weeks from the receipt), as the laptop (fixed in session 47)', () => {
    expect(step(planAtApp(mergedB(), '2027-07-07'), 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2027-06-01', due: '2027-07-13' });
  });
  it('guard b): the laptop\'s plan, the same events on one device, and the laptop\'s copy put back all say 13 July', () => {
    const laptop = stamped(notYet, laptopB, t0);
    for (const st of [laptop.story, log(notYet, [ev('p0', 'telefoontje', '2027-05-10'), ...laptopB]), restored(device(laptop))])
      expect(step(planAtApp(st, '2027-07-07'), 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2027-06-01', due: '2027-07-13' });
  });
});

describe('found 3 (DEADLINE, shared view): the link leaves out answers the plan still reads', () => {
  /**
   * The share page puts in the link only the answers that apply now (src/ui/pages/SharePage.tsx MakeLink:
   * applicableAnswers(app.answers)), with the timeline when ticked. The plan also reads answers whose question is no longer
   * asked: whether the parent agrees with a TLV decision (the timeline's steps for an earlier TLV decision,
   * src/timeline/earlier.ts), and the school's extension after a refusal by phone (src/rules/admission.ts
   * admissionExtension: f.stored). The viewer of the link (the steunpunt, a partner, a lawyer) reads another plan.
   * a) The SWV refused the TLV on 1 September 2026 (answered; the parent disagrees, no bezwaar yet); the school applied
   *    again on 20 September (logged). On 25 September the parent's plan names the bezwaar against the refusal (1 September
   *    > 13 October; E16, 001:939-941; the 6 weeks are EXT, E18 / FACTS §X.3, so not certain); the link's plan, with or
   *    without the personal details, has no term at all.
   * b) Received 1 September, the school extended (answered "ja", A05), then refused by phone on 5 October (logged: no
   *    decision, A20, FP02). On 20 October the parent's plan gives the school until 10 November; the link's plan says the
   *    6 weeks passed on 13 October (maybe 10 November), and offers the reminder.
   * Moderate: the parent's own plan is right, but the person she asked for help reads a filing term missing (a) or the
   * school late (b); the link is how the app tells parents to get help ("Deel je plan").
   */
  const tlv = log(A({ situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-09-01', 'tlv-eens': 'nee', 'bezwaar-ingediend': 'nee', 'tlv-soort': 'so' }), [ev('t0', 'tlv-aangevraagd', '2026-09-20', 'brief')]);
  const linked = async (st: Story, today: IsoDate, personal: boolean) => {
    // As the share page sends them (src/ui/pages/SharePage.tsx MakeLink; session 47: linkAnswers).
    const d = await decode(await encode(linkAnswers(st.answers, timelineOf(appOf(st) as never)), { includePersonal: personal, timeline: timelineOf(appOf(st) as never) }), today);
    if ('error' in d) throw new Error(d.error);
    return planAtApp({ answers: d.answers, data: d.timeline ?? { events: [], base: {} } }, today);
  };
  it('a) the link\'s plan names the bezwaar against the TLV refusal (1 September > 13 October, not certain) (fixed in session 47)', async () => {
    expect(terms(await linked(tlv, '2026-09-25', true))).toEqual(['2026-09-01>2026-10-13?']);
    expect(terms(await linked(tlv, '2026-09-25', false))).toEqual(['2026-09-01>2026-10-13?']);
  });
  const ext = log(A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-01', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'ja' }), [ev('c0', 'besluit-geweigerd', '2026-10-05', 'telefoon')]);
  it('b) the link\'s plan gives the school until 10 November, as the parent\'s (fixed in session 47)', async () => {
    expect(step(await linked(ext, '2026-10-20', true), 'besluit-aanmelding')?.deadline).toMatchObject({ due: '2026-11-10', status: 'upcoming' });
  });
  it('guard: the parent\'s own plans; the same story with the TLV decision still applying travels whole', async () => {
    expect(terms(planAtApp(tlv, '2026-09-25'))).toEqual(['2026-09-01>2026-10-13?']);
    expect(step(planAtApp(ext, '2026-10-20'), 'besluit-aanmelding')?.deadline).toMatchObject({ due: '2026-11-10', status: 'upcoming' });
    const decided = log(A({ situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-09-01', 'tlv-eens': 'nee', 'bezwaar-ingediend': 'nee', 'tlv-soort': 'so' }), []);
    expect(terms(await linked(decided, '2026-09-25', true))).toEqual(terms(planAtApp(decided, '2026-09-25')));
  });
});

describe('found 4 (ADVICE): the reminder letter counts 6 weeks where the plan counts the school\'s logged extension', () => {
  /**
   * hunt-s46 found 4, fixed in the plan, the card and "te laat?" in session 46, not in the letter: refused on paper on
   * 20 August 2026 (answered), registered at the next school (received 1 September, logged), which wrote on 1 October that it
   * takes 4 weeks more (A05; 001:119, 002:744-746). On 20 October the plan and the card give the school until 10 November;
   * the reminder letter the plan offers on that step ("Herinnering: besluit over de aanmelding") tells the school
   * "Volgens mijn berekening was de laatste dag voor uw besluit 13 oktober 2026" (src/rules/letters.ts
   * datum_besluit_uiterlijk reads the answers that apply: the extension question is not asked after a refusal). Session 38's
   * rule is that the letter counts the plan's extension. Also: an extension logged between two receipts of one day
   * (10 and 11 May, extension 11 May) gives the plan 10 weeks and the letter 6. The school's term, not the parent's right:
   * the letter calls the school late four weeks early (it does ask "Rekent u met een andere dag?"). Advice.
   */
  const REFUSED = A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-08-03', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-08-20' });
  const s4 = log(REFUSED, [ev('x0', 'aanmelding-ontvangen', '2026-09-01', 'e-mail'), ev('x1', 'besluit-verlengd', '2026-10-01', 'e-mail')]);
  it('on 20 October the reminder letter names 10 November as the school\'s last day, as the plan (fixed in session 47)', () => {
    expect(answerValuesOf(appOf(s4) as never, 'nl', 'herinnering-besluit', '2026-10-20').datum_besluit_uiterlijk).toBe('10 november 2026');
  });
  it('guard: the plan and the card say 10 November; the letter names the receipt of 1 September', () => {
    expect(step(planAtApp(s4, '2026-10-20'), 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-09-01', due: '2026-11-10', status: 'upcoming' });
    expect(step(planAtApp(s4, '2026-10-20'), 'besluit-aanmelding')?.letters).toContain('herinnering-besluit');
    expect(cardDates(s4, '2026-10-20')).toContain('2026-11-10');
    expect(answerValuesOf(appOf(s4) as never, 'nl', 'herinnering-besluit', '2026-10-20').datum_aanmelding).toBe('1 september 2026');
  });
});

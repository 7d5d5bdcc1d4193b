/**
 * Session 48 (s48-hunt): property tests over random timelines of legal events a parent logs (decisions, registrations,
 * receipts, an extension, suspensions, a bezwaar, a request to the Geschillencommissie, TLV applications and decisions),
 * on realistic days (2026-2027), read as the plan page reads them (planOf), with the first screen (firstThings), the
 * gesprekskaart (cardOf) and the calendar file (calendarSteps / planToIcs). Stories as in hunt-s46/s47 (the questionnaire
 * walked, every asked question answered, then 1-5 events), but only legal kinds and mostly on paper.
 *
 * Invariants (one `it` each; new next to hunt-s46/s47):
 *  1. Order of logging: the same dated events (on different days) logged in any order (a random permutation, not only the
 *     reverse) give the same dates on the plan, the first screen, the card and the calendar.
 *  2. Idempotence: the same letter logged twice (same kind and day; right after the first, or the post and the e-mail of
 *     one letter: "brief" and "e-mail") moves no date anywhere.
 *  3. A call or a talk (a plain "telefoontje"/"gesprek", or a decision, bezwaar or GPO request logged "Hoe? telefoon" /
 *     "gesprek") on or after a written refusal or removal never removes or moves that decision's certain 6 weeks (A20, FP02:
 *     a call is no decision; A21, C09: 6 weeks from the decision on paper; FP-P4: a bezwaar only in writing).
 *  4. Time: the story fixed, `today` walked day by day from its last event for 100 days: a certain filing term never
 *     changes its last day, never leaves the plan before it has passed, none appears with nothing logged; the first
 *     screen's "next" never lies after a running certain filing term's last day.
 *  5. Edit and restore: an event edited (another day, another "Hoe?", another kind) and edited back, or deleted and logged
 *     again, gives the plan back (dates on plan, first screen, card, calendar).
 *  6. Every running certain filing term (bezwaar, the timeline's earlier-decision steps) and every running Geschillencommissie
 *     term is on the first screen or named by it (an action, "next", "also", the choice, its bezwaar's day).
 *  7. The gesprekskaart's running dates are the plan's (by step and day), and every running filing term is on it; the
 *     calendar file's events (planToIcs DTSTART) are the plan's open terms (calendarSteps), day for day.
 *
 *  8. A date changed in the questions (the question asked, the answer the event wrote) gives the plan of the event edited
 *     to that day in the timeline (reconcile moves the event; "one source of truth", src/timeline/model.ts).
 *  9. Events of one day logged in another order: the same certain filing terms (unless a bezwaar on paper was logged).
 * 10. Logging news (the events in date order, each on its own evening) never buries a running certain filing term, unless
 *     it is a bezwaar on paper.
 * Each runs over `tale` (hunt-s46's themes, legal kinds only); as c1-c10 over chains of a registration, decisions on paper
 * and by phone, a bezwaar and a GPO request in date order (registered at more schools now and then); as s2-s10 over such
 * chains with several events a day; as a1-a10 over a decision answered in the questions (on paper, "weet ik niet", only
 * said; a refusal, a removal, a suspension, a TLV decision, a registration with or without an extension), then a chain.
 *
 * Found (each a concrete test under "found N", with what is wrong, the sources and how serious; all three were fixed in
 * session 48, and the properties hold them unfiltered):
 *  1. ADVICE. A date corrected in the questions across another logged event keeps the answers the events wrote in the old
 *     order (reconcile moves the event, nothing is replayed): a registration's day moved before the admission logged after
 *     it leaves "no decision yet", and the plan chases a school that admitted the child, with the reminder letter
 *     (fixed in session 48: reconciledChange in src/timeline/model.ts; before, also across a decision day answered in the questions, e.g. a suspension's day moved before the
 *     removal shows a passed week the timeline reads as history; and a receipt's day moved with an extension logged,
 *     whose timeliness it decides).
 *  2. DEADLINE (the school's term). Registered at two schools, the one refusal letter logged twice on its day (e-mail and
 *     paper): each copy counts as a decision, and the other school's 6 weeks (A04) leave the plan, card and calendar
 *     (fixed in session 48: undecidedRegistrationSteps counts the decisions of one day once).
 *  3. DEADLINE. A removal answered "Besluit? Weet ik niet" with its day: the plan counts a certain 6 weeks from it, but once
 *     a registration and a later removal letter are logged that term is gone (no eerdere-verwijdering, unlike "op papier"
 *     and unlike a refusal "weet ik niet"): the plan names only the later letter's last day (found by a10/s10, also by a2's
 *     paper copy and a9's same-day order; fixed in session 48: withAnsweredDecisions keeps a removal hasRemovalDecision counts).
 * Held (no defect found): 1, 3, 4, 5, 6, 7; 2 apart from found 2 and 3; 8 apart from found 1; 9 and 10 apart from found 3.
 * Not defects (the properties leave them out and say why): a date moved in the questions past another event that writes the
 * same answer (the questions are the parent's latest word, the timeline reads an older event as older news), or a removal
 * letter moved into or out of two weeks of another (session 47's "the same decision, later"): crossesWriter. A term whose
 * decision has a bezwaar on paper logged on or after it may leave the plan when a call or a paper copy comes (the term is
 * used). A TLV refusal logged without the question "Ben je het eens?" answered has no bezwaar term (by design: the question
 * has only ja/nee, "Ben je het oneens, dan zetten we de stappen voor bezwaar in je plan").
 *
 * Written against main with other sessions' uncommitted changes to src/ in the tree (src/timeline/earlier.ts names a
 * session 48). A longer hunt: HUNT_RUNS=1500 HUNT_SEED=300 npx vitest run --project unit tests/unit/hunt-s48.test.ts
 * (the properties green at seeds 0-606 with 1000-3000 runs; the whole file at HUNT_RUNS=1000 HUNT_SEED=606, at the end of session 48). HUNT_COV=1 prints how
 * many stories each property checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickAnswer } from './random-answers';
import fc from 'fast-check';
import { questions } from '../../src/flow/questions';
import { isAsked } from '../../src/flow/route';
import { DONT_KNOW, type Answers } from '../../src/flow/answers';
import { addDays, addWeeks, daysBetween } from '../../src/rules/calendar';
import type { IsoDate } from '../../src/rules/dates';
import type { Plan } from '../../src/rules/plan';
import { FILING_STEPS } from '../../src/rules/catalogue';
import { CHOICE_STEPS } from '../../src/rules/order';
import { calendarSteps, planToIcs } from '../../src/rules/ics';
import { icsTexts } from '../../src/ui/deadlineText';
import { firstThings } from '../../src/ui/firstThings';
import { calendar, dated, firstDates, isFiling, open, term, terms, termsById, type Dated } from './plan-readers';
import { EFFECTS, isLegal, type EventKind, type How } from '../../src/timeline/effects';
import { addEvent, deleteEvent, toldOnlyOrally, updateEvent, type TimelineData, type TimelineEvent } from '../../src/timeline/model';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { ev, log } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';
import { appOf, planAtApp, type Story } from './app-story';

beforeAll(loadPlanTexts);
/** HUNT_COV=1: how many stories each property actually checked (not left out as not its question). */
const HIT: Record<string, number> = {};
const hit = (name: string) => void (HIT[name] = (HIT[name] ?? 0) + 1);
afterAll(() => void (process.env['HUNT_COV'] && console.log(JSON.stringify(HIT))));

const A = (x: Record<string, unknown>) => x as unknown as Answers;
const more = (o: { numRuns: number; seed: number }) => (process.env['HUNT_RUNS'] ? { numRuns: Number(process.env['HUNT_RUNS']), seed: o.seed + Number(process.env['HUNT_SEED'] ?? 0) } : o);
// HUNT_ALL: no property leaves stories out any more (session 48 fixed the three found); the switch is gone.

// ── Answers (hunt-s47's walk) ────────────────────────────────────────────────────────────────────────────────────

function walk(sits: readonly string[], r: readonly number[], base: IsoDate): Record<string, unknown> {
  const a: Record<string, unknown> = { situatie: [...sits] };
  questions.forEach((q, i) => {
    if (q.id === 'situatie' || !isAsked(q, a as Answers)) return;
    const [pick, extra] = [r[i * 2]!, r[i * 2 + 1]!];
    a[q.id] = pickAnswer(q, pick, extra, (pick, extra) => pick % 7 === 0 ? DONT_KNOW : q.dates === 'any' ? addDays(base, 40 - (extra % 100)) : addDays(base, -(extra % 70)));
  });
  return a;
}
const randoms = fc.array(fc.nat(), { minLength: questions.length * 2, maxLength: questions.length * 2 });

// ── Stories: legal events that matter ───────────────────────────────────────────────────────────────────────────

const THEMES: readonly (readonly EventKind[])[] = [
  // Registrations and decisions on them.
  ['aanmelding-verstuurd', 'aanmelding-ontvangen', 'aanmelding-ontvangen', 'besluit-verlengd', 'besluit-geweigerd', 'besluit-geweigerd', 'besluit-toegelaten', 'bezwaar-ingediend', 'gpo-ingediend'],
  // Removal, suspension, at home.
  ['verwijdering-besluit', 'verwijdering-besluit', 'schorsing', 'schorsing', 'thuis-vanaf', 'bezwaar-ingediend', 'gpo-ingediend', 'aanmelding-ontvangen', 'uitschrijving'],
  // TLV.
  ['tlv-aangevraagd', 'tlv-afgewezen', 'tlv-afgewezen', 'tlv-toegekend', 'bezwaar-ingediend', 'gpo-ingediend', 'verwijdering-besluit'],
  // Everything legal that matters.
  ['aanmelding-ontvangen', 'besluit-verlengd', 'besluit-geweigerd', 'besluit-toegelaten', 'verwijdering-besluit', 'schorsing', 'bezwaar-ingediend', 'gpo-ingediend', 'tlv-afgewezen', 'tlv-toegekend', 'tlv-aangevraagd'],
];
/** Mostly on paper (or no "Hoe?"), now and then by phone or in a talk. */
const HOW_PICK: readonly (How | undefined)[] = [undefined, 'brief', 'brief', 'e-mail', 'e-mail', undefined, 'telefoon', 'gesprek'];
const BASES = ['2026-09-01', '2026-11-02', '2027-01-11', '2027-03-01', '2027-05-03'] as const;

interface Tale { base: IsoDate; start: Answers; events: TimelineEvent[]; today: IsoDate; seed: number }
const tale: fc.Arbitrary<Tale> = fc
  .record({
    theme: fc.nat({ max: THEMES.length - 1 }),
    base: fc.constantFrom(...BASES) as fc.Arbitrary<IsoDate>,
    sits: fc.subarray(['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv'], { minLength: 1, maxLength: 2 }),
    r: randoms,
    plain: fc.boolean(),
    tlvEens: fc.constantFrom('ja', 'nee', 'nee', 'weet-niet'),
    after: fc.integer({ min: 0, max: 45 }),
    seed: fc.nat(),
  })
  .chain((s) =>
    fc.array(fc.record({ k: fc.nat(), day: fc.integer({ min: 0, max: 70 }), how: fc.nat() }), { minLength: 1, maxLength: 5 }).map((raws) => {
      const kinds = THEMES[s.theme]!;
      const events = raws.map((x, i) => ev(`e${i}`, kinds[x.k % kinds.length]!, addDays(s.base, x.day), HOW_PICK[x.how % HOW_PICK.length]));
      const last = events.map((e) => e.date).sort().at(-1)!;
      // Either every asked question answered (the walk), or only the situations (a parent who went straight to the timeline).
      const start = s.plain ? { situatie: [...s.sits] } : walk(s.sits, s.r, s.base);
      if (start['tlv-eens'] === undefined) start['tlv-eens'] = s.tlvEens;
      return { base: s.base, start: A(start), events, today: addDays(last, s.after), seed: s.seed };
    }),
  );

/**
 * Stories built as a chain (days in order, gaps of 0-20 days): a registration, a decision on paper, perhaps a registration
 * at the next school and a second decision, a bezwaar, a GPO request, a decision by phone: the stories where the rules meet.
 */
const STEPS: readonly { kind: EventKind; hows: readonly (How | undefined)[] }[] = [
  { kind: 'aanmelding-ontvangen', hows: [undefined, 'e-mail', 'brief'] },
  { kind: 'aanmelding-verstuurd', hows: [undefined, 'e-mail', 'brief'] },
  { kind: 'besluit-verlengd', hows: [undefined, 'brief', 'e-mail'] },
  { kind: 'besluit-geweigerd', hows: [undefined, 'brief', 'e-mail', 'telefoon', 'gesprek'] },
  { kind: 'besluit-toegelaten', hows: [undefined, 'brief', 'telefoon'] },
  { kind: 'verwijdering-besluit', hows: [undefined, 'brief', 'e-mail', 'telefoon', 'gesprek'] },
  { kind: 'schorsing', hows: [undefined, 'brief'] },
  { kind: 'bezwaar-ingediend', hows: [undefined, 'brief', 'e-mail', 'telefoon'] },
  { kind: 'gpo-ingediend', hows: [undefined, 'e-mail', 'telefoon'] },
  { kind: 'tlv-afgewezen', hows: [undefined, 'brief'] },
  { kind: 'tlv-toegekend', hows: [undefined, 'brief'] },
  { kind: 'tlv-aangevraagd', hows: [undefined] },
];
const chainOf = (gap: fc.Arbitrary<number>): fc.Arbitrary<Tale> => fc
  .record({
    base: fc.constantFrom(...BASES) as fc.Arbitrary<IsoDate>,
    sits: fc.subarray(['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv'], { minLength: 1, maxLength: 1 }),
    r: randoms,
    plain: fc.boolean(),
    tlvEens: fc.constantFrom('nee', 'weet-niet'),
    more: fc.boolean(),
    steps: fc.array(fc.record({ s: fc.nat({ max: STEPS.length - 1 }), gap, how: fc.nat() }), { minLength: 2, maxLength: 6 }),
    after: fc.integer({ min: 0, max: 30 }),
    seed: fc.nat(),
  })
  .map((s) => {
    let day = s.base;
    const events = s.steps.map((x, i) => {
      day = addDays(day, x.gap);
      const st = STEPS[x.s]!;
      return ev(`e${i}`, st.kind, day, st.hows[x.how % st.hows.length]);
    });
    const start = s.plain ? { situatie: [...s.sits] } : walk(s.sits, s.r, s.base);
    if (start['tlv-eens'] === undefined) start['tlv-eens'] = s.tlvEens;
    // Registered at more schools (session 46: each school's own 6 weeks), as the questions ask it once a registration is logged.
    if (s.more && start['meer-scholen'] === undefined) start['meer-scholen'] = 'ja';
    return { base: s.base, start: A(start), events, today: addDays(day, s.after), seed: s.seed };
  });
const chainTale = chainOf(fc.integer({ min: 0, max: 20 }));
/** A decision answered in the questions (on paper, "weet ik niet", or only said), then a chain logged from that day on. */
const ANSWERED: readonly ((d: IsoDate, v: number) => Record<string, unknown>)[] = [
  (d, v) => ({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': addDays(d, -20), 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': ['ja', 'weet-niet', 'nee'][v % 3], 'weigering-datum': d }),
  (d, v) => ({ situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd', 'verwijdering-besluit': ['schriftelijk', 'weet-niet', 'mondeling'][v % 3], 'verwijdering-datum': d }),
  (d, v) => ({ situatie: ['handelingsverlegen'], 'hv-wil-weg': 'ja', 'verwijdering-besluit': ['schriftelijk', 'weet-niet', 'mondeling'][v % 3], 'verwijdering-datum': d }),
  (d) => ({ situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'schorsing-datum': d }),
  (d, v) => ({ situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': v % 2 ? 'afgewezen' : 'toegekend', 'tlv-besluit-datum': d, 'tlv-eens': 'nee' }),
  (d, v) => ({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': d, 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': ['ja', 'nee', 'weet-niet'][v % 3] }),
];
const answeredTale: fc.Arbitrary<Tale> = fc.record({ t: chainOf(fc.constantFrom(0, 1, 3, 6, 10, 15)), a: fc.nat({ max: ANSWERED.length - 1 }), v: fc.nat(), back: fc.integer({ min: 0, max: 12 }) })
  .map(({ t, a, v, back }) => ({ ...t, start: A({ ...ANSWERED[a]!(addDays(t.base, -back), v), ...(t.start['meer-scholen'] === 'ja' && v % 4 === 0 ? { 'meer-scholen': 'ja' } : {}) }) }));
/** Chains with many events on one day (the letter and the e-mail, a decision and the bezwaar sent at once). */
const sameDayTale = chainOf(fc.constantFrom(0, 0, 0, 1, 5, 12));
const showTale = (s: Tale, events = s.events) => `\n start ${JSON.stringify(s.start)}\n events ${events.map((e) => `${e.kind}@${e.date}${e.how ? `/${e.how}` : ''}`).join(', ')}\n today ${s.today}`;

// ── Reading a plan ──────────────────────────────────────────────────────────────────────────────────────────────

const certainFiling = (p: Plan) => open(p).filter((x) => isFiling(x) && x.deadline.certain);
const cardDates = (s: Story, today: IsoDate) => cardOf(appOf(s) as never, today).dates.map((d) => `${d.due}${d.certain ? '' : '?'}${d.passed ? ' passed' : ''}`).sort();
/** Every place a date is shown, for one story on one day. */
function everywhere(s: Story, today: IsoDate) {
  const p = planAtApp(s, today);
  return { plan: terms(p), first: firstDates(p), card: cardDates(s, today), calendar: calendar(p), warnings: p.warnings.map((w) => w.id).sort() };
}
const diff = (a: Record<string, string[]>, b: Record<string, string[]>) =>
  Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map((k) => `${k}: ${JSON.stringify(a[k])} vs ${JSON.stringify(b[k])}`);
const holds = <T>(arb: fc.Arbitrary<T>, check: (x: T) => string[], show: (x: T) => string) => fc.property(arb, (x) => {
  const found = check(x);
  expect(found, found.length ? `${found.slice(0, 12).join('\n')}${show(x)}` : '').toEqual([]);
});
const distinctDays = (events: readonly TimelineEvent[]) => new Set(events.map((e) => e.date)).size === events.length;

// ── Known defects (found below): the stories the properties leave out ───────────────────────────────────────────


// ── 1. Order of logging ─────────────────────────────────────────────────────────────────────────────────────────

function orderOfLogging(s: Tale): string[] {
  if (s.events.length < 2 || !distinctDays(s.events)) return [];
  hit('1 order');
  const perm = [...s.events].map((e, i) => ({ e, k: (s.seed * (i + 7) * 2654435761) % 1000003 })).sort((a, b) => a.k - b.k).map((x) => x.e);
  const a = everywhere(log(s.start, s.events), s.today);
  const b = everywhere(log(s.start, perm), s.today);
  return diff(a, b).map((m) => `logged as ${perm.map((e) => e.id).join(',')}: ${m}`);
}

// ── 2. The same letter twice ────────────────────────────────────────────────────────────────────────────────────

function twice(s: Tale): string[] {
  hit('2 twice');
  const k = s.seed % s.events.length;
  const e = s.events[k]!;
  const other: How | undefined = e.how === 'brief' ? 'e-mail' : e.how === 'e-mail' ? 'brief' : e.how;
  const again = { ...e, id: 'dup', ...(s.seed % 3 === 0 && other ? { how: other } : {}) };
  const st = log(s.start, s.events);
  const want = everywhere(st, s.today);
  // Right after the first (the same evening).
  const right = [...s.events.slice(0, k + 1), again, ...s.events.slice(k + 1)];
  const out = diff(want, everywhere(log(s.start, right), s.today)).map((m) => `${e.kind}@${e.date} logged twice in a row${again.how !== e.how ? ` (${again.how})` : ''}: ${m}`);
  // Weeks later, at the end of the list (alone on its day: on a shared day the order logged decides, by design).
  if (s.events.filter((x) => x.date === e.date).length === 1) out.push(...diff(want, everywhere(log(s.start, [...s.events, again]), s.today)).map((m) => `${e.kind}@${e.date} logged again last: ${m}`));
  // The paper copy of a decision on paper a few days after its e-mail, logged as a decision again: the timeline cannot tell
  // it from a new decision, but the first day's certain 6 weeks stay (the safe side: never a term counted from a later day only).
  // (Not when a bezwaar on paper was logged on or after it, or answered: that term is used.)
  const objected = s.events.some((x) => x.kind === 'bezwaar-ingediend' && !toldOnlyOrally(x) && x.date >= e.date) || st.answers['bezwaar-ingediend'] === 'ja';
  if (WRITTEN.includes(e.kind) && !toldOnlyOrally(e) && !objected) {
    const copy = { ...again, date: addDays(e.date, 1 + (s.seed % 3)), how: 'brief' as const };
    const today = copy.date > s.today ? copy.date : s.today;
    const before = certainFiling(planAtApp(st, today)).map(key);
    const after = planAtApp(log(s.start, [...s.events, copy]), today);
    for (const k of before) if (!certainFiling(after).some((x) => key(x) === k)) out.push(`${e.kind}@${e.date} and its paper copy on ${copy.date}: ${k} left the plan: ${termsById(after).join(' ')}`);
  }
  return out;
}

// ── 3. A call or a talk beside a written decision ───────────────────────────────────────────────────────────────

const WRITTEN: readonly EventKind[] = ['besluit-geweigerd', 'verwijdering-besluit'];
const writtenDecisions = (events: readonly TimelineEvent[]) => events.filter((e) => WRITTEN.includes(e.kind) && !toldOnlyOrally(e));
function callBeside(s: Tale): string[] {
  const decisions = writtenDecisions(s.events);
  if (!decisions.length) return [];
  const st = log(s.start, s.events);
  const p = planAtApp(st, s.today);
  const d = decisions[s.seed % decisions.length]!;
  const due = addWeeks(d.date, 6);
  const before = certainFiling(p).filter((x) => x.deadline.start === d.date && x.deadline.due === due);
  if (!before.length) return []; // not on the plan (passed, a bezwaar filed, …): not this property's question
  // A bezwaar on paper logged on or after it (or answered): the term is used; whether its step stays is another question.
  if (s.events.some((x) => x.kind === 'bezwaar-ingediend' && !toldOnlyOrally(x) && x.date >= d.date) || st.answers['bezwaar-ingediend'] === 'ja') return [];
  const day = addDays(d.date, (s.seed >> 3) % 21);
  const CALLS: TimelineEvent[] = [
    ev('c9', 'telefoontje', day),
    ev('c9', 'gesprek', day),
    ev('c9', d.kind, day, 'telefoon'),
    ev('c9', 'bezwaar-ingediend', day, 'telefoon'),
    ev('c9', 'bezwaar-ingediend', day, 'gesprek'),
    ev('c9', 'gpo-ingediend', day, 'telefoon'),
    ...(d.kind === 'verwijdering-besluit' ? [ev('c9', 'verwijdering-besluit', day, 'gesprek')] : []),
  ];
  const call = CALLS[(s.seed >> 8) % CALLS.length]!;
  // Now and then a registration at the next school first (received between the decision and the call): a decision by phone
  // after it is that school's (EFFECTS oral), and the written one's 6 weeks still run (src/timeline/earlier.ts).
  const next = (s.seed >> 12) % 3 === 0 && day > d.date ? [ev('r9', 'aanmelding-ontvangen', addDays(day, -1), 'e-mail')] : [];
  const today = day > s.today ? day : s.today;
  if (due < today) return [];
  hit('3 call');
  const q = planAtApp(log(s.start, [...s.events, ...next, call]), today);
  const kept = certainFiling(q).some((x) => x.deadline.start === d.date && x.deadline.due === due);
  return kept ? [] : [`${next.length ? `after a registration on ${next[0]!.date}, ` : ''}${call.kind}/${call.how ?? '-'}@${call.date} beside ${d.kind}@${d.date}: its 6 weeks (${due}) left the plan on ${today}: ${termsById(q).join(' ')} (before: ${termsById(p).join(' ')})`];
}

// ── 4. Day by day ───────────────────────────────────────────────────────────────────────────────────────────────

const key = (x: Dated) => `${x.deadline.start}>${x.deadline.due}`;
function dayByDay(s: Tale): string[] {
  const st = log(s.start, s.events);
  const from = s.events.map((e) => e.date).sort().at(-1)!;
  let before: Plan | undefined;
  for (let i = 0; i <= 100; i += 1) {
    const day = addDays(from, i);
    const p = planAtApp(st, day);
    const out: string[] = [];
    const f = firstThings(p);
    for (const x of certainFiling(p)) if (!f.next || f.next.deadline.due > x.deadline.due) out.push(`next ${f.next ? `${f.next.id} ${f.next.deadline.due}` : 'none'} lies after ${x.id} ${key(x)}`);
    if (before) {
      const now = dated(p).filter((x) => isFiling(x) && x.deadline.certain).map(key);
      for (const x of certainFiling(before)) if (x.deadline.due >= day && !now.includes(key(x))) out.push(`${x.id} ${key(x)} left the plan before its last day: ${termsById(p).join(' ')}`);
      const had = dated(before).filter((x) => isFiling(x) && x.deadline.certain).map(key);
      for (const x of certainFiling(p)) if (!had.includes(key(x))) out.push(`${x.id} ${key(x)} appeared with nothing logged (yesterday: ${termsById(before).join(' ')})`);
    }
    if (certainFiling(p).length) hit('4 day with a certain term');
    if (out.length) return out.map((m) => `${day}: ${m}`);
    before = p;
  }
  return [];
}

// ── 5. Edit and restore ─────────────────────────────────────────────────────────────────────────────────────────

const KINDS_TO: readonly EventKind[] = ['besluit-geweigerd', 'verwijdering-besluit', 'aanmelding-ontvangen', 'bezwaar-ingediend', 'schorsing', 'tlv-afgewezen', 'besluit-toegelaten'];
function editRestore(s: Tale): string[] {
  const st = log(s.start, s.events);
  const want = everywhere(st, s.today);
  const k = s.seed % s.events.length;
  const e = s.events[k]!;
  const edits: TimelineEvent[] = [
    { ...e, date: addDays(e.date, ((s.seed >> 4) % 30) - 15) },
    { ...e, how: e.how === 'telefoon' ? 'brief' : 'telefoon' },
    { ...e, kind: KINDS_TO[(s.seed >> 4) % KINDS_TO.length]!, parties: ['school'] },
  ];
  const out: string[] = [];
  for (const x of edits) {
    const edited = updateEvent(st.answers, st.data, x);
    const back = updateEvent(edited.answers, edited.data, e);
    out.push(...diff(want, everywhere(back, s.today)).map((m) => `${e.kind}@${e.date}/${e.how ?? '-'} edited to ${x.kind}@${x.date}/${x.how ?? '-'} and back: ${m}`));
  }
  if (distinctDays(s.events)) {
    const gone = deleteEvent(st.answers, st.data, e.id);
    const again = addEvent(gone.answers, gone.data, e);
    out.push(...diff(want, everywhere(again, s.today)).map((m) => `${e.kind}@${e.date} deleted and logged again: ${m}`));
  }
  return out;
}

// ── 6. Every filing term on the first screen ────────────────────────────────────────────────────────────────────

function onFirstScreen(s: Tale): string[] {
  const p = planAtApp(log(s.start, s.events), s.today);
  const f = firstThings(p);
  const shown = [...f.actions, ...(f.next ? [f.next] : []), ...(f.also ?? []), ...(f.choice ? [f.choice.step] : [])];
  const shownDays = shown.filter((y) => y.deadline && y.deadline.status !== 'passed').map((y) => y.deadline!.due);
  const out: string[] = [];
  if (open(p).some(isFiling)) hit('6 first');
  for (const x of open(p).filter((y) => isFiling(y) && (y.deadline.certain || y.id === 'geschillencommissie'))) {
    if (shown.some((y) => y.id === x.id)) continue;
    // The Geschillencommissie beside its bezwaar on the same day: that day is named (firstThings GPO).
    if (x.id === 'geschillencommissie' && shownDays.includes(x.deadline.due)) continue;
    // A choice (the refusal's bezwaar after an admission, a TLV refusal before a grant): the first screen names one, the nearest.
    if (CHOICE_STEPS.includes(x.id) && f.choice && f.choice.step.deadline.due <= x.deadline.due) continue;
    out.push(`first screen misses ${x.id} ${key(x)}${x.deadline.certain ? '' : '?'} (${x.group}); shows ${shown.map((y) => `${y.id}${y.deadline ? ` ${y.deadline.due}` : ''}`).join(', ')}`);
  }
  return out;
}

// ── 7. The card and the calendar file ───────────────────────────────────────────────────────────────────────────

function cardAndCalendar(s: Tale): string[] {
  const st = log(s.start, s.events);
  const p = planAtApp(st, s.today);
  const out: string[] = [];
  if (open(p).length) hit('7 card');
  const card = cardOf(appOf(st) as never, s.today).dates;
  for (const d of card) {
    const x = dated(p).find((y) => y.id === d.step);
    const due = x ? (x.deadline.maybeExtendedTo ?? x.deadline.due) : undefined;
    if (!x || due !== d.due) out.push(`card ${d.step} ${d.due}: the plan ${x ? due : 'has no such step'}`);
  }
  for (const x of open(p).filter((y) => FILING_STEPS.includes(y.id))) if (!card.some((d) => d.step === x.id && d.due === x.deadline.due && !d.passed)) out.push(`card misses ${x.id} ${key(x)}`);
  const cal = calendarSteps(p).upcoming;
  const want = dated(p).filter((x) => x.deadline.status !== 'passed' || x.deadline.maybeExtendedTo).map((x) => `${x.id} ${x.deadline.maybeExtendedTo ?? x.deadline.due}`).sort();
  const got = cal.map((x) => `${x.id} ${x.deadline.due}`).sort();
  if (JSON.stringify(want) !== JSON.stringify(got)) out.push(`calendar ${got.join(', ')} vs plan ${want.join(', ')}`);
  const ics = planToIcs(p, icsTexts(tFor('nl'))).split('BEGIN:VEVENT').slice(1).map((b) => /^DTSTART;VALUE=DATE:(.*)$/m.exec(b)?.[1]).sort();
  const days = cal.map((x) => x.deadline.due.replace(/-/g, '')).sort();
  if (JSON.stringify(ics) !== JSON.stringify(days)) out.push(`ics ${ics.join(', ')} vs calendar ${days.join(', ')}`);
  return out;
}


// ── 8. A date changed in the questions, or the event edited ─────────────────────────────────────────────────────

/**
 * "Changing a date in the questionnaire moves the logged event that wrote it" (src/timeline/model.ts reconcile): the plan
 * after the parent changes that date in the questions is the plan after she edits the event's day in the timeline.
 */
/** The new day lies on or before (or the old one before) another event's day that writes `q`, or the questionnaire's own day for it. */
function crossesWriter(st: Story, e: TimelineEvent, q: string, to: IsoDate): boolean {
  const days = [...st.data.events.filter((x) => x.id !== e.id && isLegal(x.kind) && EFFECTS[x.kind].sets[q] === '$date').map((x) => x.date), ...(typeof st.data.base[q] === 'string' && /^\d{4}-/.test(st.data.base[q] as string) ? [st.data.base[q] as string] : [])];
  const [lo, hi] = to < e.date ? [to, e.date] : [e.date, to];
  // And a removal letter within two weeks of another (EFFECTS overtakenBy withinDays, session 47: "a letter that came later"
  // may be that decision): moved into or out of those two weeks, the timeline reads it as the same decision or a new one, the
  // questions as the decision she names. Both keep both certain terms; only the Geschillencommissie's day follows (F13: EXT).
  const near = (a: IsoDate, b: IsoDate) => Math.abs(daysBetween(a, b)) <= 14;
  return days.some((d) => d >= lo && d <= hi) || (to < e.date && days.some((d) => d >= to)) || (q === 'verwijdering-datum' && days.some((d) => near(d, to) || near(d, e.date)));
}
function questionOrTimeline(s: Tale): string[] {
  const st = log(s.start, s.events);
  const k = s.seed % s.events.length;
  const e = s.events[k]!;
  if (!isLegal(e.kind)) return [];
  const q = Object.entries(EFFECTS[e.kind].sets).find(([, v]) => v === '$date')?.[0];
  if (!q || st.answers[q] !== e.date || s.events.some((x) => x !== e && x.date === e.date)) return [];
  const to = addDays(e.date, ((s.seed >> 4) % 21) - 10);
  if (to === e.date || to > s.today) return [];
  // Not defects (checked by hand, session 48): a move past another writer of the same answer. In the questions the parent's
  // word is the latest (src/timeline/model.ts commit: "an answer the parent changed in the questionnaire after an event
  // wrote it stays the parent's"); in the timeline the latest event decides, and an older event is older news
  // (EFFECTS overtakenBy: a suspension before the one answered, a registration before the receipt answered). So a
  // suspension logged on 11 January over one answered for 4 January, moved to 3 January, counts from 3 January in the
  // questions and from 4 January in the timeline; two receipts (1 and 2 September), the later moved to 23 August, count
  // from 23 August in the questions and from 1 September in the timeline. Both read what the parent said last.
  if (crossesWriter(st, e, q, to)) return [];
  // The question must be asked (a TLV decision's day is not asked while a new application runs): else she cannot change it.
  const question = questions.find((x) => x.id === q);
  if (!question || !isAsked(question, st.answers)) return [];
  hit('8 question');
  const viaQuestion: Story = { answers: A({ ...st.answers, [q]: to }), data: st.data };
  const viaTimeline = updateEvent(st.answers, st.data, { ...e, date: to });
  return diff(everywhere(viaTimeline, s.today), everywhere(viaQuestion, s.today)).map((m) => `${q} ${e.date} -> ${to} (timeline vs questions): ${m}`);
}

// ── 9. Events of one day logged in another order ────────────────────────────────────────────────────────────────

/**
 * On one day the order logged decides which event is the later news (by design: hunt-s46). But a certain filing term (6
 * weeks for bezwaar against a decision on paper) is the safe side's: which of two letters of one day the parent logged
 * first must not decide whether it is on the plan, unless a bezwaar on paper was logged on or after that day.
 */
function sameDayOrder(s: Tale): string[] {
  if (distinctDays(s.events)) return [];
  hit('9 same day');
  const perm = [...s.events].map((e, i) => ({ e, k: (s.seed * (i + 3) * 2654435761) % 1000003 })).sort((a, b) => a.k - b.k).map((x) => x.e);
  const objected = (d: IsoDate) => s.events.some((x) => x.kind === 'bezwaar-ingediend' && !toldOnlyOrally(x) && x.date >= d);
  const st1 = log(s.start, s.events);
  const st2 = log(s.start, perm);
  if (st1.answers['bezwaar-ingediend'] === 'ja' || st2.answers['bezwaar-ingediend'] === 'ja') return [];
  const sure = (p: Plan) => [...new Set(certainFiling(p).filter((x) => !objected(x.deadline.start)).map(key))].sort();
  const a = sure(planAtApp(st1, s.today));
  const b = sure(planAtApp(st2, s.today));
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [`logged as ${perm.map((e) => e.id).join(',')}: certain terms ${b.join(' ')} instead of ${a.join(' ')}: ${termsById(planAtApp(st2, s.today)).join(' ')} vs ${termsById(planAtApp(st1, s.today)).join(' ')}`];
}

// ── 10. Logging news never buries a running certain term ─────────────────────────────────────────────────────────

/**
 * The events logged one by one in date order, each on its own evening: a certain filing term running before an event is
 * logged (6 weeks for bezwaar against a decision on paper, A21, C09) is still on the plan after it (as itself, or as the
 * timeline's step for an earlier decision), unless the event is a bezwaar on paper (the term is used) or deletes nothing.
 */
function newsKeepsTerms(s: Tale): string[] {
  const ordered = [...s.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: string[] = [];
  for (let i = 1; i < ordered.length; i += 1) {
    const e = ordered[i]!;
    if (e.kind === 'bezwaar-ingediend' && !toldOnlyOrally(e)) continue;
    const before = log(s.start, ordered.slice(0, i));
    if (before.answers['bezwaar-ingediend'] === 'ja') continue;
    const after = log(s.start, ordered.slice(0, i + 1));
    const had = certainFiling(planAtApp(before, e.date));
    if (!had.length) continue;
    hit('10 news');
    const now = certainFiling(planAtApp(after, e.date)).map(key);
    for (const x of had) if (!now.includes(key(x))) out.push(`${e.kind}/${e.how ?? '-'}@${e.date} buried ${x.id} ${key(x)}: ${termsById(planAtApp(after, e.date)).join(' ')}`);
    if (out.length) return out;
  }
  return out;
}

describe('hunt s48: what holds over random timelines', () => {
  it('1. the same events (different days) logged in any order: the same dates on plan, first screen, card, calendar', () =>
    fc.assert(holds(tale, orderOfLogging, (s) => showTale(s)), more({ numRuns: 250, seed: 4801 })));
  it('2. the same letter logged twice (in a row, or again later; post and e-mail) moves no date', () =>
    fc.assert(holds(tale, twice, (s) => showTale(s)), more({ numRuns: 250, seed: 4802 })));
  it('3. a call or a talk beside a written refusal or removal never removes or moves its certain 6 weeks', () =>
    fc.assert(holds(tale, callBeside, (s) => showTale(s)), more({ numRuns: 300, seed: 4803 })));
  it('4. day by day for 100 days: a certain filing term keeps its day, stays until it passed, none appears; "next" never after one', () =>
    fc.assert(holds(tale, dayByDay, (s) => showTale(s)), more({ numRuns: 60, seed: 4804 })));
  it('5. an event edited and edited back, or deleted and logged again: the plan back', () =>
    fc.assert(holds(tale, editRestore, (s) => showTale(s)), more({ numRuns: 200, seed: 4805 })));
  it('6. every running certain filing term and Geschillencommissie term is on the first screen or named by it', () =>
    fc.assert(holds(tale, onFirstScreen, (s) => showTale(s)), more({ numRuns: 300, seed: 4806 })));
  it('7. the card\'s running dates and the calendar file\'s events are the plan\'s', () =>
    fc.assert(holds(tale, cardAndCalendar, (s) => showTale(s)), more({ numRuns: 250, seed: 4807 })));
  it('8. a date changed in the questions gives the plan of the event edited to that day', () =>
    fc.assert(holds(tale, questionOrTimeline, (s) => showTale(s)), more({ numRuns: 300, seed: 4808 })));
  it('10. logging news (in date order, each on its evening) never buries a running certain term', () =>
    fc.assert(holds(tale, newsKeepsTerms, (s) => showTale(s)), more({ numRuns: 200, seed: 4810 })));
});

describe('hunt s48: the same over chains (registration, decisions on paper and by phone, bezwaar, GPO, in date order)', () => {
  it('c1. order of logging', () => fc.assert(holds(chainTale, orderOfLogging, (s) => showTale(s)), more({ numRuns: 200, seed: 4811 })));
  it('c2. the same letter twice', () => fc.assert(holds(chainTale, twice, (s) => showTale(s)), more({ numRuns: 200, seed: 4812 })));
  it('c3. a call beside a written decision', () => fc.assert(holds(chainTale, callBeside, (s) => showTale(s)), more({ numRuns: 300, seed: 4813 })));
  it('c4. day by day', () => fc.assert(holds(chainTale, dayByDay, (s) => showTale(s)), more({ numRuns: 50, seed: 4814 })));
  it('c5. edit and restore', () => fc.assert(holds(chainTale, editRestore, (s) => showTale(s)), more({ numRuns: 150, seed: 4815 })));
  it('c6. first screen', () => fc.assert(holds(chainTale, onFirstScreen, (s) => showTale(s)), more({ numRuns: 300, seed: 4816 })));
  it('c7. card and calendar', () => fc.assert(holds(chainTale, cardAndCalendar, (s) => showTale(s)), more({ numRuns: 200, seed: 4817 })));
  it('c8. question or timeline', () => fc.assert(holds(chainTale, questionOrTimeline, (s) => showTale(s)), more({ numRuns: 300, seed: 4818 })));
  it('c9. events of one day logged in another order: the same certain filing terms', () => fc.assert(holds(sameDayTale, sameDayOrder, (s) => showTale(s)), more({ numRuns: 300, seed: 4819 })));
  it('c10. logging news (in date order, each on its evening) never buries a running certain term', () => fc.assert(holds(chainTale, newsKeepsTerms, (s) => showTale(s)), more({ numRuns: 200, seed: 4820 })));
  it('s10. the same with several events a day', () => fc.assert(holds(sameDayTale, newsKeepsTerms, (s) => showTale(s)), more({ numRuns: 150, seed: 4830 })));
  it('a1. a decision answered, then a chain: order of logging', () => fc.assert(holds(answeredTale, orderOfLogging, (s) => showTale(s)), more({ numRuns: 100, seed: 4841 })));
  it('a4. a decision answered, then a chain: day by day', () => fc.assert(holds(answeredTale, dayByDay, (s) => showTale(s)), more({ numRuns: 30, seed: 4844 })));
  it('a7. a decision answered, then a chain: card and calendar', () => fc.assert(holds(answeredTale, cardAndCalendar, (s) => showTale(s)), more({ numRuns: 100, seed: 4847 })));
  it('a8. a decision answered, then a chain: question or timeline', () => fc.assert(holds(answeredTale, questionOrTimeline, (s) => showTale(s)), more({ numRuns: 150, seed: 4848 })));
  it('a2. a decision answered, then a chain: the same letter twice', () => fc.assert(holds(answeredTale, twice, (s) => showTale(s)), more({ numRuns: 100, seed: 4842 })));
  it('a3. a decision answered, then a chain: a call beside a written decision', () => fc.assert(holds(answeredTale, callBeside, (s) => showTale(s)), more({ numRuns: 150, seed: 4843 })));
  it('a5. a decision answered, then a chain: edit and restore', () => fc.assert(holds(answeredTale, editRestore, (s) => showTale(s)), more({ numRuns: 100, seed: 4845 })));
  it('a6. a decision answered, then a chain: first screen', () => fc.assert(holds(answeredTale, onFirstScreen, (s) => showTale(s)), more({ numRuns: 150, seed: 4846 })));
  it('a9. a decision answered, then a chain: events of one day in another order', () => fc.assert(holds(answeredTale, sameDayOrder, (s) => showTale(s)), more({ numRuns: 150, seed: 4849 })));
  it('a10. a decision answered, then a chain: logging news never buries a running certain term', () => fc.assert(holds(answeredTale, newsKeepsTerms, (s) => showTale(s)), more({ numRuns: 150, seed: 4850 })));
  it('s2. chains with several events a day: the same letter twice', () => fc.assert(holds(sameDayTale, twice, (s) => showTale(s)), more({ numRuns: 150, seed: 4822 })));
  it('s3. chains with several events a day: a call beside a written decision', () => fc.assert(holds(sameDayTale, callBeside, (s) => showTale(s)), more({ numRuns: 200, seed: 4823 })));
  it('s5. chains with several events a day: edit and restore', () => fc.assert(holds(sameDayTale, editRestore, (s) => showTale(s)), more({ numRuns: 100, seed: 4825 })));
  it('s6. chains with several events a day: first screen', () => fc.assert(holds(sameDayTale, onFirstScreen, (s) => showTale(s)), more({ numRuns: 200, seed: 4826 })));
  it('s7. chains with several events a day: card and calendar', () => fc.assert(holds(sameDayTale, cardAndCalendar, (s) => showTale(s)), more({ numRuns: 150, seed: 4827 })));
});


// ── Found ────────────────────────────────────────────────────────────────────────────────────────────────────────

const stepOf = (p: Plan, id: string) => p.steps.find((x) => x.id === id);

describe('found 1 (ADVICE): a registration\'s day corrected in the questions keeps "no decision yet" from the old order', () => {
  /**
   * The parent logged the letter "Schriftelijke aanmelding" as sent on 2 September 2026 (a typo: she sent it on 25 August) and
   * the school's admission on paper on 1 September. In date order the registration comes after the admission, so it is a new
   * registration (EFFECTS reopens, session 38): "aanmelding-besluit" becomes "nog-niet" and the school's 6 weeks run from 2
   * September. She corrects the day where the plan sends her for it, the question "Op welke datum heeft de school je
   * aanmelding gekregen?": 25 August. The timeline then shows the registration on 25 August and the admission on 1 September
   * (reconcile moves the event), but the answers are not replayed: "nog-niet" stays, and on 16 October the plan says the
   * school's 6 weeks passed on 6 October (maybe 10 weeks: 3 November), "Nu doen", with the reminder letter
   * ("Herinnering: besluit over de aanmelding") to a school that admitted the child. The same correction made in the timeline
   * (the event's day edited, updateEvent) gives the plan with the admission and no term. An admission on paper is the school's
   * decision on the registration (A04; 001:119, 002:744-746), so no term of the school runs. Also across other events (a
   * refusal's day moved before an admission: other warnings; a TLV decision's before its application). The school's term,
   * not a right of the parent: the school is chased (and the letter offered) when it has decided. Low to moderate.
   */
  const st = log(A({ situatie: ['aanmelden'] }), [ev('e0', 'aanmelding-verstuurd', '2026-09-02'), ev('e1', 'besluit-toegelaten', '2026-09-01')]);
  const corrected: Story = { answers: A({ ...st.answers, 'aanmelding-datum': '2026-08-25' }), data: st.data };
  // Fixed in session 48 (reconciledChange: the answers the events write are read again in their new order).
  it('16 October, the day corrected in the questions: no school term, as when corrected in the timeline', () => {
    expect(stepOf(planAtApp(corrected, '2026-10-16'), 'besluit-aanmelding')).toBeUndefined();
  });
  it('guard: corrected in the timeline there is no term either; the stored answers are read again, not written over here', () => {
    const edited = updateEvent(st.answers, st.data, { ...st.data.events[0]!, date: '2026-08-25' });
    expect(edited.answers['aanmelding-besluit']).toBe('toegelaten');
    expect(stepOf(planAtApp(edited, '2026-10-16'), 'besluit-aanmelding')).toBeUndefined();
    // The plan reads the corrected story (storedOf); what is stored changes only when the app writes it (timeline-upgrade).
    expect(corrected.answers['aanmelding-besluit']).toBe('nog-niet');
  });
});

describe('found 2 (DEADLINE): registered at two schools, one refusal letter logged twice: the other school\'s 6 weeks leave the plan', () => {
  /**
   * Registered at two schools (meer-scholen: ja). School A received the registration on 1 September 2026, school B on 2
   * September (both logged). On 2 September a refusal came by e-mail, and the same letter on paper that day: the parent logs
   * both ("Besluit op papier - geweigerd", e-mail, then brief). Logged once, the plan has the refusal's bezwaar and
   * Geschillencommissie (2 September > 14 October) and, because the timeline cannot tell which school refused, the other
   * school's 6 weeks (eerdere-aanmelding: 2 September > 14 October, "we do not know which school decided";
   * src/timeline/earlier.ts undecidedRegistrationSteps, session 47). Logged twice, each copy is taken as a decision
   * ("first come, first decided"), both registrations count as decided, and the other school's 6 weeks leave the plan,
   * the first screen's lists, the gesprekskaart and the calendar file. Every school decides within 6 weeks of its own
   * receipt (A04, A05; 001:119, 002:744-746); registered at more schools, the parent must know where she stands with each
   * (A24, A25; 002:1532-1536, 000:316-320). The receipts logged twice count once (registrationsOf), the decisions do not.
   * A legal date of the school missing (not the parent's own filing term): moderate. Logging the e-mail and the letter of one
   * decision is what the "Hoe?" field invites.
   */
  const regs = [ev('a', 'aanmelding-ontvangen', '2026-09-01', 'e-mail'), ev('b', 'aanmelding-ontvangen', '2026-09-02', 'e-mail')];
  const start = A({ situatie: ['aanmelden'], 'meer-scholen': 'ja' });
  const once = log(start, [...regs, ev('r1', 'besluit-geweigerd', '2026-09-02', 'e-mail')]);
  const twice = log(start, [...regs, ev('r1', 'besluit-geweigerd', '2026-09-02', 'e-mail'), ev('r2', 'besluit-geweigerd', '2026-09-02', 'brief')]);
  // Fixed in session 48 (undecidedRegistrationSteps: decisions of one day count once).
  it('3 September: the refusal logged as e-mail and as letter keeps the other school\'s 6 weeks (2 September > 14 October)', () => {
    expect(stepOf(planAtApp(twice, '2026-09-03'), 'eerdere-aanmelding')?.deadline).toMatchObject({ start: '2026-09-02', due: '2026-10-14' });
  });
  it('guard: logged once, the plan, the card and the calendar hold it; twice, the refusal\'s own terms stay', () => {
    const p = planAtApp(once, '2026-09-03');
    expect(stepOf(p, 'eerdere-aanmelding')?.deadline).toMatchObject({ start: '2026-09-02', due: '2026-10-14', status: 'upcoming' });
    expect(cardOf(appOf(once) as never, '2026-09-03').dates.map((d) => d.step)).toContain('eerdere-aanmelding');
    expect(calendarSteps(p).upcoming.map((x) => x.id)).toContain('eerdere-aanmelding');
    const q = planAtApp(twice, '2026-09-03');
    // Session 48: twice is once (before the fix the other school's term was missing here).
    expect(termsById(q)).toEqual(termsById(p));
    expect(termsById(q)).toEqual(['bezwaar-weigering:2026-09-02>2026-10-14', 'eerdere-aanmelding:2026-09-02>2026-10-14', 'geschillencommissie:2026-09-02>2026-10-14?']);
    expect(termsById(planAtApp(log(start, [...regs, ev('r1', 'besluit-geweigerd', '2026-09-02', 'e-mail'), ev('r2', 'besluit-geweigerd', '2026-09-02', 'e-mail')]), '2026-09-03'))).toEqual(termsById(q));
  });
});

describe('found 3 (DEADLINE): a removal answered "on paper? weet ik niet" loses its 6 weeks when a later removal letter is logged', () => {
  /**
   * The questions: the child is at home, removed ("thuis-reden: verwijderd"); "Heeft het schoolbestuur besloten dat je kind
   * van school moet?" "Weet ik niet" (an option the question offers), the decision dated 1 September 2026. The plan counts
   * the safe side: a certain 6 weeks for bezwaar, 1 September > 13 October (C09; 002:846-850). The parent then logs the
   * next school's receipt of a registration (5 September) and a removal letter on paper (8 September). With a registration
   * between them the letter is a new decision (EFFECTS verwijdering-besluit overtakenBy, session 47), so the answers count
   * from 8 September, and the 1 September decision should stay as its own step (eerdere-verwijdering), as it does when the
   * question was answered "Ja, op papier", and as a refusal answered "op papier? weet ik niet" does (eerdere-weigering).
   * It does not: src/timeline/earlier.ts withAnsweredDecisions takes an answered removal only when "schriftelijk" (a refusal:
   * whenever not "nee"). On 10 September the plan, the first screen, the gesprekskaart and the calendar file name only 8
   * September > 20 October: if the 1 September decision was on paper, the parent reads a last day a week after the real one
   * (FP-P4: missing the 6-week window; 002:748-750, 846-850). The same in "handelingsverlegen". Serious: a certain bezwaar
   * term replaced by a later day, the parent's own right.
   */
  const story = (sit: Record<string, unknown>, vb: string) =>
    log(A({ ...sit, 'verwijdering-besluit': vb, 'verwijdering-datum': '2026-09-01' }), [ev('r', 'aanmelding-ontvangen', '2026-09-05', 'e-mail'), ev('v', 'verwijdering-besluit', '2026-09-08', 'brief')]);
  const home = { situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd' };
  // Fixed in session 48 (withAnsweredDecisions keeps a removal the plan counts as a decision: hasRemovalDecision).
  it('10 September: the 1 September decision keeps its 6 weeks (1 September > 13 October, certain) beside the letter of 8 September', () => {
    expect(certainFiling(planAtApp(story(home, 'weet-niet'), '2026-09-10')).map(key)).toContain('2026-09-01>2026-10-13');
  });
  // Session 48: not a defect in handelingsverlegen. There "weet ik niet" asks no date (removalMayBeWritten), and the plan
  // counts no term from 1 September before the letter either (the answers above set a date the questionnaire does not ask).
  it('handelingsverlegen, "weet ik niet": no term from 1 September before the letter, nor after it', () => {
    const hv = { situatie: ['handelingsverlegen'], 'hv-wil-weg': 'ja' };
    const before = log(A({ ...hv, 'verwijdering-besluit': 'weet-niet', 'verwijdering-datum': '2026-09-01' }), [ev('r', 'aanmelding-ontvangen', '2026-09-05', 'e-mail')]);
    expect(certainFiling(planAtApp(before, '2026-09-08')).map(key)).not.toContain('2026-09-01>2026-10-13');
    expect(certainFiling(planAtApp(story(hv, 'weet-niet'), '2026-09-10')).map(key)).not.toContain('2026-09-01>2026-10-13');
  });
  it('guard: before the letter the plan counts 1 September > 13 October as certain; answered "op papier" the term stays as eerdere-verwijdering', () => {
    const before = log(A({ ...home, 'verwijdering-besluit': 'weet-niet', 'verwijdering-datum': '2026-09-01' }), [ev('r', 'aanmelding-ontvangen', '2026-09-05', 'e-mail')]);
    expect(stepOf(planAtApp(before, '2026-09-08'), 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2026-09-01', due: '2026-10-13', certain: true });
    expect(stepOf(planAtApp(story(home, 'schriftelijk'), '2026-09-10'), 'eerdere-verwijdering')?.deadline).toMatchObject({ start: '2026-09-01', due: '2026-10-13', certain: true });
    const p = planAtApp(story(home, 'weet-niet'), '2026-09-10');
    // Session 48: the 1 September decision stays as eerdere-verwijdering, on the card too (before the fix: missing).
    expect(termsById(p)).toContain('eerdere-verwijdering:2026-09-01>2026-10-13');
    expect(termsById(p)).toContain('bezwaar-verwijdering:2026-09-08>2026-10-20');
    expect(cardDates(story(home, 'weet-niet'), '2026-09-10')).toContain('2026-10-13');
  });
});

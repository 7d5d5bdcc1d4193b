/**
 * The small readers and makers the lawyer reviews of sessions 50-55 (tests/unit/lawyer-s50-*.test.ts to
 * lawyer-s55-timeline.test.ts) each spelled for themselves: answers and stories, timeline events, a plan's steps, terms,
 * warnings and Dutch texts, the first screen in short. Only helpers that behave the same in every file that used them are
 * here; a file's own readers (or a version that reads differently) stay in that file. A test that reads texts still loads
 * them itself (`beforeAll(loadPlanTexts)`, plan-texts.ts).
 */
import type { Answers } from '../../src/flow/answers';
import type { Plan, PlanStep, PlanWarning } from '../../src/rules/plan';
import type { IsoDate } from '../../src/rules/dates';
import { addDays } from '../../src/rules/calendar';
import { firstThings } from '../../src/ui/firstThings';
import { stepText } from '../../src/ui/deadlineText';
import type { TimelineEvent } from '../../src/timeline/model';
import { LETTER_KIND, type EventKind, type How } from '../../src/timeline/effects';
import { ev, log } from './timeline-log';
import { agreeingPlan, type Story } from './app-story';
import { tFor } from './plan-texts';
import { dated, type Dated } from './plan-readers';

export { dated, type Dated };

// ── Answers and stories ─────────────────────────────────────────────────────────────────────────────────────────────

/** Questionnaire answers written as a plain object. */
export const A = (x: Record<string, unknown>) => x as unknown as Answers;
/** A story of answers only: an empty timeline. */
export const story = (x: Record<string, unknown>): Story => log(A(x), []);
/** The plan page, the first screen, the calendar and the gesprekskaart agree (app-story.ts agreeingPlan); returns the plan. */
export const agree = agreeingPlan;
/** A parent registering a child who needs extra support (the GPO hears a refusal: F07), at one school at a time. */
export const support = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee' });
/** A refusal on paper answered in the questionnaire: registration received 1 Sep, refused 15 Sep. */
export const answeredRefusal = {
  'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-01', 'aanmelding-besluit': 'geweigerd',
  'weigering-datum': '2026-09-15', 'weigering-schriftelijk': 'ja',
} as const;

// ── Timeline events (as the form logs them: timeline-log.ts ev) ─────────────────────────────────────────────────────

/** An event of `kind` on `date`, on paper unless told otherwise; id `<kind><date>` (one a kind a day). */
export const E = (kind: EventKind, date: IsoDate, how: How = 'brief'): TimelineEvent => ev(`${kind}${date}`, kind, date, how);
/** The school confirmed receipt of a written registration on `date` (by e-mail unless told otherwise); id `r<date><how>`. */
export const R = (date: IsoDate, how: How = 'e-mail'): TimelineEvent => ev(`r${date}${how}`, 'aanmelding-ontvangen', date, how);
/** "Besluit op papier - geweigerd" on `date`, on paper unless told otherwise; id `w<date><how>` unless given. */
export const W = (date: IsoDate, how: How = 'brief', id = `w${date}${how}`): TimelineEvent => ev(id, 'besluit-geweigerd', date, how);
/** A bezwaar made on `date`, on paper unless told otherwise; id `b<date><how>`. */
export const B = (date: IsoDate, how: How = 'brief'): TimelineEvent => ev(`b${date}${how}`, 'bezwaar-ingediend', date, how);
/** A request to the Geschillencommissie on `date`, on paper unless told otherwise; id `p<date><how>`. */
export const G = (date: IsoDate, how: How = 'brief'): TimelineEvent => ev(`p${date}${how}`, 'gpo-ingediend', date, how);

/** A letter of the app logged as sent on `date`, as "Ik heb deze brief verstuurd" logs it (LETTER_KIND: its kind, `letter` set). */
export const sent = (id: string, letter: string, date: IsoDate): TimelineEvent => ({ ...ev(id, LETTER_KIND[letter]!.kind, date), letter });

// ── Steps and terms ─────────────────────────────────────────────────────────────────────────────────────────────────

/** The step with this id, if the plan has it. */
export const step = (p: Plan, id: string) => p.steps.find((x) => x.id === id);
/** A step's deadline as one line, "start due status[ uncertain]", or undefined without one. */
export const due = (p: Plan, id: string) => {
  const d = step(p, id)?.deadline;
  return d ? `${d.start} ${d.due} ${d.status}${d.certain ? '' : ' uncertain'}` : undefined;
};
/** The ids of the plan's steps, in the plan's order. */
export const ids = (p: Plan) => p.steps.map((x) => x.id);
/** The ids of the plan's warnings, in the plan's order. */
export const warnings = (p: Plan) => p.warnings.map((w) => w.id);
/** A dated step's "start>due" (plan-readers.ts `term` adds "?" and the 10-week day; this one does not). */
export const term = (s: Dated) => `${s.deadline.start}>${s.deadline.due}`;
/**
 * These dated steps as "id start>due status", "?" when not certain, sorted. (Not plan-readers.ts `terms`, which leaves out
 * the id and the status and adds the 10-week day.)
 */
export const termsOf = (list: Dated[]) => list.map((s) => `${s.id} ${term(s)} ${s.deadline.status}${s.deadline.certain ? '' : '?'}`).sort();
/** Every dated step of the plan, as termsOf reads it. */
export const terms = (p: Plan) => termsOf(dated(p));
/** The bezwaar terms on the plan: dated steps with the bezwaar letter (the plan's own, the timeline's earlier and later decisions, the phone step). */
export const bezwaar = (p: Plan) => dated(p).filter((s) => s.letters.includes('bezwaar-weigering-verwijdering'));
/** The Geschillencommissie terms: the plan's own step and the timeline's earlier ones. */
export const gpo = (p: Plan) => dated(p).filter((s) => s.id === 'geschillencommissie' || s.id.startsWith('eerdere-geschillencommissie'));
/** The status a term due on `due` has on `today`. */
export const status = (due: IsoDate, today: IsoDate) => (today < due ? 'upcoming' : today === due ? 'today' : 'passed');
/** 6 weeks = 42 days after `d` (A04, A21, C09). */
export const sixWeeks = (d: IsoDate) => addDays(d, 42);
/** 10 weeks = 70 days after `d` (A05). */
export const tenWeeks = (d: IsoDate) => addDays(d, 70);

// ── Dutch texts ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** The app's T for Dutch. */
export const nl = () => tFor('nl');
/** A step's Dutch text: its why unless another part is asked. */
export const dutch = (s: PlanStep, part: 'title' | 'why' | 'late' | 'check' = 'why') => stepText(s, part, nl());
/** A warning's text or title in a language: its own texts key, else steps:warnings.<id>. */
export const warningPart = (w: PlanWarning, lang: string, part: 'title' | 'text') => tFor(lang).raw(w.texts ? `${w.texts}.${part}` : `steps:warnings.${w.id}.${part}`);
/** A warning's Dutch text (one argument: safe to pass to `map`). */
export const warningText = (w: PlanWarning) => warningPart(w, 'nl', 'text');
/** Everything a parent can read in the plan, in Dutch: every step's title, why, late and check text, every warning's text. */
export const allText = (p: Plan) =>
  [...p.steps.flatMap((s) => [dutch(s, 'title'), dutch(s, 'why'), dutch(s, 'late'), dutch(s, 'check')]), ...p.warnings.map(warningText)].join('\n');

// ── The first screen ────────────────────────────────────────────────────────────────────────────────────────────────

/** The first screen in short, with the parent's ticks: its two actions, the next date, the other terms it names, its alerts. */
export const firstScreen = (p: Plan, ticks?: Record<string, true>) => {
  const f = firstThings(p, ticks);
  return {
    actions: f.actions.map((x) => x.id),
    next: f.next ? `${f.next.id} ${f.next.deadline.due}` : undefined,
    also: (f.also ?? []).map((x) => `${x.id} ${x.deadline.due}`),
    alerts: (f.alerts ?? []).map((w) => w.id),
  };
};

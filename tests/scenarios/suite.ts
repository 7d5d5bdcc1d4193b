/**
 * The scenario suite: dated cases written from the sources (003 parent stories, 004 FAQ 18 rulings,
 * 002 grounds, 001 law summaries), each with what the plan MUST and MUST NOT say.
 *
 * This module loads and validates tests/scenarios/*.yaml and checks a plan against a scenario.
 * It is written independently of the engine's rules (src/rules/catalogue.ts): it only uses the plan's
 * shape (buildPlan) and the CLI's Dutch markdown renderer for text checks. Its own date arithmetic is
 * deliberately separate from src/rules/dates.ts, so a wrong date in either shows up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { questionById } from '../../src/flow/questions';
import { isValidAnswer } from '../../src/flow/route';
import { CERTAIN_TERM_CONCEPTS, CONCEPTS, UNCERTAIN_TERM_CONCEPTS, isConcept, type Concept, type ConceptId } from './concepts';

export const SCENARIO_DIR = fileURLToPath(new URL('.', import.meta.url));

// ── Types ────────────────────────────────────────────────────────────────────────────────────

export type Group = 'nu' | 'binnenkort' | 'als-het-niet-lukt' | 'goed-om-te-weten';
/** A warning ("Let op") is shown above every step; it has this pseudo-group. */
export const WARNING_GROUP = 'waarschuwing';
export type AnyGroup = Group | typeof WARNING_GROUP;

/** What the plan must (or must not) contain about one concept. Unset fields are not checked. */
export interface StepMatch {
  step: ConceptId;
  /** One group, or a list of acceptable groups. */
  group?: AnyGroup | AnyGroup[];
  hasDeadline?: boolean;
  /** Exact ISO due date. */
  due?: string;
  /** The arithmetic, checked by the loader: "2026-11-17 + 6w" (w weeks, d days, m months) = due. */
  dueCalc?: string;
  start?: string;
  certain?: boolean;
  status?: 'passed' | 'today' | 'upcoming';
  /** Only when the step has a deadline: it must match these (a step without deadline passes). */
  ifDeadline?: { start?: string; due?: string; dueCalc?: string; certain?: boolean };
}

export type Expectation =
  | (StepMatch & { why?: string })
  | { before: [ConceptId, ConceptId]; why?: string }
  | { sameGroup: [ConceptId, ConceptId]; why?: string }
  | { first: ConceptId; why?: string }
  | { inTop: { step: ConceptId; n: number }; why?: string }
  | { text: string; why?: string }
  | { stepText: { step: ConceptId; matches: string }; why?: string }
  | { clockFrom: string; why?: string }
  | { anyDeadline: { certain?: boolean; start?: string; due?: string; status?: 'passed' | 'today' | 'upcoming' }; why?: string }
  | { anyOf: Expectation[]; why?: string }
  | { firstScreen: FirstScreenMatch; why?: string };

/**
 * What the plan's first screen ("Eerst dit", firstThings + renderFirstScreen) must show (session 23). Every field set
 * must hold; under mustNot, the screen must not match all of them.
 * - shows: the concept's step is on the first screen (one of the first actions, the "Eerstvolgende datum", the
 *   10-week day of an admission decision, or the "Let ook op deze datum" line); with `due`, that date is shown for it.
 * - due (without shows): this date is shown on the first screen, for any step.
 * - action: the concept's step is one of the first actions (the "Doe dit als eerste" list).
 * - nextDue: the "Eerstvolgende datum" is this date. noNext: there is no "Eerstvolgende datum" line.
 * - says: a regex on the first screen's Dutch text.
 */
export interface FirstScreenMatch {
  shows?: ConceptId;
  due?: string;
  action?: ConceptId;
  nextDue?: string;
  noNext?: boolean;
  says?: string;
}

export interface TimelineEntry {
  kind: string;
  date: string;
  how?: string;
  /** Session 82: on a tlv-toegekend, "Tot wanneer geldt de TLV?" (TimelineEvent.until): an ISO date, hele-schooltijd or weet-niet. */
  until?: string;
  /** Session 84: on a bezwaar-ingediend, which decision it is against (TimelineEvent.against): weigering, verwijdering or tlv. */
  against?: string;
}

export interface Scenario {
  id: string;
  title: string;
  sources: string[];
  story: string;
  today: string;
  /** Dated events of the story (for the reader; answers carry the dates the plan uses). */
  events?: Record<string, string>;
  /**
   * Session 34: events logged in "Mijn tijdlijn", in the order logged (kind and "Hoe?" as src/timeline/effects.ts names
   * them). The runner logs them on top of `answers` (the questionnaire's answers) as the app does, and the plan gets the
   * timeline's own steps (withMeetings). Without it a scenario is answers only.
   */
  timeline?: TimelineEntry[];
  answers: Record<string, string | string[]>;
  must: Expectation[];
  mustNot: Expectation[];
  /** Set only when the engine is at fault (never for a wrong expectation): the reason. */
  knownFailing?: string;
  /** Global rules that do not apply here, with the reason as value. */
  skipGlobal?: Record<string, string>;
  /** Where it came from (file name). */
  file: string;
}

// ── Dates (own arithmetic, independent of src/rules/dates.ts) ───────────────────────────────

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const toUtc = (iso: string): Date => {
  if (!ISO.test(iso)) throw new Error(`not an ISO date: ${iso}`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) throw new Error(`no such date: ${iso}`);
  return dt;
};
const fromUtc = (d: Date): string => d.toISOString().slice(0, 10);
export const isIso = (s: unknown): s is string => typeof s === 'string' && ISO.test(s) && (() => { try { toUtc(s); return true; } catch { return false; } })();
export const weekday = (iso: string): string => ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'][toUtc(iso).getUTCDay()]!;
export const daysBetween = (a: string, b: string): number => Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);

/** "2026-11-17 + 6w" → "2026-12-29". Months per calendar; a day that does not exist goes to the month's last day. */
export function calc(expr: string): string {
  // The school year runs from 1 August to 31 July (WPO; not in the seed sources): "schooljaar 2026-2027" ends 2027-07-31.
  const sj = /^schooljaar (\d{4})-(\d{4})$/.exec(expr.trim());
  if (sj && Number(sj[2]) === Number(sj[1]) + 1) return `${sj[2]}-07-31`;
  const m = /^(\d{4}-\d{2}-\d{2})\s*\+\s*(\d+)\s*([wdm])$/.exec(expr.trim());
  if (!m) throw new Error(`dueCalc must look like "2026-11-17 + 6w", not "${expr}"`);
  const start = toUtc(m[1]!);
  const n = Number(m[2]);
  if (m[3] === 'd') return fromUtc(new Date(start.getTime() + n * 86_400_000));
  if (m[3] === 'w') return fromUtc(new Date(start.getTime() + n * 7 * 86_400_000));
  const y = start.getUTCFullYear();
  const mo = start.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y, mo, Math.min(start.getUTCDate(), last))));
}

// ── Loading and validation ───────────────────────────────────────────────────────────────────

const SCENARIO_KEYS = new Set(['id', 'title', 'sources', 'story', 'today', 'events', 'timeline', 'answers', 'must', 'mustNot', 'knownFailing', 'skipGlobal']);
const STEP_KEYS = new Set(['step', 'group', 'hasDeadline', 'due', 'dueCalc', 'start', 'certain', 'status', 'ifDeadline', 'why']);
const ANY_DEADLINE_KEYS = new Set(['certain', 'start', 'due', 'status']);
const GROUPS: readonly string[] = ['nu', 'binnenkort', 'als-het-niet-lukt', 'goed-om-te-weten', WARNING_GROUP];
const SOURCE = /^(000|001|002|003|004):\d+(-\d+)?$|^FACTS [A-Z§][\w.-]*$|^issue11 #\d+$/;

function validateExpectation(e: unknown, where: string, negated = false): void {
  if (typeof e !== 'object' || e === null) throw new Error(`${where}: expectation must be an object`);
  const x = e as Record<string, unknown>;
  const kinds = ['step', 'before', 'sameGroup', 'first', 'inTop', 'text', 'stepText', 'clockFrom', 'anyDeadline', 'anyOf', 'firstScreen'].filter((k) => k in x);
  if (kinds.length !== 1) throw new Error(`${where}: exactly one of step/before/sameGroup/first/inTop/text/stepText/clockFrom/anyDeadline/anyOf/firstScreen, got ${JSON.stringify(Object.keys(x))}`);
  const concept = (c: unknown) => {
    if (typeof c !== 'string' || !isConcept(c)) throw new Error(`${where}: unknown concept ${JSON.stringify(c)} (tests/scenarios/concepts.ts)`);
  };
  const date = (d: unknown, name: string) => {
    if (d !== undefined && !isIso(d)) throw new Error(`${where}: ${name} must be an ISO date, got ${JSON.stringify(d)}`);
  };
  const checkCalc = (due: unknown, dueCalc: unknown) => {
    if (dueCalc === undefined) return;
    if (due === undefined) throw new Error(`${where}: dueCalc without due`);
    const got = calc(String(dueCalc));
    if (got !== due) throw new Error(`${where}: dueCalc ${String(dueCalc)} = ${got}, but due says ${String(due)}`);
  };
  const k = kinds[0]!;
  if (k === 'step') {
    for (const key of Object.keys(x)) if (!STEP_KEYS.has(key)) throw new Error(`${where}: unknown field ${key}`);
    concept(x['step']);
    const g = x['group'];
    if (g !== undefined) for (const one of Array.isArray(g) ? g : [g]) if (!GROUPS.includes(String(one))) throw new Error(`${where}: unknown group ${String(one)}`);
    date(x['due'], 'due');
    date(x['start'], 'start');
    checkCalc(x['due'], x['dueCalc']);
    if (!negated && x['due'] !== undefined && x['dueCalc'] === undefined) throw new Error(`${where}: every due date needs its arithmetic in dueCalc`);
    const i = x['ifDeadline'] as Record<string, unknown> | undefined;
    if (i) {
      date(i['due'], 'ifDeadline.due');
      date(i['start'], 'ifDeadline.start');
      checkCalc(i['due'], i['dueCalc']);
    }
  } else if (k === 'before' || k === 'sameGroup') {
    const pair = x[k];
    if (!Array.isArray(pair) || pair.length !== 2) throw new Error(`${where}: ${k} needs two concepts`);
    pair.forEach(concept);
  } else if (k === 'first') concept(x['first']);
  else if (k === 'inTop') {
    const t = x['inTop'] as Record<string, unknown>;
    concept(t['step']);
    if (typeof t['n'] !== 'number') throw new Error(`${where}: inTop.n must be a number`);
  } else if (k === 'text') new RegExp(String(x['text']), 'i');
  else if (k === 'stepText') {
    const t = x['stepText'] as Record<string, unknown>;
    concept(t['step']);
    new RegExp(String(t['matches']), 'i');
  } else if (k === 'clockFrom') date(x['clockFrom'], 'clockFrom');
  else if (k === 'anyDeadline') {
    // Session 84 (s84-blind): an unknown field here was silently ignored, so `anyDeadline: { due: … }` or `{ status: … }`
    // meant "any deadline at all" (a mustNot then failed on every plan with a date; a must passed on any date).
    const raw = x['anyDeadline'];
    const a = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>; // `anyDeadline: true` = any deadline
    for (const key of Object.keys(a)) if (!ANY_DEADLINE_KEYS.has(key)) throw new Error(`${where}: unknown field anyDeadline.${key}`);
    date(a['start'], 'anyDeadline.start');
    date(a['due'], 'anyDeadline.due');
    if (a['status'] !== undefined && !['passed', 'today', 'upcoming'].includes(String(a['status']))) throw new Error(`${where}: unknown anyDeadline.status ${String(a['status'])}`);
  }
  else if (k === 'firstScreen') {
    const f = x['firstScreen'] as Record<string, unknown>;
    const keys = Object.keys(f ?? {});
    if (!keys.length) throw new Error(`${where}: firstScreen needs at least one of shows/due/action/nextDue/noNext/says`);
    for (const key of keys) if (!['shows', 'due', 'action', 'nextDue', 'noNext', 'says'].includes(key)) throw new Error(`${where}: unknown firstScreen field ${key}`);
    if (f['shows'] !== undefined) concept(f['shows']);
    if (f['action'] !== undefined) concept(f['action']);
    date(f['due'], 'firstScreen.due');
    date(f['nextDue'], 'firstScreen.nextDue');
    if (f['says'] !== undefined) new RegExp(String(f['says']), 'i');
  } else if (k === 'anyOf') {
    const list = x['anyOf'];
    if (!Array.isArray(list) || list.length < 2) throw new Error(`${where}: anyOf needs at least two expectations`);
    list.forEach((y, n) => validateExpectation(y, `${where}.anyOf[${n}]`, negated));
  }
}

export function validateScenario(raw: unknown, file: string): Scenario {
  if (typeof raw !== 'object' || raw === null) throw new Error(`${file}: a scenario must be an object`);
  const s = raw as Record<string, unknown>;
  const where = `${file}:${String(s['id'] ?? '?')}`;
  for (const key of Object.keys(s)) if (!SCENARIO_KEYS.has(key)) throw new Error(`${where}: unknown field ${key}`);
  for (const key of ['id', 'title', 'story', 'today']) if (typeof s[key] !== 'string' || !(s[key] as string).trim()) throw new Error(`${where}: ${key} is required`);
  if (!isIso(s['today'])) throw new Error(`${where}: today must be an ISO date`);
  const sources = s['sources'];
  if (!Array.isArray(sources) || !sources.length) throw new Error(`${where}: sources are required`);
  for (const src of sources) if (typeof src !== 'string' || !SOURCE.test(src)) throw new Error(`${where}: source ${JSON.stringify(src)} must look like 003:593-632, FACTS A01 or issue11 #3`);
  const answers = s['answers'];
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) throw new Error(`${where}: answers must be an object`);
  const today = s['today'] as string;
  for (const [q, v] of Object.entries(answers as Record<string, unknown>)) {
    const ok = typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
    if (!ok) throw new Error(`${where}: answer ${q} must be a string or a list of strings`);
    // Session 41: a value the questionnaire cannot give was dropped by the plan without a word (s032's first draft had
    // `onderzoek: nee`, and the plan read it as not answered). The questions' schema, not the engine's rules.
    const question = questionById.get(q);
    if (!question) throw new Error(`${where}: answer ${q}: no such question`);
    if (!isValidAnswer(question, v)) throw new Error(`${where}: answer ${q} = ${JSON.stringify(v)} is not an answer the questionnaire gives (${question.type}${question.options ? `: ${question.options.join(', ')}` : ''})`);
    if (typeof v === 'string' && isIso(v) && daysBetween(v, today) < 0 && !['gesprek-datum'].includes(q)) throw new Error(`${where}: answer ${q} = ${v} lies after today ${today}`);
  }
  const events = (s['events'] ?? {}) as Record<string, unknown>;
  for (const [e, d] of Object.entries(events)) if (!isIso(d) || daysBetween(d as string, today) < 0) throw new Error(`${where}: event ${e} must be an ISO date not after today`);
  if (s['timeline'] !== undefined) {
    const tl = s['timeline'];
    if (!Array.isArray(tl) || !tl.length) throw new Error(`${where}: timeline must be a non-empty list`);
    tl.forEach((x, n) => {
      const e = x as Record<string, unknown>;
      if (typeof e !== 'object' || e === null || Object.keys(e).some((k) => !['kind', 'date', 'how', 'until', 'against'].includes(k))) throw new Error(`${where}: timeline[${n}] takes kind, date, how, until and against`);
      if (e['against'] !== undefined && (e['kind'] !== 'bezwaar-ingediend' || !['weigering', 'verwijdering', 'tlv'].includes(e['against'] as string)))
        throw new Error(`${where}: timeline[${n}] against goes on a bezwaar-ingediend only: weigering, verwijdering or tlv`);
      if (e['until'] !== undefined && (e['kind'] !== 'tlv-toegekend' || !(isIso(e['until']) || e['until'] === 'hele-schooltijd' || e['until'] === 'weet-niet')))
        throw new Error(`${where}: timeline[${n}] until goes on a tlv-toegekend only: an ISO date, hele-schooltijd or weet-niet`);
      if (typeof e['kind'] !== 'string' || !e['kind']) throw new Error(`${where}: timeline[${n}] needs a kind`);
      if (!isIso(e['date']) || daysBetween(e['date'] as string, today) < 0) throw new Error(`${where}: timeline[${n}] date must be an ISO date not after today`);
      if (e['how'] !== undefined && typeof e['how'] !== 'string') throw new Error(`${where}: timeline[${n}] how must be a string`);
    });
  }
  s['mustNot'] ??= [];
  for (const list of ['must', 'mustNot']) {
    const l = s[list];
    if (!Array.isArray(l)) throw new Error(`${where}: ${list} must be a list`);
    l.forEach((e, n) => validateExpectation(e, `${where}.${list}[${n}]`, list === 'mustNot'));
  }
  if (!(s['must'] as unknown[]).length) throw new Error(`${where}: at least one must`);
  if (s['knownFailing'] !== undefined && (typeof s['knownFailing'] !== 'string' || !s['knownFailing'].trim())) throw new Error(`${where}: knownFailing must be the reason`);
  return { ...(s as unknown as Scenario), events: events as Record<string, string>, file };
}

export function loadScenarios(dir = SCENARIO_DIR): Scenario[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const all: Scenario[] = [];
  for (const f of files) {
    const doc = parse(readFileSync(join(dir, f), 'utf8'), { schema: 'failsafe' }) as unknown;
    if (!Array.isArray(doc)) throw new Error(`${f}: expected a list of scenarios`);
    for (const raw of doc) all.push(validateScenario(normalise(raw), f));
  }
  const ids = new Set<string>();
  for (const s of all) {
    if (ids.has(s.id)) throw new Error(`duplicate scenario id ${s.id}`);
    ids.add(s.id);
  }
  return all;
}

/** The failsafe schema keeps every scalar a string (dates stay "2026-11-17"); turn the few typed fields back. */
function normalise(x: unknown, key = ''): unknown {
  if (Array.isArray(x)) return x.map((y) => normalise(y, key));
  if (typeof x === 'object' && x !== null) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, normalise(v, k)]));
  if (typeof x === 'string') {
    if (['hasDeadline', 'certain'].includes(key)) {
      if (x === 'true') return true;
      if (x === 'false') return false;
    }
    if (key === 'n' && /^\d+$/.test(x)) return Number(x);
  }
  return x;
}

// ── The plan, as the checker sees it ────────────────────────────────────────────────────────

export interface PlanDeadline {
  start: string;
  startWhat?: string;
  amount: number;
  unit: string;
  due: string;
  daysLeft: number;
  status: string;
  certain: boolean;
}
export interface PlanLike {
  steps: readonly { id: string; group: string; deadline?: PlanDeadline; texts?: string; note?: string; alsoNote?: string; dayOffNote?: string }[];
  warnings: readonly { id: string; texts?: string }[];
}
/**
 * The texts of one step or warning (title, why, late, check / title, text), for stepText: those the plan shows, so a
 * step's texts kept elsewhere (PlanStep.texts, a "ui:" key prefix) when it has them (session 38: before, stepText read
 * the steps.yaml text of such a step, which the plan did not show). Session 74: also the one text of a note's "ui:" key.
 */
export type TextOf = (id: string, texts?: string) => string | undefined;

interface Item {
  id: string;
  group: AnyGroup;
  deadline?: PlanDeadline;
  /** PlanStep.texts: where the step's texts are when not in steps.yaml under its id. */
  texts?: string;
  /** Session 74 (s74-notes, 3): the step's notes (PlanStep.note, alsoNote: "ui:" keys), which stepText reads too. */
  notes?: string[];
  index: number;
}

function items(plan: PlanLike): Item[] {
  const w: Item[] = plan.warnings.map((x, i) => ({ id: x.id, group: WARNING_GROUP, ...(x.texts ? { texts: x.texts } : {}), index: i }));
  const s: Item[] = plan.steps.map((x, i) => {
    const notes = [x.note, x.alsoNote, x.dayOffNote].filter((n): n is string => n !== undefined);
    return { id: x.id, group: x.group as Group, ...(x.deadline ? { deadline: x.deadline } : {}), ...(x.texts ? { texts: x.texts } : {}), ...(notes.length ? { notes } : {}), index: i };
  });
  return [...w, ...s];
}

function ofConcept(all: Item[], c: ConceptId): Item[] {
  const def: Concept = CONCEPTS[c];
  return all.filter((i) => (def.ids as readonly string[]).includes(i.id) && (def.kind === 'any' || (def.kind === 'warning') === (i.group === WARNING_GROUP)));
}

const describe = (i: Item): string =>
  `${i.id} [${i.group}]${i.deadline ? ` due ${i.deadline.due} (from ${i.deadline.start}, ${i.deadline.certain ? 'certain' : 'uncertain'}, ${i.deadline.status})` : ' no deadline'}`;

/** Why an item does not match, or undefined when it does. */
function mismatch(i: Item, m: StepMatch): string | undefined {
  const problems: string[] = [];
  if (m.group !== undefined) {
    const gs = Array.isArray(m.group) ? m.group : [m.group];
    if (!gs.includes(i.group)) problems.push(`group ${i.group}, expected ${gs.join(' or ')}`);
  }
  const d = i.deadline;
  if (m.hasDeadline !== undefined && m.hasDeadline !== !!d) problems.push(m.hasDeadline ? 'no deadline' : `has deadline ${d!.due}`);
  const needsD = m.due !== undefined || m.start !== undefined || m.certain !== undefined || m.status !== undefined;
  if (needsD && !d) problems.push('no deadline');
  if (d) {
    if (m.due !== undefined && d.due !== m.due) problems.push(`due ${d.due}, expected ${m.due}`);
    if (m.start !== undefined && d.start !== m.start) problems.push(`start ${d.start}, expected ${m.start}`);
    if (m.certain !== undefined && d.certain !== m.certain) problems.push(`marked ${d.certain ? 'certain' : 'uncertain'}, expected ${m.certain ? 'certain' : 'uncertain'}`);
    if (m.status !== undefined && d.status !== m.status) problems.push(`status ${d.status}, expected ${m.status}`);
    const f = m.ifDeadline;
    if (f) {
      if (f.due !== undefined && d.due !== f.due) problems.push(`due ${d.due}, expected ${f.due}`);
      if (f.start !== undefined && d.start !== f.start) problems.push(`start ${d.start}, expected ${f.start}`);
      if (f.certain !== undefined && d.certain !== f.certain) problems.push(`marked ${d.certain ? 'certain' : 'uncertain'}, expected ${f.certain ? 'certain' : 'uncertain'}`);
    }
  }
  return problems.length ? problems.join('; ') : undefined;
}

/** The first screen as firstThings() selects it (src/ui/firstThings.ts): only the plan's shape is used. */
export interface FirstLike {
  actions: readonly { id: string; deadline?: PlanDeadline & { maybeExtendedTo?: string } }[];
  next?: { id: string; deadline: PlanDeadline };
  extended?: { id: string; deadline: PlanDeadline & { maybeExtendedTo?: string } };
  also?: readonly { id: string; deadline: PlanDeadline }[];
  /** A step that finds the start of a term that may run unseen, named with "misschien loopt er al/ook al een termijn". */
  unknownClock?: { id: string };
}

/** Every step the first screen names, with the dates it shows for it. */
export function firstScreenEntries(f: FirstLike): { id: string; where: 'action' | 'next' | 'extended' | 'also' | 'unknown'; dates: string[]; certain?: boolean; passed?: boolean }[] {
  const dl = (d?: PlanDeadline & { maybeExtendedTo?: string }) => (d ? [d.due, ...(d.maybeExtendedTo ? [d.maybeExtendedTo] : [])] : []);
  return [
    ...f.actions.map((a) => ({ id: a.id, where: 'action' as const, dates: dl(a.deadline), ...(a.deadline ? { certain: a.deadline.certain, passed: a.deadline.status === 'passed' } : {}) })),
    ...(f.next ? [{ id: f.next.id, where: 'next' as const, dates: [f.next.deadline.due], certain: f.next.deadline.certain, passed: f.next.deadline.status === 'passed' }] : []),
    ...(f.extended?.deadline.maybeExtendedTo ? [{ id: f.extended.id, where: 'extended' as const, dates: [f.extended.deadline.maybeExtendedTo] }] : []),
    ...(f.also ?? []).map((a) => ({ id: a.id, where: 'also' as const, dates: [a.deadline.due], certain: a.deadline.certain, passed: a.deadline.status === 'passed' })),
    ...(f.unknownClock ? [{ id: f.unknownClock.id, where: 'unknown' as const, dates: [] }] : []),
  ];
}

export interface Context {
  /** The first screen (firstThings) and its Dutch text (renderFirstScreen), when the runner gives them. */
  first?: FirstLike;
  firstText?: string;
  plan: PlanLike;
  /** The rendered Dutch plan (CLI markdown), or undefined when it could not render. */
  markdown: string | undefined;
  textOf: TextOf;
}

/** Checks one expectation; returns a failure reason or undefined. `negate` for mustNot. */
export function check(e: Expectation, ctx: Context, negate: boolean): string | undefined {
  const all = items(ctx.plan);
  const steps = all.filter((i) => i.group !== WARNING_GROUP);
  if ('step' in e) {
    const found = ofConcept(all, e.step);
    const ids = CONCEPTS[e.step].ids.join('|');
    const matching = found.filter((i) => mismatch(i, e) === undefined);
    if (!negate) {
      if (!found.length) return `missing ${e.step} (none of ${ids} in the plan)`;
      if (!matching.length) return `${e.step} is there but wrong: ${found.map((i) => `${describe(i)}: ${mismatch(i, e)}`).join(' / ')}`;
      return undefined;
    }
    return matching.length ? `must not have ${e.step}${Object.keys(e).length > 2 ? ' like this' : ''}: ${matching.map(describe).join(' / ')}` : undefined;
  }
  if ('before' in e) {
    const [a, b] = e.before;
    const ia = ofConcept(steps, a)[0];
    const ib = ofConcept(steps, b)[0];
    if (!ia || !ib) return negate ? undefined : `cannot order: ${!ia ? `${a} missing` : ''}${!ia && !ib ? ', ' : ''}${!ib ? `${b} missing` : ''}`;
    const ok = ia.index < ib.index;
    if (negate) return ok ? `${a} (#${ia.index + 1}) must not come before ${b} (#${ib.index + 1})` : undefined;
    return ok ? undefined : `${a} is step #${ia.index + 1}, after ${b} (#${ib.index + 1})`;
  }
  if ('sameGroup' in e) {
    const [a, b] = e.sameGroup;
    const ia = ofConcept(steps, a)[0];
    const ib = ofConcept(steps, b)[0];
    if (!ia || !ib) return negate ? undefined : `cannot compare groups: ${!ia ? `${a} missing ` : ''}${!ib ? `${b} missing` : ''}`;
    const ok = ia.group === ib.group;
    if (negate) return ok ? `${a} and ${b} must not share group ${ia.group}` : undefined;
    return ok ? undefined : `${a} in ${ia.group}, ${b} in ${ib.group}`;
  }
  if ('first' in e) {
    const top = steps[0];
    const ok = !!top && (CONCEPTS[e.first].ids as readonly string[]).includes(top.id);
    if (negate) return ok ? `${e.first} must not be the first step` : undefined;
    return ok ? undefined : `first step is ${top ? describe(top) : 'none'}, expected ${e.first}`;
  }
  if ('inTop' in e) {
    const pos = ofConcept(steps, e.inTop.step)[0];
    const ok = !!pos && pos.index < e.inTop.n;
    if (negate) return ok ? `${e.inTop.step} must not be in the first ${e.inTop.n}` : undefined;
    return ok ? undefined : pos ? `${e.inTop.step} is step #${pos.index + 1}, expected within the first ${e.inTop.n}` : `missing ${e.inTop.step}`;
  }
  if ('text' in e) {
    if (ctx.markdown === undefined) return 'the plan could not be rendered in Dutch';
    const hit = new RegExp(e.text, 'i').exec(ctx.markdown);
    if (negate) return hit ? `the Dutch plan says "${hit[0]}" (/${e.text}/)` : undefined;
    return hit ? undefined : `the Dutch plan does not say /${e.text}/`;
  }
  if ('stepText' in e) {
    const found = ofConcept(all, e.stepText.step);
    if (!found.length) return negate ? undefined : `missing ${e.stepText.step}, so its text cannot say /${e.stepText.matches}/`;
    const re = new RegExp(e.stepText.matches, 'i');
    // Session 74 (s74-notes, 3): a step's notes (the holiday notes, …) are part of what the plan shows for it.
    const hits = found.filter((i) => re.test([ctx.textOf(i.id, i.texts), ...(i.notes ?? []).map((n) => ctx.textOf(i.id, n))].join('\n')));
    if (negate) return hits.length ? `the text of ${hits[0]!.id} says /${e.stepText.matches}/` : undefined;
    return hits.length ? undefined : `the text of ${found.map((i) => i.id).join(', ')} does not say /${e.stepText.matches}/`;
  }
  if ('clockFrom' in e) {
    const hits = steps.filter((i) => i.deadline?.start === e.clockFrom);
    if (negate) return hits.length ? `a clock runs from ${e.clockFrom}: ${hits.map(describe).join(' / ')}` : undefined;
    return hits.length ? undefined : `no deadline counted from ${e.clockFrom}`;
  }
  if ('anyDeadline' in e) {
    const want = e.anyDeadline;
    const hits = steps.filter((i) => i.deadline && (want.certain === undefined || i.deadline.certain === want.certain) && (want.start === undefined || i.deadline.start === want.start) && (want.due === undefined || i.deadline.due === want.due) && (want.status === undefined || i.deadline.status === want.status));
    if (negate) return hits.length ? `unexpected deadline: ${hits.map(describe).join(' / ')}` : undefined;
    return hits.length ? undefined : 'no such deadline';
  }
  if ('firstScreen' in e) {
    if (!ctx.first) return 'no first screen given to the checker';
    const f = e.firstScreen;
    const entries = firstScreenEntries(ctx.first);
    const problems: string[] = [];
    const idsOf = (c: ConceptId) => CONCEPTS[c].ids as readonly string[];
    if (f.shows !== undefined) {
      const mine = entries.filter((x) => idsOf(f.shows!).includes(x.id));
      if (!mine.length) problems.push(`${f.shows} is not on the first screen`);
      else if (f.due !== undefined && !mine.some((x) => x.dates.includes(f.due!))) problems.push(`${f.shows} is on the first screen with ${mine.flatMap((x) => x.dates).join(', ') || 'no date'}, not ${f.due}`);
    } else if (f.due !== undefined && !entries.some((x) => x.dates.includes(f.due!))) problems.push(`${f.due} is not on the first screen`);
    if (f.action !== undefined && !ctx.first.actions.some((a) => idsOf(f.action!).includes(a.id))) problems.push(`${f.action} is not one of the first actions (${ctx.first.actions.map((a) => a.id).join(', ')})`);
    if (f.nextDue !== undefined && ctx.first.next?.deadline.due !== f.nextDue) problems.push(`the next date is ${ctx.first.next?.deadline.due ?? 'none'}, not ${f.nextDue}`);
    if (f.noNext && ctx.first.next) problems.push(`there is a next date: ${ctx.first.next.deadline.due} (${ctx.first.next.id})`);
    if (f.says !== undefined && !new RegExp(f.says, 'i').test(ctx.firstText ?? '')) problems.push(`the first screen does not say /${f.says}/`);
    const shown = `first screen: ${entries.map((x) => `${x.where} ${x.id}${x.dates.length ? ` ${x.dates.join('/')}` : ''}`).join('; ')}`;
    if (negate) return problems.length ? undefined : `must not: ${JSON.stringify(f)} (${shown})`;
    return problems.length ? `${problems.join('; ')} (${shown})` : undefined;
  }
  if ('anyOf' in e) {
    const reasons = e.anyOf.map((x) => check(x, ctx, negate));
    if (negate) return reasons.some((r) => r !== undefined) ? reasons.filter(Boolean).join(' AND ') : undefined;
    return reasons.some((r) => r === undefined) ? undefined : `none of: ${reasons.join(' | ')}`;
  }
  return 'unknown expectation';
}

// ── Rules for every scenario ────────────────────────────────────────────────────────────────

export interface GlobalRule {
  id: string;
  /** Plain Dutch, for REVIEW.md. */
  text: string;
  sources: string[];
  check: (ctx: Context, s: Scenario) => string[];
}

export const GLOBAL_RULES: readonly GlobalRule[] = [
  {
    id: 'urgent-in-nu',
    text: 'Elke stap met een termijn die verstreken is, vandaag afloopt of binnen 14 dagen afloopt, staat onder "Nu doen".',
    sources: ['issue11 #10'],
    check: ({ plan }) =>
      plan.steps.filter((st) => st.deadline && st.deadline.daysLeft <= 14 && st.group !== 'nu').map((st) => `${st.id} is due ${st.deadline!.due} (${st.deadline!.daysLeft} days) but sits in ${st.group}`),
  },
  {
    id: 'uncertain-terms',
    text: 'Termijnen die niet in de bronnen staan (Geschillencommissie, bezwaar tegen een TLV, klachtencommissie, dossier/AVG) zijn gemarkeerd als onzeker; de 6 weken voor het besluit op de aanmelding, het bezwaar tegen weigering of verwijdering en de schorsing van hooguit 1 week als zeker.',
    sources: ['FACTS §X.2', 'FACTS §X.3', 'FACTS §X.13', '002:744-750', '002:846-850', '002:2362'],
    check: ({ plan }) => {
      const out: string[] = [];
      const all = items(plan);
      for (const c of UNCERTAIN_TERM_CONCEPTS) for (const i of ofConcept(all, c)) if (i.deadline?.certain) out.push(`${i.id}: the term (${i.deadline.amount} ${i.deadline.unit}) is not in the sources, yet marked certain`);
      for (const c of CERTAIN_TERM_CONCEPTS) for (const i of ofConcept(all, c)) if (i.deadline && !i.deadline.certain) out.push(`${i.id}: the term is solid in the sources, yet marked uncertain`);
      return [...new Set(out)];
    },
  },
  {
    id: 'arithmetic',
    text: 'Elke einddatum klopt met begin + termijn (weken van 7 dagen, maanden per kalender).',
    sources: ['issue11 #10'],
    check: ({ plan }) =>
      plan.steps
        .filter((st) => st.deadline)
        .map((st) => ({ st, want: calc(`${st.deadline!.start} + ${st.deadline!.amount}${({ weeks: 'w', days: 'd', months: 'm' } as Record<string, string>)[st.deadline!.unit] ?? '?'}`) }))
        .filter(({ st, want }) => want !== st.deadline!.due)
        .map(({ st, want }) => `${st.id}: ${st.deadline!.start} + ${st.deadline!.amount} ${st.deadline!.unit} is ${want}, not ${st.deadline!.due}`),
  },
  {
    id: 'no-clock-from-first-day-home',
    text: 'Geen termijn telt vanaf de eerste dag thuis: de bronnen kennen daar geen termijn (16 uur in 4 weken is een meldgrens voor de school, geen termijn voor ouders).',
    sources: ['001:847', 'FACTS §X.16', 'issue11 #6'],
    check: ({ plan }, s) => {
      const home = s.answers['thuis-sinds'];
      // A date that is also the date of another answer (a decision, a suspension) may be that event's clock.
      const sharedWithOther = Object.entries(s.answers).some(([q, v]) => q !== 'thuis-sinds' && v === home);
      return plan.steps
        .filter((st) => st.deadline && (st.deadline.startWhat === 'thuis-sinds' || (typeof home === 'string' && st.deadline.start === home && !sharedWithOther)))
        .map((st) => `${st.id} counts ${st.deadline!.amount} ${st.deadline!.unit} from the first day at home (${st.deadline!.start})`);
    },
  },
  {
    id: 'gpo-beside-bezwaar',
    text: 'Staan bezwaar en Geschillencommissie allebei in het plan, dan staan ze in dezelfde groep en met dezelfde einddatum: beide termijnen lopen naast elkaar vanaf hetzelfde besluit.',
    sources: ['FACTS F13', 'FACTS §X.2', 'issue11 #1'],
    check: ({ plan }) => {
      const all = items(plan).filter((i) => i.group !== WARNING_GROUP);
      const g = ofConcept(all, 'gpo')[0];
      // With two decisions (a refusal and a removal, s007), the GPO stands beside the bezwaar whose weeks end first.
      const bs = [...ofConcept(all, 'bezwaar-weigering'), ...ofConcept(all, 'bezwaar-verwijdering')];
      const same = bs.find((x) => x.deadline && g?.deadline && x.deadline.due === g.deadline.due);
      // Session 35: with two decisions and the bezwaar against the first already made (bezwaar-loopt), the GPO still counts
      // from that first decision (its weeks run on beside the bezwaar), while the only bezwaar step left is the second one's.
      if (!same && plan.steps.some((x) => x.id === 'bezwaar-loopt')) return [];
      const b = same ?? bs[0];
      if (!g || !b) return [];
      const out: string[] = [];
      if (g.group !== b.group) out.push(`${g.id} in ${g.group}, ${b.id} in ${b.group}`);
      if (g.deadline && b.deadline && g.deadline.due !== b.deadline.due) out.push(`${g.id} due ${g.deadline.due}, ${b.id} due ${b.deadline.due}`);
      return out;
    },
  },
  {
    id: 'first-screen-bezwaar',
    text: 'Loopt een termijn voor bezwaar (tegen een weigering, een verwijdering of een TLV) of voor de Geschillencommissie nog, dan staat die stap of die datum op het eerste scherm ("Eerst dit"), ook als er een andere datum eerder komt (een schorsing, een tweede besluit).',
    sources: ['002:748-750', '002:846-850', '001:939-941', 'FACTS F13'],
    check: ({ plan, first }) => {
      if (!first) return [];
      const entries = firstScreenEntries(first);
      const days = new Set(entries.flatMap((x) => x.dates));
      const ids = (['bezwaar-weigering', 'bezwaar-verwijdering', 'tlv-bezwaar', 'gpo'] as ConceptId[]).flatMap((c) => CONCEPTS[c].ids as readonly string[]);
      return plan.steps
        .filter((st) => ids.includes(st.id) && st.deadline && st.deadline.status !== 'passed' && !entries.some((x) => x.id === st.id) && !days.has(st.deadline.due))
        .map((st) => `${st.id} (due ${st.deadline!.due}, ${st.deadline!.daysLeft} days) is not on the first screen`);
    },
  },
  {
    id: 'first-screen-dates',
    text: 'Het eerste scherm noemt als eerstvolgende datum nooit een datum die voorbij is; bij elke onzekere termijn die het noemt, zegt het dat die niet zeker is; bij een datum die voorbij is, zegt het waar je leest wat je nu doet; en zoekt de ouder nog de dag waarop een termijn begon (een besluit, een schorsing, een aanmelding), dan zegt het niet "geen datum" maar dat er misschien al een termijn loopt; en staat bij een eerste actie een termijn voor de ouder die voorbij is, dan zegt het niet dat er geen termijn voor haar in het plan staat.',
    sources: ['FACTS §X.2', 'FACTS §X.3', 'FACTS §X.13', 'issue11 #10'],
    check: ({ plan, first, firstText }) => {
      if (!first) return [];
      const out: string[] = [];
      const entries = firstScreenEntries(first);
      for (const x of entries) if ((x.where === 'next' || x.where === 'also') && x.passed) out.push(`${x.where} ${x.id} shows a date that has passed`);
      if (firstText !== undefined) {
        const unsure = entries.filter((x) => x.certain === false).length;
        const said = (firstText.match(/deze termijn is niet zeker/gi) ?? []).length;
        if (said < unsure) out.push(`${unsure} uncertain terms on the first screen, "niet zeker" said ${said} times`);
        const passed = first.actions.filter((a) => a.deadline?.status === 'passed' && !a.deadline.maybeExtendedTo).length;
        const told = (firstText.match(/wat dat betekent en wat je nu kunt doen/gi) ?? []).length;
        if (told < passed) out.push(`${passed} first actions with a passed date, "wat je nu kunt doen" said ${told} times`);
        // Session 80 (s80-left, 1): "Er staat geen termijn (met een datum) voor jou in je plan" above an action whose own term
        // has passed (a suspension's week, a removal's Geschillencommissie day) contradicts it. A follow-up's passed day (the
        // klachtencommissie's, the dossier's: the other side's) is no term of hers.
        const ownPassed = first.actions.find((a) => a.deadline?.status === 'passed' && !['klacht-loopt', 'dossier-herinneren'].includes(a.id));
        if (ownPassed && /Er staat geen termijn (met een datum )?voor jou/i.test(firstText)) out.push(`${ownPassed.id}'s term has passed, yet the first screen says there is no term for the parent`);
        // Steps that look for the day a term started (the suite's own list, from the step ids): a clock may run unseen.
        const finders = ['weigerdatum-achterhalen', 'verwijderdatum-achterhalen', 'tlv-besluitdatum-achterhalen', 'schorsingsdatum-achterhalen', 'aanmelddatum-achterhalen', 'verwijderbesluit-navragen', 'tlv-stand-navragen', 'inschrijving-navragen', 'uitschrijving-navragen'];
        const finder = plan.steps.find((st) => st.group === 'nu' && finders.includes(st.id));
        // Session 69 (s69-blind D2): the no-date lines themselves; not a follow-up's "Dit is geen termijn voor jou" (the
        // klachtencommissie's or the dossier's day, session 67), which stands beside the line that a term may run.
        if (finder && /nog geen datum|Er staat geen termijn voor jou/i.test(firstText)) out.push(`${finder.id} looks for the start of a term that may run, yet the first screen says there is no date`);
      }
      return out;
    },
  },
  {
    id: 'zorgplicht-not-enrolment',
    text: 'Het plan zegt nergens dat de zorgplicht afhangt van de inschrijving: de school houdt de zorgplicht tot een andere school het kind heeft toegelaten, ook na uitschrijving.',
    sources: ['002:756-768', '003:565-571', 'FACTS C22', 'issue11 #4'],
    check: ({ markdown }) => {
      if (markdown === undefined) return [];
      const res = [/zolang (je|jouw|het) kind (nog )?(op|bij|aan) (de|die|deze|je|jouw) school (staat )?ingeschreven/i, /zorgplicht (stopt|eindigt|vervalt|houdt op)[^.]{0,40}(uitschrijving|uitgeschreven|uitschrijft)/i];
      return res.map((r) => r.exec(markdown)).filter((m): m is RegExpExecArray => !!m).map((m) => `says "${m[0]}"`);
    },
  },
  {
    id: 'no-eight-week-removal-rule',
    text: 'Het plan noemt geen regel "8 weken zoeken, dan mag de school verwijderen": die staat in geen enkele bron.',
    sources: ['FACTS §X.1', '002:756-768'],
    check: ({ markdown }) => {
      if (markdown === undefined) return [];
      const m = /(8|acht) weken[^.]{0,60}verwijder|verwijder[^.]{0,60}(8|acht) weken/i.exec(markdown);
      return m ? [`says "${m[0]}"`] : [];
    },
  },
];

// ── Running one scenario ────────────────────────────────────────────────────────────────────

export interface Failure {
  where: string;
  reason: string;
}

export function evaluate(s: Scenario, ctx: Context, renderError?: string): Failure[] {
  const out: Failure[] = [];
  if (renderError) out.push({ where: 'render', reason: `the Dutch plan does not render: ${renderError}` });
  s.must.forEach((e, n) => {
    const r = check(e, ctx, false);
    if (r) out.push({ where: `must[${n}]`, reason: r });
  });
  s.mustNot.forEach((e, n) => {
    const r = check(e, ctx, true);
    if (r) out.push({ where: `mustNot[${n}]`, reason: r });
  });
  for (const g of GLOBAL_RULES) {
    if (s.skipGlobal?.[g.id]) continue;
    for (const r of g.check(ctx, s)) out.push({ where: `rule ${g.id}`, reason: r });
  }
  return out;
}

/** Runs one scenario through the engine (buildPlan) and the CLI's Dutch renderer, then checks it. */
import { buildPlan, type Plan } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { addEvent, EMPTY_TIMELINE, isLegal, questionnaireAnswers, type TimelineData, type TimelineEvent, type TlvUntil } from '../../src/timeline/model';
import { EFFECTS, EVENT_KINDS, HOWS, type EventKind, type How, type ObjectionTarget } from '../../src/timeline/effects';
import type { Answers } from '../../src/flow/answers';
import { loadTexts, renderFirstScreen, renderMarkdown, type Texts } from '../../src/cli/plan';
import type { IsoDate } from '../../src/rules/dates';
import { firstThings } from '../../src/ui/firstThings';
import { evaluate, type Context, type Failure, type Scenario } from './suite';

/**
 * Session 34: the plan of a scenario with a `timeline`: its events logged one by one on top of the answers (addEvent, as
 * the app logs them), then the plan with the timeline's steps (withMeetings), as the plan page computes it.
 */
export function timelinePlan(s: Scenario): Plan {
  const { answers, data } = storedTimeline(s);
  return withMeetings(buildPlan(answers, s.today as IsoDate), data.events, questionnaireAnswers(answers, data));
}

/**
 * A scenario's answers and timeline as the device stores them: its events logged one by one on top of `answers` (addEvent).
 * Shared by timelinePlan and tests/unit/timeline-split-s81.test.ts (session 84: one place that carries `until` and `against`).
 */
export function storedTimeline(s: Scenario): { answers: Answers; data: TimelineData } {
  let answers = s.answers as unknown as Answers;
  let data: TimelineData = EMPTY_TIMELINE;
  (s.timeline ?? []).forEach((x, n) => {
    if (!(EVENT_KINDS as readonly string[]).includes(x.kind)) throw new Error(`timeline[${n}]: unknown kind ${x.kind}`);
    if (x.how !== undefined && !(HOWS as readonly string[]).includes(x.how)) throw new Error(`timeline[${n}]: unknown how ${x.how}`);
    const kind = x.kind as EventKind;
    const ev: TimelineEvent = { id: `s${n}`, kind, date: x.date, parties: isLegal(kind) ? [...EFFECTS[kind].parties] : ['school'], note: '', ...(x.how ? { how: x.how as How } : {}), ...(x.until ? { until: x.until as TlvUntil } : {}), ...(x.against ? { against: x.against as ObjectionTarget } : {}) };
    ({ answers, data } = addEvent(answers, data, ev));
  });
  return { answers, data };
}

export interface Outcome {
  scenario: Scenario;
  plan: Plan | undefined;
  markdown: string | undefined;
  /** The plan's first screen ("Eerst dit") as text (renderFirstScreen), for REVIEW.md. */
  firstScreen?: string;
  failures: Failure[];
}

let textsNl: Texts | undefined;
export async function texts(): Promise<Texts> {
  textsNl ??= await loadTexts('nl');
  return textsNl;
}

/** Every text of a step (title, why, late, check) or warning (title, text), joined; or the one text of a note's "ui:" key. */
function textOf(t: Texts, id: string, texts?: string): string | undefined {
  if (texts?.startsWith('ui:')) {
    let node: unknown = t.ui;
    for (const part of texts.slice(3).split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    // Session 74 (s74-notes, 3): a note's key names one text (a string), a step's texts key an object of texts.
    if (typeof node === 'string') return node;
    return node && typeof node === 'object' ? Object.values(node).filter((v): v is string => typeof v === 'string').join('\n') : undefined;
  }
  const s = (t.steps.steps as Record<string, Record<string, string | undefined>>)[id];
  const w = (t.steps.warnings as Record<string, Record<string, string | undefined>>)[id];
  const entry = s ?? w;
  return entry ? Object.values(entry).filter((v): v is string => typeof v === 'string').join('\n') : undefined;
}

export async function runScenario(s: Scenario): Promise<Outcome> {
  const t = await texts();
  let plan: Plan;
  try {
    plan = s.timeline ? timelinePlan(s) : buildPlan(s.answers, s.today as IsoDate);
  } catch (e) {
    return { scenario: s, plan: undefined, markdown: undefined, failures: [{ where: 'engine', reason: `buildPlan threw: ${(e as Error).message}` }] };
  }
  let markdown: string | undefined;
  let firstScreen: string | undefined;
  let renderError: string | undefined;
  try {
    // The plan body without its first screen: `text` expectations read the steps and warnings; the first screen has
    // its own (`firstScreen`) and its own block in REVIEW.md.
    markdown = renderMarkdown(plan, t, { firstScreen: false });
    firstScreen = renderFirstScreen(plan, t);
  } catch (e) {
    renderError = (e as Error).message;
  }
  const ctx: Context = { plan, markdown, first: firstThings(plan), ...(firstScreen !== undefined ? { firstText: firstScreen } : {}), textOf: (id, key) => textOf(t, id, key) };
  return { scenario: s, plan, markdown, ...(firstScreen !== undefined ? { firstScreen } : {}), failures: evaluate(s, ctx, renderError) };
}

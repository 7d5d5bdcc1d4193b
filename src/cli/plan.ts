/**
 * `npm run plan -- <answers.json> [--today YYYY-MM-DD] [--format md|json|first] [--lang nl|en|ar|tr|pl|uk]`
 *
 * Prints the personalised plan for an answers file, the same plan the app shows (buildPlan).
 * Needs the compiled content: run `npm run content` first.
 *
 * Answers file (see also tests/answers/README.md):
 *
 *   {
 *     "version": 2,
 *     "answers": {
 *       "situatie": ["aanmelden"],
 *       "aanmelding-hoe": "schriftelijk",
 *       "aanmelding-datum": "2026-03-03",
 *       ...
 *     }
 *   }
 *
 * - "version": the answers schema version (ANSWERS_VERSION in src/flow/answers.ts). An older version is
 *   migrated first (migrateAnswers, src/flow/migrate.ts). A file from a newer version is refused; this
 *   tool does not guess what newer answers mean.
 * - "answers": question id (src/flow/questions.ts) → option id, list of option ids (multi questions),
 *   ISO date "YYYY-MM-DD", or "weet-niet" for a date the parent does not know.
 *   Answers to questions that are not asked (given the other answers) are allowed and ignored,
 *   as in the app. Unknown question ids and invalid values are errors. Answers may be incomplete:
 *   a question not answered counts as unknown, as "weet ik niet" does (a warning says so).
 *
 * Options:
 *   --today   the day the plan is made for (default: today in the Netherlands)
 *   --format  md (default): readable plan, starting with its first screen ("Eerst dit") as the plan page does;
 *             json: the Plan object from buildPlan; first: only the plan's first screen, as the plan page shows it
 *             without a contact card
 *   --lang    nl (default), en, ar, tr, pl or uk: the language of the md texts
 *
 * Exit codes: 0 plan printed; 1 internal problem (content missing or a text id unknown);
 * 2 bad input (usage, unreadable or invalid answers file, newer version, bad option value).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ANSWERS_VERSION, type AnswerValue, type Answers } from '../flow/answers';
import { migrateAnswers } from '../flow/migrate';
import { questionById } from '../flow/questions';
import { firstUnanswered, isComplete, isValidAnswer } from '../flow/route';
import { formatDate, isIsoDate, todayInNL, type IsoDate } from '../rules/dates';
import { formatDateInText } from '../rules/dateInText';
import type { Deadline } from '../rules/deadlines';
import { contactsText } from '../ui/listText';
import { paragraphs } from '../ui/paragraphs';
import { buildPlan, GROUPS, stepNotes, type Plan, type PlanStep, type PlanWarning } from '../rules/plan';
import { findSwvKey, firstScreenParts, firstThings, type FirstScreenPart } from '../ui/firstThings';
import { arithmeticLine, firstDueLine, leftText, type UiSay } from '../ui/deadlineText';
import type { CoreContent, StepTexts, Toc } from '../content/types';
import { LANGUAGES, type LangCode } from '../languages';
import available from '../content/generated/languages';

/** The languages this build has texts for (src/languages.ts, enabled, with a content folder). */
export const LANGS: readonly LangCode[] = LANGUAGES.map((l) => l.code).filter((c) => available.includes(c));
const orList = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}` : xs.join(''));
export type Lang = LangCode;
export const FORMATS = ['md', 'json', 'first'] as const;
export type Format = (typeof FORMATS)[number];

const USAGE = `usage: npm run plan -- <answers.json> [--today YYYY-MM-DD] [--format md|json|first] [--lang ${LANGS.join('|')}]`;

/** Bad input from the user: reported as one line, exit code 2. */
export class InputError extends Error {}
/** A text the plan needs is missing from the compiled content: exit code 1. */
export class TextError extends Error {}

// ── The answers file ────────────────────────────────────────────────────────────────────────

export interface AnswersFile {
  version: number;
  answers: Answers;
}

/** Checks the parsed JSON of an answers file. `name` is the file name used in every message. */
export function parseAnswersFile(data: unknown, name: string, today?: IsoDate): AnswersFile {
  const fail = (msg: string): never => {
    throw new InputError(`${name}: ${msg}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail(`expected an object { "version": ${ANSWERS_VERSION}, "answers": { ... } }`);
  const obj = data as Record<string, unknown>;
  const version = obj['version'];
  if (version === undefined) fail(`"version" is missing (this tool reads version ${ANSWERS_VERSION})`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail(`"version" must be a whole number from 1, not ${JSON.stringify(version)}`);
  if ((version as number) > ANSWERS_VERSION)
    fail(`written for answers version ${String(version)}, which is newer than this tool reads (version ${ANSWERS_VERSION}); update the app`);
  const raw = obj['answers'];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('"answers" must be an object of question id → answer');
  for (const key of Object.keys(obj)) if (key !== 'version' && key !== 'answers') fail(`unknown field "${key}" (expected only "version" and "answers")`);
  // Older schema versions are brought up to date first (the same migration as storage and share links).
  const current = migrateAnswers(version as number, raw);
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(current as Record<string, unknown>)) {
    const q = questionById.get(id);
    if (!q) fail(`unknown question id "${id}"`);
    if (!isValidAnswer(q!, value, today)) {
      const expected =
        q!.type === 'date'
          ? `an ISO date YYYY-MM-DD${q!.dates === 'past' && today ? ` not after ${today}` : ''}${q!.dontKnow ? ' or "weet-niet"' : ''}`
          : q!.type === 'multi'
            ? `a list of distinct options from ${JSON.stringify(q!.options)}${q!.exclusive?.length ? ` (${q!.exclusive.join(', ')} only on its own)` : ''}`
            : `one of ${JSON.stringify(q!.options)}`;
      fail(`answer to "${id}" is ${JSON.stringify(value)}; expected ${expected}`);
    }
    answers[id] = value as AnswerValue;
  }
  return { version: ANSWERS_VERSION, answers };
}

export function readAnswersFile(file: string, today?: IsoDate): AnswersFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  return parseAnswersFile(data, file, today);
}

// ── Texts ───────────────────────────────────────────────────────────────────────────────────

export interface Texts {
  lang: Lang;
  steps: StepTexts;
  core: CoreContent;
  /** chapters with section titles, letter titles (toc.<lang>.ts). */
  toc: Toc;
  /** ui sections plan, deadline, moment, contact (pagetexts.<lang>.ts). */
  ui: Record<string, unknown>;
}

export async function loadTexts(lang: Lang): Promise<Texts> {
  try {
    const [steps, core, ui, toc] = (await Promise.all(['steps', 'core', 'pagetexts', 'toc'].map((kind) => import(`../content/generated/${kind}.${lang}.ts`)))) as [
      { default: StepTexts },
      { default: CoreContent },
      { default: Record<string, unknown> },
      { default: Toc },
    ];
    return { lang, steps: steps.default, core: core.default, ui: ui.default, toc: toc.default };
  } catch (e) {
    throw new TextError(`the compiled content is missing or broken; run \`npm run content\` first (${(e as Error).message})`);
  }
}

/** Fills {{name}} placeholders by simple replacement. An unknown name is an error: nothing half-filled is printed. */
export function fill(text: string, values: Readonly<Record<string, string | number>>, where: string): string {
  return text.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new TextError(`text ${where} uses {{${name}}}, which has no value`);
    return String(v);
  });
}

function lookup(root: unknown, path: string, where: string): string {
  let node: unknown = root;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) throw new TextError(`missing text ${where}:${path}`);
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'string') throw new TextError(`missing text ${where}:${path}`);
  return node;
}

/** A ui text (pagetexts: plan, deadline, moment, contact), with i18next-style plurals (key_one / key_other). */
function ui(texts: Texts, key: string, values: Record<string, string | number> = {}): string {
  let path = key;
  if (typeof values['count'] === 'number') path = `${key}_${new Intl.PluralRules(texts.lang).select(values['count'])}`;
  return fill(lookup(texts.ui, path, 'ui'), values, `ui:${path}`);
}

function stepText(texts: Texts, step: PlanStep, field: 'title' | 'why' | 'late' | 'check', params: Record<string, string>): string | undefined {
  // Texts kept elsewhere (PlanStep.texts, a "ui:" key prefix), as the plan page reads them (session 31).
  if (step.texts?.startsWith('ui:')) {
    const path = `${step.texts.slice(3)}.${field}`;
    if (field !== 'title' && field !== 'why') {
      let node: unknown = texts.ui;
      for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
      if (typeof node !== 'string') return undefined;
    }
    return fill(lookup(texts.ui, path, 'ui'), params, `${step.texts}.${field}`);
  }
  const entry = texts.steps.steps[step.id];
  if (!entry) throw new TextError(`missing text steps:steps.${step.id}`);
  const text = entry[field];
  if (text === undefined) {
    if (field === 'title' || field === 'why') throw new TextError(`missing text steps:steps.${step.id}.${field}`);
    return undefined;
  }
  return fill(text, params, `steps:steps.${step.id}.${field}`);
}

/** Step params: ISO dates are written out in the language ("dinsdag 12 mei 2026"). */
function stepParams(step: PlanStep, lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(step.params).map(([k, v]) => [k, isIsoDate(v) ? formatDateInText(v, lang) : v]));
}

/** The ui texts as the plan page's due lines read them (UiSay, src/ui/deadlineText.ts). */
const uiSay = (texts: Texts): UiSay => Object.assign((key: string, values: Record<string, string | number> = {}) => ui(texts, key, values), { lang: texts.lang });
/** "6 weken na de ontvangst van je aanmelding (dinsdag 3 maart 2026): dinsdag 14 april 2026", as the plan page writes it. */
export const deadlineArithmetic = (d: Deadline, texts: Texts): string => arithmeticLine(d, uiSay(texts));

/** Session 71 (s71-readback, 6): "Nog 3 dagen" and the rest, as the plan page says it (leftText), from these texts. */
function deadlineLeft(d: Deadline, texts: Texts): string {
  const say = (key: string, values: { count?: number; date?: string } = {}) => ui(texts, key, values as Record<string, string | number>);
  return leftText(d, Object.assign(say, { lang: texts.lang }));
}

function sectionTitle(texts: Texts, section: string): string {
  for (const c of texts.toc.chapters) {
    const s = c.sections.find((x) => x.id === section);
    if (s) return `${c.number}. ${c.title} › ${s.title}`;
  }
  throw new TextError(`unknown section ${section}`);
}

// ── Markdown ────────────────────────────────────────────────────────────────────────────────

/**
 * The whole plan as markdown, in the plan page's order: the title, then the first screen ("Eerst dit", renderFirstScreen)
 * as the app paints it on top, then the date the plan was made, the warnings and every step by group. Session 25: the
 * default output began with the warnings and steps, so a reader of `npm run plan` did not see what the app shows first.
 * `firstScreen: false` gives the plan without it (the scenario suite checks the two apart: tests/scenarios/run.ts).
 */
export function renderMarkdown(plan: Plan, texts: Texts, opts: { firstScreen?: boolean } = {}): string {
  const lang = texts.lang;
  const out: string[] = [];
  out.push(`# ${ui(texts, 'plan.title')}`, '');
  if (opts.firstScreen ?? true) {
    const first = renderFirstScreen(plan, texts);
    if (first) out.push(first.trimEnd(), '');
  }
  out.push(ui(texts, 'plan.made', { date: formatDateInText(plan.today, lang) }), '');

  if (plan.warnings.length) {
    out.push(`## ${ui(texts, 'plan.warnings')}`, '');
    for (const w of plan.warnings) {
      out.push(`### ⚠ ${warningText(texts, w, 'title')}`, '', paragraphs(warningText(texts, w, 'text')).join('\n\n'), '', `${ui(texts, 'plan.readMore')}: ${sectionTitle(texts, w.section)}`, '');
    }
  }

  if (!plan.steps.length) out.push(ui(texts, 'plan.empty'), '');

  let n = 0;
  for (const g of GROUPS) {
    const steps = plan.steps.filter((s) => s.group === g);
    if (!steps.length) continue;
    out.push(`## ${ui(texts, `plan.groups.${g}`)}`, '');
    for (const s of steps) {
      const params = stepParams(s, lang);
      // Session 79: a paragraph break in a text (a newline) is a blank line in markdown, as the plan page's <p>s.
      out.push(`### ${++n}. ${stepText(texts, s, 'title', params)}`, '', paragraphs(stepText(texts, s, 'why', params)!).join('\n\n'), '');
      for (const note of stepNotes(s)) if (note.startsWith('ui:')) out.push(paragraphs(fill(lookup(texts.ui, note.slice(3), 'ui'), params, note)).join('\n\n'), '');
      if (s.deadline) {
        const d = s.deadline;
        out.push(`**${deadlineArithmetic(d, texts)}**`);
        out.push(deadlineLeft(d, texts));
        if (!d.certain) {
          const check = stepText(texts, s, 'check', params);
          if (check === undefined) throw new TextError(`missing text steps:steps.${s.id}.check (the term is not certain)`);
          out.push(`(${ui(texts, 'plan.uncertain')} ${check})`);
        }
        if (d.status === 'passed') {
          const late = stepText(texts, s, 'late', params);
          if (late === undefined) throw new TextError(`missing text steps:steps.${s.id}.late (the deadline has passed)`);
          out.push('', paragraphs(late).join('\n\n'));
        }
        out.push('');
      }
      if (s.moment) out.push(ui(texts, `moment.${s.moment.what}`, { date: formatDateInText(s.moment.date, lang) }), '');
      if (s.contacts.length) out.push(`- ${ui(texts, 'plan.who')}: ${contactsText(s.contacts.map((c) => ui(texts, `contact.${c}`)), lang)}`);
      if (s.letters.length) {
        const titles = s.letters.map((l) => {
          const t = texts.toc.letterTitles[l];
          if (!t) throw new TextError(`missing letter title ${l}`);
          return t;
        });
        out.push(`- ${ui(texts, 'plan.letters')}: ${titles.join(', ')}`);
      }
      out.push(`- ${ui(texts, 'plan.readMore')}: ${sectionTitle(texts, s.section)}`, '');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** A warning's title or text, kept elsewhere (PlanWarning.texts, a "ui:" key prefix) as the plan page reads them (session 38). */
function warningText(texts: Texts, w: PlanWarning, part: 'title' | 'text'): string {
  if (w.texts?.startsWith('ui:')) return lookup(texts.ui, `${w.texts.slice(3)}.${part}`, 'ui');
  const t = texts.steps.warnings[w.id];
  if (!t) throw new TextError(`missing text steps:warnings.${w.id}`);
  return t[part];
}

/**
 * The plan's first screen ("Eerst dit") as text, line by line what the plan page's FirstThings shows on screen
 * without a contact card (src/ui/pages/PlanPage.tsx; the same firstThings() selection, the same texts).
 * Used by `--format first` and by the scenario review (tests/scenarios/REVIEW.md), so a lawyer can read it.
 */
export function renderFirstScreen(plan: Plan, texts: Texts): string {
  const lang = texts.lang;
  // Session 70 (s70-readback, 4): which parts, in which order, with which keys: firstScreenParts, as the plan page.
  const parts = firstScreenParts(firstThings(plan));
  if (!parts.length) return '';
  const title = (s: PlanStep) => stepText(texts, s, 'title', stepParams(s, lang))!;
  const left = (d: Deadline) => deadlineLeft(d, texts);
  const unsure = (d: Deadline) => (d.certain ? '' : ` ${ui(texts, 'plan.uncertain')}`);
  const what = (named: boolean, s: PlanStep) => (named ? [ui(texts, 'planFirst.nextDateWhat', { title: title(s) })] : []);
  const lines = (p: FirstScreenPart): string[] => {
    switch (p.part) {
      case 'next':
        return [`**${ui(texts, 'planFirst.nextDate')} ${formatDate(p.step.deadline.due, lang)}** ${left(p.step.deadline)}${unsure(p.step.deadline)}`, ...what(p.named, p.step), ...(p.followUp ? [ui(texts, p.followUp)] : []), ...(p.oral ? [ui(texts, p.oral)] : [])];
      case 'meeting':
        return [ui(texts, `moment.${p.step.moment.what}`, { date: formatDateInText(p.step.moment.date, lang) })];
      case 'extended':
        return [`**${title(p.step)}**`, left(p.step.deadline)];
      case 'also':
        return [`**${ui(texts, 'firstScreen.alsoDate')} ${formatDate(p.step.deadline.due, lang)}** ${left(p.step.deadline)}${unsure(p.step.deadline)}`, ...what(true, p.step), ...(p.oral ? [ui(texts, p.oral)] : [])];
      case 'unknownClock':
      case 'gpoOpp':
        return [ui(texts, p.key), ...what(p.named, p.step)];
      // Beside a talk the page shows it only on the parent's own device (if-private): not here.
      case 'noDate':
        return p.privateOnly ? [] : [ui(texts, p.key)];
      case 'choice':
        return [ui(texts, p.key, { date: formatDate(p.date, lang) })];
      // Session 75 (s75-order, 3): a term on this screen ends in a school holiday; once per window.
      case 'holiday':
        return [ui(texts, p.key)];
      // Session 77 (s77-holiday, 2): a last day on a weekend or feestdag; send by the working day before.
      case 'dayOff':
        return [ui(texts, p.key, { date: formatDateInText(p.day, lang), before: formatDateInText(p.before, lang) })];
      // Session 46: a right that may be lost now (FIRST_SCREEN_WARNINGS), by its title; its text is under the warnings.
      case 'alert':
        return [`**${warningText(texts, p.warning, 'title')}**`, ui(texts, 's46.firstAlertMore')];
      case 'actions':
        return [
          `### ${ui(texts, p.steps.length > 1 ? 'planFirst.actionsMany' : 'planFirst.actionsOne')}`,
          '',
          ...p.steps.flatMap((s, i) => {
            const d = s.deadline;
            const due = d
              ? ` ${firstDueLine(d, uiSay(texts))} ${left(d)}${unsure(d)}${d.status === 'passed' && !d.maybeExtendedTo ? ` ${ui(texts, 'firstScreen.passedWhat')}` : ''}`
              : '';
            return [`${i + 1}. **${title(s)}**${due}`, ...(s.contacts.length ? [`   ${ui(texts, 'plan.who')}: ${contactsText(s.contacts.map((c) => ui(texts, `contact.${c}`)), lang)}`] : [])];
          }),
        ];
    }
  };
  const out: string[] = [`## ${ui(texts, 'planFirst.title')}`, ''];
  // Each part above the actions ends with an empty line; each below them starts with one.
  let below = false;
  for (const p of parts) {
    const ls = lines(p);
    if (p.part === 'actions') (out.push(...ls), (below = true));
    else if (ls.length) out.push(...(below ? ['', ...ls] : [...ls, '']));
  }
  out.push('', `### ${ui(texts, 'planFirst.help')}`, '', `${ui(texts, 'planFirst.helpNoCard')} ${ui(texts, findSwvKey(plan))}`);
  return out.join('\n') + '\n';
}

// ── Command line ────────────────────────────────────────────────────────────────────────────

export interface Options {
  file: string;
  today: IsoDate;
  format: Format;
  lang: Lang;
}

export function parseOptions(argv: readonly string[], now: Date = new Date()): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { today: { type: 'string' }, format: { type: 'string', default: 'md' }, lang: { type: 'string', default: 'nl' } },
    });
  } catch (e) {
    throw new InputError(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new InputError(`${positionals.length ? 'give one answers file' : 'no answers file given'}\n${USAGE}`);
  const today = values.today ?? todayInNL(now);
  if (!isIsoDate(today)) throw new InputError(`--today must be a date YYYY-MM-DD, not "${today}"`);
  if (!(FORMATS as readonly string[]).includes(values.format)) throw new InputError(`--format must be md, json or first, not "${values.format}"`);
  if (!(LANGS as readonly string[]).includes(values.lang)) throw new InputError(`--lang must be ${orList(LANGS)}, not "${values.lang}"`);
  return { file: positionals[0]!, today, format: values.format as Format, lang: values.lang as Lang };
}

export async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const opts = parseOptions(argv);
    const { answers } = readAnswersFile(opts.file, opts.today);
    let stderr = '';
    if (!isComplete(answers)) {
      const missing = firstUnanswered(answers);
      stderr = `${opts.file}: warning: the answers are not complete${missing ? ` (first unanswered question: "${missing.id}")` : ' (no situation chosen)'}; unanswered questions count as "weet ik niet"\n`;
    }
    const plan = buildPlan(answers, opts.today);
    const stdout =
      opts.format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : opts.format === 'first' ? renderFirstScreen(plan, await loadTexts(opts.lang)) : renderMarkdown(plan, await loadTexts(opts.lang));
    return { code: 0, stdout, stderr };
  } catch (e) {
    if (e instanceof InputError) return { code: 2, stdout: '', stderr: `plan: ${e.message}\n` };
    if (e instanceof TextError) return { code: 1, stdout: '', stderr: `plan: ${e.message}\n` };
    throw e;
  }
}

const isMain = (() => {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
})();

if (isMain) {
  const result = await run(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}

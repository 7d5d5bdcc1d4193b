/**
 * Every language tells the parent the same deadlines as the Dutch (session 20, s20-langs).
 *
 * For every scenario of the suite (tests/scenarios/*.yaml), the plan (buildPlan), the timeline's
 * "te laat?" flags and its items (src/timeline/model.ts) and the gesprekskaart (src/meeting/card.ts,
 * with the steps of a recorded meeting) are rendered in each of the six interface languages, with
 * the app's own i18next instance (src/app/i18n.ts: plurals, the right-to-left isolates) and the app's
 * own formatters (formatDate, formatDateShort, listText, deadlineArithmetic, firstThings), text by
 * text as the pages put them on screen (PlanPage, TimelineOnPlan, TimelinePage, MeetingPage). Then,
 * per language and per text ("unit": one step's title, why, deadline line, ...):
 *
 * - dates: every due date and start date of the plan stands in its step's deadline line, the nearest
 *   date on the first screen, the late flags' dates in their line, the card's dates on the card, each
 *   in that language's format; and any date the Dutch unit names, the translated unit names too.
 *   No ISO date ("2026-03-03") leaks into a text.
 * - no `{{`/`}}` left, no raw key, and no Dutch fallback: every key used exists in the language itself
 *   (i18next falls back to Dutch silently, which would put a Dutch sentence in a Turkish plan).
 * - numbers: every number of the Dutch unit (digits, or "één"/"twee" ... as words) is in the
 *   translated unit, as digits or as that language's own word for it ("once", "bir", "раз",
 *   "مرة واحدة", the Arabic dual "أسبوعان"); and every number the translation writes in digits is a
 *   number of the Dutch unit. So "6 weken" → "4 weeks" fails, "één keer" → "bir kez" passes.
 * - bodies: a body the Dutch step names (schoolbestuur, samenwerkingsverband, leerplichtambtenaar, ouder- en
 *   jeugdsteunpunt, Geschillencommissie, onderwijsconsulent, gemeente, klachtencommissie) is named
 *   by its Dutch name in the translated step too: that is the name the parent meets at school.
 * - certainty: where the Dutch step says a term is not certain ("Let op, deze termijn is niet zeker"
 *   and whom to ask), the translation says so in the same place (its own text of that key).
 * - Arabic: every Latin run (a Dutch term, an abbreviation) in a rendered text is inside an isolate
 *   (U+2068 … U+2069), and so is every date filled into a sentence (i18next's escape); a date the page
 *   puts in its own element is Arabic words and digits, which need none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addTexts, i18n, initI18n, setLanguage, type T } from '../../src/app/i18n';
import { formatDate, formatDateShort, type IsoDate } from '../../src/rules/dates';
import { formatDateInText } from '../../src/rules/dateInText';
import { addDays } from '../../src/rules/calendar';
import { buildPlan, GROUPS, type Plan, type PlanStep } from '../../src/rules/plan';
import type { Deadline } from '../../src/rules/deadlines';
import { deadlineArithmetic, icsTexts, leftText, stepText } from '../../src/ui/deadlineText';
import { calendarSteps } from '../../src/rules/ics';
import { firstScreenParts, firstThings } from '../../src/ui/firstThings';
import { contactsText, listText } from '../../src/ui/listText';
import { commit, EMPTY_TIMELINE, lateFlags, timelineItems, type TimelineEvent } from '../../src/timeline/model';
import { buildCard } from '../../src/meeting/card';
import { withMeetings } from '../../src/meeting/plan';
import type { Answers } from '../../src/flow/answers';
import { LANGUAGES, dirOf } from '../../src/languages';
import { loadScenarios, type Scenario } from '../scenarios/suite';
import { timelinePlan } from '../scenarios/run';

const LANGS = LANGUAGES.map((l) => l.code);
type Lang = (typeof LANGS)[number];
const OTHERS = LANGS.filter((l) => l !== 'nl');

// ── Rendering, as the pages do ───────────────────────────────────────────────────────────────

interface Used {
  key: string;
  count?: number;
}
/** A T for one language (i18n's language must be set to it: the isolates follow i18n.language, as in the app) that records every key it is asked for. */
function recordingT(lang: Lang, used: Used[]): T {
  const f = i18n.getFixedT(lang);
  const call = (key: string, o?: object) => {
    const count = (o as { count?: unknown } | undefined)?.count;
    used.push({ key, ...(typeof count === 'number' ? { count } : {}) });
    return f(key, o as never) as unknown as string;
  };
  const t = call as unknown as T;
  t.raw = call;
  t.exists = (key) => i18n.exists(key, { lng: lang });
  t.lang = lang as T['lang'];
  return t;
}

/**
 * A date a unit must carry: long or short form, or the form inside a sentence (formatDateInText: Polish and Ukrainian
 * without the weekday, session 28); `filled` when i18next fills it into a sentence (isolated in Arabic).
 */
interface DateIn {
  iso: IsoDate;
  short?: boolean;
  inText?: boolean;
  filled?: boolean;
}
/** One rendered page: text units by id, and the dates each unit must carry. */
interface Rendered {
  units: Map<string, string>;
  /** unit id → ISO dates that must stand in it (in the language's format). */
  mustDate: Map<string, DateIn[]>;
  /** unit ids per step (for the bodies check). */
  groups: Map<string, string[]>;
  used: Used[];
}
const newRendered = (): Rendered => ({ units: new Map(), mustDate: new Map(), groups: new Map(), used: [] });
function put(r: Rendered, id: string, text: string, group?: string, dates: DateIn[] = []): void {
  if (r.units.has(id)) throw new Error(`unit ${id} twice`);
  r.units.set(id, text);
  if (dates.length) r.mustDate.set(id, dates);
  if (group) r.groups.set(group, [...(r.groups.get(group) ?? []), id]);
}

// PlanPage.tsx leftText: the admission's 6 weeks passed with the extension unknown names the 10-week day (session 22).
// Session 81 (s81-left, e): the page's own function (src/ui/deadlineText.ts), so its line for an extension logged after the
// 6 weeks (left81.extensionLate) is checked in every language too; before, a copy of the session-22 line.
const left = (d: Deadline, t: T) => leftText(d, t);
const leftDates = (d: Deadline): DateIn[] => (d.maybeExtendedTo ? [{ iso: d.maybeExtendedTo, inText: true, filled: true }] : []);
const who = (s: PlanStep, t: T) => contactsText(s.contacts.map((c) => t.raw(`ui:contact.${c}`)), t.lang);

/** The plan page (PlanPage.tsx: FirstThings, warnings, stepView, deadlineView). */
function renderPlan(plan: Plan, t: T, r: Rendered): void {
  const { upcoming, passed } = calendarSteps(plan);
  if (passed.length) put(r, 'plan.icsSkipped', upcoming.length ? t('planExtras.icsSkipped', { count: passed.length }) : t('planExtras.icsNone'));
  put(r, 'plan.made', t('plan.made', { date: formatDateInText(plan.today, t.lang) }), undefined, [{ iso: plan.today, inText: true, filled: true }]);
  // Session 71 (s71-readback, 5): the first screen's parts as the page shows them (firstScreenParts, which FirstThings and
  // the CLI render), not this test's own copy of which lines show: so every part the page can show is checked here too.
  const title = (s: PlanStep) => stepText(s, 'title', t);
  const what = (id: string, named: boolean, s: PlanStep) => named && put(r, `${id}What`, t('planFirst.nextDateWhat', { title: title(s) }));
  const unsure = (d: Deadline) => (d.certain ? '' : ` ${t('plan.uncertain')}`);
  for (const p of firstScreenParts(firstThings(plan))) {
    switch (p.part) {
      case 'next':
        put(r, 'first.next', `${formatDate(p.step.deadline.due, t.lang)} ${left(p.step.deadline, t)}${unsure(p.step.deadline)}`, undefined, [{ iso: p.step.deadline.due }]);
        what('first.next', p.named, p.step);
        if (p.followUp) put(r, 'first.nextFollowUp', t(p.followUp));
        break;
      case 'meeting':
        put(r, 'first.meeting', t.raw(`ui:moment.${p.step.moment.what}`, { date: formatDateInText(p.step.moment.date, t.lang) }), undefined, [{ iso: p.step.moment.date, inText: true, filled: true }]);
        break;
      case 'extended':
        put(r, 'first.extended', `${title(p.step)} ${left(p.step.deadline, t)}`, undefined, leftDates(p.step.deadline));
        break;
      case 'also':
        // Session 23: a second term running at once ("Let ook op deze datum"), with its step.
        put(r, `first.also:${p.step.id}`, `${t('firstScreen.alsoDate')} ${formatDate(p.step.deadline.due, t.lang)} ${left(p.step.deadline, t)}${unsure(p.step.deadline)}`, undefined, [{ iso: p.step.deadline.due }]);
        what(`first.also:${p.step.id}`, true, p.step);
        break;
      case 'unknownClock':
      case 'gpoOpp':
        // Session 23: a term may run from a day not known yet; session 68: the OPP dispute's term, from a day not in the sources.
        put(r, `first.${p.part}`, t(p.key));
        what(`first.${p.part}`, p.named, p.step);
        break;
      case 'noDate':
        put(r, 'first.noDate', t(p.key));
        break;
      case 'choice':
        put(r, 'first.choice', t(p.key, { date: formatDate(p.date as IsoDate, t.lang) }), undefined, [{ iso: p.date as IsoDate, filled: true }]);
        break;
      case 'dayOff':
        // Session 77 (s77-holiday, 2): a last day on a weekend or feestdag, and the working day before it, both in the sentence.
        // Once the working day before has passed (the *Laat keys) the line names only the day itself and says "today".
        put(r, 'first.dayOff', t(p.key, { date: formatDateInText(p.day, t.lang), before: formatDateInText(p.before, t.lang) }), undefined, [
          { iso: p.day, inText: true, filled: true },
          ...(p.key.endsWith('Laat') ? [] : [{ iso: p.before, inText: true, filled: true }]),
        ]);
        break;
      case 'alert':
        put(r, `first.alert:${p.warning.id}`, `${t.raw(`${p.warning.texts ?? `steps:warnings.${p.warning.id}`}.title`)} ${t('s46.firstAlertMore')}`);
        break;
      case 'actions':
        // Its heading ("Doe deze twee dingen als eerste") is left out: Arabic says "two" by the dual, which numberProblems does not read.
        p.steps.forEach((s, i) => {
          put(r, `first.action${i}.title`, title(s));
          // Session 23: an uncertain term says so beside the action; a passed date (not the admission's maybe-extended one) points to the step.
          const d = s.deadline;
          if (d)
            put(
              r,
              `first.action${i}.due`,
              `${t('planFirst.due', { date: formatDate(d.due, t.lang) })} ${left(d, t)}${unsure(d)}${d.status === 'passed' && !d.maybeExtendedTo ? ` ${t('firstScreen.passedWhat')}` : ''}`,
              undefined,
              [{ iso: d.due, filled: true }, ...leftDates(d)],
            );
          if (s.contacts.length) put(r, `first.action${i}.who`, `${t('plan.who')}: ${who(s, t)}`);
        });
        break;
    }
  }
  if (plan.warnings.length) put(r, 'first.warnings', t('planFirst.warnings', { count: plan.warnings.length }));
  for (const w of plan.warnings) {
    const key = w.texts ?? `steps:warnings.${w.id}`;
    put(r, `warning:${w.id}.title`, t.raw(`${key}.title`), `warning:${w.id}`);
    put(r, `warning:${w.id}.text`, t.raw(`${key}.text`), `warning:${w.id}`);
  }
  for (const g of GROUPS) {
    for (const s of plan.steps.filter((x) => x.group === g)) {
      const id = `step:${s.id}`;
      put(r, `${id}.title`, stepText(s, 'title', t), id);
      put(r, `${id}.why`, stepText(s, 'why', t), id);
      const d = s.deadline;
      if (d) {
        // Session 82: a TLV's end date reads as a sentence ("De TLV van <grant> geldt tot <end>"): its dates in the sentence form.
        const inText = d.startWhat === 'tlv-toegekend';
        put(r, `${id}.deadline`, deadlineArithmetic(d, t), id, [{ iso: d.due, filled: true, inText }, { iso: d.start, filled: true, inText }]);
        put(r, `${id}.dueOnly`, t('planExtras.dueOnly', { due: formatDate(d.due, t.lang) }), id, [{ iso: d.due, filled: true }]);
        put(r, `${id}.left`, left(d, t), id, leftDates(d));
        if (d.status === 'passed') put(r, `${id}.late`, stepText(s, 'late', t), id);
        if (!d.certain) {
          const check = stepText(s, 'check', t);
          put(r, `${id}.check`, check ? `${t('planFirst.checkDate')} ${check} ${t('plan.uncertain')}` : t('plan.uncertain'), id);
        }
      }
      // The calendar file's line for the step (src/ui/deadlineText.ts icsTexts, from ui:calendarEvents).
      const cal = icsTexts(t).who?.(s) ?? '';
      if (s.deadline && s.deadline.status !== 'passed' && cal) put(r, `${id}.calendar`, cal, id);
      if (s.moment) put(r, `${id}.moment`, t.raw(`ui:moment.${s.moment.what}`, { date: formatDateInText(s.moment.date, t.lang) }), id, [{ iso: s.moment.date, inText: true, filled: true }]);
      if (s.contacts.length) put(r, `${id}.who`, who(s, t), id);
    }
  }
}

/** The timeline's "te laat?" on the plan and the timeline page, its items, and the overview's late lines (TimelineOnPlan, TimelinePage). */
function renderTimeline(answers: Answers, events: readonly TimelineEvent[], today: IsoDate, t: T, r: Rendered): void {
  for (const f of lateFlags(answers, events, today)) {
    const id = `late:${f.id}`;
    const what = t.raw(`ui:timeline.lateKind.${f.id}`);
    put(r, `${id}.item`, t('timeline.lateItem', { what, start: formatDateShort(f.start, t.lang), due: formatDateInText(f.due, t.lang) }), id, [{ iso: f.start, short: true, filled: true }, { iso: f.due, inText: true, filled: true }]);
    if (f.uncertain) put(r, `${id}.check`, t('timeline.lateCheck'), id);
    if (f.orLater && f.extendedLate)
      put(r, `${id}.orLater`, t('timeline.lateExtendedLate', { verlengd: formatDateInText(f.extendedLate, t.lang), due: formatDateInText(f.orLater, t.lang) }), id, [{ iso: f.extendedLate, inText: true, filled: true }, { iso: f.orLater, inText: true, filled: true }]);
    else if (f.orLater) put(r, `${id}.orLater`, t('timeline.lateExtended', { due: formatDateInText(f.orLater, t.lang) }), id, [{ iso: f.orLater, inText: true, filled: true }]);
    put(r, `${id}.export`, t('timeline.export.lateLine', { what, start: formatDateShort(f.start, t.lang), due: formatDateShort(f.due, t.lang) }), id, [{ iso: f.start, short: true, filled: true }, { iso: f.due, short: true, filled: true }]);
  }
  timelineItems(answers, events).forEach((it, i) => {
    put(r, `item${i}`, `${formatDate(it.date, t.lang)} ${t.raw(`ui:timeline.kinds.${it.kind}`)}`, `item${i}`, [{ iso: it.date }]);
    if (it.parties.length) put(r, `item${i}.who`, listText(it.parties.map((p) => t.raw(`ui:timeline.partiesList.${p}`)), t.lang), `item${i}`);
  });
}

/** The gesprekskaart (MeetingPage CardView): its date, the running dates, documents, questions, good to know. */
function renderCard(answers: Answers, events: readonly TimelineEvent[], today: IsoDate, extra: PlanStep[], t: T, r: Rendered): void {
  const card = buildCard(answers, events, today, extra);
  if (card.meetingDate) put(r, 'card.date', t('meeting.dateLine', { date: formatDate(card.meetingDate, t.lang) }), undefined, [{ iso: card.meetingDate, filled: true }]);
  else if (card.pastMeetingDate) put(r, 'card.pastDate', t('meeting.pastDate', { date: formatDateInText(card.pastMeetingDate, t.lang) }), undefined, [{ iso: card.pastMeetingDate, inText: true, filled: true }]);
  else put(r, 'card.noDate', t('meeting.noDate'));
  if (!card.dates.length) put(r, 'card.datesNone', t('meeting.datesNone'));
  for (const d of card.dates) {
    const text = `${formatDate(d.due, t.lang)}: ${t.raw(`${d.texts ?? `steps:steps.${d.step}`}.title`, d.params)}${d.passed ? ` ${t('meeting.datePassed')}` : ''}${d.certain ? '' : ` ${t('meeting.dateCheck')}`}`;
    put(r, `card.dates.${d.step}`, text, `card.dates.${d.step}`, [{ iso: d.due }]);
  }
  card.documents.forEach((d, i) => {
    const name = d.event ? t.raw(`ui:timeline.kinds.${d.event.kind}`) : t.raw(`ui:meeting.doc.${d.id}`);
    put(r, `card.doc${i}`, `${name}${d.date ? ` (${formatDateShort(d.date, t.lang)})` : ''}`, undefined, d.date ? [{ iso: d.date, short: true }] : []);
  });
  for (const q of card.questions) {
    put(r, `card.q.${q.id}.text`, t.raw(`ui:meeting.q.${q.id}.text`), `card.q.${q.id}`);
    put(r, `card.q.${q.id}.why`, t.raw(`ui:meeting.q.${q.id}.why`), `card.q.${q.id}`);
  }
  for (const k of card.know) put(r, `card.know.${k.id}`, t.raw(`ui:meeting.knowItem.${k.id}`), `card.know.${k.id}`);
}

// ── Timeline events added to each scenario, so the timeline flags and the meeting steps show up ──

/** A complaint and a request for the dossier long ago (both flags uncertain), and a meeting with agreements. */
function eventsFor(today: IsoDate): TimelineEvent[] {
  const meetingDay = addDays(today, -9);
  return [
    { id: 'eKlacht', date: addDays(today, -40), kind: 'klacht-ingediend', parties: ['klachtencommissie', 'steunpunt'], note: '' },
    { id: 'eDossier', date: addDays(today, -45), kind: 'dossier-gevraagd', parties: ['school', 'bestuur'], note: '' },
    { id: 'eBel', date: addDays(today, -30), kind: 'telefoontje', parties: ['leerplichtambtenaar', 'gemeente', 'onderwijsconsulent', 'samenwerkingsverband', 'geschillencommissie'], how: 'telefoon', note: '' },
    {
      id: 'eMtg',
      date: meetingDay,
      kind: 'gesprek',
      parties: ['school'],
      note: '',
      meeting: {
        outcome: 'afspraken',
        agreements: [
          { who: 'de intern begeleider', what: 'Plan voor hulp in de klas', by: addDays(today, 12) },
          { who: 'de school', what: 'OPP opstellen', by: addDays(today, -2) },
        ],
        next: addDays(today, 20),
        schoolSends: '',
        present: '',
      },
    },
  ];
}

/** Everything one scenario shows a parent in one language. */
function renderAll(s: Scenario, lang: Lang): Rendered {
  const r = newRendered();
  const t = recordingT(lang, r.used);
  const today = s.today as IsoDate;
  // Session 34: a scenario with a timeline shows the plan with the timeline's steps (tests/scenarios/run.ts timelinePlan).
  renderPlan(s.timeline ? timelinePlan(s) : buildPlan(s.answers as Answers, today), t, r);
  // The timeline events logged as the app logs them (they write their answers): the late flags, and the plan with the meeting's steps.
  const events = eventsFor(today);
  const { answers } = commit(s.answers as Answers, EMPTY_TIMELINE, events);
  const withEvents = newRendered();
  const planWith = withMeetings(buildPlan(answers, today), events);
  renderPlan(planWith, t, withEvents);
  renderTimeline(answers, events, today, t, withEvents);
  renderCard(answers, events, today, planWith.steps.filter((x) => x.texts), t, withEvents);
  for (const [k, v] of withEvents.units) put(r, `tl/${k}`, v, undefined, withEvents.mustDate.get(k));
  for (const [g, ids] of withEvents.groups) r.groups.set(`tl/${g}`, ids.map((i) => `tl/${i}`));
  return r;
}

// ── The checks ───────────────────────────────────────────────────────────────────────────────

const ISOLATES = /[\u2066-\u2069]/g;
const strip = (s: string) => s.replace(ISOLATES, '');
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const digitsOf = (s: string): string[] =>
  strip(s)
    .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) - 0x660) % 0x90))
    .match(/\d+/g) ?? [];

/**
 * Numbers written as words, per language: word (a regular expression, matched as a whole word,
 * case-insensitive) → number. Dutch: only "één" with its accents ("een" is the article) and two to
 * twelve. The others: what their texts write for a number of the Dutch (a single "once", "bir kez",
 * "jeden raz", "один раз", "مرة واحدة"; the Arabic dual of days, weeks, months, decisions, times, points, dates).
 */
const WORDS: Record<Lang, [string, number][]> = {
  nl: [['één', 1], ['eenmaal', 1], ['twee', 2], ['tweemaal', 2], ['drie', 3], ['vier', 4], ['vijf', 5], ['zes', 6], ['zeven', 7], ['acht', 8], ['negen', 9], ['tien', 10], ['twaalf', 12]],
  en: [['one', 1], ['once', 1], ['single', 1], ['two', 2], ['twice', 2], ['both', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['twelve', 12]],
  tr: [['bir', 1], ['tek', 1], ['iki', 2], ['ikisi\\p{L}*', 2], ['üç', 3], ['dört', 4], ['beş', 5], ['altı', 6], ['yedi', 7], ['sekiz', 8], ['dokuz', 9], ['on', 10], ['on iki', 12]],
  pl: [['jed(en|na|no|nego|nej|nym|ną)', 1], ['raz', 1], ['jednokrotnie', 1], ['dwa', 2], ['dwie', 2], ['dwóch', 2], ['dwoma', 2], ['dwukrotnie', 2], ['obie', 2], ['oba', 2], ['obu', 2], ['trzy', 3], ['cztery', 4], ['pięć', 5], ['sześć', 6], ['siedem', 7], ['osiem', 8], ['dziewięć', 9], ['dziesięć', 10], ['dwanaście', 12]],
  uk: [['од(ин|на|не|ного|нієї|ній|ним|ну)', 1], ['раз', 1], ['два', 2], ['дві', 2], ['двох', 2], ['двома', 2], ['обидва', 2], ['обидві', 2], ['обох', 2], ['три', 3], ['чотири', 4], ["п['’]ять", 5], ['шість', 6], ['сім', 7], ['вісім', 8], ["дев['’]ять", 9], ['десять', 10], ['дванадцять', 12]],
  ar: [
    ['(واحد|واحدة|واحداً|واحدا)', 1],
    ['مرة', 1],
    ['(اثنان|اثنين|اثنتان|اثنتين|مرتين|مرتان|كلا|كلتا)', 2],
    ['(يومان|يومين|أسبوعان|أسبوعين|شهران|شهرين|قراران|قرارين|سنتين|سنتان|اعتراضين|اعتراضان|نقطتان|نقطتين|تاريخان|تاريخين|سؤالان|سؤالين|شيئان|شيئين)', 2],
    ['(ثلاث|ثلاثة)', 3],
    ['(أربع|أربعة)', 4],
    ['(خمس|خمسة)', 5],
    ['(ست|ستة)', 6],
    ['(عشر|عشرة)', 10],
  ],
};
const wordRe = (w: string) => new RegExp(`(?<![\\p{L}\\p{M}])(?:${/^[\u0600-\u06FF(]/.test(w) ? '(?:[وبلف]|ال|بال|وال)?' : ''}${w})(?![\\p{L}\\p{M}])`, 'iu');
const WORD_RES: Record<Lang, [RegExp, number][]> = Object.fromEntries(LANGS.map((l) => [l, WORDS[l].map(([w, n]) => [wordRe(w), n] as [RegExp, number])])) as Record<Lang, [RegExp, number][]>;

/** The numbers a text says: digits, and number words of its language. */
export function numbersSaid(lang: Lang, s: string): Set<string> {
  // Turkish capitals lower-case by Turkish rules ("İki" is "iki").
  const text = strip(s).toLocaleLowerCase(lang === 'tr' ? 'tr' : 'en');
  const out = new Set(digitsOf(text).map((d) => String(Number(d))));
  for (const [re, n] of WORD_RES[lang]) if (re.test(text)) out.add(String(n));
  return out;
}

/** A Dutch number missing from the translation, or a number the translation writes in digits that the Dutch does not say. */
export function numberProblems(lang: Lang, nl: string, other: string): string[] {
  const a = numbersSaid('nl', nl);
  const b = numbersSaid(lang, other);
  const digits = new Set(digitsOf(other).map((d) => String(Number(d))));
  const missing = [...a].filter((n) => !b.has(n));
  const extra = [...digits].filter((n) => !a.has(n));
  return missing.length || extra.length ? [`numbers: Dutch says ${[...a].join(', ') || '-'}; missing ${missing.join(', ') || '-'}; not in Dutch ${extra.join(', ') || '-'}`] : [];
}

/** The names a parent meets at school, kept in Dutch in every language (lower case, as they appear inside a sentence); the schoolbestuur is where a bezwaar goes. */
const BODIES = ['schoolbestuur', 'samenwerkingsverband', 'leerplichtambtenaar', 'ouder- en jeugdsteunpunt', 'geschillencommissie', 'onderwijsconsulent', 'klachtencommissie', 'gemeente'];

/** Text left outside every isolate (nested isolates peeled from the inside). */
export function outsideIsolates(s: string): string {
  let prev: string;
  let cur = s;
  do {
    prev = cur;
    cur = cur.replace(/\u2068[^\u2066-\u2069]*\u2069/g, '');
  } while (cur !== prev);
  return cur;
}

/** Does the language itself have this key (not Dutch by fallback)? Plural keys: the form i18next picks. */
function ownKey(lang: Lang, u: Used): boolean {
  const m = /^(\w+):(.*)$/s.exec(u.key);
  const [ns, path] = m ? [m[1]!, m[2]!] : ['ui', u.key];
  if (u.count !== undefined) {
    const form = i18n.getResource(lang, ns, `${path}_${new Intl.PluralRules(lang).select(u.count)}`);
    if (typeof form === 'string') return true;
    if (u.count === 0 && typeof i18n.getResource(lang, ns, `${path}_zero`) === 'string') return true;
  }
  return typeof i18n.getResource(lang, ns, path) === 'string';
}

/** Every problem of one language against the Dutch rendering of the same scenario. */
export function problemsOf(lang: Lang, nl: Rendered, other: Rendered): string[] {
  const problems: string[] = [];
  for (const u of other.used) if (!ownKey(lang, u)) problems.push(`key ${u.key}${u.count !== undefined ? ` (count ${u.count})` : ''}: not in ${lang}, Dutch shown instead`);
  const ids = new Set([...nl.units.keys(), ...other.units.keys()]);
  for (const id of ids) {
    const a = nl.units.get(id);
    const b = other.units.get(id);
    if (a === undefined || b === undefined) {
      problems.push(`${id}: rendered in ${a === undefined ? lang : 'nl'} only`);
      continue;
    }
    const p = (m: string) => problems.push(`${id}: ${m}\n    nl: ${strip(a)}\n    ${lang}: ${strip(b)}`);
    if (!strip(b).trim() && strip(a).trim()) p('empty');
    if (/\{\{|\}\}/.test(b)) p('placeholder left');
    if (/\b\d{4}-\d{2}-\d{2}\b/.test(strip(b))) p('ISO date in the text');
    // A date format that ends in "." (uk "р.") before the sentence's own full stop.
    if (/(?<!\.)\.\.(?!\.)/.test(strip(b))) p('doubled full stop');
    if (/(^|\s)(ui|steps|questions):[\w.-]+|(^|\s)[a-z][A-Za-z]+\.[a-zA-Z-]+(\.[\w-]+)*$/.test(strip(b).trim())) p('raw key');
    for (const d of other.mustDate.get(id) ?? []) {
      const want = (d.short ? formatDateShort : d.inText ? formatDateInText : formatDate)(d.iso, lang);
      if (!strip(b).includes(want)) p(`date ${d.iso} not there as "${want}"`);
      else if (d.filled && dirOf(lang) === 'rtl' && !b.includes(`\u2068${want}\u2069`)) p(`date ${d.iso} not isolated`);
    }
    // Any date of the Dutch unit is in the translated one.
    for (const iso of new Set([...(nl.mustDate.get(id) ?? []), ...(other.mustDate.get(id) ?? [])].map((d) => d.iso))) {
      const long = strip(a).includes(formatDate(iso, 'nl'));
      const short = strip(a).includes(formatDateShort(iso, 'nl'));
      // In full, or as a date inside a sentence (Polish and Ukrainian: without the weekday, part of the full form).
      if (long && !strip(b).includes(formatDateInText(iso, lang))) p(`Dutch names ${iso} in full; ${lang} does not ("${formatDateInText(iso, lang)}")`);
      else if (!long && short && !strip(b).includes(formatDateShort(iso, lang))) p(`Dutch names ${iso}; ${lang} does not ("${formatDateShort(iso, lang)}")`);
    }
    for (const m of numberProblems(lang, a, b)) p(m);
    if (dirOf(lang) === 'rtl') {
      // Latin words only: digits in Arabic text (a date the page puts in its own element) read right in either order.
      const loose = outsideIsolates(b).match(/[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9 ()\-.,:;/]*/g);
      if (loose) p(`Latin outside an isolate: ${loose.map((x) => JSON.stringify(x)).join(', ')}`);
    }
  }
  for (const [g, unitIds] of nl.groups) {
    const a = unitIds.map((i) => strip(nl.units.get(i) ?? '')).join('\n').toLowerCase();
    const b = (other.groups.get(g) ?? []).map((i) => strip(other.units.get(i) ?? '')).join('\n').toLowerCase();
    for (const body of BODIES) if (a.includes(body) && !b.includes(body)) problems.push(`${g}: Dutch names "${body}"; ${lang} does not`);
  }
  return problems;
}

// ── Running it ───────────────────────────────────────────────────────────────────────────────

const scenarios = loadScenarios();
const rendered = new Map<Lang, Map<string, Rendered>>();

/**
 * Renders every scenario in one language (i18n set to it: the isolates of a right-to-left language follow it, as in the
 * app). Each language in its own beforeAll, with its own time limit: the suite grows every session, and one setup for
 * all six came near its 120 s on a loaded machine (session 71).
 */
async function renderLanguage(lang: Lang): Promise<void> {
  await setLanguage(lang);
  rendered.set(lang, new Map(scenarios.map((s) => [s.id, renderAll(s, lang)])));
  await setLanguage('nl');
}

beforeAll(async () => {
  await initI18n('nl');
  for (const lang of LANGS) {
    await setLanguage(lang);
    const [steps, ui, meeting] = await Promise.all([import(`../../src/content/generated/steps.${lang}.ts`), import(`../../src/content/generated/pagetexts.${lang}.ts`), import(`../../src/content/generated/meetingtexts.${lang}.ts`)]);
    addTexts(lang, 'steps', (steps as { default: object }).default);
    addTexts(lang, 'ui', (ui as { default: object }).default);
    addTexts(lang, 'ui', (meeting as { default: object }).default); // the meeting page's texts, as src/main.tsx adds them
  }
  await renderLanguage('nl');
}, 120_000);

describe('the checks themselves', () => {
  it('reads numbers as digits and as words, and finds a changed, a missing and an added number', () => {
    expect([...numbersSaid('nl', 'Dat mag één keer 4 weken langer')].sort()).toEqual(['1', '4']);
    expect([...numbersSaid('nl', 'Meld je kind aan bij een school')]).toEqual([]);
    expect(numberProblems('tr', 'Dat mag één keer 4 weken langer', 'Bu bir kez 4 hafta uzatılabilir')).toEqual([]);
    expect(numberProblems('en', 'binnen 6 weken', 'within 4 weeks')[0]).toContain('missing 6; not in Dutch 4');
    expect(numberProblems('en', 'binnen 6 weken of 10 weken', 'within 6 weeks')[0]).toContain('missing 10');
    expect(numberProblems('ar', 'Nog 2 dagen.', 'بقي يومان.')).toEqual([]);
    expect(numberProblems('ar', 'Nog 1 dag.', 'بقي يوم واحد.')).toEqual([]);
    expect(numberProblems('ar', 'binnen 6 weken', 'خلال ٤ أسابيع')[0]).toContain('not in Dutch 4');
    expect(numberProblems('uk', 'twee besluiten', 'два рішення')).toEqual([]);
    expect(numberProblems('pl', 'twee besluiten', 'decyzje')[0]).toContain('missing 2');
  });
  it('peels nested isolates and leaves what is outside', () => {
    expect(outsideIsolates('أ \u2068x \u2068OPP\u2069 y\u2069 ب (TLV)')).toBe('أ  ب (TLV)');
  });
  it('catches a broken translation: a changed number, a dropped date, a Dutch fallback, a lost body, a placeholder', async () => {
    // Scenarios whose Dutch plan has the refusal's bezwaar with its date and the samenwerkingsverband as a contact,
    // and the step to the leerplichtambtenaar, who "werkt voor de gemeente".
    const find = (test: (u: Map<string, string>) => boolean) => scenarios.find((x) => test(rendered.get('nl')!.get(x.id)!.units))!;
    const s1 = find((u) => u.has('step:bezwaar-weigering.deadline') && [...u].some(([k, v]) => k.endsWith('.who') && v.includes('samenwerkingsverband')));
    const s2 = find((u) => u.has('step:leerplicht-inschakelen.why'));
    expect(s1 && s2).toBeTruthy();
    await setLanguage('en');
    const steps = (i18n.getResourceBundle('en', 'steps') as { steps: Record<string, Record<string, string>> }).steps;
    const ui = i18n.getResourceBundle('en', 'ui') as { deadline: Record<string, string>; contact: Record<string, string> };
    const saved = {
      why: steps['bezwaar-weigering']!['why']!,
      weeks: ui.deadline['weeks_other']!,
      title: steps['bezwaar-verwijdering']!['title']!,
      swv: ui.contact['samenwerkingsverband']!,
      lpa: steps['leerplicht-inschakelen']!['why']!,
    };
    try {
      steps['bezwaar-weigering']!['why'] = saved.why.replace(/\b6\b/, '4');
      ui.deadline['weeks_other'] = '{{count}} weeks after {{start}}';
      delete steps['bezwaar-verwijdering']!['title'];
      ui.contact['samenwerkingsverband'] = 'The partnership of schools {{oops}';
      steps['leerplicht-inschakelen']!['why'] = saved.lpa.replace(' (gemeente)', '');
      const p = [...problemsOf('en', rendered.get('nl')!.get(s1.id)!, renderAll(s1, 'en')), ...problemsOf('en', rendered.get('nl')!.get(s2.id)!, renderAll(s2, 'en'))].join('\n');
      expect(p).toContain('step:bezwaar-weigering.why: numbers: Dutch says 6; missing 6; not in Dutch 4');
      expect(p).toMatch(/step:bezwaar-weigering\.deadline: date \d{4}-\d\d-\d\d not there/);
      expect(p).toContain('key steps:steps.bezwaar-verwijdering.title: not in en, Dutch shown instead');
      expect(p).toMatch(/\.who: placeholder left/);
      expect(p).toContain('step:leerplicht-inschakelen: Dutch names "gemeente"; en does not');
    } finally {
      steps['bezwaar-weigering']!['why'] = saved.why;
      ui.deadline['weeks_other'] = saved.weeks;
      steps['bezwaar-verwijdering']!['title'] = saved.title;
      ui.contact['samenwerkingsverband'] = saved.swv;
      steps['leerplicht-inschakelen']!['why'] = saved.lpa;
      await setLanguage('nl');
    }
    // And the unbroken texts pass again.
    await setLanguage('en');
    expect(problemsOf('en', rendered.get('nl')!.get(s1.id)!, renderAll(s1, 'en'))).toEqual([]);
    await setLanguage('nl');
  });
});

describe.each(OTHERS)('every scenario in %s: the same deadlines, dates, numbers and bodies as in Dutch', (lang) => {
  beforeAll(() => renderLanguage(lang), 120_000);
  it('covers the suite: plans with deadlines, passed and uncertain ones, late flags, cards with dates', () => {
    const all = [...rendered.get(lang)!.values()];
    const ids = all.flatMap((r) => [...r.units.keys()]);
    expect(scenarios.length).toBeGreaterThan(50);
    for (const kind of [/\.deadline$/, /\.late$/, /\.check$/, /^first\.next$/, /^tl\/late:besluit-aanmelding\.item$/, /^tl\/late:klacht\.item$/, /^tl\/late:dossier\.item$/, /^tl\/card\.dates\./, /^tl\/card\.date$/, /^tl\/step:gesprek-/, /^warning:/, /\.orLater$/, /\.moment$/, /^first\.meeting$/])
      expect(ids.some((i) => kind.test(i)), String(kind)).toBe(true);
    // Session 71 (s71-readback, 5): every part of the first screen (firstScreenParts) the suite reaches, and a nearest date of
    // the parent's own (above the actions) beside a follow-up's (below them).
    for (const kind of [/^first\.unknownClock$/, /^first\.noDate$/, /^first\.choice$/, /^first\.alert:/, /^first\.gpoOpp$/, /^first\.nextFollowUp$/, /^first\.also:/, /^first\.extended$/])
      expect(ids.some((i) => kind.test(i)), String(kind)).toBe(true);
    expect(all.some((r) => r.units.has('first.next') && !r.units.has('first.nextFollowUp'))).toBe(true);
  });
  it.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    const problems = problemsOf(lang, rendered.get('nl')!.get(s.id)!, rendered.get(lang)!.get(s.id)!);
    expect(problems.join('\n')).toBe('');
  });
});

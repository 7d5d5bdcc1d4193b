import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChapterMeta, CoreContent, Toc } from '../types';
import { BASE_LANG, LANGUAGES as LANGUAGE_LIST, dirOf } from '../../languages';
import { loadLanguage, type LanguageContent } from './load';
import { ContentError, plainText } from './markdown';
import { flat, validate } from './validate';
import { isolateContent } from './bidi';

/**
 * The languages this build compiles: every language of src/languages.ts that is enabled (or named
 * in `withLangs`, to check a translation in progress) and has a folder under content/. Dutch first.
 * A folder under content/ that is not in the list is a problem (a typo would otherwise be ignored).
 */
export function languagesToCompile(root: string, withLangs: readonly string[] = []): { langs: string[]; problems: string[] } {
  const dir = join(root, 'content');
  const problems: string[] = [];
  const folders = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
  for (const f of folders) if (!LANGUAGE_LIST.some((l) => l.code === f)) problems.push(`content/${f}: not a language in src/languages.ts`);
  if (!folders.includes(BASE_LANG)) problems.push(`content/${BASE_LANG}: folder is missing (Dutch is the base of every language)`);
  const langs = LANGUAGE_LIST.filter((l) => (l.enabled || withLangs.includes(l.code)) && folders.includes(l.code)).map((l) => l.code as string);
  return { langs, problems };
}

/**
 * Interface texts of pages that load on first use (plan, letters, reading, search) travel with
 * those pages, not in the first load.
 */
/** The content modules every language has besides core (the app loads them on first use). */
export const LAZY_KINDS = ['chapters', 'glossary', 'pages', 'letters', 'search', 'steps', 'questions', 'pagetexts', 'readtexts', 'meetingtexts', 'toc'] as const;

export const PAGE_TEXT_SECTIONS = ['plan', 'deadline', 'moment', 'contact', 'read', 'glossary', 'search', 'letter', 'letterField', 'wipe', 'review', 'reading', 'planExtras', 'letterActions', 'overview', 'share', 'professionals', 'timeline', 'backup', 'planFirst', 'letterPage', 'searchPage', 'calendarEvents', 'meeting', 'meetingPlan', 'trustPages', 'admissionExtension', 'firstScreen', 'months', 'open26', 'open28', 'wording31', 'hunt32', 'tlv33', 'open34', 'tlv34', 'reg35', 'hunt35', 'ext36', 'tlv37', 'share37', 'bez37', 'dossier51', 'letter38', 'fp38', 'p1s38', 's45', 's46', 's47', 's48', 's52', 's54', 's55', 's56', 's57', 'tl57', 'opp58', 'enrolled59', 'enrolled60', 'first60', 'tl61', 'filed63', 'walk63', 's63', 'opp63', 'opp64', 'blind64', 'tl64', 'edges65', 'opp65', 'blind65', 'opp66', 'summer66', 'blind66', 'blind67', 'first67', 'summer67', 'summer68', 'return68', 'blind68', 'left68', 'gpoopp68', 'left69', 'winter70', 'left70', 'spring71', 'autumn72', 'summer72', 'first72', 'winter73', 'timeline73', 'left73', 'first74', 'receipt74', 'notes74', 'blind74', 'order75', 'answers75', 'blind75', 'removal75', 'holiday76', 'enrolled76', 'misc76', 'enrolled77', 'holiday77', 'left78', 'left80', 'gaps80', 'blind81', 'blind281', 'left81', 'left82', 'tlv82', 'left282', 'tlv83', 'left83', 'tlv84', 'blind85', 'open85', 'winter85'];
/**
 * The reading pages' own sections (a chapter, the begrippenlijst, search, the info pages): also in `readtexts.<lang>`
 * with the contents, so those pages need neither `pagetexts` (25 KB brotli in Dutch, mostly the plan's) nor anything
 * else before their first screen (session 60, issue 17). They stay in `pagetexts` too, for the pages that link to them.
 */
export const READ_TEXT_SECTIONS = ['read', 'reading', 'glossary', 'search', 'searchPage'];
/**
 * The meeting page's own texts (the gesprekskaart and the form that records a meeting, 15 KB, 4 KB brotli in Dutch): the
 * `meeting` section, in `meetingtexts.<lang>`, which only that page waits for (session 61, issue 17: the plan and a letter
 * wait for 4 KB less). What other pages read of the meeting (the plan's links to the card, the steps a recorded meeting
 * puts in the plan, the letter about what was agreed) is the section `meetingPlan`, in `pagetexts` (session 63: a
 * section of its own, so the two files never carry the same section).
 */
export const MEETING_TEXT_SECTIONS = ['meeting'];
/** Interface texts only the build uses (the static reading pages): never shipped in the app. */
export const BUILD_ONLY_SECTIONS = ['staticPages'];
const omit = (texts: Record<string, unknown>, sections: string[]) => Object.fromEntries(Object.entries(texts).filter(([k]) => !sections.includes(k)));
const pick = (ui: Record<string, unknown>, pageTexts: boolean) =>
  Object.fromEntries(Object.entries(ui).filter(([k]) => !BUILD_ONLY_SECTIONS.includes(k) && PAGE_TEXT_SECTIONS.includes(k) === pageTexts));

export interface CompileResult {
  problems: string[];
  modules: Record<string, string>;
  summary: string;
  /**
   * The compiled content, exactly what the app's modules hold (right-to-left languages with their
   * Latin runs isolated, see `forReaders`): the static reading pages are built from it.
   */
  content: LanguageContent[];
}

/**
 * The one step between checked content and every reader of it (the app's modules and the static
 * reading pages): in a right-to-left language, Dutch terms, dates, e-mail addresses and web
 * addresses are wrapped in Unicode isolates (bidi.ts). Checks run on the text as written, before it.
 */
export const forReaders = (c: LanguageContent): LanguageContent => (dirOf(c.lang) === 'rtl' ? isolateContent(c) : c);

/** Dutch never shows "the Dutch text is leading" (language.leading, language.toDutch): checked, not shipped. */
const withoutNote = (ui: Record<string, unknown>) => {
  const { leading: _l, toDutch: _d, ...language } = (ui['language'] ?? {}) as Record<string, unknown>;
  return { ...ui, language };
};

/**
 * A module's data as source: a large one (over JSON_PARSE_FROM characters) as `JSON.parse('…')`, which V8 reads faster
 * than the same object literal (a string is scanned, not parsed as code; issue 17, session 74: the page texts evaluated
 * in 70 → 52 ms, the chapters 37 → 23 ms, in Chromium at 4× CPU). The first load's own texts (`core`) stay a literal:
 * quoted keys would cost bytes in its budget.
 */
const JSON_PARSE_FROM = 10_000;
const dataLiteral = (value: unknown, parse = true): string => {
  const json = JSON.stringify(value);
  return parse && json.length > JSON_PARSE_FROM ? `JSON.parse(${JSON.stringify(json)})` : json;
};

/** Load, check and turn content/ into module sources. Pure apart from reading files. */
export function compileContent(root: string, options: { withLangs?: readonly string[] } = {}): CompileResult {
  const content: LanguageContent[] = [];
  const { langs, problems } = languagesToCompile(root, options.withLangs);
  if (problems.length) return { problems, modules: {}, summary: '', content };
  for (const lang of langs) {
    try {
      content.push(loadLanguage(root, lang));
    } catch (e) {
      if (e instanceof ContentError) problems.push(e.message);
      else throw e;
    }
  }
  if (problems.length) return { problems, modules: {}, summary: '', content };
  problems.push(...validate(content));
  if (problems.length) return { problems, modules: {}, summary: '', content };
  const compiled = content.map(forReaders);

  const modules: Record<string, string> = {};
  const ts = (type: string, from: string, value: unknown, parse = true) =>
    `// Generated by \`npm run content\` from content/. Do not edit.\n${type.startsWith('Record<') ? '' : `import type { ${type.replace(/\[\]$/, '')} } from '${from}';\n`}\nconst data: ${type} = ${dataLiteral(value, parse)};\nexport default data;\n`;

  for (const c of compiled) {
    const chapters: ChapterMeta[] = c.chapters.map((ch) => ({ id: ch.id, number: ch.number, title: ch.title, sections: ch.sections.map((s) => ({ id: s.id, title: s.title })) }));
    const sectionChapter = Object.fromEntries(c.chapters.flatMap((ch) => ch.sections.map((s) => [s.id, ch.id])));
    const core: CoreContent = {
      lang: c.lang,
      // The opening question is built in; the other question texts load right after start (questions.<lang>).
      resources: { ui: c.lang === BASE_LANG ? withoutNote(pick(c.ui, false)) : pick(c.ui, false), questions: { situatie: c.questions['situatie'] } },
      chapters: chapters.map(({ id, number, title }) => ({ id, number, title })),
    };
    // Section titles, where each section lives, and letter titles: for the pages that load later.
    const toc: Toc = { chapters, sectionChapter, letterTitles: Object.fromEntries(c.letters.map((l) => [l.id, l.title])) };
    modules[`toc.${c.lang}.ts`] = ts('Toc', '../types', toc);
    modules[`core.${c.lang}.ts`] = ts('CoreContent', '../types', core, false);
    // The contents travel in the same file as the page texts: every lazy page needs both (one request fewer).
    modules[`pagetexts.${c.lang}.ts`] = `${ts('Record<string, unknown>', '../types', omit(pick(c.ui, true), MEETING_TEXT_SECTIONS))}export { default as toc } from './toc.${c.lang}';\n`;
    modules[`meetingtexts.${c.lang}.ts`] = ts('Record<string, unknown>', '../types', Object.fromEntries(MEETING_TEXT_SECTIONS.map((k) => [k, c.ui[k]])));
    // The reading pages' texts with their own copy of the contents: one file for them, no other.
    modules[`readtexts.${c.lang}.ts`] = `${ts('Record<string, unknown>', '../types', Object.fromEntries(READ_TEXT_SECTIONS.map((k) => [k, c.ui[k]])))}import type { Toc } from '../types';\nexport const toc: Toc = ${JSON.stringify(toc)};\n`;
    modules[`questions.${c.lang}.ts`] = ts('QuestionTexts', '../types', c.questions);
    modules[`steps.${c.lang}.ts`] = ts('StepTexts', '../types', { steps: c.steps, warnings: c.warnings });
    modules[`chapters.${c.lang}.ts`] = ts('Chapter[]', '../types', c.chapters);
    modules[`glossary.${c.lang}.ts`] = ts('GlossaryTerm[]', '../types', c.glossary.map(({ match: _m, ...g }) => g));
    modules[`pages.${c.lang}.ts`] = ts('Page[]', '../types', c.pages);
    modules[`letters.${c.lang}.ts`] = ts('LetterSet', '../types', { letters: c.letters, example: c.letterExample });
    const docs = [
      ...c.chapters.flatMap((ch) => ch.sections.map((s) => ({ kind: 'section', id: s.id, title: s.title, text: plainText(s.blocks) }))),
      ...c.glossary.map((g) => ({ kind: 'term', id: g.id, title: g.term, text: g.text })),
    ];
    modules[`search.${c.lang}.ts`] = ts('SearchDoc[]', '../types', docs);
    // Every language but Dutch: one small entry module (its core texts and the loaders of the rest),
    // so the first load holds one line per language, not one per language and kind.
    if (c.lang !== BASE_LANG)
      modules[`lang.${c.lang}.ts`] =
        `// Generated by \`npm run content\`. Do not edit.\n${dirOf(c.lang) === 'rtl' ? "import '../../ui/rtl.css';\n" : ''}import core from './core.${c.lang}';\nexport { core };\nexport const loaders: Record<string, () => Promise<{ default: unknown }>> = {\n${LAZY_KINDS.map((k) => (k === 'toc' ? `  toc: () => import('./pagetexts.${c.lang}').then((m) => ({ default: m.toc })),` : `  ${k}: () => import('./${k}.${c.lang}'),`)).join('\n')}\n};\n/** Fetch every module once (the service worker then keeps them for offline use). */\nexport const prefetch = () => Object.values(loaders).forEach((load) => void load().catch(() => undefined));\n`;
  }
  // Plural forms (x_one, x_other) are asked for by their base key with a count.
  const uiKeys = [...new Set(Object.keys(flat(content[0]!.ui)).flatMap((k) => [k, k.replace(/_(zero|one|two|few|many|other)$/, '')]))].sort();
  modules['keys.ts'] =
    `// Generated by \`npm run content\` from content/nl/ui.yaml. Do not edit.\nexport type UiKey =\n${uiKeys.map((k) => `  | '${k}'`).join('\n')};\n`;
  modules['languages.ts'] =
    `// Generated by \`npm run content\`: the languages of src/languages.ts whose content this build has. Do not edit.\nconst available: readonly string[] = ${JSON.stringify(content.map((c) => c.lang))};\nexport default available;\n`;
  const nl = compiled[0]!;
  const summary = `${content.length} languages (${content.map((c) => c.lang).join(', ')}), ${nl.chapters.length} chapters, ${nl.chapters.reduce((n, c) => n + c.sections.length, 0)} sections, ${nl.glossary.length} terms, ${nl.letters.length} letters, ${Object.keys(nl.questions).length} questions, ${Object.keys(nl.steps).length} steps`;
  return { problems, modules, summary, content: compiled };
}

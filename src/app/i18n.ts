import i18next, { type TOptions } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import nlCore from '../content/generated/core.nl';
import available from '../content/generated/languages';
import type { CoreContent } from '../content/types';
import type { UiKey } from '../content/generated/keys';
import { dirOf, LANGUAGES, type LangCode, type LanguageInfo } from '../languages';

/**
 * i18next with Dutch built in and other languages loaded when chosen (one small module each).
 * Texts come from content/<lang>/{ui,questions,steps}.yaml through the content build.
 * The languages: src/languages.ts; those this build has texts for: generated/languages.ts.
 */
export type Lang = LangCode;
/** The languages offered: enabled in src/languages.ts and present under content/, in the list's order. */
export const LANGS: readonly LanguageInfo[] = LANGUAGES.filter((l) => available.includes(l.code));
export const isLang = (v: unknown): v is Lang => typeof v === 'string' && available.includes(v);

const cores: Partial<Record<Lang, CoreContent>> = { nl: nlCore };
/** What a language other than Dutch brings: its core texts and the loaders of its other modules. */
export interface LanguageModule {
  core: CoreContent;
  loaders: Record<string, () => Promise<{ default: unknown }>>;
  prefetch: () => void;
}
// One entry chunk per language, found by the build (a language without a folder has no file, so no chunk).
const languageModules = import.meta.glob<LanguageModule>('../content/generated/lang.*.ts');
export function languageModule(lang: Lang): Promise<LanguageModule> {
  const load = languageModules[`../content/generated/lang.${lang}.ts`];
  if (!load) return Promise.reject(new Error(lang));
  const known = modules.get(lang);
  if (known) return known;
  // A fetch that failed (a moment without network, a server that hiccupped) is tried once more a moment later,
  // and again at "Opnieuw proberen". Under the same address only browsers with whatwg/html#10327 (Chromium 156)
  // fetch a failed module again; older ones (Chromium 150, CI stop 70) keep the failure for the page's life.
  // So every later try asks for the address the browser named, with a new query: a new module to every browser
  // (the service worker's language cache ignores the query, so it keeps working offline).
  const again = failedAt.get(lang);
  const loading = (again ? importAgain<LanguageModule>(again) : load()).catch((error: unknown) => {
    const url = failedModuleUrl(error, globalThis.location?.origin ?? '') ?? again;
    if (url) failedAt.set(lang, url);
    return new Promise((wait) => setTimeout(wait, LANGUAGE_RETRY_MS)).then(() => (url ? importAgain<LanguageModule>(url) : load()));
  });
  modules.set(lang, loading);
  loading.catch(() => modules.get(lang) === loading && modules.delete(lang));
  return loading;
}
/** Each language's module once it is loading or loaded; a try that failed is forgotten. */
const modules = new Map<Lang, Promise<LanguageModule>>();
/** The address of a language module whose import failed, as the browser named it. */
const failedAt = new Map<Lang, string>();
let tries = 0;
const importAgain = <M>(url: string): Promise<M> => import(/* @vite-ignore */ `${url}?retry=${++tries}`) as Promise<M>;

/**
 * The address in a failed import's error, when it is one of this site's scripts: Chromium says "Failed to fetch
 * dynamically imported module: <url>", Firefox "error loading dynamically imported module: <url>". Safari names
 * none; there the same address is asked for again.
 */
export function failedModuleUrl(error: unknown, origin: string): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const url = /\b(https?:\/\/[^\s"'?#]+\.js)\b/.exec(message)?.[1];
  return url && url.startsWith(`${origin}/`) ? url : undefined;
}
/** How long a failed language module waits before its one retry. */
export const LANGUAGE_RETRY_MS = 1000;

export const i18n = i18next.createInstance();
/** Every value filled in: in a right-to-left language isolated, so it cannot scramble the sentence. */
const escape = (v: unknown) => (dirOf(i18n.language) === 'rtl' ? `\u2068${String(v)}\u2069` : String(v));

export function initI18n(lang: Lang = 'nl'): Promise<unknown> {
  return i18n.init({
    lng: 'nl',
    fallbackLng: 'nl',
    ns: ['ui', 'questions', 'steps'],
    defaultNS: 'ui',
    resources: { nl: nlCore.resources as Record<string, Record<string, unknown>> },
    // Preact renders text, never HTML, so nothing is escaped. In a right-to-left language every
    // value filled in (a date, a name, an e-mail address) is isolated, so it cannot scramble the sentence.
    interpolation: { escapeValue: true, escape },
    returnNull: false,
    initAsync: false,
  } as never).then(() => (lang === 'nl' ? undefined : setLanguage(lang)));
}

export async function setLanguage(lang: Lang): Promise<void> {
  if (!cores[lang]) {
    const core = lang === 'nl' ? nlCore : (await languageModule(lang)).core;
    cores[lang] = core;
    for (const [ns, res] of Object.entries(core.resources)) i18n.addResourceBundle(lang, ns, res as object, true, true);
  }
  await i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }
}

/**
 * Adds a text namespace that loaded later (the plan's step texts). Its sections never overlap the
 * core's in part (tests/unit/texts-merge.test.ts), so a shallow merge of the module as it is does:
 * no deep copy and deep merge of 20-35 KB of texts while a deep link boots (issue 17).
 */
export function addTexts(lang: Lang, ns: string, texts: object): void {
  i18n.addResourceBundle(lang, ns, texts, false, true, { silent: false, skipCopy: true });
}

export const currentLang = (): Lang => (isLang(i18n.language) ? i18n.language : 'nl');
export const core = (): CoreContent => cores[currentLang()] ?? nlCore;

export type T = {
  (key: UiKey, options?: TOptions): string;
  /** Keys in other namespaces ("questions:…", "steps:…") or built at run time. */
  raw(key: string, options?: TOptions): string;
  exists(key: string): boolean;
  lang: Lang;
};

/**
 * Texts without values once looked up, for the language and texts loaded now: a plan page asks for
 * ~640 texts while it boots, most of them again and again ("Wie", "Lees meer" per step), and
 * i18next's t() is general (namespaces, plurals, nesting): about 45 ms at 4× CPU (issue 17).
 * Forgotten whenever texts are added or removed or the language changes.
 */
const looked = new Map<string, string>();
/** Whether a key is there (exists()), answered once per key too. */
const known = new Map<string, boolean>();
/** Texts as stored (stored()), per key: a plan fills in values in the same ~100 texts again and again. */
const raw = new Map<string, string | null | undefined>();
let following = false;
function follow() {
  if (following) return;
  following = true;
  const forget = () => (looked.clear(), known.clear(), raw.clear());
  i18n.on('languageChanged', forget);
  i18n.store.on('added', forget);
  i18n.store.on('removed', forget);
}
function lookUp(key: string, options?: TOptions): string {
  if (options) return filledText(key, options) ?? (i18n.t(key, options as never) as unknown as string);
  follow();
  let text = looked.get(key);
  if (text === undefined) looked.set(key, (text = plainText(key) ?? (i18n.t(key) as unknown as string)));
  return text;
}

/** The languages a text is looked for in, in order: the one now, then Dutch (the fallback, as i18next looks). */
const codes = () => (i18n.language === 'nl' ? ['nl'] : [i18n.language, 'nl']);

/** A text as stored in one language: the string, `null` when the key leads to something else (a section), undefined when not there. */
function storedIn(lng: string, key: string): string | null | undefined {
  const colon = key.indexOf(':');
  let at: unknown = i18n.store.data[lng]?.[colon < 0 ? 'ui' : key.slice(0, colon)];
  for (const part of (colon < 0 ? key : key.slice(colon + 1)).split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
  return typeof at === 'string' ? at : at === undefined || at === null ? undefined : null;
}

/** A text as stored, in the language now or else in Dutch. */
function stored(key: string): string | null | undefined {
  for (const lng of codes()) {
    const text = storedIn(lng, key);
    if (text !== undefined) return text;
  }
  return undefined;
}

/**
 * A text with a count, as i18next picks it: per language (now, then Dutch) the form for that count
 * (key_zero first for 0, then key_one, key_few, … by Intl.PluralRules, then the key itself).
 */
const pluralRules = new Map<string, Intl.PluralRules>();
/** Dutch, English and Turkish have two forms, "one" for exactly 1 (CLDR): no Intl, whose first use loads locale data. */
const ONE_OR_OTHER = new Set(['nl', 'en', 'tr']);
function pluralForm(lng: string, count: number): string {
  if (ONE_OR_OTHER.has(lng)) return count === 1 || count === -1 ? 'one' : 'other';
  let rules = pluralRules.get(lng);
  if (!rules) pluralRules.set(lng, (rules = new Intl.PluralRules(lng, { type: 'cardinal' })));
  return rules.select(count);
}
function storedCount(key: string, count: number): string | null | undefined {
  for (const lng of codes()) {
    for (const k of [count === 0 ? `${key}_zero` : '', `${key}_${pluralForm(lng, count)}`, key]) {
      const text = k ? storedIn(lng, k) : undefined;
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

/**
 * What i18next's t() returns for a text with nothing to fill in or nest, read as stored. A question's
 * page looks up about 20 texts it has not shown before; through t() that was 1.5-2.4 ms of a tap at
 * 4× CPU (issue 17). Anything else (not found this way, `$t(…)`) is left to i18next.
 */
function plainText(key: string): string | undefined {
  const text = stored(key);
  return typeof text === 'string' && !text.includes('{{') && !text.includes('$t(') ? text : undefined;
}

/** Options that ask i18next for more than filling in values (plurals, context, another language…). */
const SPECIAL = new Set(['context', 'lng', 'lngs', 'ns', 'defaultValue', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'replace', 'ordinal', 'fallbackLng', 'keySeparator', 'nsSeparator', 'skipInterpolation']);

/**
 * A text with values filled in ({{name}}, each value a string or number), as i18next's t() fills them: each
 * value through `escape`; with a count, the form for that count. "Stap x van y", the page title and the
 * chapter line are three per tap, and each took i18next about 0.5 ms at 4× CPU; a plan's "Nog 12 dagen"
 * per dated step about 10 ms of its boot. Anything else is left to i18next.
 */
function filledText(key: string, options: TOptions): string | undefined {
  for (const name in options) {
    const type = typeof (options as Record<string, unknown>)[name];
    if (SPECIAL.has(name) || (type !== 'string' && type !== 'number')) return undefined;
  }
  const count = (options as { count?: unknown }).count;
  if (count !== undefined && typeof count !== 'number') return undefined;
  follow();
  let text: string | null | undefined;
  if (count !== undefined) text = storedCount(key, count);
  else if ((text = raw.get(key)) === undefined && !raw.has(key)) raw.set(key, (text = stored(key)));
  if (typeof text !== 'string' || text.includes('$t(')) return undefined;
  let plain = true;
  const out = text.replace(/\{\{([^{}]*)\}\}/g, (whole, name: string) => {
    const value = /^\w+$/.test(name) ? (options as Record<string, string | number | undefined>)[name] : undefined;
    if (value === undefined) return (plain = false), whole;
    return escape(String(value));
  });
  return plain ? out : undefined;
}

/**
 * Whether a text is there, as i18next's exists() says: read as stored too. A page asks this for texts
 * that are mostly not there (a hint per option), and i18next looks for those in every way it knows.
 * tests/unit/i18n-lookup.test.ts holds both answers equal for every text in every language.
 */
function exists(key: string): boolean {
  follow();
  let found = known.get(key);
  if (found === undefined) known.set(key, (found = stored(key) !== undefined));
  return found;
}

export function makeT(): T {
  const t = ((key: UiKey, options?: TOptions) => lookUp(key, options)) as T;
  t.raw = lookUp;
  t.exists = exists;
  t.lang = currentLang();
  return t;
}

/** Re-renders the component when the language changes. */
export function useT(): T {
  const [, setTick] = useState(0);
  useEffect(() => {
    const on = () => setTick((n) => n + 1);
    i18n.on('languageChanged', on);
    return () => i18n.off('languageChanged', on);
  }, []);
  return makeT();
}

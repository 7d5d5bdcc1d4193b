import { useEffect, useState } from 'preact/hooks';
import nlCore from '../content/generated/core.nl';
import available from '../content/generated/languages';
import type { CoreContent } from '../content/types';
import type { UiKey } from '../content/generated/keys';
import { dirOf, LANGUAGES, type LangCode, type LanguageInfo } from '../languages';

/**
 * A small translator with Dutch built in and other languages loaded when chosen (one small module each).
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
  return load ? load() : Promise.reject(new Error(lang));
}

/** Options of a text: values for its {{placeholders}}; `count` also picks the plural (key_one / key_other). */
export type TOptions = { count?: number; lng?: Lang; [value: string]: unknown };
type Tree = { [key: string]: string | Tree };

/**
 * i18next's behaviour as this app uses it, in 1 KB instead of 14 KB (brotli) of the first load:
 * namespaces ("questions:id.title", default "ui"), dotted keys, Dutch as the fallback,
 * plurals by Intl.PluralRules (key_one, key_other; the bare key when there is none), {{placeholders}}
 * (a missing value leaves the placeholder as it is), a missing text gives its key.
 * tests/unit/i18n.test.ts holds it to i18next's results.
 */
const store: Partial<Record<Lang, Record<string, Tree>>> = {};
const plurals = new Map<string, Intl.PluralRules>();
const changed = new Set<() => void>();
let language: Lang = 'nl';

const merge = (into: Tree, from: Tree) => {
  for (const [k, v] of Object.entries(from)) {
    const old = into[k];
    if (v && typeof v === 'object' && old && typeof old === 'object') merge(old, v);
    else into[k] = v && typeof v === 'object' ? merge({}, v) : v;
  }
  return into;
};

function lookup(lang: Lang, ns: string, path: string): string | undefined {
  let node: string | Tree | undefined = store[lang]?.[ns];
  for (const part of path.split('.')) node = node && typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function resolve(key: string, options?: TOptions): { text?: string; path: string } {
  const colon = key.indexOf(':');
  const ns = colon > 0 ? key.slice(0, colon) : 'ui';
  const path = colon > 0 ? key.slice(colon + 1) : key;
  const count = options?.count;
  for (const lang of [options?.lng ?? language, 'nl'] as Lang[]) {
    if (typeof count === 'number') {
      let rules = plurals.get(lang);
      if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
      const text = lookup(lang, ns, `${path}_${rules.select(count)}`) ?? lookup(lang, ns, `${path}_other`);
      if (text !== undefined) return { text, path };
    }
    const text = lookup(lang, ns, path);
    if (text !== undefined) return { text, path };
  }
  return { path };
}

// Preact renders text, never HTML, so nothing is escaped. In a right-to-left language every
// value filled in (a date, a name, an e-mail address) is isolated, so it cannot scramble the sentence.
const fill = (text: string, options?: TOptions) =>
  !options || !text.includes('{{')
    ? text
    : text.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (all, name: string) => {
        const v = options[name];
        if (v === undefined) return all;
        return dirOf(language) === 'rtl' ? `\u2068${String(v)}\u2069` : String(v);
      });

/** The translator (i18next's names, for the few places that call it directly). */
export const i18n = {
  get language(): Lang {
    return language;
  },
  t(key: string, options?: TOptions): string {
    const { text, path } = resolve(key, options);
    return text === undefined ? path : fill(text, options);
  },
  exists: (key: string, options?: TOptions): boolean => resolve(key, options).text !== undefined,
  addResourceBundle(lang: Lang, ns: string, texts: object): void {
    const bundles = (store[lang] ??= {});
    bundles[ns] = merge(bundles[ns] ?? {}, texts as Tree);
  },
  changeLanguage(lang: Lang): void {
    if (lang === language) return;
    language = lang;
    changed.forEach((f) => f());
  },
  on: (_event: 'languageChanged', f: () => void) => void changed.add(f),
  off: (_event: 'languageChanged', f: () => void) => void changed.delete(f),
};

export function initI18n(lang: Lang = 'nl'): Promise<unknown> {
  language = 'nl';
  for (const [ns, res] of Object.entries(nlCore.resources)) i18n.addResourceBundle('nl', ns, res as object);
  return lang === 'nl' ? Promise.resolve() : setLanguage(lang);
}

export async function setLanguage(lang: Lang): Promise<void> {
  if (!cores[lang]) {
    const core = lang === 'nl' ? nlCore : (await languageModule(lang)).core;
    cores[lang] = core;
    for (const [ns, res] of Object.entries(core.resources)) i18n.addResourceBundle(lang, ns, res as object);
  }
  i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }
}

/** Adds a text namespace that loaded later (the plan's step texts). */
export function addTexts(lang: Lang, ns: string, texts: object): void {
  i18n.addResourceBundle(lang, ns, texts);
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

export function makeT(): T {
  const t = ((key: UiKey, options?: TOptions) => i18n.t(key, options)) as T;
  t.raw = (key, options) => i18n.t(key, options);
  t.exists = (key) => i18n.exists(key);
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

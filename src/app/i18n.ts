import i18next, { type TOptions } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import nlCore from '../content/generated/core.nl';
import type { CoreContent } from '../content/types';
import type { UiKey } from '../content/generated/keys';

/**
 * i18next with Dutch built in and other languages loaded when chosen (one small module each).
 * Texts come from content/<lang>/{ui,questions,steps}.yaml through the content build.
 */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (v: unknown): v is Lang => (LANGS as readonly unknown[]).includes(v);

const cores: Partial<Record<Lang, CoreContent>> = { nl: nlCore };
const loaders: Record<Lang, () => Promise<{ default: CoreContent }>> = {
  nl: () => Promise.resolve({ default: nlCore }),
  en: () => import('../content/generated/core.en'),
};

export const i18n = i18next.createInstance();

export function initI18n(lang: Lang = 'nl'): Promise<unknown> {
  return i18n.init({
    lng: 'nl',
    fallbackLng: 'nl',
    ns: ['ui', 'questions', 'steps'],
    defaultNS: 'ui',
    resources: { nl: nlCore.resources as Record<string, Record<string, unknown>> },
    interpolation: { escapeValue: false }, // Preact renders text, never HTML
    returnNull: false,
    initAsync: false,
  } as never).then(() => (lang === 'nl' ? undefined : setLanguage(lang)));
}

export async function setLanguage(lang: Lang): Promise<void> {
  if (!cores[lang]) {
    const core = (await loaders[lang]()).default;
    cores[lang] = core;
    for (const [ns, res] of Object.entries(core.resources)) i18n.addResourceBundle(lang, ns, res as object, true, true);
  }
  await i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Adds a text namespace that loaded later (the plan's step texts). */
export function addTexts(lang: Lang, ns: string, texts: object): void {
  i18n.addResourceBundle(lang, ns, texts, true, true);
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
  const t = ((key: UiKey, options?: TOptions) => i18n.t(key, options as never) as unknown as string) as T;
  t.raw = (key, options) => i18n.t(key, options as never) as unknown as string;
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

/**
 * THE list of interface languages: the one place to add, enable or disable a language.
 * Pure data (no DOM), read by the content build (src/content/compile), the app (i18n, menu,
 * dates, the steunpunt link parameter `taal`) and the plan command.
 *
 * A language is offered only when it is `enabled` here AND its folder content/<code>/ exists:
 * the content build then checks it like nl and en (every id present, every placeholder known,
 * every glossary link resolving) and fails on any missing text. A language whose folder does not
 * exist yet is simply not offered. Set `enabled: false` to keep a folder that is still being
 * translated out of the build (`npm run content -- --with <code>` checks and previews it).
 */
export interface LanguageInfo {
  /** BCP 47 code: folder name under content/, `<html lang>`, the `taal=` link value, i18next language. */
  code: string;
  /** The language's name in itself, as the menu shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /**
   * Locale for Intl (dates, weekdays, numbers on screen). Arabic ("ar": Gregorian calendar) with Western
   * digits, so the dates on screen can be compared with the Dutch letters and school papers
   * (the Maghreb convention; change `nu-latn` to `nu-arab` for Eastern Arabic digits).
   */
  intl: string;
  enabled: boolean;
}

export const LANGUAGES = [
  { code: 'nl', name: 'Nederlands', dir: 'ltr', intl: 'nl-NL', enabled: true },
  { code: 'en', name: 'English', dir: 'ltr', intl: 'en-GB', enabled: true },
  { code: 'ar', name: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn', enabled: true },
  { code: 'tr', name: 'Türkçe', dir: 'ltr', intl: 'tr-TR', enabled: true },
  { code: 'pl', name: 'Polski', dir: 'ltr', intl: 'pl-PL', enabled: true },
  { code: 'uk', name: 'Українська', dir: 'ltr', intl: 'uk-UA', enabled: true },
] as const satisfies readonly LanguageInfo[];

/** Every code the app knows (whether or not this build has its texts). */
export type LangCode = (typeof LANGUAGES)[number]['code'];
/** Dutch is leading: the base of every comparison, built into the first load, the language of letters. */
export const BASE_LANG = 'nl' satisfies LangCode;

const byCode = new Map<string, LanguageInfo>(LANGUAGES.map((l) => [l.code, l]));
export const languageInfo = (code: string): LanguageInfo | undefined => byCode.get(code);
export const dirOf = (code: string): 'ltr' | 'rtl' => byCode.get(code)?.dir ?? 'ltr';
export const intlLocale = (code: string): string => byCode.get(code)?.intl ?? 'nl-NL';

/**
 * Offline: the service worker precaches Dutch only. The content modules of the other languages are
 * built into assets/i18n/<code>/ and kept in this cache once fetched (vite.config.ts); choosing a
 * language fetches all of them (src/ui/lazy.ts prefetchLanguage). "Wis mijn gegevens" deletes it.
 */
export const LANGUAGE_CACHE = 'wegwijzer-languages';
export const LANGUAGE_CHUNK_DIR = 'assets/i18n';

/**
 * Every language of the app in one place: its code (also the folder name under content/), its name
 * in itself (for a language menu) and its writing direction. Static pages take `lang` and `dir`
 * from here. A language missing from this list still works: `languageInfo` asks the platform.
 */
export interface Language {
  code: string;
  /** The language's name in that language ("Nederlands", "English"). */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { code: 'nl', name: 'Nederlands', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
];

export function languageInfo(code: string): Language {
  const known = LANGUAGES.find((l) => l.code === code);
  if (known) return known;
  let dir: 'ltr' | 'rtl' = 'ltr';
  try {
    const locale = new Intl.Locale(code) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl') dir = 'rtl';
  } catch {
    /* unknown code: left to right */
  }
  let name = code;
  try {
    name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    /* keep the code */
  }
  return { code, name, dir };
}

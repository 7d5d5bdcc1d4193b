import { intlLocale } from '../languages';

const formats = new Map<string, Intl.ListFormat>();

/** "school, bestuur en samenwerkingsverband" in the conventions of the language (Arabic comma, "и", "ve" …). */
export function listText(items: readonly string[], lang: string): string {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.ListFormat(intlLocale(lang), { type: 'conjunction', style: 'long' })));
  return f.format(items);
}

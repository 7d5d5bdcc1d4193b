import { intlLocale } from '../languages';

const formats = new Map<string, Intl.ListFormat>();
/**
 * Dutch and English join without Intl: the first Intl.ListFormat loads the locale's ICU data
 * (about 50 ms at 4x CPU on the plan page's boot, issue 17). tests/unit/list-text.test.ts holds
 * them against Intl.ListFormat.
 */
const AND: Record<string, string> = { nl: 'en', en: 'and' };

/** "school, bestuur en samenwerkingsverband" in the conventions of the language (Arabic comma, "и", "ve" …). */
export function listText(items: readonly string[], lang: string): string {
  const and = AND[lang];
  if (and) return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.ListFormat(intlLocale(lang), { type: 'conjunction', style: 'long' })));
  return f.format(items);
}

/** Names that keep their capital inside a sentence (the Dutch name of a body, kept as is in every language). */
const PROPER = /^(Geschillencommissie|Ouders & Onderwijs)/;

/**
 * "Met wie": the contacts of a plan step, each written as it starts a line ("De school", "Het
 * schoolbestuur"), joined as one phrase: every name after the first starts in lower case ("De school
 * en het ouder- en jeugdsteunpunt"), except a proper name ("de Geschillencommissie passend onderwijs"
 * keeps its own capital, as does "Geschillencommissie …" where a language keeps the Dutch name).
 */
export function contactsText(items: readonly string[], lang: string): string {
  const locale = intlLocale(lang);
  return listText(items.map((s, i) => (i === 0 || PROPER.test(s) ? s : s.charAt(0).toLocaleLowerCase(locale) + s.slice(1))), lang);
}

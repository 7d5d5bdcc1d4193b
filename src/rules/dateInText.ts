import { formatDate, formatter, toUtc, type IsoDate } from './dates';

// A module of its own: only the plan, timeline and meeting pages (lazy chunks) fill dates into sentences, and ./dates.ts
// is in the first load (budget, session 28).

/**
 * A date filled into a sentence by a text ("tot {{date}}", "od {{besluit}}", "від {{besluit}}"). Polish and
 * Ukrainian decline the weekday after a preposition or verb ("do poniedziałku", "від понеділка"), and
 * Intl writes it in the nominative ("od poniedziałek, 1 czerwca 2026", wrong): in those two languages a
 * date inside a sentence goes without its weekday, "1 czerwca 2026", "1 червня 2026 р.", correct after
 * any preposition (both decline only the month, and Intl writes it in the genitive). A date standing alone
 * (a heading, a list line, the value after a label) keeps formatDate's weekday. The other languages are
 * unchanged: Dutch and English do not decline it, Turkish texts put "tarihinde"/"tarihli" after the date,
 * Arabic weekday names keep their form. Built from the long formatter's parts (no second Intl.DateTimeFormat
 * on the plan page's boot path), the end of formatDate's text; tests/unit/dates-s28.test.ts holds it equal to
 * formatDateShort for every day of two years.
 */
export function formatDateInText(iso: IsoDate, lang: string): string {
  if (lang !== 'pl' && lang !== 'uk') return formatDate(iso, lang);
  const parts = formatter(lang, 'long').formatToParts(new Date(toUtc(iso)));
  const at = parts.findIndex((p) => p.type === 'weekday');
  // The weekday and the separator after it (", ") go; nothing else. formatToParts keeps the narrow no-break space
  // before Ukrainian "р." that format() (V8) turns into a space: a space here too, so the text ends formatDate's.
  return (at < 0 ? parts : [...parts.slice(0, at), ...parts.slice(at + 2)]).map((p) => p.value).join('').replace(/\u202f/g, ' ');
}

/**
 * Session 84: a text as the end of a sentence: a full stop after it, unless it already ends with one. A Ukrainian date
 * ends in "р." (formatDateInText), so the first screen's "<TLV end line>." read "31 липня 2027 р.." (found by s84-refusal).
 */
export const endSentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);


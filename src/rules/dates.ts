import { intlLocale, LANGUAGES } from '../languages';
import { isIsoDate, parts, type IsoDate } from '../isoDate';

/**
 * Calendar dates without a time zone, as ISO strings "YYYY-MM-DD".
 * Arithmetic runs on UTC midnight, so daylight-saving changes can never shift a deadline by a day.
 * What a date is (src/isoDate.ts) sits below the questionnaire and the rules, which both need it.
 */
export { daysInMonth, isIsoDate, parts, type IsoDate } from '../isoDate';
export const DAY_MS = 86_400_000;

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const fromUtc = (ms: number): IsoDate => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
export const toUtc = (iso: IsoDate): number => {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d);
};

// Calendar arithmetic (addDays, addMonths, daysBetween, schoolYearStart …) is in ./calendar.ts: the
// first load only reads, checks and formats dates, and a re-export here would bring it along.

/** 01:00 UTC on the last Sunday of a month (month 1-12): when EU summer time starts (March) or ends (October). */
const lastSundayAt1Utc = (year: number, month: number): number => {
  const last = Date.UTC(year, month, 0, 1);
  return last - new Date(last).getUTCDay() * DAY_MS;
};

/**
 * Today as a calendar date in the Netherlands, whatever time zone the device is set to.
 * Computed from the EU summer-time rule (since 1996: UTC+2 from 01:00 UTC on the last Sunday of
 * March to 01:00 UTC on the last Sunday of October, UTC+1 otherwise) instead of
 * Intl.DateTimeFormat with a timeZone: its first use loads the time-zone data, which cost 70 ms of
 * a tap at 4x CPU slowdown. tests/unit/today.test.ts holds it against Intl.
 */
export function todayInNL(now: Date = new Date()): IsoDate {
  const t = now.getTime();
  const year = now.getUTCFullYear();
  const summer = t >= lastSundayAt1Utc(year, 3) && t < lastSundayAt1Utc(year, 10);
  return fromUtc(t + (summer ? 2 : 1) * 3_600_000);
}

/** One Intl.DateTimeFormat per locale and style, made once (they are slow to create). Shared with ./dateInText.ts. */
const formatters = new Map<string, Intl.DateTimeFormat>();
export function formatter(lang: string, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${lang}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', ...(style === 'long' ? { weekday: 'long' } : {}) };
    f = new Intl.DateTimeFormat(intlLocale(lang), options);
    formatters.set(key, f);
  }
  return f;
}

/**
 * "dinsdag 3 maart 2026" / "Tuesday 3 March 2026" / "3 Mart 2026 Salı" / "الثلاثاء، 3 مارس 2026":
 * each language's own convention (src/languages.ts gives the Intl locale). Dutch and English are
 * built from their names here, in one fixed form ("weekday day month year"): their Intl pattern
 * differs between ICU versions (en-GB gives "Tuesday, 3 March 2026" in newer ones) and letters and
 * tests rely on one form; and the first Intl.DateTimeFormat loads the locale's ICU data, about
 * 60 ms of the plan page's boot at 4x CPU (issue 17). tests/unit/dates.test.ts holds the names
 * against Intl for every day of several years.
 */
export function formatDate(iso: IsoDate, lang: string): string {
  if (lang !== 'nl' && lang !== 'en') return formatter(lang, 'long').format(new Date(toUtc(iso)));
  return `${WEEKDAYS[lang].split(' ')[new Date(toUtc(iso)).getUTCDay()]} ${formatDateShort(iso, lang)}`;
}

/** Short form without weekday: "3 maart 2026". Letters always pass 'nl': a Dutch date in a Dutch letter. */
export function formatDateShort(iso: IsoDate, lang: string): string {
  if (lang !== 'nl' && lang !== 'en') return formatter(lang, 'short').format(new Date(toUtc(iso)));
  const [y, m, d] = parts(iso);
  const month = (lang === 'nl' ? MONTHS_NL : MONTHS_EN)[m - 1]!;
  return `${d} ${lang === 'nl' ? month : month[0]!.toUpperCase() + month.slice(1)} ${y}`;
}

/** Sunday first, as Date.getUTCDay() counts. */
const WEEKDAYS = { nl: 'zondag maandag dinsdag woensdag donderdag vrijdag zaterdag', en: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday' };

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** For comparing month names: lower case, without accents or hamza ("Şubat" = "subat", "października" = "pazdziernika", "أكتوبر" = "اكتوبر"). */
const foldName = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/ı/g, 'i');

/**
 * Month names of the other interface languages, from Intl (so they are the names the app writes):
 * long and short, alone and inside a date (Polish "marca", Ukrainian "березня" are the genitive a
 * date uses; "marzec", "березень" the name alone), and the Arabic names of the Levant ("آذار",
 * "تشرين الأول") and the Maghreb ("غشت", "جانفي") besides the app's own ("مارس"). Made on the first
 * typed month name that is not Dutch or English (about 16 formatters), never at start.
 */
let otherMonths: { name: string; month: number }[] | undefined;
function otherMonthNames(): { name: string; month: number }[] {
  if (otherMonths) return otherMonths;
  const forms: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }];
  const locales = [...LANGUAGES.filter((l) => l.code !== 'nl' && l.code !== 'en').map((l) => l.intl), 'ar-SY', 'ar-MA', 'ar-DZ'];
  const names: { name: string; month: number }[] = [];
  for (const locale of locales) {
    // Arabic has one form of each name: one formatter per locale is enough.
    for (const form of locale.startsWith('ar') ? forms.slice(0, 1) : forms) {
      const f = new Intl.DateTimeFormat(locale, { ...form, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const name = f.formatToParts(Date.UTC(2026, m, 15)).find((p) => p.type === 'month')?.value;
        if (name) names.push({ name: foldName(name).replace(/\.$/, ''), month: m });
      }
    }
  }
  return (otherMonths = names);
}

/**
 * The month a typed name means (0-11): the whole name, or its first three letters or more ("okt",
 * "paź", "жовт"). Undefined when it is no month or could be two ("تشرين" is October and November).
 */
function monthOf(typed: string): number | undefined {
  if (typed === 'mrt') return 2;
  const fits = (full: string) => full === typed || ([...typed].length >= 3 && full.startsWith(typed));
  const dutchOrEnglish = [MONTHS_NL, MONTHS_EN].map((list) => list.findIndex(fits)).find((i) => i >= 0);
  if (dutchOrEnglish !== undefined) return dutchOrEnglish;
  const name = foldName(typed);
  const months = new Set(otherMonthNames().filter((m) => m.name === name || ([...name].length >= 3 && m.name.startsWith(name))).map((m) => m.month));
  return months.size === 1 ? [...months][0] : undefined;
}

/**
 * Session 83: a stored date as every date field (question, timeline, meeting, letter sent) shows it to be changed: "2026-03-09" → "09-03-2026" (day first, as in the
 * Netherlands; parseTypedDate reads it back to the same date).
 */
export const typedDate = (iso: IsoDate): string => iso.split('-').reverse().join('-');

/**
 * Reads a date the way people type it: "3-3-2026", "03/03/2026", "3.3.26", "3 maart 2026", "3 mrt 2026",
 * "2026-03-03", and with the month's name in every interface language: "3 Mart 2026", "3 marca 2026 r.",
 * "3 березня 2026 р.", "3 مارس 2026", "٣ آذار ٢٠٢٦". Day first, as in the Netherlands. Two-digit years
 * are 20xx. Returns undefined when unsure.
 */
export function parseTypedDate(input: string): IsoDate | undefined {
  const s = input
    // Direction marks and isolates (text copied from a right-to-left page) and Arabic-Indic digits.
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) & 0x0f))
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  let y: number, m: number, d: number;
  let shortYear = false;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$/.exec(s))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    shortYear = match[3]!.length === 2;
  } else if ((match = /^(\d{1,2})\.? (\p{L}[\p{L}\p{M}]*(?: \p{L}[\p{L}\p{M}]*)?)\.?[,،]? (\d{2}|\d{4})(?: ?(?:r|р)\.?)?$/u.exec(s))) {
    // "2026 r." (Polish rok), "2026 р." (Ukrainian рік) are how a year is written there.
    const index = monthOf(match[2]!);
    if (index === undefined) return undefined;
    [d, m, y] = [Number(match[1]), index + 1, Number(match[3])];
    shortYear = match[3]!.length === 2;
  } else {
    return undefined;
  }
  if (shortYear) y += 2000; // "3-3-26" means 2026; "3-3-0026" is no date a parent means
  const iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  return isIsoDate(iso) ? iso : undefined;
}

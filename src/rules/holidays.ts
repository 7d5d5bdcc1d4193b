import { addDays } from './calendar';
import { pad, parts, toUtc, type IsoDate } from './dates';

/**
 * Session 76 (s76-holiday, 2): the Dutch public holidays (feestdagen) and the weekend, for the note on a term whose last day
 * falls on one. NOT from the sources: none of them names public holidays, and none says that a term ending on a Saturday,
 * Sunday or public holiday moves to the next working day (the Algemene termijnenwet is in no seed; grep termijnenwet,
 * feestdag, zaterdag finds nothing). So the plan never moves a day: the note only says the day is a weekend day or a
 * feestdag, to send by the working day before, and that whether later is allowed is not in our sources.
 * The list is the days offices and schools are commonly closed: Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag
 * (27 April, 26 April when the 27th is a Sunday), Bevrijdingsdag (5 May), Hemelvaartsdag (Easter + 39), Eerste en Tweede
 * Pinksterdag (Easter + 49, + 50), Eerste en Tweede Kerstdag. Goede Vrijdag is left out: not a common day off. Pure.
 */
export type PublicHoliday =
  | 'nieuwjaarsdag'
  | 'eerste-paasdag'
  | 'tweede-paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'eerste-pinksterdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). Pure. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** 0 = Sunday … 6 = Saturday. */
const weekday = (iso: IsoDate): number => new Date(toUtc(iso)).getUTCDay();

/** The public holidays of one year, by day. Pure. */
export function publicHolidays(year: number): ReadonlyMap<IsoDate, PublicHoliday> {
  const y = pad(year, 4);
  const easter = easterSunday(year);
  const kings = weekday(`${y}-04-27`) === 0 ? `${y}-04-26` : `${y}-04-27`;
  return new Map<IsoDate, PublicHoliday>([
    [`${y}-01-01`, 'nieuwjaarsdag'],
    [easter, 'eerste-paasdag'],
    [addDays(easter, 1), 'tweede-paasdag'],
    [kings, 'koningsdag'],
    [`${y}-05-05`, 'bevrijdingsdag'],
    [addDays(easter, 39), 'hemelvaartsdag'],
    [addDays(easter, 49), 'eerste-pinksterdag'],
    [addDays(easter, 50), 'tweede-pinksterdag'],
    [`${y}-12-25`, 'eerste-kerstdag'],
    [`${y}-12-26`, 'tweede-kerstdag'],
  ]);
}

/** The public holiday on this day, or undefined. Pure. */
export const publicHolidayOn = (iso: IsoDate): PublicHoliday | undefined => publicHolidays(parts(iso)[0]).get(iso);

/** A Saturday or a Sunday. Pure. */
export const isWeekend = (iso: IsoDate): boolean => {
  const w = weekday(iso);
  return w === 0 || w === 6;
};

/** What kind of day off a last day is: a public holiday first (one on a Sunday is named as the feestdag), then the weekend. */
export type DayOff = 'feestdag' | 'weekend';
export const dayOff = (iso: IsoDate): DayOff | undefined => (publicHolidayOn(iso) ? 'feestdag' : isWeekend(iso) ? 'weekend' : undefined);

/** The last working day (no weekend, no public holiday) before this day. Pure. */
export function workingDayBefore(iso: IsoDate): IsoDate {
  let d = addDays(iso, -1);
  while (dayOff(d)) d = addDays(d, -1);
  return d;
}

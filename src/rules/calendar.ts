import { DAY_MS, daysInMonth, fromUtc, pad, parts, toUtc, type IsoDate } from './dates';

/**
 * Calendar arithmetic for the plan, the letters and the timeline (src/rules/dates.ts re-exports it).
 * A module of its own so that the first load, which only formats and reads dates, does not carry it.
 */
export const addDays = (iso: IsoDate, days: number): IsoDate => fromUtc(toUtc(iso) + days * DAY_MS);
export const addWeeks = (iso: IsoDate, weeks: number): IsoDate => addDays(iso, weeks * 7);

/** Same day number n months later; when that month is shorter, its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return `${pad(ny, 4)}-${pad(nm)}-${pad(Math.min(d, daysInMonth(ny, nm)))}`;
}

export const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** The Dutch school year runs from 1 August to 31 July. Returns the start of the school year a date falls in. */
export function schoolYearStart(iso: IsoDate): IsoDate {
  const [y, m] = parts(iso);
  return `${pad(m >= 8 ? y : y - 1, 4)}-08-01`;
}


/**
 * What a calendar date is in this app: an ISO string "YYYY-MM-DD", without a time zone. Below both the questionnaire
 * (src/flow: a date answer must be one) and the rules (src/rules/dates.ts: arithmetic, formatting), which both need it.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day between 1900 and 2200 in the form YYYY-MM-DD (not 2026-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Year, month (1-12) and day of an ISO date; throws on anything else. */
export function parts(iso: IsoDate): [number, number, number] {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

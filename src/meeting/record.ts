import { isIsoDate, type IsoDate } from '../rules/dates';

/**
 * "Wat is er afgesproken?": what the parent records after a meeting at school. Pure, no DOM.
 *
 * It lives INSIDE the timeline event of the meeting (kind "gesprek", field `meeting`), so the
 * timeline stays the one source of truth for what happened: a backup, a restore or deleting the
 * event takes the agreements with it, and nothing can point to a meeting that is gone.
 */
export const OUTCOMES = ['afspraken', 'geen', 'later'] as const;
/** afspraken: there are agreements; geen: the meeting ended without agreements; later: "the school decides later". */
export type Outcome = (typeof OUTCOMES)[number];

export interface Agreement {
  /** Who does it, in the parent's words ("de intern begeleider", "ik"). */
  who: string;
  /** What, in the parent's words. */
  what: string;
  /** By when; none when no date was agreed. */
  by?: IsoDate;
}

export interface MeetingRecord {
  outcome: Outcome;
  agreements: Agreement[];
  /** The next meeting, when one was planned. */
  next?: IsoDate;
  /** What the school will send (a report, the OPP, a decision), in the parent's words. */
  schoolSends: string;
  /** Who was there, in the parent's words (goes into the letter). */
  present: string;
}

export const MAX_AGREEMENTS = 10;
const MAX_TEXT = 300;
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_TEXT) : '');

/** Reads a stored record defensively (storage, backups, links): unknown parts are dropped. */
export function sanitizeMeetingRecord(v: unknown): MeetingRecord | undefined {
  if (!isRecord(v)) return undefined;
  const outcome = (OUTCOMES as readonly unknown[]).includes(v['outcome']) ? (v['outcome'] as Outcome) : undefined;
  if (!outcome) return undefined;
  const agreements: Agreement[] = [];
  if (Array.isArray(v['agreements'])) {
    for (const a of v['agreements'].slice(0, MAX_AGREEMENTS)) {
      if (!isRecord(a)) continue;
      const what = text(a['what']);
      if (!what) continue;
      const by = typeof a['by'] === 'string' && isIsoDate(a['by']) ? a['by'] : undefined;
      agreements.push({ who: text(a['who']), what, ...(by ? { by } : {}) });
    }
  }
  const next = typeof v['next'] === 'string' && isIsoDate(v['next']) ? v['next'] : undefined;
  return { outcome, agreements, ...(next ? { next } : {}), schoolSends: text(v['schoolSends']), present: text(v['present']) };
}

/** The outcome a record really has: "afspraken" without any agreement counts as none. */
export const effectiveOutcome = (r: MeetingRecord): Outcome => (r.outcome === 'afspraken' && r.agreements.length === 0 ? 'geen' : r.outcome);

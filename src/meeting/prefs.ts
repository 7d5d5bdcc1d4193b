import { isIsoDate, type IsoDate } from '../rules/dates';

/**
 * What the parent chose on the card, kept on the device under "wegwijzer.meeting":
 * goals typed, suggested questions removed, own questions added. Nothing the rules compute is stored
 * (the questions, documents and dates come fresh from the answers and the timeline every time), and
 * the meeting's date stays in the answers (gesprek-datum): one source of truth for each thing.
 * The agreements after the meeting are not here: they are in the timeline (record.ts).
 */
export const MEETING_KEY = 'wegwijzer.meeting';
export const MEETING_VERSION = 1;
export const MAX_GOALS = 3;
export const MAX_OWN = 10;
const MAX_TEXT = 300;

export interface CardPrefs {
  goals: string[];
  /** Ids of suggested questions the parent removed. */
  removed: string[];
  own: string[];
  /** The card was last changed for a meeting on this date (from the answers), if known. */
  forDate?: IsoDate;
}

export const EMPTY_PREFS: CardPrefs = { goals: [], removed: [], own: [] };

const strings = (v: unknown, max: number, pattern?: RegExp): string[] =>
  Array.isArray(v)
    ? v
        .filter((x): x is string => typeof x === 'string')
        .map((x) => x.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, MAX_TEXT))
        .filter((x) => (pattern ? pattern.test(x) : true))
        .slice(0, max)
    : [];

/** Reads stored prefs defensively; a newer version is not read (undefined) and never overwritten by the page. */
export function sanitizePrefs(v: unknown): CardPrefs | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o['version'] === 'number' && o['version'] > MEETING_VERSION) return undefined;
  const forDate = typeof o['forDate'] === 'string' && isIsoDate(o['forDate']) ? o['forDate'] : undefined;
  return {
    goals: strings(o['goals'], MAX_GOALS),
    removed: [...new Set(strings(o['removed'], 50, /^[a-z0-9-]{1,64}$/))],
    own: strings(o['own'], MAX_OWN).filter((x) => x.trim() !== ''),
    ...(forDate ? { forDate } : {}),
  };
}

/** Stored by a newer version of the app: the page shows an empty card and never writes over it. */
export const prefsIsNewer = (v: unknown): boolean =>
  !!v && typeof v === 'object' && typeof (v as { version?: unknown }).version === 'number' && (v as { version: number }).version > MEETING_VERSION;

export const storedPrefs = (p: CardPrefs) => ({ version: MEETING_VERSION, ...p });

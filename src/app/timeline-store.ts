import { PREFIX, loadJson, saveJson, type KeyValueStore } from './storage';
import { EMPTY_TIMELINE, TIMELINE_VERSION, sanitizeTimeline, storedEvent, unreadEvents, type TimelineData } from '../timeline/model';

/**
 * Where the timeline lives on the device: "wegwijzer.timeline" = { version, events, base }.
 * All reads and writes go through these few functions, so the storage layer (per-field merging
 * across tabs, issue 15) can replace them in one place. Wiped with everything else by wipe().
 */
export const TIMELINE_KEY = `${PREFIX}timeline`;
/** Set once the browser was asked to keep this site's data (navigator.storage.persist()). */
export const PERSIST_ASKED_KEY = `${PREFIX}persist-asked`;
/** Set once the "Safari may delete this" note was shown. */
export const SAFARI_NOTE_KEY = `${PREFIX}safari-note`;

export function loadTimeline(store: KeyValueStore): TimelineData {
  return (
    loadJson(store, TIMELINE_KEY, (v) => {
      if (!v || typeof v !== 'object') return undefined;
      const version = (v as { version?: unknown }).version;
      // A newer version's timeline is kept as it is (never overwritten) but not read.
      if (typeof version === 'number' && version > TIMELINE_VERSION) return undefined;
      return sanitizeTimeline(v);
    }) ?? EMPTY_TIMELINE
  );
}

export function timelineIsNewer(store: KeyValueStore): boolean {
  return loadJson(store, TIMELINE_KEY, (v) => (v && typeof v === 'object' && typeof (v as { version?: unknown }).version === 'number' && (v as { version: number }).version > TIMELINE_VERSION ? true : undefined)) === true;
}

/**
 * Session 54: the stored entries this version does not read (unreadEvents: another version's kind, a broken date, more
 * than it shows) are written back after the events, as they were: a change here never drops them. Session 84: and each
 * event's known fields this version read only in part get their stored value back where the parent did not change them (storedEvent).
 */
export function saveTimeline(store: KeyValueStore, data: TimelineData): boolean {
  const stored = loadJson(store, TIMELINE_KEY, (v) => v);
  const kept = unreadEvents(eventsOf(stored));
  return saveJson(store, TIMELINE_KEY, { ...unknownParts(stored), version: TIMELINE_VERSION, ...data, events: [...data.events.map(storedEvent), ...kept] });
}

/** The parts of the stored timeline this version writes itself; any other is a newer version's. */
const OWN_PARTS: readonly string[] = ['version', 'events', 'base'];
/**
 * Session 83: the parts of the stored timeline object this version does not know (a newer version's, in the same
 * TIMELINE_VERSION), as stored: saveTimeline writes them back, so a change here never drops them. Not `base`: its entries
 * are rebuilt by every change (commit in src/timeline/model.ts builds it from the events), on purpose.
 */
function unknownParts(raw: unknown): Record<string, unknown> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !OWN_PARTS.includes(k) && !(k in Object.prototype)));
}

/** How many stored entries this version does not show (unreadEvents); the timeline page says so. */
export const unreadCount = (raw: unknown): number => unreadEvents(eventsOf(raw)).length;

/** The stored timeline's events as they are (unchecked); undefined when it is no object. */
const eventsOf = (raw: unknown): unknown => (raw && typeof raw === 'object' ? (raw as { events?: unknown }).events : undefined);

export const loadFlag = (store: KeyValueStore, key: string): boolean => loadJson(store, key, (v) => (v === true ? true : undefined)) === true;
export const saveFlag = (store: KeyValueStore, key: string): boolean => saveJson(store, key, true);

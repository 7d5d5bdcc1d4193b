import { ANSWERS_VERSION, type Answers } from '../flow/answers';
import type { Position } from '../flow/route';
import { upgradeAnswers } from './migrate';
import { cleanStamps, type Codec, type Entries, type Stamps } from './sync';

/**
 * Everything the app keeps lives in localStorage on this device, under keys starting with
 * "wegwijzer." — so "Wis mijn gegevens" can remove it all. Reads are defensive: broken data gives
 * a message and a fresh start, never a blank page; where storage throws (private mode, disabled
 * storage) the app works from memory and says that answers will not be kept.
 */
export const PREFIX = 'wegwijzer.';
export const KEYS = {
  answers: `${PREFIX}answers`,
  ticks: `${PREFIX}ticks`,
  letterFields: `${PREFIX}letter-fields`,
  contact: `${PREFIX}contact`,
  lang: `${PREFIX}lang`,
  /** The plan's calendar id on this device (src/app/calendar-key.ts). */
  calendar: `${PREFIX}calendar-id`,
} as const;

export interface SavedFlow {
  version: number;
  answers: Answers;
  position: Position;
  savedAt: string;
  /** When each answer last changed (ms), so writes from two tabs merge per question (sync.ts). */
  stamps?: Stamps;
}

/** `newer`: written by a newer version of the app; kept untouched and read-only, never deleted. */
export type LoadProblem = 'corrupt' | 'unavailable' | 'migrated' | 'newer';

/**
 * Older record formats (the wrapper around the answers) and how to bring them up to date. Version n
 * migrates data of version n-1. The answers themselves go through the one hook in migrate.ts.
 */
type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Record<number, Migration> = {
  // Version 0 (development builds) kept answers under `values`.
  1: (old) => ({ ...old, answers: old['values'] ?? old['answers'] ?? {}, version: 1 }),
  // Version 2: the record is unchanged; the answers schema of issue 11 is migrated by the hook
  // (upgradeAnswers in migrate.ts, which calls src/flow/migrate.ts) with the version they were written in.
  2: (old) => ({ ...old, version: 2 }),
};

/** A minimal Storage: the browser's localStorage, or a Map when that is not available. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export class MemoryStore implements KeyValueStore {
  private map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, String(v));
  removeItem = (k: string) => void this.map.delete(k);
  key = (i: number) => [...this.map.keys()][i] ?? null;
  get length() {
    return this.map.size;
  }
}

/** localStorage if it works (a write and a read), otherwise memory. */
export function openStore(candidate: () => KeyValueStore | undefined): { store: KeyValueStore; persistent: boolean } {
  try {
    const s = candidate();
    if (s) {
      const probe = `${PREFIX}probe`;
      s.setItem(probe, '1');
      const ok = s.getItem(probe) === '1';
      s.removeItem(probe);
      if (ok) return { store: s, persistent: true };
    }
  } catch {
    /* storage disabled or full: fall through to memory */
  }
  return { store: new MemoryStore(), persistent: false };
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Keeps only well-formed answer values (strings and lists of strings); the flow checks meaning. */
export function sanitizeAnswers(v: unknown): Answers {
  if (!isRecord(v)) return {};
  const out: Record<string, string | string[]> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === '__proto__' || k.length > 64) continue;
    if (typeof x === 'string' && x.length <= 200) out[k] = x;
    else if (Array.isArray(x) && x.length <= 20 && x.every((y) => typeof y === 'string' && y.length <= 64)) out[k] = [...x];
  }
  return out;
}

export type ParsedFlow = { saved?: SavedFlow; problem?: Exclude<LoadProblem, 'unavailable'>; newerVersion?: number };

/** Reads a stored answers record (raw string). Pure: never touches the store. */
export function parseFlow(raw: string | null): ParsedFlow {
  if (raw === null) return {};
  try {
    let data: unknown = JSON.parse(raw);
    if (!isRecord(data)) throw new Error('not an object');
    const stored = data['version'];
    let version = typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : 0;
    // A newer app wrote this: we cannot read it, and we must not delete or overwrite it.
    if (version > ANSWERS_VERSION) return { problem: 'newer', newerVersion: version };
    const from = version;
    while (version < ANSWERS_VERSION && Object.hasOwn(migrations, version + 1)) {
      data = migrations[version + 1]!(data as Record<string, unknown>);
      version += 1;
    }
    const d = data as Record<string, unknown>;
    const answers = from < ANSWERS_VERSION ? upgradeAnswers(isRecord(d['answers']) ? d['answers'] : {}, Math.max(from, 1)) : d['answers'];
    const saved: SavedFlow = {
      version: ANSWERS_VERSION,
      answers: sanitizeAnswers(answers),
      position: typeof d['position'] === 'string' ? d['position'] : 'start',
      savedAt: typeof d['savedAt'] === 'string' ? d['savedAt'] : '',
      stamps: cleanStamps(d['stamps']),
    };
    return from < ANSWERS_VERSION ? { saved, problem: 'migrated' } : { saved };
  } catch {
    return { problem: 'corrupt' };
  }
}

export function loadFlow(store: KeyValueStore): { saved?: SavedFlow; problem?: LoadProblem; newerVersion?: number } {
  let raw: string | null;
  try {
    raw = store.getItem(KEYS.answers);
  } catch {
    return { problem: 'unavailable' };
  }
  const parsed = parseFlow(raw);
  // Unreadable (not from a newer version): removed, so the parent can start again.
  if (parsed.problem === 'corrupt') safely(() => store.removeItem(KEYS.answers));
  return parsed;
}

/** The answers record as a SyncedRecord codec (see sync.ts); `position` is this tab's position. */
export function flowCodec(position: () => Position, now: () => Date = () => new Date()): Codec<string | string[]> {
  return {
    read(raw) {
      if (raw === null) return { entries: {}, stamps: {}, absent: true };
      const p = parseFlow(raw);
      if (p.problem === 'newer') return { newer: p.newerVersion! };
      if (!p.saved) return { entries: {}, stamps: {} };
      return { entries: p.saved.answers as Entries<string | string[]>, stamps: p.saved.stamps ?? {} };
    },
    write({ entries, stamps }) {
      // After "Wis mijn gegevens" (or before the first answer) no empty record is left behind.
      if (Object.keys(entries).length === 0) return null;
      const data: SavedFlow = { version: ANSWERS_VERSION, answers: entries, position: position(), savedAt: now().toISOString(), stamps };
      return JSON.stringify(data);
    },
  };
}

/** One whole write, without merging (tests, tools). The app writes through a SyncedRecord. */
export function saveFlow(store: KeyValueStore, answers: Answers, position: Position, now = new Date()): boolean {
  const raw = flowCodec(() => position, () => now).write({ entries: answers as Entries<string | string[]>, stamps: {} });
  return safely(() => (raw === null ? store.removeItem(KEYS.answers) : store.setItem(KEYS.answers, raw)));
}

export function loadJson<T>(store: KeyValueStore, key: string, check: (v: unknown) => T | undefined): T | undefined {
  try {
    const raw = store.getItem(key);
    return raw === null ? undefined : check(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

export const saveJson = (store: KeyValueStore, key: string, value: unknown): boolean => safely(() => store.setItem(key, JSON.stringify(value)));
export const removeKey = (store: KeyValueStore, key: string): boolean => safely(() => store.removeItem(key));

/** Removes every key this app wrote. */
export function wipe(store: KeyValueStore): void {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k?.startsWith(PREFIX)) keys.push(k);
  }
  for (const k of keys) safely(() => store.removeItem(k));
}

function safely(f: () => void): boolean {
  try {
    f();
    return true;
  } catch {
    return false;
  }
}

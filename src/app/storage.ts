import { ANSWERS_VERSION, type Answers } from '../flow/answers';
import { migrateAnswers } from '../flow/migrate';
import type { Position } from '../flow/route';

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
} as const;

export interface SavedFlow {
  version: number;
  answers: Answers;
  position: Position;
  savedAt: string;
}

export type LoadProblem = 'corrupt' | 'unavailable' | 'migrated';

/** Older formats and how to bring them up to date. Version n migrates data of version n-1. */
type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Record<number, Migration> = {
  // Version 0 (development builds) kept answers under `values`.
  1: (old) => ({ ...old, answers: old['values'] ?? old['answers'] ?? {}, version: 1 }),
  // Version 2: the answers schema of issue 11 (src/flow/migrate.ts).
  2: (old) => ({ ...old, answers: migrateAnswers(1, old['answers']), version: 2 }),
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

export function loadFlow(store: KeyValueStore): { saved?: SavedFlow; problem?: LoadProblem } {
  let raw: string | null;
  try {
    raw = store.getItem(KEYS.answers);
  } catch {
    return { problem: 'unavailable' };
  }
  if (raw === null) return {};
  try {
    let data: unknown = JSON.parse(raw);
    if (!isRecord(data)) throw new Error('not an object');
    let version = typeof data['version'] === 'number' ? data['version'] : 0;
    if (version > ANSWERS_VERSION) throw new Error('from a newer version');
    let migrated = false;
    while (version < ANSWERS_VERSION) {
      const step = migrations[version + 1];
      if (!step) throw new Error(`no migration to ${version + 1}`);
      data = step(data as Record<string, unknown>);
      version += 1;
      migrated = true;
    }
    const d = data as Record<string, unknown>;
    const saved: SavedFlow = {
      version,
      answers: sanitizeAnswers(d['answers']),
      position: typeof d['position'] === 'string' ? d['position'] : 'start',
      savedAt: typeof d['savedAt'] === 'string' ? d['savedAt'] : '',
    };
    return migrated ? { saved, problem: 'migrated' } : { saved };
  } catch {
    safely(() => store.removeItem(KEYS.answers));
    return { problem: 'corrupt' };
  }
}

export function saveFlow(store: KeyValueStore, answers: Answers, position: Position, now = new Date()): boolean {
  const data: SavedFlow = { version: ANSWERS_VERSION, answers, position, savedAt: now.toISOString() };
  return safely(() => store.setItem(KEYS.answers, JSON.stringify(data)));
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

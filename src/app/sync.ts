import type { KeyValueStore } from './storage';

/**
 * Several open tabs, one device store. Every stored record that the parent changes piece by piece
 * (answers per question, ticks per step, letter fields per field, and later the timeline) is kept
 * as a SyncedRecord: a write is read-modify-write *at write time*, merging only what this tab
 * changed since it last saw the stored value into what is stored now, so two tabs writing at the
 * same moment never throw away each other's fields. A `storage` event from another tab is merged
 * the same way, so tabs follow each other.
 *
 * To join (e.g. `wegwijzer.timeline`): make a SyncedRecord with a codec for the key, call `load()`
 * at start, `write(mine)` on every change, and `followKey(key, () => apply(rec.remote(mine)))`.
 */
export type Entries<V> = Record<string, V>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way merge per key: what `mine` changed relative to `base` wins; everything else is `theirs`.
 * With `deletes: false`, a key missing from `theirs` is never taken as a deletion (answers only
 * grow between a start and a "wipe" or a replace; a replace is told apart by a new generation).
 */
export function mergeEntries<V>(base: Entries<V>, mine: Entries<V>, theirs: Entries<V>, deletes = true): Entries<V> {
  const out: Entries<V> = { ...theirs };
  const keys = new Set([...Object.keys(base), ...Object.keys(mine)]);
  for (const k of keys) {
    const inMine = Object.hasOwn(mine, k);
    if (same(base[k], mine[k]) && Object.hasOwn(base, k) === inMine) {
      if (!deletes && !Object.hasOwn(out, k) && inMine) out[k] = mine[k]!;
      continue;
    }
    if (inMine) out[k] = mine[k]!;
    else if (deletes || !Object.hasOwn(theirs, k) || same(theirs[k], base[k])) delete out[k];
  }
  return out;
}

/** How a record looks in the store. `read` gets the raw string (null when absent). */
export interface Codec<V> {
  read(raw: string | null): Stored<V>;
  /** null: remove the key (an empty record is not kept). */
  write(entries: Entries<V>, generation: string): string | null;
}
export type Stored<V> =
  | { entries: Entries<V>; generation: string }
  /** Written by a newer version of the app: left untouched, read-only here. */
  | { newer: number };

export type WriteResult<V> = { ok: true; entries: Entries<V> } | { ok: false; newer?: number; entries: Entries<V> };

export class SyncedRecord<V> {
  /** The stored value this tab last saw (read or wrote). */
  private base: Entries<V> = {};
  private generation = '';
  /** Set when the store holds a newer version's record: nothing is written then. */
  newer?: number;

  constructor(
    private readonly store: KeyValueStore,
    readonly key: string,
    private readonly codec: Codec<V>,
    private readonly deletes = true,
  ) {}

  private read(): Stored<V> {
    let raw: string | null = null;
    try {
      raw = this.store.getItem(this.key);
    } catch {
      /* unreadable: as empty */
    }
    return this.codec.read(raw);
  }

  load(): Entries<V> {
    const s = this.read();
    if ('newer' in s) {
      this.newer = s.newer;
      return {};
    }
    this.base = s.entries;
    this.generation = s.generation;
    return { ...s.entries };
  }

  /** Merges what this tab changed into what is stored now and writes the result. */
  write(mine: Entries<V>): WriteResult<V> {
    const s = this.read();
    if ('newer' in s) {
      this.newer = s.newer;
      return { ok: false, newer: s.newer, entries: mine };
    }
    const replaced = s.generation !== this.generation;
    const merged = replaced && !this.deletes ? mergeEntries({}, mine, s.entries, false) : mergeEntries(this.base, mine, s.entries, this.deletes);
    return this.put(merged, this.generation || s.generation);
  }

  /** Replaces the whole record (a shared plan adopted, a reset): other tabs take it as it is. */
  replace(entries: Entries<V>): WriteResult<V> {
    const s = this.read();
    if ('newer' in s) return { ok: false, newer: s.newer, entries };
    return this.put(entries, newGeneration());
  }

  private put(entries: Entries<V>, generation: string): WriteResult<V> {
    let raw: string | null;
    try {
      raw = this.codec.write(entries, generation || 'v1');
      if (raw === null) this.store.removeItem(this.key);
      else this.store.setItem(this.key, raw);
    } catch {
      return { ok: false, entries };
    }
    this.base = entries;
    // As the store will read it back (a removed key has no generation).
    this.generation = (this.codec.read(raw) as { generation?: string }).generation ?? '';
    return { ok: true, entries };
  }

  /**
   * Another tab wrote the key. Returns what this tab should show: the stored value with this tab's
   * own unsaved changes on top (normally none: every change is written at once). `wiped` when the
   * key is gone (another tab chose "Wis mijn gegevens") or was replaced as a whole.
   */
  remote(mine: Entries<V>): { entries: Entries<V>; wiped: boolean; replaced: boolean; newer?: number } {
    const s = this.read();
    if ('newer' in s) {
      this.newer = s.newer;
      return { entries: mine, wiped: false, replaced: false, newer: s.newer };
    }
    const wiped = Object.keys(s.entries).length === 0 && s.generation === '';
    const replaced = !wiped && s.generation !== this.generation && this.generation !== '';
    const entries = wiped || replaced ? { ...s.entries } : mergeEntries(this.base, mine, s.entries, this.deletes);
    this.base = s.entries;
    this.generation = s.generation;
    return { entries, wiped, replaced };
  }

  /** After this tab wiped everything. */
  forget(): void {
    this.base = {};
    this.generation = '';
    this.newer = undefined;
  }
}

export const newGeneration = (): string => Math.random().toString(36).slice(2, 10) + Date.now().toString(36);

/** Simple codec for a flat JSON object of entries (ticks, letter fields, a timeline). */
export function plainCodec<V>(check: (v: unknown) => Entries<V> | undefined): Codec<V> {
  return {
    read(raw) {
      if (raw === null) return { entries: {}, generation: '' };
      try {
        const v: unknown = JSON.parse(raw);
        const g = v && typeof v === 'object' && typeof (v as Record<string, unknown>)['__gen'] === 'string' ? ((v as Record<string, unknown>)['__gen'] as string) : 'plain';
        return { entries: check(v) ?? {}, generation: g };
      } catch {
        return { entries: {}, generation: 'plain' };
      }
    },
    write(entries) {
      return Object.keys(entries).length ? JSON.stringify(entries) : null;
    },
  };
}

/** The other tabs' writes, per key (wired to the window's `storage` event by the controller). */
const followers = new Map<string, Set<() => void>>();
export function followKey(key: string, handler: () => void): () => void {
  let set = followers.get(key);
  if (!set) followers.set(key, (set = new Set()));
  set.add(handler);
  return () => void set.delete(handler);
}
/** `key` null: the whole store was cleared. */
export function dispatchStorageEvent(key: string | null): void {
  if (key === null) followers.forEach((set) => set.forEach((h) => h()));
  else followers.get(key)?.forEach((h) => h());
}

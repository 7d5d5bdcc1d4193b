import type { KeyValueStore } from './storage';

/**
 * Several open tabs, one device store. Every stored record that the parent changes piece by piece
 * (answers per question, ticks per step, letter fields per field, and later the timeline) is kept
 * as a SyncedRecord: each entry carries the time it was last changed (a "stamp"; a removed entry
 * keeps its stamp as a tombstone). A write is read-modify-write *at write time*: what is stored now
 * and what this tab holds are merged entry by entry, the later change winning. A `storage` event
 * from another tab is merged the same way, and when this tab holds a change the store lost (two
 * tabs wrote in the same millisecond, each from a stale read), it writes the merge back, so both
 * tabs end with every change. Nothing here knows what the entries mean.
 *
 * To join (e.g. `wegwijzer.timeline`): make a SyncedRecord with a codec for the key, call `load()`
 * at start, `write(mine)` on every change, and `followKey(key, () => apply(rec.remote().entries))`.
 */
export type Entries<V> = Record<string, V>;
export type Stamps = Record<string, number>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface Versioned<V> {
  entries: Entries<V>;
  stamps: Stamps;
}

/**
 * Merge per entry: the side with the later stamp wins (its value, or its removal). Equal stamps:
 * the larger serialised value wins, so every tab picks the same one.
 */
export function mergeVersioned<V>(a: Versioned<V>, b: Versioned<V>): Versioned<V> {
  const entries: Entries<V> = {};
  const stamps: Stamps = {};
  const keys = new Set([...Object.keys(a.entries), ...Object.keys(a.stamps), ...Object.keys(b.entries), ...Object.keys(b.stamps)]);
  for (const k of keys) {
    const sa = Object.hasOwn(a.stamps, k) ? a.stamps[k]! : 0;
    const sb = Object.hasOwn(b.stamps, k) ? b.stamps[k]! : 0;
    const va = Object.hasOwn(a.entries, k) ? JSON.stringify(a.entries[k]) : '';
    const vb = Object.hasOwn(b.entries, k) ? JSON.stringify(b.entries[k]) : '';
    const from = sa > sb || (sa === sb && va > vb) ? a : b;
    if (Object.hasOwn(from.entries, k)) entries[k] = from.entries[k]!;
    const s = Math.max(sa, sb);
    if (s > 0) stamps[k] = s;
  }
  return { entries, stamps };
}

/** How a record looks in the store. `read` gets the raw string (null when absent). */
export interface Codec<V> {
  read(raw: string | null): Stored<V>;
  /** null: remove the key (an empty record is not kept). */
  write(value: Versioned<V>): string | null;
}
export type Stored<V> =
  | (Versioned<V> & { absent?: boolean })
  /** Written by a newer version of the app: left untouched, read-only here. */
  | { newer: number };

export type WriteResult<V> = { ok: true; entries: Entries<V> } | { ok: false; newer?: number; entries: Entries<V> };

export class SyncedRecord<V> {
  /** What this tab holds, with the stamps of its entries. */
  private current: Versioned<V> = { entries: {}, stamps: {} };
  /** Whether this tab has seen the key present (so its disappearance means a wipe). */
  private seen = false;
  private clock = 0;
  /** Set when the store holds a newer version's record: nothing is written then. */
  newer?: number;

  constructor(
    private readonly store: KeyValueStore,
    readonly key: string,
    private readonly codec: Codec<V>,
    private readonly now: () => number = () => Date.now(),
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

  private tick(): number {
    this.clock = Math.max(this.now(), this.clock + 1);
    return this.clock;
  }

  private observe(stamps: Stamps) {
    for (const s of Object.values(stamps)) if (s > this.clock) this.clock = s;
  }

  load(): Entries<V> {
    const s = this.read();
    if ('newer' in s) {
      this.newer = s.newer;
      return {};
    }
    this.current = { entries: { ...s.entries }, stamps: { ...s.stamps } };
    this.seen = !s.absent;
    this.observe(s.stamps);
    return { ...s.entries };
  }

  /** Stamps what changed in `mine` since this tab last held it. */
  private stamp(mine: Entries<V>, all = false): Versioned<V> {
    const stamps = { ...this.current.stamps };
    const t = this.tick();
    for (const k of new Set([...Object.keys(this.current.entries), ...Object.keys(mine)])) {
      const changed = Object.hasOwn(mine, k) !== Object.hasOwn(this.current.entries, k) || !same(mine[k], this.current.entries[k]);
      if (changed || all) stamps[k] = t;
    }
    return { entries: { ...mine }, stamps };
  }

  /** Merges what this tab changed into what is stored now and writes the result. */
  write(mine: Entries<V>): WriteResult<V> {
    return this.commit(this.stamp(mine));
  }

  /** Replaces the whole record (a shared plan adopted): every entry, present or gone, is new now. */
  replace(entries: Entries<V>): WriteResult<V> {
    return this.commit(this.stamp(entries, true));
  }

  private commit(mine: Versioned<V>): WriteResult<V> {
    const s = this.read();
    if ('newer' in s) {
      this.newer = s.newer;
      return { ok: false, newer: s.newer, entries: mine.entries };
    }
    this.observe(s.stamps);
    const merged = mergeVersioned(mine, s);
    // This tab's state moves on even if the write fails: the change is kept in memory.
    this.current = merged;
    return this.put(merged);
  }

  private put(v: Versioned<V>): WriteResult<V> {
    try {
      const raw = this.codec.write(v);
      if (raw === null) this.store.removeItem(this.key);
      else this.store.setItem(this.key, raw);
      this.seen = raw !== null;
    } catch {
      return { ok: false, entries: v.entries };
    }
    return { ok: true, entries: v.entries };
  }

  /**
   * Another tab wrote the key. Returns what this tab should show: the stored value merged with
   * what this tab holds. `wiped` when the key is gone (another tab chose "Wis mijn gegevens").
   * When this tab holds changes the store lacks, they are written back (`repaired`).
   */
  remote(): { entries: Entries<V>; wiped: boolean; newer?: number; repaired?: boolean } {
    const s = this.read();
    if ('newer' in s) {
      this.newer = s.newer;
      return { entries: this.current.entries, wiped: false, newer: s.newer };
    }
    if (s.absent) {
      const wiped = this.seen;
      if (wiped) this.forget();
      return { entries: { ...this.current.entries }, wiped };
    }
    this.seen = true;
    this.observe(s.stamps);
    const merged = mergeVersioned(this.current, s);
    this.current = merged;
    const missing = !same(merged.entries, s.entries);
    if (missing) this.put(merged);
    return { entries: { ...merged.entries }, wiped: false, repaired: missing };
  }

  /** After a wipe (here or in another tab). */
  forget(): void {
    this.current = { entries: {}, stamps: {} };
    this.seen = false;
    this.newer = undefined;
  }
}

const STAMPS = '__stamps';
export const cleanStamps = (v: unknown): Stamps => {
  const out: Stamps = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  for (const [k, x] of Object.entries(v)) if (k.length <= 64 && typeof x === 'number' && Number.isFinite(x) && x > 0) out[k] = x;
  return out;
};

/** Codec for a flat JSON object of entries (ticks, letter fields, a timeline); stamps under "__stamps". */
export function plainCodec<V>(check: (v: unknown) => Entries<V> | undefined): Codec<V> {
  return {
    read(raw) {
      if (raw === null) return { entries: {}, stamps: {}, absent: true };
      try {
        const v: unknown = JSON.parse(raw);
        const stamps = v && typeof v === 'object' && !Array.isArray(v) ? cleanStamps((v as Record<string, unknown>)[STAMPS]) : {};
        return { entries: check(v) ?? {}, stamps };
      } catch {
        return { entries: {}, stamps: {} };
      }
    },
    write({ entries, stamps }) {
      return Object.keys(entries).length ? JSON.stringify({ ...entries, [STAMPS]: stamps }) : null;
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

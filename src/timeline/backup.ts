/**
 * "Bewaar een kopie" / "Zet een kopie terug": one file with everything this app keeps on the device
 * (every "wegwijzer." key: answers, timeline, letter fields and edits, ticks, contact card, language).
 * Pure apart from WebCrypto (globalThis.crypto.subtle, in browsers and in Node 20): no DOM, no storage.
 *
 * File (JSON, UTF-8):
 *   { "app": "wegwijzer-passend-onderwijs", "backup": 1, "made": "<ISO time>", "data": { "<key>": "<stored string>" } }
 * or, with a passphrase:
 *   { "app": …, "backup": 1, "made": …, "encrypted": { "cipher": "AES-GCM", "kdf": "PBKDF2-SHA-256",
 *     "iterations": 600000, "salt": "<base64>", "iv": "<base64>", "data": "<base64 of the encrypted data object>" } }
 *
 * The values are the stored strings as they are, so a restore gives back exactly what was there; each
 * part is then read by the app's own defensive loaders (storage.ts), like any stored data.
 * The iterations are stored in the file so a later version can raise them and still read old files.
 */
import { ANSWERS_VERSION, type Answers } from '../flow/answers';
import { commit, EMPTY_TIMELINE, idAsRead, keysOf, questionnaireAnswers, replay, sanitizeTimeline, storedEvent, TIMELINE_VERSION, unreadEvents } from './model';

export const BACKUP_APP = 'wegwijzer-passend-onderwijs';
/**
 * Parts with their own schema version: a copy whose part is newer than this app reads is "newer"
 * as a whole (restoring it would make the app drop that part as broken).
 */
export const PART_VERSIONS: Readonly<Record<string, number>> = { 'wegwijzer.answers': ANSWERS_VERSION, 'wegwijzer.timeline': TIMELINE_VERSION };
export const BACKUP_VERSION = 1;
export const PBKDF2_ITERATIONS = 600_000;
const PREFIX = 'wegwijzer.';
const MAX_FILE = 5 * 1024 * 1024;
const MAX_VALUE = 1024 * 1024;
/** Never carried: probes and flags about this device only. */
const DEVICE_ONLY = new Set(['wegwijzer.probe']);

export type BackupData = Record<string, string>;
export type BackupError = 'damaged' | 'foreign' | 'newer' | 'needs-passphrase' | 'wrong-passphrase';
export type ReadResult = { ok: true; data: BackupData; made: string; encrypted: boolean } | { ok: false; error: BackupError };

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Only "wegwijzer." keys with string values go in and come out. */
export function cleanData(v: unknown): BackupData | undefined {
  if (!isRecord(v)) return undefined;
  const out: BackupData = {};
  for (const [k, x] of Object.entries(v)) {
    if (!k.startsWith(PREFIX) || k.length > 120 || DEVICE_ONLY.has(k)) continue;
    if (typeof x !== 'string' || x.length > MAX_VALUE) return undefined;
    out[k] = x;
  }
  return out;
}

export async function makeBackup(data: BackupData, made: Date, passphrase?: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const clean = cleanData(data) ?? {};
  const head = { app: BACKUP_APP, backup: BACKUP_VERSION, made: made.toISOString() };
  if (!passphrase) return JSON.stringify({ ...head, data: clean }, null, 1);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const plain = new TextEncoder().encode(JSON.stringify(clean));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  return JSON.stringify({
    ...head,
    encrypted: { cipher: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations, salt: b64(salt), iv: b64(iv), data: b64(sealed) },
  });
}

/** Is this file protected with a passphrase? (Undefined when it is not one of our files.) */
export function isEncrypted(text: string): boolean | undefined {
  const head = parseHead(text);
  return head && !('error' in head) ? isRecord(head.file['encrypted']) : undefined;
}

function parseHead(text: string): { file: Record<string, unknown> } | { error: BackupError } | undefined {
  if (typeof text !== 'string' || text.length > MAX_FILE) return { error: 'damaged' };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { error: 'damaged' };
  }
  if (!isRecord(file) || file['app'] !== BACKUP_APP) return { error: 'foreign' };
  const v = file['backup'];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { error: 'damaged' };
  if (v > BACKUP_VERSION) return { error: 'newer' };
  return { file };
}

/** Reads a backup file. Never throws; nothing is changed here, the caller decides what to do. */
export async function readBackup(text: string, passphrase?: string): Promise<ReadResult> {
  const head = parseHead(text);
  if (!head || 'error' in head) return { ok: false, error: head?.error ?? 'damaged' };
  const { file } = head;
  const made = typeof file['made'] === 'string' ? file['made'] : '';
  const enc = file['encrypted'];
  if (enc === undefined) {
    const data = cleanData(file['data']);
    if (!data) return { ok: false, error: 'damaged' };
    return hasNewerPart(data) ? { ok: false, error: 'newer' } : { ok: true, data, made, encrypted: false };
  }
  if (!isRecord(enc) || enc['cipher'] !== 'AES-GCM' || enc['kdf'] !== 'PBKDF2-SHA-256') return { ok: false, error: 'damaged' };
  const iterations = enc['iterations'];
  const salt = unb64(enc['salt']);
  const iv = unb64(enc['iv']);
  const sealed = unb64(enc['data']);
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < 1 || iterations > 10_000_000 || !salt || !iv || iv.length !== 12 || !sealed || sealed.length < 16)
    return { ok: false, error: 'damaged' };
  if (!passphrase) return { ok: false, error: 'needs-passphrase' };
  let plain: ArrayBuffer;
  try {
    const key = await deriveKey(passphrase, salt, iterations);
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> }, key, sealed as Uint8Array<ArrayBuffer>);
  } catch {
    // AES-GCM checks integrity: a wrong passphrase and a changed file look the same. The passphrase is far more likely.
    return { ok: false, error: 'wrong-passphrase' };
  }
  try {
    const data = cleanData(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)));
    if (!data) return { ok: false, error: 'damaged' };
    return hasNewerPart(data) ? { ok: false, error: 'newer' } : { ok: true, data, made, encrypted: true };
  } catch {
    return { ok: false, error: 'damaged' };
  }
}

function hasNewerPart(data: BackupData): boolean {
  return Object.entries(PART_VERSIONS).some(([k, max]) => {
    try {
      const v: unknown = data[k] === undefined ? undefined : JSON.parse(data[k]!);
      return isRecord(v) && typeof v['version'] === 'number' && v['version'] > max;
    } catch {
      return false; // a broken part is read (and dropped) by the app's own checks
    }
  });
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

// ── What is in it, and putting it back ─────────────────────────────────────

export interface BackupSummary {
  answers: number;
  events: number;
  letterFields: number;
  letterEdits: number;
  ticks: number;
  contact: boolean;
}

const count = (raw: string | undefined, pick: (v: unknown) => unknown): number => {
  if (raw === undefined) return 0;
  try {
    const v = pick(JSON.parse(raw));
    return Array.isArray(v) ? v.length : isRecord(v) ? Object.keys(v).length : 0;
  } catch {
    return 0;
  }
};

export function summarize(data: BackupData): BackupSummary {
  return {
    answers: count(data['wegwijzer.answers'], (v) => (isRecord(v) ? v['answers'] : undefined)),
    events: count(data['wegwijzer.timeline'], (v) => (isRecord(v) ? v['events'] : undefined)),
    letterFields: count(data['wegwijzer.letter-fields'], (v) => v),
    letterEdits: Object.keys(data).filter((k) => k.startsWith('wegwijzer.letter-edit.')).length,
    ticks: count(data['wegwijzer.ticks'], (v) => v),
    contact: data['wegwijzer.contact'] !== undefined,
  };
}

/**
 * Session 46 (s46-outputs): the answers per question, by their change times (the stored `stamps`, as two tabs merge them in
 * src/app/sync.ts): an answer the file changed later than this device wins; a tie, or an answer without a time, stays
 * the device's. Before, the device's answers always won: the parent's phone said "no removal decision" on 1 November, her
 * laptop logged the written decision of 16 November, and after "Voeg samen" the timeline held the decision while the plan
 * read the phone's old "nee": the 6 weeks for bezwaar (C09, 002:846-850) were gone from the plan, card and calendar.
 */
function mergeAnswers(d: Record<string, unknown>, x: Record<string, unknown>): Record<string, unknown> {
  const mine = isRecord(d['answers']) ? d['answers'] : {};
  const theirs = isRecord(x['answers']) ? x['answers'] : {};
  const stampsOf = (r: Record<string, unknown>): Record<string, number> => {
    const v = r['stamps'];
    if (!isRecord(v)) return {};
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] > 0));
  };
  const ds = stampsOf(d);
  const xs = stampsOf(x);
  const answers: Record<string, unknown> = { ...mine };
  const stamps: Record<string, number> = { ...ds };
  for (const k of new Set([...Object.keys(theirs), ...Object.keys(xs)])) {
    const sd = Object.hasOwn(ds, k) ? ds[k]! : 0;
    const sx = Object.hasOwn(xs, k) ? xs[k]! : 0;
    // Only in the file (and not removed on this device later): added. Changed or removed in the file later: the file's.
    if ((!Object.hasOwn(mine, k) && sd === 0) || sx > sd) {
      if (Object.hasOwn(theirs, k)) answers[k] = theirs[k];
      else delete answers[k];
    }
    if (sx > sd) stamps[k] = sx;
  }
  return { ...d, answers, ...(Object.keys(stamps).length ? { stamps } : {}) };
}

/**
 * Merge: what is on this device stays, unless the file changed an answer later; what only the file has is added. Answers per question,
 * letter fields per field, ticks together, timeline events by id. Other keys: the device's, else the file's.
 */
export function mergeData(device: BackupData, file: BackupData): BackupData {
  const out: BackupData = { ...file, ...device };
  const both = (k: string, f: (d: Record<string, unknown>, x: Record<string, unknown>) => unknown) => {
    const d = record(device[k]);
    const x = record(file[k]);
    if (d && x) out[k] = JSON.stringify(f(d, x));
  };
  both('wegwijzer.answers', mergeAnswers);
  both('wegwijzer.letter-fields', (d, x) => ({ ...x, ...d }));
  both('wegwijzer.ticks', (d, x) => ({ ...x, ...d }));
  both('wegwijzer.timeline', (d, x) => {
    const mine = Array.isArray(d['events']) ? (d['events'] as unknown[]) : [];
    // Session 52: also by the id an event is read with (idAsRead): one stored with a long id on one side and with the id
    // it was read with on the other (once the timeline there changed) is the same event, not two.
    const ids = new Set(mine.flatMap((e) => (isRecord(e) ? [e['id'], idAsRead(e['id'])] : [])));
    const theirs = Array.isArray(x['events']) ? (x['events'] as unknown[]).filter((e) => isRecord(e) && !ids.has(e['id']) && !ids.has(idAsRead(e['id']))) : [];
    return { ...d, events: [...mine, ...theirs] };
  });
  replayMerged(out, device, file);
  return out;
}

/**
 * Session 47 (hunt-s47 found 2): the merged events are replayed, as if the parent had logged them all on one device: from
 * the merged questionnaire answers (each answer an event writes, as it was before the events: this device's, or the file's
 * when the file changed it later), with every event of both (commit, as every timeline change is). An answer the parent
 * changed herself after an event (it differs from what the events write) stays hers, taken from the side that changed it
 * later. Before, the answers events write were merged question by question beside the union of the events and this
 * device's `base`: a registration logged on the laptop a week after a refusal logged on the phone wrote its "no decision
 * yet" over the refusal, and the refusal's 6 weeks for bezwaar (A21; 002:748-750) left the plan; an extension and a later
 * receipt replayed over the phone's empty `base` gave the school 10 weeks instead of 6. Answers no event writes keep the
 * merge by change times (mergeAnswers). Only for answers and timelines of this version (an older part is read by the
 * app's own upgrade first), and only when the file has events this device lacks.
 */
function replayMerged(out: BackupData, device: BackupData, file: BackupData): void {
  const parts = [device, file].map((d) => ({ answers: record(d['wegwijzer.answers']), timeline: record(d['wegwijzer.timeline']) }));
  const merged = record(out['wegwijzer.answers']);
  const union = record(out['wegwijzer.timeline']);
  if (!merged || !union || merged['version'] !== ANSWERS_VERSION || !isRecord(merged['answers'])) return;
  if (parts.some((p) => !p.answers || !p.timeline || p.answers['version'] !== ANSWERS_VERSION || p.timeline['version'] !== TIMELINE_VERSION)) return;
  const sides = parts.map((p) => {
    const answers = (isRecord(p.answers!['answers']) ? p.answers!['answers'] : {}) as Answers;
    const data = sanitizeTimeline(p.timeline);
    const start = questionnaireAnswers(answers, data);
    const written = replay(start, data.events);
    const stamps = isRecord(p.answers!['stamps']) ? p.answers!['stamps'] : {};
    const stamp = (q: string) => (typeof stamps[q] === 'number' && Number.isFinite(stamps[q]) ? (stamps[q] as number) : 0);
    return { answers, data, start, stamp, own: (q: string) => q in data.base && JSON.stringify(answers[q] ?? null) !== JSON.stringify(written[q] ?? null) };
  });
  const [mine, theirs] = sides as [(typeof sides)[number], (typeof sides)[number]];
  const events = sanitizeTimeline(union).events;
  const known = new Set(mine.data.events.map((e) => e.id));
  if (!events.some((e) => !known.has(e.id))) return;
  const answers: Record<string, unknown> = { ...(merged['answers'] as Record<string, unknown>) };
  const stamps: Record<string, unknown> = isRecord(merged['stamps']) ? { ...merged['stamps'] } : {};
  // Per answer an event writes: the side that changed it later.
  const later = new Map([...new Set(events.flatMap((e) => keysOf(e.kind)))].map((q) => [q, theirs.stamp(q) > mine.stamp(q) ? theirs : mine]));
  // The answers events write, as they were before the events.
  for (const [q, from] of later) {
    if (from.start[q] === undefined) delete answers[q];
    else answers[q] = from.start[q];
  }
  const change = commit(answers as Answers, EMPTY_TIMELINE, events);
  const result: Record<string, unknown> = { ...change.answers };
  // An answer the parent changed herself after the events stays hers (the later side's).
  for (const [q, from] of later) {
    if (!from.own(q)) continue;
    if (from.answers[q] === undefined) delete result[q];
    else result[q] = from.answers[q];
  }
  // Answers the replay changed get a change time after every one merged, so another tab takes them (src/app/sync.ts).
  const latest = Math.max(0, ...Object.values(stamps).filter((t): t is number => typeof t === 'number' && Number.isFinite(t)));
  for (const q of new Set([...Object.keys(merged['answers'] as Record<string, unknown>), ...Object.keys(result)])) {
    if (JSON.stringify((merged['answers'] as Record<string, unknown>)[q]) !== JSON.stringify(result[q])) stamps[q] = latest + 1;
  }
  out['wegwijzer.answers'] = JSON.stringify({ ...merged, answers: result, ...(Object.keys(stamps).length ? { stamps } : {}) });
  // Session 54: the entries this version does not read stay, after the events (unreadEvents; saveTimeline does the same).
  // Session 84: each event as stored, with the values this version read only in part (storedEvent).
  out['wegwijzer.timeline'] = JSON.stringify({ ...union, events: [...change.data.events.map(storedEvent), ...unreadEvents(union['events'])], base: change.data.base });
}

/** A stored JSON string as a record; undefined when it is missing, broken or not an object. */
function record(raw: string | undefined): Record<string, unknown> | undefined {
  try {
    const v: unknown = raw === undefined ? undefined : JSON.parse(raw);
    return isRecord(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function b64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return btoa(s);
}

function unb64(v: unknown): Uint8Array | undefined {
  if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0) return undefined;
  try {
    const bin = atob(v);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

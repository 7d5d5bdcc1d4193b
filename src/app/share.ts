import { ANSWERS_VERSION, DONT_KNOW, type AnswerValue, type Answers } from '../flow/answers';
import { upgradeAnswers } from './migrate';
import { questionById } from '../flow/questions';
import { applicableAnswers, isValidAnswer } from '../flow/route';
import { READ_WHEN_UNASKED } from '../rules/facts';
import { FORM_FIELDS, NEVER_STORED } from '../rules/letters';
import { knownFields, questionnaireAnswers, sanitizeTimeline, type TimelineData } from '../timeline/model';
import { isIsoDate, todayInNL, type IsoDate } from '../rules/dates';

/**
 * Sharing a plan without a server: the answers travel in the link itself, after "#/deel/", so they
 * never reach any server. The payload is `<version>-<base64url of deflate-raw compressed JSON>`,
 * version first, e.g. `1-q1YqSi0uyczPU7KqVk...`. ("-" and not "." because the route allows base64url
 * characters only; the version is the digits before the first "-".)
 *
 * Version 2 (this app writes it): `2-<base64url of [4-byte CRC-32 of the compressed bytes][deflate-raw JSON]>`,
 * the JSON `{"v": answers version, "a": answers, "f"?: letter fields}`. The checksum makes a damaged
 * or cut-off link say `{ error: 'damaged' }` instead of opening as a plan with answers missing.
 * Version 1 (older links in the wild): the same without checksum and without "v" (answers version 1);
 * still read, marked `unchecked` so the page can say it could not be checked.
 * Answers of an older answers version pass the one migration hook (migrate.ts).
 * A link from a newer app gives `{ error: 'too-old' }` (this app is too old to read it), never a guess.
 *
 * Personal details:
 * - Without `includePersonal`, every date answer is replaced by "weet-niet" ("I don't know") and no
 *   letter fields go in. Dates can identify a child; "weet-niet" keeps the plan complete, and the
 *   receiver's plan then shows the "find out this date" steps instead of exact deadlines.
 * - With `includePersonal`, dates and the letter fields (names, address, school) go in. The BSN never does.
 *
 * Decoding never throws and returns plain data only: answers whose key is a known question id and
 * whose value is valid for that question, and letter fields with known names; everything else is dropped.
 */
export const SHARE_VERSION = 2;
/** The longest payload the route and the decoder accept; the app never makes a longer one. */
export const MAX_PAYLOAD = 20_000;

export interface Shared {
  answers: Answers;
  letterFields?: Record<string, string>;
  /** "Mijn tijdlijn", only when the parent ticked that box (`t` in the payload). */
  timeline?: TimelineData;
  /** An old (version 1) link without checksum: it could not be checked for damage. */
  unchecked?: true;
  /**
   * Session 46: a date after today in the link (an answer the questionnaire asks as a past day, or a timeline event), which
   * the questionnaire and the timeline refuse: the answer is read as "weet ik niet", the event left out, and the page says so.
   */
  futureDates?: true;
}
export type DecodeError = 'too-old' | 'invalid' | 'damaged';
export type Decoded = Shared | { error: DecodeError };

export interface EncodeOptions {
  /** Put dates and letter fields in the link as well. */
  includePersonal?: boolean;
  /** The letter fields ("gegevens voor brieven"); used only with includePersonal. */
  letterFields?: Readonly<Record<string, string>>;
  /**
   * The timeline, only when the parent ticks "Zet ook mijn tijdlijn in de link". Its events carry
   * dates, so the date answers go in as well (else answers and timeline would disagree); names not.
   */
  timeline?: TimelineData;
}

/** Largest decompressed payload we read (a full set of answers and letter fields is a few KB). */
const MAX_JSON_BYTES = 64 * 1024;
const MAX_FIELD = 2000;

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The answers a link may hold. Session 46 (s46-outputs): a past-only date after `today` (the questionnaire refuses one)
 * becomes "weet ik niet", so no term is counted from a day that has not come (a decision "of 20 January 2099" gave a
 * certain bezwaar term); `future` is then called.
 */
function cleanAnswers(v: unknown, today?: IsoDate, future?: () => void): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  if (!isRecord(v)) return out;
  for (const [k, x] of Object.entries(v)) {
    const q = questionById.get(k);
    if (!q || !isValidAnswer(q, x)) continue;
    if (today !== undefined && q.type === 'date' && q.dates === 'past' && typeof x === 'string' && isIsoDate(x) && x > today) {
      out[k] = DONT_KNOW;
      future?.();
    } else out[k] = Array.isArray(x) ? [...(x as string[])] : x;
  }
  return out;
}

function cleanFields(v: unknown): Record<string, string> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if ((FORM_FIELDS as readonly string[]).includes(k) && !(NEVER_STORED as readonly string[]).includes(k) && typeof x === 'string' && x && x.length <= MAX_FIELD) out[k] = x;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The payload for a link: `${origin}${pathname}#/deel/${payload}`. */
/**
 * Session 47 (hunt-s47 found 3): the answers a link carries. Those that apply now, those the plan reads while their
 * question is no longer asked (READ_WHEN_UNASKED), and, with the timeline in the link, those that applied before its events
 * wrote their answers (the timeline's own steps read them: a TLV refused, then applied for again, keeps the refusal's
 * bezwaar term). Before, only the answers that apply now: the link's plan lost that term, and called the school late four
 * weeks early after an extension and a refusal by phone.
 */
export function linkAnswers(all: Answers, timeline?: Pick<TimelineData, 'events' | 'base'>): Answers {
  const out: Record<string, Answers[string]> = { ...applicableAnswers(all) };
  const more = [...READ_WHEN_UNASKED, ...(timeline?.events.length ? Object.keys(applicableAnswers(questionnaireAnswers(all, timeline))) : [])];
  for (const q of more) if (all[q] !== undefined && out[q] === undefined) out[q] = all[q];
  return out as Answers;
}

export async function encode(answers: Answers, options: EncodeOptions = {}): Promise<string> {
  const a = cleanAnswers(answers);
  const timeline = options.timeline?.events.length ? options.timeline : undefined;
  if (!options.includePersonal && !timeline) {
    for (const k of Object.keys(a)) if (questionById.get(k)?.type === 'date') a[k] = DONT_KNOW;
  }
  const data: { v: number; a: Record<string, AnswerValue>; f?: Record<string, string>; t?: { e: unknown; b: unknown } } = { v: ANSWERS_VERSION, a };
  const f = options.includePersonal ? cleanFields(options.letterFields) : undefined;
  if (f) data.f = f;
  // Session 83: a newer version's fields kept on an event (unknownFields) stay on the device: a link carries what this version knows.
  if (timeline) data.t = { e: timeline.events.map(knownFields), b: timeline.base };
  const payload = await pack(data);
  // Never a link this app cannot open.
  if (payload.length > MAX_PAYLOAD) throw new LinkTooLong(payload.length);
  return payload;
}

export class LinkTooLong extends Error {
  constructor(readonly length: number) {
    super(`share payload of ${length} characters is longer than ${MAX_PAYLOAD}`);
  }
}

/**
 * Any JSON value as a payload (also used by the tests to craft hostile payloads). Version 2 has the
 * checksum; `version` 1 makes an old-style link without it.
 */
export async function pack(data: unknown, version = SHARE_VERSION): Promise<string> {
  const bytes = (await pipe(new TextEncoder().encode(JSON.stringify(data)), new CompressionStream('deflate-raw'), Infinity))!;
  if (version < 2) return `${version}-${toBase64Url(bytes)}`;
  const out = new Uint8Array(bytes.length + 4);
  new DataView(out.buffer).setUint32(0, crc32(bytes));
  out.set(bytes, 4);
  return `${version}-${toBase64Url(out)}`;
}

const CRC_TABLE = /* @__PURE__ */ (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE), as in zip and PNG. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** `today`: the receiver's day (Dutch time); dates after it are not taken as given (Shared.futureDates). */
export async function decode(payload: unknown, today: IsoDate = todayInNL()): Promise<Decoded> {
  try {
    if (typeof payload !== 'string') return { error: 'invalid' };
    if (payload.length > MAX_PAYLOAD + 8) return { error: 'invalid' };
    const m = /^([0-9]{1,6})-([A-Za-z0-9_-]{2,20000})$/.exec(payload);
    if (!m) return { error: 'invalid' };
    const version = Number(m[1]);
    if (version > SHARE_VERSION) return { error: 'too-old' };
    if (version < 1 || m[1] !== String(version)) return { error: 'invalid' };
    const raw = fromBase64Url(m[2]!);
    // Version 2: a cut-off or changed link fails the checksum, and says it is damaged.
    if (!raw) return { error: version === 1 ? 'invalid' : 'damaged' };
    let compressed = raw;
    if (version >= 2) {
      if (raw.length < 5) return { error: 'damaged' };
      compressed = raw.subarray(4);
      if (new DataView(raw.buffer, raw.byteOffset, 4).getUint32(0) !== crc32(compressed)) return { error: 'damaged' };
    }
    const bytes = await pipe(compressed, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
    if (!bytes) return { error: 'invalid' };
    const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!isRecord(data) || !isRecord(data['a'])) return { error: 'invalid' };
    // No "v": answers version 1 (the version before the field existed).
    const v = version === 1 || data['v'] === undefined ? 1 : data['v'];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { error: 'invalid' };
    if (v > ANSWERS_VERSION) return { error: 'too-old' };
    let future = false;
    const out: Shared = { answers: cleanAnswers(v < ANSWERS_VERSION ? upgradeAnswers(data['a'], v) : data['a'], today, () => (future = true)) };
    const f = cleanFields(data['f']);
    if (f) out.letterFields = f;
    if (version === 1) out.unchecked = true;
    if (isRecord(data['t'])) {
      const read = sanitizeTimeline({ events: data['t']['e'], base: data['t']['b'] });
      const events = read.events.filter((e) => e.date <= today);
      if (events.length < read.events.length) future = true;
      const timeline = { ...read, events };
      if (timeline.events.length) out.timeline = timeline;
    }
    if (future) out.futureDates = true;
    return out;
  } catch {
    return { error: 'invalid' };
  }
}

/** Streams bytes through a (de)compressor; undefined on any error or when the output passes `max` bytes. */
async function pipe(input: Uint8Array, stream: CompressionStream | DecompressionStream, max: number): Promise<Uint8Array | undefined> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; these promises must not be left unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > max) {
        reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | undefined {
  if (s.length % 4 === 1) return undefined;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

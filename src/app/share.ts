import { migrateAnswers } from '../flow/migrate';
import { DONT_KNOW, type AnswerValue, type Answers } from '../flow/answers';
import { questionById } from '../flow/questions';
import { isValidAnswer } from '../flow/route';
import { FORM_FIELDS, NEVER_STORED } from '../rules/letters';
import { sanitizeTimeline, type TimelineData } from '../timeline/model';

/**
 * Sharing a plan without a server: the answers travel in the link itself, after "#/deel/", so they
 * never reach any server. The payload is `<version>-<base64url of deflate-raw compressed JSON>`,
 * version first, e.g. `1-q1YqSi0uyczPU7KqVk...`. ("-" and not "." because the route allows base64url
 * characters only; the version is the digits before the first "-".)
 *
 * Version 1 carries `{"a": answers, "f"?: letter fields}`, with answers of ANSWERS_VERSION 1.
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
export const SHARE_VERSION = 1;

export interface Shared {
  answers: Answers;
  letterFields?: Record<string, string>;
  /** "Mijn tijdlijn", only when the parent ticked that box (`t` in the payload). */
  timeline?: TimelineData;
}
export type DecodeError = 'too-old' | 'invalid';
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

function cleanAnswers(v: unknown): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  if (!isRecord(v)) return out;
  for (const [k, x] of Object.entries(v)) {
    const q = questionById.get(k);
    if (q && isValidAnswer(q, x)) out[k] = Array.isArray(x) ? [...(x as string[])] : x;
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
export async function encode(answers: Answers, options: EncodeOptions = {}): Promise<string> {
  const a = cleanAnswers(answers);
  const timeline = options.timeline?.events.length ? options.timeline : undefined;
  if (!options.includePersonal && !timeline) {
    for (const k of Object.keys(a)) if (questionById.get(k)?.type === 'date') a[k] = DONT_KNOW;
  }
  const data: { a: Record<string, AnswerValue>; f?: Record<string, string>; t?: { e: unknown; b: unknown } } = { a };
  const f = options.includePersonal ? cleanFields(options.letterFields) : undefined;
  if (f) data.f = f;
  if (timeline) data.t = { e: timeline.events, b: timeline.base };
  return pack(data);
}

/** Any JSON value as a version-1 payload (also used by the tests to craft hostile payloads). */
export async function pack(data: unknown, version = SHARE_VERSION): Promise<string> {
  const bytes = await pipe(new TextEncoder().encode(JSON.stringify(data)), new CompressionStream('deflate-raw'), Infinity);
  return `${version}-${toBase64Url(bytes!)}`;
}

export async function decode(payload: unknown): Promise<Decoded> {
  try {
    if (typeof payload !== 'string') return { error: 'invalid' };
    const m = /^([0-9]{1,6})-([A-Za-z0-9_-]{2,20000})$/.exec(payload);
    if (!m) return { error: 'invalid' };
    const version = Number(m[1]);
    if (version > SHARE_VERSION) return { error: 'too-old' };
    if (version !== SHARE_VERSION || m[1] !== String(version)) return { error: 'invalid' };
    const compressed = fromBase64Url(m[2]!);
    if (!compressed) return { error: 'invalid' };
    const bytes = await pipe(compressed, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
    if (!bytes) return { error: 'invalid' };
    const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!isRecord(data) || !isRecord(data['a'])) return { error: 'invalid' };
    // Links of share version 1 may carry answers of schema 1: migrateAnswers is a no-op on schema-2 answers.
    const out: Shared = { answers: cleanAnswers(migrateAnswers(1, data['a'])) };
    const f = cleanFields(data['f']);
    if (f) out.letterFields = f;
    if (isRecord(data['t'])) {
      const timeline = sanitizeTimeline({ events: data['t']['e'], base: data['t']['b'] });
      if (timeline.events.length) out.timeline = timeline;
    }
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

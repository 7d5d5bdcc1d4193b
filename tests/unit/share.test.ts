/**
 * Sharing without a server: share links (src/app/share.ts), the steunpunt contact card in links
 * (src/app/link.ts, src/app/contact.ts) and the QR encoder (src/app/export/qr.ts).
 */
import { migrateAnswers } from '../../src/flow/migrate';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode, pack, SHARE_VERSION } from '../../src/app/share';
import { parseRoute } from '../../src/app/router';
import { parseLinkParams } from '../../src/app/link';
import { contactFromStore, isEmail, isPhone, isWeb } from '../../src/app/contact';
import { questions, questionById, type Question } from '../../src/flow/questions';
import { isComplete } from '../../src/flow/route';
import { buildPlan } from '../../src/rules/plan';
import { alignmentPositions, dataCodewords, formatBits, qrEncode, rsDivisor, totalCodewords, type Ecl } from '../../src/app/export/qr';

const RUNS = { numRuns: 10_000 };
const SLOW = 120_000;
const ANSWERS_DIR = join(import.meta.dirname, '../answers');
const files = readdirSync(ANSWERS_DIR).filter((f) => f.endsWith('.json'));

const origin = 'https://example.org/wegwijzer/';
/** The whole way: a link as the share page builds it, then the route and the decoder. */
async function throughLink(payload: string) {
  const link = `${origin}#/deel/${payload}`;
  const route = parseRoute(new URL(link).hash);
  expect(route.page).toBe('share');
  return decode(route.page === 'share' ? route.payload : undefined);
}

describe('share links: every example answers file survives answers → link → answers', () => {
  it('has example files to test', () => expect(files.length).toBeGreaterThan(5));
  for (const f of files) {
    it(f, async () => {
      const file = JSON.parse(readFileSync(join(ANSWERS_DIR, f), 'utf8')) as { version: number; answers: Record<string, string | string[]> };
      const answers = migrateAnswers(file.version, file.answers) as Record<string, string | string[]>;
      const payload = await encode(answers, { includePersonal: true, letterFields: { ouder_naam: 'Sam de Vries', kind_bsn: '123456782' } });
      expect(payload).toMatch(/^2-[A-Za-z0-9_-]+$/);
      expect(payload.length).toBeLessThan(700);
      const back = await throughLink(payload);
      expect(back).toEqual({ answers, letterFields: { ouder_naam: 'Sam de Vries' } });
    });
    it(`${f} without personal details: dates become "weet-niet", the plan is complete with "find out" steps`, async () => {
      const file = JSON.parse(readFileSync(join(ANSWERS_DIR, f), 'utf8')) as { version: number; answers: Record<string, string | string[]> };
      const answers = migrateAnswers(file.version, file.answers) as Record<string, string | string[]>;
      const back = await throughLink(await encode(answers, { letterFields: { ouder_naam: 'Sam' } }));
      if ('error' in back) throw new Error(back.error);
      expect(back.letterFields).toBeUndefined();
      for (const [k, v] of Object.entries(answers)) {
        expect(back.answers[k]).toEqual(questionById.get(k)!.type === 'date' ? 'weet-niet' : v);
      }
      expect(JSON.stringify(back)).not.toMatch(/\d{4}-\d\d-\d\d/);
      // The one version-1 example file lacks the questions added in version 2, before and after the link alike.
      expect(isComplete(back.answers)).toBe(isComplete(answers));
      const plan = buildPlan(back.answers, '2026-11-23');
      expect(plan.steps.length).toBeGreaterThan(0);
      // Where the sender knew a date, the receiver gets a "find out this date" step the sender did not have.
      const own = buildPlan(answers, '2026-11-23');
      const extra = plan.steps.filter((s) => !own.steps.some((o) => o.id === s.id));
      const findOut = ['aanmelding-datum', 'weigering-datum', 'opp-besproken', 'schorsing-datum', 'verwijdering-datum', 'thuis-sinds', 'tlv-besluit-datum'];
      const hadDates = Object.keys(answers).some((k) => findOut.includes(k) && answers[k] !== 'weet-niet');
      expect(extra.length > 0).toBe(hadDates);
    });
  }
});

describe('share payloads', () => {
  it('says clearly when a link comes from a newer version of the app', async () => {
    const future = await pack({ a: { situatie: ['tlv'] } }, SHARE_VERSION + 1);
    expect(await decode(future)).toEqual({ error: 'too-old' });
    expect(await decode(`99-${future.slice(2)}`)).toEqual({ error: 'too-old' });
    expect(await decode(`0-${future.slice(2)}`)).toEqual({ error: 'invalid' });
    expect(await decode(`01-${future.slice(2)}`)).toEqual({ error: 'invalid' });
  });

  it('refuses broken, truncated and oversized payloads', async () => {
    const good = await encode({ situatie: ['tlv'] });
    expect(await decode(good)).toEqual({ answers: { situatie: ['tlv'] } });
    for (const bad of ['', '1', '1-', '1-A', `${good}!`, 'deel', '1.abc', `1-${'A'.repeat(20001)}`, undefined, 42, null]) {
      expect(await decode(bad)).toEqual({ error: 'invalid' });
    }
    // Cut off: the checksum says the link is damaged.
    expect(await decode(good.slice(0, -3))).toEqual({ error: 'damaged' });
    // A "zip bomb": 1 MB of JSON that compresses to a short link is not read past 64 KB.
    const bomb = await pack({ a: { situatie: ['tlv'] }, pad: 'x'.repeat(1_000_000) });
    expect(bomb.length).toBeLessThan(3000);
    expect(await decode(bomb)).toEqual({ error: 'invalid' });
  });

  it('keeps only known questions with valid values, letter fields with known names, never the BSN', async () => {
    const hostile = await pack({
      a: { situatie: ['tlv', '<script>'], opp: '<img src=x onerror=alert(1)>', groep: 'groep-3-6', __proto__: { x: 1 }, constructor: 'ja', 'aanmelding-datum': '2026-13-45', 'thuis-sinds': '2026-11-02' },
      f: { ouder_naam: 'Sam <b>', kind_bsn: '123456782', onbekend: 'x', school_naam: 42, gemeente: 'y'.repeat(2001) },
    });
    const back = await decode(hostile);
    expect(back).toEqual({ answers: { groep: 'groep-3-6', 'thuis-sinds': '2026-11-02' }, letterFields: { ouder_naam: 'Sam <b>' } });
    expect(Object.getPrototypeOf((back as { answers: object }).answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

// ---- property tests ----

const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
function validValue(q: Question): fc.Arbitrary<string | string[]> {
  const options = [...(q.options ?? [])];
  switch (q.type) {
    case 'choice':
      return fc.constantFrom(...options);
    case 'multi': {
      const plain = options.filter((o) => !q.exclusive?.includes(o));
      return fc.oneof(fc.constantFrom(...(q.exclusive ?? plain)).map((o) => [o]), fc.shuffledSubarray(plain, { minLength: 1 }));
    }
    case 'date':
      return q.dontKnow ? fc.oneof(isoDate, fc.constant('weet-niet')) : isoDate;
  }
}
const validAnswers = fc
  .shuffledSubarray([...questions])
  .chain((qs) => fc.tuple(...qs.map(validValue)).map((vals) => Object.fromEntries(qs.map((q, i) => [q.id, vals[i]!]))));
const letterFields = fc.dictionary(fc.constantFrom('ouder_naam', 'kind_naam', 'school_naam', 'gemeente', 'ondersteuningsbehoefte'), fc.string({ minLength: 1, maxLength: 80 }), { maxKeys: 5 });

const b64 = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 300 });
const anyPayload = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  b64,
  b64.map((s) => `1-${s}`),
  b64.map((s) => `2-${s}`),
  fc.jsonValue({ maxDepth: 4 }).chain((v) => fc.constant(v)),
);

/** Plain data only: objects and arrays of option ids, ISO dates or letter-field text; no prototypes, no functions. */
function assertPlain(d: Awaited<ReturnType<typeof decode>>) {
  if ('error' in d) {
    expect(['too-old', 'invalid', 'damaged']).toContain(d.error);
    expect(Object.keys(d)).toEqual(['error']);
    return;
  }
  expect(Object.keys(d).every((k) => k === 'answers' || k === 'letterFields' || k === 'unchecked')).toBe(true);
  // Never markup: no value that could become HTML or a script.
  expect(JSON.stringify(d)).not.toMatch(/<script|onerror=|javascript:/i);
  expect(Object.getPrototypeOf(d.answers)).toBe(Object.prototype);
  for (const [k, v] of Object.entries(d.answers)) {
    expect(questionById.has(k)).toBe(true);
    for (const x of Array.isArray(v) ? v : [v]) expect(x).toMatch(/^[a-z0-9-]{1,40}$/);
  }
  for (const k of Object.keys(d.letterFields ?? {})) expect(['kind_bsn']).not.toContain(k);
}

describe('share properties', () => {
  it('decoding any string or value never throws and yields only plain, known data', async () => {
    await fc.assert(
      fc.asyncProperty(anyPayload, async (p) => {
        const d = await decode(typeof p === 'string' ? p : JSON.stringify(p));
        assertPlain(d);
      }),
      RUNS,
    );
  }, SLOW);

  it('decoding any compressed JSON (well-formed payloads with hostile content) yields only plain, known data', async () => {
    const hostileValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)'));
    const keys = fc.oneof(fc.constantFrom(...questions.map((q) => q.id), '__proto__', 'constructor', 'toString', '<b>'), fc.string());
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.dictionary(keys, hostileValue), fc.jsonValue({ maxDepth: 3 })), fc.option(fc.dictionary(fc.string(), hostileValue)), async (a, f) => {
        assertPlain(await decode(await pack({ a, f })));
      }),
      RUNS,
    );
  }, SLOW);

  it('encode then decode gives the same answers for any valid answers object (with personal details)', async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, letterFields, async (answers, fields) => {
        // Read on a day after every generated date (session 46: a past-only date after the receiver's today is "weet-niet").
        const back = await decode(await encode(answers, { includePersonal: true, letterFields: fields }), '9999-12-31');
        const expected: Record<string, unknown> = { answers };
        if (Object.keys(fields).length) expected['letterFields'] = fields;
        expect(back).toEqual(expected);
      }),
      RUNS,
    );
  }, SLOW);

  it('without personal details no date and no letter field ever travels', async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, letterFields, async (answers, fields) => {
        const back = await decode(await encode(answers, { letterFields: fields }));
        if ('error' in back) throw new Error(back.error);
        expect(back.letterFields).toBeUndefined();
        expect(Object.values(back.answers).some((v) => typeof v === 'string' && /^\d{4}-/.test(v))).toBe(false);
        expect(Object.keys(back.answers).sort()).toEqual(Object.keys(answers).sort());
      }),
      { numRuns: 2000 },
    );
  }, SLOW);
});

// ---- contact card in steunpunt links ----

describe('parseLinkParams: the contact card', () => {
  const parse = (q: string) => parseLinkParams(`#/?${q}`);
  const long = 'x'.repeat(201);
  const table: [string, Record<string, string> | undefined, string[]][] = [
    ['org=Steunpunt%20Noord&naam=%20Fatima%20&regio=Groningen&open=ma-vr%209-17', { org: 'Steunpunt Noord', naam: 'Fatima', regio: 'Groningen', open: 'ma-vr 9-17' }, []],
    ['tel=050-1234567', { tel: '050-1234567' }, []],
    ['tel=%2B31%20(0)50%20123%2045%2067', { tel: '+31 (0)50 123 45 67' }, []],
    ['tel=bel%20ons', { tel: 'bel ons' }, []], // kept, shown as text only
    ['email=info%40steunpunt.nl', { email: 'info@steunpunt.nl' }, []],
    ['email=geen-adres', { email: 'geen-adres' }, []], // kept, shown as text only
    ['web=https%3A%2F%2Fsteunpunt.nl%2Fhulp', { web: 'https://steunpunt.nl/hulp' }, []],
    ['web=http%3A%2F%2Fsteunpunt.nl', { web: 'http://steunpunt.nl' }, []],
    ['web=javascript%3Aalert(1)', undefined, ['web']],
    ['web=steunpunt.nl', undefined, ['web']],
    ['web=data%3Atext%2Fhtml%2C%3Cscript%3E', undefined, ['web']],
    [`org=${long}&naam=Sam`, { naam: 'Sam' }, ['org']],
    [`org=${'x'.repeat(200)}`, { org: 'x'.repeat(200) }, []],
    ['org=%20%20&naam=', undefined, []],
    ['org=%3Cscript%3Ealert(1)%3C%2Fscript%3E', { org: '<script>alert(1)</script>' }, []],
    ['org=a%0Ab%00c', { org: 'a b c' }, []],
    ['situatie=tlv&taal=en&org=X&onbekend=1', { org: 'X' }, []],
    [`org=${'y'.repeat(8000)}&situatie=tlv`, undefined, ['org']],
  ];
  it.each(table)('%s', (q, card, ignored) => {
    const p = parse(q);
    expect(p.contact).toEqual(card);
    expect(p.ignored).toEqual(ignored);
  });

  it('phone: only digits, spaces and + ( ) -, with 6 to 20 digits', () => {
    expect(isPhone('123456')).toBe(true);
    expect(isPhone('12345')).toBe(false);
    expect(isPhone('1'.repeat(20))).toBe(true);
    expect(isPhone('1'.repeat(21))).toBe(false);
    expect(isPhone('0800-123 45 67')).toBe(true);
    expect(isPhone('0800-123x4567')).toBe(false);
    expect(isPhone('+31 6 12345678;ext=1')).toBe(false);
  });
  it('e-mail: a simple valid pattern', () => {
    for (const ok of ['a@b.nl', 'info.zuid@steunpunt-zuid.example.org']) expect(isEmail(ok)).toBe(true);
    for (const bad of ['a@b', '@b.nl', 'a b@c.nl', 'a@b.nl?subject=x', '<a@b.nl>', 'a@b.nl"onclick']) expect(isEmail(bad)).toBe(false);
  });
  it('website: only http(s)', () => {
    expect(isWeb('https://x.nl')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'ftp://x.nl', 'https://', '//x.nl', 'https://x.nl/"><script>']) expect(isWeb(bad)).toBe(false);
  });
  it('the stored card is validated again when loaded', () => {
    expect(contactFromStore({ org: 'X', web: 'javascript:1', naam: 5, extra: 'y', tel: 'z'.repeat(300) })).toEqual({ org: 'X' });
    expect(contactFromStore([1])).toBeUndefined();
    expect(contactFromStore('x')).toBeUndefined();
    expect(contactFromStore({})).toBeUndefined();
  });
});

// ---- QR codes ----

/** ISO/IEC 18004 table 9: [blocks, total codewords per block, data codewords per block] groups. */
const SPEC_BLOCKS: Record<string, [number, number, number][]> = {
  '1-L': [[1, 26, 19]],
  '1-M': [[1, 26, 16]],
  '2-L': [[1, 44, 34]],
  '2-M': [[1, 44, 28]],
  '5-L': [[1, 134, 108]],
  '5-M': [[2, 67, 43]],
  '7-L': [[2, 98, 78]],
  '7-M': [[4, 49, 31]],
  '10-L': [[2, 86, 68], [2, 87, 69]],
  '10-M': [[4, 69, 43], [1, 70, 44]],
  '15-L': [[5, 109, 87], [1, 110, 88]],
  '15-M': [[5, 65, 41], [5, 66, 42]],
  '40-L': [[19, 148, 118], [6, 149, 119]],
  '40-M': [[18, 75, 47], [31, 76, 48]],
};
/** ISO/IEC 18004 annex E: alignment pattern centres. */
const SPEC_ALIGN: number[][] = [
  [], [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50], [6, 30, 54], [6, 32, 58], [6, 34, 62],
  [6, 26, 46, 66], [6, 26, 48, 70], [6, 26, 50, 74], [6, 30, 54, 78], [6, 30, 56, 82], [6, 30, 58, 86], [6, 34, 62, 90], [6, 28, 50, 72, 94],
  [6, 26, 50, 74, 98], [6, 30, 54, 78, 102], [6, 28, 54, 80, 106], [6, 32, 58, 84, 110], [6, 30, 58, 86, 114], [6, 34, 62, 90, 118],
  [6, 26, 50, 74, 98, 122], [6, 30, 54, 78, 102, 126], [6, 26, 52, 78, 104, 130], [6, 30, 56, 82, 108, 134], [6, 34, 60, 86, 112, 138],
  [6, 30, 58, 86, 114, 142], [6, 34, 62, 90, 118, 146], [6, 30, 54, 78, 102, 126, 150], [6, 24, 50, 76, 102, 128, 154], [6, 28, 54, 80, 106, 132, 158],
  [6, 32, 58, 84, 110, 136, 162], [6, 26, 54, 82, 110, 138, 166], [6, 30, 58, 86, 114, 142, 170],
];
/** ISO/IEC 18004 table C.1: the 15 format bits (after masking with 101010000010010), per level and mask. */
const SPEC_FORMAT: Record<Ecl, string[]> = {
  L: ['111011111000100', '111001011110011', '111110110101010', '111100010011101', '110011000101111', '110001100011000', '110110001000001', '110100101110110'],
  M: ['101010000010010', '101000100100101', '101111001111100', '101101101001011', '100010111111001', '100000011001110', '100111110010111', '100101010100000'],
};
/** Table D.1: version information for versions 7–10. */
const SPEC_VERSION: Record<number, number> = { 7: 0x07c94, 8: 0x085bc, 9: 0x09a99, 10: 0x0a4d3 };

// An independent GF(256) (log tables) for checking the Reed–Solomon blocks.
const EXP: number[] = [];
const LOG: number[] = [];
for (let i = 0, x = 1; i < 255; i++, x = x & 0x80 ? ((x << 1) ^ 0x11d) & 0xff : x << 1) {
  EXP[i] = x;
  LOG[x] = i;
}
const mul = (a: number, b: number) => (a && b ? EXP[(LOG[a]! + LOG[b]!) % 255]! : 0);

/**
 * A small QR reader written apart from the encoder (after ZXing's order of reading): checks the
 * fixed patterns, reads both copies of the format bits, unmasks, reads the codewords, checks every
 * Reed–Solomon block has zero syndromes, and returns the byte-mode text.
 */
function readQr(m: boolean[][], ecl: Ecl): { text: string; mask: number; version: number } {
  const size = m.length;
  const version = (size - 17) / 4;
  expect(Number.isInteger(version)).toBe(true);
  const at = (x: number, y: number) => m[y]![x]!;
  // Finder patterns with their light separators.
  for (const [fx, fy] of [[0, 0], [size - 7, 0], [0, size - 7]] as const) {
    for (let dy = -1; dy <= 7; dy++)
      for (let dx = -1; dx <= 7; dx++) {
        const x = fx + dx;
        const y = fy + dy;
        if (x < 0 || y < 0 || x >= size || y >= size) continue;
        const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
        expect(at(x, y), `finder at ${x},${y}`).toBe(ring !== 2 && ring !== 4);
      }
  }
  // Timing patterns.
  for (let i = 8; i < size - 8; i++) {
    expect(at(i, 6)).toBe(i % 2 === 0);
    expect(at(6, i)).toBe(i % 2 === 0);
  }
  expect(at(8, size - 8), 'dark module').toBe(true);
  // Format information, both copies, MSB first.
  let f1 = 0;
  let f2 = 0;
  const b = (v: boolean) => (v ? 1 : 0);
  for (let x = 0; x < 6; x++) f1 = (f1 << 1) | b(at(x, 8));
  f1 = (f1 << 1) | b(at(7, 8));
  f1 = (f1 << 1) | b(at(8, 8));
  f1 = (f1 << 1) | b(at(8, 7));
  for (let y = 5; y >= 0; y--) f1 = (f1 << 1) | b(at(8, y));
  for (let y = size - 1; y >= size - 7; y--) f2 = (f2 << 1) | b(at(8, y));
  for (let x = size - 8; x < size; x++) f2 = (f2 << 1) | b(at(x, 8));
  expect(f1).toBe(f2);
  // BCH check of the format bits: the unmasked 15-bit word is a multiple of the generator 10100110111.
  let rem = f1 ^ 0x5412;
  for (let i = 14; i >= 10; i--) if (rem & (1 << i)) rem ^= 0x537 << (i - 10);
  expect(rem, 'format BCH remainder').toBe(0);
  const mask = (f1 ^ 0x5412) >> 10 & 7;
  expect(f1.toString(2).padStart(15, '0')).toBe(SPEC_FORMAT[ecl][mask]);
  // Version information (versions 7+), both copies.
  if (version >= 7) {
    let v1 = 0;
    let v2 = 0;
    for (let i = 17; i >= 0; i--) {
      v1 = (v1 << 1) | b(at(size - 11 + (i % 3), Math.floor(i / 3)));
      v2 = (v2 << 1) | b(at(Math.floor(i / 3), size - 11 + (i % 3)));
    }
    expect(v1).toBe(v2);
    expect(v1 >> 12).toBe(version);
    let r = v1;
    for (let i = 17; i >= 12; i--) if (r & (1 << i)) r ^= 0x1f25 << (i - 12);
    expect(r, 'version BCH remainder').toBe(0);
  }
  // Which modules are function patterns.
  const fn = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const mark = (x0: number, y0: number, w: number, h: number) => {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) fn[y]![x] = true;
  };
  mark(0, 0, 9, 9);
  mark(size - 8, 0, 8, 9);
  mark(0, size - 8, 9, 8);
  mark(6, 0, 1, size);
  mark(0, 6, size, 1);
  const align = SPEC_ALIGN[version]!;
  for (const ax of align)
    for (const ay of align) {
      if ((ax === 6 && ay === 6) || (ax === 6 && ay === align.at(-1)) || (ax === align.at(-1) && ay === 6)) continue;
      mark(ax - 2, ay - 2, 5, 5);
      for (let d = -2; d <= 2; d++) for (let e = -2; e <= 2; e++) expect(at(ax + d, ay + e), 'alignment').toBe(Math.max(Math.abs(d), Math.abs(e)) !== 1);
    }
  if (version >= 7) {
    mark(size - 11, 0, 3, 6);
    mark(0, size - 11, 6, 3);
  }
  const unmask = [
    (i: number, j: number) => (i + j) % 2 === 0,
    (i: number) => i % 2 === 0,
    (_i: number, j: number) => j % 3 === 0,
    (i: number, j: number) => (i + j) % 3 === 0,
    (i: number, j: number) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
    (i: number, j: number) => ((i * j) % 2) + ((i * j) % 3) === 0,
    (i: number, j: number) => (i * j) % 6 < 3,
    (i: number, j: number) => ((i + j + ((i * j) % 3)) & 1) === 0,
  ][mask]!;
  const bits: number[] = [];
  let up = true;
  for (let j = size - 1; j > 0; j -= 2) {
    if (j === 6) j--;
    for (let count = 0; count < size; count++) {
      const i = up ? size - 1 - count : count;
      for (let col = 0; col < 2; col++) if (!fn[i]![j - col]) bits.push(b(at(j - col, i) !== unmask(i, j - col)));
    }
    up = !up;
  }
  const codewords: number[] = [];
  for (let k = 0; k + 8 <= bits.length; k += 8) codewords.push(bits.slice(k, k + 8).reduce((a, x) => (a << 1) | x, 0));
  // De-interleave with the block structure of the spec (for the versions in SPEC_BLOCKS) or the encoder's counts.
  const groups = SPEC_BLOCKS[`${version}-${ecl}`];
  expect(groups, `block table for ${version}-${ecl}`).toBeDefined();
  const blocks = groups!.flatMap(([n, total, data]) => Array.from({ length: n }, () => ({ total, data, cw: [] as number[] })));
  expect(codewords.length).toBe(blocks.reduce((s, x) => s + x.total, 0));
  let k = 0;
  const maxData = Math.max(...blocks.map((x) => x.data));
  for (let i = 0; i < maxData; i++) for (const bl of blocks) if (i < bl.data) bl.cw.push(codewords[k++]!);
  const ecLen = blocks[0]!.total - blocks[0]!.data;
  for (let i = 0; i < ecLen; i++) for (const bl of blocks) bl.cw.push(codewords[k++]!);
  for (const bl of blocks) {
    for (let s = 0; s < ecLen; s++) {
      const x = EXP[s]!;
      let acc = 0;
      for (const c of bl.cw) acc = mul(acc, x) ^ c;
      expect(acc, `syndrome ${s}`).toBe(0);
    }
  }
  const data = blocks.flatMap((bl) => bl.cw.slice(0, bl.data));
  const stream = data.flatMap((byte) => [7, 6, 5, 4, 3, 2, 1, 0].map((s) => (byte >> s) & 1));
  let p = 0;
  const take = (n: number) => stream.slice(p, (p += n)).reduce((a, x) => (a << 1) | x, 0);
  expect(take(4), 'byte mode').toBe(0b0100);
  const len = take(version <= 9 ? 8 : 16);
  const bytes = Uint8Array.from({ length: len }, () => take(8));
  expect(take(4), 'terminator').toBe(0);
  p = Math.ceil(p / 8) * 8;
  for (let pad = 0xec; p < stream.length; pad ^= 0xec ^ 0x11) expect(take(8), 'pad').toBe(pad);
  return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), mask, version };
}

describe('QR encoder', () => {
  it('has the codeword counts of the standard', () => {
    const totals: Record<number, number> = { 1: 26, 2: 44, 3: 70, 4: 100, 5: 134, 6: 172, 7: 196, 10: 346, 15: 655, 20: 1085, 27: 1828, 40: 3706 };
    for (const [v, n] of Object.entries(totals)) expect(totalCodewords(Number(v))).toBe(n);
    for (const [key, groups] of Object.entries(SPEC_BLOCKS)) {
      const [v, ecl] = key.split('-') as [string, Ecl];
      expect(dataCodewords(Number(v), ecl), key).toBe(groups.reduce((s, [n, , d]) => s + n * d, 0));
    }
  });
  it('places alignment patterns where the standard does, for all 40 versions', () => {
    for (let v = 1; v <= 40; v++) expect(alignmentPositions(v), `version ${v}`).toEqual(SPEC_ALIGN[v]);
  });
  it('has the Reed–Solomon generator of the standard (7 codewords: α^87, α^229, α^146, α^149, α^238, α^102, α^21)', () => {
    expect(rsDivisor(7)).toEqual([87, 229, 146, 149, 238, 102, 21].map((e) => EXP[e]));
  });
  it('computes the format bits of the standard table for every mask', () => {
    for (const ecl of ['L', 'M'] as const) for (let mask = 0; mask < 8; mask++) expect(formatBits(ecl, mask).toString(2).padStart(15, '0')).toBe(SPEC_FORMAT[ecl][mask]);
  });

  // Texts at the exact byte capacity of each version (spec table 7), so one byte more needs the next version.
  const cases: [string, Ecl, number][] = [
    ['HELLO WORLD', 'M', 1],
    ['HELLO WORLD', 'L', 1],
    ['Één link — onderwijs ✓', 'L', 2],
    ['x'.repeat(26), 'M', 2],
    ['x'.repeat(32), 'L', 2],
    ['x'.repeat(84), 'M', 5],
    ['x'.repeat(106), 'L', 5],
    ['x'.repeat(122), 'M', 7],
    ['x'.repeat(154), 'L', 7],
    ['x'.repeat(213), 'M', 10],
    ['x'.repeat(271), 'L', 10],
    ['x'.repeat(412), 'M', 15],
    ['x'.repeat(520), 'L', 15],
    ['x'.repeat(2331), 'M', 40],
    ['x'.repeat(2953), 'L', 40],
  ];
  it.each(cases)('%# reads back: byte mode, level %s, version %i', (text, ecl, version) => {
    const code = qrEncode(text, ecl);
    expect(code.version).toBe(version);
    if (text.startsWith('x') && version < 40) expect(qrEncode(`${text}x`, ecl).version).toBe(version + 1);
    const read = readQr(code.modules, ecl);
    expect(read.text).toBe(text);
    expect(read.mask).toBe(code.mask);
  });
  it('every mask gives a readable code (HELLO WORLD, level M and L)', () => {
    for (const ecl of ['L', 'M'] as const)
      for (let mask = 0; mask < 8; mask++) expect(readQr(qrEncode('HELLO WORLD', ecl, mask).modules, ecl)).toEqual({ text: 'HELLO WORLD', mask, version: 1 });
  });
  it('writes the version information of the standard (versions 7–10)', () => {
    for (const v of [7, 10]) {
      const size = v * 4 + 17;
      const code = qrEncode('q'.repeat(v === 7 ? 122 : 213), 'M');
      expect(code.version).toBe(v);
      let bits = 0;
      for (let i = 17; i >= 0; i--) bits = (bits << 1) | (code.modules[Math.floor(i / 3)]![size - 11 + (i % 3)] ? 1 : 0);
      expect(bits).toBe(SPEC_VERSION[v]);
    }
  });
  it('refuses text longer than version 40 holds', () => {
    expect(() => qrEncode('x'.repeat(2954), 'L')).toThrow(RangeError);
    expect(() => qrEncode('x'.repeat(2332), 'M')).toThrow(RangeError);
  });
});

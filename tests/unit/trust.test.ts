/**
 * Issue 15, "Nothing lost, nothing leaked": the faults an adversary tries, each as a test that
 * failed on the code before the fix (newer data deleted, last write wins between tabs, damaged
 * links opening as plans, mailto/web links that go somewhere else, a BSN with dashes kept, clocks
 * out of range, colliding calendar UIDs, links too long to open or to scan).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { KEYS, MemoryStore, flowCodec, loadFlow, parseFlow, type KeyValueStore } from '../../src/app/storage';
import { SyncedRecord, mergeVersioned, plainCodec } from '../../src/app/sync';
import { upgradeAnswers } from '../../src/app/migrate';
import { crc32, decode, encode, LinkTooLong, MAX_PAYLOAD, pack } from '../../src/app/share';
import { isEmail, isWeb, mailHref, parseContact, webHref } from '../../src/app/contact';
import { parseLinkParams } from '../../src/app/link';
import { parseRoute } from '../../src/app/router';
import { containsBsnLike, editPrivacy } from '../../src/app/export/edit';
import { checkClock } from '../../src/app/clock';
import { qrEncode, QR_MIN_PX_PER_MODULE, QR_MAX_CSS_PX } from '../../src/app/export/qr';
import { onControlling } from '../../src/app/pwa';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { buildPlan } from '../../src/rules/plan';
import { planToIcs } from '../../src/rules/ics';
import { addTexts, initI18n, makeT, LANGS } from '../../src/app/i18n';
import { icsTexts } from '../../src/ui/deadlineText';
import stepsNl from '../../src/content/generated/steps.nl';
import uiNl from '../../src/content/generated/pagetexts.nl';

const answers = { situatie: ['thuiszitten'], 'thuis-sinds': '2026-09-01' };
/** A plain record as stored, without its change stamps. */
const entriesOf = (raw: string | null) => {
  const { __stamps: _s, ...rest } = JSON.parse(raw ?? '{}') as Record<string, unknown>;
  return rest;
};
const fromFile = (f: string) => (JSON.parse(readFileSync(join(import.meta.dirname, '../answers', f), 'utf8')) as { answers: Record<string, string | string[]> }).answers;

describe('1. data from a newer version is kept, untouched and read-only', () => {
  const newer = JSON.stringify({ version: ANSWERS_VERSION + 1, answers: { situatie: ['tlv'], nieuw: { x: 1 } }, position: 'x', savedAt: '' });
  it('loading says "newer" and leaves the record exactly as it was', () => {
    const s = new MemoryStore();
    s.setItem(KEYS.answers, newer);
    const r = loadFlow(s);
    expect(r.problem).toBe('newer');
    expect(r.saved).toBeUndefined();
    expect(s.getItem(KEYS.answers)).toBe(newer);
  });
  it('a tab that wrote before never overwrites a newer tab’s record afterwards', () => {
    const s = new MemoryStore();
    const rec = new SyncedRecord(s, KEYS.answers, flowCodec(() => 'opp'));
    rec.load();
    expect(rec.write(answers).ok).toBe(true);
    s.setItem(KEYS.answers, newer); // the newer tab writes
    const w = rec.write({ ...answers, opp: 'nee' });
    expect(w).toMatchObject({ ok: false, newer: ANSWERS_VERSION + 1 });
    expect(s.getItem(KEYS.answers)).toBe(newer);
    expect(rec.remote().newer).toBe(ANSWERS_VERSION + 1);
  });
  it('older records pass the one migration hook (identity for version 1)', () => {
    expect(upgradeAnswers({ a: 'b' }, 1)).toEqual({ a: 'b' });
    const r = parseFlow(JSON.stringify({ values: answers, position: 'opp' }));
    expect(r.problem).toBe('migrated');
    expect(r.saved?.answers).toEqual(answers);
  });
  it('900 corrupt stored values: never a throw, never "newer" unless the version says so', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ version: v, answers: v }))), (raw) => {
        const r = parseFlow(raw);
        if (r.problem === 'newer') expect(JSON.parse(raw).version).toBeGreaterThan(ANSWERS_VERSION);
      }),
      { numRuns: 900 },
    );
  }, 60_000);
});

describe('2. two tabs, one key: writes merge per question / field', () => {
  const tabs = (s: KeyValueStore) => [0, 1].map(() => new SyncedRecord(s, KEYS.answers, flowCodec(() => 'opp')));
  it('answers given at the same moment in two tabs are both kept', () => {
    const s = new MemoryStore();
    const [a, b] = tabs(s);
    const base = a!.load();
    b!.load();
    a!.write({ ...base, situatie: ['tlv'] });
    // B has not seen A's write yet: it still merges into what is stored now.
    const r = b!.write({ ...base, opp: 'nee' });
    expect(r.entries).toEqual({ situatie: ['tlv'], opp: 'nee' });
    expect(parseFlow(s.getItem(KEYS.answers)).saved?.answers).toEqual({ situatie: ['tlv'], opp: 'nee' });
  });
  it('letter details typed in two tabs: every field is kept; a cleared field stays cleared', () => {
    const s = new MemoryStore();
    const check = (v: unknown) => entriesOf(JSON.stringify(v)) as Record<string, string>;
    const [a, b] = [0, 1].map(() => new SyncedRecord<string>(s, KEYS.letterFields, plainCodec(check)));
    a!.load();
    b!.load();
    a!.write({ ouder_naam: 'Sam' });
    b!.write({ ouder_adres: 'Dorpsstraat 1' });
    expect(entriesOf(s.getItem(KEYS.letterFields))).toEqual({ ouder_naam: 'Sam', ouder_adres: 'Dorpsstraat 1' });
    const seen = a!.remote().entries;
    expect(seen).toEqual({ ouder_naam: 'Sam', ouder_adres: 'Dorpsstraat 1' });
    a!.write({ ouder_adres: 'Dorpsstraat 1' }); // A clears the name
    expect(entriesOf(s.getItem(KEYS.letterFields))).toEqual({ ouder_adres: 'Dorpsstraat 1' });
  });
  it('"Gedaan" ticks from two tabs add up', () => {
    const s = new MemoryStore();
    const [a, b] = [0, 1].map(() => new SyncedRecord<true>(s, KEYS.ticks, plainCodec((v) => entriesOf(JSON.stringify(v)) as Record<string, true>)));
    a!.load();
    b!.load();
    a!.write({ bellen: true });
    b!.write({ brief: true });
    expect(entriesOf(s.getItem(KEYS.ticks))).toEqual({ bellen: true, brief: true });
  });
  it('property: any interleaving of answers in two tabs loses no answer (with or without storage events in between)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.constantFrom('ja', 'nee'), fc.boolean()), { maxLength: 30 }), (ops) => {
        const s = new MemoryStore();
        const recs = tabs(s);
        const mem = recs.map((r) => r.load());
        const last: Record<string, string> = {};
        const written: Record<string, Set<string>> = {};
        let allDelivered = true;
        for (const [which, k, v, deliver] of ops) {
          const i = which ? 1 : 0;
          mem[i] = { ...mem[i], [k]: v };
          mem[i] = recs[i]!.write(mem[i]!).entries;
          last[k] = v;
          (written[k] ??= new Set()).add(v);
          // The other tab's storage event, if it arrives before its next write.
          if (deliver) mem[1 - i] = recs[1 - i]!.remote().entries;
          else allDelivered = false;
        }
        const final = (parseFlow(s.getItem(KEYS.answers)).saved?.answers ?? {}) as Record<string, string>;
        // No question is ever lost; each keeps a value some tab gave it.
        expect(Object.keys(final).sort()).toEqual(Object.keys(last).sort());
        for (const [k, v] of Object.entries(final)) expect(written[k]!.has(v)).toBe(true);
        // With every event delivered, the last answer given wins, and both tabs show it.
        if (allDelivered) {
          expect(final).toEqual(last);
          expect(mem[0]).toEqual(last);
          expect(mem[1]).toEqual(last);
        }
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
  it('two writes in the same moment from stale reads: the tab whose change the store lost writes it back', () => {
    const s = new MemoryStore();
    const [a, b] = tabs(s);
    a!.load();
    a!.write({ situatie: ['tlv'], opp: 'ja', klacht: 'ja' });
    b!.load();
    const before = s.getItem(KEYS.answers)!;
    a!.write({ situatie: ['tlv'], opp: 'nee', klacht: 'ja' });
    // B read the store before A's write reached it (as Chromium's per-tab storage cache can).
    const afterA = s.getItem(KEYS.answers)!;
    s.setItem(KEYS.answers, before);
    b!.write({ situatie: ['tlv'], opp: 'ja', klacht: 'nee' });
    expect(parseFlow(s.getItem(KEYS.answers)).saved?.answers).toMatchObject({ opp: 'ja', klacht: 'nee' }); // A's change lost for now
    expect(afterA).toContain('"opp":"nee"');
    // A gets B's storage event: it keeps its newer answer and repairs the store.
    const r = a!.remote();
    expect(r.repaired).toBe(true);
    expect(r.entries).toEqual({ situatie: ['tlv'], opp: 'nee', klacht: 'nee' });
    expect(parseFlow(s.getItem(KEYS.answers)).saved?.answers).toEqual({ situatie: ['tlv'], opp: 'nee', klacht: 'nee' });
    // B gets A's repair: the same answers, nothing more to write.
    expect(b!.remote()).toMatchObject({ entries: { situatie: ['tlv'], opp: 'nee', klacht: 'nee' }, repaired: false });
  });
  it('a replace (shared plan adopted) reaches the other tab as a whole; a wipe reads as a wipe', () => {
    const s = new MemoryStore();
    const [a, b] = tabs(s);
    a!.load();
    a!.write({ situatie: ['tlv'], opp: 'ja' });
    b!.load();
    a!.replace({ situatie: ['aanmelden'] });
    expect(b!.remote()).toMatchObject({ entries: { situatie: ['aanmelden'] }, wiped: false });
    s.removeItem(KEYS.answers);
    expect(b!.remote()).toMatchObject({ wiped: true });
  });
  it('no empty answers record is ever written (after a wipe nothing remains)', () => {
    const s = new MemoryStore();
    const [a] = tabs(s);
    a!.load();
    a!.write({ situatie: ['tlv'] });
    a!.write({});
    expect(s.getItem(KEYS.answers)).toBeNull();
  });
  it('mergeVersioned: per entry the later change wins, removals included', () => {
    expect(mergeVersioned({ entries: { a: 2, b: 1 }, stamps: { a: 5, b: 1 } }, { entries: { a: 1, b: 3, c: 4 }, stamps: { a: 1, b: 4, c: 2 } })).toEqual({
      entries: { a: 2, b: 3, c: 4 },
      stamps: { a: 5, b: 4, c: 2 },
    });
    expect(mergeVersioned({ entries: {}, stamps: { a: 9 } }, { entries: { a: 1, b: 2 }, stamps: { a: 3, b: 2 } }).entries).toEqual({ b: 2 });
  });
  it('a failing store: the write says so and keeps the entries in memory', () => {
    const s = new MemoryStore();
    const rec = new SyncedRecord(s, KEYS.answers, flowCodec(() => 'opp'));
    rec.load();
    s.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(rec.write(answers)).toEqual({ ok: false, entries: answers });
  });
});

describe('5. "Nu vernieuwen" reloads only the tab that asked', () => {
  it('another tab is asked, not reloaded', () => {
    let reloads = 0;
    onControlling(true, () => reloads++);
    expect(reloads).toBe(0);
    onControlling(false, () => reloads++);
    expect(reloads).toBe(0);
  });
});

describe('8. a BSN in any usual notation is recognised', () => {
  it.each(['111222333', '111-222-333', '111 222 333', '111.222.333', '1112.22.333', '111 - 222 - 333', '111‑222‑333', '111/222/333', '１１１２２２３３３', '111\u00a0222\u00a0333'])('%s', (v) => {
    expect(containsBsnLike(`Het BSN is ${v}.`)).toBe(true);
    expect(editPrivacy(`BSN: ${v}`, '')).toBe('bsnInText');
  });
  it('not dates, phone numbers or postcodes', () => {
    for (const v of ['2026-09-01', '06-12345678', '050 123 45 67', '1234 AB', '12-03-2026']) expect(containsBsnLike(v)).toBe(false);
  });
  it('a BSN typed on the page is recognised in the text with other separators', () => {
    expect(editPrivacy('zie 12-34-56-789', '', ['123456789'])).toBe('bsnInText');
  });
});

describe('9. contact links go exactly where they say', () => {
  it('an e-mail address that decodes into extra recipients or headers is not a link', () => {
    const card = parseLinkParams('#/?email=info%2540steunpunt.nl%3Fbcc%3Dspy%40evil.example').contact!;
    expect(card.email).toBe('info%40steunpunt.nl?bcc=spy@evil.example');
    expect(isEmail(card.email!)).toBe(false);
    expect(mailHref(card.email!)).toBeUndefined();
    for (const bad of ['a%40b.nl@c.nl', 'a@b.nl&cc=x@y.nl', 'a?x@b.nl', 'a=b@c.nl', '.a@b.nl', 'a..b@c.nl']) expect(isEmail(bad)).toBe(false);
    expect(mailHref('info@steunpunt.nl')).toBe('mailto:info@steunpunt.nl');
  });
  it('a web address with user info is refused; the link text is the real address', () => {
    for (const bad of ['https://good.nl@evil.example/', 'https://good.nl:pw@evil.example', 'https://@evil.example', 'http://a%40b@evil.example']) expect(isWeb(bad)).toBe(false);
    expect(parseContact((k) => (k === 'web' ? 'https://good.nl@evil.example/' : undefined))).toEqual({ ignored: ['web'] });
    expect(webHref('https://Steunpunt.NL/hulp')).toBe('https://steunpunt.nl/hulp');
  });
});

describe('10. share links carry a checksum: a damaged link says it is damaged', () => {
  it('every one-character change, cut or insertion in 550 links is refused (none opens as a plan)', async () => {
    const files = ['aanmelden-geweigerd.json', 'handelingsverlegen.json', 'combi-tlv-thuiszitten.json', 'tlv-besluit-oneens.json', 'thuiszitten-geschorst.json'];
    let opened = 0;
    let damaged = 0;
    let n = 0;
    const rnd = fc.sample(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')), { numRuns: 550, seed: 15 });
    for (const [i, [p, kind, c]] of rnd.entries()) {
      const payload = await encode(fromFile(files[i % files.length]!), { includePersonal: true, letterFields: { ouder_naam: 'Sam' } });
      const at = 2 + (p % (payload.length - 2));
      const bad =
        kind % 3 === 0 ? payload.slice(0, at) + c + payload.slice(at + 1) : kind % 3 === 1 ? payload.slice(0, at) : payload.slice(0, at) + c + payload.slice(at);
      if (bad === payload) continue;
      n++;
      const d = await decode(bad);
      if (!('error' in d)) opened++;
      else if (d.error === 'damaged') damaged++;
    }
    expect(n).toBeGreaterThan(500);
    expect(opened).toBe(0);
    expect(damaged).toBeGreaterThan(n * 0.9);
  }, 60_000);
  it('old links without checksum still open, marked as unchecked', async () => {
    const old = await pack({ a: { situatie: ['tlv'] } }, 1);
    expect(await decode(old)).toEqual({ answers: { situatie: ['tlv'] }, unchecked: true });
    expect(await decode(await encode({ situatie: ['tlv'] }))).toEqual({ answers: { situatie: ['tlv'] } });
  });
  it('answers from a newer answers version say "too old", never a guess', async () => {
    expect(await decode(await pack({ v: ANSWERS_VERSION + 1, a: { situatie: ['tlv'] } }))).toEqual({ error: 'too-old' });
  });
  it('crc32 is the standard one', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('robustness', () => {
  it('the app never makes a share link it cannot open', async () => {
    const noise = Array.from({ length: 12 }, () => randomBytes(1500).toString('base64'));
    const fields = Object.fromEntries(['ouder_naam', 'ouder_adres', 'ouder_postcode_plaats', 'ouder_email', 'ouder_telefoon', 'kind_naam', 'kind_voornaam', 'kind_groep', 'school_naam', 'schoolbestuur', 'kind_geboortedatum'].map((k, i) => [k, noise[i]!]));
    await expect(encode(fromFile('handelingsverlegen.json'), { includePersonal: true, letterFields: fields })).rejects.toBeInstanceOf(LinkTooLong);
    // Anything it does make, the route and the decoder accept.
    const ok = await encode(fromFile('handelingsverlegen.json'), { includePersonal: true, letterFields: { ouder_naam: noise[0]!.slice(0, 500) } });
    expect(ok.length).toBeLessThanOrEqual(MAX_PAYLOAD);
    expect(parseRoute(`#/deel/${ok}`)).toEqual({ page: 'share', payload: ok });
    expect('error' in (await decode(ok))).toBe(false);
  });

  it('QR codes: every size the app shows has at least 3 px per module within 320 px, or is refused', () => {
    for (const len of [40, 200, 400, 700, 900, 1200, 2000]) {
      const text = `https://example.org/wegwijzer/#/deel/2-${'A'.repeat(len)}`;
      const m = qrEncode(text, 'L').modules.length + 8;
      const fits = m * QR_MIN_PX_PER_MODULE <= QR_MAX_CSS_PX;
      // The old code drew every code in a 240 px box: 1.6 px per module for the long ones.
      if (!fits) expect((240 / m) < QR_MIN_PX_PER_MODULE).toBe(true);
    }
  });

  it.each([
    ['year 275760', new Date(8.64e15)],
    ['an invalid clock', new Date(NaN)],
    ['year 999', new Date('0999-06-01T12:00:00Z')],
    ['year 1899', new Date('1899-06-01T12:00:00Z')],
  ])('a device clock in %s: a clear problem, no throw', (_, now) => {
    const c = checkClock(answers, now);
    expect(c.problem === 'broken' || c.problem === 'implausible').toBe(true);
  });
  it('a clock in 1970 is implausible; a "past" date after today is named', () => {
    expect(checkClock({}, new Date(0))).toEqual({ today: '1970-01-01', problem: 'implausible', futurePast: [] });
    expect(checkClock({ 'thuis-sinds': '2026-12-01', 'aanmelding-datum': '2026-11-01' }, new Date('2026-11-29T12:00:00Z')).futurePast).toEqual(['thuis-sinds']);
    expect(checkClock(answers, new Date('2026-11-29T12:00:00Z'))).toEqual({ today: '2026-11-29', futurePast: [] });
  });
});

describe('.ics UIDs', () => {
  beforeAll(async () => {
    await initI18n('nl');
    addTexts('nl', 'steps', stepsNl);
    addTexts('nl', 'ui', uiNl);
  });
  it('two children with the same situation and dates do not share event UIDs in one calendar', () => {
    const t = makeT();
    const plan = buildPlan(fromFile('aanmelden-schriftelijk-wachten.json'), '2026-11-23');
    const uids = (key: string) => [...planToIcs(plan, icsTexts(t), new Date('2026-11-23T10:00:00Z'), key).matchAll(/^UID:(.*)\r?$/gm)].map((m) => m[1]);
    const a = uids('k1aaaaaa');
    const b = uids('k2bbbbbb');
    expect(a.length).toBeGreaterThan(0);
    expect(a.filter((u) => b.includes(u))).toEqual([]);
    expect(uids('k1aaaaaa')).toEqual(a);
  });
});

describe('fuzzers kept as tests', () => {
  const hostile = fc.oneof(
    fc.string({ maxLength: 260 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', 'https://good.nl@evil.example/', 'info%2540steunpunt.nl%3Fbcc%3Dx%40evil.nl', '%00%0A', 'tlv,tlv,<b>', 'constructor', '__proto__'),
  );
  const keys = fc.constantFrom('situatie', 'taal', 'org', 'naam', 'tel', 'email', 'web', 'regio', 'open', 'x', '__proto__', 'constructor');
  it('taal= takes every language this build offers, in any case, and nothing else', () => {
    for (const { code } of LANGS) expect(parseLinkParams(`#/?taal=${code.toUpperCase()}`).lang).toBe(code);
    expect(LANGS.length).toBeGreaterThan(2);
    expect(parseLinkParams('#/?taal=xx').lang).toBeUndefined();
  });

  it('10,000 steunpunt links: parse never throws, yields only known, checked plain text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, hostile), { maxLength: 10 }), fc.boolean(), (pairs, encodeIt) => {
        const q = pairs.map(([k, v]) => `${k}=${encodeIt ? encodeURIComponent(v) : v}`).join('&');
        const p = parseLinkParams(`#/?${q}`);
        expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
        for (const s of p.situations ?? []) expect(['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv']).toContain(s);
        // Only a language this build offers, in its own lower-case code ("Tr" becomes tr).
        if (p.lang) expect(LANGS.map((l) => l.code)).toContain(p.lang);
        for (const [k, v] of Object.entries(p.contact ?? {})) {
          expect(['org', 'naam', 'tel', 'email', 'web', 'regio', 'open']).toContain(k);
          expect(typeof v).toBe('string');
          expect(v.length).toBeLessThanOrEqual(200);
          expect(v).not.toMatch(/[\u0000-\u001f]/);
          // Links are made only from values that pass the strict checks.
          const href = k === 'web' ? webHref(v) : k === 'email' ? mailHref(v) : undefined;
          if (href) expect(href).toMatch(k === 'web' ? /^https?:\/\/[^@\s]+$/ : /^mailto:[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+$/);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});

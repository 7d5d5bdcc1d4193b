import { describe, expect, it } from 'vitest';
import { KEYS, MemoryStore, loadFlow, loadJson, openStore, saveFlow, saveJson, sanitizeAnswers, wipe, type KeyValueStore } from '../../src/app/storage';
import { parseLinkParams, stripQuery } from '../../src/app/link';
import { parseRoute, routeHash } from '../../src/app/router';
import { ANSWERS_VERSION } from '../../src/flow/answers';

const answers = { situatie: ['thuiszitten'], 'thuis-sinds': '2026-09-01' };

describe('storage', () => {
  it('saves and loads answers with the position, under a versioned record', () => {
    const s = new MemoryStore();
    saveFlow(s, answers, 'thuis-sinds');
    const raw = JSON.parse(s.getItem(KEYS.answers)!);
    expect(raw.version).toBe(ANSWERS_VERSION);
    expect(loadFlow(s)).toEqual({ saved: expect.objectContaining({ answers, position: 'thuis-sinds', version: ANSWERS_VERSION }) });
  });

  it('nothing stored: no answers, no problem', () => {
    expect(loadFlow(new MemoryStore())).toEqual({});
  });

  it.each([
    ['not JSON', '{answers:'],
    ['JSON but not an object', '[1,2,3]'],
    ['a string', '"hallo"'],
    ['null', 'null'],
  ])('corrupt data (%s) gives a clear problem and a fresh start', (_, raw) => {
    const s = new MemoryStore();
    s.setItem(KEYS.answers, raw);
    expect(loadFlow(s)).toEqual({ problem: 'corrupt' });
    expect(s.getItem(KEYS.answers)).toBeNull();
  });

  it('data from a newer version of the app is kept untouched (read-only), never removed', () => {
    const s = new MemoryStore();
    const raw = JSON.stringify({ version: ANSWERS_VERSION + 1, answers });
    s.setItem(KEYS.answers, raw);
    expect(loadFlow(s)).toEqual({ problem: 'newer', newerVersion: ANSWERS_VERSION + 1 });
    expect(s.getItem(KEYS.answers)).toBe(raw);
  });

  it('data from an older version is migrated and says so', () => {
    const s = new MemoryStore();
    s.setItem(KEYS.answers, JSON.stringify({ values: answers, position: 'opp' }));
    const r = loadFlow(s);
    expect(r.problem).toBe('migrated');
    expect(r.saved?.answers).toEqual(answers);
    expect(r.saved?.version).toBe(ANSWERS_VERSION);
  });

  it('drops values that are not answers (wrong types, huge strings, prototype keys)', () => {
    const bad = JSON.parse('{"a": 1, "b": {"x": 1}, "c": "ok", "d": ["x", 2], "__proto__": "p", "e": ["y"]}');
    expect(sanitizeAnswers({ ...bad, f: 'x'.repeat(500) })).toEqual({ c: 'ok', e: ['y'] });
    expect(sanitizeAnswers('nope')).toEqual({});
  });

  it('when storage throws (private mode), the app works from memory and says so', () => {
    const throwing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
      key: () => null,
      length: 0,
    };
    const opened = openStore(() => throwing);
    expect(opened.persistent).toBe(false);
    expect(opened.store).toBeInstanceOf(MemoryStore);
    expect(openStore(() => undefined).persistent).toBe(false);
    expect(openStore(() => new MemoryStore()).persistent).toBe(true);
    // saving through a throwing store reports failure instead of throwing
    expect(saveFlow(throwing, answers, 'opp')).toBe(false);
    expect(loadFlow(throwing)).toEqual({ problem: 'unavailable' });
  });

  it('wipe removes every key of the app and nothing else', () => {
    const s = new MemoryStore();
    saveFlow(s, answers, 'opp');
    saveJson(s, KEYS.ticks, { 'opp-vragen': true });
    saveJson(s, KEYS.letterFields, { ouder_naam: 'A' });
    saveJson(s, KEYS.contact, { organisatie: 'X' });
    saveJson(s, KEYS.lang, 'en');
    s.setItem('other-app', 'keep');
    wipe(s);
    expect(s.length).toBe(1);
    expect(s.getItem('other-app')).toBe('keep');
  });

  it('loadJson returns undefined for broken JSON or a failed check', () => {
    const s = new MemoryStore();
    s.setItem(KEYS.lang, '{bad');
    expect(loadJson(s, KEYS.lang, (v) => v)).toBeUndefined();
    s.setItem(KEYS.lang, '"de"');
    expect(loadJson(s, KEYS.lang, (v) => (v === 'nl' || v === 'en' ? v : undefined))).toBeUndefined();
  });
});

describe('links and routes', () => {
  it('steunpunt links pre-select situations and language; bad values are reported, unknown parameters ignored', () => {
    expect(parseLinkParams('#/?situatie=tlv,thuiszitten&taal=en&utm=x')).toEqual({ situations: ['tlv', 'thuiszitten'], lang: 'en', ignored: [] });
    expect(parseLinkParams('#/?situatie=tlv,onzin&taal=de')).toEqual({ situations: ['tlv'], ignored: ['situatie', 'taal'] });
    expect(parseLinkParams('#/?situatie=lezen')).toEqual({ ignored: ['situatie'] });
    expect(parseLinkParams('#/?situatie=' + 'a'.repeat(500))).toEqual({ ignored: ['situatie'] });
    expect(parseLinkParams('#/plan')).toEqual({ ignored: [] });
    expect(stripQuery('#/?situatie=tlv')).toBe('#/');
  });

  it('every route survives a round trip through its hash; junk is "not found"', () => {
    for (const h of ['#/', '#/vraag/opp', '#/eerst-lezen', '#/controleren', '#/plan', '#/lees', '#/lees/zorgplicht', '#/begrippen', '#/begrippen/tlv', '#/zoeken', '#/brieven', '#/brief/klacht', '#/info/privacy', '#/wissen'])
      expect(routeHash(parseRoute(h))).toBe(h);
    expect(parseRoute('#/vraag/<script>')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/iets/anders')).toEqual({ page: 'notFound' });
    expect(parseRoute('')).toEqual({ page: 'start' });
  });
});

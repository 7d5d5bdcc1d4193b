import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TIMELINE_VERSION } from '../../src/timeline/model';
import { isSafariInBrowser } from '../../src/ui/components/persist';
import { BACKUP_APP, PART_VERSIONS, PBKDF2_ITERATIONS, isEncrypted, makeBackup, mergeData, readBackup, summarize, type BackupData } from '../../src/timeline/backup';

const MADE = new Date('2026-03-20T10:00:00Z');
const key = fc.stringMatching(/^[a-z0-9.-]{1,30}$/).map((k) => `wegwijzer.${k}`);
const data = fc.dictionary(key, fc.string({ unit: 'grapheme', maxLength: 200 }), { maxKeys: 12 }).map((d) => {
  delete (d as BackupData)['wegwijzer.probe'];
  return d as BackupData;
});

const SAMPLE: BackupData = {
  'wegwijzer.answers': JSON.stringify({ version: 1, answers: { situatie: ['aanmelden'], 'aanmelding-datum': '2026-03-03' }, position: 'plan', savedAt: '' }),
  'wegwijzer.timeline': JSON.stringify({ version: 1, events: [{ id: 'a', date: '2026-03-03', kind: 'aanmelding-ontvangen', parties: ['school'], note: 'Juf "Anne" & <b>meester</b> 😀' }], base: {} }),
  'wegwijzer.letter-fields': JSON.stringify({ school_naam: 'De Regenboog' }),
  'wegwijzer.letter-edit.klacht': JSON.stringify('Geachte…'),
  'wegwijzer.ticks': JSON.stringify({ 'steunpunt-bellen': true }),
  'wegwijzer.contact': JSON.stringify({ org: 'Steunpunt' }),
};

describe('a copy of everything', () => {
  it('export then import is the identity for any valid data (property)', async () => {
    await fc.assert(
      fc.asyncProperty(data, async (d) => {
        const r = await readBackup(await makeBackup(d, MADE));
        expect(r).toEqual({ ok: true, data: d, made: MADE.toISOString(), encrypted: false });
      }),
      { numRuns: 300 },
    );
  });

  it('with a passphrase: identity for any data, any passphrase (property, few iterations for speed)', async () => {
    await fc.assert(
      fc.asyncProperty(data, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), async (d, pass) => {
        const file = await makeBackup(d, MADE, pass, 1000);
        expect(isEncrypted(file)).toBe(true);
        // Nothing readable is in the file.
        for (const v of Object.values(d)) if (v.length > 8) expect(file.includes(JSON.stringify(v).slice(1, -1))).toBe(false);
        expect(await readBackup(file, pass)).toEqual({ ok: true, data: d, made: MADE.toISOString(), encrypted: true });
      }),
      { numRuns: 40 },
    );
  });

  it('real settings: AES-GCM, PBKDF2-SHA-256 with 600,000 iterations, random salt and IV, stored in the file', async () => {
    const a = await makeBackup(SAMPLE, MADE, 'geheim wachtwoord');
    const b = await makeBackup(SAMPLE, MADE, 'geheim wachtwoord');
    const ea = JSON.parse(a).encrypted;
    const eb = JSON.parse(b).encrypted;
    expect(ea).toMatchObject({ cipher: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(atob(ea.salt)).toHaveLength(16);
    expect(atob(ea.iv)).toHaveLength(12);
    expect(ea.salt).not.toBe(eb.salt);
    expect(ea.iv).not.toBe(eb.iv);
    expect(a).not.toContain('Regenboog');
    const t0 = performance.now();
    expect(await readBackup(a, 'geheim wachtwoord')).toMatchObject({ ok: true, data: SAMPLE });
    console.log(`PBKDF2 600k + AES-GCM decrypt in Node: ${Math.round(performance.now() - t0)} ms`);
  });

  it('a wrong or missing passphrase says so', async () => {
    const file = await makeBackup(SAMPLE, MADE, 'juist', 1000);
    expect(await readBackup(file)).toEqual({ ok: false, error: 'needs-passphrase' });
    expect(await readBackup(file, 'fout')).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await readBackup(file, 'Juist')).toEqual({ ok: false, error: 'wrong-passphrase' });
  });

  it('a damaged, foreign or newer file gets its own message', async () => {
    const file = await makeBackup(SAMPLE, MADE);
    expect(await readBackup(file.slice(0, file.length - 20))).toEqual({ ok: false, error: 'damaged' });
    expect(await readBackup('')).toEqual({ ok: false, error: 'damaged' });
    expect(await readBackup('%PDF-1.7')).toEqual({ ok: false, error: 'damaged' });
    expect(await readBackup(JSON.stringify({ hello: 1 }))).toEqual({ ok: false, error: 'foreign' });
    expect(await readBackup(JSON.stringify([1, 2]))).toEqual({ ok: false, error: 'foreign' });
    expect(await readBackup(JSON.stringify({ app: BACKUP_APP, backup: 2, data: {} }))).toEqual({ ok: false, error: 'newer' });
    expect(await readBackup(JSON.stringify({ app: BACKUP_APP, backup: '1', data: {} }))).toEqual({ ok: false, error: 'damaged' });
    expect(await readBackup(JSON.stringify({ app: BACKUP_APP, backup: 1, data: { 'wegwijzer.answers': 5 } }))).toEqual({ ok: false, error: 'damaged' });
    // Keys outside the app's own are never carried in.
    expect(await readBackup(JSON.stringify({ app: BACKUP_APP, backup: 1, data: { 'other.key': 'x', 'wegwijzer.ticks': '{}' } }))).toMatchObject({ ok: true, data: { 'wegwijzer.ticks': '{}' } });
    // A changed encrypted part: AES-GCM notices.
    const enc = JSON.parse(await makeBackup(SAMPLE, MADE, 'juist', 1000));
    const bytes = atob(enc.encrypted.data);
    enc.encrypted.data = btoa(String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1));
    expect((await readBackup(JSON.stringify(enc), 'juist')).ok).toBe(false);
    expect(await readBackup(JSON.stringify({ ...enc, encrypted: { ...enc.encrypted, iv: 'AAAA' } }), 'juist')).toEqual({ ok: false, error: 'damaged' });
  });

  it('a copy whose answers or timeline come from a newer app is "newer" as a whole (restoring would drop them)', async () => {
    for (const [k, v] of [['wegwijzer.answers', 99], ['wegwijzer.timeline', 2]] as const) {
      const file = await makeBackup({ ...SAMPLE, [k]: JSON.stringify({ version: v }) }, MADE);
      expect(await readBackup(file)).toEqual({ ok: false, error: 'newer' });
      expect(await readBackup(await makeBackup({ ...SAMPLE, [k]: JSON.stringify({ version: v }) }, MADE, 'p', 1000), 'p')).toEqual({ ok: false, error: 'newer' });
    }
    expect(PART_VERSIONS['wegwijzer.timeline']).toBe(TIMELINE_VERSION);
  });

  it('any string read as a backup never throws (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (s) => {
        const r = await readBackup(s, 'x');
        expect(r.ok === false || typeof r.data === 'object').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('summarizes what is in it', () => {
    expect(summarize(SAMPLE)).toEqual({ answers: 2, events: 1, letterFields: 1, letterEdits: 1, ticks: 1, contact: true });
    expect(summarize({ 'wegwijzer.answers': '{broken' })).toEqual({ answers: 0, events: 0, letterFields: 0, letterEdits: 0, ticks: 0, contact: false });
  });

  it('merge keeps what is on the device and adds what only the file has', () => {
    const device: BackupData = {
      'wegwijzer.answers': JSON.stringify({ version: 1, answers: { situatie: ['tlv'] }, position: 'plan' }),
      'wegwijzer.timeline': JSON.stringify({ version: 1, events: [{ id: 'a', note: 'mine' }], base: {} }),
    };
    const m = mergeData(device, SAMPLE);
    expect(JSON.parse(m['wegwijzer.answers']!).answers).toEqual({ situatie: ['tlv'], 'aanmelding-datum': '2026-03-03' });
    expect(JSON.parse(m['wegwijzer.timeline']!).events).toEqual([{ id: 'a', note: 'mine' }]);
    expect(m['wegwijzer.letter-fields']).toBe(SAMPLE['wegwijzer.letter-fields']);
  });
});

describe('the Safari note', () => {
  const nav = (userAgent: string, standalone?: boolean) => ({ userAgent, standalone }) as unknown as Navigator;
  it('only in Safari outside the home screen', () => {
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    expect(isSafariInBrowser(nav(iphone))).toBe(true);
    expect(isSafariInBrowser(nav(iphone, true))).toBe(false);
    expect(isSafariInBrowser(nav('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'))).toBe(true);
    expect(isSafariInBrowser(nav('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'))).toBe(false);
    expect(isSafariInBrowser(nav('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1'))).toBe(false);
  });
});

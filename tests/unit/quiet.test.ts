import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quietI18nextSource } from '../../src/prerender/quiet';

// The file the build takes i18next from (its package's ESM entry).
const source = readFileSync(join(createRequire(import.meta.url).resolve('i18next').replace(/[\\/]dist[\\/].*$/, ''), 'dist', 'esm', 'i18next.js'), 'utf8');
const quiet = quietI18nextSource(source);

describe("i18next's messages for developers left out of the build (issue 17)", () => {
  it('every debug-only logger call is guarded, and there are such calls to guard', () => {
    const calls = source.match(/\bthis\.logger\.(log|warn|deprecate|once)\(/g) ?? [];
    expect(calls.length).toBeGreaterThan(20);
    expect(quiet.match(/void 0&&this\.logger\.(log|warn|deprecate|once)\(/g)).toHaveLength(calls.length);
    expect(quiet.replace(/void 0&&this\.logger\./g, '')).not.toMatch(/\bthis\.logger\.(log|warn|deprecate|once)\(/);
  });

  it('keeps the calls i18next makes whatever `debug` says (error)', () => {
    const errors = (s: string) => (s.match(/\bthis\.logger\.error\(/g) ?? []).length;
    expect(errors(source)).toBeGreaterThan(0);
    expect(errors(quiet)).toBe(errors(source));
  });

  it('the changed module still loads and translates, with nesting, interpolation and a missing namespace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quiet-i18next-'));
    const file = join(dir, 'i18next.mjs');
    writeFileSync(file, quiet);
    const { default: i18n } = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as typeof import('i18next');
    const inst = i18n.createInstance();
    await inst.init({ lng: 'nl', fallbackLng: 'nl', resources: { nl: { translation: { a: 'Hallo {{naam}}', b: '$t(a) en meer' } } } });
    expect(inst.t('a', { naam: 'Sam' })).toBe('Hallo Sam');
    expect(inst.t('b', { naam: 'Sam' })).toBe('Hallo Sam en meer');
    expect(inst.t('other:x')).toBe('x');
  });
});

import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from '../../src/app/i18n';

/**
 * Session 84: a failed language file is asked for again under the address the browser named in its error, with a
 * new query (Chromium 150 keeps a failed import of the same address for the page's life: CI stop 70). The browser
 * side is tests/browser/language-retry-s84.test.ts and language-load-s78.test.ts; this is the reading of the error.
 */
const ORIGIN = 'http://127.0.0.1:5173';
const FILE = `${ORIGIN}/assets/i18n/pl/lang.pl-Ceh0oOY.js`;

describe('the address in a failed import', () => {
  it('is read from Chromium\'s and Firefox\'s messages', () => {
    expect(failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${FILE}`), ORIGIN)).toBe(FILE);
    expect(failedModuleUrl(new TypeError(`error loading dynamically imported module: ${FILE}`), ORIGIN)).toBe(FILE);
  });

  it('keeps a site in a folder, and drops a query the address already had', () => {
    const inFolder = `${ORIGIN}/wegwijzer/assets/i18n/ar/lang.ar-x_Y-123.js`;
    expect(failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${inFolder}`), ORIGIN)).toBe(inFolder);
    expect(failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${FILE}?retry=3`), ORIGIN)).toBe(FILE);
  });

  it('is nothing when the message names none (Safari) or names another site', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'), ORIGIN)).toBeUndefined();
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: https://example.com/assets/lang.pl-a.js'), ORIGIN)).toBeUndefined();
    expect(failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${ORIGIN}.evil.test/x.js`), ORIGIN)).toBeUndefined();
    expect(failedModuleUrl('not an error', ORIGIN)).toBeUndefined();
    expect(failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${FILE}`), '')).toBeUndefined();
  });
});

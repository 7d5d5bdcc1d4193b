import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeWindow } from './fake-window';

/**
 * A language whose texts fail to load (CI stop 65: "Failed to fetch dynamically imported module" for
 * lang.pl-….js while switching back to Polski). Before: an unhandled rejection, and a tap on "Polski"
 * that did nothing and said nothing. Now: one retry a moment later (browsers fetch a failed module
 * again), and if that fails too, the page stays in its language with a notice and "Opnieuw proberen".
 */
let failuresLeft = 0;
let attempts = 0;
/** Registered anew in each test: a mock factory's module is kept across vi.resetModules(). */
function mockPolish() {
  vi.doMock('../../src/content/generated/lang.pl.ts', async (importOriginal) => {
    attempts++;
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new TypeError('Failed to fetch dynamically imported module: lang.pl.js');
    }
    return importOriginal();
  });
}

beforeEach(mockPolish);
afterEach(() => {
  vi.resetModules();
  failuresLeft = 0;
  attempts = 0;
});

describe('a language module that fails to load', () => {
  it('is fetched once more a moment later, and then the language is there', async () => {
    failuresLeft = 1;
    const { languageModule, LANGUAGE_RETRY_MS } = await import('../../src/app/i18n');
    const t0 = Date.now();
    const m = await languageModule('pl');
    expect(m.core.resources).toBeTruthy();
    expect(attempts).toBe(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(LANGUAGE_RETRY_MS - 50);
  });

  it('choosing it: when both tries fail, the page stays Dutch and says so; "Opnieuw proberen" then switches', async () => {
    const { win, data } = fakeWindow('#/vraag/situatie', {});
    const c = await import('../../src/app/controller');
    const i18n = await import('../../src/app/i18n');
    await c.boot(win);
    failuresLeft = 2;
    await c.changeLanguage('pl'); // resolves: nothing thrown at the menu's button
    expect(attempts).toBe(2);
    expect(i18n.currentLang()).toBe('nl');
    expect(data.get('wegwijzer.lang')).toBeUndefined();
    const notice = c.getState().notices.find((n) => n.key === 'language.loadFailed');
    expect(notice, 'a notice says the language did not load').toBeDefined();
    expect(notice!.urgent).toBe(true);
    expect(notice!.params).toEqual({ name: 'Polski' });
    const t = i18n.i18n.t.bind(i18n.i18n);
    expect(t(notice!.key, notice!.params)).toBe('De taal Polski kon niet laden. Misschien heb je even geen internet. Probeer het opnieuw.');
    expect(notice!.actions!.map((a) => t(a.label))).toEqual(['Opnieuw proberen', 'Sluiten']);
    // The network is back: "Opnieuw proberen".
    notice!.actions![0]!.run();
    await vi.waitFor(() => expect(i18n.currentLang()).toBe('pl'));
    expect(c.getState().notices.map((n) => n.key)).not.toContain('language.loadFailed');
    expect(data.get('wegwijzer.lang')).toBe('"pl"');
  });

  it('a language kept from before that cannot load at the start: Dutch, with the notice, and the choice is kept', async () => {
    failuresLeft = 2;
    const { win, data } = fakeWindow('#/', { 'wegwijzer.lang': '"pl"' });
    const c = await import('../../src/app/controller');
    const i18n = await import('../../src/app/i18n');
    await c.boot(win);
    expect(i18n.currentLang()).toBe('nl');
    expect(c.getState().notices.map((n) => n.key)).toContain('language.loadFailed');
    expect(data.get('wegwijzer.lang')).toBe('"pl"');
  });
});

describe('"Bewaar een kopie" when saving fails, and its file does not load', () => {
  it('says the app could not load that part (a new version, or the connection) instead of doing nothing', async () => {
    vi.doMock('../../src/app/export/download', () => {
      throw new TypeError('Failed to fetch dynamically imported module: download.js');
    });
    const { win } = fakeWindow('#/', {});
    const c = await import('../../src/app/controller');
    await c.boot(win);
    // The device store is full from now on.
    win.localStorage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    c.adoptShared({ situatie: ['aanmelden'] }, undefined, win);
    // (once the questionnaire's machine has loaded)
    await vi.waitFor(() => expect(c.getState().notices.map((n) => n.key)).toContain('trust.saveFailed'), { timeout: 5000 });
    const failed = c.getState().notices.find((n) => n.key === 'trust.saveFailed');
    failed!.actions![0]!.run(); // "Bewaar een kopie"
    await vi.waitFor(() => expect(c.getState().notices.map((n) => n.key)).toContain('trust.staleVersion'));
    expect(c.getState().notices.find((n) => n.key === 'trust.staleVersion')!.actions!.map((a) => a.label)).toEqual(['trust.reloadNow']);
    vi.doUnmock('../../src/app/export/download');
  });
});

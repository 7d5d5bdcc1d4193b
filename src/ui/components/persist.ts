import type { KeyValueStore } from '../../app/storage';
import { PERSIST_ASKED_KEY, SAFARI_NOTE_KEY, loadFlag, saveFlag } from '../../app/timeline-store';
import { addNotice } from '../../app/controller';

/**
 * Once the parent has a timeline, ask the browser to keep this site's data (no prompt in most
 * browsers). Safari outside the home screen deletes script-written data after 7 days without a
 * visit: say so once, calmly, and point to the copy.
 */
export function askPersistence(store: KeyValueStore, nav: Navigator = navigator): void {
  if (!loadFlag(store, PERSIST_ASKED_KEY)) {
    saveFlag(store, PERSIST_ASKED_KEY);
    nav.storage?.persist?.().then(
      (ok) => ok && addNotice({ key: 'backup.persisted' }),
      () => undefined,
    );
  }
  if (!loadFlag(store, SAFARI_NOTE_KEY) && isSafariInBrowser(nav)) {
    saveFlag(store, SAFARI_NOTE_KEY);
    addNotice({ key: 'backup.safari' });
  }
}

export function isSafariInBrowser(nav: Navigator): boolean {
  const ua = nav.userAgent;
  const safari = /Safari\//.test(ua) && !/Chrome\/|Chromium\/|CriOS\/|FxiOS\/|EdgiOS\/|Android/.test(ua);
  const standalone = (nav as Navigator & { standalone?: boolean }).standalone === true || (typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches);
  return safari && !standalone;
}

import type { Workbox } from 'workbox-window';

/**
 * Service worker registration (production builds only). When a new version is waiting, the parent
 * sees "Er is een nieuwe versie" and chooses when to reload. Answers are saved on every step.
 *
 * Only the tab where the parent chose "Nu vernieuwen" reloads by itself. Other open tabs may hold
 * input that is never stored (a BSN in a letter, an answer not yet sent): they are told that a new
 * version is active and reload when the parent says so ('update-elsewhere').
 * A failing registration (no service worker possible here) is not an error: the app works online.
 */
type Status = 'idle' | 'offline-ready' | 'update-waiting' | 'update-elsewhere';
let status: Status = 'idle';
let wb: Workbox | undefined;
/** Set when the parent in THIS tab chose "Nu vernieuwen". */
let requested = false;
const listeners = new Set<(s: Status) => void>();

const set = (s: Status) => {
  status = s;
  listeners.forEach((l) => l(s));
};
export const pwaStatus = () => status;
export const onPwaStatus = (l: (s: Status) => void) => (listeners.add(l), () => void listeners.delete(l));

/** What a tab does when a new service worker takes control: reload only if this tab asked for it. */
export function onControlling(isUpdate: boolean | undefined, reload: () => void = () => window.location.reload()): void {
  if (!isUpdate) return;
  if (requested) reload();
  else set('update-elsewhere');
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  // workbox-window loads after the first paint: it is not needed to show the first page (2 KB brotli less up front).
  // Should it fail to load, the app works on as it is; the next visit tries again.
  void import('workbox-window').then(({ Workbox }) => start(new Workbox('./sw.js', { scope: './' })), () => undefined);
}

function start(worker: Workbox): void {
  wb = worker;
  wb.addEventListener('waiting', () => set('update-waiting'));
  wb.addEventListener('installed', (e) => {
    if (!e.isUpdate) set('offline-ready');
  });
  wb.addEventListener('controlling', (e) => onControlling(e.isUpdate));
  // Blocked (private mode, no HTTPS) or the file is missing: the app still works while online.
  wb.register().catch(() => {
    wb = undefined;
  });
}

/** The parent chose "Nu vernieuwen": activate the waiting worker; this page reloads when it takes control. */
export function applyUpdate(): void {
  requested = true;
  if (wb && status === 'update-waiting') wb.messageSkipWaiting();
  else window.location.reload();
}

/**
 * A part of the app could not load while the browser is online: most likely a new version was put
 * online while this tab was open (its old files are gone). Reloading gets the new version; the
 * answers are on the device, so nothing is lost.
 */
export const likelyNewVersion = (): boolean => typeof navigator === 'undefined' || navigator.onLine !== false;
export const reloadForNewVersion = (): void => window.location.reload();

export const dismissPwa = () => set('idle');

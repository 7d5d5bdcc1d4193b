import type { Workbox } from 'workbox-window';

/**
 * Service worker registration (production builds only). When a new version is waiting, the parent
 * sees "Er is een nieuwe versie" and chooses when to reload. Answers are saved on every step,
 * so the reload loses nothing.
 */
type Status = 'idle' | 'offline-ready' | 'update-waiting';
let status: Status = 'idle';
let wb: Workbox | undefined;
const listeners = new Set<(s: Status) => void>();

const set = (s: Status) => {
  status = s;
  listeners.forEach((l) => l(s));
};
export const pwaStatus = () => status;
export const onPwaStatus = (l: (s: Status) => void) => (listeners.add(l), () => void listeners.delete(l));

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  // workbox-window loads after the first paint: it is not needed to show the first page (2 KB brotli less up front).
  void import('workbox-window').then(({ Workbox }) => start(new Workbox('./sw.js', { scope: './' })));
}

function start(worker: Workbox): void {
  wb = worker;
  wb.addEventListener('waiting', () => set('update-waiting'));
  wb.addEventListener('installed', (e) => {
    if (!e.isUpdate) set('offline-ready');
  });
  wb.addEventListener('controlling', (e) => {
    if (e.isUpdate) window.location.reload();
  });
  void wb.register();
}

/** The parent chose "Nu vernieuwen": activate the waiting worker; the page reloads when it takes control. */
export function applyUpdate(): void {
  if (wb) wb.messageSkipWaiting();
  else window.location.reload();
}

export const dismissPwa = () => set('idle');

// The bare stack's service worker: registered like the app's, caches nothing (the bench blocks workers).
self.addEventListener('fetch', () => undefined);

/**
 * A window for the controller in Node: localStorage, location and history (counting pushes), events,
 * and animation frames as timers.
 */
export function fakeWindow(hash: string, stored: Record<string, string>, shared?: Map<string, string>) {
  // Two windows of one browser (two tabs) share their storage: pass the first one's `data`.
  const data = shared ?? new Map(Object.entries(stored));
  const localStorage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  const pushes: string[] = [];
  const location = { hash, href: `http://x/${hash}`, reload() {} };
  const win = {
    localStorage,
    location,
    history: {
      replaceState: (_: unknown, __: string, h: string) => void (location.hash = h),
      pushState: (_: unknown, __: string, h: string) => void (pushes.push(h), (location.hash = h)),
    },
    listeners: new Map<string, Set<() => void>>(),
    addEventListener(type: string, f: () => void) {
      this.listeners.set(type, (this.listeners.get(type) ?? new Set()).add(f));
    },
    removeEventListener(type: string, f: () => void) {
      this.listeners.get(type)?.delete(f);
    },
    fire(type: string, event?: unknown) {
      for (const f of [...(this.listeners.get(type) ?? [])]) (f as (e?: unknown) => void)(event);
    },
    requestAnimationFrame: (f: () => void) => setTimeout(f, 0),
    navigator: { onLine: true },
  };
  return { win: win as unknown as Window, fire: (type: string, event?: unknown) => win.fire(type, event), pushes, location, data };
}

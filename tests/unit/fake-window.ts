/**
 * A window for the controller in Node: localStorage, location and history (counting pushes), events,
 * and animation frames as timers.
 */
export function fakeWindow(hash: string, stored: Record<string, string>) {
  const data = new Map(Object.entries(stored));
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
    fire(type: string) {
      for (const f of [...(this.listeners.get(type) ?? [])]) f();
    },
    requestAnimationFrame: (f: () => void) => setTimeout(f, 0),
    navigator: { onLine: true },
  };
  return { win: win as unknown as Window, fire: (type: string) => win.fire(type), pushes, location };
}

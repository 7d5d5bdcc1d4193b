import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, originOf, startServer, watch, type Server, type Watched } from './harness';

export interface BrowserSuite {
  readonly server: Server;
  readonly browser: Browser;
  /** Registers a context for closing after the test, without a page yet. */
  own(ctx: BrowserContext): void;
  /** Watches a page: after the test, no foreign request, no console error, no alert() may have happened. */
  track(ctx: BrowserContext, page: Page, origin?: string): Watched;
}

/**
 * Registers the hooks every browser test file needs: a server and a browser for the file, and after
 * each test the checks on every tracked page (no request to another origin, no console error, no
 * dialog), then its context is closed.
 */
export function useBrowserSuite(outDir = 'dist'): BrowserSuite {
  let server: Server | undefined;
  let browser: Browser | undefined;
  const open: { ctx: BrowserContext; watched: Watched[]; dialogs: string[] }[] = [];
  beforeAll(async () => {
    server = await startServer(undefined, undefined, outDir);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    for (const o of open.splice(0)) {
      for (const w of o.watched) {
        expect(w.foreignRequests, 'requests to other origins').toEqual([]);
        expect(w.consoleErrors, 'console errors').toEqual([]);
      }
      expect(o.dialogs, 'no alert() ever ran').toEqual([]);
      await o.ctx.close().catch(() => undefined);
    }
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    own(ctx) {
      if (!open.some((o) => o.ctx === ctx)) open.push({ ctx, watched: [], dialogs: [] });
    },
    track(ctx, page, origin) {
      let entry = open.find((o) => o.ctx === ctx);
      if (!entry) open.push((entry = { ctx, watched: [], dialogs: [] }));
      const watched = watch(page, origin ?? originOf(server!.url));
      entry.watched.push(watched);
      const dialogs = entry.dialogs;
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      return watched;
    },
  };
}

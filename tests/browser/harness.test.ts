/**
 * The browser tests' server (harness.ts startServer). CI run 62 failed a whole suite with "vite preview did not start"
 * after 20 s and nothing to say why: a port picked at random can be taken. Now a free port is asked of the system, a
 * server that exits at once says what vite said, and without a port given it tries another.
 */
import { describe, expect, it } from 'vitest';
import { createServer, type Server as NetServer } from 'node:net';
import { freePort, startServer } from './harness';

const occupy = async (): Promise<{ port: number; server: NetServer }> => {
  const port = await freePort();
  const server = createServer();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return { port, server };
};

describe('startServer', () => {
  it('fails at once, with vite\'s own words, on a port that is taken', async () => {
    const { port, server } = await occupy();
    const t0 = Date.now();
    try {
      await expect(startServer(port)).rejects.toThrow(new RegExp(`exited before it served http://127\\.0\\.0\\.1:${port}/: .*${port}`, 's'));
      // Before: it waited out its 20 s and said only "did not start".
      expect(Date.now() - t0).toBeLessThan(15_000);
    } finally {
      server.close();
    }
  });

  it('serves two builds side by side on ports of their own', async () => {
    const [a, b] = await Promise.all([startServer(), startServer()]);
    try {
      expect(a.url).not.toBe(b.url);
      for (const s of [a, b]) expect((await fetch(s.url)).ok).toBe(true);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

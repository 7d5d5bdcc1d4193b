/**
 * Session 79 (issue 17): the built files that start with V8's explicit compile hint. The hint works only as the file's
 * very first line, so this reads dist/ as the browser gets it: the entry and `shared` start with it (after minification
 * and every later plugin), the content files, the machine and the other lazy pages do not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { COMPILE_HINT } from '../../src/prerender/chunks';

const assets = join(ROOT, 'dist', 'assets');
const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
const firstLine = (f: string) => readFileSync(join(assets, f), 'utf8').split('\n', 1)[0];

describe('the compile hint in dist/', () => {
  it('starts the entry, the plan\'s shared code and (session 81) the timeline\'s plan code', () => {
    const hinted = files.filter((f) => firstLine(f) === COMPILE_HINT).map((f) => f.replace(/-[\w-]{7}\.js$/, '')).sort();
    expect(hinted).toEqual(['index', 'shared', 'timeline-plan']);
  });
  it('is nowhere else in a file (a second copy would mean a chunk was joined after the banner)', () => {
    for (const f of files) {
      const text = readFileSync(join(assets, f), 'utf8');
      expect(text.split(COMPILE_HINT).length - 1, f).toBeLessThanOrEqual(1);
    }
    expect(files.some((f) => f.startsWith('machine-'))).toBe(true);
    expect(files.some((f) => f.startsWith('pagetexts.nl-'))).toBe(true);
  });
});

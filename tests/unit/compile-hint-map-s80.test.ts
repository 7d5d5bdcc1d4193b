/**
 * Session 80: the compile hint (src/prerender/chunks.ts, session 79) puts one line at the top of `index` and `shared` after
 * the bundler made their source maps. With `vite build --sourcemap` every position in those maps was then one line off:
 * a source-map explorer put 84 KB of `shared` in src/rules/ics.ts and negative sizes in src/meeting/letter.ts. The plugin
 * now moves the map one line down with the code.
 */
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintPlugin, shiftMapOneLine } from '../../src/prerender/chunks';

type Hook = { handler: (options: unknown, bundle: Record<string, unknown>) => void };

function runPlugin(bundle: Record<string, unknown>) {
  const hook = compileHintPlugin().generateBundle as unknown as Hook;
  hook.handler({}, bundle);
  return bundle;
}

describe('compile hint and source maps', () => {
  it('shifts a map one generated line down and keeps the rest', () => {
    const map = { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA;AACA' };
    expect(JSON.parse(shiftMapOneLine(JSON.stringify(map)))).toEqual({ ...map, mappings: ';AAAA;AACA' });
  });

  it('moves the map asset of a hinted chunk with its code, and leaves other chunks alone', () => {
    const map = JSON.stringify({ version: 3, sources: ['src/rules/plan.ts'], names: [], mappings: 'AAAA,CAAC;AACA' });
    const bundle = runPlugin({
      'assets/shared-x.js': { type: 'chunk', name: 'shared', isEntry: false, fileName: 'assets/shared-x.js', code: 'a();\nb();', map: null },
      'assets/shared-x.js.map': { type: 'asset', fileName: 'assets/shared-x.js.map', source: map },
      'assets/qr-y.js': { type: 'chunk', name: 'qr', isEntry: false, fileName: 'assets/qr-y.js', code: 'q();', map: null },
      'assets/qr-y.js.map': { type: 'asset', fileName: 'assets/qr-y.js.map', source: map },
    });
    expect((bundle['assets/shared-x.js'] as { code: string }).code).toBe(`${COMPILE_HINT}\na();\nb();`);
    expect(JSON.parse((bundle['assets/shared-x.js.map'] as { source: string }).source).mappings).toBe(';AAAA,CAAC;AACA');
    expect((bundle['assets/qr-y.js'] as { code: string }).code).toBe('q();');
    expect((bundle['assets/qr-y.js.map'] as { source: string }).source).toBe(map);
  });

  it('moves a map kept on the chunk itself', () => {
    const bundle = runPlugin({
      'assets/index-z.js': { type: 'chunk', name: 'index', isEntry: true, fileName: 'assets/index-z.js', code: 'x();', map: { mappings: 'AAAA' } },
    });
    expect((bundle['assets/index-z.js'] as { map: { mappings: string } }).map.mappings).toBe(';AAAA');
  });
});

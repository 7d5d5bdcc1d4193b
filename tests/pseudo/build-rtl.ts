/**
 * TEST-ONLY build with pseudo-Arabic (tests/pseudo/pseudo-ar.ts) into dist-rtl/, for
 * tests/browser/rtl.test.ts: right to left, the six-language menu and fonts before real
 * translations exist. Never a release: dist/ and content/ are not touched, and the generated
 * modules are rebuilt from content/ at the end.
 *
 *   npx tsx tests/pseudo/build-rtl.ts && npx vitest run --project browser tests/browser/rtl.test.ts
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makePseudoArabicRoot } from './pseudo-ar';

const ROOT = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
const tmp = makePseudoArabicRoot(join(ROOT, 'content'));
try {
  execFileSync(bin('tsx'), ['src/content/compile/main.ts', '--content-root', tmp], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(bin('vite'), ['build', '--outDir', 'dist-rtl', '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
} finally {
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(bin('tsx'), ['src/content/compile/main.ts'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * TEST-ONLY build with pseudo-Arabic (tests/pseudo/pseudo-ar.ts) into dist-rtl/, for
 * tests/browser/rtl.test.ts: right to left, the six-language menu and fonts before real
 * translations exist. Never a release: dist/ and content/ are not touched, and the generated
 * modules are rebuilt from content/ at the end. App and static pages are built from a temporary
 * content root with nl, en and pseudo-ar only, so a real content/ar (or tr, pl, uk) does not mix in.
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
  // The static pages from the same temporary content as the app (not from content/, which may hold real translations).
  execFileSync(bin('vite'), ['build', '--outDir', 'dist-rtl', '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, WEGWIJZER_CONTENT_ROOT: tmp } });
} finally {
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(bin('tsx'), ['src/content/compile/main.ts'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Session 79 (issue 17): which files carry V8's explicit compile hint (src/prerender/chunks.ts, `compileHint`), read by
 * the build as `postBanner`. The built files themselves are checked in tests/browser/compile-hint-s79.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHint } from '../../src/prerender/chunks';

describe('compileHint', () => {
  it('is V8\'s magic comment, a line of its own', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });
  it('marks the first load and the plan\'s shared code', () => {
    expect(compileHint({ name: 'index', isEntry: true })).toBe(COMPILE_HINT);
    expect(compileHint({ name: 'shared', isEntry: false })).toBe(COMPILE_HINT);
  });
  it('leaves content, the machine and the other lazy pages to V8', () => {
    for (const name of ['pagetexts.nl', 'steps.nl', 'questions.nl', 'machine', 'TimelinePage', 'MeetingPage', 'SharePage', 'workbox-window.prod.es5', 'qr', 'docx']) {
      expect(compileHint({ name, isEntry: false }), name).toBe('');
    }
  });
});

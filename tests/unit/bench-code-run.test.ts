/**
 * The bench's count of code run (tests/bench/calls.ts `codeRun`, issue 17's twenty-ninth round in ROUNDS.md). V8's
 * detailed coverage leaves out a nested range whose count equals its parent's, so the same run reported with one branch
 * taken once more shows extra ranges, and their sum (`blocks`) jumps; the characters run must not.
 */
import { describe, expect, it } from 'vitest';
import { codeRun } from '../bench/calls';

type Fn = Parameters<typeof codeRun>[0][number];
const total = (fns: Fn[]) => {
  let n = 0;
  codeRun(fns, (_o, length, count) => (n += length * count));
  return n;
};
const blocks = (fns: Fn[]) => fns.reduce((s, f) => s + f.ranges.reduce((t, r) => t + r.count, 0), 0);

describe('code run, in characters', () => {
  // A script of 100 characters: its top level runs once; f (10..60) is called 100 times, with an if (20..30) taken
  // every time and an else (30..40) never; g (70..90) is never called.
  const script = { functionName: '', ranges: [{ startOffset: 0, endOffset: 100, count: 1 }] };
  const g = { functionName: 'g', ranges: [{ startOffset: 70, endOffset: 90, count: 0 }] };

  it('counts each character by its innermost range: top level once, f 100 times but its else never, g never', () => {
    const f = { functionName: 'f', ranges: [{ startOffset: 10, endOffset: 60, count: 100 }, { startOffset: 30, endOffset: 40, count: 0 }] };
    // Top level: 0..10, 60..70, 90..100 = 30 characters once; f: 40 characters 100 times.
    expect(total([script, f, g])).toBe(30 + 40 * 100);
  });

  it('is the same whether V8 reports a branch with its parent\'s count or folds it away', () => {
    const folded = { functionName: 'f', ranges: [{ startOffset: 10, endOffset: 60, count: 100 }, { startOffset: 30, endOffset: 40, count: 0 }] };
    const reported = { functionName: 'f', ranges: [{ startOffset: 10, endOffset: 60, count: 100 }, { startOffset: 20, endOffset: 30, count: 100 }, { startOffset: 30, endOffset: 40, count: 0 }] };
    expect(total([script, reported, g])).toBe(total([script, folded, g]));
    // The sum of ranges does not stay the same: the difference earlier rounds read as work.
    expect(blocks([script, reported, g])).toBe(blocks([script, folded, g]) + 100);
  });

  it('weighs the branch taken once more by its own length only', () => {
    const once = { functionName: 'f', ranges: [{ startOffset: 10, endOffset: 60, count: 100 }, { startOffset: 30, endOffset: 40, count: 1 }] };
    expect(total([script, once, g]) - (30 + 40 * 100)).toBe(10);
  });
});

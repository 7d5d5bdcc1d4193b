/**
 * Issue 17, nineteenth round: the same answers are worked out once, in whatever object they come (answersMemo in
 * src/flow/answers.ts), for applicableAnswers (route.ts) and the rules' resolvedAnswers (facts.ts). A plan opened from a
 * link passed the same answers, each time in a new object, five and four times through these passes at boot.
 */
import { describe, expect, it } from 'vitest';
import { answersMemo, sameAnswers, type Answers } from '../../src/flow/answers';
import { applicableAnswers } from '../../src/flow/route';
import { resolvedAnswers } from '../../src/rules/facts';
import { LARGEST } from '../bench/answers';

const fresh = (a: Answers): Answers => JSON.parse(JSON.stringify(a)) as Answers;

describe('the same answers worked out once', () => {
  it('applicableAnswers: the same answers in a new object give the very same result; a changed answer a new, right one', () => {
    const first = applicableAnswers(fresh(LARGEST));
    expect(applicableAnswers(fresh(LARGEST))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const changed = { ...fresh(LARGEST), situatie: ['aanmelden'] };
    const other = applicableAnswers(changed);
    expect(other).not.toBe(first);
    expect(other['situatie']).toEqual(['aanmelden']);
    // Back to the first answers: worked out again, equal to the first result.
    expect(applicableAnswers(fresh(LARGEST))).toEqual(first);
  });

  it('resolvedAnswers: the same, and its answers are frozen too', () => {
    const first = resolvedAnswers(fresh(LARGEST));
    expect(resolvedAnswers(fresh(LARGEST))).toBe(first);
    expect(Object.isFrozen(first.answers)).toBe(true);
    expect(resolvedAnswers({ ...fresh(LARGEST), groep: 'groep-8' })).not.toBe(first);
  });

  it('answersMemo: one computation per run of equal answers; a list compared by its items, in order', () => {
    let runs = 0;
    const f = answersMemo((a) => (runs++, Object.keys(a).length));
    f({ x: 'a', y: ['b', 'c'] });
    f({ x: 'a', y: ['b', 'c'] });
    expect(runs).toBe(1);
    f({ x: 'a', y: ['c', 'b'] });
    expect(runs).toBe(2);
    f({ x: 'a', y: ['c', 'b'], z: 'd' });
    expect(runs).toBe(3);
  });

  it('sameAnswers: a key missing on one side, a text against a list, a list of another length: not the same', () => {
    expect(sameAnswers({ a: 'x' }, { a: 'x' })).toBe(true);
    expect(sameAnswers({ a: 'x' }, { b: 'x' })).toBe(false);
    expect(sameAnswers({ a: 'x' }, { a: ['x'] })).toBe(false);
    expect(sameAnswers({ a: ['x'] }, { a: ['x', 'y'] })).toBe(false);
    expect(sameAnswers({ a: 'x', b: 'y' }, { a: 'x' })).toBe(false);
  });
});

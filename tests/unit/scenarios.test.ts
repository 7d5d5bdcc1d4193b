/**
 * The scenario suite (tests/scenarios/*.yaml): dated cases from the sources, each with what a
 * parents' lawyer says the plan must and must not say. Every failing expectation is reported with
 * the scenario id and the reason. Scenarios marked `knownFailing` (an engine defect, with its reason)
 * are expected to fail: when one starts to pass, this test fails too, so the mark gets removed.
 * `npm run scenarios:review` writes tests/scenarios/REVIEW.md with every scenario and its whole plan.
 */
import { describe, expect, it } from 'vitest';
import { calc, check, loadScenarios, validateScenario, weekday, type Context } from '../scenarios/suite';
import { runScenario, type Outcome } from '../scenarios/run';

const scenarios = loadScenarios();
const outcomes = new Map<string, Outcome>();

describe('scenario suite: the scenarios themselves', () => {
  it('has at least 40 dated scenarios, each citing sources', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    for (const s of scenarios) expect(s.sources.length, s.id).toBeGreaterThan(0);
  });
  it('covers every parent story of 003, the rulings of 004 FAQ 18, the grounds in 002 and the law in 001', () => {
    const cites = (prefix: string) => scenarios.filter((s) => s.sources.some((x) => x.startsWith(prefix))).length;
    for (const p of ['003:', '004:', '002:', '001:']) expect(cites(p), p).toBeGreaterThanOrEqual(5);
    // 003's parent stories, by the line where each starts (Amine, SO-kind, Mees, Marc, Sander, Mirjam, Lisa, Dylan, Addy, Ayla, Lars).
    for (const line of [242, 322, 430, 525, 549, 593, 693, 783, 811, 883, 957]) {
      const hit = scenarios.some((s) => s.sources.some((x) => {
        const m = /^003:(\d+)(?:-(\d+))?$/.exec(x);
        return !!m && Number(m[1]) <= line && line <= Number(m[2] ?? m[1]);
      }));
      expect(hit, `003:${line}`).toBe(true);
    }
  });
  it('date arithmetic of the suite: weeks are 7 days, months per calendar, 6 weeks after a Tuesday is a Tuesday', () => {
    expect(calc('2026-11-17 + 6w')).toBe('2026-12-29');
    expect(weekday('2026-11-17')).toBe('di');
    expect(weekday(calc('2026-11-17 + 6w'))).toBe('di');
    expect(calc('2026-10-05 + 10w')).toBe('2026-12-14');
    expect(calc('2026-01-31 + 1m')).toBe('2026-02-28');
    expect(calc('2028-01-31 + 1m')).toBe('2028-02-29');
    expect(calc('2026-11-03 + 1m')).toBe('2026-12-03');
    expect(calc('2026-12-28 + 1w')).toBe('2027-01-04');
  });
  it('the loader refuses a wrong due date, an unknown concept, a date after today and an answer the questionnaire cannot give', () => {
    const base = { id: 'x', title: 't', sources: ['002:748-750'], story: 's', today: '2026-11-30', answers: {}, mustNot: [] };
    expect(() => validateScenario({ ...base, must: [{ step: 'bezwaar-weigering', due: '2026-12-30', dueCalc: '2026-11-17 + 6w' }] }, 'f')).toThrow(/2026-12-29/);
    expect(() => validateScenario({ ...base, must: [{ step: 'bezwaar-weigering', due: '2026-12-29' }] }, 'f')).toThrow(/dueCalc/);
    expect(() => validateScenario({ ...base, must: [{ step: 'no-such-concept' }] }, 'f')).toThrow(/unknown concept/);
    expect(() => validateScenario({ ...base, answers: { 'weigering-datum': '2026-12-01' }, must: [{ step: 'gpo' }] }, 'f')).toThrow(/after today/);
    // Session 41: answers the questionnaire cannot give, which the plan dropped without a word.
    expect(() => validateScenario({ ...base, answers: { onderzoek: 'nee' }, must: [{ step: 'gpo' }] }, 'f')).toThrow(/onderzoek = "nee" is not an answer/);
    expect(() => validateScenario({ ...base, answers: { 'hv-schriftelijk': 'weet-niet' }, must: [{ step: 'gpo' }] }, 'f')).toThrow(/choice: ja, nee/);
    expect(() => validateScenario({ ...base, answers: { 'geen-vraag': 'ja' }, must: [{ step: 'gpo' }] }, 'f')).toThrow(/no such question/);
    expect(() => validateScenario({ ...base, answers: { situatie: ['lezen', 'tlv'] }, must: [{ step: 'gpo' }] }, 'f')).toThrow(/not an answer/);
  });
  it('the checker can fail: each kind of expectation against a small plan', () => {
    const ctx: Context = {
      plan: {
        steps: [
          { id: 'onderwijs-thuis-vragen', group: 'nu' },
          { id: 'bezwaar-verwijdering', group: 'nu', deadline: { start: '2026-11-17', amount: 6, unit: 'weeks', due: '2026-12-29', daysLeft: 29, status: 'upcoming', certain: true } },
          { id: 'geschillencommissie', group: 'als-het-niet-lukt', deadline: { start: '2026-11-17', amount: 6, unit: 'weeks', due: '2026-12-29', daysLeft: 29, status: 'upcoming', certain: false } },
        ],
        warnings: [{ id: 'verwijdering-zonder-school' }],
      },
      markdown: 'Vraag een schriftelijk besluit.',
      textOf: () => 'De school houdt de zorgplicht.',
    };
    expect(check({ step: 'bezwaar-verwijdering', due: '2026-12-29', certain: true }, ctx, false)).toBeUndefined();
    expect(check({ step: 'bezwaar-verwijdering', due: '2026-12-28' }, ctx, false)).toMatch(/due 2026-12-29, expected 2026-12-28/);
    expect(check({ step: 'gpo', group: 'nu' }, ctx, false)).toMatch(/group als-het-niet-lukt/);
    expect(check({ sameGroup: ['gpo', 'bezwaar-verwijdering'] }, ctx, false)).toMatch(/als-het-niet-lukt/);
    expect(check({ before: ['onderwijs-thuis', 'bezwaar-verwijdering'] }, ctx, false)).toBeUndefined();
    expect(check({ before: ['bezwaar-verwijdering', 'onderwijs-thuis'] }, ctx, false)).toMatch(/after/);
    expect(check({ first: 'onderwijs-thuis' }, ctx, false)).toBeUndefined();
    expect(check({ clockFrom: '2026-11-17' }, ctx, true)).toMatch(/clock runs/);
    expect(check({ text: 'schriftelijk' }, ctx, false)).toBeUndefined();
    expect(check({ text: 'telefoon' }, ctx, false)).toMatch(/does not say/);
    expect(check({ stepText: { step: 'verwijdering-zonder-school', matches: 'zorgplicht' } }, ctx, false)).toBeUndefined();
    expect(check({ step: 'tlv-bezwaar' }, ctx, false)).toMatch(/missing/);
    expect(check({ step: 'tlv-bezwaar' }, ctx, true)).toBeUndefined();
    expect(check({ anyOf: [{ step: 'tlv-bezwaar' }, { text: 'besluit' }] }, ctx, false)).toBeUndefined();
    expect(check({ step: 'bezwaar-verwijdering', hasDeadline: true }, ctx, true)).toMatch(/must not/);
  });
});

describe('scenario suite: plans held against the sources', () => {
  for (const s of scenarios) {
    const label = `${s.id}${s.knownFailing ? ' (known failing)' : ''}: ${s.title}`;
    it(label, async () => {
      const o = await runScenario(s);
      outcomes.set(s.id, o);
      const report = o.failures.map((f) => `  ✗ [${s.id}] ${f.where}: ${f.reason}`).join('\n');
      if (s.knownFailing) {
        if (!o.failures.length) throw new Error(`[${s.id}] passes now: remove knownFailing ("${s.knownFailing}") from ${s.file}`);
        console.info(`[${s.id}] known failing (${s.knownFailing}):\n${report}`);
        return;
      }
      if (o.failures.length) throw new Error(`[${s.id}] ${o.failures.length} expectation(s) not met:\n${report}`);
    });
  }
  it('summary', () => {
    const rows = scenarios.map((s) => {
      const o = outcomes.get(s.id);
      return `${o && !o.failures.length ? 'PASS' : 'FAIL'} ${s.id}${o?.failures.length ? ` (${o.failures.length})` : ''}${s.knownFailing ? ' [known failing]' : ''}`;
    });
    console.info(`scenario suite: ${rows.filter((r) => r.startsWith('PASS')).length}/${rows.length} pass\n${rows.join('\n')}`);
    expect(outcomes.size).toBe(scenarios.length);
  });
});

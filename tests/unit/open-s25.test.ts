/**
 * Session 25 (s25-open): the points the session-24 closing note left open in the plans, letters and CLI, judged as a
 * parents' lawyer from the sources. Each block failed on main 8797cb2. Scenarios beside it: tests/scenarios/015-open-s25.yaml.
 */
import { describe, expect, it } from 'vitest';
import { loadTexts, readAnswersFile, renderFirstScreen, run } from '../../src/cli/plan';
import { buildPlan } from '../../src/rules/plan';
import uiNl from '../../src/content/generated/pagetexts.nl';
import uiEn from '../../src/content/generated/pagetexts.en';

const WAITING = 'tests/answers/aanmelden-schriftelijk-wachten.json';
const uiTitle = (root: unknown, path: string): string => path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], root) as string;

// ── 4. `npm run plan` starts with the first screen, as the app does ────────────────────────────────────────────────

describe('npm run plan: the default markdown starts with "Eerst dit"', () => {
  it('the first screen comes right under the title, before the date made, the warnings and "Nu doen"', async () => {
    const r = await run([WAITING, '--today', '2026-11-23']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    const first = renderFirstScreen(buildPlan(readAnswersFile(WAITING, '2026-11-23').answers, '2026-11-23'), await loadTexts('nl'));
    expect(first).toContain(`## ${uiTitle(uiNl, 'planFirst.title')}`);
    // Line 1 the title, line 3 the first screen's heading (as PlanPage: Heading, then FirstThings).
    expect(md.split('\n').slice(0, 3)).toEqual(['# Jouw plan', '', `## ${uiTitle(uiNl, 'planFirst.title')}`]);
    expect(md).toContain(first.trimEnd());
    expect(md.indexOf(first.trimEnd())).toBeLessThan(md.indexOf('Gemaakt op'));
    expect(md.indexOf('Gemaakt op')).toBeLessThan(md.indexOf('## Nu doen'));
    // Once: the plan below it is whole, the first screen is not repeated.
    expect(md.split(`## ${uiTitle(uiNl, 'planFirst.title')}`)).toHaveLength(2);
  });

  it('--format first still prints only the first screen; --lang en starts with it too', async () => {
    const f = await run([WAITING, '--today', '2026-11-23', '--format', 'first']);
    expect(f.stdout.startsWith('## ')).toBe(true);
    expect(f.stdout).not.toContain('## Nu doen');
    const en = await run([WAITING, '--today', '2026-11-23', '--lang', 'en']);
    expect(en.stdout.split('\n')[2]).toBe(`## ${uiTitle(uiEn, 'planFirst.title')}`);
    expect(en.stdout.indexOf('## Do now')).toBeGreaterThan(en.stdout.indexOf(`## ${uiTitle(uiEn, 'planFirst.title')}`));
  });
});

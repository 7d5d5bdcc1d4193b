import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The one direction of flow (../shared/DESIGN.md): the questionnaire (src/flow) below the rules (src/rules), both below
 * the timeline and the meeting card, and none of these four reading the app's storage, its views or the DOM. They run in
 * Node and are tested without a browser. Read from the source's import lines, so a new import that climbs fails here.
 */
const SRC = resolve(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.tsx?$/.test(f) ? [join(dir, f)] : []));

/** Every module a file imports (static, re-exported or dynamic): a path under src/ (`local`) or a package name. */
function importsOf(file: string): { target: string; local: boolean }[] {
  const src = readFileSync(file, 'utf8');
  const specs = [...src.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => (m[1] ?? m[2])!);
  return specs.map((s) => (s.startsWith('.') ? { target: relative(SRC, resolve(dirname(file), s)).replace(/\\/g, '/'), local: true } : { target: s, local: false }));
}

/** A package for views or the browser: none of these layers may use one (XState and the like are fine). */
const VIEW_PACKAGES = /^(preact|workbox-|i18next)/;

/** The files of a layer and what each imports outside the places it may (a path under src/, or a view package). */
function climbs(layer: string, allowed: readonly string[]): string[] {
  const may = ({ target, local }: { target: string; local: boolean }) =>
    local ? allowed.some((a) => target === a || target.startsWith(`${a}/`)) : !VIEW_PACKAGES.test(target);
  return files(join(SRC, layer)).flatMap((f) =>
    importsOf(f)
      .filter((t) => !may(t))
      .map((t) => `${relative(SRC, f)} → ${t.target}`),
  );
}

describe('layers: imports only go down', () => {
  it('the questionnaire (src/flow) reads only itself and what a date is', () => {
    // Session 42: route.ts read isIsoDate from src/rules/dates.ts, one import that climbed (DESIGN.md's note).
    expect(climbs('flow', ['flow', 'isoDate', 'languages'])).toEqual([]);
  });

  it('the rules (src/rules) read the questionnaire and themselves; one known exception', () => {
    // The exception: a letter reads a logged event by the plan's own rule (toldOnlyOrally, session 37), which lives with
    // the timeline's table of effects. Any other climb fails.
    expect(climbs('rules', ['rules', 'flow', 'isoDate', 'languages', 'timeline/effects'])).toEqual([]);
  });

  it('the timeline and the meeting card read the rules and the questionnaire, never the app, its views or the DOM', () => {
    const pure = ['flow', 'rules', 'timeline', 'meeting', 'isoDate', 'languages'];
    expect(climbs('timeline', pure)).toEqual([]);
    expect(climbs('meeting', pure)).toEqual([]);
  });

  it('finds imports at all (the reader is not blind)', () => {
    expect(importsOf(join(SRC, 'rules/catalogue.ts')).map((t) => t.target)).toContain('rules/steps/index');
    expect(importsOf(join(SRC, 'ui/App.tsx')).some((t) => !t.local && t.target.startsWith('preact'))).toBe(true);
    expect(climbs('ui', ['flow'])).not.toEqual([]);
  });
});

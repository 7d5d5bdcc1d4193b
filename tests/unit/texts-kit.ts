/**
 * Shared by the removal-warning tests (left-s81, left2-s82, left-s83): the six languages' texts loaded once per file, a path
 * lookup into them, and a scenario by id.
 */
import { beforeAll } from 'vitest';
import { loadTexts, type Texts } from '../../src/cli/plan';
import { loadScenarios } from '../scenarios/suite';

export const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

/** Every language's texts, filled before the file's tests run (call at the top of a test file). */
export function useAllTexts(): Partial<Record<Lang, Texts>> {
  const texts: Partial<Record<Lang, Texts>> = {};
  beforeAll(async () => {
    for (const l of LANGS) texts[l] = await loadTexts(l);
  });
  return texts;
}

/** The value at a dotted path ("left83.warning.x.text") in a texts tree, or undefined. */
export const at = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((n, p) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[p] : undefined), root);

let all: ReturnType<typeof loadScenarios> | undefined;
/** A scenario of tests/scenarios by id (the files read once). */
export const scenario = (id: string) => (all ??= loadScenarios()).find((x) => x.id === id)!;

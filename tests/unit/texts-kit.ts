/**
 * Shared by the removal-warning tests (left-s81, left2-s82, left-s83): the six languages' texts loaded once per file, a path
 * lookup into them, a scenario by id, a decided removal's answers and a warning by id.
 */
import { beforeAll } from 'vitest';
import { loadTexts, type Texts } from '../../src/cli/plan';
import { loadScenarios } from '../scenarios/suite';
import type { Answers } from '../../src/flow/answers';
import type { Plan } from '../../src/rules/plan';

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

/** A removal decided on paper on Tue 2 Feb 2027, no other school, no bezwaar yet (left2-s82, left-s83). */
export const REMOVAL_DECIDED: Answers = {
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-02-02',
  'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', opp: 'ja', 'opp-besproken': '2026-11-10',
  'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee',
  tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
} as Answers;

/** A plan's warning by id. */
export const warning = (plan: Plan, id: string) => plan.warnings.find((x) => x.id === id);

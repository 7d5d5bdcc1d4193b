import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LAZY_KINDS } from '../../src/content/compile/compile';

/**
 * src/app/i18n.ts addTexts merges a text module that loads later into i18next shallowly (no deep
 * copy, no deep merge: issue 17, the plan's boot). That is only right while a later module's
 * top-level entries replace the core's whole: each language, each namespace, a deep merge must
 * give the same texts as the shallow one.
 */
const modules = import.meta.glob('../../src/content/generated/*.ts');
const langs = [...new Set(Object.keys(modules).flatMap((p) => /\/core\.(\w+)\.ts$/.exec(p)?.[1] ?? []))];
const NAMESPACES: [ns: string, kind: (typeof LAZY_KINDS)[number]][] = [
  ['ui', 'pagetexts'],
  ['ui', 'meetingtexts'],
  ['questions', 'questions'],
  ['steps', 'steps'],
];

function deepMerge(into: unknown, from: unknown): unknown {
  if (!into || typeof into !== 'object' || Array.isArray(into) || !from || typeof from !== 'object' || Array.isArray(from)) return from;
  const out: Record<string, unknown> = { ...(into as Record<string, unknown>) };
  for (const [k, v] of Object.entries(from)) out[k] = k in out ? deepMerge(out[k], v) : v;
  return out;
}

describe('text modules that load later merge shallowly into the core texts', () => {
  it('finds the languages', () => expect(langs).toEqual(expect.arrayContaining(['nl', 'en'])));
  for (const lang of langs)
    it(`${lang}: a shallow merge equals a deep merge for ${NAMESPACES.map(([ns]) => ns).join(', ')}`, async () => {
      const core = ((await modules[`../../src/content/generated/core.${lang}.ts`]!()) as { default: { resources: Record<string, object> } }).default;
      for (const [ns, kind] of NAMESPACES) {
        const later = ((await modules[`../../src/content/generated/${kind}.${lang}.ts`]!()) as { default: object }).default;
        const base = core.resources[ns] ?? {};
        expect(isDeepStrictEqual({ ...base, ...later }, deepMerge(base, later)), `${lang} ${ns}`).toBe(true);
      }
    });
});

/**
 * The `ui` modules that load later (pagetexts, readtexts, meetingtexts) arrive in any order: a plan opened first, then the
 * gesprekskaart, or the card first. Each is merged shallowly, so a section that two of them carry must be the same in
 * both, or the one that comes last cuts the other's short. Session 63: `pagetexts` carried five keys of `meeting` and
 * `meetingtexts` the whole section (src/main.tsx added `meetingtexts` again after `pagetexts`); this failed then. Now the
 * plan's keys are the section `meetingPlan`.
 */
const UI_LATER = ['pagetexts', 'readtexts', 'meetingtexts'] as const;
describe('the later interface texts give the same texts in any order of arrival', () => {
  for (const lang of langs)
    it(`${lang}: every order of ${UI_LATER.join(', ')} equals their deep merge`, async () => {
      const texts = await Promise.all(UI_LATER.map(async (kind) => ((await modules[`../../src/content/generated/${kind}.${lang}.ts`]!()) as { default: object }).default));
      const deep = texts.reduce<unknown>((acc, t) => deepMerge(acc, t), {});
      for (const order of [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]) {
        const shallow = order.reduce<object>((acc, i) => ({ ...acc, ...texts[i] }), {});
        expect(isDeepStrictEqual(shallow, deep), `${lang}: ${order.map((i) => UI_LATER[i]).join(' → ')}`).toBe(true);
      }
    });
});


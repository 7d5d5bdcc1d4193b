import { describe, expect, it } from 'vitest';
import { chunkGroup } from '../../src/prerender/chunks';

/**
 * The build's file split (issue 17): the first load in one file, the code the plan shares with other
 * lazy pages in one more, everything else as the bundler splits it.
 */
type Node = { imports?: string[]; lazy?: string[]; entry?: boolean };
function graphOf(nodes: Record<string, Node>) {
  const importers = (id: string) => Object.keys(nodes).filter((k) => nodes[k]!.imports?.includes(id));
  const dynamicImporters = (id: string) => Object.keys(nodes).filter((k) => nodes[k]!.lazy?.includes(id));
  return {
    getModuleInfo: (id: string) => (id in nodes ? { importers: importers(id), dynamicImporters: dynamicImporters(id), isEntry: !!nodes[id]!.entry } : null),
  };
}
const S = '/app/src/';
const graph = graphOf({
  [`${S}main.tsx`]: { entry: true, imports: [`${S}app/controller.ts`, `${S}ui/styles.css`, `/app/node_modules/preact/dist/preact.mjs`], lazy: [`${S}ui/pages/PlanPage.tsx`, `${S}ui/pages/LettersPage.tsx`, `${S}ui/pages/ReadPage.tsx`, `${S}ui/pages/InfoPage.tsx`, `${S}flow/machine.ts`] },
  [`${S}app/controller.ts`]: { imports: [`${S}ui/components/Link.tsx`, `${S}content/generated/core.nl.ts`], lazy: [`${S}content/generated/steps.nl.ts`] },
  [`${S}ui/styles.css`]: {},
  [`/app/node_modules/preact/dist/preact.mjs`]: {},
  [`${S}ui/components/Link.tsx`]: {},
  [`${S}content/generated/core.nl.ts`]: {},
  [`${S}content/generated/steps.nl.ts`]: {},
  [`${S}ui/pages/PlanPage.tsx`]: { imports: [`${S}rules/plan.ts`, `${S}ui/components/Link.tsx`, `${S}ui/firstThings.ts`] },
  [`${S}ui/pages/LettersPage.tsx`]: { imports: [`${S}rules/plan.ts`, `${S}rules/letters.ts`, `${S}ui/reading.css`] },
  [`${S}ui/pages/ReadPage.tsx`]: { imports: [`${S}ui/RichText.tsx`, `${S}rules/letters.ts`, `${S}ui/reading.css`] },
  [`${S}ui/reading.css`]: {},
  [`${S}ui/pages/InfoPage.tsx`]: { imports: [`${S}ui/RichText.tsx`] },
  [`${S}rules/plan.ts`]: { imports: [`${S}rules/catalogue.ts`] },
  [`${S}rules/catalogue.ts`]: { imports: [`${S}rules/plan.ts`] }, // a cycle
  [`${S}rules/letters.ts`]: {},
  [`${S}ui/firstThings.ts`]: {},
  [`${S}ui/RichText.tsx`]: {},
  [`${S}flow/machine.ts`]: { imports: [`/app/node_modules/xstate/dist/xstate.esm.js`, `${S}rules/plan.ts`] },
  [`/app/node_modules/xstate/dist/xstate.esm.js`]: {},
});
const group = (id: string) => chunkGroup(id, graph);

describe('chunkGroup', () => {
  it('puts everything the entry imports statically in the first-load file (index), libraries included', () => {
    expect(group(`${S}app/controller.ts`)).toBe('index');
    expect(group(`${S}ui/components/Link.tsx`)).toBe('index'); // also used by the plan: loaded already
    expect(group(`${S}content/generated/core.nl.ts`)).toBe('index');
    expect(group(`/app/node_modules/preact/dist/preact.mjs`)).toBe('index');
  });
  it('leaves the entry, stylesheets, lazy text modules and lazy pages to the bundler', () => {
    expect(group(`${S}main.tsx`)).toBeUndefined();
    expect(group(`${S}ui/styles.css`)).toBeUndefined();
    expect(group(`${S}content/generated/steps.nl.ts`)).toBeUndefined();
    expect(group(`${S}flow/machine.ts`)).toBeUndefined();
    expect(group(`/app/node_modules/xstate/dist/xstate.esm.js`)).toBeUndefined();
  });
  it('groups the plan and letter pages with the code they share with other lazy parts, through cycles', () => {
    expect(group(`${S}ui/pages/PlanPage.tsx`)).toBe('shared');
    expect(group(`${S}ui/pages/LettersPage.tsx`)).toBe('shared');
    expect(group(`${S}rules/letters.ts`)).toBe('shared'); // a letter and a chapter
    expect(group(`${S}rules/plan.ts`)).toBe('shared'); // plan, letters, machine
    expect(group(`${S}rules/catalogue.ts`)).toBe('shared');
  });
  it('keeps what one page alone needs, and what pages share without the plan, apart', () => {
    expect(group(`${S}ui/firstThings.ts`)).toBeUndefined(); // the plan alone: it goes where the plan goes
    expect(group(`${S}ui/RichText.tsx`)).toBeUndefined(); // a chapter and the info pages, neither the plan nor a letter
    expect(group('/app/src/unknown.ts')).toBeUndefined();
  });
  it('gives the reading pages\u2019 stylesheet a file of its own, even when a page in shared imports it too (session 60)', () => {
    // Left to the bundler, it went into shared, and a chapter loaded the plan's code with it.
    expect(group(`${S}ui/reading.css`)).toBe('reading');
    expect(group(`${S}ui/reading.css?used`)).toBe('reading');
    expect(group(`${S}ui/styles.css`)).toBeUndefined();
  });
});

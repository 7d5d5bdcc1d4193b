/**
 * The app's pages as captured by `npm run bench` (bench.ts capturePlan, captureReviewPlan), drawn with
 * Preact: for plan.tsx, plancalc.tsx and reviewplan.tsx. The files are written by buildBare before each
 * build; each page reads its own through a glob (captured-plan.ts, reviewplan.tsx), so a checkout
 * without the folder still type-checks and a page's bundle holds only the tree it draws.
 */
import { h, type ComponentChild } from 'preact';

/** An element as [tag, attributes, ...children]; a text as a string. */
export type Node = string | [string, Record<string, string>, ...Node[]];
/** Attributes whose DOM property is a boolean: present means true. */
const BOOLEAN = new Set(['open', 'hidden', 'checked', 'disabled', 'novalidate', 'readonly', 'required', 'selected', 'multiple']);

/** Extra props for an element (an event handler), chosen by its tag and attributes. */
export type Extra = (tag: string, attrs: Record<string, string>) => Record<string, unknown> | undefined;

export const draw = (n: Node, extra?: Extra): ComponentChild => {
  if (typeof n === 'string') return n;
  const [tag, attrs, ...children] = n;
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) props[k] = BOOLEAN.has(k) ? true : v;
  return h(tag, { ...props, ...extra?.(tag, attrs) }, ...children.map((c) => draw(c, extra)));
};

/**
 * The plan's first screen, as the app draws it in the tap from the check page (PlanPage: the heading
 * and "Eerst dit"; the rest a frame later): the page's children up to "Eerst dit".
 */
export function firstScreen(tree: Node[]): Node[] {
  const cut = (n: Node): Node => {
    if (typeof n === 'string') return n;
    const [tag, attrs, ...children] = n;
    if (/\bpage-plan\b/.test(attrs['class'] ?? '')) {
      const end = children.findIndex((c) => typeof c !== 'string' && /\bfirst-things\b/.test(c[1]['class'] ?? ''));
      return [tag, attrs, ...(end < 0 ? children : children.slice(0, end + 1))];
    }
    return [tag, attrs, ...children.map(cut)];
  };
  return tree.map(cut);
}

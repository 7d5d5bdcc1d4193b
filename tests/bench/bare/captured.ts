/** The app's plan page as captured by `npm run bench` (bench.ts capturePlan), drawn with Preact: for plan.tsx and plancalc.tsx. */
import { h, type ComponentChild } from 'preact';
import './.captured/plan.css';

// Written by buildBare before each build (a glob, so a checkout without the folder still type-checks).
const tree = Object.values(import.meta.glob<unknown[]>('./.captured/plan.json', { eager: true, import: 'default' }))[0] ?? [];

/** An element as [tag, attributes, ...children]; a text as a string. */
type Node = string | [string, Record<string, string>, ...Node[]];
/** Attributes whose DOM property is a boolean: present means true. */
const BOOLEAN = new Set(['open', 'hidden', 'checked', 'disabled', 'novalidate', 'readonly', 'required', 'selected', 'multiple']);

const draw = (n: Node): ComponentChild => {
  if (typeof n === 'string') return n;
  const [tag, attrs, ...children] = n;
  const props: Record<string, string | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) props[k] = BOOLEAN.has(k) ? true : v;
  return h(tag, props, ...children.map(draw));
};

/** The captured page, every element of #app. */
export const capturedPlan = (): ComponentChild[] => (tree as Node[]).map(draw);

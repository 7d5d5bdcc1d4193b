/** The plan page as captured by `npm run bench` (bench.ts capturePlan), opened cold: for plan.tsx and plancalc.tsx. */
import type { ComponentChild } from 'preact';
import { draw, type Node } from './captured';
import './.captured/plan.css';

// Written by buildBare before each build (a glob, so a checkout without the folder still type-checks).
const tree = Object.values(import.meta.glob<unknown[]>('./.captured/plan.json', { eager: true, import: 'default' }))[0] ?? [];

/** The captured page, every element of #app. */
export const capturedPlan = (): ComponentChild[] => (tree as Node[]).map((n) => draw(n));

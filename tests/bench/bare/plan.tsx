/**
 * The bare stack drawing the app's plan page: the page as the app drew it for the largest answers
 * (its elements, attributes, texts and stylesheets, captured by `npm run bench` from this build into
 * .captured/), rendered by Preact from that tree. i18next starts and workbox-window registers as in
 * the bare stack; nothing is computed. Its Lighthouse boot script is what drawing this page costs on
 * the chosen stack, apart from the app's rules, text lookups and components (issue 17).
 */
import { h, render, type ComponentChild } from 'preact';
import i18next from 'i18next';
import { Workbox } from 'workbox-window';
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

void i18next.init({ lng: 'nl', resources: { nl: { translation: { title: 'Wegwijzer' } } } });
render(<>{(tree as Node[]).map(draw)}</>, document.getElementById('app')!);
performance.mark('app-rendered');
if ('serviceWorker' in navigator && location.protocol !== 'file:') void new Workbox('./sw.js').register().catch(() => undefined);

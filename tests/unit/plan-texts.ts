import { Fragment, type VNode } from 'preact';
import { addTexts, i18n, initI18n, setLanguage, type T } from '../../src/app/i18n';
import { LANGUAGES } from '../../src/languages';

/** Shared by the tests that read the plan's pages as text in every language (first-screen-s23, months-s25, open-s26). */

/** A component's output as the text a parent reads, one line per block. */
export function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const v = node as VNode<{ children?: unknown }>;
  // Other components (the contact card) are not expanded; visually hidden text is for screen readers, kept.
  if (typeof v.type === 'function' && v.type !== Fragment) return '';
  const inner = textOf(v.props?.children);
  return v.type === 'br' || v.type === 'p' || v.type === 'li' || v.type === 'h2' || v.type === 'h3' ? `${inner}\n` : inner;
}

/** The app's T for one language, straight from i18next. */
export function tFor(lang: string): T {
  const f = i18n.getFixedT(lang);
  const call = (key: string, o?: object) => f(key, o as never) as unknown as string;
  const t = call as unknown as T;
  t.raw = call;
  t.exists = (key) => i18n.exists(key, { lng: lang });
  t.lang = lang as T['lang'];
  return t;
}

/** i18next with every language's step and page texts, as the plan page loads them; Dutch chosen at the end. */
export async function loadPlanTexts(): Promise<void> {
  await initI18n('nl');
  for (const { code } of LANGUAGES) {
    await setLanguage(code);
    const [steps, ui, meeting] = await Promise.all([import(`../../src/content/generated/steps.${code}.ts`), import(`../../src/content/generated/pagetexts.${code}.ts`), import(`../../src/content/generated/meetingtexts.${code}.ts`)]);
    addTexts(code, 'steps', (steps as { default: object }).default);
    addTexts(code, 'ui', (ui as { default: object }).default);
    // As src/main.tsx: the meeting page's texts, the whole `meeting` section, after the page texts.
    addTexts(code, 'ui', (meeting as { default: object }).default);
  }
  await setLanguage('nl');
}

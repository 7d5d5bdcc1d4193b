import { fileURLToPath } from 'node:url';
import { loadLanguage, type LanguageContent } from '../../src/content/compile/load';
import { plainText } from '../../src/content/compile/markdown';
import { flat } from '../../src/content/compile/validate';
import { expect } from 'vitest';
import { stepText } from '../../src/ui/deadlineText';
import type { PlanStep } from '../../src/rules/plan';
import { tFor } from './plan-texts';

/** Shared by the translation tests (langs-s24, langs-s26): a module of its own, so importing it runs no tests. */

const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

export interface Term {
  id: string;
  dutch: string;
  head: string;
}

/** Glossary entries whose heading is "translation (dutch, …)"; entries headed by the Dutch word itself are left out. */
export function translatedTerms(base: LanguageContent, other: LanguageContent): Term[] {
  const out: Term[] = [];
  for (const g of base.glossary) {
    const t = other.glossary.find((x) => x.id === g.id);
    if (!t) continue;
    const dutch = strip(g.term).replace(/\s*\(.*\)\s*$/, '').trim().toLowerCase();
    const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(strip(t.term));
    if (!m || !m[2]!.toLowerCase().includes(dutch)) continue;
    out.push({ id: g.id, dutch, head: m[1]!.trim().toLowerCase() });
  }
  return out;
}

/** Every text a parent reads in a language, by id. */
export function flatUnits(c: LanguageContent): [string, string][] {
  const u: [string, string][] = [];
  for (const [name, part] of [['ui', c.ui], ['questions', c.questions], ['steps', c.steps], ['warnings', c.warnings]] as const)
    for (const [k, v] of Object.entries(flat(part))) u.push([`${name}:${k}`, v]);
  for (const g of c.glossary) u.push([`glossary:${g.id}`, g.text]);
  for (const ch of c.chapters) {
    u.push([`chapter:${ch.id}`, `${ch.title}\n${ch.intro}`]);
    for (const s of ch.sections) u.push([`section:${s.id}`, `${s.title}\n${plainText(s.blocks)}`]);
  }
  for (const l of c.letters) u.push([`letter:${l.id}`, [l.title, l.subject, l.when, l.to, l.send, l.deadline, l.after, ...l.attach, l.body].join('\n')]);
  for (const p of c.pages) u.push([`page:${p.id}`, [p.title, plainText(p.intro), ...p.sections.map((s) => `${s.title}\n${plainText(s.blocks)}`)].join('\n')]);
  return u;
}

/** The project root (ends with a slash), the five translations and all six languages, for the translation tests. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OTHERS = ['en', 'tr', 'pl', 'uk', 'ar'] as const;
export const ALL = ['nl', ...OTHERS] as const;
export type Content = LanguageContent;
/** Every language's content as the build reads it from content/<lang>/ (before isolation marks). */
export const content: Record<string, Content> = Object.fromEntries(ALL.map((l) => [l, loadLanguage(ROOT, l)]));

/**
 * Every language's title and why of a step: its own, not empty, no placeholder left, not the Dutch (except nl). Session 71
 * (s71-readback): one copy for left-s68, left-s69 and winter-s70 (each kept its own; left-s68's lacked the placeholder
 * check). Call it after loadPlanTexts (plan-texts.ts).
 */
export const ownInEveryLanguage = (s: PlanStep): void => {
  const nlWhy = stepText(s, 'why', tFor('nl'));
  for (const lang of ALL) {
    const why = stepText(s, 'why', tFor(lang));
    expect(why, lang).not.toBe('');
    expect(why, lang).not.toMatch(/\{\{|ui:|planStep/);
    expect(stepText(s, 'title', tFor(lang)), lang).not.toBe('');
    if (lang !== 'nl') expect(why, lang).not.toBe(nlWhy);
  }
};

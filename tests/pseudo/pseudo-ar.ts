/**
 * TEST-ONLY pseudo-Arabic: content/ar made from content/en, so right to left, the menu, fonts and
 * bidi isolation can be tested before the real Arabic translation exists. Never committed as
 * content, never in a release build: tests write it into a temporary copy of content/.
 *
 * Latin letters become Arabic letters (so the text is right to left, with realistic glyph widths);
 * text in parentheses stays Latin, as the Dutch terms beside a translation will ("(OPP)"); ids,
 * placeholders, link targets and Markdown syntax are kept. Plural texts get Arabic's six forms.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const MAP: Record<string, string> = {
  a: 'ا', b: 'ب', c: 'ك', d: 'د', e: 'ي', f: 'ف', g: 'غ', h: 'ه', i: 'ي', j: 'ج', k: 'ك', l: 'ل', m: 'م',
  n: 'ن', o: 'و', p: 'ب', q: 'ق', r: 'ر', s: 'س', t: 'ت', u: 'و', v: 'ف', w: 'و', x: 'كس', y: 'ي', z: 'ز',
};
const arabicWord = (w: string) => [...w.toLowerCase()].map((c) => MAP[c] ?? c).join('');

/** Keeps {{placeholders}}, (parenthesised Latin), ](target) of links, {#ids} and words with digits/@/. intact. */
export function pseudoArabic(text: string): string {
  return text
    .split(/(\{\{[^}]*\}\}|\]\([^)]*\)|\{#[^}]*\}|\([^()]*\)|\S*[@/.]\S*[a-z]\S*|`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]+/g, arabicWord)))
    .join('');
}

const ARABIC_PLURALS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const SKIP_KEYS = new Set(['sources', 'match', 'see', 'attach']);

function transformYaml(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key && SKIP_KEYS.has(key) ? value : pseudoArabic(value);
  if (Array.isArray(value)) return key === 'match' ? value.map((w) => pseudoArabic(String(w))) : key && SKIP_KEYS.has(key) ? value : value.map((v) => transformYaml(v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const plural = /^(.*)_(one|other)$/.exec(k);
      if (plural && typeof v === 'string') {
        if (plural[2] === 'other') for (const f of ARABIC_PLURALS) out[`${plural[1]}_${f}`] = pseudoArabic(v);
        continue;
      }
      out[k] = k === 'match' ? (v as string[]).map((w) => pseudoArabic(w)) : transformYaml(v, k);
    }
    return out;
  }
  return value;
}

function transformMarkdown(text: string): string {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) return pseudoArabic(text);
  const front = parse(m[1]!) as Record<string, unknown>;
  for (const k of ['title', 'intro', 'subject', 'when', 'to', 'send', 'deadline', 'after']) if (typeof front[k] === 'string') front[k] = pseudoArabic(front[k] as string);
  return `---\n${stringify(front)}---\n${pseudoArabic(m[2]!)}`;
}

function walk(dir: string, f: (path: string) => void) {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, f);
    else f(p);
  }
}

/** A temporary root with content/{nl,en} copied and content/ar made from en. Returns the root. */
export function makePseudoArabicRoot(contentDir: string): string {
  const root = mkdtempSync(join(tmpdir(), 'wegwijzer-pseudo-ar-'));
  // Only nl and en: a real content/ar (or any other translation) must not leak into the pseudo build.
  for (const base of ['nl', 'en']) cpSync(join(contentDir, base), join(root, 'content', base), { recursive: true });
  const ar = join(root, 'content', 'ar');
  cpSync(join(contentDir, 'en'), ar, { recursive: true });
  walk(ar, (p) => {
    const text = readFileSync(p, 'utf8');
    if (p.endsWith('.yaml')) writeFileSync(p, stringify(transformYaml(parse(text)), { lineWidth: 0 }));
    else if (p.endsWith('.md')) writeFileSync(p, transformMarkdown(text));
  });
  return root;
}

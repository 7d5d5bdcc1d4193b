import { parse as parseYaml } from 'yaml';

/**
 * Plain-language (B1) metrics for one content file. Pure: text in, numbers out.
 *
 * Markdown files are read the way the shared content checker (`prose()` in content_check.py) reads
 * them: the front matter is left out, and so are headings, list items, tables, code fences, block
 * quotes, numbered items and `key: value` lines. The remaining lines are joined and split at
 * sentence ends, so a line without a final full stop runs on into the next one, exactly as the
 * checker sees it.
 *
 * YAML files are parsed, and every string value (except the `sources:` list) is measured on its own.
 * Fragments of fewer than three words (labels such as "Ja" or "Weet ik niet") are not counted as
 * sentences, as in the checker.
 */

export const B1_LIMITS = { averageWords: 15, longestWords: 25 } as const;
/** Shorter pieces are labels, not sentences (same rule as the shared checker). */
export const MIN_SENTENCE_WORDS = 3;

export interface PlainLanguageMetrics {
  /** Number of sentences measured. */
  sentences: number;
  /** Average words per sentence (0 when there are no sentences). */
  averageWords: number;
  /** Words in the longest sentence. */
  longestWords: number;
  longestSentence: string;
  /** Sentences over B1_LIMITS.longestWords (list items are never measured, so these are all outside lists). */
  tooLong: string[];
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;
const SKIPPED_LINE = /^(?:#|-|\*|\||```|>)/;

/** Prose lines of a Markdown text, joined by spaces, with links reduced to their text and placeholders to one word. */
export function markdownProse(text: string): string {
  const body = text.replace(FRONT_MATTER, '');
  const out: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    const s = line.trim();
    if (!s || SKIPPED_LINE.test(s) || /^\d+[.)] /.test(s) || /^[\w-]+:\s/.test(s)) continue;
    out.push(cleanInline(s));
  }
  return out.join(' ');
}

/** `[text](target)` → text, `{{name}}` → one word, emphasis and code marks removed. */
function cleanInline(s: string): string {
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\{\{[^}]*\}\}/g, 'x')
    .replace(/[*_`]/g, '');
}

export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Splits at . ! or ? followed by white space; drops pieces shorter than MIN_SENTENCE_WORDS. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => wordCount(s) >= MIN_SENTENCE_WORDS);
}

/** Every string value in a YAML text, except those under a top-level `sources:` key. */
export function yamlStrings(text: string): string[] {
  const data: unknown = parseYaml(text);
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [k, v] of Object.entries(data)) if (k !== 'sources') walk(v);
  } else walk(data);
  return out;
}

/** The sentences of one file; `file` only decides the format (.yaml/.yml or Markdown). */
export function sentencesOf(file: string, text: string): string[] {
  if (/\.ya?ml$/i.test(file)) return yamlStrings(text).flatMap((v) => splitSentences(cleanInline(v.replace(/\s+/g, ' '))));
  return splitSentences(markdownProse(text));
}

export function measureSentences(sentences: readonly string[], limit: number = B1_LIMITS.longestWords): PlainLanguageMetrics {
  let total = 0;
  let longestWords = 0;
  let longestSentence = '';
  const tooLong: string[] = [];
  for (const s of sentences) {
    const n = wordCount(s);
    total += n;
    if (n > longestWords) {
      longestWords = n;
      longestSentence = s;
    }
    if (n > limit) tooLong.push(s);
  }
  return { sentences: sentences.length, averageWords: sentences.length ? total / sentences.length : 0, longestWords, longestSentence, tooLong };
}

/** Metrics of one content file (Markdown or YAML). */
export function plainLanguageMetrics(file: string, text: string): PlainLanguageMetrics {
  return measureSentences(sentencesOf(file, text));
}

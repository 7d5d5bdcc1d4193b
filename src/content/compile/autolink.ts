import type { Block, Inline } from '../types';
import { mergeStrings } from './markdown';

/**
 * Links the first use of each glossary term in a section to the begrippenlijst, so a parent can tap
 * any hard word. Matching is on whole words, any capitals (Turkish İ/ı too, see foldForMatch); text
 * already inside a link is left alone.
 */
export interface TermMatcher {
  id: string;
  words: string[];
}

/** Letters and digits of every script (Latin with ł/ş/ı, Cyrillic, Arabic …): whole words in every language. */
const LETTER = '\\p{L}\\p{M}\\p{N}';

/**
 * Text folded for matching, position for position (each character keeps its length, so a match in
 * the folded text is the same slice of the text). Lower case, with two exceptions for Turkish, which
 * the regex flag `i` gets wrong: the capital "İ" becomes "i" (its standard lower case is "i" plus a
 * combining dot, and `/i/iu` never matches "İ"), and a capital "I" stays "I", because it is the
 * capital of "i" in Dutch or English ("IB'er") but of "ı" in Turkish ("Islak"): patterns accept it for both.
 */
export function foldForMatch(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === 'I') out += 'I';
    else if (ch === 'İ') out += 'i';
    else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}

/** A glossary match word as the compiler keeps it: trimmed, lower case ("İtiraz" → "itiraz", never "i̇tiraz"). */
export const matchWord = (word: string): string => foldForMatch(word.trim()).replace(/I/g, 'i');

/** A match word as a pattern over folded text: its "i" and its "ı" also match a capital "I". */
const wordPattern = (word: string): string =>
  [...matchWord(word)].map((ch) => (ch === 'i' ? '[iI]' : ch === 'ı' ? '[ıI]' : escape(ch))).join('');

export function autolinkSection(blocks: Block[], matchers: readonly TermMatcher[]): Block[] {
  const linked = new Set<string>();
  // Terms the writer linked by hand count as linked already.
  const mark = (list: readonly Inline[]) => {
    for (const x of list) {
      if (typeof x === 'string') continue;
      if ('term' in x) linked.add(x.term);
      mark('b' in x ? x.b : 'i' in x ? x.i : x.c);
    }
  };
  const visitMark = (bs: readonly Block[]) =>
    bs.forEach((b) => ('p' in b ? mark(b.p) : 'h3' in b ? mark(b.h3) : 'ul' in b ? b.ul.forEach(mark) : 'ol' in b ? b.ol.forEach(mark) : visitMark(b.note)));
  visitMark(blocks);

  const patterns = matchers
    .flatMap((m) => m.words.map((w) => ({ id: m.id, word: w })))
    .sort((a, b) => b.word.length - a.word.length)
    .map(({ id, word }) => ({ id, re: new RegExp(`(^|[^${LETTER}])(${wordPattern(word)})(?![${LETTER}])`, 'u') }));

  const inl = (list: Inline[]): Inline[] =>
    mergeStrings(
      list.flatMap((x): Inline[] => {
        if (typeof x === 'string') return linkString(x);
        if ('b' in x) return [{ b: inl(x.b) }];
        if ('i' in x) return [{ i: inl(x.i) }];
        return [x];
      }),
    );

  const linkString = (s: string): Inline[] => {
    for (const p of patterns) {
      if (linked.has(p.id)) continue;
      const m = p.re.exec(foldForMatch(s));
      if (!m) continue;
      linked.add(p.id);
      const start = m.index + m[1]!.length;
      const end = start + m[2]!.length;
      return [...linkString(s.slice(0, start)), { term: p.id, c: [s.slice(start, end)] }, ...linkString(s.slice(end))];
    }
    return [s];
  };

  const blk = (b: Block): Block =>
    'p' in b ? { p: inl(b.p) } : 'h3' in b ? b : 'ul' in b ? { ul: b.ul.map(inl) } : 'ol' in b ? { ol: b.ol.map(inl) } : { note: b.note.map(blk) };
  return blocks.map(blk);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

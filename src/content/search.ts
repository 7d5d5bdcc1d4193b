import type { SearchDoc } from './types';

/**
 * Lower case, accents and other combining marks removed, so "beëindigen" finds "beeindigen" (and
 * Arabic without vowel marks finds Arabic with them). Letters and digits of every script count:
 * Arabic, Cyrillic, Turkish ı and Polish ł too.
 */
export const normalize = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export interface SearchResult extends SearchDoc {
  score: number;
  snippet: string;
}

/** Every query word must occur (as the start of a word); titles count more. Pure, for tests in Node. */
export function search(docs: readonly SearchDoc[], query: string, limit = 30): SearchResult[] {
  const words = normalize(query).split(' ').filter((w) => w.length > 1);
  if (!words.length) return [];
  const out: SearchResult[] = [];
  for (const d of docs) {
    const title = ` ${normalize(d.title)}`;
    const text = ` ${normalize(d.text)}`;
    let score = 0;
    let all = true;
    for (const w of words) {
      const inTitle = title.includes(` ${w}`);
      const inText = text.includes(` ${w}`);
      if (!inTitle && !inText) {
        all = false;
        break;
      }
      score += (inTitle ? 5 : 0) + (inText ? 1 : 0) + (d.kind === 'term' && inTitle ? 3 : 0);
    }
    if (all) out.push({ ...d, score, snippet: snippet(d.text, words) });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}

function snippet(text: string, words: string[]): string {
  const plain = text.replace(/\s+/g, ' ');
  const lower = normalize(plain);
  const at = Math.max(0, lower.indexOf(words[0]!) - 60);
  const cut = plain.slice(at, at + 180);
  return `${at > 0 ? '…' : ''}${cut}${at + 180 < plain.length ? '…' : ''}`;
}

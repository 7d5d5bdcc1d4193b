import type { QuestionTexts, SearchDoc } from './types';

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

/**
 * A light Dutch stem, the same for the query and the texts, so word forms meet:
 * "geschorst" → "schor", "schorsing" → "schors", "thuiszitten" and "thuiszitter" → "thuiszit".
 * Matching is by prefix of the stem (see `matches`), so a stem cut one letter short still finds.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  // Past participle: ge…d / ge…t ("geschorst", "geweigerd", "gemeld").
  if (/^ge[a-z]{4,}[dt]$/.test(w)) w = w.slice(2, -1);
  // Past participle without ge- ("verwijderd", "beëindigd"): the final d.
  else if (w.length > 6 && /[^aeiouy]d$/.test(w) && /^(ver|be|ont|her)/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ingen', 'heden', 'ing', 'heid', 'ers', 'er', 'en', 'e', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "zitt" → "zit", "schorst" → "schors"; a doubled final consonant once.
  if (w.length > 4 && w.endsWith('t') && !/[aeiouy]/.test(w[w.length - 2]!)) w = w.slice(0, -1);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiouy]/.test(w[w.length - 1]!)) w = w.slice(0, -1);
  return w;
}

/** A result: a chapter section, a glossary term, or a question of the questionnaire (its answers searched too), by the section that explains it. */
export type SearchItem = SearchDoc | { kind: 'question'; id: string; title: string; text: string; section: string };

export interface SearchResult {
  kind: SearchItem['kind'];
  id: string;
  title: string;
  text: string;
  /** Where a question result leads: the section that explains it. */
  section?: string;
  score: number;
  snippet: string;
}

/** The questions with their answer options as search items. Pure: texts and the routing facts come in. */
export function questionDocs(texts: QuestionTexts, explains: ReadonlyMap<string, { explains: string }>): SearchItem[] {
  const out: SearchItem[] = [];
  for (const [id, q] of Object.entries(texts)) {
    const meta = explains.get(id);
    if (!meta) continue;
    const options = Object.values(q.options ?? {});
    out.push({ kind: 'question', id, title: q.title, text: [q.hint ?? '', ...options].filter(Boolean).join('. '), section: meta.explains });
  }
  return out;
}

interface Indexed {
  words: string[];
  stems: string[];
}

const index = (s: string): Indexed => {
  const words = normalize(s).split(' ').filter(Boolean);
  return { words, stems: words.map(stem) };
};

/**
 * Does a query word occur: as the start of a word, its stem as the start of a word's stem, or as a
 * compound written apart in the text ("thuiszitten" in "… dat thuis zit").
 */
function matches(ix: Indexed, word: string): boolean {
  const s = stem(word);
  for (let i = 0; i < ix.words.length; i++) {
    const w = ix.words[i]!;
    if (w.startsWith(word)) return true;
    if (s.length >= 3 && ix.stems[i]!.startsWith(s)) return true;
    const next = ix.stems[i + 1];
    if (next && w.length >= 4 && word.length - w.length >= 2 && word.startsWith(w)) {
      const rest = stem(word.slice(w.length));
      if (rest.length >= 2 && (next.startsWith(rest) || (next.length >= 3 && rest.startsWith(next)))) return true;
    }
  }
  return false;
}

/**
 * Every query word must occur (as the start of a word, or in another form of the word: see `stem`);
 * two words typed apart also match their compound ("thuis zitten" finds "thuiszitten").
 * Titles count more, glossary terms more still. Pure, for tests in Node.
 */
export function search(docs: readonly SearchItem[], query: string, limit = 30): SearchResult[] {
  const typed = normalize(query).split(' ').filter((w) => w.length > 1);
  if (!typed.length) return [];
  const out: SearchResult[] = [];
  for (const d of docs) {
    const title = index(d.title);
    const text = index(d.text);
    let score = 0;
    let all = true;
    for (let i = 0; i < typed.length; i++) {
      const w = typed[i]!;
      let inTitle = matches(title, w);
      let inText = matches(text, w);
      if (!inTitle && !inText && i + 1 < typed.length) {
        // "thuis zitten": try the two words as one ("thuiszitten"), then skip the second.
        const compound = w + typed[i + 1]!;
        inTitle = matches(title, compound);
        inText = matches(text, compound);
        if (inTitle || inText) i++;
      }
      if (!inTitle && !inText) {
        all = false;
        break;
      }
      score += (inTitle ? 5 : 0) + (inText ? 1 : 0) + (d.kind === 'term' && inTitle ? 3 : 0) + (title.words.includes(w) || text.words.includes(w) ? 1 : 0);
    }
    if (all) out.push({ kind: d.kind, id: d.id, title: d.title, text: d.text, ...('section' in d ? { section: d.section } : {}), score, snippet: snippet(d.text, typed) });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}

function snippet(text: string, words: string[]): string {
  const plain = text.replace(/\s+/g, ' ');
  const lower = normalize(plain);
  // The first word, or else the start of its stem ("geschorst" → "schor").
  let hit = lower.indexOf(words[0]!);
  if (hit < 0) hit = lower.indexOf(stem(words[0]!));
  const at = Math.max(0, hit - 60);
  const cut = plain.slice(at, at + 180);
  return `${at > 0 ? '…' : ''}${cut}${at + 180 < plain.length ? '…' : ''}`;
}

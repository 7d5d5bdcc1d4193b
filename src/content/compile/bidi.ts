import type { LanguageContent } from './load';

/**
 * Bidirectional isolation for right-to-left languages, done once at build time. In Arabic text a
 * Dutch term "(ontwikkelingsperspectief, OPP)", a date "1-8-2026", an e-mail address or a web
 * address is a left-to-right run; wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
 * (U+2068 … U+2069, the plain-text form of <bdi>) it can never scramble the words around it
 * (for example punctuation jumping to the other side). Placeholders ({{name}}) are left alone:
 * their values are isolated when filled in (src/app/i18n.ts). A prefix written apart with a tatweel is joined to
 * the word after it (joinPrefixes).
 */
export const FSI = '\u2068';
export const PDI = '\u2069';

const LATIN = 'A-Za-z0-9\\u00C0-\\u024F';
/** A run starts and ends with a Latin letter or digit (or + / # for phone numbers and web paths). */
const RUN = new RegExp(`[${LATIN}+#](?:[${LATIN}.,:;/@_+\\-'’&%#=?~ ]*[${LATIN}/])?`, 'g');
const PLACEHOLDER = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

/**
 * Session 80 (s80-gaps, 4): a bracketed Dutch term, "(Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring, LBT)"
 * or "(speciaal (basis)onderwijs)", is isolated WITH its brackets. Before, only the Latin runs inside were: the brackets
 * stayed right-to-left around them, so a term that wrapped showed its opening bracket mirrored alone beside the first word
 * at a line's start and the closing one on the next line, and "(speciaal (basis)onderwijs)" (three runs, the inner brackets
 * between them) was laid out right to left: "(onderwijs(basis) speciaal)". Now the whole group is one left-to-right unit,
 * brackets and all, as in Dutch. A group with an Arabic letter in it ("(بصيغة docx)"), or a placeholder, is not one: its
 * Latin runs are isolated as before. The Arabic comma (U+060C) may stand in the group ("(voortgezet speciaal onderwijs،
 * vso)"). Only invisible marks are added: what a screen reader reads does not change. One level of nesting.
 */
const NOT_ARABIC = '[^()\\n{}\\u0600-\\u060B\\u060D-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]';
const BRACKETED = new RegExp(`(\\((?:${NOT_ARABIC}|\\(${NOT_ARABIC}*\\))*\\))`);
const HAS_LATIN = new RegExp(`[${LATIN}]`);

const isolateRuns = (part: string): string => part.replace(RUN, (run) => `${FSI}${run}${PDI}`);

export function isolateLtr(text: string): string {
  return text
    .split(PLACEHOLDER)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .split(BRACKETED)
            .map((piece, j) => (j % 2 === 1 && HAS_LATIN.test(piece) ? `${FSI}${piece}${PDI}` : isolateRuns(piece)))
            .join(''),
    )
    .join('');
}

/**
 * Arabic writes the article or a one-letter preposition apart from a Dutch term or a value with a tatweel and a space
 * ("الـ samenwerkingsverband", "للـ OPP", "لـ {{kind_naam}}"): at a line end the browser could break at that space and
 * leave "الـ" alone. The space after a tatweel becomes a no-break space, so the prefix stays with its word; it looks the
 * same. Session 37: 480 places in content/ar (421 of them "الـ "), none joined before.
 */
export const NBSP = '\u00a0';
export const joinPrefixes = (text: string): string => text.replace(/\u0640 /g, `\u0640${NBSP}`);

/** Removes the isolation marks again (for tests, search and anything that compares text). */
export const stripIsolates = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');

/** Keys whose values are ids or data, never text a parent reads. */
const SKIP = new Set(['id', 'lang', 'match', 'see', 'sources', 'files', 'chapterFiles', 'sec']);

function walk(value: unknown, key: string | undefined, parent: Record<string, unknown> | undefined): unknown {
  if (typeof value === 'string') {
    if (key !== undefined && SKIP.has(key)) return value;
    // An inline glossary link is { term: <id>, c: [...] }: its `term` is an id.
    if (key === 'term' && parent && Array.isArray(parent['c'])) return value;
    return isolateLtr(joinPrefixes(value));
  }
  if (Array.isArray(value)) return value.map((v) => walk(v, undefined, undefined));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, SKIP.has(k) ? v : walk(v, k, o)]));
  }
  return value;
}

export function isolateContent(c: LanguageContent): LanguageContent {
  return walk(c, undefined, undefined) as LanguageContent;
}

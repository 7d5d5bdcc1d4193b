import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { Block, Inline } from '../types';

/** A problem in a content file: the build prints `file: message` and fails. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export function splitFrontMatter(file: string, text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new ContentError(file, 'no front matter (the file must start with a block between two --- lines)');
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch (e) {
    throw new ContentError(file, `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!data || typeof data !== 'object') throw new ContentError(file, 'front matter is empty');
  return { data: data as Record<string, unknown>, body: m[2]! };
}

export function requireSources(file: string, data: Record<string, unknown>): string[] {
  const s = data['sources'];
  if (!Array.isArray(s) || s.length === 0 || !s.every((x) => typeof x === 'string' && x.trim()))
    throw new ContentError(file, 'front matter has no `sources:` list naming the public document(s) its facts come from');
  return s as string[];
}

export interface RawSection {
  id: string;
  title: string;
  blocks: Block[];
}

/** Markdown body → intro blocks and `## Title {#id}` sections. */
export function parseSections(file: string, body: string): { intro: Block[]; sections: RawSection[] } {
  const tokens = new Lexer().lex(body);
  const intro: Block[] = [];
  const sections: RawSection[] = [];
  for (const token of tokens) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
      const h = token as Tokens.Heading;
      const m = /^(.*?)\s*\{#([a-z0-9-]+)\}\s*$/.exec(h.text);
      if (!m) throw new ContentError(file, `heading "${h.text}" has no id: write it as "## ${h.text} {#some-id}"`);
      sections.push({ id: m[2]!, title: m[1]!.trim(), blocks: [] });
      continue;
    }
    const block = toBlock(file, token);
    if (block) (sections.at(-1)?.blocks ?? intro).push(block);
  }
  return { intro, sections };
}

function toBlock(file: string, token: Token): Block | undefined {
  switch (token.type) {
    case 'space':
    case 'hr':
      return undefined;
    case 'paragraph':
      return { p: inlines(file, (token as Tokens.Paragraph).tokens) };
    case 'heading': {
      const h = token as Tokens.Heading;
      if (h.depth !== 3) throw new ContentError(file, `use "##" for sections and "###" for sub-headings ("${h.text}")`);
      return { h3: inlines(file, h.tokens) };
    }
    case 'list': {
      const l = token as Tokens.List;
      const items = l.items.map((item) => item.tokens.flatMap((t) => (t.type === 'text' || t.type === 'paragraph' ? inlines(file, (t as Tokens.Text).tokens ?? [t]) : [])));
      return l.ordered ? { ol: items } : { ul: items };
    }
    case 'blockquote': {
      const q = token as Tokens.Blockquote;
      return { note: q.tokens.map((t) => toBlock(file, t)).filter((b): b is Block => b !== undefined) };
    }
    case 'html':
      throw new ContentError(file, `HTML is not allowed in content ("${(token as Tokens.HTML).raw.trim().slice(0, 40)}")`);
    default:
      throw new ContentError(file, `unsupported Markdown (${token.type}): "${token.raw.trim().slice(0, 40)}"`);
  }
}

function inlines(file: string, tokens: Token[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'text':
      case 'escape': {
        const tt = t as Tokens.Text;
        if (tt.tokens && tt.tokens.length) out.push(...inlines(file, tt.tokens));
        else out.push(decode(tt.text));
        break;
      }
      case 'strong':
        out.push({ b: inlines(file, (t as Tokens.Strong).tokens) });
        break;
      case 'em':
        out.push({ i: inlines(file, (t as Tokens.Em).tokens) });
        break;
      case 'br':
        out.push(' ');
        break;
      case 'link': {
        const l = t as Tokens.Link;
        const c = inlines(file, l.tokens);
        const m = /^(lees|begrip):([a-z0-9-]+)$/.exec(l.href);
        if (!m) throw new ContentError(file, `link "${l.text}" goes to "${l.href}": only lees:<section-id> and begrip:<term-id> links are allowed (write web addresses as plain text)`);
        out.push(m[1] === 'lees' ? { sec: m[2]!, c } : { term: m[2]!, c });
        break;
      }
      case 'codespan':
        out.push(decode((t as Tokens.Codespan).text));
        break;
      case 'html':
        throw new ContentError(file, `HTML is not allowed in content ("${t.raw}")`);
      default:
        out.push(decode(t.raw));
    }
  }
  return mergeStrings(out);
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

export function mergeStrings(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const x of list) {
    const prev = out.at(-1);
    if (typeof x === 'string' && typeof prev === 'string') out[out.length - 1] = prev + x;
    else if (x !== '') out.push(x);
  }
  return out;
}

/** Every link target in a block tree. */
export function* links(blocks: readonly Block[]): Generator<{ kind: 'sec' | 'term'; id: string }> {
  for (const b of blocks) {
    const lists: Inline[][] = 'p' in b ? [b.p] : 'h3' in b ? [b.h3] : 'ul' in b ? b.ul : 'ol' in b ? b.ol : [];
    for (const l of lists) yield* inlineLinks(l);
    if ('note' in b) yield* links(b.note);
  }
}

function* inlineLinks(list: readonly Inline[]): Generator<{ kind: 'sec' | 'term'; id: string }> {
  for (const x of list) {
    if (typeof x === 'string') continue;
    if ('sec' in x) yield { kind: 'sec', id: x.sec };
    if ('term' in x) yield { kind: 'term', id: x.term };
    yield* inlineLinks('b' in x ? x.b : 'i' in x ? x.i : x.c);
  }
}

/** Plain text of a block tree (for search and plain-language metrics). */
export function plainText(blocks: readonly Block[]): string {
  const t = (list: readonly Inline[]): string => list.map((x) => (typeof x === 'string' ? x : t('b' in x ? x.b : 'i' in x ? x.i : x.c))).join('');
  return blocks
    .map((b) => ('p' in b ? t(b.p) : 'h3' in b ? t(b.h3) : 'ul' in b ? b.ul.map(t).join('\n') : 'ol' in b ? b.ol.map(t).join('\n') : plainText(b.note)))
    .join('\n\n');
}

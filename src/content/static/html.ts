import type { Block, Inline } from '../types';

/** Text for HTML element content and attribute values (double-quoted). */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** How a content link becomes an address on the current page. */
export interface LinkResolver {
  section(id: string): string;
  term(id: string): string;
}

/**
 * Rich text (the compiled content tree) as HTML, the same elements the app renders
 * (src/ui/components/RichText.tsx), except that glossary terms are links to the begrippenlijst
 * instead of buttons: the page works without JavaScript.
 */
export function blocksHtml(blocks: readonly Block[], links: LinkResolver): string {
  return blocks
    .map((b) => {
      if ('p' in b) return `<p>${inlineHtml(b.p, links)}</p>`;
      if ('h3' in b) return `<h3>${inlineHtml(b.h3, links)}</h3>`;
      if ('ul' in b) return `<ul>${b.ul.map((i) => `<li>${inlineHtml(i, links)}</li>`).join('')}</ul>`;
      if ('ol' in b) return `<ol>${b.ol.map((i) => `<li>${inlineHtml(i, links)}</li>`).join('')}</ol>`;
      return `<div class="note">${blocksHtml(b.note, links)}</div>`;
    })
    .join('\n');
}

export function inlineHtml(list: readonly Inline[], links: LinkResolver): string {
  return list
    .map((x) => {
      if (typeof x === 'string') return esc(x);
      if ('b' in x) return `<strong>${inlineHtml(x.b, links)}</strong>`;
      if ('i' in x) return `<em>${inlineHtml(x.i, links)}</em>`;
      if ('sec' in x) return `<a href="${esc(links.section(x.sec))}">${inlineHtml(x.c, links)}</a>`;
      return `<a class="term-link" href="${esc(links.term(x.term))}">${inlineHtml(x.c, links)}</a>`;
    })
    .join('');
}

/** A meta description: the first sentences that fit in about 160 characters. */
export function describe(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sentence = cut.lastIndexOf('. ');
  if (sentence > 60) return cut.slice(0, sentence + 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/** JSON-LD inside a script element: "<" escaped so no text can close the element. */
export const jsonLd = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

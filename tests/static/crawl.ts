/**
 * A small crawler over a built site (a map of file path → text for the HTML pages, plus the list of
 * every other file): follows every href and src on every static page and reports the ones that do
 * not resolve, including "#anchor" parts that name no element on the target page. Links into the
 * app ("../#/…") must reach the app's index.html. Absolute links under SITE_URL are checked as
 * paths of the site; any other absolute link is a finding (the pages link to nothing outside).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative as relPath } from 'node:path';

export interface Site {
  /** HTML pages: path relative to the site root ("lees/x/index.html") → text. */
  html: Record<string, string>;
  /** Every other file's path relative to the root. */
  other: Set<string>;
}

export function readSite(dir: string): Site {
  const html: Record<string, string> = {};
  const other = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const rel = relPath(dir, full).split('\\').join('/');
        if (rel.endsWith('.html')) html[rel] = readFileSync(full, 'utf8');
        else other.add(rel);
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { html, other };
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
export const hrefsOf = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!));

/** Returns "page: link (problem)" lines; an empty list means every link resolves. */
export function brokenLinks(site: Site, pages: string[], siteUrl?: string): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const text = site.html[page];
    if (text === undefined) {
      problems.push(`${page}: page is missing`);
      continue;
    }
    const base = new URL(page, 'http://site.invalid/');
    for (const raw of hrefsOf(text)) {
      let href = raw;
      if (siteUrl && href.startsWith(siteUrl)) href = new URL(href.slice(siteUrl.length), 'http://site.invalid/').href;
      else if (/^[a-z]+:/i.test(href)) {
        problems.push(`${page}: ${raw} (absolute link outside the site)`);
        continue;
      }
      const url = new URL(href, base);
      if (url.origin !== 'http://site.invalid') {
        problems.push(`${page}: ${raw} (leaves the site)`);
        continue;
      }
      let path = decodeURIComponent(url.pathname.slice(1));
      if (path === '' || path.endsWith('/')) path += 'index.html';
      if (path.startsWith('../')) {
        problems.push(`${page}: ${raw} (above the site's folder)`);
        continue;
      }
      const target = site.html[path];
      if (target === undefined && !site.other.has(path)) {
        problems.push(`${page}: ${raw} (no file ${path})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment) continue;
      if (fragment.startsWith('/')) {
        // A route inside the app: only the app's own page can take it.
        if (path !== 'index.html') problems.push(`${page}: ${raw} (an app route on a page that is not the app)`);
        continue;
      }
      if (target === undefined || !idsOf(target).has(fragment)) problems.push(`${page}: ${raw} (no element with id "${fragment}" in ${path})`);
    }
  }
  return problems;
}

export interface Alternate {
  hreflang: string;
  href: string;
}
export const alternatesOf = (html: string): Alternate[] =>
  [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => ({ hreflang: decode(m[1]!), href: decode(m[2]!) }));
export const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
export const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];

/**
 * hreflang pairs: every page names itself among its alternates (with its own lang), and every page
 * it names as an alternate names it back. Returns the problems.
 */
export function asymmetricAlternates(site: Site, pages: string[], siteUrl: string): string[] {
  const problems: string[] = [];
  const pageOf = (href: string) => (href.startsWith(siteUrl) ? `${href.slice(siteUrl.length)}index.html` : undefined);
  for (const page of pages) {
    const html = site.html[page]!;
    const own = canonicalOf(html);
    const lang = langOf(html);
    const alts = alternatesOf(html).filter((a) => a.hreflang !== 'x-default');
    if (!own) problems.push(`${page}: no canonical link`);
    if (!alts.some((a) => a.href === own && a.hreflang === lang)) problems.push(`${page}: does not list itself (${lang}) among its alternates`);
    for (const a of alts) {
      const other = pageOf(a.href);
      const otherHtml = other ? site.html[other] : undefined;
      if (!otherHtml) {
        problems.push(`${page}: alternate ${a.href} is not a page of the site`);
        continue;
      }
      if (langOf(otherHtml) !== a.hreflang) problems.push(`${page}: alternate ${a.href} says hreflang="${a.hreflang}" but the page is lang="${langOf(otherHtml)}"`);
      if (!alternatesOf(otherHtml).some((b) => b.href === own && b.hreflang === lang)) problems.push(`${page}: ${a.href} does not link back with hreflang="${lang}"`);
    }
  }
  return problems;
}

/** The visible text of an HTML fragment: tags out, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return decode(
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<\/?(?:p|li|ul|ol|h[1-6]|div|section|article|dt|dd|dl|nav|aside|br|main|header|footer)\b[^>]*>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, "'"),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

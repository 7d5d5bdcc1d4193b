/**
 * The reading part of the app as plain HTML pages, written at build time from the same compiled
 * content as the app (src/content/compile): a page per chapter (sections as anchors), one
 * begrippenlijst (a term per anchor), a page per letter, the info pages, an index and a letter
 * list, in every language the content has. Pure: content and options in, files out.
 *
 * Addresses mirror the app's hash routes, so one reads as the other:
 *   app  #/lees/<chapter or section>   static  lees/<chapter>/#<section>
 *   app  #/begrippen/<term>            static  begrippen/#<term>
 *   app  #/brief/<letter>              static  brief/<letter>/
 *   app  #/info/<page>                 static  info/<page>/
 * The first language (Dutch) sits at the top of the site; every other language under its code
 * (en/lees/…). Links between pages are relative, so the site works from any folder.
 */
import { parse as parseYaml } from 'yaml';
import type { LanguageContent } from '../compile/load';
import { splitFrontMatter, plainText } from '../compile/markdown';
import { languageInfo as knownLanguage, intlLocale, type LanguageInfo } from '../../languages';
import { FSI, PDI } from '../compile/bidi';

/** The language's code, name in itself and direction (src/languages.ts, the one list). */
const languageInfo = (code: string): Pick<LanguageInfo, 'code' | 'name' | 'dir'> => {
  const l = knownLanguage(code);
  return l ? { code: l.code, name: l.name, dir: l.dir } : { code, name: code, dir: 'ltr' };
};
import { fillLetter, type LetterField } from '../../rules/letters';
import { blocksHtml, describe, esc, jsonLd, type LinkResolver } from './html';


/**
 * Which situation of the first question a page's "Maak je eigen plan" pre-selects
 * (README "Links for steunpunten"). A page without one opens the start page, where the parent chooses.
 */
export const CHAPTER_SITUATION: Record<string, string> = {
  'school-vinden': 'aanmelden',
  'hulp-op-school': 'handelingsverlegen',
  'andere-school': 'tlv',
};
export const LETTER_SITUATION: Record<string, string> = {
  'schriftelijke-aanmelding': 'aanmelden',
  'herinnering-besluit': 'aanmelden',
  'reactie-handelingsverlegen': 'handelingsverlegen',
  'verzoek-opp': 'handelingsverlegen',
  'verzoek-sop': 'handelingsverlegen',
  'onderwijs-tijdens-thuiszitten': 'thuiszitten',
  'bericht-leerplichtambtenaar': 'thuiszitten',
  'aanmelding-onderwijsconsulenten': 'thuiszitten',
  'bezwaar-tlv': 'tlv',
  'zienswijze-tlv': 'tlv',
  'aanvraag-leerlingenvervoer': 'tlv',
};

export type PageKind = 'index' | 'chapter' | 'glossary' | 'letters' | 'letter' | 'info';

export interface StaticPage {
  /** The same in every language: "lees/hulp-op-school/". */
  key: string;
  /** Folder of the page, relative to the site root: "en/lees/hulp-op-school/" (the file is index.html in it). */
  path: string;
  lang: string;
  kind: PageKind;
  id: string;
  title: string;
  /** Anchors a link may point at (sections, terms). */
  anchors: string[];
  /** The app route that shows the same text ("#/lees/hulp-op-school"). */
  appRoute: string;
  lastmod?: string;
}

export interface StaticOptions {
  /** Absolute address of the site's folder, ending in "/" (SITE_URL). Without it: no canonical, hreflang or sitemap. */
  siteUrl?: string;
  /** Stylesheets, relative to the site root ("assets/index-abc.css"). */
  css: string[];
  /** The Content-Security-Policy, the same as the app's. */
  csp: string;
  /** When a content file was last checked (front matter `checked:`) or changed: "2026-11-29". */
  dateOf?: (file: string) => string | undefined;
}

export interface StaticSite {
  /** File path relative to the site root → contents. */
  files: Record<string, string>;
  pages: StaticPage[];
}

type Ui = Record<string, unknown>;

/** Where a page wants the short "Maak je eigen plan" button near its top (filled in by renderPage). */
const PLAN_TOP = '<!--plan-top-->';

/**
 * Values filled into a text of a right-to-left page (a date, a number, a title) are isolated
 * (FSI … PDI), as i18next does in the app (src/app/i18n.ts): "29 نوفمبر 2026" or "1" cannot take the
 * words or punctuation around it along. Left-to-right pages get the values as they are.
 */
export const isolateValues = (lang: string, values: Record<string, string>): Record<string, string> =>
  languageInfo(lang).dir === 'rtl' ? Object.fromEntries(Object.entries(values).map(([k, v]) => [k, `${FSI}${v}${PDI}`])) : values;

/** A text from ui.yaml ("staticPages.makePlan"), with {{placeholders}} filled. */
function text(ui: Ui, key: string, values: Record<string, string> = {}): string {
  let v: unknown = ui;
  for (const part of key.split('.')) v = v && typeof v === 'object' ? (v as Ui)[part] : undefined;
  if (typeof v !== 'string') throw new Error(`static pages: ui text "${key}" is missing`);
  return v.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => values[k] ?? '');
}

const prefixOf = (lang: string, first: string) => (lang === first ? '' : `${lang}/`);
/** A relative address from one folder of the site to another path in it. */
export function relative(fromDir: string, to: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const target = to.split('/');
  const file = target.pop()!;
  let common = 0;
  while (common < from.length && common < target.length && from[common] === target[common]) common++;
  const path = '../'.repeat(from.length - common) + target.slice(common).map((s) => `${s}/`).join('') + file;
  return path || './';
}

/** "29 november 2026": the language's Intl locale from src/languages.ts, as the app's dates (Arabic with Western digits). */
export function formatDate(iso: string, lang: string): string {
  try {
    return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
  } catch {
    return iso;
  }
}

export function normalizeSiteUrl(raw: string | undefined): string | undefined {
  if (!raw || !raw.trim()) return undefined;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an absolute address (for example https://example.org/wegwijzer/)`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`SITE_URL "${raw}" must start with https:// (or http://)`);
  u.hash = '';
  u.search = '';
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return u.href;
}

export function buildStaticSite(content: readonly LanguageContent[], options: StaticOptions): StaticSite {
  const first = content[0]?.lang ?? 'nl';
  const nl = content.find((c) => c.lang === 'nl') ?? content[0]!;
  const site = options.siteUrl;
  const pages: StaticPage[] = [];
  const bodies = new Map<StaticPage, { html: string; description: string; jsonLd?: unknown; sources: string[]; date?: { iso: string; checked: boolean } }>();

  for (const c of content) {
    const ui = c.ui;
    const prefix = prefixOf(c.lang, first);
    const sectionChapter = new Map(c.chapters.flatMap((ch) => ch.sections.map((s) => [s.id, ch.id] as const)));
    const chapterIds = new Set(c.chapters.map((ch) => ch.id));
    const front = (file: string) => {
      const raw = c.files[file];
      if (raw === undefined) return {};
      return file.endsWith('.md') ? splitFrontMatter(file, raw).data : ((parseYaml(raw) as Record<string, unknown>) ?? {});
    };
    const sourcesOf = (file: string) => {
      const s = front(file)['sources'];
      return Array.isArray(s) ? s.map(String) : [];
    };
    /** `checked: 2026-11-01` in the front matter is a check against the sources; otherwise the last change. */
    const dateFor = (file: string): { iso: string; checked: boolean } | undefined => {
      const checked = front(file)['checked'];
      const iso = checked instanceof Date ? checked.toISOString().slice(0, 10) : typeof checked === 'string' ? checked : undefined;
      if (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso)) return { iso, checked: true };
      const changed = options.dateOf?.(file);
      return changed ? { iso: changed, checked: false } : undefined;
    };

    const add = (page: Omit<StaticPage, 'path' | 'lang' | 'lastmod'>, body: { html: string; description: string; jsonLd?: unknown; sources: string[]; date?: { iso: string; checked: boolean } }) => {
      const p: StaticPage = { ...page, path: prefix + page.key, lang: c.lang, ...(body.date ? { lastmod: body.date.iso } : {}) };
      pages.push(p);
      bodies.set(p, body);
      return p;
    };

    /** Links inside content, as seen from a page in folder `from`. */
    const resolver = (from: string): LinkResolver => ({
      section: (id) => {
        const chapter = chapterIds.has(id) ? id : sectionChapter.get(id);
        if (!chapter) throw new Error(`static pages: unknown section "${id}"`);
        const target = `${prefix}lees/${chapter}/`;
        if (target === from) return chapter === id ? '#main' : `#${id}`;
        return relative(from, target) + (chapter === id ? '' : `#${id}`);
      },
      term: (id) => relative(from, `${prefix}begrippen/`) + `#${id}`,
    });

    // Chapters.
    for (const ch of c.chapters) {
      const key = `lees/${ch.id}/`;
      const from = prefix + key;
      const links = resolver(from);
      const html = [
        `<p class="caption">${esc(text(ui, 'read.chapterNumber', isolateValues(c.lang, { number: String(ch.number) })))}</p>`,
        `<h1>${esc(ch.title)}</h1>`,
        `<p class="lead">${esc(ch.intro)}</p>`,
        PLAN_TOP,
        `<nav class="link-box" aria-labelledby="in-this-chapter"><h2 id="in-this-chapter" class="h4">${esc(text(ui, 'read.inThisChapter'))}</h2><ul>${ch.sections
          .map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`)
          .join('')}</ul></nav>`,
        ...ch.sections.map(
          (s) =>
            `<section id="${esc(s.id)}" aria-labelledby="${esc(s.id)}-title">\n<h2 id="${esc(s.id)}-title">${esc(s.title)}</h2>\n${blocksHtml(s.blocks, links)}\n` +
            `<p class="section-link static-only"><a href="#${esc(s.id)}">${esc(text(ui, 'staticPages.linkToSection'))}<span class="visually-hidden">: ${esc(s.title)}</span></a></p>\n</section>`,
        ),
      ].join('\n');
      const questions = ch.sections.filter((s) => /[?؟]$/.test(s.title.trim()));
      add(
        { key, kind: 'chapter', id: ch.id, title: ch.title, anchors: ch.sections.map((s) => s.id), appRoute: `#/lees/${ch.id}` },
        {
          html,
          description: describe(ch.intro),
          sources: ch.sources,
          date: dateFor(c.chapterFiles[ch.id] ?? ''),
          // Honest structured data: the sections whose heading is a question are questions and answers.
          jsonLd: questions.length
            ? {
                '@context': 'https://schema.org',
                '@type': 'FAQPage',
                inLanguage: c.lang,
                mainEntity: questions.map((s) => ({
                  '@type': 'Question',
                  name: s.title,
                  acceptedAnswer: { '@type': 'Answer', text: plainText(s.blocks) },
                })),
              }
            : undefined,
        },
      );
    }

    // The begrippenlijst: one page, a term per anchor (like the app's #/begrippen/<id>).
    {
      const key = 'begrippen/';
      const from = prefix + key;
      const links = resolver(from);
      const titleOfSection = (id: string) => c.chapters.flatMap((ch) => [ch, ...ch.sections]).find((s) => s.id === id)?.title ?? '';
      const html = [
        `<h1>${esc(text(ui, 'glossary.title'))}</h1>`,
        `<p class="lead">${esc(text(ui, 'glossary.lead'))}</p>`,
        `<dl class="glossary">`,
        ...c.glossary.map(
          (g) =>
            `<div id="${esc(g.id)}"><dt>${esc(g.term)}</dt><dd>${esc(g.text)}${
              g.see ? ` <a href="${esc(links.section(g.see))}">${esc(text(ui, 'glossary.more'))}: ${esc(titleOfSection(g.see))}</a>` : ''
            }</dd></div>`,
        ),
        `</dl>`,
      ].join('\n');
      add(
        { key, kind: 'glossary', id: 'begrippen', title: text(ui, 'glossary.title'), anchors: c.glossary.map((g) => g.id), appRoute: '#/begrippen' },
        {
          html,
          description: describe(`${text(ui, 'glossary.lead')} ${c.glossary.map((g) => g.term).join(', ')}.`),
          sources: sourcesOf(`content/${c.lang}/glossary.yaml`),
          date: dateFor(`content/${c.lang}/glossary.yaml`),
          jsonLd: {
            '@context': 'https://schema.org',
            '@type': 'DefinedTermSet',
            name: text(ui, 'glossary.title'),
            inLanguage: c.lang,
            hasDefinedTerm: c.glossary.map((g) => ({ '@type': 'DefinedTerm', '@id': `#${g.id}`, name: g.term, description: g.text })),
          },
        },
      );
    }

    // Letters: what each is for, the model text (always Dutch, as the school reads Dutch), a worked example.
    // The Dutch letter shows its missing values with Dutch markers ("[naam van de school]"), as in the
    // app under any interface language; the translation with markers in its own language.
    const label = (f: LetterField) => text(ui, `letterField.${f}`);
    const nlLabel = (f: LetterField) => text(nl.ui, `letterField.${f}`);
    const model = (template: string, values: Record<string, string>, marker = nlLabel) =>
      fillLetter(template, values)
        .map((p) => ('text' in p ? esc(p.text) : p.value !== undefined ? `<span class="filled">${esc(p.value)}</span>` : `<mark class="missing">[${esc(marker(p.field))}]</mark>`))
        .join('');
    for (const local of c.letters) {
      const dutch = nl.letters.find((l) => l.id === local.id) ?? local;
      const key = `brief/${local.id}/`;
      const dl = (k: string, v: string) => `<dt>${esc(text(ui, `letter.${k}`))}</dt><dd>${esc(v)}</dd>`;
      const note = c.lang !== nl.lang ? text(ui, 'letter.dutchNote') : '';
      const html = [
        `<h1>${esc(local.title)}</h1>`,
        note ? `<p class="note">${esc(note)}</p>` : '',
        PLAN_TOP,
        `<dl class="letter-facts">`,
        dl('when', local.when),
        dl('to', local.to),
        local.attach.length ? `<dt>${esc(text(ui, 'letter.attach'))}</dt><dd><ul>${local.attach.map((a) => `<li>${esc(a)}</li>`).join('')}</ul></dd>` : '',
        dl('send', local.send),
        dl('deadline', local.deadline),
        dl('after', local.after),
        `</dl>`,
        `<h2 id="brief">${esc(text(ui, 'staticPages.letterModel'))}</h2>`,
        `<p>${esc(text(ui, 'staticPages.letterModelLead'))}</p>`,
        `<p class="letter-subject" lang="nl" dir="ltr"><strong>${model(dutch.subject, {})}</strong></p>`,
        `<div class="letter" lang="nl" dir="ltr">${model(dutch.body, {})}</div>`,
        c.lang !== nl.lang ? `<h2 id="vertaling">${esc(text(ui, 'letter.translation'))}</h2>\n<div class="letter translation">${model(local.body, {}, label)}</div>` : '',
        `<h2 id="voorbeeld">${esc(text(ui, 'letter.example'))}</h2>`,
        `<p>${esc(text(ui, 'letter.exampleLead'))}</p>`,
        `<div class="letter" lang="nl" dir="ltr">${model(dutch.body, nl.letterExample)}</div>`,
      ]
        .filter(Boolean)
        .join('\n');
      add(
        { key, kind: 'letter', id: local.id, title: local.title, anchors: ['brief', 'voorbeeld', ...(c.lang !== nl.lang ? ['vertaling'] : [])], appRoute: `#/brief/${local.id}` },
        { html, description: describe(local.when), sources: sourcesOf(`content/${c.lang}/letters/${local.id}.md`), date: dateFor(`content/${c.lang}/letters/${local.id}.md`) },
      );
    }

    // The list of letters.
    {
      const key = 'brieven/';
      const from = prefix + key;
      const html = [
        `<h1>${esc(text(ui, 'staticPages.letters'))}</h1>`,
        `<p class="lead">${esc(text(ui, 'letter.lead'))}</p>`,
        `<ul class="letter-list">${c.letters.map((l) => `<li><a href="${esc(relative(from, `${prefix}brief/${l.id}/`))}">${esc(l.title)}</a></li>`).join('')}</ul>`,
      ].join('\n');
      add({ key, kind: 'letters', id: 'brieven', title: text(ui, 'staticPages.letters'), anchors: [], appRoute: '#/brieven' }, { html, description: describe(text(ui, 'letter.lead')), sources: [] });
    }

    // About, privacy, accessibility.
    for (const pg of c.pages) {
      const key = `info/${pg.id}/`;
      const links = resolver(prefix + key);
      const html = [
        `<h1>${esc(pg.title)}</h1>`,
        blocksHtml(pg.intro, links),
        ...pg.sections.map((s) => `<section id="${esc(s.id)}" aria-labelledby="${esc(s.id)}-title">\n<h2 id="${esc(s.id)}-title">${esc(s.title)}</h2>\n${blocksHtml(s.blocks, links)}\n</section>`),
      ].join('\n');
      const firstText = plainText([...pg.intro, ...(pg.sections[0]?.blocks ?? [])]);
      add(
        { key, kind: 'info', id: pg.id, title: pg.title, anchors: pg.sections.map((s) => s.id), appRoute: `#/info/${pg.id}` },
        { html, description: describe(firstText), sources: sourcesOf(`content/${c.lang}/pages/${pg.id}.md`), date: dateFor(`content/${c.lang}/pages/${pg.id}.md`) },
      );
    }

    // The index: every chapter, the terms, the letters, the info pages.
    {
      const key = 'lees/';
      const from = prefix + key;
      const to = (p: string) => esc(relative(from, prefix + p));
      const html = [
        `<h1>${esc(text(ui, 'staticPages.home'))}</h1>`,
        `<p class="lead">${esc(text(ui, 'staticPages.homeLead'))}</p>`,
        `<h2>${esc(text(ui, 'staticPages.chapters'))}</h2>`,
        `<ol class="chapter-list">${c.chapters.map((ch) => `<li><a href="${to(`lees/${ch.id}/`)}">${esc(ch.title)}</a></li>`).join('')}</ol>`,
        `<h2>${esc(text(ui, 'glossary.title'))}</h2>`,
        `<p><a href="${to('begrippen/')}">${esc(text(ui, 'glossary.all'))}</a></p>`,
        `<h2>${esc(text(ui, 'staticPages.letters'))}</h2>`,
        `<ul class="letter-list">${c.letters.map((l) => `<li><a href="${to(`brief/${l.id}/`)}">${esc(l.title)}</a></li>`).join('')}</ul>`,
        `<h2>${esc(text(ui, 'staticPages.about'))}</h2>`,
        `<ul>${c.pages.map((p) => `<li><a href="${to(`info/${p.id}/`)}">${esc(p.title)}</a></li>`).join('')}</ul>`,
      ].join('\n');
      add({ key, kind: 'index', id: 'lees', title: text(ui, 'staticPages.home'), anchors: [], appRoute: '#/lees' }, { html, description: describe(text(ui, 'staticPages.homeLead')), sources: [] });
    }
  }

  // Write every page, now that all languages are known (for the alternates).
  const files: Record<string, string> = {};
  const byKey = new Map<string, StaticPage[]>();
  for (const p of pages) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  for (const p of pages) {
    const c = content.find((x) => x.lang === p.lang)!;
    files[`${p.path}index.html`] = renderPage(p, bodies.get(p)!, byKey.get(p.key)!, c, { ...options, first });
  }
  if (site) {
    files['sitemap.xml'] = sitemap(site, pages, byKey, first);
    files['robots.txt'] = `User-agent: *\nAllow: /\n\nSitemap: ${site}sitemap.xml\n`;
  }
  return { files, pages };
}

function renderPage(
  page: StaticPage,
  body: { html: string; description: string; jsonLd?: unknown; sources: string[]; date?: { iso: string; checked: boolean } },
  alternates: StaticPage[],
  c: LanguageContent,
  options: StaticOptions & { first: string },
): string {
  const ui = c.ui;
  const info = languageInfo(page.lang);
  const from = page.path;
  const rel = (to: string) => esc(relative(from, to));
  const prefix = prefixOf(page.lang, options.first);
  const site = options.siteUrl;
  const situation = page.kind === 'chapter' ? CHAPTER_SITUATION[page.id] : page.kind === 'letter' ? LETTER_SITUATION[page.id] : undefined;
  // Into the app: the start with the matching situation, and the same text.
  const appLink = (route: string, params: Record<string, string>) => `${relative(from, '')}${route}?${new URLSearchParams(params).toString().replace(/%2C/g, ',')}`;
  const planHref = appLink('#/', { ...(situation ? { situatie: situation } : {}), taal: page.lang });
  const sameHref = appLink(page.appRoute, { taal: page.lang });
  const title = text(ui, 'app.pageTitle', isolateValues(page.lang, { page: page.title }));
  const head = [
    `<meta charset="utf-8" />`,
    `<meta name="viewport" content="width=device-width, initial-scale=1" />`,
    `<meta http-equiv="Content-Security-Policy" content="${esc(options.csp)}" />`,
    `<meta name="referrer" content="no-referrer" />`,
    `<title>${esc(title)}</title>`,
    `<meta name="description" content="${esc(body.description)}" />`,
    ...(site
      ? [
          `<link rel="canonical" href="${esc(site + page.path)}" />`,
          ...alternates.map((a) => `<link rel="alternate" hreflang="${esc(a.lang)}" href="${esc(site + a.path)}" />`),
          ...alternates.filter((a) => a.lang === options.first).map((a) => `<link rel="alternate" hreflang="x-default" href="${esc(site + a.path)}" />`),
        ]
      : []),
    `<meta name="theme-color" content="#0b4f6c" />`,
    `<link rel="icon" href="${rel('favicon.svg')}" type="image/svg+xml" />`,
    ...options.css.map((href) => `<link rel="stylesheet" href="${rel(href)}" />`),
    ...(body.jsonLd ? [`<script type="application/ld+json">${jsonLd(body.jsonLd)}</script>`] : []),
  ];
  const others = alternates.filter((a) => a.lang !== page.lang);
  const languageNav = others.length
    ? `<nav class="static-languages" aria-label="${esc(text(ui, 'staticPages.languages'))}"><ul>${others
        .map((a) => {
          const l = languageInfo(a.lang);
          return `<li><a href="${rel(a.path)}" hreflang="${esc(a.lang)}" lang="${esc(a.lang)}" dir="${l.dir}">${esc(l.name)}</a></li>`;
        })
        .join('')}</ul></nav>`
    : '';
  const nav = (target: string, label: string, kinds: PageKind[]) =>
    kinds.includes(page.kind) && page.path === prefix + target
      ? `<a href="${rel(prefix + target)}" aria-current="page" class="active">${esc(label)}</a>`
      : `<a href="${rel(prefix + target)}"${kinds.includes(page.kind) ? ' class="active"' : ''}>${esc(label)}</a>`;
  // A translation says once that the Dutch text counts, with a link to the same page in Dutch.
  const dutch = alternates.find((a) => a.lang === options.first);
  const leading =
    page.lang !== options.first && dutch
      ? `<p class="dutch-leading muted lang-note">${esc(text(ui, 'language.leading'))} <a href="${rel(dutch.path)}" hreflang="${esc(dutch.lang)}">${esc(text(ui, 'language.toDutch'))}</a></p>\n`
      : '';
  const date = body.date ? text(ui, body.date.checked ? 'staticPages.checked' : 'staticPages.updated', isolateValues(page.lang, { date: formatDate(body.date.iso, page.lang) })) : '';
  // The sources are the titles of Dutch documents: in a right-to-left page one left-to-right island
  // (dir isolates), so the list reads in its order and "(Ministerie van OCW, 2022)" keeps its brackets.
  const sources = info.dir === 'rtl' ? `<span lang="nl" dir="ltr">${esc(body.sources.join('; '))}</span>` : esc(body.sources.join('; '));
  return `<!doctype html>
<html lang="${esc(info.code)}" dir="${info.dir}">
<head>
${head.join('\n')}
</head>
<body class="static-page">
<a class="skip-link" href="#main">${esc(text(ui, 'app.skip'))}</a>
<header class="site-header">
<div class="wrap header-row">
<a class="brand" href="${rel(prefix + 'lees/')}"><svg class="brand-mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false"><path d="M32 10v44M32 18h16l6 6-6 6H32M32 34H16l-6 6 6 6h16" fill="none" stroke="currentColor" stroke-width="5" stroke-linejoin="round" /></svg><span><span class="brand-name">${esc(text(ui, 'app.name'))}</span><span class="brand-tagline">${esc(text(ui, 'app.tagline'))}</span></span></a>
${languageNav}
</div>
<nav class="wrap site-nav" aria-label="${esc(text(ui, 'app.menu'))}">
${nav('lees/', text(ui, 'staticPages.chapters'), ['index', 'chapter'])}
${nav('begrippen/', text(ui, 'nav.glossary'), ['glossary'])}
${nav('brieven/', text(ui, 'nav.letters'), ['letters', 'letter'])}
</nav>
</header>
<main id="main" tabindex="-1" class="wrap">
${leading}<article class="page-${page.kind === 'chapter' ? 'chapter' : page.kind}">
${body.html.replace(PLAN_TOP, `<p class="plan-top static-only"><a class="button" href="${esc(planHref)}">${esc(text(ui, 'staticPages.makePlan'))}</a></p>`)}
</article>
<aside class="make-plan static-only" aria-labelledby="make-plan-title">
<h2 id="make-plan-title" class="h3">${esc(text(ui, 'staticPages.makePlan'))}</h2>
<p>${esc(text(ui, 'staticPages.makePlanLead'))}</p>
<p class="button-row"><a class="button" href="${esc(planHref)}">${esc(text(ui, 'staticPages.makePlan'))}</a> <a class="open-in-app" href="${esc(sameHref)}">${esc(text(ui, 'staticPages.openInApp'))}</a></p>
</aside>
${body.sources.length ? `<p class="sources">${esc(text(ui, 'read.sources'))}: ${sources}</p>` : ''}
${date ? `<p class="checked">${esc(date)}</p>` : ''}
</main>
<footer class="site-footer">
<div class="wrap footer-row">
${c.pages.map((p) => `<a href="${rel(`${prefix}info/${p.id}/`)}">${esc(p.title)}</a>`).join('\n')}
</div>
</footer>
</body>
</html>
`;
}

function sitemap(site: string, pages: StaticPage[], byKey: Map<string, StaticPage[]>, first: string): string {
  const url = (p: StaticPage) =>
    `  <url>\n    <loc>${esc(site + p.path)}</loc>\n${p.lastmod ? `    <lastmod>${p.lastmod}</lastmod>\n` : ''}${byKey
      .get(p.key)!
      .map((a) => `    <xhtml:link rel="alternate" hreflang="${esc(a.lang)}" href="${esc(site + a.path)}"/>\n`)
      .join('')}${byKey
      .get(p.key)!
      .filter((a) => a.lang === first)
      .map((a) => `    <xhtml:link rel="alternate" hreflang="x-default" href="${esc(site + a.path)}"/>\n`)
      .join('')}  </url>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n  <url>\n    <loc>${esc(site)}</loc>\n  </url>\n${pages.map(url).join('\n')}\n</urlset>\n`;
}

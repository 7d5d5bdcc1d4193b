/**
 * The shape of the compiled content (src/content/generated/*, written by `npm run content`).
 * Rich text is a small tree, not HTML: the views render it as elements, so no markup from a
 * content file can ever reach the page as HTML.
 */
export type Inline =
  | string
  | { b: Inline[] }
  | { i: Inline[] }
  /** A glossary term, tappable to see its meaning in place. */
  | { term: string; c: Inline[] }
  /** A link to a chapter section (or a chapter). */
  | { sec: string; c: Inline[] };

export type Block = { p: Inline[] } | { ul: Inline[][] } | { ol: Inline[][] } | { note: Block[] } | { h3: Inline[] };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

export interface Chapter {
  id: string;
  number: number;
  title: string;
  intro: string;
  sources: string[];
  sections: Section[];
}

/** Chapter titles and section titles: small, part of the core bundle for overviews and links. */
export interface ChapterMeta {
  id: string;
  number: number;
  title: string;
  sections: { id: string; title: string }[];
}

export interface GlossaryTerm {
  id: string;
  term: string;
  text: string;
  see?: string;
}

export interface Page {
  id: string;
  title: string;
  sections: Section[];
  intro: Block[];
}

export interface Letter {
  id: string;
  title: string;
  subject: string;
  when: string;
  to: string;
  attach: string[];
  send: string;
  deadline: string;
  after: string;
  /** The letter text with {{placeholders}}; plain text, never markup. */
  body: string;
}

/** What the first question needs in one language: loaded before the first question. */
export interface CoreContent {
  lang: string;
  /** i18next resources: ui and the opening question (strings with {{placeholders}}). */
  resources: Record<string, unknown>;
  /** Chapter numbers and titles ("Hoofdstuk 3: …" above a question). */
  chapters: { id: string; number: number; title: string }[];
}

/** Table of contents for the pages that load later (reading, plan, letters). */
export interface Toc {
  chapters: ChapterMeta[];
  /** Where each section lives: section id → chapter id. */
  sectionChapter: Record<string, string>;
  /** Letter titles by id, so the plan can name letters without loading them. */
  letterTitles: Record<string, string>;
}

export interface LetterSet {
  letters: Letter[];
  /** Values for the fictional family in the worked example. */
  example: Record<string, string>;
}

export interface SearchDoc {
  kind: 'section' | 'term';
  id: string;
  title: string;
  text: string;
}

/** Plan texts: loaded with the plan page (i18next namespace "steps"). */
export interface StepTexts {
  steps: Record<string, { title: string; why: string; late?: string; check?: string }>;
  warnings: Record<string, { title: string; text: string }>;
}

/** Question texts by question id (i18next namespace "questions"). */
export type QuestionTexts = Record<string, { title: string; hint?: string; summary: string; why: string; options?: Record<string, string>; optionHints?: Record<string, string> }>;

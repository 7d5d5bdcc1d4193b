import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Chapter, GlossaryTerm, Letter, Page, Section } from '../types';
import { ContentError, parseSections, requireSources, splitFrontMatter } from './markdown';
import { autolinkSection, matchWord, type TermMatcher } from './autolink';

/** Reads one language folder of content/ into plain objects. Throws ContentError naming the file. */
export interface LanguageContent {
  lang: string;
  ui: Record<string, unknown>;
  questions: Record<string, QuestionText>;
  steps: Record<string, StepText>;
  warnings: Record<string, { title: string; text: string }>;
  glossary: (GlossaryTerm & { match: string[] })[];
  chapters: Chapter[];
  letters: Letter[];
  letterExample: Record<string, string>;
  pages: Page[];
  /** file → plain-language input (Dutch metrics) */
  files: Record<string, string>;
  /** chapter id → its file, for messages that name the file */
  chapterFiles: Record<string, string>;
}

export interface QuestionText {
  title: string;
  hint?: string;
  summary: string;
  why: string;
  options?: Record<string, string>;
  optionHints?: Record<string, string>;
}
export interface StepText {
  title: string;
  why: string;
  late?: string;
  check?: string;
}

export function contentRoot(root: string, lang: string) {
  return join(root, 'content', lang);
}

function readYaml(root: string, file: string): Record<string, unknown> {
  const path = join(root, file);
  if (!existsSync(path)) throw new ContentError(file, 'file is missing');
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ContentError(file, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!data || typeof data !== 'object') throw new ContentError(file, 'file is empty');
  requireSources(file, data as Record<string, unknown>);
  return data as Record<string, unknown>;
}

const str = (file: string, where: string, v: unknown, optional = false): string => {
  if (v === undefined && optional) return '';
  if (typeof v !== 'string' || !v.trim()) throw new ContentError(file, `${where} must be a text`);
  return v.trim();
};

const record = (file: string, where: string, v: unknown): Record<string, unknown> => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new ContentError(file, `${where} must be a list of "id: …" entries`);
  return v as Record<string, unknown>;
};

export function loadLanguage(root: string, lang: string): LanguageContent {
  const base = (f: string) => join('content', lang, f);
  const files: Record<string, string> = {};
  const read = (f: string) => {
    const text = readFileSync(join(root, f), 'utf8');
    files[f] = text;
    return text;
  };

  const ui = readYaml(root, base('ui.yaml'));
  delete ui['sources'];

  const qfile = base('questions.yaml');
  const qdata = readYaml(root, qfile);
  const questions: Record<string, QuestionText> = {};
  for (const [id, v] of Object.entries(record(qfile, 'questions', qdata['questions']))) {
    const q = record(qfile, `questions.${id}`, v);
    questions[id] = {
      title: str(qfile, `questions.${id}.title`, q['title']),
      summary: str(qfile, `questions.${id}.summary`, q['summary']),
      why: str(qfile, `questions.${id}.why`, q['why']),
      ...(q['hint'] !== undefined ? { hint: str(qfile, `questions.${id}.hint`, q['hint']) } : {}),
      ...(q['options'] !== undefined ? { options: strings(qfile, `questions.${id}.options`, q['options']) } : {}),
      ...(q['optionHints'] !== undefined ? { optionHints: strings(qfile, `questions.${id}.optionHints`, q['optionHints']) } : {}),
    };
  }

  const sfile = base('steps.yaml');
  const sdata = readYaml(root, sfile);
  const steps: Record<string, StepText> = {};
  for (const [id, v] of Object.entries(record(sfile, 'steps', sdata['steps']))) {
    const s = record(sfile, `steps.${id}`, v);
    steps[id] = {
      title: str(sfile, `steps.${id}.title`, s['title']),
      why: str(sfile, `steps.${id}.why`, s['why']),
      ...(s['late'] !== undefined ? { late: str(sfile, `steps.${id}.late`, s['late']) } : {}),
      ...(s['check'] !== undefined ? { check: str(sfile, `steps.${id}.check`, s['check']) } : {}),
    };
  }
  const warnings: LanguageContent['warnings'] = {};
  for (const [id, v] of Object.entries(record(sfile, 'warnings', sdata['warnings']))) {
    const w = record(sfile, `warnings.${id}`, v);
    warnings[id] = { title: str(sfile, `warnings.${id}.title`, w['title']), text: str(sfile, `warnings.${id}.text`, w['text']) };
  }

  const gfile = base('glossary.yaml');
  const gdata = readYaml(root, gfile);
  const glossary = Object.entries(record(gfile, 'terms', gdata['terms'])).map(([id, v]) => {
    const g = record(gfile, `terms.${id}`, v);
    const match = g['match'];
    if (!Array.isArray(match) || !match.every((m) => typeof m === 'string' && m.trim()))
      throw new ContentError(gfile, `terms.${id}.match must be a list of words`);
    return {
      id,
      term: str(gfile, `terms.${id}.term`, g['term']),
      text: str(gfile, `terms.${id}.text`, g['text']),
      match: (match as string[]).map(matchWord),
      ...(g['see'] !== undefined ? { see: str(gfile, `terms.${id}.see`, g['see']) } : {}),
    };
  });
  const matchers: TermMatcher[] = glossary.map((g) => ({ id: g.id, words: g.match }));

  const chapterDir = base('chapters');
  const chapterFiles: Record<string, string> = {};
  const chapters: Chapter[] = listMd(root, chapterDir).map((f) => {
    const { data, body } = splitFrontMatter(f, read(f));
    const sources = requireSources(f, data);
    const number = data['chapter'];
    if (typeof number !== 'number' || number < 1 || number > 10) throw new ContentError(f, '`chapter:` must be a number from 1 to 10');
    const { intro, sections } = parseSections(f, body);
    if (intro.length) throw new ContentError(f, 'text before the first "## … {#id}" heading: put the introduction in the front matter `intro:`');
    chapterFiles[str(f, 'id', data['id'])] = f;
    return {
      id: str(f, 'id', data['id']),
      number,
      title: str(f, 'title', data['title']),
      intro: str(f, 'intro', data['intro']),
      sources,
      sections: sections.map((s): Section => ({ ...s, blocks: autolinkSection(s.blocks, matchers) })),
    };
  });
  chapters.sort((a, b) => a.number - b.number);

  const letterDir = base('letters');
  const letters: Letter[] = listMd(root, letterDir).map((f) => {
    const { data, body } = splitFrontMatter(f, read(f));
    requireSources(f, data);
    const attach = data['attach'] ?? [];
    if (!Array.isArray(attach) || !attach.every((a) => typeof a === 'string')) throw new ContentError(f, '`attach:` must be a list');
    return {
      id: f.split('/').pop()!.replace(/\.md$/, ''),
      title: str(f, 'title', data['title']),
      subject: str(f, 'subject', data['subject']),
      when: str(f, 'when', data['when']),
      to: str(f, 'to', data['to']),
      attach: attach as string[],
      send: str(f, 'send', data['send']),
      deadline: str(f, 'deadline', data['deadline']),
      after: str(f, 'after', data['after']),
      body: body.replace(/^\s*\n/, '').replace(/\s+$/, '\n'),
    };
  });

  const exfile = base('letter-example.yaml');
  const exdata = readYaml(root, exfile);
  const letterExample = strings(exfile, 'values', exdata['values']);

  const pageDir = base('pages');
  const pages: Page[] = listMd(root, pageDir).map((f) => {
    const { data, body } = splitFrontMatter(f, read(f));
    requireSources(f, data);
    const { intro, sections } = parseSections(f, body);
    return { id: f.split('/').pop()!.replace(/\.md$/, ''), title: str(f, 'title', data['title']), intro, sections };
  });

  for (const f of [base('ui.yaml'), qfile, sfile, gfile]) read(f);
  return { lang, ui, questions, steps, warnings, glossary, chapters, letters, letterExample, pages, files, chapterFiles };
}

function strings(file: string, where: string, v: unknown): Record<string, string> {
  const r = record(file, where, v);
  for (const [k, x] of Object.entries(r)) if (typeof x !== 'string') throw new ContentError(file, `${where}.${k} must be a text`);
  return r as Record<string, string>;
}

function listMd(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) throw new ContentError(dir, 'folder is missing');
  return readdirSync(full)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => relative(root, join(full, f)));
}

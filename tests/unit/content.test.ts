import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileContent, type CompileResult } from '../../src/content/compile/compile';
import { links, splitFrontMatter } from '../../src/content/compile/markdown';
import { B1_LIMITS, measureSentences, plainLanguageMetrics, sentencesOf, splitSentences } from '../../src/content/compile/plain-language';
import { flat, REQUIRED_TERMS } from '../../src/content/compile/validate';
import type { LanguageContent } from '../../src/content/compile/load';
import type { Block } from '../../src/content/types';
import { LANGUAGES } from '../../src/languages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONTENT = join(ROOT, 'content');
const SHARED_CHECK = join(ROOT, '..', 'shared', 'hooks', 'content-check');

/** Every chapter with its sections, in order (from content/nl/chapters). A removed or renamed section fails. */
const EXPECTED_CHAPTERS: [string, string[]][] = [
  ['passend-onderwijs', ['wat-is-passend-onderwijs', 'hulp-en-ondersteuning', 'wat-is-samenwerkingsverband', 'wat-is-opp', 'wanneer-opp', 'wat-is-zorgplicht', 'wanneer-zorgplicht', 'wat-is-schoolbestuur']],
  ['school-vinden', ['school-kiezen', 'hoe-aanmelden', 'zelf-aanmelden-sbo-so', 'na-aanmelding', 'meer-scholen', 'inschrijving', 'extra-hulp-bij-aanmelding', 'weigering']],
  [
    'hulp-op-school',
    [
      'welke-hulp', 'hulp-bepalen', 'wat-is-sop', 'wat-is-ondersteuningsplan', 'diagnose-nodig', 'wat-is-basisondersteuning', 'basisondersteuning-hoe', 'wat-is-extra-ondersteuning',
      'extra-ondersteuning-hoe', 'praten-over-extra-hulp', 'wie-op-school', 'hulp-lukt-niet', 'handelingsverlegen', 'tijdelijk-niet-naar-school', 'thuiszitten', 'schorsing-verwijdering',
    ],
  ],
  ['samenwerken', ['goed-samenwerken', 'zorgen-bespreken', 'gesprek-voorbereiden', 'afspraken-vastleggen']],
  ['informatie', ['informatie-delen', 'warme-overdracht', 'onderzoeksverslagen', 'met-wie-bespreken', 'informatie-vragen', 'dossier-oneens', 'bewaartermijn']],
  ['jeugdhulp', ['jeugdhulp-op-school', 'wie-betaalt-zorg', 'dyslexie', 'medische-zorg']],
  ['andere-school', ['andere-school-nodig', 'wat-is-okr', 'verschil-so-sbo', 'wat-is-sbo', 'wat-is-so', 'wat-is-tlv', 'tlv-oneens', 'wachtlijst', 'terug-naar-gewone-school', 'ver-weg']],
  ['niet-eens', ['eerst-praten', 'er-samen-niet-uitkomen', 'bezwaar-maken', 'geschillencommissie', 'klacht-indienen', 'onderwijsconsulenten', 'welke-personen', 'leerplichtambtenaar', 'jeugdarts']],
  ['middelbare-school', ['naar-de-middelbare-school', 'overstap-voorbereiden', 'doorstroomtoets', 'praktijkonderwijs-lwoo']],
  ['steunpunt', ['wat-is-steunpunt', 'steunpunt-vinden', 'andere-hulp']],
];

/** Same normalisation as the shared checker: lower case, accents off, everything else than a-z0-9 a single space. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const STOP = new Set('de het een en of is in op te van voor met als wat wie hoe mijn je ik bij aan er dat die'.split(' '));

/** All files under a folder, relative to the project root, sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(ROOT, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

let compiled: CompileResult;
let nl: LanguageContent;
let en: LanguageContent;
beforeAll(() => {
  compiled = compileContent(ROOT);
  nl = compiled.content.find((c) => c.lang === 'nl')!;
  en = compiled.content.find((c) => c.lang === 'en')!;
});

describe('content compiles', () => {
  it('reports no problems for content/', () => {
    expect(compiled.problems).toEqual([]);
    // Every enabled language with a folder, in the order of the one list (src/languages.ts), Dutch first.
    const expected = LANGUAGES.filter((l) => l.enabled && existsSync(join(ROOT, 'content', l.code))).map((l) => l.code);
    expect(compiled.content.map((c) => c.lang)).toEqual(expected);
    expect(expected.slice(0, 2)).toEqual(['nl', 'en']);
    expect(Object.keys(compiled.modules)).toContain('chapters.nl.ts');
  });
});

describe('broken content fails with a message naming the file', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** Copies content/ to a fresh root, applies the edits, compiles. Each edit must really change its file. */
  function compileBroken(edits: Record<string, (text: string) => string>): string[] {
    const root = mkdtempSync(join(tmpdir(), 'wegwijzer-content-'));
    dirs.push(root);
    // nl and en only: these cases break the two base languages, and six languages would only slow them down.
    for (const base of ['nl', 'en']) cpSync(join(CONTENT, base), join(root, 'content', base), { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = edit(before);
      expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
      writeFileSync(path, after);
    }
    return compileContent(root).problems;
  }
  const problemWith = (problems: string[], ...parts: string[]) => {
    const hit = problems.find((p) => parts.every((x) => p.includes(x)));
    expect(hit, `no problem mentions ${parts.map((x) => JSON.stringify(x)).join(' and ')}; got:\n${problems.join('\n')}`).toBeDefined();
  };

  it('an unchanged copy compiles cleanly (so the failures below come from the breakage)', () => {
    expect(compileBroken({})).toEqual([]);
  });

  it('an unknown section in a lees: link (chapter)', () => {
    const problems = compileBroken({
      'content/nl/chapters/01-passend-onderwijs.md': (t) => `${t.trimEnd()}\n\nZie [dit](lees:bestaat-niet).\n`,
    });
    // Chapter link problems name the chapters folder and the chapter id (the file is 01-passend-onderwijs.md).
    problemWith(problems, 'content/nl/chapters', 'passend-onderwijs', 'lees:bestaat-niet');
  });

  it('an unknown section in a lees: link (page)', () => {
    const problems = compileBroken({ 'content/nl/pages/privacy.md': (t) => `${t.trimEnd()}\n\nZie [dit](lees:bestaat-niet).\n` });
    problemWith(problems, 'content/nl/pages/privacy.md', 'unknown section', 'lees:bestaat-niet');
  });

  it('an unknown begrip: term', () => {
    const problems = compileBroken({
      'content/en/chapters/03-hulp-op-school.md': (t) => `${t.trimEnd()}\n\nSee [this](begrip:geen-begrip).\n`,
    });
    problemWith(problems, 'content/en/chapters', 'hulp-op-school', 'unknown term', 'begrip:geen-begrip');
  });

  it('a section missing from the English chapter', () => {
    const problems = compileBroken({
      'content/en/chapters/10-steunpunt.md': (t) => t.replace(/\n## [^\n]*\{#steunpunt-vinden\}[\s\S]*?(?=\n## )/, '\n'),
    });
    problemWith(problems, 'content/en/chapters', 'section "steunpunt-vinden" is missing');
  });

  it('a text missing from content/en/ui.yaml', () => {
    const problems = compileBroken({ 'content/en/ui.yaml': (t) => t.replace(/^ {2}menu: Menu\n/m, '') });
    problemWith(problems, 'content/en/ui.yaml', 'text "app.menu" is missing');
  });

  it('an unknown placeholder in a letter', () => {
    const problems = compileBroken({ 'content/nl/letters/klacht.md': (t) => `${t.trimEnd()}\n\nGroet van {{foo}}\n` });
    problemWith(problems, 'content/nl/letters/klacht.md', 'unknown placeholder {{foo}}');
  });

  it('an unknown placeholder in steps.yaml', () => {
    const problems = compileBroken({
      'content/nl/steps.yaml': (t) => t.replace('title: Meld je kind schriftelijk aan', 'title: Meld {{foo}} schriftelijk aan'),
    });
    problemWith(problems, 'content/nl/steps.yaml', 'unknown placeholder {{foo}}', 'schriftelijk-aanmelden');
  });

  it('front matter without sources:', () => {
    const problems = compileBroken({
      'content/nl/chapters/04-samenwerken.md': (t) => t.replace(/^sources:\n(?: {2}- .*\n)+/m, ''),
    });
    problemWith(problems, 'content/nl/chapters/04-samenwerken.md', 'sources:');
  });

  it('a question option without its text', () => {
    const problems = compileBroken({
      'content/nl/questions.yaml': (t) => t.replace(/^ {6}ja: Ja, ik heb een bevestiging\n/m, ''),
    });
    problemWith(problems, 'content/nl/questions.yaml', 'questions.aanmelding-bevestiging.options.ja is missing');
  });
});

describe('chapters and sections', () => {
  it('the table covers 10 chapters and 73 sections', () => {
    expect(EXPECTED_CHAPTERS).toHaveLength(10);
    expect(EXPECTED_CHAPTERS.flatMap(([, s]) => s)).toHaveLength(73);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`every chapter in ${lang} has exactly the expected sections, in order`, () => {
      const c = lang === 'nl' ? nl : en;
      const actual = c.chapters.map((ch): [string, string[]] => [ch.id, ch.sections.map((s) => s.id)]);
      expect(actual).toEqual(EXPECTED_CHAPTERS);
      expect(c.chapters.map((ch) => ch.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      for (const ch of c.chapters) {
        expect(ch.title.trim(), `${lang} ${ch.id} title`).not.toBe('');
        expect(ch.intro.trim(), `${lang} ${ch.id} intro`).not.toBe('');
        for (const s of ch.sections) {
          expect(s.title.trim(), `${lang} ${s.id} title`).not.toBe('');
          expect(s.blocks.length, `${lang} ${s.id} has no text`).toBeGreaterThan(0);
        }
      }
    });
  }
});

describe('links and ids', () => {
  const linkTargets = (c: LanguageContent) => {
    const out: { from: string; kind: 'sec' | 'term'; id: string }[] = [];
    const add = (from: string, blocks: readonly Block[]) => {
      for (const l of links(blocks)) out.push({ from, ...l });
    };
    for (const ch of c.chapters) for (const s of ch.sections) add(`${c.lang} ${ch.id}#${s.id}`, s.blocks);
    for (const pg of c.pages) add(`${c.lang} pages/${pg.id}`, [...pg.intro, ...pg.sections.flatMap((s) => s.blocks)]);
    return out;
  };

  for (const lang of ['nl', 'en'] as const) {
    it(`every lees: and begrip: link in ${lang} resolves`, () => {
      const c = lang === 'nl' ? nl : en;
      const sections = new Set(c.chapters.flatMap((ch) => [ch.id, ...ch.sections.map((s) => s.id)]));
      const terms = new Set(c.glossary.map((g) => g.id));
      const targets = linkTargets(c);
      // The autolinker alone adds hundreds of term links; a handful means the walk is broken.
      expect(targets.filter((t) => t.kind === 'term').length).toBeGreaterThan(50);
      expect(targets.filter((t) => t.kind === 'sec').length).toBeGreaterThan(0);
      const broken = targets.filter((t) => !(t.kind === 'sec' ? sections.has(t.id) : terms.has(t.id)));
      expect(broken).toEqual([]);
      const badSee = c.glossary.filter((g) => g.see && !sections.has(g.see)).map((g) => `${g.id} → ${g.see}`);
      expect(badSee).toEqual([]);
    });
  }

  it('every language has every id of the other', () => {
    const ids = (c: LanguageContent) => ({
      chapters: c.chapters.map((ch) => ch.id),
      sections: c.chapters.flatMap((ch) => ch.sections.map((s) => s.id)),
      terms: c.glossary.map((g) => g.id).sort(),
      letters: c.letters.map((l) => l.id).sort(),
      pages: c.pages.map((p) => p.id).sort(),
      pageSections: c.pages.flatMap((p) => p.sections.map((s) => `${p.id}#${s.id}`)).sort(),
      questions: Object.keys(c.questions).sort(),
      options: Object.entries(c.questions).flatMap(([q, t]) => Object.keys(t.options ?? {}).map((o) => `${q}.${o}`)).sort(),
      steps: Object.keys(c.steps).sort(),
      warnings: Object.keys(c.warnings).sort(),
      ui: Object.keys(flat(c.ui)).sort(),
    });
    const a = ids(nl);
    const b = ids(en);
    expect(a.sections.length).toBe(73);
    expect(a.letters.length).toBeGreaterThan(0);
    expect(a.ui.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });
});

describe('plain language (B1) in Dutch', () => {
  it('the metric counts prose sentences and leaves out front matter, headings, lists and YAML keys', () => {
    const long = Array.from({ length: 30 }, (_, i) => `woord${i}`).join(' ');
    const md = `---\ntitle: ${long}.\nsources:\n  - "x"\n---\n\n## ${long} {#kop}\n\nDit is een korte zin. Nog een korte zin hier.\n\n- ${long}\n1. ${long}\n> ${long}\n\nLees [de uitleg over dit](lees:kop) voor {{naam}} goed.\n`;
    const m = plainLanguageMetrics('x.md', md);
    expect(sentencesOf('x.md', md)).toEqual(['Dit is een korte zin.', 'Nog een korte zin hier.', 'Lees de uitleg over dit voor x goed.']);
    expect(m.sentences).toBe(3);
    expect(m.longestWords).toBe(8);
    expect(m.tooLong).toEqual([]);

    const runOn = plainLanguageMetrics('x.md', `---\nsources: [x]\n---\n${long}\n`);
    expect(runOn.longestWords).toBe(30);
    expect(runOn.tooLong).toHaveLength(1);

    const yaml = `sources:\n  - "${long}"\nitems:\n  a:\n    title: Een vraag van vijf woorden?\n    why: >-\n      Eerste zin van de uitleg. ${long}.\n    options:\n      ja: Ja\n`;
    const y = plainLanguageMetrics('x.yaml', yaml);
    expect(y.sentences).toBe(3);
    expect(y.longestWords).toBe(30);
    expect(y.tooLong).toHaveLength(1);
    expect(measureSentences([]).averageWords).toBe(0);
    expect(splitSentences('Ja. Nee! Weet ik niet?')).toEqual(['Weet ik niet?']);
  });

  it(`every Dutch file: average ≤ ${B1_LIMITS.averageWords} words, no prose sentence > ${B1_LIMITS.longestWords} words`, () => {
    const files = filesUnder(join(CONTENT, 'nl')).filter((f) => /\.(md|ya?ml)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(34);
    const rows = files.map((file) => ({ file, ...plainLanguageMetrics(file, readFileSync(join(ROOT, file), 'utf8')) }));
    const table = rows.map((r) => ({ file: r.file.replace('content/nl/', ''), sentences: r.sentences, 'average words': Number(r.averageWords.toFixed(1)), longest: r.longestWords }));
    const all = rows.reduce((n, r) => n + r.sentences, 0);
    const avg = rows.reduce((n, r) => n + r.averageWords * r.sentences, 0) / all;
    console.log(`B1 metrics per Dutch file (${all} sentences, average ${avg.toFixed(1)} words, longest ${Math.max(...rows.map((r) => r.longestWords))}):`);
    console.table(table);

    const measured = rows.filter((r) => r.sentences > 0);
    // Every chapter, letter and page has prose to measure.
    expect(measured.length).toBeGreaterThanOrEqual(files.length - 1);
    const tooLongOnAverage = rows.filter((r) => r.averageWords > B1_LIMITS.averageWords).map((r) => `${r.file}: ${r.averageWords.toFixed(1)}`);
    expect(tooLongOnAverage).toEqual([]);
    const tooLong = rows.flatMap((r) => r.tooLong.map((s) => `${r.file}: ${s}`));
    expect(tooLong).toEqual([]);
  });
});

describe('sources', () => {
  const files = ['nl', 'en'].flatMap((lang) => filesUnder(join(CONTENT, lang))).filter((f) => /\.(md|ya?ml)$/.test(f));

  it('covers every content file', () => {
    expect(files.filter((f) => f.endsWith('.md')).length).toBeGreaterThanOrEqual(2 * (10 + 16 + 3));
    expect(files.filter((f) => f.endsWith('.yaml')).length).toBeGreaterThanOrEqual(2 * 5);
  });

  it('every Markdown and YAML file names its sources', () => {
    const without = files.filter((f) => {
      const text = readFileSync(join(ROOT, f), 'utf8');
      const data: Record<string, unknown> = f.endsWith('.md') ? splitFrontMatter(f, text).data : (parseYaml(text) as Record<string, unknown>);
      const s = data?.['sources'];
      return !(Array.isArray(s) && s.length > 0 && s.every((x) => typeof x === 'string' && x.trim().length > 5));
    });
    expect(without).toEqual([]);
  });
});

describe('glossary', () => {
  it('every required term id exists in every language', () => {
    expect(REQUIRED_TERMS.length).toBeGreaterThan(40);
    expect(compiled.content.length).toBeGreaterThanOrEqual(6);
    for (const c of compiled.content) {
      const ids = new Set(c.glossary.map((g) => g.id));
      expect(REQUIRED_TERMS.filter((t) => !ids.has(t)), c.lang).toEqual([]);
      for (const g of c.glossary) expect(g.text.trim(), `${c.lang} ${g.id}`).not.toBe('');
    }
  });

  it.skipIf(!existsSync(join(SHARED_CHECK, 'glossary-terms.txt')))('every term of the shared checker list is a Dutch glossary term', () => {
    const wanted = readFileSync(join(SHARED_CHECK, 'glossary-terms.txt'), 'utf8').split('\n').filter(Boolean).map(norm);
    expect(wanted.length).toBeGreaterThan(30);
    const names = nl.glossary.map((g) => ` ${norm(g.term)} `);
    const matchWords = new Set(nl.glossary.flatMap((g) => g.match.map(norm)));
    const missing = wanted.filter((t) => !matchWords.has(t) && !names.some((n) => n.includes(` ${t} `)));
    expect(missing).toEqual([]);
  });
});

describe('brochure questions', () => {
  const file = join(SHARED_CHECK, 'brochure-questions.txt');

  it('every brochure question is covered by a chapter title or section heading (≥ 80% of its words)', (ctx) => {
    if (!existsSync(file)) {
      ctx.skip(`${file} is not present (the shared checker lives outside this project); coverage not checked`);
      return;
    }
    const questions = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(l.indexOf('|') + 1));
    expect(questions.length).toBeGreaterThan(50);
    const headings = nl.chapters.flatMap((ch) => [ch.title, ...ch.sections.map((s) => s.title)]).map((h) => new Set(norm(h).split(' ')));
    const uncovered = questions.filter((q) => {
      const words = [...new Set(norm(q).split(' '))].filter((w) => !STOP.has(w));
      const best = Math.max(...headings.map((h) => words.filter((w) => h.has(w)).length / words.length));
      return best < 0.8;
    });
    expect(uncovered).toEqual([]);
  });
});

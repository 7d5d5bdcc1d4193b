import { questions } from '../../flow/questions';
import { stepRules, warningRules, STEP_PARAMS } from '../../rules/catalogue';
import { LETTER_FIELDS, OPTIONAL_FIELDS } from '../../rules/letters';
import type { LanguageContent } from './load';
import { links } from './markdown';
import { intlLocale } from '../../languages';

/**
 * Cross-checks of the content against the code and between languages. Each problem names the file.
 * Returns a list of problems (empty: all good).
 */
export const REQUIRED_PAGES = ['privacy', 'toegankelijkheid', 'over'];
export const REQUIRED_TERMS = [
  'aanmelding', 'inschrijving', 'zorgplicht', 'samenwerkingsverband', 'ondersteuningsplan', 'schoolondersteuningsprofiel', 'basisondersteuning',
  'extra-ondersteuning', 'ontwikkelingsperspectief', 'uitstroomprofiel', 'handelingsdeel', 'instemmingsrecht', 'oogo', 'intern-begeleider',
  'multidisciplinair-overleg', 'ondersteuningsteam', 'handelingsverlegen', 'toelaatbaarheidsverklaring', 'speciaal-basisonderwijs', 'speciaal-onderwijs',
  'cluster', 'onderwijskundig-rapport', 'warme-overdracht', 'leerlingdossier', 'leerlingvolgsysteem', 'jeugdhulp', 'jeugdarts', 'leerplicht',
  'leerplichtambtenaar', 'vrijstelling', 'ontheffing', 'thuiszitter', 'schorsing', 'verwijdering', 'bezwaar', 'klachtencommissie',
  'geschillencommissie-passend-onderwijs', 'landelijke-bezwaaradviescommissie', 'onderwijsconsulent', 'ouder-en-jeugdsteunpunt', 'leerlingenvervoer',
  'schoolbestuur', 'schoolgids', 'remedial-teacher',
];

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]!);
const file = (c: LanguageContent, f: string) => `content/${c.lang}/${f}`;

export function validate(langs: LanguageContent[]): string[] {
  const problems: string[] = [];
  const [base] = langs;
  if (!base) return ['content: no languages'];
  for (const c of langs) problems.push(...validateLanguage(c));
  for (const other of langs.slice(1)) problems.push(...compareLanguages(base, other));
  return problems;
}

function validateLanguage(c: LanguageContent): string[] {
  const p: string[] = [];
  const sections = new Map<string, string>();
  for (const ch of c.chapters) {
    for (const s of ch.sections) {
      const f = c.chapterFiles[ch.id] ?? `content/${c.lang}/chapters (${ch.id})`;
      if (sections.has(s.id)) p.push(`${f}: section id "${s.id}" is used twice (also in ${sections.get(s.id)})`);
      sections.set(s.id, ch.id);
    }
  }
  const chapterIds = new Set(c.chapters.map((ch) => ch.id));
  const numbers = c.chapters.map((ch) => ch.number).join(',');
  if (numbers !== '1,2,3,4,5,6,7,8,9,10') p.push(`content/${c.lang}/chapters: expected chapters 1 to 10, found ${numbers || 'none'}`);
  const terms = new Set(c.glossary.map((g) => g.id));
  const sectionOk = (id: string) => sections.has(id) || chapterIds.has(id);

  for (const ch of c.chapters)
    for (const s of ch.sections)
      for (const l of links(s.blocks)) {
        if (l.kind === 'sec' && !sectionOk(l.id)) p.push(`${c.chapterFiles[ch.id]} (${ch.id}): section "${s.id}" links to unknown section "lees:${l.id}"`);
        if (l.kind === 'term' && !terms.has(l.id)) p.push(`${c.chapterFiles[ch.id]} (${ch.id}): section "${s.id}" links to unknown term "begrip:${l.id}"`);
      }
  for (const pg of c.pages)
    for (const l of links([...pg.intro, ...pg.sections.flatMap((s) => s.blocks)])) {
      if (l.kind === 'sec' && !sectionOk(l.id)) p.push(`${file(c, `pages/${pg.id}.md`)}: links to unknown section "lees:${l.id}"`);
      if (l.kind === 'term' && !terms.has(l.id)) p.push(`${file(c, `pages/${pg.id}.md`)}: links to unknown term "begrip:${l.id}"`);
    }
  for (const id of REQUIRED_PAGES) if (!c.pages.some((pg) => pg.id === id)) p.push(`${file(c, `pages/${id}.md`)}: page is missing`);

  // Glossary
  const gf = file(c, 'glossary.yaml');
  for (const id of REQUIRED_TERMS) if (!terms.has(id)) p.push(`${gf}: term "${id}" is missing`);
  const seen = new Map<string, string>();
  for (const g of c.glossary) {
    if (g.see && !sectionOk(g.see)) p.push(`${gf}: terms.${g.id}.see points to unknown section "${g.see}"`);
    for (const w of g.match) {
      if (seen.has(w)) p.push(`${gf}: match word "${w}" is used by both "${seen.get(w)}" and "${g.id}"`);
      seen.set(w, g.id);
    }
  }

  // Questions: every id, every option, no unknown ids
  const qf = file(c, 'questions.yaml');
  for (const q of questions) {
    const t = c.questions[q.id];
    if (!t) {
      p.push(`${qf}: question "${q.id}" is missing`);
      continue;
    }
    for (const o of q.options ?? []) if (!t.options?.[o]) p.push(`${qf}: questions.${q.id}.options.${o} is missing`);
    for (const o of Object.keys(t.options ?? {})) if (!q.options?.includes(o)) p.push(`${qf}: questions.${q.id}.options.${o} is not an option of this question`);
    for (const o of Object.keys(t.optionHints ?? {})) if (!q.options?.includes(o)) p.push(`${qf}: questions.${q.id}.optionHints.${o} is not an option of this question`);
    for (const text of [t.title, t.hint ?? '', t.summary, t.why]) for (const ph of placeholders(text)) p.push(`${qf}: unknown placeholder {{${ph}}} in questions.${q.id}`);
    if (!sectionOk(q.explains)) p.push(`src/flow/questions.ts: question "${q.id}" explains unknown section "${q.explains}"`);
  }
  for (const id of Object.keys(c.questions)) if (!questions.some((q) => q.id === id)) p.push(`${qf}: unknown question id "${id}"`);

  // Steps and warnings
  const sf = file(c, 'steps.yaml');
  for (const r of stepRules) {
    const t = c.steps[r.id];
    if (!sectionOk(r.section)) p.push(`src/rules/steps: step "${r.id}" links to unknown section "${r.section}"`);
    for (const l of r.letters ?? []) if (!c.letters.some((x) => x.id === l) && c.lang === 'nl') p.push(`src/rules/steps: step "${r.id}" uses unknown letter "${l}"`);
    if (!t) {
      p.push(`${sf}: step "${r.id}" is missing`);
      continue;
    }
    if (r.deadline && !t.late) p.push(`${sf}: steps.${r.id}.late is missing (what to do once the date has passed)`);
    if (r.uncertain && !t.check) p.push(`${sf}: steps.${r.id}.check is missing (the term is uncertain: say whom to ask)`);
    const allowed = STEP_PARAMS[r.id] ?? [];
    for (const text of [t.title, t.why, t.late ?? '', t.check ?? ''])
      for (const ph of placeholders(text)) if (!allowed.includes(ph)) p.push(`${sf}: unknown placeholder {{${ph}}} in steps.${r.id}`);
  }
  for (const id of Object.keys(c.steps)) if (!stepRules.some((r) => r.id === id)) p.push(`${sf}: unknown step id "${id}"`);
  for (const w of warningRules) {
    if (!c.warnings[w.id]) p.push(`${sf}: warning "${w.id}" is missing`);
    if (!sectionOk(w.section)) p.push(`src/rules/steps/warnings.ts: warning "${w.id}" links to unknown section "${w.section}"`);
  }
  for (const id of Object.keys(c.warnings)) if (!warningRules.some((w) => w.id === id)) p.push(`${sf}: unknown warning id "${id}"`);

  // Letters
  for (const l of c.letters) {
    const lf = file(c, `letters/${l.id}.md`);
    for (const text of [l.body, l.subject]) for (const ph of placeholders(text)) if (!(LETTER_FIELDS as readonly string[]).includes(ph)) p.push(`${lf}: unknown placeholder {{${ph}}}`);
  }
  const ef = file(c, 'letter-example.yaml');
  for (const f of LETTER_FIELDS) if (!c.letterExample[f] && !OPTIONAL_FIELDS.includes(f)) p.push(`${ef}: values.${f} is missing`);
  return p;
}

/** Every id in the base language exists in the other, and the other has no ids of its own. */
function compareLanguages(a: LanguageContent, b: LanguageContent): string[] {
  const p: string[] = [];
  const diff = (what: string, f: string, xs: Iterable<string>, ys: Iterable<string>) => {
    const A = new Set(xs);
    const B = new Set(ys);
    for (const x of A) if (!B.has(x)) p.push(`content/${b.lang}/${f}: ${what} "${x}" is missing (it exists in content/${a.lang})`);
    for (const y of B) if (!A.has(y)) p.push(`content/${b.lang}/${f}: ${what} "${y}" does not exist in content/${a.lang}`);
  };
  diff('chapter', 'chapters', a.chapters.map((c) => c.id), b.chapters.map((c) => c.id));
  diff('section', 'chapters', a.chapters.flatMap((c) => c.sections.map((s) => s.id)), b.chapters.flatMap((c) => c.sections.map((s) => s.id)));
  diff('term', 'glossary.yaml', a.glossary.map((g) => g.id), b.glossary.map((g) => g.id));
  diff('letter', 'letters', a.letters.map((l) => l.id), b.letters.map((l) => l.id));
  diff('page', 'pages', a.pages.map((x) => x.id), b.pages.map((x) => x.id));
  // Plural forms differ per language (Dutch: _one/_other; Polish: _one/_few/_many/_other; Arabic: six):
  // compare the base keys, then ask each language for exactly the forms its plural rules use.
  diff('text', 'ui.yaml', flatKeys(a.ui).map(pluralBase), flatKeys(b.ui).map(pluralBase));
  const needed = new Intl.PluralRules(intlLocale(b.lang)).resolvedOptions().pluralCategories as string[];
  const forms = new Map<string, Set<string>>();
  for (const k of flatKeys(b.ui)) {
    const m = PLURAL.exec(k);
    if (m) forms.set(m[1]!, (forms.get(m[1]!) ?? new Set()).add(m[2]!));
  }
  for (const base of new Set(flatKeys(a.ui).filter((k) => PLURAL.test(k)).map(pluralBase))) {
    const have = forms.get(base) ?? new Set();
    for (const f of needed) if (!have.has(f)) p.push(`content/${b.lang}/ui.yaml: text "${base}_${f}" is missing (plural form "${f}" of ${b.lang})`);
    for (const f of have) if (!needed.includes(f) && f !== 'zero') p.push(`content/${b.lang}/ui.yaml: text "${base}_${f}" is not a plural form of ${b.lang} (it uses ${needed.join(', ')})`);
  }
  // The same placeholders per ui text in both languages. Plural texts: the "other" forms match, and
  // no form uses a placeholder the base language does not know (Arabic "one" may leave out {{count}}).
  const fa = flat(a.ui);
  const fb = flat(b.ui);
  const ph = (s: string) => [...new Set(placeholders(s))].sort().join(',');
  for (const [k, v] of Object.entries(fa)) {
    if (PLURAL.test(k) && !k.endsWith('_other')) continue;
    const w = fb[k];
    if (w === undefined) continue;
    if (ph(v) !== ph(w)) p.push(`content/${b.lang}/ui.yaml: ${k} uses {{${ph(w)}}} but content/${a.lang} uses {{${ph(v)}}}`);
  }
  for (const [k, w] of Object.entries(fb)) {
    if (!PLURAL.test(k) || k.endsWith('_other')) continue;
    const known = new Set(Object.entries(fa).filter(([x]) => pluralBase(x) === pluralBase(k)).flatMap(([, v]) => placeholders(v)));
    for (const x of placeholders(w)) if (!known.has(x)) p.push(`content/${b.lang}/ui.yaml: ${k} uses unknown placeholder {{${x}}}`);
  }
  return p;
}

export function flat(o: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof o === 'string') out[prefix] = o;
  else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) Object.assign(out, flat(v, prefix ? `${prefix}.${k}` : k));
  return out;
}
const flatKeys = (o: unknown) => Object.keys(flat(o));
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
/** "results_one" → "results#plural": the key without its plural form. */
const pluralBase = (k: string) => {
  const m = PLURAL.exec(k);
  return m ? `${m[1]}` : k;
};

/**
 * Session 58 (s58-oppletter): the plan step opp-na-toelating has the OPP's last day (the day of enrolment + 6 weeks, B02,
 * 002:862-866; opp-s58.test.ts) and links the letter verzoek-opp, but the letter named neither day. Now, with the day of
 * enrolment answered, the letter has a paragraph of its own (optional field opp_termijn, words ui:opp58.letterTerm) right
 * after the two choice lines about the OPP; without the day ("weet ik niet", or the question not asked) the paragraph is
 * left out entirely: no "[label]" to fill in, no empty double paragraph. The translation beside the Dutch letter has the
 * paragraph in its own language with the same days.
 *
 * Dates pinned: enrolled Monday 31 August 2026 → OPP by Monday 12 October 2026. Each test failed before this change (no
 * field opp_termijn, no paragraph in the letter: the first and third found no dates; the second failed on the missing
 * export oppLetterValuesOf / the letter without {{opp_termijn}}).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { fillLetter, letterText, type LetterField } from '../../src/rules/letters';
import { answerValuesOf } from '../../src/ui/pages/LettersPage';
import { oppLetterValuesOf } from '../../src/ui/components/oppLetter';
import { loadPlanTexts, tFor } from './plan-texts';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const TODAY = '2026-09-10';
/** 31 August and 12 October 2026 as the translation writes dates (the interface language's own). */
const DAYS: Record<string, [string, string]> = {
  en: ['31 August 2026', '12 October 2026'],
  ar: ['31 أغسطس 2026', '12 أكتوبر 2026'],
  tr: ['31 Ağustos 2026', '12 Ekim 2026'],
  pl: ['31 sierpnia 2026', '12 października 2026'],
  uk: ['31 серпня 2026 р.', '12 жовтня 2026 р.'],
};

/** Admitted at the school, the parent told it the child needs extra support, enrolled on Monday 31 August 2026. */
const BASE: Answers = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-06-01', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'inschrijving-datum': '2026-08-31',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
const DONT_KNOW: Answers = { ...BASE, 'inschrijving-datum': 'weet-niet' } as Answers;
/** The support need not told: the question inschrijving-datum is not asked, an old answer to it is not read. */
const NOT_ASKED: Answers = { ...BASE, 'ondersteuning-gemeld': 'nee' } as Answers;

type Letter = { id: string; body: string };
const bodies: Record<string, string> = {};

beforeAll(async () => {
  await loadPlanTexts();
  for (const lang of LANGS) {
    const mod = (await import(`../../src/content/generated/letters.${lang}.ts`)) as { default: { letters: Letter[] } };
    bodies[lang] = mod.default.letters.find((l) => l.id === 'verzoek-opp')!.body;
  }
});

/** The letter (or its translation) as the letter page fills it: the answers' values and the OPP paragraph, in `lang`. */
function filled(answers: Answers, lang: string): string {
  const app = { answers, timeline: { version: 1, events: [], base: {} } } as never;
  const values = { ...answerValuesOf(app, lang, 'verzoek-opp', TODAY), ...oppLetterValuesOf(app, lang, TODAY) };
  const t = tFor(lang);
  return letterText(fillLetter(bodies[lang]!, values), (f: LetterField) => t.raw(`ui:letterField.${f}`));
}
/** The paragraph right after the two choice lines about the OPP (the third paragraph after the choice instruction). */
const paragraphAfterChoice = (text: string) => {
  const paras = text.split('\n\n');
  const i = paras.findIndex((p) => p.includes('{{') === false && /OPP/.test(p) && p.split('\n').length === 3 && p.startsWith('['));
  return paras[i + 1] ?? '';
};

describe('verzoek-opp with the day of enrolment answered', () => {
  it('the Dutch letter names 31 augustus 2026 and 12 oktober 2026 in a paragraph of its own after the choice lines', () => {
    const text = filled(BASE, 'nl');
    const para = paragraphAfterChoice(text);
    // Session 64 (s64-opp): the plan marks this day as not certain (§X.5), so the letter says "volgens mij" and asks.
    expect(para).toBe('De dag van inschrijving bij uw school is 31 augustus 2026. Het OPP moet binnen 6 weken na de inschrijving zijn vastgesteld. Volgens mij moet het OPP er dus uiterlijk op 12 oktober 2026 zijn. Telt u vanaf een andere dag? Laat mij dan weten vanaf welke dag, en waarom.');
    expect(text).not.toMatch(/\n\n\n/);
  });

  it.each(LANGS.filter((l) => l !== 'nl'))('the translation (%s) has the paragraph with the same days, at the same place', (lang) => {
    const para = paragraphAfterChoice(filled(BASE, lang));
    const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
    const days = DAYS[lang]!;
    expect(strip(para)).toContain(days[0]);
    expect(strip(para)).toContain(days[1]);
    expect(para).toMatch(/OPP/);
    expect(para).not.toMatch(/\.\.|\[/);
  });
});

describe('verzoek-opp without the day', () => {
  it.each([
    ['"weet ik niet"', DONT_KNOW],
    ['the question not asked (an old answer kept)', NOT_ASKED],
  ])('%s: no paragraph, no "[" blank for it, no empty double paragraph, in every language', (_name, answers) => {
    for (const lang of LANGS) {
      const text = filled(answers, lang);
      const label = tFor(lang).raw('ui:letterField.opp_termijn');
      expect(label).not.toBe('ui:letterField.opp_termijn');
      expect(text).not.toContain(`[${label}]`);
      expect(text).not.toMatch(/\n\n\n/);
      expect(text).not.toMatch(/2026-08-31|31 augustus|12 oktober/);
      // The choice lines are followed directly by "Ik vraag u om:" (or its translation): the letter's next paragraph.
      const next = bodies[lang]!.split('\n\n').find((p, i, all) => all[i - 1]?.includes('{{opp_termijn}}'))!;
      expect(paragraphAfterChoice(text).split('\n')[0]).toBe(next.split('\n')[0]);
    }
  });
});

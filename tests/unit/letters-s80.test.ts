/**
 * Session 80 (s80-left, 2): two letters that told the school something the parent's own answer does not say.
 * a. onderwijs-tijdens-thuiszitten offered "{{kind_voornaam}} staat ingeschreven op uw school" and "staat niet meer
 *    ingeschreven" to choose from, also after the answer ingeschreven "ja" or "nee", and had no line for "weet ik niet".
 *    Now PICK_FIELDS inschrijving_keuze picks the line that fits: ja, nee, or a new line that asks the school (weet-niet).
 * b. verzoek-opp and verzoek-sop said "… heeft extra ondersteuning nodig" also after "Weet ik niet" to ondersteuning-gemeld.
 *    Now PICK_FIELDS behoefte_keuze: "Ik denk dat … extra ondersteuning nodig heeft", and the school is asked to find out with
 *    her; the firm line stays for ja, nee and where the question is not asked.
 * Letters stay Dutch; the translation beside them (content/<lang>/letters) follows, checked here in six languages.
 * Failed before: all of (a) (the letter offered both lines, or had no line that asks), and the weet-niet and six-language
 * tests of (b). Guards that passed before too: (b) ja/nee and "question not asked" keep the firm line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { fillLetter, letterText, valuesFromAnswers, type LetterField } from '../../src/rules/letters';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
type Letter = { id: string; body: string };
const letters: Record<string, Letter[]> = {};
beforeAll(async () => {
  for (const lang of LANGS) letters[lang] = ((await import(`../../src/content/generated/letters.${lang}.ts`)) as { default: { letters: Letter[] } }).default.letters;
});
const body = (id: string, lang = 'nl') => letters[lang]!.find((l) => l.id === id)!.body;
const FORM: Partial<Record<LetterField, string>> = { kind_naam: 'Noor de Wit', kind_voornaam: 'Noor', kind_groep: 'groep 4', school_naam: 'De Notenboom', schoolbestuur: 'Stichting Primo', ondersteuningsbehoefte: 'Noor leest nog niet.' };
const filled = (id: string, answers: Answers, lang = 'nl') =>
  letterText(fillLetter(body(id, lang), { ...FORM, ...valuesFromAnswers(answers, '2026-11-20' as never, lang, id) }), (f) => `[${f}]`);

const EDU = 'onderwijs-tijdens-thuiszitten';
const home = (ingeschreven?: string): Answers =>
  ({ situatie: ['thuiszitten'], 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2026-11-16', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', 'verwijdering-besluit': 'nee', ...(ingeschreven ? { ingeschreven } : {}) }) as Answers;
const ENROLLED = 'Noor staat ingeschreven op uw school, in groep 4.';
const NOT_ENROLLED = 'Noor staat niet meer ingeschreven op uw school.';
const NOT_SURE = 'Ik weet niet zeker of Noor nog ingeschreven staat op uw school. Wilt u mij dat per e-mail laten weten?';

describe('a. onderwijs-tijdens-thuiszitten: the enrolment line fits the answer ingeschreven', () => {
  it('ja: only "staat ingeschreven", no choice left', () => {
    const text = filled(EDU, home('ja'));
    expect(text).toContain(ENROLLED);
    expect(text).not.toContain(NOT_ENROLLED);
    expect(text).not.toContain(NOT_SURE);
    expect(text).not.toMatch(/Kies één van de( twee)? zinnen hieronder\. Haal de andere weg\.\]\n.*ingeschreven/);
    expect(text).not.toContain('inschrijving_keuze');
  });
  it('nee: only "staat niet meer ingeschreven"', () => {
    const text = filled(EDU, home('nee'));
    expect(text).toContain(`${NOT_ENROLLED} Er is nog geen andere school die Noor wil toelaten.`);
    expect(text).not.toContain(ENROLLED);
    expect(text).not.toContain(NOT_SURE);
  });
  it('weet-niet: neither claim; the parent asks the school', () => {
    const text = filled(EDU, home('weet-niet'));
    expect(text).toContain(NOT_SURE);
    expect(text).not.toContain(ENROLLED);
    expect(text).not.toContain(NOT_ENROLLED);
  });
  it('not answered: counts as "weet ik niet", as everywhere in the app: the line that asks', () => {
    const text = filled(EDU, home());
    expect(text).toContain(NOT_SURE);
    expect(text).not.toContain(ENROLLED);
  });
  it('guard: no answers at all (the letter opened from the letter list): the three lines stay, with the instruction to choose', () => {
    const text = filled(EDU, {} as Answers);
    for (const line of [ENROLLED, NOT_ENROLLED, NOT_SURE]) expect(text).toContain(line);
    expect(text).toContain('[Kies één van de zinnen hieronder. Haal de andere weg.]');
  });
  it('six languages: each translation has the three lines and the pick field, and weet-niet leaves one line', () => {
    for (const lang of LANGS) {
      const b = body(EDU, lang);
      const block = b.slice(0, b.indexOf('{{inschrijving_keuze}}')).split('\n\n').at(-1)!.trimEnd().split('\n');
      expect(block.length, lang).toBe(4);
      expect(block[0], lang).toMatch(/^\[.*\]$/);
      const text = filled(EDU, home('weet-niet'), lang);
      expect(text, lang).toContain(block[3]!.replaceAll('{{kind_voornaam}}', 'Noor'));
      expect(text, lang).not.toContain(block[1]!.replaceAll('{{kind_voornaam}}', 'Noor').replaceAll('{{kind_groep}}', 'groep 4'));
    }
  });
});

describe('b. verzoek-opp and verzoek-sop: "heeft extra ondersteuning nodig" only where the answers allow it', () => {
  const registered = (gemeld?: string): Answers =>
    ({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-10-05', 'aanmelding-besluit': 'toegelaten', ...(gemeld ? { 'ondersteuning-gemeld': gemeld } : {}) }) as Answers;
  const FIRM = 'Noor heeft extra ondersteuning nodig.';
  const THINK = 'Ik denk dat Noor extra ondersteuning nodig heeft. Wilt u met mij uitzoeken of dat zo is, en wat Noor dan nodig heeft?';
  for (const id of ['verzoek-opp', 'verzoek-sop']) {
    it(`${id}, weet-niet: "Ik denk dat …", the school asked to find out; never the firm claim`, () => {
      const text = filled(id, registered('weet-niet'));
      expect(text).toContain(THINK);
      expect(text).not.toContain(FIRM);
      expect(text).toContain('Noor leest nog niet.');
      expect(text).not.toContain('behoefte_keuze');
      expect(text).not.toMatch(/Weet je niet zeker/);
    });
    it(`${id}, ja and nee (not told yet): the firm line, as before, without the instruction`, () => {
      for (const gemeld of ['ja', 'nee']) {
        const text = filled(id, registered(gemeld));
        expect(text, gemeld).toContain(`${FIRM} Dit is wat Noor nodig heeft:`);
        expect(text, gemeld).not.toContain('Ik denk dat');
        expect(text, gemeld).not.toMatch(/Weet je niet zeker/);
      }
    });
    it(`${id}, question not asked (a child at school): the firm line`, () => {
      const text = filled(id, { situatie: ['handelingsverlegen'] } as unknown as Answers);
      expect(text).toContain(FIRM);
      expect(text).not.toContain('Ik denk dat');
    });
    it(`${id}: six languages, weet-niet keeps the translation's second line only`, () => {
      for (const lang of LANGS) {
        const b = body(id, lang);
        const block = b.slice(0, b.indexOf('{{behoefte_keuze}}')).split('\n\n').at(-1)!.trimEnd().split('\n');
        expect(block.length, lang).toBe(3);
        const text = filled(id, registered('weet-niet'), lang);
        expect(text, lang).toContain(block[2]!.replaceAll('{{kind_voornaam}}', 'Noor'));
        expect(text, lang).not.toContain(block[1]!.replaceAll('{{kind_voornaam}}', 'Noor'));
      }
    });
  }
});

/**
 * Session 64 (s64-opp): the OPP and the letters. Three known gaps: the letter verzoek-opp named the OPP's last day as certain
 * where the plan marks it not certain; the bezwaar letter to the school board offered both decision lines also where the plan
 * knows which decision it is; after tlv-plek "ingeschreven" the OPP questions did not say which school's OPP they are about,
 * and nothing asked whether the new school has made its OPP.
 *
 * Stories (our own dates; weekdays from the calendar):
 *   1  Sem: registered in writing Mon 1 Jun 2026, admitted, the support need told, enrolled Mon 31 Aug 2026. The plan and the
 *      letter verzoek-opp read on Thu 10 Sep 2026.
 *   2  Noor: an SO TLV granted Tue 2 Jun 2026, at the SO school since Mon 24 Aug 2026 (tlv-plek "ingeschreven"). Read Mon 14
 *      Sep 2026; once with "the new school has not made an OPP yet", once with "it has".
 *   3  Mila: registered in writing Mon 1 Jun 2026, refused in writing Mon 15 Jun 2026 (support need told). The bezwaar letter
 *      opened from the plan's step on Wed 24 Jun 2026. 3b: the same, the support need not told.
 *   4  Daan: the school wants him gone; the board decided in writing on Tue 2 Mar 2027 to remove him. The letter on Wed 10
 *      Mar 2027.
 *   5  Lina: removed by her old school (decision Mon 1 Feb 2027), registered at the next school Mon 8 Feb 2027, refused there
 *      in writing Mon 15 Feb 2027. Two decisions of two boards. The letter on Mon 22 Feb 2027.
 *   6  Jesse: a TLV refused by the samenwerkingsverband on Mon 1 Feb 2027; no school's refusal or removal. Mon 8 Feb 2027.
 *
 * What a correct plan and letter must say, written down first from ../shared/FACTS.md (not from the code):
 *   1  B02 (002:862-866, 1578-1580; 001:464; 004:786, 3417) and the card row "OPP adopted": within 6 weeks after enrolment, or
 *      within 6 weeks after an extra support need arises; §X.5: the start point is worded differently in the sources, so the
 *      day is not certain. 31 Aug 2026 + 42 days = Mon 12 Oct 2026. The plan shows it as not certain; a letter to the school
 *      must not claim it as certain: "volgens mij … uiterlijk op 12 oktober 2026", and ask the school from which day it
 *      counts. A day the plan holds as certain may be said firmly (the same words as before).
 *   2  B02 again, at the new school after the TLV (A23, 002:734-736; C22/E19: the old school's duty ends at the enrolment
 *      elsewhere): 24 Aug 2026 + 42 = Mon 5 Oct 2026, not certain, the same hedged words. B38 (004:2025-2027; 001:614): the
 *      old school's OPP goes with the child, so "Heeft je kind een OPP?" must say it means that one, and a question asks
 *      whether the new school has made its own. Said "yes": nothing to chase, no last day in the plan or the letter.
 *   3  A21 (002:748-750): bezwaar against a refusal to admit, 6 weeks after it was made known: 15 Jun + 42 = Mon 27 Jul
 *      2026, at the board. A11 (002:664-670): a child who needs extra support may be refused only once another school agreed
 *      to admit her: the letter may say so plainly when the support need was told; otherwise the parent checks it.
 *   4  C08/C09 (002:846-850): bezwaar against a removal, 6 weeks: 2 Mar + 42 = Tue 13 Apr 2027. C04/C05 (002:756-772): removal
 *      only once another school agreed, and after hearing the parents and the teacher: for every child.
 *   5  Two decisions (A21, C09), each with its own bezwaar and 6 weeks: the letter opened for the removal (1 Feb) is about
 *      the removal; for the refusal (15 Feb) about the refusal; opened without a decision the parent chooses.
 *   6  E16 (001:939-941), §X.3/§X.8: bezwaar against a TLV decision goes to the samenwerkingsverband (its own letter,
 *      bezwaar-tlv). The board's letter must not turn that into a school's refusal.
 *
 * Each `it` failed before this change (proved by putting src/ and content/ back from HEAD): story 1 and 2 on the firm
 * "dus uiterlijk op …"; 2 (new school's OPP) on the missing question and on a step and paragraph that stayed; 3-5 on the
 * two lines and the "[Kies …]" instruction left in the letter. Story 6, the "both or neither" case of story 5 and "the plan
 * marks the day as not certain" pass before and after: they guard what stays (the choice where the plan does not know; the
 * plan's own certainty, which the letter now follows).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { askedQuestions, isComplete } from '../../src/flow/route';
import { fillLetter, letterDecision, letterText, oppTermValues, type LetterField } from '../../src/rules/letters';
import { answerValuesOf } from '../../src/ui/pages/LettersPage';
import { oppLetterValuesOf } from '../../src/ui/components/oppLetter';
import { appOf, type Story } from './app-story';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, agree, step, story, terms } from './lawyer-kit';
import nlQ from '../../src/content/generated/questions.nl';
import enQ from '../../src/content/generated/questions.en';
import arQ from '../../src/content/generated/questions.ar';
import trQ from '../../src/content/generated/questions.tr';
import plQ from '../../src/content/generated/questions.pl';
import ukQ from '../../src/content/generated/questions.uk';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
type QuestionText = { title: string; hint?: string; why?: string; options?: Record<string, string> };
const QUESTION_TEXTS = { nl: nlQ, en: enQ, ar: arQ, tr: trQ, pl: plQ, uk: ukQ } as unknown as Record<(typeof LANGS)[number], Record<string, QuestionText>>;

type Letter = { id: string; body: string };
const bodies: Record<string, Record<string, string>> = {};
beforeAll(async () => {
  await loadPlanTexts();
  for (const lang of LANGS) {
    const mod = (await import(`../../src/content/generated/letters.${lang}.ts`)) as { default: { letters: Letter[] } };
    bodies[lang] = Object.fromEntries(mod.default.letters.map((l) => [l.id, l.body]));
  }
});

/** A letter (or its translation) as the letter page fills it, opened for `decision` (#/brief/<id>/<day>). */
function letter(s: Story, id: string, today: string, lang = 'nl', decision?: string): string {
  const app = appOf(s) as never;
  const values = { ...answerValuesOf(app, lang, id, today, decision), ...(id === 'verzoek-opp' ? oppLetterValuesOf(app, lang, today) : {}) };
  return letterText(fillLetter(bodies[lang]![id]!, values), (f: LetterField) => tFor(lang).raw(`ui:letterField.${f}`));
}
const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
/** The words that say "as I count it" in each translation (ui:opp64.letterTerm), and the two days as it writes them. */
const HEDGE: Record<string, string> = { en: 'As I count it', ar: 'حسب حسابي', tr: 'Benim hesabıma göre', pl: 'Według moich obliczeń', uk: 'За моїм підрахунком' };
const DAYS: Record<string, [string, string]> = {
  en: ['31 August 2026', '12 October 2026'],
  ar: ['31 أغسطس 2026', '12 أكتوبر 2026'],
  tr: ['31 Ağustos 2026', '12 Ekim 2026'],
  pl: ['31 sierpnia 2026', '12 października 2026'],
  uk: ['31 серпня 2026 р.', '12 жовтня 2026 р.'],
};

// ── Story 1: Sem, enrolled Mon 31 Aug 2026 ─────────────────────────────────────────────────────────────────────────────
const sem = story({
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-06-01', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'inschrijving-datum': '2026-08-31',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
});

describe('story 1: Sem, enrolled Mon 31 Aug 2026: the OPP by Mon 12 Oct 2026, not certain (B02, §X.5)', () => {
  it('the plan marks the day as not certain', () => {
    expect(terms(agree(sem, '2026-09-10'))).toEqual(['opp-na-toelating 2026-08-31>2026-10-12 upcoming?']);
  });

  it('Thu 10 Sep: the letter says "volgens mij … uiterlijk op 12 oktober 2026" and asks from which day the school counts; no firm "dus uiterlijk op"', () => {
    const text = letter(sem, 'verzoek-opp', '2026-09-10');
    expect(text).toContain('Volgens mij moet het OPP er dus uiterlijk op 12 oktober 2026 zijn. Telt u vanaf een andere dag? Laat mij dan weten vanaf welke dag, en waarom.');
    expect(text).not.toContain('vastgesteld, dus uiterlijk op 12 oktober 2026.');
  });

  it.each(LANGS.filter((l) => l !== 'nl'))('the translation (%s) hedges too, with both days, and no "р.." or "[…]"', (lang) => {
    const text = strip(letter(sem, 'verzoek-opp', '2026-09-10', lang));
    const para = text.split('\n\n').find((p) => /OPP/.test(p) && /2026/.test(p))!;
    expect(para).toContain(HEDGE[lang]!);
    expect(para).toContain(DAYS[lang]![0]);
    expect(para).toContain(DAYS[lang]![1]);
    expect(para).not.toMatch(/\.\.|\[|\{\{/);
  });

  it('a day the plan holds as certain keeps the firm words (the letter follows the plan, both ways)', () => {
    const s = step(agree(sem, '2026-09-10'), 'opp-na-toelating')!;
    const words = (_p: unknown, certain: boolean) => (certain ? 'firm' : 'hedged');
    expect(oppTermValues(s, words).opp_termijn).toBe('hedged');
    expect(oppTermValues({ deadline: { ...s.deadline!, certain: true } }, words).opp_termijn).toBe('firm');
    expect(oppTermValues(undefined, words)).toEqual({});
  });
});

// ── Story 2: Noor, at the SO school since Mon 24 Aug 2026 ───────────────────────────────────────────────────────────────
const noorAnswers = {
  situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-06-02',
  'tlv-eens': 'ja', 'tlv-soort': 'so', 'tlv-plek': 'ingeschreven', 'tlv-inschrijving-datum': '2026-08-24',
  opp: 'ja', 'opp-besproken': '2026-05-12', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent',
  'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja',
  jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};

describe('story 2: Noor, at the SO school since Mon 24 Aug 2026: the new school\'s OPP by Mon 5 Oct 2026, not certain', () => {
  it('the questionnaire asks whether the new school has made its OPP, right before the OPP questions', () => {
    const asked = askedQuestions(A(noorAnswers)).map((q) => q.id);
    expect(asked).toContain('opp-nieuwe-school');
    expect(asked.indexOf('opp-nieuwe-school')).toBe(asked.indexOf('opp') - 1);
    expect(isComplete(A(noorAnswers))).toBe(false);
    expect(isComplete(A({ ...noorAnswers, 'opp-nieuwe-school': 'nee' }))).toBe(true);
    // Not asked where the child is not (known to be) at the new school.
    expect(askedQuestions(A({ ...noorAnswers, 'tlv-plek': 'plek' })).map((q) => q.id)).not.toContain('opp-nieuwe-school');
  });

  it('the OPP questions say which school\'s OPP they mean, in six languages', () => {
    for (const lang of LANGS) {
      const q = QUESTION_TEXTS[lang];
      expect(q['opp-nieuwe-school']?.title, lang).toBeTruthy();
      expect(Object.keys(q['opp-nieuwe-school']?.options ?? {}), lang).toEqual(['ja', 'nee', 'weet-niet']);
      // The hint of "Heeft je kind een OPP?" names the TLV case, in every language.
      expect(q['opp']?.hint, lang).toMatch(/TLV/);
    }
    expect(QUESTION_TEXTS.nl['opp']?.hint).toContain('Dan gaat deze vraag over het OPP van de oude school.');
    expect(QUESTION_TEXTS.nl['opp-nieuwe-school']?.title).toBe('Heeft de nieuwe school al een OPP voor je kind gemaakt?');
  });

  it('"nee" (not yet): the plan keeps the last day, not certain; the letter hedges it', () => {
    const noor = story({ ...noorAnswers, 'opp-nieuwe-school': 'nee' });
    expect(terms(agree(noor, '2026-09-14'))).toEqual(['opp-na-toelating 2026-08-24>2026-10-05 upcoming?']);
    expect(letter(noor, 'verzoek-opp', '2026-09-14')).toContain(
      'De dag van inschrijving bij uw school is 24 augustus 2026. Het OPP moet binnen 6 weken na de inschrijving zijn vastgesteld. Volgens mij moet het OPP er dus uiterlijk op 5 oktober 2026 zijn.',
    );
  });

  it('"ja" (the new school made its OPP): nothing to chase: no step, no last day, and the letter has no paragraph with it', () => {
    const noor = story({ ...noorAnswers, 'opp-nieuwe-school': 'ja' });
    const p = agree(noor, '2026-09-14');
    expect(step(p, 'opp-na-toelating')).toBeUndefined();
    expect(terms(p)).toEqual([]);
    const text = letter(noor, 'verzoek-opp', '2026-09-14');
    expect(text).not.toMatch(/5 oktober 2026|24 augustus 2026/);
    expect(text).not.toMatch(/\n\n\n/);
  });
});

// ── Stories 3-6: the bezwaar letter to the school board ─────────────────────────────────────────────────────────────────
const BEZWAAR = 'bezwaar-weigering-verwijdering';
const REFUSAL = 'U heeft besloten om [voornaam van je kind] niet toe te laten op [naam van de school].';
const REMOVAL = 'U heeft besloten om [voornaam van je kind] van [naam van de school] te verwijderen.';
const CHOOSE = '[Kies één van de twee zinnen hieronder. Haal de andere weg.]';
const RULE_REFUSAL = '[voornaam van je kind] heeft extra ondersteuning nodig. Dan mag de school [voornaam van je kind] pas weigeren';
const RULE_REMOVAL = 'U mag [voornaam van je kind] pas verwijderen als een andere school';
/** Session 84 (s84-refusal, 1): Mila's answer weigering-andere-school "nee" picks the refusal's fourth line (no other school found, A11). */
const RULE_REFUSAL_NO_SCHOOL = '[voornaam van je kind] heeft extra ondersteuning nodig. U heeft geen andere school gevonden die [voornaam van je kind] wil toelaten. U mag [voornaam van je kind] pas weigeren';

const mila = (support: 'ja' | 'nee') =>
  story({
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-06-01', 'aanmelding-bevestiging': 'ja',
    'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-06-15', 'weigering-andere-school': 'nee',
    'ondersteuning-gemeld': support, 'meer-scholen': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
    'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
  });

/** The plan step for the decision, its link's day (letterDecision), and the letter opened from it. */
function fromStep(s: Story, today: string, stepId: string, lang = 'nl') {
  const st = step(agree(s, today), stepId)!;
  expect(st.letters).toContain(BEZWAAR);
  const day = letterDecision(st, BEZWAAR);
  return { day, text: letter(s, BEZWAAR, today, lang, day) };
}

describe('story 3: Mila, refused in writing Mon 15 Jun 2026: bezwaar by Mon 27 Jul 2026 (A21)', () => {
  it('opened from the step bezwaar-weigering on Wed 24 Jun: the refusal\'s line only, no instruction to choose', () => {
    const { day, text } = fromStep(mila('ja'), '2026-06-24', 'bezwaar-weigering');
    expect(day).toBe('2026-06-15');
    expect(text).toContain('Ik maak bezwaar tegen uw besluit van 15 juni 2026.');
    expect(text).toContain(`\n\n${REFUSAL}\n\n`);
    expect(text).not.toContain(REMOVAL);
    expect(text).not.toContain(CHOOSE);
  });

  it('the support need told: the rule for a refusal (A11) stands plainly, the removal\'s rule is gone', () => {
    const { text } = fromStep(mila('ja'), '2026-06-24', 'bezwaar-weigering');
    expect(text).toContain(`\n\n${RULE_REFUSAL_NO_SCHOOL}`);
    expect(text).not.toContain(RULE_REMOVAL);
    expect(text).not.toContain('[Bij een weigering');
    expect(text).not.toContain('[Kies de zin die past.]');
  });

  it('3b, the support need not told: the refusal\'s rule keeps its condition for the parent to check', () => {
    const { text } = fromStep(mila('nee'), '2026-06-24', 'bezwaar-weigering');
    expect(text).toContain(`[Bij een weigering, als je kind extra ondersteuning nodig heeft en er geen andere school is gevonden. Zegt de school dat ze vol is? Dan geldt dit misschien niet: vraag het ouder- en jeugdsteunpunt.] ${RULE_REFUSAL_NO_SCHOOL}`);
    expect(text).not.toContain(RULE_REMOVAL);
    expect(text).toContain(`\n\n${REFUSAL}\n\n`);
  });

  it.each(LANGS.filter((l) => l !== 'nl'))('the translation (%s) shows one decision line, in its own language', (lang) => {
    const { text } = fromStep(mila('ja'), '2026-06-24', 'bezwaar-weigering', lang);
    const body = bodies[lang]![BEZWAAR]!;
    const block = body.split('\n\n').find((p) => p.endsWith('{{besluit_keuze}}'))!.split('\n');
    const label = (f: LetterField) => tFor(lang).raw(`ui:letterField.${f}`);
    const line = (i: number) => letterText(fillLetter(block[i]!, {}), label);
    // The instruction and the removal's line are gone; the refusal's line is there, as a paragraph of its own.
    expect(text).not.toContain(block[0]!);
    expect(text).toContain(`\n\n${line(1)}\n\n`);
    expect(text).not.toContain(line(2));
  });
});

const daan = story({
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
  'verwijdering-datum': '2027-03-02', 'verwijdering-andere-school': 'nee', opp: 'ja', 'opp-besproken': '2026-10-05', 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
});

describe('story 4: Daan, removal decided Tue 2 Mar 2027: bezwaar by Tue 13 Apr 2027 (C09)', () => {
  it('opened from the step bezwaar-verwijdering on Wed 10 Mar: the removal\'s line and its rule (C04/C05), plainly', () => {
    expect(terms(agree(daan, '2027-03-10'))).toContain('bezwaar-verwijdering 2027-03-02>2027-04-13 upcoming');
    const { day, text } = fromStep(daan, '2027-03-10', 'bezwaar-verwijdering');
    expect(day).toBe('2027-03-02');
    expect(text).toContain(`\n\n${REMOVAL}\n\n`);
    expect(text).not.toContain(REFUSAL);
    expect(text).not.toContain(CHOOSE);
    // Session 83 (s83-left, 4): Daan answered that no other school is willing ("nee"): the third line says so first.
    expect(text).toContain(`\n\nEr is nog geen andere school die [voornaam van je kind] wil toelaten. ${RULE_REMOVAL}`);
    expect(text).not.toContain(RULE_REFUSAL);
    expect(text).not.toContain('[Bij een verwijdering');
  });

  it('opened from the letter list (no decision in the link): the answers hold only a removal, so still its line', () => {
    const text = letter(daan, BEZWAAR, '2027-03-10');
    expect(text).toContain(`\n\n${REMOVAL}\n\n`);
    expect(text).not.toContain(CHOOSE);
  });
});

describe('story 5: Lina, removed Mon 1 Feb 2027, refused at the next school Mon 15 Feb 2027: two boards, two letters', () => {
  const lina = story({
    situatie: ['aanmelden', 'handelingsverlegen'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-02-08', 'aanmelding-bevestiging': 'ja',
    'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2027-02-15', 'weigering-andere-school': 'nee',
    'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
    'verwijdering-datum': '2027-02-01', 'verwijdering-andere-school': 'nee', opp: 'ja', 'opp-besproken': '2026-10-05', 'opp-ingestemd': 'ja',
    'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
    'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
  });

  it('from the removal\'s step: the removal; from the refusal\'s step: the refusal', () => {
    const removal = fromStep(lina, '2027-02-22', 'bezwaar-verwijdering');
    expect(removal.day).toBe('2027-02-01');
    expect(removal.text).toContain(`\n\n${REMOVAL}\n\n`);
    expect(removal.text).not.toContain(REFUSAL);
    const refusal = fromStep(lina, '2027-02-22', 'bezwaar-weigering');
    expect(refusal.day).toBe('2027-02-15');
    expect(refusal.text).toContain(`\n\n${REFUSAL}\n\n`);
    expect(refusal.text).not.toContain(REMOVAL);
  });

  it('opened without a decision: both lines and the instruction stay: the parent chooses', () => {
    const text = letter(lina, BEZWAAR, '2027-02-22');
    expect(text).toContain(`${CHOOSE}\n${REFUSAL}\n${REMOVAL}\n\n`);
    expect(text).toContain(`[Bij een weigering, als je kind extra ondersteuning nodig heeft. Zegt de school dat ze vol is? Dan geldt dit misschien niet: vraag het ouder- en jeugdsteunpunt.] ${RULE_REFUSAL}`);
    expect(text).toContain(`[Bij een verwijdering, voor elk kind. Heb je een plek op een andere school geweigerd? Dan geldt de laatste zin misschien niet: vraag het ouder- en jeugdsteunpunt.] ${RULE_REMOVAL}`);
  });
});

describe('story 6: Jesse, a TLV refused by the samenwerkingsverband Mon 1 Feb 2027: not a school\'s refusal (E16, §X.8)', () => {
  const jesse = story({
    situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2027-02-01', 'tlv-eens': 'nee',
    'tlv-soort': 'sbo', opp: 'ja', 'opp-besproken': '2026-10-05', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent',
    'swv-betrokken': 'ja', 'bezwaar-ingediend': 'nee', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja',
    jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
  });

  it('the board\'s letter opened with the TLV decision\'s day keeps both lines (no "niet toe te laten" for the TLV)', () => {
    const text = letter(jesse, BEZWAAR, '2027-02-08', 'nl', '2027-02-01');
    expect(text).toContain(`${CHOOSE}\n${REFUSAL}\n${REMOVAL}\n\n`);
  });

  it('the plan\'s TLV bezwaar step links the letter to the samenwerkingsverband, not the board\'s', () => {
    const st = agree(jesse, '2027-02-08').steps.find((s) => s.id === 'tlv-bezwaar')!;
    expect(st.letters).toContain('bezwaar-tlv');
    expect(st.letters).not.toContain(BEZWAAR);
  });
});

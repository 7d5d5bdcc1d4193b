/**
 * Session 79 (s79-letters): a parents' lawyer and a school director read every letter as the school receives it, filled from
 * the app's own values (valuesFromAnswers, as the letter page does) for two or three stories each. Three things fixed:
 * 1. onderwijs-tijdens-thuiszitten said "Sinds die dag krijgt … geen onderwijs" to every school, also for a parent who
 *    answered that the school gives lessons or schoolwork now (lessen-nu "ja") or that the child still goes part of the
 *    week (thuis-hoeveel "deels"): a false fact in the one output the school reads. Now a choice block, picked from those
 *    answers (PICK_FIELDS les_keuze): "te weinig onderwijs: [aantal] uur per week", "geen onderwijs", or the parent chooses.
 * 2. bezwaar-weigering-verwijdering did not ask the board to confirm receipt, while the 6 weeks for bezwaar (A21, C09;
 *    002:748-750, 846-850) make the day it arrived the one thing a parent may have to prove (FP-P4). bezwaar-tlv asked it;
 *    the school's bezwaar now asks on which day the board received it.
 * 2b. bezwaar-tlv's example grounds named old research and too little tried, not the one the answers most often hold
 *    (tlv-gehoord "nee"): the samenwerkingsverband must hear the parents before it decides (E08, Awb 4:7; 002:944-946).
 * 2c. schriftelijke-aanmelding told the school "U beslist binnen 6 weken na ontvangst van deze brief" with no word of the
 *    new-school-year exception that the plan steps and herinnering-besluit name (ui steps besluit-aanmelding; chapter
 *    02-school-vinden): a school director registering for next August reads a term she says does not apply. The letter now
 *    asks the school to say from which day it counts then, and the page's Termijn says the exception may apply.
 * 2d. aanvraag-leerlingenvervoer told every gemeente "… kan die reis niet alleen maken", also for a child who can and
 *    needs transport for the distance: the sentence now carries the instruction to remove it then.
 * 2e. aanmelding-onderwijsconsulenten said "Wij zoeken met de school naar een passende plek … Dat lukt nu niet." for every
 *    story the plan links it from (stuck: also a suspended child the school keeps, an OPP dispute); it now says parent and
 *    school are stuck about what the child needs and where she gets education, as its page says (D22, F05; 001:719).
 * 3. A group typed as "4" read "Mijn klacht gaat over mijn kind Noor uit 4." (groupOf: "groep 4" in the Dutch letter).
 * Failed before this change: the "lessen-nu ja" and "deels" tests (the letter said "geen onderwijs"; the last two describe the new block), the receipt tests,
 * the bezwaar-tlv test, the schriftelijke-aanmelding test, the leerlingenvervoer test, the onderwijsconsulenten test and the groupOf test (no such function).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { fillLetter, letterText, valuesFromAnswers, type LetterField } from '../../src/rules/letters';
import { groupOf } from '../../src/ui/letterLayout';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
type Letter = { id: string; body: string };
const letters: Record<string, Letter[]> = {};
beforeAll(async () => {
  for (const lang of LANGS) letters[lang] = ((await import(`../../src/content/generated/letters.${lang}.ts`)) as { default: { letters: Letter[] } }).default.letters;
});
const body = (id: string, lang = 'nl') => letters[lang]!.find((l) => l.id === id)!.body;
const FORM: Partial<Record<LetterField, string>> = { kind_naam: 'Noor de Wit', kind_voornaam: 'Noor', kind_groep: 'groep 4', school_naam: 'De Notenboom', schoolbestuur: 'Stichting Primo' };
function filled(id: string, answers: Answers, today: string, lang = 'nl'): string {
  return letterText(fillLetter(body(id, lang), { ...FORM, ...valuesFromAnswers(answers, today as never, lang, id) }), (f) => f);
}

const EDU = 'onderwijs-tijdens-thuiszitten';
const TODAY = '2026-11-20';
/** At home since 16 November, not welcome, still enrolled. */
const home = (extra: Record<string, unknown>): Answers =>
  ({ situatie: ['thuiszitten'], 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2026-11-16', ingeschreven: 'ja', 'verwijdering-besluit': 'nee', ...extra }) as Answers;

describe('onderwijs-tijdens-thuiszitten: "geen onderwijs" only where the answers say so', () => {
  it('the school gives some lessons now (lessen-nu "ja"): "te weinig onderwijs", with the hours to fill in, never "geen onderwijs"', () => {
    const text = filled(EDU, home({ 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'ja' }), TODAY);
    expect(text).toContain('Sinds die dag krijgt Noor te weinig onderwijs: [aantal] uur per week.');
    expect(text).not.toMatch(/geen onderwijs/);
    expect(text).not.toContain('les_keuze');
  });

  it('the child still goes part of the week (thuis-hoeveel "deels"): "te weinig onderwijs"', () => {
    const text = filled(EDU, home({ 'thuis-hoeveel': 'deels', 'lessen-nu': 'nee' }), TODAY);
    expect(text).toContain('te weinig onderwijs');
    expect(text).not.toMatch(/geen onderwijs/);
  });

  it('at home the whole week and no lessons: "geen onderwijs", without the choice', () => {
    const text = filled(EDU, home({ 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee' }), TODAY);
    expect(text).toContain('Mijn kind Noor de Wit zit sinds 16 november 2026 thuis.\n\nSinds die dag krijgt Noor geen onderwijs.\n');
    expect(text).not.toContain('te weinig onderwijs');
    expect(text).not.toContain('Kies dan de tweede zin');
  });

  it('not answered: both lines stay for the parent to choose, under the instruction', () => {
    const text = filled(EDU, home({}), TODAY);
    expect(text).toContain('[Krijgt je kind nog een beetje les? Kies dan de tweede zin. Haal de andere zin weg.]\nSinds die dag krijgt Noor geen onderwijs.\nSinds die dag krijgt Noor te weinig onderwijs: [aantal] uur per week.\n\n');
  });

  it('every language picks the same line as the Dutch letter (its translation is a reading aid)', () => {
    for (const lang of LANGS) {
      const some = filled(EDU, home({ 'lessen-nu': 'ja' }), TODAY, lang);
      const none = filled(EDU, home({ 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee' }), TODAY, lang);
      expect(some, lang).not.toContain('les_keuze');
      expect(none, lang).not.toContain('les_keuze');
      expect(some, lang).not.toBe(none);
      // Four lines to choose from in the template (two blocks of two) become three once a line is picked.
      expect(some.split('\n').length, lang).toBe(none.split('\n').length);
      expect(body(EDU, lang).split('{{les_keuze}}').length, lang).toBe(2);
    }
  });
});

describe('bezwaar-weigering-verwijdering: the board is asked on which day it received the objection (6 weeks; FP-P4)', () => {
  const refused = { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-08-24', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-10-15', 'ondersteuning-gemeld': 'ja' } as Answers;

  it('the Dutch letter asks it as the last thing it asks for', () => {
    const text = filled('bezwaar-weigering-verwijdering', refused, '2026-10-20');
    expect(text).toContain('uw besluit van 15 oktober 2026');
    expect(text).toContain('- mij uw beslissing op papier te sturen, met de redenen;\n- mij te laten weten op welke dag u dit bezwaar heeft ontvangen.\n');
  });

  it('every translation has the same list of requests as the Dutch letter', () => {
    const items = (lang: string) => body('bezwaar-weigering-verwijdering', lang).split('\n').filter((l) => l.startsWith('- ')).length;
    for (const lang of LANGS) expect(items(lang), lang).toBe(items('nl'));
    expect(items('nl')).toBe(6);
  });
});

describe('bezwaar-tlv: not being heard is among the example grounds (E08)', () => {
  it('the first reason line names it in every language', () => {
    for (const lang of LANGS) {
      const first = body('bezwaar-tlv', lang).split('\n').find((l) => l.startsWith('- ['))!;
      expect(first, lang).toContain('samenwerkingsverband');
    }
    expect(body('bezwaar-tlv').split('\n').find((l) => l.startsWith('- ['))).toContain('niet gehoord voordat het besliste');
  });
});

describe('schriftelijke-aanmelding: the 6 weeks with the new-school-year exception, as the plan and the reminder say', () => {
  it('the letter asks from which day the school counts for a new school year; the page says an exception may apply', () => {
    const nl = letters.nl!.find((l) => l.id === 'schriftelijke-aanmelding')! as Letter & { deadline: string };
    const para = nl.body.split('\n\n').find((p) => p.startsWith('U beslist binnen 6 weken'))!;
    expect(para).toContain('nieuw schooljaar');
    expect(para).toContain('vanaf welke dag u rekent');
    expect(nl.deadline).toMatch(/nieuw schooljaar.*uitzondering/);
    for (const lang of LANGS) {
      const l = letters[lang]!.find((x) => x.id === 'schriftelijke-aanmelding')!;
      expect(l.body.split('{{kind_voornaam}}').length, lang).toBe(nl.body.split('{{kind_voornaam}}').length);
    }
  });
});

describe('aanvraag-leerlingenvervoer: "cannot travel alone" is the parent\'s to keep or remove', () => {
  it('the sentence comes after the instruction in every language', () => {
    for (const lang of LANGS) {
      // The line with the distance and travel time ([aantal], [tijd]): its last sentence, about the child, comes right after
      // an instruction in brackets.
      const line = body('aanvraag-leerlingenvervoer', lang).split('\n').find((l) => /\].*\{\{kind_voornaam\}\}/.test(l))!;
      expect(line, lang).toMatch(/\[[^\]]+\] \{\{kind_voornaam\}\}[^\[\]]+$/);
    }
    expect(body('aanvraag-leerlingenvervoer')).toContain('[Kan je kind de reis wel alleen maken? Haal dan de zin hierna weg.] {{kind_voornaam}} kan die reis niet alleen maken.');
  });
});

describe('aanmelding-onderwijsconsulenten: no search for another place unless the parent writes it', () => {
  it('the letter no longer says the parent and school are looking for a place, in any language', () => {
    expect(body('aanmelding-onderwijsconsulenten')).not.toContain('passende plek');
    expect(body('aanmelding-onderwijsconsulenten')).toContain('Samen met de school komen wij er nu niet uit.');
    for (const lang of LANGS) expect(body('aanmelding-onderwijsconsulenten', lang).split('{{kind_voornaam}}').length, lang).toBe(body('aanmelding-onderwijsconsulenten').split('{{kind_voornaam}}').length);
  });
});

describe('groupOf: a bare group number reads "groep …" in the Dutch letter', () => {
  it('numbers get the word, anything else stays as typed', () => {
    expect(groupOf('4')).toBe('groep 4');
    expect(groupOf(' 7b ')).toBe('groep 7b');
    expect(groupOf('1/2')).toBe('groep 1/2');
    expect(groupOf('1 en 2')).toBe('groep 1 en 2');
    for (const v of ['groep 4', 'Groep 4', 'de kleuterklas', '12', '9', '']) expect(groupOf(v)).toBe(v);
  });
});

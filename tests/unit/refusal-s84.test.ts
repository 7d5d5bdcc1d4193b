/**
 * Session 84 (s84-refusal): three items session 83 left open.
 *
 * (1) The refusal bezwaar letter (bezwaar-weigering-verwijdering) ignored weigering-andere-school. The board may not refuse a
 *     child who needs extra support before it has seen to it that another school is willing to admit the child (A11; WPO
 *     art. 40 lid 4, WVO 2020 art. 8.9 lid 2, WEC art. 40 lid 5; 002:664-670; FP02). "nee": the letter's fourth rule line
 *     says no other school was found, so the refusal was not allowed. "ja": the rule is met by her own answer, so the rule
 *     line goes and the letter claims nothing about it (her own reasons and the consultation paragraph, A13, stay).
 * (2) tlv-einde after the end date (tlv82.planStep.voorbij) did not say how the urgent step ends: log the new decision in
 *     "Mijn tijdlijn" (a grant with its end date, or a refusal), or tick it with "Gedaan".
 * (3) A new TLV grant logged as told by phone ("Hoe?": Telefoon) ended the urgency like a decision on paper. The end date and
 *     the conditions are in the TLV itself (E12, 001:937); no source says a TLV told by phone counts. The step now stays,
 *     with its own text (tlv84.planStep.telefoon): ask the samenwerkingsverband for the decision on paper, with its end date.
 * Scenarios: tests/scenarios/070-refusal-s84.yaml.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { decisionPickValues, fillLetter, letterText, valuesFromAnswers, type LetterField } from '../../src/rules/letters';
import { factsFrom } from '../../src/rules/facts';
import { TLV_END, TLV_END_TEXTS } from '../../src/timeline/earlier';
import { firstThings } from '../../src/ui/firstThings';
import { renderMarkdown } from '../../src/cli/plan';
import { planAt } from './timeline-log';
import { ev, GRANT, granted, step } from './tlv-kit';
import { at, LANGS, type Lang, useAllTexts } from './texts-kit';

const texts = useAllTexts();
const TODAY = '2026-11-02';
/** A written refusal of 15 October 2026 of a child who needs extra support (tests/answers/aanmelden-geweigerd.json). */
const REFUSED = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-08-24', 'aanmelding-bevestiging': 'ja', 'ondersteuning-gemeld': 'ja',
  'meer-scholen': 'nee', 'aanmelding-besluit': 'geweigerd', 'weigering-datum': '2026-10-15', 'weigering-andere-school': 'nee', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6', 'weigering-schriftelijk': 'ja', 'bezwaar-ingediend': 'nee',
  'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee',
} as unknown as Answers;

type Letter = { id: string; body: string };
const letters: Partial<Record<Lang, Letter[]>> = {};
beforeAll(async () => {
  for (const l of LANGS) letters[l] = ((await import(`../../src/content/generated/letters.${l}.ts`)) as { default: { letters: Letter[] } }).default.letters;
});
const body = (l: Lang) => letters[l]!.find((x) => x.id === 'bezwaar-weigering-verwijdering')!.body;
const filled = (a: Answers) =>
  letterText(fillLetter(body('nl'), { ...valuesFromAnswers(a, TODAY, 'nl', 'bezwaar-weigering-verwijdering'), kind_voornaam: 'Noor' }), (f: LetterField) => f);
/** A text without the bidi marks and isolates, and with plain spaces for the no-break spaces, the Arabic texts are loaded with. */
const bare = (t: unknown) => String(t).replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '').replace(/\u00a0/g, ' ');
const with_ = (more: Record<string, unknown>) => ({ ...REFUSED, ...more }) as Answers;

describe('(1) the refusal bezwaar letter reads weigering-andere-school', () => {
  it('"nee": the letter says no other school was found, then the rule, so the refusal was not allowed (A11)', () => {
    const t = filled(REFUSED);
    expect(t).toContain('U heeft geen andere school gevonden die Noor wil toelaten.');
    expect(t).toContain('U mag Noor pas weigeren als een andere school Noor wil toelaten. Daarom mocht u Noor niet weigeren.');
    // Once, and without the bracket: her answers settle the condition.
    expect(t.split('\n').filter((x) => x.includes('pas weigeren'))).toHaveLength(1);
    expect(t).not.toContain('[Bij een weigering');
    // The consultation paragraph stays for her to keep or change (A13).
    expect(t).toContain('Wanneer heeft u met mij overlegd?');
  });

  it('"nee" while the school says it is full, or the support need not told: the same line, with its condition in brackets', () => {
    for (const more of [{ 'school-zegt': ['school-vol'] }, { 'ondersteuning-gemeld': 'weet-niet' }]) {
      const line = filled(with_(more)).split('\n').find((x) => x.includes('U heeft geen andere school gevonden'));
      expect(line, JSON.stringify(more)).toMatch(/^\[Bij een weigering[^\]]*\]/);
    }
  });

  it('"ja": no rule line at all; the letter claims nothing about another school', () => {
    const t = filled(with_({ 'weigering-andere-school': 'ja' }));
    expect(t).not.toMatch(/pas weigeren|geen andere school|andere school .* wil toelaten/);
    expect(t).not.toContain('[Kies de zin die past.]');
    expect(t).toContain('U heeft besloten om Noor niet toe te laten');
    expect(t).toContain('Wanneer heeft u met mij overlegd?');
  });

  it('"weet-niet", and an offer turned down: the rule line as before (line 1), not "no other school found"', () => {
    for (const more of [{ 'weigering-andere-school': 'weet-niet' }, { 'aanbod-geweigerd': 'ja' }]) {
      const t = filled(with_(more));
      expect(t, JSON.stringify(more)).toContain('Dan mag de school Noor pas weigeren als een andere school Noor wil toelaten.');
      expect(t, JSON.stringify(more)).not.toContain('U heeft geen andere school gevonden');
    }
  });

  it('a child who needs no extra help: the rule block still goes whole, whatever the answer (A06, A19)', () => {
    for (const v of ['ja', 'nee']) {
      expect(decisionPickValues('weigering', factsFrom(with_({ 'ondersteuning-gemeld': 'geen-hulp-nodig', 'weigering-andere-school': v }), TODAY)).besluit_grond).toBe('0');
    }
  });

  it('a removal does not read the refusal\'s question', () => {
    const f = factsFrom({ ...REFUSED, 'weigering-andere-school': 'ja' } as Answers, TODAY);
    expect(decisionPickValues('verwijdering', f).besluit_grond).toBe('2');
  });

  it('six languages: the letter block has the fourth line, bracketed, with the placeholder, in the same place', () => {
    for (const l of LANGS) {
      const lines = body(l).split('\n');
      const i = lines.indexOf('{{besluit_grond}}');
      expect(lines[i - 5], l).toMatch(/^\[/);
      for (const k of [1, 2, 3, 4]) expect(lines[i - k], `${l} ${k}`).toMatch(/^\[[^\]]+\] .*\{\{kind_voornaam\}\}/);
    }
  });
});

describe('(2) the passed TLV end: how the parent closes the urgent step', () => {
  const WORDS: Record<Lang, string[]> = {
    nl: ['Mijn tijdlijn', "'TLV gekregen'", "'TLV afgewezen'", "'Tot wanneer geldt de TLV?'", "'Gedaan'"],
    en: ['My timeline', "'TLV granted'", "'TLV refused'", "'Until when is the TLV valid?'", "'Done'"],
    ar: ['خطي الزمني', "'حصلنا على إذن القبول (TLV)'", "'رُفض إذن القبول (TLV)'", "'حتى متى يسري الـ TLV؟'", "'تمّ'"],
    tr: ['Zaman çizelgem', "'TLV alındı'", "'TLV reddedildi'", "'TLV ne zamana kadar geçerli?'", "'Yapıldı'"],
    pl: ['Moja oś czasu', "'TLV przyznane'", "'TLV odrzucone'", "'Do kiedy TLV jest ważne?'", "'Zrobione'"],
    uk: ['Моя хронологія', "'TLV отримано'", "'У TLV відмовлено'", "'До якого дня діє TLV?'", "'Зроблено'"],
  };
  it('the voorbij text names the timeline, both decisions with the timeline\'s own words, the end date field and the tick', () => {
    for (const l of LANGS) {
      const why = bare(at(texts[l]!.ui, 'tlv82.planStep.voorbij.why'));
      for (const w of WORDS[l]) expect(why, `${l} ${w}`).toContain(w);
    }
  });
  it('the timeline\'s own words are what the app shows', () => {
    for (const l of LANGS) {
      const ui = texts[l]!.ui;
      expect(WORDS[l], l).toEqual([bare(at(ui, 'timeline.title')), `'${bare(at(ui, 'timeline.kinds.tlv-toegekend'))}'`, `'${bare(at(ui, 'timeline.kinds.tlv-afgewezen'))}'`, `'${bare(at(ui, 'tlv82.form.legend'))}'`, `'${bare(at(ui, 'plan.done'))}'`]);
    }
  });
});

describe('(3) a new TLV told by phone does not end the urgency', () => {
  const END = '2027-07-31';
  const TODAY_TLV = '2027-09-06';
  const urgent = (plan: ReturnType<typeof planAt>) => firstThings(plan).actions.some((a) => a.id === TLV_END);

  it('a grant logged by phone after the end: the step stays "Nu doen", with the phone text and the day of the call', () => {
    for (const until of [undefined, '2029-07-31'] as const) {
      const plan = planAt(granted(END, [ev('p', 'tlv-toegekend', '2027-08-20', { how: 'telefoon', ...(until ? { until } : {}) })]), TODAY_TLV);
      const s = step(plan, TLV_END)!;
      expect(s, String(until)).toMatchObject({ group: 'nu', texts: TLV_END_TEXTS.telefoon, params: { toekenning: GRANT, einde: END, telefoon: '2027-08-20' } });
      expect(s.deadline?.status).toBe('passed');
      expect(urgent(plan), String(until)).toBe(true);
    }
  });

  it('control (passed before too): the decision on paper logged after the call: the urgency goes, as before', () => {
    const plan = planAt(granted(END, [ev('p', 'tlv-toegekend', '2027-08-20', { how: 'telefoon' }), ev('b', 'tlv-toegekend', '2027-08-27', { until: '2029-07-31' })]), TODAY_TLV);
    const s = step(plan, TLV_END)!;
    expect(s).toMatchObject({ group: 'binnenkort', texts: TLV_END_TEXTS.ver, params: { toekenning: '2027-08-27', einde: '2029-07-31' } });
    expect(s.params['telefoon']).toBeUndefined();
    // No longer "Nu doen" (the first screen may still show it when nothing else is to do now: firstThings' pool, tlv-s83).
    expect(s.deadline?.status).toBe('upcoming');
  });

  it('by e-mail or in a letter: a decision on paper, as before; a call before the end date: the step before the end says it too', () => {
    expect(step(planAt(granted(END, [ev('e', 'tlv-toegekend', '2027-08-20', { how: 'e-mail' })]), TODAY_TLV), TLV_END)).toBeUndefined();
    const before = step(planAt(granted(END, [ev('p', 'tlv-toegekend', '2027-06-20', { how: 'telefoon' })]), '2027-07-05'), TLV_END)!;
    expect(before).toMatchObject({ group: 'nu', texts: TLV_END_TEXTS.telefoon, params: { einde: END, telefoon: '2027-06-20' } });
    expect(before.deadline?.status).not.toBe('passed');
  });

  it('tlv-geldigheid does not count a year from the call as from "het besluit" of that day: its general texts', () => {
    const plan = planAt(granted(END, [ev('p', 'tlv-toegekend', '2027-08-20', { how: 'telefoon' })]), TODAY_TLV);
    const s = step(plan, 'tlv-geldigheid')!;
    expect(s.texts).toBeUndefined();
    expect(s.group).toBe('goed-om-te-weten');
    expect(renderMarkdown(plan, texts.nl!)).not.toContain('besluit van vrijdag 20 augustus 2027');
  });

  it('a first TLV told by phone with no grant on paper before it: its own end step, as before', () => {
    const s = step(planAt(granted(undefined, [ev('p', 'tlv-toegekend', '2026-09-01', { how: 'telefoon', until: '2028-07-31' })]), '2026-10-05'), TLV_END);
    expect(s).toMatchObject({ texts: TLV_END_TEXTS.ver, params: { toekenning: '2026-09-01', einde: '2028-07-31' } });
  });

  it('reads in six languages: the call, not yet on paper, ask the samenwerkingsverband, the timeline, uncertain', () => {
    const plan = planAt(granted(END, [ev('p', 'tlv-toegekend', '2027-08-20', { how: 'telefoon' })]), TODAY_TLV);
    for (const l of LANGS) {
      const md = bare(renderMarkdown(plan, texts[l]!));
      expect(md, l).not.toMatch(/\{\{|tlv84\./);
      expect(md, l).toMatch(/2027/);
      expect(md, l).toContain(bare(at(texts[l]!.ui, 'timeline.title')));
      expect(md, l).toContain('samenwerkingsverband');
    }
    const nl = renderMarkdown(plan, texts.nl!);
    expect(nl).toMatch(/Op vrijdag 20 augustus 2027 hoorde je aan de telefoon dat je kind een nieuwe TLV krijgt\. Dat is nog geen besluit op papier\./);
    expect(nl).toMatch(/staat niet in onze bronnen/);
  });
});

/**
 * Session 83 (s83-left): what s82-left2 left about the removal warnings.
 *
 * (1) After the board's removal decision, bezwaar-verwijdering said the hearing (C05) in the present tense and
 *     verwijdering-zonder-school said it again in the past tense. The step now says it once, in the past tense; while the
 *     step is in the plan the warning (left83 …BezwaarStap) leaves it out.
 * (2) A parent who objected (bezwaar-ingediend "ja", or a bezwaar logged in the timeline) read "De 6 weken voor bezwaar zijn
 *     voorbij. Vraag het ouder- en jeugdsteunpunt" (or "Schrijf dat dan in je bezwaar"). Now left83 …BezwaarGemaakt: she
 *     objected; tell the board on paper before it decides on the bezwaar, and the Geschillencommissie (C05, C09).
 * (3) niet-zelf-uitschrijven stays with verwijdering-andere-school "ja" before an admission (FP-P3, C04, C22), in its own
 *     text (not "De school moet eerst een andere school vinden" to a parent who said there is one).
 * (4) The removal bezwaar letter (bezwaar-weigering-verwijdering) with verwijdering-andere-school "nee" picks its third rule
 *     line: "Er is nog geen andere school die Noor wil toelaten", then the rule (C04), the hearing (C05), the zorgplicht.
 *     (weigering-andere-school is the refusal's question, not asked for a removal.)
 * Scenarios: tests/scenarios/069-left-s83.yaml.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/cli/plan';
import { timelinePlan } from '../scenarios/run';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';
import { fillLetter, letterText, valuesFromAnswers, type LetterField } from '../../src/rules/letters';
import { at, LANGS, type Lang, useAllTexts, scenario, REMOVAL_DECIDED, warning } from './texts-kit';

const texts = useAllTexts();
const ui = (l: Lang, k: string) => at(texts[l]!.ui, k) as { title: string; text: string };
const count = (s: string, sub: string) => s.split(sub).length - 1;

const base = REMOVAL_DECIDED;
const objected = { ...base, 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2027-02-09' } as Answers;
/** The hearing sentence's opening in each language (the step's and the warnings' past tense). */
const HEARD: Record<Lang, string> = {
  nl: 'Het bestuur moest jou en de leraar horen', en: 'The board had to hear you', ar: 'أن يستمع إليك وإلى المعلّم',
  tr: 'sizi ve öğretmeni dinlemek zorundaydı', pl: 'musiał wysłuchać ciebie i nauczyciela', uk: 'мало вислухати вас і вчителя',
};

describe('(1) the hearing once, in the bezwaar step, after the decision', () => {
  it('while the bezwaar step is in the plan: the warning without the hearing; the step in the past tense; once in the plan', () => {
    const plan = buildPlan(base, '2027-03-10' as IsoDate);
    expect(plan.steps.some((s) => s.id === 'bezwaar-verwijdering')).toBe(true);
    expect(warning(plan, 'verwijdering-zonder-school')?.texts).toBe('ui:left83.warning.verwijderingZonderSchoolBezwaarStap');
    expect(warning(buildPlan({ ...base, 'aanbod-geweigerd': 'ja' } as Answers, '2027-03-10' as IsoDate), 'verwijdering-zonder-school')?.texts).toBe('ui:left83.warning.verwijderingZonderSchoolAanbodBezwaarStap');
    for (const l of LANGS) {
      const md = renderMarkdown(plan, texts[l]!);
      expect(count(md, HEARD[l]), l).toBe(1);
      const why = (texts[l]!.steps['steps'] as Record<string, { why: string }>)['bezwaar-verwijdering']!.why;
      expect(why, l).toContain(HEARD[l]);
    }
    expect(renderMarkdown(plan, texts.nl!)).not.toContain('voordat het beslist');
  });
  it('a decision with no known day (no bezwaar step): left282\'s decided text, with the hearing, stays', () => {
    const p = buildPlan({ ...base, 'verwijdering-datum': 'weet-niet' } as Answers, '2027-03-10' as IsoDate);
    expect(p.steps.some((s) => s.id === 'bezwaar-verwijdering')).toBe(false);
    expect(warning(p, 'verwijdering-zonder-school')?.texts).toBe('ui:left282.warning.verwijderingZonderSchoolBesloten');
  });
  it('six languages: the …BezwaarStap texts are left282\'s decided texts without the hearing sentences', () => {
    for (const l of LANGS) {
      for (const [own, from] of [['verwijderingZonderSchoolBezwaarStap', 'verwijderingZonderSchoolBesloten'], ['verwijderingZonderSchoolAanbodBezwaarStap', 'verwijderingZonderSchoolAanbodBesloten']] as const) {
        const t = ui(l, `left83.warning.${own}`);
        const src = ui(l, `left282.warning.${from}`);
        expect(t.title, l).toBe(src.title);
        expect(t.text, l).not.toContain(HEARD[l]);
        expect(src.text.startsWith(t.text.slice(0, 20)), l).toBe(true);
        expect(t.text.length, l).toBeLessThan(src.text.length);
      }
    }
  });
});

describe('(2) a bezwaar against the removal made: no "the 6 weeks are over", no "write it in your bezwaar"', () => {
  it('answered: the bezwaar-made text while the term runs and after it; with an offer its own', () => {
    expect(warning(buildPlan(objected, '2027-03-10' as IsoDate), 'verwijdering-zonder-school')?.texts).toBe('ui:left83.warning.verwijderingZonderSchoolBezwaarGemaakt');
    expect(warning(buildPlan(objected, '2027-04-20' as IsoDate), 'verwijdering-zonder-school')?.texts).toBe('ui:left83.warning.verwijderingZonderSchoolBezwaarGemaakt');
    expect(warning(buildPlan({ ...objected, 'aanbod-geweigerd': 'ja' } as Answers, '2027-04-20' as IsoDate), 'verwijdering-zonder-school')?.texts).toBe('ui:left83.warning.verwijderingZonderSchoolAanbodBezwaarGemaakt');
    // Guard: not objected, term passed: left282's passed text stays.
    expect(warning(buildPlan(base, '2027-04-20' as IsoDate), 'verwijdering-zonder-school')?.texts).toBe('ui:left282.warning.verwijderingZonderSchoolVerlopen');
  });
  it('logged in the timeline, admitted elsewhere: the admitted bezwaar-made text', () => {
    expect(warning(timelinePlan(scenario('s083-left-bezwaar-tijdlijn-toegelaten')), 'verwijdering-zonder-school')?.texts).toBe('ui:left83.warning.verwijderingToegelatenBezwaarGemaakt');
  });
  it('six languages: the texts replace "write it in your bezwaar" / "the 6 weeks are over" and keep the rest', () => {
    for (const l of LANGS) {
      const pairs = [
        ['verwijderingZonderSchoolBezwaarGemaakt', 'left282.warning.verwijderingZonderSchoolBesloten'],
        ['verwijderingZonderSchoolAanbodBezwaarGemaakt', 'left282.warning.verwijderingZonderSchoolAanbodBesloten'],
        ['verwijderingToegelatenBezwaarGemaakt', 'left282.warning.verwijderingToegelatenVerlopen'],
        ['verwijderingToegelatenAanbodBezwaarGemaakt', 'left282.warning.verwijderingToegelatenAanbodVerlopen'],
      ] as const;
      const objectedLine = ui(l, 'left83.warning.verwijderingZonderSchoolBezwaarGemaakt').text;
      const passedLine = ui(l, 'left282.warning.verwijderingToegelatenVerlopen').text;
      for (const [own, from] of pairs) {
        const t = ui(l, `left83.warning.${own}`);
        expect(t.title, l).toBe(ui(l, from).title);
        expect(t.text, l).toContain(HEARD[l]);
        expect(t.text, l).toContain('Geschillencommissie');
        expect(t.text, `${l} ${own}`).not.toMatch(/\b6\b/);
        expect(t.text, l).not.toBe(ui(l, from).text);
      }
      expect(objectedLine, l).not.toBe(passedLine);
    }
    const nl = ui('nl', 'left83.warning.verwijderingZonderSchoolBezwaarGemaakt').text;
    expect(nl).toContain('Is dat niet gebeurd? Dan hoort dat in je bezwaar. Je hebt al bezwaar gemaakt tegen de verwijdering. Staat het er niet in? Laat het bestuur het dan nog op papier weten, voordat het over je bezwaar beslist. Ga je naar de Geschillencommissie? Vertel het daar ook.');
    expect(nl).not.toContain('Schrijf dat dan in je bezwaar');
  });
});

describe('(3) niet-zelf-uitschrijven with verwijdering-andere-school "ja", no admission yet', () => {
  const ja = { ...base, 'verwijdering-andere-school': 'ja' } as Answers;
  it('kept, in its own text; with a turned-down offer p1s38\'s text; not once de-registered', () => {
    expect(warning(buildPlan(ja, '2027-03-10' as IsoDate), 'niet-zelf-uitschrijven')?.texts).toBe('ui:left83.warning.nietZelfUitschrijvenWilToelaten');
    expect(warning(timelinePlan(scenario('s083-left-ja-niet-toegelaten-niet-zelf-uitschrijven')), 'niet-zelf-uitschrijven')?.texts).toBe('ui:left83.warning.nietZelfUitschrijvenWilToelaten');
    expect(warning(buildPlan({ ...ja, 'aanbod-geweigerd': 'ja' } as Answers, '2027-03-10' as IsoDate), 'niet-zelf-uitschrijven')?.texts).toBe('ui:p1s38.warning.nietZelfUitschrijven');
    // Guard: "nee" keeps the general text.
    expect(warning(buildPlan(base, '2027-03-10' as IsoDate), 'niet-zelf-uitschrijven')?.texts).toBeUndefined();
    expect(warning(buildPlan(base, '2027-03-10' as IsoDate), 'niet-zelf-uitschrijven')).toBeDefined();
  });
  it('six languages: the title of the warning; not "the school must first find another school"; until the enrolment', () => {
    for (const l of LANGS) {
      const general = (texts[l]!.steps['warnings'] as Record<string, { title: string; text: string }>)['niet-zelf-uitschrijven']!;
      const own = ui(l, 'left83.warning.nietZelfUitschrijvenWilToelaten');
      expect(own.title, l).toBe(general.title);
      expect(own.text, l).not.toBe(general.text);
      expect(own.text, l).toContain('zorgplicht');
    }
    const nl = ui('nl', 'left83.warning.nietZelfUitschrijvenWilToelaten').text;
    expect(nl).not.toContain('moet eerst een andere school vinden');
    expect(nl).toContain('Wacht tot de nieuwe school je kind heeft ingeschreven.');
  });
});

describe('(4) the removal bezwaar letter with no other school willing (verwijdering-andere-school "nee")', () => {
  type Letter = { id: string; body: string };
  const letters: Partial<Record<Lang, Letter[]>> = {};
  beforeAll(async () => {
    for (const l of LANGS) letters[l] = ((await import(`../../src/content/generated/letters.${l}.ts`)) as { default: { letters: Letter[] } }).default.letters;
  });
  const filled = (a: Answers, today = '2027-03-10') => {
    const body = letters.nl!.find((l) => l.id === 'bezwaar-weigering-verwijdering')!.body;
    return letterText(fillLetter(body, { ...valuesFromAnswers(a, today, 'nl', 'bezwaar-weigering-verwijdering'), kind_voornaam: 'Noor' }), (f: LetterField) => f);
  };
  it('"nee": the letter says there is no other school yet, so no definitive removal now; then the hearing and the zorgplicht', () => {
    const t = filled(base);
    expect(t).toContain('Er is nog geen andere school die Noor wil toelaten. U mag Noor pas verwijderen als een andere school Noor wil toelaten. Daarom mag u Noor nu nog niet definitief verwijderen. Voordat u besloot, moest u mij en de leraar horen. Tot Noor op een andere school is ingeschreven, houdt uw school de zorgplicht.');
    expect(t.split('\n').filter((x) => x.includes('houdt uw school de zorgplicht'))).toHaveLength(1);
  });
  it('"ja", or an offer turned down: line 2 as before, not "no other school"', () => {
    expect(filled({ ...base, 'verwijdering-andere-school': 'ja' } as Answers)).not.toContain('Er is nog geen andere school');
    const offer = filled({ ...base, 'aanbod-geweigerd': 'ja' } as Answers);
    expect(offer).not.toContain('Er is nog geen andere school');
    expect(offer).toContain('Heb je een plek op een andere school geweigerd?');
  });
  it('six languages: the letter has the third line, with the placeholder', () => {
    for (const l of LANGS) {
      const body = letters[l]!.find((x) => x.id === 'bezwaar-weigering-verwijdering')!.body;
      const lines = body.split('\n');
      const i = lines.indexOf('{{besluit_grond}}');
      expect(lines[i - 1], l).toMatch(/^\[/);
      expect(lines[i - 1], l).toContain('{{kind_voornaam}}');
      expect(lines[i - 3], l).toMatch(/^\[/);
    }
  });
});

describe('(5) niet-welkom-zorgplicht after an admission elsewhere, in July or August', () => {
  const admitted = { ...base, 'verwijdering-besluit': 'nee', 'verwijdering-datum': undefined, situatie: ['handelingsverlegen', 'thuiszitten', 'aanmelden'], 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2027-06-01', ingeschreven: 'ja',
    'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-06-07', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja' } as unknown as Answers;
  it('its summer text in July; the admitted text in June; with a turned-down offer summer68\'s', () => {
    expect(warning(buildPlan(admitted, '2027-07-20' as IsoDate), 'niet-welkom-zorgplicht')?.texts).toBe('ui:left83.warning.nietWelkomToegelatenZomer');
    expect(warning(buildPlan(admitted, '2027-06-28' as IsoDate), 'niet-welkom-zorgplicht')?.texts).toBe('ui:left282.warning.nietWelkomToegelaten');
    expect(warning(buildPlan({ ...admitted, 'aanbod-geweigerd': 'ja' } as Answers, '2027-07-20' as IsoDate), 'niet-welkom-zorgplicht')?.texts).toBe('ui:summer68.warning.nietWelkomAanbodZomer');
  });
  it('six languages: the admitted first paragraph, then summer67\'s summer paragraphs; no "look for a place" in Dutch', () => {
    for (const l of LANGS) {
      const t = ui(l, 'left83.warning.nietWelkomToegelatenZomer').text.split('\n');
      const summer = ui(l, 'summer67.warning.nietWelkomZomer').text.split('\n');
      expect(t.slice(1), l).toEqual(summer.slice(1));
      expect(ui(l, 'left282.warning.nietWelkomToegelaten').text.startsWith(t[0]!), l).toBe(true);
    }
    expect(ui('nl', 'left83.warning.nietWelkomToegelatenZomer').text).not.toMatch(/passende plek/);
  });
});

/**
 * Session 82 (s82-left): five things session 81's closing note left open.
 *
 * (1) verwijdering-zonder-school after an admission elsewhere (left81) said "Het bestuur moet jou en de leraar horen voordat
 *     het beslist" also once the board had decided the removal (hasRemovalDecision). Now, after the decision: the board had
 *     to hear the parent first (C05, 002:768-772); did that not happen? Name it in the bezwaar and at the
 *     Geschillencommissie (left82, and left81's two texts beside verwijdering-na-toelating, which always follow a
 *     decision). Before a decision left81's present tense stays. Scenarios: tests/scenarios/068-left-s82.yaml.
 * (2) niet-zelf-uitschrijven said "De school moet eerst een andere school vinden die je kind toelaat" beside that admission.
 *     Its own text now (left82): do not de-register the child before the new school has enrolled her; the old school's
 *     duty until then (C04, C22, A23); after a turned-down offer without that duty (A22, p1s38's caveat).
 * (3) The calendar file: the admission decision's 10-week day after an extension logged after the 6 weeks
 *     (Deadline.extendedLate) said "Misschien heeft de school de termijn ... verlengd ... Vraag ook of ze de termijn heeft
 *     verlengd" (admissionExtension.passed). Now left82.icsExtensionLate, as the plan: told after the 6 weeks, do not count
 *     on the 10 weeks, send a reminder. Parsed from the generated .ics in six languages.
 * (4) bezwaar-weigering-verwijdering did not name the consultation (A13) and the investigation (A07, A20) the school owes
 *     before refusing a child who needs extra support; the plan's bezwaar step does (since session 81). A paragraph
 *     (overleg_keuze) asks the board when it consulted and what it investigated: kept with its "[…]" for the parent when
 *     the support need was told, with the block's condition when not known, dropped for a removal and for a child who
 *     needs no extra help. (5) Read back: the letter's removal line said "Voordat u beslist, moet u mij en de leraar horen"
 *     to a board that had decided; now "Voordat u besloot, moest u ...".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTexts, renderMarkdown, type Texts } from '../../src/cli/plan';
import { loadScenarios } from '../scenarios/suite';
import { timelinePlan } from '../scenarios/run';
import { buildPlan } from '../../src/rules/plan';
import { planToIcs } from '../../src/rules/ics';
import { icsTexts } from '../../src/ui/deadlineText';
import { formatDateInText } from '../../src/rules/dateInText';
import { loadPlanTexts, tFor } from './plan-texts';
import { fillLetter, letterText, valuesFromAnswers, type LetterField } from '../../src/rules/letters';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
type Lang = (typeof LANGS)[number];
const texts: Partial<Record<Lang, Texts>> = {};
type Letter = { id: string; body: string };
const letters: Partial<Record<Lang, Letter[]>> = {};
beforeAll(async () => {
  for (const l of LANGS) {
    texts[l] = await loadTexts(l);
    letters[l] = ((await import(`../../src/content/generated/letters.${l}.ts`)) as { default: { letters: Letter[] } }).default.letters;
  }
  await loadPlanTexts();
});
const at = (root: unknown, path: string): unknown => path.split('.').reduce<unknown>((n, p) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[p] : undefined), root);
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '').replace(/\u00a0/g, ' ');
const sentences = (s: string) => plain(s).split(/(?<=[.?!؟])\s+/).map((x) => x.trim()).filter(Boolean);
let all: ReturnType<typeof loadScenarios> | undefined;
const scenario = (id: string) => (all ??= loadScenarios()).find((x) => x.id === id)!;
const ui = (l: Lang, key: string) => at(texts[l]!.ui, key) as { title: string; text: string };
const warningText = (l: Lang, id: string) => (texts[l]!.steps['warnings'] as Record<string, { title: string; text: string }>)[id]!;

// ── (1) the hearing after the removal decision ──────────────────────────────────────────────────────────────────
describe('(1) verwijdering-zonder-school after an admission: the hearing in the past tense once the board decided', () => {
  it('the decided plans get the left82 texts (and left81 beside the choice); the undecided one keeps left81', () => {
    const w = (id: string) => timelinePlan(scenario(id)).warnings.find((x) => x.id === 'verwijdering-zonder-school')?.texts;
    // Session 83 (s83-left, 2): these two stories log a bezwaar (9 February): left83's texts for a bezwaar made.
    expect(w('s082-left-verwijderd-bezwaar-elders-toegelaten')).toBe('ui:left83.warning.verwijderingToegelatenBezwaarGemaakt');
    expect(w('s082-left-verwijderd-aanbod-afgewezen-elders-toegelaten')).toBe('ui:left83.warning.verwijderingToegelatenAanbodBezwaarGemaakt');
    expect(w('s082-left-verwijderd-elders-toegelaten-bezwaar-keuze')).toBe('ui:left81.warning.verwijderingNaastKeuze');
    const guard = scenario('s082-left-niet-welkom-elders-toegelaten-geen-besluit-guard');
    expect(buildPlan(guard.answers, guard.today as IsoDate).warnings.find((x) => x.id === 'verwijdering-zonder-school')?.texts).toBe('ui:left81.warning.verwijderingToegelaten');
  });
  for (const l of LANGS) {
    it(`${l}: left81's sentences with the present-tense hearing replaced by the past tense and the bezwaar, nothing else`, () => {
      const present = sentences(warningText(l, 'verwijdering-zonder-school').text)[2]!;
      const before = sentences(ui(l, 'left81.warning.verwijderingToegelaten').text);
      const beforeOffer = sentences(ui(l, 'left81.warning.verwijderingToegelatenAanbod').text);
      expect(before[2], l).toBe(present);
      const past = sentences(ui(l, 'left81.warning.verwijderingNaastKeuze').text).slice(0, 5);
      expect(past, l).not.toContain(present);
      expect(sentences(ui(l, 'left82.warning.verwijderingToegelatenBesloten').text), l).toEqual([...before.slice(0, 2), ...past, ...before.slice(3)]);
      expect(sentences(ui(l, 'left82.warning.verwijderingToegelatenAanbodBesloten').text), l).toEqual([...beforeOffer.slice(0, 2), ...past, ...beforeOffer.slice(3)]);
      // Beside verwijdering-na-toelating: the same past-tense sentences first, then what left81 said after its hearing.
      expect(sentences(ui(l, 'left81.warning.verwijderingNaastKeuze').text).slice(5), l).toEqual(before.slice(3));
      expect(sentences(ui(l, 'left81.warning.verwijderingNaastKeuzeAanbod').text), l).toEqual([...past, ...beforeOffer.slice(3)]);
      const md = plain(renderMarkdown(timelinePlan(scenario('s082-left-verwijderd-bezwaar-elders-toegelaten')), texts[l]!));
      expect(md, l).toContain(plain(ui(l, 'left83.warning.verwijderingToegelatenBezwaarGemaakt').text));
      // As a sentence: the Arabic past tense ("كان يجب ...") contains the present-tense sentence as its tail.
      expect(sentences(md), l).not.toContain(present);
    });
  }
});

// ── (2) niet-zelf-uitschrijven after an admission ───────────────────────────────────────────────────────────────
describe('(2) niet-zelf-uitschrijven after an admission at another school', () => {
  it('its own texts once admitted (with and without a turned-down offer), also without a removal decision', () => {
    const w = (p: ReturnType<typeof buildPlan>) => p.warnings.find((x) => x.id === 'niet-zelf-uitschrijven')?.texts;
    expect(w(timelinePlan(scenario('s082-left-verwijderd-bezwaar-elders-toegelaten')))).toBe('ui:left82.warning.nietZelfUitschrijvenToegelaten');
    expect(w(timelinePlan(scenario('s082-left-verwijderd-aanbod-afgewezen-elders-toegelaten')))).toBe('ui:left82.warning.nietZelfUitschrijvenToegelatenAanbod');
    const guard = scenario('s082-left-niet-welkom-elders-toegelaten-geen-besluit-guard');
    expect(w(buildPlan(guard.answers, guard.today as IsoDate))).toBe('ui:left82.warning.nietZelfUitschrijvenToegelaten');
    // Guard: registered elsewhere, not admitted: the general text.
    expect(w(timelinePlan(scenario('s081-left-verwijderd-elders-aangemeld-guard')))).toBeUndefined();
  });
  for (const l of LANGS) {
    it(`${l}: no "the school must first find another school"; the admission first; the offer text without the old school's duty`, () => {
      const general = sentences(warningText(l, 'niet-zelf-uitschrijven').text);
      const own = ui(l, 'left82.warning.nietZelfUitschrijvenToegelaten');
      const offer = ui(l, 'left82.warning.nietZelfUitschrijvenToegelatenAanbod');
      expect(own.title, l).toBe(warningText(l, 'niet-zelf-uitschrijven').title);
      for (const t of [own.text, offer.text]) {
        expect(sentences(t), l).not.toContain(general[3]);
        expect(sentences(t)[0], l).toBe(sentences(ui(l, 'left81.warning.verwijderingToegelaten').text)[0]);
      }
      // The offer text: the own text's sentences without the duty (index 3), then p1s38's caveat as left81 has it.
      const s = sentences(own.text);
      const caveat = sentences(ui(l, 'left81.warning.verwijderingToegelatenAanbod').text).slice(3);
      expect(sentences(offer.text), l).toEqual([...s.slice(0, 3), ...s.slice(4), ...caveat]);
    });
  }
});

// ── (3) the calendar after a late extension ────────────────────────────────────────────────────────────────────
describe('(3) the .ics: the 10-week day after an extension that came after the 6 weeks', () => {
  /** The unfolded, unescaped DESCRIPTION of the event on `day`. */
  const description = (ics: string, day: string): string => {
    const unfolded = ics.replace(/\r\n /g, '');
    const event = unfolded.split('BEGIN:VEVENT').slice(1).find((e) => e.includes(`DTSTART;VALUE=DATE:${day}`));
    expect(event, day).toBeDefined();
    const d = /^DESCRIPTION:(.*)$/m.exec(event!)![1]!.replace(/\r$/, '');
    return d.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  };
  for (const l of LANGS) {
    it(`${l}: the event says it came late, not to count on the day, and to send a reminder; not "maybe extended"`, () => {
      const t = tFor(l);
      const p = timelinePlan(scenario('s081-left-verlenging-te-laat-eerste-scherm'));
      const text = description(planToIcs(p, icsTexts(t)), '20270510');
      const date = formatDateInText('2027-05-10', l);
      expect(text, l).toContain(t('left82.icsExtensionLate', { date }));
      expect(text, l).not.toContain(t('admissionExtension.passed', { date }));
      // The same facts as the plan's line beside the date (left81.extensionLate), and the step note's reminder (s45).
      const late = sentences(t('left82.icsExtensionLate', { date }));
      expect(late.slice(0, 4), l).toEqual(sentences(t('left81.extensionLate', { date })).slice(0, 4));
      // Guard: without a logged extension the calendar keeps "maybe extended; ask".
      const g = scenario('s081-left-verlenging-weet-niet-guard');
      const guard = description(planToIcs(buildPlan(g.answers, g.today as IsoDate), icsTexts(t)), '20270510');
      expect(guard, l).toContain(t('admissionExtension.passed', { date }));
      expect(guard, l).not.toContain(late[1]!);
    });
  }
  it('nl: the words', () => {
    const t = tFor('nl');
    const text = description(planToIcs(timelinePlan(scenario('s081-left-verlenging-te-laat-eerste-scherm')), icsTexts(t)), '20270510');
    expect(text).toContain('De school liet pas daarna weten dat ze meer tijd neemt.');
    expect(text).toContain('Reken er niet op dat ze tot maandag 10 mei 2027 heeft.');
    expect(text).toContain('Stuur dan een herinnering');
    expect(text).not.toContain('Misschien heeft de school de termijn');
  });
});

// ── (4) the bezwaar letter: consultation and investigation before a refusal ────────────────────────────────────────
describe('(4) bezwaar-weigering-verwijdering names the consultation and the investigation before a refusal', () => {
  const ID = 'bezwaar-weigering-verwijdering';
  const FORM: Partial<Record<LetterField, string>> = { kind_naam: 'Sara Yilmaz', kind_voornaam: 'Sara', school_naam: 'De Linde', schoolbestuur: 'Stichting Primo' };
  const filled = (answers: Answers, lang: Lang = 'nl', over: Partial<Record<LetterField, string>> = {}) =>
    letterText(fillLetter(letters[lang]!.find((x) => x.id === ID)!.body, { ...FORM, ...valuesFromAnswers(answers, '2027-03-10' as IsoDate, lang, ID), ...over }), (f) => `[${f}]`);
  const refusal = (support: string, extra: Record<string, unknown> = {}): Answers =>
    ({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-01-11', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2027-02-22', 'weigering-andere-school': 'nee', 'ondersteuning-gemeld': support, ...extra }) as Answers;
  const removal = { situatie: ['handelingsverlegen'], 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-02-22' } as unknown as Answers;
  const RULE = 'Voordat u besloot, moest u met mij overleggen. Dat overleg moest gaan over wat Sara nodig heeft en over de ondersteuningsprofielen van de scholen. Ook moest u onderzoeken welke ondersteuning Sara nodig heeft en of uw school die kan geven.';
  const ASK = 'Wanneer heeft u met mij overlegd? Welk onderzoek heeft u gedaan, en wat was de uitkomst?';
  const KEEP = '[Weet je de antwoorden al? Pas de vragen aan het eind dan aan, of haal ze weg.]';
  const CONDITION = '[Bij een weigering, als je kind extra ondersteuning nodig heeft. Anders haal je deze alinea weg.]';

  it('support need told: the paragraph, with the questions the parent may change or delete; no block condition', () => {
    const text = filled(refusal('ja'));
    expect(text).toContain(`${KEEP} ${RULE} ${ASK}`);
    expect(text).not.toContain(CONDITION);
    expect(text).not.toContain('overleg_keuze');
  });
  it('support need not told or not known, or "school vol": the paragraph under its condition', () => {
    for (const a of [refusal('nee'), refusal('weet-niet'), refusal('ja', { 'school-zegt': ['school-vol'] })]) {
      const text = filled(a);
      expect(text).toContain(`${CONDITION}\n${KEEP} ${RULE} ${ASK}`);
    }
  });
  it('no extra help needed, or a removal: no paragraph (the removal has its hearing line, now in the past tense)', () => {
    expect(filled(refusal('geen-hulp-nodig'))).not.toContain('overleggen');
    const r = filled(removal);
    expect(r).not.toContain('overleggen');
    expect(r).toContain('U mag Sara pas verwijderen als een andere school Sara wil toelaten. Voordat u besloot, moest u mij en de leraar horen.');
    expect(r).not.toContain('Voordat u beslist');
  });
  it('the paragraph stands after the rule lines and before "Ik vraag u om"', () => {
    const text = filled(refusal('ja'));
    expect(text.indexOf('pas weigeren als een andere school')).toBeLessThan(text.indexOf(RULE));
    expect(text.indexOf(RULE)).toBeLessThan(text.indexOf('Ik vraag u om:'));
  });
  for (const l of LANGS) {
    it(`${l}: the translation beside the letter has the paragraph in the same place and picks it the same way`, () => {
      const paras = (s: string) => s.split('\n\n').length;
      const told = filled(refusal('ja'), l);
      expect(told, l).not.toContain('overleg_keuze');
      // One paragraph more than the same letter without it, as many as the Dutch; for a removal and no extra help, none.
      expect(paras(told), l).toBe(paras(filled(refusal('ja'), l, { overleg_keuze: '0' })) + 1);
      expect(paras(told), l).toBe(paras(filled(refusal('ja'))));
      expect(paras(filled(refusal('weet-niet'), l)), l).toBe(paras(filled(refusal('weet-niet'))));
      expect(paras(filled(removal, l)), l).toBe(paras(filled(removal)));
      expect(paras(filled(refusal('geen-hulp-nodig'), l)), l).toBe(paras(filled(refusal('geen-hulp-nodig'))));
      // The kept paragraph is the block's line with its own "[…]" (the questions the parent may change), the rule after it.
      const para = told.split('\n\n').find((x) => x.includes('ondersteuningsprofielen'))!;
      expect(para, l).toMatch(/^\[[^\]]+\] \S/);
      expect(para, l).toContain('Sara');
    });
  }
});

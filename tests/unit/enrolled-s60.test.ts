/**
 * Session 60 (s60-enrolled): four loose ends of session 59's story (enrolled-s59.test.ts): a child enrolled nowhere
 * (thuis-reden 'nergens'), registered 5 Jan 2028, admitted, the day of enrolment (inschrijving-datum) Mon 21 Feb 2028.
 *
 * 1. "Wie kan je helpen?" (first screen, ui:s56.findSwvNoSchool) and the steunpunt step (ui:s57.planStep.steunpuntNergens)
 *    said, the day before the enrolment, "Vraag de school waar je je kind wilt aanmelden": she is admitted. Now: ask the school
 *    that admitted her, or look in its schoolgids (Plan.admitted, ui:enrolled60.findSwvAdmitted / steunpuntToegelaten). From
 *    the day of enrolment the general texts (her school).
 * 2. Admitted, the day of enrolment not known: verzuimToegelaten said flatly "je kind staat nog niet ingeschreven". Now its
 *    own text (ui:enrolled60.planStep.verzuimToegelatenOnbekend): maybe enrolled, maybe not; ask the school from which day.
 *    The day known and ahead: the text of session 59, unchanged.
 * 3. leerplicht-inschakelen from the day of enrolment kept "Vertel dat je kind thuis zit". Now its own text
 *    (ui:enrolled60.planStep.leerplichtIngeschreven): enrolled since that day; going to school: nothing to tell, log the day
 *    back (then the step goes, as every at-home step: src/timeline/earlier.ts AT_HOME); still at home: tell the
 *    leerplichtambtenaar herself, do not wait for the school's report (D05, D06). No deadline moves or goes.
 * 4. The letter bericht-leerplichtambtenaar offered "{{kind_voornaam}} heeft nog geen school" and "Wij zoeken een school"
 *    for an admitted child. Now the answers decide both choice blocks (fillLetter, optional fields toelating_school,
 *    toelating_gesprek): the school and the day of enrolment, or that the day is not known yet. Other children: the letter
 *    as before, to the character.
 * Each test failed before the change (src/rules, src/ui/firstThings.ts, src/ui/components/oppLetter.ts and the content put
 * back from HEAD: texts ids undefined or s56/s57/enrolled59's, missing exports, the letter's old choice lines).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Story } from './app-story';
import { appOf, planAtApp } from './app-story';
import { findSwvKey } from '../../src/ui/firstThings';
import { answerValuesOf } from '../../src/ui/pages/LettersPage';
import { admissionLetterValuesOf } from '../../src/ui/components/oppLetter';
import { fillLetter, letterText, type LetterField } from '../../src/rules/letters';
import { loadPlanTexts, tFor } from './plan-texts';
import { ev, log } from './timeline-log';
import { A, allText, dutch, ids, step, story } from './lawyer-kit';
import { stepText } from '../../src/ui/deadlineText';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
type Letter = { id: string; body: string };
const bodies: Record<string, string> = {};
beforeAll(async () => {
  await loadPlanTexts();
  for (const lang of LANGS) {
    const mod = (await import(`../../src/content/generated/letters.${lang}.ts`)) as { default: { letters: Letter[] } };
    bodies[lang] = mod.default.letters.find((l) => l.id === 'bericht-leerplichtambtenaar')!.body;
  }
});

const nergens = { situatie: ['thuiszitten'], 'thuis-reden': 'nergens', 'thuis-sinds': '2027-08-30', 'lpa-betrokken': 'nee', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6' };
const answered = (enrolled: string | undefined, extra: Record<string, unknown> = {}): Story => story({
  ...nergens, situatie: ['thuiszitten', 'aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2028-01-05', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', vervoer: 'nee', 'aanbod-geweigerd': 'nee',
  ...(enrolled ? { 'inschrijving-datum': enrolled } : {}), ...extra,
});
const ADMIT = [ev('r', 'aanmelding-ontvangen', '2028-01-05', 'e-mail'), ev('t', 'besluit-toegelaten', '2028-02-14', 'brief')];
const logged = (enrolled: string | undefined, more: ReturnType<typeof ev>[] = []): Story =>
  log(A({ ...log(A(nergens), ADMIT).answers, 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-bevestiging': 'ja', vervoer: 'nee', 'aanbod-geweigerd': 'nee', 'inschrijving-datum': enrolled ?? 'weet-niet' }), [...ADMIT, ...more]);

const DAY = '2028-02-21';
const BEFORE = '2028-02-18';
const AFTER = '2028-02-22';
const nl = tFor('nl');

describe('1. "Wie kan je helpen?" and the steunpunt step for an admitted child', () => {
  it.each([
    ['answered, the day ahead', answered(DAY), BEFORE],
    ['logged, the day ahead', logged(DAY), BEFORE],
    ['answered, the day not known', answered('weet-niet'), AFTER],
    ['logged, the day not known', logged(undefined), AFTER],
  ])('%s: ask the school that admitted the child, not "the school where you want to register"', (_name, s, today) => {
    const p = planAtApp(s, today);
    expect(findSwvKey(p)).toBe('enrolled60.findSwvAdmitted');
    const first = nl.raw(`ui:${findSwvKey(p)}`);
    expect(first).toMatch(/^De school heeft je kind toegelaten\. Vraag die school bij welk samenwerkingsverband ze hoort/);
    const st = step(p, 'steunpunt-bellen')!;
    expect(st.texts).toBe('ui:enrolled60.planStep.steunpuntToegelaten');
    for (const text of [first, dutch(st)]) {
      expect(text).not.toMatch(/wilt aanmelden|op geen enkele school|staat nog niet ingeschreven/);
      expect(text).toMatch(/Op de website van het samenwerkingsverband vind je het steunpunt\./);
    }
  });

  it.each([DAY, AFTER])('from the day of enrolment (%s): the general texts, which send the parent to her school', (today) => {
    for (const s of [answered(DAY), logged(DAY)]) {
      const p = planAtApp(s, today);
      expect(p.admitted).toBeUndefined();
      expect(findSwvKey(p)).toBe('planFirst.findSwv');
      expect(nl.raw(`ui:${findSwvKey(p)}`)).toMatch(/Bij welk samenwerkingsverband hoort de school\?/);
      const st = step(p, 'steunpunt-bellen')!;
      expect(st.texts).toBeUndefined();
      expect(dutch(st)).toMatch(/Vraag de school bij welk samenwerkingsverband ze hoort, of kijk in de schoolgids\./);
    }
  });

  it('not admitted: the at-no-school texts as before', () => {
    const p = planAtApp(story(nergens), AFTER);
    expect(findSwvKey(p)).toBe('s56.findSwvNoSchool');
    expect(step(p, 'steunpunt-bellen')?.texts).toBe('ui:s57.planStep.steunpuntNergens');
  });
});

describe('2. admitted, the day of enrolment not known: maybe enrolled already', () => {
  it.each([
    ['"weet ik niet" (answered)', answered('weet-niet')],
    ['"weet ik niet" (logged admission)', logged(undefined)],
    ['not asked (no support need told)', answered(undefined, { 'ondersteuning-gemeld': 'nee' })],
  ])('%s: no "staat nog niet ingeschreven"; ask the school from which day', (_name, s) => {
    for (const today of [BEFORE, '2029-02-21']) {
      const st = step(planAtApp(s, today), 'verzuim-niet-ingeschreven')!;
      expect(st.texts).toBe('ui:enrolled60.planStep.verzuimToegelatenOnbekend');
      expect(dutch(st)).not.toMatch(/staat nog niet ingeschreven/);
      expect(dutch(st)).toMatch(/Misschien staat je kind daar al ingeschreven, misschien nog niet\. Vraag de school vanaf welke dag/);
      expect(dutch(st, 'title')).toBe('Vraag de school vanaf welke dag je kind staat ingeschreven');
    }
  });

  it('groep 1-2: the same with "leerplicht starts at 5"; the day known and ahead: session 59\'s text unchanged', () => {
    const young = step(planAtApp(answered('weet-niet', { groep: 'groep-1-2' }), BEFORE), 'verzuim-niet-ingeschreven')!;
    expect(young.texts).toBe('ui:enrolled60.planStep.verzuimToegelatenOnbekendJong');
    expect(dutch(young)).toMatch(/Misschien staat je kind daar al ingeschreven.*de leerplicht begint pas als je kind 5 jaar is/s);
    const ahead = step(planAtApp(answered(DAY), BEFORE), 'verzuim-niet-ingeschreven')!;
    expect(ahead.texts).toBe('ui:enrolled59.planStep.verzuimToegelaten');
    expect(dutch(ahead)).toMatch(/De school heeft je kind toegelaten, maar je kind staat nog niet ingeschreven\./);
  });

  it.each(['verzuimToegelatenOnbekend', 'verzuimToegelatenOnbekendJong', 'leerplichtIngeschreven', 'steunpuntToegelaten'])('%s in every language', (key) => {
    for (const lang of LANGS) {
      const t = tFor(lang);
      expect(t.raw(`ui:enrolled60.planStep.${key}.title`), `${lang} title`).toMatch(/\S/);
      expect(t.raw(`ui:enrolled60.planStep.${key}.title`), `${lang} title`).not.toMatch(/^(ui:)?enrolled60\./);
      const why = t.raw(`ui:enrolled60.planStep.${key}.why`);
      if (key.startsWith('verzuim')) expect(why, `${lang} why`).toMatch(/\{\{uren\}\}/);
      if (key === 'leerplichtIngeschreven') expect(why, `${lang} why`).toMatch(/\{\{ingeschreven\}\}/);
    }
  });
});

describe('3. leerplicht-inschakelen from the day of enrolment', () => {
  it.each([DAY, AFTER, '2028-04-04'])('%s: enrolled since 21 Feb; going to school: done; still at home: tell the leerplichtambtenaar', (today) => {
    for (const s of [answered(DAY), logged(DAY)]) {
      const p = planAtApp(s, today);
      const st = step(p, 'leerplicht-inschakelen')!;
      expect(st.texts).toBe('ui:enrolled60.planStep.leerplichtIngeschreven');
      expect(st.group).toBe('binnenkort');
      expect(st.params['ingeschreven']).toBe(DAY);
      const why = dutch(st);
      expect(why).toMatch(/^Je kind staat sinds .*21 februari 2028 op school ingeschreven\./);
      expect(why).toMatch(/Zit je kind nog thuis, of een deel van de tijd\? Neem dan zelf contact op met de leerplichtambtenaar\./);
      expect(why).toMatch(/'Kind gaat weer naar school'/);
      expect(why).not.toMatch(/Vertel dat je kind thuis zit/);
      // The OPP's last day stays (B02, not certain).
      expect(step(p, 'opp-na-toelating')?.deadline).toMatchObject({ start: DAY, due: '2028-04-03' });
    }
  });

  it('in every language: the day written out, no double full stop', () => {
    const st = step(planAtApp(answered(DAY), AFTER), 'leerplicht-inschakelen')!;
    for (const lang of LANGS) {
      const why = stepText(st, 'why', tFor(lang)).replace(/[\u2066-\u2069]/g, '');
      expect(why, lang).toMatch(/21.*2028/);
      expect(why, lang).not.toMatch(/\.\.|\{\{/);
    }
  });

  it('the day before: the general text ("nu": no school records her absence yet)', () => {
    const st = step(planAtApp(answered(DAY), BEFORE), 'leerplicht-inschakelen')!;
    expect(st.texts).toBeUndefined();
    expect(st.group).toBe('nu');
    expect(dutch(st)).toMatch(/Vertel dat je kind thuis zit/);
  });

  it('"Kind gaat weer naar school" logged on 22 Feb: the step goes (and verzuim-melding); the OPP\'s last day stays', () => {
    const s = logged(DAY, [ev('w', 'weer-naar-school', AFTER)]);
    const p = planAtApp(s, '2028-02-23');
    expect(ids(p)).not.toContain('leerplicht-inschakelen');
    expect(ids(p)).not.toContain('verzuim-melding');
    expect(step(p, 'opp-na-toelating')?.deadline).toMatchObject({ start: DAY, due: '2028-04-03' });
    // Without the day back logged: still there.
    expect(ids(planAtApp(logged(DAY), '2028-02-23'))).toContain('leerplicht-inschakelen');
  });

  it('a child that had a school (removed, at home): the general text as before', () => {
    const p = planAtApp(story({ ...nergens, 'thuis-reden': 'niet-welkom', ingeschreven: 'ja' }), AFTER);
    expect(step(p, 'leerplicht-inschakelen')?.texts).toBeUndefined();
    expect(allText(p)).toMatch(/Vertel dat je kind thuis zit/);
  });
});

describe('4. the letter to the leerplichtambtenaar', () => {
  const FIELDS = { kind_voornaam: 'Sara', kind_naam: 'Sara Jansen', school_naam: 'De Regenboog' };
  const filled = (s: Story, lang: string, today: string) => {
    const app = appOf(s) as never;
    const values = { ...answerValuesOf(app, lang, 'bericht-leerplichtambtenaar', today), ...admissionLetterValuesOf(app, lang, today), ...FIELDS };
    const t = tFor(lang);
    return letterText(fillLetter(bodies[lang]!, values), (f: LetterField) => t.raw(`ui:letterField.${f}`)).replace(/[\u2066-\u2069]/g, '');
  };
  const NO_SCHOOL = /heeft nog geen school|Wij zoeken een school|staat nog op geen enkele school ingeschreven\. Wij/;

  it.each([
    ['the day ahead', answered(DAY), BEFORE, 'De Regenboog heeft Sara toegelaten. Sara staat daar vanaf 21 februari 2028 ingeschreven. Tot die dag staat Sara op geen enkele school ingeschreven.'],
    ['the day passed (logged admission)', logged(DAY), AFTER, 'Sara staat sinds 21 februari 2028 ingeschreven op De Regenboog. Daarvoor stond Sara op geen enkele school ingeschreven.'],
    ['the day not known', answered('weet-niet'), AFTER, 'De Regenboog heeft Sara toegelaten. Vanaf welke dag Sara daar staat ingeschreven, weet ik nog niet.'],
  ])('admitted, %s: the school and the day instead of "no school"; one line each, no choice to make', (_name, s, today, line) => {
    const text = filled(s, 'nl', today);
    expect(text).not.toMatch(NO_SCHOOL);
    expect(text).not.toMatch(/^\[Kies/m);
    expect(text).not.toMatch(/De laatste school van Sara/);
    expect(text.split('\n\n')).toContain(line);
    expect(text.split('\n\n')).toContain('Ik vraag u om een gesprek met de school en met ons.');
    expect(text).not.toMatch(/\n\n\n|\{\{|\[Toelating|\[Vraag om een gesprek/);
  });

  it('without the school\'s name: the marker to fill in, as elsewhere in the letter', () => {
    const app = appOf(answered(DAY)) as never;
    const values = { ...answerValuesOf(app, 'nl', 'bericht-leerplichtambtenaar', BEFORE), ...admissionLetterValuesOf(app, 'nl', BEFORE), kind_voornaam: 'Sara' };
    const pieces = fillLetter(bodies['nl']!, values);
    expect(pieces.some((p) => 'field' in p && p.field === 'school_naam' && p.value === undefined)).toBe(true);
  });

  it.each(LANGS.filter((l) => l !== 'nl'))('the translation (%s): the same lines with the school, the name and the day; no choice instruction', (lang) => {
    const text = filled(answered(DAY), lang, BEFORE);
    // The two choice instructions (the body's first line in brackets before each choice) are gone.
    const instruction = bodies[lang]!.split('\n').find((l) => /^\[.*\]$/.test(l))!;
    expect(text).not.toContain(instruction);
    expect(text).not.toMatch(/\.\./);
    const para = text.split('\n\n').find((p) => p.includes('De Regenboog'))!;
    expect(para).toContain('Sara');
    expect(para).toMatch(/21/);
    expect(para).toMatch(/2028/);
    expect(text).not.toMatch(/\n\n\n|\{\{/);
  });

  it.each([
    ['enrolled nowhere, not admitted', story(nergens)],
    ['a child kept home by her school', story({ ...nergens, 'thuis-reden': 'niet-welkom', ingeschreven: 'ja' })],
  ])('%s: the letter exactly as before (both choices offered), in every language', (_name, s) => {
    for (const lang of LANGS) {
      const before = bodies[lang]!.replace('\n{{toelating_school}}', '').replace('\n{{toelating_gesprek}}', '');
      const app = appOf(s) as never;
      const values = { ...answerValuesOf(app, lang, 'bericht-leerplichtambtenaar', AFTER), ...admissionLetterValuesOf(app, lang, AFTER), ...FIELDS };
      const t = tFor(lang);
      const label = (f: LetterField) => t.raw(`ui:letterField.${f}`);
      expect(letterText(fillLetter(bodies[lang]!, values), label)).toBe(letterText(fillLetter(before, values), label));
      expect(bodies[lang]).not.toBe(before);
    }
    expect(filled(s, 'nl', AFTER)).toMatch(/heeft nog geen school/);
  });
});

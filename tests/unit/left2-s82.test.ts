/**
 * Session 82 (s82-left2): what s82-left and s82-blind noticed and left.
 *
 * (1) verwijdering-zonder-school without an admission elsewhere (and p1s38's variant) said "Het bestuur moet jou en de
 *     leraar horen voordat het beslist" after the board's removal decision. Now past tense and "Schrijf dat dan in je
 *     bezwaar" while its 6 weeks run (C05, C09); once they have passed, ask the ouder- en jeugdsteunpunt. left82's
 *     admitted-elsewhere texts get the same "term passed" variant.
 * (2) After another school admitted the child (admittedElsewhereInConflict), aangemeld-elders-tijdens-conflict and
 *     niet-welkom-zorgplicht no longer say the school must find / look for a suitable place (C04, C22, A23).
 * (3) niet-zelf-uitschrijven stays with verwijdering-andere-school "ja" once the child is admitted (FP-P3, C22, A23).
 * (4) schorsing-einde: a longer suspension is not allowed and can count against the school at the GPO (C10, C11).
 * Scenarios: tests/scenarios/068-left2-s82.yaml.
 */
import { describe, expect, it } from 'vitest';
import { timelinePlan } from '../scenarios/run';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';
import { at, LANGS, useAllTexts, scenario, REMOVAL_DECIDED, warning } from './texts-kit';

const texts = useAllTexts();

const base = REMOVAL_DECIDED;

describe('(1) verwijdering-zonder-school after the removal decision', () => {
  it('while the 6 weeks run: the decided text; after them: the term-passed text; before a decision: the old one', () => {
    // Session 83 (s83-left, 1): while the bezwaar-verwijdering step is in the plan, left83's text without the hearing (the
    // step says it); left282's decided text stays for a decision whose day is not known (tests/unit/left-s83.test.ts).
    expect(warning(buildPlan(base, '2027-03-10' as IsoDate), 'verwijdering-zonder-school')?.texts).toBe('ui:left83.warning.verwijderingZonderSchoolBezwaarStap');
    expect(warning(buildPlan(base, '2027-03-16' as IsoDate), 'verwijdering-zonder-school')?.texts).toBe('ui:left83.warning.verwijderingZonderSchoolBezwaarStap');
    expect(warning(buildPlan(base, '2027-03-17' as IsoDate), 'verwijdering-zonder-school')?.texts).toBe('ui:left282.warning.verwijderingZonderSchoolVerlopen');
    const offer = { ...base, 'aanbod-geweigerd': 'ja' } as Answers;
    expect(warning(buildPlan(offer, '2027-03-10' as IsoDate), 'verwijdering-zonder-school')?.texts).toBe('ui:left83.warning.verwijderingZonderSchoolAanbodBezwaarStap');
    expect(warning(buildPlan(offer, '2027-04-20' as IsoDate), 'verwijdering-zonder-school')?.texts).toBe('ui:left282.warning.verwijderingZonderSchoolAanbodVerlopen');
    const oral = { ...base, 'verwijdering-besluit': 'mondeling' } as Answers;
    delete (oral as Record<string, unknown>)['verwijdering-datum'];
    expect(warning(buildPlan(oral, '2027-03-10' as IsoDate), 'verwijdering-zonder-school')?.texts).toBeUndefined();
  });
  it('after an admission elsewhere, the bezwaar term passed: left282 instead of left82', () => {
    expect(warning(timelinePlan(scenario('s082-left2-toegelaten-termijn-voorbij')), 'verwijdering-zonder-school')?.texts).toBe('ui:left282.warning.verwijderingToegelatenVerlopen');
  });
  it('six languages: past tense texts differ from the present-tense ones; the passed ones name 6 and drop the bezwaar line', () => {
    for (const l of LANGS) {
      const ui = texts[l]!.ui;
      const steps = texts[l]!.steps['warnings'] as Record<string, { text: string }>;
      for (const k of ['verwijderingZonderSchoolBesloten', 'verwijderingZonderSchoolVerlopen', 'verwijderingZonderSchoolAanbodBesloten', 'verwijderingZonderSchoolAanbodVerlopen', 'verwijderingToegelatenVerlopen', 'verwijderingToegelatenAanbodVerlopen']) {
        const t = at(ui, `left282.warning.${k}`) as { title: string; text: string };
        expect(t?.title, `${l} ${k}`).toBeTruthy();
        expect(t.text).not.toBe(steps['verwijdering-zonder-school']!.text);
        if (k.endsWith('Verlopen')) expect(t.text, `${l} ${k}`).toMatch(/6/);
      }
      const besloten = at(ui, 'left282.warning.verwijderingZonderSchoolBesloten') as { text: string };
      const bezwaarLine = (at(ui, 'left82.warning.verwijderingToegelatenBesloten') as { text: string }).text;
      expect(bezwaarLine.includes('Geschillencommissie')).toBe(true);
      expect(besloten.text.includes('Geschillencommissie'), l).toBe(true);
      expect((at(ui, 'left282.warning.verwijderingZonderSchoolVerlopen') as { text: string }).text.includes('Geschillencommissie'), l).toBe(false);
    }
    expect((at(texts.nl!.ui, 'left282.warning.verwijderingZonderSchoolVerlopen') as { text: string }).text).toContain('Het bestuur moest jou en de leraar horen voordat het besloot. Is dat niet gebeurd? De 6 weken voor bezwaar zijn voorbij. Vraag het ouder- en jeugdsteunpunt wat je nog kunt doen.');
  });
});

describe('(2) after an admission elsewhere: no "must find a place"', () => {
  const admitted = { ...base, 'verwijdering-besluit': 'nee', 'verwijdering-datum': undefined, situatie: ['handelingsverlegen', 'thuiszitten', 'aanmelden'], 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2027-02-01', ingeschreven: 'ja',
    'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-02-15', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja' } as unknown as Answers;
  it('aangemeld-elders-tijdens-conflict and niet-welkom-zorgplicht get their admitted texts; before the admission the old ones', () => {
    const plan = buildPlan(admitted, '2027-03-10' as IsoDate);
    expect(warning(plan, 'aangemeld-elders-tijdens-conflict')?.texts).toBe('ui:left282.warning.aangemeldEldersToegelaten');
    expect(warning(plan, 'niet-welkom-zorgplicht')?.texts).toBe('ui:left282.warning.nietWelkomToegelaten');
    const before = buildPlan({ ...admitted, 'aanmelding-besluit': 'nog-niet' } as Answers, '2027-03-10' as IsoDate);
    expect(warning(before, 'aangemeld-elders-tijdens-conflict')?.texts).toBeUndefined();
    expect(warning(before, 'niet-welkom-zorgplicht')?.texts).toBeUndefined();
  });
  it('six languages: the texts drop the search for a place and keep the duty until the enrolment', () => {
    for (const l of LANGS) {
      const steps = texts[l]!.steps['warnings'] as Record<string, { text: string }>;
      const ae = (at(texts[l]!.ui, 'left282.warning.aangemeldEldersToegelaten') as { text: string }).text;
      const nw = (at(texts[l]!.ui, 'left282.warning.nietWelkomToegelaten') as { text: string }).text;
      expect(ae, l).not.toBe(steps['aangemeld-elders-tijdens-conflict']!.text);
      expect(nw, l).not.toBe(steps['niet-welkom-zorgplicht']!.text);
    }
    const nl = (k: string) => (at(texts.nl!.ui, `left282.warning.${k}`) as { text: string }).text;
    expect(nl('aangemeldEldersToegelaten')).not.toMatch(/passende plek/);
    expect(nl('aangemeldEldersToegelaten')).toContain('blijft verantwoordelijk tot je kind op de nieuwe school is ingeschreven');
    expect(nl('nietWelkomToegelaten')).not.toMatch(/passende plek/);
    expect(nl('nietWelkomToegelaten')).toContain('Tot je kind daar is ingeschreven, moet de school zorgen voor les, ook thuis.');
  });
});

describe('(3) niet-zelf-uitschrijven with verwijdering-andere-school "ja" and the admission', () => {
  it('is kept, in the after-admission wording', () => {
    expect(warning(timelinePlan(scenario('s082-left2-ja-toegelaten-niet-zelf-uitschrijven')), 'niet-zelf-uitschrijven')?.texts).toBe('ui:left82.warning.nietZelfUitschrijvenToegelaten');
  });
  // Session 83 (s83-left, 3): kept with "ja" before an admission too, in its own text (tests/unit/left-s83.test.ts).
  it('"ja" without an admission: kept, in left83\'s text', () => {
    expect(warning(buildPlan({ ...base, 'verwijdering-andere-school': 'ja' } as Answers, '2027-03-10' as IsoDate), 'niet-zelf-uitschrijven')?.texts).toBe('ui:left83.warning.nietZelfUitschrijvenWilToelaten');
  });
});

describe('(4) schorsing-einde: longer is not allowed and can count against the school (C10, C11)', () => {
  it('the step and its summer text in six languages carry the new sentence after "at most one week"', () => {
    expect((texts.nl!.steps['steps'] as Record<string, { why: string }>)['schorsing-einde']!.why).toContain('hoogstens één week. Langer mag niet, ook niet als de school je kind wil verwijderen. Dat kan bij de Geschillencommissie passend onderwijs tegen de school tellen.');
    for (const l of LANGS) {
      const why = (texts[l]!.steps['steps'] as Record<string, { why: string }>)['schorsing-einde']!.why;
      const summer = (at(texts[l]!.ui, 'blind64.planStep.schorsingZomer') as { why: string }).why;
      for (const t of [why, summer]) expect(t.includes('Geschillencommissie passend onderwijs'), `${l}: ${t}`).toBe(true);
    }
  });
});

/**
 * Session 75 (s75-removal): a removal followed through the timeline, three items session 74 left open. The scenarios are in
 * tests/scenarios/061-removal-s75.yaml. Each `it` marked "failed before" failed with src/timeline/earlier.ts,
 * src/meeting/plan.ts, src/rules/plan.ts, src/rules/steps/geschil.ts and src/ui/firstThings.ts put back from HEAD.
 *
 *   1. A letter logged as a plain "Brief" after a bezwaar or a request to the Geschillencommissie (s073-verwijdering-advies-eind):
 *      bezwaar-loopt asks whether the latest such letter is the decision on the bezwaar (under "Nu doen", what to check, whom to
 *      ask), gpo-loopt whether the first letter after the request is the commission's advice; the first screen says a term may
 *      run (not certain). No date moves (F09, F10, F13 EXT, F16). Guards: a letter before the bezwaar, a letter the parent
 *      sent from the app, a letter to the gemeente, a decision on the bezwaar logged.
 *   2. The passed removal bezwaar of a child enrolled at the new school no longer says "Tot je kind daar is ingeschreven, blijft
 *      de school verantwoordelijk" (A23, 002:734-736; C09): timeline and answers; a guard before the enrolment.
 *   3. bezwaar-loopt for a removal bezwaar names the school board only (C09, F09); a TLV bezwaar keeps the samenwerkingsverband.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/rules/dates';
import type { TimelineEvent } from '../../src/timeline/model';
import type { Plan } from '../../src/rules/plan';
import { buildPlan } from '../../src/rules/plan';
import { firstScreenParts, firstThings } from '../../src/ui/firstThings';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, B, E, G, agree, dutch, firstScreen, sent, step, terms } from './lawyer-kit';
import { ev, log } from './timeline-log';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
// The keys written out (not imported): a test that reads them from the code passes when the code has none.
const LETTER_AFTER_OBJECTION = 'ui:removal75.planStep.briefNaBezwaar';
// Session 76 (s76-misc, 2): for a removal bezwaar the board's words, without "Ging je bezwaar over een TLV?".
const LETTER_AFTER_OBJECTION_BOARD = 'ui:misc76.planStep.briefNaBezwaarBestuur';
const LETTER_AFTER_GPO = 'ui:removal75.planStep.briefNaGpo';
const REMOVAL_ENROLLED = 'ui:removal75.planStep.bezwaarVerwijderingIngeschreven';

const jesse = A({ situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', groep: 'groep-3-6' });
const letter = (date: string, parties: TimelineEvent['parties'] = ['school']): TimelineEvent => ({ ...ev(`brief${date}`, 'brief', date), parties });
const removal = E('verwijdering-besluit', '2027-01-18' as IsoDate);
const objection = B('2027-02-22' as IsoDate);
const request = G('2027-02-24' as IsoDate, 'e-mail');
const read = (events: TimelineEvent[], today: string): Plan => agree(log(jesse, events), today as IsoDate);
const termsWithout = (events: TimelineEvent[], today: string) => terms(read(events, today));

describe('1. a plain letter after the bezwaar or the request to the Geschillencommissie', () => {
  const both = [removal, objection, request, E('gesprek', '2027-04-07' as IsoDate, 'gesprek'), letter('2027-05-03'), letter('2027-05-24')];

  it('failed before: Jesse, Wed 26 May 2027: bezwaar-loopt asks whether the letter of 24 May is the decision, under "Nu doen"', () => {
    const p = read(both, '2027-05-26');
    const s = step(p, 'bezwaar-loopt')!;
    expect(s).toMatchObject({ group: 'nu', texts: LETTER_AFTER_OBJECTION_BOARD, params: { brief: '2027-05-24' } });
    expect(dutch(s, 'title')).toBe('Is de brief van maandag 24 mei 2027 het besluit op je bezwaar?');
    const why = dutch(s);
    for (const part of ["'gegrond'", "'ongegrond'", 'Welke datum heeft het besluit?', 'tot wanneer?', "'Besluit op je bezwaar'", 'Dan loopt je bezwaar nog', 'ouder- en jeugdsteunpunt', 'niet in onze bronnen']) expect(why).toContain(part);
  });

  it('failed before: gpo-loopt asks whether the first letter after the request (3 May) is the commission\'s advice; no "prepare for the hearing"', () => {
    const p = read(both, '2027-05-26');
    const s = step(p, 'gpo-loopt')!;
    expect(s).toMatchObject({ texts: LETTER_AFTER_GPO, params: { brief: '2027-05-03' } });
    expect(dutch(s, 'title')).toBe('Is de brief van maandag 3 mei 2027 het advies van de commissie?');
    expect(dutch(s)).toContain("'Advies van de Geschillencommissie'");
    expect(dutch(s, 'title')).not.toMatch(/zitting/);
  });

  it('failed before: the first screen names the letter as its action and says a term may run, not "no date"', () => {
    const p = read(both, '2027-05-26');
    expect(firstScreen(p).actions).toContain('bezwaar-loopt');
    const parts = firstScreenParts(firstThings(p));
    expect(parts.find((x) => x.part === 'unknownClock')).toMatchObject({ key: 'removal75.letterMaybeDecided', step: { id: 'bezwaar-loopt' } });
    expect(parts.some((x) => x.part === 'noDate')).toBe(false);
  });

  it('no term starts, moves or leaves: the plan\'s dated steps are those of the same story without the two letters', () => {
    const without = both.filter((e) => e.kind !== 'brief');
    expect(termsWithout(both, '2027-05-26')).toEqual(termsWithout(without, '2027-05-26'));
    expect(termsWithout(both.slice(0, -1), '2027-05-10')).toEqual(termsWithout(without, '2027-05-10'));
  });

  it('guard: a letter before the bezwaar, on the day of the bezwaar or the request, to the gemeente, or an app letter sent after it changes nothing', () => {
    const plain = read([removal, objection, request], '2027-03-10');
    const cases = [
      [removal, letter('2027-02-10'), objection, request],
      [removal, objection, request, letter('2027-03-01', ['gemeente'])],
      [removal, objection, letter('2027-02-22', ['bestuur']), request, letter('2027-02-24', ['geschillencommissie'])],
      [removal, objection, request, sent('s1', 'bericht-leerplichtambtenaar', '2027-03-01' as IsoDate)],
    ];
    for (const events of cases) {
      const p = read(events, '2027-03-10');
      expect(step(p, 'bezwaar-loopt')).toEqual(step(plain, 'bezwaar-loopt'));
      expect(step(p, 'gpo-loopt')).toEqual(step(plain, 'gpo-loopt'));
    }
    expect(step(plain, 'bezwaar-loopt')?.texts).toBe('ui:misc76.planStep.bezwaarLooptBestuur');
  });

  it('guard: a decision on the bezwaar logged stays the decision after a later plain letter; its commission step is gone', () => {
    const p = read([removal, objection, request, E('gpo-advies', '2027-05-03' as IsoDate), E('bezwaar-beslist', '2027-05-24' as IsoDate), letter('2027-05-28')], '2027-05-31');
    expect(step(p, 'bezwaar-loopt')?.texts).toBe('ui:timeline73.planStep.bezwaarBeslist');
    expect(step(p, 'gpo-loopt')).toBeUndefined();
  });

  it('failed before: the advice logged, then a plain letter: gpo-loopt keeps the advice texts, bezwaar-loopt asks about the letter', () => {
    const p = read([removal, objection, request, E('gpo-advies', '2027-05-03' as IsoDate), letter('2027-05-24')], '2027-05-26');
    expect(step(p, 'gpo-loopt')?.texts).toBe('ui:timeline73.planStep.gpoAdvies');
    expect(step(p, 'bezwaar-loopt')).toMatchObject({ texts: LETTER_AFTER_OBJECTION_BOARD, params: { brief: '2027-05-24' } });
  });

  it('the letter of 3 May logged again as the advice (the plain letter kept): the letter is the advice, not a question any more', () => {
    const p = read([removal, objection, request, letter('2027-05-03'), E('gpo-advies', '2027-05-03' as IsoDate)], '2027-05-10');
    expect(step(p, 'gpo-loopt')?.texts).toBe('ui:timeline73.planStep.gpoAdvies');
    expect(step(p, 'bezwaar-loopt')?.texts).toBe('ui:misc76.planStep.bezwaarLooptBestuur');
  });

  it('the texts and the first-screen lines are in all six languages, with the letter\'s day', () => {
    for (const lang of LANGS) {
      const t = tFor(lang);
      for (const key of [LETTER_AFTER_OBJECTION, LETTER_AFTER_GPO]) {
        expect(t.raw(`${key}.title`)).toContain('{{brief}}');
        expect(t.raw(`${key}.why`)).toContain('{{brief}}');
      }
      expect(t.raw('ui:removal75.letterMaybeDecided').length).toBeGreaterThan(50);
      expect(t.raw('ui:removal75.letterMaybeDecidedAlso').length).toBeGreaterThan(50);
    }
  });
});

describe('2. the passed removal bezwaar of a child enrolled at the new school', () => {
  const bo = A({ situatie: ['handelingsverlegen', 'thuiszitten'], 'hv-schriftelijk': 'ja', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'thuis-reden': 'verwijderd', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', 'lpa-betrokken': 'ja', groep: 'groep-3-6' });
  const boEvents = [
    E('verwijdering-besluit', '2027-09-13' as IsoDate), E('thuis-vanaf', '2027-09-20' as IsoDate), E('aanmelding-verstuurd', '2027-09-22' as IsoDate, 'e-mail'),
    E('aanmelding-ontvangen', '2027-09-23' as IsoDate, 'e-mail'), E('besluit-toegelaten', '2027-10-14' as IsoDate), E('uitschrijving', '2027-10-18' as IsoDate), E('weer-naar-school', '2027-10-25' as IsoDate),
  ];
  const OLD = 'Tot je kind daar is ingeschreven, blijft de school verantwoordelijk';
  const answersOnly = {
    situatie: ['handelingsverlegen', 'aanmelden'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-09-13',
    'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-09-23',
    'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', groep: 'groep-3-6',
  };

  it('failed before: Bo (timeline), Wed 27 Oct 2027: the passed step says the old school\'s duty ended, not that it stays responsible', () => {
    const s = step(agree(log(bo, boEvents), '2027-10-27' as IsoDate), 'bezwaar-verwijdering')!;
    expect(s).toMatchObject({ texts: REMOVAL_ENROLLED, choice: true, deadline: { start: '2027-09-13', due: '2027-10-25', status: 'passed', certain: true } });
    expect(dutch(s, 'late')).not.toContain(OLD);
    expect(dutch(s, 'late')).toContain('niet meer verantwoordelijk');
    expect(dutch(s, 'title')).toBe('Maak bezwaar tegen de verwijdering');
  });

  it('failed before: the same from the answers alone (enrolled on 25 October)', () => {
    const s = step(agree(log(A({ ...answersOnly, 'inschrijving-datum': '2027-10-25' }), []), '2027-10-27' as IsoDate), 'bezwaar-verwijdering')!;
    expect(s.texts).toBe(REMOVAL_ENROLLED);
    expect(dutch(s, 'late')).not.toContain(OLD);
  });

  it('guard: not enrolled yet (the day unknown), or the 6 weeks still running: the step keeps its own texts', () => {
    const notYet = step(buildPlan(A(answersOnly), '2027-10-27' as IsoDate), 'bezwaar-verwijdering')!;
    expect(notYet.texts).toBeUndefined();
    expect(dutch(notYet, 'late')).toContain(OLD);
    const running = step(buildPlan(A({ ...answersOnly, 'inschrijving-datum': '2027-10-11' }), '2027-10-13' as IsoDate), 'bezwaar-verwijdering')!;
    expect(running.deadline?.status).toBe('upcoming');
    expect(running.texts).toBeUndefined();
  });

  it('the texts are in all six languages; title and why are the step\'s own', () => {
    for (const lang of LANGS) {
      const t = tFor(lang);
      expect(t.raw(`${REMOVAL_ENROLLED}.title`)).toBe(t.raw('steps:steps.bezwaar-verwijdering.title'));
      expect(t.raw(`${REMOVAL_ENROLLED}.why`)).toBe(t.raw('steps:steps.bezwaar-verwijdering.why'));
      expect(t.raw(`${REMOVAL_ENROLLED}.late`)).not.toBe(t.raw('steps:steps.bezwaar-verwijdering.late'));
    }
  });
});

describe('3. whom bezwaar-loopt names', () => {
  it('failed before: a bezwaar against a removal: the school board only', () => {
    expect(step(read([removal, objection], '2027-03-10'), 'bezwaar-loopt')?.contacts).toEqual(['schoolbestuur']);
    expect(step(buildPlan(A({ ...jesse, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-01-18', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2027-02-22' }), '2027-03-10' as IsoDate), 'bezwaar-loopt')?.contacts).toEqual(['schoolbestuur']);
  });

  // Session 76 (s76-misc, 1): a refusal bezwaar now names the school board only too (A21; tests/unit/misc-s76.test.ts).
  it('guard: a TLV bezwaar keeps the samenwerkingsverband; a refusal bezwaar names the board (s76)', () => {
    const tlv = log(A({ situatie: ['tlv'], 'tlv-gehoord': 'ja', 'tlv-eens': 'nee', groep: 'groep-3-6' }), [E('tlv-aangevraagd', '2027-01-25' as IsoDate), E('tlv-afgewezen', '2027-03-01' as IsoDate), B('2027-03-15' as IsoDate)]);
    expect(step(agree(tlv, '2027-03-29' as IsoDate), 'bezwaar-loopt')?.contacts).toEqual(['schoolbestuur', 'samenwerkingsverband']);
    const refusal = A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-01', 'aanmelding-besluit': 'geweigerd', 'weigering-datum': '2026-09-15', 'weigering-schriftelijk': 'ja', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-10-01' });
    expect(step(buildPlan(refusal, '2026-10-10' as IsoDate), 'bezwaar-loopt')?.contacts).toEqual(['schoolbestuur']);
  });
});

/**
 * Session 76 (s76-misc): five small things parents' lawyers noticed in earlier sessions. The scenarios are in
 * tests/scenarios/062-misc-s76.yaml. Each `it` marked "failed before" failed on 55e91588 (src/ and content/ put back from
 * HEAD; the scenarios too, in a copy of HEAD under /tmp).
 *
 *   1. bezwaar-loopt for a bezwaar against a refusal of admission: the school board decides (A04, A21; 002:744-750, 805-807),
 *      so its own texts ("Het schoolbestuur beslist") and "Met wie" the board only, as s75 did for a removal (C09, F09).
 *      A TLV bezwaar keeps the samenwerkingsverband (E16, E17); a bezwaar the answers do not place keeps both.
 *   2. The letter after a bezwaar ("Is de brief van ... het besluit op je bezwaar?") in the words that fit: board (no TLV line),
 *      TLV (ask the samenwerkingsverband; no Geschillencommissie, F07), general when both kinds are possible.
 *   3. The gesprekskaart's receipt line after a refusal and a registration at a new school names the new school (A01, A04).
 *   4. ondersteuning-gemeld "geen-hulp-nodig" (A06, A19): no ondersteuning-melden; the 6 weeks stay (A04); a refusal has no
 *      Geschillencommissie (F07) and keeps its bezwaar (A21).
 *   5. onderwijsconsulenten says how to find out whether the samenwerkingsverband is involved and what to ask (D22, D23).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { IsoDate } from '../../src/rules/dates';
import type { TimelineEvent } from '../../src/timeline/model';
import type { Plan } from '../../src/rules/plan';
import { buildPlan } from '../../src/rules/plan';
import { buildCard } from '../../src/meeting/card';
import { objectionDecidedStep } from '../../src/rules/order';
import { letterMaybeDecision } from '../../src/ui/firstThings';
import { questions } from '../../src/flow/questions';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, E, B, agree, due, dutch, ids, step, warnings } from './lawyer-kit';
import { ev, log } from './timeline-log';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
// The keys written out (not imported): a test that reads them from the code passes when the code has none.
const BOARD = 'ui:misc76.planStep.bezwaarLooptBestuur';
const LETTER_GENERAL = 'ui:removal75.planStep.briefNaBezwaar';
const LETTER_BOARD = 'ui:misc76.planStep.briefNaBezwaarBestuur';
const LETTER_TLV = 'ui:misc76.planStep.briefNaBezwaarTlv';
const TLV_LINE = /Ging je bezwaar over een TLV/;

const base = {
  'aanmelding-bevestiging': 'ja', 'meer-scholen': 'nee', groep: 'groep-1-2', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee',
  'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee',
};
const refused = {
  ...base, situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-10-05', 'aanmelding-besluit': 'geweigerd',
  'ondersteuning-gemeld': 'ja', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-11-02', 'weigering-andere-school': 'nee',
};
const objected = { ...refused, 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-11-20', 'gpo-ingediend': 'nee' };
const tlvObjected = {
  ...base, situatie: ['tlv'], groep: 'groep-3-6', 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-10-26', 'tlv-eens': 'nee',
  'tlv-gehoord': 'ja', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-11-16', opp: 'ja', 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', 'swv-betrokken': 'ja', tekenen: 'nee',
};
const both = { ...objected, situatie: ['aanmelden', 'tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-10-26', 'tlv-eens': 'nee', 'tlv-gehoord': 'ja' };
const jesse = A({ situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', groep: 'groep-3-6' });

const TODAY = '2026-12-07' as IsoDate;
const plan = (x: Record<string, unknown>, today: IsoDate = TODAY): Plan => buildPlan(A(x), today);
const letter = (date: string): TimelineEvent => ({ ...ev(`brief${date}`, 'brief', date), parties: ['school'] });
const withLetter = (x: Record<string, unknown>, date = '2026-12-03', today: IsoDate = TODAY): Plan => agree(log(A(x), [letter(date)]), today);

describe('1. whom bezwaar-loopt names after a refusal', () => {
  it('failed before: a bezwaar against a refusal: the school board only, in its own words', () => {
    const s = step(plan(objected), 'bezwaar-loopt')!;
    expect(s.contacts).toEqual(['schoolbestuur']);
    expect(s.texts).toBe(BOARD);
    expect(dutch(s)).toMatch(/Het schoolbestuur beslist daar opnieuw over/);
    expect(dutch(s)).not.toMatch(/samenwerkingsverband/);
  });

  it('failed before: the board text exists in six languages and differs from the general one only where it names who decides', () => {
    for (const lang of LANGS) {
      const t = tFor(lang);
      expect(t.raw(`${BOARD}.title`), lang).toBe(t.raw('steps:steps.bezwaar-loopt.title'));
      const why = t.raw(`${BOARD}.why`);
      expect(why, lang).not.toBe(t.raw('steps:steps.bezwaar-loopt.why'));
      expect(why.includes('samenwerkingsverband'), lang).toBe(false);
      expect(why, lang).toMatch(/Geschillencommissie/);
    }
  });

  it('failed before: a removal bezwaar: the board (s75), now also in the board words', () => {
    const s = step(plan({ ...jesse, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-01-18', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2027-02-22' }, '2027-03-10' as IsoDate), 'bezwaar-loopt')!;
    expect(s.contacts).toEqual(['schoolbestuur']);
    expect(s.texts).toBe(BOARD);
  });

  it('guard: a TLV bezwaar keeps the samenwerkingsverband and its own texts; a refusal and a TLV together keep both', () => {
    const tlv = step(plan(tlvObjected), 'bezwaar-loopt')!;
    expect(tlv.contacts).toEqual(['schoolbestuur', 'samenwerkingsverband']);
    expect(tlv.texts).toBe('ui:blind68.planStep.bezwaarLooptTlv');
    const two = step(plan(both), 'bezwaar-loopt')!;
    expect(two.contacts).toEqual(['schoolbestuur', 'samenwerkingsverband']);
    expect(two.texts).toBeUndefined();
  });

  it('guard: no date moves: the Geschillencommissie from the refusal, not certain', () => {
    expect(due(plan(objected), 'geschillencommissie')).toBe('2026-11-02 2026-12-14 upcoming uncertain');
  });
});

describe('2. the letter after a bezwaar, in the words that fit', () => {
  it('failed before: against a refusal: the board, no TLV line; the first screen and rule 3c treat it as before', () => {
    const s = step(withLetter(objected), 'bezwaar-loopt')!;
    expect(s.texts).toBe(LETTER_BOARD);
    expect(s.group).toBe('nu');
    expect(s.params['brief']).toBe('2026-12-03');
    expect(dutch(s)).toMatch(/Vraag het schoolbestuur per e-mail om het besluit op je bezwaar/);
    expect(dutch(s)).not.toMatch(TLV_LINE);
    expect(letterMaybeDecision(s)).toBe(true);
    expect(objectionDecidedStep(s)).toBe(true);
  });

  it('failed before: against a removal (timeline): the board, no TLV line', () => {
    const p = agree(log(jesse, [E('verwijdering-besluit', '2027-01-18' as IsoDate), B('2027-02-22' as IsoDate), letter('2027-03-05')]), '2027-03-10' as IsoDate);
    const s = step(p, 'bezwaar-loopt')!;
    expect(s.texts).toBe(LETTER_BOARD);
    expect(dutch(s)).not.toMatch(TLV_LINE);
    expect(due(p, 'geschillencommissie')).toBe('2027-01-18 2027-03-01 passed uncertain');
  });

  it('failed before: against a TLV decision alone: ask the samenwerkingsverband, no board line, no Geschillencommissie', () => {
    const s = step(withLetter(tlvObjected, '2026-12-02'), 'bezwaar-loopt')!;
    expect(s.texts).toBe(LETTER_TLV);
    expect(dutch(s)).toMatch(/Vraag het samenwerkingsverband per e-mail om het besluit op je bezwaar/);
    expect(dutch(s)).not.toMatch(/schoolbestuur|Geschillencommissie/);
    expect(dutch(s)).not.toMatch(TLV_LINE);
    expect(letterMaybeDecision(s)).toBe(true);
  });

  it('guard: a refusal and a TLV together: the general text with both ways', () => {
    const s = step(withLetter(both), 'bezwaar-loopt')!;
    expect(s.texts).toBe(LETTER_GENERAL);
    expect(dutch(s)).toMatch(TLV_LINE);
  });

  it('failed before: the two texts in six languages: the board text is the general one without its TLV line; the TLV text names no board', () => {
    for (const lang of LANGS) {
      const t = tFor(lang);
      const general = t.raw(`${LETTER_GENERAL}.why`);
      const board = t.raw(`${LETTER_BOARD}.why`);
      const tlv = t.raw(`${LETTER_TLV}.why`);
      expect(t.raw(`${LETTER_BOARD}.title`), lang).toBe(t.raw(`${LETTER_GENERAL}.title`));
      expect(t.raw(`${LETTER_TLV}.title`), lang).toBe(t.raw(`${LETTER_GENERAL}.title`));
      expect(board.length, lang).toBeLessThan(general.length);
      expect(board.includes('TLV'), lang).toBe(false);
      expect(tlv.includes('schoolbestuur') || tlv.includes('Geschillencommissie'), lang).toBe(false);
      expect(tlv.includes('samenwerkingsverband'), lang).toBe(true);
      for (const s of [board, tlv]) expect(s.includes('{{brief}}'), lang).toBe(true);
    }
  });
});

describe('3. the gesprekskaart after a refusal and a registration at a new school', () => {
  const nextSchool = { ...refused, 'aanmelding-datum': '2026-11-16', 'aanmelding-bevestiging': 'nee', 'bezwaar-ingediend': 'nee', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-14' };
  it('failed before: the receipt line names the new school', () => {
    const q = buildCard(A(nextSchool), [], TODAY).questions.map((x) => x.id);
    expect(q).toContain('ontvangst-nieuwe-school');
    expect(q).not.toContain('ontvangst-bevestigen');
    for (const lang of LANGS) {
      const t = tFor(lang);
      expect(t.exists('ui:meeting.q.ontvangst-nieuwe-school.text'), lang).toBe(true);
      expect(t.raw('ui:meeting.q.ontvangst-nieuwe-school.why'), lang).not.toBe(t.raw('ui:meeting.q.ontvangst-bevestigen.why'));
    }
    expect(tFor('nl').raw('ui:meeting.q.ontvangst-nieuwe-school.text')).toMatch(/nieuwe school/);
    // The plan's step says the same (s75).
    expect(step(plan(nextSchool), 'ontvangst-bevestigen')?.texts).toBe('ui:answers75.planStep.ontvangstNieuweSchool');
  });

  it('guard: a first registration keeps the plain line', () => {
    const first = { ...base, situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-16', 'aanmelding-bevestiging': 'nee', 'aanmelding-besluit': 'nog-niet', 'ondersteuning-gemeld': 'ja' };
    const q = buildCard(A(first), [], TODAY).questions.map((x) => x.id);
    expect(q).toContain('ontvangst-bevestigen');
    expect(q).not.toContain('ontvangst-nieuwe-school');
  });
});

describe('4. "Mijn kind heeft geen extra hulp nodig"', () => {
  const lina = { ...base, situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-16', 'aanmelding-besluit': 'nog-niet', 'ondersteuning-gemeld': 'geen-hulp-nodig' };
  it('failed before: the answer exists, labelled in six languages', () => {
    expect(questions.find((q) => q.id === 'ondersteuning-gemeld')?.options).toEqual(['ja', 'nee', 'geen-hulp-nodig', 'weet-niet']);
    for (const lang of LANGS) {
      const q = (parse(readFileSync(`content/${lang}/questions.yaml`, 'utf8')) as { questions: Record<string, { options: Record<string, string>; hint: string }> }).questions['ondersteuning-gemeld']!;
      expect(q.options['geen-hulp-nodig'], lang).toBeTruthy();
      expect(Object.keys(q.options), lang).toEqual(['ja', 'nee', 'geen-hulp-nodig', 'weet-niet']);
    }
  });

  it('failed before: no "tell the school about extra help"; the 6 weeks stay', () => {
    const p = plan(lina);
    expect(ids(p)).not.toContain('ondersteuning-melden');
    expect(ids(p)).not.toContain('sop-opvragen');
    expect(due(p, 'besluit-aanmelding')).toBe('2026-11-16 2026-12-28 upcoming');
    // As before for "nee, nog niet": the step is there.
    expect(ids(plan({ ...lina, 'ondersteuning-gemeld': 'nee' }))).toEqual(expect.arrayContaining(['ondersteuning-melden', 'sop-opvragen']));
  });

  it('failed before: a refusal: the bezwaar stays (A21), no Geschillencommissie (F07: a child who needs extra support)', () => {
    const p = plan({ ...refused, 'ondersteuning-gemeld': 'geen-hulp-nodig', 'bezwaar-ingediend': 'nee' });
    expect(due(p, 'bezwaar-weigering')).toBe('2026-11-02 2026-12-14 upcoming');
    expect(ids(p)).not.toContain('geschillencommissie');
    expect(ids(p)).not.toContain('ondersteuning-melden');
    // A11 holds for a child who needs extra support only.
    expect(warnings(p)).not.toContain('weigering-zonder-andere-school');
    expect(warnings(plan({ ...refused, 'bezwaar-ingediend': 'nee' }))).toContain('weigering-zonder-andere-school');
  });
});

describe('5. onderwijsconsulenten', () => {
  it('failed before: the step says how to find out whether the samenwerkingsverband is involved, in six languages', () => {
    const s = step(plan({ ...refused, 'bezwaar-ingediend': 'nee' }), 'onderwijsconsulenten')!;
    expect(dutch(s)).toMatch(/Het samenwerkingsverband moet wel al bij je kind betrokken zijn\. Weet je niet of dat zo is\? Vraag het de school, of vraag het samenwerkingsverband zelf/);
    const before: Record<string, string> = {
      nl: 'Het samenwerkingsverband moet wel al bij je kind betrokken zijn.',
      en: 'The samenwerkingsverband must already be involved with your child.',
    };
    for (const lang of LANGS) {
      const why = tFor(lang).raw('steps:steps.onderwijsconsulenten.why');
      expect(why.trim().endsWith(before[lang] ?? '\u0000'), lang).toBe(false);
      expect(why.toLowerCase().split('samenwerkingsverband').length - 1, lang).toBeGreaterThanOrEqual(3);
    }
  });
});

/**
 * Session 78 (s78-dossier): facts a parent already past a step still needs, from answers the app already asks (no new
 * question). The scenarios are in tests/scenarios/064-dossier-s78.yaml (answers in tests/answers/s78/dossier/). Each `it`
 * marked "failed before" failed on HEAD 74285103 (run from a copy of it, `git archive`, with this file added: 8 of 13 failed, the 5 guards passed; the scenarios: 5 of 7 failed, the 2 guards passed).
 *
 *   1. "dossier-gezien: ja": nothing said what to do when something in the dossier is wrong or missing, and the letter
 *      correctie-dossier was offered only beside "Vraag het dossier op" (not seen yet). Now the step dossier-verbeteren under
 *      "Goed om te weten" (G05; 001:762, 000:780-785), with that letter, no date (the school's month is the AVG's, not the
 *      sources': the text says so). A correction logged in the timeline keeps its month (dossier-herinneren, session 56).
 *   2. groep 7/8: the step overstap-later under "Goed om te weten": the national PrO criteria and the maatwerkregeling, the
 *      PrO school's zorgplicht without a TLV (E26; 001:983-991); exam accommodations need an expert statement, up to 30
 *      minutes per central-exam test, in the lower years a description of the limitation without a diagnosis (H19, H20;
 *      004:4331, 4440-4443, 4490-4506, 4658-4665); 004 calls the rules unclear itself: the text says so and whom to ask.
 * No date moves: the first screen and every term are the same with and without the new steps.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/rules/plan';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, agree, dutch, firstScreen, ids, sent, step, story, terms } from './lawyer-kit';
import { log } from './timeline-log';
import { DOSSIER_CORRECTION_TEXTS } from '../../src/timeline/earlier';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const FIX = 'dossier-verbeteren';
const LATER = 'overstap-later';

const HV = {
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'nee', opp: 'ja', 'opp-besproken': '2026-10-05',
  'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', tekenen: 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-7-8',
};
/** A removal decision on paper of Mon 23 Nov 2026: bezwaar and the Geschillencommissie until Mon 4 Jan 2027; a meeting on 10 Dec. */
const REMOVAL = {
  ...HV, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-23', 'verwijdering-andere-school': 'nee',
  'aanbod-geweigerd': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', onderzoek: 'oud', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-10',
};
const TODAY = '2026-12-07';
const plan = (x: Record<string, unknown>, today = TODAY): Plan => agree(story(x), today);
const text = (lang: string, id: string, part: 'title' | 'why') => tFor(lang).raw(`steps:steps.${id}.${part}`) as string;

describe('1. a dossier the parent has seen (G05)', () => {
  it('seen: "Klopt het dossier?" under "Goed om te weten", with the correction letter, the school, no date (failed before)', () => {
    const p = plan({ ...HV, 'dossier-gezien': 'ja' });
    const s = step(p, FIX)!;
    expect(s).toBeDefined();
    expect(s.group).toBe('goed-om-te-weten');
    expect(s.letters).toEqual(['correctie-dossier']);
    expect(s.contacts).toEqual(['school']);
    expect(s.deadline).toBeUndefined();
    expect(s.section).toBe('informatie-vragen');
    expect(dutch(s)).toMatch(/te verbeteren of aan te vullen/);
    expect(dutch(s)).toMatch(/privacywet AVG/);
    expect(dutch(s)).toMatch(/staat niet in onze bronnen/);
    expect(ids(p)).not.toContain('dossier-opvragen');
    expect(ids(p)).not.toContain('dossier-herinneren');
  });

  it('not seen, not asked: "Vraag het dossier op" with both letters, as before; no second dossier step', () => {
    const p = plan({ ...HV, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee' });
    expect(step(p, 'dossier-opvragen')!.letters).toEqual(['inzage-dossier', 'correctie-dossier']);
    expect(ids(p)).not.toContain(FIX);
  });

  it('asked on 20 Nov: the month (uncertain) until 20 Dec, as before; no correction step while the dossier has not come', () => {
    const p = plan({ ...HV, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-20' });
    expect(terms(p)).toEqual(['dossier-herinneren 2026-11-20>2026-12-20 upcoming?']);
    expect(ids(p)).not.toContain(FIX);
  });

  it('not answered, or a child enrolled at no school: no correction step', () => {
    expect(ids(plan(HV))).not.toContain(FIX);
    const nowhere = { situatie: ['thuiszitten', 'tlv'], 'thuis-reden': 'nergens', 'thuis-sinds': '2026-11-02', 'dossier-gezien': 'ja', groep: 'groep-3-6' };
    expect(ids(plan(nowhere))).not.toContain(FIX);
  });

  it('the correction letter logged as sent: its month in "Houd bij ..." (session 56), the correction step gives way to it (failed before: no step to give way)', () => {
    const s = log(A({ ...HV, 'dossier-gezien': 'ja' }), [sent('c1', 'correctie-dossier', '2026-11-10')]);
    const p = agree(s, '2026-11-20');
    expect(terms(p)).toEqual(['dossier-herinneren 2026-11-10>2026-12-10 upcoming?']);
    expect(step(p, 'dossier-herinneren')!.texts).toBe(DOSSIER_CORRECTION_TEXTS);
    expect(ids(p)).not.toContain(FIX);
    // Without the letter, on the same day: the step.
    expect(ids(agree(story({ ...HV, 'dossier-gezien': 'ja' }), '2026-11-20'))).toContain(FIX);
  });

  it('a removal with a running bezwaar: the first screen and every term are the same with the dossier seen; the step last', () => {
    const seen = plan({ ...REMOVAL, 'dossier-gezien': 'ja' });
    const unanswered = plan(REMOVAL);
    expect(firstScreen(seen)).toEqual(firstScreen(unanswered));
    expect(firstScreen(seen).actions).toEqual(['bezwaar-verwijdering', 'geschillencommissie']);
    expect(terms(seen)).toEqual(terms(unanswered));
    expect(terms(seen)).toContain('bezwaar-verwijdering 2026-11-23>2027-01-04 upcoming');
    const order = ids(seen);
    expect(order.indexOf(FIX)).toBeGreaterThan(order.indexOf('bezwaar-verwijdering'));
    expect(step(seen, FIX)!.group).toBe('goed-om-te-weten');
  });
});

describe('2. groep 7/8: praktijkonderwijs and help at exams later (E26, H19, H20)', () => {
  it('groep 7/8: the step under "Goed om te weten", no date, no letter (failed before)', () => {
    const p = plan({ ...HV, 'dossier-gezien': 'ja' });
    const s = step(p, LATER)!;
    expect(s).toBeDefined();
    expect(s.group).toBe('goed-om-te-weten');
    expect(s.deadline).toBeUndefined();
    expect(s.letters).toEqual([]);
    expect(s.section).toBe('praktijkonderwijs-lwoo');
  });

  it('its Dutch text: the PrO criteria, the maatwerkregeling, zorgplicht; the expert, 30 minutes, no diagnosis in the lower years; unclear rules and whom to ask (failed before)', () => {
    const t = dutch(step(plan(HV), LATER)!);
    for (const re of [
      /IQ tussen 55 en 80/, /een achterstand van minstens drie jaar op 2 van deze 4 gebieden/, /Begrijpend lezen of inzichtelijk rekenen moet er één van zijn/,
      /maatwerkregeling/, /andere passende plek zoeken/, /samenwerkingsverband voor het voortgezet onderwijs/,
      /psycholoog, orthopedagoog, neuroloog of psychiater/, /tot 30 minuten extra/, /Een diagnose is dan niet nodig, maar bij dyslexie/, /dyslexie/,
      /Bewaar daarom nu al verslagen/, /niet overal duidelijk/, /Vraag het de middelbare school of het steunpunt/,
    ]) expect(t).toMatch(re);
  });

  it('not for groep 3-6 (also with an OPP), a child not at school yet, or no answer', () => {
    for (const groep of ['groep-3-6', 'groep-1-2', 'nog-niet', 'weet-niet', undefined]) {
      expect(ids(plan({ ...HV, groep })), String(groep)).not.toContain(LATER);
    }
  });

  it('in the summer holiday too (just finished groep 8 or going into it), beside the summer text of the move', () => {
    const p = plan(HV, '2027-07-20');
    expect(ids(p)).toContain(LATER);
    expect(step(p, 'overstap-voorbereiden')!.texts).toBe('ui:return68.planStep.overstapZomer');
  });

  it('the first screen and the terms of a removal are the same in groep 7/8 as in groep 3-6 (no date moves)', () => {
    const g8 = plan({ ...REMOVAL, 'dossier-gezien': 'ja' });
    const g5 = plan({ ...REMOVAL, 'dossier-gezien': 'ja', groep: 'groep-3-6' });
    expect(firstScreen(g8)).toEqual(firstScreen(g5));
    expect(terms(g8)).toEqual(terms(g5));
    expect(ids(g8).slice(-2)).toEqual([FIX, LATER]);
  });
});

describe('3. all six languages', () => {
  it('both steps have a title and a text in every language; the numbers stay; no Dutch sentence left in a translation', () => {
    for (const lang of LANGS) {
      for (const id of [FIX, LATER]) {
        const title = text(lang, id, 'title');
        const why = text(lang, id, 'why');
        expect(title, `${lang} ${id}`).toBeTruthy();
        expect(why.length, `${lang} ${id}`).toBeGreaterThan(200);
        if (lang !== 'nl') {
          expect(title, `${lang} ${id}`).not.toBe(text('nl', id, 'title'));
          expect(why, `${lang} ${id}`).not.toMatch(/Vraag het|Twijfel je|Je hebt het dossier|daarvoor is een TLV nodig/);
        }
      }
      const later = text(lang, LATER, 'why');
      for (const n of ['55', '80', '3', '30', 'TLV', 'maatwerkregeling']) expect(later, `${lang} ${n}`).toContain(n);
      expect(text(lang, FIX, 'why'), lang).toContain('AVG');
    }
  });

  it('Polish: no gendered past form without its pair', () => {
    for (const id of [FIX, LATER]) {
      const t = `${text('pl', id, 'title')} ${text('pl', id, 'why')}`;
      expect(t.match(/\p{L}+łeś(?!\/)/gu) ?? [], id).toEqual([]);
    }
  });
});

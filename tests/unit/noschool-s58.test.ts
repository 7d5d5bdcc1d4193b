/**
 * Session 58 (s58-noschool): what session 57 left open for a child enrolled at no school (thuiszitten, thuis-reden
 * 'nergens': neverEnrolled), and who a recorded meeting was with.
 *
 * 1. A parent of a child enrolled nowhere who also chose "tlv" was asked "Heb je het dossier van je kind op school
 *    ingezien?" (dossier-gezien: when hasSchoolConflict, which counts the TLV situation). No school keeps a pupil dossier
 *    of her; session 57 already left dossier-opvragen and the card's dossier-inzien out. Now asked only where a school
 *    keeps one (dossierAtSchool); a request she made stays in the plan as before.
 * 2. The letter to the leerplichtambtenaar asked "een gesprek met de school en met ons" of every parent: now a choice of
 *    two lines, the other for a child with no school yet.
 * 3. "Wat is er afgesproken?" logged every meeting with the school: the parent now says with whom it was (the browser test
 *    tests/browser/noschool-s58.test.ts records one with the leerplichtambtenaar); here its choices and texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/cli/plan';
import { agreeingPlan } from './app-story';
import { loadPlanTexts, tFor } from './plan-texts';
import { MEETING_PARTIES, meetingWith } from '../../src/meeting/plan';
import { PARTIES } from '../../src/timeline/effects';
import { ids, step, story } from './lawyer-kit';
import { ev, log } from './timeline-log';
import { askedQuestions, applicableAnswers, firstUnanswered, isComplete } from '../../src/flow/route';
import type { Answers } from '../../src/flow/answers';
import type { Plan } from '../../src/rules/plan';

beforeAll(loadPlanTexts);

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const TODAY = '2026-12-03';
const A = (x: Record<string, unknown>) => x as unknown as Answers;

/** Enrolled nowhere, a TLV question, every other question answered (the dossier questions not). */
const nergensTlv = {
  situatie: ['thuiszitten', 'tlv'], 'thuis-reden': 'nergens', 'thuis-sinds': '2026-08-31', 'lpa-betrokken': 'ja', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6', 'tlv-fase': 'weet-niet', opp: 'nee', onderzoek: 'geen',
  'swv-betrokken': 'nee', tekenen: 'nee', vervoer: 'nee', 'tlv-soort': 'weet-niet', 'aanbod-geweigerd': 'nee',
};
/** The same child at a school that keeps her at home (niet welkom, still enrolled). */
const atSchool = (a: Record<string, unknown>) => ({ ...a, 'thuis-reden': 'niet-welkom', ingeschreven: 'ja', 'lessen-nu': 'nee' });
const DOSSIER = ['dossier-gezien', 'dossier-gevraagd', 'dossier-gevraagd-datum'];
const asked = (a: Record<string, unknown>) => askedQuestions(A(a)).map((q) => q.id);
const plan = (a: Record<string, unknown>): Plan => agreeingPlan(story(a), TODAY);

describe('1. the dossier questions for a child enrolled at no school with a TLV question', () => {
  // Before: askedQuestions held dossier-gezien, and firstUnanswered was dossier-gezien ("Heb je het dossier van je kind op
  // school ingezien?"); the questionnaire was not complete without it.
  it('dossier-gezien is not asked; the questionnaire is complete without it', () => {
    expect(asked(nergensTlv)).not.toContain('dossier-gezien');
    expect(firstUnanswered(A(nergensTlv))?.id).toBeUndefined();
    expect(isComplete(A(nergensTlv))).toBe(true);
  });

  it('nor its follow-ups, also with an old "nee, nog niet" stored', () => {
    const old = { ...nergensTlv, 'dossier-gezien': 'nee' };
    for (const id of DOSSIER) expect(asked(old)).not.toContain(id);
    expect(isComplete(A(old))).toBe(true);
    expect(asked({ ...old, 'dossier-gevraagd': 'ja' })).not.toContain('dossier-gevraagd-datum');
  });

  it('a child at a school (with "tlv" or "handelingsverlegen") is still asked all three', () => {
    expect(asked(atSchool(nergensTlv))).toContain('dossier-gezien');
    expect(asked(atSchool({ ...nergensTlv, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja' }))).toEqual(expect.arrayContaining(DOSSIER));
    const hv = { ...atSchool(nergensTlv), situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee' };
    expect(asked(hv)).toContain('dossier-gezien');
    // A child at home enrolled somewhere (no TLV): as before.
    expect(asked({ ...atSchool(nergensTlv), situatie: ['thuiszitten'] })).toContain('dossier-gezien');
  });

  it('a request she answered or logged is kept, with its month (dossier-herinneren), as before', () => {
    const answered = { ...nergensTlv, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-20' };
    expect(applicableAnswers(A(answered))).toMatchObject({ 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-20' });
    expect(step(plan(answered), 'dossier-herinneren')?.deadline?.due).toBe('2026-12-20');
    const logged = agreeingPlan(log(A(nergensTlv), [ev('d1', 'dossier-gevraagd', '2026-11-20', 'e-mail')]), TODAY);
    expect(step(logged, 'dossier-herinneren')?.deadline?.due).toBe('2026-12-20');
    // Still no "ask the school for the dossier" for her (session 57), and a child at a school keeps it.
    expect(ids(plan({ ...nergensTlv, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee' }))).not.toContain('dossier-opvragen');
    expect(ids(plan(atSchool({ ...nergensTlv, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee' })))).toContain('dossier-opvragen');
  });
});

describe('2. the letter to the leerplichtambtenaar: a talk with the school, or with us', () => {
  const letter = (lang: string) => readFileSync(join(CONTENT, lang, 'letters/bericht-leerplichtambtenaar.md'), 'utf8');
  const bodyLines = (lang: string) => letter(lang).split('\n---\n').slice(1).join('\n---\n').split('\n');
  // Before: one line "Ik vraag u om een gesprek met de school en met ons. Ik hoop dat u kunt helpen ..." for every parent.
  it('the line with "de school" is one of two to choose from; the other asks a talk with us, for a child with no school (Dutch)', () => {
    const lines = bodyLines('nl');
    const at = lines.findIndex((l) => l.includes('gesprek met de school en met ons'));
    expect(lines[at]).toBe('Ik vraag u om een gesprek met de school en met ons.');
    expect(lines[at - 1]).toBe('[Kies één van de twee regels hieronder. Haal de andere weg.]');
    expect(lines[at + 1]).toBe('{{kind_voornaam}} heeft nog geen school. Daarom vraag ik u om een gesprek met ons.');
    // Session 60 (s60-enrolled): the line the answers decide for an admitted child (fillLetter, CHOICE_FIELDS); else it goes.
    expect(lines[at + 2]).toBe('{{toelating_gesprek}}');
    expect(lines[at + 3]).toBe('');
    expect(lines[at + 4]).toBe('Ik hoop dat u kunt helpen om snel een oplossing te vinden.');
  });

  it('the same shape in every language (the translation beside the Dutch letter): two choices, then the hope apart', () => {
    for (const lang of LANGS) {
      const lines = bodyLines(lang);
      const choices = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^\[[^\]]+\]$/.test(l));
      // The session 57 choice (last school / no school) and this one.
      expect(choices, lang).toHaveLength(2);
      const at = choices[1]!.i;
      expect(lines[at], lang).toBe(lines[choices[0]!.i]);
      expect(lines[at + 1], lang).not.toMatch(/\{\{|\[/);
      expect(lines[at + 2], lang).toMatch(/^\{\{kind_voornaam\}\}/);
      expect(lines[at + 2], lang).not.toMatch(/school_naam|\[/);
      expect(lines[at + 3], lang).toBe('{{toelating_gesprek}}');
      expect(lines[at + 4], lang).toBe('');
      expect(lines[at + 5], lang).toMatch(/\S{3}/);
      expect(lines[at + 5], lang).not.toMatch(/\{\{/);
    }
  });
});

describe('3. with whom the meeting was: the choices and their texts', () => {
  it('the choices are timeline parties with the timeline form\'s labels; each is read by meetingWith as the plan does', () => {
    expect(MEETING_PARTIES[0]).toBe('school');
    for (const p of MEETING_PARTIES) {
      expect(PARTIES).toContain(p);
      for (const lang of LANGS) expect(tFor(lang).raw(`ui:timeline.partiesList.${p}`), `${lang} ${p}`).toMatch(/\S{3}/);
    }
    const w = (parties: (typeof PARTIES)[number][]) => meetingWith({ id: 'g', date: '2026-12-01', kind: 'gesprek', parties, note: '' });
    expect(w(['leerplichtambtenaar'])).toEqual({ school: false, swv: false, other: 'leerplichtambtenaar' });
    expect(w(['school'])).toMatchObject({ school: true });
  });

  it('the legend and the status after a meeting with neither the school nor the SWV, in all six languages', () => {
    for (const lang of LANGS) {
      const t = tFor(lang);
      expect(t.raw('ui:meeting.form.parties'), lang).toMatch(/\S{3}/);
      expect(t.raw('ui:meeting.form.parties'), lang).not.toBe(t.raw('ui:timeline.parties'));
      expect(t.raw('ui:meeting.laterStepOther'), lang).toMatch(/\S{3}/);
      expect(t.raw('ui:meeting.laterStepOther'), lang).not.toBe(t.raw('ui:meeting.laterStep'));
    }
    expect(tFor('nl').raw('ui:meeting.laterStepOther')).toMatch(/op te schrijven wat er is besproken/);
  });

  // Lead, after the merge: the form serves a meeting with anyone, so its outcome "later", "what will be sent" and the lines it
  // writes into the timeline's note no longer name the school ("De school beslist later", "School stuurt: …" for a talk
  // with the leerplichtambtenaar). Failed before in all six languages.
  it('the outcome "later", the "what will be sent" question and their note lines name no school, in all six languages', () => {
    const SCHOOL: Record<string, RegExp> = { nl: /school/i, en: /school/i, ar: /مدرس/, tr: /okul/i, pl: /szkoł/i, uk: /школ/i };
    for (const lang of LANGS) {
      const t = tFor(lang);
      for (const key of ['ui:meeting.form.outcomes.later', 'ui:meeting.form.schoolSends', 'ui:meeting.note.sends', 'ui:meeting.note.later']) {
        expect(t.raw(key), `${lang} ${key}`).toMatch(/\S{3}/);
        expect(t.raw(key), `${lang} ${key}`).not.toMatch(SCHOOL[lang]!);
      }
    }
    expect(tFor('nl').raw('ui:meeting.form.outcomes.later')).toBe('Het besluit komt later');
  });
});

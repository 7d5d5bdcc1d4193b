/**
 * Session 73 (s73-winter): a bezwaar term that ends around the kerstvakantie (18 December - 9 January) gets a note on its
 * step (ui winter73.bezwaarRondKerst): schools, their boards and samenwerkingsverbanden are often closed then, the term runs
 * on (no source moves the last day), send it as soon as you can by e-mail and by letter, keep the proof. Session 72 did this
 * for July and August (summer72); the kerstvakantie had nothing. Found by tests/scenarios/059-winter-s73.yaml
 * (s073-weigering-bezwaar-eindigt-kerstavond: a refusal of 12 November 2026, its 6 weeks end on Thursday 24 December).
 * The first four tests failed before the note (no note on the step); the days themselves are checked not to move.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as plan from '../../src/rules/plan';
import { buildPlan, OBJECTION_IN_SUMMER_NOTE, stepNotes } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';

const NOTE = (plan as Record<string, unknown>)['OBJECTION_AROUND_CHRISTMAS_NOTE'] as string | undefined;
const answersOf = (file: string, change: Answers): Answers => ({ ...(JSON.parse(readFileSync(`tests/answers/${file}`, 'utf8')) as { answers: Answers }).answers, ...change });
const step = (answers: Answers, today: string, id: string) => buildPlan(answers, today).steps.find((s) => s.id === id);

describe('a bezwaar term that ends around the kerstvakantie', () => {
  it('the refusal: 6 weeks from 12 November 2026 end on Thursday 24 December; read on 14 December the step says so', () => {
    const s = step(answersOf('s73/winter/weigering-bezwaar-eindigt-kerstavond.json', {}), '2026-12-14', 'bezwaar-weigering');
    expect(s?.deadline?.due).toBe('2026-12-24');
    expect(s?.deadline?.certain).toBe(true);
    expect(NOTE).toBe('ui:winter73.bezwaarRondKerst');
    expect(stepNotes(s!)).toContain(NOTE);
    // The second note, as summer72's: the first slot stays free for the notes that say what the step means now.
    expect(s!.note).toBeUndefined();
    expect(s!.alsoNote).toBe(NOTE);
  });
  it('the removal: 6 weeks from 25 November 2026 end on Wednesday 6 January 2027', () => {
    const s = step(answersOf('handelingsverlegen-verwijderingsbesluit.json', { 'verwijdering-datum': '2026-11-25' }), '2026-12-01', 'bezwaar-verwijdering');
    expect(s?.deadline?.due).toBe('2027-01-06');
    expect(NOTE && stepNotes(s!)).toContain(NOTE);
  });
  it('the TLV decision: 6 weeks from 20 November 2026 end on New Year\'s Day', () => {
    const s = step(answersOf('tlv-besluit-oneens.json', { 'tlv-besluit-datum': '2026-11-20' }), '2026-11-30', 'tlv-bezwaar');
    expect(s?.deadline?.due).toBe('2027-01-01');
    expect(NOTE && stepNotes(s!)).toContain(NOTE);
  });
  it('another year: 6 weeks from 18 November 2027 end on Thursday 30 December 2027', () => {
    const s = step(answersOf('aanmelden-geweigerd.json', { 'weigering-datum': '2027-11-18' }), '2027-11-22', 'bezwaar-weigering');
    expect(s?.deadline?.due).toBe('2027-12-30');
    expect(NOTE && stepNotes(s!)).toContain(NOTE);
  });
  it('also on the day before and on the last day itself ("as soon as you can" fits both)', () => {
    for (const today of ['2026-12-23', '2026-12-24']) {
      const s = step(answersOf('aanmelden-geweigerd.json', { 'weigering-datum': '2026-11-12' }), today, 'bezwaar-weigering');
      expect(s?.deadline?.due).toBe('2026-12-24');
      expect(NOTE && stepNotes(s!)).toContain(NOTE);
    }
  });
  it('not for a term that ends on 17 December or 10 January, nor once it has passed', () => {
    const none = (file: string, change: Answers, today: string, id: string, due: string, status: string) => {
      const s = step(answersOf(file, change), today, id);
      expect(s?.deadline?.due).toBe(due);
      expect(s?.deadline?.status).toBe(status);
      expect(stepNotes(s!).filter((n) => n.startsWith('ui:winter73'))).toEqual([]);
    };
    none('aanmelden-geweigerd.json', { 'weigering-datum': '2026-11-05' }, '2026-11-10', 'bezwaar-weigering', '2026-12-17', 'upcoming');
    none('aanmelden-geweigerd.json', { 'weigering-datum': '2026-11-29' }, '2026-12-01', 'bezwaar-weigering', '2027-01-10', 'upcoming');
    none('aanmelden-geweigerd.json', { 'weigering-datum': '2026-11-12' }, '2027-01-04', 'bezwaar-weigering', '2026-12-24', 'passed');
    none('s73/winter/verwijdering-14-december-geen-school.json', {}, '2027-01-06', 'bezwaar-verwijdering', '2027-01-25', 'upcoming');
  });
  it('the summer note is untouched: July and August keep summer72, and get no winter note', () => {
    const s = step(answersOf('aanmelden-geweigerd.json', { 'weigering-datum': '2027-06-01' }), '2027-06-20', 'bezwaar-weigering');
    expect(s?.deadline?.due).toBe('2027-07-13');
    expect(s!.alsoNote).toBe(OBJECTION_IN_SUMMER_NOTE);
  });
  it('the note is a text in every language', async () => {
    for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
      const ui = (await import(`../../src/content/generated/pagetexts.${lang}.ts`)) as { default: { winter73?: { bezwaarRondKerst?: string } } };
      expect(ui.default.winter73?.bezwaarRondKerst, lang).toMatch(/\S{3,}/);
    }
  });
});

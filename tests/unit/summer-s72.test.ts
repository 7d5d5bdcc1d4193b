/**
 * Session 72 (at the merges, from s72-left's report, 3): a bezwaar term that ends in July or August gets a note on its step
 * (ui summer72.bezwaarInDeZomer): the term runs on in the holiday, send in time by e-mail and letter, keep the proof. Before,
 * neither the refusal's, the removal's nor the TLV's bezwaar step said anything of the summer. The first three tests failed
 * before the note (no note on the step); the day itself is checked not to move.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan, OBJECTION_IN_SUMMER_NOTE, stepNotes } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';

const answersOf = (file: string, change: Answers): Answers => ({ ...(JSON.parse(readFileSync(`tests/answers/${file}`, 'utf8')) as { answers: Answers }).answers, ...change });
const step = (answers: Answers, today: string, id: string) => buildPlan(answers, today).steps.find((s) => s.id === id);

describe('a bezwaar term that ends in the summer', () => {
  it('the refusal: 6 weeks from 1 June end on 13 July; read on 20 June the step says the term runs on in the holiday', () => {
    const s = step(answersOf('aanmelden-geweigerd.json', { 'weigering-datum': '2027-06-01' }), '2027-06-20', 'bezwaar-weigering');
    expect(s?.deadline?.due).toBe('2027-07-13');
    expect(stepNotes(s!)).toContain(OBJECTION_IN_SUMMER_NOTE);
    // The second note: the first slot stays free for the notes that say what the step means now (the timeline's
    // spokenObjectionNotes sets it after buildPlan; open-s34 and reg-s35 failed when the summer note took it).
    expect(s!.note).toBeUndefined();
    expect(s!.alsoNote).toBe(OBJECTION_IN_SUMMER_NOTE);
  });
  it('the removal: 6 weeks from 1 July end on 12 August', () => {
    const s = step(answersOf('handelingsverlegen-verwijderingsbesluit.json', { 'verwijdering-datum': '2027-07-01' }), '2027-07-02', 'bezwaar-verwijdering');
    expect(s?.deadline?.due).toBe('2027-08-12');
    expect(stepNotes(s!)).toContain(OBJECTION_IN_SUMMER_NOTE);
  });
  it('the TLV decision: 6 weeks from 25 June end on 6 August', () => {
    const s = step(answersOf('tlv-besluit-oneens.json', { 'tlv-besluit-datum': '2027-06-25' }), '2027-06-28', 'tlv-bezwaar');
    expect(s?.deadline?.due).toBe('2027-08-06');
    expect(stepNotes(s!)).toContain(OBJECTION_IN_SUMMER_NOTE);
  });
  it('not for a term that ends in June or September, nor once it has passed', () => {
    const june = step(answersOf('aanmelden-geweigerd.json', { 'weigering-datum': '2027-05-01' }), '2027-05-10', 'bezwaar-weigering');
    expect(june?.deadline?.due).toBe('2027-06-12');
    expect(stepNotes(june!)).not.toContain(OBJECTION_IN_SUMMER_NOTE);
    const september = step(answersOf('aanmelden-geweigerd.json', { 'weigering-datum': '2027-08-01' }), '2027-08-02', 'bezwaar-weigering');
    expect(september?.deadline?.due).toBe('2027-09-12');
    expect(stepNotes(september!)).not.toContain(OBJECTION_IN_SUMMER_NOTE);
    const passed = step(answersOf('aanmelden-geweigerd.json', { 'weigering-datum': '2027-06-01' }), '2027-07-20', 'bezwaar-weigering');
    expect(passed?.deadline?.status).toBe('passed');
    expect(stepNotes(passed!)).not.toContain(OBJECTION_IN_SUMMER_NOTE);
  });
  it('the note is a text in every language', async () => {
    for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
      const ui = (await import(`../../src/content/generated/pagetexts.${lang}.ts`)) as { default: { summer72?: { bezwaarInDeZomer?: string } } };
      expect(ui.default.summer72?.bezwaarInDeZomer, lang).toMatch(/\S{3,}/);
    }
  });
});

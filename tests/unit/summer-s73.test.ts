/**
 * Session 73 (s73-left, 5): a bezwaar term that ends in September but runs mostly through the summer holiday had no note:
 * summer72's note (ui summer72.bezwaarInDeZomer) came only for a term ending in July or August. The rule
 * (src/rules/plan.ts endsInSeptemberAfterSummer): not passed, due in September, and at least 3 of its weeks (21 days, half
 * of the usual 6) in July and August, so a decision on or before 10 August. Its own text (ui left73.bezwaarDoorDeZomer):
 * "ends in September, but runs for a large part through the summer holiday". The second note, as summer72's. No day
 * moves. The tests marked "(failed before)" failed against 35d05a0e (no note).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan, DAY_OFF_NOTES_BESIDE_HOLIDAY, OBJECTION_IN_SUMMER_NOTE, OBJECTION_THROUGH_SUMMER_NOTE, stepNotes } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';

const answersOf = (file: string, change: Answers): Answers => ({ ...(JSON.parse(readFileSync(`tests/answers/${file}`, 'utf8')) as { answers: Answers }).answers, ...change });
const step = (answers: Answers, today: string, id: string) => buildPlan(answers, today).steps.find((s) => s.id === id);
const refusal = (day: string) => answersOf('aanmelden-geweigerd.json', { 'weigering-datum': day });

describe('a bezwaar term that ends in September after running mostly through the summer', () => {
  it('(failed before) the refusal of 5 Aug 2027: 6 weeks to 16 Sep (27 days in August), read 9 Aug: the note, second slot', () => {
    const s = step(refusal('2027-08-05'), '2027-08-09', 'bezwaar-weigering')!;
    expect(s.deadline?.due).toBe('2027-09-16');
    expect(s.note).toBeUndefined();
    expect(s.alsoNote).toBe('ui:left73.bezwaarDoorDeZomer');
    expect(OBJECTION_THROUGH_SUMMER_NOTE).toBe('ui:left73.bezwaarDoorDeZomer');
    expect(stepNotes(s)).not.toContain(OBJECTION_IN_SUMMER_NOTE);
  });
  it('(failed before) the edge: a decision on 10 Aug (21 days in August, due 21 Sep) gets it; read on 1 Sep too', () => {
    const s = step(refusal('2027-08-10'), '2027-09-01', 'bezwaar-weigering')!;
    expect(s.deadline?.due).toBe('2027-09-21');
    expect(stepNotes(s)).toContain(OBJECTION_THROUGH_SUMMER_NOTE);
  });
  it('(failed before) summer-s72\'s September case (1 Aug, due 12 Sep) now has this note, not summer72\'s', () => {
    const s = step(refusal('2027-08-01'), '2027-08-02', 'bezwaar-weigering')!;
    expect(s.deadline?.due).toBe('2027-09-12');
    // Session 76 (s76-holiday, 2): Sunday 12 September also carries the day-off note, after the holiday note.
    expect(stepNotes(s)).toEqual([OBJECTION_THROUGH_SUMMER_NOTE, DAY_OFF_NOTES_BESIDE_HOLIDAY.weekend]); // s78-left: the short one beside a holiday note
  });
  it('(failed before) the removal (1 Aug) and the TLV decision (3 Aug) get it as well', () => {
    const r = step(answersOf('handelingsverlegen-verwijderingsbesluit.json', { 'verwijdering-datum': '2027-08-01' }), '2027-08-02', 'bezwaar-verwijdering')!;
    expect(r.deadline?.due).toBe('2027-09-12');
    expect(stepNotes(r)).toContain(OBJECTION_THROUGH_SUMMER_NOTE);
    const t = step(answersOf('tlv-besluit-oneens.json', { 'tlv-besluit-datum': '2027-08-03' }), '2027-08-04', 'tlv-bezwaar')!;
    expect(t.deadline?.due).toBe('2027-09-14');
    expect(stepNotes(t)).toContain(OBJECTION_THROUGH_SUMMER_NOTE);
  });
  it('not for a decision on 11 Aug (20 days in August), nor in late August, nor once passed; July/August ends keep summer72', () => {
    const late = step(refusal('2027-08-11'), '2027-08-12', 'bezwaar-weigering')!;
    expect(late.deadline?.due).toBe('2027-09-22');
    expect(stepNotes(late)).toEqual([]);
    expect(stepNotes(step(refusal('2027-08-25'), '2027-08-26', 'bezwaar-weigering')!)).toEqual([]);
    const passed = step(refusal('2027-08-05'), '2027-09-20', 'bezwaar-weigering')!;
    expect(passed.deadline?.status).toBe('passed');
    expect(stepNotes(passed)).toEqual([]);
    const july = step(refusal('2027-06-20'), '2027-06-21', 'bezwaar-weigering')!;
    expect(july.deadline?.due).toBe('2027-08-01');
    expect(stepNotes(july)).toEqual([OBJECTION_IN_SUMMER_NOTE, DAY_OFF_NOTES_BESIDE_HOLIDAY.weekend]); // Sunday 1 August (s76-holiday, 2; s78-left: the short one)
  });
  it('the note is a text in every language', async () => {
    for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
      const ui = (await import(`../../src/content/generated/pagetexts.${lang}.ts`)) as { default: { left73?: { bezwaarDoorDeZomer?: string } } };
      expect(ui.default.left73?.bezwaarDoorDeZomer, lang).toMatch(/\S{3,}/);
    }
  });
});

/**
 * Session 74 (s74-notes, 1): the holiday notes on the bezwaar steps, pinned for a whole year of last days before the three
 * `noteOn` passes (summer72, winter73, left73) became one picker (src/rules/plan.ts holidayNote). For every last day from
 * 1 June 2027 to 31 May 2028 and each of the three steps (a refusal's, a removal's and a TLV decision's bezwaar, 6 weeks
 * from the decision), the plan is read the day after the decision, on the last day itself and the day after it; the table
 * says which note the step carries. This test passed against 434b93b1 (the three passes) and passes unchanged after.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import { addDays } from '../../src/rules/calendar';
import type { Answers } from '../../src/flow/answers';

const answersOf = (file: string): Answers => (JSON.parse(readFileSync(`tests/answers/${file}`, 'utf8')) as { answers: Answers }).answers;

const STEPS: readonly { id: string; file: string; key: string }[] = [
  { id: 'bezwaar-weigering', file: 'aanmelden-geweigerd.json', key: 'weigering-datum' },
  { id: 'bezwaar-verwijdering', file: 'handelingsverlegen-verwijderingsbesluit.json', key: 'verwijdering-datum' },
  { id: 'tlv-bezwaar', file: 'tlv-besluit-oneens.json', key: 'tlv-besluit-datum' },
];

const SHORT: Record<string, string> = {
  'ui:summer72.bezwaarInDeZomer': 'zomer',
  'ui:left73.bezwaarDoorDeZomer': 'september',
  'ui:winter73.bezwaarRondKerst': 'kerst',
};

/** The notes of step `id` read on `today` for a decision on `decision`, short names joined (empty: none). */
function notesOf(id: string, file: string, key: string, decision: string, today: string, due: string): string {
  const s = buildPlan({ ...answersOf(file), [key]: decision }, today).steps.find((x) => x.id === id);
  if (!s) throw new Error(`${id}: no step on ${today}`);
  if (s.deadline?.due !== due) throw new Error(`${id}: due ${s.deadline?.due}, expected ${due}`);
  // The holiday notes are always the second note (alsoNote); a note in the first slot would show as "note:".
  return [...(s.note ? [`note:${SHORT[s.note] ?? s.note}`] : []), ...(s.alsoNote ? [SHORT[s.alsoNote] ?? s.alsoNote] : [])].join('+');
}

/** Consecutive last days with the same notes as ranges: "2027-06-01..2027-06-30 -". */
function ranges(rows: readonly [string, string][]): string[] {
  const out: string[] = [];
  let from = rows[0]![0];
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i]![1] !== rows[i - 1]![1]) {
      out.push(`${from}..${rows[i - 1]![0]} ${rows[i - 1]![1] || '-'}`);
      if (i < rows.length) from = rows[i]![0];
    }
  }
  return out;
}

const EXPECTED = [
  '2027-06-01..2027-06-30 -',
  '2027-07-01..2027-08-31 zomer',
  '2027-09-01..2027-09-21 september',
  '2027-09-22..2027-12-17 -',
  '2027-12-18..2028-01-09 kerst',
  '2028-01-10..2028-05-31 -',
];

describe('the holiday note of each bezwaar step, for every last day of a year', () => {
  for (const { id, file, key } of STEPS) {
    it(`${id}: read the day after the decision and on the last day the same note; the day after the last day none`, () => {
      const early: [string, string][] = [];
      const onDay: [string, string][] = [];
      const after: [string, string][] = [];
      for (let due = '2027-06-01'; due <= '2028-05-31'; due = addDays(due, 1)) {
        const decision = addDays(due, -42);
        early.push([due, notesOf(id, file, key, decision, addDays(decision, 1), due)]);
        onDay.push([due, notesOf(id, file, key, decision, due, due)]);
        after.push([due, notesOf(id, file, key, decision, addDays(due, 1), due)]);
      }
      expect(ranges(early)).toEqual(EXPECTED);
      expect(ranges(onDay)).toEqual(EXPECTED);
      expect(ranges(after)).toEqual(['2027-06-01..2028-05-31 -']);
    });
  }
});

/**
 * Session 74 (s74-notes, 1): the holiday notes on the bezwaar steps, pinned for a whole year of last days before the three
 * `noteOn` passes (summer72, winter73, left73) became one picker (src/rules/plan.ts holidayNote). For every last day from
 * 1 June 2027 to 31 May 2028 and each of the three steps (a refusal's, a removal's and a TLV decision's bezwaar, 6 weeks
 * from the decision), the plan is read the day after the decision, on the last day itself and the day after it; the table
 * says which note the step carries. This test passed against 434b93b1 (the three passes) and passes unchanged after.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan, DAY_OFF_NOTES_BESIDE_HOLIDAY, GPO_AROUND_CHRISTMAS_NOTE, GPO_IN_SUMMER_NOTE, GPO_THROUGH_SUMMER_NOTE, holidayNote, OBJECTION_AROUND_CHRISTMAS_NOTE, OBJECTION_IN_SUMMER_NOTE, withHolidayNotes } from '../../src/rules/plan';
import { deadline } from '../../src/rules/deadlines';
import { timelinePlan } from '../scenarios/run';
import type { Scenario } from '../scenarios/suite';
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
  // Session 76 (s76-holiday, 1): a term ending 10-16 January with a week or more in the Christmas window.
  'ui:holiday76.bezwaarNaKerst': 'naKerst',
  // Session 85 (s85-winter, 1): a term ending 17 January or later with two weeks or more in the Christmas window.
  'ui:winter85.bezwaarDoorKerst': 'doorKerst',
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
  '2028-01-10..2028-01-16 naKerst', // s76-holiday, 1 (before: no note)
  '2028-01-17..2028-02-06 doorKerst', // s85-winter, 1 (before: no note)
  '2028-02-07..2028-05-31 -',
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

/**
 * Session 74 (s74-notes, 2): the Geschillencommissie's steps and the timeline's bezwaar steps for other decisions get the
 * holiday notes through the same picker (holidayNote). The tests marked "(failed before)" failed against b5f4f937 (no note).
 */
describe('the holiday notes on the Geschillencommissie and on the timeline\'s bezwaar steps', () => {
  const refusal = (day: string): Answers => ({ ...answersOf('aanmelden-geweigerd.json'), 'weigering-datum': day });
  const gpo = (answers: Answers, today: string) => buildPlan(answers, today).steps.find((s) => s.id === 'geschillencommissie');

  it('(failed before) the plan\'s own geschillencommissie step: its own texts (a request, not a bezwaar) in each window', () => {
    const cases: [string, string, string, string][] = [
      ['2027-05-20', '2027-05-21', '2027-07-01', GPO_IN_SUMMER_NOTE],
      ['2027-08-10', '2027-08-11', '2027-09-21', GPO_THROUGH_SUMMER_NOTE],
      ['2027-11-06', '2027-11-08', '2027-12-18', GPO_AROUND_CHRISTMAS_NOTE],
    ];
    for (const [decision, today, due, note] of cases) {
      const s = gpo(refusal(decision), today)!;
      expect(s.deadline?.due).toBe(due);
      expect(s.deadline?.certain).toBe(false);
      expect(s.note).toBeUndefined();
      expect(s.alsoNote).toMatch(/^ui:notes74\.gpo/);
      expect(s.alsoNote).toBe(note);
    }
  });
  it('not for the Geschillencommissie just outside a window, nor once passed, nor for an OPP dispute without a date', () => {
    expect(gpo(refusal('2027-05-19'), '2027-05-20')!.alsoNote).toBeUndefined();
    expect(gpo(refusal('2027-08-11'), '2027-08-12')!.alsoNote).toBeUndefined();
    expect(gpo(refusal('2027-11-05'), '2027-11-08')!.alsoNote).toBeUndefined();
    expect(gpo(refusal('2027-11-06'), '2027-12-19')!.deadline?.status).toBe('passed');
    expect(gpo(refusal('2027-11-06'), '2027-12-19')!.alsoNote).toBeUndefined();
    expect(holidayNote({ id: 'geschillencommissie', group: 'nu', section: 'geschillencommissie', letters: [], contacts: [], params: {} })).toBeUndefined();
  });
  it('(failed before) an earlier refusal logged in the timeline (eerdere-weigering, due 30 December 2027): winter73\'s note', () => {
    const plan = timelinePlan({
      id: 't', title: '', sources: [], story: '', today: '2027-11-26', answers: { ...refusal('2027-11-18'), 'aanmelding-datum': '2027-10-01' },
      timeline: [{ kind: 'aanmelding-ontvangen', date: '2027-11-19' }, { kind: 'besluit-geweigerd', date: '2027-11-25', how: 'brief' }],
    } as unknown as Scenario);
    const earlier = plan.steps.find((s) => s.id === 'eerdere-weigering')!;
    expect(earlier.deadline?.due).toBe('2027-12-30');
    expect(earlier.alsoNote).toBe(OBJECTION_AROUND_CHRISTMAS_NOTE);
    expect(plan.steps.find((s) => s.id === 'bezwaar-weigering')!.alsoNote).toBe(OBJECTION_AROUND_CHRISTMAS_NOTE);
  });
  it('the picker by step id: the timeline\'s families take the bezwaar notes, eerdere-geschillencommissie the GPO\'s, others none', () => {
    const at = (id: string) => holidayNote({ id, group: 'nu', section: 's', letters: [], contacts: [], params: {}, deadline: deadline('2027-11-20', 'besluit-bekend', 6, 'weeks', '2027-11-21') });
    for (const id of ['eerdere-weigering', 'eerdere-weigering-2', 'weigering-voor-toelating', 'eerdere-verwijdering-3', 'latere-verwijdering', 'eerdere-tlv-afwijzing', 'eerdere-tlv-toekenning', 'tlv-afwijzing-voor-toekenning', 'besluit-telefoon-bezwaar-2']) {
      expect(at(id), id).toBe(OBJECTION_AROUND_CHRISTMAS_NOTE);
    }
    expect(at('eerdere-geschillencommissie-2')).toBe(GPO_AROUND_CHRISTMAS_NOTE);
    // Session 77 (s77-holiday, 3): the school's own admission term has its own note (nothing for the parent to send), not the bezwaar's.
    expect(at('besluit-aanmelding')).toBe('ui:holiday77.besluitRondKerst');
    // Session 78 (s78-left, 2): the timeline's earlier registration (another school's own 6 weeks) takes the admission step's note.
    for (const id of ['eerdere-aanmelding', 'eerdere-aanmelding-2']) expect(at(id), id).toBe('ui:holiday77.besluitRondKerst');
    for (const id of ['schorsing-einde', 'klacht-indienen', 'eerdere-weigeringx', 'eerdere-aanmeldingx']) expect(at(id), id).toBeUndefined();
  });
  it('the pass replaces a holiday note set for an older deadline, removes it once none fits, and keeps a second note of another kind', () => {
    const base = { group: 'nu' as const, section: 's', letters: [], contacts: [], params: {} };
    const summer = deadline('2027-06-20', 'besluit-bekend', 6, 'weeks', '2027-06-21');
    const june = deadline('2027-05-01', 'besluit-bekend', 6, 'weeks', '2027-05-02');
    const [a, b, c] = withHolidayNotes([
      { ...base, id: 'bezwaar-weigering', deadline: summer, alsoNote: OBJECTION_AROUND_CHRISTMAS_NOTE },
      { ...base, id: 'bezwaar-weigering', deadline: june, alsoNote: OBJECTION_IN_SUMMER_NOTE },
      { ...base, id: 'bezwaar-weigering', deadline: summer, alsoNote: 'ui:other.note' },
    ]);
    expect(a!.alsoNote).toBe(OBJECTION_IN_SUMMER_NOTE);
    expect(b!.alsoNote).toBeUndefined();
    expect('alsoNote' in b!).toBe(false);
    expect(c!.alsoNote).toBe('ui:other.note');
    // Session 76 (s76-holiday, 2): 1 August 2027 is a Sunday, so the step also carries the day-off note.
    // Session 78 (s78-left, 2): beside the holiday note, the day-off note without "Reken dus met de dag die hier staat".
    const same = [{ ...base, id: 'bezwaar-weigering', deadline: summer, alsoNote: OBJECTION_IN_SUMMER_NOTE, dayOffNote: DAY_OFF_NOTES_BESIDE_HOLIDAY.weekend }];
    expect(withHolidayNotes(same)).toBe(same);
  });
  it('the Geschillencommissie notes are texts in every language, and name the commission', async () => {
    for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
      const ui = (await import(`../../src/content/generated/pagetexts.${lang}.ts`)) as { default: { notes74?: Record<string, string> } };
      for (const key of ['gpoInDeZomer', 'gpoDoorDeZomer', 'gpoRondKerst']) expect(ui.default.notes74?.[key], `${lang} ${key}`).toMatch(/Geschillencommissie/);
    }
  });
});

/**
 * Session 85 (s85-winter, 1): a bezwaar or Geschillencommissie term that runs through the kerstvakantie but ends after
 * 16 January (the holiday76 window). Found by s85-blind (tests/scenarios/071-blind-s85.yaml, 04a): a removal of 18 December
 * 2026, 6 weeks to Friday 29 January 2027, two of its weeks in the holiday, had no holiday note. No source pauses a term for
 * a holiday (A21, C09, E18): the day never moves; the note says count with that day. Stories: 071-winter-s85.yaml.
 * The tests marked "(failed before)" failed on e4b98762 (main before this branch: no note, no first-screen line).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan, holidayWindow, OBJECTION_THROUGH_CHRISTMAS_NOTE, type PlanStep } from '../../src/rules/plan';
import { deadline } from '../../src/rules/deadlines';
import { firstScreenParts, firstThings } from '../../src/ui/firstThings';
import type { Answers } from '../../src/flow/answers';

const answersOf = (file: string): Answers => (JSON.parse(readFileSync(`tests/answers/${file}`, 'utf8')) as { answers: Answers }).answers;
const CASES = [
  { id: 'bezwaar-verwijdering', file: 'handelingsverlegen-verwijderingsbesluit.json', key: 'verwijdering-datum' },
  { id: 'bezwaar-weigering', file: 'aanmelden-geweigerd.json', key: 'weigering-datum' },
  { id: 'tlv-bezwaar', file: 'tlv-besluit-oneens.json', key: 'tlv-besluit-datum' },
] as const;
const stepOf = (c: (typeof CASES)[number], decision: string, today: string, id: string = c.id): PlanStep => {
  const s = buildPlan({ ...answersOf(c.file), [c.key]: decision }, today).steps.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id}`);
  return s;
};
const holidayLines = (c: (typeof CASES)[number], decision: string, today: string): string[] =>
  firstScreenParts(firstThings(buildPlan({ ...answersOf(c.file), [c.key]: decision }, today))).flatMap((p) => (p.part === 'holiday' ? [p.key] : []));

describe('a bezwaar term that runs through the kerstvakantie and ends later in January', () => {
  for (const c of CASES) {
    it(`(failed before) ${c.id}: decision 18 December 2026, due 29 January 2027: the note, read before, in and after the holiday`, () => {
      for (const today of ['2026-12-18', '2026-12-28', '2027-01-04', '2027-01-29']) {
        const s = stepOf(c, '2026-12-18', today);
        expect(s.deadline?.due).toBe('2027-01-29');
        expect(s.alsoNote).toBe(OBJECTION_THROUGH_CHRISTMAS_NOTE);
      }
    });
    it(`${c.id}: the day after the last day, no note; the date never moves`, () => {
      const s = stepOf(c, '2026-12-18', '2027-01-30');
      expect(s.deadline?.due).toBe('2027-01-29');
      expect(s.alsoNote).toBeUndefined();
    });
  }
  it('(failed before) the window: 14 days or more in 18 December - 9 January, due 17 January or later', () => {
    const w = (start: string) => holidayWindow(deadline(start, 'besluit-bekend', 6, 'weeks', start));
    expect(w('2026-12-06')).toBe('doorKerst'); // due Sunday 17 January 2027, all 23 days in the window
    expect(w('2026-12-18')).toBe('doorKerst'); // due 29 January
    expect(w('2026-12-26')).toBe('doorKerst'); // due 6 February, 27 December - 9 January: 14 days
    expect(w('2026-12-27')).toBeUndefined(); // due 7 February, 13 days: mostly school time
    expect(w('2027-01-04')).toBeUndefined(); // due 15 February, after the holiday
    expect(w('2026-12-05')).toBe('naKerst'); // due 16 January: holiday76's note, not this one
    expect(w('2026-11-07')).toBe('kerst'); // due 19 December
    expect(w('2026-10-20')).toBeUndefined(); // due 1 December
  });
  it('(failed before) the Geschillencommissie\'s own text (a request, not a bezwaar)', () => {
    const s = stepOf(CASES[1], '2026-12-18', '2027-01-04', 'geschillencommissie');
    expect(s.deadline?.due).toBe('2027-01-29');
    expect(s.alsoNote).toBe('ui:winter85.gpoDoorKerst');
  });
  it('(failed before) one line on the first screen; none once the term has passed', () => {
    expect(holidayLines(CASES[0], '2026-12-18', '2027-01-04')).toEqual(['winter85.firstHolidayDoorKerst']);
    expect(holidayLines(CASES[0], '2026-12-18', '2027-01-30')).toEqual([]);
  });
  it('the texts: they keep the day (no later day), in six languages, and are short beside the date', () => {
    for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
      const ui = readFileSync(`content/${lang}/ui.yaml`, 'utf8');
      const section = ui.slice(ui.indexOf('\nwinter85:'));
      for (const key of ['bezwaarDoorKerst', 'gpoDoorKerst', 'firstHolidayDoorKerst']) expect(section, `${lang} ${key}`).toMatch(new RegExp(`\\n  ${key}: "[^"]{80,420}"`));
    }
    const nl = readFileSync('content/nl/ui.yaml', 'utf8');
    expect(nl).toMatch(/bezwaarDoorKerst: "Deze termijn loopt door de kerstvakantie\. Onze bronnen zeggen niet dat een termijn stilstaat in de vakantie\. Reken dus met de dag die hier staat/);
  });
});

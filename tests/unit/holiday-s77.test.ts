/**
 * Session 77 (s77-holiday): the older holiday notes said more than the sources, and two holiday gaps. The stories are in
 * tests/scenarios/063-holiday-s77.yaml. The tests marked "(failed before)" failed on d5a416d9, the tree before this change.
 * 1. No source (FACTS A04, A05, A21, C09, E18, F13) says a term runs on in a holiday or that a last day does not move (nor
 *    that it stops or moves). The holiday notes and the summer thuiszitten texts said "loopt in de vakantie gewoon door",
 *    "de laatste dag schuift niet op"; now: our sources do not say a term stops in the holiday, count with the day shown.
 * 2. The first screen names a last day that is a feestdag or a weekend day (firstThings().dayOff, part 'dayOff', ui
 *    holiday77.firstDag*): the working day before to send by, or "today" once that day has passed; below the actions.
 * 3. The school's own admission term (besluit-aanmelding, A04, A05) ending around Christmas gets a note at its step
 *    (ADMISSION_AROUND_CHRISTMAS_NOTE), and no first-screen holiday line (the parent sends nothing by that day).
 * No date moves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADMISSION_AROUND_CHRISTMAS_NOTE, buildPlan, stepNotes, type PlanStep } from '../../src/rules/plan';
import { firstScreenParts, firstThings } from '../../src/ui/firstThings';
import { loadTexts, renderFirstScreen, renderMarkdown } from '../../src/cli/plan';
import type { Answers } from '../../src/flow/answers';
import type { Lang } from '../../src/cli/plan';

const answersOf = (file: string, change: Answers): Answers => ({ ...(JSON.parse(readFileSync(`tests/answers/${file}`, 'utf8')) as { answers: Answers }).answers, ...change });
const nieuwjaar = answersOf('s77/holiday/nieuwjaar.json', {});
const admission = (received: string): Answers => answersOf('s77/holiday/aanmelding-kerst.json', { 'aanmelding-datum': received });
const step = (plan: ReturnType<typeof buildPlan>, id: string): PlanStep => {
  const s = plan.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id}`);
  return s;
};
const LANGS: Lang[] = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];

/** The old claims, in each language's words (the texts before this change). */
const OLD_CLAIMS: Record<Lang, RegExp> = {
  nl: /gewoon door|schuift niet op/,
  en: /keeps running during the holiday|last day does not move/,
  ar: /تستمر في السريان أثناء العطلة|اليوم الأخير لا يتغيّر/,
  tr: /tatilde de (işlemeye )?devam eder|son gün değişmez/,
  pl: /biegnie dalej (także )?w czasie (wakacji|ferii)|ostatni dzień się nie przesuwa/,
  uk: /триває (далі й|і|й) під час канікул|останній день не переноситься/,
};
const HOLIDAY_KEYS = [
  'summer72.bezwaarInDeZomer', 'winter73.bezwaarRondKerst', 'left73.bezwaarDoorDeZomer', 'notes74.gpoInDeZomer', 'notes74.gpoDoorDeZomer',
  'notes74.gpoRondKerst', 'order75.firstHolidayZomer', 'order75.firstHolidaySeptember', 'order75.firstHolidayKerst', 'holiday76.firstHolidayNaKerst',
];
const uiText = (ui: unknown, key: string): string => key.split('.').reduce((o: unknown, k) => (o as Record<string, unknown>)[k], ui) as string;

describe('1. the holiday notes say no more than the sources', () => {
  it('(failed before) no holiday note says, in any language, that a term runs on or that its last day does not move', async () => {
    for (const lang of LANGS) {
      const t = await loadTexts(lang);
      for (const key of HOLIDAY_KEYS) {
        const text = uiText(t.ui, key);
        expect(text, `${lang} ${key}`).not.toMatch(OLD_CLAIMS[lang]);
      }
    }
  });
  it('(failed before) the whole Dutch and English ui says it nowhere about a holiday', () => {
    expect(readFileSync('content/nl/ui.yaml', 'utf8')).not.toMatch(/vakantie gewoon door|schuift niet op/);
    expect(readFileSync('content/en/ui.yaml', 'utf8')).not.toMatch(/keeps running during the holiday|the last day does not move/);
  });
  it('(failed before) the Dutch notes say what is safe: our sources do not say a term stops; count with the day shown; whom to ask', async () => {
    const t = await loadTexts('nl');
    for (const key of HOLIDAY_KEYS) expect(uiText(t.ui, key), key).toMatch(/Onze bronnen zeggen niet dat (een termijn|hij)[^.]*stilstaat[^.]*\. Reken dus met de dag die hier staat\./);
    for (const key of HOLIDAY_KEYS.filter((k) => !k.includes('firstHoliday'))) expect(uiText(t.ui, key), key).toMatch(/Twijfel je\? Vraag het ouder- en jeugdsteunpunt\.$/);
  });
  it('(failed before) a refusal of 20 November 2026: both steps carry the new Christmas note, the date stays 1 January 2027', async () => {
    const plan = buildPlan(nieuwjaar, '2026-12-06');
    expect(step(plan, 'bezwaar-weigering').deadline?.due).toBe('2027-01-01');
    expect(step(plan, 'geschillencommissie').deadline?.due).toBe('2027-01-01');
    const md = renderMarkdown(plan, await loadTexts('nl'));
    expect(md).not.toMatch(/gewoon door|schuift niet op/);
    expect(md).toMatch(/rond de kerstvakantie[\s\S]*Onze bronnen zeggen niet dat een termijn stilstaat in de vakantie/);
  });
});

describe('2. a last day on a feestdag or in the weekend, on the first screen', () => {
  it('(failed before) Nieuwjaarsdag: the day, the working day before, not late; below the actions, above the holiday line', () => {
    const f = firstThings(buildPlan(nieuwjaar, '2026-12-06'));
    expect(f.dayOff).toEqual({ day: '2027-01-01', before: '2026-12-31', kind: 'feestdag', late: false });
    const parts = firstScreenParts(f).map((p) => p.part);
    expect(parts.indexOf('actions')).toBeLessThan(parts.indexOf('dayOff'));
    expect(parts.indexOf('dayOff')).toBeLessThan(parts.indexOf('holiday'));
    expect(parts.filter((p) => p === 'dayOff')).toHaveLength(1);
  });
  it('(failed before) on 31 December it still names that day; on 1 January itself it says today', () => {
    expect(firstThings(buildPlan(nieuwjaar, '2026-12-31')).dayOff?.late).toBe(false);
    const parts = firstScreenParts(firstThings(buildPlan(nieuwjaar, '2027-01-01')));
    expect(parts.find((p) => p.part === 'dayOff')).toMatchObject({ key: 'holiday77.firstDagFeestdagLaat' });
  });
  it('(failed before) a Saturday: the weekend line with Friday; Hemelvaart 2027: the working day before skips Bevrijdingsdag', () => {
    const sat = firstThings(buildPlan({ ...nieuwjaar, 'weigering-datum': '2027-03-06' }, '2027-03-08'));
    expect(sat.dayOff).toEqual({ day: '2027-04-17', before: '2027-04-16', kind: 'weekend', late: false });
    const hemelvaart = firstThings(buildPlan({ ...nieuwjaar, 'weigering-datum': '2027-03-25' }, '2027-03-26'));
    expect(hemelvaart.dayOff).toEqual({ day: '2027-05-06', before: '2027-05-04', kind: 'feestdag', late: false });
  });
  it('a plain Wednesday: no line', () => {
    expect(firstThings(buildPlan({ ...nieuwjaar, 'weigering-datum': '2027-03-03' }, '2027-03-04')).dayOff).toBeUndefined();
  });
  it('(failed before) the line in all six languages names both days', async () => {
    const plan = buildPlan(nieuwjaar, '2026-12-06');
    const want: Record<Lang, RegExp> = {
      nl: /de laatste dag, vrijdag 1 januari 2027, is een feestdag\. Verstuur je bezwaar of verzoek daarom uiterlijk op de werkdag ervoor: donderdag 31 december 2026\./,
      en: /the last day, Friday 1 January 2027, is a public holiday\. So send your objection or request by the working day before at the latest: Thursday 31 December 2026\./,
      ar: /1 يناير 2027[\s\S]*31 ديسمبر 2026/,
      tr: /1 Ocak 2027[\s\S]*31 Aralık 2026/,
      pl: /ostatni dzień, 1 stycznia 2027, to dzień świąteczny[\s\S]*31 grudnia 2026/,
      uk: /останній день, 1 січня 2027 р\., — святковий день[\s\S]*не пізніше 31 грудня 2026 р\.: /,
    };
    for (const lang of LANGS) {
      const first = renderFirstScreen(plan, await loadTexts(lang));
      expect(first, lang).toMatch(want[lang]);
      expect(first, lang).not.toMatch(/\{\{|\}\}/);
    }
  });
});

describe('3. the school\u2019s admission term around Christmas', () => {
  it('(failed before) received 16 November 2026: 6 weeks to 28 December; the step carries the note; the first screen no holiday line', () => {
    const plan = buildPlan(admission('2026-11-16'), '2026-12-06');
    const s = step(plan, 'besluit-aanmelding');
    expect(s.deadline?.due).toBe('2026-12-28');
    expect(stepNotes(s)).toContain(ADMISSION_AROUND_CHRISTMAS_NOTE);
    const parts = firstScreenParts(firstThings(plan));
    expect(parts.some((p) => p.part === 'holiday' || p.part === 'dayOff')).toBe(false);
  });
  it('(failed before) received 22 November 2027: to 3 January 2028, the note too', () => {
    const s = step(buildPlan(admission('2027-11-22'), '2027-12-20'), 'besluit-aanmelding');
    expect(s.deadline?.due).toBe('2028-01-03');
    expect(stepNotes(s)).toContain(ADMISSION_AROUND_CHRISTMAS_NOTE);
  });
  it('not for 14 December 2026 nor for 12 January 2027, nor once the day has passed', () => {
    expect(stepNotes(step(buildPlan(admission('2026-11-02'), '2026-12-06'), 'besluit-aanmelding'))).not.toContain(ADMISSION_AROUND_CHRISTMAS_NOTE);
    expect(stepNotes(step(buildPlan(admission('2026-12-01'), '2026-12-06'), 'besluit-aanmelding'))).not.toContain(ADMISSION_AROUND_CHRISTMAS_NOTE);
    expect(stepNotes(step(buildPlan(admission('2026-11-16'), '2026-12-29'), 'besluit-aanmelding'))).not.toContain(ADMISSION_AROUND_CHRISTMAS_NOTE);
  });
  it('(failed before) the Dutch note: no extra time for the holiday in our sources, more time only if told, ask now, the reminder', async () => {
    const md = renderMarkdown(buildPlan(admission('2026-11-16'), '2026-12-06'), await loadTexts('nl'));
    expect(md).toMatch(/rond de kerstvakantie[\s\S]*Onze bronnen noemen geen extra tijd voor de school door de vakantie\. Wil de school meer tijd\? Dan moet ze je dat laten weten\.[\s\S]*Stuur dan een herinnering/);
  });
});

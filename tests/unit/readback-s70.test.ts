/**
 * Session 70 (s70-readback): session 69's read-back of its own diff.
 *
 * Item 2, two notes on one step (30/31 July). "Zorg dat het OPP besproken wordt" (opp-evaluatie) for groep 7/8 in July or
 * August carries the summer note (left69.oppZomerOverstap: just finished groep 8? the OPP goes along to the VO school,
 * which assesses itself what the child needs, B38, H13, H14; going into groep 8? the step is the basisschool's). On the
 * school year's last day (31 July, B20; 001:272, 509) and the day before, the step also carries the s63 note "vandaag/
 * morgen is de laatste dag van dit schooljaar". A step had one note, so the s63 note won and the summer note was gone on
 * exactly the two days a parent of a child who just finished groep 8 is told to e-mail the basisschool today. Both say
 * something the other does not (which day, and which school the step is about now), so both show: the day first, then the
 * summer note. The tests marked "(failed before)" failed on the code before (the plan's second note, PlanStep.alsoNote, the
 * CLI's text and the page's step); the guards failed then only because stepNotes and stepView were not exported.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { loadPlanTexts, textOf, tFor } from './plan-texts';
import { buildPlan, OPP_SUMMER_AFTER_GROEP_8_NOTE, SCHOOL_YEAR_END_TODAY_NOTE, SCHOOL_YEAR_END_TOMORROW_NOTE, stepNotes, type Plan, type PlanStep } from '../../src/rules/plan';
import { FirstThings, stepView } from '../../src/ui/pages/PlanPage';
import { firstScreenParts, firstThings, type FirstScreenPart } from '../../src/ui/firstThings';
import { stepText } from '../../src/ui/deadlineText';
import { formatDate } from '../../src/rules/dates';
import { formatDateInText } from '../../src/rules/dateInText';
import { run } from '../../src/cli/plan';
import { agree, step, story } from './lawyer-kit';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const FILE = new URL('../answers/s69/left/4-groep78-opp.json', import.meta.url);
const answersOf = (url: URL) => (JSON.parse(readFileSync(url, 'utf8')) as { answers: Record<string, unknown> }).answers;
const eva = story(answersOf(FILE));
const younger = story(answersOf(new URL('../answers/s69/left/5-groep36-opp.json', import.meta.url)));
const opp = (p: Plan): PlanStep => step(p, 'opp-evaluatie')!;
const nl = (key: string) => tFor('nl').raw(key);

beforeAll(loadPlanTexts);

describe('item 2: on 30 and 31 July, groep 7/8: the last-day note and the summer note both (B20, B38, H13, H14)', () => {
  it('(failed before) Eva, Fri 30 Jul 2027: "morgen" first, then the summer note; the date of the step does not change', () => {
    const s = opp(agree(eva, '2027-07-30'));
    expect(s.note).toBe(SCHOOL_YEAR_END_TOMORROW_NOTE);
    expect(stepNotes(s)).toEqual([SCHOOL_YEAR_END_TOMORROW_NOTE, OPP_SUMMER_AFTER_GROEP_8_NOTE]);
    expect(s.params['ditSchooljaar']).toBe('2027-07-31');
  });
  it('(failed before) Eva, Sat 31 Jul 2027: "vandaag" first, then the summer note', () => {
    expect(stepNotes(opp(agree(eva, '2027-07-31')))).toEqual([SCHOOL_YEAR_END_TODAY_NOTE, OPP_SUMMER_AFTER_GROEP_8_NOTE]);
  });
  it('(failed before) the CLI (md, every language) prints both notes after the why, the day first', async () => {
    for (const lang of LANGS) {
      const r = await run([FILE.pathname, '--today', '2027-07-30', '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      const day = r.stdout.indexOf(tFor(lang).raw(SCHOOL_YEAR_END_TOMORROW_NOTE));
      const summer = r.stdout.indexOf(tFor(lang).raw(OPP_SUMMER_AFTER_GROEP_8_NOTE));
      expect(day, lang).toBeGreaterThan(0);
      expect(summer, lang).toBeGreaterThan(day);
    }
  });
  it('(failed before) the plan page\'s step shows both notes, each its own paragraph, the day first', () => {
    // Without its letters: their titles come from the table of contents, which this test does not load.
    const text = textOf(stepView({ ...opp(agree(eva, '2027-07-31')), letters: [] }, tFor('nl'), false));
    const lines = text.split('\n');
    const day = lines.indexOf(nl(SCHOOL_YEAR_END_TODAY_NOTE));
    expect(day).toBeGreaterThan(0);
    expect(lines.indexOf(nl(OPP_SUMMER_AFTER_GROEP_8_NOTE))).toBe(day + 1);
  });
  it('guard: Eva on Tue 10 Aug 2027 and Mon 5 Jul 2027: only the summer note', () => {
    for (const d of ['2027-08-10', '2027-07-05']) expect(stepNotes(opp(agree(eva, d))), d).toEqual([OPP_SUMMER_AFTER_GROEP_8_NOTE]);
  });
  it('guard: groep 3-6 on 30 July: only "morgen"; Eva in June: no note', () => {
    expect(stepNotes(opp(agree(younger, '2027-07-30')))).toEqual([SCHOOL_YEAR_END_TOMORROW_NOTE]);
    // Session 71 (s71-spring): in June only the before-summer note (spring71.oppVoorDeZomer).
    expect(stepNotes(opp(agree(eva, '2027-06-07')))).toEqual(['ui:spring71.oppVoorDeZomer']);
  });
});

/*
 * Item 4: the first screen's order lives in one pure function (firstScreenParts, src/ui/firstThings.ts) that the plan page
 * (FirstThings) and the CLI (renderFirstScreen) both render. A refactor: these tests did not exist before (firstScreenParts
 * did not), and hold that both renderers show every part in the function's order, and the order's own rules.
 */
describe('item 4: one order for the first screen, page and CLI alike', () => {
  const dir = new URL('../answers/', import.meta.url);
  const files = ['s69/blind', 's68/gpoopp', 's67/first', 's65', 's62']
    .flatMap((d) => readdirSync(new URL(`${d}/`, dir)).filter((f) => f.endsWith('.json')).map((f) => new URL(`${d}/${f}`, dir)));
  const DATES = ['2026-12-07', '2027-07-30', '2027-08-20'];
  /** A text each part says, to find it in the page's and the CLI's text (Dutch). */
  const marker = (p: FirstScreenPart, t = tFor('nl')): string | undefined => {
    switch (p.part) {
      case 'next': return t('planFirst.nextDate');
      case 'also': return t('firstScreen.alsoDate');
      case 'meeting': return t.raw(`ui:moment.${p.step.moment.what}`, { date: formatDateInText(p.step.moment.date, 'nl') });
      case 'extended': return stepText(p.step, 'title', t);
      case 'unknownClock': case 'gpoOpp': case 'noDate': return t(p.key);
      // Session 75 (s75-order, 3): a term on the screen ends in a school holiday, once per window.
      case 'holiday': return t(p.key);
      // Session 77 (s77-holiday, 2): a last day on a weekend or feestdag.
      case 'dayOff': return t(p.key, { date: formatDateInText(p.day, 'nl'), before: formatDateInText(p.before, 'nl') });
      case 'choice': return t(p.key, { date: formatDate(p.date, 'nl') }).slice(0, 40);
      case 'alert': return t.raw(`${p.warning.texts ?? `steps:warnings.${p.warning.id}`}.title`);
      case 'actions': return t(p.steps.length > 1 ? 'planFirst.actionsMany' : 'planFirst.actionsOne');
    }
  };
  const inOrder = (text: string, markers: string[]) => {
    let at = 0;
    for (const m of markers) {
      const i = text.indexOf(m, at);
      if (i < 0) return `missing after ${at}: ${m}`;
      at = i + m.length;
    }
    return 'in order';
  };

  it('every answers file of the first-screen rounds, three dates: the page and the CLI show the parts in firstScreenParts\' order', async () => {
    let checked = 0;
    for (const file of files) {
      for (const today of DATES) {
        const r = await run([file.pathname, '--today', today, '--format', 'first']);
        if (r.code !== 0) continue; // an answer dated after this day
        const plan = buildPlan(answersOf(file) as never, today);
        const parts = firstScreenParts(firstThings(plan));
        expect(parts.filter((p) => p.part === 'actions'), `${file.pathname} ${today}`).toHaveLength(1);
        const page = textOf(FirstThings({ plan, t: tFor('nl') }));
        const all = parts.map((p) => marker(p)!);
        expect(inOrder(page, all), `page ${file.pathname} ${today}`).toBe('in order');
        // The CLI leaves out what the page shows only on the parent's own device (no date, beside a talk).
        const cli = parts.filter((p) => !(p.part === 'noDate' && p.privateOnly)).map((p) => marker(p)!);
        expect(inOrder(r.stdout, cli), `cli ${file.pathname} ${today}`).toBe('in order');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  // Session 75 (s75-order, 3): the holiday line (a term on the screen ends in a school holiday) comes below the actions too.
  it('a follow-up\'s date, the OPP dispute\'s possible term and the holiday line come below the actions; every other date line above them', () => {
    let seen = 0;
    for (const file of files) {
      for (const today of DATES) {
        const parts = firstScreenParts(firstThings(buildPlan(answersOf(file) as never, today)));
        const actions = parts.findIndex((p) => p.part === 'actions');
        parts.forEach((p, i) => {
          const below = p.part === 'gpoOpp' || p.part === 'holiday' || p.part === 'dayOff' || (p.part === 'next' && p.followUp !== undefined);
          expect(i > actions, `${file.pathname} ${today} ${p.part}`).toBe(below);
          if (below) seen++;
        });
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('no actions, no first screen', () => {
    expect(firstScreenParts({ actions: [] })).toEqual([]);
  });
});

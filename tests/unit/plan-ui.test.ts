/**
 * Issue 12, the pure parts of the plan and letter pages: the "Eerst dit" selection, the Dutch
 * letter's date line and e-mail subject, the .docx subject line, and the letters grouped by goal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';
import { firstThings } from '../../src/ui/firstThings';
import { FOLLOW_UPS } from '../../src/rules/order';
import { placeAndDate, placeOf, subjectOf } from '../../src/ui/letterLayout';
import { mailForLetter, decodeMailPart, MAILTO_MAX } from '../../src/app/export/mail';
import { documentXml } from '../../src/app/export/docx';
import { lettersByGoal, LETTER_GOALS } from '../../src/ui/pages/LetterListPage';
import tocNl from '../../src/content/generated/toc.nl';

const DIR = fileURLToPath(new URL('../answers', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const fromFile = (f: string): Answers => (JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as { answers: Answers }).answers;
const TODAY = '2026-11-23';

describe('"Eerst dit" takes the plan as it is', () => {
  for (const f of files) {
    it(`${f}: the first urgent steps in plan order, and the nearest date still ahead`, () => {
      const plan = buildPlan(fromFile(f), TODAY);
      const { actions, next } = firstThings(plan);
      const now = plan.steps.filter((s) => s.group === 'nu');
      expect(actions).toEqual((now.length ? now : plan.steps).slice(0, 2));
      // The parent's own terms first; a follow-up of what the parent sent (FOLLOW_UPS) only when none is ahead.
      const open = plan.steps.filter((s) => s.deadline && s.deadline.status !== 'passed');
      const own = open.filter((s) => !FOLLOW_UPS.includes(s.id)).map((s) => s.deadline!.daysLeft);
      const ahead = own.length ? own : open.map((s) => s.deadline!.daysLeft);
      if (ahead.length) expect(next?.deadline.daysLeft).toBe(Math.min(...ahead));
      else expect(next).toBeUndefined();
    });
  }

  it('a talk at school before the nearest date is the day to prepare for; after it, or past, it is not', () => {
    let shown = 0;
    for (const f of files) {
      const answers = fromFile(f);
      if (!answers['situatie']) continue;
      for (const [day, when] of [['2026-11-25', 'soon'], ['2027-06-30', 'late'], ['2026-11-20', 'past']] as const) {
        const plan = buildPlan({ ...answers, 'gesprek-gepland': 'ja', 'gesprek-datum': day }, TODAY);
        const { next, meeting } = firstThings(plan);
        const planned = plan.steps.find((s) => s.moment);
        if (!planned) continue;
        if (when === 'past') expect(meeting, f).toBeUndefined();
        else if (!next || next.deadline.due > day) {
          expect(meeting?.moment.date, `${f} ${day}`).toBe(day);
          shown++;
        } else expect(meeting, `${f} ${day}`).toBeUndefined();
      }
    }
    expect(shown).toBeGreaterThan(3);
  });

  it('never shows a passed date as the next date, and follows a reordered plan', () => {
    const plan = buildPlan(fromFile('thuiszitten-geschorst.json'), '2026-11-29');
    expect(plan.steps.some((s) => s.deadline?.status === 'passed')).toBe(true);
    expect(firstThings(plan).next?.deadline.status).not.toBe('passed');
    const reversed = { ...plan, steps: [...plan.steps].reverse() };
    const now = reversed.steps.filter((s) => s.group === 'nu');
    expect(firstThings(reversed).actions.map((s) => s.id)).toEqual(now.slice(0, 2).map((s) => s.id));
  });
});

describe('a Dutch letter', () => {
  it('puts the town before the date: "Utrecht, 3 maart 2026"', () => {
    expect(placeOf('3511 AB Utrecht')).toBe('Utrecht');
    expect(placeOf('3511AB  Den Haag')).toBe('Den Haag');
    expect(placeOf('Utrecht')).toBe('Utrecht');
    expect(placeOf('')).toBe('');
    expect(placeOf(undefined)).toBe('');
    expect(placeAndDate('3511 AB Utrecht', '3 maart 2026')).toBe('Utrecht, 3 maart 2026');
    expect(placeAndDate(undefined, '3 maart 2026')).toBe('3 maart 2026');
    expect(placeAndDate('3511 AB', '3 maart 2026')).toBe('3 maart 2026');
  });

  it('mails with the "Onderwerp:" line as subject and the letter, unchanged, as body', () => {
    const text = 'Jan\nStraat 1\n\nOnderwerp: Aanmelding van Noah & Mila\n\nBeste directeur,\n\nGroet';
    expect(subjectOf(text, 'x')).toBe('Aanmelding van Noah & Mila');
    expect(subjectOf('Geen onderwerpregel', 'Terugval')).toBe('Terugval');
    const { url, fits } = mailForLetter(text, subjectOf(text, 'x'));
    expect(fits).toBe(true);
    expect(decodeMailPart(/[?&]subject=([^&]*)/.exec(url)![1]!)).toBe('Aanmelding van Noah & Mila');
    expect(decodeMailPart(/[?&]body=([^&]*)/.exec(url)![1]!)).toBe(text);
    expect(mailForLetter('x'.repeat(MAILTO_MAX), 's').fits).toBe(false);
  });

  it('has a bold subject line in the .docx, the other lines plain', () => {
    const xml = documentXml('Jan\n\nOnderwerp: Aanmelding\n\nBeste directeur,');
    const paras = xml.match(/<w:p>[\s\S]*?<\/w:p>/g)!;
    expect(paras.filter((p) => p.includes('<w:b/>')).map((p) => /<w:t[^>]*>([^<]*)/.exec(p)![1])).toEqual(['Onderwerp: Aanmelding']);
  });
});

describe('letters by what a parent wants to do', () => {
  it('puts every letter under a goal, once, and a new letter under "Andere brieven"', () => {
    const ids = Object.keys(tocNl.letterTitles);
    const groups = lettersByGoal(ids);
    expect(groups.flatMap(([, l]) => l).sort()).toEqual([...ids].sort());
    expect(groups.map(([g]) => g)).not.toContain('overig');
    for (const [, l] of LETTER_GOALS) for (const id of l) expect(ids, `${id} is a letter`).toContain(id);
    expect(lettersByGoal([...ids, 'nieuwe-brief']).at(-1)).toEqual(['overig', ['nieuwe-brief']]);
  });
});

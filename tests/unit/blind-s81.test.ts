/**
 * Session 81 (s81-blind): the two app wrongs the blind round in tests/scenarios/067-blind-s81.yaml found. The tests marked
 * "(failed before)" failed on 587cd031, the tree before this change.
 * 1. The first screen's day-off line (session 77, holiday77.firstDag*) named the working day before a last day on a feestdag
 *    or in the weekend, but did not say when that working day is today: a removal's bezwaar ending on Nieuwjaarsdag read
 *    on 31 December said "uiterlijk op de werkdag ervoor: donderdag 31 december 2026" beside "Nog 1 dag"; a refusal's ending
 *    on Hemelvaartsdag 2027 read on 4 May (Bevrijdingsdag between) the same. Now: "De werkdag ervoor is vandaag" (ui
 *    blind81). No date moves.
 * 2. The refusal's bezwaar step (bezwaar-weigering, and its variant after an admission elsewhere) did not say the grounds
 *    a parent most often has: before refusing a child who needs extra support the school must consult the parents about
 *    the need (A13, 002:678-686) and investigate what support it can give (A07, 001:121-124, 002:638-650), and give its
 *    findings (A20, 004:4399-4402). The chapter said it; the plan said only "schrijf waarom je het oneens bent".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import { dayOffLineKey, firstScreenParts, firstThings } from '../../src/ui/firstThings';
import { loadTexts, renderFirstScreen, renderMarkdown, type Lang } from '../../src/cli/plan';
import type { Answers } from '../../src/flow/answers';

const LANGS: Lang[] = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];
const nieuwjaar = (JSON.parse(readFileSync('tests/answers/s77/holiday/nieuwjaar.json', 'utf8')) as { answers: Answers }).answers;
const hemelvaart: Answers = { ...nieuwjaar, 'weigering-datum': '2027-03-25' };

/** "today" in each language's line (ui blind81). */
const TODAY: Record<Lang, RegExp> = {
  nl: /De werkdag ervoor is vandaag, donderdag 31 december 2026\. Verstuur je bezwaar of verzoek daarom vandaag/,
  en: /The working day before it is today, Thursday 31 December 2026\. So send your objection or request today/,
  ar: /يوم العمل الذي قبله هو اليوم، .*31.*2026\. لذلك أرسل اعتراضك أو طلبك اليوم/,
  tr: /Ondan önceki iş günü bugün, .*31.*2026[^.]*\. Bu yüzden itirazınızı veya başvurunuzu bugün/,
  pl: /Dzień roboczy przed nim to dzisiaj, .*31.*2026\. Wyślij więc sprzeciw lub wniosek dzisiaj/,
  uk: /Робочий день перед ним — сьогодні \(.*31.*2026.*\)\. Тож надішліть заперечення або заяву сьогодні/,
};

describe('1. the day-off line when the working day before is today', () => {
  it('(failed before) Nieuwjaarsdag read on 31 December: the "vandaag" line, not the plain one; not late', () => {
    const f = firstThings(buildPlan(nieuwjaar, '2026-12-31'));
    expect(f.dayOff).toMatchObject({ day: '2027-01-01', before: '2026-12-31', late: false, today: true });
    expect(firstScreenParts(f).find((p) => p.part === 'dayOff')).toMatchObject({ key: 'blind81.firstDagFeestdagVandaag' });
  });
  it('(failed before) Hemelvaartsdag 2027 read on Tuesday 4 May (Bevrijdingsdag between): "vandaag"', () => {
    const f = firstThings(buildPlan(hemelvaart, '2027-05-04'));
    expect(f.dayOff).toMatchObject({ day: '2027-05-06', before: '2027-05-04', today: true });
    expect(dayOffLineKey(f.dayOff!)).toBe('blind81.firstDagFeestdagVandaag');
  });
  it('(failed before) a Saturday read on the Friday before: the weekend "vandaag" line', () => {
    const f = firstThings(buildPlan({ ...nieuwjaar, 'weigering-datum': '2027-03-06' }, '2027-04-16'));
    expect(f.dayOff).toMatchObject({ day: '2027-04-17', before: '2027-04-16', today: true });
    expect(dayOffLineKey(f.dayOff!)).toBe('blind81.firstDagWeekendVandaag');
  });
  it('the day before that working day and the day after it keep their lines (plain, then late)', () => {
    expect(dayOffLineKey(firstThings(buildPlan(nieuwjaar, '2026-12-30')).dayOff!)).toBe('holiday77.firstDagFeestdag');
    expect(firstThings(buildPlan(nieuwjaar, '2026-12-30')).dayOff).not.toHaveProperty('today');
    expect(dayOffLineKey(firstThings(buildPlan(hemelvaart, '2027-05-05')).dayOff!)).toBe('holiday77.firstDagFeestdagLaat');
  });
  it('(failed before) the line in all six languages says today and names both days; the dates do not move', async () => {
    const plan = buildPlan(nieuwjaar, '2026-12-31');
    expect(plan.steps.find((s) => s.id === 'bezwaar-weigering')?.deadline?.due).toBe('2027-01-01');
    for (const lang of LANGS) {
      const first = renderFirstScreen(plan, await loadTexts(lang));
      expect(first, lang).toMatch(TODAY[lang]);
      expect(first, lang).not.toMatch(/\.\./);
    }
  });
});

describe('2. the refusal bezwaar names the consultation and the investigation as grounds', () => {
  const GROUNDS: Record<Lang, RegExp> = {
    nl: /met je overleggen over wat je kind nodig heeft, voordat ze weigert\. Ook moet ze onderzoeken welke hulp ze kan geven\..*Vraag ook om het verslag van dat onderzoek\./,
    en: /talk with you about what your child needs before it refuses\. It must also find out what support it can give\..*report of that investigation/,
    ar: /تتشاور معك حول ما يحتاجه طفلك، قبل أن ترفض/,
    tr: /reddetmeden önce çocuğunuzun neye ihtiyacı olduğunu sizinle konuşmalıdır/,
    pl: /porozmawiać z tobą o tym, czego potrzebuje dziecko, zanim odmówi/,
    uk: /обговорити з вами, чого потребує дитина, перш ніж відмовити/,
  };
  it('(failed before) in the plan of a written refusal, in six languages, as a paragraph of its own', async () => {
    const plan = buildPlan(hemelvaart, '2027-05-04');
    for (const lang of LANGS) {
      const md = renderMarkdown(plan, await loadTexts(lang));
      expect(md, lang).toMatch(GROUNDS[lang]);
      // A paragraph of its own: the line before it is the step's first paragraph, ending with the complaint sentence.
      expect(md.split('\n').find((l) => GROUNDS[lang].test(l)), lang).toMatch(/^\S/);
    }
  });
  it('(failed before) the variant after an admission elsewhere says it too (enrolled76, same why)', async () => {
    for (const lang of LANGS) {
      const t = await loadTexts(lang);
      const ui = t.ui as { enrolled76: { planStep: { bezwaarWeigeringIngeschreven: { why: string } } } };
      expect(ui.enrolled76.planStep.bezwaarWeigeringIngeschreven.why, lang).toMatch(GROUNDS[lang]);
    }
  });
});

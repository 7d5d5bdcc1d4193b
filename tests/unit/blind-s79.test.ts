/**
 * Session 79 (s79-blind): a blind round on the FACTS rows cited least (tests/scenarios/065-blind-s79.yaml). 16 stories
 * written from FACTS.md and the seeds before any plan was run; every date the plan gave held as written. Two facts the
 * plan lacked (app wrong), now one short line each in the six languages (content/<lang>/steps.yaml):
 * 1. E04 (001:916-920): the samenwerkingsverband must have the advice of two experts, one an orthopedagoog or
 *    psycholoog. tlv-bezwaar now says to check the decision for it (s079-blind-tlv-afgewezen-zomer-vandaag). Before,
 *    only chapter 07 and maatwerk-onderwijstijd (D17) said it; the bezwaar letter already asks for the experts' advice.
 * 2. B32, B34 (001:458-460): psychological research needs the parents' consent, and they get the results first and
 *    decide what to share with the school; share what the school needs to help. onderzoek-vragen said only the consent
 *    (s079-blind-dossier-kerst-psycholoog).
 * Both text tests failed before the fix (content of 7139818b); the plan tests are guards (dates unchanged) and read the
 * first screen in another language (en, ar, tr, pl, uk).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';
import { loadTexts, renderFirstScreen } from '../../src/cli/plan';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
type Lang = (typeof LANGS)[number];
type ByLang = Record<Lang, RegExp>;
const step = (lang: Lang, id: string): string =>
  (parse(readFileSync(`content/${lang}/steps.yaml`, 'utf8')) as { steps: Record<string, Record<string, string>> }).steps[id]!.why!;

const E04: ByLang = {
  nl: /Het samenwerkingsverband moet voor een TLV advies vragen aan twee deskundigen\. Een van hen is een orthopedagoog of psycholoog\. Staat dat niet in het besluit\? Vraag de adviezen op en noem het in je bezwaar\./,
  en: /For a TLV, the samenwerkingsverband must ask two experts for advice\. One of them is an orthopedagogue \(orthopedagoog\) or a psychologist\. Is that not in the decision\? Ask for the advice and mention it in your objection\./,
  ar: /يجب على الـ samenwerkingsverband أن يطلب لـ TLV رأي خبيرين اثنين\. أحدهما أخصائي تربوي \(orthopedagoog\) أو أخصائي نفسي\./,
  tr: /Samenwerkingsverband, bir TLV için iki uzmandan görüş almalıdır\. Bunlardan biri ortopedagog \(orthopedagoog\) veya psikologdur\./,
  pl: /Przy TLV samenwerkingsverband musi zasięgnąć opinii dwóch specjalistów\. Jednym z nich jest ortopedagog \(orthopedagoog\) albo psycholog\./,
  uk: /Для TLV samenwerkingsverband має отримати пораду двох фахівців\. Один із них — ортопедагог \(orthopedagoog\) або психолог\./,
};
const B32: ByLang = {
  nl: /Voor psychologisch onderzoek is jouw toestemming nodig\. Jij krijgt de uitkomsten als eerste, en jij beslist wat je ervan met de school deelt\. Deel wel wat de school nodig heeft om je kind goed te helpen\./,
  en: /Psychological testing needs your consent\. You get the results first, and you decide what to share with the school\. Do share what the school needs to help your child well\./,
  ar: /للفحص النفسي يلزم إذنك\. أنت تحصل على النتائج أولاً، وأنت تقرّر ما تشاركه منها مع المدرسة\./,
  tr: /Psikolojik inceleme için sizin izniniz \(toestemming\) gerekir\. Sonuçları ilk önce siz alırsınız ve okulla neyi paylaşacağınıza siz karar verirsiniz\./,
  pl: /Na badanie psychologiczne potrzebna jest twoja zgoda\. Wyniki dostajesz jako pierwszy\/pierwsza i sam\/sama decydujesz, czym podzielisz się ze szkołą\./,
  uk: /Для психологічного обстеження потрібен ваш дозвіл\. Результати ви отримуєте першими й самі вирішуєте, чим поділитися зі школою\./,
};

describe('s79-blind: the lines the plan lacked, in all six languages', () => {
  it('E04: tlv-bezwaar says the decision needs two experts\' advice (one an orthopedagoog or psycholoog)', () => {
    for (const l of LANGS) expect(step(l, 'tlv-bezwaar'), l).toMatch(E04[l]);
  });
  it('B32, B34: onderzoek-vragen says the parents get the results first and decide what to share', () => {
    for (const l of LANGS) expect(step(l, 'onderzoek-vragen'), l).toMatch(B32[l]);
  });
});

interface Raw { id: string; answers: Answers; today: IsoDate }
const scenario = (id: string): Raw => (parse(readFileSync('tests/scenarios/065-blind-s79.yaml', 'utf8')) as Raw[]).find((x) => x.id === id)!;
const planOf = (id: string) => {
  const s = scenario(id);
  return buildPlan(s.answers, s.today);
};

describe('s79-blind: the plans behind the fixes, and first screens in the parent\'s own language', () => {
  it('en: Noah, TLV refused on 8 July 2027, read on 19 August: the (uncertain) bezwaar day is today, the step names the two experts', async () => {
    const p = planOf('s079-blind-tlv-afgewezen-zomer-vandaag');
    const d = p.steps.find((s) => s.id === 'tlv-bezwaar')!.deadline!;
    expect(d.due).toBe('2027-08-19');
    expect(d.certain).toBe(false);
    const first = renderFirstScreen(p, await loadTexts('en'));
    expect(first).toMatch(/\*\*Send an objection to the samenwerkingsverband\*\* By Thursday 19 August 2027 at the latest\. That is today\./);
    expect(first).toMatch(/not certain/);
    expect(step('en', 'tlv-bezwaar')).toMatch(E04.en);
  });
  it('ar: Milan, refused on 25 March 2027: the bezwaar ends on Hemelvaartsdag 6 May, read on 5 May; the day does not move', async () => {
    const p = planOf('s079-blind-weigering-hemelvaart-richting');
    const d = p.steps.find((s) => s.id === 'bezwaar-weigering')!.deadline!;
    expect(d.due).toBe('2027-05-06');
    expect(d.certain).toBe(true);
    const first = renderFirstScreen(p, await loadTexts('ar'));
    expect(first).toMatch(/\*\*أقرب تاريخ: الخميس، 6 مايو 2027\*\*/);
    expect(first).toMatch(/يوم عطلة رسمية/);
  });
  it('tr: Daan, removal of 5 April 2027 without another school: the bezwaar day is Pinkstermaandag 17 May', async () => {
    const p = planOf('s079-blind-verwijdering-pinkstermaandag-geen-school');
    expect(p.steps.find((s) => s.id === 'bezwaar-verwijdering')!.deadline?.due).toBe('2027-05-17');
    expect(renderFirstScreen(p, await loadTexts('tr'))).toMatch(/17 Mayıs 2027 Pazartesi/);
  });
  it('pl: Youssef, suspended on 19 April 2027: the week ended on 26 April in the meivakantie; back to school first, read on 3 May', async () => {
    const p = planOf('s079-blind-schorsing-over-meivakantie');
    const d = p.steps.find((s) => s.id === 'schorsing-einde')!.deadline!;
    expect(d.due).toBe('2027-04-26');
    expect(p.steps.some((s) => s.id === 'bezwaar-verwijdering')).toBe(false);
    expect(renderFirstScreen(p, await loadTexts('pl'))).toMatch(/1\. \*\*Zadbaj o to, by dziecko mogło wrócić do szkoły\*\* Najpóźniej: poniedziałek, 26 kwietnia 2027\. Ta data już minęła\./);
  });
  it('uk: Sophie, help stopped "the class is full", complaint of 14 December 2026 read on 4 January: the 4 weeks (not certain) end on 11 January', async () => {
    const p = planOf('s079-blind-klas-vol-klacht-kerst');
    const d = p.steps.find((s) => s.id === 'klacht-loopt')!.deadline!;
    expect(d.due).toBe('2027-01-11');
    expect(d.certain).toBe(false);
    expect(renderFirstScreen(p, await loadTexts('uk'))).toMatch(/\*\*Найближча дата: понеділок, 11 січня 2027 р\.\*\* Залишилося 7 днів\. Увага, цей строк точно не відомий\./);
  });
});

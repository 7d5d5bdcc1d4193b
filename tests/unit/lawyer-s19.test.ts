/**
 * Session 19, the parents' lawyer: what the scenario suite (tests/scenarios/006-advocaat-s19.yaml) cannot hold,
 * each a test that failed before the fix.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASE_LANG, LANGUAGES } from '../../src/languages';
import { buildPlan } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import type { TimelineEvent } from '../../src/timeline/model';
import type { Answers } from '../../src/flow/answers';
import { buildCard } from '../../src/meeting/card';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

/** Every content file of a language, by path inside content/<lang>/, split into lines (one text line each). */
function linesOf(lang: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${rel}${name}/`);
      else out.set(`${rel}${name}`, readFileSync(full, 'utf8').split('\n'));
    }
  };
  walk(join(CONTENT, lang), '');
  return out;
}

/**
 * The OPP is evaluated with the parents at least once per SCHOOL YEAR: the law's wording as 002:882-884 gives it
 * ("tenminste één keer per schooljaar"), 004:1342 and 001:272/476 (the inspectie's standard). 001:509 and the brochure
 * (000:152, 572) say "per jaar" loosely. Every text says the same: per school year. The glossary said "per jaar" in
 * all six languages, and English chapter 7 "the yearly review".
 */
describe('the OPP evaluation is per school year in every text and language', () => {
  const nl = linesOf(BASE_LANG);
  it('Dutch: never "één keer per jaar" or "jaarlijks"', () => {
    const bad = [...nl].flatMap(([f, ls]) => ls.filter((l) => /(keer|maal) per jaar|jaarlijks/i.test(l)).map((l) => `${f}: ${l.trim()}`));
    expect(bad).toEqual([]);
  });
  /** "School year" in each translation, and "a year"/"yearly" without "school". */
  const SCHOOL_YEAR: Record<string, RegExp> = {
    en: /school year/gi, tr: /okul yıl/gi, pl: /rok\w* szkoln|szkoln\w* rok/gi, uk: /навчальн\S* р/gi, ar: /سنة دراسية|السنة الدراسية/g,
  };
  const YEARLY: Record<string, RegExp> = {
    en: /once a year|every year|each year|yearly/i,
    tr: /her yıl (en az|bir)|yılda bir kez/i,
    pl: /raz w roku(?! szkoln)|co roku/i,
    uk: /раз на рік|щороку/i,
    ar: /مرة واحدة على الأقل في السنة(?! الدراسية)|سنوياً/,
  };
  const count = (ls: readonly string[], re: RegExp) => ls.reduce((n, l) => n + (l.match(re)?.length ?? 0), 0);
  for (const lang of LANGUAGES.map((x) => x.code).filter((c) => c !== BASE_LANG)) {
    it(`${lang}: every file says "school year" at least as often as Dutch says "per schooljaar", and never "once a year"`, () => {
      const other = linesOf(lang);
      const problems: string[] = [];
      for (const [f, ls] of nl) {
        const want = count(ls, /per schooljaar/gi);
        const theirs = other.get(f);
        if (!want || !theirs) continue;
        const got = count(theirs, SCHOOL_YEAR[lang]!);
        if (got < want) problems.push(`${f}: "per schooljaar" ${want}×, school year ${got}×`);
      }
      for (const [f, ls] of other) for (const l of ls) if (YEARLY[lang]!.test(l)) problems.push(`${f}: ${l.trim()}`);
      expect(problems).toEqual([]);
    });
  }
});

/** A meeting whose day has passed, recorded later on the meeting card (issue 18): both are about the same meeting. */
describe('a past meeting: record it, and the plan keeps the step until the parent ticks it', () => {
  const answers: Answers = {
    situatie: ['thuiszitten'], 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2026-11-02', 'thuis-hoeveel': 'helemaal', ingeschreven: 'ja',
    'lessen-nu': 'nee', 'lpa-betrokken': 'ja', opp: 'weet-niet', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
    'gesprek-gepland': 'ja', 'gesprek-datum': '2026-11-20', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
  };
  it('the meeting date before today gives gesprek-vastleggen with the date, not gesprek-voorbereiden; the day itself says "vandaag"', () => {
    const past = buildPlan(answers, '2026-11-30');
    const ids = past.steps.map((s) => s.id);
    expect(ids).toContain('gesprek-vastleggen');
    expect(ids).not.toContain('gesprek-voorbereiden');
    expect(ids).not.toContain('afspraken-bevestigen');
    const step = past.steps.find((s) => s.id === 'gesprek-vastleggen')!;
    expect(step).toMatchObject({ group: 'nu', params: { gesprek: '2026-11-20' }, letters: ['bevestiging-afspraken'] });
    expect(step.moment).toBeUndefined();
    expect(step.deadline).toBeUndefined();
    const today = buildPlan(answers, '2026-11-20').steps.find((s) => s.id === 'gesprek-voorbereiden');
    expect(today?.moment).toEqual({ what: 'gesprek-vandaag', date: '2026-11-20' });
    // Session 64 (s64-blind D1): the day before says "morgen" (moment gesprek-morgen); two days before, the date alone.
    const before = buildPlan(answers, '2026-11-19').steps.find((s) => s.id === 'gesprek-voorbereiden');
    expect(before?.moment).toEqual({ what: 'gesprek-morgen', date: '2026-11-20' });
    const twoBefore = buildPlan(answers, '2026-11-18').steps.find((s) => s.id === 'gesprek-voorbereiden');
    expect(twoBefore?.moment).toEqual({ what: 'gesprek', date: '2026-11-20' });
    expect(buildPlan(answers, '2026-11-19').steps.map((s) => s.id)).not.toContain('gesprek-vastleggen');
  });
  it('the meeting card does not show a past meeting day as the coming meeting', () => {
    const past = buildCard(answers, [], '2026-11-30');
    expect(past.meetingDate).toBeUndefined();
    expect(past.pastMeetingDate).toBe('2026-11-20');
    expect(buildCard(answers, [], '2026-11-20')).toMatchObject({ meetingDate: '2026-11-20' });
    expect(buildCard(answers, [], '2026-11-20').pastMeetingDate).toBeUndefined();
  });
  it('a recorded meeting adds its own steps beside it (the plan command and page use withMeetings)', () => {
    const ev = {
      id: 'eMtg20', kind: 'gesprek', date: '2026-11-20', parties: ['school'], note: '',
      meeting: { present: '', outcome: 'later', agreements: [] },
    } as unknown as TimelineEvent;
    const plan = withMeetings(buildPlan(answers, '2026-11-30'), [ev]);
    expect(plan.steps.map((s) => s.id)).toEqual(expect.arrayContaining(['gesprek-vastleggen', 'gesprek-emtg20-besluit']));
  });
});

/**
 * The letter to the leerplichtambtenaar is linked from leerplicht-inschakelen, which is "nu" for a child enrolled
 * nowhere (and from verzuim-niet-ingeschreven). It said "{{kind_voornaam}} staat ingeschreven op {{school_naam}}": a
 * false fact, to an authority, for exactly that child. It now names the last school and lets the parent say whether
 * the child is still enrolled there (a marker the parent fills in, as the letter's other markers).
 */
describe('the letter to the leerplichtambtenaar does not say the child is enrolled', () => {
  const SAYS_ENROLLED: Record<string, RegExp> = {
    nl: /staat ingeschreven op \{\{school_naam\}\}/, en: /is enrolled at \{\{school_naam\}\}/, tr: /\{\{school_naam\}\} okulunda[^.]*kayıtlıdır/,
    pl: /jest zapisane do \{\{school_naam\}\}/, uk: /зарахований\S* до \{\{school_naam\}\}/, ar: /مقيّد في \{\{school_naam\}\}/,
  };
  const ASKS: Record<string, RegExp> = {
    nl: /\[Schrijf of je kind daar nog staat ingeschreven/, en: /\[Write whether your child is still enrolled there/, tr: /\[Çocuğunuzun orada hâlâ kayıtlı/,
    pl: /\[Napisz, czy dziecko jest tam nadal zapisane/, uk: /\[Напишіть, чи дитина досі там зарахована/, ar: /\[اكتب إن كان طفلك لا يزال مقيّداً هناك/,
  };
  for (const lang of LANGUAGES.map((x) => x.code)) {
    it(lang, () => {
      const body = readFileSync(join(CONTENT, lang, 'letters/bericht-leerplichtambtenaar.md'), 'utf8');
      expect(body).not.toMatch(SAYS_ENROLLED[lang]!);
      expect(body).toMatch(ASKS[lang]!);
    });
  }
});

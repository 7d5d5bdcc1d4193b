/**
 * Session 28 (s28-dates): a date inside a Polish or Ukrainian sentence.
 *
 * Intl writes the weekday in the nominative ("poniedziałek, 1 czerwca 2026", "понеділок, 1 червня 2026 р."). After a
 * preposition or a verb both languages decline it ("od poniedziałku", "від понеділка"), so "odmowy z dnia poniedziałek,
 * 1 czerwca 2026" and "відмова від понеділок, 1 червня 2026 р." were wrong. A date filled into a sentence now goes through
 * formatDateInText (src/rules/dateInText.ts): in Polish and Ukrainian without the weekday, in the other languages as before.
 * A date standing alone (the first screen's date, the timeline's and the gesprekskaart's list lines) or as the value
 * after a label ("Ostateczny termin: …", "Крайня дата: …") keeps its weekday: that form is right there.
 *
 * Every test here failed on main ea0d368 (formatDateInText did not exist; the texts had the nominative weekday; pl 70 and
 * uk 35 mentions of the steunpunt were Dutch only), except the guard that the texts keeping the weekday stand after a label.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatDateInText as inText } from '../../src/rules/dateInText';
import { formatDate, formatDateShort } from '../../src/rules/dates';
import { addDays } from '../../src/rules/calendar';
import { i18n } from '../../src/app/i18n';
import { deadlineArithmetic, icsTexts, stepText } from '../../src/ui/deadlineText';
import { FirstThings, leftText } from '../../src/ui/pages/PlanPage';
import { buildPlan, type PlanStep } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import type { Answers } from '../../src/flow/answers';
import type { TimelineEvent } from '../../src/timeline/model';
import { LANGUAGES } from '../../src/languages';
import { loadScenarios } from '../scenarios/suite';
import { loadPlanTexts, textOf, tFor } from './plan-texts';
import { loadLanguage } from '../../src/content/compile/load';
import { flatUnits } from './lang-texts';

const DECLINING = ['pl', 'uk'] as const;
const LOCALE = { pl: 'pl-PL', uk: 'uk-UA' } as const;

/** The seven weekday names as Intl writes them in a date (nominative), per language. */
const weekdays = (lang: 'pl' | 'uk'): string[] => {
  const f = new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2026, 5, 1 + i)));
};
const WEEKDAY_RE = Object.fromEntries(DECLINING.map((l) => [l, new RegExp(`(?<![\\p{L}\\p{M}])(${weekdays(l).join('|')})(?![\\p{L}\\p{M}])`, 'giu')])) as Record<'pl' | 'uk', RegExp>;
const HAS_WEEKDAY = Object.fromEntries(DECLINING.map((l) => [l, new RegExp(WEEKDAY_RE[l].source, 'iu')])) as Record<'pl' | 'uk', RegExp>;
const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

/**
 * Weekday names that stand inside a sentence: after a word, not at the start of a line, after a label's ":" or
 * inside "(": "z dnia poniedziałek", "від понеділок", "odbyła się środa". Returns the offending snippets.
 */
function weekdayInSentence(lang: 'pl' | 'uk', text: string): string[] {
  const out: string[] = [];
  for (const line of strip(text).split('\n')) {
    for (const m of line.matchAll(WEEKDAY_RE[lang])) {
      const before = line.slice(0, m.index).trimEnd();
      if (before === '' || before.endsWith(':') || before.endsWith('(')) continue;
      out.push(line.slice(Math.max(0, m.index! - 30), m.index! + m[0].length + 20));
    }
  }
  return out;
}

describe('formatDateInText', () => {
  it('Polish and Ukrainian: the date without its weekday, as Intl writes it without one', () => {
    expect(inText('2026-06-01', 'pl')).toBe('1 czerwca 2026');
    expect(inText('2026-06-01', 'uk')).toBe('1 червня 2026 р.');
    const wrong: string[] = [];
    for (let i = 0; i < 2 * 366; i++) {
      const iso = addDays('2026-01-01', i);
      for (const lang of DECLINING) {
        const got = inText(iso, lang);
        if (got !== formatDateShort(iso, lang)) wrong.push(`${lang} ${iso}: ${got} ≠ ${formatDateShort(iso, lang)}`);
        // The full form still carries the weekday, and the in-text form is part of it (the first screen shows the full one).
        if (!formatDate(iso, lang).endsWith(got) || !HAS_WEEKDAY[lang].test(formatDate(iso, lang)) || HAS_WEEKDAY[lang].test(got)) wrong.push(`${lang} ${iso}: ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the other languages keep the full date, Dutch and English unchanged', () => {
    for (const { code } of LANGUAGES.filter((l) => l.code !== 'pl' && l.code !== 'uk'))
      for (const iso of ['2026-06-01', '2026-12-31', '2027-02-28']) expect(inText(iso, code), `${code} ${iso}`).toBe(formatDate(iso, code));
    expect(inText('2026-06-01', 'nl')).toBe('maandag 1 juni 2026');
    expect(inText('2026-06-01', 'en')).toBe('Monday 1 June 2026');
  });

  describe('no new Intl.DateTimeFormat per call', () => {
    const Original = Intl.DateTimeFormat;
    afterEach(() => {
      Intl.DateTimeFormat = Original;
    });
    it('none beyond formatDate\'s own cached one', () => {
      let made = 0;
      for (const lang of DECLINING) formatDate('2027-03-01', lang); // the page's first date makes the long formatter
      Intl.DateTimeFormat = new Proxy(Original, {
        construct(target, args) {
          made++;
          return new target(...(args as ConstructorParameters<typeof Original>));
        },
      });
      // No new one for 200 dates in either form.
      for (let i = 0; i < 100; i++)
        for (const lang of DECLINING) {
          inText(addDays('2027-03-01', i), lang);
          formatDate(addDays('2027-03-01', i), lang);
        }
      expect(made).toBe(0);
    });
  });
});

// ── The texts as the plan page renders them ─────────────────────────────────────────────────

/** Every step text of a language (steps namespace and the planStep texts in ui), each date placeholder filled with a Monday. */
function allStepTexts(lang: string): { id: string; text: string }[] {
  const t = tFor(lang);
  const day = '2026-06-01';
  const params = { besluit: day, gesprek: day, uiterlijk: day, uiterlijk10: day, ditSchooljaar: day, wie: 'X', wat: 'Y', uren: '16' };
  const step = (id: string, texts?: string): PlanStep => ({ id, group: 'nu', section: 's', letters: [], contacts: [], params, ...(texts ? { texts } : {}) });
  const out: { id: string; text: string }[] = [];
  const steps = i18n.getResourceBundle(lang, 'steps') as { steps: Record<string, object> };
  for (const id of Object.keys(steps.steps)) for (const part of ['title', 'why', 'late', 'check']) out.push({ id: `${id}.${part}`, text: stepText(step(id), part, t) });
  // The steps a recorded meeting or the timeline adds (src/meeting/plan.ts, src/timeline/earlier.ts): ui:<area>.planStep.<id>.
  const ui = i18n.getResourceBundle(lang, 'ui') as Record<string, { planStep?: Record<string, object> }>;
  for (const [area, section] of Object.entries(ui))
    for (const id of Object.keys(section?.planStep ?? {}))
      for (const part of ['title', 'why', 'late', 'check']) out.push({ id: `${area}.planStep.${id}.${part}`, text: stepText(step(id, `ui:${area}.planStep.${id}`), part, t) });
  return out;
}

describe('Polish and Ukrainian plan texts with a date', () => {
  beforeAll(loadPlanTexts, 60_000);

  it('the earlier refusal and the removal name their date without a nominative weekday (z dnia …, від …)', () => {
    const s = (lang: string, texts: string, part: string) => stepText({ id: 'x', group: 'nu', section: 's', letters: [], contacts: [], texts, params: { besluit: '2026-06-01' } }, part, tFor(lang));
    expect(s('pl', 'ui:months.planStep.eerdereWeigering', 'title')).toContain('wobec odmowy z dnia 1 czerwca 2026');
    expect(s('pl', 'ui:open26.planStep.eerdereVerwijdering', 'why')).toContain('z dnia 1 czerwca 2026, na piśmie');
    expect(s('uk', 'ui:months.planStep.eerdereWeigering', 'title')).toContain('проти відмови від 1 червня 2026 р.');
    expect(s('uk', 'ui:open26.planStep.weigeringVoorToelating', 'title')).toBe('Відмова від 1 червня 2026 р.: заперечення (bezwaar) ще можна подати');
    for (const lang of DECLINING) for (const texts of ['ui:months.planStep.eerdereWeigering', 'ui:open26.planStep.besluitTelefoon', 'ui:open26.planStep.eerdereVerwijdering', 'ui:open26.planStep.weigeringVoorToelating'])
      for (const part of ['title', 'why']) expect(s(lang, texts, part), `${lang} ${texts}.${part}`).not.toMatch(HAS_WEEKDAY[lang]);
    // Dutch unchanged: the weekday stays.
    expect(s('nl', 'ui:months.planStep.eerdereWeigering', 'title')).toContain('maandag 1 juni 2026');
  });

  it('no step text of any step puts a weekday inside a sentence', () => {
    for (const lang of DECLINING) {
      const bad = allStepTexts(lang).flatMap(({ id, text }) => weekdayInSentence(lang, text).map((x) => `${id}: …${x}…`));
      expect(bad, lang).toEqual([]);
    }
  });

  it('the admission whose 6 weeks passed: "do …" / "до … включно" without a weekday; the deadline line keeps it after its label', () => {
    // A registration refused by phone only (advice.test.ts 3): the school's own 6 weeks from 1 September passed on
    // 13 October; it may have extended them to 10 November.
    const answers = {
      situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-01', 'aanmelding-bevestiging': 'ja',
      'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'nee', 'weigering-datum': '2026-10-01', 'weigering-andere-school': 'nee',
      'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee',
    } as unknown as Answers;
    const step = buildPlan(answers, '2026-10-15').steps.find((x) => x.deadline?.maybeExtendedTo);
    expect(step, 'a step with the 10-week day').toBeDefined();
    const d = step!.deadline!;
    expect(d.maybeExtendedTo).toBe('2026-11-10');
    expect(leftText(d, tFor('pl'))).toContain('o 4 tygodnie, do 10 listopada 2026.');
    expect(leftText(d, tFor('uk'))).toContain('до 10 листопада 2026 р. включно');
    expect(icsTexts(tFor('uk')).extended!(step!, d.maybeExtendedTo!)).toContain('до 10 листопада 2026 р. включно');
    expect(leftText(d, tFor('nl'))).toContain('dinsdag 10 november 2026');
    // The step's own text: "Wtedy ostatni dzień to …", "ma czas do …".
    // Session 48 (s043-verlengd-met-twee-weken): "at most 4 weeks", the 10-week day the very last day, the letter's day first.
    expect(stepText(step!, 'why', tFor('pl'))).toContain('Wtedy 10 listopada 2026 to najpóźniejszy możliwy dzień.');
    expect(stepText(step!, 'late', tFor('pl'))).toContain('nigdy dłużej niż do 10 listopada 2026.');
    expect(stepText(step!, 'late', tFor('uk'))).toContain('не довше, ніж до 10 листопада 2026 р. включно');
    // The deadline line: the start date in brackets, the due date after the colon, both with their weekday.
    expect(strip(deadlineArithmetic(d, tFor('pl')))).toMatch(/\(wtorek, 1 września 2026\): wtorek, 13 października 2026$/);
    expect(strip(deadlineArithmetic(d, tFor('uk')))).toMatch(/\(вівторок, 1 вересня 2026 р\.\): вівторок, 13 жовтня 2026 р\.$/);
  });

  it('the first screen and every step of every scenario, in Polish and Ukrainian, with a recorded meeting: no weekday inside a sentence', () => {
    const bad: string[] = [];
    let dated = 0;
    for (const sc of loadScenarios()) {
      const today = sc.today;
      // A meeting nine days ago with an agreement and a next meeting: the meeting's steps say "(date)" / "odbyła się …".
      const meeting: TimelineEvent = {
        id: 'm', date: addDays(today, -9), kind: 'gesprek', parties: ['school'], note: '',
        meeting: { outcome: 'afspraken', agreements: [{ who: 'de school', what: 'OPP', by: addDays(today, 12) }], next: addDays(today, 20), schoolSends: '', present: '' },
      } as TimelineEvent;
      const plan = withMeetings(buildPlan(sc.answers as Answers, today), [meeting]);
      for (const lang of DECLINING) {
        const t = tFor(lang);
        const texts = [textOf(FirstThings({ plan, t }))];
        for (const s of plan.steps) {
          for (const part of ['title', 'why', 'late', 'check']) texts.push(stepText(s, part, t));
          if (s.deadline) texts.push(leftText(s.deadline, t), deadlineArithmetic(s.deadline, t));
        }
        for (const text of texts) {
          if (/\d{4}/.test(text)) dated++;
          for (const x of weekdayInSentence(lang, text)) bad.push(`${sc.id} ${lang}: …${x}…`);
        }
      }
    }
    expect(dated).toBeGreaterThan(100);
    expect([...new Set(bad)]).toEqual([]);
  });
});

// ── Which texts get which form ───────────────────────────────────────────────────────────────

/**
 * The texts whose date keeps its weekday (formatDate): the date stands after the label's colon, alone in brackets, or
 * after the Polish "to" (is: nominative). The two clock messages stay in the first load, which has no formatDateInText.
 */
const LABELS = ['question.dateMeans', 'deadline.', 'planExtras.dueOnly', 'planFirst.due', 'meeting.dateLine', 'trustPages.clockImplausible', 'trustPages.futurePast'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('which form goes where', () => {
  beforeAll(loadPlanTexts, 60_000);

  it('every date the sources fill into a text goes through formatDateInText, except the labels', () => {
    const wrong: string[] = [];
    for (const file of [...sourceFiles('src/ui'), 'src/cli/plan.ts']) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        for (const m of line.matchAll(/formatDate\(/g)) {
          // The nearest text call before the date on the same line: t('key', …), t.raw(`ui:key…`, …), ui(texts, 'key', …).
          // Only a call still open at the date: "<span>{t('firstScreen.alsoDate')}</span> <strong>{formatDate(" stands alone.
          const before = line.slice(0, m.index);
          const open = (c: RegExpExecArray | RegExpMatchArray) => [...before.slice(c.index)].reduce((n, ch) => n + (ch === '(' ? 1 : ch === ')' ? -1 : 0), 0) > 0;
          const calls = [...before.matchAll(/\b(?:tc?|tc?\.raw|ui)\((?:texts, )?(?:[^()]*?\?\s*)?['`](?:ui:)?([\w.-]+)/g)].filter(open);
          const key = calls.at(-1)?.[1];
          if (key && !LABELS.some((l) => key.startsWith(l))) wrong.push(`${file}:${i + 1} ${key}`);
        }
      });
    }
    expect(wrong).toEqual([]);
  });

  it('in Polish and Ukrainian, the texts that keep the weekday have the date after a colon at the end or alone in brackets', () => {
    const bad: string[] = [];
    for (const lang of DECLINING) {
      const ui = i18n.getResourceBundle(lang, 'ui') as Record<string, unknown>;
      const walk = (o: unknown, path: string) => {
        if (typeof o === 'string') {
          if (!LABELS.some((l) => path.startsWith(l)) || !/\{\{(date|due|today)\}\}/.test(o)) return;
          if (!/(:\s*\{\{(date|due)\}\}\.?$)|(\(\{\{(date|today)\}\}\))|( to \{\{date\}\}\.)/.test(o)) bad.push(`${lang} ${path}: ${o}`);
        } else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k);
      };
      walk(ui, '');
    }
    expect(bad).toEqual([]);
  });
});

// ── The ouder- en jeugdsteunpunt in Polish and Ukrainian ─────────────────────────────────────

/**
 * Newer texts and the glossary name the steunpunt in the language with the Dutch name in brackets: "punkt wsparcia dla
 * rodziców i młodzieży (ouder- en jeugdsteunpunt)", "пункт підтримки батьків і молоді (ouder- en jeugdsteunpunt)", or
 * short "punktu wsparcia (steunpunt)", "пункту підтримки (steunpunt)", in any case. Older texts named it in Dutch only
 * ("Zadzwoń do steunpunt", "Zapytaj ouder- en jeugdsteunpunt", "Що робить steunpunt?"): a parent who does not read
 * Dutch did not know what it is. Every text a parent reads (the letters' bodies stay Dutch and are left out).
 */
const STEUNPUNT_EXPLAINED: Record<'pl' | 'uk', RegExp> = {
  pl: /punk(?:t|tu|tem|cie|towi) wsparcia(?: dla rodziców i młodzieży)? \((?:ouder- en jeugd)?steunpunt\)/giu,
  uk: /пункт(?:у|ом|і|ові)? підтримки(?: батьків і молоді)? \((?:ouder- en jeugd)?steunpunt\)/giu,
};

describe('the steunpunt in Polish and Ukrainian: the name in the language, the Dutch in brackets', () => {
  const ROOT = fileURLToPath(new URL('../..', import.meta.url));
  for (const lang of DECLINING) {
    it(lang, () => {
      const c = loadLanguage(ROOT, lang);
      const units = flatUnits(c).filter(([id]) => !id.startsWith('letter:'));
      for (const l of c.letters) units.push([`letter:${l.id}`, [l.title, l.subject, l.when, l.to, l.send, l.deadline, l.after, ...l.attach].join('\n')]);
      expect(units.length).toBeGreaterThan(300);
      const bare: string[] = [];
      let explained = 0;
      for (const [id, text] of units) {
        const rest = text.replace(STEUNPUNT_EXPLAINED[lang], () => (explained++, '…'));
        for (const m of rest.matchAll(/[^.?!\n]{0,50}steunpunt[^.?!\n]{0,20}/giu)) bare.push(`${id}: ${m[0]}`);
      }
      expect(bare).toEqual([]);
      expect(explained).toBeGreaterThan(40);
    });
  }
});

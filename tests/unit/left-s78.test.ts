/**
 * Session 78 (s78-left). The scenarios are in tests/scenarios/064-left-s78.yaml. Each `it` marked "failed before" failed on
 * 74285103 (a copy of HEAD under /tmp, content generated there).
 *
 * 1. "Mijn kind heeft geen extra hulp nodig" (ondersteuning-gemeld geen-hulp-nodig; A06, A19):
 *    - no onderwijsconsulenten step for her refusal (001:719: for a pupil with an extra support need; D23, 002:2771-2774:
 *      only once the samenwerkingsverband is in the case); "nee" and "ja" keep it;
 *    - the warning huidige-school-tot-inschrijving without "Heeft je kind extra hulp nodig? Dan houdt ... de zorgplicht";
 *    - no opp-na-toelating once admitted (B01, B02);
 *    - bezwaar-weigering-verwijdering no longer asks for "stukken zoals het OPP": the OPP and the research reports are their
 *      own sentence (stukken_keuze), dropped for her refusal, kept for every decision the letter knows;
 *    - the letter page's "Wat gebeurt er daarna" does not send her to the Geschillencommissie (F07: a refusal only of a child
 *      who needs extra support): letterAfterKey.
 * 2. The timeline's eerdere-aanmelding carries the admission step's Christmas note; a step with a holiday note and a day-off
 *    note says "Reken dus met de dag die hier staat" once, in each language.
 * 3. overstap-voorbereiden is the first action for groep 7/8 with a removal in January-June (order: "Nu doen").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/rules/dates';
import type { Answers } from '../../src/flow/answers';
import { ADMISSION_AROUND_CHRISTMAS_NOTE, buildPlan, DAY_OFF_NOTES, DAY_OFF_NOTES_BESIDE_HOLIDAY, stepNotes, type Plan, type PlanStep } from '../../src/rules/plan';
import { AT_SCHOOL_NO_HELP_TEXTS, MAYBE_AT_SCHOOL_NO_HELP_TEXTS, MAYBE_AT_SCHOOL_TEXTS } from '../../src/rules/steps/warnings';
import { AFTER_WITHOUT_GPO, fillLetter, letterAfterKey, letterText, valuesFromAnswers } from '../../src/rules/letters';
import type { LetterField } from '../../src/rules/letter-fields';
import { firstThings } from '../../src/ui/firstThings';
import { loadTexts } from '../../src/cli/plan';
import { ev, log, planAt } from './timeline-log';
import { A } from './lawyer-kit';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const uiText = (ui: unknown, key: string): string => key.replace(/^ui:/, '').split('.').reduce((o: unknown, k) => (o as Record<string, unknown>)[k], ui) as string;
const step = (plan: Plan, id: string): PlanStep | undefined => plan.steps.find((s) => s.id === id);

const registered = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-10-05', 'aanmelding-bevestiging': 'ja', 'meer-scholen': 'nee',
  groep: 'groep-1-2', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee',
};
const refused = (support: string, extra: Record<string, unknown> = {}) => A({
  ...registered, 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-11-02', 'weigering-andere-school': 'nee',
  'bezwaar-ingediend': 'nee', 'aanbod-geweigerd': 'nee', 'ondersteuning-gemeld': support, ...extra,
});
const admitted = (support: string) => A({ ...registered, 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': support });
const NOV10 = '2026-11-10' as IsoDate;

// ── 1. geen-hulp-nodig ─────────────────────────────────────────────────────────────────────────────────────────────
describe('1a. onderwijsconsulenten after a refusal', () => {
  it('"geen-hulp-nodig": no step; the bezwaar and its 6 weeks and the steunpunt stay (failed before)', () => {
    const plan = buildPlan(refused('geen-hulp-nodig'), NOV10);
    expect(step(plan, 'onderwijsconsulenten')).toBeUndefined();
    expect(step(plan, 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-11-02', due: '2026-12-14' });
    expect(step(plan, 'steunpunt-bellen')).toBeDefined();
  });
  it('"nee", "ja", "weet-niet": the step stays', () => {
    for (const support of ['nee', 'ja', 'weet-niet']) expect(step(buildPlan(refused(support), NOV10), 'onderwijsconsulenten'), support).toBeDefined();
  });
  it('"geen-hulp-nodig" with a removal as well: the step stays (the removal is a reason of its own)', () => {
    const both = refused('geen-hulp-nodig', { situatie: ['aanmelden', 'handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-01', 'verwijdering-andere-school': 'nee', groep: 'groep-3-6' });
    expect(step(buildPlan(both, NOV10), 'onderwijsconsulenten')).toBeDefined();
  });
});

describe('1b. huidige-school-tot-inschrijving without the zorgplicht sentence', () => {
  const ZORGPLICHT_LINE: Record<string, RegExp> = {
    nl: /Heeft je kind extra hulp nodig\?/, en: /Does your child need extra help\?/, ar: /هل يحتاج طفلك إلى مساعدة إضافية؟/,
    tr: /ek yardıma ihtiyacı var mı\?/, pl: /Czy dziecko potrzebuje dodatkowej pomocy\?/, uk: /потрібна додаткова допомога\?/,
  };
  it('"geen-hulp-nodig": its own texts, groep 1-2 and groep 3-6 (failed before)', () => {
    const w = (groep: string) => buildPlan(refused('geen-hulp-nodig', { groep }), NOV10).warnings.find((x) => x.id === 'huidige-school-tot-inschrijving');
    expect(w('groep-1-2')?.texts).toBe(MAYBE_AT_SCHOOL_NO_HELP_TEXTS);
    expect(w('groep-3-6')?.texts).toBe(AT_SCHOOL_NO_HELP_TEXTS);
  });
  it('"nee" keeps the texts with the sentence', () => {
    const w = (groep: string) => buildPlan(refused('nee', { groep }), NOV10).warnings.find((x) => x.id === 'huidige-school-tot-inschrijving');
    expect(w('groep-1-2')?.texts).toBe(MAYBE_AT_SCHOOL_TEXTS);
    expect(w('groep-3-6')?.texts).toBeUndefined();
  });
  it('six languages: the new texts have no support-need line (the old ones had it)', async () => {
    for (const lang of LANGS) {
      const t = await loadTexts(lang);
      for (const key of [AT_SCHOOL_NO_HELP_TEXTS, MAYBE_AT_SCHOOL_NO_HELP_TEXTS]) {
        const text = uiText(t.ui, `${key}.text`);
        expect(text, `${lang} ${key}`).not.toMatch(ZORGPLICHT_LINE[lang]!);
        expect(text, `${lang} ${key}`).not.toContain('zorgplicht');
        expect(uiText(t.ui, `${key}.title`).length, lang).toBeGreaterThan(10);
      }
      // The old texts did have it: the new ones are the same texts without that sentence.
      expect(uiText(t.ui, `${MAYBE_AT_SCHOOL_TEXTS}.text`), lang).toMatch(ZORGPLICHT_LINE[lang]!);
    }
  });
});

describe('1c. opp-na-toelating', () => {
  it('"geen-hulp-nodig", admitted: no step, not on the first screen (failed before)', () => {
    const plan = buildPlan(admitted('geen-hulp-nodig'), NOV10);
    expect(step(plan, 'opp-na-toelating')).toBeUndefined();
    expect(firstThings(plan).actions.map((s) => s.id)).not.toContain('opp-na-toelating');
  });
  it('"ja" and "nee" keep it', () => {
    expect(step(buildPlan(admitted('ja'), NOV10), 'opp-na-toelating')).toBeDefined();
    expect(step(buildPlan(admitted('nee'), NOV10), 'opp-na-toelating')).toBeDefined();
  });
});

type Letter = { id: string; body: string };
const letters: Record<string, Letter[]> = {};
beforeAll(async () => {
  for (const lang of LANGS) letters[lang] = ((await import(`../../src/content/generated/letters.${lang}.ts`)) as { default: { letters: Letter[] } }).default.letters;
});
const write = (answers: Answers, lang = 'nl') =>
  letterText(
    fillLetter(letters[lang]!.find((l) => l.id === 'bezwaar-weigering-verwijdering')!.body, { ...valuesFromAnswers(answers, NOV10, lang, 'bezwaar-weigering-verwijdering'), kind_voornaam: 'Noor' }),
    (f: LetterField) => `{${f}}`,
  );

describe('1d. bezwaar-weigering-verwijdering: the OPP and the research reports', () => {
  it('"geen-hulp-nodig", a refusal: no OPP in the letter, in six languages; "alle stukken" stays (failed before)', () => {
    for (const lang of LANGS) {
      const text = write(refused('geen-hulp-nodig'), lang);
      expect(text, lang).not.toContain('OPP');
      expect(text, lang).not.toContain('{stukken_keuze}');
    }
    expect(write(refused('geen-hulp-nodig'))).toContain('- mij alle stukken te sturen waarop uw besluit rust;');
  });
  it('"ja", "nee" and a removal: the sentence stays, without its bracket', () => {
    const removal = A({ situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-02', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', groep: 'groep-3-6' });
    for (const a of [refused('ja'), refused('nee'), removal]) {
      const text = write(a);
      expect(text).toContain('Onder die stukken vallen ook het OPP van mijn kind en de verslagen van onderzoek.');
      expect(text).not.toContain('Haal de zin hierna dan weg');
    }
  });
  it('no decision known: the sentence with its instruction, for the parent to judge', () => {
    const text = write(A({ ...registered, 'aanmelding-besluit': 'nog-niet', 'ondersteuning-gemeld': 'ja' }));
    expect(text).toMatch(/\[Heeft je kind geen OPP, en deed de school geen onderzoek\? Haal de zin hierna dan weg\.\]\nOnder die stukken vallen ook het OPP/);
  });
});

describe('1e. the letter page\u2019s "Wat gebeurt er daarna"', () => {
  const values = (a: Answers) => valuesFromAnswers(a, NOV10, 'nl', 'bezwaar-weigering-verwijdering');
  it('"geen-hulp-nodig", a refusal: its own text (before, the letter\u2019s `after` named the Geschillencommissie and its 6 weeks)', () => {
    expect(letterAfterKey(values(refused('geen-hulp-nodig')))).toBe(AFTER_WITHOUT_GPO);
  });
  it('"ja", "nee" and no decision known: the letter\u2019s own text', () => {
    expect(letterAfterKey(values(refused('ja')))).toBeUndefined();
    expect(letterAfterKey(values(refused('nee')))).toBeUndefined();
    expect(letterAfterKey(values(A({ ...registered, 'aanmelding-besluit': 'nog-niet', 'ondersteuning-gemeld': 'geen-hulp-nodig' })))).toBeUndefined();
  });
  it('six languages: the board decides again, no term of the Geschillencommissie, the steunpunt', async () => {
    for (const lang of LANGS) {
      const text = uiText((await loadTexts(lang)).ui, AFTER_WITHOUT_GPO);
      expect(text, lang).toContain('Geschillencommissie passend onderwijs');
      expect(text, lang).toContain('ouder- en jeugdsteunpunt');
      expect(text, lang).not.toMatch(/6|onderwijsgeschillen\.nl/);
    }
  });
});

// ── 2. holiday notes ───────────────────────────────────────────────────────────────────────────────────────────────
describe('2a. eerdere-aanmelding around Christmas', () => {
  // Registered at two schools: A received it on Mon 16 November 2026, B on Wed 18 November. No decision. Read 6 December.
  // The plan's own step counts from B (30 December), eerdere-aanmelding from A: 16 November + 6 weeks = Mon 28 December.
  const start = A({ ...registered, 'aanmelding-datum': '2026-11-18', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'nee', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'ja', groep: 'groep-3-6' });
  const story = log(start, [ev('a', 'aanmelding-ontvangen', '2026-11-16', 'e-mail'), ev('b', 'aanmelding-ontvangen', '2026-11-18', 'e-mail')]);
  it('(failed before) the note of the plan\u2019s own step; the dates do not move', () => {
    const plan = planAt(story, '2026-12-06');
    const earlier = step(plan, 'eerdere-aanmelding')!;
    expect(earlier.deadline).toMatchObject({ start: '2026-11-16', due: '2026-12-28' });
    expect(stepNotes(earlier)).toContain(ADMISSION_AROUND_CHRISTMAS_NOTE);
    const own = step(plan, 'besluit-aanmelding')!;
    expect(own.deadline?.due).toBe('2026-12-30');
    expect(stepNotes(own)).toContain(ADMISSION_AROUND_CHRISTMAS_NOTE);
  });
  it('guard: received 2 and 4 November (last days 14 and 16 December): no note', () => {
    const early = log({ ...start, 'aanmelding-datum': '2026-11-04' } as Answers, [ev('a', 'aanmelding-ontvangen', '2026-11-02', 'e-mail'), ev('b', 'aanmelding-ontvangen', '2026-11-04', 'e-mail')]);
    const s = step(planAt(early, '2026-12-01'), 'eerdere-aanmelding')!;
    expect(s.deadline?.due).toBe('2026-12-14');
    expect(stepNotes(s)).not.toContain(ADMISSION_AROUND_CHRISTMAS_NOTE);
  });
});

describe('2b. one "count with the day shown" per step', () => {
  const COUNT: Record<string, string> = {
    nl: 'Reken dus met de dag die hier staat', en: 'So count with the day shown here', ar: 'لذلك احسب باليوم المكتوب هنا',
    tr: 'Bu yüzden burada yazan günü esas alın', pl: 'Licz więc z dniem, który tu widzisz', uk: 'Тож рахуйте з днем, який тут указано',
  };
  // A refusal on paper Fri 20 November 2026: bezwaar and Geschillencommissie to Fri 1 January 2027 (Nieuwjaarsdag), around Christmas.
  const newYear = refused('ja', { 'weigering-datum': '2026-11-20', 'aanmelding-datum': '2026-10-20', groep: 'groep-3-6', 'gpo-ingediend': 'nee' });
  it('(failed before) both steps: the holiday note and the day-off note say it once between them, in six languages', async () => {
    const plan = buildPlan(newYear, '2026-12-10' as IsoDate);
    for (const id of ['bezwaar-weigering', 'geschillencommissie']) {
      const s = step(plan, id)!;
      expect(s.deadline?.due, id).toBe('2027-01-01');
      expect(s.dayOffNote, id).toBe(DAY_OFF_NOTES_BESIDE_HOLIDAY.feestdag);
      for (const lang of LANGS) {
        const ui = (await loadTexts(lang)).ui;
        const notes = stepNotes(s).map((k) => uiText(ui, k)).join(' ');
        expect(notes.split(COUNT[lang]!).length - 1, `${lang} ${id}`).toBe(1);
      }
    }
  });
  it('a last day on a weekday holiday without a holiday note (Koningsdag 27 April 2027): the full note, which says it', async () => {
    const s = step(buildPlan(refused('ja', { 'weigering-datum': '2027-03-16', 'aanmelding-datum': '2027-02-15', groep: 'groep-3-6' }), '2027-03-17' as IsoDate), 'bezwaar-weigering')!;
    expect(s.deadline?.due).toBe('2027-04-27');
    expect(s.dayOffNote).toBe(DAY_OFF_NOTES.feestdag);
    expect(uiText((await loadTexts('nl')).ui, s.dayOffNote!)).toContain(COUNT.nl);
  });
  it('every holiday note says it once, in six languages: the short day-off note beside any of them keeps it said once', async () => {
    const keys = ['summer72.bezwaarInDeZomer', 'winter73.bezwaarRondKerst', 'left73.bezwaarDoorDeZomer', 'holiday76.bezwaarNaKerst', 'notes74.gpoInDeZomer', 'notes74.gpoDoorDeZomer', 'notes74.gpoRondKerst', 'holiday76.gpoNaKerst'];
    for (const lang of LANGS) {
      const ui = (await loadTexts(lang)).ui;
      for (const key of keys) expect(uiText(ui, key).split(COUNT[lang]!).length - 1, `${lang} ${key}`).toBe(1);
    }
  });
  it('the short notes are the full ones without that sentence, in six languages', async () => {
    for (const lang of LANGS) {
      const ui = (await loadTexts(lang)).ui;
      for (const kind of ['weekend', 'feestdag'] as const) {
        expect(uiText(ui, DAY_OFF_NOTES_BESIDE_HOLIDAY[kind]), `${lang} ${kind}`).toBe(uiText(ui, DAY_OFF_NOTES[kind]).replace(` ${COUNT[lang]}.`, ''));
      }
    }
  });
});

// ── 3. groep 7/8, a removal, in spring ──────────────────────────────────────────────────────────────────────────────
describe('3. the overstap first', () => {
  const removal = (extra: Record<string, unknown> = {}) => A({
    situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-03-22',
    'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2027-04-19', 'gpo-ingediend': 'ja', 'gpo-datum': '2027-04-26',
    opp: 'ja', 'opp-besproken': '2026-11-16', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
    'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-7-8', ...extra,
  });
  it('(failed before) read 12 May 2027: "Nu doen", the first action; the bezwaar and the Geschillencommissie stay', () => {
    const plan = buildPlan(removal(), '2027-05-12' as IsoDate);
    expect(step(plan, 'overstap-voorbereiden')?.group).toBe('nu');
    expect(firstThings(plan).actions[0]?.id).toBe('overstap-voorbereiden');
    expect(step(plan, 'bezwaar-loopt')).toBeDefined();
    expect(step(plan, 'gpo-loopt')).toBeDefined();
  });
  it('January to June only: 15 January and 30 June "Nu doen", 15 September "Binnenkort" (July and August: the summer texts)', () => {
    expect(step(buildPlan(removal(), '2027-06-30' as IsoDate), 'overstap-voorbereiden')?.group).toBe('nu');
    expect(step(buildPlan(removal({ 'verwijdering-datum': '2026-12-14', 'bezwaar-datum': '2027-01-04', 'gpo-datum': '2027-01-05' }), '2027-01-15' as IsoDate), 'overstap-voorbereiden')?.group).toBe('nu');
    expect(step(buildPlan(removal(), '2027-09-15' as IsoDate), 'overstap-voorbereiden')?.group).toBe('binnenkort');
  });
  it('a bezwaar still in its 6 weeks stays the first action, with its date (22 March + 6 weeks = 3 May)', () => {
    const plan = buildPlan(removal({ 'bezwaar-ingediend': 'nee', 'bezwaar-datum': undefined, 'gpo-ingediend': 'nee', 'gpo-datum': undefined }), '2027-04-20' as IsoDate);
    expect(step(plan, 'bezwaar-verwijdering')?.deadline?.due).toBe('2027-05-03');
    expect(firstThings(plan).actions[0]?.id).toBe('bezwaar-verwijdering');
    const ids = plan.steps.map((s) => s.id);
    expect(ids.indexOf('bezwaar-verwijdering')).toBeLessThan(ids.indexOf('overstap-voorbereiden'));
  });
  // Session 83 (s83-blind): no longer "Binnenkort" without a removal. In January to June every groep 7/8 child not yet
  // registered in writing has the overstap under "Nu doen" (H18, 004:3419-3421: three to six months before a transfer after
  // the summer holiday; A04, A05), see tests/unit/blind-s83.test.ts. Still "Binnenkort" in the autumn.
  it('no removal (the school does not want the child gone): "Nu doen" in May too (s83), "Binnenkort" in October', () => {
    const plain = removal({ 'hv-wil-weg': 'nee', 'verwijdering-besluit': undefined, 'verwijdering-datum': undefined, 'bezwaar-ingediend': undefined, 'bezwaar-datum': undefined, 'gpo-ingediend': undefined, 'gpo-datum': undefined });
    expect(step(buildPlan(plain, '2027-05-12' as IsoDate), 'overstap-voorbereiden')?.group).toBe('nu');
    expect(step(buildPlan(plain, '2027-10-12' as IsoDate), 'overstap-voorbereiden')?.group).toBe('binnenkort');
  });
});

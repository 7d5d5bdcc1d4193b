/**
 * Session 61 (s61-blind): an outside review imitated blind. The scenarios in tests/scenarios/047-blind-s61.yaml were written
 * from ../shared/FACTS.md before the app's rules were read; this file holds the one app defect they showed, read as a
 * parents' lawyer reads the plan's first screen.
 *
 * Story (our own dates; weekdays from the calendar):
 *   Sem (groep 4, autism). His parents e-mail a registration to another primary school; it is received Mon 2 Nov 2026,
 *   with what Sem needs. The school confirms, then stays silent: no decision, no extension. They read the plan on
 *   Wed 16 Dec 2026 (and, as guards, on Thu 10 Dec 2026, and with an extension told).
 *
 * What a correct plan must say, written down first from FACTS.md (not from the code):
 *   A04 (001:119; 002:744-746): the school decides at the latest 6 weeks after receiving the registration:
 *     2 Nov 2026 + 42 days = Mon 14 Dec 2026 (certain). A05: once at most 4 weeks longer, only if the school tells the
 *     parents; they answered it did not, so on Wed 16 Dec the school is late.
 *   FP02 (003:622-632; 004:4399-4402): silence past the term; ask for a written, reasoned decision.
 *   The first screen says what to do next and by when (house rule). On 16 Dec "next" is to ask the school for its written
 *   decision now, because the school is late since 14 Dec; not to "keep track whether the school decides in time".
 *   Before the 6 weeks end (10 Dec), or with an extension told (10 weeks: 2 Nov + 70 = Mon 11 Jan 2027), keeping track is
 *   right.
 *
 * Defect found:
 *   D1 (fixed; moderate: the first screen's action did not say what to do) On Wed 16 Dec 2026 the first screen's first
 *      action read "Houd bij of de school op tijd beslist. Uiterlijk maandag 14 december 2026. Deze datum is voorbij." The
 *      step's own text (ui s47.planStep.besluitAanmeldingNietVerlengd, for "not extended" and the 6 weeks passed) already
 *      said "De school is dus te laat", but its title was the waiting one. Now the title is "De school is te laat: vraag om
 *      het besluit op papier", six languages. The tests marked "failed before" failed on b06cd9f.
 *
 *   D2 (fixed; the same defect, found by reading Sem's plan with other answers) With an extension told ("ja") or not known
 *      ("weet ik niet"), once the 10-week day had passed the school is late whatever it wrote (A05: at most 4 weeks more),
 *      yet the first action still read "Houd bij of de school op tijd beslist". Registered Tue 1 Sep 2026: 6 weeks end
 *      Tue 13 Oct, 10 weeks Tue 10 Nov 2026; read Mon 30 Nov 2026. Now the step has texts of its own after the 10-week day
 *      (ui s47.planStep.besluitAanmeldingTeLaat: the late title; "even with an extension the school had to decide by …").
 *      Before the 10-week day, with the extension not known, keeping track stays right (the school may have extended).
 *
 * Noted, not changed: a child enrolled nowhere keeps its own texts (besluitAanmeldingNergens, "Houd bij …") also when late;
 * its late text says what to do and the first screen points to it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, type Plan } from '../../src/rules/plan';
import { firstThings } from '../../src/ui/firstThings';
import { FirstThings } from '../../src/ui/pages/PlanPage';
import { stepText } from '../../src/ui/deadlineText';
import { A } from './lawyer-kit';
import { loadPlanTexts, textOf, tFor } from './plan-texts';

beforeAll(loadPlanTexts, 60_000);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const WAITING_TITLE = 'Houd bij of de school op tijd beslist';

const sem = (extended: 'ja' | 'nee') =>
  A({
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-02', 'aanmelding-bevestiging': 'ja',
    'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': extended,
    'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
  });

const decision = (p: Plan) => p.steps.find((s) => s.id === 'besluit-aanmelding')!;
const title = (p: Plan, lang: string) => stepText(decision(p), 'title', tFor(lang));
const screen = (p: Plan, lang = 'nl') => textOf(FirstThings({ plan: p, t: tFor(lang) }));

describe('Sem: registered Mon 2 Nov 2026, no extension, no decision (A04, A05, FP02)', () => {
  it('on Wed 16 Dec 2026 the term (Mon 14 Dec) has passed, certain, and the step is the first action', () => {
    const p = buildPlan(sem('nee'), '2026-12-16');
    expect(decision(p).deadline).toMatchObject({ start: '2026-11-02', due: '2026-12-14', status: 'passed', certain: true });
    expect(firstThings(p).actions[0]?.id).toBe('besluit-aanmelding');
  });

  it('the first action says the school is late and to ask for the decision on paper (failed before: "Houd bij of de school op tijd beslist")', () => {
    const p = buildPlan(sem('nee'), '2026-12-16');
    expect(title(p, 'nl')).toBe('De school is te laat: vraag om het besluit op papier');
    expect(screen(p)).toMatch(/De school is te laat: vraag om het besluit op papier Uiterlijk maandag 14 december 2026\. Deze datum is voorbij\./);
    expect(screen(p)).not.toContain(WAITING_TITLE);
  });

  it('in every language the late title differs from the waiting title (failed before: the same title in all six)', () => {
    const late = buildPlan(sem('nee'), '2026-12-16');
    const waiting = buildPlan(sem('nee'), '2026-12-10');
    for (const lang of LANGS) {
      const t = title(late, lang);
      expect(t, lang).toBeTruthy();
      expect(t, lang).not.toBe(title(waiting, lang));
      expect(screen(late, lang), lang).toContain(t);
    }
  });

  it('guard: on Thu 10 Dec 2026, four days before the term ends, the step keeps its waiting title and its date', () => {
    const p = buildPlan(sem('nee'), '2026-12-10');
    expect(decision(p).deadline).toMatchObject({ due: '2026-12-14', status: 'upcoming', certain: true });
    expect(title(p, 'nl')).toBe(WAITING_TITLE);
  });

  it('guard: with an extension told, on Wed 16 Dec 2026 the school has until Mon 11 Jan 2027; not late', () => {
    const p = buildPlan(sem('ja'), '2026-12-16');
    expect(decision(p).deadline).toMatchObject({ start: '2026-11-02', due: '2027-01-11', status: 'upcoming' });
    expect(title(p, 'nl')).toBe(WAITING_TITLE);
    expect(screen(p)).not.toMatch(/te laat/);
  });
});

describe('Sem registered Tue 1 Sep 2026, extension told or not known: the 10-week day Tue 10 Nov 2026 (A05)', () => {
  const sept = (extended: 'ja' | 'weet-niet') => ({ ...sem('nee'), 'aanmelding-datum': '2026-09-01', 'aanmelding-verlengd': extended }) as ReturnType<typeof sem>;

  it('extension told, read Mon 30 Nov 2026: due Tue 10 Nov passed; the first action says the school is late (failed before)', () => {
    const p = buildPlan(sept('ja'), '2026-11-30');
    expect(decision(p).deadline).toMatchObject({ start: '2026-09-01', due: '2026-11-10', status: 'passed' });
    expect(firstThings(p).actions[0]?.id).toBe('besluit-aanmelding');
    expect(screen(p)).toMatch(/De school is te laat: vraag om het besluit op papier Uiterlijk dinsdag 10 november 2026\. Deze datum is voorbij\./);
    expect(stepText(decision(p), 'late', tFor('nl'))).toMatch(/Ook met een verlenging moest de school uiterlijk op dinsdag 10 november 2026 beslissen\. Die dag is voorbij\./);
  });

  it('extension not known, read Mon 30 Nov 2026: both days passed; late title in all six languages (failed before)', () => {
    const p = buildPlan(sept('weet-niet'), '2026-11-30');
    expect(decision(p).deadline).toMatchObject({ due: '2026-10-13', status: 'passed' });
    const before = buildPlan(sept('weet-niet'), '2026-11-01');
    for (const lang of LANGS) {
      expect(title(p, lang), lang).toBe(title(buildPlan(sem('nee'), '2026-12-16'), lang));
      expect(title(p, lang), lang).not.toBe(title(before, lang));
      expect(stepText(decision(p), 'late', tFor(lang)), lang).toBeTruthy();
      expect(stepText(decision(p), 'late', tFor(lang)), lang).not.toBe(stepText(decision(before), 'late', tFor(lang)));
    }
  });

  it('guard: extension not known, read Sun 1 Nov 2026 (6 weeks passed, 10 not): keep track, maybe until Tue 10 Nov', () => {
    const p = buildPlan(sept('weet-niet'), '2026-11-01');
    expect(decision(p).deadline).toMatchObject({ due: '2026-10-13', status: 'passed', maybeExtendedTo: '2026-11-10' });
    expect(title(p, 'nl')).toBe(WAITING_TITLE);
  });

  it('guard: extension told, read on the 10-week day itself (Tue 10 Nov 2026): not late yet', () => {
    const p = buildPlan(sept('ja'), '2026-11-10');
    expect(decision(p).deadline).toMatchObject({ due: '2026-11-10', status: 'today' });
    expect(title(p, 'nl')).toBe(WAITING_TITLE);
  });
});

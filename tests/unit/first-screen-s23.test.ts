/**
 * Session 23 (s23-first): the plan's first screen ("Eerst dit") read as a parents' lawyer.
 *
 * 1. Two terms at once: a second open date of "Nu doen" that the first screen did not show (a removal's bezwaar
 *    behind a suspension's end; a refusal's bezwaar beside a removal's; a new registration's decision beside a
 *    refusal's bezwaar) is named on it ("Let ook op deze datum"), once, never a follow-up, never passed.
 * 2. The Geschillencommissie with a refusal and a removal counts from the earliest decision whose 6 weeks are still
 *    open (before: from the first decision, "voorbij", while the second decision's term ran on).
 * 3. The first screen as the page renders it (PlanPage FirstThings, called in Node and its text read from the
 *    vnode tree): an uncertain term says so beside the action, a passed date points to the step, the second term
 *    stands there, in all six languages (no raw key, the date in the language's format).
 * The dated cases are in tests/scenarios/012-eerst-dit-s23.yaml.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, type Plan } from '../../src/rules/plan';
import { firstThings } from '../../src/ui/firstThings';
import { CHOICE_STEPS, FOLLOW_UPS } from '../../src/rules/order';
import { FILING_STEPS } from '../../src/rules/catalogue';
import { i18n, type T } from '../../src/app/i18n';
import { formatDate } from '../../src/rules/dates';
import { FirstThings } from '../../src/ui/pages/PlanPage';
import { LANGUAGES } from '../../src/languages';
import type { Answers } from '../../src/flow/answers';
import { loadScenarios } from '../scenarios/suite';
import { textOf, tFor, loadPlanTexts } from './plan-texts';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;

/** Suspended from 25 November (one week: 2 December), a written removal decision of 20 November (bezwaar: 1 January). */
const suspendedAndRemoved = A({
  situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': '2026-11-25', 'thuis-hoeveel': 'helemaal', 'schorsing-datum': '2026-11-25',
  'lessen-nu': 'nee', ingeschreven: 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-20', 'verwijdering-andere-school': 'nee',
  'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee', opp: 'ja', 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'lpa-betrokken': 'nee', 'gesprek-gepland': 'nee', tekenen: 'nee',
  'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
});

/** A refusal (weigering-datum) and a removal (verwijdering-datum), both in writing, the child needs extra support. */
const refusedAndRemoved = (refusal: string, removal: string) =>
  A({
    situatie: ['aanmelden', 'handelingsverlegen'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-01', 'aanmelding-bevestiging': 'ja',
    'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': refusal,
    'weigering-andere-school': 'nee', opp: 'ja', 'opp-besproken': '2026-10-05', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', 'hv-schriftelijk': 'ja',
    'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': removal, 'verwijdering-andere-school': 'nee',
    'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
    'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
  });

/** A written refusal (bezwaar 6 weeks, GPO uncertain beside it). */
const refused = (date: string) =>
  A({
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-21', 'aanmelding-bevestiging': 'ja', 'ondersteuning-gemeld': 'ja',
    'meer-scholen': 'nee', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': date, 'weigering-andere-school': 'nee',
    'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
  });

describe('two terms at once: the second one is on the first screen', () => {
  it("a suspension ending first does not hide the removal's bezwaar (failed before: no `also`)", () => {
    const f = firstThings(buildPlan(suspendedAndRemoved, '2026-11-30'));
    expect(f.next?.id).toBe('schorsing-einde');
    expect(f.next?.deadline.due).toBe('2026-12-02');
    expect(f.also?.map((a) => a.id)).toEqual(['bezwaar-verwijdering']);
    expect(f.also?.[0]?.deadline).toMatchObject({ due: '2027-01-01', certain: true, status: 'upcoming' });
  });

  it("a refusal's bezwaar beside a removal's: both days on the first screen", () => {
    const f = firstThings(buildPlan(refusedAndRemoved('2026-11-23', '2026-11-09'), '2026-12-01'));
    expect(f.actions.map((a) => [a.id, a.deadline?.due])).toEqual([['bezwaar-verwijdering', '2026-12-21'], ['geschillencommissie', '2026-12-21']]);
    expect(f.also?.map((a) => [a.id, a.deadline.due])).toEqual([['bezwaar-weigering', '2027-01-04']]);
  });

  it('the GPO on the same day as its bezwaar is not repeated, and one term alone gives no second line', () => {
    expect(firstThings(buildPlan(refused('2026-11-23'), '2026-11-30')).also).toBeUndefined();
    const f = firstThings(buildPlan(suspendedAndRemoved, '2026-11-30'));
    // The GPO runs to the same 1 January as the bezwaar: named once.
    expect(buildPlan(suspendedAndRemoved, '2026-11-30').steps.find((s) => s.id === 'geschillencommissie')?.deadline?.due).toBe('2027-01-01');
    expect(f.also?.map((a) => a.id)).not.toContain('geschillencommissie');
  });

  it('on every scenario: `also` is every open filing term of "Nu doen" the screen does not show, then the nearest other one; never a follow-up, never passed', () => {
    let seen = 0;
    for (const s of loadScenarios()) {
      const plan = buildPlan(s.answers as Answers, s.today as Plan['today']);
      const f = firstThings(plan);
      const shownIds = new Set([...f.actions, f.next, f.extended].filter(Boolean).map((x) => x!.id));
      const shownDays = new Set([...f.actions, f.next].flatMap((x) => (x?.deadline && x.deadline.status !== 'passed' ? [x.deadline.due] : [])).concat(f.extended ? [f.extended.deadline.maybeExtendedTo] : []));
      const open = plan.steps.filter(
        (x) => x.group === 'nu' && x.deadline && x.deadline.status !== 'passed' && !FOLLOW_UPS.includes(x.id) && !CHOICE_STEPS.includes(x.id) && !shownIds.has(x.id),
      );
      // The Geschillencommissie is not named again on a day a bezwaar is named.
      const days = new Set([...shownDays, ...open.filter((x) => x.id !== 'geschillencommissie').map((x) => x.deadline!.due)]);
      const hidden = open.filter((x) => !(x.id === 'geschillencommissie' && days.has(x.deadline!.due)));
      if (!hidden.length) {
        expect(f.also, s.id).toBeUndefined();
        continue;
      }
      seen++;
      const ids = f.also!.map((a) => a.id);
      // Every hidden filing term is named (session 45: a third bezwaar was on no line).
      for (const x of hidden.filter((x) => FILING_STEPS.includes(x.id))) expect(ids, s.id).toContain(x.id);
      const others = hidden.filter((x) => !FILING_STEPS.includes(x.id));
      const namedOthers = f.also!.filter((a) => !FILING_STEPS.includes(a.id));
      expect(namedOthers.length, s.id).toBe(others.length ? 1 : 0);
      if (others.length) expect(namedOthers[0]!.deadline.daysLeft, s.id).toBe(Math.min(...others.map((x) => x.deadline!.daysLeft)));
      for (const a of f.also!) {
        expect(a.deadline.status, s.id).not.toBe('passed');
        expect(FOLLOW_UPS, s.id).not.toContain(a.id);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(8);
  });
});

describe('the Geschillencommissie with two decisions counts from the one still open', () => {
  it("the refusal's weeks passed, the removal's run: the GPO runs to the removal's day (failed before: 13 November, passed)", () => {
    const gpo = buildPlan(refusedAndRemoved('2026-10-02', '2026-11-16'), '2026-11-30').steps.find((s) => s.id === 'geschillencommissie');
    expect(gpo?.deadline).toMatchObject({ start: '2026-11-16', due: '2026-12-28', status: 'upcoming', certain: false });
  });

  it('both open: the earlier day, as before (session 19)', () => {
    const gpo = buildPlan(refusedAndRemoved('2026-11-20', '2026-11-16'), '2026-11-30').steps.find((s) => s.id === 'geschillencommissie');
    expect(gpo?.deadline).toMatchObject({ start: '2026-11-16', due: '2026-12-28' });
  });

  it('both passed: the day that passed last', () => {
    const gpo = buildPlan(refusedAndRemoved('2026-10-02', '2026-11-16'), '2027-01-06').steps.find((s) => s.id === 'geschillencommissie');
    expect(gpo?.deadline).toMatchObject({ start: '2026-11-16', due: '2026-12-28', status: 'passed' });
  });
});

// ── The page's FirstThings, read as text ─────────────────────────────────────────────────────



const screen = (plan: Plan, lang = 'nl') => textOf(FirstThings({ plan, t: tFor(lang) }));

describe('the first screen as the page renders it', () => {
  beforeAll(loadPlanTexts, 60_000);

  it('names the second term with its step (failed before: the bezwaar was not on the first screen)', () => {
    const text = screen(buildPlan(suspendedAndRemoved, '2026-11-30'));
    expect(text).toMatch(/Eerstvolgende datum: woensdag 2 december 2026/);
    expect(text).toMatch(/Let ook op deze datum: vrijdag 1 januari 2027 Nog 32 dagen\.\nVoor: Maak bezwaar tegen de verwijdering/);
  });

  it('says an uncertain term is not certain beside the action itself, and a certain one not (failed before)', () => {
    const text = screen(buildPlan(refused('2026-11-23'), '2026-11-30'));
    const lines = text.split('\n');
    const gpo = lines.findIndex((l) => l.startsWith('Leg je zaak voor aan de Geschillencommissie'));
    expect(gpo).toBeGreaterThan(-1);
    expect(lines[gpo]).toMatch(/Uiterlijk maandag 4 januari 2027\. Nog 35 dagen\. Let op, deze termijn is niet zeker\./);
    const bezwaar = lines.find((l) => l.startsWith('Maak bezwaar tegen de weigering'));
    expect(bezwaar).toMatch(/Uiterlijk maandag 4 januari 2027\. Nog 35 dagen\.$/);
  });

  it('a passed date points to the step; the admission with the extension unknown keeps its own words (failed before: only "voorbij")', () => {
    const text = screen(buildPlan(refused('2026-10-16'), '2026-11-30'));
    expect(text).toMatch(/Maak bezwaar tegen de weigering Uiterlijk vrijdag 27 november 2026\. Deze datum is voorbij\. Lees bij deze stap wat dat betekent en wat je nu kunt doen\./);
    const ext = buildPlan(A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-10-05', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'weet-niet' }), '2026-11-30');
    const extText = screen(ext);
    expect(extText).toMatch(/tot maandag 14 december 2026/);
    expect(extText).not.toMatch(/Lees bij deze stap wat dat betekent/);
  });

  it('a school late with its admission decision: the first action does not tell the parent to wait (failed before: "Wacht op het besluit van de school")', () => {
    // Registered 1 September, extension told, 10 weeks ended 10 November; on 30 November still no decision (s005-aanmelding-verlengd-al-verstreken).
    const plan = buildPlan(A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-01', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'ja' }), '2026-11-30');
    const f = firstThings(plan);
    expect(f.actions[0]?.id).toBe('besluit-aanmelding');
    expect(f.actions[0]?.deadline).toMatchObject({ due: '2026-11-10', status: 'passed' });
    for (const { code } of LANGUAGES) {
      const first = screen(plan, code).split('\n').find((l) => l.includes(formatDate('2026-11-10', code as T['lang'])));
      expect(first, code).toBeDefined();
      expect(first, code).not.toMatch(/^(Wacht|Wait|Czekaj|Чекайте|انتظر)|bekleyin/);
    }
    // s61-blind D2: the 10-week day passed, so the title now says the school is late and what to do (was "Houd bij of de
    // school op tijd beslist").
    expect(screen(plan)).toMatch(/De school is te laat: vraag om het besluit op papier Uiterlijk dinsdag 10 november 2026\. Deze datum is voorbij\. Lees bij deze stap/);
  });

  it('a suspension past its week: the first action is not "ask when" but that the child goes back (failed before: "Vraag wanneer je kind terug mag")', () => {
    // Suspended since 16 November (the week ended 23 November), no removal decision (s002-schorsing-te-lang).
    const { 'verwijdering-datum': _d, 'verwijdering-andere-school': _o, ...rest } = suspendedAndRemoved as Record<string, unknown>;
    const plan = buildPlan({ ...rest, 'thuis-sinds': '2026-11-16', 'schorsing-datum': '2026-11-16', 'verwijdering-besluit': 'nee' } as unknown as Answers, '2026-11-30');
    const step = firstThings(plan).actions.find((a) => a.id === 'schorsing-einde');
    expect(step?.deadline).toMatchObject({ due: '2026-11-23', status: 'passed' });
    expect(screen(plan)).toMatch(/Zorg dat je kind weer naar school mag Uiterlijk maandag 23 november 2026\. Deze datum is voorbij\. Lees bij deze stap/);
    expect(screen(plan)).not.toMatch(/Vraag wanneer je kind terug mag/);
  });

  it('a term that may run from a day not known: not "no date" but "find that date first"; an oral decision keeps "no date" (failed before)', () => {
    const unknownDay = buildPlan({ ...refused('2026-10-16'), 'weigering-datum': 'weet-niet' } as Answers, '2026-11-30');
    expect(firstThings(unknownDay).unknownClock?.id).toBe('weigerdatum-achterhalen');
    for (const { code } of LANGUAGES) {
      const text = screen(unknownDay, code);
      const f = i18n.getFixedT(code);
      // Session 63 (lawyer-s63-objectnow): a refusal on paper whose day is unknown says more than "find that date first":
      // its 6 weeks may be running and a bezwaar can be made now.
      expect(text, code).toContain(f('filed63.clockUnknownObjectNow'));
      expect(text, code).not.toContain(f('planFirst.noDate'));
    }
    const oral = buildPlan(
      A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-05-12', 'opp-ingestemd': 'ja', 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'mondeling' }),
      '2026-11-30',
    );
    expect(firstThings(oral).unknownClock).toBeUndefined();
    // Session 60 (s60-first): this plan has the OPP's evaluation (a day the school must meet, B20), so "no date" is said as
    // "no term of yours", naming that step; still not "find that date first".
    expect(screen(oral)).toMatch(/Er staat geen termijn voor jou in je plan/);
    expect(screen(oral)).not.toContain(i18n.getFixedT('nl')('firstScreen.clockUnknown'));
  });

  it('in every language: the second term with its date in that language, no raw key, no Dutch line', () => {
    const plan = buildPlan(suspendedAndRemoved, '2026-11-30');
    const nl = screen(plan, 'nl');
    for (const { code } of LANGUAGES) {
      const text = screen(plan, code);
      expect(text, code).toContain(i18n.getFixedT(code)('firstScreen.alsoDate'));
      expect(text, code).toContain(formatDate('2027-01-01', code as T['lang']));
      expect(text, code).not.toMatch(/firstScreen\.|planFirst\.|\{\{/);
      if (code !== 'nl') expect(text, code).not.toContain('Let ook op deze datum');
      const passed = screen(buildPlan(refused('2026-10-16'), '2026-11-30'), code);
      expect(passed, code).toContain(i18n.getFixedT(code)('firstScreen.passedWhat'));
      if (code !== 'nl') expect(passed, code).not.toContain('Lees bij deze stap');
    }
    expect(nl).toMatch(/Let ook op deze datum/);
  });
});

/**
 * Session 24 (s24-order): the order of "Nu doen" and what reaches the first screen, as a parents' lawyer reads it.
 *
 * 1. A suspension past its week (at most one week in primary school, 002:2362) is the first thing to do: the school
 *    breaks the rule now and the child must be let back at once. Before, open terms came before passed ones, so it was
 *    step 3 beside a running removal bezwaar and not on the first screen. The bezwaar stays on it (the date line).
 *    The first screen's second-term line (`also`) takes a hidden bezwaar or Geschillencommissie before any other term.
 * 2. A removal decision that may exist ("weet ik niet": verwijderbesluit-navragen) may run its 6 weeks for bezwaar
 *    unseen (002:846-850): asking for it stands before other open dated steps (a suspension's end) and reaches the first
 *    screen; when the actions are full, the first screen names it beside the date ("misschien loopt er al een termijn").
 * 3. A meeting after a certain bezwaar and an uncertain Geschillencommissie: the warning `termijn-voor-gesprek` says
 *    the bezwaar's day as certain and the Geschillencommissie's as not certain (FACTS §X.2), in all six languages.
 * The dated cases are in tests/scenarios/014-volgorde-s24.yaml.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan, type Plan, type PlanStep } from '../../src/rules/plan';
import { firstThings } from '../../src/ui/firstThings';
import { DECISION_FINDERS, EDUCATION_FIRST, FOLLOW_UPS, WRITTEN_DECISION_FINDERS } from '../../src/rules/order';
import { FILING_STEPS } from '../../src/rules/catalogue';
import { LANGUAGES } from '../../src/languages';
import type { Answers } from '../../src/flow/answers';
import type { Deadline } from '../../src/rules/deadlines';
import { loadScenarios } from '../scenarios/suite';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;

/** A suspended child at home (suspended since `since`), a removal decision as `removal` says. */
const suspended = (since: string, removal: Record<string, string>) =>
  A({
    situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': since, 'thuis-hoeveel': 'helemaal', 'schorsing-datum': since,
    'lessen-nu': 'nee', ingeschreven: 'ja', ...removal, 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee',
    opp: 'ja', 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
    'lpa-betrokken': 'nee', 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
  });
const written = { 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-20', 'verwijdering-andere-school': 'nee' };
const unknown = { 'verwijdering-besluit': 'weet-niet', 'verwijdering-andere-school': 'nee' };

describe('1. a suspension past its week goes first', () => {
  it('beside a running removal bezwaar: the first action is "let the child back", the bezwaar stays on the first screen (failed before: step 3)', () => {
    // Suspended since 16 November: the week ended on 23 November. Written removal decision of 20 November: bezwaar to 1 January.
    const plan = buildPlan(suspended('2026-11-16', written), '2026-11-30');
    const nu = plan.steps.filter((s) => s.group === 'nu').map((s) => s.id);
    expect(nu[0]).toBe('schorsing-einde');
    expect(plan.steps[0]!.deadline).toMatchObject({ due: '2026-11-23', status: 'passed' });
    const f = firstThings(plan);
    expect(f.actions.map((a) => a.id)).toEqual(['schorsing-einde', 'onderwijs-thuis-vragen']);
    // The parent's own hard deadline is still on the first screen: the nearest date, with its step named.
    expect(f.next?.id).toBe('bezwaar-verwijdering');
    expect(f.next?.deadline).toMatchObject({ due: '2027-01-01', certain: true });
  });

  it('an open suspension keeps its place by date: only a passed one is moved up (guard)', () => {
    // Suspended since 25 November: ends 2 December, still open. Education first, then the dates (as in session 23).
    const plan = buildPlan(suspended('2026-11-25', written), '2026-11-30');
    expect(plan.steps.filter((s) => s.group === 'nu').map((s) => s.id).slice(0, 3)).toEqual(['onderwijs-thuis-vragen', 'schorsing-einde', 'bezwaar-verwijdering']);
  });

  it('the second-term lines take a hidden bezwaar or GPO before a nearer other term (failed before: the nearest)', () => {
    const dl = (due: string, daysLeft: number, certain = true): Deadline => ({
      start: '2026-11-20', startWhat: 'besluit-bekend', amount: 6, unit: 'weeks', due, daysLeft, status: 'upcoming', certain,
    });
    const step = (id: string, deadline?: Deadline): PlanStep => ({ id, group: 'nu', section: 'x', letters: [], contacts: [], params: {}, ...(deadline ? { deadline } : {}) });
    const plan: Plan = {
      today: '2026-11-30',
      situations: [],
      warnings: [],
      steps: [
        step('schorsing-einde', { ...dl('2026-11-23', -7), status: 'passed' }),
        step('onderwijs-thuis-vragen'),
        step('besluit-aanmelding', dl('2026-12-03', 3)),
        step('besluit-aanmelding-2', dl('2026-12-05', 5)),
        step('bezwaar-verwijdering', dl('2026-12-10', 10)),
      ],
    };
    const f = firstThings(plan);
    expect(f.next?.id).toBe('besluit-aanmelding');
    // Session 45: every hidden filing term first, then the nearest other hidden term.
    expect(f.also?.map((a) => a.id)).toEqual(['bezwaar-verwijdering', 'besluit-aanmelding-2']);
  });
});

describe('2. a removal decision that may exist reaches the first screen', () => {
  it('beside a suspension that ends in 6 days: asking the board is an action (failed before: step 3)', () => {
    // Suspended since 29 November: ends 6 December. The parent does not know whether the board decided a removal.
    const plan = buildPlan(suspended('2026-11-29', unknown), '2026-11-30');
    const f = firstThings(plan);
    expect(f.actions.map((a) => a.id)).toEqual(['onderwijs-thuis-vragen', 'verwijderbesluit-navragen']);
    // The suspension's end is still the nearest date, its step named.
    expect(f.next?.id).toBe('schorsing-einde');
    expect(f.next?.deadline.due).toBe('2026-12-06');
  });

  it('when the actions are full, the first screen names it beside the date (failed before: nothing)', () => {
    // A suspension past its week and education take both actions; a written refusal elsewhere gives a date ahead.
    const plan = buildPlan(
      A({
        ...(suspended('2026-11-16', unknown) as unknown as Record<string, string>),
        situatie: ['thuiszitten', 'aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-02', 'aanmelding-bevestiging': 'ja',
        'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja',
        'weigering-datum': '2026-11-23', 'weigering-andere-school': 'nee', vervoer: 'nee',
      }),
      '2026-11-30',
    );
    const f = firstThings(plan);
    expect(f.actions.map((a) => a.id)).toEqual(['schorsing-einde', 'onderwijs-thuis-vragen']);
    expect(f.next).toBeDefined();
    expect(f.unknownClock?.id).toBe('verwijderbesluit-navragen');
  });

  it('on every scenario: a decision finder under "Nu doen" is on the first screen, and stands before every open non-filing dated step', () => {
    let seen = 0;
    for (const s of loadScenarios()) {
      const plan = buildPlan(s.answers as Answers, s.today as Plan['today']);
      const nu = plan.steps.filter((x) => x.group === 'nu');
      // Session 62 (s62-blind D2): the finder of a written decision's date is the one the first screen names, when there is one.
      const finder = nu.find((x) => WRITTEN_DECISION_FINDERS.includes(x.id)) ?? nu.find((x) => DECISION_FINDERS.includes(x.id));
      if (!finder) continue;
      seen++;
      const f = firstThings(plan);
      expect([...f.actions, f.unknownClock].some((x) => x?.id === finder.id), s.id).toBe(true);
      const at = nu.indexOf(finder);
      const other = nu.findIndex(
        (x) => x.deadline !== undefined && x.deadline.status !== 'passed' && !FILING_STEPS.includes(x.id) && !FOLLOW_UPS.includes(x.id) && !EDUCATION_FIRST.includes(x.id),
      );
      if (other >= 0) expect(at, s.id).toBeLessThan(other);
    }
    expect(seen).toBeGreaterThanOrEqual(3);
  });
  it('beside a date the line says "also" and names the bezwaar, in every language, not the no-date "find it first" (session 24)', async () => {
    for (const { code } of LANGUAGES) {
      const ui = ((await import(`../../src/content/generated/pagetexts.${code}.ts`)) as { default: { firstScreen: Record<string, string> } }).default;
      expect(ui.firstScreen.clockUnknownAlso, code).toMatch(/bezwaar/);
      expect(ui.firstScreen.clockUnknownAlso, code).not.toBe(ui.firstScreen.clockUnknown);
    }
  });
});

describe('3. the meeting warning with a certain bezwaar and an uncertain Geschillencommissie', () => {
  /** Written removal decision 2 November (bezwaar 14 December, GPO 14 December uncertain), meeting 17 December (s010). */
  const mixed = A({
    situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-02',
    'verwijdering-andere-school': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee', opp: 'ja', 'opp-besproken': '2026-09-14',
    'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'ja',
    'gesprek-datum': '2026-12-17', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
  });
  /** The words each language uses for "not certain" (as in plan.uncertain). */
  const NOT_CERTAIN: Record<string, RegExp> = { nl: /niet zeker/, en: /not certain/, tr: /kesin değil/, pl: /nie jest pewna/, uk: /не певна/, ar: /غير مؤكد/ };

  it('the plan has the certain warning, with both terms before the meeting and the GPO uncertain', () => {
    const plan = buildPlan(mixed, '2026-11-30');
    expect(plan.warnings.map((w) => w.id)).toContain('termijn-voor-gesprek');
    const gpo = plan.steps.find((s) => s.id === 'geschillencommissie');
    const bezwaar = plan.steps.find((s) => s.id === 'bezwaar-verwijdering');
    expect([bezwaar?.deadline?.due, bezwaar?.deadline?.certain]).toEqual(['2026-12-14', true]);
    expect([gpo?.deadline?.due, gpo?.deadline?.certain]).toEqual(['2026-12-14', false]);
  });

  it('in every language the warning and the meeting card say the GPO date is not certain, and state only the bezwaar as falling earlier (failed before)', async () => {
    for (const { code } of LANGUAGES) {
      const steps = ((await import(`../../src/content/generated/steps.${code}.ts`)) as { default: { warnings: Record<string, { text: string }> } }).default;
      const ui = ((await import(`../../src/content/generated/meetingtexts.${code}.ts`)) as { default: { meeting: { knowItem: Record<string, string> } } }).default;
      const warning = steps.warnings['termijn-voor-gesprek']!.text;
      const card = ui.meeting.knowItem['termijn-voor-gesprek']!;
      expect(warning, code).toMatch(NOT_CERTAIN[code]!);
      expect(card, code).toMatch(NOT_CERTAIN[code]!);
      expect(warning, code).toMatch(/Geschillencommissie/);
    }
    const code = 'nl';
    const nl = ((await import(`../../src/content/generated/steps.${code}.ts`)) as { default: { warnings: Record<string, { text: string }> } }).default.warnings['termijn-voor-gesprek']!.text;
    expect(nl).toMatch(/de laatste dag voor je bezwaar valt eerder/);
    expect(nl).not.toMatch(/bezwaar of voor de Geschillencommissie passend onderwijs valt eerder/);
  });
});

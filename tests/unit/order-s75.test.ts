/**
 * Session 75 (s75-order): order and notes in the plan, three items session 74 left open. The stories are in
 * tests/scenarios/061-order-s75.yaml. The tests marked "(failed before)" failed on da2f63e6, the tree before this session's
 * fixes (run there).
 * 1. After a decision on a bezwaar logged in the timeline, "Lees het besluit op je bezwaar, en wacht niet" (bezwaar-loopt with
 *    OBJECTION_DECIDED_TEXTS) and "Vraag om het OPP van je kind" were both undated in "Nu doen" with the same rank, so the
 *    catalogue's order put the OPP first. Now rule 3c (src/rules/order.ts): the decision comes right after the dated steps of
 *    its group, before every other undated step. A step with a date of its own keeps its place before it.
 * 2. The toilet-training note (ui blind74.nietZindelijk, A33) said "Dat mag een school soms" beside the warning that a school
 *    may refuse a child who needs extra support only once another school admits it (A11). The sources do not reconcile the
 *    two; the note now says what is sure, that the rest is not certain, and whom to ask.
 * 3. A bezwaar and the Geschillencommissie ending on one day in one holiday window: each step keeps its own note (findable
 *    at its step); the first screen, which said nothing of the holiday, says it once (ui order75.firstHoliday).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanStep } from '../../src/rules/plan';
import { OBJECTION_DECIDED_TEXTS, orderPlan } from '../../src/rules/order';
import { deadline } from '../../src/rules/deadlines';
import { addDays } from '../../src/rules/calendar';
import { firstScreenParts, firstThings } from '../../src/ui/firstThings';
import { timelinePlan } from '../scenarios/run';
import type { Scenario } from '../scenarios/suite';
import type { Answers } from '../../src/flow/answers';

const base = { section: 's', letters: [], contacts: [], params: {} };
const undated = (id: string, extra: Partial<PlanStep> = {}): PlanStep => ({ ...base, id, group: 'nu', ...extra });
const decided = undated('bezwaar-loopt', { texts: OBJECTION_DECIDED_TEXTS });
const order = (steps: PlanStep[]) => orderPlan(steps, []).steps.map((s) => s.id);

describe('1. the decision on a bezwaar is read first (rule 3c)', () => {
  it('(failed before) before "Vraag om het OPP", in whichever order the steps come', () => {
    expect(order([undated('opp-vragen'), decided])).toEqual(['bezwaar-loopt', 'opp-vragen']);
    expect(order([decided, undated('opp-vragen')])).toEqual(['bezwaar-loopt', 'opp-vragen']);
  });
  it('(failed before) before the steps that look for a clock (CLOCK_FINDERS) and the other undated steps', () => {
    expect(order([undated('aanmelddatum-achterhalen'), undated('steunpunt'), decided])).toEqual(['bezwaar-loopt', 'aanmelddatum-achterhalen', 'steunpunt']);
  });
  it('a step with a date of its own keeps its place before it: open (a bezwaar due in 8 days) and passed', () => {
    const open = undated('bezwaar-verwijdering', { deadline: deadline('2027-05-25', 'besluit-bekend', 6, 'weeks', '2027-06-28') });
    const passed = undated('besluit-aanmelding', { deadline: deadline('2027-04-01', 'aanmelding-ontvangen', 6, 'weeks', '2027-06-28') });
    expect(open.deadline?.status).toBe('upcoming');
    expect(passed.deadline?.status).toBe('passed');
    expect(order([undated('opp-vragen'), decided, passed, open])).toEqual(['bezwaar-verwijdering', 'besluit-aanmelding', 'bezwaar-loopt', 'opp-vragen']);
  });
  it('education first stays first (rule 2), and a follow-up stays last', () => {
    expect(order([undated('klacht-loopt'), decided, undated('onderwijs-thuis-vragen')])).toEqual(['onderwijs-thuis-vragen', 'bezwaar-loopt', 'klacht-loopt']);
  });
  it('a bezwaar still waiting for its decision (bezwaar-loopt with its own texts) keeps the catalogue order (guard)', () => {
    expect(order([undated('opp-vragen'), undated('bezwaar-loopt')])).toEqual(['opp-vragen', 'bezwaar-loopt']);
  });
  it('(failed before) Jesse\'s story (s075-order-besluit-op-bezwaar-voor-opp): the first action is reading the decision, the OPP second', () => {
    const plan = timelinePlan({
      id: 't', title: '', sources: [], story: '', today: '2027-05-26',
      answers: { situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', groep: 'groep-3-6' },
      timeline: [
        { kind: 'verwijdering-besluit', date: '2027-01-18', how: 'brief' },
        { kind: 'bezwaar-ingediend', date: '2027-02-22', how: 'brief' },
        { kind: 'gpo-ingediend', date: '2027-02-24', how: 'e-mail' },
        { kind: 'gpo-advies', date: '2027-05-03', how: 'brief' },
        { kind: 'bezwaar-beslist', date: '2027-05-24', how: 'brief' },
      ],
    } as unknown as Scenario);
    expect(firstThings(plan).actions.map((s) => [s.id, s.texts])).toEqual([['bezwaar-loopt', OBJECTION_DECIDED_TEXTS], ['opp-vragen', undefined]]);
  });
});

describe('2. the toilet-training note beside the warning (A33, A11)', () => {
  const note = async (lang: string) =>
    ((await import(`../../src/content/generated/pagetexts.${lang}.ts`)) as { default: { blind74?: { nietZindelijk?: string } } }).default.blind74?.nietZindelijk ?? '';
  it('(failed before) Dutch: not "Dat mag een school soms"; says it is not certain, the duty of care, the medical cause, and whom to ask', async () => {
    const nl = await note('nl');
    expect(nl).not.toMatch(/mag een school soms/);
    expect(nl).toMatch(/niet zeker/);
    expect(nl).toMatch(/extra hulp nodig\? Dan mag de school je kind pas weigeren als een andere school/);
    expect(nl).toMatch(/medische reden.*arts.*samen met jou naar een oplossing/);
    expect(nl).toMatch(/ouder- en jeugdsteunpunt of de onderwijsconsulenten/);
  });
  it('(failed before) in every language: the steunpunt and the onderwijsconsulenten named, no "sometimes allowed"', async () => {
    const sometimes: Record<string, RegExp> = { en: /may sometimes/, tr: /bazen/, pl: /czasem może/, uk: /іноді може/, ar: /أحياناً/ };
    for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
      const text = await note(lang);
      expect(text, lang).toMatch(/ouder- en jeugdsteunpunt/);
      expect(text, lang).toMatch(/onderwijsconsulenten/);
      if (sometimes[lang]) expect(text, lang).not.toMatch(sometimes[lang]!);
    }
  });
});

describe('3. one holiday line on the first screen, each step its own note', () => {
  const answers = (JSON.parse(readFileSync('tests/answers/aanmelden-geweigerd.json', 'utf8')) as { answers: Answers }).answers;
  const SHORT: Record<string, string> = {
    'ui:summer72.bezwaarInDeZomer': 'zomer',
    'ui:left73.bezwaarDoorDeZomer': 'september',
    'ui:winter73.bezwaarRondKerst': 'kerst',
    'ui:notes74.gpoInDeZomer': 'zomer',
    'ui:notes74.gpoDoorDeZomer': 'september',
    'ui:notes74.gpoRondKerst': 'kerst',
  };
  /** "bezwaar note | gpo note | first screen's holiday lines" for a refusal 6 weeks before `due`, read on `today`. */
  const row = (due: string, today: string): string => {
    const decision = addDays(due, -42);
    const plan = buildPlan({ ...answers, 'weigering-datum': decision }, today);
    const b = plan.steps.find((s) => s.id === 'bezwaar-weigering');
    const g = plan.steps.find((s) => s.id === 'geschillencommissie');
    if (b?.deadline?.due !== due || g?.deadline?.due !== due) throw new Error(`${due}: bezwaar ${b?.deadline?.due}, gpo ${g?.deadline?.due}`);
    const parts = firstScreenParts(firstThings(plan));
    const lines = parts.flatMap((p) => (p.part === 'holiday' ? [p.key.replace('order75.firstHoliday', '').toLowerCase()] : []));
    const note = (s: PlanStep) => (s.alsoNote ? SHORT[s.alsoNote] ?? s.alsoNote : '-');
    return `${note(b)}|${note(g)}|${lines.join('+') || '-'}`;
  };
  const ranges = (rows: readonly [string, string][]): string[] => {
    const out: string[] = [];
    let from = rows[0]![0];
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || rows[i]![1] !== rows[i - 1]![1]) {
        out.push(`${from}..${rows[i - 1]![0]} ${rows[i - 1]![1]}`);
        if (i < rows.length) from = rows[i]![0];
      }
    }
    return out;
  };
  it('(failed before) every last day from 1 June 2027 to 31 May 2028: both notes at their steps, one line on the first screen', () => {
    const early: [string, string][] = [];
    const onDay: [string, string][] = [];
    const after: [string, string][] = [];
    for (let due = '2027-06-01'; due <= '2028-05-31'; due = addDays(due, 1)) {
      early.push([due, row(due, addDays(due, -41))]);
      onDay.push([due, row(due, due)]);
      after.push([due, row(due, addDays(due, 1))]);
    }
    const expected = [
      '2027-06-01..2027-06-30 -|-|-',
      '2027-07-01..2027-08-31 zomer|zomer|zomer',
      '2027-09-01..2027-09-21 september|september|september',
      '2027-09-22..2027-12-17 -|-|-',
      '2027-12-18..2028-01-09 kerst|kerst|kerst',
      '2028-01-10..2028-01-16 ui:holiday76.bezwaarNaKerst|ui:holiday76.gpoNaKerst|holiday76.firstholidaynakerst', // s76-holiday, 1
      '2028-01-17..2028-02-06 ui:winter85.bezwaarDoorKerst|ui:winter85.gpoDoorKerst|winter85.firstholidaydoorkerst', // s85-winter, 1 (before: none)
      '2028-02-07..2028-05-31 -|-|-',
    ];
    expect(ranges(early)).toEqual(expected);
    expect(ranges(onDay)).toEqual(expected);
    expect(ranges(after)).toEqual(['2027-06-01..2028-05-31 -|-|-']);
  });
  it('the line is below the actions, and each window is said once', () => {
    const plan = buildPlan({ ...answers, 'weigering-datum': '2027-11-06' }, '2027-11-08');
    const parts = firstScreenParts(firstThings(plan)).map((p) => p.part);
    expect(parts.filter((p) => p === 'holiday')).toHaveLength(1);
    expect(parts.indexOf('holiday')).toBeGreaterThan(parts.indexOf('actions'));
  });
  it('the first screen\'s holiday lines are texts in every language', async () => {
    for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
      const ui = (await import(`../../src/content/generated/pagetexts.${lang}.ts`)) as { default: { order75?: Record<string, string> } };
      for (const w of ['Zomer', 'September', 'Kerst']) expect(ui.default.order75?.[`firstHoliday${w}`], `${lang} ${w}`).toMatch(/\S/);
    }
  });
});

/**
 * Session 28 (s28-open): plan points session 26/27 left open, read as a parents' lawyer. Each "(failed before)" test
 * failed on main ea0d368. The dated answers-only cases are in tests/scenarios/018-open-s28.yaml.
 *
 *  1. The timeline step eerdere-verwijdering (a written removal decision, then a call about it) named only the bezwaar at
 *     the school board. The main removal route has the Geschillencommissie beside it (F07: removal of any pupil,
 *     001:723-729), within the same 6 weeks, which are not in the sources (F13, EXT: not certain).
 *  2. A refusal, then an admission at the next school: the bezwaar against the refusal is a choice (warning
 *     weigering-blijft-na-toelating), but the first screen ("Eerst dit") listed it as "do this first" without saying so.
 *     Now it says it is a choice, with the last day. Also for the timeline step weigering-voor-toelating.
 *  3. A refusal letter and, the same day, the refusal by phone: the call wrote "not on paper" over the letter. The plan
 *     then asked for the decision on paper, chased the school's own decision term, and showed the letter's term as an
 *     "eerdere weigering" ("a new refusal does not stop it"). Chosen: a call on the day of a letter with the same
 *     decision is the same decision told twice (the school calls and the letter comes): the call changes nothing.
 *  4. Found while reading: the same for a refusal by phone days after the letter with no new registration between (a
 *     refusal answers a registration: without a new one there is no second refusal). After a registration at the next
 *     school a refusal by phone is still that school's, with "ask it on paper" (guard).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/languages';
import { formatDate } from '../../src/rules/dates';
import type { Answers } from '../../src/flow/answers';
import { buildPlan, type Plan, type PlanStep } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { firstThings } from '../../src/ui/firstThings';
import { FirstThings } from '../../src/ui/pages/PlanPage';
import { loadTexts, renderFirstScreen } from '../../src/cli/plan';
import { eventMaker, log } from './timeline-log';
import { textOf, tFor, loadPlanTexts } from './plan-texts';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
type State = ReturnType<typeof log>;
const planAt = (s: State, today: string): Plan => withMeetings(buildPlan(s.answers, today), s.data.events);
const stepOf = (p: Plan, id: string): PlanStep | undefined => p.steps.find((x) => x.id === id);
const ids = (p: Plan) => p.steps.map((x) => x.id);

beforeAll(loadPlanTexts);

// ── 1. The earlier removal step names the Geschillencommissie and its term ─────────────────────────────────────────
describe('1. eerdere-verwijdering: the same route as the main removal step', () => {
  const ev = eventMaker('v', ['bestuur']);
  const HV = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' });
  // Session 30: a call about the removal with no registration since is the same removal told again (removal-s30); the
  // earlier-removal step is for a removal by phone at the next school, after a registration there.
  const s = log(HV, [{ ...ev('verwijdering-besluit', '2026-10-01'), how: 'brief' }, ev('aanmelding-ontvangen', '2026-10-05', ['school']), { ...ev('verwijdering-besluit', '2026-10-20'), how: 'telefoon' }]);
  const p = planAt(s, '2026-10-21');

  it('the step is there with the bezwaar date (the starting point)', () => {
    expect(stepOf(p, 'eerdere-verwijdering')?.deadline).toMatchObject({ start: '2026-10-01', due: '2026-11-12', certain: true });
  });

  it('nl: the step names the Geschillencommissie, within the same 6 weeks, not certain, and whom to ask (failed before)', () => {
    const t = tFor('nl');
    const why = t.raw(`${stepOf(p, 'eerdere-verwijdering')!.texts}.why`, { besluit: formatDate('2026-10-01', 'nl') });
    expect(why).toMatch(/Geschillencommissie passend onderwijs/);
    expect(why).toMatch(/dezelfde 6 weken/);
    expect(why).toMatch(/niet zeker/);
    expect(why).toMatch(/onderwijsgeschillen\.nl/);
    // Already objected: no second bezwaar needed, but the commission is still open ("niets meer" said otherwise).
    expect(why).toMatch(/Heb je al bezwaar gemaakt tegen dit besluit\? Dan hoef je dat niet nog eens te doen\./);
    expect(why).not.toMatch(/niets meer te doen/);
    // A removal of any pupil can go there (F07): no "had your child extra support?" condition.
    expect(why).not.toMatch(/extra hulp/);
  });

  // "Already objected? Then nothing more to do" must not come after the Geschillencommissie: that read as "no commission
  // either", while the commission runs beside a bezwaar already made (steps.geschillencommissie: one does not wait for the other).
  const ALREADY: Record<string, string> = {
    nl: 'Heb je al bezwaar gemaakt tegen dit besluit?', en: 'Have you already objected to this decision?', tr: 'Bu karara zaten itiraz ettiniz mi?',
    pl: 'Czy już złożyłeś/złożyłaś sprzeciw wobec tej decyzji?', uk: 'Ви вже подали заперечення проти цього рішення?', ar: 'هل قدّمت اعتراضاً على هذا القرار من قبل؟',
  };
  it.each(LANGUAGES.map((l) => l.code))('%s: "already objected" comes before the Geschillencommissie', (lang) => {
    const why = tFor(lang).raw(`${stepOf(p, 'eerdere-verwijdering')!.texts}.why`, { besluit: formatDate('2026-10-01', lang) });
    const already = ALREADY[lang] ?? '(no text for this language)';
    expect(why).toContain(already);
    expect(why.indexOf(already)).toBeLessThan(why.indexOf('Geschillencommissie'));
  });

  it.each(LANGUAGES.map((l) => l.code))('%s: the Geschillencommissie, its 6 weeks and where to ask are in the text (failed before)', (lang) => {
    const t = tFor(lang);
    const why = t.raw(`${stepOf(p, 'eerdere-verwijdering')!.texts}.why`, { besluit: formatDate('2026-10-01', lang) });
    expect(why).toMatch(/Geschillencommissie/);
    expect(why).toMatch(/onderwijsgeschillen\.nl/);
    expect(why.match(/6/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });
});

// ── 2. The first screen says the bezwaar is a choice after an admission elsewhere ──────────────────────────────────
/** School A refused on 9 November (on paper); school B got the registration on 1 December and admitted on 10 December. */
const ADMITTED_ELSEWHERE = A({
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-12-01', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'toegelaten', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-11-09', 'weigering-andere-school': 'nee',
  'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
});
const REFUSED_ONLY = A({ ...(ADMITTED_ELSEWHERE as Record<string, string | string[]>), 'aanmelding-datum': '2026-09-28', 'aanmelding-besluit': 'geweigerd' });

describe('2. a refusal, then an admission at the next school: the first screen says the bezwaar is a choice', () => {
  const p = buildPlan(ADMITTED_ELSEWHERE, '2026-12-14');

  it('firstThings names the bezwaar as a choice, with its step and date (failed before)', () => {
    const f = firstThings(p);
    expect(p.warnings.map((w) => w.id)).toContain('weigering-blijft-na-toelating');
    expect(f.choice).toMatchObject({ maybe: false, step: { id: 'bezwaar-weigering', deadline: { due: '2026-12-21' } } });
    // The date is not hidden: the bezwaar is still the first date and the first action.
    expect(f.next?.deadline.due).toBe('2026-12-21');
    expect(f.actions[0]?.id).toBe('bezwaar-weigering');
  });

  it('the CLI first screen says "keuze" and the last day (failed before)', async () => {
    const out = renderFirstScreen(p, await loadTexts('nl'));
    const line = out.split('\n').find((l) => /keuze/.test(l));
    expect(line).toBeDefined();
    expect(line).toContain('maandag 21 december 2026');
    expect(line).toMatch(/andere school/);
    // Before the list of first actions, so it is read before "Doe deze twee dingen als eerste".
    expect(out.indexOf(line!)).toBeLessThan(out.indexOf('### Doe'));
  });

  it.each(LANGUAGES.map((l) => l.code))('%s: the plan page\'s first screen has the choice line with the date (failed before)', (lang) => {
    const t = tFor(lang);
    const text = textOf(FirstThings({ plan: p, t }));
    const line = t('open28.choiceElsewhereGpo', { date: formatDate('2026-12-21', lang) });
    expect(line).not.toMatch(/open28/);
    // uk dates end in "р.": no sentence period after them ("2026 р..").
    expect(line).not.toMatch(/\.\./);
    expect(text).toContain(line);
  });

  it('the Geschillencommissie is named only when it is on the plan: a child without extra support has no GPO step (failed before)', async () => {
    const noSupport = buildPlan(A({ ...(ADMITTED_ELSEWHERE as Record<string, string | string[]>), 'ondersteuning-gemeld': 'nee' }), '2026-12-14');
    expect(stepOf(noSupport, 'geschillencommissie')).toBeUndefined();
    expect(firstThings(noSupport).choice).toMatchObject({ gpo: false, step: { id: 'bezwaar-weigering' } });
    const out = renderFirstScreen(noSupport, await loadTexts('nl'));
    expect(out).toMatch(/nu een keuze/);
    expect(out).not.toMatch(/Geschillencommissie/);
    expect(firstThings(p).choice?.gpo).toBe(true);
    for (const { code } of LANGUAGES) {
      const t = tFor(code);
      const with_ = t('open28.choiceElsewhereGpo', { date: formatDate('2026-12-21', code) });
      expect(with_, code).toMatch(/Geschillencommissie/);
      expect(with_, code).not.toMatch(/\.\./);
      expect(t('open28.choiceElsewhere', { date: formatDate('2026-12-21', code) }), code).not.toMatch(/Geschillencommissie/);
      expect(textOf(FirstThings({ plan: p, t }))).toContain(with_);
    }
  });

  it('guard: a refusal without an admission: no choice line', async () => {
    const q = buildPlan(REFUSED_ONLY, '2026-12-14');
    expect(stepOf(q, 'bezwaar-weigering')?.deadline?.due).toBe('2026-12-21');
    expect(firstThings(q).choice).toBeUndefined();
    expect(renderFirstScreen(q, await loadTexts('nl'))).not.toMatch(/keuze/);
  });

  it('guard: the 6 weeks passed: no choice line (nothing to choose any more)', () => {
    expect(firstThings(buildPlan(ADMITTED_ELSEWHERE, '2026-12-22')).choice).toBeUndefined();
  });

  describe('the timeline variant (weigering-voor-toelating: the same school or the next one is not known)', () => {
    const ev = eventMaker('t', ['school']);
    const s = log(A({ situatie: ['aanmelden'] }), [ev('aanmelding-ontvangen', '2026-04-20'), { ...ev('besluit-geweigerd', '2026-06-01'), how: 'brief' }, ev('besluit-toegelaten', '2026-06-10')]);
    const q = planAt(s, '2026-06-11');

    it('firstThings names it as a possible choice (failed before)', () => {
      expect(stepOf(q, 'weigering-voor-toelating')?.deadline?.due).toBe('2026-07-13');
      expect(firstThings(q).choice).toMatchObject({ maybe: true, step: { id: 'weigering-voor-toelating', deadline: { due: '2026-07-13' } } });
    });

    it.each(LANGUAGES.map((l) => l.code))('%s: the plan page\'s first screen has the line with the date (failed before)', (lang) => {
      const t = tFor(lang);
      const line = t('open28.choiceMaybe', { date: formatDate('2026-07-13', lang) });
      expect(line).not.toMatch(/open28/);
      expect(line).not.toMatch(/\.\./);
      expect(textOf(FirstThings({ plan: q, t }))).toContain(line);
    });
  });
});

// ── 3. A refusal letter and, the same day, the refusal by phone ────────────────────────────────────────────────────
describe('3. a letter and a call with the same decision on one day: the same decision told twice', () => {
  const ev = eventMaker('d', ['school', 'bestuur']);
  const reg = ev('aanmelding-ontvangen', '2026-04-20');
  const letter = { ...ev('besluit-geweigerd', '2026-06-01'), how: 'brief' as const };
  const call = { ...ev('besluit-geweigerd', '2026-06-01'), how: 'telefoon' as const };

  it('the answers keep the letter: refused in writing on 1 June (failed before: "nee")', () => {
    const s = log(A({ situatie: ['aanmelden'] }), [reg, letter, call]);
    expect(s.answers).toMatchObject({ 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-06-01', 'aanmelding-besluit': 'geweigerd' });
  });

  it('the plan: the refusal\'s own bezwaar and the Geschillencommissie; no "eerdere weigering", no "ask it on paper" (failed before)', () => {
    const p = planAt(log(A({ situatie: ['aanmelden'] }), [reg, letter, call]), '2026-06-02');
    expect(p.steps.filter((x) => x.deadline?.start === '2026-06-01' && x.id !== 'geschillencommissie').map((x) => `${x.id} ${x.deadline!.due} ${x.deadline!.certain}`)).toEqual(['bezwaar-weigering 2026-07-13 true']);
    expect(ids(p)).toContain('geschillencommissie');
    expect(ids(p)).not.toContain('eerdere-weigering');
    expect(ids(p)).not.toContain('weigering-op-papier-vragen');
    expect(ids(p)).not.toContain('besluit-telefoon-bezwaar');
    // The school has decided: its own 6 weeks for a decision are not chased any more.
    expect(ids(p)).not.toContain('besluit-aanmelding');
    expect(firstThings(p).next).toMatchObject({ id: 'bezwaar-weigering', deadline: { due: '2026-07-13' } });
  });

  it('the same for a removal: a written decision and a call the same day (failed before: "mondeling")', () => {
    const HV = A({ situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' });
    const r = eventMaker('e', ['bestuur']);
    const s = log(HV, [{ ...r('verwijdering-besluit', '2026-10-01'), how: 'brief' }, { ...r('verwijdering-besluit', '2026-10-01'), how: 'telefoon' }]);
    expect(s.answers['verwijdering-besluit']).toBe('schriftelijk');
    const p = planAt(s, '2026-10-02');
    expect(stepOf(p, 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2026-10-01', due: '2026-11-12', certain: true });
    expect(ids(p)).toContain('geschillencommissie');
    expect(ids(p)).not.toContain('verwijderbesluit-op-papier-vragen');
    expect(ids(p)).not.toContain('eerdere-verwijdering');
  });

  it('guard: the call first, then the letter the same day: the letter\'s bezwaar (unchanged)', () => {
    const p = planAt(log(A({ situatie: ['aanmelden'] }), [reg, call, letter]), '2026-06-02');
    expect(stepOf(p, 'bezwaar-weigering')?.deadline).toMatchObject({ due: '2026-07-13', certain: true });
  });

  it('4. a call two days after the letter, no new registration between: the same refusal told again (failed before)', () => {
    // A refusal answers a registration (A20, 002:748-750): without a new one there is no second refusal to ask about on
    // paper. Before: "De school zei alleen mondeling nee", the school's own decision term chased on the first screen, and
    // the letter's term as an "eerdere weigering" ("een nieuwe weigering stopt die termijn niet").
    const later = { ...ev('besluit-geweigerd', '2026-06-03'), how: 'telefoon' as const };
    const s = log(A({ situatie: ['aanmelden'] }), [reg, letter, later]);
    expect(s.answers).toMatchObject({ 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-06-01' });
    const p = planAt(s, '2026-06-04');
    expect(p.steps.filter((x) => x.deadline?.start === '2026-06-01' && x.id !== 'geschillencommissie').map((x) => `${x.id} ${x.deadline!.due} ${x.deadline!.certain}`)).toEqual(['bezwaar-weigering 2026-07-13 true']);
    expect(ids(p)).not.toContain('weigering-op-papier-vragen');
    expect(ids(p)).not.toContain('besluit-aanmelding');
    expect(ids(p)).not.toContain('eerdere-weigering');
  });

  it('guard: a registration at the next school, then a refusal there by phone: that one is news (ask it on paper), the letter\'s term stays', () => {
    const s = log(A({ situatie: ['aanmelden'] }), [reg, letter, ev('aanmelding-ontvangen', '2026-06-08'), { ...ev('besluit-geweigerd', '2026-06-22'), how: 'telefoon' as const }]);
    expect(s.answers['weigering-schriftelijk']).toBe('nee');
    const p = planAt(s, '2026-06-23');
    expect(ids(p)).toContain('weigering-op-papier-vragen');
    expect(p.steps.filter((x) => x.deadline?.start === '2026-06-01' && x.deadline.certain && x.id !== 'geschillencommissie').map((x) => `${x.id} ${x.deadline!.due}`)).toEqual(['eerdere-weigering 2026-07-13']);
  });

  it('guard: a call only, no letter: no certain clock (A20, FP02; unchanged)', () => {
    const p = planAt(log(A({ situatie: ['aanmelden'] }), [reg, call]), '2026-06-02');
    expect(ids(p)).toContain('weigering-op-papier-vragen');
    expect(p.steps.filter((x) => x.deadline?.start === '2026-06-01' && x.deadline.certain)).toEqual([]);
  });
});

// ── 4b. Found while reading: "confirm my registration" after the school has decided on it ─────────────────────────
describe('4b. ontvangst-bevestigen: not once the school decided on this registration in writing', () => {
  const ev = eventMaker('b', ['school']);

  it('the timeline story: refused on paper, then admitted: no "Vraag de school je aanmelding te bevestigen" among the first actions (failed before)', () => {
    const s = log(A({ situatie: ['aanmelden'] }), [ev('aanmelding-ontvangen', '2026-04-20'), { ...ev('besluit-geweigerd', '2026-06-01'), how: 'brief' }, ev('besluit-toegelaten', '2026-06-10')]);
    const p = planAt(s, '2026-06-11');
    expect(ids(p)).not.toContain('ontvangst-bevestigen');
    expect(firstThings(p).actions.map((x) => x.id)).toEqual(['weigering-voor-toelating', 'ondersteuning-melden']);
  });

  it('answers: admitted, or refused in writing on or after the registration, confirmation unanswered: no step (failed before)', () => {
    const base = { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-04-20' };
    expect(ids(buildPlan(A({ ...base, 'aanmelding-besluit': 'toegelaten' }), '2026-06-11'))).not.toContain('ontvangst-bevestigen');
    expect(ids(buildPlan(A({ ...base, 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-06-01' }), '2026-06-11'))).not.toContain('ontvangst-bevestigen');
  });

  it('guards: no decision yet, a refusal only by phone, a refusal on paper whose date is unknown, a new registration after a refusal: the step stays', () => {
    const base = { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-04-20' };
    expect(ids(buildPlan(A({ ...base, 'aanmelding-besluit': 'nog-niet' }), '2026-05-11'))).toContain('ontvangst-bevestigen');
    expect(ids(buildPlan(A({ ...base, 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'nee' }), '2026-06-11'))).toContain('ontvangst-bevestigen');
    expect(ids(buildPlan(A({ ...base, 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': 'weet-niet' }), '2026-06-11'))).toContain('ontvangst-bevestigen');
    // School B got the registration on 8 June, after A's refusal of 1 June: B's 6 weeks count from B's receipt.
    expect(ids(buildPlan(A({ ...base, 'aanmelding-datum': '2026-06-08', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-06-01' }), '2026-06-11'))).toContain('ontvangst-bevestigen');
  });
});

// ── 4c. Found while reading: the earlier-refusal steps and the Geschillencommissie's term ───────────────────────────
describe('4c. eerdere-weigering and weigering-voor-toelating name the Geschillencommissie as the main refusal route does', () => {
  // The main route (steps.geschillencommissie): within the same 6 weeks, beside the bezwaar, not certain (F13: EXT), ask
  // the commission. eerdere-weigering said "ask the steunpunt which term applies"; weigering-voor-toelating said nothing.
  const KEYS = ['ui:months.planStep.eerdereWeigering', 'ui:open26.planStep.weigeringVoorToelating'];

  it.each(KEYS)('nl %s: the Geschillencommissie within the same 6 weeks, not certain, ask the commission (failed before)', (key) => {
    const why = tFor('nl').raw(`${key}.why`, { besluit: formatDate('2026-06-01', 'nl') });
    expect(why).toMatch(/Geschillencommissie passend onderwijs/);
    expect(why).toMatch(/dezelfde 6 weken/);
    expect(why).toMatch(/niet zeker/);
    expect(why).toMatch(/onderwijsgeschillen\.nl/);
  });

  it.each(LANGUAGES.flatMap((l) => KEYS.map((k) => [l.code, k] as const)))('%s %s: the Geschillencommissie and where to ask (failed before)', (lang, key) => {
    const why = tFor(lang).raw(`${key}.why`, { besluit: formatDate('2026-06-01', lang) });
    expect(why).toMatch(/Geschillencommissie/);
    expect(why).toMatch(/onderwijsgeschillen\.nl/);
  });
});

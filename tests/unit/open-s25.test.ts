/**
 * Session 25 (s25-open): the points the session-24 closing note left open in the plans, letters and CLI, judged as a
 * parents' lawyer from the sources. Every block has tests that failed on main 8797cb2 ("guard" tests hold what must not
 * change, and passed before too). Scenarios beside it: tests/scenarios/015-open-s25.yaml.
 */
import { describe, expect, it } from 'vitest';
import { loadTexts, readAnswersFile, renderFirstScreen, run } from '../../src/cli/plan';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';
import { applicableAnswers, askedQuestions, firstUnanswered, isComplete } from '../../src/flow/route';
import { firstThings } from '../../src/ui/firstThings';
import { timelineItems, type TimelineData } from '../../src/timeline/model';
import { valuesFromAnswers } from '../../src/rules/letters';
import { formatDateShort } from '../../src/rules/dates';
import { eventMaker, flags, log } from './timeline-log';
import uiNl from '../../src/content/generated/pagetexts.nl';
import uiEn from '../../src/content/generated/pagetexts.en';

const WAITING = 'tests/answers/aanmelden-schriftelijk-wachten.json';
const step = (a: Answers, today: string, id: string) => buildPlan(a, today).steps.find((s) => s.id === id);
const uiTitle = (root: unknown, path: string): string => path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], root) as string;

// ── 4. `npm run plan` starts with the first screen, as the app does ────────────────────────────────────────────────

describe('npm run plan: the default markdown starts with "Eerst dit"', () => {
  it('the first screen comes right under the title, before the date made, the warnings and "Nu doen"', async () => {
    const r = await run([WAITING, '--today', '2026-11-23']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    const first = renderFirstScreen(buildPlan(readAnswersFile(WAITING, '2026-11-23').answers, '2026-11-23'), await loadTexts('nl'));
    expect(first).toContain(`## ${uiTitle(uiNl, 'planFirst.title')}`);
    // Line 1 the title, line 3 the first screen's heading (as PlanPage: Heading, then FirstThings).
    expect(md.split('\n').slice(0, 3)).toEqual(['# Jouw plan', '', `## ${uiTitle(uiNl, 'planFirst.title')}`]);
    expect(md).toContain(first.trimEnd());
    expect(md.indexOf(first.trimEnd())).toBeLessThan(md.indexOf('Gemaakt op'));
    expect(md.indexOf('Gemaakt op')).toBeLessThan(md.indexOf('## Nu doen'));
    // Once: the plan below it is whole, the first screen is not repeated.
    expect(md.split(`## ${uiTitle(uiNl, 'planFirst.title')}`)).toHaveLength(2);
  });

  it('--format first still prints only the first screen; --lang en starts with it too', async () => {
    const f = await run([WAITING, '--today', '2026-11-23', '--format', 'first']);
    expect(f.stdout.startsWith('## ')).toBe(true);
    expect(f.stdout).not.toContain('## Nu doen');
    const en = await run([WAITING, '--today', '2026-11-23', '--lang', 'en']);
    expect(en.stdout.split('\n')[2]).toBe(`## ${uiTitle(uiEn, 'planFirst.title')}`);
    expect(en.stdout.indexOf('## Do now')).toBeGreaterThan(en.stdout.indexOf(`## ${uiTitle(uiEn, 'planFirst.title')}`));
  });
});

// ── 1. A dossier request logged by a parent who chose only "aanmelden" ─────────────────────────────────────────────

/**
 * The questionnaire asks about the dossier only in a conflict with the child's school (hasSchoolConflict). A parent who
 * chose only "aanmelden" can still send the letter "Inzage in het dossier" and log it (the school of a child who moves
 * sends its file along, G14; the AVG applies to every school, G05): the request's answers were dropped as "not asked",
 * and the plan had no step and no month, while "te laat?" flagged it a month later. Now the answers the event writes are
 * kept (questions.ts keptWhen) without asking anything new.
 */
describe('a dossier request logged with only "aanmelden" gets its (uncertain) month in the plan', () => {
  const ev = eventMaker('s25d', ['school']);
  const AANMELDEN: Answers = {
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-02', 'aanmelding-bevestiging': 'ja',
    'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'nee', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee',
    'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
  };
  it('the plan has dossier-herinneren from the request, due a month later, not certain (failed before: no step)', () => {
    const s = log(AANMELDEN, [ev('dossier-gevraagd', '2026-12-01')]);
    const d = step(s.answers, '2026-12-10', 'dossier-herinneren');
    expect(d?.deadline).toMatchObject({ start: '2026-12-01', due: '2027-01-01', certain: false, status: 'upcoming' });
    // Late: "Nu doen", as in every other situation, and the timeline's flag agrees with the plan's date.
    expect(step(s.answers, '2027-01-02', 'dossier-herinneren')).toMatchObject({ group: 'nu', deadline: { status: 'passed' } });
    expect(flags(s, '2027-01-02').filter((f) => f.id === 'dossier')).toEqual([expect.objectContaining({ start: '2026-12-01', due: '2027-01-01', uncertain: true })]);
  });
  it('received: the step goes; nothing logged: no dossier step at all', () => {
    const s = log(AANMELDEN, [ev('dossier-gevraagd', '2026-12-01'), ev('dossier-ontvangen', '2026-12-20')]);
    expect(step(s.answers, '2027-01-02', 'dossier-herinneren')).toBeUndefined();
    expect(buildPlan(AANMELDEN, '2026-12-10').steps.filter((x) => x.id.startsWith('dossier'))).toEqual([]);
  });
  it('the questionnaire does not change: no dossier question is asked, the walk stays complete', () => {
    const s = log(AANMELDEN, [ev('dossier-gevraagd', '2026-12-01')]);
    expect(isComplete(AANMELDEN)).toBe(true);
    expect(isComplete(s.answers)).toBe(true);
    expect(askedQuestions(s.answers).map((q) => q.id)).toEqual(askedQuestions(AANMELDEN).map((q) => q.id));
    // The answers the plan may use do carry the request (the share link and the timeline read them the same way).
    expect(applicableAnswers(s.answers)).toMatchObject({ 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-12-01' });
  });
  it('"ik wil eerst lezen" only: nothing is kept (no situation, no plan)', () => {
    const s = log({ situatie: ['lezen'] }, [ev('dossier-gevraagd', '2026-12-01')]);
    expect(applicableAnswers(s.answers)['dossier-gevraagd-datum']).toBeUndefined();
  });
});

// ── 3. The next school admits the child: the first school's refusal and its bezwaar stay ──────────────────────────

/**
 * School A refused in writing; the parent registered at school B (logged "Aanmelding ontvangen") and B admitted the
 * child (logged "Toegelaten"). The one answer "aanmelding-besluit" became "toegelaten", and A's refusal, its bezwaar
 * (6 weeks, 002:748-750) and the GPO left the plan while their terms still ran. Nothing in the sources ends the right to
 * object when another school admits the child; a parent may still want school A (near home, a sibling, its grondslag).
 * Lawyer's call: keep the bezwaar and the GPO with their dates, and say it is a choice (warning
 * weigering-blijft-na-toelating: happy with B, do nothing; at B, B has the zorgplicht, 002:734-736, 2078-2086).
 */
describe('admitted at the next school after a written refusal: the refusal and its bezwaar stay, as a choice', () => {
  const ev = eventMaker('s25w', ['school']);
  const REFUSED: Answers = {
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-28', 'aanmelding-bevestiging': 'ja',
    'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-11-09', 'weigering-andere-school': 'nee',
    'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee',
    'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
  };
  const admittedAtB = log(REFUSED, [ev('aanmelding-ontvangen', '2026-12-01'), ev('besluit-toegelaten', '2026-12-10')]);

  it('the bezwaar against A keeps its date, the GPO stays, the warning says it is a choice (failed before: all gone)', () => {
    const plan = buildPlan(admittedAtB.answers, '2026-12-14');
    expect(plan.steps.find((s) => s.id === 'bezwaar-weigering')).toMatchObject({ group: 'nu', deadline: { start: '2026-11-09', due: '2026-12-21', certain: true } });
    expect(plan.steps.find((s) => s.id === 'geschillencommissie')?.deadline).toMatchObject({ start: '2026-11-09', due: '2026-12-21', certain: false });
    expect(plan.warnings.map((w) => w.id)).toContain('weigering-blijft-na-toelating');
    // B decided: no decision term for it, no "new registration" warning; B's admission brings its OPP step.
    expect(plan.steps.map((s) => s.id)).not.toContain('besluit-aanmelding');
    expect(plan.warnings.map((w) => w.id)).not.toContain('nieuwe-aanmelding-na-weigering');
    expect(plan.steps.map((s) => s.id)).toContain('opp-na-toelating');
    // On the first screen, as every open bezwaar term.
    const f = firstThings(plan);
    expect([f.next?.id, ...(f.also ?? []).map((a) => a.id), ...f.actions.map((a) => a.id)]).toContain('bezwaar-weigering');
  });

  it('the timeline still shows the refusal, and the plan opens no new question', () => {
    expect(isComplete(REFUSED)).toBe(true);
    // Session 58 (s58-oppdate): the admission of a child whose support need the school knows asks one new question, the
    // day of enrolment (the OPP's 6 weeks); the refusal's questions are not asked again.
    expect(firstUnanswered(admittedAtB.answers)?.id).toBe('inschrijving-datum');
    expect(isComplete({ ...admittedAtB.answers, 'inschrijving-datum': 'weet-niet' })).toBe(true);
    // Answered in the questionnaire, not logged: the refusal's date is still an item of the timeline.
    expect(timelineItems(admittedAtB.answers, admittedAtB.data.events).map((i) => [i.kind, i.date])).toContainEqual(['besluit-geweigerd', '2026-11-09']);
  });

  it('a bezwaar filed before the admission still runs (bezwaar-loopt), and is no longer asked for again', () => {
    const filed = log({ ...REFUSED, 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-11-20' }, [ev('aanmelding-ontvangen', '2026-12-01'), ev('besluit-toegelaten', '2026-12-10')]);
    const ids = buildPlan(filed.answers, '2026-12-14').steps.map((s) => s.id);
    expect(ids).toContain('bezwaar-loopt');
    expect(ids).not.toContain('bezwaar-weigering');
  });

  it("the bezwaar letter still carries the refusal's date (the school board of the first school objects to its own decision)", () => {
    expect(valuesFromAnswers(admittedAtB.answers, '2026-12-14', 'nl', 'bezwaar-weigering-verwijdering', admittedAtB.data.events).datum_besluit).toBe(formatDateShort('2026-11-09', 'nl'));
  });

  it('after the 6 weeks the bezwaar step says it is late, like any refusal', () => {
    expect(step(admittedAtB.answers, '2026-12-22', 'bezwaar-weigering')?.deadline?.status).toBe('passed');
  });

  it('guard: A itself admits after all (no registration after the refusal): the refusal is gone, no bezwaar', () => {
    const s = log(REFUSED, [ev('besluit-toegelaten', '2026-12-10')]);
    const plan = buildPlan(s.answers, '2026-12-14');
    expect(plan.steps.map((x) => x.id)).not.toContain('bezwaar-weigering');
    expect(plan.warnings.map((w) => w.id)).not.toContain('weigering-blijft-na-toelating');
  });

  it('guard: a refusal only by phone before the admission elsewhere has no bezwaar to keep', () => {
    const phone: Answers = { ...REFUSED, 'weigering-schriftelijk': 'nee' };
    delete (phone as Record<string, unknown>)['weigering-datum'];
    const s = log(phone, [ev('aanmelding-ontvangen', '2026-12-01'), ev('besluit-toegelaten', '2026-12-10')]);
    const plan = buildPlan(s.answers, '2026-12-14');
    expect(plan.steps.map((x) => x.id)).not.toContain('bezwaar-weigering');
    expect(plan.warnings.map((w) => w.id)).not.toContain('weigering-blijft-na-toelating');
  });
});

// ── 2. A registration at the next school after a refusal only by phone: the reminder letter ────────────────────────

/**
 * The step "Vraag om het besluit op papier" (for school A, which said no by phone) offers "Herinnering besluit over
 * aanmelding". After a registration at school B was logged, the one registration date in the answers is B's: the letter
 * to A said "Uw school heeft mijn aanmelding ontvangen op 10 december" and "de laatste dag voor uw besluit was
 * 21 januari" (B's 6 weeks), while A's own term had long passed. A letter must not give the school a later day than its
 * own. With two registrations and a refusal only by phone, the letter cannot know which school it goes to: it leaves
 * the day of receipt (and the day computed from it) for the parent to fill in, as it does for a day only sent.
 */
describe('herinnering-besluit after a refusal by phone and a registration elsewhere: no borrowed dates', () => {
  const ev = eventMaker('s25h', ['school']);
  const BY_PHONE: Answers = {
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-28', 'aanmelding-bevestiging': 'nee',
    'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'nee', 'weigering-andere-school': 'nee', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee',
  };
  const values = (s: { answers: Answers; data: TimelineData }) =>
    valuesFromAnswers(s.answers, '2026-12-14', 'nl', 'herinnering-besluit', s.data.events, s.data.base);

  it('A answered in the questionnaire, B logged: receipt date and last day left open (failed before: B\'s dates)', () => {
    const v = values(log(BY_PHONE, [ev('aanmelding-ontvangen', '2026-12-10')]));
    expect(v.datum_aanmelding).toBeUndefined();
    expect(v.datum_besluit_uiterlijk).toBeUndefined();
  });
  it('both registrations logged: left open too', () => {
    const v = values(log(BY_PHONE, [ev('aanmelding-ontvangen', '2026-09-28'), ev('aanmelding-ontvangen', '2026-12-10')]));
    expect(v.datum_aanmelding).toBeUndefined();
  });
  it('B only sent after A received: left open; guard: one registration sent, then received: the day of receipt stays', () => {
    expect(values(log(BY_PHONE, [ev('aanmelding-ontvangen', '2026-09-28'), ev('aanmelding-verstuurd', '2026-12-08'), ev('aanmelding-ontvangen', '2026-12-10')])).datum_aanmelding).toBeUndefined();
    const { 'aanmelding-datum': _answered, ...noDate } = BY_PHONE;
    const one = values(log(noDate, [ev('aanmelding-verstuurd', '2026-09-26'), ev('aanmelding-ontvangen', '2026-09-28')]));
    expect(one.datum_aanmelding).toBe(formatDateShort('2026-09-28', 'nl'));
  });
  it('guard: one registration, refused by phone: the letter keeps its date and last day', () => {
    const v = values(log(BY_PHONE, []));
    expect(v.datum_aanmelding).toBe(formatDateShort('2026-09-28', 'nl'));
    expect(v.datum_besluit_uiterlijk).toBe(formatDateShort('2026-11-09', 'nl'));
  });
  it('guard: a written refusal and a registration elsewhere: the reminder is for the new school, its date is right', () => {
    const written = log({ ...BY_PHONE, 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-11-09' }, [ev('aanmelding-ontvangen', '2026-12-10')]);
    expect(values(written).datum_aanmelding).toBe(formatDateShort('2026-12-10', 'nl'));
  });
});

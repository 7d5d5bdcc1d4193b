/**
 * Session 22 (s22-open): the plan, letter and timeline defects that the session-21 lawyer review left open. Each
 * is a wrong, missing or buried deadline; each test here failed on main ad6edde before its fix.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { fillLetter, letterText, onlySent, valuesFromAnswers } from '../../src/rules/letters';
import { buildPlan } from '../../src/rules/plan';
import { firstThings } from '../../src/ui/firstThings';
import { calendarSteps, planToIcs, type IcsTexts } from '../../src/rules/ics';
import { addEvent, deleteEvent, type TimelineEvent } from '../../src/timeline/model';
import { eventMaker, log, flags } from './timeline-log';
import lettersNl from '../../src/content/generated/letters.nl';
import lettersEn from '../../src/content/generated/letters.en';
import lettersTr from '../../src/content/generated/letters.tr';
import lettersPl from '../../src/content/generated/letters.pl';
import lettersUk from '../../src/content/generated/letters.uk';
import lettersAr from '../../src/content/generated/letters.ar';

const ev = eventMaker('s22e', ['school']);
const step = (a: Answers, today: string, id: string) => buildPlan(a, today).steps.find((s) => s.id === id);

// ── 1. The reminder letter ─────────────────────────────────────────────────────────────────────

/**
 * "Herinnering besluit over aanmelding" told the school "U moest uiterlijk op … beslissen": certain, while the brochure
 * names an exception for a registration for a new school year (000:360-365) and the school may have extended once by
 * 4 weeks (001:119; 002:746), and the plan's own step and the timeline say "ask the school from which day it counts".
 * It also said "Op … heeft u mijn aanmelding ontvangen" with the date the parent logged as SENT (aanmelding-verstuurd
 * writes aanmelding-datum): the term runs from receipt (A04), and a letter to the school must not swap the two.
 */
describe('herinnering-besluit: the term from receipt, the receipt date only when known, no false certainty', () => {
  const TODAY = '2026-12-01';
  const letter = (id: string) => lettersNl.letters.find((l) => l.id === id)!;
  const filled = (a: Answers, events: TimelineEvent[] = []) =>
    letterText(fillLetter(letter('herinnering-besluit').body, valuesFromAnswers(a, TODAY, 'nl', 'herinnering-besluit', events)), (f) => f);
  const waiting: Answers = {
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-10-01', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'weet-niet',
  };

  it('says the term runs 6 weeks from receipt, may be extended once by 4, and asks which day the school uses (new school year)', () => {
    const text = filled(waiting);
    expect(text).toContain('Uw school heeft mijn aanmelding ontvangen op 1 oktober 2026.');
    expect(text).toMatch(/binnen 6 weken na ontvangst van de aanmelding/);
    expect(text).toMatch(/één keer met hooguit 4 weken/);
    expect(text).toContain('Volgens mijn berekening was de laatste dag voor uw besluit 12 november 2026.');
    expect(text).toMatch(/nieuw schooljaar/);
    expect(text).toMatch(/Laat mij dan weten welke dag u aanhoudt/);
    expect(text).not.toMatch(/U moest uiterlijk/);
  });

  it('a registration logged only as sent: no receipt date and no last day are filled in', () => {
    const s = log({ situatie: ['aanmelden'], 'aanmelding-hoe': 'nog-niet' }, [ev('aanmelding-verstuurd', '2026-10-01')]);
    expect(s.answers['aanmelding-datum']).toBe('2026-10-01');
    const v = valuesFromAnswers(s.answers, TODAY, 'nl', 'herinnering-besluit', s.data.events);
    expect(v.datum_aanmelding).toBeUndefined();
    expect(v.datum_besluit_uiterlijk).toBeUndefined();
    const text = filled(s.answers, s.data.events);
    expect(text).toContain('ontvangen op [datum_aanmelding]');
    expect(text).not.toContain('1 oktober 2026');
  });

  it('a receipt logged on or after the sent date: that receipt date, and the 6 weeks from it', () => {
    const s = log({ situatie: ['aanmelden'], 'aanmelding-hoe': 'nog-niet' }, [ev('aanmelding-verstuurd', '2026-10-01'), ev('aanmelding-ontvangen', '2026-10-05')]);
    const v = valuesFromAnswers(s.answers, TODAY, 'nl', 'herinnering-besluit', s.data.events);
    expect(v.datum_aanmelding).toBe('5 oktober 2026');
    expect(v.datum_besluit_uiterlijk).toBe('16 november 2026');
    const same = log({ situatie: ['aanmelden'] }, [ev('aanmelding-verstuurd', '2026-10-01'), ev('aanmelding-ontvangen', '2026-10-01')]);
    expect(onlySent('2026-10-01', same.data.events)).toBe(false);
  });

  it('a date typed in the questionnaire (it asks for the day of receipt) is used; so is a date the parent corrected there', () => {
    expect(valuesFromAnswers(waiting, TODAY, 'nl', 'herinnering-besluit').datum_aanmelding).toBe('1 oktober 2026');
    const s = log({ situatie: ['aanmelden'], 'aanmelding-hoe': 'nog-niet' }, [ev('aanmelding-verstuurd', '2026-10-01')]);
    const corrected = { ...s.answers, 'aanmelding-datum': '2026-10-02' };
    expect(onlySent('2026-10-02', s.data.events)).toBe(false);
    expect(valuesFromAnswers(corrected, TODAY, 'nl', 'herinnering-besluit', s.data.events).datum_aanmelding).toBe('2 oktober 2026');
  });

  it('every translation (a reading aid) holds the same placeholders in the same order, and the same numbers', () => {
    const fields = (b: string) => [...b.matchAll(/\{\{\s*([a-z_]+)\s*\}\}/g)].map((m) => m[1]).join(',');
    const numbers = (b: string) => (b.match(/\d+/g) ?? []).join(',');
    const nl = letter('herinnering-besluit').body;
    for (const set of [lettersEn, lettersTr, lettersPl, lettersUk, lettersAr]) {
      const body = set.letters.find((l) => l.id === 'herinnering-besluit')!.body;
      expect(fields(body)).toBe(fields(nl));
      expect(numbers(body)).toBe(numbers(nl));
    }
  });
});

// ── 2. A dossier request starts its own month ──────────────────────────────────────────────────

/**
 * A logged "Dossier gevraagd" gave the plan's step and month only when "dossier-gezien" had been answered "nee". A
 * parent who once saw the dossier ("ja"), or never answered, asked for it again and got no date at all. The sources give
 * no term for inzage (001:752: school and parents agree how and when); the month is the AVG's, not in the sources,
 * and the plan marks it uncertain and says to check the school's privacy rules and ask the steunpunt.
 */
describe('a logged dossier request gives its own (uncertain) month, whatever "dossier gezien" said before', () => {
  const HV: Answers = { situatie: ['handelingsverlegen'], opp: 'nee' };
  for (const seen of ['ja', 'nee', undefined]) {
    it(`dossier-gezien: ${seen ?? 'not answered'}`, () => {
      const start: Answers = { ...HV, ...(seen ? { 'dossier-gezien': seen } : {}) };
      const s = log(start, [ev('dossier-gevraagd', '2026-12-01')]);
      expect(step(s.answers, '2026-12-10', 'dossier-herinneren')?.deadline).toMatchObject({ start: '2026-12-01', due: '2027-01-01', certain: false });
      expect(flags(s, '2027-01-02')).toEqual([expect.objectContaining({ id: 'dossier', start: '2026-12-01', due: '2027-01-01', uncertain: true })]);
      // Received later: no step, no flag.
      const received = addEvent(s.answers, s.data, ev('dossier-ontvangen', '2026-12-15'));
      expect(step(received.answers, '2027-01-02', 'dossier-herinneren')).toBeUndefined();
      expect(flags(received, '2027-01-02')).toEqual([]);
      // Deleting the request gives the parent's own answer back.
      expect(deleteEvent(s.answers, s.data, s.data.events[0]!.id).answers).toEqual(start);
    });
  }
  it('a dossier received before the request does not answer it', () => {
    const s = log({ ...HV, 'dossier-gezien': 'nee' }, [ev('dossier-ontvangen', '2026-11-01'), ev('dossier-gevraagd', '2026-12-01')]);
    expect(step(s.answers, '2026-12-10', 'dossier-herinneren')?.deadline).toMatchObject({ due: '2027-01-01' });
  });
});

// ── 3. Only the committee's answer stops the complaint's clock ─────────────────────────────────

/**
 * "Te laat?" took any later event with the klachtencommissie as its answer: the parent's own call to ask when the
 * answer comes silenced the 4 weeks (only in 000:1054, FACTS §X.13). A new event kind, "Antwoord of advies van de
 * klachtencommissie" (klacht-reactie), is the answer; calls, e-mails, letters and meetings are not.
 */
describe("the complaint clock stops only at the committee's answer", () => {
  const HV: Answers = { situatie: ['handelingsverlegen'], opp: 'nee' };
  for (const kind of ['telefoontje', 'e-mail', 'brief', 'gesprek', 'anders'] as const) {
    it(`a ${kind} with the klachtencommissie is not its answer`, () => {
      const s = log(HV, [ev('klacht-ingediend', '2026-03-02', ['klachtencommissie']), ev(kind, '2026-03-20', ['klachtencommissie'])]);
      expect(flags(s, '2026-03-31')).toEqual([expect.objectContaining({ id: 'klacht', due: '2026-03-30', daysLate: 1, uncertain: true })]);
    });
  }
  it('the logged answer of the committee is', () => {
    const s = log(HV, [ev('klacht-ingediend', '2026-03-02', ['klachtencommissie']), ev('klacht-reactie', '2026-03-20', ['klachtencommissie'])]);
    expect(flags(s, '2026-03-31')).toEqual([]);
  });
  it('an answer dated before a new complaint does not answer it', () => {
    const s = log(HV, [ev('klacht-reactie', '2026-02-20', ['klachtencommissie']), ev('klacht-ingediend', '2026-03-02', ['klachtencommissie'])]);
    expect(flags(s, '2026-03-31')).toEqual([expect.objectContaining({ id: 'klacht', start: '2026-03-02' })]);
  });
});

// ── 4. A registration after a refusal has its decision date in the plan ────────────────────────

/**
 * After a written refusal the parent registers at another school (A24-A26). The timeline's "te laat?" had its 6 weeks
 * (session 21), the plan had no date: besluit-aanmelding needs "aanmelding-besluit: nog-niet" and the refusal stays.
 * A registration dated after the refusal is a new one: its 6 weeks from receipt, the possible extension to 10 and the
 * new-school-year exception (the step's own text), beside the refusal's 6 weeks for bezwaar.
 */
describe('a registration after a refusal gets its own decision term in the plan', () => {
  const A: Answers = { situatie: ['aanmelden'] };
  const refusedThenRegistered = [ev('aanmelding-ontvangen', '2026-11-02'), ev('besluit-geweigerd', '2026-12-01'), ev('aanmelding-ontvangen', '2027-01-05')];

  it('logged in the timeline: 6 weeks from the new receipt, 10 weeks named, the bezwaar kept', () => {
    const s = log(A, refusedThenRegistered);
    const plan = buildPlan(s.answers, '2027-01-06');
    const decision = plan.steps.find((x) => x.id === 'besluit-aanmelding');
    expect(decision?.deadline).toMatchObject({ start: '2027-01-05', due: '2027-02-16', amount: 6, certain: true });
    expect(decision?.params).toMatchObject({ uiterlijk10: '2027-03-16' });
    expect(decision?.letters).toContain('herinnering-besluit');
    expect(plan.steps.find((x) => x.id === 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-12-01', due: '2027-01-12' });
    // And says why there are two terms: a new registration, and the refusal's bezwaar that it does not stop.
    expect(plan.warnings.map((w) => w.id)).toContain('nieuwe-aanmelding-na-weigering');
    expect(buildPlan(log(A, refusedThenRegistered.slice(0, 2)).answers, '2026-12-02').warnings.map((w) => w.id)).not.toContain('nieuwe-aanmelding-na-weigering');
  });

  it('answered so (a registration date after the refusal date): the same', () => {
    const a: Answers = {
      situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-01-05', 'aanmelding-besluit': 'geweigerd',
      'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-12-01',
    };
    expect(step(a, '2027-01-06', 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2027-01-05', due: '2027-02-16' });
  });

  it('not for the refused registration itself (received before the refusal)', () => {
    const s = log(A, refusedThenRegistered.slice(0, 2));
    expect(step(s.answers, '2026-12-02', 'besluit-aanmelding')).toBeUndefined();
  });

  it('the next school refuses too: its refusal and bezwaar, no decision step', () => {
    const s = log(A, [...refusedThenRegistered, ev('besluit-geweigerd', '2027-02-01')]);
    const plan = buildPlan(s.answers, '2027-02-02');
    expect(plan.steps.find((x) => x.id === 'besluit-aanmelding')).toBeUndefined();
    expect(plan.steps.find((x) => x.id === 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2027-02-01', due: '2027-03-15' });
  });

  it("an extension logged by the next school keeps the first school's refusal and its bezwaar", () => {
    const s = log(A, [...refusedThenRegistered, ev('besluit-verlengd', '2027-02-10')]);
    expect(s.answers['aanmelding-besluit']).toBe('geweigerd');
    const plan = buildPlan(s.answers, '2027-02-17');
    expect(plan.steps.find((x) => x.id === 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-12-01' });
    // Its 6 weeks have passed; the plan names the 10-week day, which is still ahead (item 5).
    expect(plan.steps.find((x) => x.id === 'besluit-aanmelding')?.deadline).toMatchObject({ due: '2027-02-16', maybeExtendedTo: '2027-03-16' });
  });

  it('an extension by the same school before its refusal still makes no decision step (the refusal decides)', () => {
    const s = log(A, [ev('aanmelding-ontvangen', '2026-11-02'), ev('besluit-verlengd', '2026-12-01'), ev('besluit-geweigerd', '2027-01-05')]);
    expect(s.answers['aanmelding-besluit']).toBe('geweigerd');
    expect(step(s.answers, '2027-01-06', 'besluit-aanmelding')).toBeUndefined();
  });
});

// ── 5. "Eerst dit" does not bury the 10-week day ───────────────────────────────────────────────

/**
 * The first screen and the step said "Deze datum is voorbij" for the admission's 6 weeks when the parent did not know
 * whether the school extended, while the step below named the 10-week day (001:119; 002:746). The plan now carries that
 * day (Deadline.maybeExtendedTo) while it is ahead, and the first screen names it (firstThings().extended).
 */
describe('the 6 weeks passed, the extension unknown, the 10-week day ahead', () => {
  const waiting = (verlengd?: string): Answers => ({
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-bevestiging': 'ja', 'aanmelding-datum': '2026-10-01', 'aanmelding-besluit': 'nog-niet',
    ...(verlengd ? { 'aanmelding-verlengd': verlengd } : {}), 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee',
  });
  it('"weet ik niet" or no answer: the deadline carries the 10-week day, and "Eerst dit" names it', () => {
    for (const v of ['weet-niet', undefined]) {
      const plan = buildPlan(waiting(v), '2026-11-20');
      const d = plan.steps.find((s) => s.id === 'besluit-aanmelding')!.deadline!;
      expect(d).toMatchObject({ due: '2026-11-12', status: 'passed', maybeExtendedTo: '2026-12-10' });
      const first = firstThings(plan);
      expect(first.extended?.id).toBe('besluit-aanmelding');
      expect(first.extended?.deadline.maybeExtendedTo).toBe('2026-12-10');
      expect(first.actions.map((s) => s.id)).toContain('besluit-aanmelding');
    }
  });
  it('on the 10-week day itself still; the day after, both have passed: no extension day', () => {
    expect(step(waiting('weet-niet'), '2026-12-10', 'besluit-aanmelding')?.deadline?.maybeExtendedTo).toBe('2026-12-10');
    const after = buildPlan(waiting('weet-niet'), '2026-12-11');
    expect(after.steps.find((s) => s.id === 'besluit-aanmelding')?.deadline?.maybeExtendedTo).toBeUndefined();
    expect(firstThings(after).extended).toBeUndefined();
  });
  it('the calendar file holds the 10-week day, saying it holds if the school extended (it left the step out as passed)', () => {
    const plan = buildPlan(waiting('weet-niet'), '2026-11-20');
    const texts: IcsTexts = {
      calendarName: 'plan', title: (st) => st.id, arithmetic: (d) => `${d.amount} weken: ${d.due}`, uncertain: () => 'onzeker', alarm: () => 'alarm',
      extended: (_st, day) => `misschien verlengd tot ${day}`,
    };
    const { upcoming, passed } = calendarSteps(plan);
    expect(upcoming.find((st) => st.id === 'besluit-aanmelding')?.deadline).toMatchObject({ due: '2026-12-10', amount: 10, status: 'upcoming', daysLeft: 20 });
    expect(passed.map((st) => st.id)).not.toContain('besluit-aanmelding');
    const ics = planToIcs(plan, texts, new Date('2026-11-20T10:00:00Z'));
    expect(ics).toContain('DTSTART;VALUE=DATE:20261210');
    expect(ics).toContain('10 weken: 2026-12-10\\nmisschien verlengd tot 2026-12-10');
    // Once both days have passed it is left out, like any passed date.
    expect(calendarSteps(buildPlan(waiting('weet-niet'), '2026-12-11')).passed.map((st) => st.id)).toContain('besluit-aanmelding');
  });
  it('not while the 6 weeks run, and not when the parent knows (extended: 10 weeks; not extended: 6)', () => {
    expect(step(waiting('weet-niet'), '2026-11-12', 'besluit-aanmelding')?.deadline?.maybeExtendedTo).toBeUndefined();
    expect(step(waiting('nee'), '2026-11-20', 'besluit-aanmelding')?.deadline?.maybeExtendedTo).toBeUndefined();
    const ja = step(waiting('ja'), '2026-11-20', 'besluit-aanmelding')?.deadline;
    expect(ja).toMatchObject({ due: '2026-12-10', status: 'upcoming' });
    expect(ja?.maybeExtendedTo).toBeUndefined();
  });
});

// ── Also found: the "te laat?" note on an uncertain term ──────────────────────────────────────

/**
 * The timeline's note under an uncertain term (the dossier's month, the complaint's 4 weeks) said "Deze termijn staat
 * niet in de wet voor scholen". The month for a dossier comes from the AVG, a law that applies to schools (FACTS G05);
 * the 4 weeks from the brochure (000:1054). What is true, and what the plan's own steps say: the term is not in the
 * documents the app relies on; look in the school's rules and ask the steunpunt.
 */
describe('the note under an uncertain "te laat?" term says where the term is not, and whom to ask', () => {
  it('in Dutch and in every language: not "not in the law", but the sources, the school\'s rules and the steunpunt', async () => {
    for (const lang of ['nl', 'en', 'tr', 'pl', 'uk', 'ar']) {
      const ui = (await import(`../../src/content/generated/pagetexts.${lang}.ts`)).default as { timeline: { lateCheck: string } };
      const text = ui.timeline.lateCheck;
      expect(text, lang).toContain('steunpunt');
      if (lang === 'nl') {
        expect(text).not.toMatch(/niet in de wet/);
        expect(text).toMatch(/stukken waar wij ons op baseren/);
        expect(text).toMatch(/regels van de school/);
      }
      if (lang === 'en') expect(text).not.toMatch(/not in the law/);
    }
  });
});

/**
 * Also found (item 4, in the timeline): a written refusal answered in the questionnaire (not logged) silenced the
 * "te laat?" of a registration logged after it: answerFor only skipped answers that an earlier EVENT wrote. A refusal
 * whose date lies before the registration is the earlier school's answer, not this one's.
 */
describe('"te laat?" for a registration logged after a refusal answered in the questionnaire', () => {
  const refused: Answers = {
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-02', 'aanmelding-besluit': 'geweigerd',
    'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-12-01',
  };
  it('the new registration gets its flag after 6 weeks, with the 10-week day', () => {
    const s = log(refused, [ev('aanmelding-ontvangen', '2027-01-05')]);
    expect(flags(s, '2027-02-16')).toEqual([]);
    expect(flags(s, '2027-02-17')).toEqual([expect.objectContaining({ id: 'besluit-aanmelding', start: '2027-01-05', due: '2027-02-16', orLater: '2027-03-16' })]);
  });
  it('a refusal dated on or after the registration still answers it', () => {
    const s = log({ ...refused, 'weigering-datum': '2027-01-20' }, [ev('aanmelding-ontvangen', '2027-01-05')]);
    expect(flags(s, '2027-03-01')).toEqual([]);
  });
});

/**
 * Also found (the same term): a refusal only by phone or in a talk is no decision (A20, FP02; the plan's own step
 * "Vraag om het besluit op papier"). The plan then had no date at all, and "te laat?" took the answer "geweigerd" as
 * the school's answer. The school's term for its written decision still runs: 6 weeks from receipt (A04), 10 if it
 * extended (A05). The bezwaar still gets no date: that runs from a written decision.
 */
describe('a refusal only by phone leaves the decision term running', () => {
  const byPhone: Answers = {
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-28', 'aanmelding-bevestiging': 'nee',
    'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'nee', 'weigering-andere-school': 'nee', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee',
  };
  it('the plan: the school\'s 6 weeks from receipt (and the 10-week day), no bezwaar date, the step to ask for it on paper', () => {
    const plan = buildPlan(byPhone, '2026-11-30');
    expect(plan.steps.find((s) => s.id === 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-09-28', due: '2026-11-09', status: 'passed', maybeExtendedTo: '2026-12-07' });
    expect(plan.steps.find((s) => s.id === 'bezwaar-weigering')).toBeUndefined();
    expect(plan.steps.find((s) => s.id === 'weigering-op-papier-vragen')).toBeDefined();
  });
  it('"te laat?": the answer "geweigerd" by phone does not answer the registration', () => {
    const s = log(byPhone, []);
    expect(flags(s, '2026-12-08')).toEqual([expect.objectContaining({ id: 'besluit-aanmelding', start: '2026-09-28', due: '2026-11-09' })]);
    // A written refusal does.
    expect(flags(log({ ...byPhone, 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-11-09' }, []), '2026-12-08')).toEqual([]);
  });
});

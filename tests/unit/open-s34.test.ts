/**
 * Session 34 (s34-open): three points sessions 32 and 33 left open.
 *
 * 1. A bezwaar logged with "Hoe? Telefoon" or "Gesprek" counted as made: it wrote "bezwaar-ingediend: ja" and the plan's
 *    bezwaar step (refusal, removal, TLV refusal, an earlier decision's) left the plan with its last day. A bezwaar must be
 *    a letter or an e-mail (000:972 "per brief of per mail"; 002:748-750 fn 19: the Awb's bezwaarschrift; FACTS FP-P4), and
 *    the app's own chapter says a call is not enough (content/nl/chapters/08-niet-eens.md #bezwaar-maken). Now it writes
 *    nothing, the step keeps its date, and says why (note: ui:open34.spokenObjection). The GPO request and the complaint are
 *    unchanged: the sources do not say they must be in writing (000:1051-1053: the school's klachtenregeling says how).
 * 2. Three or more removal letters on paper: only the earliest open earlier letter had its own step; the middle one's 6 weeks
 *    (002:846-850) were lost. Now every open earlier letter has its own dated step, with ids unique per letter.
 * 3. The steps for an earlier decision said "In je tijdlijn staat …" also when that decision came from the questionnaire.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { buildPlan, type Plan } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { EFFECTS, type EventKind, type How } from '../../src/timeline/effects';
import { readFileSync } from 'node:fs';
import { isLegal, questionnaireAnswers, toldOnlyOrally, type TimelineEvent } from '../../src/timeline/model';
/** src/timeline/earlier.ts SPOKEN_OBJECTION_NOTE, written out so that this file runs on the code before the fix. */
const SPOKEN_OBJECTION_NOTE = 'ui:open34.spokenObjection';
import { tickKey } from '../../src/ui/tickKey';
import { ev, log, planAt } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';
import { stepText } from '../../src/ui/deadlineText';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
const step = (p: Plan, id: string) => p.steps.find((s) => s.id === id);
const LANGS = ['nl', 'en', 'tr', 'pl', 'uk', 'ar'];

beforeAll(loadPlanTexts);

const REFUSAL = A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-04-20', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-06-01' });
const HV = { situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-03-10' };
const REMOVAL = A({ ...HV, 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-01' });
const TLV = A({ situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-05-04', 'tlv-eens': 'nee' });

describe('1. a bezwaar logged by phone or in a talk does not end the bezwaar step (failed before)', () => {
  const CASES = [
    { name: 'refusal on paper, answered', start: REFUSAL, day: '2026-06-05', today: '2026-06-08', id: 'bezwaar-weigering', due: '2026-07-13', certain: true },
    { name: 'removal on paper, answered', start: REMOVAL, day: '2026-10-05', today: '2026-10-08', id: 'bezwaar-verwijdering', due: '2026-11-12', certain: true },
    { name: 'TLV refused, answered (term not certain)', start: TLV, day: '2026-05-10', today: '2026-05-12', id: 'tlv-bezwaar', due: '2026-06-15', certain: false },
  ];
  for (const c of CASES) {
    for (const how of ['telefoon', 'gesprek'] as const) {
      it(`${c.name}: "${how}" keeps ${c.id} with its last day, and says a bezwaar by ${how} does not count`, () => {
        const s = log(c.start, [ev('o1', 'bezwaar-ingediend', c.day, how)]);
        expect(s.answers['bezwaar-ingediend']).toBeUndefined();
        expect(s.answers['bezwaar-datum']).toBeUndefined();
        const p = planAt(s, c.today);
        expect(step(p, c.id)).toMatchObject({ deadline: { due: c.due, certain: c.certain }, note: SPOKEN_OBJECTION_NOTE });
        expect(step(p, 'bezwaar-loopt')).toBeUndefined();
      });
    }
    for (const how of [undefined, 'brief', 'e-mail', 'anders'] as const) {
      it(`guard, ${c.name}: a bezwaar logged "${how ?? 'weet ik niet'}" still ends ${c.id}`, () => {
        const p = planAt(log(c.start, [ev('o1', 'bezwaar-ingediend', c.day, how)]), c.today);
        expect(step(p, c.id)).toBeUndefined();
        expect(step(p, 'bezwaar-loopt')).toBeDefined();
      });
    }
    it(`guard, ${c.name}: a call, then the bezwaar by e-mail: the step goes, no note anywhere`, () => {
      const p = planAt(log(c.start, [ev('o1', 'bezwaar-ingediend', c.day, 'telefoon'), ev('o2', 'bezwaar-ingediend', c.today, 'e-mail')]), c.today);
      expect(step(p, c.id)).toBeUndefined();
      expect(p.steps.filter((x) => x.note)).toEqual([]);
    });
  }

  it('guard: the bezwaar letter logged as sent ("Ik heb deze brief verstuurd"), handed over in a talk, counts', () => {
    const sent = { ...ev('o1', 'bezwaar-ingediend', '2026-06-05', 'gesprek'), letter: 'bezwaar-weigering-verwijdering' };
    const s = log(REFUSAL, [sent]);
    expect(s.answers['bezwaar-ingediend']).toBe('ja');
    const p = planAt(s, '2026-06-08');
    expect(step(p, 'bezwaar-weigering')).toBeUndefined();
    expect(step(p, 'bezwaar-loopt')).toBeDefined();
  });

  it('guard: a bezwaar by phone dated before the decision puts no note on its step', () => {
    const p = planAt(log(REFUSAL, [ev('o1', 'bezwaar-ingediend', '2026-05-20', 'telefoon')]), '2026-06-08');
    expect(step(p, 'bezwaar-weigering')).toBeDefined();
    expect(step(p, 'bezwaar-weigering')!.note).toBeUndefined();
  });

  it('an earlier refusal in the timeline: a bezwaar by phone between the two refusals does not take its step away', () => {
    const events = [
      ev('r0', 'aanmelding-ontvangen', '2026-04-20'), ev('r1', 'besluit-geweigerd', '2026-06-01', 'brief'),
      ev('r2', 'bezwaar-ingediend', '2026-06-03', 'telefoon'),
      ev('r3', 'aanmelding-ontvangen', '2026-06-04'), ev('r4', 'besluit-geweigerd', '2026-06-10', 'brief'),
    ];
    const p = planAt(log(A({ situatie: ['aanmelden'] }), events), '2026-06-12');
    expect(step(p, 'eerdere-weigering')).toMatchObject({ deadline: { start: '2026-06-01', due: '2026-07-13', certain: true }, note: SPOKEN_OBJECTION_NOTE });
    expect(step(p, 'bezwaar-weigering')).toMatchObject({ deadline: { due: '2026-07-22' } });
    // The phone bezwaar is dated before the latest refusal: it cannot be against it.
    expect(step(p, 'bezwaar-weigering')!.note).toBeUndefined();
  });

  it('the note reads in all six languages, after the step\'s own text', () => {
    const p = planAt(log(REFUSAL, [ev('o1', 'bezwaar-ingediend', '2026-06-05', 'telefoon')]), '2026-06-08');
    const s = step(p, 'bezwaar-weigering')!;
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const t = tFor(lang);
      expect(t.exists(s.note!)).toBe(true);
      const note = t.raw(s.note!);
      expect(note.length).toBeGreaterThan(40);
      expect(note).not.toMatch(/\{\{|open34/);
      expect(stepText(s, 'why', t)).not.toBe('');
      seen.add(note);
    }
    expect(seen.size).toBe(LANGS.length);
    expect(tFor('nl').raw(s.note!)).toMatch(/telefoon.*telt niet.*brief of e-mail/s);
  });

  it('the timeline form says it where "Telefoon" or "Gesprek" is chosen for a bezwaar, with the form\'s own option names', () => {
    const page = readFileSync('src/ui/pages/TimelinePage.tsx', 'utf8');
    expect(page).toMatch(/kind === 'bezwaar-ingediend' \? t\('open34\.oralObjection'\)/);
    expect(toldOnlyOrally({ kind: 'bezwaar-ingediend', how: 'telefoon' })).toBe(true);
    expect(toldOnlyOrally({ kind: 'bezwaar-ingediend', how: 'gesprek' })).toBe(true);
    expect(toldOnlyOrally({ kind: 'bezwaar-ingediend', how: 'e-mail' })).toBe(false);
    // Unchanged: a complaint (the sources do not say it must be in writing; no term of the parent's), a refusal told in a
    // talk ("Besluit op papier - geweigerd": the letter handed over). Session 47 (hunt-s46 found 8): a removal decision told
    // in a talk is oral (its kind's name does not say "on paper"; the plan asks for it on paper and keeps the possible term).
    for (const kind of ['klacht-ingediend', 'besluit-geweigerd'] as const) expect(toldOnlyOrally({ kind, how: 'gesprek' }), kind).toBe(false);
    expect(toldOnlyOrally({ kind: 'verwijdering-besluit', how: 'gesprek' })).toBe(true);
    expect(page).toMatch(/kind === 'gpo-ingediend' \? t\('open34\.oralGpo'\)/);
    for (const lang of LANGS) {
      const text = tFor(lang).raw('ui:open34.oralObjection');
      for (const how of ['brief', 'e-mail']) {
        expect(text, `${lang} ${how}`).toContain(tFor(lang).raw(`ui:timeline.hows.${how}`));
        expect(tFor(lang).raw('ui:open34.spokenObjection'), `${lang} ${how}`).toContain(tFor(lang).raw(`ui:timeline.hows.${how}`));
      }
      expect(tFor(lang).raw('ui:open34.spokenObjection')).toContain(tFor(lang).raw('ui:timeline.how'));
    }
  });
});

describe('1b. a request to the Geschillencommissie logged by phone or in a talk: the GPO step stays, "ask the commission" (failed before)', () => {
  for (const how of ['telefoon', 'gesprek'] as const) {
    it(`refusal on paper, GPO request "${how}": the GPO step keeps its (uncertain) last day and its note`, () => {
      const s = log(REFUSAL, [ev('g1', 'gpo-ingediend', '2026-06-05', how)]);
      expect(s.answers['gpo-ingediend']).toBeUndefined();
      const p = planAt(s, '2026-06-08');
      expect(step(p, 'geschillencommissie')).toMatchObject({ deadline: { due: '2026-07-13', certain: false }, note: 'ui:open34.spokenGpo' });
      expect(step(p, 'gpo-loopt')).toBeUndefined();
      // The bezwaar step gets no GPO note.
      expect(step(p, 'bezwaar-weigering')!.note).toBeUndefined();
    });
  }
  it('guard: a GPO request by e-mail still counts', () => {
    const p = planAt(log(REFUSAL, [ev('g1', 'gpo-ingediend', '2026-06-05', 'e-mail')]), '2026-06-08');
    expect(step(p, 'gpo-loopt')).toBeDefined();
    expect(p.steps.filter((x) => x.note)).toEqual([]);
  });
  it('the note says whom to ask, in six languages', () => {
    for (const lang of LANGS) {
      for (const key of ['ui:open34.spokenGpo', 'ui:open34.oralGpo']) {
        const text = tFor(lang).raw(key);
        expect(text, `${lang} ${key}`).toContain('onderwijsgeschillen.nl');
        expect(text, `${lang} ${key}`).toContain('Geschillencommissie');
        for (const how of ['brief', 'e-mail']) expect(text, `${lang} ${key} ${how}`).toContain(tFor(lang).raw(`ui:timeline.hows.${how}`));
      }
    }
  });
});

describe('2. three removal letters or more: every open earlier letter keeps its own dated step (failed before)', () => {
  const dues = (p: Plan) => p.steps.filter((x) => x.deadline && /verwijdering/.test(x.id)).map((x) => [x.id, x.deadline!.start, x.deadline!.due, x.deadline!.certain]);
  const unique = (p: Plan) => {
    expect(new Set(p.steps.map((x) => x.id)).size).toBe(p.steps.length);
    expect(new Set(p.steps.map(tickKey)).size).toBe(p.steps.length);
  };

  // Session 47: letters within two weeks of the first, with no registration between, may be the first logged again
  // (latere-verwijdering: each keeps its own 6 weeks and asks whether it is new); the plan's own step counts from the first.
  it('three letters logged, a week apart: all three keep their 6 weeks, the plan\'s own from the first', () => {
    const s = log(A(HV), [ev('v1', 'verwijdering-besluit', '2026-10-01', 'brief'), ev('v2', 'verwijdering-besluit', '2026-10-08', 'brief'), ev('v3', 'verwijdering-besluit', '2026-10-15', 'brief')]);
    const p = planAt(s, '2026-10-16');
    expect(dues(p)).toEqual(expect.arrayContaining([
      ['bezwaar-verwijdering', '2026-10-01', '2026-11-12', true],
      ['latere-verwijdering', '2026-10-08', '2026-11-19', true],
      ['latere-verwijdering-2', '2026-10-15', '2026-11-26', true],
    ]));
    expect(dues(p)).toHaveLength(3);
    unique(p);
  });

  it('the first answered, two more logged, each with a registration at a next school before it', () => {
    const s = log(REMOVAL, [
      ev('a1', 'aanmelding-ontvangen', '2026-10-03'), ev('v2', 'verwijdering-besluit', '2026-10-08', 'brief'),
      ev('a2', 'aanmelding-ontvangen', '2026-10-10'), ev('v3', 'verwijdering-besluit', '2026-10-15', 'e-mail'),
    ]);
    const p = planAt(s, '2026-10-16');
    expect(dues(p).map((x) => x[2]).sort()).toEqual(['2026-11-12', '2026-11-19', '2026-11-26']);
    expect(step(p, 'eerdere-verwijdering-2')).toMatchObject({ params: { besluit: '2026-10-08' } });
    unique(p);
  });

  it('four letters: three earlier steps; the id stays with its letter when the first one\'s term has passed', () => {
    const events = ['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22'].map((d, i) => ev(`v${i}`, 'verwijdering-besluit', d, 'brief'));
    const s = log(A(HV), events);
    const p = planAt(s, '2026-10-23');
    expect(dues(p).map((x) => x[0]).sort()).toEqual(['bezwaar-verwijdering', 'eerdere-verwijdering', 'eerdere-verwijdering-2', 'eerdere-verwijdering-3']);
    unique(p);
    // 13 November: the first letter's 6 weeks (to 12 November) have passed; the second keeps its id and its tick key.
    // Session 49 (hunt-s47 found 1): the first stays, passed (its text says what can still be done), while the latest
    // letter's 6 weeks run (to 3 December); after that it goes.
    const later = planAt(s, '2026-11-13');
    expect(step(later, 'eerdere-verwijdering')?.deadline).toMatchObject({ due: '2026-11-12', status: 'passed' });
    expect(tickKey(step(later, 'eerdere-verwijdering-2')!)).toBe(tickKey(step(p, 'eerdere-verwijdering-2')!));
    expect(step(planAt(s, '2026-12-04'), 'eerdere-verwijdering')).toBeUndefined();
  });

  it('three letters, then a removal by phone after a registration at a next school: all three letters keep their 6 weeks', () => {
    const s = log(A(HV), [
      ev('v1', 'verwijdering-besluit', '2026-10-01', 'brief'), ev('v2', 'verwijdering-besluit', '2026-10-08', 'brief'), ev('v3', 'verwijdering-besluit', '2026-10-15', 'brief'),
      ev('a1', 'aanmelding-ontvangen', '2026-10-18'), ev('v4', 'verwijdering-besluit', '2026-10-20', 'telefoon'),
    ]);
    const p = planAt(s, '2026-10-21');
    expect(dues(p).filter((x) => x[3] === true).map((x) => [x[0], x[2]]).sort()).toEqual([
      ['eerdere-verwijdering', '2026-11-26'], ['eerdere-verwijdering-2', '2026-11-12'], ['eerdere-verwijdering-3', '2026-11-19'],
    ]);
    unique(p);
  });

  it('a bezwaar on paper after the first letter is against it; the second letter keeps its step (failed before: no earlier step at all)', () => {
    const s = log(A(HV), [
      ev('v1', 'verwijdering-besluit', '2026-10-01', 'brief'), ev('b1', 'bezwaar-ingediend', '2026-10-05', 'brief'),
      ev('v2', 'verwijdering-besluit', '2026-10-08', 'brief'), ev('v3', 'verwijdering-besluit', '2026-10-15', 'brief'),
    ]);
    const p = planAt(s, '2026-10-16');
    expect(step(p, 'eerdere-verwijdering')).toBeUndefined();
    // Session 47: the third letter, a week after the second with nothing between, may be the second logged again: the plan's
    // own step counts from the second (the letter after the bezwaar), the third keeps its 6 weeks as latere-verwijdering.
    expect(step(p, 'bezwaar-verwijdering')).toMatchObject({ deadline: { due: '2026-11-19' } });
    expect(step(p, 'latere-verwijdering')).toMatchObject({ deadline: { due: '2026-11-26' } });
  });

  it('guard: two letters on one day are one decision: one step for that day', () => {
    const s = log(A(HV), [ev('v1', 'verwijdering-besluit', '2026-10-01', 'brief'), ev('v2', 'verwijdering-besluit', '2026-10-01', 'e-mail'), ev('v3', 'verwijdering-besluit', '2026-10-15', 'brief')]);
    const p = planAt(s, '2026-10-16');
    expect(dues(p).filter((x) => x[1] === '2026-10-01')).toHaveLength(1);
    unique(p);
  });

  it('three refusals (each after a new registration): every open earlier refusal has its own step', () => {
    const s = log(A({ situatie: ['aanmelden'] }), [
      ev('r0', 'aanmelding-ontvangen', '2026-04-20'), ev('r1', 'besluit-geweigerd', '2026-06-01', 'brief'),
      ev('r2', 'aanmelding-ontvangen', '2026-06-03'), ev('r3', 'besluit-geweigerd', '2026-06-08', 'brief'),
      ev('r4', 'aanmelding-ontvangen', '2026-06-09'), ev('r5', 'besluit-geweigerd', '2026-06-15', 'brief'),
    ]);
    const p = planAt(s, '2026-06-16');
    const terms = p.steps.filter((x) => x.deadline && /weigering/.test(x.id)).map((x) => [x.id, x.deadline!.due]);
    expect(terms.sort()).toEqual([['bezwaar-weigering', '2026-07-27'], ['eerdere-weigering', '2026-07-13'], ['eerdere-weigering-2', '2026-07-20']]);
    unique(p);
  });
});

describe('3. an earlier decision answered in the questionnaire: the step does not say it is in the timeline (failed before)', () => {
  /** The word for the timeline in each language's texts. */
  const TIMELINE: Record<string, RegExp> = { nl: /tijdlijn/i, en: /timeline/i, tr: /çizelge/i, pl: /osi czasu/i, uk: /хронолог/i, ar: /خطّك الزمني/ };
  const CASES = [
    // Session 47: a removal answered, then a second letter logged (no registration between): the answered one is the plan's
    // own step now, and the letter's step (latere-verwijdering) is about the logged letter, so it names the timeline.
    { name: 'a removal answered, then a second letter logged three weeks later', texts: 'ui:hunt32.planStep.tweedeVerwijdering', id: 'eerdere-verwijdering', s: () => log(REMOVAL, [ev('v2', 'verwijdering-besluit', '2026-10-29', 'brief')]), today: '2026-10-30' },
    { name: 'a removal answered, a registration, then a removal by phone', texts: 'ui:open26.planStep.eerdereVerwijdering', id: 'eerdere-verwijdering', s: () => log(REMOVAL, [ev('a1', 'aanmelding-ontvangen', '2026-10-05'), ev('v2', 'verwijdering-besluit', '2026-10-08', 'telefoon')]), today: '2026-10-09' },
    { name: 'a refusal answered, a registration, then a refusal on paper', texts: 'ui:months.planStep.eerdereWeigering', id: 'eerdere-weigering', s: () => log(REFUSAL, [ev('a1', 'aanmelding-ontvangen', '2026-06-03'), ev('r2', 'besluit-geweigerd', '2026-06-10', 'brief')]), today: '2026-06-11' },
    { name: 'a refusal answered, then "Toegelaten" logged', texts: 'ui:open26.planStep.weigeringVoorToelating', id: 'weigering-voor-toelating', s: () => log(REFUSAL, [ev('t1', 'besluit-toegelaten', '2026-06-10', 'brief')]), today: '2026-06-11' },
  ];
  for (const c of CASES) {
    it(`${c.name}: ${c.texts}, first sentence true in six languages`, () => {
      const x = step(planAt(c.s(), c.today), c.id);
      expect(x).toMatchObject({ texts: c.texts });
      for (const lang of LANGS) {
        const why = stepText(x!, 'why', tFor(lang));
        const first = why.split(/(?<! р)[.؟?]\s/)[0]!; // uk dates end in " р."
        expect(first, `${lang}: ${why}`).not.toMatch(TIMELINE[lang]!);
        // Still the decision's date, written out, in the first sentence.
        expect(first.length, lang).toBeGreaterThan(15);
        // uk writes "8 жовтня 2026 р.": never right before the sentence's own full stop (failed before in uk).
        expect(why, lang).not.toMatch(/(?<!\.)\.\.(?!\.)/);
      }
    });
  }

  it('three letters: the middle letter\'s step does not call it "the first decision" (failed before)', () => {
    // Three weeks apart (session 47: letters within two weeks of the first may be the first logged again, latere-verwijdering).
    const s = log(A(HV), [ev('v1', 'verwijdering-besluit', '2026-10-01', 'brief'), ev('v2', 'verwijdering-besluit', '2026-10-22', 'brief'), ev('v3', 'verwijdering-besluit', '2026-11-12', 'brief')]);
    const middle = step(planAt(s, '2026-11-12'), 'eerdere-verwijdering-2');
    const FIRST: Record<string, RegExp> = { nl: /eerste/, en: /\bfirst\b/, tr: /\bilk\b/i, pl: /pierwsz/, uk: /перш(ого|ий|е|а)[\s.,]/, ar: /الأول/ };
    for (const lang of LANGS) {
      const why = stepText(middle!, 'why', tFor(lang));
      expect(why, lang).not.toMatch(FIRST[lang]!);
    }
  });

  it('a removal answered, a registration, then a removal by phone: the paper step names the new school (wording31; failed before)', () => {
    const s = log(REMOVAL, [ev('a1', 'aanmelding-ontvangen', '2026-10-05'), ev('v2', 'verwijdering-besluit', '2026-10-08', 'telefoon')]);
    const p = planAt(s, '2026-10-09');
    expect(step(p, 'eerdere-verwijdering')).toBeDefined();
    expect(step(p, 'verwijderbesluit-op-papier-vragen')).toMatchObject({ texts: 'ui:wording31.planStep.verwijderbesluitNieuweSchool' });
  });
});

/**
 * Session 36 (s36-ext): the school's extension carried over to a registration logged later (found by hunt-s35, its OPEN case).
 *
 * The school decides within 6 weeks of receiving the written registration (A04) and may extend once by at most 4 weeks,
 * 10 in total (A05; FACTS). An extension (answered "ja", or "Besluit verlengd" logged) belongs to the registration it was
 * given for. A registration logged on a later day (sent again, at another school, or a receipt after the extension or after
 * the day answered in the questionnaire) may be a new one; the timeline cannot tell. Before, the plan counted 10 weeks
 * from the new day: a school's term shown 4 weeks late. Now the extension is "weet ik niet" for the new day (EFFECTS
 * newTerm): 6 weeks, and once they pass the 10-week day as what may still be ahead (Deadline.maybeExtendedTo), as for
 * 'aanmelding-verlengd: weet-niet'. The extension stays where it clearly belongs to the same registration (guards below).
 *
 * Checked on a second checkout of 5b7fa93: every test under "failed before" fails there, every guard passes there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { buildPlan, type Plan } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { valuesFromAnswers } from '../../src/rules/letters';
import { EFFECTS, type EventKind, type How } from '../../src/timeline/effects';
import { addEvent, deleteEvent, inEffect, isLegal, lateFlags, questionnaireAnswers, type TimelineEvent } from '../../src/timeline/model';
import { ev, log, planAt } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
type State = ReturnType<typeof log>;
const NOTE = 'ui:ext36.extensionEarlierRegistration';
const note = (s: State, today: string) => planAt(s, today).steps.find((x) => x.id === 'besluit-aanmelding')?.note;
const decision = (s: State, today: string) => planAt(s, today).steps.find((x) => x.id === 'besluit-aanmelding')?.deadline;

beforeAll(loadPlanTexts);

/** Registered in writing on 20 April, the school extended (answered). 6 weeks: 1 June; 10 weeks: 29 June. */
const ANSWERED = A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-04-20', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'ja' });
/** Only the situation: everything else logged. */
const NOTHING = A({ situatie: ['aanmelden'] });

describe('a registration logged on a later day than an extension it may not belong to (failed before)', () => {
  // 25 May + 6 weeks = 6 July; + 10 weeks = 3 August.
  it('answered 20 April and extended, receipt logged 25 May: 6 weeks from 25 May, certain, not 10', () => {
    const s = log(ANSWERED, [ev('r', 'aanmelding-ontvangen', '2026-05-25')]);
    expect(decision(s, '2026-05-26')).toMatchObject({ start: '2026-05-25', due: '2026-07-06', status: 'upcoming', certain: true });
    expect(decision(s, '2026-05-26')?.maybeExtendedTo).toBeUndefined();
  });
  it('... once the 6 weeks have passed: "maybe until 3 August if the school extended", and the te-laat flag says the same', () => {
    const s = log(ANSWERED, [ev('r', 'aanmelding-ontvangen', '2026-05-25')]);
    expect(decision(s, '2026-07-07')).toMatchObject({ due: '2026-07-06', status: 'passed', maybeExtendedTo: '2026-08-03' });
    expect(lateFlags(s.answers, s.data.events, '2026-07-07').find((f) => f.id === 'besluit-aanmelding')).toMatchObject({ start: '2026-05-25', due: '2026-07-06', orLater: '2026-08-03' });
  });
  it('answered and extended, a new registration sent on 1 June (another school): 6 weeks from 1 June (13 July), not 10 August', () => {
    const s = log(ANSWERED, [ev('r', 'aanmelding-verstuurd', '2026-06-01')]);
    expect(decision(s, '2026-06-02')).toMatchObject({ start: '2026-06-01', due: '2026-07-13' });
    expect(decision(s, '2026-07-14')).toMatchObject({ status: 'passed', maybeExtendedTo: '2026-08-10' });
  });
  it('logged: sent 20 April, "Besluit verlengd" 20 May, sent again 1 June: 6 weeks from 1 June', () => {
    const s = log(NOTHING, [ev('a', 'aanmelding-verstuurd', '2026-04-20', 'brief'), ev('b', 'besluit-verlengd', '2026-05-20'), ev('c', 'aanmelding-verstuurd', '2026-06-01', 'e-mail')]);
    expect(decision(s, '2026-06-02')).toMatchObject({ start: '2026-06-01', due: '2026-07-13' });
  });
  it('logged: sent 20 April, extended 20 May, a receipt logged 26 May (after the extension): 6 weeks from 26 May', () => {
    const s = log(NOTHING, [ev('a', 'aanmelding-verstuurd', '2026-04-20'), ev('b', 'besluit-verlengd', '2026-05-20'), ev('c', 'aanmelding-ontvangen', '2026-05-26')]);
    expect(decision(s, '2026-05-27')).toMatchObject({ start: '2026-05-26', due: '2026-07-07' });
  });
  it('the reminder letter names the 6-week day of the new registration', () => {
    const s = log(ANSWERED, [ev('r', 'aanmelding-ontvangen', '2026-05-25')]);
    const v = valuesFromAnswers(s.answers, '2026-07-07', 'nl', 'herinnering-besluit', s.data.events, s.data.base);
    expect(v.datum_aanmelding).toBe('25 mei 2026');
    expect(v.datum_besluit_uiterlijk).toBe('6 juli 2026');
  });
  it('the step says why it counts 6 weeks (ui:ext36), in all six languages, without a placeholder', () => {
    const s = log(ANSWERED, [ev('r', 'aanmelding-ontvangen', '2026-05-25')]);
    const step = planAt(s, '2026-05-26').steps.find((x) => x.id === 'besluit-aanmelding');
    expect(step?.note).toBe(NOTE);
    const logged = log(NOTHING, [ev('a', 'aanmelding-verstuurd', '2026-04-20'), ev('b', 'besluit-verlengd', '2026-05-20'), ev('c', 'aanmelding-verstuurd', '2026-06-01'), ev('d', 'aanmelding-ontvangen', '2026-06-03')]);
    expect(planAt(logged, '2026-06-04').steps.find((x) => x.id === 'besluit-aanmelding')).toMatchObject({ note: NOTE, deadline: { start: '2026-06-03', due: '2026-07-15' } });
    for (const lang of ['nl', 'en', 'tr', 'pl', 'uk', 'ar']) {
      const text = tFor(lang).raw(NOTE);
      expect(text, lang).not.toMatch(/\{\{|ext36|^ui:/);
      expect(text, lang).toMatch(/6/);
    }
  });
  it('a receipt the school told by phone on 25 May: the 6 weeks from it, and the spoken-receipt note wins (session 35)', () => {
    const s = log(ANSWERED, [ev('r', 'aanmelding-ontvangen', '2026-05-25', 'telefoon')]);
    expect(decision(s, '2026-05-26')).toMatchObject({ start: '2026-05-25', due: '2026-07-06' });
    expect(note(s, '2026-05-26')).toBe('ui:reg35.spokenReceipt');
  });
  it('the questionnaire says "weet ik niet" for the new registration; deleting the event gives the parent\'s "ja" back (and no note)', () => {
    const s = log(ANSWERED, [ev('r', 'aanmelding-ontvangen', '2026-05-25')]);
    expect(s.answers['aanmelding-verlengd']).toBe('weet-niet');
    const back = deleteEvent(s.answers, s.data, 'r');
    expect(back.answers).toEqual(ANSWERED);
    expect(decision(back, '2026-05-26')).toMatchObject({ start: '2026-04-20', due: '2026-06-29' });
    expect(note(back, '2026-05-26')).toBeUndefined();
  });
});

describe('guards: the extension stays where it belongs to the same registration (passed before too)', () => {
  it('the logged extension still counts as in effect (a later registration wrote over it: no "your answers say otherwise"; failed with this fix\'s first version)', () => {
    const s = log(NOTHING, [ev('a', 'aanmelding-verstuurd', '2026-04-20'), ev('b', 'besluit-verlengd', '2026-05-20'), ev('c', 'aanmelding-verstuurd', '2026-06-01')]);
    for (const e of s.data.events) expect(inEffect(s.answers, e, s.data.events), e.kind).toBe(true);
  });
  it('sent 20 April, received 22 April, extended 20 May: 10 weeks from 22 April (1 July)', () => {
    const s = log(NOTHING, [ev('a', 'aanmelding-verstuurd', '2026-04-20'), ev('b', 'aanmelding-ontvangen', '2026-04-22'), ev('c', 'besluit-verlengd', '2026-05-20')]);
    expect(decision(s, '2026-06-10')).toMatchObject({ start: '2026-04-22', due: '2026-07-01' });
    expect(note(s, '2026-06-10')).toBeUndefined();
  });
  it('the same, the receipt logged last (dated before the extension): still 10 weeks from 22 April', () => {
    const s = log(NOTHING, [ev('a', 'aanmelding-verstuurd', '2026-04-20'), ev('c', 'besluit-verlengd', '2026-05-20'), ev('b', 'aanmelding-ontvangen', '2026-04-22')]);
    expect(decision(s, '2026-06-10')).toMatchObject({ start: '2026-04-22', due: '2026-07-01' });
  });
  it('"ja" answered with no day answered, sent 20 April and received 22 April logged: the receipt of that registration, 10 weeks', () => {
    const s = log(A({ situatie: ['aanmelden'], 'aanmelding-verlengd': 'ja' }), [ev('a', 'aanmelding-verstuurd', '2026-04-20'), ev('b', 'aanmelding-ontvangen', '2026-04-22')]);
    expect(decision(s, '2026-06-10')).toMatchObject({ start: '2026-04-22', due: '2026-07-01' });
    expect(s.answers['aanmelding-verlengd']).toBe('ja');
  });
  it('answered 20 April and extended, a receipt logged on 20 April itself: 10 weeks (29 June)', () => {
    const s = log(ANSWERED, [ev('r', 'aanmelding-ontvangen', '2026-04-20')]);
    expect(decision(s, '2026-06-10')).toMatchObject({ start: '2026-04-20', due: '2026-06-29' });
  });
  it('answered 20 April and extended, a registration logged before it (14 April): it writes nothing, 10 weeks stay', () => {
    const s = log(ANSWERED, [ev('r', 'aanmelding-verstuurd', '2026-04-14')]);
    expect(decision(s, '2026-06-10')).toMatchObject({ start: '2026-04-20', due: '2026-06-29' });
  });
  it('answered 20 April and extended, a registration by phone on 25 May (session 35: just a call): 10 weeks stay', () => {
    for (const how of ['telefoon', 'gesprek'] as const) {
      const s = log(ANSWERED, [ev('r', 'aanmelding-verstuurd', '2026-05-25', how)]);
      expect(decision(s, '2026-06-10'), how).toMatchObject({ start: '2026-04-20', due: '2026-06-29' });
      expect(s.answers['aanmelding-verlengd'], how).toBe('ja');
    }
  });
  it('a new registration on 25 May, then "Besluit verlengd" on 1 June for it: 10 weeks from 25 May (3 August)', () => {
    const s = log(ANSWERED, [ev('r', 'aanmelding-ontvangen', '2026-05-25'), ev('x', 'besluit-verlengd', '2026-06-01')]);
    expect(decision(s, '2026-07-07')).toMatchObject({ start: '2026-05-25', due: '2026-08-03', status: 'upcoming' });
    expect(note(s, '2026-07-07')).toBeUndefined();
  });
  it('the parent then answers "ja" in the questionnaire (the school extended this one too): 10 weeks from 25 May, no note', () => {
    const s = log(ANSWERED, [ev('r', 'aanmelding-ontvangen', '2026-05-25')]);
    const answered = { ...s, answers: A({ ...(s.answers as Record<string, string | string[]>), 'aanmelding-verlengd': 'ja' }) };
    expect(decision(answered, '2026-07-07')).toMatchObject({ start: '2026-05-25', due: '2026-08-03' });
    expect(note(answered, '2026-07-07')).toBeUndefined();
  });
  it('the parent answers "ja" for the new registration, then logs its receipt: the parent\'s "ja" stays (their latest word), 10 weeks (failed with this fix\'s first version)', () => {
    // Since session 36 the registration of 1 June made it "weet ik niet" (tested above); the parent then says "ja".
    const s = log(ANSWERED, [ev('r', 'aanmelding-verstuurd', '2026-06-01')]);
    const answered = addEvent(A({ ...(s.answers as Record<string, string | string[]>), 'aanmelding-verlengd': 'ja' }), s.data, ev('o', 'aanmelding-ontvangen', '2026-06-03'));
    expect(answered.answers['aanmelding-verlengd']).toBe('ja');
    expect(decision(answered, '2026-06-04')).toMatchObject({ start: '2026-06-03', due: '2026-08-12' });
  });
  it('sent 20 April and received 22 April, no extension: 6 weeks from receipt, nothing else changed', () => {
    const s = log(NOTHING, [ev('a', 'aanmelding-verstuurd', '2026-04-20'), ev('b', 'aanmelding-ontvangen', '2026-04-22')]);
    expect(decision(s, '2026-05-01')).toMatchObject({ start: '2026-04-22', due: '2026-06-03' });
    expect(s.answers['aanmelding-verlengd']).toBeUndefined();
  });
  it('"nee" answered (the school did not extend), then a registration later: 6 weeks, and "nee" stays', () => {
    const s = log(A({ ...ANSWERED, 'aanmelding-verlengd': 'nee' }), [ev('r', 'aanmelding-ontvangen', '2026-05-25')]);
    expect(decision(s, '2026-05-26')).toMatchObject({ start: '2026-05-25', due: '2026-07-06' });
    expect(s.answers['aanmelding-verlengd']).toBe('nee');
    expect(note(s, '2026-05-26')).toBeUndefined();
  });
});

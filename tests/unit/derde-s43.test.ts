/**
 * Session 43 (s43-derde): a third school after a written refusal and an admission elsewhere, and a new school after an
 * admission answered in the questions, in data an older version stored. The rules themselves (EFFECTS reopens
 * afterRefusal and date): tests/unit/clock-s38.test.ts, tests/unit/hunt-s43.test.ts and
 * tests/scenarios/034-derde-school-s43.yaml.
 *
 * Sessions 38-42 kept "toegelaten" for a registration logged after a logged admission when the answers held a refusal's
 * day: the third school's 6 weeks (A04) were on no screen. A version since session 43 writes "geweigerd" (the refusal,
 * with the new registration after it). Data the older version stored keeps "toegelaten", and a commit made with the new
 * rules would read it as the parent's own answer and keep it. So the data carries a mark (CURRENT_RULES in `base`) when it
 * was written by the current rules and they differ from the old ones; data without it is brought up to date when read
 * (upgradeStored), with the old rules' answers as what the events wrote. Each "(failed before)" test failed without
 * the mark and the old rules in upgradeStored (checked by undoing them).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { CURRENT_RULES, deleteEvent, sanitizeTimeline, upgradeStored, type TimelineData } from '../../src/timeline/model';
import { planOf } from '../../src/ui/components/timelineDoor';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { answerValuesOf } from '../../src/ui/pages/LettersPage';
import { ev, log } from './timeline-log';
import { loadPlanTexts } from './plan-texts';

beforeAll(loadPlanTexts);

const START = { situatie: ['aanmelden'] } as unknown as Answers;
const STORY = () => [
  ev('a', 'aanmelding-ontvangen', '2026-09-21'), ev('b', 'besluit-geweigerd', '2026-10-20'), ev('c', 'aanmelding-ontvangen', '2026-10-22'),
  ev('d', 'besluit-toegelaten', '2026-11-02'), ev('e', 'aanmelding-ontvangen', '2026-11-10'),
];

/** The story as a version of sessions 38-42 stored it: "toegelaten" kept, no mark. */
const OLD_ANSWERS = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-10', 'aanmelding-besluit': 'toegelaten',
  'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-10-20',
} as unknown as Answers;
const OLD_DATA = (): TimelineData => ({
  events: STORY(),
  base: { situatie: ['aanmelden'], 'aanmelding-hoe': null, 'aanmelding-datum': null, 'aanmelding-besluit': null, 'aanmelding-verlengd': null, 'weigering-schriftelijk': null, 'weigering-datum': null },
});
const stepOf = (answers: Answers, timeline: unknown, id: string, today = '2026-11-20') =>
  planOf({ answers, timeline }, today).steps.find((s) => s.id === id);

describe('a third school after a refusal and an admission elsewhere, in data an older version stored', () => {
  it('the fixture is what this version logs, but for the decision and the mark', () => {
    const now = log(START, STORY());
    expect(now.answers['aanmelding-besluit']).toBe('geweigerd');
    expect({ ...now.answers, 'aanmelding-besluit': 'toegelaten' }).toEqual(OLD_ANSWERS);
    // Session 74: a registration logged now also keeps the confirmation's questionnaire value in `base` (EFFECTS confirms,
    // null here: no receipt by letter or e-mail); an older version never did.
    const { [CURRENT_RULES]: mark, 'aanmelding-bevestiging': confirmation, ...base } = now.data.base;
    expect(confirmation).toBeNull();
    expect(mark).toBeNull();
    expect(CURRENT_RULES in now.data.base).toBe(true);
    expect(base).toEqual(OLD_DATA().base);
  });

  it('the plan shows the third school\'s 6 weeks and the refusal\'s bezwaar at once (failed before)', () => {
    expect(stepOf(OLD_ANSWERS, OLD_DATA(), 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-11-10', due: '2026-12-22', certain: true });
    expect(stepOf(OLD_ANSWERS, OLD_DATA(), 'bezwaar-weigering')?.deadline).toMatchObject({ start: '2026-10-20', due: '2026-12-01' });
  });

  it('upgradeStored writes the decision by the current rules and the mark, once; every other answer unchanged (failed before)', () => {
    const up = upgradeStored(OLD_ANSWERS, OLD_DATA());
    expect(up?.answers).toEqual({ ...OLD_ANSWERS, 'aanmelding-besluit': 'geweigerd' });
    // Session 74: the commit keeps the confirmation's value in `base` too (null: none answered; EFFECTS confirms).
    expect(up?.data.base).toEqual({ ...OLD_DATA().base, [CURRENT_RULES]: null, 'aanmelding-bevestiging': null });
    expect(upgradeStored(up!.answers, up!.data)).toBeUndefined();
    // Deleting the third registration afterwards gives the admission back.
    expect(deleteEvent(up!.answers, up!.data, 'e').answers['aanmelding-besluit']).toBe('toegelaten');
  });

  it('an answer the parent changed herself after this version logged it stays hers (failed before: the upgrade wrote over it)', () => {
    const now = log(START, STORY());
    // She answered in the questions that the third school admitted her son.
    const hers = { ...now.answers, 'aanmelding-besluit': 'toegelaten' } as Answers;
    expect(upgradeStored(hers, now.data)).toBeUndefined();
    expect(stepOf(hers, now.data, 'besluit-aanmelding')).toBeUndefined();
  });

  it('the mark survives a backup or a link (sanitizeTimeline) and is no answer', () => {
    const now = log(START, STORY());
    const again = sanitizeTimeline(JSON.parse(JSON.stringify(now.data)));
    expect(again.base[CURRENT_RULES]).toBeNull();
    expect(upgradeStored(now.answers, again)).toBeUndefined();
    expect(CURRENT_RULES in now.answers).toBe(false);
    // Deleting every event gives the questionnaire's answers back, without the mark.
    let s = now;
    for (const id of ['e', 'd', 'c', 'b', 'a']) s = { ...s, ...deleteEvent(s.answers, s.data, id) };
    expect(s.answers).toEqual(START);
  });

  it('data every rule reads alike gets no mark and no upgrade (a registration, then a refusal)', () => {
    const s = log(START, [ev('a', 'aanmelding-ontvangen', '2026-09-21'), ev('d', 'besluit-geweigerd', '2026-11-02')]);
    expect(s.answers['aanmelding-besluit']).toBe('geweigerd');
    expect(CURRENT_RULES in s.data.base).toBe(false);
    expect(upgradeStored(s.answers, s.data)).toBeUndefined();
  });

  it('an admission answered in the questions, then a registration logged later: old data gets the new school\'s 6 weeks (failed before)', () => {
    const answered = { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-08-03', 'aanmelding-besluit': 'toegelaten' } as unknown as Answers;
    const now = log(answered, [ev('r', 'aanmelding-ontvangen', '2026-11-02')]);
    expect(now.answers['aanmelding-besluit']).toBe('nog-niet');
    expect(CURRENT_RULES in now.data.base).toBe(true);
    // As sessions 38-42 stored it: "toegelaten" kept, no mark.
    const { [CURRENT_RULES]: _mark, ...oldBase } = now.data.base;
    const old = { answers: { ...now.answers, 'aanmelding-besluit': 'toegelaten' } as Answers, data: { events: now.data.events, base: oldBase } };
    expect(stepOf(old.answers, old.data, 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-11-02', due: '2026-12-14' });
    const up = upgradeStored(old.answers, old.data);
    expect(up?.answers).toEqual(now.answers);
    expect(up?.data).toEqual(now.data);
    // Deleting the registration gives the answered admission back.
    expect(deleteEvent(up!.answers, up!.data, 'r').answers).toEqual(answered);
  });

  // Sessions 36-37 (before session 38's rules): a registration never reopened an admission, and an extension logged before a
  // registration was carried over to it. Data they stored still shows no term, or 10 weeks as certain.
  const admittedThenRegistered = () => log(START, [ev('a', 'aanmelding-ontvangen', '2026-09-21'), ev('d', 'besluit-toegelaten', '2026-11-02'), ev('e', 'aanmelding-ontvangen', '2026-11-10')]);

  it('sessions 36-37: an admission, then a registration: "toegelaten" kept; upgraded to the new registration\'s 6 weeks (failed before)', () => {
    const now = admittedThenRegistered();
    expect(now.answers['aanmelding-besluit']).toBe('nog-niet');
    const { [CURRENT_RULES]: _mark, ...oldBase } = now.data.base;
    const old = { answers: { ...now.answers, 'aanmelding-besluit': 'toegelaten' } as Answers, data: { events: now.data.events, base: oldBase } };
    expect(stepOf(old.answers, old.data, 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-11-10', due: '2026-12-22' });
    expect(upgradeStored(old.answers, old.data)).toEqual(now);
    // As sessions 38-42 stored it (the same answers, no mark): nothing to write.
    expect(upgradeStored(now.answers, { events: now.data.events, base: oldBase })).toBeUndefined();
    // An answer no rules wrote is the parent's own and stays.
    const hers = { ...now.answers, 'aanmelding-besluit': 'geweigerd' } as Answers;
    expect(upgradeStored(hers, { events: now.data.events, base: oldBase })).toBeUndefined();
  });

  it('sessions 36-37: an extension logged before a registration, none answered before it: "ja" kept; upgraded to 6 weeks, then maybe 10 (failed before)', () => {
    const now = log(START, [ev('v', 'besluit-verlengd', '2026-09-05'), ev('r', 'aanmelding-ontvangen', '2026-10-21')]);
    expect(now.answers['aanmelding-verlengd']).toBe('weet-niet');
    const { [CURRENT_RULES]: _mark, ...oldBase } = now.data.base;
    const old = { answers: { ...now.answers, 'aanmelding-verlengd': 'ja' } as Answers, data: { events: now.data.events, base: oldBase } };
    // Before the upgrade the plan would count 10 weeks as certain (30 December); the timeline called the school late on 3 December.
    expect(stepOf(old.answers, old.data, 'besluit-aanmelding', '2026-11-20')?.deadline).toMatchObject({ due: '2026-12-02', certain: true });
    const up = upgradeStored(old.answers, old.data);
    expect(up).toEqual(now);
    expect(upgradeStored(up!.answers, up!.data)).toBeUndefined();
  });

  it('the gesprekskaart and the reminder letter read old data as the plan does, before the idle upgrade writes it (failed before)', () => {
    // The card: the third school's 6 weeks among its running dates.
    const card = cardOf({ answers: OLD_ANSWERS, timeline: OLD_DATA() }, '2026-11-20');
    expect(card.dates.find((d) => d.step === 'besluit-aanmelding')).toMatchObject({ due: '2026-12-22', passed: false });
    // The reminder letter, sessions 36-37's extension carried over: its last day is the plan's 6 weeks, not 10.
    const now = log(START, [ev('v', 'besluit-verlengd', '2026-09-05'), ev('r', 'aanmelding-ontvangen', '2026-10-21')]);
    const { [CURRENT_RULES]: _mark, ...oldBase } = now.data.base;
    const old = { answers: { ...now.answers, 'aanmelding-verlengd': 'ja' } as Answers, timeline: { events: now.data.events, base: oldBase } };
    expect(answerValuesOf(old, 'nl', 'herinnering-besluit', '2026-12-05').datum_besluit_uiterlijk).toBe('2 december 2026');
  });
});

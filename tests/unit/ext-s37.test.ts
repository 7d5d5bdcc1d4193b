/**
 * Session 37 (s37-tlv): the school's extension (A05: once, at most 4 weeks, 10 in total) in data an older version stored.
 *
 * Session 36 (ext-s36.test.ts): an extension answered "ja" is not carried over to a registration logged on a later day; the
 * registration writes "aanmelding-verlengd: weet-niet" (EFFECTS newTerm) and keeps the parent's "ja" in the timeline's
 * `base`. An older version never wrote it: a parent whose stored answers hold "ja" with a later registration logged kept the
 * plan's 10 weeks from the new day (a school's term 4 weeks late) until her next timeline change. Now the data is brought up
 * to date when it is read (upgradeStored: the commit her next change would make): the plan reads it at once (planOf), and
 * the app writes it once on load (src/app/timeline-upgrade.ts, from start() when idle). Nothing she typed is lost: her "ja"
 * is kept in `base` (deleting the event gives it back), and an answer she changed after an event stays hers.
 * Each "(failed before)" test failed on main 1ae12ff (planOf without storedOf; no upgradeStored: checked by undoing them).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { deleteEvent, upgradeStored, type TimelineData } from '../../src/timeline/model';
import { planOf } from '../../src/ui/components/timelineDoor';
import { ev, log } from './timeline-log';
import { fakeWindow } from './fake-window';
import { loadPlanTexts } from './plan-texts';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
/** Registered in writing on 20 April, the school extended (answered). */
const ANSWERED = A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-04-20', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'ja' });

/**
 * The receipt of a registration logged on 25 May, as a version before session 36 stored it: its commit replayed the receipt
 * (the date 25 May) and kept, in `base`, what the answers were before for the answers the kind writes (situatie,
 * aanmelding-hoe, aanmelding-datum, aanmelding-besluit): "aanmelding-verlengd" was none of them and stayed "ja".
 */
const OLD_ANSWERS = A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-05-25', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'ja' });
const OLD_STORED = {
  version: 1,
  events: [{ id: 'r', kind: 'aanmelding-ontvangen', date: '2026-05-25', parties: ['school'], note: '' }],
  base: { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-04-20', 'aanmelding-besluit': 'nog-niet' },
};
const OLD_DATA = (): TimelineData => ({ events: OLD_STORED.events.map((e) => ({ ...e })) as TimelineData['events'], base: { ...OLD_STORED.base } });
const decision = (answers: Answers, timeline: unknown, today: string) => planOf({ answers, timeline }, today).steps.find((s) => s.id === 'besluit-aanmelding');

beforeAll(loadPlanTexts);

describe('stored data as an older version wrote it: "ja" and a registration logged later', () => {
  it('the fixture is what this version logs, but for the extension answer and its base entry', () => {
    const now = log(ANSWERED, [ev('r', 'aanmelding-ontvangen', '2026-05-25')]);
    // Session 74: a registration logged now also keeps the confirmation's questionnaire value in `base` (EFFECTS confirms,
    // null here: the receipt has no "Hoe?"); an older version never did.
    const { 'aanmelding-verlengd': kept, 'aanmelding-bevestiging': confirmation, ...base } = now.data.base;
    expect(kept).toBe('ja');
    expect(confirmation).toBeNull();
    expect(base).toEqual(OLD_STORED.base);
    expect({ ...now.answers, 'aanmelding-verlengd': 'ja' }).toEqual(OLD_ANSWERS);
    expect(now.data.events).toEqual(OLD_STORED.events);
  });

  it('the plan counts 6 weeks from 25 May at once (not 10), with session 36\'s note (failed before)', () => {
    const d = decision(OLD_ANSWERS, OLD_STORED, '2026-05-26');
    expect(d?.deadline).toMatchObject({ start: '2026-05-25', due: '2026-07-06', certain: true });
    expect(d?.note).toBe('ui:ext36.extensionEarlierRegistration');
    expect(decision(OLD_ANSWERS, OLD_STORED, '2026-07-07')?.deadline).toMatchObject({ due: '2026-07-06', status: 'passed', maybeExtendedTo: '2026-08-03' });
  });

  it('upgradeStored: "weet-niet" in the answers, the parent\'s "ja" kept in base; every other answer unchanged (failed before)', () => {
    const up = upgradeStored(OLD_ANSWERS, OLD_DATA());
    expect(up?.answers['aanmelding-verlengd']).toBe('weet-niet');
    expect(up?.data.base['aanmelding-verlengd']).toBe('ja');
    const { 'aanmelding-verlengd': _a, ...rest } = up!.answers as Record<string, unknown>;
    const { 'aanmelding-verlengd': _b, ...oldRest } = OLD_ANSWERS as Record<string, unknown>;
    expect(rest).toEqual(oldRest);
    expect(up!.data.events).toEqual(OLD_DATA().events);
    // Deleting the event gives back exactly what she answered.
    expect(deleteEvent(up!.answers, up!.data, 'r').answers).toEqual(ANSWERED);
    // Once upgraded, nothing more to do.
    expect(upgradeStored(up!.answers, up!.data)).toBeUndefined();
  });

  it('an answer she changed in the questionnaire after the event stays hers (failed before: no upgrade at all)', () => {
    const typed = A({ ...(OLD_ANSWERS as Record<string, string | string[]>), 'aanmelding-besluit': 'weet-niet' });
    const up = upgradeStored(typed, OLD_DATA());
    expect(up?.answers['aanmelding-besluit']).toBe('weet-niet');
    expect(up?.answers['aanmelding-verlengd']).toBe('weet-niet');
  });

  it('the app writes the upgrade once on load, to the answers and the timeline it stores (failed before)', async () => {
    vi.resetModules();
    const { win, data } = fakeWindow('#/', {
      'wegwijzer.answers': JSON.stringify({ version: 2, answers: OLD_ANSWERS, position: 'plan', savedAt: '' }),
      'wegwijzer.timeline': JSON.stringify(OLD_STORED),
    });
    const c = await import('../../src/app/controller');
    await c.boot(win);
    await vi.waitFor(() => expect(c.getState().answers['aanmelding-verlengd']).toBe('weet-niet'), { timeout: 4000, interval: 50 });
    const timeline = JSON.parse(data.get('wegwijzer.timeline')!);
    expect(timeline.base['aanmelding-verlengd']).toBe('ja');
    expect(timeline.events).toEqual(OLD_STORED.events);
    await vi.waitFor(() => expect(JSON.parse(data.get('wegwijzer.answers')!).answers['aanmelding-verlengd']).toBe('weet-niet'), { timeout: 4000, interval: 50 });
    expect(JSON.parse(data.get('wegwijzer.answers')!).answers['aanmelding-datum']).toBe('2026-05-25');
  });
});

describe('guards: data this version stored is read as it is', () => {
  it('logged since session 36, or the parent\'s own "ja" for the new registration after it: no upgrade', () => {
    const now = log(ANSWERED, [ev('r', 'aanmelding-ontvangen', '2026-05-25')]);
    expect(upgradeStored(now.answers, now.data)).toBeUndefined();
    expect(upgradeStored(A({ ...(now.answers as Record<string, string | string[]>), 'aanmelding-verlengd': 'ja' }), now.data)).toBeUndefined();
    expect(decision(A({ ...(now.answers as Record<string, string | string[]>), 'aanmelding-verlengd': 'ja' }), { version: 1, ...now.data }, '2026-07-07')?.deadline).toMatchObject({ start: '2026-05-25', due: '2026-08-03' });
  });

  it('no registration in the timeline (other events only): no upgrade', () => {
    const s = log(A({ situatie: ['tlv'], 'tlv-eens': 'nee' }), [ev('t', 'tlv-afgewezen', '2026-05-04', 'brief'), ev('g', 'gesprek', '2026-05-10')]);
    expect(upgradeStored(s.answers, s.data)).toBeUndefined();
  });

  it('old data whose registration is the same one the extension was for (a receipt on the day answered): still 10 weeks', () => {
    const answers = A({ ...(ANSWERED as Record<string, string | string[]>) });
    const data: TimelineData = { events: [ev('r', 'aanmelding-ontvangen', '2026-04-20')], base: { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-04-20', 'aanmelding-besluit': 'nog-niet' } };
    const up = upgradeStored(answers, data);
    expect(up?.answers['aanmelding-verlengd']).toBe('ja');
    expect(decision(answers, { version: 1, ...data }, '2026-06-10')?.deadline).toMatchObject({ start: '2026-04-20', due: '2026-06-29' });
  });
});

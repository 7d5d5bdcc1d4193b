/**
 * Session 48: what this session changed beside the scenarios that hold it (tests/scenarios/043-lezing-s48.yaml and
 * 044-combi-s48.yaml, whose `knownFailing` marks came off with the fixes). Each test here failed before its fix.
 *
 * 1. An extension logged while the parent is registered at more schools and an earlier school's own 6 weeks still ran: the
 *    timeline cannot tell which school wrote it (ambiguousExtension). The latest registration's school no longer gets 10
 *    weeks as certain; the earlier school's step names the 10-week day as "maybe". Plan, "te laat?" and stored data agree.
 * 2. An earlier registration logged as received beside a later one logged as sent (registrationsOf).
 * 3. A refusal by phone, then a registration elsewhere: "vraag om het besluit op papier" names the first school's last day.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { CURRENT_RULES, ambiguousExtension, reconciledChange, upgradeStored, type TimelineData } from '../../src/timeline/model';
import { AMBIGUOUS_EXTENSION_NOTE, FIRST_SCHOOL_TERM_EXTENDED_NOTE, FIRST_SCHOOL_TERM_NOTE } from '../../src/timeline/earlier';
import { ev, flags, log, planAt } from './timeline-log';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;
const step = (p: ReturnType<typeof planAt>, id: string) => p.steps.find((s) => s.id === id);
const drop = (d: TimelineData): TimelineData => {
  const { [CURRENT_RULES]: _mark, ...base } = d.base;
  return { events: d.events, base };
};

// Ties: school A received the registration on 2 September, school B got one sent on 5 October; an extension letter on 12
// October (within A's 6 weeks, which end 14 October, and within B's).
const MORE = A({ situatie: ['aanmelden'], 'meer-scholen': 'ja', 'ondersteuning-gemeld': 'ja', 'aanmelding-bevestiging': 'ja' });
const A_RECEIVED = ev('a', 'aanmelding-ontvangen', '2026-09-02', 'e-mail');
const B_SENT = ev('b', 'aanmelding-verstuurd', '2026-10-05', 'e-mail');
const EXT = ev('x', 'besluit-verlengd', '2026-10-12', 'brief');

describe('an extension the timeline cannot place between two schools (session 48, s044-ties-verlengbrief-na-tweede-aanmelding)', () => {
  const story = log(MORE, [A_RECEIVED, B_SENT, EXT]);

  it('the latest school keeps its 6 weeks, certain; not 10 weeks it may never have taken (failed before: 14 December, certain)', () => {
    expect(story.answers['aanmelding-verlengd']).toBe('weet-niet');
    const p = planAt(story, '2026-10-20');
    expect(step(p, 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-10-05', due: '2026-11-16', certain: true });
    expect(step(p, 'besluit-aanmelding')?.note).toBe(AMBIGUOUS_EXTENSION_NOTE);
    expect(step(p, 'besluit-aanmelding')?.params['verlengd']).toBe('2026-10-12');
  });

  it('the earlier school: 6 weeks passed, maybe until its 10-week day, with the same note', () => {
    const s = step(planAt(story, '2026-10-20'), 'eerdere-aanmelding');
    expect(s?.deadline).toMatchObject({ start: '2026-09-02', due: '2026-10-14', status: 'passed', maybeExtendedTo: '2026-11-11' });
    expect(s?.note).toBe(AMBIGUOUS_EXTENSION_NOTE);
  });

  it('"te laat?" counts B as the plan does: late from 17 November, maybe 10 weeks (failed before: not late until 15 December)', () => {
    const b = flags(story, '2026-11-17').find((f) => f.id === 'besluit-aanmelding' && f.start === '2026-10-05');
    expect(b).toMatchObject({ due: '2026-11-16', daysLate: 1, orLater: '2026-12-14' });
  });

  it('guards: one school only, or the extension before B\'s registration (A\'s own): as before', () => {
    const one = log(A({ situatie: ['aanmelden'], 'meer-scholen': 'nee', 'ondersteuning-gemeld': 'ja' }), [A_RECEIVED, B_SENT, EXT]);
    expect(one.answers['aanmelding-verlengd']).toBe('ja');
    const beforeB = log(MORE, [A_RECEIVED, ev('x', 'besluit-verlengd', '2026-10-01', 'brief'), B_SENT]);
    const p = planAt(beforeB, '2026-10-20');
    // A extended before B's registration: A's own 10 weeks, certain; B's 6 weeks.
    expect(step(p, 'eerdere-aanmelding')?.deadline).toMatchObject({ start: '2026-09-02', due: '2026-11-11', status: 'upcoming' });
    expect(step(p, 'eerdere-aanmelding')?.note).toBeUndefined();
    expect(step(p, 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-10-05', due: '2026-11-16' });
    // The earlier school's own 6 weeks had ended (after 14 October): its extension cannot be the one.
    expect(ambiguousExtension('2026-10-20', A({ 'meer-scholen': 'ja', 'aanmelding-datum': '2026-10-05' }), [A_RECEIVED, B_SENT])).toBe(false);
    expect(ambiguousExtension('2026-10-12', A({ 'meer-scholen': 'ja', 'aanmelding-datum': '2026-10-05' }), [A_RECEIVED, B_SENT])).toBe(true);
  });

  it('data session 47 stored (the extension written as "ja") is read once by this session\'s rules', () => {
    const stored = A({ ...(story.answers as Record<string, string | string[]>), 'aanmelding-verlengd': 'ja' });
    const up = upgradeStored(stored, drop(story.data));
    expect(up?.answers['aanmelding-verlengd']).toBe('weet-niet');
    expect(CURRENT_RULES in (up?.data.base ?? {})).toBe(true);
  });
});

describe('an earlier registration logged as received beside a later one logged as sent (s044-ties-ontvangst-a-aanmelding-b)', () => {
  it('school A\'s 6 weeks from its receipt stay on the plan (failed before: only B\'s day)', () => {
    const p = planAt(log(MORE, [A_RECEIVED, B_SENT]), '2026-10-10');
    expect(step(p, 'eerdere-aanmelding')?.deadline).toMatchObject({ start: '2026-09-02', due: '2026-10-14', certain: true });
    expect(step(p, 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2026-10-05', due: '2026-11-16' });
  });
  it('guard: one letter logged as sent and as received is one registration', () => {
    const p = planAt(log(MORE, [ev('s', 'aanmelding-verstuurd', '2026-09-01', 'e-mail'), A_RECEIVED]), '2026-10-10');
    expect(step(p, 'eerdere-aanmelding')).toBeUndefined();
  });
});

describe('a refusal by phone, then a registration elsewhere: the first school\'s last day (s044-emma-verlengd-nee-aan-telefoon-elders)', () => {
  const ONE = A({ situatie: ['aanmelden'], 'meer-scholen': 'nee', 'ondersteuning-gemeld': 'ja', 'aanmelding-bevestiging': 'ja' });
  const first = [ev('s', 'aanmelding-verstuurd', '2026-09-01', 'e-mail'), A_RECEIVED];
  const call = ev('c', 'besluit-geweigerd', '2026-11-09', 'telefoon');
  const next = ev('n', 'aanmelding-verstuurd', '2026-11-16', 'e-mail');

  it('with the extension logged: 10 weeks from receipt, 11 November (failed before: "count 6 weeks yourself")', () => {
    const s = step(planAt(log(ONE, [...first, EXT, call, next]), '2026-12-02'), 'weigering-op-papier-vragen');
    expect(s?.note).toBe(FIRST_SCHOOL_TERM_EXTENDED_NOTE);
    expect(s?.params).toMatchObject({ eersteAangemeld: '2026-09-02', eersteUiterlijk: '2026-11-11' });
  });
  it('without: 6 weeks, 14 October; guard: no registration after the call, no note', () => {
    const s = step(planAt(log(ONE, [...first, call, next]), '2026-12-02'), 'weigering-op-papier-vragen');
    expect(s?.note).toBe(FIRST_SCHOOL_TERM_NOTE);
    expect(s?.params).toMatchObject({ eersteUiterlijk: '2026-10-14' });
    expect(step(planAt(log(ONE, [...first, call]), '2026-11-10'), 'weigering-op-papier-vragen')?.note).toBeUndefined();
  });
});

describe('a date corrected in the questions across another logged event (hunt-s48 found 1, reconciledChange)', () => {
  const st = log(A({ situatie: ['aanmelden'] }), [ev('e0', 'aanmelding-verstuurd', '2026-09-02', 'e-mail'), ev('e1', 'besluit-toegelaten', '2026-09-01', 'brief')]);
  it('the answers the events write are read in their new order, as an edit in the timeline (failed before: "nog-niet")', () => {
    const read = reconciledChange(A({ ...(st.answers as Record<string, string | string[]>), 'aanmelding-datum': '2026-08-25' }), st.data);
    expect(read.data.events.find((e) => e.id === 'e0')?.date).toBe('2026-08-25');
    expect(read.answers['aanmelding-besluit']).toBe('toegelaten');
    expect(read.answers['aanmelding-datum']).toBe('2026-08-25');
  });
  it('guard: another answer the parent changed herself stays hers; nothing moved, nothing changes', () => {
    const own = A({ ...(st.answers as Record<string, string | string[]>), 'aanmelding-datum': '2026-08-25', 'aanmelding-hoe': 'telefonisch' });
    expect(reconciledChange(own, st.data).answers['aanmelding-hoe']).toBe('telefonisch');
    const same = reconciledChange(st.answers, st.data);
    expect(same.answers).toBe(st.answers);
    expect(same.data).toBe(st.data);
  });
});

/**
 * Session 82 (s82-tlv): "Tot wanneer geldt de TLV?" on a TLV grant logged in the timeline (TimelineEvent.until), and the
 * plan's step before and after that end date (tlvEndSteps, src/timeline/earlier.ts; step tlv-einde).
 *
 * Facts: the samenwerkingsverband sets how long a TLV holds (E12, 001:937); a TLV is for the whole school career or
 * temporary, at least 1 year; the samenwerkingsverband starts the re-assessment; in practice TLVs are usually extended (E13,
 * 002:2143-2150). No source gives a lead time: the day to ask (3 months before the end) is advice, and the step says so.
 * A new decision can be objected to at the samenwerkingsverband, 6 weeks EXT, not in the sources (E16, E18, §X.3).
 *
 * Storage: the field is optional and the timeline's version stays 1. An event stored without it (every event before
 * session 82) reads unchanged; one stored with it keeps it through reading, the read-time upgrade and writing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { knownFields, questionnaireAnswers, sanitizeEvents, STORED_VALUES, sanitizeTimeline, timelineItems, upgradeStored, updateEvent, TIMELINE_VERSION, type TimelineEvent } from '../../src/timeline/model';
import { log, planAt } from './timeline-log';
import { ev, GRANT, granted, step, TLV } from './tlv-kit';
import { TLV_END, TLV_END_TEXTS } from '../../src/timeline/earlier';
import { loadTimeline, saveTimeline, TIMELINE_KEY } from '../../src/app/timeline-store';
import { MemoryStore } from '../../src/app/storage';
import { planToIcs } from '../../src/rules/ics';
import { addTexts, initI18n, makeT, setLanguage, type T } from '../../src/app/i18n';
import { deadlineArithmetic, icsTexts } from '../../src/ui/deadlineText';
import { loadTexts, renderMarkdown, type Lang } from '../../src/cli/plan';
import { firstThings } from '../../src/ui/firstThings';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';
import stepsNl from '../../src/content/generated/steps.nl';
import uiNl from '../../src/content/generated/pagetexts.nl';

const LANGS: Lang[] = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];

const planOf = planAt;

describe('s82-tlv: storage of "Tot wanneer geldt de TLV?"', () => {
  const plain = { id: 'g', date: GRANT, kind: 'tlv-toegekend', parties: ['samenwerkingsverband'], how: 'brief', note: 'Brief van het swv.' };

  it('the version stays 1: an older app reads the data (it leaves out the field it does not know)', () => {
    expect(TIMELINE_VERSION).toBe(1);
  });

  it('an event stored by the current version without the field loads unchanged', () => {
    expect(sanitizeEvents([plain])).toEqual([plain]);
    const store = new MemoryStore();
    store.setItem(TIMELINE_KEY, JSON.stringify({ version: 1, events: [plain], base: {} }));
    const read = loadTimeline(store);
    expect(read.events).toEqual([plain]);
    expect(read.events[0]).not.toHaveProperty('until');
    // The plan reads it as before: no step of its own.
    const s = log(TLV, read.events);
    expect(step(planOf(s, '2027-05-10'), TLV_END)).toBeUndefined();
  });

  it('data with the field is kept: read, upgraded at read time, written and read again', () => {
    for (const until of ['2028-07-31', 'hele-schooltijd', 'weet-niet'] as const) {
      const stored = { ...plain, until };
      expect(sanitizeEvents([stored])).toEqual([stored]);
      const data = sanitizeTimeline({ version: 1, events: [stored], base: {} });
      const s = log(TLV, data.events);
      expect(s.data.events[0]?.until).toBe(until);
      expect((upgradeStored(s.answers, s.data)?.data ?? s.data).events[0]?.until).toBe(until);
      const store = new MemoryStore();
      expect(saveTimeline(store, s.data)).toBe(true);
      expect(loadTimeline(store).events[0]?.until).toBe(until);
      expect(timelineItems(s.answers, s.data.events, s.data.base).find((i) => i.id === 'g')?.until).toBe(until);
    }
  });

  it('a value this version cannot use is dropped, the event kept as before', () => {
    for (const until of ['2028-02-30', '31-07-2028', 'altijd', 20280731, null]) {
      const [read] = sanitizeEvents([{ ...plain, until }]);
      expect(knownFields(read!)).toEqual(plain);
      // Session 84: the stored value is kept beside the event, never read, and written back (keep-s84).
      expect((read as unknown as Record<string, unknown>)[STORED_VALUES]).toEqual({ until });
    }
    // Only on a granted TLV.
    const refusal = { ...plain, kind: 'tlv-afgewezen', until: '2028-07-31' };
    expect(sanitizeEvents([refusal])[0]).not.toHaveProperty('until');
  });

  it('editing the event keeps or changes the end date like any other field', () => {
    const s = granted('2028-07-31');
    const edited = updateEvent(s.answers, s.data, ev('g', 'tlv-toegekend', GRANT, { until: '2027-07-31' }));
    expect(edited.data.events[0]?.until).toBe('2027-07-31');
    expect(step(planOf(edited, '2027-05-10'), TLV_END)?.deadline?.due).toBe('2027-07-31');
    const cleared = updateEvent(s.answers, s.data, ev('g', 'tlv-toegekend', GRANT));
    expect(step(planOf(cleared, '2027-05-10'), TLV_END)).toBeUndefined();
  });
});

describe('s82-tlv: the plan step before and after the end date', () => {
  it('far away (more than 3 months): "Binnenkort", due on the end date, the advised day 3 months before it', () => {
    const s = step(planOf(granted('2028-07-31'), '2027-01-12'), TLV_END)!;
    expect(s.texts).toBe(TLV_END_TEXTS.ver);
    expect(s.group).toBe('binnenkort');
    expect(s.deadline).toMatchObject({ start: GRANT, due: '2028-07-31', status: 'upcoming', certain: true, startWhat: 'tlv-toegekend', askBy: '2028-04-30' });
    expect(s.params).toEqual({ toekenning: GRANT, einde: '2028-07-31', vraagVoor: '2028-04-30' });
    expect(s.contacts).toEqual(['school', 'samenwerkingsverband']);
  });

  it('the day before the advised day: still "Binnenkort"; on that day: "Nu doen", ask now', () => {
    expect(step(planOf(granted('2028-07-31'), '2028-04-29'), TLV_END)?.group).toBe('binnenkort');
    const on = step(planOf(granted('2028-07-31'), '2028-04-30'), TLV_END)!;
    expect(on.group).toBe('nu');
    expect(on.texts).toBe(TLV_END_TEXTS.dichtbij);
    expect(on.deadline?.askBy).toBeUndefined();
  });

  it('within 3 months: "Nu doen" and on the first screen', () => {
    const plan = planOf(granted('2027-07-31'), '2027-05-10');
    const s = step(plan, TLV_END)!;
    expect(s.group).toBe('nu');
    expect(s.deadline?.due).toBe('2027-07-31');
    expect(s.deadline?.daysLeft).toBe(82);
    expect(firstThings(plan).actions.some((a) => a.id === TLV_END)).toBe(true);
  });

  it('on the end date itself: "Nu doen", today', () => {
    const s = step(planOf(granted('2027-07-31'), '2027-07-31'), TLV_END)!;
    expect(s.texts).toBe(TLV_END_TEXTS.dichtbij);
    expect(s.deadline?.status).toBe('today');
  });

  it('past, no new TLV logged: "Nu doen", passed, its own texts', () => {
    const s = step(planOf(granted('2027-07-31'), '2027-09-06'), TLV_END)!;
    expect(s.texts).toBe(TLV_END_TEXTS.voorbij);
    expect(s.group).toBe('nu');
    expect(s.deadline?.status).toBe('passed');
  });

  it('no step for the whole school career, "weet ik niet" or nothing chosen', () => {
    for (const until of ['hele-schooltijd', 'weet-niet', undefined] as const) {
      expect(step(planOf(granted(until), '2027-09-06'), TLV_END)).toBeUndefined();
    }
  });

  it('no step from an end date on or before the grant (a stored typo)', () => {
    expect(step(planOf(granted(GRANT), '2027-09-06'), TLV_END)).toBeUndefined();
    expect(step(planOf(granted('2026-01-31'), '2027-09-06'), TLV_END)).toBeUndefined();
  });

  it('a new TLV logged after the old one: the old end date gives no step (the new one its own, if logged with one)', () => {
    const renewed = granted('2027-07-31', [ev('n', 'tlv-toegekend', '2027-06-20')]);
    expect(step(planOf(renewed, '2027-09-06'), TLV_END)).toBeUndefined();
    const withEnd = granted('2027-07-31', [ev('n', 'tlv-toegekend', '2027-06-20', { until: '2029-07-31' })]);
    const s = step(planOf(withEnd, '2027-09-06'), TLV_END)!;
    expect(s.deadline?.due).toBe('2029-07-31');
    expect(s.params['toekenning']).toBe('2027-06-20');
  });

  it('a refusal logged after the grant (not renewed): no end step; na-tlv-afwijzing speaks of the place (blind281)', () => {
    const s = granted('2027-07-31', [ev('r', 'tlv-afgewezen', '2027-06-14')]);
    const plan = planOf(s, '2027-07-05');
    expect(step(plan, TLV_END)).toBeUndefined();
    expect(step(plan, 'na-tlv-afwijzing')).toBeDefined();
  });

  it('a later TLV decision answered in the questions: no step from the older grant logged after it', () => {
    // The questions hold the grant of 20 June 2027; the parent then logs the first TLV, of 15 June 2026, with its end.
    const answered: Answers = { ...TLV, 'tlv-fase': 'besluit', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2027-06-20' };
    const s = log(answered, [ev('g', 'tlv-toegekend', GRANT, { until: '2027-07-31' })]);
    expect(s.answers['tlv-besluit-datum']).toBe('2027-06-20');
    expect(step(planOf(s, '2027-09-06'), TLV_END)).toBeUndefined();
  });

  it('tlv-geldigheid no longer counts an earliest end of its own once the end is known (date or whole career)', () => {
    // Without an end date: its earliest-end texts (1 year from the decision: 15 June 2027, passed on 6 September 2027).
    expect(step(planOf(granted(), '2027-09-06'), 'tlv-geldigheid')?.texts).toBeDefined();
    expect(step(planOf(granted('weet-niet'), '2027-09-06'), 'tlv-geldigheid')?.texts).toBeDefined();
    for (const until of ['2028-07-31', 'hele-schooltijd'] as const) {
      const g = step(planOf(granted(until), '2027-09-06'), 'tlv-geldigheid')!;
      expect(g.texts).toBeUndefined();
      expect(g.group).toBe('goed-om-te-weten');
      expect(g.params).toEqual({});
    }
  });
});

describe('s82-tlv: the texts in six languages', () => {
  it('each variant renders in every language, with its dates, the advice and the uncertain 6 weeks', async () => {
    const cases: [string, string, RegExp][] = [
      ['2027-01-12', '2028-07-31', /uiterlijk zondag 30 april 2028[\s\S]*advies, geen wettelijke termijn[\s\S]*binnen 6 weken[\s\S]*niet zeker/],
      ['2028-05-10', '2028-07-31', /over 3 maanden of minder[\s\S]*advies, geen wettelijke termijn[\s\S]*niet zeker/],
      ['2028-08-14', '2028-07-31', /gold tot maandag 31 juli 2028\. Die dag is voorbij\.[\s\S]*niet in onze bronnen[\s\S]*De TLV van maandag 15 juni 2026 gold tot maandag 31 juli 2028/],
    ];
    for (const [today, until, nl] of cases) {
      const plan = planOf(granted(until as IsoDate), today);
      for (const lang of LANGS) {
        const md = renderMarkdown(plan, await loadTexts(lang));
        expect(md, `${lang} ${today}`).not.toMatch(/\{\{|tlv82\./);
        if (lang === 'nl') expect(md).toMatch(nl);
        expect(md, `${lang} ${today}`).toContain('6');
      }
    }
  });
});

describe('s82-tlv: the calendar file', () => {
  let t: T;
  beforeAll(async () => {
    await initI18n('nl');
    addTexts('nl', 'steps', stepsNl);
    addTexts('nl', 'ui', uiNl);
    await setLanguage('nl');
    t = makeT();
  });
  const events = (ics: string) => ics.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1);

  it('far away: the end date and the advised day, each an event of its own', () => {
    const plan = planOf(granted('2028-07-31'), '2027-01-12');
    const ics = planToIcs(plan, icsTexts(t));
    const tlv = events(ics).filter((e) => e.includes('tlv-einde'));
    expect(tlv.map((e) => /DTSTART;VALUE=DATE:(\d+)/.exec(e)?.[1])).toEqual(['20280731', '20280430']);
    expect(tlv[0]).toContain('SUMMARY:Laatste dag van de TLV van je kind. Is er al een nieuw besluit?');
    expect(tlv[1]).toContain('geen wettelijke termijn');
    expect(tlv[1]).toContain('31 juli 2028');
  });

  it('within 3 months: the end date only; passed: none', () => {
    const near = events(planToIcs(planOf(granted('2027-07-31'), '2027-05-10'), icsTexts(t))).filter((e) => e.includes('tlv-einde'));
    expect(near.map((e) => /DTSTART;VALUE=DATE:(\d+)/.exec(e)?.[1])).toEqual(['20270731']);
    expect(events(planToIcs(planOf(granted('2027-07-31'), '2027-09-06'), icsTexts(t))).some((e) => e.includes('tlv-einde'))).toBe(false);
  });

  it('the deadline line says until when the TLV holds, not "N dagen na"', () => {
    const d = step(planOf(granted('2028-07-31'), '2027-01-12'), TLV_END)!.deadline!;
    expect(deadlineArithmetic(d, t)).toBe('De TLV van maandag 15 juni 2026 geldt tot maandag 31 juli 2028');
  });
});

/**
 * Session 83 (s83-tlv): what session 82's TLV end date (TimelineEvent.until, step tlv-einde) left.
 *
 * 1. An end date less than a year after the decision: accepted (the parent copies the decision), but the step's note says a
 *    temporary TLV usually holds at least 1 year (E13, 002:2143-2146: one research report, a single source: said to be uncertain),
 *    to check the date in the decision and, if it is shorter, to ask the samenwerkingsverband or the steunpunt.
 * 2. After the end date the step stays urgent ("Nu doen", first screen) until the parent logs a new decision (a new TLV,
 *    with or without an end date, or a refusal) or ticks it. A new application or a bezwaar is no decision: the step stays.
 * 3. na-tlv-afwijzing after a grant logged with its end date names that date (before or after it).
 * 4. A TLV known from the questions only (or logged without an end date): tlv-geldigheid's earliest-end texts get a note
 *    to log the end date in the timeline; once it is logged (a date, or the whole school career) the note goes with them.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/rules/plan';
import type { TimelineEvent, TlvUntil } from '../../src/timeline/model';
import { log, planAt } from './timeline-log';
import { ev, GRANT, granted, step, TLV } from './tlv-kit';
import { TLV_END, TLV_END_TEXTS, TLV_REFUSAL_AFTER_GRANT_ENDED_TEXTS, TLV_REFUSAL_AFTER_GRANT_TEXTS, TLV_REFUSAL_AFTER_GRANT_UNTIL_TEXTS, TLV_SHORT_NOTE, shortTlv } from '../../src/timeline/earlier';
import { loadTexts, renderMarkdown, type Lang } from '../../src/cli/plan';
import { firstThings } from '../../src/ui/firstThings';
import { tickKey } from '../../src/ui/tickKey';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';
import { buildPlan, TLV_LOG_END_NOTE } from '../../src/rules/plan';

const LANGS: Lang[] = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];

describe('s83-tlv (1): an end date less than a year after the decision', () => {
  it('a year is to the day before the same date a year on; shorter is short', () => {
    expect(shortTlv(GRANT, '2027-06-14')).toBe(false);
    expect(shortTlv(GRANT, '2027-06-15')).toBe(false);
    expect(shortTlv(GRANT, '2027-06-13')).toBe(true);
    expect(shortTlv(GRANT, '2026-12-31')).toBe(true);
  });

  it('is accepted: the step counts to that date, with a note; a year or more has no note', () => {
    const s = step(planAt(granted('2027-01-31'), '2026-09-07'), TLV_END)!;
    expect(s.deadline?.due).toBe('2027-01-31');
    expect(s.note).toBe(TLV_SHORT_NOTE);
    for (const until of ['2027-06-14', '2028-07-31'] as const) expect(step(planAt(granted(until), '2026-09-07'), TLV_END)?.note).toBeUndefined();
  });

  it('the note stays near and after the end date', () => {
    for (const today of ['2026-12-01', '2027-02-10']) expect(step(planAt(granted('2027-01-31'), today), TLV_END)?.note).toBe(TLV_SHORT_NOTE);
  });

  it('reads in six languages: check the decision, ask why, and that it is not certain', async () => {
    const plan = planAt(granted('2027-01-31'), '2026-09-07');
    for (const lang of LANGS) {
      const md = renderMarkdown(plan, await loadTexts(lang));
      expect(md, lang).not.toMatch(/\{\{|tlv83\./);
      if (lang === 'nl') expect(md).toMatch(/het besluit is van maandag 15 juni 2026 en de einddatum van de TLV is zondag 31 januari 2027\. Dat is korter dan 1 jaar\.[\s\S]*Kijk in het besluit[\s\S]*Vraag het samenwerkingsverband dan per e-mail waarom[\s\S]*maar in één van onze bronnen: een onderzoek\. Het is dus niet helemaal zeker\./);
      if (lang === 'en') expect(md).toContain('less than 1 year');
    }
  });
});

describe('s83-tlv (2): after the end date, what takes the urgency away', () => {
  const END = '2027-07-31';
  const TODAY = '2027-09-06';
  const urgent = (plan: Plan, ticks?: Record<string, true>) => firstThings(plan, ticks).actions.some((a) => a.id === TLV_END);

  it('nothing logged: "Nu doen", passed, first on the first screen', () => {
    const plan = planAt(granted(END), TODAY);
    expect(step(plan, TLV_END)).toMatchObject({ group: 'nu', texts: TLV_END_TEXTS.voorbij });
    expect(urgent(plan)).toBe(true);
  });

  it('a new TLV logged after the end date (with no end date, or with one): no passed step', () => {
    const plain = planAt(granted(END, [ev('n', 'tlv-toegekend', '2027-08-20')]), TODAY);
    expect(step(plain, TLV_END)).toBeUndefined();
    expect(urgent(plain)).toBe(false);
    const withEnd = planAt(granted(END, [ev('n', 'tlv-toegekend', '2027-08-20', { until: '2029-07-31' })]), TODAY);
    const s = step(withEnd, TLV_END)!;
    expect(s).toMatchObject({ group: 'binnenkort', texts: TLV_END_TEXTS.ver, params: { toekenning: '2027-08-20', einde: '2029-07-31' } });
    // No longer "Nu doen" (the first screen may still show it when nothing else is to do now: firstThings' pool).
    expect(s.deadline?.status).toBe('upcoming');
  });

  it('a new TLV logged before the end date: the same', () => {
    expect(step(planAt(granted(END, [ev('n', 'tlv-toegekend', '2027-06-20')]), TODAY), TLV_END)).toBeUndefined();
  });

  it('a refusal logged (not renewed): no end step; na-tlv-afwijzing names the end that passed', () => {
    const plan = planAt(granted(END, [ev('r', 'tlv-afgewezen', '2027-08-20')]), TODAY);
    expect(step(plan, TLV_END)).toBeUndefined();
    expect(step(plan, 'na-tlv-afwijzing')).toMatchObject({ texts: TLV_REFUSAL_AFTER_GRANT_ENDED_TEXTS, params: { toekenning: GRANT, einde: END } });
  });

  it('ticked: stays in the plan, no longer on the first screen; the tick does not carry to a new TLV with its own end', () => {
    const plan = planAt(granted(END), TODAY);
    const ticks = { [tickKey(step(plan, TLV_END)!)]: true as const };
    expect(step(plan, TLV_END)).toBeDefined();
    expect(urgent(plan, ticks)).toBe(false);
    // A new TLV whose end has passed too (a short one): its own key, so not ticked.
    const next = planAt(granted(END, [ev('n', 'tlv-toegekend', '2027-08-01', { until: '2027-09-01' })]), TODAY);
    expect(tickKey(step(next, TLV_END)!)).not.toBe(Object.keys(ticks)[0]);
    expect(urgent(next, ticks)).toBe(true);
  });

  it('a new application or a bezwaar logged is no decision: the passed step stays', () => {
    for (const e of [ev('a', 'tlv-aangevraagd', '2027-08-10'), ev('b', 'bezwaar-ingediend', '2027-08-20')]) {
      expect(step(planAt(granted(END, [e]), TODAY), TLV_END)?.texts, e.kind).toBe(TLV_END_TEXTS.voorbij);
    }
  });
});

describe('s83-tlv (3): na-tlv-afwijzing names the old TLV\'s logged end date', () => {
  const refused = (until?: TlvUntil) => granted(until, [ev('r', 'tlv-afgewezen', '2027-06-14')]);

  it('before that day: "geldt tot"; after it: "gold tot"; without one: as before (blind281)', () => {
    expect(step(planAt(refused('2027-07-31'), '2027-07-05'), 'na-tlv-afwijzing')).toMatchObject({ texts: TLV_REFUSAL_AFTER_GRANT_UNTIL_TEXTS, params: { toekenning: GRANT, einde: '2027-07-31' } });
    expect(step(planAt(refused('2027-07-31'), '2027-07-31'), 'na-tlv-afwijzing')?.texts).toBe(TLV_REFUSAL_AFTER_GRANT_UNTIL_TEXTS);
    expect(step(planAt(refused('2027-07-31'), '2027-08-01'), 'na-tlv-afwijzing')?.texts).toBe(TLV_REFUSAL_AFTER_GRANT_ENDED_TEXTS);
    for (const until of [undefined, 'weet-niet', 'hele-schooltijd'] as const) {
      const s = step(planAt(refused(until), '2027-07-05'), 'na-tlv-afwijzing')!;
      expect(s.texts, String(until)).toBe(TLV_REFUSAL_AFTER_GRANT_TEXTS);
      expect(s.params['einde']).toBeUndefined();
    }
  });

  it('the same grant told twice on its day, only one with the end date: that end date', () => {
    const s = log(TLV, [ev('g', 'tlv-toegekend', GRANT, { until: '2027-07-31' }), ev('g2', 'tlv-toegekend', GRANT), ev('r', 'tlv-afgewezen', '2027-06-14')]);
    expect(step(planAt(s, '2027-07-05'), 'na-tlv-afwijzing')?.params['einde']).toBe('2027-07-31');
  });

  it('reads in six languages', async () => {
    const cases: [IsoDate, RegExp][] = [
      ['2027-07-05', /kreeg\. Die geldt tot zaterdag 31 juli 2027\.[\s\S]*niet blijven na zaterdag 31 juli 2027\./],
      ['2027-09-06', /Die gold tot zaterdag 31 juli 2027\. Die dag is voorbij\./],
    ];
    for (const [today, nl] of cases) {
      const plan = planAt(refused('2027-07-31'), today);
      for (const lang of LANGS) {
        const md = renderMarkdown(plan, await loadTexts(lang));
        expect(md, `${lang} ${today}`).not.toMatch(/\{\{|tlv83\./);
        expect(md, `${lang} ${today}`).toMatch(/2027/);
        if (lang === 'nl') expect(md).toMatch(nl);
      }
    }
  });
});

describe('s83-tlv (4): log the end date in the timeline', () => {
  const ANSWERED: Answers = { ...TLV, 'tlv-fase': 'besluit', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': GRANT };

  it('questions only: tlv-geldigheid (earliest end, before and after it) has the note', () => {
    for (const today of ['2026-09-07', '2027-09-06']) {
      const s = step(buildPlan(ANSWERED, today), 'tlv-geldigheid')!;
      expect(s.texts, today).toBeDefined();
      expect(s.note, today).toBe(TLV_LOG_END_NOTE);
    }
  });

  it('no note without a decision date (the general texts), nor after a refusal (no tlv-geldigheid)', () => {
    const { 'tlv-besluit-datum': _d, ...noDate } = ANSWERED;
    expect(step(buildPlan(noDate as Answers, '2026-09-07'), 'tlv-geldigheid')?.note).toBeUndefined();
    expect(step(buildPlan({ ...ANSWERED, 'tlv-besluit': 'afgewezen' }, '2026-09-07'), 'tlv-geldigheid')).toBeUndefined();
  });

  it('logged without an end date or with "weet ik niet": the note stays; with a date or the whole career: gone', () => {
    for (const until of [undefined, 'weet-niet'] as const) expect(step(planAt(granted(until), '2026-09-07'), 'tlv-geldigheid')?.note, String(until)).toBe(TLV_LOG_END_NOTE);
    for (const until of ['2028-07-31', 'hele-schooltijd'] as const) {
      const s = step(planAt(granted(until), '2026-09-07'), 'tlv-geldigheid')!;
      expect(s.texts, until).toBeUndefined();
      expect(s.note, until).toBeUndefined();
    }
  });

  it('reads in six languages with the timeline\'s own words', async () => {
    const plan = buildPlan(ANSWERED, '2026-09-07');
    const words: Record<Lang, string> = { nl: "'TLV gekregen'", en: "'TLV granted'", ar: "'حصلنا على إذن القبول (TLV)'", pl: "'TLV przyznane'", tr: "'TLV alındı'", uk: "'TLV отримано'" };
    for (const lang of LANGS) {
      const texts = await loadTexts(lang);
      // Without the bidi isolates the Arabic plan puts around Latin words.
      const md = renderMarkdown(plan, texts).replace(/[\u2066-\u2069]/g, '');
      expect(md, lang).not.toMatch(/\{\{|tlv83\./);
      expect(md, lang).toContain(words[lang]);
      const legend = (texts.ui as { tlv82: { form: { legend: string } } }).tlv82.form.legend.replace(/[\u2066-\u2069]/g, '');
      expect(md, lang).toContain(`'${legend}'`);
    }
  });
});

/**
 * Session 81 (s81-blind2): the timeline stories of tests/scenarios/067-blind2-s81.yaml that YAML cannot say (an event edited
 * to a later date, an event deleted), and the two fixes the round made:
 * 1. the school's admission term (A04, A05) ending in July or August carries a note (ui blind281.besluitInDeZomer): no
 *    source pauses it or gives the school extra time for the holiday, ask now, a reminder if silent, the steunpunt. Before,
 *    only the Christmas window had one (holiday77).
 * 3. na-tlv-afwijzing after an earlier TLV grant in the timeline (a temporary TLV not renewed) no longer says "Je kind blijft
 *    dus op zijn school" (ui blind281.planStep.naTlvNaToekenning): the child's school may be the sbo or so on the old TLV.
 * 2. the warning verzoek-te-laat, when only the request to the Geschillencommissie came after its (EXT) 6 weeks, names the
 *    request only (ui blind281.warning.verzoekTeLaatGpo). Before, "Je bezwaar of verzoek was misschien te laat" to a parent
 *    whose bezwaar came on its last day.
 */
import { describe, expect, it } from 'vitest';
import { ADMISSION_AROUND_CHRISTMAS_NOTE, ADMISSION_IN_SUMMER_NOTE, buildPlan, stepNotes, type Plan, type PlanStep } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { addEvent, deleteEvent, EMPTY_TIMELINE, questionnaireAnswers, updateEvent, type TimelineData, type TimelineEvent } from '../../src/timeline/model';
import { EFFECTS, isLegal, type EventKind, type How } from '../../src/timeline/effects';
import { TLV_REFUSAL_AFTER_GRANT_TEXTS } from '../../src/timeline/earlier';
import { firstScreenParts, firstThings } from '../../src/ui/firstThings';
import { loadTexts, renderMarkdown, type Lang } from '../../src/cli/plan';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';

const LANGS: Lang[] = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];

const ev = (id: string, kind: EventKind, date: string, how?: How): TimelineEvent => ({
  id, kind, date: date as IsoDate, parties: isLegal(kind) ? [...EFFECTS[kind].parties] : ['school'], note: '', ...(how ? { how } : {}),
});

interface State { answers: Answers; data: TimelineData }
const log = (answers: Answers, events: TimelineEvent[]): State => {
  let s: State = { answers, data: EMPTY_TIMELINE };
  for (const e of events) s = addEvent(s.answers, s.data, e);
  return s;
};
const planOf = (s: State, today: string): Plan => withMeetings(buildPlan(s.answers, today as IsoDate), s.data.events, questionnaireAnswers(s.answers, s.data));
const step = (plan: Plan, id: string): PlanStep | undefined => plan.steps.find((x) => x.id === id);

const REMOVAL: Answers = { situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', opp: 'ja', 'opp-besproken': '2026-11-09', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6' };
const ADMISSION: Answers = { situatie: ['aanmelden'], 'aanmelding-bevestiging': 'ja', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', klacht: 'nee', jeugdhulp: 'nee', groep: 'groep-3-6' };

describe('s81-blind2: an event edited to a later date', () => {
  it('a removal letter logged on 3 May 2027, corrected to the date on the letter, 10 May: the bezwaar runs to 21 June, not 14 June', () => {
    const s = log(REMOVAL, [ev('a', 'verwijdering-besluit', '2027-05-03', 'brief')]);
    const before = step(planOf(s, '2027-06-16'), 'bezwaar-verwijdering');
    expect(before?.deadline?.due).toBe('2027-06-14');
    expect(before?.deadline?.status).toBe('passed');
    const edited = updateEvent(s.answers, s.data, ev('a', 'verwijdering-besluit', '2027-05-10', 'brief'));
    const plan = planOf(edited, '2027-06-16');
    const b = step(plan, 'bezwaar-verwijdering');
    expect(b?.deadline?.due).toBe('2027-06-21');
    expect(b?.deadline?.status).not.toBe('passed');
    expect(b?.deadline?.certain).toBe(true);
    expect(plan.steps.some((x) => x.deadline?.start === '2027-05-03')).toBe(false);
  });
  it('a suspension logged on Monday 3 May, edited to Wednesday 5 May: its week ends on 12 May', () => {
    const base: Answers = { ...REMOVAL, situatie: ['thuiszitten'], 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', ingeschreven: 'ja', 'verwijdering-besluit': 'nee', 'lpa-betrokken': 'nee' };
    const s = log(base, [ev('s', 'schorsing', '2027-05-03', 'brief')]);
    expect(step(planOf(s, '2027-05-07'), 'schorsing-einde')?.deadline?.due).toBe('2027-05-10');
    const edited = updateEvent(s.answers, s.data, ev('s', 'schorsing', '2027-05-05', 'brief'));
    expect(step(planOf(edited, '2027-05-07'), 'schorsing-einde')?.deadline?.due).toBe('2027-05-12');
  });
});

describe('s81-blind2: an event deleted', () => {
  it('a refusal logged by mistake (the letter of 15 March 2027 was the admission) is deleted: no bezwaar, the school\u2019s term back', () => {
    const s = log(ADMISSION, [ev('r', 'aanmelding-ontvangen', '2027-02-22', 'e-mail'), ev('x', 'besluit-geweigerd', '2027-03-15', 'brief')]);
    expect(step(planOf(s, '2027-03-22'), 'bezwaar-weigering')?.deadline?.due).toBe('2027-04-26');
    const gone = deleteEvent(s.answers, s.data, 'x');
    const plan = planOf(gone, '2027-03-22');
    expect(step(plan, 'bezwaar-weigering')).toBeUndefined();
    expect(step(plan, 'besluit-aanmelding')?.deadline?.due).toBe('2027-04-05');
    const admitted = addEvent(gone.answers, gone.data, ev('t', 'besluit-toegelaten', '2027-03-15', 'brief'));
    const after = planOf(admitted, '2027-03-22');
    expect(step(after, 'bezwaar-weigering')).toBeUndefined();
    expect(step(after, 'besluit-aanmelding')?.deadline?.status ?? 'none').not.toBe('upcoming');
  });
});

describe('s81-blind2 fix 1: the school\u2019s admission term ending in July or August', () => {
  const received = (d: string): State => log(ADMISSION, [ev('r', 'aanmelding-ontvangen', d, 'e-mail')]);
  it('(failed before) received 14 June 2027: 6 weeks to 26 July; the step carries the summer note; the first screen no holiday line', () => {
    const plan = planOf(received('2027-06-14'), '2027-07-20');
    const s = step(plan, 'besluit-aanmelding')!;
    expect(s.deadline?.due).toBe('2027-07-26');
    expect(stepNotes(s)).toContain(ADMISSION_IN_SUMMER_NOTE);
    expect(stepNotes(s)).not.toContain(ADMISSION_AROUND_CHRISTMAS_NOTE);
    expect(firstScreenParts(firstThings(plan)).some((p) => p.part === 'holiday')).toBe(false);
  });
  it('(failed before) with the extension told on 16 July: the 10-week day, 23 August, the note too', () => {
    const s0 = received('2027-06-14');
    const s = addEvent(s0.answers, s0.data, ev('v', 'besluit-verlengd', '2027-07-16', 'brief'));
    const st = step(planOf(s, '2027-08-02'), 'besluit-aanmelding')!;
    expect(st.deadline?.due).toBe('2027-08-23');
    expect(stepNotes(st)).toContain(ADMISSION_IN_SUMMER_NOTE);
  });
  it('not for a term ending in June or September, nor once the day has passed', () => {
    expect(stepNotes(step(planOf(received('2027-05-10'), '2027-06-01'), 'besluit-aanmelding')!)).not.toContain(ADMISSION_IN_SUMMER_NOTE);
    expect(stepNotes(step(planOf(received('2027-08-23'), '2027-08-30'), 'besluit-aanmelding')!)).not.toContain(ADMISSION_IN_SUMMER_NOTE);
    expect(stepNotes(step(planOf(received('2027-06-14'), '2027-07-27'), 'besluit-aanmelding')!)).not.toContain(ADMISSION_IN_SUMMER_NOTE);
  });
  it('the note in six languages: no {{ }}, says no source pauses the term, and names the steunpunt', async () => {
    const plan = planOf(received('2027-06-14'), '2027-07-20');
    const want: Record<Lang, RegExp> = {
      nl: /niet dat deze termijn stilstaat in de vakantie/, en: /do not say that this term stops during the holiday/, tr: /sürenin tatilde durduğunu söylemiyor/,
      ar: /لا تقول إن هذه المهلة تتوقف أثناء العطلة/, pl: /nie mówią, że ten termin zatrzymuje się w czasie wakacji/, uk: /не кажуть, що цей строк зупиняється під час канікул/,
    };
    for (const lang of LANGS) {
      const md = renderMarkdown(plan, await loadTexts(lang));
      expect(md, lang).toMatch(want[lang]);
      expect(md, lang).toMatch(/ouder- en jeugdsteunpunt/);
      expect(md, lang).not.toMatch(/\{\{|\}\}/);
    }
  });
});

describe('s81-blind2 fix 2: verzoek-te-laat when only the request to the Geschillencommissie is late', () => {
  const story = (bezwaar: string, gpo: string): Plan =>
    planOf(log(REMOVAL, [ev('d', 'verwijdering-besluit', '2027-03-01', 'brief'), ev('b', 'bezwaar-ingediend', bezwaar, 'brief'), ev('g', 'gpo-ingediend', gpo, 'e-mail')]), '2027-04-19');
  const warning = (plan: Plan) => plan.warnings.find((w) => w.id === 'verzoek-te-laat');
  it('(failed before) bezwaar on its last day (12 April 2027), request on 13 April: the request\u2019s own text, in six languages', async () => {
    const plan = story('2027-04-12', '2027-04-13');
    expect(warning(plan)?.texts).toBe('ui:blind281.warning.verzoekTeLaatGpo');
    for (const lang of LANGS) {
      const md = renderMarkdown(plan, await loadTexts(lang));
      expect(md, lang).toMatch(/Geschillencommissie/);
      expect(md, lang).not.toMatch(/\{\{|\}\}/);
    }
    const nl = renderMarkdown(plan, await loadTexts('nl'));
    expect(nl).toMatch(/Je verzoek aan de Geschillencommissie was misschien te laat/);
    expect(nl).not.toMatch(/Je bezwaar of verzoek was misschien te laat/);
  });
  it('the general text when the bezwaar itself is late (with or without the request)', () => {
    expect(warning(story('2027-04-13', '2027-04-13'))?.texts).toBeUndefined();
    expect(warning(story('2027-04-13', '2027-04-01'))?.texts).toBeUndefined();
  });
  it('no warning when both came in time', () => {
    expect(warning(story('2027-04-12', '2027-04-12'))).toBeUndefined();
  });
});

describe('s81-blind2 fix 3: a TLV refusal after an earlier grant (a temporary TLV not renewed)', () => {
  const TLV: Answers = { situatie: ['tlv'], 'tlv-gehoord': 'ja', 'tlv-eens': 'nee', 'tlv-soort': 'sbo', 'bezwaar-ingediend': 'nee', opp: 'ja', 'opp-besproken': '2027-03-15', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6' };
  it('(failed before) granted 22 June 2026, refused 14 June 2027: the step names the grant and asks until when, in six languages', async () => {
    const plan = planOf(log(TLV, [ev('g', 'tlv-toegekend', '2026-06-22', 'brief'), ev('a', 'tlv-aangevraagd', '2027-04-12', 'brief'), ev('r', 'tlv-afgewezen', '2027-06-14', 'brief')]), '2027-07-05');
    const s = step(plan, 'na-tlv-afwijzing');
    expect(s?.texts).toBe(TLV_REFUSAL_AFTER_GRANT_TEXTS);
    expect(s?.params['toekenning']).toBe('2026-06-22');
    expect(step(plan, 'tlv-bezwaar')?.deadline?.due).toBe('2027-07-26');
    for (const lang of LANGS) {
      const md = renderMarkdown(plan, await loadTexts(lang));
      expect(md, lang).toMatch(/2026/);
      expect(md, lang).not.toMatch(/\{\{|\}\}/);
    }
    const nl = renderMarkdown(plan, await loadTexts('nl'));
    expect(nl).toMatch(/op maandag 22 juni 2026 een TLV kreeg/);
    expect(nl).not.toMatch(/Je kind blijft dus op zijn school/);
  });
  it('not for a refusal without an earlier grant, nor when the grant is the newest decision', () => {
    const only = planOf(log(TLV, [ev('r', 'tlv-afgewezen', '2027-06-14', 'brief')]), '2027-07-05');
    expect(step(only, 'na-tlv-afwijzing')?.texts).toBeUndefined();
    const granted = planOf(log(TLV, [ev('r', 'tlv-afgewezen', '2027-03-01', 'brief'), ev('g', 'tlv-toegekend', '2027-06-14', 'brief')]), '2027-07-05');
    expect(step(granted, 'na-tlv-afwijzing')).toBeUndefined();
  });
});

/**
 * Session 52 (s52-timeline): the parent's timeline as it is read back, and three texts around it.
 *
 * 1. "Never lose what a parent typed": an event stored with an id this version cannot use (longer than 40 characters: a
 *    newer version, a hand-edited backup, another device) was dropped without a word by sanitizeEvents
 *    (src/timeline/model.ts), which every reader uses: the device's storage (src/app/timeline-store.ts loadTimeline, the
 *    pages' timelineOf), a backup put back (src/timeline/backup.ts readBackup, mergeData) and a shared link
 *    (src/app/share.ts decode). The next change to the timeline then stored the list without it, for good.
 *
 * 2. The calendar event of "Houd bij of de school je dossier verbetert" (dossier-herinneren after a request logged from the
 *    letter "Vraag om correctie van het dossier", dossierCorrectionTexts): the plan's day (a month from the request), but
 *    the event's title (SUMMARY, src/ui/deadlineText.ts icsTexts `who`) still said the school must answer the request
 *    "om het dossier", the dossier the parent already has (G05; 001:762, 000:780-785).
 * 3. The month for the school's answer to inzage or a correction is the AVG's, not in the sources (G01/G05 only say the AVG
 *    applies; FACTS has no EXT line on the month). The plan shows it as a firm day; the AVG lets the school take longer in
 *    some cases if it says why within the month. The step's check text (shown with the uncertain date, on the plan and in
 *    the calendar) now says so, and whom to ask: the steunpunt (F01/F02), as the step's late text does. The Autoriteit
 *    Persoonsgegevens is not named: FACTS does not name it. The date stays.
 * 4. The warning "Meer scholen maakt het onduidelijk" (meer-scholen-risico) says the date in the steps is only for the
 *    school whose date was filled in. Once the other school's registration is logged, each school still deciding has its
 *    own dated step (earlierRegistrationSteps, undecidedRegistrationSteps in src/timeline/earlier.ts): a variant text.
 *
 * Plain `it`: behaviour checked and found right (each can fail). Each defect was first an `it.fails`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/app/storage';
import { loadTimeline, TIMELINE_KEY } from '../../src/app/timeline-store';
import { decode, pack } from '../../src/app/share';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { makeBackup, mergeData, readBackup } from '../../src/timeline/backup';
import type { Answers } from '../../src/flow/answers';
import type { Plan, PlanStep, PlanWarning } from '../../src/rules/plan';
import { planToIcs } from '../../src/rules/ics';
import { icsTexts, stepText } from '../../src/ui/deadlineText';
import { LANGS } from '../../src/cli/plan';
import { ev, log } from './timeline-log';
import { agreeingPlan } from './app-story';
import { loadPlanTexts, tFor } from './plan-texts';
import { deleteEvent, idAsRead, sanitizeEvents, sanitizeTimeline, type TimelineData } from '../../src/timeline/model';

const TODAY = '2026-12-02';
/** 45 characters, all of them ones an id may hold: e.g. a newer version's "ev-" and a UUID with a counter. */
const LONG = 'ev-1f3e9c2a-7b1d-4c5e-9f00-aa11bb22cc33-0001';
const USABLE = /^[A-Za-z0-9_-]{1,40}$/;
const typed = {
  id: LONG, date: '2026-11-10', kind: 'aanmelding-ontvangen', parties: ['school'], how: 'brief',
  note: 'Brief afgegeven bij de directeur, mevrouw De Vries. Ze zette er een stempel op.',
};
const call = { id: 'e1', date: '2026-11-03', kind: 'telefoontje', parties: ['school'], note: 'Juf gebeld over de aanmelding.' };
const stored = (events: unknown[]) => JSON.stringify({ version: 1, events, base: {} });
/** The event the parent typed, as read: the same date, kind, how and words, under an id this version can use. */
const kept = (data: Pick<TimelineData, 'events'>) => {
  const found = data.events.filter((e) => e.kind === 'aanmelding-ontvangen');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ date: '2026-11-10', kind: 'aanmelding-ontvangen', parties: ['school'], how: 'brief', note: typed.note });
  expect(found[0]!.id).toMatch(USABLE);
  expect(new Set(data.events.map((e) => e.id)).size).toBe(data.events.length);
  return found[0]!;
};

describe('1. an event with an id longer than 40 characters is read, not dropped', () => {
  it('from the device: loadTimeline keeps it under an id of its own, the same on every read, so it can be changed or deleted', () => {
    expect(LONG.length).toBeGreaterThan(40);
    const store = new MemoryStore();
    store.setItem(TIMELINE_KEY, stored([call, typed]));
    const first = loadTimeline(store);
    expect(first.events.map((e) => e.id)).toContain('e1');
    const ev = kept(first);
    // Read again (every page reads the stored timeline again): the same id, so a delete or an edit finds it.
    expect(kept(loadTimeline(store)).id).toBe(ev.id);
    expect(kept(sanitizeTimeline(JSON.parse(store.getItem(TIMELINE_KEY)!))).id).toBe(ev.id);
    const gone = deleteEvent({ situatie: ['aanmelden'] }, loadTimeline(store), ev.id);
    expect(gone.data.events.map((e) => e.kind)).toEqual(['telefoontje']);
  });

  it('from a backup file put back: readBackup gives the stored timeline, and it is read with the event', async () => {
    const file = await makeBackup({ 'wegwijzer.timeline': stored([call, typed]) }, new Date('2026-12-02T09:00:00Z'));
    const r = await readBackup(file);
    if (!r.ok) throw new Error(r.error);
    const store = new MemoryStore();
    for (const [k, v] of Object.entries(r.data)) store.setItem(k, v);
    kept(loadTimeline(store));
  });

  it('from a shared link with the timeline in it: decode keeps the event', async () => {
    const payload = await pack({ v: ANSWERS_VERSION, a: { situatie: ['aanmelden'] }, t: { e: [call, typed], b: {} } });
    const d = await decode(payload, TODAY);
    if (!('answers' in d)) throw new Error(JSON.stringify(d));
    expect(d.timeline).toBeDefined();
    kept(d.timeline!);
  });

  it('ids stay unique: an id made for it never takes the id of another event, and a copied entry that says something else is kept too', () => {
    const made = idAsRead(LONG)!;
    expect(made).toMatch(USABLE);
    // Another event already stored under the id the long one would get.
    const other = { id: made, date: '2026-11-12', kind: 'gesprek', parties: ['school'], note: 'Gesprek met de intern begeleider.' };
    const read = sanitizeEvents([typed, other]);
    expect(read.map((e) => e.kind)).toEqual(['aanmelding-ontvangen', 'gesprek']);
    expect(read[1]!.id).toBe(made);
    expect(read[0]!.id).not.toBe(made);
    expect(read[0]!.id).toMatch(USABLE);
    // A hand-edited backup: an entry copied and its date and words changed, the id left as it was.
    const copied = { ...call, date: '2026-11-05', note: 'Nog een keer gebeld.' };
    const both = sanitizeEvents([call, copied]);
    expect(both.map((e) => [e.date, e.note])).toEqual([['2026-11-03', call.note], ['2026-11-05', 'Nog een keer gebeld.']]);
    expect(new Set(both.map((e) => e.id)).size).toBe(2);
    // The same event twice (same id, same contents) is still one event.
    expect(sanitizeEvents([call, { ...call }])).toHaveLength(1);
    // Two long ids: two events, two ids.
    expect(new Set(sanitizeEvents([typed, { ...typed, id: `${LONG}-2`, date: '2026-11-11' }]).map((e) => e.id)).size).toBe(2);
  });

  it('"Voeg samen": the event once, when one side stored it with the long id and the other with the id it was read with', () => {
    const rewritten = sanitizeTimeline(JSON.parse(stored([call, typed])));
    const device = { 'wegwijzer.timeline': JSON.stringify({ version: 1, ...rewritten }) };
    const file = { 'wegwijzer.timeline': stored([call, typed]) };
    for (const merged of [mergeData(device, file), mergeData(file, device)]) {
      const store = new MemoryStore();
      store.setItem(TIMELINE_KEY, merged['wegwijzer.timeline']!);
      expect(loadTimeline(store).events).toHaveLength(2);
      kept(loadTimeline(store));
    }
  });
});

// ── 2 and 3: the dossier step after a request to see or to correct the dossier ─────────────────────────────────────────
beforeAll(loadPlanTexts);
const A = (x: Record<string, unknown>) => x as unknown as Answers;
/** A child at school, the school wrote it cannot help enough, an OPP agreed; the dossier seen (lawyer-s51-tlv-opp D6). */
const HV = A({
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'nee', opp: 'ja', 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen',
  'swv-betrokken': 'ja', onderzoek: 'school-recent', groep: 'groep-3-6', 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', 'school-zegt': ['geen'],
});
/** The correction letter sent on 10 November and logged from the letter (it logs "Dossier gevraagd"). */
const correction = () => log(HV, [{ ...ev('c1', 'dossier-gevraagd', '2026-11-10', 'e-mail'), letter: 'correctie-dossier' }]);
/** A request to see the dossier, logged on 10 November. */
const inzage = () => log(A({ ...HV, 'dossier-gezien': 'nee' }), [ev('i1', 'dossier-gevraagd', '2026-11-10', 'e-mail')]);
const step = (p: Plan, id: string) => p.steps.find((x) => x.id === id);
/** The calendar file's events, unfolded and unescaped, by UID. */
const calendar = (p: Plan, lang: string): Map<string, Record<string, string>> => {
  const text = planToIcs(p, icsTexts(tFor(lang))).replace(/\r\n /g, '');
  const out = new Map<string, Record<string, string>>();
  for (const block of text.split('BEGIN:VEVENT').slice(1)) {
    const props: Record<string, string> = {};
    for (const line of block.split('\r\n')) {
      const m = /^([A-Z]+)(?:;[^:]*)?:(.*)$/.exec(line);
      if (m && props[m[1]!] === undefined) props[m[1]!] = m[2]!.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
    }
    out.set(props['UID']!, props);
  }
  return out;
};

describe('2. the calendar event after a correction request', () => {
  it('is on the plan\'s day (a month from the request) and says the school must answer the request to correct the dossier, in every language', () => {
    const p = agreeingPlan(correction(), TODAY);
    const d = step(p, 'dossier-herinneren')!;
    expect(d.deadline).toMatchObject({ start: '2026-11-10', due: '2026-12-10', certain: false });
    for (const lang of LANGS) {
      const t = tFor(lang);
      const e = calendar(p, lang).get('dossier-herinneren-20261210@wegwijzer');
      expect(e, lang).toBeDefined();
      expect(e!['DTSTART']).toBe('20261210');
      // The plan's own step, by its words: "Wat jij kunt doen: Houd bij of de school je dossier verbetert".
      expect(e!['DESCRIPTION']).toContain(stepText(d, 'title', t));
      // Not the words for a request to see the dossier, which the parent already has.
      expect(e!['SUMMARY'], lang).not.toBe(t.raw('ui:calendarEvents.dossier-herinneren'));
      expect(e!['SUMMARY']).toBe(t.raw('ui:dossier51.planStep.dossierCorrectie.calendar'));
      expect(e!['DESCRIPTION']!.split('\n')[0]).toBe(e!['SUMMARY']);
    }
    expect(calendar(p, 'nl').get('dossier-herinneren-20261210@wegwijzer')!['SUMMARY']).toMatch(/dossier te verbeteren/);
  });

  it('after a request to see the dossier the event keeps its own words and day', () => {
    const p = agreeingPlan(inzage(), TODAY);
    expect(step(p, 'dossier-herinneren')!.deadline).toMatchObject({ start: '2026-11-10', due: '2026-12-10', certain: false });
    const e = calendar(p, 'nl').get('dossier-herinneren-20261210@wegwijzer')!;
    expect(e['SUMMARY']).toBe('De school moet nu antwoorden op je vraag om het dossier. Controleer deze termijn.');
  });
});

describe('3. the AVG\'s month is not presented as more certain than it is', () => {
  /** The words each language uses for the steunpunt in this step's other texts. */
  const STEUNPUNT: Record<string, RegExp> = { nl: /steunpunt/, en: /support point/, ar: /steunpunt/, pl: /steunpunt/, tr: /steunpunt/, uk: /steunpunt/ };
  it('after a request to see or to correct the dossier: the date stays, and the check says the school may take longer if it says why within the month, and whom to ask', () => {
    for (const story of [inzage(), correction()]) {
      const p = agreeingPlan(story, TODAY);
      const d = step(p, 'dossier-herinneren')!;
      expect(d.deadline).toMatchObject({ due: '2026-12-10', certain: false });
      const nl = stepText(d, 'check', tFor('nl'));
      expect(nl).toMatch(/AVG/);
      expect(nl).toMatch(/langer[^.]*\. Dan moet ze je binnen die maand laten weten waarom\./);
      expect(nl).toMatch(/Vraag het steunpunt/);
      expect(nl).not.toMatch(/Autoriteit/);
      for (const lang of LANGS) expect(stepText(d, 'check', tFor(lang)), lang).toMatch(STEUNPUNT[lang]!);
      // In the calendar too (its line for an uncertain date is the plan's: plan.uncertain and the check).
      expect(calendar(p, 'nl').get('dossier-herinneren-20261210@wegwijzer')!['DESCRIPTION']).toContain('binnen die maand laten weten waarom');
    }
  });
});

// ── 4: the warning for more schools once each school has its own step ───────────────────────────────────────────────
describe('4. "Meer scholen maakt het onduidelijk"', () => {
  const MORE = A({
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-bevestiging': 'ja', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'ja',
    'aanmelding-besluit': 'nog-niet', groep: 'nog-niet', 'school-zegt': ['geen'], jeugdhulp: 'nee', 'gesprek-gepland': 'nee', klacht: 'nee', vervoer: 'nee',
  });
  const warningText = (w: PlanWarning, lang = 'nl') => {
    const t = tFor(lang);
    const key = w.texts ?? `steps:warnings.${w.id}`;
    return `${t.raw(`${key}.title`)} ${t.raw(`${key}.text`)}`;
  };
  const more = (p: Plan) => p.warnings.find((w) => w.id === 'meer-scholen-risico');
  const dated = (p: Plan) => p.steps.filter((s): s is PlanStep & { deadline: NonNullable<PlanStep['deadline']> } => !!s.deadline && /^(besluit-aanmelding|eerdere-aanmelding)/.test(s.id));

  it('one school\'s date known: the warning says the date in the steps is for that school only, and to log the others', () => {
    const p = agreeingPlan(log(A({ ...MORE, 'aanmelding-datum': '2026-11-09' }), []), TODAY);
    expect(dated(p).map((s) => s.deadline.start)).toEqual(['2026-11-09']);
    const w = more(p)!;
    expect(w.texts).toBeUndefined();
    expect(warningText(w)).toMatch(/De datum bij je stappen geldt alleen voor de school waarvan je de datum invulde\./);
  });

  it('both registrations logged: each school has its own dated step, and the warning no longer says the date is for one school', () => {
    const s = log(MORE, [ev('a', 'aanmelding-ontvangen', '2026-11-02', 'e-mail'), ev('b', 'aanmelding-ontvangen', '2026-11-09', 'e-mail')]);
    const p = agreeingPlan(s, TODAY);
    expect(dated(p).map((s) => [s.deadline.start, s.deadline.due]).sort()).toEqual([['2026-11-02', '2026-12-14'], ['2026-11-09', '2026-12-21']]);
    const w = more(p)!;
    expect(w).toBeDefined();
    expect(warningText(w)).not.toMatch(/geldt alleen voor de school waarvan je de datum invulde/);
    expect(warningText(w)).toMatch(/elke school die nog moet beslissen een eigen laatste dag/);
    // What the warning is for stays: each school its own 6 weeks (A04/A05), and the first choice (A24/A25).
    expect(warningText(w)).toMatch(/eigen termijn[\s\S]*6 weken[\s\S]*eerste keus|eerste keus[\s\S]*eigen termijn[\s\S]*6 weken/);
    for (const lang of LANGS) {
      expect(warningText(w, lang), lang).not.toBe(warningText({ id: 'meer-scholen-risico', section: w.section }, lang));
      expect(warningText(w, lang), lang).toMatch(/6/);
    }
  });
});

/**
 * Issue 18, the meeting at school: which questions, documents and "good to know" lines the card
 * holds for each situation and fact pattern (table-driven); what was agreed → plan steps and
 * calendar events with exact dates; the confirmation letter's values; stored data read defensively.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { buildCard, DOCUMENT_RULES, GOALS, KNOW_RULES, MAX_TIMELINE_DOCS, QUESTION_RULES } from '../../src/meeting/card';
import { latestSchoolMeeting, meetingSteps, withMeetings } from '../../src/meeting/plan';
import { meetingLetterValues, latestMeetingLetterValues, type LetterWords } from '../../src/meeting/letter';
import { sanitizeMeetingRecord, type MeetingRecord } from '../../src/meeting/record';
import { EMPTY_PREFS, prefsIsNewer, sanitizePrefs } from '../../src/meeting/prefs';
import { buildPlan } from '../../src/rules/plan';
import { planToIcs } from '../../src/rules/ics';
import { sanitizeEvents, type TimelineEvent } from '../../src/timeline/model';
import { addTexts, initI18n, makeT, setLanguage } from '../../src/app/i18n';
import { icsTexts } from '../../src/ui/deadlineText';
import { fillLetter, letterText } from '../../src/rules/letters';
import stepsNl from '../../src/content/generated/steps.nl';
import uiNl from '../../src/content/generated/pagetexts.nl';
import meetingNl from '../../src/content/generated/meetingtexts.nl';
import meetingEn from '../../src/content/generated/meetingtexts.en';
import tocNl from '../../src/content/generated/toc.nl';
import lettersNl from '../../src/content/generated/letters.nl';

const TODAY = '2026-11-23';
const answersFile = (f: string): Answers => (JSON.parse(readFileSync(new URL(`../answers/${f}`, import.meta.url), 'utf8')) as { answers: Answers }).answers;

// ── The card: questions and documents per situation and fact pattern ────────────────────────

interface Row {
  name: string;
  answers: Answers;
  events?: TimelineEvent[];
  has: string[];
  hasNot: string[];
  docs?: [string, string?][];
  docsNot?: string[];
  know?: string[];
  knowNot?: string[];
}

const ev = (id: string, date: string, kind: TimelineEvent['kind'], extra: Partial<TimelineEvent> = {}): TimelineEvent => ({ id, date, kind, parties: ['school'], note: '', ...extra });

const ROWS: Row[] = [
  {
    name: 'handelingsverlegen without an OPP: what was tried, why no OPP',
    answers: { situatie: ['handelingsverlegen'], opp: 'nee' },
    has: ['hv-wat-geprobeerd', 'hv-waarom-geen-opp', 'wie-doet-wat'],
    hasNot: ['opp-instemming', 'besluit-wanneer', 'thuis-onderwijs-morgen', 'tlv-gehoord'],
    docsNot: ['opp'],
    know: ['iemand-meenemen', 'niets-tekenen', 'verslag-vragen', 'opp-instemmen'],
    knowNot: ['zorgplicht-blijft', 'tlv-niet-tekenen'],
  },
  {
    name: 'handelingsverlegen, "weet niet" about the OPP: still asked',
    answers: { situatie: ['handelingsverlegen'], opp: 'weet-niet' },
    has: ['hv-wat-geprobeerd', 'hv-waarom-geen-opp'],
    hasNot: ['opp-instemming'],
  },
  {
    name: 'handelingsverlegen with an OPP not agreed: consent, not "why no OPP"',
    answers: { situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-10-05', 'opp-ingestemd': 'nee' },
    has: ['opp-instemming'],
    hasNot: ['hv-wat-geprobeerd', 'hv-waarom-geen-opp'],
    docs: [['opp', '2026-10-05']],
  },
  {
    name: 'handelingsverlegen with an agreed OPP: no consent question',
    answers: { situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': 'weet-niet', 'opp-ingestemd': 'ja' },
    has: [],
    hasNot: ['opp-instemming', 'hv-waarom-geen-opp'],
    docs: [['opp']],
  },
  {
    name: 'old research: ask for current research by the school; the report goes along',
    answers: { situatie: ['handelingsverlegen'], opp: 'nee', onderzoek: 'oud' },
    has: ['onderzoek-actueel'],
    hasNot: [],
    docs: [['onderzoeksverslag']],
  },
  {
    name: 'registration in writing without a decision: by when, in writing',
    answers: { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-02', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'nog-niet' },
    has: ['besluit-wanneer'],
    hasNot: ['ontvangst-bevestigen', 'weigering-op-papier', 'hv-wat-geprobeerd'],
    docs: [['aanmelding', '2026-11-02'], ['ontvangstbevestiging']],
  },
  {
    name: 'registration without confirmation of receipt: ask for it; no confirmation to bring',
    answers: { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': 'weet-niet', 'aanmelding-bevestiging': 'nee', 'aanmelding-besluit': 'nog-niet' },
    has: ['besluit-wanneer', 'ontvangst-bevestigen'],
    hasNot: [],
    docs: [['aanmelding']],
    docsNot: ['ontvangstbevestiging'],
  },
  {
    name: 'registration by phone only: no decision to ask for, nothing on paper',
    answers: { situatie: ['aanmelden'], 'aanmelding-hoe': 'telefonisch' },
    has: [],
    hasNot: ['besluit-wanneer', 'ontvangst-bevestigen'],
    docsNot: ['aanmelding'],
  },
  {
    name: 'refused, not in writing, no other school: decision on paper, which school',
    answers: { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-01', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'nee', 'weigering-andere-school': 'nee' },
    has: ['weigering-op-papier', 'weigering-andere-school'],
    hasNot: ['besluit-wanneer'],
    docsNot: ['besluit-weigering'],
  },
  {
    name: 'refused in writing: the letter goes along with its date',
    answers: { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-01', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-10-10', 'weigering-andere-school': 'ja' },
    has: [],
    hasNot: ['weigering-op-papier', 'weigering-andere-school'],
    docs: [['besluit-weigering', '2026-10-10']],
  },
  {
    name: 'child at home: education from tomorrow and who gives it; the school stays responsible',
    answers: { situatie: ['thuiszitten'], 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2026-10-01' },
    has: ['thuis-onderwijs-morgen', 'thuis-plek-zoeken'],
    hasNot: ['hv-wat-geprobeerd', 'tlv-gehoord'],
    know: ['zorgplicht-blijft'],
  },
  {
    name: 'suspended: the suspension letter goes along',
    answers: { situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'schorsing-datum': '2026-11-16' },
    has: ['thuis-onderwijs-morgen'],
    hasNot: [],
    docs: [['besluit-schorsing', '2026-11-16']],
  },
  {
    name: 'school wants the child gone without another school: which school first',
    answers: { situatie: ['handelingsverlegen'], 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'mondeling', 'verwijdering-andere-school': 'nee', opp: 'nee' },
    has: ['verwijdering-andere-school', 'hv-waarom-geen-opp'],
    hasNot: [],
    docsNot: ['besluit-verwijdering'],
  },
  {
    name: 'TLV the school wants to apply for, not seen: heard, and may see the application',
    answers: { situatie: ['tlv'], 'tlv-fase': 'school-wil-aanvragen', 'tlv-aanvraag-gezien': 'nee' },
    has: ['tlv-gehoord', 'tlv-aanvraag-zien'],
    hasNot: ['thuis-onderwijs-morgen', 'tlv-aanvraag-kopie'],
    know: ['tlv-niet-tekenen'],
  },
  {
    name: 'TLV applied, already seen: heard, not "may I see"',
    answers: { situatie: ['tlv'], 'tlv-fase': 'aangevraagd', 'tlv-aanvraag-gezien': 'ja' },
    has: ['tlv-gehoord'],
    hasNot: ['tlv-aanvraag-zien', 'tlv-aanvraag-kopie'],
  },
  {
    // Session 46 (s45-outputs): it is sent, so not "may I read it before it is sent", but a copy of what was sent (E07, E08).
    name: 'TLV applied, not seen: heard, and asks for a copy of what was sent',
    answers: { situatie: ['tlv'], 'tlv-fase': 'aangevraagd', 'tlv-aanvraag-gezien': 'nee' },
    has: ['tlv-gehoord', 'tlv-aanvraag-kopie'],
    hasNot: ['tlv-aanvraag-zien'],
  },
  {
    name: 'TLV decided: no questions about the application; the decision goes along',
    answers: { situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-11-10', 'tlv-eens': 'nee' },
    has: [],
    hasNot: ['tlv-gehoord', 'tlv-aanvraag-zien', 'tlv-aanvraag-kopie'],
    docs: [['tlv-besluit', '2026-11-10']],
    knowNot: ['tlv-niet-tekenen'],
  },
  {
    name: 'the school asks for a diagnosis and a trial period',
    answers: { situatie: ['handelingsverlegen'], opp: 'ja', 'school-zegt': ['diagnose-eerst', 'proefperiode'] },
    has: ['zonder-diagnose', 'proefperiode'],
    hasNot: [],
  },
  {
    name: 'dossier not seen',
    answers: { situatie: ['thuiszitten'], 'dossier-gezien': 'nee' },
    has: ['dossier-inzien'],
    hasNot: [],
  },
  {
    name: 'only reading: no situation, no questions',
    answers: { situatie: ['lezen'] },
    has: [],
    hasNot: QUESTION_RULES.map((q) => q.id),
    docsNot: ['tijdlijn-overzicht'],
  },
  {
    name: 'letters and decisions from the timeline, with dates; calls are no paper; a decision already listed is not listed twice',
    answers: { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-01', 'aanmelding-besluit': 'nog-niet' },
    events: [
      ev('e1', '2026-09-01', 'aanmelding-ontvangen'),
      ev('e2', '2026-09-20', 'telefoontje'),
      ev('e3', '2026-10-01', 'brief', { letter: 'herinnering-besluit' }),
      ev('e4', '2026-10-15', 'e-mail', { note: 'Mail van de directeur' }),
    ],
    has: ['besluit-wanneer'],
    hasNot: [],
    docs: [['aanmelding', '2026-09-01'], ['tijdlijn', '2026-10-01'], ['tijdlijn', '2026-10-15']],
  },
];

describe('the gesprekskaart: questions, documents and lines per fact pattern', () => {
  it.each(ROWS)('$name', (row) => {
    const card = buildCard(row.answers, row.events ?? [], TODAY);
    const q = card.questions.map((x) => x.id);
    for (const id of row.has) expect(q, `question ${id}`).toContain(id);
    for (const id of row.hasNot) expect(q, `question ${id}`).not.toContain(id);
    const docs = card.documents.map((d) => [d.id, d.date] as [string, string?]);
    for (const [id, date] of row.docs ?? []) expect(docs, `document ${id} ${date ?? ''}`).toContainEqual([id, date]);
    for (const id of row.docsNot ?? []) expect(docs.map((d) => d[0]), `document ${id}`).not.toContain(id);
    const know = card.know.map((k) => k.id);
    for (const id of row.know ?? []) expect(know).toContain(id);
    for (const id of row.knowNot ?? []) expect(know).not.toContain(id);
  });

  it('timeline documents: no call, no second copy of the registration, the letter id kept', () => {
    const row = ROWS.at(-1)!;
    const card = buildCard(row.answers, row.events!, TODAY);
    const fromTimeline = card.documents.filter((d) => d.id === 'tijdlijn');
    expect(fromTimeline.map((d) => d.event!.id)).toEqual(['e3', 'e4']);
    expect(fromTimeline[0]!.event!.letter).toBe('herinnering-besluit');
  });

  it(`at most ${MAX_TIMELINE_DOCS} timeline documents: the most recent, oldest first`, () => {
    const events = Array.from({ length: 9 }, (_, i) => ev(`b${i}`, `2026-10-0${i + 1}`, 'brief'));
    const card = buildCard({ situatie: ['thuiszitten'] }, events, TODAY);
    expect(card.documents.filter((d) => d.id === 'tijdlijn').map((d) => d.date)).toEqual(['2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09']);
  });

  it('goals fit the situations, with the general one last', () => {
    expect(buildCard({ situatie: ['thuiszitten'] }, [], TODAY).goals).toEqual(['les-thuis', 'terug-naar-school', 'afspraken-op-papier']);
    expect(buildCard({ situatie: ['aanmelden', 'tlv'] }, [], TODAY).goals).toEqual([...GOALS.aanmelden, ...GOALS.tlv, 'afspraken-op-papier']);
  });

  it('the dates that run now come from the plan: a registration on 2 November is decided by 14 December', () => {
    const card = buildCard({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-02', 'aanmelding-besluit': 'nog-niet' }, [], TODAY);
    expect(card.dates.find((d) => d.step === 'besluit-aanmelding')).toMatchObject({ due: '2026-12-14', passed: false });
  });

  it('the meeting date comes from the answers only when a meeting is planned', () => {
    expect(buildCard({ situatie: ['thuiszitten'], 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-11-30' }, [], TODAY).meetingDate).toBe('2026-11-30');
    expect(buildCard({ situatie: ['thuiszitten'], 'gesprek-gepland': 'nee', 'gesprek-datum': '2026-11-30' }, [], TODAY).meetingDate).toBeUndefined();
  });

  it('the example answers files: handelingsverlegen.json gets the FP04 questions and the meeting date', () => {
    const card = buildCard(answersFile('handelingsverlegen.json'), [], TODAY);
    expect(card.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['hv-wat-geprobeerd', 'hv-waarom-geen-opp', 'verwijdering-andere-school', 'onderzoek-actueel', 'proefperiode', 'dossier-inzien']));
    expect(card.meetingDate).toBe('2026-11-30');
  });

  it('every example answers file gives a card: unique questions, ISO dates, known texts', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = new URL('../answers/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const card = buildCard(answersFile(f), [], TODAY);
      const ids = card.questions.map((q) => q.id);
      expect(new Set(ids).size, f).toBe(ids.length);
      expect(ids.length, `${f}: a card for a real situation has questions`).toBeGreaterThan(0);
      for (const d of card.documents) if (d.date) expect(d.date, f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(card.know.map((k) => k.id).slice(0, 3), f).toEqual(['iemand-meenemen', 'niets-tekenen', 'verslag-vragen']);
    }
  });

  it('every question, document and line has texts in nl and en, a real section, and FACTS.md sources', () => {
    const facts = readFileSync('/work/shared/FACTS.md', 'utf8');
    const sections = new Set(Object.keys(tocNl.sectionChapter));
    const m = (ui: Record<string, unknown>) => ui['meeting'] as Record<string, Record<string, unknown>>;
    for (const ui of [meetingNl, meetingEn]) {
      for (const q of QUESTION_RULES) {
        const t = m(ui)['q']![q.id] as { text?: string; why?: string } | undefined;
        expect(t?.text && t.why, q.id).toBeTruthy();
        expect(sections.has(q.section), q.section).toBe(true);
        for (const s of q.sources) expect(facts, s).toMatch(new RegExp(`^\\| ${s} \\|`, 'm'));
      }
      for (const k of KNOW_RULES) {
        expect(m(ui)['knowItem']![k.id], k.id).toBeTruthy();
        expect(sections.has(k.section), k.section).toBe(true);
        for (const s of k.sources) expect(facts, s).toMatch(new RegExp(`^\\| ${s} \\|`, 'm'));
      }
      for (const d of DOCUMENT_RULES) expect(m(ui)['doc']![d.id], d.id).toBeTruthy();
      for (const g of Object.values(GOALS).flat()) expect(m(ui)['goal']![g], g).toBeTruthy();
    }
  });
});

// ── After the meeting: agreements → plan steps, calendar, letter ──────────────────────────

const record = (r: Partial<MeetingRecord>): MeetingRecord => ({ outcome: 'afspraken', agreements: [], schoolSends: '', present: '', ...r });
const MEETING = ev('eMtg1', '2026-11-20', 'gesprek', {
  meeting: record({
    agreements: [
      { who: 'de intern begeleider', what: 'Plan voor hulp in de klas', by: '2026-12-01' },
      { who: 'ik', what: 'Verslag van de psycholoog sturen' },
      { who: 'de school', what: 'OPP opstellen', by: '2027-01-15' },
    ],
    next: '2026-12-15',
    schoolSends: 'het verslag',
    present: 'mevrouw Bakker (ib)',
  }),
});

describe('agreements become plan steps and calendar events with exact dates', () => {
  beforeAll(async () => {
    await initI18n('nl');
    addTexts('nl', 'steps', stepsNl);
    addTexts('nl', 'ui', uiNl);
    addTexts('nl', 'ui', meetingNl); // the meeting page's texts, as src/main.tsx adds them
    await setLanguage('nl');
  });

  it('one dated step per agreement with a date, and the next meeting; none for an agreement without a date', () => {
    const steps = meetingSteps([MEETING], TODAY);
    expect(steps.map((s) => [s.id, s.deadline?.due, s.deadline?.amount])).toEqual([
      ['gesprek-emtg1-a1', '2026-12-01', 11],
      ['gesprek-emtg1-a3', '2027-01-15', 56],
      ['gesprek-emtg1-vervolg', '2026-12-15', 25],
    ]);
    expect(steps[0]!.deadline).toMatchObject({ start: '2026-11-20', startWhat: 'gesprek', unit: 'days', daysLeft: 8, status: 'upcoming', certain: true });
    expect(steps[0]!.params).toMatchObject({ wie: 'de intern begeleider', wat: 'Plan voor hulp in de klas' });
    expect(steps.some((s) => s.id.endsWith('besluit'))).toBe(false);
  });

  it('in the plan: urgent agreements under "Nu doen" in date order, the rest "Binnenkort"', () => {
    const plan = withMeetings(buildPlan({ situatie: ['handelingsverlegen'], opp: 'nee' }, TODAY), [MEETING]);
    const mine = plan.steps.filter((s) => s.id.startsWith('gesprek-emtg1'));
    expect(mine.map((s) => [s.id, s.group])).toEqual([
      ['gesprek-emtg1-a1', 'nu'],
      ['gesprek-emtg1-vervolg', 'binnenkort'],
      ['gesprek-emtg1-a3', 'binnenkort'],
    ]);
  });

  it('the calendar file holds each dated agreement and the next meeting on its day, titled as on the plan', () => {
    const plan = withMeetings(buildPlan({ situatie: ['handelingsverlegen'], opp: 'nee' }, TODAY), [MEETING]);
    const ics = planToIcs(plan, icsTexts(makeT())).replace(/\r\n /g, '');
    for (const [uid, day, title] of [
      ['gesprek-emtg1-a1-20261201', '20261201', 'SUMMARY:Afspraak: Plan voor hulp in de klas'],
      ['gesprek-emtg1-a3-20270115', '20270115', 'SUMMARY:Afspraak: OPP opstellen'],
      ['gesprek-emtg1-vervolg-20261215', '20261215', 'SUMMARY:Volgend gesprek met school'],
    ] as const) {
      const block = ics.split('BEGIN:VEVENT').find((b) => b.includes(`UID:${uid}@wegwijzer`));
      expect(block, uid).toBeDefined();
      expect(block).toContain(`DTSTART;VALUE=DATE:${day}`);
      expect(block).toContain(title);
    }
    expect(ics).toContain('11 dagen na het gesprek (vrijdag 20 november 2026): dinsdag 1 december 2026');
  });

  it('a passed agreement stays in the plan (under "Nu doen") but not in the calendar', () => {
    const plan = withMeetings(buildPlan({ situatie: ['thuiszitten'] }, '2026-12-05'), [MEETING]);
    const a1 = plan.steps.find((s) => s.id === 'gesprek-emtg1-a1')!;
    expect(a1.deadline!.status).toBe('passed');
    expect(a1.group).toBe('nu');
    expect(planToIcs(plan, icsTexts(makeT()))).not.toContain('UID:gesprek-emtg1-a1-');
  });

  it.each([
    ['nothing agreed', record({ outcome: 'geen' }), true],
    ['the school decides later', record({ outcome: 'later', agreements: [{ who: 'school', what: 'Besluit over de TLV' }] }), true],
    ['"agreements" chosen but none written', record({ outcome: 'afspraken' }), true],
    ['agreements', record({ agreements: [{ who: 'ik', what: 'Bellen' }] }), false],
  ])('the latest meeting ended with %s → the step asking for a written decision: %s', (_, r, expected) => {
    const steps = meetingSteps([ev('m1', '2026-11-20', 'gesprek', { meeting: r })], TODAY);
    const step = steps.find((s) => s.id === 'gesprek-m1-besluit');
    expect(!!step).toBe(expected);
    if (step) expect(step).toMatchObject({ group: 'nu', letters: ['bevestiging-afspraken'], params: { gesprek: '2026-11-20' } });
  });

  it('a later meeting with agreements overtakes an earlier "the school decides later"', () => {
    const events = [ev('m2', '2026-11-21', 'gesprek', { meeting: record({ agreements: [{ who: 'ik', what: 'x' }] }) }), ev('m1', '2026-11-10', 'gesprek', { meeting: record({ outcome: 'later' }) })];
    expect(meetingSteps(events, TODAY).some((s) => s.id.endsWith('besluit'))).toBe(false);
    expect(latestSchoolMeeting(events)!.id).toBe('m2');
  });

  it('an agreement dated before the meeting is skipped (old or broken data)', () => {
    const steps = meetingSteps([ev('m1', '2026-11-20', 'gesprek', { meeting: record({ agreements: [{ who: 'ik', what: 'x', by: '2026-11-19' }] }) })], TODAY);
    expect(steps).toEqual([]);
  });
});

describe('the confirmation letter', () => {
  const words: LetterWords = {
    line: ({ wat, wie, date }) => `- ${wat}: ${wie} doet dit vóór ${date}`,
    lineNoDate: ({ wat, wie }) => `- ${wat}: ${wie}`,
    noNext: 'nog niet afgesproken',
    nothingAgreed: '- NIETS',
    later: '- LATER',
    noSends: 'niets genoemd',
    reserve: ({ date }) => `GEEN INSTEMMING ${date}`,
    reserveFiled: ({ date }) => `BEZWAAR STAAT ${date}`,
    reserveMore: 'GEEN INSTEMMING',
  };

  it('is filled from the recorded agreements, dates in Dutch', () => {
    const v = meetingLetterValues(MEETING as Parameters<typeof meetingLetterValues>[0], words);
    expect(v).toEqual({
      datum_gesprek: '20 november 2026',
      afspraken: '- Plan voor hulp in de klas: de intern begeleider doet dit vóór 1 december 2026\n- Verslag van de psycholoog sturen: ik\n- OPP opstellen: de school doet dit vóór 15 januari 2027',
      vervolggesprek: '15 december 2026',
      school_stuurt: 'het verslag',
      aanwezig: 'mevrouw Bakker (ib)',
    });
    const letter = lettersNl.letters.find((l) => l.id === 'bevestiging-afspraken')!;
    const text = letterText(fillLetter(letter.body, v), (f) => f);
    expect(text).toContain('- OPP opstellen: de school doet dit vóór 15 januari 2027');
    expect(text).toContain('Vervolggesprek: 15 december 2026');
    expect(text).toContain('Aanwezig: mevrouw Bakker (ib)');
    expect(text).not.toMatch(/\[afspraak\]|\[datum\]/);
  });

  it('a meeting that ended with "later" asks for the decision in the letter; no next meeting says so', () => {
    const v = latestMeetingLetterValues([ev('m1', '2026-11-20', 'gesprek', { meeting: record({ outcome: 'later' }) })], words);
    expect(v.afspraken).toBe('- LATER');
    expect(v.vervolggesprek).toBe('nog niet afgesproken');
    expect(v.school_stuurt).toBe('niets genoemd');
    expect(latestMeetingLetterValues([], words)).toEqual({});
  });

  // Session 47 (lawyer-s46-meetings found 7): the optional paragraph "voorbehoud".
  it('with a decision whose bezwaar runs the letter says it is no agreement with it; without one the paragraph is left out', () => {
    const letter = lettersNl.letters.find((l) => l.id === 'bevestiging-afspraken')!;
    const m = MEETING as Parameters<typeof meetingLetterValues>[0];
    const none = letterText(fillLetter(letter.body, meetingLetterValues(m, words, 'nl', { decisions: [], filed: false })), (f) => `[${f}]`);
    expect(none).not.toMatch(/voorbehoud|GEEN INSTEMMING/);
    expect(none).toContain('Vervolggesprek: 15 december 2026\n\nHeb ik iets verkeerd begrepen');
    const one = letterText(fillLetter(letter.body, meetingLetterValues(m, words, 'nl', { decisions: ['2026-11-16'], filed: false })), (f) => `[${f}]`);
    expect(one).toContain('Vervolggesprek: 15 december 2026\n\nGEEN INSTEMMING 16 november 2026\n\nHeb ik');
    expect(meetingLetterValues(m, words, 'nl', { decisions: ['2026-11-16'], filed: true }).voorbehoud).toBe('BEZWAAR STAAT 16 november 2026');
    expect(meetingLetterValues(m, words, 'nl', { decisions: ['2026-11-16', '2026-11-20'], filed: false }).voorbehoud).toBe('GEEN INSTEMMING');
  });
});

describe('stored data is read defensively', () => {
  it('a meeting record survives the timeline sanitizer on a "gesprek" and is dropped on other kinds', () => {
    const [kept, other] = sanitizeEvents([MEETING, { ...MEETING, id: 'x2', kind: 'brief' }]);
    expect(kept!.meeting).toEqual(MEETING.meeting);
    expect(other!.meeting).toBeUndefined();
  });

  it('broken parts of a record are dropped, the rest kept', () => {
    expect(sanitizeMeetingRecord({ outcome: 'nope' })).toBeUndefined();
    expect(sanitizeMeetingRecord('x')).toBeUndefined();
    const r = sanitizeMeetingRecord({ outcome: 'afspraken', agreements: [{ who: 'a', what: '' }, { who: 1, what: 'b\u0000c', by: '2026-02-30' }, 'x'], next: 'morgen', schoolSends: 5 });
    expect(r).toEqual({ outcome: 'afspraken', agreements: [{ who: '', what: 'b c' }], schoolSends: '', present: '' });
  });

  it('card choices: goals at most 3, question ids checked, a newer version not read', () => {
    expect(sanitizePrefs({ version: 1, goals: ['a', 'b', 'c', 'd'], removed: ['ok-id', 'Bad Id!', 'ok-id'], own: ['  ', 'mijn vraag'] })).toEqual({ goals: ['a', 'b', 'c'], removed: ['ok-id'], own: ['mijn vraag'] });
    expect(sanitizePrefs({ version: 2, goals: ['a'] })).toBeUndefined();
    expect([prefsIsNewer({ version: 2 }), prefsIsNewer({ version: 1 }), prefsIsNewer('x')]).toEqual([true, false, false]);
    expect(sanitizePrefs(null)).toBeUndefined();
    expect(EMPTY_PREFS.goals).toEqual([]);
  });
});

describe('the timeline shows a recorded meeting once', () => {
  it('a meeting logged on the planned meeting day replaces the item derived from the answer', async () => {
    const { timelineItems } = await import('../../src/timeline/model');
    const answers = { situatie: ['thuiszitten'], 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-11-20' };
    expect(timelineItems(answers, []).filter((i) => i.kind === 'gesprek').map((i) => i.from)).toEqual(['answer']);
    expect(timelineItems(answers, [MEETING]).filter((i) => i.kind === 'gesprek').map((i) => i.id)).toEqual(['eMtg1']);
    // Another day: both (the planned one may still come).
    expect(timelineItems({ ...answers, 'gesprek-datum': '2026-11-30' }, [MEETING]).filter((i) => i.kind === 'gesprek')).toHaveLength(2);
  });
});

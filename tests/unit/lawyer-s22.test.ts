/**
 * Session 22, the parents' lawyer: the logic and texts behind tests/scenarios/010-advocaat-s22.yaml (the OPP, information,
 * jeugdhulp, the move to secondary school, the steunpunt and the gesprekskaart), each a test that failed on main ad6edde.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPlan } from '../../src/rules/plan';
import { buildCard } from '../../src/meeting/card';
import { meetingSteps, withMeetings } from '../../src/meeting/plan';
import type { Answers } from '../../src/flow/answers';
import type { TimelineEvent } from '../../src/timeline/model';

const LANGS = ['nl', 'en', 'tr', 'pl', 'uk', 'ar'] as const;
type Entry = Record<string, string>;
const steps = Object.fromEntries(
  LANGS.map((l) => [l, parse(readFileSync(`content/${l}/steps.yaml`, 'utf8')) as { steps: Record<string, Entry>; warnings: Record<string, Entry> }]),
);
const ui = Object.fromEntries(LANGS.map((l) => [l, parse(readFileSync(`content/${l}/ui.yaml`, 'utf8')) as { meeting: { q: Record<string, Entry>; knowItem: Record<string, string> } }]));

const warningIds = (a: Answers, today: string) => buildPlan(a, today).warnings.map((w) => w.id);
const cardQuestions = (a: Answers, today = '2026-11-30') => buildCard(a, [], today).questions.map((q) => q.id);

// ── A filing term that ends before the meeting ───────────────────────────────────────────────

/**
 * A written removal decision of 2 November gives a bezwaar until 14 December (002:846-850). A meeting on 17 December
 * ("let's talk first") showed as its own step and on the card, with nothing telling the parent that waiting for it
 * costs the bezwaar (FP-P4). Now a warning on the plan and the first line of the card's "good to know" say so.
 */
describe('a filing term that ends on or before a planned meeting', () => {
  const removal: Answers = {
    situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
    'verwijdering-datum': '2026-11-02', 'verwijdering-andere-school': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
    'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-17',
  };
  it('warns when the meeting comes after the last day for bezwaar', () => {
    expect(warningIds(removal, '2026-11-30')).toContain('termijn-voor-gesprek');
  });
  it('warns when the meeting is on the last day itself', () => {
    expect(warningIds({ ...removal, 'gesprek-datum': '2026-12-14' }, '2026-11-30')).toContain('termijn-voor-gesprek');
  });
  it('not when the meeting comes first', () => {
    expect(warningIds({ ...removal, 'gesprek-datum': '2026-12-13' }, '2026-11-30')).not.toContain('termijn-voor-gesprek');
  });
  it('not when the bezwaar is already filed (and no other decision is open)', () => {
    expect(warningIds({ ...removal, 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-11-20', 'gpo-ingediend': 'ja', 'gpo-datum': '2026-11-20' }, '2026-11-30')).not.toContain(
      'termijn-voor-gesprek',
    );
  });
  it('the Geschillencommissie alone still counts: bezwaar filed, GPO not', () => {
    // Session 23: its 6 weeks are uncertain (FACTS F13, §X.2): the warning that says so, not the one stating the date.
    expect(warningIds({ ...removal, 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-11-20' }, '2026-11-30')).toContain('termijn-voor-gesprek-onzeker');
  });
  it('not when the term has passed (the late texts speak) or the meeting day lies before today', () => {
    expect(warningIds(removal, '2026-12-15')).not.toContain('termijn-voor-gesprek');
    expect(warningIds({ ...removal, 'gesprek-datum': '2026-11-27' }, '2026-11-30')).not.toContain('termijn-voor-gesprek');
  });
  it('also for a TLV decision the parent disagrees with (its 6 weeks are uncertain, but may run)', () => {
    const tlv: Answers = {
      situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-11-09', 'tlv-eens': 'nee',
      'bezwaar-ingediend': 'nee', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-22',
    };
    // Session 23: the uncertain warning (FACTS §X.3), which says the date is not sure and whom to ask.
    expect(warningIds(tlv, '2026-11-30')).toContain('termijn-voor-gesprek-onzeker');
    expect(warningIds(tlv, '2026-11-30')).not.toContain('termijn-voor-gesprek');
  });
  it('not for a suspension: its week is no filing term of the parent', () => {
    const suspended: Answers = {
      situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'schorsing-datum': '2026-11-26', 'verwijdering-besluit': 'nee',
      'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-10',
    };
    expect(warningIds(suspended, '2026-11-30')).not.toContain('termijn-voor-gesprek');
  });
  it('the card puts it first under "good to know"; not when the meeting comes first', () => {
    expect(buildCard(removal, [], '2026-11-30').know[0]?.id).toBe('termijn-voor-gesprek');
    expect(buildCard({ ...removal, 'gesprek-datum': '2026-12-03' }, [], '2026-11-30').know.map((k) => k.id)).not.toContain('termijn-voor-gesprek');
  });
  it('also when the next meeting lives only in the timeline (agreed at a recorded meeting)', () => {
    const noDate: Answers = { ...removal, 'gesprek-gepland': 'nee' };
    delete (noDate as Record<string, unknown>)['gesprek-datum'];
    const met = (next: string): TimelineEvent[] => [
      { id: 'eMtg1', date: '2026-11-25', kind: 'gesprek', parties: ['school'], note: '', meeting: { outcome: 'later', agreements: [], schoolSends: '', present: '', next } },
    ];
    const today = '2026-11-30';
    expect(buildPlan(noDate, today).warnings.map((w) => w.id)).not.toContain('termijn-voor-gesprek');
    expect(withMeetings(buildPlan(noDate, today), met('2026-12-17')).warnings.map((w) => w.id)).toContain('termijn-voor-gesprek');
    expect(withMeetings(buildPlan(noDate, today), met('2026-12-10')).warnings.map((w) => w.id)).not.toContain('termijn-voor-gesprek');
    expect(buildCard(noDate, met('2026-12-17'), today, meetingSteps(met('2026-12-17'), today)).know[0]?.id).toBe('termijn-voor-gesprek');
    // Never twice, when the answers' meeting day says it too.
    const both = withMeetings(buildPlan(removal, today), met('2026-12-17')).warnings.filter((w) => w.id === 'termijn-voor-gesprek');
    expect(both).toHaveLength(1);
  });
  it('the warning and the card line exist in every language', () => {
    for (const l of LANGS) {
      expect(steps[l]!.warnings['termijn-voor-gesprek']?.text, l).toMatch(/Geschillencommissie passend onderwijs/);
      expect(ui[l]!.meeting.knowItem['termijn-voor-gesprek'], l).toBeTruthy();
    }
    expect(steps.nl!.warnings['termijn-voor-gesprek']!.text).toMatch(/Wacht dus niet op het gesprek/);
    expect(steps.nl!.warnings['termijn-voor-gesprek']!.text).toMatch(/stopt die termijn niet/);
  });
});

// ── The gesprekskaart per kind of meeting ────────────────────────────────────────────────────

describe('the gesprekskaart asks what this meeting is about', () => {
  const opp: Answers = { situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-10-05', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', groep: 'groep-3-6' };
  it('an OPP the parent agreed to: what the help achieved, what changes (B20: a change needs consent again)', () => {
    expect(cardQuestions(opp)).toContain('opp-evaluatie');
    // Without consent the card asks for the consent moment instead, not both.
    expect(cardQuestions({ ...opp, 'opp-ingestemd': 'nee' })).not.toContain('opp-evaluatie');
  });
  it('ideas not taken on: open consultation, no consent on the outflow destination, the view in the OPP (B07, B09, B12, B13, B17)', () => {
    expect(cardQuestions({ ...opp, 'opp-onenigheid': 'niet-overgenomen' })).toContain('opp-mening');
    expect(cardQuestions(opp)).not.toContain('opp-mening');
    expect(ui.nl!.meeting.q['opp-mening']!.why).toMatch(/uitstroombestemming.*geen instemmingsrecht/);
  });
  it('groep 7 or 8: the move to secondary school, the OKR and the OPP (H13, G14)', () => {
    expect(cardQuestions({ ...opp, groep: 'groep-7-8' })).toContain('overstap-vo');
    expect(cardQuestions(opp)).not.toContain('overstap-vo');
    expect(ui.nl!.meeting.q['overstap-vo']!.why).toMatch(/inzien/);
  });
  it('jeugdhulp: care in school time, the school must look at it with the parent (H05)', () => {
    expect(cardQuestions({ ...opp, jeugdhulp: 'krijgt' })).toContain('zorg-onder-schooltijd');
    expect(cardQuestions({ ...opp, jeugdhulp: 'nodig' })).toContain('zorg-onder-schooltijd');
    expect(cardQuestions({ ...opp, jeugdhulp: 'nee' })).not.toContain('zorg-onder-schooltijd');
  });
  it('a suspension: the day the child comes back (at most a week, C10), and no "who looks for another school"', () => {
    const suspended: Answers = { situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'schorsing-datum': '2026-11-26', 'verwijdering-besluit': 'nee' };
    expect(cardQuestions(suspended)).toContain('schorsing-terug');
    expect(cardQuestions(suspended)).not.toContain('thuis-plek-zoeken');
    // A suspension with a removal decision: the search for another school is the question again.
    expect(cardQuestions({ ...suspended, 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-20' })).toContain('thuis-plek-zoeken');
  });
  it('a child who cannot come (illness) or comes part of the week: the plan for fewer hours, not another school (D13-D18)', () => {
    const ill: Answers = { situatie: ['thuiszitten'], 'thuis-reden': 'kan-niet', 'thuis-hoeveel': 'deels', 'lessen-nu': 'ja' };
    expect(cardQuestions(ill)).toContain('maatwerk-plan');
    expect(cardQuestions(ill)).not.toContain('thuis-plek-zoeken');
    // Barred by the school: still who looks for a place.
    expect(cardQuestions({ situatie: ['thuiszitten'], 'thuis-reden': 'niet-welkom' })).toContain('thuis-plek-zoeken');
  });
  it('every new question has a text and a why in every language', () => {
    for (const l of LANGS) {
      for (const id of ['opp-evaluatie', 'opp-mening', 'schorsing-terug', 'maatwerk-plan', 'zorg-onder-schooltijd', 'overstap-vo']) {
        expect(ui[l]!.meeting.q[id]?.text && ui[l]!.meeting.q[id]?.why, `${l} ${id}`).toBeTruthy();
      }
    }
  });
});

// ── Plan texts: the OPP and the steunpunt ────────────────────────────────────────────────────

describe('the plan says what the sources say about the OPP and the steunpunt', () => {
  it('no consent: the school must keep talking, one meeting is not enough, help may go on meanwhile (001:498, 001:632, 004:4839-4840)', () => {
    const why = steps.nl!.steps['opp-instemmen']!.why!;
    expect(why).toMatch(/blijven praten/);
    expect(why).toMatch(/Eén gesprek zonder overeenstemming is niet genoeg/);
    expect(why).toMatch(/Intussen mag de school je kind wel al hulp geven/);
    for (const l of LANGS) expect(steps[l]!.steps['opp-instemmen']!.why!.split(/[.?!؟]\s/).length, l).toBeGreaterThanOrEqual(7);
  });
  it('the outflow destination: no consent right, a say (001:507)', () => {
    for (const l of LANGS) {
      const why = steps[l]!.steps['opp-zienswijze']!.why!;
      expect(why, l).toMatch(/uitstroombestemming/);
      expect(why, l).toMatch(/instemmingsrecht/);
    }
  });
  it('sharing with jeugdhulp: what, with whom and why first; the meldcode is the exception (004:1716-1727)', () => {
    expect(steps.nl!.steps['jeugdhulp-afstemmen']!.why).toMatch(/welke informatie ze wil delen, met wie en waarom/);
    for (const l of LANGS) expect(steps[l]!.steps['jeugdhulp-afstemmen']!.why, l).toMatch(/meldcode/);
  });
  it('the OPP goes to the SWV for a TLV without the parent\'s consent, told beforehand (001:789, FACTS G13)', () => {
    expect(steps.nl!.steps['tlv-aanvraag-inzien']!.why).toMatch(/Voor het OPP bij de TLV-aanvraag heeft de school jouw toestemming niet nodig/);
    for (const l of LANGS) expect(steps[l]!.steps['tlv-aanvraag-inzien']!.why, l).toMatch(/TLV/);
  });
  it('a refusal by the gemeente (jeugdhulp, transport): look in the decision until when bezwaar can be made (no term in the sources)', () => {
    expect(steps.nl!.steps['jeugdhulp-aanvragen']!.why).toMatch(/Wijst de gemeente je aanvraag af\? Kijk dan in het besluit hoe en tot wanneer je bezwaar kunt maken/);
    expect(steps.nl!.steps['vervoer-aanvragen']!.why).toMatch(/Kijk in het besluit tot wanneer dat kan/);
    for (const l of LANGS) expect(steps[l]!.steps['jeugdhulp-aanvragen']!.why, l).toMatch(/bezwaar/);
  });
  it('praktijkonderwijs without a TLV: that school must find another suitable place (001:983-991)', () => {
    expect(steps.nl!.steps['overstap-voorbereiden']!.why).toMatch(/praktijkonderwijs, en komt er geen TLV\? Dan moet die school zelf een andere passende plek zoeken/);
    for (const l of LANGS) expect(steps[l]!.steps['overstap-voorbereiden']!.why!.match(/praktijkonderwijs/g)?.length, l).toBe(2);
  });
  it('a child enrolled nowhere: the samenwerkingsverband of the region where you live (001:138)', () => {
    expect(steps.nl!.steps['steunpunt-bellen']!.why).toMatch(/nergens ingeschreven.*regio waar je woont/);
    for (const l of LANGS) expect(steps[l]!.steps['steunpunt-bellen']!.why!.split(/[.?!؟]\s/).length, l).toBeGreaterThanOrEqual(7);
  });
});

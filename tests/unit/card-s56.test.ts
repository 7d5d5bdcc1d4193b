/**
 * Session 56: the gesprekskaart after "Kind gaat weer naar school" (timeline kind weer-naar-school, session 55).
 *
 * The card takes its dates from the plan (withMeetings), and the plan leaves out the at-home steps from the latest day back
 * (atSchool in src/timeline/earlier.ts). The card's own questions, goals and "good to know" lines read only the answers,
 * and the day back writes no answer (EFFECTS weer-naar-school): after it, the card still asked "Op welke dag mag mijn kind
 * weer naar school?" and "Welk onderwijs krijgt mijn kind vanaf morgen?", and suggested "Les voor mijn kind zolang het thuis
 * zit", while the plan beside it had no such step. Now the card follows the plan's rule (src/meeting/card.ts): back at school,
 * no at-home questions, goals or lines; home again after a suspension that ended with the day back, no suspension's own.
 * Everything that belongs to a running term (the removal decision, its bezwaar, another school first: C04, C08, C09) stays.
 * Our own dates: 16 Nov 2026 is a Monday; a suspension in primary school lasts at most a week (C10; 002:2362).
 * The first describe: its first three tests failed before the card's fix; the fourth before the day back was no paper
 * (NOT_PAPER); the fifth (a new suspension after the day back) held before too. The lawyer stories: 1 and 4 failed before
 * the card's fix (at-home questions, goals, lines after the day back; 1 also the day back as a paper to bring), and so
 * did 5; 2 failed before the plan's fix (homeAgainWithinWeek: "Langer dan een week geschorst?" counted across the day
 * back); 2b, 2c and 3 held before too: they hold what must stay (the chain's warning, a longer time at home, home again).
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';
import type { TimelineEvent } from '../../src/timeline/model';
import type { EventKind } from '../../src/timeline/effects';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { ev, log } from './timeline-log';
import { appOf, planAtApp, type Story } from './app-story';
import type { Card } from '../../src/meeting/card';
import type { Plan } from '../../src/rules/plan';
import { agree, ids, warnings } from './lawyer-kit';

const BACK = 'weer-naar-school' as EventKind;
const A = (x: Record<string, unknown>) => x as unknown as Answers;
const E = (kind: EventKind, date: IsoDate): TimelineEvent => ev(`${kind}-${date}`, kind, date);
const TODAY = '2026-12-03';
const card = (s: Story, today: IsoDate = TODAY) => cardOf(appOf(s), today);
const qs = (s: Story, today?: IsoDate) => card(s, today).questions.map((q) => q.id);

/** Suspended and at home since Monday 16 Nov, no lessons, a meeting on 8 Dec. */
const SUSPENDED = A({
  situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': '2026-11-16', 'schorsing-datum': '2026-11-16', 'thuis-hoeveel': 'helemaal',
  'lessen-nu': 'nee', ingeschreven: 'ja', 'lpa-betrokken': 'nee', groep: 'groep-3-6', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-08',
});
/** Not welcome at school since 2 Nov, part of the day at home: the school wants the child gone, nothing decided on paper. */
const NOT_WELCOME = A({
  situatie: ['thuiszitten'], 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2026-11-02', 'thuis-hoeveel': 'deels', 'lessen-nu': 'nee', ingeschreven: 'ja',
  'lpa-betrokken': 'nee', 'verwijdering-andere-school': 'nee', groep: 'groep-3-6', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-08',
});

describe('the card after a day back at school (found: its at-home questions stayed)', () => {
  it('a suspension, back on 23 Nov: no "which day may my child go back?", no education at home, no at-home goals', () => {
    const before = card(log(SUSPENDED, []));
    expect(before.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['schorsing-terug', 'thuis-onderwijs-morgen']));
    expect(before.goals).toEqual(expect.arrayContaining(['les-thuis', 'terug-naar-school']));
    expect(before.know.map((k) => k.id)).toContain('zorgplicht-blijft');
    const after = card(log(SUSPENDED, [E(BACK, '2026-11-23')]));
    for (const q of ['schorsing-terug', 'thuis-onderwijs-morgen']) expect(after.questions.map((x) => x.id), q).not.toContain(q);
    for (const g of ['les-thuis', 'terug-naar-school']) expect(after.goals, g).not.toContain(g);
    expect(after.know.map((k) => k.id)).not.toContain('zorgplicht-blijft');
    // What is no at-home matter stays.
    expect(after.questions.map((q) => q.id)).toContain('wie-doet-wat');
    expect(after.goals).toContain('afspraken-op-papier');
    // The suspension's letter is still paper to bring (it is what happened; a removal may follow it: C11).
    expect(after.documents.map((d) => d.id)).toContain('besluit-schorsing');
    expect(after.meetingDate).toBe('2026-12-08');
  });

  it('not welcome, part of the day at home, back on 30 Nov: no place search, no fewer-hours plan; another school first stays', () => {
    const before = qs(log(NOT_WELCOME, []));
    expect(before).toEqual(expect.arrayContaining(['thuis-onderwijs-morgen', 'thuis-plek-zoeken', 'maatwerk-plan', 'verwijdering-andere-school']));
    const after = qs(log(NOT_WELCOME, [E(BACK, '2026-11-30')]));
    for (const q of ['thuis-onderwijs-morgen', 'thuis-plek-zoeken', 'maatwerk-plan']) expect(after, q).not.toContain(q);
    // The school wanted the child gone: it may only remove it once another school will admit it (C04, C05; 002:756-768).
    expect(after).toContain('verwijdering-andere-school');
  });

  it('back after a suspension, then home again from 30 Nov: the at-home questions are back, the suspension\'s are not', () => {
    const s = log(SUSPENDED, [E(BACK, '2026-11-23'), E('thuis-vanaf', '2026-11-30')]);
    const c = card(s);
    expect(c.questions.map((q) => q.id)).toContain('thuis-onderwijs-morgen');
    expect(c.questions.map((q) => q.id)).not.toContain('schorsing-terug');
    expect(c.goals).toEqual(expect.arrayContaining(['les-thuis', 'terug-naar-school']));
    expect(c.know.map((k) => k.id)).toContain('zorgplicht-blijft');
    // As the plan: no suspension's week.
    expect(planAtApp(s, TODAY).steps.map((x) => x.id)).not.toContain('schorsing-einde');
  });

  it('the day back takes none of the six places for papers from the timeline (found: it pushed the oldest e-mail off)', () => {
    const mails = ['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-24', '2026-11-25'].map((d) => E('e-mail', d));
    const c = card(log(SUSPENDED, [...mails, E(BACK, '2026-11-26')]));
    expect(c.documents.filter((d) => d.id === 'tijdlijn').map((d) => `${d.event!.kind}@${d.date}`)).toEqual(mails.map((m) => `e-mail@${m.date}`));
  });

  it('a new suspension after the day back: its question is on the card again', () => {
    const c = qs(log(SUSPENDED, [E(BACK, '2026-11-23'), E('schorsing', '2026-12-01')]));
    expect(c).toEqual(expect.arrayContaining(['schorsing-terug', 'thuis-onderwijs-morgen']));
  });
});

/**
 * Read as a parents' lawyer: four dated stories with a timeline (at home, suspended, back at school, home again, a meeting
 * planned). In each the card's dates are the plan's (agree: the plan page, the calendar, the first screen and the card
 * agree), and nothing on the card says what the plan does not: a question of a child at home only beside the plan's own
 * at-home step, the suspension's question only beside the suspension's step, the "term before the meeting" line only
 * beside the plan's warning, the meeting day the plan's.
 */

function consistent(c: Card, p: Plan) {
  for (const d of c.dates) {
    const s = p.steps.find((x) => x.id === d.step);
    expect(s?.deadline?.due, d.step).toBe(d.due);
    expect(s?.deadline?.status === 'passed', d.step).toBe(d.passed);
  }
  const q = c.questions.map((x) => x.id);
  const has = (...list: string[]) => list.some((id) => ids(p).includes(id));
  if (q.includes('thuis-onderwijs-morgen') || c.goals.includes('les-thuis')) expect(has('onderwijs-thuis-vragen', 'afspraken-thuis-vastleggen')).toBe(true);
  if (q.includes('schorsing-terug')) expect(has('schorsing-einde', 'schorsingsdatum-achterhalen')).toBe(true);
  if (q.includes('maatwerk-plan')) expect(has('maatwerk-onderwijstijd')).toBe(true);
  if (q.includes('verwijdering-op-papier')) expect(has('verwijderbesluit-op-papier-vragen')).toBe(true);
  // Session 66 (summer-s66 D3): a meeting on the bezwaar's last day has its own line on the card (termijn-op-gespreksdag).
  expect(c.know.some((k) => k.id === 'termijn-voor-gesprek' || k.id === 'termijn-op-gespreksdag')).toBe(warnings(p).includes('termijn-voor-gesprek'));
  const meeting = p.steps.find((x) => x.id === 'gesprek-voorbereiden')?.moment?.date ?? p.steps.find((x) => x.id.endsWith('-vervolg'))?.deadline?.due;
  expect(c.meetingDate).toBe(meeting);
}
const AT_HOME_QS = ['thuis-onderwijs-morgen', 'thuis-plek-zoeken', 'maatwerk-plan', 'schorsing-terug'];
const base = { 'lessen-nu': 'nee', ingeschreven: 'ja', 'lpa-betrokken': 'nee', groep: 'groep-3-6', 'gesprek-gepland': 'ja' };

describe('lawyer stories: the card beside the plan after days back at school', () => {
  it('1. removed on paper 10 Nov, back at school 24 Nov, meeting 22 Dec: the bezwaar term and its warning stay, no at-home question', () => {
    const s = log(A({ ...base, situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd', 'thuis-sinds': '2026-11-10', 'thuis-hoeveel': 'helemaal', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-10', 'bezwaar-ingediend': 'nee', 'gesprek-datum': '2026-12-22' }), [E(BACK, '2026-11-24')]);
    const p = agree(s, TODAY);
    const c = card(s);
    consistent(c, p);
    // 6 weeks from the decision of 10 Nov (C09; 002:846-850): 22 Dec, the meeting's own day: the card says not to wait.
    expect(c.dates.map((d) => `${d.step}@${d.due}${d.certain ? '' : '?'}`)).toEqual(['bezwaar-verwijdering@2026-12-22', 'geschillencommissie@2026-12-22?']);
    // Session 66 (summer-s66 D3): the meeting on the bezwaar's last day has its own first line (send the bezwaar before it).
    expect(c.know[0]?.id).toBe('termijn-op-gespreksdag');
    expect(c.questions.map((x) => x.id)).toEqual(['verwijdering-andere-school', 'wie-doet-wat']);
    expect(c.goals).toEqual(['afspraken-op-papier']);
    expect(c.documents.map((d) => d.id)).toContain('besluit-verwijdering');
    // The day back is no paper to bring, as a first day at home is not (NOT_PAPER). Found: "Uit je tijdlijn: Kind gaat weer
    // naar school" stood under "Wat ik meeneem", in one of the six places for the latest papers from the timeline.
    expect(c.documents.filter((d) => d.event?.kind === 'weer-naar-school')).toEqual([]);
  });

  it('2. not welcome from 12 Nov, suspended 16 Nov, back 20 Nov, suspended again 30 Nov, meeting 4 Dec: the new week, and no "more than a week" (found: the plan said so)', () => {
    const home = A({ ...base, situatie: ['thuiszitten'], 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2026-11-12', 'thuis-hoeveel': 'helemaal', 'gesprek-datum': '2026-12-04' });
    const s = log(home, [E('schorsing', '2026-11-16'), E(BACK, '2026-11-20'), E('schorsing', '2026-11-30')]);
    const p = agree(s, TODAY);
    const c = card(s);
    consistent(c, p);
    // At home again since 30 Nov: 3 days. The suspension's week counts from 30 Nov (C10; 002:2362): 7 Dec.
    expect(c.dates.map((d) => `${d.step}@${d.due}`)).toEqual(['schorsing-einde@2026-12-07']);
    expect(c.questions.map((x) => x.id)).toEqual(expect.arrayContaining(['schorsing-terug', 'thuis-onderwijs-morgen']));
    // Before: "Langer dan een week geschorst? Je kind is geschorst en zit al langer dan een week thuis", counted from the
    // answered 12 Nov across the day back.
    expect(warnings(p)).not.toContain('schorsing-te-lang');
  });

  it('2b. the same, suspended 23 Nov and again 30 Nov after the day back: one chain longer than a week, the warning stays', () => {
    const home = A({ ...base, situatie: ['thuiszitten'], 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2026-11-12', 'thuis-hoeveel': 'helemaal', 'gesprek-datum': '2026-12-04' });
    const s = log(home, [E('schorsing', '2026-11-16'), E(BACK, '2026-11-20'), E('schorsing', '2026-11-23'), E('schorsing', '2026-11-30')]);
    const p = agree(s, TODAY);
    consistent(card(s), p);
    expect(warnings(p)).toContain('schorsing-te-lang');
    // The week counts from the chain's first day after the day back (suspensionChainStart): 23 Nov + 7 = 30 Nov, passed.
    expect(card(s).dates.map((d) => `${d.step}@${d.due}${d.passed ? ' passed' : ''}`)).toEqual(['schorsing-einde@2026-11-30 passed']);
  });

  it('2c. at home from 12 Nov, back 13 Nov, home again 16 Nov, suspended 30 Nov: at home more than a week, the warning stays', () => {
    const home = A({ ...base, situatie: ['thuiszitten'], 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2026-11-12', 'thuis-hoeveel': 'helemaal', 'gesprek-datum': '2026-12-04' });
    const s = log(home, [E(BACK, '2026-11-13'), E('thuis-vanaf', '2026-11-16'), E('schorsing', '2026-11-30')]);
    const p = agree(s, TODAY);
    consistent(card(s), p);
    expect(warnings(p)).toContain('schorsing-te-lang');
  });

  it('3. not welcome, back 16 Nov, home again 23 Nov, a meeting on 26 Nov agreed the next on 10 Dec: the at-home questions and the agreed dates', () => {
    const meeting = { ...E('gesprek', '2026-11-26'), meeting: { outcome: 'afspraken' as const, agreements: [{ who: 'school', what: 'zoekt een plek', by: '2026-12-15' }], next: '2026-12-10', schoolSends: '', present: '' } };
    const s = log(A({ ...base, situatie: ['thuiszitten'], 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2026-11-02', 'thuis-hoeveel': 'deels', 'gesprek-gepland': 'nee' }), [E(BACK, '2026-11-16'), E('thuis-vanaf', '2026-11-23'), meeting]);
    const p = agree(s, TODAY);
    const c = card(s);
    consistent(c, p);
    expect(c.meetingDate).toBe('2026-12-10');
    expect(c.dates.map((d) => d.due)).toEqual(['2026-12-10', '2026-12-15']);
    expect(c.questions.map((x) => x.id)).toEqual(expect.arrayContaining(['thuis-onderwijs-morgen', 'thuis-plek-zoeken', 'maatwerk-plan']));
    expect(c.questions.map((x) => x.id)).not.toContain('schorsing-terug');
    expect(c.goals).toEqual(expect.arrayContaining(['les-thuis', 'terug-naar-school']));
  });

  it('4. a TLV granted, on a waiting list at home, back at the old school 25 Nov, meeting 9 Dec: the waiting list\'s question and line stay', () => {
    const tlv = A({ ...base, situatie: ['thuiszitten', 'tlv'], 'thuis-reden': 'wachtlijst', 'thuis-sinds': '2026-11-02', 'thuis-hoeveel': 'helemaal', 'tlv-fase': 'besluit', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-10-01', 'tlv-eens': 'ja', 'tlv-plek': 'wachtlijst', 'gesprek-datum': '2026-12-09' });
    const s = log(tlv, [E(BACK, '2026-11-25')]);
    const p = agree(s, TODAY);
    const c = card(s);
    consistent(c, p);
    // The zorgplicht runs on during a waiting list (C22): the plan keeps its warning, the card its line and question.
    expect(warnings(p)).toContain('wachtlijst-zorgplicht');
    expect(c.know.map((k) => k.id)).toContain('zorgplicht-blijft');
    expect(c.questions.map((x) => x.id)).toContain('thuis-plek-zoeken');
    for (const q of AT_HOME_QS.filter((x) => x !== 'thuis-plek-zoeken')) expect(c.questions.map((x) => x.id), q).not.toContain(q);
    // Session 62 (lawyer-s62-cards D1): the TLV was granted on 1 Oct: no "Dat ik mijn mening kan geven over de TLV" (E08).
    expect(c.goals).toEqual(['goede-plek', 'afspraken-op-papier']);
  });

  it('5. removed, told only in a talk on 9 Nov, back at school 23 Nov: the card and the plan both ask for the decision on paper', () => {
    const s = log(A({ ...base, situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd', 'thuis-sinds': '2026-11-09', 'thuis-hoeveel': 'helemaal', 'verwijdering-besluit': 'mondeling', 'gesprek-datum': '2026-12-10' }), [E(BACK, '2026-11-23')]);
    const p = agree(s, TODAY);
    const c = card(s);
    consistent(c, p);
    // Told aloud is no decision: no term runs until the one on paper (C08, C09; 002:818-840, 846-850).
    expect(c.questions.map((x) => x.id)).toEqual(expect.arrayContaining(['verwijdering-op-papier', 'verwijdering-andere-school']));
    for (const q of AT_HOME_QS) expect(c.questions.map((x) => x.id), q).not.toContain(q);
    expect(ids(p)).toContain('verwijderbesluit-op-papier-vragen');
  });
});

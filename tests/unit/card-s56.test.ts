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
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';
import type { TimelineEvent } from '../../src/timeline/model';
import type { EventKind } from '../../src/timeline/effects';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { ev, log } from './timeline-log';
import { appOf, planAtApp, type Story } from './app-story';

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

  it('a new suspension after the day back: its question is on the card again', () => {
    const c = qs(log(SUSPENDED, [E(BACK, '2026-11-23'), E('schorsing', '2026-12-01')]));
    expect(c).toEqual(expect.arrayContaining(['schorsing-terug', 'thuis-onderwijs-morgen']));
  });
});

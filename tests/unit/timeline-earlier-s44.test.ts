/**
 * Session 44: a date the parent gave in the questionnaire stays in "Mijn tijdlijn" (and in the overview for the steunpunt)
 * after an event logged later wrote over it. Before, answering "the school received my registration on 21 September" and
 * then logging the next school's registration took 21 September out of the list: the first school's registration, where the
 * story starts, was on no screen and in no overview, though the timeline kept it (`base`) and gave it back when the later
 * event was deleted. It shows as "from your answers" and not in effect: the plan and "te laat?" count from the timeline.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Answers } from '../../src/flow/answers';
import { applicableAnswers } from '../../src/flow/route';
import { ANSWER_KIND, EVENT_KINDS } from '../../src/timeline/effects';
import { addEvent, EMPTY_TIMELINE, deleteEvent, lateFlags, questionnaireAnswers, timelineItems, type TimelineData, type TimelineEvent } from '../../src/timeline/model';
import { overviewLines } from '../../src/timeline/overview';
import { ev, log } from './timeline-log';

const THIRD_SCHOOL = log(
  { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-21', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-10-20' } as Answers,
  [ev('a', 'aanmelding-ontvangen', '2026-10-22', 'e-mail'), ev('b', 'besluit-toegelaten', '2026-11-02', 'brief'), ev('c', 'aanmelding-ontvangen', '2026-11-10', 'e-mail')],
);
const items = (s: { answers: Answers; data: TimelineData }) => timelineItems(s.answers, s.data.events, s.data.base);

describe('a date from the questionnaire that a later event wrote over (session 44)', () => {
  it('stays in the list, from the answers and not in effect, in date order', () => {
    expect(THIRD_SCHOOL.answers['aanmelding-datum']).toBe('2026-11-10');
    expect(items(THIRD_SCHOOL).map((i) => [i.date, i.kind, i.from, i.inEffect])).toEqual([
      ['2026-09-21', 'aanmelding-ontvangen', 'earlier-answer', false],
      ['2026-10-20', 'besluit-geweigerd', 'answer', true],
      ['2026-10-22', 'aanmelding-ontvangen', 'timeline', true],
      ['2026-11-02', 'besluit-toegelaten', 'timeline', true],
      ['2026-11-10', 'aanmelding-ontvangen', 'timeline', true],
    ]);
  });

  it('starts no term: "te laat?" counts from the timeline as before', () => {
    expect(lateFlags(THIRD_SCHOOL.answers, THIRD_SCHOOL.data.events, '2027-01-05').map((f) => f.start)).toEqual(['2026-11-10']);
  });

  it('is marked as from the questionnaire in the overview', () => {
    const lines = overviewLines(items(THIRD_SCHOOL), [], {
      heading: 'H', made: 'M', date: (d) => d, kind: (i) => i.kind, who: () => undefined, how: () => undefined, letter: () => undefined,
      fromAnswers: '(uit de vragenlijst)', lateTitle: 'L', lateNone: '-', late: () => '',
    });
    expect(lines).toContain('2026-09-21\taanmelding-ontvangen (uit de vragenlijst)');
    expect(lines).toContain('2026-11-10\taanmelding-ontvangen');
  });

  it('shows once: not when a logged event has the same day, and as the answer again once the later events are deleted', () => {
    const same = log({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-21', 'aanmelding-besluit': 'nog-niet' } as Answers, [ev('x', 'aanmelding-ontvangen', '2026-09-21', 'e-mail')]);
    expect(items(same).filter((i) => i.date === '2026-09-21').map((i) => i.from)).toEqual(['timeline']);
    let back = { answers: THIRD_SCHOOL.answers, data: THIRD_SCHOOL.data };
    for (const id of ['c', 'b', 'a']) back = deleteEvent(back.answers, back.data, id);
    expect(items(back).map((i) => [i.date, i.from])).toEqual([['2026-09-21', 'answer'], ['2026-10-20', 'answer']]);
  });

  it('every date typed in the questions or logged shows in the list (property)', () => {
    const starts: Answers[] = [
      { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-01-05', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-02-02' },
      { situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': '2026-01-12', 'schorsing-datum': '2026-01-12', ingeschreven: 'ja' },
      { situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-01-20', 'tlv-eens': 'nee' },
      { situatie: ['handelingsverlegen'], opp: 'ja', 'opp-besproken': '2026-01-08', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-02-10' },
    ] as Answers[];
    const day = fc.integer({ min: 0, max: 100 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
    const events = fc.array(fc.tuple(fc.constantFrom(...EVENT_KINDS), day), { minLength: 1, maxLength: 6 });
    let earlierSeen = 0;
    fc.assert(
      fc.property(fc.constantFrom(...starts), events, (start, list) => {
        let s: { answers: Answers; data: TimelineData } = { answers: start, data: EMPTY_TIMELINE };
        list.forEach(([kind, date], n) => (s = addEvent(s.answers, s.data, { id: `e${n}`, kind, date, parties: ['school'], note: '' } as TimelineEvent)));
        const shown = items(s);
        earlierSeen += shown.filter((i) => i.from === 'earlier-answer').length;
        const dates = new Set(shown.map((i) => i.date));
        for (const e of s.data.events) expect(dates.has(e.date), e.kind).toBe(true);
        const typed = applicableAnswers(questionnaireAnswers(s.answers, s.data));
        for (const q of Object.keys(ANSWER_KIND)) {
          const v = typed[q];
          if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) expect(dates.has(v as never), `${q} ${v}`).toBe(true);
        }
        // A date from the answers never shows twice.
        const fromAnswers = shown.filter((i) => i.from !== 'timeline').map((i) => `${i.question} ${i.date}`);
        expect(new Set(fromAnswers).size).toBe(fromAnswers.length);
        expect(shown.filter((i) => i.from === 'earlier-answer').every((i) => !i.inEffect)).toBe(true);
      }),
      { numRuns: 1500, seed: 44 },
    );
    // Not blind: the stories write over typed dates often.
    expect(earlierSeen).toBeGreaterThan(100);
  });
});

import type { Answers } from '../../src/flow/answers';
import { addEvent, EMPTY_TIMELINE, type TimelineData } from '../../src/timeline/model';
import { EFFECTS, LEGAL_KINDS, PLAIN_KINDS } from '../../src/timeline/effects';
import { addDays } from '../../src/rules/calendar';

/**
 * 200 realistic timeline events, logged one by one through the model's one door (addEvent → commit),
 * as the timeline page does: mostly calls, e-mails and meetings, a legal event every fourth entry
 * (which writes answers), a recorded meeting with agreements every tenth. Dates over about a year.
 */
export function timeline200(start: Answers): { answers: Answers; data: TimelineData } {
  let answers: Answers = { ...start };
  let data = EMPTY_TIMELINE;
  for (let i = 0; i < 200; i++) {
    const date = addDays('2026-01-05', Math.floor(i * 1.6));
    const legal = i % 4 === 3;
    const kind = legal ? LEGAL_KINDS[(i >> 2) % LEGAL_KINDS.length]! : PLAIN_KINDS[i % PLAIN_KINDS.length]!;
    const meeting =
      kind === 'gesprek' && i % 10 === 1
        ? { outcome: 'afspraken' as const, agreements: [{ who: 'de intern begeleider', what: `Plan bespreken, ronde ${i}`, by: addDays(date, 14) }], next: addDays(date, 28), schoolSends: 'het verslag', present: 'ik, de leerkracht' }
        : undefined;
    const ev = {
      id: `e${i.toString(36).padStart(4, '0')}`, date, kind, parties: legal ? [...EFFECTS[kind as keyof typeof EFFECTS].parties] : ['school' as const],
      how: 'e-mail' as const, note: `Contact nummer ${i}: kort verslag van wat er gezegd is.`, ...(meeting ? { meeting } : {}),
    };
    const change = addEvent(answers, data, ev);
    answers = change.answers;
    data = change.data;
  }
  return { answers, data };
}


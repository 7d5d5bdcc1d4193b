/**
 * Session 35 (s35-langs): the answers and timeline for tests/browser/shots-s35.ts, dated from today (the browser has no
 * clock of its own to set): a TLV refusal answered 20 days ago, a bezwaar by phone 15 days ago, the TLV granted 5 days
 * ago. Prints { answers, timeline } on stdout and the plan's steps on stderr:
 *   npx tsx tests/browser/shots-s35-seed.ts > /tmp/seed.json
 */
import type { Answers } from '../../src/flow/answers';
import { buildPlan } from '../../src/rules/plan';
import { withMeetings } from '../../src/meeting/plan';
import { EFFECTS, type EventKind, type How } from '../../src/timeline/effects';
import { addDays } from '../../src/rules/calendar';
import { todayInNL } from '../../src/rules/dates';
import { isLegal, questionnaireAnswers, type TimelineEvent } from '../../src/timeline/model';
import { firstThings } from '../../src/ui/firstThings';
import { log } from '../unit/timeline-log';
import { firstUnanswered } from '../../src/flow/route';

const T = todayInNL();
const ev = (id: string, kind: EventKind, date: string, how?: How): TimelineEvent =>
  ({ id, kind, date, parties: isLegal(kind) ? [...EFFECTS[kind].parties] : ['school'], note: '', ...(how ? { how } : {}) });
const REFUSED = addDays(T, -20);
const start = { situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': REFUSED, 'tlv-eens': 'nee', 'bezwaar-ingediend': 'nee', klacht: 'nee', 'tlv-gehoord': 'ja' } as unknown as Answers;
// Story: TLV refused (answered), a bezwaar told by phone 5 days later, then the TLV granted after all on another day.
// The app shows the plan only when every asked question is answered: fill the rest as a parent might.
function fill(x: Answers): void {
  const filled = x as unknown as Record<string, unknown>;
  for (let q = firstUnanswered(x); q; q = firstUnanswered(x)) {
    const o = q.options ?? [];
    filled[q.id] = q.type === 'multi' ? [q.exclusive?.[0] ?? o[0]] : q.type === 'date' ? (q.dontKnow ? 'weet-niet' : addDays(T, -30)) : o.includes('ja') ? 'ja' : o.includes('weet-niet') ? 'weet-niet' : o[0];
    console.error('filled', q.id, JSON.stringify(filled[q.id]));
  }
}
fill(start);
const events = [ev('o1', 'bezwaar-ingediend', addDays(T, -15), 'telefoon'), ev('g1', 'tlv-toegekend', addDays(T, -5), 'brief')];
const s = log(start, events);
fill(s.answers);
const p = withMeetings(buildPlan(s.answers, T), s.data.events, questionnaireAnswers(s.answers, s.data));
console.error('today', T, 'steps', p.steps.map((x) => `${x.id}:${x.texts ?? ''}:${x.note ?? ''}:${x.deadline?.due ?? ''}`));
console.error('choice', JSON.stringify(firstThings(p).choice ? { tlv: firstThings(p).choice!.tlv, id: firstThings(p).choice!.step.id } : null));
console.log(JSON.stringify({ answers: s.answers, timeline: { version: 1, events: s.data.events, base: s.data.base } }));

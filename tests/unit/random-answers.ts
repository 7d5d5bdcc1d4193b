/**
 * One answer for a question from two random numbers, for the property hunts that walk the questionnaire (hunt-s46,
 * hunt-s47, hunt-s48, timeline-none-s44): a choice by `pick`, a date from `date(pick, more)` (each hunt its own range), and
 * for a multi-choice question either one exclusive option (one in four) or the options `more`'s bits choose (at least one).
 */
import fc from 'fast-check';
import type { Question } from '../../src/flow/questions';
import type { IsoDate } from '../../src/rules/dates';
import { EVENT_KINDS, HOWS, type EventKind, type How } from '../../src/timeline/effects';
import type { TimelineEvent } from '../../src/timeline/model';
import { addDays } from '../../src/rules/calendar';
import { ev } from './timeline-log';

export function pickAnswer(q: Question, pick: number, more: number, date: (pick: number, more: number) => string): unknown {
  if (q.type === 'date') return date(pick, more);
  if (q.type === 'choice') return q.options![pick % q.options!.length];
  const exclusive = q.exclusive ?? [];
  const free = q.options!.filter((o) => !exclusive.includes(o));
  const chosen = free.filter((_, k) => (more >> k) & 1);
  return exclusive.length && pick % 4 === 0 ? [exclusive[pick % exclusive.length]] : chosen.length ? chosen : [free[pick % free.length]];
}

/**
 * Random timelines for the property hunts (hunt-s46, hunt-s47): the legal kinds that carry a term (`CORE`), four themes of
 * kinds with the span of days they fall in, and an event drawn from them (`rawEvent`, made concrete by `toEvent`; a talk
 * may carry a meeting record with agreements).
 */
export const CORE: readonly EventKind[] = ['besluit-geweigerd', 'verwijdering-besluit', 'tlv-afgewezen', 'tlv-toegekend', 'bezwaar-ingediend', 'gpo-ingediend', 'aanmelding-ontvangen', 'aanmelding-verstuurd', 'besluit-toegelaten', 'schorsing', 'tlv-aangevraagd', 'besluit-verlengd', 'uitschrijving'];
export const THEMES: readonly { kinds: fc.Arbitrary<EventKind>; days: number }[] = [
  { kinds: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CORE) }, { weight: 2, arbitrary: fc.constantFrom(...EVENT_KINDS) }), days: 75 },
  { kinds: fc.constantFrom<EventKind>('aanmelding-ontvangen', 'aanmelding-verstuurd', 'besluit-geweigerd', 'besluit-geweigerd', 'besluit-toegelaten', 'besluit-verlengd', 'bezwaar-ingediend', 'gpo-ingediend', 'verwijdering-besluit'), days: 40 },
  { kinds: fc.constantFrom<EventKind>('verwijdering-besluit', 'verwijdering-besluit', 'schorsing', 'thuis-vanaf', 'uitschrijving', 'aanmelding-ontvangen', 'besluit-geweigerd', 'bezwaar-ingediend', 'gesprek'), days: 35 },
  { kinds: fc.constantFrom<EventKind>('tlv-aangevraagd', 'tlv-afgewezen', 'tlv-toegekend', 'bezwaar-ingediend', 'verwijdering-besluit', 'besluit-geweigerd', 'gpo-ingediend'), days: 40 },
];

export interface Raw { kind: EventKind; day: number; how: How | null; meet: { outcome: 'afspraken' | 'geen' | 'later'; by: number | null; next: number | null } | null }
export const rawEvent = (kinds: fc.Arbitrary<EventKind>, days: number): fc.Arbitrary<Raw> => fc.record({
  kind: kinds,
  day: fc.integer({ min: 0, max: days }),
  how: fc.option(fc.constantFrom(...HOWS), { nil: null, freq: 4 }),
  meet: fc.option(fc.record({ outcome: fc.constantFrom('afspraken' as const, 'geen' as const, 'later' as const), by: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), next: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }) }), { nil: null, freq: 2 }),
});

export function toEvent(x: Raw, id: string, base: IsoDate): TimelineEvent {
  const date = addDays(base, x.day);
  const e = ev(id, x.kind, date, x.how ?? undefined);
  if (x.kind !== 'gesprek' || !x.meet) return e;
  const by = x.meet.by === null ? undefined : addDays(date, x.meet.by);
  return { ...e, meeting: { outcome: x.meet.outcome, agreements: x.meet.outcome === 'afspraken' ? [{ who: 'school', what: 'het OPP aanpassen', ...(by ? { by } : {}) }] : [], ...(x.meet.next !== null ? { next: addDays(date, x.meet.next) } : {}), schoolSends: '', present: '' } };
}

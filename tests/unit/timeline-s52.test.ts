/**
 * Session 52 (s52-timeline): the parent's timeline as it is read back, and three texts around it.
 *
 * 1. "Never lose what a parent typed": an event stored with an id this version cannot use (longer than 40 characters: a
 *    newer version, a hand-edited backup, another device) was dropped without a word by sanitizeEvents
 *    (src/timeline/model.ts), which every reader uses: the device's storage (src/app/timeline-store.ts loadTimeline, the
 *    pages' timelineOf), a backup put back (src/timeline/backup.ts readBackup, mergeData) and a shared link
 *    (src/app/share.ts decode). The next change to the timeline then stored the list without it, for good.
 *
 * Plain `it`: behaviour checked and found right (each can fail). Each defect was first an `it.fails`.
 */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/app/storage';
import { loadTimeline, TIMELINE_KEY } from '../../src/app/timeline-store';
import { decode, pack } from '../../src/app/share';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { makeBackup, mergeData, readBackup } from '../../src/timeline/backup';
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

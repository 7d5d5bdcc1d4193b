/**
 * Session 54: "never lose what a parent typed", for the timeline entries this version does not read.
 *
 * sanitizeEvents (src/timeline/model.ts) reads only events with a valid date and a kind this version knows, only the first
 * 500, and cut notes at 2,000 characters. What it did not read was not only hidden: the next change to the timeline
 * (saveTimeline) and a merged backup ("Voeg samen", backup.ts replayMerged) stored the list without it, so it was gone for
 * good. That happens to a parent with two tabs after an update (the new version's tab logs a kind the old tab does not
 * know, then the old tab logs a call), and to one who puts back a backup from a newer version's device.
 *
 * Now: unreadEvents gives those entries as they are stored; saveTimeline and replayMerged write them back after the events;
 * notes are read whole up to 20,000 characters (the form takes 2,000); the timeline page says how many it does not show.
 * Each `it` below failed before (the entry was gone from the stored list, or the note was cut).
 */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/app/storage';
import { loadTimeline, saveTimeline, TIMELINE_KEY, unreadCount } from '../../src/app/timeline-store';
import { mergeData } from '../../src/timeline/backup';
import { ANSWERS_VERSION, type Answers } from '../../src/flow/answers';
import { addEvent, deleteEvent, sanitizeEvents, unreadEvents } from '../../src/timeline/model';
import { ev } from './timeline-log';

const A = { situatie: ['aanmelden'] } as unknown as Answers;
const call = { id: 'e1', date: '2026-11-03', kind: 'telefoontje', parties: ['school'], note: 'Gebeld met de directeur.' };
/** A kind a newer version logs and this one does not know. */
const future = { id: 'e2', date: '2026-11-04', kind: 'terug-naar-school', parties: ['school'], note: 'Vandaag weer naar school, 3 ochtenden.' };
/** A date a hand-edited backup broke. */
const broken = { id: 'e3', date: '4 november', kind: 'gesprek', parties: ['school'], note: 'Gesprek met de intern begeleider over het OPP.' };
const stored = (events: unknown[]) => JSON.stringify({ version: 1, events, base: {} });
const raw = (store: MemoryStore) => JSON.parse(store.getItem(TIMELINE_KEY)!) as { events: Record<string, unknown>[] };

describe('entries this version does not read', () => {
  it('are not shown, and unreadEvents gives them as they are stored (not what is no record, and each once)', () => {
    const list = [call, future, broken, null, 'tekst', { ...future }];
    expect(sanitizeEvents(list).map((e) => e.id)).toEqual(['e1']);
    expect(unreadEvents(list)).toEqual([future, broken]);
    expect(unreadCount({ version: 1, events: list })).toBe(2);
    expect(unreadCount({ version: 1, events: [call] })).toBe(0);
  });

  it('stay stored when the parent logs something new on this device', () => {
    const store = new MemoryStore();
    store.setItem(TIMELINE_KEY, stored([call, future, broken]));
    const change = addEvent(A, loadTimeline(store), ev('e4', 'telefoontje', '2026-11-20', 'telefoon'));
    expect(saveTimeline(store, change.data)).toBe(true);
    const after = raw(store).events;
    expect(after.map((e) => e['id'])).toEqual(['e1', 'e4', 'e2', 'e3']);
    expect(after.find((e) => e['id'] === 'e2')).toEqual(future);
    expect(after.find((e) => e['id'] === 'e3')).toEqual(broken);
    // Read again: the same two events shown, the two others still kept, and another change keeps them once.
    expect(loadTimeline(store).events.map((e) => e.id)).toEqual(['e1', 'e4']);
    saveTimeline(store, deleteEvent(A, loadTimeline(store), 'e1').data);
    expect(raw(store).events.map((e) => e['id'])).toEqual(['e4', 'e2', 'e3']);
  });

  it('events after the first 500 stay stored and are counted', () => {
    const many = Array.from({ length: 502 }, (_, i) => ({ ...call, id: `n${i}`, note: `Notitie ${i}` }));
    const store = new MemoryStore();
    store.setItem(TIMELINE_KEY, stored(many));
    const read = loadTimeline(store);
    expect(read.events).toHaveLength(500);
    expect(unreadCount(JSON.parse(store.getItem(TIMELINE_KEY)!))).toBe(2);
    saveTimeline(store, deleteEvent(A, read, 'n0').data);
    const ids = raw(store).events.map((e) => e['id']);
    expect(ids).toHaveLength(501);
    expect(ids).toContain('n500');
    expect(ids).toContain('n501');
    expect(ids).not.toContain('n0');
  });

  it('a note longer than the form takes is read whole, not cut at 2,000 characters', () => {
    const long = 'Wat de school zei. '.repeat(200); // 3,800 characters
    const read = sanitizeEvents([{ ...call, note: long }]);
    expect(read[0]!.note).toBe(long);
    const store = new MemoryStore();
    store.setItem(TIMELINE_KEY, stored([{ ...call, note: long }]));
    saveTimeline(store, addEvent(A, loadTimeline(store), ev('e4', 'telefoontje', '2026-11-20', 'telefoon')).data);
    expect(raw(store).events[0]!['note']).toBe(long);
  });

  it('a note over 20,000 characters: the event is kept as stored, not cut', () => {
    const huge = { ...call, id: 'e9', note: 'x'.repeat(20_001) };
    expect(sanitizeEvents([huge])).toEqual([]);
    expect(unreadEvents([huge])).toEqual([huge]);
  });

  it('"Voeg samen" with a backup keeps them, from the device and from the file', () => {
    const answers = (x: Answers) => JSON.stringify({ version: ANSWERS_VERSION, answers: x });
    const device = { 'wegwijzer.answers': answers(A), 'wegwijzer.timeline': stored([call, future]) };
    // The file has an event the device lacks, so the merge replays the events (replayMerged), and one it cannot read.
    const file = { 'wegwijzer.answers': answers(A), 'wegwijzer.timeline': stored([{ ...call, id: 'f1', date: '2026-11-10' }, broken]) };
    for (const merged of [mergeData(device, file), mergeData(file, device)]) {
      const events = (JSON.parse(merged['wegwijzer.timeline']!) as { events: Record<string, unknown>[] }).events;
      expect(events.map((e) => e['id']).sort()).toEqual(['e1', 'e2', 'e3', 'f1']);
      expect(events.find((e) => e['id'] === 'e2')).toEqual(future);
    }
  });
});

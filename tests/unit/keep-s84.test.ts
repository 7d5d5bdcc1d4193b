/**
 * Session 84: "a newer or older version: nothing is lost", for a known field whose stored value this version does not read
 * (whole). Session 83 kept the fields an older version does not know; a field it knows with a value it does not (a newer
 * version's third `until` word, a party or a way of contact added later, a meeting record's newer part) was still dropped
 * when read, and the next change to the timeline stored the event without it. Now sanitizeEvents keeps such stored values
 * beside the event (STORED_VALUES) and saveTimeline writes them back unless the parent changed that field here. The tests
 * marked "failed before" failed on main (4d794518).
 */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/app/storage';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { mergeData } from '../../src/timeline/backup';
import { loadTimeline, saveTimeline, TIMELINE_KEY } from '../../src/app/timeline-store';
import type { Answers } from '../../src/flow/answers';
import { decode, encode, type Shared } from '../../src/app/share';
import { addEvent, knownFields, sanitizeEvents, STORED_VALUES, storedEvent, updateEvent, type TimelineEvent } from '../../src/timeline/model';

const A = { situatie: ['tlv'] } as unknown as Answers;
/** A TLV grant as a newer version stores it: an `until` word this version does not know. */
const grant = { id: 'g1', date: '2026-09-01', kind: 'tlv-toegekend', parties: ['samenwerkingsverband'], note: '', until: 'tot-einde-so' };
/** A call with a party and a way of contact this version does not know, beside ones it does. */
const call = { id: 'c1', date: '2026-10-05', kind: 'telefoontje', parties: ['school', 'jeugdarts'], how: 'beeldbellen', note: 'Gebeld.' };
/** A meeting whose record has a part this version does not know. */
const meeting = { id: 'm1', date: '2026-10-12', kind: 'gesprek', parties: ['school'], note: '', meeting: { outcome: 'afspraken', agreements: [{ who: 'ib', what: 'OPP bijwerken', by: '2026-11-01', status: 'gedaan' }], schoolSends: '', present: 'ib, ouder' } };
const stored = (events: unknown[]) => JSON.stringify({ version: 1, events, base: {} });
const raw = (store: MemoryStore) => JSON.parse(store.getItem(TIMELINE_KEY)!) as { events: Record<string, unknown>[] };
const byId = (store: MemoryStore, id: string) => raw(store).events.find((e) => e['id'] === id);
/** An event as the timeline form builds it: only the fields it shows (TimelinePage EventForm). */
const asForm = (e: TimelineEvent, patch: Partial<TimelineEvent>): TimelineEvent => ({ id: e.id, date: e.date, kind: e.kind, parties: e.parties, note: e.note, ...(e.how ? { how: e.how } : {}), ...(e.until ? { until: e.until } : {}), ...patch });

describe('a known field with a stored value this version does not read', () => {
  it('is read as before: not there, or only the part this version knows', () => {
    const [g, c] = sanitizeEvents([grant, call]);
    expect(g).not.toHaveProperty('until');
    expect(c!.parties).toEqual(['school']);
    expect(c).not.toHaveProperty('how');
    expect(knownFields(g!)).toEqual({ id: 'g1', date: '2026-09-01', kind: 'tlv-toegekend', parties: ['samenwerkingsverband'], note: '' });
  });

  it('survives load, a change to another event, and save (failed before)', () => {
    const store = new MemoryStore();
    store.setItem(TIMELINE_KEY, stored([grant, call, meeting]));
    const read = loadTimeline(store);
    const added = addEvent(A, read, { id: 'n1', date: '2026-11-02', kind: 'telefoontje', parties: ['school'], note: '' });
    expect(saveTimeline(store, added.data)).toBe(true);
    expect(byId(store, 'g1')).toEqual(grant);
    expect(byId(store, 'c1')).toEqual(call);
    expect(byId(store, 'm1')).toEqual(meeting);
    // Nothing of this version's own bookkeeping is stored, and a second round trip changes nothing.
    expect(JSON.stringify(raw(store))).not.toContain(STORED_VALUES);
    const before = store.getItem(TIMELINE_KEY);
    saveTimeline(store, loadTimeline(store));
    expect(store.getItem(TIMELINE_KEY)).toBe(before);
  });

  it('survives an edit of its own event in a form that does not show it (failed before)', () => {
    const store = new MemoryStore();
    store.setItem(TIMELINE_KEY, stored([grant, call]));
    const read = loadTimeline(store);
    const g = read.events.find((e) => e.id === 'g1')!;
    saveTimeline(store, updateEvent(A, read, asForm(g, { note: 'Brief van het swv.' })).data);
    expect(byId(store, 'g1')).toEqual({ ...grant, note: 'Brief van het swv.' });
  });

  it('gives way to what the parent chose here: a field she changed is stored as she left it', () => {
    const store = new MemoryStore();
    store.setItem(TIMELINE_KEY, stored([grant, call]));
    const read = loadTimeline(store);
    const g = read.events.find((e) => e.id === 'g1')!;
    const c = read.events.find((e) => e.id === 'c1')!;
    let change = updateEvent(A, read, asForm(g, { until: '2027-08-01' }));
    change = updateEvent(change.answers, change.data, asForm(c, { parties: ['school', 'bestuur'], how: 'telefoon' }));
    saveTimeline(store, change.data);
    expect(byId(store, 'g1')!['until']).toBe('2027-08-01');
    expect(byId(store, 'c1')).toMatchObject({ parties: ['school', 'bestuur'], how: 'telefoon' });
  });

  it('a field the parent emptied here stays empty', () => {
    const [c] = sanitizeEvents([call]);
    const emptied = { ...c!, parties: [] as TimelineEvent['parties'] };
    expect(storedEvent(emptied)['parties']).toEqual([]);
    // Unchanged, the stored list comes back whole.
    expect(storedEvent(c!)['parties']).toEqual(['school', 'jeugdarts']);
  });

  it('never leaves the device in a shared link: the link carries what this version read', async () => {
    const data = { events: sanitizeEvents([grant, call]), base: {} };
    const shared = (await decode(await encode(A, { timeline: data }), '2026-12-07')) as Shared;
    const events = shared.timeline!.events;
    expect(events.map((e) => e.id)).toEqual(['g1', 'c1']);
    expect(events.find((e) => e.id === 'c1')!.parties).toEqual(['school']);
    expect(JSON.stringify(events)).not.toContain('tot-einde-so');
    expect(JSON.stringify(events)).not.toContain(STORED_VALUES);
  });
});

describe('"Voeg samen" with a backup', () => {
  it('writes the events it replays as stored, from the device and from the file (failed before the backup fix)', () => {
    const answers = JSON.stringify({ version: ANSWERS_VERSION, answers: A });
    const device = { 'wegwijzer.answers': answers, 'wegwijzer.timeline': stored([grant]) };
    // The file has events the device lacks, so the merge replays the events (replayMerged).
    const file = { 'wegwijzer.answers': answers, 'wegwijzer.timeline': stored([call, meeting]) };
    for (const merged of [mergeData(device, file), mergeData(file, device)]) {
      const text = merged['wegwijzer.timeline']!;
      const events = (JSON.parse(text) as { events: Record<string, unknown>[] }).events;
      expect(events.find((e) => e['id'] === 'g1')).toEqual(grant);
      expect(events.find((e) => e['id'] === 'c1')).toEqual(call);
      expect(events.find((e) => e['id'] === 'm1')).toEqual(meeting);
      expect(text).not.toContain(STORED_VALUES);
    }
  });
});

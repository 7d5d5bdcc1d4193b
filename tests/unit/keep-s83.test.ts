/**
 * Session 83: "never lose what a parent typed", for fields a newer version of the app stores and this one does not know.
 *
 * A timeline stays in TIMELINE_VERSION 1 when a version adds an optional field to an event (session 64's `against` on a
 * bezwaar, session 82's `until` on a TLV grant). An open tab of an older version read the event without the field, and the
 * next change it made (another event logged or edited) stored the event without it: the newer tab's field was gone. Now
 * sanitizeEvents keeps an event's unknown fields as stored (unknownFields), updateEvent keeps them when a form edits the
 * event, and saveTimeline keeps the stored object's unknown parts. The answers store already kept unknown answer keys
 * (string and list values, as a newer version's question in the same ANSWERS_VERSION has); the last test holds that.
 * The tests marked "failed before" failed on main (114c93e3).
 */
import { describe, expect, it } from 'vitest';
import { KEYS, MemoryStore, flowCodec } from '../../src/app/storage';
import { SyncedRecord } from '../../src/app/sync';
import { loadTimeline, saveTimeline, TIMELINE_KEY } from '../../src/app/timeline-store';
import { ANSWERS_VERSION, type Answers } from '../../src/flow/answers';
import { decode, encode, type Shared } from '../../src/app/share';
import { mergeData } from '../../src/timeline/backup';
import { addEvent, sanitizeEvents, sanitizeTimeline, unknownFields, unreadEvents, updateEvent, type TimelineEvent } from '../../src/timeline/model';

const A = { situatie: ['tlv'] } as unknown as Answers;
/** A TLV grant as a newer version stores it: `until` this version knows, `tot-reden` it does not. */
const grant = { id: 'g1', date: '2026-09-01', kind: 'tlv-toegekend', parties: ['samenwerkingsverband'], note: '', until: '2027-08-01', 'tot-reden': { soort: 'tijdelijk', jaren: 1 } };
/** A call with a newer version's field. */
const call = { id: 'c1', date: '2026-10-05', kind: 'telefoontje', parties: ['school'], note: 'Gebeld.', herinnering: '2026-10-12' };
const stored = (events: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ version: 1, events, base: {}, ...extra });
const raw = (store: MemoryStore) => JSON.parse(store.getItem(TIMELINE_KEY)!) as { events: Record<string, unknown>[] } & Record<string, unknown>;
/** An event as the timeline form builds it: only the fields it shows (TimelinePage EventForm). */
const asForm = (e: TimelineEvent, note: string): TimelineEvent => ({ id: e.id, date: e.date, kind: e.kind, parties: e.parties, note, ...(e.until ? { until: e.until } : {}) });

describe('an event field this version does not know', () => {
  it('survives load, an edit of another event, and save (failed before)', () => {
    const store = new MemoryStore();
    store.setItem(TIMELINE_KEY, stored([grant, call]));
    const read = loadTimeline(store);
    const change = updateEvent(A, read, asForm(read.events.find((e) => e.id === 'c1')!, 'Gebeld met de directeur.'));
    expect(saveTimeline(store, change.data)).toBe(true);
    const after = raw(store).events;
    expect(after.find((e) => e['id'] === 'g1')).toEqual(grant);
    expect(after.find((e) => e['id'] === 'c1')).toEqual({ ...call, note: 'Gebeld met de directeur.' });
  });

  it('survives an edit of its own event in a form that does not show it, and a new event logged (failed before)', () => {
    const store = new MemoryStore();
    store.setItem(TIMELINE_KEY, stored([grant, call]));
    const read = loadTimeline(store);
    const edited = updateEvent(A, read, asForm(read.events.find((e) => e.id === 'g1')!, 'Brief van het swv.'));
    const added = addEvent(edited.answers, edited.data, { id: 'n1', date: '2026-11-02', kind: 'telefoontje', parties: ['school'], note: '' });
    saveTimeline(store, added.data);
    expect(raw(store).events.find((e) => e['id'] === 'g1')).toEqual({ ...grant, note: 'Brief van het swv.' });
    // Read again (a second round trip): still there, once.
    saveTimeline(store, loadTimeline(store));
    expect(raw(store).events.filter((e) => e['id'] === 'g1')).toEqual([{ ...grant, note: 'Brief van het swv.' }]);
  });

  it('is never read: the event reads as before, only the stored copy carries it', () => {
    const [g] = sanitizeEvents([grant]);
    expect(g!.until).toBe('2027-08-01');
    expect(unknownFields(g as unknown as Record<string, unknown>)).toEqual({ 'tot-reden': { soort: 'tijdelijk', jaren: 1 } });
    // The same event without the unknown field gets the same id and fields as before session 83.
    const { 'tot-reden': _, ...plain } = grant;
    expect(sanitizeEvents([plain])).toEqual([{ id: 'g1', date: '2026-09-01', kind: 'tlv-toegekend', parties: ['samenwerkingsverband'], note: '', until: '2027-08-01' }]);
  });

  it('a known field with a value this version does not read is not read (its meaning is this version\'s; session 84 keeps the stored value: keep-s84)', () => {
    expect(sanitizeEvents([{ ...call, against: 'tlv' }])[0]).not.toHaveProperty('against');
    expect(sanitizeEvents([{ ...grant, until: 'tot-einde-so' }])[0]).not.toHaveProperty('until');
  });

  it('names an object already has are never copied (no prototype is changed)', () => {
    const list = JSON.parse(`[{"id":"p1","date":"2026-10-05","kind":"telefoontje","parties":[],"note":"","__proto__":{"polluted":true},"constructor":"x","toString":"y"}]`) as unknown[];
    const [e] = sanitizeEvents(list);
    expect(Object.keys(e!)).toEqual(['id', 'date', 'kind', 'parties', 'note']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(e)).toBe(Object.prototype);
  });

  it('too much of it: the event is kept whole as stored, not read (as a note too long, session 54)', () => {
    const big = { ...call, id: 'b1', bijlage: 'x'.repeat(20_001) };
    expect(sanitizeEvents([big, grant]).map((e) => e.id)).toEqual(['g1']);
    expect(unreadEvents([big, grant])).toEqual([big]);
  });
});

describe('"Voeg samen" with a backup', () => {
  it('keeps the unknown fields of the events it replays, from the device and from the file (failed before)', () => {
    const answers = JSON.stringify({ version: ANSWERS_VERSION, answers: A });
    const device = { 'wegwijzer.answers': answers, 'wegwijzer.timeline': stored([grant]) };
    // The file has an event the device lacks, so the merge replays the events (replayMerged).
    const file = { 'wegwijzer.answers': answers, 'wegwijzer.timeline': stored([call]) };
    for (const merged of [mergeData(device, file), mergeData(file, device)]) {
      const events = (JSON.parse(merged['wegwijzer.timeline']!) as { events: Record<string, unknown>[] }).events;
      expect(events.find((e) => e['id'] === 'g1')).toEqual(grant);
      expect(events.find((e) => e['id'] === 'c1')).toEqual(call);
    }
  });
});

describe('a shared plan\'s link', () => {
  it('carries only the fields this version knows: a newer version\'s field stays on the device, as before session 83', async () => {
    const data = sanitizeTimeline({ version: 1, events: [grant, call], base: {} });
    const shared = (await decode(await encode(A, { timeline: data }), '2026-12-07')) as Shared;
    expect(data.events.map((e) => Object.keys(unknownFields(e as unknown as Record<string, unknown>)))).toEqual([['tot-reden'], ['herinnering']]);
    expect(shared.timeline!.events.map((e) => unknownFields(e as unknown as Record<string, unknown>))).toEqual([{}, {}]);
    expect(shared.timeline!.events.find((e) => e.id === 'g1')!.until).toBe('2027-08-01');
  });
});

describe('the stored timeline object', () => {
  it('keeps its parts this version does not know; `base` is still rebuilt by the change (failed before)', () => {
    const store = new MemoryStore();
    store.setItem(TIMELINE_KEY, stored([call], { herinneringen: [{ op: '2026-12-01', wat: 'Bel het swv' }] }));
    saveTimeline(store, addEvent(A, loadTimeline(store), { id: 'n1', date: '2026-11-02', kind: 'telefoontje', parties: [], note: '' }).data);
    const after = raw(store);
    expect(after['herinneringen']).toEqual([{ op: '2026-12-01', wat: 'Bel het swv' }]);
    expect(after['version']).toBe(1);
    expect(after.events.map((e) => e['id'])).toEqual(['c1', 'n1']);
  });
});

describe('the answers store', () => {
  it('keeps an answer to a question this version does not know when another answer is saved', () => {
    const s = new MemoryStore();
    const now = Date.now();
    const answers = { situatie: ['tlv'], 'toekomst-vraag': 'ja', 'toekomst-lijst': ['a', 'b'] };
    s.setItem(KEYS.answers, JSON.stringify({ version: ANSWERS_VERSION, answers, position: 'opp', savedAt: '', stamps: { situatie: now - 10, 'toekomst-vraag': now - 10, 'toekomst-lijst': now - 10 } }));
    const rec = new SyncedRecord(s, KEYS.answers, flowCodec(() => 'opp'));
    const loaded = rec.load();
    expect(loaded).toEqual(answers);
    // The machine records an answer on top of what it holds (recordAnswer spreads the answers).
    expect(rec.write({ ...loaded, opp: 'nee' }).ok).toBe(true);
    expect((JSON.parse(s.getItem(KEYS.answers)!) as { answers: Answers }).answers).toEqual({ ...answers, opp: 'nee' });
  });
});

import type { AnswerValue, Answers } from '../flow/answers';
import { asList, asString } from '../flow/answers';
import { applicableAnswers } from '../flow/route';
import { questionById } from '../flow/questions';
import { conditions } from '../flow/conditions';
import { isIsoDate, type IsoDate } from '../rules/dates';
import { addDays, addMonths, addWeeks, daysBetween } from '../rules/calendar';
import { TERMS } from '../rules/deadlines';
import { decisionOfPick } from '../rules/letter-fields';
import { admissionExtension, extensionAfterTerm } from '../rules/admission';
import { factsFrom } from '../rules/facts';
import { sanitizeMeetingRecord, type MeetingRecord } from '../meeting/record';
import {
  ANSWER_KIND, CHASE_RULES, DATE, EFFECTS, EVENT_KINDS, HOWS, LETTER_KIND, LETTER_SETS, OBJECTION_TARGETS, PARTIES, isCorrectionRequest, isLegal, toldOnlyOrally,
  type ChaseRule, type EventKind, type How, type KindEffect, type LegalKind, type ObjectionTarget, type Party,
} from './effects';

/**
 * "Mijn tijdlijn", pure (no DOM, no storage, no clock).
 *
 * One source of truth: the ANSWERS. The plan reads answers only (buildPlan is unchanged).
 * - Logging an event with legal meaning writes its answers (effects.ts), exactly as the questionnaire
 *   would. The timeline keeps what those answers were before any event (`base`); every change replays
 *   the events in date order on top of it (`commit`), so the latest event decides and deleting an
 *   event gives back exactly what was there.
 * - A date answered in the questionnaire shows in the timeline as a derived item ("uit je antwoorden"),
 *   computed, never stored and never asked twice. Editing that item changes the answer.
 * - Changing a date in the questionnaire moves the logged event that wrote it (followAnswers).
 * - When answers and a logged event still disagree (the parent changed a choice later), the item says
 *   so (`inEffect: false`) and offers to write the event's answers again: never silently.
 */
export const TIMELINE_VERSION = 1;

export interface TimelineEvent {
  id: string;
  date: IsoDate;
  kind: EventKind;
  parties: Party[];
  how?: How;
  note: string;
  /** The letter this event is about (a letter id), for "Ik heb deze brief verstuurd". */
  letter?: string;
  /** A meeting ("gesprek") with what was agreed (src/meeting/record.ts, issue 18). */
  meeting?: MeetingRecord;
  /** Session 64: a bezwaar ("bezwaar-ingediend") against this decision, as the parent said (effects.ts OBJECTION_TARGETS). */
  against?: ObjectionTarget;
  /**
   * Session 82 (tlv82): on a granted TLV ("tlv-toegekend") only, until when it holds, as the parent said: the end date in the
   * samenwerkingsverband's decision (E12: the SWV sets the validity; E13: temporary is at least 1 year), "hele-schooltijd"
   * (for the whole school career, E13) or "weet-niet". Optional, and it writes no answer (the answers schema is unchanged):
   * an event without it (stored before session 82, or left open) reads and plans as before. The plan's reminder before the
   * end date comes from it (tlvEndSteps, src/timeline/earlier.ts). Stored in the same version (TIMELINE_VERSION 1): an older
   * version reads the event without it; versions before session 83 also left it out when they wrote the timeline, since then
   * a field a version does not know is kept (unknownFields).
   */
  until?: TlvUntil;
}

/** Session 82: the answers to "Tot wanneer geldt de TLV?" besides a date (TimelineEvent.until). */
export const TLV_UNTIL_WORDS = ['hele-schooltijd', 'weet-niet'] as const;
export type TlvUntilWord = (typeof TLV_UNTIL_WORDS)[number];
export type TlvUntil = IsoDate | TlvUntilWord;
/** A stored value of TimelineEvent.until this version reads: a real date or one of TLV_UNTIL_WORDS. */
export const isTlvUntil = (v: unknown): v is TlvUntil =>
  typeof v === 'string' && (isIsoDate(v) || (TLV_UNTIL_WORDS as readonly string[]).includes(v));

export type Events = readonly TimelineEvent[];

/**
 * Session 64 (lawyer-s64-timeline D2): the decisions the answers hold that a bezwaar can be against (a refusal that stands, a
 * removal decision, a TLV decision the parent disagrees with), in this order. The timeline form asks which one a bezwaar is
 * against only when there are two or more (each has its own 6 weeks: A21, C09, E18).
 */
export function openObjectionTargets(answers: Answers): ObjectionTarget[] {
  const open: Record<ObjectionTarget, boolean> = {
    weigering: conditions.refusalStands(answers),
    verwijdering: conditions.hasRemovalDecision(answers),
    tlv: conditions.disagreesWithTlvDecision(answers),
  };
  return OBJECTION_TARGETS.filter((t) => open[t]);
}

/**
 * Session 65 (s65-opp): the decision a bezwaar letter logged with "Ik heb deze brief verstuurd" is against, while two or more
 * decisions are open (openObjectionTargets; the timeline form would ask it then). The TLV's letter (bezwaar-tlv) is against the
 * TLV decision; the board's letter (bezwaar-weigering-verwijdering) against the decision whose line the letter shows
 * (`pick`: its pick field besluit_keuze, "1" the refusal, "2" the removal; session 64 fills it in from the plan step the letter
 * was opened from). Before, the logged letter carried no `against`: with a refusal and a removal open the plan kept both
 * bezwaar steps ("maak bezwaar") after the one letter, and the parent had to open the timeline form to say which it was.
 * Not known (the parent chooses the line herself, or one decision is open): undefined, as before.
 */
export function sentLetterTarget(letter: string, pick: string | undefined, answers: Answers): ObjectionTarget | undefined {
  const open = openObjectionTargets(answers);
  if (open.length < 2) return undefined;
  const target: ObjectionTarget | undefined =
    letter === 'bezwaar-tlv' ? 'tlv' : letter === 'bezwaar-weigering-verwijdering' ? decisionOfPick(pick) : undefined;
  return target !== undefined && open.includes(target) ? target : undefined;
}

// Session 37: isLegal and toldOnlyOrally live in effects.ts, so the letters (src/rules/letters.ts) use the same rule.
export { isLegal, toldOnlyOrally };

/**
 * Session 54: notes longer than this are not read (the event is kept as it is stored: unreadEvents). The form takes 2,000
 * characters (TimelinePage); reading more leaves room for a newer version or a hand-edited backup without cutting a note.
 */
const MAX_NOTE = 20_000;
const MAX_EVENTS = 500;
/**
 * Session 83: the fields of a stored event this version reads (TimelineEvent). Any other field (a newer version's, as session
 * 82's `until` was to session 81) is kept on the event as it is stored (unknownFields), so a change here writes it back.
 */
const EVENT_FIELD_SET: Record<keyof TimelineEvent, true> = { id: true, date: true, kind: true, parties: true, how: true, note: true, letter: true, meeting: true, against: true, until: true };
const EVENT_FIELDS: readonly string[] = Object.keys(EVENT_FIELD_SET);
/** Session 83: the unknown fields of one event are kept up to this size (as JSON); an event with more is kept unread (unreadEvents). */
const MAX_UNKNOWN = 20_000;
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const ID = /^[A-Za-z0-9_-]{1,40}$/;
const QID = /^[a-z0-9-]{1,64}$/;

function cleanValue(v: unknown): AnswerValue | null | undefined {
  if (v === null) return null;
  if (typeof v === 'string' && v.length <= 200) return v;
  if (Array.isArray(v) && v.length <= 20 && v.every((x) => typeof x === 'string' && x.length <= 64)) return [...(v as string[])];
  return undefined;
}

/**
 * Reads stored timeline data defensively: what this version reads is checked, never trusted. Session 83: an event's fields it
 * does not know are kept as stored, never read (unknownFields); the stored object's own unknown parts are kept by the store
 * (saveTimeline in src/app/timeline-store.ts).
 */
export function sanitizeTimeline(v: unknown): TimelineData {
  if (!isRecord(v)) return { events: [], base: {} };
  const base: TimelineData['base'] = {};
  if (isRecord(v['base'])) {
    for (const [k, x] of Object.entries(v['base'])) {
      const c = cleanValue(x);
      if (QID.test(k) && c !== undefined) base[k] = c;
    }
  }
  return { events: sanitizeEvents(v['events']), base };
}

/**
 * Session 84: what this version reads of a known field's stored value, per event kind; undefined when nothing. The rules
 * sanitizeEvents has always applied: parties it knows (each once), a way of contact it knows, a letter id, a bezwaar's
 * decision (session 64), a granted TLV's end (session 82), a meeting's record (issue 18).
 */
function readKnown(kind: EventKind, field: (typeof VALUE_FIELDS)[number], raw: unknown): unknown {
  switch (field) {
    case 'parties':
      return Array.isArray(raw) ? [...new Set(raw.filter((p): p is Party => (PARTIES as readonly unknown[]).includes(p)))] : [];
    case 'how':
      return typeof raw === 'string' && (HOWS as readonly string[]).includes(raw) ? raw : undefined;
    case 'letter':
      return typeof raw === 'string' && QID.test(raw) ? raw : undefined;
    // Only on a bezwaar, and only a value this version knows; an unknown one is not read (the event reads as before).
    case 'against':
      return kind === 'bezwaar-ingediend' && typeof raw === 'string' && (OBJECTION_TARGETS as readonly string[]).includes(raw) ? raw : undefined;
    // Only on a granted TLV, and only a date or a word this version knows.
    case 'until':
      return kind === 'tlv-toegekend' && isTlvUntil(raw) ? raw : undefined;
    case 'meeting':
      return kind === 'gesprek' ? sanitizeMeetingRecord(raw) : undefined;
  }
}
/**
 * Whether readKnown read a stored value whole: the same string, a list of the same entries (parties), or a record that is
 * the same as JSON (a meeting). It runs per event and field on every read of the timeline, so JSON only for records.
 */
const readWhole = (value: unknown, raw: unknown): boolean =>
  value === raw ||
  (Array.isArray(value) && Array.isArray(raw) ? value.length === raw.length && value.every((x, i) => x === raw[i]) : isRecord(raw) && JSON.stringify(value) === JSON.stringify(raw));
/** The fields of an event with a value read by readKnown (not its id, date, kind and note). */
const VALUE_FIELDS = ['parties', 'how', 'letter', 'against', 'until', 'meeting'] as const;
/** `unread` with a stored value readKnown did not read whole added under its field (a copy); the object is made when first needed. */
function notWhole(unread: Record<string, unknown> | undefined, field: (typeof VALUE_FIELDS)[number], value: unknown, raw: unknown): Record<string, unknown> | undefined {
  if (raw === undefined || readWhole(value, raw)) return unread;
  (unread ??= {})[field] = JSON.parse(JSON.stringify(raw)) as unknown;
  return unread;
}

/**
 * Session 84 ("a newer or older version: nothing is lost"): where an event keeps the stored values of its known fields that
 * this version did not read whole: a newer version's third `until` word, a party or a way of contact added later, an
 * `against` on an event kind this version does not give one. Before, they were dropped when read, and the next change to
 * the timeline stored the event without them (session 83 kept only unknown fields). Kept like an unknown field (never read,
 * carried through an edit); storedEvent puts the stored value back when the event is written, unless the parent changed
 * that field here. Never in a shared link (knownFields).
 */
export const STORED_VALUES = '~stored';

/**
 * Session 84: an event as it is written to the device: a known field the parent did not change here gets back its stored
 * value (STORED_VALUES), which this version had read only in part; a field she changed is written as she left it.
 */
export function storedEvent(ev: TimelineEvent): Record<string, unknown> {
  const { [STORED_VALUES]: kept, ...out } = ev as unknown as Record<string, unknown>;
  if (!isRecord(kept)) return out;
  for (const [field, raw] of Object.entries(kept)) {
    if (!(VALUE_FIELDS as readonly string[]).includes(field)) continue;
    const read = readKnown(ev.kind, field as (typeof VALUE_FIELDS)[number], raw);
    if (JSON.stringify(read) === JSON.stringify(out[field])) out[field] = raw;
  }
  return out;
}

/**
 * Keeps well-formed events (storage, backups and links go through here). Session 52: an event whose id this version cannot
 * use (longer than 40 characters, other characters, none: a newer version, a hand-edited backup, another device) is kept
 * under an id of its own (idAsRead), and so is a second event under an id already read that says something else (a copied
 * entry). Before, both were dropped without a word, and the next change to the timeline stored the list without them. The
 * same event twice (same id, same contents) is kept once. Not read: an event without a valid date or with a kind this
 * version does not know (it cannot be placed or read), and any after the first MAX_EVENTS; session 54: those stay stored
 * (unreadEvents).
 */
export function sanitizeEvents(v: unknown): TimelineEvent[] {
  if (!Array.isArray(v)) return [];
  const all = v.slice(0, MAX_EVENTS);
  const list = all.filter(readable);
  // Ids this version uses as they are (also those of the entries it does not read): an id made for another event never takes one of them.
  const taken = new Set(all.flatMap((e) => (isRecord(e) && typeof e['id'] === 'string' && ID.test(e['id']) ? [e['id']] : [])));
  const out: TimelineEvent[] = [];
  /** The events read so far, by id: their contents, to tell the same event twice from another one. */
  const read = new Map<string, string>();
  for (const e of list) {
    const { id, date, kind, note } = e;
    const k = kind as EventKind;
    const ev: TimelineEvent = { id: '', date: date as IsoDate, kind: k, parties: readKnown(k, 'parties', e['parties']) as Party[], note: typeof note === 'string' ? note : '' };
    /** Session 84: known fields whose stored value this version reads only in part or not at all, as stored (storedValues). */
    let unread = notWhole(undefined, 'parties', ev.parties, e['parties']);
    // One named store per field, in session 82's order (the order is the event's JSON, so its id): this runs per event on
    // every read of the timeline, and a loop over the field names with keyed stores made it a third slower (session 85).
    const how = readKnown(k, 'how', e['how']);
    if (how !== undefined) ev.how = how as How;
    unread = notWhole(unread, 'how', how, e['how']);
    const letter = readKnown(k, 'letter', e['letter']);
    if (letter !== undefined) ev.letter = letter as string;
    unread = notWhole(unread, 'letter', letter, e['letter']);
    const against = readKnown(k, 'against', e['against']);
    if (against !== undefined) ev.against = against as ObjectionTarget;
    unread = notWhole(unread, 'against', against, e['against']);
    const until = readKnown(k, 'until', e['until']);
    if (until !== undefined) ev.until = until as TimelineEvent['until'];
    unread = notWhole(unread, 'until', until, e['until']);
    const meeting = readKnown(k, 'meeting', e['meeting']);
    if (meeting !== undefined) ev.meeting = meeting as TimelineEvent['meeting'];
    unread = notWhole(unread, 'meeting', meeting, e['meeting']);
    // Session 83: fields this version does not know, kept as stored (after the known ones, so an event without them reads,
    // and gets its id, as before). They are never read here; every write of the event (storage, backup, link) carries them.
    if (hasUnknownField(e)) Object.assign(ev, unknownFields(e));
    if (unread) (ev as unknown as Record<string, unknown>)[STORED_VALUES] = { ...(ev as unknown as Record<string, Record<string, unknown> | undefined>)[STORED_VALUES], ...unread };
    const contents = JSON.stringify(ev);
    const wanted = idAsRead(id) ?? idFrom(contents);
    if (read.get(wanted) === contents) continue;
    let own = wanted;
    if (read.has(own) || (own !== id && taken.has(own))) {
      for (let n = 1; taken.has(own) || read.has(own); n++) own = `${wanted.slice(0, 36)}-${n}`;
    }
    taken.add(own);
    read.set(own, contents);
    out.push({ ...ev, id: own });
  }
  return out;
}

/**
 * Session 83: the event with only the fields this version knows (not unknownFields): for what leaves the device other than a
 * backup (a shared plan's link), which carries only what this version can say it holds, as before session 83.
 */
export const knownFields = (ev: TimelineEvent): TimelineEvent => Object.fromEntries(Object.entries(ev).filter(([k]) => EVENT_FIELDS.includes(k))) as unknown as TimelineEvent;

/**
 * An event this version can read and show: a record with a valid date, a kind it knows, a note it takes whole and (session 83)
 * unknown fields it can keep whole.
 */
const readable = (e: unknown): e is Record<string, unknown> =>
  isRecord(e) &&
  typeof e['date'] === 'string' && isIsoDate(e['date']) &&
  typeof e['kind'] === 'string' && (EVENT_KINDS as readonly string[]).includes(e['kind']) &&
  !(typeof e['note'] === 'string' && e['note'].length > MAX_NOTE) &&
  (!hasUnknownField(e) || JSON.stringify(unknownFields(e)).length <= MAX_UNKNOWN);

/** Whether a stored event has a field unknownFields keeps. Most have none, and then no copy is made (session 85: on every read of the timeline). */
function hasUnknownField(e: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(e);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (EVENT_FIELD_SET[k as keyof TimelineEvent] !== true && !(k in Object.prototype) && e[k] !== undefined) return true;
  }
  return false;
}

/**
 * Session 83 ("never lose what a parent typed"): the fields of a stored event that this version does not know, as they are
 * stored (a copy). Before, sanitizeEvents dropped them, and the next change to the timeline in an open tab of an older
 * version stored the event without them (session 82's `until` on a TLV grant, session 64's `against` on a bezwaar). A name
 * an object already has (`__proto__`, `constructor`, `toString`) is no field of an event and is left out.
 */
export function unknownFields(e: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    if (Object.hasOwn(EVENT_FIELD_SET, k) || k in Object.prototype || v === undefined) continue;
    out[k] = JSON.parse(JSON.stringify(v)) as unknown;
  }
  return out;
}

/**
 * Session 54: the stored entries sanitizeEvents does not read, as they are stored: an event without a valid date, of a kind
 * this version does not know (a newer version in another tab, a restored backup of a newer version), with a longer note
 * than it reads, or after the first MAX_EVENTS (anything that is no record holds nothing and is left out; the same entry twice is kept once). Every write of the timeline keeps them after the events it writes
 * (saveTimeline, backup.ts mergeData), so the next change no longer drops them without a word; the timeline page counts
 * them. Before, they were dropped when read, and the next change stored the list without them.
 */
export function unreadEvents(v: unknown): unknown[] {
  if (!Array.isArray(v)) return [];
  const seen = new Set<string>();
  return [...v.slice(0, MAX_EVENTS).filter((e) => isRecord(e) && !readable(e)), ...v.slice(MAX_EVENTS).filter(isRecord)].filter((e) => {
    const text = JSON.stringify(e);
    return !seen.has(text) && !!seen.add(text);
  });
}

/** FNV-1a over the string's UTF-16 units, in base 36: the same text gives the same id on every read. */
const idFrom = (text: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `r${h.toString(36)}`;
};

/**
 * The id an event stored under `id` is read with (sanitizeEvents), before it meets the others: the id itself when this
 * version can use it, else one made from it (always the same), so that an edit or a delete finds the event again on the
 * next read. Undefined when `id` is no text. mergeData (backup.ts) uses it to know an event of the file it already has.
 */
export function idAsRead(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  return ID.test(id) ? id : idFrom(id);
}

const same = (a: AnswerValue | null | undefined, b: AnswerValue | null | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The rules an event's answers are written by: the current ones, or those of older versions, so that upgradeStored can
 * tell what an older version wrote from what the parent changed herself:
 * - `before-s56`, sessions 48-55 (fromS56 below);
 * - `before-s48`, session 47 (fromS48 below);
 * - `before-s47`, session 46 (fromS47 below);
 * - `before-s46`, sessions 45 and before (fromS46 below);
 * - `before-s45`, sessions 43-44: an extension logged after the admission's 6 weeks had ended counted as given (lateExtension);
 * - `before-s43`, sessions 38-42: a registration logged after an admission did not reopen the decision when the answers
 *   held a refusal's day (EFFECTS reopens afterRefusal), nor after an admission answered in the questionnaire (reopens date);
 * - `before-s38`, sessions 36-37: it never reopened the decision, and an extension logged on a day before a registration
 *   was carried over to it when no earlier registration day was held (leftBehind).
 */
type Rules = 'current' | 'before-s75' | 'before-s56' | 'before-s48' | 'before-s47' | 'before-s46' | 'before-s45' | 'before-s43' | 'before-s38';
const OLDER_RULES: readonly Rules[] = ['before-s75', 'before-s56', 'before-s48', 'before-s47', 'before-s46', 'before-s45', 'before-s43', 'before-s38'];
/** The rule sets from oldest to newest: `fromS43` and the others below are "this set or a newer one". */
const RULES_ORDER: readonly Rules[] = ['before-s38', 'before-s43', 'before-s45', 'before-s46', 'before-s47', 'before-s48', 'before-s56', 'before-s75', 'current'];
const atLeast = (rules: Rules, since: Rules) => RULES_ORDER.indexOf(rules) >= RULES_ORDER.indexOf(since);
/** The rules from session 43 on (`before-s45` is `before-s46` without lateExtension). */
const fromS43 = (rules: Rules) => atLeast(rules, 'before-s45');
/** The rules from session 45 on: an extension logged after the admission's 6 weeks had ended counts as "weet ik niet" (lateExtension). */
const fromS45 = (rules: Rules) => atLeast(rules, 'before-s46');
/**
 * `before-s46`, sessions 45 and before: a suspension logged on the answered removal's own day was history (EFFECTS schorsing
 * overtakenBy sameDay), and an admission logged as told by phone or in a talk counted as written (EFFECTS besluit-toegelaten
 * had no `oral`).
 */
const fromS46 = (rules: Rules) => atLeast(rules, 'before-s47');
/**
 * `before-s47`, session 46: a refusal by phone wrote over an admission on paper (EFFECTS besluit-geweigerd spokenKeeps), a
 * removal decision told in a talk counted as written (EFFECTS verwijdering-besluit oralHows), and a removal letter logged
 * after the answered one, with no registration since, wrote its date over it (EFFECTS verwijdering-besluit overtakenBy since).
 */
const fromS47 = (rules: Rules) => atLeast(rules, 'before-s48');
/**
 * `before-s48`, session 47: an extension logged while the parent is registered at more schools and an earlier school's own
 * 6 weeks still ran counted for the latest registration (ambiguousExtension).
 */
const fromS48 = (rules: Rules) => atLeast(rules, 'before-s56');
/**
 * `before-s56`, sessions 48-55: a request to correct the dossier (the letter "Vraag om correctie van het dossier" logged as
 * sent) wrote "dossier-gezien: nee" as an inzage request does (EFFECTS dossier-gevraagd; LETTER_SETS, lawyer-s56-fresh D2).
 */
const fromS56 = (rules: Rules) => atLeast(rules, 'before-s75');
/**
 * `before-s75`, sessions 56-74: a registration logged on a later day than the one the answers hold took back only a written
 * confirmation an earlier event wrote (EFFECTS confirms), not a "ja" answered in the questionnaire (confirmationLeftBehind).
 */
const fromS75 = (rules: Rules) => atLeast(rules, 'current');
const OLDER_KINDS: readonly string[] = ['schorsing', 'besluit-toegelaten', 'besluit-geweigerd', 'verwijdering-besluit'];
/** Told only orally by these rules (toldOnlyOrally): before session 47 a removal told in a talk was written. */
const oralBy = (ev: Pick<TimelineEvent, 'kind' | 'how'> & { letter?: string | undefined }, rules: Rules): boolean =>
  toldOnlyOrally(ev) && (fromS47(rules) || !(ev.kind === 'verwijdering-besluit' && ev.how === 'gesprek'));
/** Sessions 38-42: a registration never reopened the decision while the answers held a refusal's day. */
const BEFORE_S43_UNLESS = 'weigering-datum';

/** The answers an event writes, given the answers now (for the situation list). Plain kinds: none. */
export function effectsOf(ev: Pick<TimelineEvent, 'kind' | 'date' | 'how' | 'letter'>, answers: Answers, before?: readonly TimelineEvent[], rules: Rules = 'current'): Record<string, AnswerValue> {
  if (!isLegal(ev.kind)) return {};
  const e = EFFECTS[ev.kind];
  const out: Record<string, AnswerValue> = {};
  if (e.situation) {
    const now = asList(answers['situatie']).filter((s) => s !== 'lezen');
    out['situatie'] = now.includes(e.situation) ? [...asList(answers['situatie'])] : [...now, e.situation];
  }
  if (overtaken(ev, answers, rules) || keptFrom(ev, answers, rules)) return out;
  for (const [q, v] of Object.entries(setsOf(ev, rules))) out[q] = v === DATE ? ev.date : v;
  // A call is no step of the story: it implies nothing (session 35: a registration by phone is not "waiting for a decision").
  if (!toldOnlyOrally(ev)) for (const [q, v] of Object.entries(e.defaults ?? {})) if (answers[q] === undefined) out[q] = v;
  if (e.newTerm && before && leftBehind(e.newTerm, ev, out, answers, before, rules)) out[e.newTerm.answer] = e.newTerm.becomes;
  if (e.settles && e.settles.was.includes(asString(answers[e.settles.answer]) ?? '')) out[e.settles.answer] = e.settles.becomes;
  if (e.confirms && before && confirmationLeftBehind(e.confirms, ev, out, answers, before, rules, e.newTerm?.sameAs ?? [])) out[e.confirms.answer] = e.confirms.no;
  if (ev.kind === 'besluit-verlengd' && fromS45(rules) && lateExtension(ev.date, answers)) out['aanmelding-verlengd'] = 'weet-niet';
  if (ev.kind === 'besluit-verlengd' && fromS48(rules) && before && ambiguousExtension(ev.date, answers, before)) out['aanmelding-verlengd'] = 'weet-niet';
  if (e.reopens && before && rules !== 'before-s38' && !toldOnlyOrally(ev) && reopened(e.reopens, ev, answers, before, rules)) {
    if (fromS43(rules)) out[e.reopens.answer] = conditions.refusedThenAdmittedElsewhere(answers) ? e.reopens.afterRefusal : e.reopens.becomes;
    else if (answers[BEFORE_S43_UNLESS] === undefined) out[e.reopens.answer] = e.reopens.becomes;
  }
  return out;
}

/**
 * Session 45 (s035-verlenging-na-zes-weken): the school may extend its 6 weeks for the admission decision once, by at most 4
 * (A05; 001:119, 002:744-746): "deze termijn", a term that still runs. An extension told after the 6 weeks from the receipt
 * the answers hold had ended is not counted as given: the answer becomes "weet ik niet", so the plan says the 6 weeks have
 * passed and that the school may say it has until the 10-week day (its step's note says why: lateExtensionNotes in
 * src/timeline/earlier.ts), and the timeline's "te laat?" counts the same (admissionExtended). Before, the plan showed the
 * 10-week day as certain and said nothing of the late letter. Whether such a late extension holds is not in the sources.
 */
export function lateExtension(date: IsoDate, answers: Answers): boolean {
  const receipt = asString(answers['aanmelding-datum']);
  return receipt !== undefined && isIsoDate(receipt) && extensionAfterTerm(date, receipt);
}

/**
 * Session 48 (s044-ties-verlengbrief-na-tweede-aanmelding): registered at more schools (meer-scholen: ja), an extension
 * logged while an earlier registration at another school (undecided on paper since) was still within its own 6 weeks: the
 * timeline cannot tell which school wrote it. Each school decides within 6 weeks of its own receipt and may extend once by
 * at most 4 weeks if it tells the parent (A04, A05; 001:119, 002:744-746). Before, the extension counted for the latest
 * registration: its school got 10 weeks as certain (4 weeks it may never have taken) and the earlier school's extended day
 * was on no screen. Now the answer becomes "weet ik niet": 6 weeks, then maybe until the 10-week day, for either school
 * (the steps say why: ambiguousExtensionNotes and earlierRegistrationSteps in src/timeline/earlier.ts).
 */
export function ambiguousExtension(date: IsoDate, answers: Answers, before: Events): boolean {
  return asString(answers['meer-scholen']) === 'ja' && otherRegistrationsOpenAt(date, asString(answers['aanmelding-datum']), before).length > 0;
}

/**
 * The written registrations other than the one that starts on `own`, earlier than it, still within their own 6 weeks on
 * `date`, with no decision on paper logged from their start up to `date`.
 */
export function otherRegistrationsOpenAt(date: IsoDate, own: string | undefined, events: Events): Registration[] {
  if (own === undefined || !isIsoDate(own)) return [];
  const written = events.filter((e) => REGISTRATION_KINDS.includes(e.kind) && !toldOnlyOrally(e) && !spokenReceipt(e));
  const decided = writtenDecisionDays(events);
  const extended = events.filter((e) => e.kind === 'besluit-verlengd' && !toldOnlyOrally(e)).map((e) => e.date);
  const registrations = registrationsOf(written);
  // lawyer-s48-changes: a school extends once (A05). An extension logged before `date`, within its 6 weeks, with no other
  // registration started in between, was that school's: it is not open to a second one.
  const extendedBefore = (r: Registration) =>
    extended.some((x) => x >= r.start && x < date && !extensionAfterTerm(x, r.start) && !registrations.some((o) => o.start > r.start && o.start <= x));
  return registrations.filter(
    (r) => r.start < own && r.sent !== own && r.start <= date && !extensionAfterTerm(date, r.start) && !decided.some((x) => x >= r.start && x <= date) && !extendedBefore(r),
  );
}

export const REGISTRATION_KINDS: readonly string[] = ['aanmelding-ontvangen', 'aanmelding-verstuurd'];
/** The days of the admission decisions on paper (a refusal or an admission, not told only by phone or in a talk), in the events' order. */
export const writtenDecisionDays = (events: Events): IsoDate[] =>
  inOrder(events).filter((e) => (e.kind === 'besluit-geweigerd' || e.kind === 'besluit-toegelaten') && !toldOnlyOrally(e)).map((e) => e.date);
export interface Registration {
  /** The day its term counts from: received, else sent. */
  start: IsoDate;
  sent?: IsoDate;
  received?: IsoDate;
}

/**
 * The registrations in written registration events, in time order (session 47, lawyer-s47-changes D3): a receipt logged
 * after a registration sent (and before the next one sent) is that registration's, so that one letter logged as sent and
 * as received counts once. Each counts from its receipt, else from the day sent (`start`).
 */
export function registrationsOf(written: Events): Registration[] {
  const registrations: { sent?: IsoDate; received?: IsoDate }[] = [];
  for (const e of inOrder(written)) {
    const last = registrations[registrations.length - 1];
    if (e.kind === 'aanmelding-verstuurd') {
      if (!last || last.sent !== e.date) registrations.push({ sent: e.date });
    } else if (last && last.received === undefined && last.sent !== undefined) last.received = e.date;
    else if (!last || last.received !== e.date) registrations.push({ received: e.date });
  }
  return registrations.map((r) => ({ ...r, start: (r.received ?? r.sent)! })).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** The last of the events replayed before this one that writes `answer` (its sets), if any. */
const lastWriterOf = (answer: string, before: readonly TimelineEvent[]): TimelineEvent | undefined =>
  before.filter((b) => isLegal(b.kind) && answer in setsOf(b)).at(-1);

/**
 * Session 38 (EFFECTS reopens): the answer was written last by a decision event dated before this event. Session 43: or it
 * was answered in the questionnaire (no event wrote it) for a registration whose day (`date`, the day the school received
 * it) the answers hold and is before this event's day: this event is another registration (the rules before: never).
 */
function reopened(r: NonNullable<KindEffect['reopens']>, ev: Pick<TimelineEvent, 'date'>, answers: Answers, before: readonly TimelineEvent[], rules: Rules): boolean {
  if (asString(answers[r.answer]) !== r.was) return false;
  // Session 47: a call is no decision; since a refusal by phone writes nothing over an admission on paper (EFFECTS
  // besluit-geweigerd spokenKeeps), the admission is the answer's writer, and a registration after it reopens it.
  const writer = lastWriterOf(r.answer, fromS47(rules) ? before.filter((b) => !oralBy(b, rules)) : before);
  if (writer !== undefined) return (r.by as readonly string[]).includes(writer.kind) && writer.date < ev.date;
  const day = asString(answers[r.date]);
  return fromS43(rules) && day !== undefined && isIsoDate(day) && day < ev.date;
}

/**
 * Session 36 (EFFECTS newTerm): this event writes its own day over an earlier one, and the answer about the earlier term
 * (the school's extension) would carry over to it. `before`: the events replayed before this one, in order.
 */
function leftBehind(t: NonNullable<KindEffect['newTerm']>, ev: Pick<TimelineEvent, 'date'>, out: Record<string, AnswerValue>, answers: Answers, before: readonly TimelineEvent[], rules: Rules): boolean {
  const earlier = asString(answers[t.date]);
  if (out[t.date] !== ev.date || asString(answers[t.answer]) !== t.was) return false;
  if (earlier === undefined || !isIsoDate(earlier)) {
    if (rules === 'before-s38') return false;
    // Session 38: no day of an earlier registration, but the answer was logged ("Besluit verlengd") on a day before this
    // one: it was not given for this registration. lateFlags already counted 6 weeks here (answerFor: a writer dated before
    // the start does not count), while the plan kept 10 as certain. An answer from the questionnaire (no writer) holds.
    const writer = lastWriterOf(t.answer, before);
    return writer !== undefined && writer.date < ev.date;
  }
  if (earlier >= ev.date) return false;
  // The same registration: the event that wrote the earlier day is of a sameAs kind, and nothing wrote the answer since.
  let at = before.length - 1;
  while (at >= 0 && !(isLegal(before[at]!.kind) && setsOf(before[at]!)[t.date] === DATE && before[at]!.date === earlier)) at--;
  if (at < 0 || !t.sameAs.includes(before[at]!.kind as LegalKind)) return true;
  return before.slice(at + 1).some((b) => isLegal(b.kind) && t.answer in setsOf(b));
}

/**
 * The answers hold a later step of the same story than this event (EFFECTS[kind].overtakenBy): a decision dated after
 * it. Then the event is history and writes nothing over that step (session 25: logging the TLV application of 1 March
 * after answering "refused on 10 April" took the decision and its bezwaar out of the plan and the timeline).
 */
function overtaken(ev: Pick<TimelineEvent, 'kind' | 'date' | 'how'>, answers: Answers, rules: Rules = 'current'): boolean {
  if (!isLegal(ev.kind)) return false;
  // Older rules (before-s46): a suspension on the answered removal's own day was history too.
  if (!fromS46(rules) && ev.kind === 'schorsing' && conditions.isRemoved(answers) && asString(answers['verwijdering-datum']) === ev.date) return true;
  return (EFFECTS[ev.kind].overtakenBy ?? []).some((o) => {
    if (o.oralOnly && !oralBy(ev, rules)) return false;
    if (o.since === 's47' && !fromS47(rules)) return false;
    const later = asString(answers[o.date]);
    if (later === undefined || !isIsoDate(later) || !conditions[o.condition](answers)) return false;
    if (later > ev.date || (o.sameDay === true && later === ev.date)) return true;
    // Session 28: an earlier decision, with no registration dated after it (EFFECTS besluit-geweigerd; session 30 verwijdering-besluit).
    if (o.earlierUnlessAfter === undefined || later === ev.date) return false;
    if (o.withinDays !== undefined && ev.date > addDays(later, o.withinDays)) return false;
    // A registration date "weet ik niet": a new registration cannot be ruled out, so the call writes as before.
    // Session 47: nor one dated after this event (answered, or read back from the answers a later event wrote): only a
    // registration (or, alsoUnlessAfter, a bezwaar or a request to the commission) between the decision and this event
    // makes this event news.
    return [o.earlierUnlessAfter, ...(o.alsoUnlessAfter ?? [])].every((q) => {
      const since = asString(answers[q]);
      return since === undefined || (isIsoDate(since) && (since <= later || (fromS47(rules) && since > ev.date)));
    });
  });
}

/** Session 35: told in a call or a talk, the event writes nothing over these answers (EFFECTS spokenKeeps). */
function keptFrom(ev: Pick<TimelineEvent, 'kind' | 'how'> & { letter?: string | undefined }, answers: Answers, rules: Rules = 'current'): boolean {
  if (!isLegal(ev.kind) || ev.how === undefined || ev.letter !== undefined) return false;
  if (!fromS47(rules) && ev.kind === 'besluit-geweigerd') return false;
  const k = EFFECTS[ev.kind].spokenKeeps;
  if (!k || !k.hows.includes(ev.how)) return false;
  return Object.entries(k.answers).some(([q, vals]) => vals.includes(asString(answers[q]) ?? ''));
}

/** A receipt of a registration told in a call or a talk (EFFECTS aanmelding-ontvangen spokenKeeps): it keeps its clock. */
export const spokenReceipt = (ev: Pick<TimelineEvent, 'kind' | 'how'> & { letter?: string | undefined }): boolean =>
  ev.kind === 'aanmelding-ontvangen' && ev.how !== undefined && ev.letter === undefined && (EFFECTS['aanmelding-ontvangen'].spokenKeeps?.hows ?? []).includes(ev.how);

/**
 * The answers an event always writes: its kind's `sets`, or its `oral` ones for a decision told by phone. Session 56: an
 * event logged from a sent letter that writes answers of its own (LETTER_SETS: the request to correct the dossier), those.
 */
export function setsOf(ev: Pick<TimelineEvent, 'kind' | 'how' | 'letter'>, rules: Rules = 'current'): Readonly<Record<string, string>> {
  if (!isLegal(ev.kind)) return {};
  const own = letterSets(ev);
  if (own && fromS56(rules)) return own;
  const e = EFFECTS[ev.kind];
  // Older rules (before-s46): an admission by phone or in a talk wrote what a written one writes.
  if (!fromS46(rules) && ev.kind === 'besluit-toegelaten') return e.sets;
  if (oralBy(ev, rules) && e.oral) return e.oral;
  return confirmsInWriting(ev) ? { ...e.sets, [e.confirms!.answer]: e.confirms!.yes } : e.sets;
}

/**
 * Session 74 (s74-receipt, EFFECTS confirms): logged as a letter or an e-mail (not from a letter the parent sent), the event
 * is the school's written confirmation. The same in every rule set: no older version wrote the answer, so older rules have
 * nothing different to tell apart (Rules); data stored before it lacks the answer in `base` (upgradeStored writes it).
 */
const confirmsInWriting = (ev: Pick<TimelineEvent, 'kind' | 'how' | 'letter'>): boolean => {
  const c = isLegal(ev.kind) ? EFFECTS[ev.kind].confirms : undefined;
  return c !== undefined && ev.how !== undefined && ev.letter === undefined && c.hows.includes(ev.how);
};

/**
 * Session 74 (EFFECTS confirms): this event writes its own registration day over an earlier one, and the answer "confirmed"
 * was written by an event dated before it (a receipt confirmed in writing for that earlier registration): the
 * confirmation does not hold for this registration (A04: its own 6 weeks from its own receipt).
 * Session 75 (s75-answers, 2): the same for a "ja" answered in the questionnaire (no event wrote it) for the registration
 * whose day the answers hold, when that day is before this event's: this event is another registration (a next school,
 * or sent again), as newTerm reads it for the school's extension (leftBehind). Not the same registration told again: the
 * event that wrote that earlier day is of a `sameAs` kind (the receipt of the registration logged as sent). With no day
 * held, or the same day, the "ja" stays. Before, a parent who answered "ja" for school A and logged a registration at
 * school B was never asked for B's written confirmation (A01, A04, FP01: the day of receipt on paper is her proof).
 * Older rules (before-s75) kept the questionnaire's "ja" (upgradeStored writes the current answer once).
 */
function confirmationLeftBehind(c: NonNullable<KindEffect['confirms']>, ev: Pick<TimelineEvent, 'date'>, out: Record<string, AnswerValue>, answers: Answers, before: readonly TimelineEvent[], rules: Rules, sameAs: readonly LegalKind[]): boolean {
  if (c.answer in out || out[c.date] !== ev.date || asString(answers[c.answer]) !== c.yes) return false;
  const writer = lastWriterOf(c.answer, before);
  if (writer !== undefined) return writer.date < ev.date;
  if (!fromS75(rules)) return false;
  const earlier = asString(answers[c.date]);
  if (earlier === undefined || !isIsoDate(earlier) || earlier >= ev.date) return false;
  const dayWriter = [...before].reverse().find((b) => isLegal(b.kind) && setsOf(b, rules)[c.date] === DATE && b.date === earlier);
  return dayWriter === undefined || !sameAs.includes(dayWriter.kind as LegalKind);
}

/** LETTER_SETS for an event logged from that letter, as the letter's own kind (LETTER_KIND). */
const letterSets = (ev: Pick<TimelineEvent, 'kind' | 'letter'>): Readonly<Record<string, string>> | undefined =>
  ev.letter !== undefined && LETTER_KIND[ev.letter]?.kind === ev.kind ? LETTER_SETS[ev.letter] : undefined;

/** The answers an event always writes, and those it may write over (EFFECTS newTerm, session 36; reopens, session 38). */
export const writtenBy = (ev: Pick<TimelineEvent, 'kind' | 'how' | 'letter'>): string[] => {
  if (!isLegal(ev.kind)) return [];
  const e = EFFECTS[ev.kind];
  return [...Object.keys(setsOf(ev)), ...(e.newTerm ? [e.newTerm.answer] : []), ...(e.reopens ? [e.reopens.answer] : []), ...(e.settles ? [e.settles.answer] : []), ...(e.confirms && !confirmsInWriting(ev) ? [e.confirms.answer] : [])];
};

/** The events replayed before the i-th, for an event that may start a new term (EFFECTS newTerm, reopens); others need none. */
const replayedBefore = (ordered: readonly TimelineEvent[], i: number): readonly TimelineEvent[] | undefined =>
  isLegal(ordered[i]!.kind) && (EFFECTS[ordered[i]!.kind as LegalKind].newTerm || EFFECTS[ordered[i]!.kind as LegalKind].reopens || ordered[i]!.kind === 'besluit-verlengd')
    ? ordered.slice(0, i) // session 48: an extension asks which registrations it may belong to (ambiguousExtension)
    : undefined;

/** Every answer a kind can write (its sets, and "situatie" when it has a situation). */
export function keysOf(kind: EventKind): string[] {
  if (!isLegal(kind)) return [];
  const e = EFFECTS[kind];
  return [...(e.situation ? ['situatie'] : []), ...Object.keys(e.sets), ...Object.keys(e.defaults ?? {}), ...(e.newTerm ? [e.newTerm.answer] : []), ...(e.settles ? [e.settles.answer] : []), ...(e.confirms ? [e.confirms.answer] : [])];
}

/**
 * Session 55 (lawyer-s55-timeline D1): answers that write no day of their own. On the day of the request or complaint they
 * answer they come after it, however they were logged: a dossier received (or the committee's answer) logged before the
 * request of the same day wrote "gezien: ja" (or "beantwoord") first, and the request wrote "nee" (or "ingediend") over
 * it, so the plan chased an answered term while the timeline's "te laat?" (lateFlags: an answer on or after the start
 * answers it) did not. Nothing else writes their answers, so no other order changes.
 */
const LAST_OF_DAY: readonly string[] = ['dossier-ontvangen', 'klacht-reactie'];
const lastOfDay = (e: TimelineEvent): number => (LAST_OF_DAY.includes(e.kind) ? 1 : 0);

/** Events in the order they write: by date, then in the order they were logged (LAST_OF_DAY after the others of a day). */
export function inOrder(events: Events): TimelineEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => (x.e.date < y.e.date ? -1 : x.e.date > y.e.date ? 1 : lastOfDay(x.e) - lastOfDay(y.e) || x.i - y.i))
    .map((x) => x.e);
}

/** The answers after these events, starting from `start`. The latest event decides. */
export function replay(start: Answers, events: Events, rules: Rules = 'current'): Answers {
  let a: Answers = start;
  const ordered = inOrder(events);
  ordered.forEach((e, i) => {
    const eff = effectsOf(e, a, replayedBefore(ordered, i), rules);
    if (Object.keys(eff).length) a = { ...a, ...eff };
  });
  return a;
}

/**
 * Session 36: the registration event that made the school's extension "weet ik niet" (EFFECTS newTerm) and is still the
 * last to write it, replaying `events` on `start` (the questionnaire's answers): undefined when none, or when a later event
 * wrote the extension again ("Besluit verlengd" for the new registration).
 */
export function extensionLeftBehindBy(start: Answers, events: Events): TimelineEvent | undefined {
  let a: Answers = start;
  let by: TimelineEvent | undefined;
  const ordered = inOrder(events);
  ordered.forEach((e, i) => {
    const eff = effectsOf(e, a, replayedBefore(ordered, i));
    const t = isLegal(e.kind) ? EFFECTS[e.kind].newTerm : undefined;
    if (t && eff[t.answer] === t.becomes) by = e;
    else if (by && EFFECTS[by.kind as LegalKind].newTerm!.answer in eff) by = undefined;
    if (Object.keys(eff).length) a = { ...a, ...eff };
  });
  return by;
}

/**
 * What the timeline keeps: the events, and `base`: for every answer an event writes, the value it had
 * before any event wrote it (null: no answer). Deleting every event gives exactly `base` back.
 */
export interface TimelineData {
  events: TimelineEvent[];
  base: Record<string, AnswerValue | null>;
}
export const EMPTY_TIMELINE: TimelineData = { events: [], base: {} };

export interface Change {
  answers: Answers;
  data: TimelineData;
}

const withBase = (answers: Answers, base: TimelineData['base']): Record<string, AnswerValue> => {
  const out: Record<string, AnswerValue> = { ...answers };
  for (const [q, v] of Object.entries(base)) {
    if (v === null) delete out[q];
    else out[q] = v;
  }
  return out;
};

/** The questionnaire's answers: the answers before the timeline's events wrote over them (session 32, src/timeline/earlier.ts). */
export const questionnaireAnswers = (answers: Answers, data: Pick<TimelineData, 'base'>): Answers => withBase(answers, data.base) as Answers;

/**
 * The one door for every change: the answers become the base plus the events replayed in order.
 * An answer the parent changed in the questionnaire after an event wrote it stays the parent's
 * (their latest word), unless this change is about an event that writes it (`touched`).
 */
export function commit(answers: Answers, old: TimelineData, events: TimelineEvent[], touched: ReadonlySet<string> = new Set(), writtenByOlder: ReadonlySet<string> = new Set()): Change {
  const oldStart = withBase(answers, old.base);
  const oldResult = replay(oldStart, old.events);
  const diverged = Object.keys(old.base).filter((q) => !same(answers[q], oldResult[q]) && !writtenByOlder.has(q));
  const start: Record<string, AnswerValue> = { ...oldStart };
  for (const q of diverged) {
    if (answers[q] === undefined) delete start[q];
    else start[q] = answers[q]!;
  }
  const current = replay(start, events);
  const result: Record<string, AnswerValue> = { ...current };
  for (const q of diverged) {
    if (touched.has(q)) continue;
    if (answers[q] === undefined) delete result[q];
    else result[q] = answers[q]!;
  }
  const base: TimelineData['base'] = {};
  for (const q of new Set(events.flatMap((e) => keysOf(e.kind)))) base[q] = start[q] ?? null;
  if (rulesDiffer(start, events, current)) base[CURRENT_RULES] = null;
  return { answers: result, data: { events, base } };
}

/**
 * Session 43: the mark in `base` that its answers were written by the current rules, where they differ from older ones
 * (Rules): only then, so other data looks as before. A key no question has, with null: "deleting every event gives
 * `base` back" stays true (withBase deletes an answer that is not there). An older version keeps it when reading
 * (sanitizeTimeline) and drops it when it writes (its commit builds `base` from keysOf): what it wrote is then read as
 * written by the old rules again, which it was. Links and backups carry `base`, so the mark travels with the data.
 */
// Session 45: a new name, so that data sessions 43-44 marked is read again by the rules since (an extension logged late).
// Session 46: again (a suspension on a removal's own day, an admission told only by phone or in a talk: before-s46).
// Session 47: again (a refusal by phone after an admission on paper, a removal told in a talk: before-s47).
// Session 48: again (an extension logged while an earlier school's own 6 weeks still ran: before-s48).
// Session 56: again (a request to correct the dossier wrote "dossier-gezien: nee": before-s56).
// Session 75: again (a later registration kept a confirmation answered "ja" in the questionnaire: before-s75).
export const CURRENT_RULES = 'regels-s75';

/**
 * Whether older rules write other answers for these events than the current ones (never without a registration, an
 * extension, a decision of OLDER_KINDS or a request to correct the dossier logged).
 * `now`: the current rules' replay of `events` on `start`, which the caller has.
 */
function rulesDiffer(start: Answers, events: Events, now: Answers): boolean {
  return olderAnswers(start, events, (_, then, q) => !same(now[q], then[q]), now).length > 0;
}

/**
 * The answers (every key either replay writes) where `pick` holds for the current rules' replay from `start` and an older
 * one's. `now`: the current rules' replay when the caller has it. Empty without a registration or an extension logged (or a
 * decision of OLDER_KINDS, or a request to correct the dossier: LETTER_SETS), and then nothing is replayed: the rules
 * differ only for those (EFFECTS newTerm, reopens).
 */
function olderAnswers(start: Answers, events: Events, pick: (now: Answers, then: Answers, q: string) => boolean, now?: Answers): string[] {
  if (!events.some((e) => isLegal(e.kind) && (EFFECTS[e.kind].reopens || EFFECTS[e.kind].newTerm || e.kind === 'besluit-verlengd' || OLDER_KINDS.includes(e.kind) || letterSets(e) !== undefined))) return [];
  const current = now ?? replay(start, events);
  const out = new Set<string>();
  for (const rules of OLDER_RULES) {
    const then = replay(start, events, rules);
    for (const q of new Set([...Object.keys(current), ...Object.keys(then)])) if (pick(current, then, q)) out.add(q);
  }
  return [...out];
}

/**
 * The answers a change to an event of this kind is about (`commit`'s `touched`): what it always writes, not the answer it
 * may write over for a new term (EFFECTS newTerm, session 36). A parent who answered "ja, de school heeft verlengd" after a
 * later registration made it "weet ik niet" keeps that answer when the registration's receipt is logged next.
 */
// Session 56: of a request to correct the dossier, only what it writes (LETTER_SETS): not "dossier-gezien", which a
// parent who answered it herself keeps.
// Session 74: the confirmation only for an event that confirms in writing (EFFECTS confirms): a registration that may take an
// earlier confirmation back leaves a "ja" the parent answered herself for it alone, as newTerm does.
const touchedBy = (ev: Pick<TimelineEvent, 'kind' | 'letter' | 'how'>): string[] => {
  const t = isLegal(ev.kind) ? EFFECTS[ev.kind].newTerm : undefined;
  const c = isLegal(ev.kind) ? EFFECTS[ev.kind].confirms : undefined;
  const own = letterSets(ev);
  return keysOf(ev.kind).filter((q) => q !== t?.answer && (q !== c?.answer || confirmsInWriting(ev)) && (own === undefined || q in own || q === 'situatie'));
};

export function addEvent(answers: Answers, data: TimelineData, ev: TimelineEvent): Change {
  return commit(answers, data, [...data.events, ev], new Set(touchedBy(ev)));
}

export function deleteEvent(answers: Answers, data: TimelineData, id: string): Change {
  const ev = data.events.find((e) => e.id === id);
  return commit(answers, data, data.events.filter((e) => e.id !== id), new Set(ev ? touchedBy(ev) : []));
}

/**
 * Editing keeps the event's place in the list. Session 83: and the fields this version does not know (unknownFields): the
 * forms build the event from the fields they show, and a newer version's field on it is kept.
 */
export function updateEvent(answers: Answers, data: TimelineData, ev: TimelineEvent): Change {
  const old = data.events.find((e) => e.id === ev.id);
  const edited: TimelineEvent = old ? { ...unknownFields(old as unknown as Record<string, unknown>), ...ev } : ev;
  return commit(answers, data, data.events.map((e) => (e.id === ev.id ? edited : e)), new Set([...touchedBy(ev), ...(old ? touchedBy(old) : [])]));
}

/**
 * Session 48 (hunt-s48 found 1): reconcile, and the answers the events write read again in the events' new order. A date
 * corrected in the questionnaire moves the event that wrote it (reconcile), but the answers it and the other events wrote
 * stayed as the old order had them: a registration's day moved before the admission logged after it kept "no decision
 * yet", and the plan chased a school that had admitted the child. Now the same as editing the event's day in the timeline,
 * except that only the moved dates count as touched: any other answer the parent changed herself stays hers.
 */
export function reconciledChange(answers: Answers, stored: TimelineData): Change {
  const data = reconcile(answers, stored);
  if (data === stored) return { answers, data };
  const moved = new Set<string>();
  for (const ev of data.events) {
    const old = stored.events.find((e) => e.id === ev.id);
    if (old && old.date !== ev.date) for (const [q, v] of Object.entries(setsOf(ev))) if (v === DATE) moved.add(q);
  }
  // As an edit of the event's day in the timeline (updateEvent): the moved event carries the new date, so the answer it
  // wrote is read as the events had it (not as the parent's own, which would start the replay with the new day).
  const before = replay(withBase(answers, stored.base), stored.events);
  const asLogged: Record<string, AnswerValue> = { ...answers };
  for (const q of moved) {
    if (before[q] === undefined) delete asLogged[q];
    else asLogged[q] = before[q]!;
  }
  return commit(asLogged, stored, data.events, moved);
}

/** Writes a logged event's answers again ("Zet dit in mijn antwoorden"), when they disagree. */
export function reapplyEvent(answers: Answers, data: TimelineData, id: string): Change {
  const ev = data.events.find((e) => e.id === id);
  return commit(answers, data, data.events, new Set(ev ? touchedBy(ev) : []));
}

/**
 * Do the answers still say what this logged event wrote? Answers a later event wrote over do not
 * count against it (the sent date gives way to the received date). The situation list is not compared.
 */
export function inEffect(answers: Answers, ev: TimelineEvent, events: Events = [ev]): boolean {
  return inEffectOf(events)(answers, ev);
}

/**
 * inEffect for many events of one list: the order and, per answer, the last event that writes it,
 * computed once (a list of 200 events took 8 ms with a sort per event, now well under 1 ms).
 */
function inEffectOf(events: Events): (answers: Answers, ev: TimelineEvent) => boolean {
  const ordered = inOrder(events);
  const at = new Map<string, number>();
  const lastWriter = new Map<string, number>();
  ordered.forEach((e, i) => {
    if (!at.has(e.id)) at.set(e.id, i);
    // Defaults never write over an answer, so they do not count as writing over (nor are they checked).
    // Session 36: a registration may write the extension as "weet ik niet" (EFFECTS newTerm): an extension logged before it
    // is then written over, not contradicted (counted whether or not it did: the safe side is no false "disagrees").
    // Session 38: the same for an admission before a later registration (EFFECTS reopens).
    if (isLegal(e.kind)) for (const q of writtenBy(e)) lastWriter.set(q, i);
  });
  return (answers, ev) => {
    const i = at.get(ev.id) ?? -1;
    const sets = setsOf(ev);
    return Object.entries(effectsOf(ev, answers)).every(([q, v]) => q === 'situatie' || !(q in sets) || (lastWriter.get(q) ?? -1) > i || same(answers[q], v));
  };
}

/**
 * Session 37: timeline data as a version before session 36 stored it. Since session 36 a registration logged on a later day
 * may write the school's extension (EFFECTS newTerm: "aanmelding-verlengd" becomes "weet-niet": an extension belongs to
 * the registration it was given for), and every commit keeps that answer's questionnaire value in `base`. An older version
 * never wrote it, so its `base` lacks the key while the stored answers still hold "ja" for the later registration: the plan
 * counted 10 weeks from it until the parent's next timeline change (the commit that change makes writes it). This is that
 * commit, made when the stored data is read: the events replayed as they are (nothing the parent changed in the questionnaire
 * after an event is written over: commit's "diverged" answers stay hers), the newTerm answer as session 36 writes it, and
 * its old value kept in `base` (deleting the event gives it back, as for data logged since session 36).
 * Undefined when the data is not such old data. Only the missing key tells old data apart: an extension logged as an event
 * ("Besluit verlengd") put the key in `base` in every version, and then old data and a parent's own later "ja" look the same.
 * Session 43: the same for data an older version wrote by older rules (Rules: a third school after a refusal and an
 * admission elsewhere, a new school after an admission answered in the questionnaire, and, from sessions 36-37, an
 * extension logged before a registration carried over to it: a term missing or 4 weeks late), told apart by the mark
 * CURRENT_RULES. An answer that differs from what the current rules write and is what an older version's rules wrote is
 * written again by the current rules; any other answer the parent changed herself stays hers. One the parent chose that
 * happens to be an older rule's answer is written over once, on the side of the earlier date; the commit writes the mark,
 * so she can answer again and it stays.
 */
export function upgradeStored(answers: Answers, data: TimelineData): Change | undefined {
  if (!data.events.length) return undefined;
  const start = withBase(answers, data.base);
  // Session 76 (issue 17): the current rules' replay, once for both checks below. An answer is stale only where it differs
  // from what the current rules write (the last clause of the pick), so when every key in `base` holds what they write, no
  // older rules' replay can find one: data this version wrote without the mark (its rules agreed) no longer replays the
  // events once per older rule set (8 since session 75) on every read. The result is the same.
  const now = replay(start, data.events);
  const old = data.events.some((e) => {
    const t = isLegal(e.kind) ? EFFECTS[e.kind].newTerm : undefined;
    return t !== undefined && !(t.answer in data.base);
  }) || unconfirmedByOlder(answers, data, now);
  const maybeStale = !(CURRENT_RULES in data.base) && Object.keys(data.base).some((q) => !same(answers[q], now[q]));
  const stale = !maybeStale ? [] :
    olderAnswers(start, data.events, (cur, then, q) => q in data.base && !same(cur[q], then[q]) && same(answers[q], then[q]) && !same(answers[q], cur[q]), now);
  return old || stale.length ? commit(answers, data, data.events, new Set(), new Set(stale)) : undefined;
}

/**
 * Session 74 (s74-receipt): data stored before session 74 with a receipt logged as a letter or an e-mail. Since then such a
 * receipt answers "aanmelding-bevestiging" (EFFECTS confirms), and every commit keeps that answer's questionnaire value in
 * `base`; an older version never wrote it, so its `base` lacks the key and the plan kept "Vraag de school je aanmelding te
 * bevestigen" until the parent's next timeline change. upgradeStored makes that commit when the data is read. Nothing else
 * changes: the other answers are replayed by the same rules as before (a parent's own later answers stay hers, commit).
 */
// Session 75 (s75-answers, 2): also data stored before session 74 with a registration logged after the day of a
// confirmation answered "ja" in the questionnaire: the current rules take that "ja" back (confirmationLeftBehind), but the
// key is not in `base`, so upgradeStored's comparison with older rules (which reads only keys in `base`) would not see it.
// Only when the replay now gives another answer than the one stored: other data is read as before.
function unconfirmedByOlder(answers: Answers, data: TimelineData, replayed: Answers): boolean {
  const lacking = data.events.filter((e) => {
    const c = isLegal(e.kind) ? EFFECTS[e.kind].confirms : undefined;
    return c !== undefined && !(c.answer in data.base);
  });
  if (!lacking.length) return false;
  if (lacking.some((e) => confirmsInWriting(e))) return true;
  const now = replayed;
  return lacking.some((e) => {
    const q = EFFECTS[e.kind as LegalKind].confirms!.answer;
    return !same(now[q], answers[q]);
  });
}

/**
 * A date changed in the questionnaire moves the logged event that wrote it (one source of truth).
 * Read-time and pure: the answers that differ from what the events wrote, where that was an event's
 * own date and the answer is now another date, move that event. Returns `data` itself when nothing moved.
 */
export function reconcile(answers: Answers, data: TimelineData): TimelineData {
  if (!data.events.length) return data;
  const written = replay(withBase(answers, data.base), data.events);
  let moved = false;
  const events = data.events.map((ev) => {
    if (!isLegal(ev.kind)) return ev;
    for (const [q, v] of Object.entries(setsOf(ev))) {
      const now = asString(answers[q]);
      if (v === DATE && written[q] === ev.date && now && now !== ev.date && isIsoDate(now)) {
        moved = true;
        return { ...ev, date: now };
      }
    }
    return ev;
  });
  return moved ? { ...data, events } : data;
}

// ── The list the page and the overview show ───────────────────────────────

export interface TimelineItem {
  /** A logged event's id, "answer:<question id>" for a date from the questionnaire, "earlier:<question id>" for one before it. */
  id: string;
  date: IsoDate;
  kind: EventKind;
  parties: readonly Party[];
  how?: How;
  note: string;
  letter?: string;
  /** Session 64: a logged bezwaar's decision (TimelineEvent.against). */
  against?: ObjectionTarget;
  /** Session 82: a logged TLV grant's end, as the parent said it (TimelineEvent.until). */
  until?: TlvUntil;
  /**
   * Logged by the parent, or derived from an answer. 'earlier-answer' (session 44): a date the parent gave in the questionnaire
   * that an event logged later wrote over (kept in the timeline's `base`) or made no longer apply: still part of the story
   * (the first school's registration, a first refusal), no longer what the plan counts from. Never in effect, so no term of "te laat?" starts from it.
   */
  from: 'timeline' | 'answer' | 'earlier-answer';
  /** For derived items: the question. */
  question?: string;
  /** Logged legal events: do the answers still say this? */
  inEffect: boolean;
}

/** The event that wrote this answer's date, or a logged meeting on the planned meeting's day (issue 18): the date shows once. */
const shownByEvent = (events: Events, q: string, v: string) =>
  events.some((e) => e.date === v && (isLegal(e.kind) ? setsOf(e)[q] === DATE : ANSWER_KIND[q] === e.kind));

/**
 * Logged events and the dates from the questionnaire, oldest first; a date written by an event shows once. With the timeline's
 * `base`, also the questionnaire's dates that a later event wrote over (session 44: before, the first school's registration
 * answered in the questions left the list, and the overview for the steunpunt, once the parent logged the next one).
 */
export function timelineItems(answers: Answers, events: Events, base: TimelineData['base'] = {}): TimelineItem[] {
  const effective = inEffectOf(events);
  const items: TimelineItem[] = events.map((e) => ({
    id: e.id, date: e.date, kind: e.kind, parties: e.parties, ...(e.how ? { how: e.how } : {}), note: e.note, ...(e.letter ? { letter: e.letter } : {}), ...(e.against ? { against: e.against } : {}),
    ...(e.until ? { until: e.until } : {}), from: 'timeline', inEffect: effective(answers, e),
  }));
  /** The dates in a set of answers, each as the event kind it stands for. */
  const datesIn = (source: Answers) => {
    const applying = applicableAnswers(source);
    return Object.entries(ANSWER_KIND).flatMap(([q, kindOf]) => {
      // Known questions must still apply; questions this schema does not know (v2) are read as stored.
      const v = asString(questionById.has(q) ? applying[q] : source[q]);
      if (!v || !isIsoDate(v) || shownByEvent(events, q, v)) return [];
      const kind = typeof kindOf === 'function' ? kindOf(source) : kindOf;
      return [{ q, date: v, kind, parties: isLegal(kind) ? [...EFFECTS[kind].parties] : ['school' as const] }];
    });
  };
  const now = datesIn(answers);
  for (const d of now) items.push({ id: `answer:${d.q}`, date: d.date, kind: d.kind, parties: d.parties, note: '', from: 'answer', question: d.q, inEffect: true });
  // The questionnaire's own dates, as the parent gave them: one an event wrote over, or one whose question an event made
  // no longer apply (a new TLV application after the answered decision). Only an event writes `base`: without one (and for
  // lateFlags, which passes none) these are the answers above, so the second pass is skipped.
  if (Object.keys(base).length)
    for (const d of datesIn(questionnaireAnswers(answers, { base })))
      if (!now.some((n) => n.q === d.q && n.date === d.date))
        items.push({ id: `earlier:${d.q}`, date: d.date, kind: d.kind, parties: d.parties, note: '', from: 'earlier-answer', question: d.q, inEffect: false });
  // Stable: same date keeps the order of logging, answers after logged events.
  return items.map((it, i) => ({ it, i })).sort((a, b) => (a.it.date < b.it.date ? -1 : a.it.date > b.it.date ? 1 : a.i - b.i)).map((x) => x.it);
}

// ── "Te laat?" ──────────────────────────────────────────────────────────────

export interface LateFlag {
  id: ChaseRule['id'];
  /** Date the term started (the event it counts from). */
  start: IsoDate;
  startKind: EventKind;
  /** Last day of the term. */
  due: IsoDate;
  /** Days past the due date (>= 1). */
  daysLate: number;
  /** The letter that chases it, when there is one (ChaseRule.letter). */
  letter?: string;
  uncertain: boolean;
  /**
   * The admission decision when the parent does not know whether the school extended its 6 weeks:
   * the last day with the extension (10 weeks, 001:119; 002:746). The flag then says "late, unless
   * the school told you it takes more time", never "late" alone. Not set once the 10 weeks have passed too.
   */
  orLater?: IsoDate;
  /**
   * Session 63 (blind-s63-timeline D1): with `orLater`, the day of a "Besluit uitgesteld" logged for this registration after its
   * 6 weeks had ended (lateExtension). The flag then says the late extension is not counted on (as the plan's step does:
   * lateExtensionNotes), not "did the school tell you? then it has until" the 10-week day, which the parent's timeline answers "yes".
   */
  extendedLate?: IsoDate;
  /** From its rule (the admission decision): the flag says an exception may apply and to ask the school from which day it counts. */
  newSchoolYear?: true;
}

/**
 * An answer counts for a term only when it is not left over from before it: when a logged event dated
 * before the term's start wrote it (and the answers still say what that event wrote), it belongs to an
 * earlier request or registration. A dossier received in December does not answer a new request in
 * January; a refusal or an extension by the first school says nothing about a registration at the next.
 */
function answerFor(q: string, start: IsoDate, answers: Answers, events: Events): string | undefined {
  const v = asString(answers[q]);
  if (v === undefined) return undefined;
  // Only events that always write it (a default writes only where nothing was answered, so it never overwrote this).
  const writer = inOrder(events).filter((e) => isLegal(e.kind) && q in setsOf(e)).pop();
  if (writer && writer.date < start && same(effectsOf(writer, answers)[q], answers[q])) return undefined;
  return v;
}

/** The refusal in the answers has a date before `start`: it is the answer to an earlier registration, not to this one. */
function refusedBefore(start: IsoDate, answers: Answers): boolean {
  const d = asString(answers['weigering-datum']);
  return d !== undefined && isIsoDate(d) && d < start;
}

/** The school said it takes its 4 extra weeks for the admission decision: in the answers, or logged after the start. */
// Session 45: an extension logged after the 6 weeks had ended does not count (lateExtension).
// Session 47 (hunt-s46 found 6): the answered extension counts only where the plan reads it (admissionExtension): a
// registration after a written refusal is a new one, and the question is not asked then, so the plan counts 6 weeks and
// names the 10-week day as "maybe"; "te laat?" counted 10 weeks from the new registration and named another last day.
const answeredExtension = (start: IsoDate, answers: Answers, events: Events): string | undefined =>
  admissionExtension(factsFrom(answers, start)) === undefined ? undefined : answerFor('aanmelding-verlengd', start, answers, events);

const admissionExtended = (start: IsoDate, answers: Answers, items: readonly TimelineItem[], events: Events): boolean =>
  answeredExtension(start, answers, events) === 'ja' ||
  items.some((i) => i.kind === 'besluit-verlengd' && i.date >= start && !extensionAfterTerm(i.date, start) && !ambiguousExtension(i.date, { ...answers, 'aanmelding-datum': start }, events));

function termFor(rule: ChaseRule, start: IsoDate, answers: Answers, items: readonly TimelineItem[], events: Events): IsoDate {
  switch (rule.id) {
    case 'besluit-aanmelding':
      return addWeeks(start, admissionExtended(start, answers, items, events) ? TERMS.admissionDecisionMaxWeeks : TERMS.admissionDecisionWeeks);
    case 'dossier':
      return addMonths(start, TERMS.dossierAnswerMonths);
    case 'klacht':
      return addWeeks(start, TERMS.complaintResponseWeeks);
  }
}

/**
 * Terms of the school or a body that have passed with no answer logged, on `today`. A term is
 * flagged from the day after its last day. Works on logged events and on dates from the answers.
 */
export function lateFlags(answers: Answers, events: Events, today: IsoDate, base: TimelineData['base'] = {}): LateFlag[] {
  const items = timelineItems(answers, events).filter((i) => i.inEffect || i.from === 'answer');
  // Session 47 (lawyer-s47-changes D2): a first dossier request answered in the questionnaire, before a logged one wrote
  // over it (as the plan reads it: dossierFirstRequest in src/timeline/earlier.ts).
  const first = answeredDossierRequest(questionnaireAnswers(answers, { base }));
  const answeredRequest: TimelineItem[] = first !== undefined && !items.some((i) => i.kind === 'dossier-gevraagd' && i.date === first)
    ? [{ id: 'earlier:dossier-gevraagd-datum', date: first, kind: 'dossier-gevraagd', parties: ['school'], note: '', from: 'earlier-answer', question: 'dossier-gevraagd-datum', inEffect: false }]
    : [];
  const dossierItems = [...answeredRequest, ...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const flags: LateFlag[] = [];
  for (const rule of CHASE_RULES) {
    // Session 35: a registration by phone or in a talk starts no term of the school (A01, A04; FP01), and with no written
    // registration in the answers at all (only by phone, not yet) the school has no term to be late for.
    const starts = (rule.id === 'dossier' ? dossierItems : items).filter((i) => rule.start.includes(i.kind) && !toldOnlyOrally(i));
    if (!starts.length) continue;
    if (rule.id === 'besluit-aanmelding' && answers['aanmelding-hoe'] !== undefined && asString(answers['aanmelding-hoe']) !== 'schriftelijk') continue;
    // The latest start counts; a received date beats a sent date of the same registration.
    // Session 47: for the dossier, the first request still waiting (a second one is a reminder: dossierFirstRequest).
    // Session 57: a correction after an inzage request her "ja" answered is its own request (firstWaitingDossierRequest `seen`).
    // As the plan reads it (dossierCorrectionSteps: no step for a dossier not seen): unless the answers say "not seen".
    const waiting = rule.id === 'dossier' ? firstWaitingDossierRequest(dossierItems, asString(answers['dossier-gezien']) !== 'nee') : undefined;
    const start = starts.find((s) => s.date === waiting) ?? starts.reduce((a, b) => (b.date > a.date || (b.date === a.date && rule.start.indexOf(b.kind) < rule.start.indexOf(a.kind)) ? b : a));
    // A decision told only by phone answers nothing (A20, FP02): the school's term runs on (session 25).
    const answeredByEvent = items.some(
      (i) => i.date >= start.date && rule.answeredBy.includes(i.kind) && !toldOnlyOrally(i),
    );
    // Session 56 (lawyer-s56-fresh D2): a request to correct the dossier writes no "dossier-gezien" (LETTER_SETS). A "ja"
    // in the answers is the dossier the parent has, not the school's answer to her correction: only "Dossier gekregen"
    // logged on or after it answers that (as the plan's step: dossierCorrectionSteps in src/timeline/earlier.ts).
    const correction = rule.id === 'dossier' && correctionsOnly(dossierItems, start.date);
    const answeredInQuestions = !correction && Object.entries(rule.answeredIf ?? {}).some(([q, vals]) => {
      const v = answerFor(q, start.date, answers, events) ?? '';
      // A refusal dated before this registration answered an earlier one (session 22): the next school's weeks run.
      if (rule.id === 'besluit-aanmelding' && q === 'aanmelding-besluit' && v === 'geweigerd' && refusedBefore(start.date, answers)) return false;
      // A refusal only by phone or in a talk is no decision (A20, FP02): the school's term for a written one runs on.
      if (rule.id === 'besluit-aanmelding' && q === 'aanmelding-besluit' && v === 'geweigerd' && asString(answers['weigering-schriftelijk']) === 'nee') return false;
      return vals.includes(v);
    });
    if (answeredByEvent || answeredInQuestions) continue;
    const due = termFor(rule, start.date, answers, items, events);
    const daysLate = daysBetween(due, today);
    if (daysLate < 1) continue;
    const flag: LateFlag = { id: rule.id, start: start.date, startKind: start.kind, due, daysLate, ...(rule.letter ? { letter: rule.letter } : {}), uncertain: rule.uncertain === true };
    if (rule.newSchoolYear) flag.newSchoolYear = true;
    if (rule.id === 'besluit-aanmelding' && answeredExtension(start.date, answers, events) !== 'nee' && !admissionExtended(start.date, answers, items, events)) {
      const withExtension = addWeeks(start.date, TERMS.admissionDecisionMaxWeeks);
      // Once the 10 weeks have passed too, the school is late either way.
      if (daysBetween(withExtension, today) < 1) {
        flag.orLater = withExtension;
        const late = items.filter((i) => i.kind === 'besluit-verlengd' && i.date >= start.date && extensionAfterTerm(i.date, start.date)).map((i) => i.date).sort()[0];
        if (late !== undefined) flag.extendedLate = late;
      }
    }
    flags.push(flag);
  }
  return flags;
}

/**
 * Session 56: the dossier requests of this day (logged, or a day from the answers) are there and are all requests to
 * correct the dossier (isCorrectionRequest: the letter "Vraag om correctie van het dossier" logged as sent).
 */
export function correctionsOnly(list: readonly Pick<TimelineItem, 'kind' | 'date' | 'letter'>[], date: IsoDate): boolean {
  const asked = list.filter((i) => i.kind === 'dossier-gevraagd' && i.date === date);
  return asked.length > 0 && asked.every(isCorrectionRequest);
}

/**
 * Session 47: the first dossier request with no "Dossier gekregen" after it (and no more than two months before a later
 * one: that is a reminder; further apart, the later one is a new request), in a list in time order (the plan's dossier
 * step, src/timeline/earlier.ts dossierFirstRequest, and "te laat?" count from it: a later request is a reminder).
 */
const REMINDER_WITHIN_MONTHS = 2;
/**
 * The day of a dossier request answered in the questionnaire (the answers before the events wrote over them) and not yet
 * answered by the school; read by "te laat?" (lateFlags) and the plan's dossier step (dossierFirstRequest) alike.
 */
export function answeredDossierRequest(asked: Answers): IsoDate | undefined {
  if (asString(asked['dossier-gevraagd']) !== 'ja' || asString(asked['dossier-gezien']) === 'ja') return undefined;
  const day = asString(asked['dossier-gevraagd-datum']);
  return day !== undefined && isIsoDate(day) ? day : undefined;
}
export function firstWaitingDossierRequest(items: readonly (Pick<TimelineItem, 'kind' | 'date'> & { readonly letter?: string | undefined })[], seen = false): IsoDate | undefined {
  let first: IsoDate | undefined;
  let firstIsCorrection = false;
  for (const i of items) {
    if (i.kind === 'dossier-ontvangen') first = undefined;
    else if (i.kind === 'dossier-gevraagd') {
      const correction = isCorrectionRequest(i);
      // More than two months after the request still waiting: a new request (months-s25 F), not a reminder.
      // Session 57: with the dossier seen (`seen`: the parent says so, or the plan has no step for a dossier not seen), a
      // request to correct it after an inzage request is its own request with its own month (AVG; G01/G05), not a
      // reminder of the inzage request that her "ja" answered. Before, the plan showed no term for the correction at all.
      if (first === undefined || i.date > addMonths(first, REMINDER_WITHIN_MONTHS) || (seen && correction && !firstIsCorrection)) {
        first = i.date;
        firstIsCorrection = correction;
      }
    }
  }
  return first;
}

/** A new event id: time and randomness, URL-safe. */
export function newEventId(now = Date.now(), random: () => number = Math.random): string {
  return `e${now.toString(36)}${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

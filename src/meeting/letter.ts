import { formatDateShort } from '../rules/dates';
import type { LetterField } from '../rules/letter-fields';
import type { TimelineEvent } from '../timeline/model';
import { latestSchoolMeeting, type RecordedMeeting } from './recorded';
import { effectiveOutcome } from './record';

/** The words around the parent's own words, from content (ui.yaml meetingPlan.letter.*), in the letter's language. */
export interface LetterWords {
  line(p: { wat: string; wie: string; date: string }): string;
  lineNoDate(p: { wat: string; wie: string }): string;
  noNext: string;
  nothingAgreed: string;
  later: string;
  noSends: string;
  /** Session 47: the report is no agreement with the decision of `date` (reserveFiled: a bezwaar was filed), or with several. */
  reserve(p: { date: string }): string;
  reserveFiled(p: { date: string }): string;
  reserveMore: string;
}

/** What the report says about decisions a bezwaar runs against (objectableDecisions in src/rules/letters.ts). */
export interface Reservation {
  decisions: readonly string[];
  filed: boolean;
}

/**
 * The values of the letter "Bevestiging van afspraken" from a recorded meeting: its date, who was
 * there, one line per agreement, what the school sends, the next meeting. Dates are written out in
 * Dutch, like every date in a letter (src/rules/letters.ts); `lang` only for the translation shown
 * beside the letter, whose dates follow the interface language. Pure.
 */
export function meetingLetterValues(ev: RecordedMeeting, words: LetterWords, lang = 'nl', reservation?: Reservation): Partial<Record<LetterField, string>> {
  const r = ev.meeting;
  const date = (d: string) => formatDateShort(d, lang);
  const outcome = effectiveOutcome(r);
  const lines = r.agreements.map((a) => (a.by ? words.line({ wat: a.what, wie: a.who, date: date(a.by) }) : words.lineNoDate({ wat: a.what, wie: a.who })));
  if (outcome === 'geen') lines.push(words.nothingAgreed);
  if (outcome === 'later') lines.push(words.later);
  return {
    datum_gesprek: date(ev.date),
    afspraken: lines.join('\n'),
    vervolggesprek: r.next ? date(r.next) : words.noNext,
    school_stuurt: r.schoolSends || words.noSends,
    ...(r.present ? { aanwezig: r.present } : {}),
    ...(reservation ? reservationValue(reservation, words, date) : {}),
  };
}

/**
 * Session 47 (lawyer-s46-meetings, found 7): sent while a bezwaar term runs, the report of what was agreed ("Anders ga ik
 * ervan uit dat dit verslag klopt") could be read as accepting the decision. It then says it is no agreement with it and
 * that the right to object (or the bezwaar filed) stands (FP-P4; B17, 004:1034-1047).
 */
function reservationValue(r: Reservation, words: LetterWords, date: (d: string) => string): Partial<Record<LetterField, string>> {
  const [only, ...more] = r.decisions;
  if (only === undefined) return {};
  if (more.length) return { voorbehoud: words.reserveMore };
  return { voorbehoud: r.filed ? words.reserveFiled({ date: date(only) }) : words.reserve({ date: date(only) }) };
}

/**
 * The values from the latest recorded meeting at school in the timeline; none when nothing was recorded. Session 57: at
 * school (latestSchoolMeeting): the letter goes to the school and says what the school sends; a talk with the
 * leerplichtambtenaar or the steunpunt after it filled the letter to the school with that talk.
 */
export function latestMeetingLetterValues(events: readonly TimelineEvent[], words: LetterWords, lang = 'nl', reservation?: Reservation): Partial<Record<LetterField, string>> {
  const ev = latestSchoolMeeting(events);
  return ev ? meetingLetterValues(ev, words, lang, reservation) : {};
}

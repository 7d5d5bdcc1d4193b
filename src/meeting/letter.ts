import { formatDateShort } from '../rules/dates';
import type { LetterField } from '../rules/letter-fields';
import type { TimelineEvent } from '../timeline/model';
import { latestMeeting, type RecordedMeeting } from './plan';
import { effectiveOutcome } from './record';

/** The words around the parent's own words, from content (ui.yaml meeting.letter.*), in the letter's language. */
export interface LetterWords {
  line(p: { wat: string; wie: string; date: string }): string;
  lineNoDate(p: { wat: string; wie: string }): string;
  noNext: string;
  nothingAgreed: string;
  later: string;
  noSends: string;
}

/**
 * The values of the letter "Bevestiging van afspraken" from a recorded meeting: its date, who was
 * there, one line per agreement, what the school sends, the next meeting. Dates are written out in
 * Dutch, like every date in a letter (src/rules/letters.ts); `lang` only for the translation shown
 * beside the letter, whose dates follow the interface language. Pure.
 */
export function meetingLetterValues(ev: RecordedMeeting, words: LetterWords, lang = 'nl'): Partial<Record<LetterField, string>> {
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
  };
}

/** The values from the latest recorded meeting in the timeline; none when nothing was recorded. */
export function latestMeetingLetterValues(events: readonly TimelineEvent[], words: LetterWords, lang = 'nl'): Partial<Record<LetterField, string>> {
  const ev = latestMeeting(events);
  return ev ? meetingLetterValues(ev, words, lang) : {};
}

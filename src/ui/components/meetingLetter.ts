import { i18n } from '../../app/i18n';
import type { AppState } from '../../app/controller';
import type { LetterField } from '../../rules/letter-fields';
import { latestMeetingLetterValues, type LetterWords } from '../../meeting/letter';
import { timelineOf } from './timelineDoor';

/**
 * The letter "Bevestiging van afspraken" filled from the latest recorded meeting (issue 18).
 * Letters are Dutch in every interface language, so the words around the parent's own words come
 * from the Dutch texts (ui.yaml meeting.letter.*): the caller makes sure they are loaded.
 */
export const MEETING_LETTER = 'bevestiging-afspraken';

export function meetingLetterValuesOf(app: AppState): Partial<Record<LetterField, string>> {
  const f = i18n.getFixedT('nl');
  const s = (key: string, o?: Record<string, string>) => f(key, o as never) as unknown as string;
  const words: LetterWords = {
    line: (p) => s('meeting.letter.line', p),
    lineNoDate: (p) => s('meeting.letter.lineNoDate', p),
    noNext: s('meeting.letter.noNext'),
    nothingAgreed: s('meeting.letter.nothingAgreed'),
    later: s('meeting.letter.later'),
    noSends: s('meeting.letter.noSends'),
  };
  return latestMeetingLetterValues(timelineOf(app).events, words);
}

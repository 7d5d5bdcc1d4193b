import { i18n } from '../../app/i18n';
import type { AppState } from '../../app/controller';
import type { LetterField } from '../../rules/letter-fields';
import { latestMeetingLetterValues, type LetterWords } from '../../meeting/letter';
import { storedOf } from './timelineDoor';
import { objectableDecisions } from '../../rules/letters';
import { asString } from '../../flow/answers';
import { todayInNL } from '../../rules/dates';

/**
 * The letter "Bevestiging van afspraken" filled from the latest recorded meeting (issue 18).
 * Letters are Dutch in every interface language, so the words around the parent's own words come
 * from the Dutch texts (ui.yaml meetingPlan.letter.*): the caller makes sure they are loaded. The
 * translation shown beside the letter passes the interface language, whose texts are loaded with the page.
 */
export const MEETING_LETTER = 'bevestiging-afspraken';

/**
 * The words around the parent's own words, in `lang`. For the Dutch letter the filled-in values are
 * never wrapped in Unicode isolates (i18n.ts does that in a right-to-left interface): the letter is
 * copied, mailed and printed for the school, left to right. The translation keeps the interface's isolation.
 */
export function meetingLetterWords(lang: string): LetterWords {
  const f = i18n.getFixedT(lang);
  const plain = lang === 'nl' ? { interpolation: { escapeValue: false } } : {};
  const s = (key: string, o?: Record<string, string>) => f(key, { ...o, ...plain } as never) as unknown as string;
  return {
    line: (p) => s('meetingPlan.letter.line', p),
    lineNoDate: (p) => s('meetingPlan.letter.lineNoDate', p),
    noNext: s('meetingPlan.letter.noNext'),
    nothingAgreed: s('meetingPlan.letter.nothingAgreed'),
    later: s('meetingPlan.letter.later'),
    noSends: s('meetingPlan.letter.noSends'),
    reserve: (p) => s('s47.letterReserve', p),
    reserveFiled: (p) => s('s47.letterReserveFiled', p),
    reserveMore: s('s47.letterReserveMore'),
  };
}

/** The letter's values from the latest recorded meeting: the words and dates in `lang` (the letter: Dutch; its translation: the interface language). */
export function meetingLetterValuesOf(app: AppState, lang = 'nl', today = todayInNL()): Partial<Record<LetterField, string>> {
  const { answers, data } = storedOf(app);
  const decisions = objectableDecisions(answers, today, data.events, data.base);
  const filed = asString(answers['bezwaar-ingediend']) === 'ja';
  return latestMeetingLetterValues(data.events, meetingLetterWords(lang), lang, { decisions, filed });
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { valuesFromAnswers, fillLetter, letterText } from '../../src/rules/letters';
import { meetingLetterValues, latestMeetingLetterValues, type LetterWords } from '../../src/meeting/letter';
import type { MeetingRecord } from '../../src/meeting/record';
import type { TimelineEvent } from '../../src/timeline/model';
import lettersEn from '../../src/content/generated/letters.en';
import lettersTr from '../../src/content/generated/letters.tr';
import lettersUk from '../../src/content/generated/letters.uk';

/**
 * A letter to the school is Dutch in every interface language, its dates too ("3 december 2026").
 * The translation shown beside it is a reading aid in the parent's language: its dates are written
 * in that language, like every other date on screen ("3 December 2026", "3 Aralık 2026").
 */

const ANSWERS = (JSON.parse(readFileSync(new URL('../answers/aanmelden-schriftelijk-wachten.json', import.meta.url), 'utf8')) as { answers: Answers }).answers;
const TODAY = '2026-11-29';

const words: LetterWords = {
  line: ({ wat, wie, date }) => `- ${wat}: ${wie} / ${date}`,
  lineNoDate: ({ wat, wie }) => `- ${wat}: ${wie}`,
  noNext: '-',
  nothingAgreed: '-',
  later: '-',
  noSends: '-',
  reserve: ({ date }) => `- ${date}`,
  reserveFiled: ({ date }) => `- ${date}`,
  reserveMore: '-',
};
const record = (r: Partial<MeetingRecord>): MeetingRecord => ({ outcome: 'afspraken', agreements: [], schoolSends: '', present: '', ...r });
const MEETING: TimelineEvent = {
  id: 'm1',
  date: '2026-11-20',
  kind: 'gesprek',
  parties: ['school'],
  note: '',
  meeting: record({ agreements: [{ who: 'de school', what: 'OPP opstellen', by: '2027-01-15' }], next: '2026-12-15' }),
};

describe('dates in a letter and in its translation', () => {
  it('the letter (no language given) keeps Dutch dates', () => {
    const v = valuesFromAnswers(ANSWERS, TODAY);
    expect(v.datum_vandaag).toBe('29 november 2026');
    expect(v.datum_aanmelding).toBe('2 november 2026');
    expect(v.datum_besluit_uiterlijk).toBe('14 december 2026'); // 6 weeks after receipt
    expect(v.datum_gesprek).toBe('3 december 2026');
    expect(valuesFromAnswers(ANSWERS, TODAY, 'nl')).toEqual(v);
  });

  it('the translation writes the same dates in the interface language', () => {
    const en = valuesFromAnswers(ANSWERS, TODAY, 'en');
    expect(en.datum_vandaag).toBe('29 November 2026');
    expect(en.datum_aanmelding).toBe('2 November 2026');
    expect(en.datum_besluit_uiterlijk).toBe('14 December 2026');
    expect(en.datum_gesprek).toBe('3 December 2026');
    expect(valuesFromAnswers(ANSWERS, TODAY, 'tr').datum_besluit_uiterlijk).toBe('14 Aralık 2026');
    expect(valuesFromAnswers(ANSWERS, TODAY, 'pl').datum_besluit_uiterlijk).toBe('14 grudnia 2026');
    expect(valuesFromAnswers(ANSWERS, TODAY, 'uk').datum_besluit_uiterlijk).toMatch(/^14 грудня 2026/);
    // Arabic: the Arabic month name, Western digits (src/languages.ts), nothing Dutch left.
    const ar = valuesFromAnswers(ANSWERS, TODAY, 'ar').datum_besluit_uiterlijk!;
    expect(ar).toMatch(/14/);
    expect(ar).toMatch(/ديسمبر/);
    expect(ar).not.toMatch(/december/);
  });

  it('a filled translation reads its dates in its own language, the Dutch letter in Dutch', () => {
    const en = lettersEn.letters.find((l) => l.id === 'herinnering-besluit')!;
    const text = letterText(fillLetter(en.body, valuesFromAnswers(ANSWERS, TODAY, 'en')), (f) => f);
    expect(text).toContain('2 November 2026');
    expect(text).toContain('14 December 2026');
    expect(text).not.toMatch(/november|december/);
    const tr = lettersTr.letters.find((l) => l.id === 'herinnering-besluit')!;
    expect(letterText(fillLetter(tr.body, valuesFromAnswers(ANSWERS, TODAY, 'tr')), (f) => f)).toContain('14 Aralık 2026');
  });

  it('the confirmation letter: Dutch dates in the letter, the interface language in its translation', () => {
    expect(meetingLetterValues(MEETING as Parameters<typeof meetingLetterValues>[0], words)).toMatchObject({
      datum_gesprek: '20 november 2026',
      afspraken: '- OPP opstellen: de school / 15 januari 2027',
      vervolggesprek: '15 december 2026',
    });
    expect(latestMeetingLetterValues([MEETING], words, 'en')).toMatchObject({
      datum_gesprek: '20 November 2026',
      afspraken: '- OPP opstellen: de school / 15 January 2027',
      vervolggesprek: '15 December 2026',
    });
    expect(latestMeetingLetterValues([MEETING], words, 'pl').vervolggesprek).toBe('15 grudnia 2026');
  });

  it('a date that ends in a full stop (Ukrainian "р.") takes the sentence\'s own: never "р.."', () => {
    const answers = (JSON.parse(readFileSync(new URL('../answers/combi-tlv-thuiszitten.json', import.meta.url), 'utf8')) as { answers: Answers }).answers;
    const values = valuesFromAnswers(answers, TODAY, 'uk');
    expect(values.datum_thuis_sinds).toMatch(/ р\.$/);
    for (const id of ['onderwijs-tijdens-thuiszitten', 'bericht-leerplichtambtenaar']) {
      const letter = lettersUk.letters.find((l) => l.id === id)!;
      expect(letter.body).toMatch(/\{\{datum_thuis_sinds\}\}\./);
      const text = letterText(fillLetter(letter.body, values), (f) => f);
      // Session 79 (s79-letters): in onderwijs-tijdens-thuiszitten the date now ends its paragraph (the choice of "geen" or
      // "te weinig onderwijs" follows as its own block), so a line break may follow it instead of the next sentence.
      expect(text, id).toMatch(new RegExp(`${values.datum_thuis_sinds!.replace(/[.]/g, '\\.')}[ \\n]`));
      expect(text, id).not.toMatch(/[^.]\.\.(?!\.)/);
    }
    // Only one full stop is taken, and only right after a value that ends in one.
    expect(letterText(fillLetter('A {{school_naam}}. B {{kind_naam}}. C {{gemeente}}...', { school_naam: 'X B.V.', kind_naam: 'Sam', gemeente: 'Y.' }), (f) => f)).toBe('A X B.V. B Sam. C Y....');
  });
});

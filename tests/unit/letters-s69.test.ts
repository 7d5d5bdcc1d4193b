/**
 * Session 69 (s69-letters): a school's lawyer reads the bezwaar letter bezwaar-weigering-verwijdering. Its line with the
 * rule that goes with the decision (PICK_FIELDS besluit_grond, decisionPickValues) was picked plain, as a fact, in two
 * stories where the parent's own answers say the rule may not hold:
 * 1. A refusal while the school says it is full (school-zegt "school-vol"): a school with no places has no zorgplicht (A17,
 *    A18; 002:712-726, 2169-2175), so "mag pas weigeren als een andere school … wil toelaten" is not certain. The line now
 *    keeps its condition in brackets, which names the full school, for the parent to judge.
 * 2. A removal after the parent turned down a place at another school (aanbod-geweigerd "ja"): the zorgplicht lapses when
 *    parents reject a not-unreasonable offer (A22; 002:734-740, 957-965), so "Tot … houdt uw school de zorgplicht" is not
 *    certain. The line now keeps its condition, which names the turned-down place.
 * And bezwaar-tlv's "send" did not tell the parent to sign the objection, as bezwaar-weigering-verwijdering's does.
 * And herinnering-besluit asked every school for "het verslag van uw onderzoek naar wat … nodig heeft" and set out the
 * zorgplicht rule, also for a child the parent never said needs extra support: then the school checks no support need
 * (A06, 002:624-638) and has no such report. Those two paragraphs now open with an instruction to remove them for a child
 * without an extra support need, as schriftelijke-aanmelding does for its support lines (story aanmelden-schriftelijk-wachten).
 * Stories: tests/answers/s66/14-vo-geweigerd-mei.json and s66/09-verwijderd-aanbod-geweigerd.json; controls:
 * aanmelden-geweigerd.json and handelingsverlegen-verwijderingsbesluit.json (plain lines stay plain).
 * Failed before this change: the first two "keeps its condition" tests, the bezwaar-tlv signature test and the
 * herinnering-besluit test (the last one checked against the commit before it, with the content patch reversed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Answers } from '../../src/flow/answers';
import { fillLetter, letterText, valuesFromAnswers, type LetterField } from '../../src/rules/letters';

const TODAY = '2027-05-03';
const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
type Letter = { id: string; body: string; send: string };
const letters: Record<string, Letter[]> = {};

beforeAll(async () => {
  for (const lang of LANGS) {
    letters[lang] = ((await import(`../../src/content/generated/letters.${lang}.ts`)) as { default: { letters: Letter[] } }).default.letters;
  }
});

const story = (file: string): Answers => (JSON.parse(readFileSync(`tests/answers/${file}.json`, 'utf8')) as { answers: Answers }).answers;
/** The Dutch objection letter as filled from the answers, the child called Noor; a missing value as "[field]". */
function filled(answers: Answers, today = TODAY): string {
  const body = letters.nl!.find((l) => l.id === 'bezwaar-weigering-verwijdering')!.body;
  return letterText(fillLetter(body, { ...valuesFromAnswers(answers, today, 'nl', 'bezwaar-weigering-verwijdering'), kind_voornaam: 'Noor' }), (f: LetterField) => f);
}
/** The one line of the letter that holds `words`. */
const lineWith = (text: string, words: string) => {
  const lines = text.split('\n').filter((l) => l.includes(words));
  expect(lines).toHaveLength(1);
  return lines[0]!;
};

describe('bezwaar-weigering-verwijdering: the rule line keeps its condition where the answers put the rule in doubt', () => {
  it('a refusal while the school says it is full: the line keeps its condition, which names the full school (A17, A18)', () => {
    const a = story('s66/14-vo-geweigerd-mei');
    expect((a['school-zegt'] as string[]).includes('school-vol')).toBe(true);
    const line = lineWith(filled(a), 'pas weigeren');
    expect(line.startsWith('[')).toBe(true);
    expect(line.slice(0, line.indexOf(']'))).toMatch(/vol/);
  });

  it('a removal after the parent turned down a place elsewhere: the line keeps its condition, which names it (A22)', () => {
    const a = story('s66/09-verwijderd-aanbod-geweigerd');
    expect(a['aanbod-geweigerd']).toBe('ja');
    const line = lineWith(filled(a, '2027-01-05'), 'houdt uw school de zorgplicht');
    expect(line.startsWith('[')).toBe(true);
    expect(line.slice(0, line.indexOf(']'))).toMatch(/geweigerd|afgewezen/);
  });

  it('without those answers the lines stay plain: refusal with support told (A11), removal (C04, C05)', () => {
    const refusal = lineWith(filled(story('aanmelden-geweigerd'), '2026-10-20'), 'pas weigeren');
    expect(refusal.startsWith('[')).toBe(false);
    const removal = lineWith(filled(story('handelingsverlegen-verwijderingsbesluit'), '2026-11-20'), 'houdt uw school de zorgplicht');
    expect(removal.startsWith('[')).toBe(false);
  });
});

describe('bezwaar-tlv: the parent is told to sign the objection', () => {
  it('the Dutch "send" says to sign it, as the other bezwaar letter does', () => {
    const send = letters.nl!.find((l) => l.id === 'bezwaar-tlv')!.send;
    expect(send).toMatch(/handtekening/);
    expect(letters.nl!.find((l) => l.id === 'bezwaar-weigering-verwijdering')!.send).toMatch(/handtekening/);
  });
});

describe('herinnering-besluit: the support paragraphs are marked for a child without an extra support need', () => {
  it('the request for the support report and the zorgplicht rule come after an instruction to remove them (A06)', () => {
    const a = story('aanmelden-schriftelijk-wachten');
    expect(a['ondersteuning-gemeld']).toBe('nee');
    for (const lang of LANGS) {
      const body = letters[lang]!.find((l) => l.id === 'herinnering-besluit')!.body;
      const text = letterText(fillLetter(body, { ...valuesFromAnswers(a, '2026-12-20', lang, 'herinnering-besluit'), kind_voornaam: 'Noor' }), (f: LetterField) => f);
      const paras = text.split('\n\n');
      const last = paras.findIndex((p) => /^(Met vriendelijke groet|Kind regards|مع أطيب|Saygılarımla|Z poważaniem|З повагою)/.test(p));
      expect(last, lang).toBeGreaterThan(2);
      // Session 77 (s77-oppnohelp): the zorgplicht rule and the request for the report are one paragraph now, under one
      // instruction ("Haal dan deze alinea weg"), the paragraph before the closing; the one before it is not bracketed.
      const rule = paras[last - 1]!;
      expect(rule.split('\n')[0], lang).toMatch(/^\[[^\]]+\]$/);
      expect(rule.split('\n')).toHaveLength(2);
      expect(paras[last - 2]!.startsWith('['), lang).toBe(false);
    }
    expect(filled_nl_rule(a)).toMatch(/geen extra hulp/);
  });
});

/** The Dutch reminder's instruction line above the zorgplicht paragraph. */
function filled_nl_rule(a: Answers): string {
  const body = letters.nl!.find((l) => l.id === 'herinnering-besluit')!.body;
  const text = letterText(fillLetter(body, valuesFromAnswers(a, '2026-12-20', 'nl', 'herinnering-besluit')), (f: LetterField) => f);
  return lineWith(text, 'Haal dan deze alinea');
}

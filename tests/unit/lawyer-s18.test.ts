/**
 * Session 18, the parents' lawyer: defects found outside the plan's steps, each with a test that failed before the fix.
 * (The plan's own defects are held by tests/scenarios/005-randgevallen.yaml and rows in plan.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { buildCard } from '../../src/meeting/card';
import uiNl from '../../src/content/generated/meetingtexts.nl';
import uiEn from '../../src/content/generated/meetingtexts.en';

/** A child at home, de-registered and enrolled nowhere (FACTS FP09). */
const UITGESCHREVEN: Answers = {
  situatie: ['thuiszitten'], 'thuis-reden': 'anders', 'thuis-sinds': '2026-11-02', 'thuis-hoeveel': 'helemaal',
  'lessen-nu': 'nee', ingeschreven: 'nee', opp: 'weet-niet', 'swv-betrokken': 'nee', 'school-zegt': ['geen'],
  'lpa-betrokken': 'nee', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-03', tekenen: 'nee', 'dossier-gezien': 'ja',
  jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
};

/** Sentences that tie the school's duty to the enrolment: wrong, it lasts until another school admitted the child
 * (002:756-768; 003:565-571; FACTS C22), the same rule the scenario suite holds every plan to (zorgplicht-not-enrolment). */
const TIED_TO_ENROLMENT: Record<string, RegExp> = {
  nl: /zolang (je|jouw|het) kind (nog )?(op|bij|aan) (de|die|deze|je|jouw) school (staat|zit)|kind staat nog op deze school/i,
  en: /as long as your child is (still )?(at|in|enrolled)|child is still at this school/i,
};

describe('the meeting card for a child enrolled nowhere does not tie the school\'s duty to the enrolment', () => {
  const card = buildCard(UITGESCHREVEN, [], '2026-11-30');
  for (const [lang, ui] of [['nl', uiNl], ['en', uiEn]] as const) {
    it(lang, () => {
      const m = ui['meeting'] as { q: Record<string, { text: string; why: string }>; knowItem: Record<string, string> };
      const texts = [...card.questions.flatMap((q) => [m.q[q.id]!.text, m.q[q.id]!.why]), ...card.know.map((k) => m.knowItem[k.id]!)];
      expect(card.know.map((k) => k.id)).toContain('zorgplicht-blijft');
      expect(card.questions.map((q) => q.id)).toContain('thuis-onderwijs-morgen');
      for (const t of texts) expect(t).not.toMatch(TIED_TO_ENROLMENT[lang]!);
    });
  }
});

/**
 * "From which day": the bezwaar term runs from the board's making known of the decision (002:748-750 "nadat het
 * bevoegd gezag de weigering ... kenbaar heeft gemaakt"; 002:846-850 "na de beslissing"), not from the day the letter
 * arrived. The hints used to say "take the day you got the letter", which gives a later date and so a later, possibly
 * wrong, deadline. The date on the letter is the safe (earliest) start.
 */
describe('decision-date questions ask for the date on the letter first (the safe, earliest start)', () => {
  const DECISION_DATES = ['weigering-datum', 'verwijdering-datum', 'tlv-besluit-datum'];
  const want: Record<string, { first: RegExp; notFirst: RegExp }> = {
    nl: { first: /^Neem de datum die op de brief/, notFirst: /^(Neem de dag dat je|Het gaat om de dag dat)/ },
    en: { first: /^Use the date on the letter/, notFirst: /^(Use the day you got|We mean the day you received)/ },
  };
  for (const lang of ['nl', 'en'] as const) {
    it(lang, () => {
      const doc = parse(readFileSync(new URL(`../../content/${lang}/questions.yaml`, import.meta.url), 'utf8')) as { questions: Record<string, { hint: string }> };
      for (const q of DECISION_DATES) {
        const hint = doc.questions[q]!.hint;
        expect(hint, q).toMatch(want[lang]!.first);
        expect(hint, q).not.toMatch(want[lang]!.notFirst);
      }
    });
  }
});

describe('the removal bezwaar step counts from the date of the decision, not from when the parent got it (002:846-850)', () => {
  it('nl and en', () => {
    for (const [lang, re] of [['nl', /nadat je het besluit kreeg/i], ['en', /after you received the decision/i]] as const) {
      const doc = parse(readFileSync(new URL(`../../content/${lang}/steps.yaml`, import.meta.url), 'utf8')) as { steps: Record<string, { why: string }> };
      expect(doc.steps['bezwaar-verwijdering']!.why, lang).not.toMatch(re);
    }
  });
});

/**
 * The GPO's 6 weeks are not in the sources (FACTS F13, §X.2). The plan shows "not certain, ask" only in the deadline box,
 * which a step without a date (an OPP dispute; an objection already filed) does not have. So a step text that names the
 * 6 weeks for the Geschillencommissie must itself say they are not in our sources and whom to ask.
 */
describe('step texts that name the GPO\'s 6 weeks also say they are uncertain', () => {
  const notInSources: Record<string, RegExp> = { nl: /niet in (de stukken|onze bronnen)/i, en: /not in (the documents|our sources)/i };
  const sixWeeks: Record<string, RegExp> = { nl: /6 weken/, en: /6 weeks/ };
  for (const lang of ['nl', 'en'] as const) {
    it(lang, () => {
      const doc = parse(readFileSync(new URL(`../../content/${lang}/steps.yaml`, import.meta.url), 'utf8')) as { steps: Record<string, { why: string }> };
      for (const id of ['geschillencommissie', 'bezwaar-loopt']) {
        const why = doc.steps[id]!.why;
        expect(why, id).toMatch(sixWeeks[lang]!);
        expect(why, id).toMatch(notInSources[lang]!);
      }
    });
  }
});

/**
 * A TLV decision whose date the parent does not know: the only step is "find the date". It must still say that a
 * term may be running (often 6 weeks, not certain: FACTS E16-E18, §X.3), or the parent has no reason to hurry.
 */
describe('finding the TLV decision date says a term may already be running, and that it is not certain', () => {
  const want: Record<string, RegExp[]> = { nl: [/6 weken/, /niet zeker/, /snel/], en: [/6 weeks/, /not certain/, /soon/] };
  for (const lang of ['nl', 'en'] as const) {
    it(lang, () => {
      const doc = parse(readFileSync(new URL(`../../content/${lang}/steps.yaml`, import.meta.url), 'utf8')) as { steps: Record<string, { why: string }> };
      const why = doc.steps['tlv-besluitdatum-achterhalen']!.why;
      for (const re of want[lang]!) expect(why).toMatch(re);
    });
  }
});

/**
 * A complaint does not stop any term. The bezwaar's 6 weeks are in the sources (002:748-750, 846-850); the
 * Geschillencommissie's 6 weeks are not (FACTS F13, §X.2), and the plan says so wherever it gives that term. The klacht
 * steps used to name "the 6 weeks for bezwaar or the Geschillencommissie" as one fact.
 */
describe('the klacht steps do not state the Geschillencommissie\'s 6 weeks as a fact', () => {
  const tied: Record<string, RegExp> = { nl: /6 weken voor bezwaar of de Geschillencommissie/, en: /6 weeks for an objection or the Geschillencommissie/ };
  const still: Record<string, RegExp> = { nl: /stopt de 6 weken voor bezwaar niet/, en: /does not stop the 6 weeks for an objection/ };
  for (const lang of ['nl', 'en'] as const) {
    it(lang, () => {
      const doc = parse(readFileSync(new URL(`../../content/${lang}/steps.yaml`, import.meta.url), 'utf8')) as { steps: Record<string, { why: string }> };
      for (const id of ['klacht-indienen', 'klacht-loopt']) {
        const why = doc.steps[id]!.why;
        expect(why, id).not.toMatch(tied[lang]!);
        expect(why, id).toMatch(still[lang]!);
        expect(why, id).toMatch(/Geschillencommissie/);
      }
    });
  }
});

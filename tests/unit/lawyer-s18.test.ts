/**
 * Session 18, the parents' lawyer: defects found outside the plan's steps, each with a test that failed before the fix.
 * (The plan's own defects are held by tests/scenarios/005-randgevallen.yaml and rows in plan.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { buildCard } from '../../src/meeting/card';
import uiNl from '../../src/content/generated/pagetexts.nl';
import uiEn from '../../src/content/generated/pagetexts.en';

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

/**
 * Session 82 (s82-blind): the two app wrongs the blind round in tests/scenarios/068-blind-s82.yaml found. The tests marked
 * "(failed before)" failed on d9ac391b, the tree before this change.
 * 1. The removal's bezwaar step (bezwaar-verwijdering, and its variant after an enrolment elsewhere,
 *    removal75.planStep.bezwaarVerwijderingIngeschreven) named as grounds only a removal badly reasoned, out of proportion
 *    or without an untenable situation. It did not say that the board must hear the parents and the group teacher before
 *    deciding (C05, 002:768-772), while "ouders niet gehoord" is among the commonest reasons the Geschillencommissie sides
 *    with parents (002:3982). The warning verwijdering-zonder-school said it; the step where the parent writes did not.
 * 2. The jeugdhulp step (jeugdhulp-aanvragen) said where to apply, not that jeugdhulp comes beside the school's own help.
 *    A parent told "first jeugdhulp, then we can do more", with a waiting list of months (H09, 002:2183-2185), read nothing
 *    against it: more than basisondersteuning means an OPP within 6 weeks after the need arose (B01, B02), and that does
 *    not wait. The line between school help and care is not always clear (H08): the text says so and whom to ask.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import { loadTexts, renderMarkdown, type Lang } from '../../src/cli/plan';
import type { Answers } from '../../src/flow/answers';

const LANGS: Lang[] = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];

/** Story 03: a removal decided on paper on Monday 31 January 2028, no other school, read on 8 March. */
const removal = {
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
  'verwijdering-datum': '2028-01-31', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'bezwaar-ingediend': 'nee',
  'gpo-ingediend': 'nee', opp: 'ja', 'opp-besproken': '2027-10-04', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'oud',
  'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee',
  klacht: 'nee', groep: 'groep-7-8',
} as unknown as Answers;

/** Story 14: the school waits for jeugdhulp; no OPP; read on Friday 23 June 2028. */
const waitsForCare = {
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee', opp: 'nee', onderzoek: 'geen', 'swv-betrokken': 'nee',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nodig', klacht: 'nee',
  groep: 'groep-3-6',
} as unknown as Answers;

const HEARD: Record<Lang, RegExp> = {
  // Session 83 (s83-left, 1): the step comes only after the decision: the hearing in the past tense.
  nl: /Het bestuur moest jou en de leraar horen voordat het besloot\. Gebeurde dat niet\? Noem het in je bezwaar\. De Geschillencommissie gaf ouders ook gelijk als ze niet gehoord waren\./,
  en: /The board had to hear you and the teacher before it decided\. Did that not happen\? Say so in your objection\. The Geschillencommissie has also sided with parents who were not heard\./,
  ar: /كان يجب على مجلس إدارة المدرسة أن يستمع إليك وإلى المعلّم قبل أن يقرّر\. ألم يحدث ذلك؟ اذكر ذلك في اعتراضك\./,
  tr: /Yönetim kurulu karar vermeden önce sizi ve öğretmeni dinlemek zorundaydı\. Bu olmadı mı\? İtirazınızda bunu yazın\./,
  pl: /Zarząd musiał wysłuchać ciebie i nauczyciela, zanim zdecydował\. Tak się nie stało\? Napisz o tym w sprzeciwie\./,
  uk: /Правління мало вислухати вас і вчителя, перш ніж вирішувати\. Цього не було\? Напишіть про це в запереченні\./,
};

const NOT_WAITING: Record<Lang, RegExp> = {
  nl: /Jeugdhulp komt naast de hulp van school, niet in plaats ervan\..*binnen 6 weken.*De hulp van school wacht niet op de jeugdhulp, ook niet als daar een wachtlijst is\..*Vraag het ouder- en jeugdsteunpunt\./,
  en: /Youth care comes on top of the help from school, not instead of it\..*within 6 weeks.*does not wait for the youth care, not even when there is a waiting list/,
  ar: /مساعدة الشباب \(jeugdhulp\) تأتي إلى جانب مساعدة المدرسة، وليس بدلاً منها\..*6 أسابيع.*مساعدة المدرسة لا تنتظر مساعدة الشباب/,
  tr: /Gençlik yardımı \(jeugdhulp\) okulun yardımının yanında gelir, onun yerine geçmez\..*6 hafta içinde.*Okulun yardımı gençlik yardımını beklemez/,
  pl: /Jeugdhulp jest dodatkiem do pomocy szkoły, a nie jej zastępstwem\..*6 tygodni.*Pomoc szkoły nie czeka na jeugdhulp/,
  uk: /Jeugdhulp іде разом із допомогою школи, а не замість неї\..*6 тижнів.*Допомога школи не чекає на jeugdhulp/,
};

/** The plan's markdown under the step heading titled `title`, up to the next heading (bidi isolates removed). */
function stepSection(md: string, title: string): string {
  const lines = md.replace(/[\u2066-\u2069]/g, '').split('\n');
  const start = lines.findIndex((l) => l.startsWith('#') && l.includes(title.replace(/[\u2066-\u2069]/g, '')));
  expect(start).toBeGreaterThan(-1);
  const next = lines.findIndex((l, i) => i > start && l.startsWith('#'));
  return lines.slice(start, next === -1 ? undefined : next).join('\n');
}

describe('1. the removal bezwaar names "not heard" as a ground', () => {
  it('(failed before) in the plan of story 03, inside the bezwaar step, in six languages; the date does not move', async () => {
    const plan = buildPlan(removal, '2028-03-08');
    const step = plan.steps.find((s) => s.id === 'bezwaar-verwijdering');
    expect(step?.deadline?.due).toBe('2028-03-13');
    expect(step?.deadline?.certain).toBe(true);
    for (const lang of LANGS) {
      const t = await loadTexts(lang);
      const md = renderMarkdown(plan, t);
      const title = t.steps.steps['bezwaar-verwijdering']!.title;
      expect(stepSection(md, title), lang).toMatch(HEARD[lang]);
    }
  });
  it('(failed before) the variant after an enrolment elsewhere says it too (removal75, same why)', async () => {
    for (const lang of LANGS) {
      const t = await loadTexts(lang);
      const ui = t.ui as { removal75: { planStep: { bezwaarVerwijderingIngeschreven: { why: string } } } };
      expect(ui.removal75.planStep.bezwaarVerwijderingIngeschreven.why, lang).toMatch(HEARD[lang]);
    }
  });
});

describe('2. the jeugdhulp step says the school does not wait for jeugdhulp', () => {
  it('(failed before) in the plan of story 14, inside the jeugdhulp step, in six languages; no certain term', async () => {
    const plan = buildPlan(waitsForCare, '2028-06-23');
    expect(plan.steps.some((s) => s.id === 'jeugdhulp-aanvragen')).toBe(true);
    expect(plan.steps.some((s) => s.deadline?.certain)).toBe(false);
    for (const lang of LANGS) {
      const t = await loadTexts(lang);
      const md = renderMarkdown(plan, t);
      const title = t.steps.steps['jeugdhulp-aanvragen']!.title;
      expect(stepSection(md, title).replace(/\n/g, ' '), lang).toMatch(NOT_WAITING[lang]);
    }
  });
  it('a plan without jeugdhulp needed has no such step and no such text', async () => {
    const plan = buildPlan({ ...waitsForCare, jeugdhulp: 'nee' } as Answers, '2028-06-23');
    expect(plan.steps.some((s) => s.id === 'jeugdhulp-aanvragen')).toBe(false);
    expect(renderMarkdown(plan, await loadTexts('nl'))).not.toMatch(/wacht niet op de jeugdhulp/);
  });
});

/**
 * Session 81 (s81-left): things an earlier session noticed and left open in the plan texts and logic.
 *
 * (a) The refusal warning weigering-zonder-andere-school and its two ui copies (p1s38 after a turned-down offer, s47 for
 *     groep 7-8) said "Vraag per e-mail welke school dat is." right after the sentence about the ouder- en
 *     jeugdsteunpunt, so a parent read it as "which school is the steunpunt". It means: ask the school which other school
 *     will admit the child (A11, A12; 001:125-126). The ask now names the school as the one asked and the other school as
 *     the one asked about, and sits right after "De school zoekt die andere school samen met jou" (in p1s38, where that
 *     sentence is cut, at the start of its paragraph). "Is het een school voor cluster 1 of 2?" followed it and had the
 *     same problem ("het" = the steunpunt, or the other school): it now names the school that refuses (001:134).
 *     Six languages, same paragraph breaks. Failed before the fix.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import { loadTexts, renderMarkdown, type Texts } from '../../src/cli/plan';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
type Lang = (typeof LANGS)[number];
const texts: Partial<Record<Lang, Texts>> = {};
beforeAll(async () => {
  for (const l of LANGS) texts[l] = await loadTexts(l);
});
const at = (root: unknown, path: string): unknown => path.split('.').reduce<unknown>((n, p) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[p] : undefined), root);
/** Without the Arabic texts' direction isolates around Latin words (U+2066-U+2069). */
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '').replace(/\u00a0/g, ' ');
/** Sentences, across paragraph breaks (the split aanbod-s38 uses, with the Arabic question mark). */
const sentences = (s: string) => plain(s).split(/(?<=[.?!؟])\s+/).map((x) => x.trim()).filter(Boolean);

// ── (a) the refusal warning: which school to ask about ────────────────────────────────────────────────────────────
describe('(a) weigering-zonder-andere-school: "ask which school" is not read as a question about the steunpunt', () => {
  /** The three texts a parent can get for this warning. */
  const REFUSAL_TEXTS: { key: string; read: (t: Texts) => string; search: boolean }[] = [
    { key: 'warnings.weigering-zonder-andere-school', read: (t) => (t.steps['warnings'] as Record<string, { text: string }>)['weigering-zonder-andere-school']!.text, search: true },
    { key: 'ui p1s38.warning.weigeringZonderAndereSchool', read: (t) => (at(t.ui, 'p1s38.warning.weigeringZonderAndereSchool') as { text: string }).text, search: false },
    { key: 'ui s47.warning.weigeringZonderAndereSchoolVo', read: (t) => (at(t.ui, 's47.warning.weigeringZonderAndereSchoolVo') as { text: string }).text, search: true },
  ];
  /** How each language says "by e-mail" (every ask-by-e-mail sentence in these texts has it). */
  const EMAIL: Record<Lang, RegExp> = { nl: /per e-mail/, en: /by e-mail/, ar: /بالبريد الإلكتروني/, tr: /[Ee]-postayla/, pl: /e-mailem/, uk: /електронною поштою/ };
  /** The ask: the school is asked (addressee named) which other school will admit the child. */
  const ASK: Record<Lang, RegExp> = {
    nl: /^Vraag de school per e-mail welke andere school je kind wil toelaten\.$/,
    en: /^Ask the school by e-mail which other school is willing to admit your child\.$/,
    ar: /^اسأل المدرسة بالبريد الإلكتروني: ما هي المدرسة الأخرى التي تريد قبول طفلك؟$/,
    tr: /^Okula e-postayla, çocuğunuzu hangi başka okulun kabul etmek istediğini sorun\.$/,
    pl: /^Zapytaj szkołę e-mailem, która inna szkoła chce przyjąć twoje dziecko\.$/,
    uk: /^Запитайте школу електронною поштою, яка інша школа хоче зарахувати вашу дитину\.$/,
  };
  /** "The school looks for that other school together with you." */
  const SEARCH: Record<Lang, RegExp> = {
    nl: /^De school zoekt die andere school samen met jou\.$/,
    en: /^The school looks for that other school together with you\.$/,
    ar: /^(تبحث المدرسة عن هذه|المدرسة تبحث عن تلك) المدرسة الأخرى معك\.$/,
    tr: /^Okul (bu diğer|o başka) okulu sizinle birlikte arar\.$/,
    pl: /^Szkoła szuka tej innej szkoły razem z tobą\.$/,
    uk: /^Школа шукає цю іншу школу разом із вами\.$/,
  };
  /** The cluster 1/2 sentence names the school that refuses, not "it" (001:134: the cluster school's own best efforts). */
  const CLUSTER: Record<Lang, RegExp> = {
    nl: /^Is de school die je kind weigert een school voor cluster 1 of 2\?$/,
    en: /^Is the school that refuses your child a school for cluster 1 or 2\?$/,
    ar: /^هل المدرسة التي ترفض طفلك مدرسة لـ cluster 1 أو 2؟$/,
    tr: /^Çocuğunuzu reddeden okul, cluster 1 veya 2 için bir okul mu\?$/,
    pl: /^Czy szkoła, która odmawia przyjęcia dziecka, to szkoła dla klastra 1 albo 2\?$/,
    uk: /^Школа, яка відмовляє вашій дитині, — це школа для кластера 1 або 2\?$/,
  };

  for (const l of LANGS) {
    for (const { key, read, search } of REFUSAL_TEXTS) {
      it(`${l} ${key}: the sentence after the steunpunt sentence asks nothing by e-mail; the ask names the school and follows the search`, () => {
        const s = sentences(read(texts[l]!));
        const steunpunt = s.findIndex((x) => x.includes('jeugdsteunpunt'));
        expect(steunpunt, `${l} ${key}: the steunpunt sentence`).toBeGreaterThanOrEqual(0);
        const next = s[steunpunt + 1] ?? '';
        expect(next, `${l} ${key}: right after the steunpunt`).not.toMatch(EMAIL[l]);
        const asks = s.map((x, i) => [x, i] as const).filter(([x]) => ASK[l].test(x));
        expect(asks.length, `${l} ${key}: one ask naming the school`).toBe(1);
        const i = asks[0]![1];
        if (search) expect(s[i - 1], `${l} ${key}: before the ask`).toMatch(SEARCH[l]);
        else expect(i, `${l} ${key}: the ask opens the second paragraph`).toBe(sentences(read(texts[l]!).split('\n')[0]!).length);
        const cluster = s.filter((x) => /cluster|klastra|кластера/.test(x) && /\?|؟/.test(x));
        expect(cluster.length, `${l} ${key}`).toBe(1);
        expect(cluster[0], `${l} ${key}: the cluster question`).toMatch(CLUSTER[l]);
      });
    }
    it(`${l}: the three texts keep their paragraphs (4, 4 with the offer note, 3)`, () => {
      expect(REFUSAL_TEXTS.map((r) => r.read(texts[l]!).split('\n').length), l).toEqual([3, 4, 3]);
    });
  }

  it('the plans that show the warning render the new ask in every language (groep 3-6, groep 7-8, after a turned-down offer)', () => {
    const W = { situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-10-05', 'ondersteuning-gemeld': 'ja', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-11-02', 'weigering-andere-school': 'nee', groep: 'groep-3-6' };
    const variants: [string, Record<string, unknown>][] = [
      ['groep 3-6', W],
      ['groep 7-8', { ...W, groep: 'groep-7-8' }],
      ['offer turned down', { ...W, 'aanbod-geweigerd': 'ja' }],
    ];
    for (const [name, a] of variants) {
      const p = buildPlan(a as Answers, '2026-11-04' as IsoDate);
      expect(p.warnings.map((w) => w.id), name).toContain('weigering-zonder-andere-school');
      for (const l of LANGS) expect(plain(renderMarkdown(p, texts[l]!)), `${l} ${name}`).toMatch(new RegExp(ASK[l].source.slice(1, -1)));
    }
  });
});

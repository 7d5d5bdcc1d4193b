/**
 * Session 38 (s38-p1): with aanbod-geweigerd: ja (the parent turned down a place or an offer), the steps and warnings that
 * said without a condition that the school stays responsible or must find a place get their texts from ui.yaml p1s38
 * (FACTS A22, FP-P1; 002:734-740). The Dutch plans are held by tests/scenarios/031-aanbod-s38.yaml; this file holds the
 * six languages: every plan of that file renders in each (no text missing), each p1s38 text lost exactly the sentence that
 * said it (and a question only that sentence answered) and kept the others, and carries that language's fp38 caveat (what a turned-down offer may mean, whom to ask).
 * Session 38 (s38-p1b): that caveat, read four times and more in one plan, became a short one in each p1s38 text: the
 * condition (a reasonable offer of a suitable place), its consequence in the words of the warning aanbod-geweigerd (the
 * school need not arrange a place any more) and that warning's title, quoted, for what to do. The long caveat is in no
 * p1s38 text; it stays in fp38 and the warning keeps its whole text.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import { loadTexts, renderMarkdown, type Texts } from '../../src/cli/plan';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';

const LANGS = ['nl', 'en', 'tr', 'pl', 'uk', 'ar'] as const;
const split = (s: string) => s.split(/(?<=[.?!؟])\s+/).map((x) => x.trim()).filter(Boolean);
const scenarios = (parse(readFileSync(new URL('../scenarios/031-aanbod-s38.yaml', import.meta.url), 'utf8'), { schema: 'failsafe' }) as { id: string; answers: Answers }[]);
const refused = scenarios.filter((s) => (s.answers as Record<string, unknown>)['aanbod-geweigerd'] === 'ja');

/** p1s38 key -> [steps.yaml kind, id, field, the sentences (by index in the text) that said it]. */
const CUT: Record<string, ['steps' | 'warnings', string, 'why' | 'text', number[]]> = {
  'planStep.handelingsverlegenReageren': ['steps', 'handelingsverlegen-reageren', 'why', [4]],
  // Session 77 (s77-blind, B29): a sentence added at index 2 (who applies for extra support), so the cut one is now 4.
  'planStep.swvBetrekken': ['steps', 'swv-betrekken', 'why', [4]],
  'planStep.afsprakenThuisVastleggen': ['steps', 'afspraken-thuis-vastleggen', 'why', [4, 5, 6]],
  'planStep.inschrijvingNavragen': ['steps', 'inschrijving-navragen', 'why', [2]],
  'planStep.inschrijvingNaBesluit': ['steps', 'inschrijving-na-besluit', 'why', [4]],
  'planStep.uitschrijvingNavragen': ['steps', 'uitschrijving-navragen', 'why', [3]],
  'planStep.tlvInschrijven': ['steps', 'tlv-inschrijven', 'why', [5]],
  'warning.verwijderingZonderSchool': ['warnings', 'verwijdering-zonder-school', 'text', [3, 4]],
  'warning.nietWelkomZorgplicht': ['warnings', 'niet-welkom-zorgplicht', 'text', [1, 2]],
  'warning.wachtlijstZorgplicht': ['warnings', 'wachtlijst-zorgplicht', 'text', [2, 3, 4]],
  'warning.nietZelfUitschrijven': ['warnings', 'niet-zelf-uitschrijven', 'text', [4, 5]],
  // Session 45: two sentences (a full school, the grondslag) came in before the one cut.
  'warning.weigeringZonderAndereSchool': ['warnings', 'weigering-zonder-andere-school', 'text', [4]],
};

/** The condition, and the words of the consequence, in each language (its existing caveat's and warning's words). */
const REASONABLE_OFFER: Record<(typeof LANGS)[number], string> = {
  nl: 'redelijk aanbod van een passende plek',
  en: 'reasonable offer of a suitable place',
  tr: 'uygun bir yer için makul bir teklif',
  pl: 'rozsądna oferta odpowiedniego miejsca',
  uk: 'розумна пропозиція відповідного місця',
  ar: 'عرضاً معقولاً لمكان مناسب',
};
const PLACE_NO_MORE: Record<(typeof LANGS)[number], string> = {
  nl: 'niet meer voor een plek',
  en: 'no longer has to arrange a place',
  tr: 'artık bir yer bulması gerekmez',
  pl: 'nie musi już zapewniać miejsca',
  uk: 'вже не мусить дбати про місце',
  ar: 'لا يجب على المدرسة بعد ذلك أن تؤمّن مكاناً',
};

const texts: Partial<Record<(typeof LANGS)[number], Texts>> = {};
beforeAll(async () => {
  for (const l of LANGS) texts[l] = await loadTexts(l);
});
const at = (root: unknown, path: string): unknown => path.split('.').reduce<unknown>((n, p) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[p] : undefined), root);

describe('s38-p1: texts after a turned-down offer, in six languages', () => {
  it('the scenario file has plans with the offer turned down', () => expect(refused.length).toBeGreaterThanOrEqual(9));

  for (const l of LANGS) {
    it(`${l}: every such plan renders, and each of its p1s38 steps and warnings is shown with its own text`, () => {
      const t = texts[l]!;
      for (const s of refused) {
        const plan = buildPlan(s.answers, '2026-11-30' as IsoDate);
        const md = renderMarkdown(plan, t);
        const used = [...plan.steps, ...plan.warnings].filter((x) => x.texts?.startsWith('ui:p1s38.'));
        expect(used.length, s.id).toBeGreaterThan(0);
        for (const x of used) {
          const entry = at(t.ui, x.texts!.slice(3)) as Record<string, string>;
          expect(md, `${s.id} ${x.id}`).toContain(entry['title']!);
        }
      }
    });

    it(`${l}: each p1s38 text dropped only the sentences that said the school stays responsible, and ends with the short caveat that points to the warning`, () => {
      const t = texts[l]!;
      const longCaveat = split((at(t.ui, 'fp38.planStep.onderwijsNaAfgewezenAanbod') as { why: string }).why).slice(1);
      const warning = (t.steps['warnings'] as Record<string, Record<string, string>>)['aanbod-geweigerd']!;
      // The warning's own sentence for the consequence (nl: "Dan hoeft de school niet meer voor een plek te zorgen.").
      const consequence = split(warning['text']!)[1]!;
      expect(consequence, l).toContain(PLACE_NO_MORE[l]);
      for (const [key, [kind, id, field, cut]] of Object.entries(CUT)) {
        const own = split((t.steps[kind] as Record<string, Record<string, string>>)[id]![field]!);
        const now = (at(t.ui, `p1s38.${key}`) as Record<string, string>)[field]!;
        own.forEach((sentence, i) => {
          if (cut.includes(i)) expect(now, `${l} ${key} still says: ${sentence}`).not.toContain(sentence);
          else expect(now, `${l} ${key} lost: ${sentence}`).toContain(sentence);
        });
        expect(now, `${l} ${key}: the condition`).toContain(REASONABLE_OFFER[l]);
        expect(now, `${l} ${key}: the consequence`).toContain(consequence);
        expect(now, `${l} ${key}: the warning's title, quoted`).toContain(`"${warning['title']}"`);
        for (const c of longCaveat) if (!own.includes(c)) expect(now, `${l} ${key} repeats the long caveat`).not.toContain(c);
      }
    });

    it(`${l}: in every such plan the warning the short caveat names is there, and the long caveat is read at most once`, () => {
      const t = texts[l]!;
      const warning = (t.steps['warnings'] as Record<string, Record<string, string>>)['aanbod-geweigerd']!;
      const title = warning['title']!;
      // The long caveat's sentences, but those the warning itself says too (nl: "Vind je het aanbod niet passend?").
      const longCaveat = split((at(t.ui, 'fp38.planStep.onderwijsNaAfgewezenAanbod') as { why: string }).why)
        .slice(1)
        .filter((c) => !warning['text']!.includes(c));
      expect(longCaveat.length, l).toBeGreaterThanOrEqual(4);
      for (const s of refused) {
        const plan = buildPlan(s.answers, '2026-11-30' as IsoDate);
        const md = renderMarkdown(plan, t);
        expect(plan.warnings.map((w) => w.id), s.id).toContain('aanbod-geweigerd');
        expect(md, `${l} ${s.id}`).toContain(title);
        for (const c of longCaveat) expect(md.split(c).length - 1, `${l} ${s.id}: ${c}`).toBeLessThanOrEqual(1);
      }
    });
  }
});

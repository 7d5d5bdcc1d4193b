/**
 * Session 68 (s68-summer): what session 67 (summer-s67.test.ts) left open about a plan read in the summer holiday (July or
 * August: inSummerMonths, src/rules/steps/thuiszitten.ts), and one helper for the two summer warnings. Each gap was written
 * down first from ../shared/FACTS.md, then run with `npx tsx src/cli/plan.ts <answers> --today <day>`, then fixed.
 *
 * Stories (our own dates; weekdays from the calendar; answers in tests/answers/s68/summer/):
 *   Noor (groep 4): "niet welkom" since Mon 28 Jun 2027, still enrolled, and she turned down an offer of a place
 *     (aanbod-geweigerd: ja). Read Tue 13 Jul and Mon 16 Aug 2027; guards Tue 29 Jun and Tue 7 Sep 2027.
 *   Lotte (groep 5): removal on paper Fri 9 Jul 2027, still enrolled, at home, an offer turned down. Read Tue 20 Jul 2027;
 *     her bezwaar is due Fri 9 Jul + 42 = Fri 20 Aug 2027 (C09), certain, and must not move.
 *   Fenna (groep 1-2): at home since Mon 21 Jun 2027 for another reason, enrolled. Read Tue 27 Jul 2027; guards 29 Jun, 7 Sep.
 *   Mila (groep 3-6): enrolled nowhere after a move, registered Mon 3 May 2027, admitted, enrolled from Mon 14 Jun 2027.
 *     Read Tue 20 Jul and Mon 9 Aug 2027; guards Tue 29 Jun and Wed 8 Sep. Ivo: the same, not at school yet (may be 4).
 *     The OPP's 6 weeks after enrolment (Mon 14 Jun + 42 = Mon 26 Jul 2027, not certain) must not move.
 *
 * What a correct plan must say, from ../shared/FACTS.md (not from the code):
 *   - C13, C23, D09 (002:1716-1724, 003:571-575): a child kept out but enrolled; in July or August no school teaches, so
 *     "Vraag per e-mail wat de school nu doet" asks for what cannot happen. Ask now, in writing, whether she may come back on
 *     the first school day after the holiday, and if not why, and where and from whom she gets lessons from that day. That
 *     day differs per region and is in no source: "vraag de school". A22, FP-P1 (002:734-740): with an offer turned down the
 *     school may no longer have to arrange a place: the p1s38 caveat stays, and no sentence says without a condition that
 *     the school stays responsible.
 *   - D05 (001:847): no lessons in the holiday, so no absence and no report; D06 (000:1082-1091): tell the
 *     leerplichtambtenaar now, for the first school day after the holiday; what he or she can do in the holiday is in no
 *     source. D01 (000:3-5, 1214-1219): leerplicht from 5; a child in groep 1-2 or not at school yet may be 4: that caveat
 *     stays in the summer. A child enrolled (after none) in June: "Gaat je kind nu naar school?" has no answer in August.
 *   - No deadline moves: C09's bezwaar and the OPP's 6 weeks keep their days.
 *
 * Defects found (each `it` marked "failed before" failed against the branch's HEAD e851469, src/ and content/ as they were;
 * the guards passed before and after):
 *   D1 niet-welkom-zorgplicht with an offer turned down read in July/August kept "Vraag per e-mail wat de school nu doet"
 *      (ui p1s38.warning.nietWelkomZorgplicht). Now ui summer68.warning.nietWelkomAanbodZomer.
 *   D2 leerplicht-inschakelen for a child in groep 1-2 or not at school yet (edges65 leerplichtJong) and for a child enrolled
 *      after none (enrolled60 leerplichtIngeschreven, edges65 leerplichtIngeschrevenJong) had no summer text. Now ui
 *      summer68.planStep.leerplichtJongZomer, leerplichtIngeschrevenZomer, leerplichtIngeschrevenJongZomer.
 *   D3 the two summer warnings ordered summer/offer differently; one helper (summerOfferTexts) now serves both: summer text
 *      (its offer version with an offer turned down), else the offer text, else the general text. Tested by its table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadPlanTexts, tFor } from './plan-texts';
import { stepText } from '../../src/ui/deadlineText';
import type { Plan } from '../../src/rules/plan';
import { agree, dutch, firstScreen, step, story, terms, warningPart } from './lawyer-kit';
import * as thuis from '../../src/rules/steps/thuiszitten';
import { offerRefusedTexts } from '../../src/rules/steps/predicates';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
beforeAll(async () => {
  await loadPlanTexts();
});

const answersOf = (path: string) => (JSON.parse(readFileSync(new URL(`../answers/${path}`, import.meta.url), 'utf8')) as { answers: Record<string, unknown> }).answers;
const noor = story(answersOf('s68/summer/1-noor-niet-welkom-aanbod.json'));
const noorNoOffer = story(answersOf('s67/summer/1-noor-niet-welkom.json'));
const lotte = story(answersOf('s68/summer/2-lotte-verwijderd-aanbod.json'));
const fenna = story(answersOf('s68/summer/3-fenna-kleuter-thuis.json'));
const mila = story(answersOf('s68/summer/4-mila-ingeschreven-na-nergens.json'));
const ivo = story(answersOf('s68/summer/5-ivo-ingeschreven-jong.json'));
const lisa = story(answersOf('s67/summer/3-lisa-wachtlijst-niet-welkom.json'));

const warning = (p: Plan, id: string) => p.warnings.find((w) => w.id === id);
const welcome = (p: Plan) => warningPart(warning(p, 'niet-welkom-zorgplicht')!, 'nl', 'text');
const lpa = (p: Plan) => step(p, 'leerplicht-inschakelen')!;

// ── D1: niet welkom with an offer turned down, read in the summer holiday ────────────────────────────────────────────

describe('D1: niet-welkom-zorgplicht with an offer turned down, read in July or August (C13, C23, A22, FP-P1)', () => {
  it('D1 (failed before): Noor, Tue 13 Jul and Mon 16 Aug 2027: no "wat de school nu doet"; ask now about the first school day', () => {
    for (const d of ['2027-07-13', '2027-08-16']) {
      const t = welcome(agree(noor, d));
      expect(t, d).not.toMatch(/Vraag per e-mail wat de school nu doet/);
      expect(t, d).toMatch(/Is het nu zomervakantie\? Dan krijgt geen enkel kind les/);
      expect(t, d).toMatch(/nu al per e-mail of je kind op de eerste schooldag na de vakantie weer mag komen/);
      expect(t, d).toMatch(/Mag dat niet\? Vraag dan waarom niet, en waar en van wie je kind vanaf die dag les krijgt/);
      expect(t, d).toMatch(/verschilt per regio en staat niet in onze bronnen\. Vraag het de school/);
      expect(t, d).toMatch(/alleen in heel uitzonderlijke gevallen/);
      // A22, FP-P1: the caveat stays; no unconditional "the school stays responsible".
      expect(t, d).toMatch(/Let op: je hebt een aanbod van een plek afgewezen\. Was dat een redelijk aanbod van een passende plek\? Dan hoeft de school niet meer voor een plek te zorgen/);
      expect(t, d).not.toMatch(/blijft de school gewoon verantwoordelijk/);
      expect(t, d).not.toMatch(/\d{4}/);
    }
  });

  it('D1 (failed before): Lotte (a removal, an offer turned down), Tue 20 Jul 2027: the summer text; the bezwaar keeps 20 Aug as the first screen\'s date', () => {
    const p = agree(lotte, '2027-07-20');
    expect(warning(p, 'niet-welkom-zorgplicht')!.texts).toBe('ui:summer68.warning.nietWelkomAanbodZomer');
    expect(terms(p)).toContain('bezwaar-verwijdering 2027-07-09>2027-08-20 upcoming');
    expect(firstScreen(p).next).toBe('bezwaar-verwijdering 2027-08-20');
  });

  it('D1 (failed before): every language has its own text, with the offer caveat', () => {
    const w = warning(agree(noor, '2027-07-13'), 'niet-welkom-zorgplicht')!;
    expect(w.texts).toBe('ui:summer68.warning.nietWelkomAanbodZomer');
    const nl = warningPart(w, 'nl', 'text');
    for (const lang of LANGS) {
      const text = warningPart(w, lang, 'text');
      expect(text, lang).not.toBe(tFor(lang).raw('ui:p1s38.warning.nietWelkomZorgplicht.text'));
      expect(text, lang).not.toBe(tFor(lang).raw('ui:summer67.warning.nietWelkomZomer.text'));
      expect(warningPart(w, lang, 'title'), lang).not.toBe('');
      if (lang !== 'nl') expect(text, lang).not.toBe(nl);
    }
  });

  it('guard: June and September keep the offer text (p1s38); without an offer the summer67 text stays', () => {
    for (const d of ['2027-06-29', '2027-09-07']) {
      expect(warning(agree(noor, d), 'niet-welkom-zorgplicht')!.texts, d).toBe('ui:p1s38.warning.nietWelkomZorgplicht');
      expect(welcome(agree(noor, d)), d).toMatch(/Vraag per e-mail wat de school nu doet/);
      expect(warning(agree(noorNoOffer, d), 'niet-welkom-zorgplicht')!.texts, d).toBeUndefined();
    }
    expect(warning(agree(noorNoOffer, '2027-07-13'), 'niet-welkom-zorgplicht')!.texts).toBe('ui:summer67.warning.nietWelkomZomer');
  });
});

// ── D2: the leerplichtambtenaar step's young and enrolled texts in the summer ─────────────────────────────────────────

describe('D2: leerplicht-inschakelen for a young child and a child enrolled after none, read in July or August (D01, D05, D06)', () => {
  it('D2 (failed before): Fenna (groep 1-2), Tue 27 Jul 2027: leerplicht from 5 kept; no absence in the holiday; tell the leerplichtambtenaar now, for the first school day', () => {
    const s = lpa(agree(fenna, '2027-07-27'));
    const t = dutch(s);
    expect(t).not.toMatch(/Vertel dat je kind thuis zit en dat je wilt dat het les krijgt\./);
    expect(t).toMatch(/de leerplicht begint pas als je kind 5 jaar is\. Is je kind nog 4\? Dan is het nog niet leerplichtig/);
    expect(t).toMatch(/Is het nu zomervakantie\? Dan krijgt geen enkel kind les, en meldt geen school iets aan de leerplichtambtenaar/);
    expect(t).toMatch(/Mail de leerplichtambtenaar nu al\. Vertel dat je kind thuis zit en dat je wilt dat het vanaf de eerste schooldag na de vakantie les krijgt/);
    expect(t).toMatch(/verschilt per regio en staat niet in onze bronnen/);
    expect(t).toMatch(/Loopt er een termijn voor bezwaar\? Onze bronnen zeggen niet dat die stilstaat in de vakantie/);
    // Session 70 (s70-left): the title says "now"; "vóór de eerste schooldag" was not true late in August in some regions.
    expect(dutch(s, 'title')).toBe('Neem nu al contact op met de leerplichtambtenaar');
    expect(t).not.toMatch(/\d{4}/);
  });

  it('D2 (failed before): Mila (enrolled Mon 14 Jun 2027 after no school), Tue 20 Jul and Mon 9 Aug: no "Gaat je kind nu naar school?"', () => {
    for (const d of ['2027-07-20', '2027-08-09']) {
      const s = lpa(agree(mila, d));
      const t = dutch(s);
      expect(t, d).not.toMatch(/Gaat je kind nu naar school\?/);
      expect(t, d).toMatch(/Je kind staat sinds maandag 14 juni 2027 op school ingeschreven/);
      expect(t, d).toMatch(/Is het nu zomervakantie\? Dan krijgt geen enkel kind les, en de school meldt in de vakantie niets aan de leerplichtambtenaar/);
      expect(t, d).toMatch(/mag het na de vakantie gewoon weer komen\? Dan hoef je de leerplichtambtenaar niets over thuiszitten te vertellen/);
      expect(t, d).toMatch(/Mail de leerplichtambtenaar nu al\. Vertel dat je kind op school staat ingeschreven, maar thuis zit\. Vertel ook dat je wilt dat het vanaf de eerste schooldag na de vakantie les krijgt/);
      expect(t, d).toMatch(/verschilt per regio en staat niet in onze bronnen\. Vraag het de school/);
      expect(t, d).not.toMatch(/leerplicht begint pas/);
      expect(dutch(s, 'title'), d).toBe('Gaat je kind na de vakantie niet naar school? Vertel het de leerplichtambtenaar');
    }
  });

  it('D2 (failed before): Ivo (not at school yet, enrolled after none), Mon 9 Aug 2027: the enrolled summer text with leerplicht from 5', () => {
    const t = dutch(lpa(agree(ivo, '2027-08-09')));
    expect(t).not.toMatch(/Gaat je kind nu naar school\?/);
    expect(t).toMatch(/vanaf de eerste schooldag na de vakantie les krijgt/);
    expect(t).toMatch(/de leerplicht begint pas als je kind 5 jaar is/);
  });

  it('D2 (failed before): every language has its own text, its date placeholder filled', () => {
    const cases: [Plan, string][] = [
      [agree(fenna, '2027-07-27'), 'ui:summer68.planStep.leerplichtJongZomer'],
      [agree(mila, '2027-07-20'), 'ui:summer68.planStep.leerplichtIngeschrevenZomer'],
      [agree(ivo, '2027-08-09'), 'ui:summer68.planStep.leerplichtIngeschrevenJongZomer'],
    ];
    for (const [p, key] of cases) {
      const s = lpa(p);
      expect(s.texts).toBe(key);
      const nl = stepText(s, 'why', tFor('nl'));
      for (const lang of LANGS) {
        const why = stepText(s, 'why', tFor(lang));
        expect(why, `${key} ${lang}`).toMatch(/leerplichtambtenaar/);
        expect(why, `${key} ${lang}`).not.toMatch(/\{\{/);
        if (key.includes('Ingeschreven')) expect(why, `${key} ${lang}`).toMatch(/2027/);
        expect(stepText(s, 'title', tFor(lang)), `${key} ${lang}`).not.toBe('');
        if (lang !== 'nl') expect(why, `${key} ${lang}`).not.toBe(nl);
      }
    }
  });

  it('guard: June and September keep the general texts; the OPP keeps its 6 weeks (26 Jul 2027, not certain)', () => {
    for (const d of ['2027-06-29', '2027-09-07']) {
      expect(lpa(agree(fenna, d)).texts, d).toBe('ui:edges65.planStep.leerplichtJong');
    }
    for (const d of ['2027-06-29', '2027-09-08']) {
      expect(lpa(agree(mila, d)).texts, d).toBe('ui:enrolled60.planStep.leerplichtIngeschreven');
      expect(lpa(agree(ivo, d)).texts, d).toBe('ui:edges65.planStep.leerplichtIngeschrevenJong');
    }
    for (const d of ['2027-06-29', '2027-07-20', '2027-08-09']) {
      expect(terms(agree(mila, d)).find((x) => x.startsWith('opp-na-toelating')), d).toMatch(/^opp-na-toelating 2027-06-14>2027-07-26 \w+\?$/);
    }
  });
});

// ── D3: one helper for both summer warnings ──────────────────────────────────────────────────────────────────────────

describe('D3: one order (summer, offer, general) for niet-welkom-zorgplicht and wachtlijst-zorgplicht', () => {
  it('D3 (failed before): the helper summerOfferTexts exists and orders summer, offer, general', () => {
    // Session 69 (s69-readback, 2): `offer` is offerRefused's kind of text (a function of the facts), no longer a spelled key.
    const helper = (thuis as Record<string, unknown>).summerOfferTexts as undefined | ((o: { summer: string; offerSummer: string; offer: (f: never) => string | undefined }) => (f: unknown) => string | undefined);
    expect(typeof helper).toBe('function');
    const pick = helper!({ summer: 'S', offerSummer: 'OS', offer: offerRefusedTexts('O') });
    const facts = (today: string, refused: boolean) => ({ today, oneOf: (k: string, v: string) => k === 'aanbod-geweigerd' && v === 'ja' && refused });
    expect(pick(facts('2027-07-13', true))).toBe('OS');
    expect(pick(facts('2027-08-31', false))).toBe('S');
    expect(pick(facts('2027-06-30', true))).toBe('O');
    expect(pick(facts('2027-09-01', false))).toBeUndefined();
  });

  it('the two warnings pick the same way in every month, with and without an offer (wachtlijst: behaviour unchanged)', () => {
    const expectWaiting: Record<string, [string | undefined, string | undefined]> = {
      '2027-06-29': [undefined, 'ui:p1s38.warning.wachtlijstZorgplicht'],
      '2027-08-09': ['ui:blind67.warning.wachtlijstZorgplichtZomer', 'ui:blind67.warning.wachtlijstZorgplichtAanbodZomer'],
      '2027-09-07': [undefined, 'ui:p1s38.warning.wachtlijstZorgplicht'],
    };
    const lisaAnswers = answersOf('s67/summer/3-lisa-wachtlijst-niet-welkom.json');
    for (const [d, [plain, offer]] of Object.entries(expectWaiting)) {
      expect(warning(agree(lisa, d), 'wachtlijst-zorgplicht')?.texts, d).toBe(plain);
      expect(warning(agree(story({ ...lisaAnswers, 'aanbod-geweigerd': 'ja' }), d), 'wachtlijst-zorgplicht')?.texts, d).toBe(offer);
    }
  });
});

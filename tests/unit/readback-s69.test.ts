/**
 * Session 69 (s69-readback): four places session 68's read-back of its own diff found saying one thing twice or in a long
 * way (/work/wt/closing-s68.md, "Read back"). Behaviour is kept: every plan of every answers file under tests/answers/ was
 * written for 2026-12-14, 2027-03-01 and 2027-07-20 (and six more dates) before and after each change and compared; the
 * only difference is the decision in item 1.
 *
 * 1 backAtSchoolSteps (src/timeline/earlier.ts) spelled out its own afspraken-bevestigen (section, letters, contacts) when
 *   the plan had none, beside the catalogue rule (src/rules/steps/informatie.ts). The copies disagreed: the fallback named
 *   the school as contact, the rule named none. The step asks the parent to e-mail the school what was agreed and to ask
 *   the school to reply (F01; its sibling steps gesprek-vastleggen and gesprek-voorbereiden, with the same letter, name the
 *   school): "Met wie" names the school now, in the rule; the fallback is built from the rule.
 * 2 summerOfferTexts (src/rules/steps/thuiszitten.ts) took the offer text as a spelled key ('ui:p1s38.warning.…') while
 *   offerRefused (predicates.ts) builds the same keys: it now takes offerRefused's function (the text when an offer was
 *   turned down, otherwise undefined), so each key is named one way.
 * 3 tlv-geldigheid worked out tlvEarliestEnd four times per plan build (groupFor, texts, addContacts, params): now once per
 *   Facts (factsMemo, src/rules/facts.ts). Session 70 (s70-readback, 3) removed that cache again (no measurable time saved):
 *   item 3's tests now hold only what the step says from that one end (group, texts, contacts, params).
 * 4 leerplicht-inschakelen picked its texts from eight constants in nested ifs: now a table keyed by variant, each with its
 *   summer twin (LPA_TEXTS).
 *
 * Failed before the change (run against the branch's start, c1de9dd): every `it` marked "(failed before)". The guards
 * (behaviour kept) passed before and pass now.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stepRules, warningRules } from '../../src/rules/catalogue';
import { factsFrom, type Facts } from '../../src/rules/facts';
import { buildPlan } from '../../src/rules/plan';
import * as predicates from '../../src/rules/steps/predicates';
import { offerRefused, OFFER_REFUSED_TEXTS } from '../../src/rules/steps/predicates';
import * as thuis from '../../src/rules/steps/thuiszitten';
import { backAtSchoolSteps } from '../../src/timeline/earlier';
import type { IsoDate } from '../../src/rules/dates';
import { agree, E, step, story } from './lawyer-kit';
import { log } from './timeline-log';

const answersOf = (path: string) => (JSON.parse(readFileSync(new URL(`../answers/${path}`, import.meta.url), 'utf8')) as { answers: Record<string, unknown> }).answers;

// ── 1: afspraken-bevestigen, one source ──────────────────────────────────────────────────────────────────────────────

const AGREEMENTS = 'afspraken-bevestigen';
const agreementsRule = () => stepRules.find((r) => r.id === AGREEMENTS)!;
const jayden = {
  situatie: ['thuiszitten'], 'thuis-sinds': '2027-12-06', 'lessen-nu': 'ja', ingeschreven: 'ja', 'lpa-betrokken': 'nee',
  'verwijdering-besluit': 'nee', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', opp: 'ja', 'opp-besproken': '2027-10-11',
  'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
};

describe('1: afspraken-bevestigen back at school is built from the catalogue rule (F01)', () => {
  const at = { kind: 'back-at-school' as const, back: '2027-12-20' as IsoDate, steps: [], warnings: [] };

  it('1 (failed before): with no step of its own in the plan, the fallback has the rule\'s section, letters and contacts', () => {
    const rule = agreementsRule();
    const [s] = backAtSchoolSteps([], at);
    expect(s!.id).toBe(AGREEMENTS);
    expect({ section: s!.section, letters: s!.letters, contacts: s!.contacts }).toEqual({ section: rule.section, letters: rule.letters ?? [], contacts: rule.contacts ?? [] });
  });

  it('1 (failed before): the step names the school, whom the parent e-mails the agreements to: in an ordinary plan and back at school', () => {
    expect(agreementsRule().contacts).toEqual(['school']);
    // An ordinary plan (goed om te weten) and a child back at school (logged; its own texts, first under Binnenkort).
    const ordinary = step(agree(story(answersOf('aanmelden-geweigerd.json')), '2027-03-01'), AGREEMENTS)!;
    expect(ordinary.contacts).toEqual(['school']);
    const back = step(agree(log(story(jayden).answers, [E('schorsing', '2027-12-06', 'brief'), E('weer-naar-school', '2027-12-20', 'gesprek')]), '2028-01-04'), AGREEMENTS)!;
    expect(back.group).toBe('binnenkort');
    expect(back.contacts).toEqual(['school']);
    expect(back.letters).toEqual(agreementsRule().letters);
  });

  it('guard: the plan\'s own step is kept (its params with the day back), moved to Binnenkort with the return texts', () => {
    const own = { id: AGREEMENTS, group: 'goed-om-te-weten' as const, section: 'afspraken-vastleggen', letters: ['bevestiging-afspraken'], contacts: ['school' as const], params: { x: 'y' } };
    const [s, ...rest] = backAtSchoolSteps([own], at);
    expect(rest).toEqual([]);
    expect(s).toEqual({ ...own, group: 'binnenkort', texts: 'ui:return68.planStep.afsprakenTerug', params: { x: 'y', terug: '2027-12-20' } });
    // Not back at school: nothing changes.
    expect(backAtSchoolSteps([own], undefined)).toEqual([own]);
  });
});

// ── 2: summerOfferTexts takes offerRefused's text ────────────────────────────────────────────────────────────────────

/** Only what summerOfferTexts reads: the day and whether an offer was turned down. */
const offerFacts = (today: IsoDate, turnedDown: boolean) =>
  ({ today, oneOf: (id: string, ...values: string[]) => id === 'aanbod-geweigerd' && values.includes(turnedDown ? 'ja' : 'nee') }) as unknown as Facts;

describe('2: summerOfferTexts names the offer text the way offerRefused does (FP-P1, A22)', () => {
  const texts = { summer: 'S', offerSummer: 'OS', offer: offerRefused('warning', 'nietWelkomZorgplicht') };

  it('2 (failed before): outside July and August, with an offer turned down, offerRefused\'s key; without one, the general text', () => {
    expect(thuis.summerOfferTexts(texts)(offerFacts('2027-10-04', true))).toBe('ui:p1s38.warning.nietWelkomZorgplicht');
    expect(thuis.summerOfferTexts(texts)(offerFacts('2027-10-04', false))).toBeUndefined();
    expect(thuis.summerOfferTexts({ ...texts, offer: predicates.offerRefusedTexts(OFFER_REFUSED_TEXTS) })(offerFacts('2027-06-30', true))).toBe(OFFER_REFUSED_TEXTS);
  });

  it('guard: in July and August the summer texts, the offer\'s own with an offer turned down', () => {
    for (const d of ['2027-07-01', '2027-08-31'] as IsoDate[]) {
      expect(thuis.summerOfferTexts(texts)(offerFacts(d, true)), d).toBe('OS');
      expect(thuis.summerOfferTexts(texts)(offerFacts(d, false)), d).toBe('S');
    }
  });

  it('guard: the two warnings read offerRefused\'s keys outside the summer (Noor, not welcome, an offer turned down)', () => {
    const noor = answersOf('s68/summer/1-noor-niet-welkom-aanbod.json');
    const f = factsFrom(noor as never, '2027-09-08');
    const rule = (id: string) => warningRules.find((w) => w.id === id)!;
    expect(rule('niet-welkom-zorgplicht').texts!(f)).toBe(offerRefused('warning', 'nietWelkomZorgplicht')(f));
    expect(rule('niet-welkom-zorgplicht').texts!(f)).toBe('ui:p1s38.warning.nietWelkomZorgplicht');
    expect(rule('wachtlijst-zorgplicht').texts!(f)).toBe('ui:p1s38.warning.wachtlijstZorgplicht');
  });
});

// ── 3: tlv-geldigheid works out its earliest end once ────────────────────────────────────────────────────────────────

describe('3: tlv-geldigheid works out the TLV\'s earliest end once per plan build (E12, E13)', () => {
  const tlv = answersOf('s68/blind/04-tlv-sbo-tijdelijk-herbeoordeling.json');
  const decided = tlv['tlv-besluit-datum'] as IsoDate;

  // Session 70 (s70-readback, 3): no longer counts addMonths calls (the cache that made it one is gone).
  it('3: one plan build: group, texts, contacts and params from decision + 12 months', () => {
    const p = buildPlan(tlv as never, '2026-11-02');
    // Group, texts, contacts and params from that one end: 12 Jan 2027 lies within three months of 2 Nov 2026.
    const s = step(p, 'tlv-geldigheid')!;
    expect(s).toMatchObject({ group: 'binnenkort', texts: 'ui:blind68.planStep.tlvGeldigheidEinde', contacts: ['samenwerkingsverband'], params: { besluit: decided, einde: '2027-01-12' } });
  });

  it('guard: far from the end, under Goed om te weten with the same texts; without the decision\'s date, none of it', () => {
    const s = step(buildPlan(tlv as never, '2026-09-01'), 'tlv-geldigheid')!;
    expect(s).toMatchObject({ group: 'goed-om-te-weten', texts: 'ui:blind68.planStep.tlvGeldigheidEinde', contacts: ['samenwerkingsverband'], params: { besluit: decided, einde: '2027-01-12' } });
    const none = step(buildPlan({ ...tlv, 'tlv-besluit-datum': 'weet-niet' } as never, '2026-11-02'), 'tlv-geldigheid')!;
    expect(none).toMatchObject({ group: 'goed-om-te-weten', contacts: [], params: {} });
    expect(none.texts).toBeUndefined();
  });
});

// ── 4: leerplicht-inschakelen, one table ─────────────────────────────────────────────────────────────────────────────

describe('4: leerplicht-inschakelen\'s texts by variant, each with its summer twin (D01, D05, D06)', () => {
  const LPA_CONSTANTS = Object.entries(thuis).filter(([k, v]) => /^LPA_.*TEXTS$/.test(k) && typeof v === 'string').map(([, v]) => v as string);

  // At the merge with s69-left: a young child enrolled nowhere has a summer text of her own (youngNowhere) and shares the
  // young text outside the summer, so the table holds every text, each summer text once.
  it('4 (failed before): one table holds every leerplicht text, each summer text once, and every variant has a summer text', () => {
    const table = thuis.LPA_TEXTS;
    const all = Object.values(table).flatMap((v) => [v.texts, v.summer]).filter((t): t is string => t !== undefined);
    expect([...new Set(all)].sort()).toEqual([...LPA_CONSTANTS].sort());
    const summers = Object.values(table).map((v) => v.summer);
    expect(new Set(summers).size).toBe(summers.length);
    for (const [variant, v] of Object.entries(table)) expect(v.summer, variant).toMatch(/Zomer$/);
  });

  it('guard: the rule picks the same texts as before for each story, in and out of the summer', () => {
    const rule = stepRules.find((r) => r.id === 'leerplicht-inschakelen')!;
    const cases: [string, IsoDate, string | undefined][] = [
      ['s68/summer/3-fenna-kleuter-thuis.json', '2027-06-29', 'ui:edges65.planStep.leerplichtJong'],
      ['s68/summer/3-fenna-kleuter-thuis.json', '2027-07-27', 'ui:summer68.planStep.leerplichtJongZomer'],
      ['s68/summer/4-mila-ingeschreven-na-nergens.json', '2027-09-08', 'ui:enrolled60.planStep.leerplichtIngeschreven'],
      ['s68/summer/4-mila-ingeschreven-na-nergens.json', '2027-07-20', 'ui:summer68.planStep.leerplichtIngeschrevenZomer'],
      ['s68/summer/5-ivo-ingeschreven-jong.json', '2027-09-08', 'ui:edges65.planStep.leerplichtIngeschrevenJong'],
      ['s68/summer/5-ivo-ingeschreven-jong.json', '2027-08-09', 'ui:summer68.planStep.leerplichtIngeschrevenJongZomer'],
      ['s68/left/2-sem-nergens-zomer.json', '2027-07-20', 'ui:left68.planStep.leerplichtNergensZomer'],
      ['s68/left/2-sem-nergens-zomer.json', '2027-09-08', undefined],
      ['thuiszitten-geschorst.json', '2027-07-20', 'ui:summer67.planStep.leerplichtZomer'],
      ['thuiszitten-geschorst.json', '2027-09-08', undefined],
    ];
    for (const [file, today, expected] of cases) {
      const f = factsFrom(answersOf(file) as never, today);
      expect(rule.applies(f), `${file} ${today}`).toBe(true);
      expect(rule.texts!(f), `${file} ${today}`).toBe(expected);
    }
  });
});

/**
 * Session 68 (s68-leftovers): four small wrongs the session-68 reviews left. Each was written down first from
 * ../shared/FACTS.md, then run with `npx tsx src/cli/plan.ts <answers> --today <day>`, then fixed.
 *
 * Stories (our own dates; weekdays from the calendar; answers in tests/answers/s68/):
 *   Lotte (groep 5, summer/2): removal on paper Fri 9 Jul 2027, still enrolled, at home, an offer turned down. Read Tue 20 Jul
 *     and Mon 16 Aug 2027; her bezwaar is due Fri 9 Jul + 42 = Fri 20 Aug 2027 (C09), certain, and must not move.
 *   Sem (groep 3-6, left/2): enrolled at no school, at home since Mon 10 May 2027. Read Tue 20 Jul 2027; guard Tue 7 Sep.
 *   Jesse (groep 3-6, left/3-5): a TLV for so asked for (tlv-fase: aangevraagd), transport needed; the same TLV granted with a
 *     place (tlv-plek: plek) and granted while still searching (zoeken). Read Wed 20 Jan 2027.
 *   Rosa (groep 3-6, left/6 = s68/blind/02): a TLV for so granted Tue 17 Nov 2026, the parents disagree (tlv-eens: nee), no
 *     bezwaar yet, a school still sought. Read Sun 27 Dec 2026; the bezwaar's 6 weeks (EXT, E18) must not move.
 *
 * What a correct plan must say, from ../shared/FACTS.md (not from the code):
 *   L1 C13, D09 (002:1716-1724): in July or August no school teaches: "Vraag per e-mail welk onderwijs je kind nu krijgt"
 *      asks for what cannot happen. Ask now where and from whom she gets lessons on the first school day after the holiday, a
 *      day in no source (ask the school). A22, FP-P1 (002:734-740): the caveat about a reasonable offer stays, and no sentence
 *      says without a condition that the school stays responsible. The bezwaar (C09) runs on in the holiday and leads the first
 *      screen (order.ts rule 2b), with its day unchanged.
 *   L2 D05 (001:845-847): only the school where a child is enrolled reports absence; a child enrolled at no school has no
 *      school to report, nor to ask about the first school day. D06 (000:1082-1091): tell the leerplichtambtenaar. Ask the
 *      school where you register the child, or the leerplichtambtenaar.
 *   L3 H10, E15 (001:924): the parents register the child at the sbo/so school, then contact the municipality about transport.
 *      With the TLV not granted, or granted with no school yet, there is no school to drive to: ask once the school is known.
 *      H11: every municipality has its own rules. A child with a place keeps the general text.
 *   L4 E16, E17 (001:939-941, 000:929-936): parents can object to a TLV decision; E19 (002:2169-2175): the current school
 *      keeps teaching until the enrolment elsewhere. Searching beside a bezwaar: for when the TLV stands; whether to search
 *      while the bezwaar runs is in no source (ask the steunpunt). E15: the parents register the child themselves; E14: an sbo
 *      TLV counts only within its samenwerkingsverband.
 *
 * Failed before (against the branch's HEAD 847f896, src/ and content/ as they were): every `it` marked "failed before"; the
 * guards passed before and after.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadPlanTexts } from './plan-texts';
import { ownInEveryLanguage } from './lang-texts';
import type { Plan } from '../../src/rules/plan';
import { agree, dutch, firstScreen, ids, step, story, terms } from './lawyer-kit';

beforeAll(async () => {
  await loadPlanTexts();
});

const answersOf = (path: string) => (JSON.parse(readFileSync(new URL(`../answers/${path}`, import.meta.url), 'utf8')) as { answers: Record<string, unknown> }).answers;
const lotte = story(answersOf('s68/summer/2-lotte-verwijderd-aanbod.json'));
const sem = story(answersOf('s68/left/2-sem-nergens-zomer.json'));
const mila = story(answersOf('s68/summer/4-mila-ingeschreven-na-nergens.json'));
const jesseAsked = story(answersOf('s68/left/3-jesse-tlv-aangevraagd-vervoer.json'));
const jessePlace = story(answersOf('s68/left/4-jesse-tlv-toegekend-plek-vervoer.json'));
const jesseSearching = story(answersOf('s68/left/5-jesse-tlv-toegekend-zoeken-vervoer.json'));
const rosa = story(answersOf('s68/left/6-tlv-oneens-zoeken.json'));
const rosaAgrees = story({ ...answersOf('s68/left/6-tlv-oneens-zoeken.json'), 'tlv-eens': 'ja' });

const education = (p: Plan) => step(p, 'onderwijs-thuis-vragen')!;

describe('L1: "Vraag om onderwijs" with an offer turned down, read in July or August (C13, D09, A22, FP-P1, C09)', () => {
  it('L1 (failed before): Lotte, Tue 20 Jul and Mon 16 Aug 2027: no "welk onderwijs je kind nu krijgt"; ask now about the first school day; the caveat stays', () => {
    for (const d of ['2027-07-20', '2027-08-16']) {
      const s = education(agree(lotte, d));
      const t = dutch(s);
      expect(t, d).not.toMatch(/welk onderwijs je kind nu krijgt/);
      expect(t, d).toMatch(/Is het nu zomervakantie\? Dan is de school dicht en krijgt geen enkel kind les/);
      expect(t, d).toMatch(/Vraag de school nu per e-mail waar je kind op de eerste schooldag na de vakantie les krijgt, en van wie/);
      expect(t, d).toMatch(/verschilt per regio en staat niet in onze bronnen\. Vraag het de school/);
      expect(t, d).toMatch(/Was dat een redelijk aanbod van een passende plek op een andere school\? Dan hoeft de school niet meer voor een plek te zorgen/);
      expect(t, d).toMatch(/Loopt er een termijn voor bezwaar\? Onze bronnen zeggen niet dat die stilstaat in de vakantie/);
      expect(t, d).not.toMatch(/De school blijft verantwoordelijk/);
      expect(dutch(s, 'title'), d).toMatch(/na de vakantie/);
      ownInEveryLanguage(s);
    }
  });

  it('L1 (failed before): Lotte, Tue 20 Jul 2027: the bezwaar leads the first screen (rule 2b), its day unchanged', () => {
    const p = agree(lotte, '2027-07-20');
    expect(terms(p)).toContain('bezwaar-verwijdering 2027-07-09>2027-08-20 upcoming');
    expect(firstScreen(p).next).toBe('bezwaar-verwijdering 2027-08-20');
    expect(ids(p)[0]).toBe('bezwaar-verwijdering');
    expect(ids(p).indexOf('bezwaar-verwijdering')).toBeLessThan(ids(p).indexOf('onderwijs-thuis-vragen'));
  });

  it('guard: September keeps fp38\'s offer text; no offer in July keeps summer66\'s text', () => {
    expect(education(agree(lotte, '2027-09-07')).texts).toBe('ui:fp38.planStep.onderwijsNaAfgewezenAanbod');
    const lotteNoOffer = story({ ...answersOf('s68/summer/2-lotte-verwijderd-aanbod.json'), 'aanbod-geweigerd': 'nee' });
    expect(education(agree(lotteNoOffer, '2027-07-20')).texts).toBe('ui:summer66.planStep.onderwijsZomer');
    expect(education(agree(lotteNoOffer, '2027-09-07')).texts).toBeUndefined();
  });
});

describe('L2: the leerplichtambtenaar in the summer for a child enrolled at no school (D05, D06)', () => {
  it('L2 (failed before): Sem, Tue 20 Jul 2027: no "Vraag het de school." and no "the school reports nothing"; ask the school where you register, or the leerplichtambtenaar', () => {
    const s = step(agree(sem, '2027-07-20'), 'leerplicht-inschakelen')!;
    const t = dutch(s);
    expect(t).not.toMatch(/Vraag het de school\./);
    expect(t).not.toMatch(/de school meldt in de vakantie niets/);
    expect(t).toMatch(/Je kind staat nu op geen enkele school ingeschreven\. Er is dus ook geen school die iets aan de leerplichtambtenaar meldt/);
    expect(t).toMatch(/Mail de leerplichtambtenaar nu al/);
    expect(t).toMatch(/vanaf de eerste schooldag na de vakantie les krijgt/);
    expect(t).toMatch(/Vraag het de school waar je je kind aanmeldt, of de leerplichtambtenaar/);
    ownInEveryLanguage(s);
  });

  it('guard: Lotte (enrolled) keeps summer67\'s text; Mila (enrolled after none) keeps summer68\'s; Sem in September the general text', () => {
    expect(step(agree(lotte, '2027-07-20'), 'leerplicht-inschakelen')!.texts).toBe('ui:summer67.planStep.leerplichtZomer');
    expect(step(agree(mila, '2027-07-20'), 'leerplicht-inschakelen')!.texts).toBe('ui:summer68.planStep.leerplichtIngeschrevenZomer');
    expect(step(agree(sem, '2027-09-07'), 'leerplicht-inschakelen')!.texts).toBeUndefined();
  });
});

describe('L3: leerlingenvervoer before a school is known (H10, E15, H11)', () => {
  it('L3 (failed before): Jesse, TLV asked for, Wed 20 Jan 2027: "once you know the school", not "Is de nieuwe school ver weg?"', () => {
    for (const who of [jesseAsked, jesseSearching]) {
      const s = step(agree(who, '2027-01-20'), 'vervoer-aanvragen')!;
      const t = dutch(s);
      expect(t).not.toMatch(/Is de nieuwe school ver weg\?/);
      expect(dutch(s, 'title')).toMatch(/zodra je de school weet/);
      expect(t).toMatch(/Het vervoer is voor de school waar je kind naartoe gaat\. Daarvoor moet er een TLV zijn, en moet een school je kind toelaten/);
      expect(t).toMatch(/Vraag het vervoer aan zodra je weet naar welke school je kind gaat/);
      expect(t).toMatch(/Elke gemeente heeft eigen regels/);
      expect(s.deadline).toBeUndefined();
      expect(s.contacts).toEqual(['gemeente']);
      ownInEveryLanguage(s);
    }
  });

  it('guard: a granted TLV with a place, and a registration at a school, keep the general text', () => {
    const place = step(agree(jessePlace, '2027-01-20'), 'vervoer-aanvragen')!;
    expect(place.texts).toBeUndefined();
    expect(dutch(place)).toMatch(/Is de nieuwe school ver weg\?/);
    const registration = story({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', vervoer: 'ja' });
    expect(step(agree(registration, '2027-01-20'), 'vervoer-aanvragen')!.texts).toBeUndefined();
  });
});

describe('L4: the search for a school beside a bezwaar against the TLV (E14-E17, E19)', () => {
  it('L4 (failed before): Rosa, Sun 27 Dec 2026: the step says it is for when the TLV stands, and that searching meanwhile is in no source', () => {
    const p = agree(rosa, '2026-12-27');
    const s = step(p, 'tlv-school-zoeken')!;
    expect(s.group).toBe('als-het-niet-lukt');
    const t = dutch(s);
    expect(dutch(s, 'title')).toMatch(/^Blijft de TLV staan\?/);
    expect(t).toMatch(/Je bent het niet eens met het besluit over de TLV/);
    expect(t).toMatch(/Deze stap is voor als de TLV blijft staan/);
    expect(t).toMatch(/Of je al moet zoeken terwijl je bezwaar loopt, staat niet in onze bronnen\. Vraag het ouder- en jeugdsteunpunt/);
    expect(t).toMatch(/Tot je kind op een nieuwe school staat ingeschreven, moet de huidige school les blijven geven/);
    ownInEveryLanguage(s);
  });

  it('guard: the bezwaar step and its day stay first; agreeing with the TLV keeps the general text in "Nu doen"', () => {
    const before = terms(agree(rosa, '2026-12-27'));
    expect(before.some((x) => x.startsWith('tlv-bezwaar 2026-11-17>'))).toBe(true);
    expect(ids(agree(rosa, '2026-12-27'))[0]).toBe('tlv-bezwaar');
    const s = step(agree(rosaAgrees, '2026-12-27'), 'tlv-school-zoeken')!;
    // Session 70 (s70-winter): agreeing keeps the text for an agreed TLV, now winter70's (E15: register yourself).
    expect(s.texts).toMatch(/^ui:winter70\.planStep\.tlvSchoolZoekenSo/);
    expect(s.group).toBe('nu');
  });
});

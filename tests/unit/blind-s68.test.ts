/**
 * Session 68 (s68-blind): a blind review round of THE PLANS, read as a parents' lawyer reads them, aimed at TLV and
 * handelingsverlegen over months, dated around the Christmas holiday and New Year (the twelve stories and their
 * written-down expectations are in tests/scenarios/054-blind-s68.yaml, the answers in tests/answers/s68/blind/). All twelve
 * passed as written; reading every plan whole found the defects below. Each `it` marked "failed before" failed against
 * HEAD's files (run before the fix).
 *
 * Stories (our own dates; weekdays from the calendar):
 *   1  Jort (groep 6): a TLV for the speciaal basisonderwijs (sbo) decided Mon 12 Jan 2026, the parents agree, enrolled at
 *      the sbo school since 1 Feb 2026. Read Mon 4 Jan 2027, the first school day after the Christmas holiday.
 *   2  Ilias (groep 6): a TLV for the speciaal onderwijs (so) granted Mon 9 Nov 2026; the parents disagree and sent a
 *      bezwaar to the samenwerkingsverband on Mon 14 Dec 2026 (in time: the EXT 6 weeks ended Mon 21 Dec). Read Wed 6 Jan 2027.
 *
 * What a correct plan must say, written down first from ../shared/FACTS.md (not from the code):
 *   1  E12/E13 (001:937; 002:2143-2150): the SWV sets how long the TLV is valid; a temporary TLV holds at least 1 year and
 *      the SWV starts the re-assessment. Counted from the decision, a temporary TLV of 12 Jan 2026 may end from Tue 12 Jan
 *      2027 on: eight days after the plan is read. E16: a decision not to give a new TLV is a decision about the TLV, open
 *      to bezwaar at the SWV (its term: look in that decision; the 6 weeks are EXT, E18, §X.3).
 *   2  E16/E17 (001:939-941; 000:929-936, 969-976): the SWV's own committee or the Landelijke Bezwaaradviescommissie (LBT)
 *      advises, then the SWV decides again. §X.9: the TLV bezwaar does not go through the Geschillencommissie passend
 *      onderwijs (F07: it hears admission, removal and the OPP). E19/C22: meanwhile the school where the child is enrolled
 *      stays responsible.
 *
 * Defects found:
 *   D1 (moderate: the end of a TLV buried under "Goed om te weten") story 1. tlv-geldigheid said only "Een tijdelijke TLV
 *      geldt minstens 1 jaar ... Hoor je niets, en loopt de TLV bijna af? Vraag het dan na", in the plan's last group,
 *      eight days before a temporary TLV dated 12 Jan 2026 could end, and never that a decision not to renew it can be
 *      objected to. Now, with the decision's date known, the step names that date and the day one year on (counted from the
 *      decision; look in the decision for the real end), says a refusal of a new TLV is open to bezwaar at the SWV, and
 *      from three months before that day on it stands under "Binnenkort" (ui blind68.planStep.tlvGeldigheidEinde).
 *   D2 (moderate: vague advice on a running TLV bezwaar) story 2. bezwaar-loopt said "Het bestuur of samenwerkingsverband
 *      beslist" and "Ging het om een verwijdering? ... Geschillencommissie ... binnen 6 weken", nothing of the bezwaar
 *      committee or the LBT. Now a bezwaar against the TLV decision alone has its own texts (ui
 *      blind68.planStep.bezwaarLooptTlv): the committee (the SWV's own or the LBT) advises, the SWV decides again on paper
 *      with reasons, the Geschillencommissie is not the way for a TLV, the school where the child is enrolled stays
 *      responsible meanwhile.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanTexts, tFor } from './plan-texts';
import { stepText } from '../../src/ui/deadlineText';
import { formatDateInText } from '../../src/rules/dateInText';
import { agree, dutch, step, story, terms } from './lawyer-kit';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

const common = {
  "opp": "ja",
  "opp-besproken": "2026-10-12",
  "opp-ingestemd": "ja",
  "opp-onenigheid": "geen",
  "onderzoek": "school-recent",
  "swv-betrokken": "ja",
  "school-zegt": ["geen"],
  "gesprek-gepland": "nee",
  "tekenen": "nee",
  "dossier-gezien": "ja",
  "jeugdhulp": "nee",
  "klacht": "nee",
  "groep": "groep-3-6",
  "vervoer": "nee",
};

// ── 1. Jort: a TLV (sbo) of Mon 12 Jan 2026, at the sbo school since 1 Feb 2026, read Mon 4 Jan 2027 ────────────────────

const jortAnswers = {
  ...common,
  "situatie": ["tlv"],
  "tlv-fase": "besluit",
  "tlv-gehoord": "ja",
  "tlv-besluit": "toegekend",
  "tlv-besluit-datum": "2026-01-12",
  "tlv-eens": "ja",
  "tlv-soort": "sbo",
  "tlv-plek": "ingeschreven",
  "tlv-inschrijving-datum": "2026-02-01",
  "opp-nieuwe-school": "ja",
};
const jort = story(jortAnswers);

describe('story 1: Jort, a TLV of Mon 12 Jan 2026, read Mon 4 Jan 2027 (E12, E13, E16)', () => {
  it('no term for the parent', () => {
    expect(terms(agree(jort, '2027-01-04')).filter((t) => !t.startsWith('opp-'))).toEqual([]);
  });

  it('D1 (failed before): the validity step names the decision and the day one year on, and the bezwaar against no new TLV', () => {
    const s = step(agree(jort, '2027-01-04'), 'tlv-geldigheid')!;
    const why = dutch(s);
    expect(why).toMatch(/maandag 12 januari 2026/);
    expect(why).toMatch(/dinsdag 12 januari 2027/);
    expect(why).toMatch(/Kijk nu in het besluit/);
    expect(why).toMatch(/geen nieuwe TLV.*bezwaar/s);
    expect(why).toMatch(/geldt alleen binnen het samenwerkingsverband dat hem gaf/);
  });

  it('D1 (failed before): eight days before that day the step stands under "Binnenkort", not under "Goed om te weten"', () => {
    expect(step(agree(jort, '2027-01-04'), 'tlv-geldigheid')!.group).toBe('binnenkort');
    expect(step(agree(jort, '2027-03-01'), 'tlv-geldigheid')!.group).toBe('binnenkort');
  });

  it('D1 (failed before): in every language both dates are named, each its own translation, no Ukrainian sentence ends on a date', () => {
    const s = step(agree(jort, '2027-01-04'), 'tlv-geldigheid')!;
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const t = tFor(lang);
      const why = stepText(s, 'why', t);
      expect(stepText(s, 'title', t), lang).not.toBe('');
      for (const d of ['2026-01-12', '2027-01-12']) expect(why, `${lang} ${d}`).toContain(formatDateInText(d, lang));
      if (lang === 'uk') expect(why).not.toMatch(/р\.\./);
      seen.add(why);
    }
    expect(seen.size).toBe(LANGS.length);
  });

  it('guards: more than three months before that day it stays under "Goed om te weten"; without a date its own texts', () => {
    const early = step(agree(jort, '2026-09-01'), 'tlv-geldigheid')!;
    expect(early.group).toBe('goed-om-te-weten');
    const noDate = step(agree(story({ ...jortAnswers, 'tlv-besluit-datum': 'weet-niet' }), '2027-01-04'), 'tlv-geldigheid')!;
    expect(noDate.texts).toBeUndefined();
    expect(noDate.group).toBe('goed-om-te-weten');
  });
});

// ── 2. Ilias: a TLV (so) granted Mon 9 Nov 2026, bezwaar sent Mon 14 Dec 2026, read Wed 6 Jan 2027 ───────────────────────

const iliasAnswers = {
  ...common,
  "situatie": ["tlv"],
  "tlv-fase": "besluit",
  "tlv-gehoord": "ja",
  "tlv-besluit": "toegekend",
  "tlv-besluit-datum": "2026-11-09",
  "tlv-eens": "nee",
  "tlv-soort": "so",
  "tlv-plek": "zoeken",
  "bezwaar-ingediend": "ja",
  "bezwaar-datum": "2026-12-14",
};
const ilias = story(iliasAnswers);

describe('story 2: Ilias, a bezwaar against a TLV sent Mon 14 Dec 2026, read Wed 6 Jan 2027 (E16, E17, §X.9, E19)', () => {
  it('D2 (failed before): the running bezwaar names the committee or the LBT, the SWV deciding again, and not the Geschillencommissie', () => {
    const s = step(agree(ilias, '2027-01-06'), 'bezwaar-loopt')!;
    const why = dutch(s);
    expect(dutch(s, 'title')).toMatch(/TLV/);
    expect(why).toMatch(/Landelijke Bezwaaradviescommissie/);
    expect(why).toMatch(/Daarna beslist het samenwerkingsverband opnieuw/);
    expect(why).toMatch(/niet naar de Geschillencommissie passend onderwijs/);
    expect(why).not.toMatch(/Ging het om een verwijdering/);
    expect(why).toMatch(/ingeschreven verantwoordelijk/);
  });

  it('D2 (failed before): in every language its own translation naming the LBT', () => {
    const s = step(agree(ilias, '2027-01-06'), 'bezwaar-loopt')!;
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const t = tFor(lang);
      const why = stepText(s, 'why', t);
      expect(stepText(s, 'title', t), lang).toMatch(/TLV/);
      expect(why, lang).toMatch(/LBT/);
      seen.add(why);
    }
    expect(seen.size).toBe(LANGS.length);
  });

  it('guards: a bezwaar against a removal keeps the general texts; a TLV decision dated after the bezwaar still asks whether it is the decision on it', () => {
    const removal = step(agree(story({
      ...common, situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
      'verwijdering-datum': '2026-12-01', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'bezwaar-ingediend': 'ja',
      'bezwaar-datum': '2026-12-14', 'gpo-ingediend': 'nee',
    }), '2027-01-06'), 'bezwaar-loopt')!;
    // Session 76 (s76-misc, 1): a removal bezwaar has the board's texts ("Het schoolbestuur beslist"), still not the TLV's.
    expect(removal.texts).toBe('ui:misc76.planStep.bezwaarLooptBestuur');
    const later = step(agree(story({ ...iliasAnswers, 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2027-01-05' }), '2027-01-06'), 'bezwaar-loopt')!;
    expect(later.texts).not.toBe('ui:blind68.planStep.bezwaarLooptTlv');
    expect(later.texts).toBeDefined();
  });
});

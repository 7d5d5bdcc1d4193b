/**
 * Session 72 (s72-autumn): a blind review of the plans a parent reads at the start of a school year (23 August - 30
 * November 2027), aimed at the chapters beyond the four situations (the stories and their written-down expectations are in
 * tests/scenarios/058-autumn-s72.yaml, the answers in tests/answers/s72/autumn/). 12 of 14 passed as written (the two
 * others: the scenario's own regex was wrong); reading every plan whole found the defect below. Each `it` marked
 * "failed before" failed against HEAD's files (run before the fix).
 *
 * Story (our own dates; weekdays from the calendar):
 *   Lina (9): a temporary TLV for the speciaal basisonderwijs (sbo), granted Tue 1 Jul 2025, valid (her parents say) two
 *   school years, to 31 Jul 2027; at the sbo school since 25 Aug 2025; the parents agreed; the samenwerkingsverband said
 *   nothing about a new TLV. Read Mon 6 Sep 2027, the first week of the new school year.
 *
 * What a correct plan must say, written down first from ../shared/FACTS.md (not from the code):
 *   E12/E13 (001:937; 002:2143-2150): the SWV sets how long the TLV holds; a temporary TLV holds at least 1 year; the SWV
 *   starts the re-assessment. Counted from the decision the earliest end is Wed 1 Jul 2026: fourteen months ago. The parent
 *   must check NOW whether the TLV still holds and, if it ran out or is about to with no word from the SWV, ask the SWV
 *   now. What follows when a TLV ran out without a new decision is in no source: say so and whom to ask (the SWV, the
 *   steunpunt). E16: a decision not to give a new TLV is open to bezwaar at the SWV.
 *
 * Defect found:
 *   D1 (moderate: a TLV that may have run out read as one still to end) tlv-geldigheid (blind68 texts) said "Reken je 1 jaar
 *      vanaf het besluit, dan loopt hij tot woensdag 1 juli 2026 of later" and "Hoor je niets, en loopt de TLV bijna af?
 *      Vraag het dan na", fourteen months after that day: nothing said the earliest end had passed, that the TLV may
 *      already have ended, or that what follows is not in our sources. Now, once the earliest end has passed, the step has
 *      its own texts (ui autumn72.planStep.tlvGeldigheidVoorbij): that day is past, look now until when the TLV holds, ran
 *      out or about to with no word: ask the SWV now by e-mail; what follows is not in our sources (ask the SWV or the
 *      steunpunt); the bezwaar against no new TLV, and where an sbo or so TLV holds, as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanTexts, tFor } from './plan-texts';
import { stepText } from '../../src/ui/deadlineText';
import { formatDateInText } from '../../src/rules/dateInText';
import { agree, dutch, firstScreen, step, story, terms } from './lawyer-kit';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

const linaAnswers = {
  "situatie": ["tlv"],
  "tlv-fase": "besluit",
  "tlv-besluit": "toegekend",
  "tlv-besluit-datum": "2025-07-01",
  "tlv-eens": "ja",
  "tlv-gehoord": "ja",
  "tlv-soort": "sbo",
  "tlv-plek": "ingeschreven",
  "tlv-inschrijving-datum": "2025-08-25",
  "opp-nieuwe-school": "ja",
  "opp": "ja",
  "opp-besproken": "2027-06-14",
  "opp-ingestemd": "ja",
  "opp-onenigheid": "geen",
  "onderzoek": "school-recent",
  "swv-betrokken": "ja",
  "school-zegt": ["geen"],
  "gesprek-gepland": "nee",
  "tekenen": "nee",
  "dossier-gezien": "ja",
  "jeugdhulp": "nee",
  "vervoer": "nee",
  "klacht": "nee",
  "groep": "groep-3-6",
};
const lina = story(linaAnswers);
const TODAY = '2027-09-06';

describe('Lina: a temporary TLV of Tue 1 Jul 2025, read Mon 6 Sep 2027 (E12, E13, E16)', () => {
  it('no term for the parent: a TLV ending is no term in the sources', () => {
    expect(terms(agree(lina, TODAY)).filter((t) => !t.startsWith('opp-'))).toEqual([]);
  });

  it('D1 (failed before): the earliest end has passed: the step says so, sends her to the SWV now and says what is not in our sources', () => {
    const s = step(agree(lina, TODAY), 'tlv-geldigheid')!;
    const why = dutch(s);
    expect(why).toMatch(/dinsdag 1 juli 2025/);
    expect(why).toMatch(/woensdag 1 juli 2026/);
    expect(why).toMatch(/Die dag is voorbij/);
    expect(why).toMatch(/nu per e-mail/);
    expect(why).toMatch(/niet in onze bronnen/);
    expect(why).not.toMatch(/loopt hij tot woensdag 1 juli 2026 of later/);
    expect(why).toMatch(/geen nieuwe TLV.*bezwaar/s);
    expect(why).toMatch(/geldt alleen binnen het samenwerkingsverband dat hem gaf/);
    expect(dutch(s, 'title')).toMatch(/nog geldt/);
  });

  it('D1: the step stays one of the first screen\'s actions', () => {
    expect(firstScreen(agree(lina, TODAY)).actions).toContain('tlv-geldigheid');
  });

  it('D1 (failed before): in every language both dates are named, each its own translation, no Ukrainian sentence ends on a date', () => {
    const s = step(agree(lina, TODAY), 'tlv-geldigheid')!;
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const t = tFor(lang);
      const why = stepText(s, 'why', t);
      expect(stepText(s, 'title', t), lang).not.toBe('');
      for (const d of ['2025-07-01', '2026-07-01']) expect(why, `${lang} ${d}`).toContain(formatDateInText(d, lang));
      if (lang === 'uk') expect(why).not.toMatch(/р\.\./);
      // Not the blind68 text ("... or later; about to end? ask"), which read as if the earliest end were still to come.
      expect(why, lang).not.toBe(t.raw('ui:blind68.planStep.tlvGeldigheidEinde.why', { besluit: formatDateInText('2025-07-01', lang), einde: formatDateInText('2026-07-01', lang) }));
      seen.add(why);
    }
    expect(seen.size).toBe(LANGS.length);
  });

  it('guards: on the earliest end itself and before it, the blind68 texts ("loopt hij tot ... of later") stay', () => {
    for (const today of ['2026-07-01', '2026-05-01']) {
      const s = step(agree(lina, today), 'tlv-geldigheid')!;
      expect(s.texts, today).toBe('ui:blind68.planStep.tlvGeldigheidEinde');
      expect(dutch(s), today).toMatch(/loopt hij tot woensdag 1 juli 2026 of later/);
    }
    const noDate = step(agree(story({ ...linaAnswers, 'tlv-besluit-datum': 'weet-niet' }), TODAY), 'tlv-geldigheid')!;
    expect(noDate.texts).toBeUndefined();
  });
});

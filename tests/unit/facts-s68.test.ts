/**
 * Session 68 (s68-facts): the three FACTS rows no plan used, D12, D24 and D27, and a blind round around them (the twelve
 * stories and their written-down expectations are in tests/scenarios/054-facts-s68.yaml, the answers in
 * tests/answers/s68/facts/).
 *
 * What a correct plan must say, written down first from ../shared/FACTS.md and the seeds (not from the code):
 *   D12 (001:859): for children with a chronic illness there is a roadmap for remote education, zorgeloosnaarschool.nl.
 *       Remote education in PO is for a while only, per child, with the inspectie (D10, 001:851), under three conditions
 *       (D11, 001:853-857). Its place: the step that names remote education for a child who cannot go (thuis-reden
 *       "kan-niet": "Bijvoorbeeld door ziekte of angst"), maatwerk-onderwijstijd. No new question: that answer exists.
 *   D24 (002:2189-2243): waiting lists, above all for the so, keep children at home. Stopgaps schools and samenwerkings-
 *       verbanden use: an opdc or reboundklas, a flexklas, a youth-care provider who helps with schoolwork (it "may not
 *       be called education", 002:2229-2233), one day a week at school. None is a right. An opdc place rests on the OPP
 *       (B27, 004:4851-4855). Only for a child at home while waiting: one at school keeps her lessons (C22, E19).
 *   D27 (004:3355-3365, fn 28 at 004:3379): a family may draw up its own plan (gezinsplan, familiegroepsplan), saying
 *       its goal, who helps and what it needs from the municipality, care, leerplicht and school; the municipality must
 *       tell parents this option exists. What the municipality must then do with it is in no source: say so, say whom to
 *       ask. Its place: the jeugdhulp steps (jeugdhulp-aanvragen, jeugdhulp-afstemmen and its s56 variant for a child
 *       enrolled nowhere).
 *
 * Run against the files of this branch before the change (content and src at e851469): every `it` marked "failed before"
 * failed; the guards passed before and after.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanTexts, tFor } from './plan-texts';
import { stepText } from '../../src/ui/deadlineText';
import { agree, allText, dutch, E, step, story, warningPart, warnings } from './lawyer-kit';
import { log } from './timeline-log';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

/** The same answers the scenario files use for a child at home (enrolled, OPP agreed, SWV involved). */
const atHome = (reason: string, extra: Record<string, unknown> = {}) => ({
  situatie: ['thuiszitten'], 'thuis-reden': reason, 'thuis-sinds': '2026-11-30', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee',
  ingeschreven: 'ja', 'lpa-betrokken': 'nee', 'aanbod-geweigerd': 'nee', opp: 'ja', 'opp-besproken': '2026-10-19', 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee',
  tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6', ...extra,
});

// ── D12: an ill child at home (Noor, Mon 7 Dec 2026) ───────────────────────────────────────────────────────────────────────

describe('D12: the roadmap for remote education for a chronically ill child (001:859)', () => {
  it('failed before: maatwerk-onderwijstijd names zorgeloosnaarschool.nl for a child who cannot go to school', () => {
    const p = agree(story(atHome('kan-niet', { 'thuis-sinds': '2026-11-02' })), '2026-12-07');
    const t = dutch(step(p, 'maatwerk-onderwijstijd')!);
    expect(t).toMatch(/Is je kind langdurig ziek\?/);
    expect(t).toMatch(/routekaart voor les op afstand op zorgeloosnaarschool\.nl/);
    // Beside what the step said: remote lessons only for a while, the inspectie, the MR (D10, D11, D13).
    expect(t).toMatch(/alleen tijdelijk/);
    expect(t).toMatch(/medezeggenschapsraad/);
    // Named once in the plan, in this step (no fact in every step).
    expect(allText(p).match(/zorgeloosnaarschool/g)).toHaveLength(1);
  });

  it('failed before: in every language, its own translation, with the site and the word routekaart', () => {
    const s = step(agree(story(atHome('kan-niet')), '2026-12-07'), 'maatwerk-onderwijstijd')!;
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const why = stepText(s, 'why', tFor(lang));
      expect(why, lang).toMatch(/zorgeloosnaarschool\.nl/);
      expect(why, lang).toMatch(/routekaart/);
      seen.add(why);
    }
    expect(seen.size).toBe(LANGS.length);
  });

  it('guard: a child kept at home by the school reads its own maatwerk text, without the roadmap', () => {
    const p = agree(story(atHome('niet-welkom', { 'thuis-hoeveel': 'deels' })), '2026-12-07');
    expect(step(p, 'maatwerk-onderwijstijd')).toBeDefined();
    expect(allText(p)).not.toMatch(/zorgeloosnaarschool/);
  });
});

// ── D24: at home on a waiting list (Ilias, Mon 4 Jan 2027; Sem, Mon 19 Jul 2027) ────────────────────────────────────────

const waiting = atHome('wachtlijst');
const bridge = (answers: Record<string, unknown>, today: string) => agree(story(answers), today).warnings.find((w) => w.id === 'wachtlijst-overbruggen');

describe('D24: stopgaps while at home on a waiting list (002:2189-2243)', () => {
  it('failed before: a child at home on a waiting list reads what to ask the school and the samenwerkingsverband', () => {
    const w = bridge(waiting, '2027-01-04');
    expect(w).toBeDefined();
    const t = warningPart(w!, 'nl', 'text');
    expect(t).toMatch(/Vraag de school en het samenwerkingsverband/);
    expect(t).toMatch(/opdc of reboundklas/);
    expect(t).toMatch(/flexklas/);
    expect(t).toMatch(/één dag per week/);
    expect(t).toMatch(/jeugdhulpaanbieder ook met schoolwerk, maar dat telt niet als les/);
    expect(t).toMatch(/Dit zijn geen rechten, maar mogelijkheden/);
    expect(t).toMatch(/opdc\? Dan hoort dat in het OPP/);
    expect(t).toMatch(/hoe je kind les krijgt zolang het wacht/);
    // The zorgplicht warning stays beside it.
    expect(warnings(agree(story(waiting), '2027-01-04'))).toContain('wachtlijst-zorgplicht');
  });

  it('failed before: at home with a TLV waiting list too (thuiszitten and tlv), in the summer holiday', () => {
    const both = {
      ...atHome('wachtlijst', { 'thuis-sinds': '2027-06-28', jeugdhulp: 'krijgt' }), situatie: ['thuiszitten', 'tlv'], 'tlv-fase': 'besluit',
      'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2027-06-14', 'tlv-eens': 'ja', 'tlv-soort': 'so', 'tlv-plek': 'wachtlijst', vervoer: 'ja',
    };
    expect(bridge(both, '2027-08-16')).toBeDefined();
  });

  it('failed before: every language has its own title and text', () => {
    const w = bridge(waiting, '2027-01-04')!;
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const t = warningPart(w, lang, 'text');
      expect(warningPart(w, lang, 'title'), lang).not.toBe('');
      expect(t, lang).toMatch(/opdc/);
      expect(t, lang).toMatch(/flexklas/);
      expect(t, lang).toMatch(/OPP/);
      seen.add(t);
    }
    expect(seen.size).toBe(LANGS.length);
  });

  it('guard: a child on a TLV waiting list who still goes to school (Jesse) reads no stopgaps (C22)', () => {
    const jesse = {
      situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2027-01-11', 'tlv-eens': 'ja',
      'tlv-soort': 'so', 'tlv-plek': 'wachtlijst', 'aanbod-geweigerd': 'nee', opp: 'ja', 'opp-besproken': '2026-11-09', 'opp-ingestemd': 'ja',
      'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee',
      'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6', vervoer: 'nee',
    };
    const p = agree(story(jesse), '2027-03-08');
    expect(warnings(p)).toContain('wachtlijst-zorgplicht');
    expect(warnings(p)).not.toContain('wachtlijst-overbruggen');
  });

  it('guard: at home for another reason (cannot go), no stopgaps for a wait', () => {
    expect(bridge(atHome('kan-niet'), '2027-01-04')).toBeUndefined();
  });

  it('guard: back at school (a day back logged after the first day at home), the stopgaps go', () => {
    const p = agree(log(waiting as never, [E('thuis-vanaf', '2026-11-30'), E('weer-naar-school', '2026-12-14', 'gesprek')]), '2027-01-04');
    expect(warnings(p)).not.toContain('wachtlijst-overbruggen');
  });
});

// ── D27: the family's own plan (Yara, Mon 15 Mar 2027; Lotte, Mon 1 Feb 2027; Mila, Mon 6 Sep 2027) ──────────────────────

const yara = {
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'nee', opp: 'ja', 'opp-besproken': '2026-11-02', 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee',
  'dossier-gezien': 'ja', jeugdhulp: 'nodig', klacht: 'nee', groep: 'groep-3-6',
};
const mila = {
  situatie: ['thuiszitten'], 'thuis-reden': 'nergens', 'thuis-sinds': '2027-08-30', 'lpa-betrokken': 'nee', 'aanbod-geweigerd': 'nee', 'swv-betrokken': 'nee',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', jeugdhulp: 'krijgt', klacht: 'nee', groep: 'groep-3-6',
};
const D27_NL = /zelf met je gezin een plan maken: een gezinsplan of familiegroepsplan[\s\S]*De gemeente moet je vertellen dat dit kan[\s\S]*staat niet in onze bronnen/;

describe('D27: a gezinsplan or familiegroepsplan (004:3355-3365, fn 28)', () => {
  it('failed before: jeugdhulp needed ("nodig" and "weet ik niet"): the step to ask the municipality names it', () => {
    for (const jeugdhulp of ['nodig', 'weet-niet']) {
      const t = dutch(step(agree(story({ ...yara, jeugdhulp }), '2027-03-15'), 'jeugdhulp-aanvragen')!);
      expect(t, jeugdhulp).toMatch(D27_NL);
      // What the step said stays, the bezwaar against a refusal among it.
      expect(t, jeugdhulp).toMatch(/Wacht daar niet mee/);
    }
  });

  it('failed before: jeugdhulp received, enrolled or enrolled nowhere: the step about working together names it', () => {
    const lotte = atHome('kan-niet', { 'thuis-sinds': '2026-12-07', jeugdhulp: 'krijgt' });
    const enrolled = step(agree(story(lotte), '2027-02-01'), 'jeugdhulp-afstemmen')!;
    expect(dutch(enrolled)).toMatch(D27_NL);
    const nowhere = step(agree(story(mila), '2027-09-06'), 'jeugdhulp-afstemmen')!;
    expect(nowhere.texts).toBe('ui:s56.planStep.jeugdhulpNergens');
    expect(dutch(nowhere)).toMatch(D27_NL);
  });

  it('failed before: in every language, each text its own, naming both words', () => {
    const steps = [
      step(agree(story(yara), '2027-03-15'), 'jeugdhulp-aanvragen')!,
      step(agree(story({ ...yara, jeugdhulp: 'krijgt' }), '2027-03-15'), 'jeugdhulp-afstemmen')!,
      step(agree(story(mila), '2027-09-06'), 'jeugdhulp-afstemmen')!,
    ];
    for (const s of steps) {
      const seen = new Set<string>();
      for (const lang of LANGS) {
        const why = stepText(s, 'why', tFor(lang));
        expect(why, `${s.id} ${lang}`).toMatch(/gezinsplan/);
        expect(why, `${s.id} ${lang}`).toMatch(/familiegroepsplan/);
        seen.add(why);
      }
      expect(seen.size).toBe(LANGS.length);
    }
  });

  it('guard: no jeugdhulp, no gezinsplan anywhere in the plan', () => {
    expect(allText(agree(story({ ...yara, jeugdhulp: 'nee' }), '2027-03-15'))).not.toMatch(/gezinsplan|familiegroepsplan/);
  });
});

/**
 * Session 63 (s63-tlv): three gaps earlier reviews found and left open, each read as a parents' lawyer reads the plan.
 *
 * Stories (our own dates; weekdays from the calendar):
 *   1  Noor, 7: an SO TLV granted Tue 2 Jun 2026, her mother agrees; she registered Noor at the SO school herself and Noor is
 *      enrolled there since Mon 24 Aug 2026 (the first school day). The old school last discussed its OPP with her on Tue 12
 *      May 2026. Read Mon 14 Sep 2026 and Fri 4 Dec 2026. 1b: the OPP talk she answered was on Thu 1 Oct 2026, at the new
 *      school. 1c: she does not know the day of enrolment.
 *   2  Sara: the school received her registration Mon 5 Oct 2026 (answered), and the refusal on paper she answered is dated
 *      Mon 21 Sep 2026, before it. Read Tue 20 Oct 2026.
 *   3  Evi: her OPP was last discussed Mon 15 Jun 2026; nothing since in school year 2026/27, which ends Sat 31 Jul 2027 (in
 *      the summer holiday). Read Fri 30 Jul, Sat 31 Jul and Sun 1 Aug 2027. 3b, the same a year earlier on weekdays: talk Mon
 *      16 Jun 2025, school year 2025/26 ends Fri 31 Jul 2026; read Thu 30 Jul and Fri 31 Jul 2026.
 *
 * What a correct plan must say, written down first from ../shared/FACTS.md (not from the code):
 *   1  E15 (001:924): after the TLV the parents register the child at the SBO/SO school themselves: done, so no "Meld je kind
 *      aan bij de nieuwe school" and no registration letter. A23 (002:734-736), C22 and E19 (002:2169-2175; 000:934-938): the
 *      old school keeps the zorgplicht only UNTIL the child is enrolled at the new school: no "the current school stays
 *      responsible until ...", no waiting-list warning, no "look for a school". B01/B02 (002:862-866, 001:464): the new school
 *      must adopt an OPP within 6 weeks after enrolment: Mon 24 Aug 2026 + 42 days = Mon 5 Oct 2026, never certain (§X.5:
 *      the start point is worded differently), "soon" while it runs, "now" once passed; the verzoek-opp letter names both days.
 *      B38: the old school's OPP goes with the child. B20: the yearly evaluation is the OPP-holding school's duty; the old
 *      school's evaluation of its OPP (talk of 12 May 2026, due by 31 Jul 2027) is no duty of a school Noor left; an OPP talk
 *      after the enrolment (1b) is the new school's, whose own evaluation stays and whose OPP exists (no "ask for the OPP").
 *      Without the day (1c): no date, "count it yourself, ask the new school". E12-E14 (001:926, 937; 002:2143-2150): the SWV
 *      sets the TLV's validity; a temporary TLV lasts at least 1 year; the SWV starts the re-assessment (tlv-geldigheid
 *      stays; no end date is asked: the sources give the parent no term of her own there). H13 (001:614-618): the VO transfer
 *      talk from groep 6/7 stays. FP-P1 (002:734-740): she did not turn down a place: not asked. A34-A37: cluster 1/2 needs no
 *      TLV, so its "other rules" do not concern a child placed by the SWV's TLV. The gesprekskaart aims at the new school's OPP.
 *      Answers stored before (tlv-plek "plek") keep their meaning: no migration needed, the schema version stays 2.
 *   2  A04 (001:119; 002:744-746): the school decides within 6 weeks of RECEIVING the registration; A21 (002:748-750): bezwaar
 *      within 6 weeks after the refusal is made known. A refusal of a registration cannot come before its receipt: the two
 *      answers contradict each other (a typo, or a new registration after the refusal, A24-A26). Both terms must stay, to the
 *      day: bezwaar Mon 21 Sep + 42 = Mon 2 Nov 2026 (certain), the decision Mon 5 Oct + 42 = Mon 16 Nov 2026; and a clear line
 *      asks the parent to check both dates, on the first screen, in six languages. A registration logged in the timeline after
 *      a logged refusal is a new registration (session 22): its own text, no check.
 *   3  B20 (001:272, 509; 002:882-884; 004:1342): at least one OPP talk per school year (1 Aug - 31 Jul). Evi's school year
 *      2026/27 ends Sat 31 Jul 2027; the day does not move to a weekday (the Algemene termijnenwet is not in our sources). Read
 *      on that day the plan must say it is today, as a dated term says "Dat is vandaag."; the day before, tomorrow; the same on
 *      a weekday (Fri 31 Jul 2026) as on a Saturday in the holiday.
 *
 * Defects found (each `it` below marked "failed before" failed on the code before this session's fix):
 *   D1 (grave: a wrong step and a missing term) story 1. tlv-plek had no answer for "already at that school": the parent could
 *      only answer "plek", and read "Meld je kind aan bij de nieuwe school ... Tot je kind daar is ingeschreven, blijft de
 *      huidige school verantwoordelijk" months after the enrolment, the old school's OPP evaluation as her task, and no term
 *      for the new school's OPP. Now the option "Mijn kind zit al op die school" and the day of enrolment (tlv-inschrijving-datum).
 *   D2 (moderate: contradicting answers read silently as a new registration) story 2: the warning "Een nieuwe aanmelding na de
 *      weigering" told her "Je meldde je kind aan na de weigering". Now, from the answers alone, the warning asks her to check
 *      both dates, on the first screen; both terms stay.
 *   D3 (moderate: a last day not called today) story 3. The brief said a weekday last day reads "vandaag" and a Saturday one
 *      does not; in the code neither did (the OPP talk has no dated term, so "Dat is vandaag." never reached it, on any day
 *      of the week: lawyer-s60-edges noted it). Now the step says "Vandaag is de laatste dag van dit schooljaar" on 31 July
 *      and "Morgen" on 30 July, on every weekday alike; the day named does not move.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { migrateAnswers } from '../../src/flow/migrate';
import { askedQuestions, firstUnanswered, isComplete } from '../../src/flow/route';
import { oppTermValues } from '../../src/rules/letters';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { appOf } from './app-story';
import { loadPlanTexts, tFor } from './plan-texts';
import { log } from './timeline-log';
import { A, agree, allText, dutch, E, firstScreen, ids, step, story, terms, warnings, warningPart } from './lawyer-kit';
import type { Plan } from '../../src/rules/plan';
import nlQ from '../../src/content/generated/questions.nl';
import enQ from '../../src/content/generated/questions.en';
import arQ from '../../src/content/generated/questions.ar';
import trQ from '../../src/content/generated/questions.tr';
import plQ from '../../src/content/generated/questions.pl';
import ukQ from '../../src/content/generated/questions.uk';

type QuestionText = { title: string; why?: string; options?: Record<string, string> };
const QUESTION_TEXTS = { nl: nlQ, en: enQ, ar: arQ, tr: trQ, pl: plQ, uk: ukQ } as unknown as Record<(typeof LANGS)[number], Record<string, QuestionText>>;

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

// ── Story 1: Noor, at the SO school since Mon 24 Aug 2026 ────────────────────────────────────────────────────────────
const noorAnswers = {
  situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-06-02',
  'tlv-eens': 'ja', 'tlv-soort': 'so', 'tlv-plek': 'ingeschreven', 'tlv-inschrijving-datum': '2026-08-24',
  // Session 64 (s64-opp): the question asked since, whether the new school has made its OPP: not yet.
  'opp-nieuwe-school': 'nee',
  opp: 'ja', 'opp-besproken': '2026-05-12', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent',
  'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja',
  jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
const noor = story(noorAnswers);

describe('story 1: Noor, an SO TLV granted Tue 2 Jun 2026, at the SO school since Mon 24 Aug 2026 (E15, A23, C22, E19, B02)', () => {
  it('the questionnaire offers "Mijn kind zit al op die school" and then asks the day of enrolment, not about a turned-down offer (failed before)', () => {
    const { 'tlv-inschrijving-datum': _, ...withoutDay } = noorAnswers;
    expect(firstUnanswered(A(withoutDay))?.id).toBe('tlv-inschrijving-datum');
    expect(isComplete(noor.answers)).toBe(true);
    const asked = askedQuestions(noor.answers).map((q) => q.id);
    expect(asked).toContain('tlv-inschrijving-datum');
    expect(asked).not.toContain('aanbod-geweigerd');
  });

  it('the new option and question have their texts in six languages (failed before)', () => {
    for (const [lang, q] of Object.entries(QUESTION_TEXTS)) {
      expect(q['tlv-plek']?.options?.['ingeschreven'], lang).toBeTruthy();
      expect(q['tlv-inschrijving-datum']?.title, lang).toBeTruthy();
      expect(q['tlv-inschrijving-datum']?.why, lang).toMatch(/6/);
    }
    expect(Object.keys(QUESTION_TEXTS)).toEqual([...LANGS]);
    expect(QUESTION_TEXTS.nl['tlv-plek']?.options?.['ingeschreven']).toBe('Mijn kind zit al op die school');
  });

  it('Mon 14 Sep: no registration step, no "the old school stays responsible"; the new school\'s OPP by Mon 5 Oct 2026, not certain (failed before)', () => {
    const p = agree(noor, '2026-09-14');
    expect(ids(p)).not.toContain('tlv-inschrijven');
    expect(ids(p)).not.toContain('tlv-school-zoeken');
    expect(warnings(p)).not.toContain('wachtlijst-zorgplicht');
    expect(p.steps.flatMap((s) => s.letters)).not.toContain('schriftelijke-aanmelding');
    expect(allText(p)).not.toMatch(/blijft de (huidige|oude) school verantwoordelijk/);
    expect(terms(p)).toEqual(['opp-na-toelating 2026-08-24>2026-10-05 upcoming?']);
    const opp = step(p, 'opp-na-toelating')!;
    expect(opp.group).toBe('binnenkort');
    expect(dutch(opp)).toMatch(/nieuwe school binnen 6 weken na de inschrijving een OPP/);
    expect(dutch(opp)).not.toMatch(/toegelaten/);
    expect(firstScreen(p).next).toBe('opp-na-toelating 2026-10-05');
  });

  it('the old school\'s OPP (talk of Tue 12 May, before the enrolment) is no task any more: no evaluation by 31 Jul 2027 (failed before)', () => {
    const p = agree(noor, '2026-09-14');
    expect(ids(p)).not.toContain('opp-evaluatie');
    expect(ids(p)).not.toContain('opp-instemmen');
    // What stays true of a TLV (E12-E14) and of groep 6 (H13); cluster 1/2 is not her school (A34-A37).
    expect(ids(p)).toContain('tlv-geldigheid');
    expect(ids(p)).toContain('overstap-voorbereiden');
    expect(ids(p)).not.toContain('cluster-1-2');
  });

  it('Fri 4 Dec: the OPP\'s day has passed: in "Nu doen", first on the first screen, what to do now (failed before)', () => {
    const p = agree(noor, '2026-12-04');
    expect(terms(p)).toEqual(['opp-na-toelating 2026-08-24>2026-10-05 passed?']);
    expect(step(p, 'opp-na-toelating')!.group).toBe('nu');
    expect(dutch(step(p, 'opp-na-toelating')!, 'late')).toMatch(/Heeft de nieuwe school nog geen OPP gemaakt\? Vraag er dan nu op papier om/);
    expect(firstScreen(p).actions[0]).toBe('opp-na-toelating');
  });

  it('the texts of the new school\'s OPP step exist in six languages, with the same date (failed before)', () => {
    const p = agree(noor, '2026-09-14');
    const opp = step(p, 'opp-na-toelating')!;
    for (const lang of LANGS) for (const part of ['title', 'why', 'late', 'check']) {
      expect(tFor(lang).raw(`${opp.texts}.${part}`), `${lang} ${part}`).not.toMatch(/s63|planStep/);
    }
  });

  it('the letter verzoek-opp names the day of enrolment and the OPP\'s last day (failed before)', () => {
    // Session 64: from the plan's own step, with its certainty (not certain: §X.5).
    const v = oppTermValues(step(agree(noor, '2026-09-14'), 'opp-na-toelating'), ({ ingeschreven, uiterlijk }, certain) => `${ingeschreven} | ${uiterlijk} | ${certain}`);
    expect(v.opp_termijn).toBe('24 augustus 2026 | 5 oktober 2026 | false');
  });

  it('the gesprekskaart aims at the new school\'s OPP, not at a school that fits (failed before)', () => {
    const withMeeting = story({ ...noorAnswers, 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-09-17' });
    const c = cardOf(appOf(withMeeting), '2026-09-14');
    expect(c.goals).toContain('opp-met-afspraken');
    expect(c.goals).not.toContain('goede-plek');
    expect(c.dates.map((d) => `${d.step}@${d.due}`)).toEqual(['opp-na-toelating@2026-10-05']);
  });

  it('1b: an OPP talk on Thu 1 Oct, after the enrolment, is the new school\'s: its evaluation stays, no "OPP within 6 weeks" (failed before)', () => {
    const p = agree(story({ ...noorAnswers, 'opp-besproken': '2026-10-01' }), '2026-12-04');
    expect(ids(p)).toContain('opp-evaluatie');
    expect(ids(p)).not.toContain('opp-na-toelating');
    expect(ids(p)).not.toContain('tlv-inschrijven');
    expect(ids(p)).not.toContain('tlv-school-zoeken');
  });

  it('1c: the day of enrolment not known: no date, count it yourself and ask the new school (failed before)', () => {
    const p = agree(story({ ...noorAnswers, 'tlv-inschrijving-datum': 'weet-niet' }), '2026-09-14');
    expect(step(p, 'opp-na-toelating')?.deadline).toBeUndefined();
    expect(dutch(step(p, 'opp-na-toelating')!)).toMatch(/Tel zelf: de dag van de inschrijving plus 6 weken\. Weet je die dag niet\? Vraag het de nieuwe school/);
    expect(ids(p)).not.toContain('tlv-inschrijven');
    expect(ids(p)).not.toContain('opp-evaluatie');
  });

  it('answers stored before keep their meaning: "plek" still registers at the new school; the schema version stays', () => {
    expect(ANSWERS_VERSION).toBe(2);
    const old = { ...noorAnswers, 'tlv-plek': 'plek', 'aanbod-geweigerd': 'nee' } as Record<string, unknown>;
    delete old['tlv-inschrijving-datum'];
    expect(migrateAnswers(2, old)).toEqual(old);
    const p = agree(story(old), '2026-09-14');
    expect(ids(p)).toContain('tlv-inschrijven');
    expect(ids(p)).toContain('opp-evaluatie');
    expect(ids(p)).not.toContain('opp-na-toelating');
  });
});

// ── Story 2: Sara, a refusal dated before its registration ────────────────────────────────────────────────────────────
const saraAnswers = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-10-05', 'aanmelding-bevestiging': 'ja',
  'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja',
  'weigering-datum': '2026-09-21', 'weigering-andere-school': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
  'aanbod-geweigerd': 'nee', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};

describe('story 2: Sara, registration received Mon 5 Oct 2026, refusal dated Mon 21 Sep 2026 (A04, A21)', () => {
  it('both terms stay to the day: bezwaar Mon 2 Nov (certain), the decision Mon 16 Nov', () => {
    const p = agree(story(saraAnswers), '2026-10-20');
    expect(terms(p)).toEqual([
      'besluit-aanmelding 2026-10-05>2026-11-16 upcoming',
      'bezwaar-weigering 2026-09-21>2026-11-02 upcoming',
      'geschillencommissie 2026-09-21>2026-11-02 upcoming?',
    ]);
  });

  it('the plan asks to check both dates, on the first screen, in six languages (failed before)', () => {
    const p = agree(story(saraAnswers), '2026-10-20');
    const w = p.warnings.find((x) => x.id === 'nieuwe-aanmelding-na-weigering')!;
    expect(firstScreen(p).alerts).toContain('nieuwe-aanmelding-na-weigering');
    expect(warningPart(w, 'nl', 'title')).toBe('Klopt de datum van de weigering?');
    expect(warningPart(w, 'nl', 'text')).toMatch(/Kijk daarom beide data na/);
    expect(warningPart(w, 'nl', 'text')).toMatch(/staan beide termijnen in je plan/);
    for (const lang of LANGS) for (const part of ['title', 'text'] as const) expect(warningPart(w, lang, part), `${lang} ${part}`).not.toMatch(/s63|warning\./);
  });

  it('a registration logged after a logged refusal is a new registration: the warning\'s own text, not on the first screen', () => {
    const s = log(A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee' }), [
      E('aanmelding-ontvangen', '2026-09-01', 'e-mail'), E('besluit-geweigerd', '2026-09-21'), E('aanmelding-ontvangen', '2026-10-05', 'e-mail'),
    ]);
    const p: Plan = agree(s, '2026-10-20');
    const w = p.warnings.find((x) => x.id === 'nieuwe-aanmelding-na-weigering')!;
    expect(w.texts).toBeUndefined();
    expect(firstScreen(p).alerts).not.toContain('nieuwe-aanmelding-na-weigering');
    expect(terms(p)).toContain('besluit-aanmelding 2026-10-05>2026-11-16 upcoming');
    expect(terms(p)).toContain('bezwaar-weigering 2026-09-21>2026-11-02 upcoming');
  });
});

// ── Story 3: the OPP's school year ends on a Saturday in the holiday ─────────────────────────────────────────────────
const eviAnswers = (talk: string) => ({
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee', opp: 'ja', 'opp-besproken': talk, 'opp-ingestemd': 'ja',
  'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee',
  tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
});
const evaluation = (talk: string, today: string) => {
  const s = step(agree(story(eviAnswers(talk)), today), 'opp-evaluatie')!;
  return { day: s.params['uiterlijk'], note: s.note ? tFor('nl').raw(s.note) : undefined, texts: s.note };
};

describe('story 3: the OPP talk due by the school year\'s last day, a Saturday in the holiday or a weekday (B20)', () => {
  it('Sat 31 Jul 2027 (the last day): "vandaag", and the day stays Saturday 31 July (failed before)', () => {
    const e = evaluation('2026-06-15', '2027-07-31');
    expect(e.day).toBe('2027-07-31');
    expect(e.note).toMatch(/^Vandaag is de laatste dag van dit schooljaar\./);
  });

  it('Fri 30 Jul 2027: "morgen" (failed before)', () => {
    expect(evaluation('2026-06-15', '2027-07-30').note).toMatch(/^Morgen is de laatste dag van dit schooljaar\./);
  });

  it('Sun 1 Aug 2027: a new school year: neither', () => {
    expect(evaluation('2026-06-15', '2027-08-01').note).toBeUndefined();
    // Session 71 (s71-spring): on 20 July not the s63 day's note but the before-summer note (spring71.oppVoorDeZomer).
    expect(evaluation('2026-06-15', '2027-07-20').note).toMatch(/^Moet het gesprek over het OPP nog in dit schooljaar\?/);
  });

  it('3b: the weekday reads the same: Fri 31 Jul 2026 "vandaag", Thu 30 Jul "morgen" (failed before)', () => {
    const sat = evaluation('2026-06-15', '2027-07-31');
    const fri = evaluation('2025-06-16', '2026-07-31');
    expect(fri.day).toBe('2026-07-31');
    expect(sat.texts).toBe('ui:s63.oppLaatsteDagVandaag');
    expect(fri.texts).toBe(sat.texts);
    expect(evaluation('2025-06-16', '2026-07-30').texts).toBe(evaluation('2026-06-15', '2027-07-30').texts);
  });

  it('the notes exist in six languages, no date in them (a Ukrainian date may not end a sentence) (failed before)', () => {
    for (const lang of LANGS) for (const key of ['ui:s63.oppLaatsteDagVandaag', 'ui:s63.oppLaatsteDagMorgen']) {
      const text = tFor(lang).raw(key);
      expect(text, `${lang} ${key}`).not.toMatch(/oppLaatsteDag/);
      expect(text, `${lang} ${key}`).not.toMatch(/\d{4}/);
    }
  });
});

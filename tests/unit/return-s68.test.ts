/**
 * Session 68 (s68-return): three plans that said the wrong thing after the situation moved on (left open by session 67's
 * blind review, tests/scenarios/053-blind-s67.yaml). Scenarios: tests/scenarios/054-return-s68.yaml.
 *
 * R1 Groep 7/8 read in July or August. The questionnaire asks "In welke groep zit je kind?" with one answer for groep 7
 *    and 8 (src/flow/QUESTIONS.md, `groep`). In the summer holiday that answer may mean "just finished groep 8, goes to a
 *    middelbare school after the summer" as well as "goes into groep 8" (or just finished groep 7). The overstap step said
 *    "Groep 7: praat nu met de school" and "meld je kind dit schooljaar schriftelijk aan" in August, to a parent whose child
 *    starts at a middelbare school in a few weeks. Sources: H13 (001:614-618: talk from groep 6/7, agreements in the OPP;
 *    the OKR and the OPP go along), H14 (002:1477-1481: the VO school assesses itself), G14/G16 (inzage, parts of the OKR),
 *    C22 (the current school stays responsible until enrolment elsewhere), A01/A04/A05 (a written registration, 6 weeks,
 *    once 4 more), A17 (VO may refuse on its general requirements). No source gives a date for the schooladvies, for the
 *    VO registration or for the first school day: the text says "vraag het de school". Now, in July and August, the step
 *    has its own text (ui return68.planStep.overstapZomer) that speaks to both readings.
 * R2 A logged return to school ("Kind gaat weer naar school", weer-naar-school). The at-home steps leave (session 55,
 *    atSchool), but the onderwijsconsulenten stayed under "Binnenkort" (its groupFor reads isThuiszitter from the answers),
 *    so the first screen named "Vraag hulp aan de onderwijsconsulenten" as a first action of a child back at school; and
 *    "Zet afspraken op papier" had gone with afspraken-thuis-vastleggen (order.ts STEP_MERGES dropped it beside that step).
 *    D22/F05 (001:719; 002:2763-2790): the onderwijsconsulenten are for a parent and school who are stuck; after a return
 *    that is "if it goes wrong again". F01 and the plan's own advice: put agreements on paper. Now, back at school, the
 *    onderwijsconsulenten step is under "Als het niet lukt", and afspraken-bevestigen is under "Binnenkort", first there,
 *    with its own text naming the day back (ui return68.planStep.afsprakenTerug): the agreements about the return on paper,
 *    the help in the OPP if there is one, whom to call if it goes wrong again.
 * R3 Maatwerk for a de-registered child. maatwerk-onderwijstijd ("Vraag om een plan voor minder uren of les thuis") showed
 *    for a child the school de-registered (ingeschreven: nee) as if a school would arrange it. Maatwerk (D13-D18: the board
 *    asks the inspectie, in the OPP, with her consent) and remote education (D10, D11: under the board's responsibility)
 *    are arranged by the school where the child is enrolled. For a child enrolled nowhere the first thing is a school
 *    (FP09, FP18, C04: uitschrijving-navragen, the leerplichtambtenaar). Now the step has its own text there
 *    (ui return68.planStep.maatwerkUitgeschreven), under "Goed om te weten": first a school; ask the board on paper how
 *    the child gets lessons while it cannot come; once enrolled, ask that school for the plan. A child never enrolled
 *    anywhere (neverEnrolled) gets no maatwerk step.
 *
 * Failed before the fix (run against the branch's start, e851469): every `it` marked "(failed before)". The guards passed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanTexts, tFor } from './plan-texts';
import { stepText } from '../../src/ui/deadlineText';
import { agree, dutch, E, firstScreen, step, story, terms } from './lawyer-kit';
import { log } from './timeline-log';
import type { IsoDate } from '../../src/rules/dates';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

// ── R1: groep 7/8 in the summer holiday ──────────────────────────────────────────────────────────────────────────────────

const liamAnswers = {
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'nee', opp: 'ja', 'opp-besproken': '2027-03-08',
  'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-7-8',
};
const overstap = (answers: Record<string, unknown>, today: IsoDate) => step(agree(story(answers), today), 'overstap-voorbereiden')!;

describe('R1: groep 7 or 8, the overstap step read in the summer holiday (H13, H14, C22, A04, A17)', () => {
  it('R1 (failed before): on 16 August no "Groep 7: praat nu" and no "dit schooljaar" registration as if groep 8 lay ahead only', () => {
    const t = dutch(overstap(liamAnswers, '2027-08-16'));
    expect(t).not.toMatch(/Groep 7: praat nu/);
    expect(t).not.toMatch(/meld je kind dit schooljaar/);
    // Both readings of the answer: just finished groep 8, or going into groep 8.
    expect(t).toMatch(/groep 8 net afgerond/);
    expect(t).toMatch(/naar groep 8/);
    // Just finished: the VO school's zorgplicht starts with enrolment; until then the basisschool stays responsible (C22).
    expect(t).toMatch(/ingeschreven/);
    expect(t).toMatch(/blijft de basisschool verantwoordelijk/);
    // No invented date: the first school day and the schooladvies are in no source.
    expect(t).toMatch(/staat niet in onze bronnen/);
    expect(dutch(overstap(liamAnswers, '2027-08-16'), 'title')).not.toBe('Bereid de overstap naar de middelbare school voor');
  });

  it('R1 (failed before): in July too, and with a registration in writing answered (no "Groep 7: praat nu" either)', () => {
    expect(dutch(overstap(liamAnswers, '2027-07-19'))).toMatch(/groep 8 net afgerond/);
    const registered = {
      situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-03-01', 'aanmelding-bevestiging': 'ja',
      'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'school-zegt': ['geen'],
      'gesprek-gepland': 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-7-8', vervoer: 'nee',
    };
    const t = dutch(overstap(registered, '2027-08-09'));
    expect(t).not.toMatch(/Groep 7: praat nu/);
    expect(t).toMatch(/al schriftelijk aangemeld/);
  });

  it('R1 (failed before): every language has its own summer text', () => {
    const s = overstap(liamAnswers, '2027-08-16');
    const june = overstap(liamAnswers, '2027-06-15');
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const why = stepText(s, 'why', tFor(lang));
      expect(why, lang).not.toBe(stepText(june, 'why', tFor(lang)));
      expect(why, lang).toMatch(/8/);
      expect(why, lang).not.toMatch(/\{\{/);
      seen.add(why);
    }
    expect(seen.size).toBe(LANGS.length);
  });

  it('guard: in June and in September the general text (groep 7 talk now, groep 8 register this school year)', () => {
    for (const today of ['2027-06-15', '2027-09-06'] as IsoDate[]) {
      const t = dutch(overstap(liamAnswers, today));
      expect(t, today).toMatch(/Groep 7: praat nu/);
      expect(t, today).toMatch(/meld je kind dit schooljaar schriftelijk aan/);
    }
  });

  it('guard: a child enrolled at no school keeps its own text in August (session 56)', () => {
    const nergens = {
      situatie: ['thuiszitten'], 'thuis-reden': 'nergens', 'thuis-sinds': '2027-06-01', 'lpa-betrokken': 'nee', 'school-zegt': ['geen'],
      'gesprek-gepland': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-7-8',
    };
    const t = dutch(overstap(nergens, '2027-08-16'));
    expect(t).toMatch(/nog op geen enkele school ingeschreven/);
  });
});

// ── R2: back at school, logged ───────────────────────────────────────────────────────────────────────────────────────────

const jaydenAnswers = {
  situatie: ['thuiszitten'], 'thuis-sinds': '2027-12-06', 'lessen-nu': 'ja', ingeschreven: 'ja', 'lpa-betrokken': 'nee',
  'verwijdering-besluit': 'nee', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', opp: 'ja', 'opp-besproken': '2027-10-11',
  'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
const back = (answers: Record<string, unknown>) =>
  log(story(answers).answers, [E('schorsing', '2027-12-06', 'brief'), E('weer-naar-school', '2027-12-20', 'gesprek')]);

describe('R2: a logged return to school (D22, F05, F01)', () => {
  it('R2 (failed before): the first screen no longer names the onderwijsconsulenten; the agreements about the return come first', () => {
    const p = agree(back(jaydenAnswers), '2028-01-04');
    const f = firstScreen(p);
    expect(f.actions).not.toContain('onderwijsconsulenten');
    expect(f.actions[0]).toBe('afspraken-bevestigen');
    expect(f.actions).toContain('opp-evaluatie');
    // Still in the plan, for when it goes wrong again.
    expect(step(p, 'onderwijsconsulenten')?.group).toBe('als-het-niet-lukt');
  });

  it('R2 (failed before): "Zet de afspraken over de terugkeer op papier" names the day back, the OPP and whom to call', () => {
    const p = agree(back(jaydenAnswers), '2028-01-04');
    const s = step(p, 'afspraken-bevestigen')!;
    expect(s.group).toBe('binnenkort');
    expect(s.params['terug']).toBe('2027-12-20');
    const t = dutch(s);
    expect(t).toMatch(/maandag 20 december 2027/);
    expect(t).toMatch(/OPP/);
    expect(t).toMatch(/onderwijsconsulenten/);
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const why = stepText(s, 'why', tFor(lang));
      expect(why, lang).toMatch(/2027/);
      seen.add(why);
    }
    expect(seen.size).toBe(LANGS.length);
  });

  it('guard: still at home (no day back logged): the onderwijsconsulenten stay under "Binnenkort", the general texts', () => {
    const p = agree(log(story(jaydenAnswers).answers, [E('schorsing', '2027-12-06', 'brief')]), '2028-01-04');
    expect(step(p, 'onderwijsconsulenten')?.group).toBe('binnenkort');
    expect(step(p, 'afspraken-bevestigen')?.texts).toBeUndefined();
  });

  it('guard: back at school with a removal decision on paper: its bezwaar keeps its date and leads the first screen', () => {
    const answers = { ...jaydenAnswers, 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-12-17' };
    const before = agree(story(answers), '2028-01-04');
    const p = agree(back(answers), '2028-01-04');
    const f = firstScreen(p);
    expect(f.next).toBe('bezwaar-verwijdering 2028-01-28');
    expect(f.actions[0]).toBe('bezwaar-verwijdering');
    // Every dated step of the answers' plan keeps its date (the at-home steps aside: their days belong to the time at home).
    const kept = terms(p);
    for (const t of terms(before).filter((x) => !x.startsWith('schorsing-einde'))) expect(kept).toContain(t);
  });
});

// ── R3: maatwerk for a de-registered child ───────────────────────────────────────────────────────────────────────────────

const meesAnswers = {
  situatie: ['thuiszitten'], 'thuis-reden': 'kan-niet', 'thuis-sinds': '2027-09-06', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee',
  ingeschreven: 'nee', 'lpa-betrokken': 'nee', 'aanbod-geweigerd': 'nee', opp: 'nee', 'swv-betrokken': 'nee', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', jeugdhulp: 'krijgt', klacht: 'nee',
  groep: 'groep-3-6',
};

describe('R3: maatwerk onderwijstijd for a child the school de-registered (D10, D11, D13-D18, FP09, FP18)', () => {
  it('R3 (failed before): the step says first a school, under "Goed om te weten", not among the first actions', () => {
    const p = agree(story(meesAnswers), '2027-11-01');
    const s = step(p, 'maatwerk-onderwijstijd')!;
    expect(s.group).toBe('goed-om-te-weten');
    const t = dutch(s);
    expect(t).toMatch(/nergens ingeschreven/);
    expect(t).toMatch(/eerst/i);
    expect(t).toMatch(/schoolbestuur/);
    expect(t).not.toMatch(/^Kan je kind tijdelijk niet de hele week naar school\? Dan kan de school minder uren geven/);
    expect(firstScreen(p).actions).not.toContain('maatwerk-onderwijstijd');
    // The de-registration's own step stays first-hand ("Nu doen").
    expect(step(p, 'uitschrijving-navragen')?.group).toBe('nu');
  });

  it('R3 (failed before): every language has its own text', () => {
    const s = step(agree(story(meesAnswers), '2027-11-01'), 'maatwerk-onderwijstijd')!;
    const enrolled = step(agree(story({ ...meesAnswers, ingeschreven: 'ja' }), '2027-11-01'), 'maatwerk-onderwijstijd')!;
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const why = stepText(s, 'why', tFor(lang));
      expect(why, lang).not.toBe(stepText(enrolled, 'why', tFor(lang)));
      seen.add(why);
    }
    expect(seen.size).toBe(LANGS.length);
  });

  it('guard: a child still enrolled who cannot go keeps the general maatwerk text (D11, session 67)', () => {
    const t = dutch(step(agree(story({ ...meesAnswers, ingeschreven: 'ja' }), '2027-11-01'), 'maatwerk-onderwijstijd')!);
    expect(t).toMatch(/Dat heet maatwerk in onderwijstijd/);
    expect(t).toMatch(/medezeggenschapsraad/);
  });

  it('R3 (failed before): with a removal decision and enrolled nowhere the same text; the bezwaar keeps its date', () => {
    // Removed on paper on Fri 15 Oct 2027 and de-registered, at home part of the week: 6 weeks = Fri 26 Nov 2027 (C09).
    const answers = { ...meesAnswers, 'thuis-reden': 'verwijderd', 'thuis-hoeveel': 'deels', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-10-15' };
    const p = agree(story(answers), '2027-11-01');
    expect(dutch(step(p, 'maatwerk-onderwijstijd')!)).toMatch(/nergens ingeschreven/);
    expect(firstScreen(p).next).toBe('bezwaar-verwijdering 2027-11-26');
  });
});

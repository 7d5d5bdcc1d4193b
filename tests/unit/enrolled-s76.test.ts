/**
 * Session 76 (s76-enrolled): a child already enrolled at a new school got the old school's steps first. The scenarios are in
 * tests/scenarios/062-enrolled-s76.yaml (answers in tests/answers/s76/enrolled/). Each `it` marked "failed before" failed on
 * HEAD 55e91588 (run from a copy of it, the new scenarios and this file added).
 *
 *   1. The first screen's action was the OLD school's "Vraag om het OPP van je kind" while the running term was the NEW
 *      school's OPP (6 weeks after the enrolment, B02): now the old school's OPP steps are a choice (after the removal's
 *      bezwaar and Geschillencommissie, whose evidence they are: C03) and the new school's term is the first action.
 *   2. "Handelingsverlegen, maar geen OPP" asked "Wil de school dat je kind vertrekt?" of a child who had left: its own text.
 *   3. swv-betrekken said "De school blijft wel verantwoordelijk voor je kind" (A23, C22); onderzoek-vragen, sop-opvragen,
 *      dossier-opvragen name the school; the reply to the old school's handelingsverlegen letter leaves, and so do the warnings
 *      "until your child is enrolled elsewhere" after a time at home.
 *   4. The same with the enrolment logged on the timeline (backAtNewSchoolAfterRemoval).
 *   5. After a refusal and an enrolment elsewhere the passed bezwaar and Geschillencommissie (a choice since s61) say so, and the
 *      bezwaar's passed text no longer says the school must still find another school (second commit; failed before it).
 * No date moves; a bezwaar still in its 6 weeks stays the first action.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/rules/dates';
import { buildPlan, type Plan } from '../../src/rules/plan';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, E, agree, allText, dutch, firstScreen, step, terms, warningText } from './lawyer-kit';
import { log } from './timeline-log';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
// The keys written out (not imported): a test that reads them from the code passes when the code has none.
const OPP_CHOICE = 'ui:enrolled76.oppOudeSchoolKeuze';
const NEW_SCHOOL = 'ui:enrolled76.nieuweSchool';
const DOSSIER = 'ui:enrolled76.dossierScholen';
const SWV = 'ui:enrolled76.planStep.swvBetrekken';
const HV = 'ui:enrolled76.warning.hvZonderOpp';
const REFUSAL_NOTE = 'ui:enrolled76.weigeringKeuze';
const REFUSAL_ENROLLED = 'ui:enrolled76.planStep.bezwaarWeigeringIngeschreven';

const common = { groep: 'groep-3-6', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', 'meer-scholen': 'nee', opp: 'nee', onderzoek: 'geen', 'swv-betrokken': 'nee' };
const registered = { 'aanmelding-hoe': 'schriftelijk', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja' };
/** tests/answers/s75/removal/elders-ingeschreven.json: removed 13 Sep 2027, registered 23 Sep, enrolled at the new school 25 Oct. */
const noor = (x: Record<string, unknown> = {}) =>
  A({ ...common, ...registered, situatie: ['handelingsverlegen', 'aanmelden'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-09-13', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanmelding-datum': '2027-09-23', 'inschrijving-datum': '2027-10-25', ...x });
/** Refused by school B on 6 Sep 2027 while her school said it could not help her; admitted at school C, enrolled 18 Oct. */
const sam = A({ ...common, ...registered, situatie: ['handelingsverlegen', 'aanmelden'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'nee', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2027-09-06', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee', 'aanmelding-datum': '2027-09-20', 'inschrijving-datum': '2027-10-18' });
/** At home since 6 Sep 2027 (not welcome), registered at a new school 20 Sep, enrolled 18 Oct. */
const lina = A({ ...common, ...registered, situatie: ['handelingsverlegen', 'thuiszitten', 'aanmelden'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'nee', 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2027-09-06', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', ingeschreven: 'ja', 'lpa-betrokken': 'ja', 'aanmelding-datum': '2027-09-20', 'inschrijving-datum': '2027-10-18' });

const plan = (a: ReturnType<typeof A>, today: string): Plan => buildPlan(a, today as IsoDate);
const index = (p: Plan, id: string) => p.steps.findIndex((s) => s.id === id);

describe('1. the first screen leads with the new school\'s running OPP term', () => {
  it('failed before: Noor, Wed 10 Nov 2027: the first action is the new school\'s OPP (due 6 Dec), not the old school\'s', () => {
    const p = plan(noor(), '2027-11-10');
    const f = firstScreen(p);
    expect(f.actions[0]).toBe('opp-na-toelating');
    expect(f.actions).not.toContain('opp-vragen');
    expect(step(p, 'opp-na-toelating')?.deadline).toMatchObject({ start: '2027-10-25', due: '2027-12-06', status: 'upcoming' });
  });

  it('failed before: the old school\'s OPP is a choice with its note, after the removal\'s bezwaar and Geschillencommissie', () => {
    const p = plan(noor(), '2027-11-10');
    expect(step(p, 'opp-vragen')).toMatchObject({ choice: true, note: OPP_CHOICE, group: 'nu' });
    expect(index(p, 'bezwaar-verwijdering')).toBeLessThan(index(p, 'opp-vragen'));
    expect(index(p, 'geschillencommissie')).toBeLessThan(index(p, 'opp-vragen'));
  });

  it('no date moves: the passed bezwaar and Geschillencommissie keep their days (a choice), the OPP term its own', () => {
    const p = plan(noor(), '2027-11-10');
    expect(terms(p)).toEqual(['bezwaar-verwijdering 2027-09-13>2027-10-25 passed', 'geschillencommissie 2027-09-13>2027-10-25 passed?', 'opp-na-toelating 2027-10-25>2027-12-06 upcoming?'].sort());
    expect(step(p, 'bezwaar-verwijdering')?.choice).toBe(true);
  });

  it('failed before: a bezwaar still in its 6 weeks stays the first action with its day; the old OPP is no action beside it', () => {
    const p = plan(noor({ 'verwijdering-datum': '2027-10-04', 'aanmelding-datum': '2027-10-06' }), '2027-11-10');
    const f = firstScreen(p);
    expect(f.actions[0]).toBe('bezwaar-verwijdering');
    expect(f.next).toBe('bezwaar-verwijdering 2027-11-15');
    expect(f.actions).not.toContain('opp-vragen');
    expect(step(p, 'bezwaar-verwijdering')?.choice).toBeUndefined();
  });

  it('guard: the day of enrolment not known: the old school\'s OPP is asked as before (no choice, no note of the new school)', () => {
    const p = plan(noor({ 'inschrijving-datum': 'weet-niet' }), '2027-10-20');
    expect(step(p, 'opp-vragen')?.choice).toBeUndefined();
    expect(step(p, 'opp-vragen')?.note).toBeUndefined();
    expect(firstScreen(p).actions[0]).toBe('bezwaar-verwijdering');
  });
});

describe('2. the warning about handelingsverlegen without an OPP', () => {
  it('failed before: once enrolled at the new school it speaks of the new school\'s OPP, not "Wil de school dat je kind vertrekt?"', () => {
    for (const [a, today] of [[noor(), '2027-11-10'], [sam, '2027-11-10'], [lina, '2027-11-10']] as const) {
      const w = plan(a, today).warnings.find((x) => x.id === 'handelingsverlegen-zonder-opp')!;
      expect(w.texts).toBe(HV);
      expect(warningText(w)).toContain('Dan moet de nieuwe school binnen 6 weken een OPP vaststellen');
      expect(warningText(w)).not.toContain('Wil de school dat je kind vertrekt?');
    }
  });

  it('guard: not enrolled yet (day unknown): the general text', () => {
    const w = plan(noor({ 'inschrijving-datum': 'weet-niet' }), '2027-10-20').warnings.find((x) => x.id === 'handelingsverlegen-zonder-opp')!;
    expect(w.texts).toBeUndefined();
  });
});

describe('3. which school a step means', () => {
  it('failed before: swv-betrekken no longer says "De school blijft wel verantwoordelijk voor je kind" once enrolled elsewhere', () => {
    for (const a of [noor(), sam, lina]) {
      const p = plan(a, '2027-11-10');
      expect(step(p, 'swv-betrekken')?.texts).toBe(SWV);
      expect(dutch(step(p, 'swv-betrekken')!)).toContain('niet meer de oude school');
      expect(allText(p)).not.toContain('De school blijft wel verantwoordelijk voor je kind');
    }
  });

  it('failed before: onderzoek-vragen and sop-opvragen say the new school, dossier-opvragen which school\'s dossier', () => {
    const p = plan(noor(), '2027-11-10');
    expect(step(p, 'onderzoek-vragen')?.note).toBe(NEW_SCHOOL);
    expect(step(p, 'sop-opvragen')?.note).toBe(NEW_SCHOOL);
    expect(step(p, 'dossier-opvragen')?.note).toBe(DOSSIER);
  });

  it('failed before: after a refusal and an enrolment elsewhere, the reply to the old school\'s letter is gone and the new OPP leads', () => {
    const p = plan(sam, '2027-11-10');
    expect(step(p, 'handelingsverlegen-brief-beantwoorden')).toBeUndefined();
    expect(firstScreen(p).actions[0]).toBe('opp-na-toelating');
    expect(step(p, 'bezwaar-weigering')).toMatchObject({ choice: true, deadline: { due: '2027-10-18', status: 'passed' } });
  });

  it('failed before: the refusal\'s passed bezwaar and Geschillencommissie say they are a choice; no "de school moet nog steeds zorgen"', () => {
    for (const a of [sam, A({ ...sam, situatie: ['aanmelden'], 'hv-schriftelijk': undefined, 'hv-wil-weg': undefined })]) {
      const p = plan(a, '2027-11-10');
      expect(step(p, 'bezwaar-weigering')).toMatchObject({ note: REFUSAL_NOTE, texts: REFUSAL_ENROLLED, choice: true });
      expect(step(p, 'geschillencommissie')).toMatchObject({ note: REFUSAL_NOTE, choice: true, deadline: { due: '2027-10-18' } });
      expect(dutch(step(p, 'bezwaar-weigering')!, 'late')).toContain('Die school is nu verantwoordelijk voor je kind');
      expect(allText(p)).not.toContain('Dan moet de school nog steeds zorgen voor een andere school die je kind toelaat');
    }
  });

  it('guard: a refusal\'s bezwaar still in its 6 weeks keeps its own texts and stays the first action', () => {
    const p = plan(A({ ...sam, 'weigering-datum': '2027-10-04', 'aanmelding-datum': '2027-10-06', 'inschrijving-datum': '2027-10-25' }), '2027-11-10');
    expect(step(p, 'bezwaar-weigering')?.texts).toBeUndefined();
    expect(step(p, 'bezwaar-weigering')?.deadline?.due).toBe('2027-11-15');
    expect(firstScreen(p).actions[0]).toBe('bezwaar-weigering');
  });

  it('failed before: at home, then enrolled again: no "until your child is enrolled elsewhere" warnings, no reply to the old letter', () => {
    const p = plan(lina, '2027-11-10');
    const w = p.warnings.map((x) => x.id);
    for (const id of ['verwijdering-zonder-school', 'niet-zelf-uitschrijven', 'aangemeld-elders-tijdens-conflict']) expect(w).not.toContain(id);
    expect(step(p, 'handelingsverlegen-brief-beantwoorden')).toBeUndefined();
    expect(step(p, 'opp-vragen')?.choice).toBe(true);
    expect(step(p, 'opp-na-toelating')?.deadline?.due).toBe('2027-11-29');
  });

  it('guard: the same refusal story without handelingsverlegen (a new pupil: no old school): no note of an old school', () => {
    const p = plan(A({ ...sam, situatie: ['aanmelden'], 'hv-schriftelijk': undefined, 'hv-wil-weg': undefined }), '2027-11-10');
    expect(p.steps.some((s) => s.note === DOSSIER || s.note === OPP_CHOICE || s.texts === SWV)).toBe(false);
  });
});

describe('4. the enrolment logged on the timeline', () => {
  const bo = A({ situatie: ['handelingsverlegen', 'thuiszitten'], 'hv-schriftelijk': 'ja', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'thuis-reden': 'verwijderd', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', 'lpa-betrokken': 'ja', groep: 'groep-3-6' });
  const boEvents = [
    E('verwijdering-besluit', '2027-09-13' as IsoDate), E('thuis-vanaf', '2027-09-20' as IsoDate), E('aanmelding-verstuurd', '2027-09-22' as IsoDate, 'e-mail'),
    E('aanmelding-ontvangen', '2027-09-23' as IsoDate, 'e-mail'), E('besluit-toegelaten', '2027-10-14' as IsoDate), E('uitschrijving', '2027-10-18' as IsoDate), E('weer-naar-school', '2027-10-25' as IsoDate),
  ];

  it('failed before: Bo at school B (logged): the old school\'s OPP is a choice, swv and the warning speak of the new school', () => {
    const p = agree(log(bo, boEvents), '2027-11-10' as IsoDate);
    expect(step(p, 'opp-vragen')).toMatchObject({ choice: true, note: OPP_CHOICE });
    expect(firstScreen(p).actions).not.toContain('opp-vragen');
    expect(step(p, 'swv-betrekken')?.texts).toBe(SWV);
    expect(p.warnings.find((w) => w.id === 'handelingsverlegen-zonder-opp')?.texts).toBe(HV);
    expect(step(p, 'bezwaar-verwijdering')).toMatchObject({ choice: true, deadline: { due: '2027-10-25', status: 'passed' } });
  });

  it('guard: Bo logged back at school before any admission elsewhere: the general texts', () => {
    const p = agree(log(bo, [boEvents[0]!, boEvents[1]!, E('weer-naar-school', '2027-10-04' as IsoDate)]), '2027-10-06' as IsoDate);
    expect(step(p, 'opp-vragen')?.choice).toBeUndefined();
    expect(step(p, 'swv-betrekken')?.texts).toBeUndefined();
  });
});

describe('the texts in six languages', () => {
  it('every enrolled76 text is there, names the OPP where it should, and differs from the Dutch outside nl', () => {
    const nl = tFor('nl');
    for (const lang of LANGS) {
      const t = tFor(lang);
      for (const key of [OPP_CHOICE, NEW_SCHOOL, DOSSIER, `${SWV}.title`, `${SWV}.why`, `${HV}.title`, `${HV}.text`]) {
        expect(t.raw(key).length, `${lang} ${key}`).toBeGreaterThan(10);
        if (lang !== 'nl') expect(t.raw(key)).not.toBe(nl.raw(key));
      }
      for (const key of [OPP_CHOICE, `${HV}.text`]) expect(t.raw(key)).toContain('OPP');
      for (const key of [OPP_CHOICE, DOSSIER, `${HV}.text`]) expect(t.raw(key)).toContain('Geschillencommissie');
      expect(t.raw(`${SWV}.title`)).toBe(t.raw('steps:steps.swv-betrekken.title'));
      expect(t.raw(`${REFUSAL_ENROLLED}.title`)).toBe(t.raw('steps:steps.bezwaar-weigering.title'));
      expect(t.raw(`${REFUSAL_ENROLLED}.why`)).toBe(t.raw('steps:steps.bezwaar-weigering.why'));
      expect(t.raw(`${REFUSAL_ENROLLED}.late`)).not.toBe(t.raw('steps:steps.bezwaar-weigering.late'));
      expect(t.raw(REFUSAL_NOTE).length).toBeGreaterThan(50);
      if (lang !== 'nl') expect(t.raw(REFUSAL_NOTE)).not.toBe(nl.raw(REFUSAL_NOTE));
    }
  });
});

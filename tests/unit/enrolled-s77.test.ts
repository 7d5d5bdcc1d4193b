/**
 * Session 77 (s77-enrolled): a child enrolled at a new school still got texts about the old school (what session 76 left).
 * The scenarios are in tests/scenarios/063-enrolled-s77.yaml (answers in tests/answers/s77/enrolled/). Each `it` marked
 * "failed before" failed on HEAD d5a416d9 (run from a copy of it, `git archive`, with this file and the scenarios added; the
 * five non-guard scenarios failed there too, the two guards passed).
 *
 *   1. verzuim-melding said "Jouw kind is thuis omdat de school dat besliste" (the old school) of a child enrolled at the new
 *      school: now what the new school records from the enrolment (D02, D05; 001:835-847); the summer text stays in July/August.
 *   2. school-vol asked for the refusing school's decision on paper after the child was enrolled elsewhere: now the new school
 *      is responsible and a bezwaar against the refusal is a choice; the places only as evidence for it (A17, A21, A23).
 *   3. onderwijsconsulenten stood under "Binnenkort" for a child now at the new school: "Als het niet lukt", with a note (D22, D23).
 *   4. After a removal (the school wants the child gone) and a registration at a new school, the gesprekskaart and the plan's
 *      receipt step name the new school (registeredWhileWantedGone; A01, A04), never a made-up name.
 *   5. The timeline path (atNewSchoolSteps from src/meeting/plan.ts): the same note and texts; there the first screen's only
 *      action was "Vertel de school wat je kind nodig heeft" (its zorgplicht for a place, A13) for a child enrolled at school B:
 *      now the new school's text with its OPP (B02), on both paths.
 * No date moves; a bezwaar still in its 6 weeks stays the first action with its date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/rules/dates';
import { atNewSchoolSteps, buildPlan, type Plan, type PlanStep } from '../../src/rules/plan';
import { buildCard } from '../../src/meeting/card';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, E, agree, allText, dutch, firstScreen, step, warningText } from './lawyer-kit';
import { log } from './timeline-log';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
// The keys written out (not imported): a test that reads them from the code passes when the code has none.
const ABSENCE_NEW = 'ui:enrolled77.planStep.verzuimNieuweSchool';
const ABSENCE_KEPT_HOME = 'ui:s47.planStep.verzuimDoorSchool';
const ABSENCE_SUMMER = 'ui:summer67.planStep.verzuimZomer';
const FULL_ENROLLED = 'ui:enrolled77.warning.schoolVolIngeschreven';
const CONSULTANTS = 'ui:enrolled77.onderwijsconsulentenNieuweSchool';
const RECEIPT_LEAVING = 'ui:enrolled77.planStep.ontvangstNieuweSchoolVertrek';
const CARD_LEAVING = 'ontvangst-nieuwe-school-vertrek';
const SUPPORT_NEW = 'ui:enrolled77.planStep.ondersteuningNieuweSchool';

const common = { groep: 'groep-3-6', 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', 'meer-scholen': 'nee' };
/** tests/answers/s77/enrolled/01: removed 13 Sep 2027, at home from 20 Sep, registered 23 Sep, enrolled at the new school 25 Oct. */
const daan = (x: Record<string, unknown> = {}) =>
  A({ ...common, 'school-zegt': ['geen'], situatie: ['handelingsverlegen', 'thuiszitten', 'aanmelden'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-09-13', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'thuis-reden': 'verwijderd', 'thuis-sinds': '2027-09-20', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', ingeschreven: 'ja', 'lpa-betrokken': 'ja', 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-09-23', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'inschrijving-datum': '2027-10-25', opp: 'nee', onderzoek: 'geen', 'swv-betrokken': 'nee', ...x });
/** tests/answers/s77/enrolled/02: a new pupil refused on 6 Sep 2027 ("vol"), registered at school B 20 Sep, enrolled 18 Oct. */
const mila = (x: Record<string, unknown> = {}) =>
  A({ ...common, situatie: ['aanmelden'], 'school-zegt': ['school-vol'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-09-20', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'toegelaten', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2027-09-06', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'ondersteuning-gemeld': 'ja', 'inschrijving-datum': '2027-10-18', ...x });
/** tests/answers/s76/enrolled/03: at home since 6 Sep 2027 (not welcome), registered at a new school 20 Sep, enrolled 18 Oct. */
const lina = A({ ...common, 'school-zegt': ['geen'], situatie: ['handelingsverlegen', 'thuiszitten', 'aanmelden'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'nee', 'thuis-reden': 'niet-welkom', 'thuis-sinds': '2027-09-06', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', ingeschreven: 'ja', 'lpa-betrokken': 'ja', 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-09-20', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'inschrijving-datum': '2027-10-18', opp: 'nee', onderzoek: 'geen', 'swv-betrokken': 'nee' });

const plan = (a: ReturnType<typeof A>, today: string): Plan => buildPlan(a, today as IsoDate);

describe('1. what the school must report, once enrolled at the new school', () => {
  it('failed before: Daan and Lina, 10 Nov 2027: the new school\'s text, not "Jouw kind is thuis omdat de school dat besliste"', () => {
    for (const a of [daan(), lina]) {
      const p = plan(a, '2027-11-10');
      const s = step(p, 'verzuim-melding')!;
      expect(s.texts).toBe(ABSENCE_NEW);
      expect(dutch(s, 'title')).toBe('Weet wat de nieuwe school moet melden');
      expect(dutch(s)).toContain('Vanaf die dag houdt de nieuwe school bij of je kind er is');
      expect(dutch(s)).toContain('16 uur');
      expect(allText(p)).not.toContain('Jouw kind is thuis omdat de school dat besliste');
    }
  });

  it('guard: the day of enrolment not known: the old school\'s text stays (C22: it keeps the child until the enrolment)', () => {
    expect(step(plan(daan({ 'inschrijving-datum': 'weet-niet' }), '2027-10-20'), 'verzuim-melding')?.texts).toBe(ABSENCE_KEPT_HOME);
  });

  it('guard: the enrolment ahead (27 October, read on 20 October): the old school\'s text stays', () => {
    expect(step(plan(daan({ 'inschrijving-datum': '2027-10-27' }), '2027-10-20'), 'verzuim-melding')?.texts).toBe(ABSENCE_KEPT_HOME);
  });

  it('failed before: read in July after an enrolment in June: the summer text (no lessons for anyone), not the old school\'s kept-at-home text', () => {
    const a = daan({ 'verwijdering-datum': '2027-05-10', 'thuis-sinds': '2027-05-17', 'aanmelding-datum': '2027-05-20', 'inschrijving-datum': '2027-06-21' });
    expect(step(plan(a, '2027-07-20'), 'verzuim-melding')?.texts).toBe(ABSENCE_SUMMER);
  });

  it('failed before: atNewSchoolSteps (the timeline\'s path) gives the kept-at-home text the new school\'s; other variants stay', () => {
    const base: PlanStep = { id: 'verzuim-melding', group: 'goed-om-te-weten', section: 'leerplichtambtenaar', letters: [], contacts: ['school'], params: {} };
    expect(atNewSchoolSteps([{ ...base, texts: ABSENCE_KEPT_HOME }])[0]!.texts).toBe(ABSENCE_NEW);
    expect(atNewSchoolSteps([{ ...base, texts: ABSENCE_SUMMER }])[0]!.texts).toBe(ABSENCE_SUMMER);
    expect(atNewSchoolSteps([{ ...base, texts: 'ui:s47.planStep.verzuimZiek' }])[0]!.texts).toBe('ui:s47.planStep.verzuimZiek');
  });
});

describe('2. "Vol moet echt vol zijn" once enrolled at the school that admitted the child after the refusal', () => {
  it('failed before: Mila, 10 Nov 2027: a choice for a bezwaar, no "Vraag de school om haar besluit op je aanmelding op papier"', () => {
    const p = plan(mila(), '2027-11-10');
    const w = p.warnings.find((x) => x.id === 'school-vol')!;
    expect(w.texts).toBe(FULL_ENROLLED);
    expect(warningText(w)).toContain('Dan is een bezwaar tegen de weigering een keuze');
    expect(warningText(w)).not.toContain('besluit op je aanmelding op papier');
    expect(firstScreen(p).actions[0]).toBe('opp-na-toelating');
    expect(step(p, 'bezwaar-weigering')).toMatchObject({ choice: true, deadline: { due: '2027-10-18', status: 'passed' } });
  });

  it('failed before: a bezwaar still in its 6 weeks stays the first action with its day; the warning says it is a choice', () => {
    const p = plan(mila({ 'weigering-datum': '2027-10-04', 'aanmelding-datum': '2027-10-06', 'inschrijving-datum': '2027-10-25' }), '2027-11-10');
    expect(p.warnings.find((x) => x.id === 'school-vol')?.texts).toBe(FULL_ENROLLED);
    const f = firstScreen(p);
    expect(f.actions[0]).toBe('bezwaar-weigering');
    expect(f.next).toBe('bezwaar-weigering 2027-11-15');
    expect(step(p, 'bezwaar-weigering')?.deadline).toMatchObject({ due: '2027-11-15', certain: true, status: 'upcoming' });
    expect(step(p, 'opp-na-toelating')?.deadline?.due).toBe('2027-12-06');
  });

  it('guard: admitted, the day of enrolment not known: the general text', () => {
    expect(plan(mila({ 'inschrijving-datum': 'weet-niet' }), '2027-11-10').warnings.find((x) => x.id === 'school-vol')?.texts).toBeUndefined();
  });

  it('guard: not registered in writing: session 74\'s text stays', () => {
    const a = A({ ...common, situatie: ['aanmelden'], 'school-zegt': ['school-vol'], 'aanmelding-hoe': 'nog-niet', 'ondersteuning-gemeld': 'ja' });
    expect(plan(a, '2027-11-10').warnings.find((x) => x.id === 'school-vol')?.texts).toBe('ui:first74.warning.schoolVolNietAangemeld');
  });
});

describe('3. the onderwijsconsulenten once enrolled at the new school', () => {
  it('failed before: Daan and Lina: under "Als het niet lukt" with the note, not under "Binnenkort"', () => {
    for (const a of [daan(), lina]) {
      const s = step(plan(a, '2027-11-10'), 'onderwijsconsulenten')!;
      expect(s).toMatchObject({ group: 'als-het-niet-lukt', note: CONSULTANTS });
    }
  });

  it('guard: the day of enrolment not known: "Binnenkort" for a child at home, no note', () => {
    const s = step(plan(daan({ 'inschrijving-datum': 'weet-niet' }), '2027-10-20'), 'onderwijsconsulenten')!;
    expect(s.group).toBe('binnenkort');
    expect(s.note).toBeUndefined();
  });
});

describe('4. the receipt of a registration at a new school while the school wants the child gone', () => {
  const registeredOnly = daan({ 'verwijdering-datum': '2027-10-04', 'thuis-sinds': '2027-10-11', 'aanmelding-datum': '2027-10-13', 'aanmelding-bevestiging': 'nee', 'aanmelding-besluit': 'nog-niet', 'inschrijving-datum': undefined, 'gesprek-gepland': 'ja', 'gesprek-datum': '2027-11-03' });

  it('failed before: the gesprekskaart asks the new school, not "Wilt u op papier zetten op welke dag mijn aanmelding binnenkwam?"', () => {
    const q = buildCard(registeredOnly, [], '2027-11-01' as IsoDate).questions.map((x) => x.id);
    expect(q).toContain(CARD_LEAVING);
    expect(q).not.toContain('ontvangst-bevestigen');
    expect(q).not.toContain('ontvangst-nieuwe-school');
    for (const lang of LANGS) {
      const t = tFor(lang);
      expect(t.raw(`ui:meeting.q.${CARD_LEAVING}.text`).length, lang).toBeGreaterThan(20);
      expect(t.raw(`ui:meeting.q.${CARD_LEAVING}.why`), lang).not.toBe(t.raw('ui:meeting.q.ontvangst-nieuwe-school.why'));
    }
    expect(tFor('nl').raw(`ui:meeting.q.${CARD_LEAVING}.text`)).toMatch(/nieuwe school/);
  });

  it('failed before: the plan\'s step names the new school too; the bezwaar stays the first date', () => {
    const p = plan(registeredOnly, '2027-11-01');
    const s = step(p, 'ontvangst-bevestigen')!;
    expect(s.texts).toBe(RECEIPT_LEAVING);
    expect(dutch(s, 'title')).toBe('Vraag de nieuwe school je aanmelding te bevestigen');
    expect(firstScreen(p).next).toBe('bezwaar-verwijdering 2027-11-15');
    expect(step(p, 'besluit-aanmelding')?.deadline).toMatchObject({ start: '2027-10-13', due: '2027-11-24' });
  });

  it('guard: a first registration keeps the plain line; a registration after a refusal keeps its own (s76)', () => {
    const first = A({ ...common, situatie: ['aanmelden'], 'school-zegt': ['geen'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-10-13', 'aanmelding-bevestiging': 'nee', 'aanmelding-besluit': 'nog-niet', 'ondersteuning-gemeld': 'ja' });
    expect(buildCard(first, [], '2027-11-01' as IsoDate).questions.map((x) => x.id)).toContain('ontvangst-bevestigen');
    expect(step(plan(first, '2027-11-01'), 'ontvangst-bevestigen')?.texts).toBeUndefined();
    const refused = A({ ...common, situatie: ['aanmelden'], 'school-zegt': ['geen'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-10-13', 'aanmelding-bevestiging': 'nee', 'aanmelding-besluit': 'nog-niet', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2027-10-04', 'ondersteuning-gemeld': 'ja' });
    const q = buildCard(refused, [], '2027-11-01' as IsoDate).questions.map((x) => x.id);
    expect(q).not.toContain(CARD_LEAVING);
  });
});

describe('5. the enrolment logged on the timeline (back at school B after an admission there)', () => {
  const bo = A({ situatie: ['handelingsverlegen', 'thuiszitten'], 'hv-schriftelijk': 'ja', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'thuis-reden': 'verwijderd', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', 'lpa-betrokken': 'ja', groep: 'groep-3-6' });
  const boEvents = [
    E('verwijdering-besluit', '2027-09-13' as IsoDate), E('thuis-vanaf', '2027-09-20' as IsoDate), E('aanmelding-verstuurd', '2027-09-22' as IsoDate, 'e-mail'),
    E('aanmelding-ontvangen', '2027-09-23' as IsoDate, 'e-mail'), E('besluit-toegelaten', '2027-10-14' as IsoDate), E('uitschrijving', '2027-10-18' as IsoDate), E('weer-naar-school', '2027-10-25' as IsoDate),
  ];

  it('failed before: the onderwijsconsulenten carry the new school\'s note; no text about being kept home by the school', () => {
    const p = agree(log(bo, boEvents), '2027-11-10' as IsoDate);
    expect(step(p, 'onderwijsconsulenten')).toMatchObject({ group: 'als-het-niet-lukt', note: CONSULTANTS });
    expect(allText(p)).not.toContain('Jouw kind is thuis omdat de school dat besliste');
    expect(step(p, 'bezwaar-verwijdering')).toMatchObject({ choice: true, deadline: { due: '2027-10-25', status: 'passed' } });
  });

  it('failed before: the removal and a registration sent to a new school logged (no receipt yet): card and step name the new school', () => {
    const s = log(A({ ...bo, 'gesprek-gepland': 'ja', 'gesprek-datum': '2027-10-08' }), [boEvents[0]!, boEvents[1]!, boEvents[2]!]);
    expect(buildCard(s.answers, s.data.events, '2027-10-01' as IsoDate).questions.map((x) => x.id)).toContain(CARD_LEAVING);
    expect(step(agree(s, '2027-10-01' as IsoDate), 'ontvangst-bevestigen')?.texts).toBe(RECEIPT_LEAVING);
    // The receipt logged: nothing to ask.
    const received = log(bo, [boEvents[0]!, boEvents[1]!, boEvents[3]!]);
    expect(buildCard(received.answers, received.data.events, '2027-10-01' as IsoDate).questions.map((x) => x.id)).not.toContain(CARD_LEAVING);
  });

  it('failed before: the first screen\'s action "Vertel de school wat je kind nodig heeft" speaks of the new school and its OPP', () => {
    const p = agree(log(bo, boEvents), '2027-11-10' as IsoDate);
    expect(firstScreen(p).actions).toContain('ondersteuning-melden');
    const s = step(p, 'ondersteuning-melden')!;
    expect(s.texts).toBe(SUPPORT_NEW);
    expect(dutch(s, 'title')).toBe('Vertel de nieuwe school wat je kind nodig heeft');
    expect(dutch(s)).toContain('binnen 6 weken na de inschrijving');
    expect(dutch(s)).not.toContain('Pas dan geldt haar zorgplicht');
  });

  it('guard: before the admission, logged back at the old school: no note, the plain texts', () => {
    const p = agree(log(bo, [boEvents[0]!, boEvents[1]!, E('weer-naar-school', '2027-10-04' as IsoDate)]), '2027-10-06' as IsoDate);
    expect(step(p, 'onderwijsconsulenten')?.note).toBeUndefined();
    expect(step(p, 'ondersteuning-melden')?.texts).toBeUndefined();
  });

  it('failed before: the answers\' path too: Daan with the support need not told ("nee"): the new school\'s text', () => {
    expect(step(plan(daan({ 'ondersteuning-gemeld': 'nee' }), '2027-11-10'), 'ondersteuning-melden')?.texts).toBe(SUPPORT_NEW);
    expect(step(plan(daan({ 'ondersteuning-gemeld': 'nee', 'inschrijving-datum': 'weet-niet' }), '2027-10-20'), 'ondersteuning-melden')?.texts).toBeUndefined();
  });
});

describe('the texts in six languages', () => {
  it('every enrolled77 text is there, differs from the Dutch outside nl, and keeps its placeholders and names', () => {
    const nl = tFor('nl');
    for (const lang of LANGS) {
      const t = tFor(lang);
      for (const key of [`${ABSENCE_NEW}.title`, `${ABSENCE_NEW}.why`, `${FULL_ENROLLED}.title`, `${FULL_ENROLLED}.text`, CONSULTANTS, `${RECEIPT_LEAVING}.title`, `${RECEIPT_LEAVING}.why`, `${SUPPORT_NEW}.title`, `${SUPPORT_NEW}.why`]) {
        expect(t.raw(key).length, `${lang} ${key}`).toBeGreaterThan(10);
        if (lang !== 'nl') expect(t.raw(key), `${lang} ${key}`).not.toBe(nl.raw(key));
      }
      expect(t.raw(`${ABSENCE_NEW}.why`), lang).toContain('{{uren}}');
      expect(t.raw(`${ABSENCE_NEW}.why`), lang).toContain('leerplichtambtenaar');
      expect(t.raw(`${FULL_ENROLLED}.title`), lang).toBe(t.raw('steps:warnings.school-vol.title'));
      expect(t.raw(`${FULL_ENROLLED}.text`), lang).toContain('bezwaar');
      expect(t.raw(CONSULTANTS), lang).toContain('samenwerkingsverband');
      expect(t.raw(CONSULTANTS), lang).toContain('OPP');
    }
  });
});

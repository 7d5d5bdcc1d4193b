import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/answers';
import { ANSWERS_VERSION } from '../../src/flow/answers';
import { migrateAnswers } from '../../src/flow/migrate';
import { askedQuestions } from '../../src/flow/route';
import { questions } from '../../src/flow/questions';
import { buildPlan, type PlanStep } from '../../src/rules/plan';
import { orderPlan, URGENT_DAYS } from '../../src/rules/order';
import { deadline } from '../../src/rules/deadlines';
import stepsModNl from '../../src/content/generated/steps.nl';
import stepsModEn from '../../src/content/generated/steps.en';
import lettersNl from '../../src/content/generated/letters.nl';
import chaptersNl from '../../src/content/generated/chapters.nl';
import chaptersEn from '../../src/content/generated/chapters.en';
import glossaryEn from '../../src/content/generated/glossary.en';

const stepsNl = stepsModNl.steps;
const contentAll = (lang: 'nl' | 'en') => (lang === 'nl' ? [chaptersNl, stepsModNl] : [chaptersEn, stepsModEn, glossaryEn]);

/**
 * Issue 11 ("Advice a lawyer would sign"): one test per numbered defect, each written from the
 * source line the issue cites, plus the order of a plan (orderPlan) and the v1 → v2 migration.
 * Answers are as a parent gives them (schema 2); unanswered questions count as "weet ik niet".
 */
const ids = (a: Answers, today: string) => buildPlan(a, today).steps.map((s) => s.id);
const warnings = (a: Answers, today: string) => buildPlan(a, today).warnings.map((w) => w.id);
const stepOf = (a: Answers, today: string, id: string) => {
  const s = buildPlan(a, today).steps.find((x) => x.id === id);
  if (!s) throw new Error(`${id} not in the plan`);
  return s;
};
const allText = (lang: 'nl' | 'en') => JSON.stringify(lang === 'nl' ? stepsModNl : stepsModEn);

const REFUSED: Answers = {
  situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-09-01', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-10-01', 'weigering-andere-school': 'nee',
  'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee',
};
const HV_LEAVE: Answers = { situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', opp: 'ja', 'opp-ingestemd': 'ja' };
const AT_HOME_REMOVED: Answers = {
  situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd', 'thuis-sinds': '2026-10-01', 'thuis-hoeveel': 'helemaal',
  'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-01', 'verwijdering-andere-school': 'nee',
  'lessen-nu': 'nee', ingeschreven: 'nee', 'lpa-betrokken': 'nee', opp: 'weet-niet', 'dossier-gezien': 'nee', klacht: 'ingediend',
};

describe('issue 11 defects', () => {
  it('1. the GPO stands beside the bezwaar, as urgent, same date; not for a plain admission without extra support need', () => {
    const plan = buildPlan(REFUSED, '2026-10-15');
    const at = plan.steps.map((s) => s.id);
    const gpo = plan.steps.find((s) => s.id === 'geschillencommissie')!;
    const bezwaar = plan.steps.find((s) => s.id === 'bezwaar-weigering')!;
    expect(gpo.group).toBe('nu');
    expect(gpo.group).toBe(bezwaar.group);
    expect(gpo.deadline?.due).toBe(bezwaar.deadline?.due);
    expect(at.indexOf('geschillencommissie')).toBe(at.indexOf('bezwaar-weigering') + 1);
    // A passed bezwaar term does not suggest the GPO is still open (002:748-750; §X.2).
    expect(stepsNl['bezwaar-weigering']!.late).not.toMatch(/Geschillencommissie/);
    expect(stepsNl['geschillencommissie']!.why).toMatch(/dezelfde 6 weken, naast je bezwaar/);
    // A school that wants a child to leave without any decision: no GPO clock (001:723-729).
    expect(ids({ ...HV_LEAVE, 'verwijdering-besluit': 'nee' }, '2026-11-23')).not.toContain('geschillencommissie');
  });

  it('2. a written removal decision while the child still goes to school starts the 6 weeks (002:756-768, 846-850)', () => {
    const a = { ...HV_LEAVE, 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-10' };
    const s = stepOf(a, '2026-11-23', 'bezwaar-verwijdering');
    expect(s.deadline).toMatchObject({ start: '2026-11-10', due: '2026-12-22', certain: true });
    expect(ids(a, '2026-11-23')).toContain('geschillencommissie');
    expect(questions.find((q) => q.id === 'verwijdering-besluit')).toBeDefined();
    expect(askedQuestions(HV_LEAVE).map((q) => q.id)).toContain('verwijdering-besluit');
  });

  it('3. a phone call is no decision: no bezwaar or GPO clock, ask for a written, reasoned decision (A01, A20, FP01, FP02)', () => {
    const a = { ...REFUSED, 'weigering-schriftelijk': 'nee' };
    const plan = ids(a, '2026-10-15');
    expect(plan).toContain('weigering-op-papier-vragen');
    expect(plan).not.toContain('bezwaar-weigering');
    expect(plan).not.toContain('geschillencommissie');
    // No clock from the call. The one date (session 22) is the school's own term for its written decision, from the
    // receipt of the registration: 6 weeks (here passed), with the 10-week day if it may have extended (A04, A05, A20).
    const dated = buildPlan(a, '2026-10-15').steps.filter((s) => s.deadline);
    expect(dated.map((s) => [s.id, s.deadline!.start, s.deadline!.due, s.deadline!.maybeExtendedTo])).toEqual([['besluit-aanmelding', '2026-09-01', '2026-10-13', '2026-11-10']]);
    // The warning for a registration by phone says the school has no duty of care yet, and no term runs.
    expect(stepsModNl.warnings['telefoon-is-geen-aanmelding']!.text).toMatch(/hoeft dan nog niet te zorgen/);
    expect(stepsModNl.warnings['telefoon-is-geen-aanmelding']!.text).toMatch(/geen termijn/);
    // The question hint no longer tells a parent refused by phone to give the date of the call.
    expect(JSON.stringify(questions)).toContain('weigering-schriftelijk');
  });

  it('4. the zorgplicht lasts until the child is enrolled at another school (session 45: not "admitted", C22, FP09, 000:376-379), not "while enrolled" here (C04)', () => {
    for (const lang of ['nl', 'en'] as const) {
      const t = allText(lang);
      expect(t).not.toMatch(/Zolang je kind op de school staat ingeschreven|While your child is enrolled at the school/);
      expect(t).not.toMatch(/As long as that is so, the school stays responsible|Zolang dat zo is, blijft de school verantwoordelijk/);
    }
    expect(stepsNl['onderwijs-thuis-vragen']!.why).toMatch(/tot je kind op een andere school is ingeschreven/);
    expect(stepsNl['inschrijving-navragen']!.why).toMatch(/uitgeschreven zonder nieuwe school\? Dan blijft de school toch verantwoordelijk/);
  });

  it('5. the complaint: filed → its term from the filing date; wants to → the step to file; no → nothing (F15, §X.13)', () => {
    const base = { ...HV_LEAVE, 'verwijdering-besluit': 'nee' };
    const filed = stepOf({ ...base, klacht: 'ingediend', 'klacht-datum': '2026-11-02' }, '2026-11-23', 'klacht-loopt');
    expect(filed.deadline).toMatchObject({ start: '2026-11-02', due: '2026-11-30', certain: false });
    expect(ids({ ...base, klacht: 'ingediend', 'klacht-datum': '2026-11-02' }, '2026-11-23')).not.toContain('klacht-indienen');
    const wants = stepOf({ ...base, klacht: 'wil' }, '2026-11-23', 'klacht-indienen');
    expect(wants.deadline).toBeUndefined();
    expect(ids({ ...base, klacht: 'nee' }, '2026-11-23').filter((x) => x.startsWith('klacht'))).toEqual([]);
    expect(stepsNl['klacht-indienen']!.why).toMatch(/stopt de 6 weken/);
  });

  it('6. 16 hours in 4 weeks is a threshold, not a deadline: no date (001:847)', () => {
    const s = stepOf({ ...AT_HOME_REMOVED, ingeschreven: 'ja' }, '2026-10-20', 'verzuim-melding');
    expect(s.deadline).toBeUndefined();
    expect(stepsNl['verzuim-melding']!.why).toMatch(/geen termijn/);
    // Enrolled nowhere (session 19): no school reports; the step that says so has no date either.
    expect(stepOf(AT_HOME_REMOVED, '2026-10-20', 'verzuim-niet-ingeschreven').deadline).toBeUndefined();
  });

  it('7. the onderwijsconsulenten wherever parent and school are stuck, without an invented date (001:719)', () => {
    for (const a of [REFUSED, { ...HV_LEAVE, 'verwijdering-besluit': 'nee' }, { ...AT_HOME_REMOVED, 'thuis-sinds': 'weet-niet' }]) {
      const s = stepOf(a, '2026-10-15', 'onderwijsconsulenten');
      expect(s.deadline).toBeUndefined();
    }
    const tlvStalled: Answers = { situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-10-01', 'tlv-eens': 'ja', 'tlv-plek': 'wachtlijst' };
    expect(ids(tlvStalled, '2026-11-23')).toContain('onderwijsconsulenten');
  });

  it('8. answers are used: not heard; objecting vs enrolling; one OPP date; hv-schriftelijk; thuis-hoeveel; tlv-soort', () => {
    const tlv: Answers = { situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-gehoord': 'nee', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-11-01', 'tlv-eens': 'nee', 'tlv-plek': 'plek', 'tlv-soort': 'sbo' };
    expect(warnings(tlv, '2026-11-23')).toContain('tlv-niet-gehoord');
    const plan = buildPlan(tlv, '2026-11-23');
    expect(plan.steps.find((s) => s.id === 'tlv-inschrijven')!.group).not.toBe('nu');
    expect(stepsNl['opp-evaluatie']!.why).not.toMatch(/vóór|Was het/);
    expect(stepOf({ ...HV_LEAVE, 'opp-besproken': '2025-03-01' }, '2026-03-01', 'opp-evaluatie').params).toEqual({ uiterlijk: '2026-07-31', ditSchooljaar: '2026-07-31', besproken: '2025-03-01', vorigSchooljaar: '2025-07-31' }); // s65-blind D2: a talk in the previous school year also names it and that year's end
    expect(ids({ ...HV_LEAVE, 'hv-schriftelijk': 'ja' }, '2026-11-23')).toContain('handelingsverlegen-brief-beantwoorden');
    expect(ids({ ...HV_LEAVE, 'hv-schriftelijk': 'nee' }, '2026-11-23')).toContain('handelingsverlegen-reageren');
    expect(ids({ ...AT_HOME_REMOVED, 'thuis-hoeveel': 'deels' }, '2026-11-23')).toContain('maatwerk-onderwijstijd');
    expect(ids({ ...AT_HOME_REMOVED, 'thuis-hoeveel': 'helemaal' }, '2026-11-23')).not.toContain('maatwerk-onderwijstijd');
    // Session 60 (lawyer-s60-edges D1): an SO TLV too: a temporary TLV ends, and the SWV re-assesses (E12, E13).
    expect(ids({ ...tlv, 'tlv-soort': 'so' }, '2026-11-23')).toContain('tlv-geldigheid');
    expect(ids({ ...tlv, 'tlv-soort': 'sbo' }, '2026-11-23')).toContain('tlv-geldigheid');
  });

  it('9. known failure patterns: vrijstelling, maatwerk, consent to cut support, refusing a reasonable offer (D07, D13, B20, FP-P1)', () => {
    const cannot: Answers = { situatie: ['thuiszitten'], 'thuis-reden': 'kan-niet', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee' };
    expect(warnings(cannot, '2026-11-23')).toContain('vrijstelling');
    expect(ids(cannot, '2026-11-23')).toContain('maatwerk-onderwijstijd');
    expect(warnings({ ...REFUSED, 'aanbod-geweigerd': 'ja' }, '2026-11-23')).toContain('aanbod-geweigerd');
    expect(stepsModNl.warnings['klas-te-vol']!.text).toMatch(/instemming/);
  });

  it('10. urgent first: a de-registered child at home gets education and the leerplichtambtenaar before a passed bezwaar', () => {
    const plan = ids(AT_HOME_REMOVED, '2026-11-29');
    expect(plan.slice(0, 2)).toEqual(['onderwijs-thuis-vragen', 'leerplicht-inschakelen']);
    const home: Answers = { situatie: ['thuiszitten'], 'thuis-reden': 'anders', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', opp: 'nee' };
    const h = ids(home, '2026-11-29');
    expect(h.indexOf('onderwijs-thuis-vragen')).toBeLessThan(h.indexOf('opp-vragen'));
    // A passed deadline never stays under "Binnenkort".
    for (const s of buildPlan(AT_HOME_REMOVED, '2026-11-29').steps) if (s.deadline?.status === 'passed') expect(s.group).toBe('nu');
  });

  it('11. letters: no meeting date as a past event; zorgplicht with its condition; refusal vs removal; a reasoned decision on objection', () => {
    const byId = Object.fromEntries(lettersNl.letters.map((l) => [l.id, l.body]));
    expect(byId['reactie-handelingsverlegen']).not.toMatch(/Op \{\{datum_gesprek\}\} zei u/);
    expect(byId['schriftelijke-aanmelding']).toMatch(/eerste keus/);
    expect(byId['bezwaar-weigering-verwijdering']).toMatch(/weigering|verwijdering/);
    expect(byId['bezwaar-tlv']).toMatch(/schriftelijk|op papier/);
    expect(byId['bezwaar-tlv']).toMatch(/redenen|gemotiveerd/);
  });

  it('12. texts: the Wet versterking positie ouders is not called unclear; OKR without consent; clusters 1 and 2 exist; "support plan" not for both', () => {
    const chapters = JSON.stringify(contentAll('nl'));
    expect(chapters).not.toMatch(/nog niet duidelijk wanneer|onduidelijk wanneer/);
    const en = JSON.stringify(contentAll('en'));
    expect(en).not.toMatch(/inclusive education/i);
  });
});

describe('scenario defects fixed after the merge', () => {
  it('the GPO is not for a refusal after the parent told the school of no support need (001:723-729; F07); unknown keeps it', () => {
    const told = { ...REFUSED, 'ondersteuning-gemeld': 'nee' };
    expect(ids(told, '2026-10-15')).toContain('bezwaar-weigering');
    expect(ids(told, '2026-10-15')).not.toContain('geschillencommissie');
    expect(askedQuestions(told).map((q) => q.id)).not.toContain('gpo-ingediend');
    for (const v of ['ja', 'weet-niet', undefined]) {
      const { 'ondersteuning-gemeld': _drop, ...rest } = REFUSED;
      const a: Answers = v ? { ...rest, 'ondersteuning-gemeld': v } : rest;
      expect(stepOf(a, '2026-10-15', 'geschillencommissie').deadline?.due, String(v)).toBe('2026-11-12');
    }
    // A removal stays a GPO matter for every child (002:756-768).
    expect(ids({ ...HV_LEAVE, 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-10' }, '2026-11-23')).toContain('geschillencommissie');
  });

  it('an OPP not discussed for more than a year: the evaluation goes to "Nu doen" (001:509; 002:882-884)', () => {
    const last = { ...HV_LEAVE, 'opp-besproken': '2025-10-14' };
    expect(stepOf(last, '2026-11-30', 'opp-evaluatie')).toMatchObject({ group: 'nu', params: { uiterlijk: '2027-07-31' } });
    expect(stepOf(last, '2026-10-14', 'opp-evaluatie').group).toBe('binnenkort');
    expect(stepOf(last, '2026-10-15', 'opp-evaluatie').group).toBe('nu');
    expect(stepOf({ ...HV_LEAVE, 'opp-besproken': '2026-06-09' }, '2026-11-30', 'opp-evaluatie').group).toBe('binnenkort');
    // The rule is per school year (002:882-884); the 12 months are advice (session 19).
    expect(stepsNl['opp-evaluatie']!.why).toMatch(/per schooljaar[\s\S]*meer dan een jaar geleden\? Wacht dan niet[\s\S]*heel schooljaar/);
  });

  it('the school wants the child gone: warn against de-registering yourself (002:2078-2086, FP-P3); not otherwise', () => {
    expect(warnings({ ...HV_LEAVE, 'verwijdering-besluit': 'nee' }, '2026-11-23')).toContain('niet-zelf-uitschrijven');
    expect(warnings({ ...AT_HOME_REMOVED, ingeschreven: 'ja' }, '2026-11-23')).toContain('niet-zelf-uitschrijven');
    // Already de-registered by the school: the warning would come too late.
    expect(warnings(AT_HOME_REMOVED, '2026-11-23')).not.toContain('niet-zelf-uitschrijven');
    expect(warnings({ ...HV_LEAVE, 'hv-wil-weg': 'nee' }, '2026-11-23')).not.toContain('niet-zelf-uitschrijven');
    expect(warnings(REFUSED, '2026-11-23')).not.toContain('niet-zelf-uitschrijven');
    expect(stepsModNl.warnings['niet-zelf-uitschrijven']!.text).toMatch(/gaat de zorgplicht naar de nieuwe school/);
  });

  it('texts: no zorgplicht before a written registration (A03, FP01); consent on the handelingsdeel (B08); the school stays responsible for teaching elsewhere (B26)', () => {
    expect(stepsModNl.warnings['telefoon-is-geen-aanmelding']!.text).toMatch(/nog geen zorgplicht/);
    expect(stepsModEn.warnings['telefoon-is-geen-aanmelding']!.text).toMatch(/no duty of care \(zorgplicht\) yet/);
    expect(stepsNl['opp-vragen']!.why).toMatch(/handelingsdeel[^.]*\.[^.]*instemmen/);
    expect(stepsNl['afspraken-thuis-vastleggen']!.why).toMatch(/blijft toch verantwoordelijk/);
  });
});

describe('orderPlan', () => {
  const step = (id: string, group: PlanStep['group'], due?: string, today = '2026-11-29'): PlanStep => ({
    id, group, section: 'x', letters: [], contacts: [], params: {},
    ...(due ? { deadline: deadline(addDaysIso(due, -42), 'besluit-bekend', 6, 'weeks', today) } : {}),
  });
  it('moves a step due within 14 days, or passed, to "Nu doen"; one due later stays', () => {
    const out = orderPlan([step('a', 'binnenkort', '2026-12-13'), step('b', 'binnenkort', '2026-12-14'), step('c', 'als-het-niet-lukt', '2026-11-01')], []);
    const g = Object.fromEntries(out.steps.map((s) => [s.id, s.group]));
    expect(URGENT_DAYS).toBe(14);
    expect(g).toEqual({ a: 'nu', b: 'binnenkort', c: 'nu' });
  });
  it('puts education first, then open deadlines soonest first, then passed ones, then the rest', () => {
    const out = orderPlan(
      [step('x', 'nu'), step('passed', 'nu', '2026-11-01'), step('later', 'nu', '2026-12-20'), step('soon', 'nu', '2026-12-01'), step('onderwijs-thuis-vragen', 'nu')],
      [],
    );
    expect(out.steps.map((s) => s.id)).toEqual(['onderwijs-thuis-vragen', 'soon', 'later', 'passed', 'x']);
  });
  it('puts the GPO right after its bezwaar, in the same group', () => {
    const out = orderPlan([step('bezwaar-weigering', 'nu', '2026-12-10'), step('other', 'nu', '2026-12-05'), step('geschillencommissie', 'als-het-niet-lukt')], []);
    expect(out.steps.map((s) => `${s.id}:${s.group}`)).toEqual(['other:nu', 'bezwaar-weigering:nu', 'geschillencommissie:nu']);
  });
  it('merges warnings and steps that say the same', () => {
    const out = orderPlan(
      [step('gesprek-voorbereiden', 'nu'), step('afspraken-bevestigen', 'goed-om-te-weten')],
      [{ id: 'verwijdering-zonder-school', section: 's' }, { id: 'niet-welkom-zorgplicht', section: 's' }, { id: 'wachtlijst-zorgplicht', section: 's' }],
    );
    expect(out.steps.map((s) => s.id)).toEqual(['gesprek-voorbereiden']);
    // Session 45: "niet welkom" stays beside the removal warning (C23: it says when a school may keep a child out).
    expect(out.warnings.map((w) => w.id)).toEqual(['verwijdering-zonder-school', 'niet-welkom-zorgplicht']);
  });
  it('never makes a plan longer', () => {
    const input = [step('a', 'nu'), step('b', 'binnenkort', '2026-12-01')];
    expect(orderPlan(input, []).steps.length).toBeLessThanOrEqual(input.length);
  });
});

describe('migrateAnswers (schema 1 → 2)', () => {
  it('is at version 2', () => expect(ANSWERS_VERSION).toBe(2));
  it('turns klacht ja/nee into ingediend/nee and keeps every other answer', () => {
    const v1 = { situatie: ['thuiszitten'], klacht: 'ja', 'thuis-reden': 'verwijderd', 'verwijdering-datum': '2026-10-01' };
    expect(migrateAnswers(1, v1)).toEqual({ ...v1, klacht: 'ingediend' });
    expect(migrateAnswers(1, { klacht: 'nee' })).toEqual({ klacht: 'nee' });
  });
  it('is pure and does nothing to answers of version 2 (also when called as version 1 again)', () => {
    const v2 = { situatie: ['aanmelden'], klacht: 'wil' };
    const copy = structuredClone(v2);
    expect(migrateAnswers(2, v2)).toEqual(v2);
    expect(migrateAnswers(1, v2)).toEqual(v2);
    expect(v2).toEqual(copy);
  });
  it('refuses newer or nonsense versions, and treats non-objects as no answers', () => {
    expect(() => migrateAnswers(3, {})).toThrow();
    expect(() => migrateAnswers(0, {})).toThrow();
    expect(migrateAnswers(1, null)).toEqual({});
    expect(migrateAnswers(1, ['x'])).toEqual({});
  });
  it('a migrated version-1 removal still gives the bezwaar clock (unanswered "written?" counts as unknown)', () => {
    const v1 = { situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd', 'verwijdering-datum': '2026-10-01', klacht: 'ja' };
    const s = stepOf(migrateAnswers(1, v1), '2026-10-20', 'bezwaar-verwijdering');
    expect(s.deadline?.due).toBe('2026-11-12');
  });
});

function addDaysIso(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

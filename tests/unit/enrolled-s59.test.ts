/**
 * Session 59 (s59-enrolled): lawyer-s59-new D5. A child the parent answered as enrolled nowhere (situatie thuiszitten,
 * thuis-reden 'nergens': neverEnrolled) who is then admitted (answered, or a logged "Toegelaten") and enrolled (question
 * inschrijving-datum) kept the at-no-school texts after the day of enrolment: "Je kind staat nergens ingeschreven. Dan houdt
 * geen school bij …" (verzuim-niet-ingeschreven), the steunpunt's "Je kind staat nog op geen enkele school ingeschreven", the
 * first screen's "which samenwerkingsverband" for a child without a school (plan.noSchool), and on the gesprekskaart the goal
 * "Een plek voor mijn kind op deze school" and the line zorgplicht-aanmelding. From the day of enrolment the zorgplicht is
 * the school's where she is enrolled (A03, A23; 002:728-736), and that school records her absence (001:845-847).
 *
 * What the plan does now (src/rules/steps/predicates.ts enrolledByToday, atNoSchool, admittedNotEnrolled):
 * - From the day of enrolment (admitted, the day known and on or before the plan's day): the at-no-school texts go or switch
 *   to their general text: verzuim-niet-ingeschreven gives way to verzuim-melding; steunpunt-bellen and the overstap step
 *   their general texts; plan.noSchool off; the card's zorgplicht-blijft instead of zorgplicht-aanmelding, no at-home goals.
 *   No onderwijsconsulenten ("stuck with the school"): nothing says she is.
 * - Admitted, the day ahead or not known ("weet ik niet", or not asked): she still stands at no school (the at-no-school
 *   steps stay: the safe side, the leerplichtambtenaar hears of her), but verzuim-niet-ingeschreven has its own text: she is
 *   admitted, not enrolled yet; tell the leerplichtambtenaar the admission and the day (no "Zo laat je zien dat je een
 *   school zoekt").
 * - The card's goal "Een plek voor mijn kind op deze school" not once the school admitted her (she has that place).
 * - No deadline moves: the OPP's last day (B02: enrolment + 6 weeks, not certain) is the same on every day read.
 * Each test failed before the fix (src/rules and src/meeting/card.ts and the content put back from HEAD).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Story } from './app-story';
import { appOf, planAtApp } from './app-story';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { findSwvKey } from '../../src/ui/firstThings';
import { loadPlanTexts, tFor } from './plan-texts';
import { ev, log } from './timeline-log';
import { A, allText, dutch, ids, step, story } from './lawyer-kit';
import { LANGUAGES } from '../../src/languages';

beforeAll(async () => { await loadPlanTexts(); });

const OPP = 'opp-na-toelating';
/** What the at-no-school texts say as a fact (the general steunpunt text's question "Staat je kind nog nergens ingeschreven?" is no such fact). */
const AT_NO_SCHOOL = /Je kind staat nergens ingeschreven|op geen enkele school ingeschreven\.|staat nog niet ingeschreven|een school zoekt/;
const nergens = { situatie: ['thuiszitten'], 'thuis-reden': 'nergens', 'thuis-sinds': '2027-08-30', 'lpa-betrokken': 'nee', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6' };
/** Enrolled nowhere, registered in writing and admitted, answered in the questionnaire; `enrolled` the day of enrolment. */
const answered = (enrolled: string | undefined, extra: Record<string, unknown> = {}): Story => story({
  ...nergens, situatie: ['thuiszitten', 'aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2028-01-05', 'aanmelding-bevestiging': 'ja',
  'aanmelding-besluit': 'toegelaten', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', vervoer: 'nee', 'aanbod-geweigerd': 'nee',
  ...(enrolled ? { 'inschrijving-datum': enrolled } : {}), ...extra,
});
/** The same with the admission logged in the timeline (lawyer-s59-new story 4): the day of enrolment Mon 21 Feb 2028. */
const ADMIT = [ev('r', 'aanmelding-ontvangen', '2028-01-05', 'e-mail'), ev('t', 'besluit-toegelaten', '2028-02-14', 'brief')];
const logged = (enrolled: string | undefined): Story =>
  log(A({ ...log(A(nergens), ADMIT).answers, 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-bevestiging': 'ja', vervoer: 'nee', 'aanbod-geweigerd': 'nee', ...(enrolled ? { 'inschrijving-datum': enrolled } : { 'inschrijving-datum': 'weet-niet' }) }), ADMIT);

const DAY = '2028-02-21';
const BEFORE = '2028-02-20';
const AFTER = '2028-02-22';

const read = (s: Story, today: string) => {
  const p = planAtApp(s, today);
  const c = cardOf(appOf(s), today);
  return { p, c, know: c.know.map((k) => k.id), goals: c.goals, text: allText(p), opp: step(p, OPP)?.deadline };
};

describe.each([
  ['answered admission', answered(DAY)],
  ['logged admission', logged(DAY)],
])('%s, enrolled Mon 21 Feb 2028 (the OPP by Mon 3 Apr 2028, not certain)', (_name, s) => {
  it('Sun 20 Feb, the day before: still at no school, but admitted: the at-no-school step with the admitted text; the card as before, without "a place"', () => {
    const { p, know, goals, opp } = read(s, BEFORE);
    expect(step(p, 'verzuim-niet-ingeschreven')?.texts).toBe('ui:enrolled59.planStep.verzuimToegelaten');
    const why = dutch(step(p, 'verzuim-niet-ingeschreven')!);
    expect(why).toMatch(/De school heeft je kind toegelaten, maar je kind staat nog niet ingeschreven\./);
    expect(why).toMatch(/Vertel de leerplichtambtenaar dat je kind is toegelaten, en vanaf welke dag/);
    expect(why).not.toMatch(/een school zoekt|staat nergens ingeschreven/);
    expect(ids(p)).not.toContain('verzuim-melding');
    expect(step(p, 'leerplicht-inschakelen')?.group).toBe('nu');
    expect(p.noSchool).toBe(true);
    expect(know).toContain('zorgplicht-aanmelding');
    expect(know).not.toContain('zorgplicht-blijft');
    expect(goals).toEqual(['afspraken-op-papier']);
    expect(opp).toMatchObject({ start: DAY, due: '2028-04-03', status: 'upcoming', certain: false });
  });

  it.each([DAY, AFTER, '2028-04-04'])('on and after the day of enrolment (%s): no at-no-school text; verzuim-melding, the general steunpunt text, the card\'s zorgplicht-blijft', (today) => {
    const { p, know, goals, text, opp } = read(s, today);
    expect(ids(p)).not.toContain('verzuim-niet-ingeschreven');
    expect(ids(p)).toContain('verzuim-melding');
    expect(step(p, 'steunpunt-bellen')?.texts).toBeUndefined();
    expect(step(p, 'leerplicht-inschakelen')?.group).toBe('binnenkort');
    expect(ids(p)).not.toContain('onderwijsconsulenten');
    for (const line of text.split('\n')) expect(line).not.toMatch(AT_NO_SCHOOL);
    expect(p.noSchool).toBeUndefined();
    expect(findSwvKey(p)).toBe('planFirst.findSwv');
    expect(know).not.toContain('zorgplicht-aanmelding');
    expect(know).toContain('zorgplicht-blijft');
    expect(goals).toEqual(['afspraken-op-papier']);
    // The OPP's last day is the same on every day (B02; §X.5: not certain).
    expect(opp).toMatchObject({ start: DAY, due: '2028-04-03', certain: false });
  });
});

describe('without a day of enrolment: the at-no-school steps stay (not known to be enrolled), none contradicts the admission', () => {
  it.each([
    ['"weet ik niet" (answered)', answered('weet-niet')],
    ['"weet ik niet" (logged admission)', logged(undefined)],
    ['not asked (no support need told)', answered(undefined, { 'ondersteuning-gemeld': 'nee' })],
  ])('%s, read a year later', (_name, s) => {
    const { p, know, goals } = read(s, '2029-02-21');
    // Session 60 (s60-enrolled): the day not known has its own text: maybe enrolled already, ask the school from which day.
    expect(step(p, 'verzuim-niet-ingeschreven')?.texts).toBe('ui:enrolled60.planStep.verzuimToegelatenOnbekend');
    expect(dutch(step(p, 'verzuim-niet-ingeschreven')!)).toMatch(/Vraag de school vanaf welke dag je kind staat ingeschreven\./);
    expect(allText(p)).not.toMatch(/een school zoekt|staat nergens ingeschreven/);
    expect(p.noSchool).toBe(true);
    expect(know).toContain('zorgplicht-aanmelding');
    expect(goals).not.toContain('plek-op-school');
  });
});

describe('the texts by age and groep around the day of enrolment', () => {
  it('groep 1-2 (maybe 4): the admitted text keeps "leerplicht starts at 5" before the day; verzuim-melding\'s kleuter text after', () => {
    const s = answered(DAY, { groep: 'groep-1-2' });
    const before = step(planAtApp(s, BEFORE), 'verzuim-niet-ingeschreven')!;
    expect(before.texts).toBe('ui:enrolled59.planStep.verzuimToegelatenJong');
    expect(dutch(before)).toMatch(/De school heeft je kind toegelaten.*de leerplicht begint pas als je kind 5 jaar is/s);
    const after = planAtApp(s, DAY);
    expect(ids(after)).not.toContain('verzuim-niet-ingeschreven');
    expect(step(after, 'verzuim-melding')?.texts).toBe('ui:s46.planStep.verzuimKleuter');
  });

  it('groep 7-8: "eerst een school" before the day; from it the general overstap step and the card\'s overstap-vo', () => {
    const s = answered(DAY, { groep: 'groep-7-8' });
    const overstap = (today: string) => planAtApp(s, today).steps.find((x) => x.section === 'overstap-voorbereiden');
    expect(overstap(BEFORE)?.texts).toBe('ui:s56.planStep.overstapNergens');
    expect(cardOf(appOf(s), BEFORE).questions.map((k) => k.id)).not.toContain('overstap-vo');
    expect(overstap(DAY)).toBeDefined();
    expect(overstap(DAY)?.texts).toBeUndefined();
    expect(cardOf(appOf(s), DAY).questions.map((k) => k.id)).toContain('overstap-vo');
  });

  it('a child enrolled nowhere and not admitted keeps every at-no-school text and the goal "a place" (unchanged)', () => {
    const s = story({ ...nergens });
    const p = planAtApp(s, AFTER);
    expect(ids(p)).toEqual(expect.arrayContaining(['nergens-ingeschreven', 'verzuim-niet-ingeschreven']));
    expect(step(p, 'verzuim-niet-ingeschreven')?.texts).toBeUndefined();
    expect(p.noSchool).toBe(true);
    const c = cardOf(appOf(s), AFTER);
    expect(c.goals).toContain('plek-op-school');
    expect(c.know.map((k) => k.id)).toContain('zorgplicht-aanmelding');
  });
});

describe('the new texts in all six languages', () => {
  it.each(['verzuimToegelaten', 'verzuimToegelatenJong'])('%s: a title and a why with {{uren}}, in every language', (key) => {
    for (const { code: lang } of LANGUAGES) {
      const t = tFor(lang);
      expect(t.raw(`ui:enrolled59.planStep.${key}.title`), `${lang} title`).toMatch(/\S/);
      expect(t.raw(`ui:enrolled59.planStep.${key}.why`), `${lang} why`).toMatch(/\{\{uren\}\}/);
    }
  });
});

/**
 * Session 84 (s84-objection): the removal warning (verwijdering-zonder-school) and a bezwaar logged in the timeline against
 * one of two decisions (TimelineEvent.against).
 *
 * (1) A bezwaar counts for the removal only when it is (or can be) against it (C09, 002:846-850; A21, 002:748-750):
 *     logged against the removal, or without "tegen welk besluit?" placed by its date as the answers' rules place it.
 *     Logged against the other decision: the removal's own step (and its last day) stays or comes back, and the warning
 *     never says "Je hebt al bezwaar gemaakt". Logged against the removal: its step goes (session 64) and the warning says
 *     she objected, with the hearing (C05), also after the 6 weeks. The questionnaire's answers and the same story in the
 *     timeline without "tegen" give the same plan.
 * (2) The texts that say she objected: "Is dat niet gebeurd? Dan hoort dat in je bezwaar." before "you already objected to
 *     the removal", so that it no longer reads as the answer to "Is dat niet gebeurd?" (six languages).
 * Scenarios: tests/scenarios/070-objection-s84.yaml.
 */
import { describe, expect, it } from 'vitest';
import { timelinePlan } from '../scenarios/run';
import { buildPlan, type Plan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';
import type { Scenario } from '../scenarios/suite';
import { at, LANGS, type Lang, useAllTexts, scenario, warning } from './texts-kit';

const texts = useAllTexts();
const ui = (l: Lang, k: string) => at(texts[l]!.ui, k) as { title: string; text: string };

const removalTexts = (p: Plan) => warning(p, 'verwijdering-zonder-school')?.texts;
const step = (p: Plan, id: string) => p.steps.find((s) => s.id === id);
/** A scenario with its timeline changed: `edit` gets each entry and returns it (or undefined to drop it). */
const variant = (id: string, edit: (e: NonNullable<Scenario['timeline']>[number]) => NonNullable<Scenario['timeline']>[number] | undefined, more: Partial<Scenario> = {}): Scenario => {
  const s = scenario(id);
  return { ...s, ...more, timeline: s.timeline!.map(edit).filter((e) => e !== undefined) };
};
const OBJECTED = 'ui:left83.warning.verwijderingZonderSchoolBezwaarGemaakt';

describe('(1) a logged bezwaar against the other decision', () => {
  it('against the refusal, the school then admitting after all: the removal step back with its passed day, no "you objected"', () => {
    const p = timelinePlan(scenario('s084-objection-tegen-weigering-toegelaten-verwijdering-voorbij'));
    expect(step(p, 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2027-02-02', due: '2027-03-16', status: 'passed' });
    expect(removalTexts(p)).toBe('ui:left282.warning.verwijderingToegelatenVerlopen');
    // Within the refusal's 6 weeks (1 March + 6 weeks): not "maybe too late" (A21).
    expect(warning(p, 'verzoek-te-laat')).toBeUndefined();
    // Guard: the same bezwaar without "tegen" is read as the answers read it (late against the removal: placed there).
    const unsaid = timelinePlan(variant('s084-objection-tegen-weigering-toegelaten-verwijdering-voorbij', (e) => ({ kind: e.kind, date: e.date, how: e.how })));
    expect(step(unsaid, 'bezwaar-verwijdering')).toBeUndefined();
    expect(removalTexts(unsaid)).toBe('ui:left83.warning.verwijderingToegelatenBezwaarGemaakt');
    expect(warning(unsaid, 'verzoek-te-laat')).toBeDefined();
  });
  it('against the refusal but after its 6 weeks: "maybe too late" stays; a late request to the Geschillencommissie keeps its own text', () => {
    const late = timelinePlan(variant('s084-objection-tegen-weigering-toegelaten-verwijdering-voorbij', (e) => (e.kind === 'besluit-geweigerd' ? { ...e, date: '2027-02-05' } : e)));
    expect(warning(late, 'verzoek-te-laat')?.texts).toBeUndefined();
    expect(warning(late, 'verzoek-te-laat')).toBeDefined();
    const s = scenario('s084-objection-tegen-weigering-toegelaten-verwijdering-voorbij');
    const gpo = timelinePlan({ ...s, timeline: [...s.timeline!, { kind: 'gpo-ingediend', date: '2027-04-19', how: 'brief' }] });
    expect(warning(gpo, 'verzoek-te-laat')?.texts).toBe('ui:blind281.warning.verzoekTeLaatGpo');
  });
  it('against the refusal while both terms run: the removal step keeps its day, the warning the text beside it', () => {
    const p = timelinePlan(scenario('s084-objection-tegen-weigering-beide-termijnen-lopen'));
    expect(step(p, 'bezwaar-verwijdering')?.deadline?.due).toBe('2027-03-16');
    expect(step(p, 'bezwaar-weigering')).toBeUndefined();
    expect(removalTexts(p)).toBe('ui:left83.warning.verwijderingZonderSchoolBezwaarStap');
  });
  it('against a TLV decision the parent disagrees with: the same', () => {
    const tlv = variant('s084-objection-tegen-weigering-beide-termijnen-lopen', (e) =>
      e.kind === 'aanmelding-verstuurd' ? undefined : e.kind === 'besluit-geweigerd' ? { kind: 'tlv-afgewezen', date: e.date, how: 'brief' } : e.kind === 'bezwaar-ingediend' ? { ...e, against: 'tlv' } : e,
    { answers: { ...scenario('s084-objection-tegen-weigering-beide-termijnen-lopen').answers, situatie: ['handelingsverlegen', 'tlv'], 'tlv-eens': 'nee' } });
    const p = timelinePlan(tlv);
    expect(step(p, 'bezwaar-verwijdering')?.deadline?.due).toBe('2027-03-16');
    expect(step(p, 'tlv-bezwaar')).toBeUndefined();
    expect(removalTexts(p)).toBe('ui:left83.warning.verwijderingZonderSchoolBezwaarStap');
  });
  it('a bezwaar against the refusal told only by phone places nothing: the answers\' rules stand', () => {
    const oral = variant('s084-objection-tegen-weigering-toegelaten-verwijdering-voorbij', (e) => (e.kind === 'bezwaar-ingediend' ? { ...e, how: 'telefoon' } : e));
    const p = timelinePlan(oral);
    expect(removalTexts(p)).toBe('ui:left282.warning.verwijderingToegelatenVerlopen');
    expect(step(p, 'bezwaar-verwijdering')?.deadline?.status).toBe('passed');
  });
});

describe('(1) a logged bezwaar against the removal, two decisions open', () => {
  it('its step goes; the warning says she objected (with the hearing), while the 6 weeks run and after them', () => {
    const now = timelinePlan(scenario('s084-objection-tegen-verwijdering-twee-besluiten'));
    expect(step(now, 'bezwaar-verwijdering')).toBeUndefined();
    expect(step(now, 'bezwaar-weigering')?.deadline?.due).toBe('2027-04-05');
    expect(removalTexts(now)).toBe(OBJECTED);
    expect(removalTexts(timelinePlan(scenario('s084-objection-tegen-verwijdering-na-termijn')))).toBe(OBJECTED);
  });
  it('with an offer turned down: the offer\'s objected text', () => {
    const s = scenario('s084-objection-tegen-verwijdering-twee-besluiten');
    const offer = timelinePlan({ ...s, answers: { ...s.answers, 'aanbod-geweigerd': 'ja' } });
    expect(removalTexts(offer)).toBe('ui:left83.warning.verwijderingZonderSchoolAanbodBezwaarGemaakt');
  });
  it('after an admission at a third school: the admitted objected text', () => {
    const admitted = variant('s084-objection-tegen-verwijdering-na-termijn', (e) => e, {});
    admitted.timeline = [...admitted.timeline!, { kind: 'aanmelding-verstuurd', date: '2027-03-01', how: 'e-mail' }, { kind: 'besluit-toegelaten', date: '2027-03-20', how: 'brief' }];
    const p = timelinePlan(admitted);
    expect(step(p, 'bezwaar-verwijdering')).toBeUndefined();
    expect(removalTexts(p)).toBe('ui:left83.warning.verwijderingToegelatenBezwaarGemaakt');
  });
});

describe('(1) the questionnaire and the timeline without "tegen" give the same plan', () => {
  const same = (answersId: string, timelineId: string) => {
    const a = scenario(answersId);
    const byAnswers = buildPlan(a.answers as unknown as Answers, a.today as IsoDate);
    const byTimeline = timelinePlan(scenario(timelineId));
    const bezwaar = (p: Plan) => p.steps.filter((s) => s.id.startsWith('bezwaar-')).map((s) => `${s.id} ${s.deadline?.due ?? ''}`).sort();
    expect(bezwaar(byTimeline)).toEqual(bezwaar(byAnswers));
    expect(removalTexts(byTimeline)).toBe(removalTexts(byAnswers));
    return byAnswers;
  };
  it('a bezwaar between the removal and the refusal: against the removal (session 35), in both', () => {
    const p = same('s084-objection-vragenlijst-bezwaar-tussen-besluiten', 's084-objection-tijdlijn-bezwaar-tussen-besluiten');
    expect(removalTexts(p)).toBe(OBJECTED);
    expect(step(p, 'bezwaar-verwijdering')).toBeUndefined();
  });
  it('a bezwaar after both cannot be placed: both steps, bezwaar-twee-besluiten, no "you objected"', () => {
    const a = scenario('s084-objection-vragenlijst-bezwaar-na-beide');
    const byAnswers = buildPlan(a.answers as unknown as Answers, a.today as IsoDate);
    const unsaid = variant('s084-objection-tegen-weigering-beide-termijnen-lopen', (e) => ({ kind: e.kind, date: e.date, how: e.how }));
    const byTimeline = timelinePlan(unsaid);
    for (const p of [byAnswers, byTimeline]) {
      expect(step(p, 'bezwaar-verwijdering')?.deadline?.due).toBe('2027-03-16');
      expect(step(p, 'bezwaar-weigering')?.deadline?.due).toBe('2027-04-05');
      expect(warning(p, 'bezwaar-twee-besluiten')).toBeDefined();
      expect(removalTexts(p)).toBe('ui:left83.warning.verwijderingZonderSchoolBezwaarStap');
    }
  });
});

describe('(2) "Is dat niet gebeurd?" answered by where it belongs, then "you already objected to the removal"', () => {
  const ALREADY: Record<Lang, string> = {
    nl: 'Je hebt al bezwaar gemaakt tegen de verwijdering.', en: 'You have already objected to the removal.', ar: 'لقد قدّمت اعتراضاً على الفصل بالفعل.',
    tr: 'Okuldan çıkarmaya itirazınızı zaten yaptınız.', pl: 'Sprzeciw wobec usunięcia już złożyłeś/złożyłaś.', uk: 'Ви вже подали заперечення проти виключення.',
  };
  /** The sentence right after "Did that not happen?": it says the missing hearing belongs in the bezwaar. */
  const BELONGS: Record<Lang, string> = {
    nl: 'Is dat niet gebeurd? Dan hoort dat in je bezwaar.', en: 'Did that not happen? Then that belongs in your objection (bezwaar).', ar: 'ألم يحدث ذلك؟ عندها يجب أن يُذكر ذلك في اعتراضك (bezwaar).',
    tr: 'Bu olmadı mı? O zaman bu, itirazınızda (bezwaar) yer almalı.', pl: 'Tak się nie stało? Wtedy to powinno się znaleźć w twoim sprzeciwie (bezwaar).', uk: 'Цього не сталося? Тоді про це треба написати у вашому запереченні (bezwaar).',
  };
  const KEYS = ['verwijderingZonderSchoolBezwaarGemaakt', 'verwijderingZonderSchoolAanbodBezwaarGemaakt', 'verwijderingToegelatenBezwaarGemaakt', 'verwijderingToegelatenAanbodBezwaarGemaakt'];
  it('six languages, the four objected texts: the question, where it belongs, then "already objected to the removal"', () => {
    for (const l of LANGS) {
      for (const k of KEYS) {
        // The compiled Arabic texts wrap Latin terms in directional isolates (U+2068, U+2069).
        const t = ui(l, `left83.warning.${k}`).text.replace(/[\u2066-\u2069]/g, '');
        expect(t, `${l} ${k}`).toContain(`${BELONGS[l]} ${ALREADY[l]}`);
        expect(t.split(ALREADY[l]), `${l} ${k}`).toHaveLength(2);
      }
    }
  });
  it('Dutch: the old pair is gone; what follows still says to tell the board on paper before it decides', () => {
    for (const k of KEYS) {
      const t = ui('nl', `left83.warning.${k}`).text;
      expect(t).not.toContain('Is dat niet gebeurd? Je hebt al bezwaar gemaakt.');
      expect(t).toContain('Staat het er niet in? Laat het bestuur het dan nog op papier weten, voordat het over je bezwaar beslist.');
    }
  });
});

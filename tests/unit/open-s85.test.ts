/**
 * Session 85 (s85-open): four gaps session 84 left open (scenarios: tests/scenarios/071-open-s85.yaml).
 *
 * (1) A bezwaar logged against the refusal (or the TLV decision): the removal's bezwaar step, kept or brought back, gets a
 *     note that her bezwaar was about that decision and that one against the removal is separate (C09, 002:846-850).
 * (2) After an admission elsewhere the removal's bezwaar is a choice (verwijdering-na-toelating) also when the only bezwaar
 *     logged was against the refusal; its step keeps its last day.
 * (3) bezwaar-twee-besluiten goes when a bezwaar is logged against each of the two decisions.
 * (4) A new TLV heard by phone: "vraag het besluit op papier" is "nu" also while the old end date is far (E12, 001:937).
 * Each `it` marked RUN failed on d3eb11d1, before the fix.
 */
import { describe, expect, it } from 'vitest';
import { timelinePlan } from '../scenarios/run';
import type { Plan } from '../../src/rules/plan';
import type { Scenario } from '../scenarios/suite';
import { at, LANGS, useAllTexts, scenario, warning } from './texts-kit';

const texts = useAllTexts();
const step = (p: Plan, id: string) => p.steps.find((s) => s.id === id);
const notes = (p: Plan, id: string) => { const s = step(p, id); return [s?.note, s?.alsoNote].filter((n) => n !== undefined); };
/** A scenario with its timeline changed: `edit` gets each entry and returns it (or undefined to drop it). */
const variant = (id: string, edit: (e: NonNullable<Scenario['timeline']>[number]) => NonNullable<Scenario['timeline']>[number] | undefined, more: Partial<Scenario> = {}): Scenario => {
  const s = scenario(id);
  return { ...s, ...more, timeline: s.timeline!.map(edit).filter((e) => e !== undefined) };
};
const REFUSAL_NOTE = 'ui:open85.bezwaarTegenWeigering';
const TLV_NOTE = 'ui:open85.bezwaarTegenTlv';

describe('(1) the removal step beside a bezwaar logged against the other decision', () => {
  it('RUN: kept (both terms running) and brought back (its term passed): the note, the day unchanged', () => {
    const kept = timelinePlan(scenario('s085-open-01'));
    expect(step(kept, 'bezwaar-verwijdering')?.deadline).toMatchObject({ due: '2027-03-16', status: 'upcoming' });
    expect(step(kept, 'bezwaar-verwijdering')?.note).toBe(REFUSAL_NOTE);
    const back = timelinePlan(scenario('s085-open-02'));
    expect(step(back, 'bezwaar-verwijdering')?.deadline).toMatchObject({ due: '2027-03-16', status: 'passed' });
    expect(step(back, 'bezwaar-verwijdering')?.note).toBe(REFUSAL_NOTE);
  });
  it('RUN: against a TLV decision the parent disagrees with: the TLV note', () => {
    const tlv = variant('s085-open-01', (e) =>
      e.kind === 'aanmelding-verstuurd' ? undefined : e.kind === 'besluit-geweigerd' ? { kind: 'tlv-afgewezen', date: e.date, how: 'brief' } : e.kind === 'bezwaar-ingediend' ? { ...e, against: 'tlv' } : e,
    { answers: { ...scenario('s085-open-01').answers, situatie: ['handelingsverlegen', 'tlv'], 'tlv-eens': 'nee' } });
    const p = timelinePlan(tlv);
    expect(step(p, 'bezwaar-verwijdering')?.deadline?.due).toBe('2027-03-16');
    expect(step(p, 'bezwaar-verwijdering')?.note).toBe(TLV_NOTE);
  });
  it('guards: no note without "tegen" (the answers place the bezwaar), none when told only by phone, no step when against the removal', () => {
    const unsaid = timelinePlan(variant('s085-open-01', (e) => ({ kind: e.kind, date: e.date, how: e.how })));
    expect(step(unsaid, 'bezwaar-verwijdering')?.deadline?.due).toBe('2027-03-16');
    expect(notes(unsaid, 'bezwaar-verwijdering')).not.toContain(REFUSAL_NOTE);
    const oral = timelinePlan(variant('s085-open-01', (e) => (e.kind === 'bezwaar-ingediend' ? { ...e, how: 'telefoon' } : e)));
    expect(notes(oral, 'bezwaar-verwijdering')).not.toContain(REFUSAL_NOTE);
    expect(step(timelinePlan(scenario('s085-open-06')), 'bezwaar-verwijdering')).toBeUndefined();
  });
  it('RUN: at the new school (the step a choice, its own note first): the note in the second slot', () => {
    // Bo (s074-first-verwijderd-school-b-termijn-loopt), with a refusal by school B before it admitted her, and a bezwaar
    // against that refusal.
    const s = scenario('s074-first-verwijderd-school-b-termijn-loopt');
    const timeline = s.timeline!.flatMap((e) => (e.kind === 'besluit-toegelaten'
      ? [{ kind: 'besluit-geweigerd', date: '2027-09-27', how: 'brief' }, { kind: 'bezwaar-ingediend', date: '2027-09-29', how: 'brief', against: 'weigering' }, e]
      : [e]));
    const p = timelinePlan({ ...s, timeline });
    const removal = step(p, 'bezwaar-verwijdering');
    expect(removal?.deadline?.due).toBe('2027-10-25');
    expect(removal?.note).toBe('ui:first60.verwijderingKeuze');
    expect(removal?.alsoNote).toBe(REFUSAL_NOTE);
  });
  it('the note in six languages: says the bezwaar is not about the removal, and no date of its own', () => {
    const NOT_ABOUT: Record<string, RegExp> = { nl: /gaat niet over de verwijdering/, en: /not about the removal/, ar: /لا يخص الفصل/, tr: /ilgili değil/, pl: /nie dotyczy usunięcia/, uk: /не стосується виключення/ };
    for (const l of LANGS) for (const k of ['open85.bezwaarTegenWeigering', 'open85.bezwaarTegenTlv']) {
      const t = at(texts[l]!.ui, k) as string;
      expect(typeof t, `${l} ${k}`).toBe('string');
      expect(t, `${l} ${k}`).toMatch(NOT_ABOUT[l]!);
      expect(t, `${l} ${k}`).not.toMatch(/\{\{/);
    }
  });
});

describe('(2) the removal\'s bezwaar a choice after an admission elsewhere, the only bezwaar against the refusal', () => {
  it('RUN: verwijdering-na-toelating, the removal warning\'s text beside it, the step with its last day', () => {
    const p = timelinePlan(scenario('s085-open-03'));
    expect(warning(p, 'verwijdering-na-toelating')).toBeDefined();
    expect(warning(p, 'verwijdering-zonder-school')?.texts).toBe('ui:left81.warning.verwijderingNaastKeuze');
    expect(step(p, 'bezwaar-verwijdering')?.deadline).toMatchObject({ due: '2027-03-16', status: 'upcoming' });
    // As without any bezwaar logged: the same warnings in the same order, bezwaar-twee-besluiten aside (the bezwaar is there).
    const none = timelinePlan(variant('s085-open-03', (e) => (e.kind === 'bezwaar-ingediend' ? undefined : e)));
    const ids = (x: Plan) => x.warnings.map((w) => `${w.id} ${w.texts ?? ''}`).filter((w) => !w.startsWith('bezwaar-twee-besluiten'));
    expect(ids(p)).toEqual(ids(none));
  });
  it('guards: not after the removal\'s 6 weeks; not with a bezwaar against the removal', () => {
    const late = timelinePlan({ ...scenario('s085-open-03'), today: '2027-03-17' });
    expect(warning(late, 'verwijdering-na-toelating')).toBeUndefined();
    expect(step(late, 'bezwaar-verwijdering')?.deadline?.status).toBe('passed');
    const against = timelinePlan(scenario('s085-open-04'));
    expect(warning(against, 'verwijdering-na-toelating')).toBeUndefined();
    expect(step(against, 'bezwaar-verwijdering')).toBeUndefined();
  });
});

describe('(3) "Twee besluiten, twee keer bezwaar" with a bezwaar logged against each', () => {
  it('RUN: gone, both bezwaar steps placed, bezwaar-loopt there', () => {
    const p = timelinePlan(scenario('s085-open-05'));
    expect(warning(p, 'bezwaar-twee-besluiten')).toBeUndefined();
    expect(step(p, 'bezwaar-loopt')).toBeDefined();
    expect(step(p, 'bezwaar-verwijdering')).toBeUndefined();
    expect(step(p, 'bezwaar-weigering')).toBeUndefined();
  });
  it('guards: stays with one of them told only by phone (its step stays too), and with one request to the Geschillencommissie for both', () => {
    const oral = timelinePlan(variant('s085-open-05', (e) => (e.kind === 'bezwaar-ingediend' && e.against === 'weigering' ? { ...e, how: 'telefoon' } : e)));
    expect(step(oral, 'bezwaar-weigering')?.deadline?.due).toBe('2027-04-05');
    expect(warning(oral, 'bezwaar-twee-besluiten')).toBeDefined();
    const s = scenario('s085-open-05');
    const gpo = timelinePlan({ ...s, timeline: [...s.timeline!, { kind: 'gpo-ingediend', date: '2027-03-01', how: 'brief' }] });
    expect(warning(gpo, 'bezwaar-twee-besluiten')).toBeDefined();
  });
});

describe('(4) a new TLV heard by phone, the old end date far', () => {
  it('RUN: "nu", the old end date its deadline, the advised day kept for the calendar', () => {
    const p = timelinePlan(scenario('s085-open-07'));
    const s = step(p, 'tlv-einde');
    expect(s).toMatchObject({ group: 'nu', texts: 'ui:tlv84.planStep.telefoon' });
    expect(s?.deadline).toMatchObject({ due: '2028-07-31', status: 'upcoming', askBy: '2028-04-30' });
  });
  it('guards: without the call "binnenkort"; within 3 months of the end, with the call, "nu" as before', () => {
    expect(step(timelinePlan(scenario('s085-open-08')), 'tlv-einde')?.group).toBe('binnenkort');
    const near = timelinePlan({ ...scenario('s085-open-07'), today: '2028-05-15' });
    expect(step(near, 'tlv-einde')).toMatchObject({ group: 'nu', texts: 'ui:tlv84.planStep.telefoon' });
  });
});

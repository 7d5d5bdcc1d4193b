/**
 * Session 73 (s73-timeline): the answers on a bezwaar and on a request to the Geschillencommissie, logged in the timeline.
 * Before, the app had no kind for them (F09, F10, F13, F16; A21, C09, E17): logged as a plain "brief", the plan kept "Wacht op
 * het besluit over je bezwaar" and "Bereid je voor op de zitting van de commissie" after both had come, and said nothing of
 * what may follow a decision on a bezwaar; logged as a new removal decision, a new 6-week bezwaar and Geschillencommissie
 * led the first screen. Now `bezwaar-beslist` and `gpo-advies` (src/timeline/effects.ts; objectionAnsweredSteps in
 * src/timeline/earlier.ts). The tests that use the new kinds failed before (the kinds did not exist: "unknown kind" in
 * tsc and in sanitizeEvents). The blind stories are in tests/scenarios/059-timeline-s73.yaml.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/rules/dates';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, E, agree, dutch, step } from './lawyer-kit';
import { log } from './timeline-log';
import { sanitizeEvents } from '../../src/timeline/model';
import { EFFECTS } from '../../src/timeline/effects';
import { GPO_ADVISED_TEXTS, OBJECTION_DECIDED_TEXTS } from '../../src/timeline/earlier';
import { firstThings } from '../../src/ui/firstThings';

beforeAll(loadPlanTexts);

const removal = () => A({ situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', groep: 'groep-3-6' });
/** Jesse: removed on paper 18 January 2027, bezwaar 22 February, the commission asked 24 February, heard 7 April. */
const jesse = () => [
  E('verwijdering-besluit', '2027-01-18' as IsoDate, 'brief'),
  E('bezwaar-ingediend', '2027-02-22' as IsoDate, 'brief'),
  E('gpo-ingediend', '2027-02-24' as IsoDate, 'e-mail'),
  E('gesprek', '2027-04-07' as IsoDate, 'gesprek'),
];
const TODAY = '2027-05-26' as IsoDate;
const upcoming = (p: ReturnType<typeof agree>) => p.steps.filter((s) => s.deadline !== undefined && s.deadline.status !== 'passed').map((s) => s.id);

describe('the decision on a bezwaar, logged as its own kind', () => {
  it('bezwaar-loopt says to read it and not to wait, under "Nu doen", with its day (failed before: no such kind)', () => {
    const p = agree(log(removal(), [...jesse(), E('gpo-advies', '2027-05-03' as IsoDate), E('bezwaar-beslist', '2027-05-24' as IsoDate)]), TODAY);
    const s = step(p, 'bezwaar-loopt');
    expect(s).toMatchObject({ group: 'nu', texts: OBJECTION_DECIDED_TEXTS, params: { besluit: '2027-05-24' } });
    expect(dutch(s!, 'title')).toBe('Lees het besluit op je bezwaar, en wacht niet');
    expect(dutch(s!)).toContain('misschien al vanaf maandag 24 mei 2027');
    // The commission advised before the board decided (F13): no "prepare for the hearing".
    expect(step(p, 'gpo-loopt')).toBeUndefined();
    // No clock starts: no new bezwaar or commission day (F16: what follows is not in the sources).
    expect(upcoming(p)).toEqual([]);
    expect(firstThings(p).actions.map((a) => a.id)).toContain('bezwaar-loopt');
  });

  it('logged as a plain letter, no term moves; since session 75 (s75-removal) bezwaar-loopt asks whether the letter is the decision', () => {
    const p = agree(log(removal(), [...jesse(), E('brief', '2027-05-24' as IsoDate)]), TODAY);
    expect(step(p, 'bezwaar-loopt')).toMatchObject({ group: 'nu', texts: 'ui:misc76.planStep.briefNaBezwaarBestuur' });
    expect(step(p, 'gpo-loopt')).toBeDefined();
  });

  it('logged as a new removal decision, a new 6-week bezwaar leads (why the kind is needed); with the kind it does not', () => {
    const asDecision = agree(log(removal(), [...jesse(), E('verwijdering-besluit', '2027-05-24' as IsoDate)]), TODAY);
    expect(step(asDecision, 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2027-05-24', due: '2027-07-05' });
    const asKind = agree(log(removal(), [...jesse(), E('bezwaar-beslist', '2027-05-24' as IsoDate)]), TODAY);
    expect(step(asKind, 'bezwaar-verwijdering')?.deadline?.status ?? 'none').not.toBe('upcoming');
  });

  it('a bezwaar logged after the decision on an earlier one runs as before', () => {
    const p = agree(log(removal(), [...jesse(), E('bezwaar-beslist', '2027-05-10' as IsoDate), E('verwijdering-besluit', '2027-05-12' as IsoDate), E('bezwaar-ingediend', '2027-05-20' as IsoDate)]), TODAY);
    expect(step(p, 'bezwaar-loopt')?.texts).toBe('ui:misc76.planStep.bezwaarLooptBestuur'); // s76-misc: the board's own texts
    expect(step(p, 'bezwaar-loopt')?.group).toBe('binnenkort');
  });

  it('a decision on a bezwaar with no bezwaar in the plan changes nothing', () => {
    const events = [E('verwijdering-besluit', '2027-05-10' as IsoDate, 'brief'), E('bezwaar-beslist', '2027-05-20' as IsoDate)];
    const p = agree(log(removal(), events), TODAY);
    expect(step(p, 'bezwaar-loopt')).toBeUndefined();
    expect(step(p, 'bezwaar-verwijdering')?.deadline).toMatchObject({ start: '2027-05-10', due: '2027-06-21', status: 'upcoming' });
  });
});

describe("the Geschillencommissie's advice, logged as its own kind", () => {
  it('gpo-loopt asks what the board does with the advice; the bezwaar still runs (failed before: no such kind)', () => {
    const p = agree(log(removal(), [...jesse(), E('gpo-advies', '2027-05-03' as IsoDate)]), '2027-05-10' as IsoDate);
    expect(step(p, 'gpo-loopt')).toMatchObject({ texts: GPO_ADVISED_TEXTS, params: { advies: '2027-05-03' } });
    expect(dutch(step(p, 'gpo-loopt')!)).toContain('op papier laten weten wat het met het advies doet');
    expect(step(p, 'bezwaar-loopt')?.texts).toBe('ui:misc76.planStep.bezwaarLooptBestuur'); // s76-misc: the board's own texts
  });

  it('an advice logged before a later request does not answer it', () => {
    const events = [E('verwijdering-besluit', '2027-01-18' as IsoDate), E('gpo-advies', '2027-02-01' as IsoDate), E('gpo-ingediend', '2027-02-24' as IsoDate, 'e-mail')];
    const p = agree(log(removal(), events), '2027-03-10' as IsoDate);
    expect(step(p, 'gpo-loopt')?.texts).toBeUndefined();
  });
});

describe('the kinds themselves', () => {
  it('write no answer, and are read back from storage', () => {
    expect(EFFECTS['bezwaar-beslist'].sets).toEqual({});
    expect(EFFECTS['gpo-advies'].sets).toEqual({});
    const read = sanitizeEvents([{ id: 'a', date: '2027-05-24', kind: 'bezwaar-beslist', parties: ['bestuur'], note: '' }, { id: 'b', date: '2027-05-03', kind: 'gpo-advies', parties: [], note: '' }]);
    expect(read.map((e) => e.kind)).toEqual(['bezwaar-beslist', 'gpo-advies']);
  });

  for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
    it(`${lang}: a label for each kind and both step texts with their day`, () => {
      const t = tFor(lang);
      for (const k of ['bezwaar-beslist', 'gpo-advies']) expect(t.raw(`timeline.kinds.${k}`)).toMatch(/\S/);
      expect(t.raw('timeline73.planStep.bezwaarBeslist.title')).toMatch(/\S/);
      expect(t.raw('timeline73.planStep.bezwaarBeslist.why')).toContain('{{besluit}}');
      expect(t.raw('timeline73.planStep.gpoAdvies.title')).toMatch(/\S/);
      expect(t.raw('timeline73.planStep.gpoAdvies.why')).toContain('{{advies}}');
    });
  }
});

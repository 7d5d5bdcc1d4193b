/**
 * Session 46: what this session changed beside the scenarios (tests/scenarios/037-tlv-aanmelden-s45.yaml, 035-datums-s45.yaml)
 * and the outputs (tests/unit/lawyer-s45-outputs.test.ts).
 *
 * 1. A right that may be lost now is on the plan's first screen (FIRST_SCREEN_WARNINGS): a bezwaar sent after its 6 weeks
 *    (verzoek-te-laat; A21, C09; 002:748-750) and a suspension longer than a week (schorsing-te-lang; C10, C11;
 *    002:2362, 2303-2307). Before, both were only in the folded warnings under it. Read from the page's own component
 *    in six languages, and from firstThings.
 * 2. One rule for "an extension after the 6 weeks" (extensionAfterTerm, src/rules/admission.ts), read by the timeline's
 *    answers, its "te laat?" and the decision step's note.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import { firstThings, FIRST_SCREEN_WARNINGS } from '../../src/ui/firstThings';
import { FirstThings } from '../../src/ui/pages/PlanPage';
import { extensionAfterTerm } from '../../src/rules/admission';
import { LANGUAGES } from '../../src/languages';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';
import { parseRoute, routeHash } from '../../src/app/router';
import { CURRENT_RULES, upgradeStored, type TimelineData } from '../../src/timeline/model';
import { ev, log, planAt } from './timeline-log';
import { letterDecision, valuesFromAnswers } from '../../src/rules/letters';
import { textOf, tFor, loadPlanTexts } from './plan-texts';

const A = (x: Record<string, string | string[]>) => x as unknown as Answers;

/** A TLV for the sbo of 26 April 2027, the mother disagrees; her bezwaar went on 10 June (the 6 weeks, EXT: 7 June). */
const lateObjection = A({
  situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2027-04-26', 'tlv-eens': 'nee',
  'tlv-soort': 'sbo', 'tlv-plek': 'plek', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2027-06-10', 'aanbod-geweigerd': 'nee', opp: 'ja',
  'opp-besproken': '2027-03-08', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
});
/** The same bezwaar sent in time (5 June). */
const inTime = A({ ...(lateObjection as Record<string, string | string[]>), 'bezwaar-datum': '2027-06-05' });
/** Suspended, at home since 11 January 2027, the suspension's first day unknown; read on 1 February. */
const suspendedLong = A({
  situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': '2027-01-11', 'thuis-hoeveel': 'helemaal', 'schorsing-datum': 'weet-niet',
  'lessen-nu': 'nee', ingeschreven: 'ja', 'verwijdering-besluit': 'nee', 'aanbod-geweigerd': 'nee', opp: 'nee', 'swv-betrokken': 'ja',
  'school-zegt': ['geen'], 'lpa-betrokken': 'nee', 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
});

describe('a right that may be lost now is on the first screen (session 46)', () => {
  beforeAll(loadPlanTexts, 60_000);

  it('a bezwaar sent after its 6 weeks: the warning is among the first screen\'s alerts, not only under "Let op" (failed before)', () => {
    const plan = buildPlan(lateObjection, '2027-06-14');
    expect(plan.warnings.map((w) => w.id)).toContain('verzoek-te-laat');
    expect(firstThings(plan).alerts?.map((w) => w.id)).toEqual(['verzoek-te-laat']);
    const text = textOf(FirstThings({ plan, t: tFor('nl') }));
    expect(text).toContain('Je bezwaar of verzoek was misschien te laat');
    expect(text).toContain('Lees wat je nu doet bij "Let op", hieronder.');
  });

  it('the same bezwaar in time: no alert', () => {
    const plan = buildPlan(inTime, '2027-06-14');
    expect(plan.warnings.map((w) => w.id)).not.toContain('verzoek-te-laat');
    expect(firstThings(plan).alerts).toBeUndefined();
  });

  it('a suspended child at home for three weeks: "Langer dan een week geschorst?" on the first screen (failed before)', () => {
    const plan = buildPlan(suspendedLong, '2027-02-01');
    expect(firstThings(plan).alerts?.map((w) => w.id)).toEqual(['schorsing-te-lang']);
    expect(textOf(FirstThings({ plan, t: tFor('nl') }))).toContain('Langer dan een week geschorst?');
  });

  it('in every language the alert is the warning\'s own title and a line, no raw key', () => {
    for (const { code: lang } of LANGUAGES) {
      const t = tFor(lang);
      const text = textOf(FirstThings({ plan: buildPlan(lateObjection, '2027-06-14'), t }));
      expect(text, lang).toContain(t.raw('steps:warnings.verzoek-te-laat.title'));
      expect(text, lang).toContain(t('s46.firstAlertMore'));
      expect(text, lang).not.toMatch(/s46\.|steps:|warnings\./);
    }
  });

  it('only warnings about a right that may be lost now', () => {
    expect(FIRST_SCREEN_WARNINGS).toEqual(['verzoek-te-laat', 'schorsing-te-lang']);
  });
});

describe('one rule for an extension after the 6 weeks (session 46)', () => {
  const receipt = '2027-01-04' as IsoDate; // 6 weeks: 15 February
  it('on the last day of the 6 weeks it is in time, the day after it is late', () => {
    expect(extensionAfterTerm('2027-02-15' as IsoDate, receipt)).toBe(false);
    expect(extensionAfterTerm('2027-02-16' as IsoDate, receipt)).toBe(true);
    expect(extensionAfterTerm('2027-01-04' as IsoDate, receipt)).toBe(false);
  });
});

describe('a bezwaar letter names the decision of the step it is opened from (session 46)', () => {
  it('the route carries the day: #/brief/<id>/<day>, and back; a letter without a day as before; anything else is not found', () => {
    expect(parseRoute('#/brief/bezwaar-tlv/2026-11-18')).toEqual({ page: 'letter', id: 'bezwaar-tlv', decision: '2026-11-18' });
    expect(routeHash({ page: 'letter', id: 'bezwaar-tlv', decision: '2026-11-18' })).toBe('#/brief/bezwaar-tlv/2026-11-18');
    expect(parseRoute('#/brief/klacht')).toEqual({ page: 'letter', id: 'klacht' });
    expect(routeHash({ page: 'letter', id: 'klacht' })).toBe('#/brief/klacht');
    expect(parseRoute('#/brief/klacht/morgen')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/brief/klacht/2026-11-18/x')).toEqual({ page: 'notFound' });
  });

  it('the plan\'s own bezwaar steps pass the day their term counts from; other letters and steps without a decision pass none', () => {
    const removal = A({
      situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd', ingeschreven: 'ja', 'thuis-sinds': '2026-11-20', 'lessen-nu': 'nee',
      'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-20', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee',
    });
    const plan = buildPlan(removal, '2026-12-02');
    const own = plan.steps.find((s) => s.id === 'bezwaar-verwijdering')!;
    expect(own.letters).toContain('bezwaar-weigering-verwijdering');
    expect(letterDecision(own, 'bezwaar-weigering-verwijdering')).toBe('2026-11-20');
    expect(letterDecision(own, 'klacht')).toBeUndefined();
    const home = plan.steps.find((s) => s.id === 'onderwijs-thuis-vragen')!;
    expect(letterDecision(home, 'bezwaar-weigering-verwijdering')).toBeUndefined();
  });

  it('a day after today in the address is not taken (the letter then reads the answers as before)', () => {
    const refused = A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': '2026-11-10' });
    expect(valuesFromAnswers(refused, '2026-12-02', 'nl', 'bezwaar-weigering-verwijdering', [], {}, '2027-01-05').datum_besluit).toBe('10 november 2026');
    expect(valuesFromAnswers(refused, '2026-12-02', 'nl', 'bezwaar-weigering-verwijdering', [], {}, '2026-11-03').datum_besluit).toBe('3 november 2026');
  });
});

describe('data an older version stored is read once by this session\'s timeline rules (before-s46, mark regels-s46)', () => {
  const drop = (d: TimelineData): TimelineData => {
    const { [CURRENT_RULES]: _mark, ...base } = d.base;
    return { events: d.events, base };
  };

  it('an admission logged "by phone": the old "toegelaten" becomes "no decision yet", the 6 weeks run again (failed before)', () => {
    const now = log(A({ situatie: ['aanmelden'] }), [ev('a', 'aanmelding-verstuurd', '2026-09-28', 'e-mail'), ev('t', 'besluit-toegelaten', '2026-10-21', 'telefoon')]);
    expect(now.answers['aanmelding-besluit']).toBe('nog-niet');
    expect(CURRENT_RULES).toMatch(/^regels-s(4[6-9]|[5-9]\d)$/); // this session's mark or a later one
    // As session 45 stored it: its rules wrote "toegelaten" (no oral admission), with no mark of this session.
    const stored = A({ ...(now.answers as Record<string, string | string[]>), 'aanmelding-besluit': 'toegelaten' });
    const up = upgradeStored(stored, drop(now.data));
    expect(up?.answers['aanmelding-besluit']).toBe('nog-niet');
    expect(CURRENT_RULES in up!.data.base).toBe(true);
    expect(upgradeStored(up!.answers, up!.data)).toBeUndefined();
    expect(planAt({ answers: up!.answers, data: up!.data }, '2026-11-02').steps.find((x) => x.id === 'besluit-aanmelding')?.deadline).toMatchObject({ due: '2026-11-09' });
  });

  it('a suspension logged on the answered removal\'s own day: it now counts its week; the old answers are read again (failed before)', () => {
    const start = A({
      situatie: ['handelingsverlegen', 'thuiszitten'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk',
      'verwijdering-datum': '2027-01-11', 'verwijdering-andere-school': 'nee', 'thuis-reden': 'verwijderd', 'thuis-sinds': '2027-01-11', ingeschreven: 'ja',
    });
    const now = log(start, [ev('s', 'schorsing', '2027-01-11', 'brief')]);
    expect(now.answers['thuis-reden']).toBe('geschorst');
    const stored = A({ ...(now.answers as Record<string, string | string[]>), 'thuis-reden': 'verwijderd' });
    delete (stored as Record<string, unknown>)['schorsing-datum'];
    const up = upgradeStored(stored, drop(now.data));
    expect(up?.answers['thuis-reden']).toBe('geschorst');
    expect(up?.answers['schorsing-datum']).toBe('2027-01-11');
  });

  it('guard: an answer the parent changed herself after this session\'s rules wrote it stays', () => {
    const now = log(A({ situatie: ['aanmelden'] }), [ev('a', 'aanmelding-verstuurd', '2026-09-28', 'e-mail'), ev('t', 'besluit-toegelaten', '2026-10-21', 'telefoon')]);
    const hers = A({ ...(now.answers as Record<string, string | string[]>), 'aanmelding-besluit': 'geweigerd' });
    expect(upgradeStored(hers, now.data)).toBeUndefined();
  });
});
